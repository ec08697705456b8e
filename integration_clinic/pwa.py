"""The installable app: the web app manifest, the service worker and its offline page.

All three are public and the same for everyone: they carry no one's data. The service worker
keeps the signed-in patient's Today page and safety plan for reading offline (see
templates/pwa/sw.js for what it keeps and when it forgets).
"""

import hashlib
import json

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

THEME_COLOUR = "#1f5f8b"
BACKGROUND_COLOUR = "#f6f7f9"

# Files the offline page needs, kept by the service worker when it installs.
SHELL_FILES = (
    "css/app.css",
    "css/pwa.css",
    "js/pwa.js",
    "icons/icon-192.png",
    "favicon.svg",
)


def _icon(path: str, size: int, purpose: str = "any") -> dict:
    return {"src": static(path), "sizes": f"{size}x{size}", "type": "image/png", "purpose": purpose}


@require_safe
@cache_control(public=True, max_age=60 * 60)
def manifest(request):
    """/manifest.webmanifest: English names (the installed app's name does not change with
    the page's language); the pages themselves follow the person's language."""
    data = {
        "id": "/",
        "name": "Integration Clinic",
        "short_name": "Integration",
        "description": "Journaling, prompts and your care team between and after sessions.",
        "start_url": reverse("home"),
        "scope": "/",
        "display": "standalone",
        "orientation": "any",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            _icon("icons/icon-192.png", 192),
            _icon("icons/icon-512.png", 512),
            _icon("icons/icon-maskable-192.png", 192, "maskable"),
            _icon("icons/icon-maskable-512.png", 512, "maskable"),
        ],
    }
    return JsonResponse(data, content_type="application/manifest+json")


def _service_worker_source() -> str:
    offline_url = reverse("offline")
    shell = [offline_url, *(static(name) for name in SHELL_FILES)]
    context = {
        "offline_url": json.dumps(offline_url),
        "shell": json.dumps(shell),
        "patient_pages": json.dumps([reverse("today"), reverse("safety_plan")]),
        "static_prefix": json.dumps(settings.STATIC_URL),
        "icon": json.dumps(static("icons/icon-192.png")),
    }
    body = render_to_string("pwa/sw.js", context)
    # The caches' names change with what they hold, so a new release replaces the old shell.
    version = hashlib.sha256(body.encode()).hexdigest()[:12]
    return body.replace("__VERSION__", version)


@require_safe
@cache_control(public=True, no_cache=True, max_age=0)
def service_worker(request):
    """/sw.js, at the root so its scope is the whole site. Browsers check it for updates
    on every navigation when it is not cached, which is what no-cache asks."""
    return HttpResponse(_service_worker_source(), content_type="text/javascript; charset=utf-8")


@require_safe
def offline(request):
    """Shown by the service worker for a page that could not be loaded offline. Fetched
    without cookies when the worker installs, so it names no one."""
    return render(request, "pwa/offline.html")
