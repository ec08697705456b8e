"""The journal API: the same rules as the pages, field-level 400s, constant query counts."""

import json

import pytest
from django.urls import reverse

from journals import services
from journals.models import Assessment, EntryComment, JournalEntry
from patients.models import SafetyAlert
from sessions.models import ScheduledPrompt
from tests.factories import make_patient
from tests.journals.helpers import CRISIS_WORDS, PRIVATE_WORDS, due_prompt, expire, write_entry
from tests.sessions.helpers import record_session

ENTRIES = reverse("journal-entry-list")
ASSESSMENTS = reverse("assessment-list")
COMMENTS = reverse("comment-list")


def _post(client, url, data=None):
    return client.post(url, json.dumps(data or {}), content_type="application/json")


def _patch(client, url, data):
    return client.patch(url, json.dumps(data), content_type="application/json")


def _answer(client, prompt, data):
    return _post(client, reverse("prompt-answer", args=[prompt.pk]), data)


@pytest.fixture
def patient_api(world, client_for):
    return client_for(world.patient.user)


# Entries --------------------------------------------------------------------------------


def test_a_patient_creates_a_private_entry(world, patient_api):
    response = _post(patient_api, ENTRIES, {"text": "Via the API", "mood": 5, "feelings": ["calm"]})

    assert response.status_code == 201
    body = response.json()
    assert body["shared_with_care_team"] is False
    assert body["crisis_resources"] is None
    entry = JournalEntry.objects.get()
    assert (entry.text, entry.mood, entry.feelings, entry.patient) == (
        "Via the API",
        5,
        ["calm"],
        world.patient,
    )


def test_bad_entries_get_field_level_400s(patient_api):
    cases = [
        ({"text": ""}, "text", "Write something before saving."),
        ({"text": "x" * 102_400}, "text", "up to 20,000 characters"),
        ({"text": "ok", "mood": 11}, "mood", "less than or equal to 10"),
        ({"text": "ok", "feelings": ["smug"]}, "feelings", "not a valid choice"),
    ]
    for data, field, message in cases:
        response = _post(patient_api, ENTRIES, data)
        assert response.status_code == 400, data
        assert message in str(response.json()[field]), response.json()
    assert not JournalEntry.objects.exists()


def test_a_flagged_entry_carries_crisis_resources(world, patient_api):
    response = _post(patient_api, ENTRIES, {"text": CRISIS_WORDS})

    body = response.json()
    assert body["flagged"] is True
    calls = {resource["call"] for resource in body["crisis_resources"]["resources"]}
    assert calls == {"tel:988", "tel:911"}
    assert body["crisis_resources"]["resources"][0]["text"] == "sms:988"
    assert SafetyAlert.objects.get().source_private is True


def test_a_patient_edits_shares_unshares_and_deletes_their_entry(world, patient_api):
    entry = write_entry(world.patient, "First")
    url = reverse("journal-entry-detail", args=[entry.pk])

    assert _patch(patient_api, url, {"text": "Second"}).json()["text"] == "Second"
    shared = _post(patient_api, reverse("journal-entry-share", args=[entry.pk]))
    assert shared.json()["shared_with_care_team"] is True
    unshared = _post(patient_api, reverse("journal-entry-unshare", args=[entry.pk]))
    assert unshared.json()["shared_with_care_team"] is False
    assert patient_api.delete(url).status_code == 204

    entry.refresh_from_db()
    assert entry.deleted_at is not None
    assert patient_api.get(url).status_code == 404


def test_staff_read_shared_entries_but_cannot_write_them(world, client_for):
    entry = write_entry(world.patient, "Shared", share=True)
    coach = client_for(world.user("coach"))
    url = reverse("journal-entry-detail", args=[entry.pk])

    assert coach.get(url).json()["text"] == "Shared"
    assert _patch(coach, url, {"text": "Changed"}).status_code == 404
    assert _post(coach, reverse("journal-entry-unshare", args=[entry.pk])).status_code == 404
    assert coach.delete(url).status_code == 404
    assert _post(coach, ENTRIES, {"text": "Staff entry"}).status_code == 403
    entry.refresh_from_db()
    assert (entry.text, entry.shared_with_care_team, entry.deleted_at) == ("Shared", True, None)


def test_entries_are_searchable_and_filterable_by_patient(world, patient_api, client_for):
    write_entry(world.patient, "River walk")
    write_entry(world.patient, "Quiet tea")
    write_entry(world.other_patient, "River too", share=True)

    mine = patient_api.get(ENTRIES, {"q": "river"}).json()["results"]
    staff = client_for(world.user("clinician")).get(ENTRIES, {"patient": world.other_patient.pk})

    assert [row["text"] for row in mine] == ["River walk"]
    assert [row["text"] for row in staff.json()["results"]] == ["River too"]


# Assessments ----------------------------------------------------------------------------


