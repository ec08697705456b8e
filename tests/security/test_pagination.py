"""Every paginated list of the API pages through a total order: walked page by page, it
gives each row once, in the order of the whole list, even when many rows share the sort
key. The lists are found in the published schema, so a new list is checked too."""

import re
from datetime import UTC, datetime

import pytest
import time_machine
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from groups.demo import seed_groups
from journals.demo import seed_journals
from patients.api_pagination import TotalOrderPageNumberPagination
from patients.demo import seed_alerts, seed_people
from patients.safety_plan import safety_plan_save
from sessions.demo import seed_sessions
from sessions.demo_debrief import seed_debrief_notes
from tests.factories import give_mfa

NOW = datetime(2026, 3, 10, 19, 0, tzinfo=UTC)
TIED_AT = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
SMALL_PAGE = 2

# The rows each list shows, and the sort keys made equal for all of them.
LISTED = {
    "/api/v1/alerts/": ("patients.SafetyAlert", {"created_at": TIED_AT}),
    "/api/v1/assessments/": ("journals.Assessment", {"created_at": TIED_AT}),
    # Append-only (a trigger refuses updates): the fixture ties `at` as it makes the rows.
    "/api/v1/audit-events/": ("patients.AuditEvent", {}),
    "/api/v1/comments/": ("journals.EntryComment", {"created_at": TIED_AT}),
    "/api/v1/dashboard/": ("patients.Patient", {}),
    "/api/v1/debrief-notes/": ("dosing.DebriefNote", {"created_at": TIED_AT}),
    # Sorted by deleted_at, which the fixture ties: a bulk update would delete every entry.
    "/api/v1/deleted-journal-entries/": ("journals.JournalEntry", {"created_at": TIED_AT}),
    "/api/v1/dosing-sessions/": ("dosing.DosingSession", {}),
    "/api/v1/followup-alerts/": ("patients.FollowUpAlert", {"created_at": TIED_AT}),
    "/api/v1/group-sessions/": ("groups.GroupSession", {}),
    "/api/v1/habit-catalog/": ("journals.Habit", {"order": 0}),
    "/api/v1/inbox/": ("patients.Notification", {"created_at": TIED_AT}),
    "/api/v1/journal-entries/": ("journals.JournalEntry", {"created_at": TIED_AT}),
    "/api/v1/patients/": ("patients.Patient", {}),
    "/api/v1/programs/": ("dosing.IntegrationProgram", {"name": "Same program"}),
    "/api/v1/prompts/": ("dosing.ScheduledPrompt", {"due_at": TIED_AT}),
    "/api/v1/push-subscriptions/": ("patients.PushSubscription", {"created_at": TIED_AT}),
    "/api/v1/safety-plan/versions/": ("patients.SafetyPlanVersion", {"created_at": TIED_AT}),
    "/api/v1/therapy-notes/": ("dosing.TherapyNote", {"appointment_at": TIED_AT}),
}
# Who sees the most rows of each list.
READERS = {
    "/api/v1/journal-entries/": "patient@demo.test",
    "/api/v1/assessments/": "patient@demo.test",
    "/api/v1/comments/": "patient@demo.test",
    "/api/v1/safety-plan/versions/": "patient@demo.test",
    "/api/v1/deleted-journal-entries/": "patient@demo.test",
    "/api/v1/inbox/": "patient@demo.test",
    "/api/v1/push-subscriptions/": "patient@demo.test",
    "/api/v1/audit-events/": "admin@demo.test",
}


def _paginated_lists(client) -> list[str]:
    schema = client.get("/api/schema/", {"format": "json"}).json()
    return sorted(
        path
        for path, item in schema["paths"].items()
        if "get" in item
        and "Paginated" in str(item["get"]["responses"].get("200", {}))
        and "{" not in path
    )


@pytest.fixture
def tied_world(world):
    """The demo clinic, with the rows of every list sharing their sort keys where a bulk
    update can make them (patients share a name)."""
    with time_machine.travel(NOW, tick=False):
        people = seed_people(NOW)
        seed_sessions(people, NOW)
        seed_journals(people, NOW)
        seed_groups(people, NOW)
        seed_debrief_notes(people, NOW)
        seed_alerts(people, NOW)
    for user in [people.admin, *people.clinicians, *people.coaches]:
        give_mfa(user)
    _more_alerts_and_comments(people)
    _rows_of_the_newer_lists(people)
    for label, ties in LISTED.values():
        if ties:
            apps.get_model(label).objects.update(**ties)
    apps.get_model("patients.User").objects.filter(patient_profile__isnull=False).update(
        first_name="Sam", last_name="Same"
    )
    return people


