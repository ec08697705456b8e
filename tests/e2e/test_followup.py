"""On a phone, a clinician opens a follow-up alert from the menu, acknowledges it, and
plans a booster session from it in one click: the form comes filled in from the last dose,
and saving it resolves the alert."""

import pytest

from patients.models import FollowUpAlert, StaffMembership
from sessions.models import DosingSession
from tests.e2e.conftest import log_in, open_menu, screenshot
from tests.factories import make_clinic, make_patient, make_staff
from tests.followup.helpers import raise_followup
from tests.sessions.helpers import record_session

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NO_SIDEWAYS_SCROLL = "() => document.documentElement.scrollWidth <= window.innerWidth"


def test_a_clinician_plans_a_booster_from_a_follow_up_alert(page, settings):
    settings.MFA_ENFORCED_FOR_STAFF = False
    clinic = make_clinic("Harbor Clinic")
    clinician = make_staff(
        clinic, StaffMembership.Role.CLINICIAN, mfa=False, first_name="Cleo", last_name="Hart"
    )
    patient = make_patient(clinic, clinician=clinician, first_name="Lena", last_name="Fischer")
    record_session(None, patient=patient, hours_ago=24 * 20)
    alert = raise_followup(patient)

    log_in(page, clinician.email)
    open_menu(page)
    page.get_by_role("link", name="Follow-up", exact=True).click()
    assert "PHQ-9 14, up 6 from 8." in page.content()
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    screenshot(page, "followup-alert-list")

    page.get_by_role("link", name="Open the follow-up alert for Lena Fischer").click()
    page.get_by_role("button", name="Acknowledge").click()
    assert "Follow-up alert acknowledged." in page.content()
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    screenshot(page, "followup-alert-detail")

    page.get_by_role("link", name="Plan a booster session").click()
    assert page.get_by_label("Route").input_value() == "iv_ketamine"
    page.get_by_role("button", name="Plan session").click()

    assert "booster planned" in page.content()
    booster = DosingSession.objects.get(patient=patient, status="planned")
    alert = FollowUpAlert.objects.get(pk=alert.pk)
    assert (alert.resolution, alert.resolved_by) == ("booster", clinician)
    assert booster.prompts.filter(kind="intention").exists()
    screenshot(page, "followup-booster-planned")
