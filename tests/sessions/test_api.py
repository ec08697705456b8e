from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from patients.models import AuditEvent
from sessions import services
from sessions.models import DosingSession, ScheduledPrompt, VitalsReading
from tests.sessions.helpers import make_due, record_session

SESSIONS = reverse("dosing-session-list")
PROMPTS = reverse("prompt-list")


def _session_url(session, action=None):
    if action:
        return reverse(f"dosing-session-{action}", args=[session.pk])
    return reverse("dosing-session-detail", args=[session.pk])


def _post_json(client, url, payload=None):
    return client.post(url, payload or {}, content_type="application/json")


def _new_session(world, **fields):
    started = timezone.now() - timedelta(hours=3)
    return {
        "patient": world.patient.pk,
        "route": "iv_ketamine",
        "dose_mg": "35",
        "started_at": started.isoformat(),
        **fields,
    }


# Recording sessions ----------------------------------------------------------------------


def test_a_clinician_creates_a_completed_session_and_its_window_is_scheduled(world, client_for):
    client = client_for(world.user("clinician"))
    ended = timezone.now() - timedelta(hours=1)

    response = _post_json(
        client, SESSIONS, _new_session(world, ended_at=ended.isoformat(), lot_number="L-1")
    )

    assert response.status_code == 201, response.json()
    session = DosingSession.objects.get(pk=response.json()["id"])
    assert session.status == DosingSession.Status.COMPLETED
    assert session.clinician == world.user("clinician")
    assert session.lot_number == "L-1"
    prompts = session.prompts.all()
    assert prompts.exists()
    body = response.json()
    assert body["prompt_count"] == prompts.count()
    window_end = session.ended_at + timedelta(hours=session.window_hours)
    assert parse_datetime(body["window_ends_at"]) == window_end
    assert body["mg_per_kg"] == "0.50"


def test_a_session_without_an_end_is_planned_and_has_no_prompts_yet(world, client_for):
    client = client_for(world.user("clinician"))

    response = _post_json(client, SESSIONS, _new_session(world))

    assert response.status_code == 201
    assert response.json()["status"] == "planned"
    assert response.json()["window_ends_at"] is None
    # Only what comes before it: the patient's intentions.
    prompts = ScheduledPrompt.objects.all()
    assert set(prompts.values_list("phase", "kind")) == {("pre_session", "intention")}


def test_a_dose_above_the_ceiling_is_refused_until_it_is_confirmed(world, client_for):
    client = client_for(world.user("clinician"))
    too_much = _new_session(world, dose_mg="140")  # 2 mg/kg for 70 kg; IV ceiling is 1

    refused = _post_json(client, SESSIONS, too_much)
    confirmed = _post_json(client, SESSIONS, {**too_much, "confirm_high_dose": True})

    assert refused.status_code == 400
    assert list(refused.json()) == ["dose_mg"]
    assert "ceiling" in refused.json()["dose_mg"][0]
    assert confirmed.status_code == 201
    assert DosingSession.objects.get().dose_mg == 140
    assert "confirm_high_dose" not in confirmed.json()


def test_a_session_that_ends_before_it_starts_is_refused_on_ended_at(world, client_for):
    client = client_for(world.user("clinician"))
    started = timezone.now() - timedelta(hours=1)

    response = _post_json(
        client,
        SESSIONS,
        _new_session(
            world,
            started_at=started.isoformat(),
            ended_at=(started - timedelta(minutes=5)).isoformat(),
        ),
    )

    assert response.status_code == 400
    assert "ended_at" in response.json()
    assert not DosingSession.objects.exists()


def test_a_coach_on_the_care_team_cannot_record_a_session(world, client_for):
    response = _post_json(client_for(world.user("coach")), SESSIONS, _new_session(world))

    assert response.status_code == 403
    assert not DosingSession.objects.exists()


def test_a_clinician_of_another_clinic_cannot_tell_the_patient_exists(world, client_for):
    response = _post_json(client_for(world.user("other_clinician")), SESSIONS, _new_session(world))

    assert response.status_code == 404
    assert not DosingSession.objects.exists()


