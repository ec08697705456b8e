// Voice notes on the entry form: recorded in the browser (MediaRecorder: Opus in WebM, or
// AAC in MP4 where that is what the browser records, as Safari does), up to ten minutes,
// with a visible timer and playback. The recording goes into the form's "voice" file field,
// so sending the form sends it.
(function () {
  "use strict";

  var TYPES = [
    ["audio/webm;codecs=opus", "voice-note.webm"],
    ["audio/webm", "voice-note.webm"],
    ["audio/mp4", "voice-note.m4a"],
    ["audio/ogg;codecs=opus", "voice-note.ogg"],
  ];

  function clock(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = Math.floor(seconds % 60);
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function recordingType() {
    if (!window.MediaRecorder) {
      return null;
    }
    for (var i = 0; i < TYPES.length; i++) {
      if (MediaRecorder.isTypeSupported(TYPES[i][0])) {
        return TYPES[i];
      }
    }
    return ["", "voice-note"];
  }

  function setFile(input, file) {
    var transfer = new DataTransfer();
    if (file) {
      transfer.items.add(file);
    }
    input.files = transfer.files;
  }

  function setUp(root) {
    var record = root.querySelector("[data-voice-record]");
    var stop = root.querySelector("[data-voice-stop]");
    var discard = root.querySelector("[data-voice-discard]");
    var timer = root.querySelector("[data-voice-timer]");
    var playback = root.querySelector("[data-voice-playback]");
    var status = root.querySelector("[data-voice-status]");
    var input = root.querySelector("[data-voice-file]");
    var maxSeconds = Number(root.getAttribute("data-voice-max-seconds")) || 600;
    // The page gives the words in the reader's language; English if it does not.
    function text(name, english) {
      return root.getAttribute("data-text-" + name) || english;
    }
    var type = recordingType();
    var recorder = null;
    var stream = null;
    var started = 0;
    var ticking = null;
    var playbackUrl = null;

    if (!type || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      record.disabled = true;
      status.textContent = text("unsupported", "This browser cannot record here. You can still write or attach photos.");
      return;
    }

    function show(seconds) {
      timer.textContent = clock(seconds) + " / " + clock(maxSeconds);
    }

    function finish() {
      window.clearInterval(ticking);
      if (recorder && recorder.state !== "inactive") {
        recorder.stop();
      }
    }

    record.addEventListener("click", function () {
      record.disabled = true;
      status.textContent = text("asking", "Asking for the microphone…");
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (media) {
        stream = media;
        var chunks = [];
        recorder = type[0] ? new MediaRecorder(stream, { mimeType: type[0] }) : new MediaRecorder(stream);
        recorder.addEventListener("dataavailable", function (event) {
          if (event.data && event.data.size) {
            chunks.push(event.data);
          }
        });
        recorder.addEventListener("stop", function () {
          stream.getTracks().forEach(function (track) { track.stop(); });
          var mime = (recorder.mimeType || type[0] || "audio/webm").split(";")[0];
          var blob = new Blob(chunks, { type: mime });
          if (playbackUrl) {
            URL.revokeObjectURL(playbackUrl);
          }
          playbackUrl = URL.createObjectURL(blob);
          playback.src = playbackUrl;
          playback.hidden = false;
          setFile(input, new File([blob], type[1], { type: mime }));
          stop.disabled = true;
          record.disabled = false;
          record.textContent = text("record-again", "Record again");
          discard.hidden = false;
          status.textContent = text("recorded", "Recorded {time}. Listen to it below; it will be saved with the entry.")
            .replace("{time}", clock((Date.now() - started) / 1000));
        });
        recorder.start(1000);
        started = Date.now();
        stop.disabled = false;
        status.textContent = text("recording", "Recording…");
        show(0);
        ticking = window.setInterval(function () {
          var seconds = (Date.now() - started) / 1000;
          show(Math.min(seconds, maxSeconds));
          if (seconds >= maxSeconds) {
            status.textContent = text("limit", "Ten minutes is the most a voice note holds; recording stopped.");
            finish();
          }
        }, 250);
      }).catch(function () {
        record.disabled = false;
        status.textContent = text("denied", "The microphone could not be used. Check your browser's permission for this site.");
      });
    });

    stop.addEventListener("click", finish);

    discard.addEventListener("click", function () {
      setFile(input, null);
      playback.hidden = true;
      playback.removeAttribute("src");
      discard.hidden = true;
      record.textContent = text("record", "Record");
      show(0);
      status.textContent = text("discarded", "Voice note discarded.");
    });
  }

  document.querySelectorAll("[data-voice]").forEach(setUp);
})();
