// The guided breathing practice: a timer with start and pause, a breathing circle (CSS)
// that runs while the timer runs, and a spoken-word cue that also serves anyone who
// prefers reduced motion. When it ends, the minutes practised go into the form below.
(function () {
  "use strict";

  var CYCLE_SECONDS = 10;
  var IN_SECONDS = 4;

  var practice = document.querySelector("[data-practice]");
  if (!practice) {
    return;
  }
  practice.hidden = false;

  var lengthSelect = practice.querySelector("[data-practice-length]");
  var timer = practice.querySelector("[data-timer]");
  var cue = practice.querySelector("[data-breath-cue]");
  var toggle = practice.querySelector("[data-practice-toggle]");
  var reset = practice.querySelector("[data-practice-reset]");
  var announce = practice.querySelector("[data-practice-status]");
  var circle = practice.querySelector(".breath-circle");
  var minutesInput = document.querySelector("input[name=practice_minutes]");

  var elapsed = 0;
  var ticker = null;

  function total() {
    return parseInt(lengthSelect.value, 10) * 60;
  }

  function show() {
    var left = Math.max(total() - elapsed, 0);
    var minutes = Math.floor(left / 60);
    var seconds = left % 60;
    timer.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
  }

  function recordMinutes() {
    if (minutesInput && elapsed > 0) {
      minutesInput.value = Math.max(1, Math.round(elapsed / 60));
    }
  }

  function showCue() {
    cue.textContent = elapsed % CYCLE_SECONDS < IN_SECONDS ? "Breathe in…" : "Breathe out…";
  }

  function pause(message) {
    window.clearInterval(ticker);
    ticker = null;
    practice.classList.remove("running");
    toggle.textContent = elapsed > 0 ? "Resume" : "Start";
    lengthSelect.disabled = false;
    recordMinutes();
    announce.textContent = message;
  }

  function tick() {
    elapsed += 1;
    show();
    showCue();
    if (elapsed >= total()) {
      pause("Time is up. Well done. When you are ready, say how it felt below.");
      cue.textContent = "Well done.";
    }
  }

  function start() {
    if (elapsed >= total()) {
      elapsed = 0;
    }
    practice.classList.add("running");
    toggle.textContent = "Pause";
    lengthSelect.disabled = true;
    announce.textContent = "Started. Breathe in as the circle grows, out as it shrinks.";
    showCue();
    ticker = window.setInterval(tick, 1000);
  }

  toggle.addEventListener("click", function () {
    if (ticker) {
      pause("Paused.");
    } else {
      start();
    }
  });

  reset.addEventListener("click", function () {
    pause("Back to the start.");
    elapsed = 0;
    toggle.textContent = "Start";
    cue.textContent = "Ready when you are.";
    // Restart the circle's animation from its smallest point.
    circle.style.animation = "none";
    void circle.offsetWidth;
    circle.style.animation = "";
    show();
  });

  lengthSelect.addEventListener("change", show);
  show();
})();