def test_a_clinician_corrects_a_session_and_the_change_is_audited(world, client_for):
    clinician = world.user("clinician")
    session = record_session(world, lot_number="OLD")

    response = client_for(clinician).patch(
        _session_url(session),
        {"lot_number": "NEW", "patient": world.other_patient.pk},
        content_type="application/json",
    )

    assert response.status_code == 200
    session.refresh_from_db()
    assert session.lot_number == "NEW"
    assert session.patient == world.patient
    assert AuditEvent.objects.filter(
        actor=clinician, action="update", object_id=str(session.pk)
    ).exists()


@pytest.mark.parametrize("role", ["patient", "coach", "clinic_admin", "other_clinician"])
def test_no_one_but_the_clinics_clinicians_changes_a_session(world, client_for, role):
    session = record_session(world, lot_number="KEEP")

    response = client_for(world.user(role)).patch(
        _session_url(session), {"lot_number": "CHANGED"}, content_type="application/json"
    )

    assert response.status_code == 404
    session.refresh_from_db()
    assert session.lot_number == "KEEP"


def test_a_signed_record_cannot_be_changed(world, client_for):
    clinician = world.user("clinician")
    session = services.session_sign(acting_user=clinician, session=record_session(world))

    response = client_for(clinician).patch(
        _session_url(session), {"notes": "later"}, content_type="application/json"
    )

    assert response.status_code == 400
    assert "non_field_errors" in response.json()


def test_ending_a_planned_session_completes_it_and_schedules_its_window(world, client_for):
    clinician = world.user("clinician")
    session = services.session_create(
        acting_user=clinician,
        patient=world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=timezone.now() - timedelta(hours=1),
    )
    ended = timezone.now() - timedelta(minutes=10)

    response = _post_json(
        client_for(clinician), _session_url(session, "end"), {"ended_at": ended.isoformat()}
    )

    assert response.status_code == 200
    session.refresh_from_db()
    assert session.status == DosingSession.Status.COMPLETED
    assert session.ended_at == ended
    assert response.json()["prompt_count"] == session.prompts.count() > 0


def test_ending_a_completed_session_again_is_refused(world, client_for):
    session = record_session(world)

    response = _post_json(client_for(world.user("clinician")), _session_url(session, "end"))

    assert response.status_code == 400
    assert "non_field_errors" in response.json()


def test_an_esketamine_record_cannot_be_signed_without_its_rems_fields(world, client_for):
    session = record_session(world, route="intranasal_esketamine", dose_mg=56)

    response = _post_json(client_for(world.user("clinician")), _session_url(session, "sign"))

    assert response.status_code == 400
    assert "REMS" in response.json()["non_field_errors"][0]
    session.refresh_from_db()
    assert session.signed_at is None


def test_a_clinician_signs_a_completed_record(world, client_for):
    clinician = world.user("clinician")
    session = record_session(world)

    response = _post_json(client_for(clinician), _session_url(session, "sign"))

    assert response.status_code == 200
    session.refresh_from_db()
    assert session.signed_by == clinician
    assert response.json()["signed_by"]["id"] == clinician.pk


def test_cancelling_a_session_cancels_its_unsent_prompts(world, client_for):
    session = record_session(world)

    response = _post_json(client_for(world.user("clinician")), _session_url(session, "cancel"))

    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"
    statuses = set(session.prompts.values_list("status", flat=True))
    assert statuses == {ScheduledPrompt.Status.CANCELLED}


def test_a_clinician_adds_a_vitals_reading(world, client_for):
    session = record_session(world)
    reading = {
        "taken_at": timezone.now().isoformat(),
        "moment": "discharge",
        "systolic": 130,
        "diastolic": 84,
        "heart_rate": 70,
        "spo2": 97,
    }

    response = _post_json(
        client_for(world.user("clinician")), _session_url(session, "vitals"), reading
    )

    assert response.status_code == 201
    saved = VitalsReading.objects.get(session=session)
    assert (saved.systolic, saved.diastolic, saved.moment) == (130, 84, "discharge")
    assert response.json()["id"] == saved.pk


