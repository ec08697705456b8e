/* The dosing form, live: the dose's mg/kg figure against the route's ceiling as the dose,
 * weight or route change, and a submit button that says what it will do ("Record session"
 * for a session already begun, "Plan session" for one still to come). The server renders
 * the same text first, so the form reads right without this script. */
(function () {
  "use strict";

  var form = document.querySelector("form[data-dosing-form]");
  if (!form) {
    return;
  }
  var dose = form.querySelector("[data-dose-figure]");
  var weight = form.querySelector("[name$='weight_kg']");
  var route = form.querySelector("[name$='route']");
  var start = form.querySelector("[data-starts-at]");
  var button = form.querySelector("[data-submit-label]");
  // The page gives its texts in the reader's language (templates/sessions/_dose_texts.html);
  // RATIO, WEIGHT, CEILING and ROUTE stand for the figures.
  var texts = {
    unknown: form.getAttribute("data-text-unknown") ||
      "The dose in mg/kg appears here once the dose and weight are known.",
    figure: form.getAttribute("data-text-figure") || "RATIO mg/kg at WEIGHT kg.",
    above: form.getAttribute("data-text-above") ||
      "Above the CEILING mg/kg ceiling for ROUTE: confirm it below.",
    within: form.getAttribute("data-text-within") ||
      "Within the CEILING mg/kg ceiling for ROUTE.",
    route: form.getAttribute("data-text-route") || "this route"
  };

  function fill(text, figures) {
    return text.replace(/RATIO|WEIGHT|CEILING|ROUTE/g, function (name) {
      return figures[name];
    });
  }

  function number(value) {
    var parsed = parseFloat(String(value || "").replace(",", "."));
    return isFinite(parsed) && parsed > 0 ? parsed : null;
  }

  function routeLabel() {
    if (!route || route.selectedIndex < 0) {
      return texts.route;
    }
    return route.options[route.selectedIndex].text;
  }

  function describeDose() {
    var help = document.getElementById(dose.id + "_help");
    if (!help) {
      return;
    }
    var mg = number(dose.value);
    var kg = number(weight && weight.value) || number(dose.getAttribute("data-patient-weight"));
    if (mg === null || kg === null) {
      help.textContent = texts.unknown;
      return;
    }
    // Half away from zero, to two places, as the server rounds it.
    var ratio = (Math.round((mg / kg) * 100 + 1e-9) / 100).toFixed(2);
    var text = fill(texts.figure, { RATIO: ratio, WEIGHT: kg });
    var ceilings = JSON.parse(dose.getAttribute("data-ceilings") || "{}");
    var ceiling = route ? ceilings[route.value] : undefined;
    if (ceiling !== undefined) {
      if (parseFloat(ratio) > parseFloat(ceiling)) {
        text += " " + fill(texts.above, { CEILING: ceiling, ROUTE: routeLabel() });
      } else {
        text += " " + fill(texts.within, { CEILING: ceiling, ROUTE: routeLabel() });
      }
    }
    help.textContent = text;
  }

  // The form's times are wall-clock times in the clinic's zone, which may not be the
  // browser's: compare them with the server's "now" in that zone, moved on by the time
  // since the page loaded, never with the browser's own clock and zone.
  var loadedAt = Date.now();
  var serverNow = Date.parse(form.getAttribute("data-now") + ":00Z");

  function describeButton() {
    if (!button || !start || !start.value || isNaN(serverNow)) {
      return;
    }
    var startsAt = Date.parse(start.value.slice(0, 16) + ":00Z");
    if (isNaN(startsAt)) {
      return;
    }
    var now = serverNow + (Date.now() - loadedAt);
    button.textContent = startsAt > now ? button.getAttribute("data-future") : button.getAttribute("data-past");
  }

  if (dose) {
    var help = document.getElementById(dose.id + "_help");
    if (help) {
      help.setAttribute("aria-live", "polite");
    }
    [dose, weight, route].forEach(function (input) {
      if (input) {
        input.addEventListener("input", describeDose);
        input.addEventListener("change", describeDose);
      }
    });
    describeDose();
  }
  if (start) {
    start.addEventListener("input", describeButton);
    start.addEventListener("change", describeButton);
    describeButton();
  }
})();
