"""A clinician records and ends a session in the browser; the window's prompts appear on
the patient's schedule in their own time, and a due prompt reaches them once."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from patients.models import StaffMembership
from sessions import services
from sessions.models import ScheduledPrompt
from tests.e2e.conftest import log_in, open_menu, screenshot
from tests.factories import make_clinic, make_patient, make_staff

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_session_recorded_in_the_browser_schedules_prompts_the_patient_then_receives(
    page, browser, live_server, settings
):
    settings.MFA_ENFORCED_FOR_STAFF = False
    clinic = make_clinic("Harbor Clinic")
    clinician = make_staff(clinic, StaffMembership.Role.CLINICIAN, mfa=False, first_name="Cleo")
    patient = make_patient(
        clinic, clinician=clinician, time_zone="America/Los_Angeles", first_name="Lena"
    )

    log_in(page, clinician.email)
    page.goto(f"/staff/patients/{patient.pk}/")
    page.get_by_role("link", name="Record a dosing session").click()
    page.get_by_label("Route").select_option(label="IV ketamine infusion")
    dose_help = page.locator("#id_dose_mg_help")
    page.get_by_label("Dose (mg)").fill("84")
    assert "1.20 mg/kg at 70 kg. Above the 1.0 mg/kg ceiling" in dose_help.inner_text()
    page.get_by_label("Dose (mg)").fill("35")
    assert "0.50 mg/kg at 70 kg. Within the 1.0 mg/kg ceiling" in dose_help.inner_text()
    screenshot(page, "dosing-form")
    started = page.get_by_label("Started at")
    now_value = started.input_value()
    started.fill("2099-01-01T10:00")
    page.get_by_role("button", name="Plan session").wait_for()
    started.fill(now_value)
    page.get_by_label("Lot number").fill("K-7781")
    page.get_by_role("button", name="Record session").click()
    assert "Session recorded." in page.content()
    page.get_by_role("button", name="End session").click()
    assert "the window's prompts are scheduled" in page.content()
    screenshot(page, "session-ended")

    prompts = list(ScheduledPrompt.objects.filter(patient=patient).order_by("due_at"))
    window_steps = [s for s in services.DEFAULT_STEPS if s.get("phase", "window") == "window"]
    assert len([p for p in prompts if p.phase == "window"]) == len(window_steps)

    patient_page = browser.new_context(
        viewport={"width": 375, "height": 812}, base_url=live_server.url
    ).new_page()
    log_in(patient_page, patient.user.email)
    patient_page.goto("/prompts/")
    upcoming = patient_page.locator("section", has_text="Coming up").inner_text()
    first = timezone.localtime(prompts[0].due_at, patient.zone)
    assert first.strftime("%a %-d %b, %H:%M") in upcoming

    ScheduledPrompt.objects.filter(pk=prompts[0].pk).update(
        due_at=timezone.now() - timedelta(minutes=1)
    )
    services.prompts_dispatch_due()
    services.prompts_dispatch_due()

    patient_page.reload()
    due = patient_page.locator("section", has_text="Due now").inner_text()
    assert prompts[0].title in due
    open_menu(patient_page)
    assert patient_page.get_by_label("1 due").is_visible()
    assert [m.to for m in mail.outbox] == [[patient.user.email]]
    screenshot(patient_page, "patient-inbox")
