"""Windows that overlap never ask two PHQ-9s (or two GAD-7s) within the clinic's minimum
gap: the later window's unsent one is superseded, seen by staff, never by the patient."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from patients.models import Clinic
from sessions import services
from sessions.models import ScheduledPrompt
from tests.sessions.helpers import make_due

Status = ScheduledPrompt.Status
NOW = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def _pinned(time_machine):
    time_machine.move_to(NOW, tick=False)


def _infusion(world, ended_at, patient=None):
    """An IV infusion that ended at `ended_at`, recorded as it ended."""
    patient = patient or world.patient
    return services.session_create(
        acting_user=world.user("clinician"),
        patient=patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=ended_at - timedelta(minutes=50),
        ended_at=ended_at,
    )


def _assessments(session):
    return {
        p.instrument: p
        for p in session.prompts.filter(kind="assessment", phase="window").order_by("instrument")
    }


def test_infusions_on_consecutive_days_ask_the_phq9_and_gad7_once(world):
    first = _infusion(world, NOW)
    second = _infusion(world, NOW + DAY)

    kept, held = _assessments(first), _assessments(second)

    assert {p.status for p in kept.values()} == {Status.SCHEDULED}
    assert {p.status for p in held.values()} == {Status.SUPERSEDED}
    assert held["phq9"].superseded_by == kept["phq9"]
    assert held["gad7"].superseded_by == kept["gad7"]
    # The rest of the later window is untouched.
    others = second.prompts.filter(phase="window").exclude(kind="assessment")
    assert set(others.values_list("status", flat=True)) == {Status.SCHEDULED}


def test_a_window_a_full_gap_later_asks_again(world):
    first = _infusion(world, NOW)
    later = _infusion(world, NOW + 7 * DAY)

    assert {p.status for p in _assessments(first).values()} == {Status.SCHEDULED}
    assert {p.status for p in _assessments(later).values()} == {Status.SCHEDULED}


def test_the_clinic_sets_the_gap(world):
    Clinic.objects.filter(pk=world.clinic.pk).update(assessment_min_gap_days=2)
    world.patient.clinic.refresh_from_db()
    _infusion(world, NOW)
    three_days_on = _infusion(world, NOW + 3 * DAY)
    next_day = _infusion(world, NOW + 4 * DAY)

    assert {p.status for p in _assessments(three_days_on).values()} == {Status.SCHEDULED}
    assert {p.status for p in _assessments(next_day).values()} == {Status.SUPERSEDED}


def test_an_earlier_session_recorded_afterwards_supersedes_the_later_windows_unsent_one(world):
    later = _infusion(world, NOW + DAY)
    earlier = _infusion(world, NOW)

    assert {p.status for p in _assessments(earlier).values()} == {Status.SCHEDULED}
    assert {p.status for p in _assessments(later).values()} == {Status.SUPERSEDED}


def test_an_assessment_already_sent_is_never_superseded(world):
    later = _infusion(world, NOW + DAY)
    sent = make_due(_assessments(later)["phq9"])
    earlier = _infusion(world, NOW)

    sent.refresh_from_db()
    assert sent.status == Status.SENT
    # The earlier window's own PHQ-9, not yet sent, gives way instead.
    assert _assessments(earlier)["phq9"].status == Status.SUPERSEDED
    assert _assessments(earlier)["gad7"].status == Status.SCHEDULED


def test_cancelling_the_earlier_session_brings_the_later_assessments_back(world):
    first = _infusion(world, NOW)
    second = _infusion(world, NOW + DAY)

    services.session_cancel(acting_user=world.user("clinician"), session=first)

    assert {p.status for p in _assessments(second).values()} == {Status.SCHEDULED}
    assert {p.superseded_by for p in _assessments(second).values()} == {None}


def test_the_patient_never_sees_a_superseded_assessment(world, client):
    _infusion(world, NOW)
    held = _assessments(_infusion(world, NOW + DAY))["phq9"]
    client.force_login(world.patient.user)

    inbox = client.get(reverse("prompt_inbox")).content.decode()
    listed = client.get(reverse("prompt-list")).json()["results"]

    assert inbox.count("PHQ-9 check") == 1
    assert held.pk not in {row["id"] for row in listed}
    assert client.get(reverse("prompt_detail", args=[held.pk])).status_code == 404
    assert client.get(reverse("prompt_answer", args=[held.pk])).status_code == 404


def test_staff_see_the_superseded_assessment_and_what_replaced_it(world, client):
    first = _infusion(world, NOW)
    second = _infusion(world, NOW + DAY)
    client.force_login(world.user("clinician"))

    page = client.get(reverse("session_detail", args=[second.pk])).content.decode()
    staff_list = client.get(reverse("prompt-list"), {"window": second.pk}).json()["results"]

    assert "Superseded: assessment too soon after another" in page
    # The first session started at 11:10 New York time on 10 June.
    assert "after the session of 10 Jun" in page
    held = [row for row in staff_list if row["kind"] == "assessment" and row["phase"] == "window"]
    assert {row["status"] for row in held} == {"superseded"}
    assert {row["superseded_by"] for row in held} == set(
        first.prompts.filter(kind="assessment", phase="window").values_list("pk", flat=True)
    )


def test_the_steps_of_a_window_keep_their_order_when_they_fall_due_together(world, client):
    session = _infusion(world, NOW)
    client.force_login(world.user("clinician"))

    page = client.get(reverse("session_detail", args=[session.pk])).content.decode()

    # PHQ-9, GAD-7 and the closing reflection are all due at +72 h.
    positions = [page.index(title) for title in ("PHQ-9 check", "GAD-7 check", "Closing")]
    assert positions == sorted(positions)
    titles = [p.title for p in world.patient.prompts.filter(phase="window")]
    assert titles[-3:] == ["PHQ-9 check", "GAD-7 check", "Closing reflection"]