def test_a_patient_submits_an_assessment_and_it_is_scored(world, patient_api):
    response = _post(patient_api, ASSESSMENTS, {"instrument": "phq9", "item_scores": [2] * 8 + [0]})

    assert response.status_code == 201
    body = response.json()
    assert (body["total"], body["band"], body["crisis_resources"]) == (
        16,
        "moderately severe",
        None,
    )
    assert Assessment.objects.get().item_scores == [2] * 8 + [0]


def test_item_9_above_0_by_api_alerts_and_returns_crisis_resources(world, patient_api):
    response = _post(patient_api, ASSESSMENTS, {"instrument": "phq9", "item_scores": [0] * 8 + [1]})

    assert response.json()["crisis_resources"]["resources"][0]["call"] == "tel:988"
    assert SafetyAlert.objects.filter(kind="phq9_item9").count() == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"instrument": "phq9", "item_scores": [0] * 8}, "item_scores"),
        ({"instrument": "phq9", "item_scores": [0] * 8 + [4]}, "item_scores"),
        ({"instrument": "gad7", "item_scores": [0] * 9}, "item_scores"),
        ({"instrument": "beck", "item_scores": [0] * 7}, "instrument"),
        ({"instrument": "gad7"}, "item_scores"),
    ],
)
def test_bad_assessments_get_field_level_400s(patient_api, data, field):
    response = _post(patient_api, ASSESSMENTS, data)

    assert response.status_code == 400
    assert field in response.json()
    assert not Assessment.objects.exists()


def test_who_reads_assessments(world, client_for):
    services.assessment_create(
        acting_user=world.patient.user, instrument="gad7", item_scores=[1] * 7
    )

    def count(role):
        return len(client_for(world.user(role)).get(ASSESSMENTS).json()["results"])

    assert {role: count(role) for role in ("patient", "clinician", "coach", "clinic_admin")} == {
        "patient": 1,
        "clinician": 1,
        "coach": 0,
        "clinic_admin": 0,
    }
    world.clinic.coaches_see_assessments = True
    world.clinic.save()
    assert count("coach") == 1
    assert count("other_coach") == 0
    assert count("other_clinician") == 0
    assert (
        _post(
            client_for(world.user("clinician")),
            ASSESSMENTS,
            {"instrument": "gad7", "item_scores": [0] * 7},
        ).status_code
        == 403
    )


# Answers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "instrument", "data", "check"),
    [
        ("check_in", "", {"mood": 8}, lambda body: body["entry"]["mood"] == 8),
        (
            "journal",
            "",
            {"text": "Answer", "mood": 6, "feelings": ["hopeful"]},
            lambda body: body["entry"]["feelings"] == ["hopeful"],
        ),
        (
            "mindfulness",
            "",
            {"practice_minutes": 12, "text": "Calm"},
            lambda body: body["entry"]["practice_minutes"] == 12,
        ),
        (
            "therapy",
            "",
            {"text": "Bring this", "next_therapy_at": "2031-01-02T15:00:00Z"},
            lambda body: body["entry"]["next_therapy_at"].startswith("2031-01-02"),
        ),
        (
            "assessment",
            "gad7",
            {"item_scores": [1] * 7},
            lambda body: (body["assessment"]["total"], body["assessment"]["band"]) == (7, "mild"),
        ),
    ],
)
def test_each_kind_is_answered_through_the_api(world, patient_api, kind, instrument, data, check):
    prompt = due_prompt(world, kind, instrument=instrument)

    response = _answer(patient_api, prompt, data)

    assert response.status_code == 201, response.json()
    body = response.json()
    assert check(body)
    assert body["prompt"]["status"] == "answered"
    assert body["crisis_resources"] is None
    prompt.refresh_from_db()
    assert prompt.status == ScheduledPrompt.Status.ANSWERED


@pytest.mark.parametrize(
    ("kind", "data", "field"),
    [
        ("check_in", {}, "mood"),
        ("check_in", {"mood": 11}, "mood"),
        ("journal", {"text": ""}, "text"),
        ("journal", {"text": "x" * 102_400}, "text"),
        ("mindfulness", {"text": "no minutes"}, "practice_minutes"),
        ("therapy", {"next_therapy_at": "soon"}, "next_therapy_at"),
        ("assessment", {"item_scores": [0, 0]}, "item_scores"),
    ],
)
def test_bad_answers_get_field_level_400s_and_leave_the_prompt_open(
    world, patient_api, kind, data, field
):
    prompt = due_prompt(world, kind, instrument="phq9" if kind == "assessment" else "")

    response = _answer(patient_api, prompt, data)

    assert response.status_code == 400
    assert field in response.json()
    prompt.refresh_from_db()
    assert prompt.status == ScheduledPrompt.Status.SENT


def test_item_9_through_the_answer_endpoint_returns_crisis_resources(world, patient_api):
    prompt = due_prompt(world, "assessment", instrument="phq9")

    body = _answer(patient_api, prompt, {"item_scores": [0] * 8 + [2]}).json()

    assert body["crisis_resources"]["resources"][0]["call"] == "tel:988"
    assert SafetyAlert.objects.count() == 1


