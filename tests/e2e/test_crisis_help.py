"""In a real browser: someone invited while in London finds their own zone picked, joins,
and sees British crisis lines, never 988; a clinician reaches the patient from the alert
page and records the call."""

import pytest

from patients.models import Invitation, Patient, StaffMembership
from tests.care_team.helpers import raise_alert
from tests.e2e.conftest import PHONE, log_in, screenshot
from tests.factories import make_clinic, make_patient, make_staff
from tests.patients.lines import mentions_988

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_an_invitee_in_london_gets_their_zone_picked_and_british_crisis_lines(browser, live_server):
    clinic = make_clinic("Harbor Clinic")
    invitation = Invitation.objects.create(
        clinic=clinic, email="nova@example.test", role="patient", first_name="Nova"
    )
    context = browser.new_context(
        viewport=PHONE, base_url=live_server.url, timezone_id="Europe/London"
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        page.goto(f"/invite/{invitation.token}/")
        picker = page.get_by_label("Time zone")
        assert picker.input_value() == "Europe/London"
        screenshot(page, "invitation-zone-from-browser")

        page.get_by_label("Last name").fill("Newpatient")
        page.get_by_label("Password", exact=True).fill("a-long-and-private-phrase")
        page.get_by_label("Password again").fill("a-long-and-private-phrase")
        page.get_by_label("I have read the above").check()
        page.get_by_role("button", name="Create my account").click()
        page.wait_for_load_state("networkidle")

        footer = page.locator("footer")
        assert footer.get_by_role("link", name="Samaritans: 116 123").get_attribute("href") == (
            "tel:116123"
        )
        assert not mentions_988(footer.inner_text())
        assert Patient.objects.get(user__email="nova@example.test").country == "GB"
    finally:
        context.close()


def test_a_clinician_calls_from_the_alert_page_and_records_it(page, settings):
    settings.MFA_ENFORCED_FOR_STAFF = False
    clinic = make_clinic("Harbor Clinic")
    clinician = make_staff(
        clinic, StaffMembership.Role.CLINICIAN, mfa=False, first_name="Cleo", last_name="Hart"
    )
    patient = make_patient(clinic, clinician=clinician, first_name="Lena", last_name="Fischer")
    Patient.objects.filter(pk=patient.pk).update(phone="+12125550100")
    alert = raise_alert(patient)

    log_in(page, clinician.email)
    page.goto(f"/staff/alerts/{alert.pk}/")
    call = page.get_by_role("link", name="+1 212-555-0100")
    assert call.get_attribute("href") == "tel:+12125550100"

    page.get_by_text("Record a contact as you acknowledge").click()
    page.get_by_label("How").first.select_option("phone")
    page.get_by_label("Who was contacted").first.select_option("patient")
    page.get_by_role("button", name="Acknowledge").click()
    page.wait_for_load_state("networkidle")

    assert "Cleo Hart reached the patient: phone call" in page.content()
    screenshot(page, "alert-contact-recorded")
    assert alert.contacts.get().method == "phone"
