"""A patient's own records over the API: preferences, drafts, deleted entries, the plan of
a window and the export, each as its page offers it."""

import io
import json
import zipfile
from datetime import time
from zoneinfo import ZoneInfo

from django.urls import reverse

from journals.models import Commitment, JournalDraft, JournalEntry
from sessions.models import ScheduledPrompt
from tests.api_parity.helpers import DELETED_WORDS, commitment, deleted_entry
from tests.sessions.helpers import record_session


def _as(client, user):
    client.force_login(user)
    return client


def _patch(api, url, data):
    return api.patch(url, data, content_type="application/json")


# Preferences ------------------------------------------------------------------------------


def test_preferences_show_what_the_page_keeps(world, client):
    body = _as(client, world.patient.user).get(reverse("api_preferences")).json()

    assert body["time_zone"] == "America/New_York"
    assert body["quiet_hours_start"] == "21:00:00"
    assert body["show_first_name_in_groups"] is False
    assert body["language"] == ""


def test_new_quiet_hours_move_the_prompts_not_yet_sent(world, client):
    record_session(world, hours_ago=1)
    api = _as(client, world.patient.user)

    response = _patch(
        api, reverse("api_preferences"), {"quiet_hours_start": "12:00", "quiet_hours_end": "23:59"}
    )

    assert response.status_code == 200, response.content
    world.patient.refresh_from_db()
    assert world.patient.quiet_hours_start == time(12, 0)
    assert response.json()["moved_prompts"] > 0
    waiting = ScheduledPrompt.objects.filter(
        patient=world.patient, status=ScheduledPrompt.Status.SCHEDULED
    )
    zone = ZoneInfo(world.patient.time_zone)
    assert waiting.exists()
    for prompt in waiting:
        assert not time(12, 0) <= prompt.due_at.astimezone(zone).time() < time(23, 59)


def test_language_and_group_name_change_with_the_rest(world, client):
    api = _as(client, world.patient.user)

    body = _patch(
        api, reverse("api_preferences"), {"language": "es", "show_first_name_in_groups": True}
    ).json()

    assert body["language"] == "es"
    assert body["show_first_name_in_groups"] is True
    world.patient.refresh_from_db()
    world.patient.user.refresh_from_db()
    assert world.patient.user.language == "es"
    assert world.patient.show_first_name_in_groups is True


def test_bad_preferences_are_a_400_naming_each_field_and_change_nothing(world, client):
    api = _as(client, world.patient.user)

    response = _patch(
        api,
        reverse("api_preferences"),
        {"time_zone": "Mars/Olympus", "quiet_hours_start": "08:00", "quiet_hours_end": "08:00"},
    )
    unknown = _patch(api, reverse("api_preferences"), {"shoe_size": 9})

    assert response.status_code == 400
    assert set(response.json()) == {"time_zone", "quiet_hours_end"}
    assert unknown.status_code == 400
    assert unknown.json() == {"shoe_size": ["There is no such preference."]}
    world.patient.refresh_from_db()
    assert world.patient.time_zone == "America/New_York"


# Drafts ---------------------------------------------------------------------------------


def test_a_draft_is_kept_under_its_key_and_read_back(world, client):
    api = _as(client, world.patient.user)
    url = reverse("api_draft", args=["new"])

    saved = api.put(url, {"text": "Half a thought", "mood": 6}, content_type="application/json")

    assert saved.status_code == 200
    assert JournalDraft.objects.get(patient=world.patient, key="new").text == "Half a thought"
    assert api.get(url).json()["mood"] == 6
    assert api.get(reverse("api_draft", args=["entry-999"])).json()["text"] == ""


def test_a_draft_key_the_pages_never_use_is_a_404_and_a_bad_mood_a_400(world, client):
    api = _as(client, world.patient.user)

    assert api.get(reverse("api_draft", args=["anything"])).status_code == 404
    response = api.put(
        reverse("api_draft", args=["new"]), {"mood": 11}, content_type="application/json"
    )
    assert response.status_code == 400 and "mood" in response.json()


# Deleted entries ------------------------------------------------------------------------


