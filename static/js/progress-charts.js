/* Draws the Progress page's charts with the vendored Chart.js, from the JSON each canvas
   names in data-source. Each chart's summary and table say the same in words, so nothing
   is lost without scripts or to a screen reader. */
(function () {
  "use strict";

  // The page's own colours (static/css/app.css), so the charts follow dark mode.
  var palette = window.getComputedStyle(document.documentElement);
  function colour(name, fallback) {
    return palette.getPropertyValue(name).trim() || fallback;
  }
  var INK = colour("--ink", "#1b2430");
  var MUTED = colour("--muted", "#4a5563");
  var LINE = colour("--line", "#d5dbe3");
  var ACCENT = colour("--accent", "#1f5f8b");
  var OK = colour("--ok", "#1d6b3a");
  var WARN = colour("--warn", "#8a4b00");
  var GREY = "#8893a2";
  var BAND_FILLS = [
    "rgba(29, 107, 58, 0.10)",
    "rgba(138, 75, 0, 0.07)",
    "rgba(138, 75, 0, 0.14)",
    "rgba(163, 22, 43, 0.10)",
    "rgba(163, 22, 43, 0.18)"
  ];
  var DAY = 24 * 60 * 60 * 1000;
  var HALF_DAY = DAY / 2;
  // Words and dates in the page's language: the page lists the words on #chart-texts
  // (English where a page does not).
  var LANGUAGE = document.documentElement.lang || undefined;
  var wordsSource = document.getElementById("chart-texts");
  function words(name, english) {
    return (wordsSource && wordsSource.getAttribute("data-" + name)) || english;
  }

  function reducedMotion() {
    return window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  }

  function readData(canvas) {
    var source = document.getElementById(canvas.getAttribute("data-source"));
    return source ? JSON.parse(source.textContent) : null;
  }

  // Dates on the axis in the patient's own zone, as the rest of the page shows them.
  function dayFormatter(zone) {
    var options = { day: "numeric", month: "short" };
    try {
      var format = new Intl.DateTimeFormat(LANGUAGE, Object.assign({ timeZone: zone }, options));
    } catch (error) {
      format = new Intl.DateTimeFormat(LANGUAGE, options);
    }
    return function (millis) {
      return format.format(new Date(millis));
    };
  }

  // Ticks every few whole days from the first point, so a week or a year both read well.
  function dayTicks(first, last) {
    var steps = [1, 2, 3, 7, 14, 28, 56, 91, 182, 365];
    var span = Math.max(last - first, DAY);
    var step = steps.filter(function (days) { return span / (days * DAY) <= 4; })[0] || 365;
    var ticks = [];
    for (var value = first; value <= last + HALF_DAY; value += step * DAY) {
      ticks.push({ value: value });
    }
    return ticks;
  }

  function timeAxis(xs, zone) {
    var first = Math.min.apply(null, xs);
    var last = Math.max.apply(null, xs);
    return {
      type: "linear",
      min: first - HALF_DAY,
      max: last + HALF_DAY,
      grid: { color: LINE },
      afterBuildTicks: function (axis) { axis.ticks = dayTicks(first, last); },
      ticks: { color: MUTED, autoSkip: false, maxRotation: 0, callback: dayFormatter(zone) }
    };
  }

  // Dashed vertical lines where dosing sessions ended.
  var sessionLines = {
    id: "sessionLines",
    afterDatasetsDraw: function (chart, args, options) {
      var at = options.at || [];
      var area = chart.chartArea;
      var x = chart.scales.x;
      var ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = WARN;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([5, 4]);
      at.forEach(function (value) {
        var px = x.getPixelForValue(value);
        if (px < area.left || px > area.right) return;
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
      });
      ctx.restore();
    }
  };

  // Shaded score bands behind an instrument's totals, labelled at the left.
  var scoreBands = {
    id: "scoreBands",
    beforeDatasetsDraw: function (chart, args, options) {
      var bands = options.bands || [];
      var area = chart.chartArea;
      var y = chart.scales.y;
      var ctx = chart.ctx;
      ctx.save();
      bands.forEach(function (band, index) {
        var top = y.getPixelForValue(index === bands.length - 1 ? band.to : bands[index + 1].from);
        var bottom = y.getPixelForValue(band.from);
        ctx.fillStyle = BAND_FILLS[index % BAND_FILLS.length];
        ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
        if (bottom - top >= 12) {
          ctx.fillStyle = MUTED;
          ctx.font = "11px system-ui, sans-serif";
          ctx.textBaseline = "bottom";
          ctx.fillText(band.label, area.left + 4, bottom - 2);
        }
      });
      ctx.restore();
    }
  };

  function baseOptions() {
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? false : { duration: 300 },
      plugins: {
        legend: { labels: { color: INK, usePointStyle: true, boxWidth: 10 } }
      }
    };
  }

  function moodChart(canvas, data) {
    var sessions = data.sessions || [];
    var xs = data.points.map(function (p) { return p.x; }).concat(sessions.map(function (s) { return s.x; }));
    var options = baseOptions();
    options.scales = {
      x: timeAxis(xs, data.zone),
      y: {
        min: 1, max: 10, grid: { color: LINE },
        ticks: { color: MUTED, stepSize: 1 },
        title: { display: true, text: words("mood-axis", "Mood (1–10)"), color: MUTED }
      }
    };
    options.plugins.sessionLines = { at: sessions.map(function (s) { return s.x; }) };
    options.plugins.tooltip = {
      callbacks: {
        title: function (items) { return items.length ? items[0].raw.when : ""; },
        label: function (item) {
          if (!item.raw.source) return item.raw.label;
          return words("mood-point", "Mood {mood} · {source}")
            .replace("{mood}", item.raw.y).replace("{source}", item.raw.source);
        }
      }
    };
    return new window.Chart(canvas, {
      type: "line",
      data: {
        datasets: [
          {
            label: words("mood", "Mood"),
            data: data.points,
            borderColor: ACCENT,
            backgroundColor: ACCENT,
            pointRadius: 4,
            pointHoverRadius: 6,
            tension: 0.25
          },
          {
            type: "scatter",
            label: words("session", "Dosing session"),
            data: sessions.map(function (s) { return { x: s.x, y: 10, when: s.when, label: s.label }; }),
            pointStyle: "triangle",
            rotation: 180,
            pointRadius: 7,
            backgroundColor: WARN,
            borderColor: WARN
          }
        ]
      },
      options: options,
      plugins: [sessionLines]
    });
  }

  function assessmentChart(canvas, data) {
    var options = baseOptions();
    options.scales = {
      x: timeAxis(data.points.map(function (p) { return p.x; }), data.zone),
      y: {
        min: 0, max: data.max, grid: { color: LINE },
        ticks: { color: MUTED, stepSize: 5, includeBounds: false },
        title: { display: true, text: words("total", "{label} total").replace("{label}", data.label), color: MUTED }
      }
    };
    options.plugins.scoreBands = { bands: data.bands };
    options.plugins.tooltip = {
      callbacks: {
        title: function (items) { return items.length ? items[0].raw.when : ""; },
        label: function (item) { return data.label + " " + item.raw.y + " (" + item.raw.band + ")"; }
      }
    };
    return new window.Chart(canvas, {
      type: "line",
      data: {
        datasets: [{
          label: words("total", "{label} total").replace("{label}", data.label),
          data: data.points,
          borderColor: INK,
          backgroundColor: INK,
          pointRadius: 5,
          tension: 0
        }]
      },
      options: options,
      plugins: [scoreBands]
    });
  }

  function adherenceChart(canvas, data) {
    var options = baseOptions();
    options.scales = {
      x: { stacked: true, grid: { display: false }, ticks: { color: MUTED, maxRotation: 0, autoSkip: true } },
      y: {
        stacked: true, beginAtZero: true, grid: { color: LINE },
        ticks: { color: MUTED, stepSize: 1, precision: 0 },
        title: { display: true, text: words("prompts", "Prompts"), color: MUTED }
      }
    };
    return new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: [
          { label: words("answered", "Answered"), data: data.answered, backgroundColor: OK },
          { label: words("missed", "Missed"), data: data.missed, backgroundColor: GREY },
          { label: words("still-open", "Still open"), data: data.still_open, backgroundColor: ACCENT }
        ]
      },
      options: options
    });
  }

  var builders = { mood: moodChart, assessment: assessmentChart, adherence: adherenceChart };

  function drawAll() {
    if (typeof window.Chart === "undefined") return;
    window.Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var build = builders[canvas.getAttribute("data-chart")];
      var data = readData(canvas);
      if (!build || !data) return;
      build(canvas, data);
      canvas.setAttribute("data-rendered", "true");
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