def _more_alerts_and_comments(people, count=6):
    """The demo has few open alerts and comments; a list needs pages to page through."""
    SafetyAlert = apps.get_model("patients.SafetyAlert")
    EntryComment = apps.get_model("journals.EntryComment")
    JournalEntry = apps.get_model("journals.JournalEntry")
    SafetyAlert.objects.bulk_create(
        SafetyAlert(
            patient=people.patients[n % 3],
            kind=SafetyAlert.Kind.JOURNAL_FLAG,
            source_type="journals.journalentry",
            source_id=f"paging-{n}",
            source_private=True,
        )
        for n in range(count)
    )
    FollowUpAlert = apps.get_model("patients.FollowUpAlert")
    FollowUpAlert.objects.bulk_create(
        FollowUpAlert(patient=people.patients[n % 3], reason=FollowUpAlert.Reason.MOOD_DROP)
        for n in range(count)
    )
    shared = JournalEntry.objects.filter(patient=people.patients[0], shared_with_care_team=True)
    entry = shared.first()
    EntryComment.objects.bulk_create(
        EntryComment(entry=entry, author=people.clinicians[0], text=f"Comment {n}")
        for n in range(count)
    )
    TherapyNote = apps.get_model("dosing.TherapyNote")
    TherapyNote.objects.bulk_create(
        TherapyNote(
            patient=people.patients[0],
            author=people.therapists[0],
            appointment_at=TIED_AT,
            text=f"Therapy note {n}",
        )
        for n in range(count)
    )
    for n in range(count):
        safety_plan_save(
            acting_user=people.patients[0].user,
            patient=people.patients[0],
            content={"warning_signs": [f"Sign {n}"]},
        )


def _rows_of_the_newer_lists(people, count=6):
    """Rows for the lists the demo leaves short: the audit trail, the inbox, devices,
    deleted entries, the clinic's habits and programs."""
    clinic, patient = people.clinic, people.patients[0]
    AuditEvent = apps.get_model("patients.AuditEvent")
    AuditEvent.objects.bulk_create(
        AuditEvent(
            actor=people.clinicians[0],
            clinic=clinic,
            patient=patient,
            action=AuditEvent.Action.VIEW,
            object_type="journals.journalentry",
            object_id=f"paging-{n}",
            at=TIED_AT,
        )
        for n in range(count)
    )
    Notification = apps.get_model("patients.Notification")
    Notification.objects.bulk_create(
        Notification(user=patient.user, dedupe_key=f"paging-{n}", title=f"Notice {n}")
        for n in range(count)
    )
    PushSubscription = apps.get_model("patients.PushSubscription")
    PushSubscription.objects.bulk_create(
        PushSubscription(
            user=patient.user,
            endpoint=f"https://push.example.test/paging-{n}",
            p256dh="key",
            auth="secret",
        )
        for n in range(count)
    )
    JournalEntry = apps.get_model("journals.JournalEntry")
    JournalEntry.objects.bulk_create(
        JournalEntry(patient=patient, text=f"Deleted {n}", deleted_at=TIED_AT) for n in range(count)
    )
    Habit = apps.get_model("journals.Habit")
    Habit.objects.bulk_create(
        Habit(clinic=clinic, name=f"Habit {n}", question=f"Did you {n}?") for n in range(count)
    )
    IntegrationProgram = apps.get_model("dosing.IntegrationProgram")
    IntegrationProgram.objects.bulk_create(
        IntegrationProgram(clinic=clinic, name=f"Program {n}") for n in range(count)
    )


def _walk(client, path, page_size, monkeypatch) -> list[int]:
    monkeypatch.setattr(TotalOrderPageNumberPagination, "page_size", page_size)
    ids, url = [], path
    while url:
        response = client.get(url)
        assert response.status_code == 200, (path, response.content[:300])
        body = response.json()
        ids.extend(row.get("id", row.get("patient")) for row in body["results"])
        url = body["next"]
    return ids


def test_the_schema_lists_are_the_ones_checked(client, world):
    assert _paginated_lists(client) == sorted(LISTED)


@pytest.mark.parametrize("path", sorted(LISTED))
def test_paging_a_list_meets_every_row_once(path, tied_world, client, monkeypatch):
    client.force_login(
        apps.get_model("patients.User").objects.get(email=READERS.get(path, "clinician@demo.test"))
    )
    label, _ties = LISTED[path]
    table = apps.get_model(label)._meta.db_table

    with time_machine.travel(NOW, tick=False):
        whole = _walk(client, path, 1000, monkeypatch)
        with CaptureQueriesContext(connection) as queries:
            paged = _walk(client, path, SMALL_PAGE, monkeypatch)

    assert len(whole) > 2 * SMALL_PAGE, f"{path}: too few rows to page through"
    assert len(paged) == len(set(paged)), f"{path}: a row on two pages"
    assert paged == whole, f"{path}: pages differ from the whole list"
    # The database decides the order of rows with equal keys; only the id settles it.
    page_query = re.compile(rf"LIMIT {SMALL_PAGE}( OFFSET \d+)?$")
    page_queries = [
        q["sql"]
        for q in queries.captured_queries
        if f'FROM "{table}"' in q["sql"] and page_query.search(q["sql"])
    ]
    tie_break = re.compile(rf'ORDER BY .*"{table}"\."id" (ASC|DESC) LIMIT')
    unsettled = [sql for sql in page_queries if not tie_break.search(sql)]
    assert page_queries and not unsettled, f"{path}: pages not ordered by id last: {unsettled}"
