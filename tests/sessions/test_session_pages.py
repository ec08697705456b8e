from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from patients.models import AuditEvent
from sessions.models import DosingSession, ScheduledPrompt
from tests.factories import make_patient
from tests.sessions.helpers import make_due, record_session


@pytest.fixture(autouse=True)
def _afternoon_in_new_york(time_machine):
    """The forms take wall-clock times in the clinic's zone: on the night the clocks go
    back, "an hour ago" happens twice, and the form rightly refuses to guess which."""
    time_machine.move_to(datetime(2026, 12, 8, 19, 0, tzinfo=UTC), tick=False)


def _clinic_time(moment):
    """What a clinician types: wall-clock time in the clinic's zone (Harbor Clinic's)."""
    return timezone.localtime(moment, ZoneInfo("America/New_York")).strftime("%Y-%m-%dT%H:%M")


def _form(**overrides):
    start = timezone.now() - timedelta(hours=1)
    data = {
        "setting": "in_clinic",
        "route": "iv_ketamine",
        "dose_mg": "35",
        "weight_kg": "",
        "lot_number": "K-2231",
        "started_at": _clinic_time(start),
        "ended_at": "",
        "intention": "To feel less stuck.",
    }
    return {**data, **overrides}


def test_clinician_starts_then_ends_a_session_and_the_window_is_scheduled(world, client):
    client.force_login(world.user("clinician"))

    response = client.post(reverse("session_create", args=[world.patient.pk]), _form())
    session = DosingSession.objects.get()
    assert response["Location"] == reverse("session_detail", args=[session.pk])
    assert session.status == "in_progress"
    assert session.weight_kg == world.patient.weight_kg
    assert not session.prompts.exists()

    client.post(reverse("session_end", args=[session.pk]), {"ended_at": ""})

    session.refresh_from_db()
    assert session.status == "completed"
    assert session.prompts.filter(phase="window").count() == 10
    page = client.get(reverse("session_detail", args=[session.pk])).content.decode()
    assert "Debrief reflection" in page
    assert "0.50 mg/kg" in page


def test_an_end_before_the_start_is_refused_with_a_clear_message(world, client):
    client.force_login(world.user("clinician"))
    start = timezone.now() - timedelta(hours=1)

    response = client.post(
        reverse("session_create", args=[world.patient.pk]),
        _form(ended_at=_clinic_time(start - timedelta(minutes=5))),
    )

    assert "must end after it started" in response.content.decode()
    assert 'value="K-2231"' in response.content.decode()
    assert not DosingSession.objects.exists()


def test_a_dose_above_the_ceiling_asks_for_confirmation(world, client):
    client.force_login(world.user("clinician"))
    url = reverse("session_create", args=[world.patient.pk])

    refused = client.post(url, _form(dose_mg="140"))
    assert "above the 1.0 mg/kg ceiling" in refused.content.decode()
    assert not DosingSession.objects.exists()

    client.post(url, _form(dose_mg="140", confirm_high_dose="on"))
    assert DosingSession.objects.get().dose_mg == 140


def test_a_patient_without_a_weight_cannot_be_dosed_by_mg_per_kg(world, client):
    patient = make_patient(world.clinic, clinician=world.user("clinician"), weight_kg=None)
    client.force_login(world.user("clinician"))

    response = client.post(reverse("session_create", args=[patient.pk]), _form())

    assert "Enter the patient&#x27;s weight" in response.content.decode()


def test_vitals_outside_physiological_ranges_are_refused(world, client):
    session = record_session(world)
    client.force_login(world.user("clinician"))

    response = client.post(
        reverse("session_vitals", args=[session.pk]),
        {
            "taken_at": _clinic_time(timezone.now()),
            "moment": "before",
            "systolic": "400",
            "diastolic": "80",
            "spo2": "101",
        },
        follow=True,
    )

    body = response.content.decode()
    assert "less than or equal to 260" in body
    assert "less than or equal to 100" in body
    assert not session.vitals.exists()


