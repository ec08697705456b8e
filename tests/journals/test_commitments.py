"""The integration plan: up to three commitments per window, with progress."""

import pytest
from django.urls import reverse

from journals.models import Commitment
from tests.sessions.helpers import record_session


@pytest.fixture
def patient_client(world, client):
    client.force_login(world.patient.user)
    return client


def test_a_patient_writes_up_to_three_commitments_and_a_fourth_is_refused(world, patient_client):
    session = record_session(world)
    url = reverse("commitment_list", args=[session.pk])
    for text in ("Walk after lunch", "Phone-free evening", "Call my sister"):
        patient_client.post(url, {"text": text})

    page = patient_client.get(url).content.decode()
    assert "the most it holds" in page
    response = patient_client.post(url, {"text": "A fourth"})

    assert "3 commitments for this window already" in response.content.decode()
    assert list(Commitment.objects.values_list("text", flat=True)) == [
        "Walk after lunch",
        "Phone-free evening",
        "Call my sister",
    ]
    assert all(
        c.session == session and c.patient == world.patient for c in Commitment.objects.all()
    )


def test_each_window_has_its_own_three(world, patient_client):
    first, second = record_session(world, hours_ago=100), record_session(world)
    for session in (first, second):
        for n in range(3):
            patient_client.post(reverse("commitment_list", args=[session.pk]), {"text": f"c{n}"})

    assert Commitment.objects.filter(session=first).count() == 3
    assert Commitment.objects.filter(session=second).count() == 3


def test_the_patient_marks_progress(world, patient_client):
    session = record_session(world)
    patient_client.post(reverse("commitment_list", args=[session.pk]), {"text": "Walk"})
    commitment = Commitment.objects.get()

    patient_client.post(reverse("commitment_progress", args=[commitment.pk]), {"progress": "done"})

    commitment.refresh_from_db()
    assert commitment.progress == "done"
    page = patient_client.get(reverse("commitment_list", args=[session.pk])).content.decode()
    assert 'value="done" id="progress-' in page and "checked" in page


def test_a_bad_progress_changes_nothing(world, patient_client):
    session = record_session(world)
    patient_client.post(reverse("commitment_list", args=[session.pk]), {"text": "Walk"})
    commitment = Commitment.objects.get()

    patient_client.post(reverse("commitment_progress", args=[commitment.pk]), {"progress": "meh"})

    commitment.refresh_from_db()
    assert commitment.progress == "not_started"


def test_a_commitment_can_be_removed_to_make_room(world, patient_client):
    session = record_session(world)
    for n in range(3):
        patient_client.post(reverse("commitment_list", args=[session.pk]), {"text": f"c{n}"})

    patient_client.post(reverse("commitment_delete", args=[Commitment.objects.first().pk]))
    patient_client.post(reverse("commitment_list", args=[session.pk]), {"text": "Better one"})

    assert sorted(Commitment.objects.values_list("text", flat=True)) == ["Better one", "c1", "c2"]


def test_an_empty_commitment_is_refused(world, patient_client):
    session = record_session(world)

    response = patient_client.post(reverse("commitment_list", args=[session.pk]), {"text": ""})

    assert "Write what you will do differently." in response.content.decode()
    assert not Commitment.objects.exists()


def test_a_plan_waits_for_the_session_to_end(world, patient_client):
    from django.utils import timezone

    from sessions import services

    session = services.session_create(
        acting_user=world.user("clinician"),
        patient=world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=timezone.now(),
        status="in_progress",
    )

    response = patient_client.post(reverse("commitment_list", args=[session.pk]), {"text": "x"})

    assert "once the session has ended" in response.content.decode()
    assert not Commitment.objects.exists()


def test_no_one_else_sees_or_changes_a_patients_plan(world, client_for):
    session = record_session(world)
    client_for(world.patient.user).post(
        reverse("commitment_list", args=[session.pk]), {"text": "Mine alone"}
    )
    commitment = Commitment.objects.get()

    other = client_for(world.other_patient.user)
    assert other.get(reverse("commitment_list", args=[session.pk])).status_code == 404
    assert (
        other.post(
            reverse("commitment_progress", args=[commitment.pk]), {"progress": "done"}
        ).status_code
        == 404
    )
    for role in ("coach", "clinician"):
        staff = client_for(world.user(role))
        assert staff.get(reverse("commitment_list", args=[session.pk])).status_code == 403
    commitment.refresh_from_db()
    assert commitment.progress == "not_started"


def test_the_journal_shows_the_open_windows_plan(world, patient_client):
    session = record_session(world)
    patient_client.post(reverse("commitment_list", args=[session.pk]), {"text": "Walk daily"})

    page = patient_client.get(reverse("journal_list")).content.decode()

    assert "Your integration plan" in page
    assert "Walk daily" in page
