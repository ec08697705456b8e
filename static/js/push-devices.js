// The devices page: turns on web push in this browser (subscribing with the site's VAPID
// public key and sending the subscription to /api/v1/push-subscriptions/), marks this
// browser in the list, and unsubscribes it when its row is turned off.
(function () {
  "use strict";

  var setup = document.querySelector("[data-push-setup]");
  if (!setup) {
    return;
  }
  var button = setup.querySelector("[data-push-subscribe]");
  var status = setup.querySelector("[data-push-status]");
  var texts = setup.querySelector("template[data-push-messages]");

  function text(name) {
    var node = texts && texts.content.querySelector('[data-message="' + name + '"]');
    return node ? node.textContent : "";
  }

  function say(name) {
    status.textContent = text(name);
  }

  function keyBytes(base64url) {
    var padded = base64url + "===".slice((base64url.length + 3) % 4);
    var raw = window.atob(padded.replace(/-/g, "+").replace(/_/g, "/"));
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i += 1) {
      bytes[i] = raw.charCodeAt(i);
    }
    return bytes;
  }

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function markThisDevice(subscription) {
    if (!subscription) {
      return;
    }
    document.querySelectorAll("[data-endpoint]").forEach(function (row) {
      if (row.getAttribute("data-endpoint") === subscription.endpoint) {
        row.querySelector("[data-this-device]").textContent = text("this-device");
        row.querySelector("form[data-push-revoke]").addEventListener("submit", function () {
          subscription.unsubscribe();
        });
      }
    });
  }

  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
    say("unsupported");
    return;
  }
  if (Notification.permission === "denied") {
    say("denied");
    return;
  }

  function subscribe() {
    button.disabled = true;
    say("working");
    Notification.requestPermission()
      .then(function (permission) {
        if (permission !== "granted") {
          throw new Error(permission);
        }
        return navigator.serviceWorker.ready;
      })
      .then(function (registration) {
        return registration.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(setup.getAttribute("data-vapid-key")),
        });
      })
      .then(function (subscription) {
        return fetch(setup.getAttribute("data-api-url"), {
          method: "POST",
          credentials: "same-origin",
          headers: {
            "Content-Type": "application/json",
            Accept: "application/json",
            "X-CSRFToken": csrfToken(),
          },
          body: JSON.stringify(subscription.toJSON()),
        });
      })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("not saved");
        }
        window.location.reload();
      })
      .catch(function () {
        say(Notification.permission === "denied" ? "denied" : "failed");
        button.disabled = false;
      });
  }

  navigator.serviceWorker.ready
    .then(function (registration) {
      return registration.pushManager.getSubscription();
    })
    .then(function (subscription) {
      var known =
        subscription &&
        document.querySelector('[data-endpoint="' + CSS.escape(subscription.endpoint) + '"]');
      if (known) {
        markThisDevice(subscription);
        say("on");
      } else {
        button.hidden = false;
        button.addEventListener("click", subscribe);
      }
    });
})();