def test_an_esketamine_record_cannot_be_signed_until_rems_is_complete(world, client):
    clinician = world.user("clinician")
    start = timezone.now() - timedelta(hours=3)
    session = record_session(
        world,
        route="intranasal_esketamine",
        dose_mg=56,
        started_at=start,
        hours_ago=1,
    )
    client.force_login(clinician)

    response = client.post(reverse("session_sign", args=[session.pk]), follow=True)
    assert "three blood pressure readings" in response.content.decode()
    session.refresh_from_db()
    assert session.signed_at is None

    for minutes in (0, 40, 120):
        session.vitals.create(
            taken_at=start + timedelta(minutes=minutes), systolic=130, diastolic=85
        )
    DosingSession.objects.filter(pk=session.pk).update(
        ready_to_leave_at=start + timedelta(hours=2, minutes=5),
        concomitant_sedatives=False,
        concomitant_stimulants=False,
        concomitant_maois=False,
    )
    client.post(reverse("session_sign", args=[session.pk]))

    session.refresh_from_db()
    assert session.signed_by == clinician


def test_a_signed_record_cannot_be_edited(world, client):
    session = record_session(world)
    client.force_login(world.user("clinician"))
    client.post(reverse("session_sign", args=[session.pk]))

    response = client.post(
        reverse("session_edit", args=[session.pk]),
        _form(
            dose_mg="20",
            started_at=_clinic_time(session.started_at),
            ended_at=_clinic_time(session.ended_at),
        ),
    )

    assert "signed and can no longer be changed" in response.content.decode()
    session.refresh_from_db()
    assert session.dose_mg == 35


def test_a_coach_sees_dates_and_window_but_not_the_dose(world, client):
    session = record_session(world, lot_number="LOT-SECRET-1")
    client.force_login(world.user("coach"))

    body = client.get(reverse("session_detail", args=[session.pk])).content.decode()

    assert "Integration window" in body
    assert "Debrief reflection" in body
    assert "LOT-SECRET-1" not in body
    assert "mg/kg" not in body
    assert "Dose and observations" not in body
    assert "Vitals" not in body


def test_opening_a_session_as_staff_is_audited(world, client):
    session = record_session(world)
    coach = world.user("coach")
    client.force_login(coach)

    client.get(reverse("session_detail", args=[session.pk]))

    assert AuditEvent.objects.filter(
        actor=coach, action="view", object_type="dosing.dosingsession"
    ).exists()


def test_session_list_query_count_does_not_grow(world, client, django_assert_max_num_queries):
    client.force_login(world.user("clinician"))
    record_session(world)
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("session_list"))
    for n in range(10):
        record_session(world, patient=world.other_patient, hours_ago=3 + n)

    with django_assert_max_num_queries(20) as many:
        response = client.get(reverse("session_list"))

    assert response.content.decode().count("/staff/sessions/") >= 11
    assert len(many) == len(few)


def test_the_staff_patient_page_shows_sessions_prompts_and_delivery_log(
    world, client, django_capture_on_commit_callbacks
):
    from sessions import services

    session = record_session(world)
    prompt = session.prompts.order_by("offset_hours").first()
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        due_at=timezone.now() - timedelta(minutes=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.prompts_dispatch_due()
    client.force_login(world.user("clinician"))

    body = client.get(reverse("staff_patient", args=[world.patient.pk])).content.decode()

    assert "Delivery log" in body
    assert f"prompt:{prompt.pk}" in body
    assert "Email" in body


def test_patient_inbox_shows_due_prompts_and_a_count_in_the_nav(world, client):
    session = record_session(world)
    due = make_due(session.prompts.order_by("offset_hours").first())
    client.force_login(world.patient.user)

    body = client.get(reverse("prompt_inbox")).content.decode()

    assert due.title in body
    assert 'aria-label="1 due"' in body
    assert "Coming up" in body


def test_patient_marks_a_due_prompt_done(world, client):
    session = record_session(world)
    due = make_due(session.prompts.order_by("offset_hours").first())
    client.force_login(world.patient.user)

    client.post(reverse("prompt_done", args=[due.pk]))

    due.refresh_from_db()
    assert due.status == "answered"
    assert due.answered_at is not None


def test_an_upcoming_prompt_cannot_be_marked_done_early(world, client):
    session = record_session(world)
    upcoming = session.prompts.order_by("-offset_hours").first()
    client.force_login(world.patient.user)

    client.post(reverse("prompt_done", args=[upcoming.pk]))

    upcoming.refresh_from_db()
    assert upcoming.status == "scheduled"


def test_the_inbox_query_count_does_not_grow(world, client, django_assert_max_num_queries):
    client.force_login(world.patient.user)
    record_session(world)
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("prompt_inbox"))
    for hours in (80, 160, 240):
        record_session(world, hours_ago=hours)

    with django_assert_max_num_queries(20) as many:
        client.get(reverse("prompt_inbox"))

    assert len(many) == len(few)
