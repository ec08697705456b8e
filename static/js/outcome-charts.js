/* Draws the outcome figures' bar charts with the vendored Chart.js, from the JSON each
   canvas names in data-source. Every chart's summary and table say the same in words, so
   nothing is lost without scripts or to a screen reader. */
(function () {
  "use strict";

  var INK = "#1b2430";
  var MUTED = "#4a5563";
  var LINE = "#d5dbe3";
  var COLOURS = { response: "#1f5f8b", remission: "#1d6b3a" };

  function reducedMotion() {
    return window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  }

  function readData(canvas) {
    var source = document.getElementById(canvas.getAttribute("data-source"));
    return source ? JSON.parse(source.textContent) : null;
  }

  function outcomesChart(canvas, data) {
    return new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series) {
          return {
            label: series.label,
            data: series.values,
            backgroundColor: COLOURS[series.key] || MUTED
          };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion() ? false : { duration: 300 },
        plugins: {
          legend: { labels: { color: INK, boxWidth: 12 } },
          tooltip: {
            callbacks: {
              label: function (item) { return item.dataset.label + ": " + item.raw + "%"; }
            }
          }
        },
        scales: {
          x: { grid: { display: false }, ticks: { color: MUTED } },
          y: {
            min: 0, max: 100, grid: { color: LINE },
            ticks: { color: MUTED, stepSize: 25 },
            title: { display: true, text: data.axis, color: MUTED }
          }
        }
      }
    });
  }

  function drawAll() {
    if (typeof window.Chart === "undefined") return;
    window.Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    document.querySelectorAll("canvas[data-chart='outcomes']").forEach(function (canvas) {
      var data = readData(canvas);
      if (!data) return;
      outcomesChart(canvas, data);
      canvas.setAttribute("data-rendered", "true");
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