def test_a_deleted_entry_is_listed_then_restored(world, client):
    entry = deleted_entry(world)
    api = _as(client, world.patient.user)

    listed = api.get(reverse("api_deleted_entries")).json()["results"]
    response = api.post(reverse("api_entry_restore", args=[entry.pk]))

    assert [e["title"] for e in listed] == [DELETED_WORDS]
    assert listed[0]["restorable_until"]
    assert response.status_code == 200
    entry.refresh_from_db()
    assert entry.deleted_at is None
    assert api.get(reverse("api_deleted_entries")).json()["count"] == 0
    # Restored once, it is no longer a deleted entry.
    assert api.post(reverse("api_entry_restore", args=[entry.pk])).status_code == 404


def test_deleted_entries_read_a_constant_number_of_queries(
    world, client, django_assert_max_num_queries
):
    for _ in range(15):
        deleted_entry(world)
    api = _as(client, world.patient.user)

    with django_assert_max_num_queries(8):
        assert api.get(reverse("api_deleted_entries")).json()["count"] == 15


# The plan -------------------------------------------------------------------------------


def test_the_plan_of_a_window_takes_three_commitments_and_no_more(world, client):
    session = record_session(world)
    api = _as(client, world.patient.user)
    url = reverse("api_session_plan", args=[session.pk])

    for text in ("Walk", "Call a friend", "Sleep by eleven"):
        assert api.post(url, {"text": text}).status_code == 201
    fourth = api.post(url, {"text": "One more"})

    assert fourth.status_code == 400
    assert "non_field_errors" in fourth.json()
    plan = api.get(url).json()
    assert plan["full"] is True
    assert [c["text"] for c in plan["commitments"]] == ["Walk", "Call a friend", "Sleep by eleven"]
    assert api.post(url, {"text": ""}).json() == {"text": ["Write what you will do differently."]}


def test_progress_is_marked_and_a_commitment_removed(world, client):
    item = commitment(world)
    api = _as(client, world.patient.user)

    marked = api.post(reverse("api_plan_item_progress", args=[item.pk]), {"progress": "some"})
    bad = api.post(reverse("api_plan_item_progress", args=[item.pk]), {"progress": "nearly"})
    removed = api.delete(reverse("api_plan_item", args=[item.pk]))

    assert marked.json()["progress"] == "some"
    assert bad.status_code == 400 and "progress" in bad.json()
    assert removed.status_code == 204
    assert not Commitment.objects.exists()


# The export -----------------------------------------------------------------------------


def test_the_export_is_the_pages_json(world, client):
    deleted_entry(world)
    api = _as(client, world.patient.user)

    response = api.get(reverse("api_export"))
    page = api.get(reverse("export_json"))

    data = json.loads(response.content)
    assert data["format"] == "integration-clinic-export/1"
    assert data["patient"]["email"] == world.patient.user.email
    assert [e["title"] for e in data["deleted_journal_entries"]] == [DELETED_WORDS]
    assert response["Cache-Control"] == "no-store"
    page_data = json.loads(page.content)
    assert set(page_data) == set(data)


def test_the_zip_export_holds_the_json(world, client):
    api = _as(client, world.patient.user)
    JournalEntry.objects.all().delete()

    response = api.get(reverse("api_export_zip"))

    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert "integration-clinic-export.json" in archive.namelist()


def test_a_form_post_of_emailed_kinds_keeps_each_kind(world, client):
    api = _as(client, world.patient.user)

    response = api.patch(
        reverse("api_preferences"),
        "emailed_kinds=journal&emailed_kinds=assessment",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200, response.content
    assert sorted(response.json()["emailed_kinds"]) == ["assessment", "journal"]


def test_texts_need_a_phone_as_on_the_page(world, client):
    api = _as(client, world.patient.user)

    response = _patch(api, reverse("api_preferences"), {"texted_kinds": ["journal"], "phone": ""})
    with_phone = _patch(
        api, reverse("api_preferences"), {"texted_kinds": ["journal"], "phone": "+12125550123"}
    )

    assert response.status_code == 400 and "phone" in response.json()
    assert with_phone.status_code == 200, with_phone.content
    assert with_phone.json()["texted_kinds"] == ["journal"]
