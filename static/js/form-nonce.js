// A form's nonce goes back with the form. When the patient sends a form and then goes back
// to it, the page comes again with a fresh nonce while the browser restores the words
// typed; sending that again would save the same answer twice. So the nonce sent is kept
// for this tab, and a page reached by going back takes it up again: the second sending is
// recognised as the first and saved once. A page opened anew starts with its own nonce.
(function () {
  "use strict";

  var navigation = window.performance && window.performance.getEntriesByType
    ? window.performance.getEntriesByType("navigation")[0]
    : null;
  var cameBack = navigation && navigation.type === "back_forward";

  function storageKey(form) {
    return "ic-nonce:" + window.location.pathname + "|" + (form.getAttribute("action") || "");
  }

  function read(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  function write(key, value) {
    try {
      if (value === null) {
        window.sessionStorage.removeItem(key);
      } else {
        window.sessionStorage.setItem(key, value);
      }
    } catch (error) {
      // Storage disabled: a repeat is still caught when the browser keeps the page.
    }
  }

  document.querySelectorAll("form input[name=nonce]").forEach(function (input) {
    var form = input.form;
    var key = storageKey(form);
    var sent = read(key);
    if (cameBack && sent) {
      input.value = sent;
    } else {
      write(key, null);
    }
    form.addEventListener("submit", function () {
      write(key, input.value);
    });
  });
})();