def test_a_reading_with_half_a_blood_pressure_is_refused(world, client_for):
    session = record_session(world)

    response = _post_json(
        client_for(world.user("clinician")),
        _session_url(session, "vitals"),
        {"taken_at": timezone.now().isoformat(), "systolic": 130},
    )

    assert response.status_code == 400
    assert "non_field_errors" in response.json()
    assert not VitalsReading.objects.exists()


# Who sees what ---------------------------------------------------------------------------

WINDOW_KEYS = {
    "id",
    "patient",
    "status",
    "setting",
    "started_at",
    "ended_at",
    "window_ends_at",
    "prompt_count",
}


def test_a_coach_sees_dates_and_the_window_but_no_dose_or_vitals(world, client_for):
    session = record_session(world, lot_number="LOT-SECRET")
    services.vitals_add(
        acting_user=world.user("clinician"),
        session=session,
        taken_at=timezone.now(),
        heart_rate=70,
    )
    client = client_for(world.user("coach"))

    listed = client.get(SESSIONS).json()["results"]
    detail = client.get(_session_url(session)).json()

    assert [row["id"] for row in listed] == [session.pk]
    for body in (listed[0], detail):
        assert set(body) == WINDOW_KEYS
        assert body["window_ends_at"] is not None
        assert body["prompt_count"] == session.prompts.count()


def test_the_browsable_api_shows_a_coach_no_dose_either(world, client_for):
    session = record_session(world, lot_number="LOT-SECRET")

    page = client_for(world.user("coach")).get(_session_url(session), HTTP_ACCEPT="text/html")

    assert page.status_code == 200
    assert "LOT-SECRET" not in page.content.decode()


def test_the_patient_and_the_clinician_see_the_full_record(world, client_for):
    session = record_session(world, lot_number="LOT-SEEN")
    services.vitals_add(
        acting_user=world.user("clinician"),
        session=session,
        taken_at=timezone.now(),
        heart_rate=70,
    )

    for role in ("patient", "clinician"):
        body = client_for(world.user(role)).get(_session_url(session)).json()
        assert body["lot_number"] == "LOT-SEEN", role
        assert body["dose_mg"] == "35.0", role
        assert [v["heart_rate"] for v in body["vitals"]] == [70], role


def test_a_clinic_admin_gets_empty_lists(world, client_for):
    make_due(record_session(world).prompts.first())
    client = client_for(world.user("clinic_admin"))

    assert client.get(SESSIONS).json()["results"] == []
    assert client.get(PROMPTS).json()["results"] == []


def test_sessions_are_filtered_by_patient_and_status(world, client_for):
    mine = record_session(world)
    theirs = record_session(world, patient=world.other_patient)
    cancelled = services.session_cancel(
        acting_user=world.user("clinician"), session=record_session(world, hours_ago=6)
    )
    client = client_for(world.user("clinician"))

    def ids(**params):
        return {row["id"] for row in client.get(SESSIONS, params).json()["results"]}

    assert ids(patient=world.other_patient.pk) == {theirs.pk}
    assert ids(status="cancelled") == {cancelled.pk}
    assert ids(patient=world.patient.pk, status="completed") == {mine.pk}
    assert client.get(SESSIONS, {"status": "lost"}).status_code == 400


# Audit -----------------------------------------------------------------------------------


def test_listing_sessions_as_staff_writes_one_audit_row_per_session_shown(world, client_for):
    clinician = world.user("clinician")
    first = record_session(world)
    second = record_session(world, patient=world.other_patient)

    client_for(clinician).get(SESSIONS, HTTP_X_REQUEST_ID="req-sessions-1")

    rows = AuditEvent.objects.filter(actor=clinician, action="list")
    assert {(row.patient_id, row.object_id) for row in rows} == {
        (world.patient.pk, str(first.pk)),
        (world.other_patient.pk, str(second.pk)),
    }
    assert {row.object_type for row in rows} == {"dosing.dosingsession"}
    assert {row.request_id for row in rows} == {"req-sessions-1"}


