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
  // The page gives the words in the reader's language; English if it does not.
  function text(name, english) {
    return practice.getAttribute("data-text-" + name) || english;
  }

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
    cue.textContent = elapsed % CYCLE_SECONDS < IN_SECONDS ? text("breathe-in", "Breathe in…") : text("breathe-out", "Breathe out…");
  }

  function pause(message) {
    window.clearInterval(ticker);
    ticker = null;
    practice.classList.remove("running");
    toggle.textContent = elapsed > 0 ? text("resume", "Resume") : text("start", "Start");
    lengthSelect.disabled = false;
    recordMinutes();
    announce.textContent = message;
  }

  function tick() {
    elapsed += 1;
    show();
    showCue();
    if (elapsed >= total()) {
      pause(text("done", "Time is up. Well done. When you are ready, say how it felt below."));
      cue.textContent = text("well-done", "Well done.");
    }
  }

  function start() {
    if (elapsed >= total()) {
      elapsed = 0;
    }
    practice.classList.add("running");
    toggle.textContent = text("pause", "Pause");
    lengthSelect.disabled = true;
    announce.textContent = text("started", "Started. Breathe in as the circle grows, out as it shrinks.");
    showCue();
    ticker = window.setInterval(tick, 1000);
  }

  toggle.addEventListener("click", function () {
    if (ticker) {
      pause(text("paused", "Paused."));
    } else {
      start();
    }
  });

  reset.addEventListener("click", function () {
    pause(text("reset", "Back to the start."));
    elapsed = 0;
    toggle.textContent = text("start", "Start");
    cue.textContent = text("ready", "Ready when you are.");
    // Restart the circle's animation from its smallest point.
    circle.style.animation = "none";
    void circle.offsetWidth;
    circle.style.animation = "";
    show();
  });

  lengthSelect.addEventListener("change", show);
  show();
})();