def test_an_expired_prompt_answered_by_api_stays_expired(world, patient_api):
    prompt = expire(due_prompt(world, "journal"))

    response = _answer(patient_api, prompt, {"text": "Late"})

    assert response.status_code == 201
    assert response.json()["prompt"]["status"] == "expired"
    assert JournalEntry.objects.get().prompt == prompt


def test_a_prompt_is_answered_once_and_not_before_it_is_due(world, patient_api):
    prompt = due_prompt(world, "check_in")
    assert _answer(patient_api, prompt, {"mood": 4}).status_code == 201

    again = _answer(patient_api, prompt, {"mood": 5})
    later_window = record_session(world, hours_ago=1)
    later = later_window.prompts.filter(kind="journal").order_by("due_at").last()
    early = _answer(patient_api, later, {"text": "early"})

    assert again.status_code == 409
    assert again.json()["detail"] == "This prompt is already answered."
    assert early.status_code == 409
    assert JournalEntry.objects.count() == 1


def test_only_the_patient_answers_their_prompt(world, client_for):
    prompt = due_prompt(world, "check_in")

    for role in ("other_patient", "coach", "clinician", "clinic_admin"):
        response = _answer(client_for(world.user(role)), prompt, {"mood": 3})
        assert response.status_code == 404, role
    assert _answer(client_for(None), prompt, {"mood": 3}).status_code == 401
    assert not JournalEntry.objects.exists()


# Comments --------------------------------------------------------------------------------


def test_the_care_team_comments_and_the_patient_reads_them(world, client_for):
    entry = write_entry(world.patient, "Shared", share=True)

    created = _post(
        client_for(world.user("clinician")), COMMENTS, {"entry": entry.pk, "text": "Noted."}
    )
    listed = client_for(world.patient.user).get(COMMENTS, {"entry": entry.pk}).json()["results"]

    assert created.status_code == 201
    assert [(row["text"], row["author"]["name"]) for row in listed] == [
        ("Noted.", "Cleo Clinician")
    ]


def test_no_comment_on_an_entry_one_cannot_read(world, client_for):
    private = write_entry(world.patient, PRIVATE_WORDS)
    shared = write_entry(world.patient, "Shared", share=True)

    on_private = _post(
        client_for(world.user("clinician")), COMMENTS, {"entry": private.pk, "text": "x"}
    )
    by_other_coach = _post(
        client_for(world.user("other_coach")), COMMENTS, {"entry": shared.pk, "text": "x"}
    )
    empty = _post(client_for(world.user("coach")), COMMENTS, {"entry": shared.pk, "text": ""})

    assert on_private.status_code == 400 and "entry" in on_private.json()
    assert by_other_coach.status_code == 400 and "entry" in by_other_coach.json()
    assert empty.status_code == 400 and "text" in empty.json()
    assert not EntryComment.objects.exists()


# Query counts ------------------------------------------------------------------------------


def _count(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(20) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _more_journals(world, n):
    for i in range(n):
        patient = make_patient(
            world.clinic, clinician=world.user("clinician"), coach=world.user("coach")
        )
        entry = write_entry(patient, f"Shared {i}", share=True)
        services.comment_create(acting_user=world.user("coach"), entry=entry, text="c")
        services.assessment_create(acting_user=patient.user, instrument="gad7", item_scores=[1] * 7)
        write_entry(world.patient, f"Mine {i}", share=bool(i % 2))
        services.assessment_create(
            acting_user=world.patient.user, instrument="phq9", item_scores=[1] * 9
        )


@pytest.mark.parametrize("url", [ENTRIES, ASSESSMENTS, COMMENTS])
@pytest.mark.parametrize("role", ["patient", "clinician", "coach"])
def test_api_lists_take_the_same_queries_for_few_rows_and_many(
    world, client_for, django_assert_max_num_queries, url, role
):
    _more_journals(world, 1)
    client = client_for(world.user(role))
    few = _count(client, url, django_assert_max_num_queries)

    _more_journals(world, 12)

    many = _count(client, url, django_assert_max_num_queries)
    assert many == few


def test_the_journal_page_takes_the_same_queries_for_few_entries_and_many(
    world, client_for, django_assert_max_num_queries
):
    record_session(world)
    client = client_for(world.patient.user)
    write_entry(world.patient, "one")
    few = _count(client, reverse("journal_list"), django_assert_max_num_queries)

    _more_journals(world, 25)

    many = _count(client, reverse("journal_list"), django_assert_max_num_queries)
    assert many == few


def test_the_staff_entry_list_takes_the_same_queries_for_few_entries_and_many(
    world, client_for, django_assert_max_num_queries
):
    client = client_for(world.user("clinician"))
    url = reverse("staff_entry_list", args=[world.patient.pk])
    write_entry(world.patient, "one", share=True)
    few = _count(client, url, django_assert_max_num_queries)

    _more_journals(world, 25)

    many = _count(client, url, django_assert_max_num_queries)
    assert many == few
