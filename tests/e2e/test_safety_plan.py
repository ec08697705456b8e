"""In a real browser at 375 px: a patient writes their safety plan, saves it, finds it again
from the crisis screen, and prints it."""

import pytest

from patients.models import SafetyPlanVersion
from tests.care_team.helpers import make_entry
from tests.e2e.conftest import log_in, open_menu, screenshot
from tests.factories import make_clinic, make_patient

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _fits_the_phone(page):
    """Nothing wider than the screen: no sideways scrolling to read the plan."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_patient_writes_their_plan_and_opens_it_from_the_crisis_screen(page):
    clinic = make_clinic("Harbor Clinic")
    patient = make_patient(clinic, first_name="Lena", last_name="Fischer")
    log_in(page, patient.user.email)

    open_menu(page)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Safety plan").click()
    page.get_by_role("link", name="Write the plan").click()
    page.get_by_label("1. Warning signs").fill("Lying awake at 3 a.m.\nSkipping meals")
    page.get_by_label("7. Reasons for living").fill("My niece")
    people = page.get_by_role("group", name="4. People I can ask for help")
    people.get_by_label("Name").first.fill("Dana (sister)")
    people.get_by_label("Phone").first.fill("(212) 555-0147")
    assert _fits_the_phone(page)
    page.get_by_role("button", name="Save the plan").click()
    page.wait_for_load_state("networkidle")

    assert "Safety plan saved (version 1)" in page.content()
    assert page.get_by_text("Skipping meals").is_visible()
    assert page.get_by_role("link", name="+1 212-555-0147").get_attribute("href") == (
        "tel:+12125550147"
    )
    assert page.get_by_role("link", name="988").first.get_attribute("href") == "tel:988"
    assert _fits_the_phone(page)
    screenshot(page, "safety-plan-saved")
    assert SafetyPlanVersion.objects.get().content["reasons_for_living"] == ["My niece"]

    flagged = make_entry(patient, text="I can't go on.", shared=False, flagged=True)
    page.goto(f"/journal/{flagged.pk}/")
    crisis = page.locator("section.crisis")
    assert crisis.is_visible()
    crisis.get_by_role("link", name="Open your safety plan").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/safety-plan/")
    assert page.get_by_text("Lying awake at 3 a.m.").is_visible()

    page.get_by_role("link", name="Print").click()
    page.wait_for_load_state("networkidle")
    page.emulate_media(media="print")
    assert not page.locator("header.site-header").is_visible()
    assert page.get_by_text("My niece").is_visible()
    screenshot(page, "safety-plan-print")
