{% autoescape off %}// The service worker (served at /sw.js by integration_clinic/pwa.py).
//
// What it keeps, and for whom:
// - the shell: the offline page, style sheets, scripts and icons; nobody's data. Static
//   files are cached as they are fetched (their names carry a hash of their content).
// - the signed-in patient's Today page and safety plan, for reading offline: fetched from
//   the network first, the cached copy shown only when the network fails. Pages a staff
//   member or a signed-out visitor gets (a 403, a redirect to the login page) are never
//   kept, and any copy held is dropped then. The pages' script (static/js/pwa.js) empties
//   this cache on logout and whenever someone else is signed in, so the next person on a
//   shared device never sees them.
// - everything else (other pages, the API, forms) goes to the network as it would without
//   a worker; a page that cannot be loaded offline shows the offline page.
"use strict";

const SHELL_CACHE = "ic-shell-__VERSION__";
const STATIC_CACHE = "ic-static-__VERSION__";
const PAGES_CACHE = "ic-patient-pages";
const OFFLINE_URL = {{ offline_url }};
const SHELL = {{ shell }};
const PATIENT_PAGES = {{ patient_pages }};
const STATIC_PREFIX = {{ static_prefix }};
const ICON = {{ icon }};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      // Without cookies: the offline page must name no one.
      .then((cache) => cache.addAll(SHELL.map((url) => new Request(url, { credentials: "omit" }))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  const current = [SHELL_CACHE, STATIC_CACHE, PAGES_CACHE];
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("ic-") && !current.includes(name))
            .map((name) => caches.delete(name))
        )
      )
      .then(() => self.clients.claim())
  );
});

async function offlinePage() {
  return (await caches.match(OFFLINE_URL)) || Response.error();
}

async function patientPage(request, path) {
  const cache = await caches.open(PAGES_CACHE);
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    return (await cache.match(path)) || offlinePage();
  }
  if (response.ok && response.type === "basic" && !response.redirected) {
    await cache.put(path, response.clone());
  } else {
    // Signed out, or not this page's patient: forget what was kept.
    await cache.delete(path);
  }
  return response;
}

async function page(request) {
  try {
    return await fetch(request);
  } catch (error) {
    return offlinePage();
  }
}

async function staticFile(request) {
  const cached = await caches.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(STATIC_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    if (PATIENT_PAGES.includes(url.pathname)) {
      event.respondWith(patientPage(request, url.pathname));
    } else {
      event.respondWith(page(request));
    }
  } else if (url.pathname.startsWith(STATIC_PREFIX)) {
    event.respondWith(staticFile(request));
  }
});

// The page's script asks for the patient's pages to be forgotten (logout, another person).
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "forget-patient-pages") {
    event.waitUntil(caches.delete(PAGES_CACHE));
  }
});

// Web push (patients/push.py): the payload is {title, body, url}, without health
// information; a click opens the page it names, on this site only.
function sameSiteUrl(value) {
  try {
    const url = new URL(value || "/", self.location.origin);
    return url.origin === self.location.origin ? url.href : self.location.origin + "/";
  } catch (error) {
    return self.location.origin + "/";
  }
}

self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (error) {
    data = {};
  }
  event.waitUntil(
    self.registration.showNotification(data.title || "Integration Clinic", {
      body: data.body || "",
      icon: ICON,
      badge: ICON,
      data: { url: sameSiteUrl(data.url) },
    })
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = (event.notification.data && event.notification.data.url) || sameSiteUrl("/");
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const client of windows) {
        if (client.url === target && "focus" in client) {
          return client.focus();
        }
      }
      return self.clients.openWindow(target);
    })
  );
});
{% endautoescape %}
