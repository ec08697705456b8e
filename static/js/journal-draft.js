// Autosaves what the patient is writing, so a reload or a lost connection loses nothing.
// Every keystroke is kept on this device at once; the server copy follows after a pause
// in typing and every few seconds while there are unsaved words. On load, words this
// device holds that never reached the server win over the server's draft.
(function () {
  "use strict";

  var PAUSE_MS = 1200;
  var EVERY_MS = 5000;

  function read(storageKey) {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey) || "null");
    } catch (error) {
      return null;
    }
  }

  function write(storageKey, value) {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(value));
    } catch (error) {
      // Storage full or disabled: the server copy still works.
    }
  }

  // A page shown after a save names the drafts the server has discarded.
  document.querySelectorAll("[data-draft-clear]").forEach(function (marker) {
    try {
      window.localStorage.removeItem(marker.getAttribute("data-draft-clear"));
    } catch (error) {
      // Nothing to clear.
    }
  });

  var form = document.querySelector("form[data-draft-url]");
  if (!form) {
    return;
  }
  var textarea = form.querySelector("textarea[data-draft-text]");
  if (!textarea) {
    return;
  }
  var url = form.getAttribute("data-draft-url");
  var storageKey = form.getAttribute("data-draft-storage");
  var status = form.querySelector("[data-draft-status]");
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]");
  var pauseTimer = null;
  var saving = false;
  var submitting = false;

  // The page gives the words in the reader's language; English if it does not.
  function text(name, english) {
    return (status && status.getAttribute("data-text-" + name)) || english;
  }

  function say(message) {
    if (status) {
      status.textContent = message;
    }
  }

  function mood() {
    var checked = form.querySelector("input[name=mood]:checked");
    return checked ? checked.value : "";
  }

  function clock() {
    var language = document.documentElement.lang;
    return new Date().toLocaleTimeString(language ? [language] : [], { hour: "2-digit", minute: "2-digit" });
  }

  function keepLocally() {
    write(storageKey, { text: textarea.value, mood: mood(), dirty: true, at: Date.now() });
  }

  function save() {
    var local = read(storageKey);
    if (saving || submitting || !local || !local.dirty) {
      return;
    }
    saving = true;
    var sent = textarea.value;
    var body = new FormData();
    body.append("text", sent);
    body.append("mood", mood());
    fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf ? csrf.value : "", Accept: "application/json" },
    })
      .then(function (response) {
        if (!response.ok || response.redirected) {
          throw new Error("not saved");
        }
        return response.json();
      })
      .then(function () {
        if (textarea.value === sent) {
          write(storageKey, { text: sent, mood: mood(), dirty: false, at: Date.now() });
        }
        say(text("saved", "Draft saved at {time}.").replace("{time}", clock()));
      })
      .catch(function () {
        say(text("offline", "Not connected. Your words are kept on this device and will be saved when you are back online."));
      })
      .then(function () {
        saving = false;
      });
  }

  function changed() {
    keepLocally();
    window.clearTimeout(pauseTimer);
    pauseTimer = window.setTimeout(save, PAUSE_MS);
  }

  var local = read(storageKey);
  if (local && local.dirty && typeof local.text === "string" && local.text !== textarea.value) {
    textarea.value = local.text;
    say(text("restored", "Restored the words you wrote on this device that had not been saved yet."));
    save();
  }

  textarea.addEventListener("input", changed);
  form.querySelectorAll("input[name=mood]").forEach(function (input) {
    input.addEventListener("change", changed);
  });
  form.addEventListener("submit", function () {
    submitting = true;
  });
  window.addEventListener("online", save);
  window.setInterval(save, EVERY_MS);
})();
