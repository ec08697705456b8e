"""The manifest, service worker, offline page and icons that make the site installable,
and what every page carries for them."""

import json

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image


def test_the_manifest_describes_an_installable_app(client):
    response = client.get("/manifest.webmanifest")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Integration Clinic"
    assert manifest["short_name"] == "Integration"
    assert (manifest["start_url"], manifest["scope"], manifest["display"]) == (
        "/",
        "/",
        "standalone",
    )
    assert manifest["theme_color"] and manifest["background_color"]
    icons = {(icon["sizes"], icon["purpose"]): icon["src"] for icon in manifest["icons"]}
    assert set(icons) == {
        ("192x192", "any"),
        ("512x512", "any"),
        ("192x192", "maskable"),
        ("512x512", "maskable"),
    }


@pytest.mark.parametrize(
    ("path", "size"),
    [
        ("icons/icon-192.png", 192),
        ("icons/icon-512.png", 512),
        ("icons/icon-maskable-192.png", 192),
        ("icons/icon-maskable-512.png", 512),
        ("icons/apple-touch-icon.png", 180),
    ],
)
def test_the_icons_are_pngs_of_their_size(path, size):
    with Image.open(finders.find(path)) as image:
        assert (image.format, image.size) == ("PNG", (size, size))
    if "maskable" in path or "apple" in path:
        with Image.open(finders.find(path)) as image:
            # No transparent corners: the platform cuts its own shape from the whole square.
            assert image.convert("RGBA").getpixel((0, 0))[3] == 255


def test_the_service_worker_is_served_from_the_root_as_javascript(client):
    response = client.get("/sw.js")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"]
    source = response.content.decode()
    assert 'const PATIENT_PAGES = ["/today/", "/safety-plan/"];' in source
    assert '"/offline/"' in source
    assert "__VERSION__" not in source and "{{" not in source and "&quot;" not in source


def test_the_service_worker_changes_name_when_its_shell_does(client, settings):
    before = client.get("/sw.js").content.decode()
    settings.STATIC_URL = "/assets/"

    after = client.get("/sw.js").content.decode()

    shell_name = [line for line in before.splitlines() if "SHELL_CACHE =" in line]
    assert shell_name and shell_name[0] not in after


def test_the_offline_page_names_no_one_and_links_to_what_is_kept(client):
    response = client.get("/offline/")

    body = response.content.decode()
    assert response.status_code == 200
    assert "You are offline" in body
    assert f'href="{reverse("today")}"' in body and f'href="{reverse("safety_plan")}"' in body
    assert 'data-owner="keep"' in body


def test_every_page_links_the_manifest_and_the_home_screen_tags(client):
    body = client.get(reverse("account_login")).content.decode()

    assert '<link rel="manifest" href="/manifest.webmanifest">' in body
    assert 'rel="apple-touch-icon"' in body and "apple-touch-icon.png" in body
    assert '<meta name="apple-mobile-web-app-capable" content="yes">' in body
    assert '<meta name="apple-mobile-web-app-title" content="Integration">' in body
    assert 'name="apple-mobile-web-app-status-bar-style"' in body
    assert 'data-sw="/sw.js"' in body


def test_the_content_security_policy_allows_our_own_worker_and_manifest_only(client):
    policy = client.get(reverse("account_login"))["Content-Security-Policy"]

    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["worker-src"] == "'self'"
    assert directives["manifest-src"] == "'self'"
    assert directives["script-src"] == "'self'"


def test_only_a_patients_pages_let_the_worker_keep_them(world, client_for):
    patient_page = client_for(world.patient.user).get(reverse("preferences")).content.decode()
    staff_page = client_for(world.user("clinician")).get(reverse("push_devices")).content.decode()

    assert f'data-owner="patient-{world.patient.pk}"' in patient_page
    assert 'data-owner=""' in staff_page


def test_a_patients_header_has_the_crisis_link_and_a_menu_button(world, client_for):
    body = client_for(world.patient.user).get(reverse("today")).content.decode()

    assert '<a class="crisis-link" href="#crisis-help">' in body
    assert 'id="crisis-help"' in body
    assert '<label for="menu-toggle" class="menu-button">' in body
    assert 'aria-controls="site-menu"' in body and 'id="site-menu"' in body


def test_vapid_keys_made_for_the_demo_are_kept_and_reused(tmp_path):
    from patients.vapid import local_vapid_keys

    path = tmp_path / "keys.json"
    first = local_vapid_keys(path)

    assert local_vapid_keys(path) == first
    public, private = first
    assert len(public) == 87 and len(private) == 43
    assert settings.VAPID_KEYS_FILE.parent.name == "var"


def test_the_menu_button_counts_what_waits_behind_it(world, client_for):
    from patients.models import Notification

    for key in ("one", "two"):
        Notification.objects.create(user=world.patient.user, dedupe_key=key, title="New")

    body = client_for(world.patient.user).get(reverse("today")).content.decode()

    assert (
        '<label for="menu-toggle" class="menu-button">Menu '
        '<span class="badge" aria-label="2 new">2</span></label>'
    ) in body
