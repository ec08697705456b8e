// Every page: registers the service worker (/sw.js), keeps its offline copies for the
// signed-in patient only, sends journal drafts written offline once back online, and
// turns the phone header's menu checkbox into a button.
(function () {
  "use strict";

  var script = document.currentScript;
  var PAGES_CACHE = "ic-patient-pages";
  var OWNER_KEY = "ic-offline-owner";
  var DRAFT_KEY = /^ic-draft:(\d+):([a-z0-9-]+)$/;

  function data(name) {
    return script ? script.getAttribute("data-" + name) || "" : "";
  }

  function storage(action, key, value) {
    try {
      if (action === "get") {
        return window.localStorage.getItem(key);
      }
      if (action === "set") {
        window.localStorage.setItem(key, value);
      } else {
        window.localStorage.removeItem(key);
      }
    } catch (error) {
      // Storage disabled: nothing kept, nothing to clear.
    }
    return null;
  }

  // The patient's pages kept offline --------------------------------------------------

  function forgetPatientPages() {
    storage("remove", OWNER_KEY);
    if (!("caches" in window)) {
      return Promise.resolve();
    }
    return window.caches.delete(PAGES_CACHE).catch(function () {});
  }

  var owner = data("owner");
  if (owner !== "keep") {
    // A page for someone else (another patient, staff, a signed-out visitor): what the
    // last patient kept on this device is dropped before anyone can open it offline.
    if (storage("get", OWNER_KEY) !== owner) {
      forgetPatientPages().then(function () {
        if (owner) {
          storage("set", OWNER_KEY, owner);
        }
      });
    }
  }

  if ("serviceWorker" in navigator && data("sw")) {
    navigator.serviceWorker.register(data("sw"), { scope: "/" }).catch(function () {
      // No worker (private mode, an old browser): the site works as before.
    });
  }

  // Journal drafts written offline -----------------------------------------------------
  // static/js/journal-draft.js keeps every keystroke in localStorage and saves to the
  // server while its page is open; this sends what is still unsaved from any page, as
  // soon as the connection is back.

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function unsavedDrafts() {
    var found = [];
    var patient = owner.indexOf("patient-") === 0 ? owner.slice("patient-".length) : "";
    if (!patient) {
      return found;
    }
    try {
      for (var i = 0; i < window.localStorage.length; i += 1) {
        var key = window.localStorage.key(i);
        var match = DRAFT_KEY.exec(key || "");
        if (!match || match[1] !== patient) {
          continue;
        }
        if (document.querySelector('form[data-draft-storage="' + key + '"]')) {
          continue; // its own page is open and saves it
        }
        var draft = JSON.parse(window.localStorage.getItem(key) || "null");
        if (draft && draft.dirty && typeof draft.text === "string") {
          found.push({ storageKey: key, key: match[2], draft: draft });
        }
      }
    } catch (error) {
      return [];
    }
    return found;
  }

  function sendDraft(item) {
    var body = new FormData();
    body.append("text", item.draft.text);
    body.append("mood", item.draft.mood || "");
    var url = data("drafts").replace(/new\/$/, item.key + "/");
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
    }).then(function (response) {
      if (!response.ok || response.redirected) {
        throw new Error("not saved");
      }
      var now = JSON.parse(storage("get", item.storageKey) || "null");
      if (now && now.text === item.draft.text) {
        now.dirty = false;
        storage("set", item.storageKey, JSON.stringify(now));
      }
    });
  }

  function sendUnsavedDrafts() {
    if (!data("drafts") || !navigator.onLine) {
      return Promise.resolve();
    }
    return Promise.all(
      unsavedDrafts().map(function (item) {
        return sendDraft(item).catch(function () {});
      })
    );
  }

  sendUnsavedDrafts();
  window.addEventListener("online", sendUnsavedDrafts);

  // Logging out: send what is unsaved, then forget the offline copies and this device's
  // saved drafts (their words are on the server), so the next person sees none of it.
  var logout = data("logout");
  document.querySelectorAll('form[action="' + logout + '"]').forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.getAttribute("data-forgotten")) {
        return;
      }
      event.preventDefault();
      form.setAttribute("data-forgotten", "1");
      var unsaved = {};
      var patient = owner.slice("patient-".length);
      sendUnsavedDrafts()
        .then(function () {
          unsavedDrafts().forEach(function (item) {
            unsaved[item.storageKey] = true;
          });
          var keys = [];
          for (var i = 0; i < window.localStorage.length; i += 1) {
            keys.push(window.localStorage.key(i));
          }
          keys.forEach(function (key) {
            var match = DRAFT_KEY.exec(key || "");
            if (match && match[1] === patient && !unsaved[key]) {
              storage("remove", key);
            }
          });
        })
        .catch(function () {})
        .then(forgetPatientPages)
        .then(function () {
          form.submit();
        });
    });
  });

  // The phone header's menu -------------------------------------------------------------
  // Without script a checkbox opens it; with script it is a button that says whether the
  // menu is open.
  var toggle = document.querySelector("#menu-toggle");
  var label = document.querySelector("label[for=menu-toggle]");
  var header = document.querySelector(".site-header");
  if (toggle && label && header) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "menu-button";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", toggle.getAttribute("aria-controls"));
    while (label.firstChild) {
      button.appendChild(label.firstChild); // the word and any badge
    }
    label.replaceWith(button);
    toggle.remove();
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", open ? "true" : "false");
      header.classList.toggle("menu-open", open);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && header.classList.contains("menu-open")) {
        header.classList.remove("menu-open");
        button.setAttribute("aria-expanded", "false");
        button.focus();
      }
    });
  }
})();
