"""The installable app in a real browser: Chromium accepts the manifest, the service
worker takes over, Today stays readable offline, a draft written offline reaches the
server once the connection is back, the phone header fits one row, and dark mode."""

from pathlib import Path

import pytest

from journals.models import JournalDraft
from patients.models import StaffMembership
from tests.care_team.helpers import raise_alert
from tests.e2e.conftest import log_in, open_menu, screenshot
from tests.factories import make_staff

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
# What headless Chromium cannot judge about any site, so says of every one.
HEADLESS_ONLY = {"in-incognito", "not-from-secure-origin"}


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(viewport=PHONE, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def worker_state(page) -> str:
    return page.evaluate(
        "navigator.serviceWorker.ready.then((registration) => registration.active.state)"
    )


def wait_for_control(page):
    """The first page a worker is registered from is controlled once it claims it."""
    page.wait_for_function("navigator.serviceWorker.controller !== null")


def test_chromium_accepts_the_manifest_and_the_service_worker(world, phone):
    log_in(phone, world.patient.user.email)
    phone.goto("/today/")
    cdp = phone.context.new_cdp_session(phone)

    manifest = cdp.send("Page.getAppManifest")
    assert manifest["url"].endswith("/manifest.webmanifest")
    assert manifest["errors"] == []
    assert worker_state(phone) == "activated"
    wait_for_control(phone)
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    assert {error["errorId"] for error in errors} <= HEADLESS_ONLY


def test_today_is_readable_offline_after_one_visit_and_other_pages_say_offline(world, phone):
    log_in(phone, world.patient.user.email)
    phone.goto("/today/")
    wait_for_control(phone)
    phone.reload()  # now through the worker, which keeps a copy
    phone.goto("/safety-plan/")

    phone.context.set_offline(True)
    phone.goto("/today/")
    assert phone.get_by_role("heading", level=1).inner_text() == "Hello, Pat"
    screenshot(phone, "pwa-today-offline")
    phone.goto("/safety-plan/")
    assert "safety plan" in phone.get_by_role("heading", level=1).inner_text().lower()
    phone.goto("/journal/")
    assert phone.get_by_role("heading", level=1).inner_text() == "You are offline"
    phone.context.set_offline(False)


def test_a_draft_written_offline_is_sent_when_back_online(world, phone):
    log_in(phone, world.patient.user.email)
    phone.goto("/today/")
    wait_for_control(phone)
    phone.reload()
    phone.goto("/journal/new/")
    words = "Written on the ferry with no signal at all"

    phone.context.set_offline(True)
    phone.get_by_label("Your entry").fill(words)
    phone.get_by_text("Not connected").wait_for()
    phone.goto("/today/")  # the kept copy: the entry's page is closed, its words unsent
    assert not JournalDraft.objects.exists()

    phone.context.set_offline(False)
    phone.wait_for_function(
        "(key) => !JSON.parse(localStorage.getItem(key) || '{}').dirty",
        arg=f"ic-draft:{world.patient.pk}:new",
    )
    assert JournalDraft.objects.get(patient=world.patient, key="new").text == words


def test_logging_out_forgets_the_pages_kept_offline(world, phone):
    log_in(phone, world.patient.user.email)
    phone.goto("/today/")
    wait_for_control(phone)
    phone.reload()
    assert phone.evaluate("caches.has('ic-patient-pages')")

    phone.get_by_role("button", name="Menu").click()
    phone.get_by_text(world.patient.user.display_name).click()
    phone.get_by_role("button", name="Log out").click()
    phone.wait_for_url("**/accounts/login/**")

    assert not phone.evaluate("caches.has('ic-patient-pages')")
    phone.context.set_offline(True)
    phone.goto("/today/")
    assert "Hello" not in phone.content()
    phone.context.set_offline(False)


def test_the_phone_header_is_one_row_with_the_crisis_link_and_a_menu(world, phone):
    log_in(phone, world.patient.user.email)
    phone.goto("/today/")

    header = phone.locator(".site-header").bounding_box()
    assert header["height"] <= 64
    crisis = phone.get_by_role("link", name="Crisis help")
    assert crisis.is_visible()
    assert crisis.bounding_box()["y"] + crisis.bounding_box()["height"] <= header["height"]
    assert not phone.get_by_role("link", name="Journal").is_visible()
    screenshot(phone, "pwa-header-closed")

    menu = phone.get_by_role("button", name="Menu")
    assert menu.get_attribute("aria-expanded") == "false"
    menu.click()
    assert menu.get_attribute("aria-expanded") == "true"
    assert phone.get_by_role("link", name="Journal").is_visible()
    screenshot(phone, "pwa-header-open")
    phone.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false"

    crisis.click()
    assert phone.evaluate("location.hash") == "#crisis-help"
    assert phone.locator("#crisis-help").is_visible()


def test_the_menu_opens_without_script(world, browser, live_server):
    context = browser.new_context(
        viewport=PHONE, base_url=live_server.url, java_script_enabled=False
    )
    page = context.new_page()
    log_in(page, world.patient.user.email)
    page.goto("/today/")

    assert page.locator(".site-header").bounding_box()["height"] <= 64
    assert not page.get_by_role("link", name="Journal").is_visible()
    page.locator("label[for=menu-toggle]").click()
    assert page.get_by_role("link", name="Journal").is_visible()
    context.close()


def test_dark_mode_follows_the_system(world, browser, live_server):
    context = browser.new_context(viewport=PHONE, base_url=live_server.url, color_scheme="dark")
    page = context.new_page()
    log_in(page, world.patient.user.email)
    page.goto("/today/")

    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    ink = page.evaluate("getComputedStyle(document.body).color")
    card = page.evaluate("getComputedStyle(document.querySelector('.card')).backgroundColor")
    assert background == "rgb(17, 22, 28)"
    assert ink == "rgb(230, 235, 241)"
    assert card == "rgb(26, 33, 41)"
    screenshot(page, "pwa-today-dark")
    context.close()


# What falls short of WCAG 2 contrast on the page, as "tag.class \"text\": ratio".
LOW_CONTRAST = (Path(__file__).parent / "low_contrast.js").read_text()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_patient_pages_are_readable_in_both_schemes(world, browser, live_server, scheme):
    context = browser.new_context(viewport=PHONE, base_url=live_server.url, color_scheme=scheme)
    page = context.new_page()
    log_in(page, world.patient.user.email)

    failures = {}
    for path in ("/today/", "/journal/new/", "/progress/", "/safety-plan/", "/preferences/"):
        page.goto(path)
        open_menu(page)
        failures[path] = page.evaluate(LOW_CONTRAST)
    context.close()

    assert failures == {path: [] for path in failures}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_staff_pages_are_readable_in_both_schemes(world, browser, live_server, settings, scheme):
    settings.MFA_ENFORCED_FOR_STAFF = False
    clinician = make_staff(world.clinic, StaffMembership.Role.CLINICIAN, mfa=False)
    raise_alert(world.patient)  # the urgent banner on top of every staff page
    context = browser.new_context(viewport=PHONE, base_url=live_server.url, color_scheme=scheme)
    page = context.new_page()
    log_in(page, clinician.email)

    failures = {}
    for path in ("/staff/", "/staff/patients/", f"/staff/patients/{world.patient.pk}/"):
        page.goto(path)
        open_menu(page)
        failures[path] = page.evaluate(LOW_CONTRAST)
    context.close()

    assert failures == {path: [] for path in failures}


def test_nothing_a_staff_member_sees_is_kept_offline(world, phone, settings):
    settings.MFA_ENFORCED_FOR_STAFF = False
    clinician = make_staff(world.clinic, StaffMembership.Role.CLINICIAN, mfa=False)
    log_in(phone, clinician.email)
    phone.goto("/staff/")
    wait_for_control(phone)
    for path in ("/staff/", f"/staff/patients/{world.patient.pk}/", "/today/", "/safety-plan/"):
        phone.goto(path)

    kept = phone.evaluate(
        "caches.open('ic-patient-pages').then((cache) => cache.keys()).then((keys) => keys.length)"
    )
    assert kept == 0
    phone.context.set_offline(True)
    phone.goto(f"/staff/patients/{world.patient.pk}/")
    assert phone.get_by_role("heading", level=1).inner_text() == "You are offline"
    phone.context.set_offline(False)
