"""The patient's export: all their own data, as JSON and as a printable page, and nothing
of anyone else's. Staff do not export here."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from journals.models import Commitment, EntryComment, JournalEntry
from patients.models import CONSENT_VERSION
from patients.services import consent_record
from sessions.models import ScheduledPrompt
from tests.patient_experience.helpers import make_assessment, make_entry, set_statuses
from tests.sessions.helpers import record_session

PRIVATE_TEXT = "I have not told anyone about the dream yet."
OTHER_TEXT = "Quinn's private words about the lake."
STAFF = ("coach", "other_coach", "clinician", "other_clinician", "clinic_admin")


@pytest.fixture
def records(world):
    """A window of the patient's with something of every kind, and another patient's
    records that must never appear."""
    session = record_session(world, hours_ago=30, lot_number="LOT-55", intention="Let go.")
    set_statuses(session, ScheduledPrompt.Status.ANSWERED, ScheduledPrompt.Status.EXPIRED)
    private = make_entry(world.patient, title="Dream", text=PRIVATE_TEXT, mood=4, session=session)
    shared = make_entry(
        world.patient,
        title="Shared walk",
        text="A walk by the water.",
        shared_with_care_team=True,
        shared_at=timezone.now(),
    )
    EntryComment.objects.create(entry=shared, author=world.user("coach"), text="Lovely, Pat.")
    make_assessment(world.patient, "phq9", 7, "mild", session=session)
    Commitment.objects.create(patient=world.patient, session=session, text="Walk each morning")
    consent_record(patient=world.patient)
    other_session = record_session(world, patient=world.other_patient, hours_ago=30)
    make_entry(world.other_patient, title="Lake", text=OTHER_TEXT, session=other_session)
    make_assessment(world.other_patient, "gad7", 19, "severe")
    return {"session": session, "private": private, "shared": shared}


def _export(client, user):
    client.force_login(user)
    response = client.get(reverse("export_json"))
    assert response.status_code == 200
    return response


def test_the_json_export_holds_the_patients_private_entry_and_everything_else(
    world, client, records
):
    response = _export(client, world.patient.user)
    data = json.loads(response.content)

    assert response["Content-Disposition"].startswith('attachment; filename="integration-clinic-')
    entries = {entry["title"]: entry for entry in data["journal_entries"]}
    assert entries["Dream"]["text"] == PRIVATE_TEXT
    assert entries["Dream"]["shared_with_care_team"] is False
    assert entries["Dream"]["session_id"] == records["session"].pk
    assert entries["Shared walk"]["comments"][0]["text"] == "Lovely, Pat."
    (assessment,) = data["assessments"]
    assert (assessment["instrument"], assessment["total"], assessment["band"]) == (
        "phq9",
        7,
        "mild",
    )
    assert sum(assessment["item_scores"]) == 7
    assert len(assessment["items"]) == 9
    assert assessment["items"][0]["question"] == "Little interest or pleasure in doing things"
    (session,) = data["dosing_sessions"]
    assert session["route"] == "iv_ketamine"
    assert session["dose_mg"] == "35.0"
    assert session["ended_at"].startswith(str(records["session"].ended_at.date()))
    statuses = [prompt["status"] for prompt in data["prompts"]]
    assert statuses.count("answered") == 1 and statuses.count("expired") == 1
    assert data["commitments"][0]["text"] == "Walk each morning"
    assert [consent["version"] for consent in data["consents"]] == [CONSENT_VERSION]
    assert data["patient"]["email"] == world.patient.user.email


def test_the_json_export_holds_nothing_of_another_patient(world, client, records):
    body = _export(client, world.patient.user).content.decode()

    assert OTHER_TEXT not in body
    assert world.other_patient.user.email not in body
    assert '"severe"' not in body
    assert len(json.loads(body)["dosing_sessions"]) == 1


def test_the_other_patient_exports_only_their_own(world, client, records):
    data = json.loads(_export(client, world.other_patient.user).content)

    assert [entry["text"] for entry in data["journal_entries"]] == [OTHER_TEXT]
    assert PRIVATE_TEXT not in json.dumps(data)


def test_deleted_entries_that_can_still_be_restored_are_exported(world, client, records):
    JournalEntry.objects.filter(pk=records["private"].pk).update(
        deleted_at=timezone.now() - timedelta(days=2)
    )

    data = json.loads(_export(client, world.patient.user).content)

    assert PRIVATE_TEXT not in [entry["text"] for entry in data["journal_entries"]]
    (deleted,) = data["deleted_journal_entries"]
    assert deleted["text"] == PRIVATE_TEXT
    assert deleted["deleted_at"]


@pytest.mark.parametrize("role", STAFF)
@pytest.mark.parametrize("url_name", ["export", "export_json", "export_print"])
def test_staff_cannot_export_patient_data_here(world, client_for, records, role, url_name):
    response = client_for(world.user(role)).get(reverse(url_name))

    assert response.status_code == 403
    assert PRIVATE_TEXT not in response.content.decode()


def test_the_printable_page_shows_the_records_in_the_patients_zone(world, client, records):
    client.force_login(world.patient.user)

    response = client.get(reverse("export_print"))
    body = response.content.decode()

    assert response.status_code == 200
    assert PRIVATE_TEXT in body
    assert "Lovely, Pat." in body
    assert "IV ketamine infusion" in body
    assert "35.0 mg (0.50 mg/kg)" in body
    assert "PHQ-9 on" in body and "7 (mild)" in body
    assert "Little interest or pleasure in doing things" in body
    assert "Walk each morning" in body
    assert OTHER_TEXT not in body
    assert "css/patient-pages.css" in body
    assert response["Cache-Control"] == "no-store"


def test_markup_in_an_entry_prints_as_text(world, client):
    make_entry(world.patient, text="<img src=x onerror=alert(1)> and more")
    client.force_login(world.patient.user)

    body = client.get(reverse("export_print")).content.decode()

    assert "<img src=x" not in body
    assert "&lt;img src=x onerror=alert(1)&gt; and more" in body


def test_the_export_page_links_to_both_forms(world, client):
    client.force_login(world.patient.user)

    body = client.get(reverse("export")).content.decode()

    assert f'href="{reverse("export_json")}" download' in body
    assert f'href="{reverse("export_print")}"' in body


def _more_records(world, count):
    for n in range(count):
        # A week apart from those made already: one patient's sessions never overlap.
        weeks = world.patient.dosing_sessions.count()
        session = record_session(world, hours_ago=30 + 24 * 7 * weeks)
        entry = make_entry(world.patient, text=f"Entry {n}", session=session, mood=5)
        EntryComment.objects.create(entry=entry, author=world.user("coach"), text="Seen.")
        make_assessment(world.patient, "phq9", 9, "mild", session=session)
        Commitment.objects.create(patient=world.patient, session=session, text=f"Plan {n}")


@pytest.mark.parametrize("url_name", ["export_json", "export_zip", "export_print"])
def test_the_export_costs_the_same_queries_however_much_there_is(
    world, client, django_assert_max_num_queries, url_name
):
    # The ceiling counts one query each for the attachments of entries and deleted entries.
    client.force_login(world.patient.user)
    _more_records(world, 1)
    with django_assert_max_num_queries(30) as few:
        client.get(reverse(url_name))

    _more_records(world, 4)
    with django_assert_max_num_queries(30) as many:
        client.get(reverse(url_name))

    assert len(many) == len(few)
