"""A clinician logs in, sees an urgent alert on top, opens the patient, acknowledges the
alert and writes a debrief note, which the patient then reads in their own browser."""

import pytest

from patients.models import SafetyAlert, StaffMembership
from tests.care_team.helpers import raise_alert
from tests.e2e.conftest import PHONE, log_in, open_menu, screenshot
from tests.factories import make_clinic, make_patient, make_staff
from tests.sessions.helpers import record_session

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NOTE = "You found a way to rest today. Keep the evening walks this week."


def test_a_clinician_acknowledges_an_alert_and_writes_a_note_the_patient_reads(
    page, browser, live_server, settings
):
    settings.MFA_ENFORCED_FOR_STAFF = False
    clinic = make_clinic("Harbor Clinic")
    clinician = make_staff(
        clinic, StaffMembership.Role.CLINICIAN, mfa=False, first_name="Cleo", last_name="Hart"
    )
    patient = make_patient(clinic, clinician=clinician, first_name="Lena", last_name="Fischer")
    record_session(None, patient=patient)
    alert = raise_alert(patient)

    log_in(page, clinician.email)
    assert page.url.endswith("/staff/")
    banner = page.get_by_role("region", name="Urgent")
    assert "Lena Fischer" in banner.inner_text()
    assert "Its text stays private" in banner.inner_text()
    assert "flagged words" not in page.content()
    screenshot(page, "care-team-dashboard-alert")

    banner.get_by_role("link", name="Lena Fischer", exact=True).click()
    page.get_by_role("button", name="Acknowledge").click()
    assert "Alert acknowledged" in page.content()
    assert page.get_by_role("region", name="Urgent").count() == 0
    alert.refresh_from_db()
    assert alert.acknowledged_by == clinician

    page.get_by_role("link", name="Write a debrief note").first.click()
    page.get_by_label("Note", exact=True).fill(NOTE)
    page.get_by_label("Show this note to the patient").check()
    page.get_by_role("button", name="Save note").click()
    assert "Debrief note saved and shown to the patient." in page.content()
    screenshot(page, "care-team-debrief-note")

    patient_page = browser.new_context(viewport=PHONE, base_url=live_server.url).new_page()
    log_in(patient_page, patient.user.email)
    open_menu(patient_page)
    patient_page.get_by_role("link", name="Notes").click()
    assert NOTE in patient_page.content()
    assert "From Cleo Hart" in patient_page.content()
    screenshot(patient_page, "care-team-patient-notes")
    assert SafetyAlert.objects.get(pk=alert.pk).resolved_at is None
