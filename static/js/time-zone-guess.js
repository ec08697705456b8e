// Preselects the browser's own time zone in a picker marked data-guess-time-zone, when the
// picker offers it. Browsers may report an older name for a zone; those are mapped to the
// name the picker uses. Without JavaScript the clinic's zone stays selected.
(function () {
  "use strict";
  var OLDER_NAMES = {
    "Asia/Calcutta": "Asia/Kolkata",
    "Asia/Katmandu": "Asia/Kathmandu",
    "Asia/Rangoon": "Asia/Yangon",
    "Asia/Saigon": "Asia/Ho_Chi_Minh",
    "Europe/Kiev": "Europe/Kyiv",
    "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
    "Pacific/Truk": "Pacific/Chuuk",
    "Pacific/Ponape": "Pacific/Pohnpei",
    "Atlantic/Faeroe": "Atlantic/Faroe",
    "Etc/UTC": "UTC",
    "Etc/GMT": "UTC"
  };

  function browserZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (error) {
      return "";
    }
  }

  function offers(select, zone) {
    return Array.prototype.some.call(select.options, function (option) {
      return option.value === zone;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var zone = browserZone();
    if (!zone) {
      return;
    }
    document.querySelectorAll("select[data-guess-time-zone]").forEach(function (select) {
      var name = offers(select, zone) ? zone : OLDER_NAMES[zone];
      if (name && offers(select, name)) {
        select.value = name;
      }
    });
  });
})();
