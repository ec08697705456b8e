"""The outcome pages in a real browser, under the site's Content-Security-Policy: a
clinician opens the outcome figures and sees each chart drawn beside its summary and table,
then a patient's printable report, which prints without its buttons."""

import pytest

from patients.models import StaffMembership
from tests.e2e.conftest import log_in, screenshot
from tests.e2e.test_content_security_policy import WATCH_VIOLATIONS
from tests.factories import make_clinic, make_patient, make_staff
from tests.outcomes.helpers import program, treated

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# (answered, closed, baseline, latest)
PATIENTS = [(0, 4, 10, 11), (1, 4, 20, 18), (3, 4, 18, 9), (4, 4, 12, 4)]


@pytest.fixture
def clinic_with_outcomes(settings):
    settings.MFA_ENFORCED_FOR_STAFF = False
    clinic = make_clinic("Harbor Clinic")
    program(clinic, "Standard window")
    clinician = make_staff(
        clinic, StaffMembership.Role.CLINICIAN, mfa=False, first_name="Cleo", last_name="Hart"
    )
    patients = []
    for answered, closed, baseline, latest in PATIENTS:
        patient = make_patient(clinic, clinician=clinician)
        treated(patient, answered=answered, closed=closed, baseline=baseline, latest=latest)
        patients.append(patient)
    return clinician, patients


def test_the_outcome_charts_draw_under_the_policy(clinic_with_outcomes, page):
    clinician, _patients = clinic_with_outcomes
    page.set_default_timeout(30_000)
    page.context.add_init_script(WATCH_VIOLATIONS)
    log_in(page, clinician.email)

    page.goto("/staff/overview/")
    page.get_by_role("link", name="See outcomes").click()
    page.wait_for_selector("canvas[data-chart='outcomes'][data-rendered='true']")

    canvases = page.locator("canvas[data-chart='outcomes']")
    assert canvases.count() == 3
    for n in range(3):
        assert canvases.nth(n).get_attribute("data-rendered") == "true"
    assert "Patients who answered the most prompts (100–100%)" in page.inner_text("main")
    assert page.evaluate("() => window.__cspViolations") == []
    screenshot(page, "outcomes")


def test_the_report_prints_without_its_buttons(clinic_with_outcomes, page):
    clinician, patients = clinic_with_outcomes
    page.set_default_timeout(30_000)
    log_in(page, clinician.email)

    page.goto(f"/staff/patients/{patients[-1].pk}/")
    page.get_by_role("link", name="Outcome report to print").click()

    assert page.get_by_role("button", name="Print this report").is_visible()
    page.emulate_media(media="print")
    assert not page.get_by_role("button", name="Print this report").is_visible()
    assert page.locator("svg.score-chart").count() == 1  # two PHQ-9s draw a line
    assert "Response (PHQ-9 down by half or more)" in page.inner_text("main")
    screenshot(page, "outcome-report-print")