def test_opening_a_session_as_staff_writes_a_view_row(world, client_for):
    coach = world.user("coach")
    session = record_session(world)

    client_for(coach).get(_session_url(session))

    row = AuditEvent.objects.get(actor=coach, action="view")
    assert (row.patient, row.object_id) == (world.patient, str(session.pk))


def test_a_patient_listing_their_own_sessions_writes_no_audit_row(world, client_for):
    record_session(world)
    before = AuditEvent.objects.count()

    client_for(world.patient.user).get(SESSIONS)

    assert AuditEvent.objects.count() == before


# Prompts ---------------------------------------------------------------------------------


def test_the_patient_marks_a_due_prompt_done_once(world, client_for):
    prompt = make_due(record_session(world).prompts.first())
    client = client_for(world.patient.user)
    url = reverse("prompt-done", args=[prompt.pk])

    first = _post_json(client, url)
    again = _post_json(client, url)

    assert first.status_code == 200
    assert first.json()["status"] == "answered"
    prompt.refresh_from_db()
    assert prompt.status == ScheduledPrompt.Status.ANSWERED
    assert prompt.answered_at is not None
    assert again.status_code == 409
    assert again.json()["detail"] == "This prompt is already answered."


def test_a_prompt_not_yet_due_cannot_be_marked_done(world, client_for):
    prompt = record_session(world).prompts.order_by("due_at").last()

    response = _post_json(client_for(world.patient.user), reverse("prompt-done", args=[prompt.pk]))

    assert response.status_code == 409
    prompt.refresh_from_db()
    assert prompt.status == ScheduledPrompt.Status.SCHEDULED


def test_the_care_team_cannot_mark_the_patients_prompt_done(world, client_for):
    prompt = make_due(record_session(world).prompts.first())

    for role in ("coach", "clinician"):
        response = _post_json(
            client_for(world.user(role)), reverse("prompt-done", args=[prompt.pk])
        )
        assert response.status_code == 404, role
    prompt.refresh_from_db()
    assert prompt.status == ScheduledPrompt.Status.SENT


def test_prompts_are_filtered_by_status_and_window(world, client_for):
    # A week and more apart, so neither window's assessments give way to the other's.
    earlier = record_session(world, hours_ago=24 * 8)
    later = record_session(world)
    due = make_due(later.prompts.first())
    client = client_for(world.patient.user)

    def ids(**params):
        return {row["id"] for row in client.get(PROMPTS, params).json()["results"]}

    assert ids(status="sent") == {due.pk}
    assert ids(window=earlier.pk) == set(earlier.prompts.values_list("pk", flat=True))
    assert ids(window=later.pk, status="scheduled") == set(
        later.prompts.exclude(pk=due.pk).values_list("pk", flat=True)
    )
    assert client.get(PROMPTS, {"window": "soon"}).status_code == 400


# Query counts ----------------------------------------------------------------------------


def _queries_for(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("role", ["clinician", "coach", "patient"])
def test_session_list_query_count_does_not_grow_with_sessions(
    world, client_for, django_assert_max_num_queries, role
):
    client = client_for(world.user(role))
    record_session(world)
    few = _queries_for(client, SESSIONS, django_assert_max_num_queries, 13)
    for hours_ago in range(4, 14):
        session = record_session(world, hours_ago=hours_ago)
        services.vitals_add(
            acting_user=world.user("clinician"),
            session=session,
            taken_at=timezone.now(),
            heart_rate=72,
        )
    record_session(world, patient=world.other_patient)

    many = _queries_for(client, SESSIONS, django_assert_max_num_queries, 13)

    assert many == few


def test_prompt_list_query_count_does_not_grow_with_prompts(
    world, client_for, django_assert_max_num_queries
):
    client = client_for(world.user("clinician"))
    record_session(world)
    # Two of these are the list's audit rows: one insert in its own savepoint.
    few = _queries_for(client, PROMPTS, django_assert_max_num_queries, 12)
    for hours_ago in range(4, 10):
        record_session(world, hours_ago=hours_ago)
    record_session(world, patient=world.other_patient)

    many = _queries_for(client, PROMPTS, django_assert_max_num_queries, 12)

    assert many == few
