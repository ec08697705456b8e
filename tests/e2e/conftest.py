"""Real-browser tests: Playwright drives Debian's Chromium, headless, against the live
test server. Skipped with a reason where Chromium is absent; never skipped in CI."""

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import skip_unless

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PHONE = {"width": 375, "height": 812}

# Playwright's sync API runs an event loop in the test's thread; the ORM calls the tests
# make to set up data are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    skip_unless(
        Path(CHROMIUM).exists() or shutil.which("chromium"),
        f"needs Chromium at {CHROMIUM}: apt-get install chromium",
    )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - installed by requirements/test.txt
        skip_unless(False, "needs the playwright package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                # Voice notes: a fake microphone (a tone), granted without a prompt.
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport=PHONE, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def screenshot(page, name):
    """Keeps a picture of what a person saw, under var/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def log_in(page, email, password="correct-horse-battery"):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state("networkidle")


def open_menu(page):
    """On a phone the header's menu is behind a button: open it to reach its links. On a wider
    screen the menu is already shown and there is no button to press.

    The button is the header's `.menu-button`: a <label> for a checkbox until pwa.js turns
    it into a <button> whose name may carry a badge ("Menu 2 new"). Either works when
    clicked, so the test does not depend on the script having run yet."""
    from playwright.sync_api import expect

    page.wait_for_load_state("domcontentloaded")  # pwa.js is deferred: it has run by then
    menu = page.locator("#site-menu")
    button = page.locator(".site-header .menu-button")
    button.or_(menu).first.wait_for()  # the header is there
    if button.is_visible() and not menu.is_visible():
        button.click()
    expect(menu).to_be_visible()
