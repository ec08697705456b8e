"""Each role logs in through the real login page and lands on its own place."""

import re

import pytest
from django.core.management import call_command

from tests.e2e.conftest import log_in, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DEMO_PASSWORD = "integrate-demo-2026"


@pytest.fixture
def demo_clinic(settings):
    settings.MFA_ENFORCED_FOR_STAFF = False  # as in the local demo
    call_command("seed_demo", verbosity=0)


@pytest.mark.parametrize(
    ("email", "lands_on", "heading"),
    [
        ("patient@demo.test", "/today/", "Hello, Alex"),
        ("clinician@demo.test", "/staff/", "Dashboard"),
        ("coach@demo.test", "/staff/coach/", "Your workspace"),
        ("admin@demo.test", "/staff/patients/", "Patients"),
    ],
)
def test_each_demo_role_lands_on_its_page(demo_clinic, page, email, lands_on, heading):
    log_in(page, email, DEMO_PASSWORD)

    assert page.url.endswith(lands_on)
    assert page.get_by_role("heading", level=1).inner_text().startswith(heading)
    screenshot(page, f"landing-{email.split('@')[0]}")


def test_a_coach_sees_only_their_care_team(demo_clinic, page):
    log_in(page, "coach@demo.test", DEMO_PASSWORD)
    page.goto("/staff/patients/")

    rows = page.locator("table tbody tr")
    names = rows.all_inner_texts()
    assert names, "the coach's list is empty"
    assert all(re.search(r"Jordan Rivers", row) for row in names)


def test_a_wrong_password_shows_an_error_and_keeps_the_email(demo_clinic, page):
    log_in(page, "patient@demo.test", "not-the-password")

    assert "not correct" in page.content()
    assert page.get_by_label("Email").input_value() == "patient@demo.test"
