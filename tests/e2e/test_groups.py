"""A coach schedules a group session in the browser; a patient in another time zone takes
a seat from the Groups page and downloads the session's .ics, which gives the same
instant."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from groups.models import Enrollment, GroupSession
from patients.models import StaffMembership
from tests.e2e.conftest import PHONE, log_in, open_menu, screenshot
from tests.factories import make_clinic, make_patient, make_staff

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_coach_schedules_a_group_and_a_patient_takes_a_seat_and_its_calendar_file(
    page, browser, live_server, settings
):
    settings.MFA_ENFORCED_FOR_STAFF = False
    clinic = make_clinic("Harbor Clinic", time_zone="America/New_York")
    coach = make_staff(clinic, StaffMembership.Role.COACH, mfa=False, first_name="Cody")
    patient = make_patient(clinic, coach=coach, time_zone="Europe/Berlin", first_name="Lena")
    clinic_zone = ZoneInfo("America/New_York")
    day = (timezone.now() + timedelta(days=3)).astimezone(clinic_zone).date()

    log_in(page, coach.email)
    open_menu(page)
    page.get_by_role("link", name="Groups").click()
    page.get_by_role("link", name="Schedule a session").click()
    page.get_by_label("Title").fill("Evening integration circle")
    page.get_by_label("Starts").fill(f"{day:%Y-%m-%d}T18:30")
    page.get_by_label("Capacity").fill("5")
    page.get_by_label("In person").check()
    page.get_by_label("Room").fill("Garden room")
    screenshot(page, "group-form-coach")
    page.get_by_role("button", name="Schedule").click()
    assert "Evening integration circle scheduled." in page.content()
    screenshot(page, "group-scheduled-coach")

    group_session = GroupSession.objects.get()
    assert group_session.starts_at.astimezone(clinic_zone).strftime("%H:%M") == "18:30"
    assert list(group_session.facilitators.all()) == [coach]

    patient_context = browser.new_context(
        viewport=PHONE, base_url=live_server.url, accept_downloads=True
    )
    try:
        _take_a_seat_and_download(patient_context.new_page(), patient, group_session)
    finally:
        patient_context.close()


def _take_a_seat_and_download(patient_page, patient, group_session):
    log_in(patient_page, patient.user.email)
    open_menu(patient_page)
    patient_page.get_by_role("link", name="Groups").click()
    card = patient_page.locator("article", has_text="Evening integration circle")
    assert "5 seats left" in card.inner_text()
    berlin = group_session.starts_at.astimezone(ZoneInfo("Europe/Berlin"))
    assert f"{berlin:%H:%M}" in card.inner_text()  # 00:30 the next day, in Berlin
    screenshot(patient_page, "groups-patient")
    card.get_by_role("button", name="Take a seat").click()
    assert "You have a seat in Evening integration circle." in patient_page.content()
    assert Enrollment.objects.get(patient=patient).status == "confirmed"

    with patient_page.expect_download() as download_info:
        patient_page.get_by_role("link", name="Add to my calendar (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == f"group-session-{group_session.pk}.ics"
    with open(download.path(), "rb") as ics:
        (event,) = Calendar.from_ical(ics.read()).walk("VEVENT")
    assert event.decoded("dtstart") == group_session.starts_at
    assert str(event["location"]) == "Garden room"
    screenshot(patient_page, "group-seat-patient")
