"""Every form a page posts to, filled with what an attacker, a broken client or a careless
paste sends: NUL and other control characters, line breaks in one-line fields, 100,000
characters, right-to-left overrides, emoji and stacked combining marks, year 1 and year
9999, negative and enormous numbers, and fields left out. Each is posted as the person
allowed to post that form. The page never answers 500, and every row the form writes is
still one its model accepts: full_clean() passes and no text holds a NUL.

Most fields of each post are valid and one to three are hostile, so the hostile value gets
past the form's other checks and reaches the service and the model that must refuse it.
Each example runs in a savepoint that is rolled back, so every one starts from the same
world."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.apps import apps
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from journals.models import FEELINGS, Commitment
from patients.models import Invitation
from sessions import services as session_services
from tests.care_team.helpers import raise_alert, write_note
from tests.groups.helpers import schedule, seat, starts_in
from tests.journals.helpers import due_prompt, write_entry
from tests.sessions.helpers import record_session

# A Tuesday afternoon in winter; nothing here depends on the hour, but the clock is pinned
# so the window of sessions and prompts the world builds is the same on every run.
NOW = datetime(2026, 1, 13, 15, 0, tzinfo=UTC)
EXAMPLES_PER_FORM = 20

OMIT = object()  # the field is left out of the post altogether

HOSTILE_STRINGS = [
    "",
    " ",
    " \n\t ",
    "\x00",
    "before\x00after",
    "\x01\x02\x03",
    "\x1b[2J\x1b[31mred",
    "\x07bell\x08",
    "\x0b\x0c",
    "\x7f",
    "\x85next line",
    "\x9bcsi",
    "one\rtwo",
    "one\ntwo",
    "one\r\ntwo",
    "tab\there",
    "\u202eevil\u202c",
    "\u2066isolate\u2069",
    "\u200b\u200c\u200d",
    "\ufeffbom",
    "\u2028line\u2029para",
    "😀" * 40,
    "👩🏽‍🚀👨‍👩‍👧‍👦🏳️‍🌈",
    "e" + "\u0301" * 200,
    "Z\u0364\u0354\u0367\u0311\u0313a\u0308\u0356\u032d\u0308\u0307",
    "مرحبا بالعالم",
    "שלום",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "{{ 7*7 }}{% debug %}",
    "%s%n%x",
    "../../etc/passwd",
    "x" * 100_000,
    "line\n" * 20_000,
    "A" * 151,
    "A" * 201,
    "A" * 301,
    "A" * 2_001,
    "A" * 10_001,
]
HOSTILE_NUMBERS = [
    "-1",
    "0",
    "-0",
    "1.5",
    "-99999999999999999999999",
    "99999999999999999999999",
    "9" * 400,
    "1e308",
    "1e-308",
    "NaN",
    "Infinity",
    "-Infinity",
    "0x10",
    "١٢",  # Arabic-Indic digits
    " 7 ",
    "1_000",
    "2147483648",
    "-2147483649",
    "9223372036854775808",
]
HOSTILE_TIMES = [
    "0001-01-01T00:00",
    "0001-01-01",
    "9999-12-31T23:59",
    "9999-12-31",
    "9999-12-31 23:59:59.999999",
    "10000-01-01T00:00",
    "0000-00-00T00:00",
    "2026-02-30T10:00",
    "2026-13-01T10:00",
    "2026-01-13T25:61",
    "2026-03-08T02:30",
    "-2026-01-01T10:00",
    "1899-12-31T23:59",
    "1900-01-01T00:00",
    "2200-12-31T23:59",
    "2201-01-01T00:00",
    "24:00",
    "99:99",
    "now",
]

# Text without surrogates (the client sends UTF-8), control characters included.
_ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
_ANY = st.one_of(
    st.sampled_from(HOSTILE_STRINGS + HOSTILE_NUMBERS + HOSTILE_TIMES), _ANY_TEXT, st.just(OMIT)
)

TEXT = st.one_of(st.sampled_from(HOSTILE_STRINGS), _ANY_TEXT, _ANY)
NUMBER = st.one_of(st.sampled_from(HOSTILE_NUMBERS), st.integers(-(2**80), 2**80).map(str), _ANY)
TIME = st.one_of(st.sampled_from(HOSTILE_TIMES), _ANY)
CHOICE = _ANY


@dataclass(frozen=True)
class FormCase:
    """One form: who posts it, where, a valid post, and the kind of each field."""

    name: str
    role: str
    url: Any  # (world, made) -> str
    valid: Any  # (world, made) -> dict
    fields: dict
    models: tuple
    setup: Any = field(default=lambda world: None)  # -> `made`, built once per form
    saved: int = 302  # what the valid post answers


def _minutes(delta):
    return (timezone.now() + delta).strftime("%Y-%m-%dT%H:%M")


ENTRY_FIELDS = {"title": TEXT, "text": TEXT, "mood": NUMBER, "feelings": CHOICE, "nonce": TEXT}


def _entry(world, made):
    return {
        "title": "A walk",
        "text": "Walked by the sea.",
        "mood": "6",
        "feelings": FEELINGS[0][0],
        "share": "on",
    }


def _due(kind, instrument=""):
    return lambda world: due_prompt(world, kind, instrument=instrument)


def _prompt_url(world, prompt):
    return reverse("prompt_answer", args=[prompt.pk])


def _session_record(world, made):
    started = timezone.now() - timedelta(hours=3)
    return {
        "setting": "in_clinic",
        "route": "iv_ketamine",
        "dose_mg": "35",
        "weight_kg": "70",
        "lot_number": "LOT-1",
        "started_at": started.strftime("%Y-%m-%dT%H:%M"),
        "ended_at": (started + timedelta(minutes=50)).strftime("%Y-%m-%dT%H:%M"),
        "intention": "To meet the grief.",
        "adverse_events": "",
        "ready_to_leave_at": "",
        "notes": "",
    }


SESSION_FIELDS = {
    "setting": CHOICE,
    "route": CHOICE,
    "dose_mg": NUMBER,
    "weight_kg": NUMBER,
    "lot_number": TEXT,
    "started_at": TIME,
    "ended_at": TIME,
    "intention": TEXT,
    "adverse_events": TEXT,
    "ready_to_leave_at": TIME,
    "notes": TEXT,
    "sedation_observed": CHOICE,
    "concomitant_sedatives": CHOICE,
}


def _signed_session(world):
    session = record_session(world)
    session_services.session_sign(acting_user=world.user("clinician"), session=session)
    return session


def _addendum(world, session):
    return {**_session_record(world, session), "reason": "The lot number was misread."}


def _open_session(world):
    return session_services.session_create(
        acting_user=world.user("clinician"),
        patient=world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=timezone.now(),
        status="in_progress",
    )


def _group_form(world, made):
    return {
        "title": "Weekly circle",
        "topic": "What came up",
        "description": "Bring a cushion.",
        "starts_at": _minutes(timedelta(days=2)),
        "duration_minutes": "90",
        "capacity": "6",
        "place_kind": "room",
        "room": "Garden room",
        "video_url": "",
        "weeks": "1",
        "facilitators": str(world.user("coach").pk),
    }


GROUP_FIELDS = {
    "title": TEXT,
    "topic": TEXT,
    "description": TEXT,
    "starts_at": TIME,
    "duration_minutes": NUMBER,
    "capacity": NUMBER,
    "place_kind": CHOICE,
    "room": TEXT,
    "video_url": TEXT,
    "weeks": NUMBER,
    "facilitators": CHOICE,
}


def _starting_group(world):
    group_session = schedule(world, title="Circle")
    enrollment = seat(group_session, world.patient)
    starts_in(group_session, timedelta(minutes=10))
    return enrollment


def _invitation(world):
    return Invitation.objects.create(
        clinic=world.clinic,
        email="newcomer@example.test",
        role="patient",
        invited_by=world.user("clinician"),
    )


def _commitment(world):
    from journals import services

    session = record_session(world)
    services.commitment_add(acting_user=world.patient.user, session=session, text="Walk daily")
    return Commitment.objects.get()


CONTACT_FIELDS = {
    "phone": TEXT,
    "emergency_contact_name": TEXT,
    "emergency_contact_relationship": TEXT,
    "emergency_contact_phone": TEXT,
}
CONTACT = {
    "phone": "+1 415 555 0100",
    "emergency_contact_name": "Sam Pattison",
    "emergency_contact_relationship": "Partner",
    "emergency_contact_phone": "+1 415 555 0101",
}

CASES = [
    FormCase(
        "entry_create",
        "patient",
        lambda world, made: reverse("entry_create"),
        _entry,
        ENTRY_FIELDS,
        ("journals.JournalEntry",),
    ),
    FormCase(
        "entry_edit",
        "patient",
        lambda world, entry: reverse("entry_edit", args=[entry.pk]),
        _entry,
        ENTRY_FIELDS,
        ("journals.JournalEntry",),
        setup=lambda world: write_entry(world.patient, "Before the edit."),
    ),
    FormCase(
        "answer_check_in",
        "patient",
        _prompt_url,
        lambda world, made: {"mood": "5"},
        {"mood": NUMBER, "nonce": TEXT},
        ("journals.JournalEntry",),
        setup=_due("check_in"),
    ),
    FormCase(
        "answer_journal",
        "patient",
        _prompt_url,
        _entry,
        ENTRY_FIELDS,
        ("journals.JournalEntry", "journals.Commitment"),
        setup=_due("journal"),
    ),
    FormCase(
        "answer_mindfulness",
        "patient",
        _prompt_url,
        lambda world, made: {"practice_minutes": "10", "text": "Calm.", "share": ""},
        {"practice_minutes": NUMBER, "text": TEXT, "nonce": TEXT},
        ("journals.JournalEntry",),
        setup=_due("mindfulness"),
    ),
    FormCase(
        "answer_therapy",
        "patient",
        _prompt_url,
        lambda world, made: {
            "text": "The dream about the house.",
            "next_therapy_at": _minutes(timedelta(days=3)),
        },
        {"text": TEXT, "next_therapy_at": TIME, "share": CHOICE, "nonce": TEXT},
        ("journals.JournalEntry",),
        setup=_due("therapy"),
    ),
    FormCase(
        "answer_assessment",
        "patient",
        _prompt_url,
        lambda world, made: {f"item_{n}": "1" for n in range(1, 10)},
        {**{f"item_{n}": NUMBER for n in (1, 5, 9)}, "item_10": NUMBER, "nonce": TEXT},
        ("journals.Assessment",),
        setup=_due("assessment", "phq9"),
    ),
    FormCase(
        "assessment_create",
        "patient",
        lambda world, made: reverse("assessment_create", args=["gad7"]),
        lambda world, made: {f"item_{n}": "2" for n in range(1, 8)},
        {"item_1": NUMBER, "item_7": NUMBER, "nonce": TEXT},
        ("journals.Assessment",),
    ),
    FormCase(
        "entry_comment",
        "patient",
        lambda world, entry: reverse("entry_comment", args=[entry.pk]),
        lambda world, made: {"text": "Thank you."},
        {"text": TEXT, "nonce": TEXT},
        ("journals.EntryComment",),
        setup=lambda world: write_entry(world.patient, "Shared words.", share=True),
    ),
    FormCase(
        "staff_entry_comment",
        "coach",
        lambda world, entry: reverse("staff_entry_comment", args=[entry.pk]),
        lambda world, made: {"text": "Thank you for sharing."},
        {"text": TEXT, "nonce": TEXT},
        ("journals.EntryComment",),
        setup=lambda world: write_entry(world.patient, "Shared words.", share=True),
    ),
    FormCase(
        "commitment_add",
        "patient",
        lambda world, commitment: reverse("commitment_list", args=[commitment.session_id]),
        lambda world, made: {"text": "A walk after lunch"},
        {"text": TEXT},
        ("journals.Commitment",),
        setup=_commitment,
    ),
    FormCase(
        "commitment_progress",
        "patient",
        lambda world, commitment: reverse("commitment_progress", args=[commitment.pk]),
        lambda world, made: {"progress": "done"},
        {"progress": CHOICE},
        ("journals.Commitment",),
        setup=_commitment,
    ),
    FormCase(
        "preferences",
        "patient",
        lambda world, made: reverse("preferences"),
        lambda world, made: {
            "time_zone": "America/New_York",
            "country": "US",
            "quiet_hours_start": "21:00",
            "quiet_hours_end": "08:00",
            "preferred_channel": "email",
            "emailed_kinds": "check_in",
            **CONTACT,
        },
        {
            "time_zone": CHOICE,
            "country": CHOICE,
            "quiet_hours_start": TIME,
            "quiet_hours_end": TIME,
            "preferred_channel": CHOICE,
            "emailed_kinds": CHOICE,
            **CONTACT_FIELDS,
        },
        ("patients.Patient",),
    ),
    FormCase(
        "invitation_create",
        "clinician",
        lambda world, made: reverse("invitation_create"),
        lambda world, made: {
            "email": "newcomer@example.test",
            "first_name": "Nia",
            "last_name": "Newcomer",
            "role": "patient",
            "care_clinician": str(world.user("clinician").pk),
            "care_coach": str(world.user("coach").pk),
        },
        {
            "email": TEXT,
            "first_name": TEXT,
            "last_name": TEXT,
            "role": CHOICE,
            "care_clinician": NUMBER,
            "care_coach": NUMBER,
        },
        ("patients.Invitation",),
    ),
    FormCase(
        "invitation_accept",
        "anonymous",
        lambda world, invitation: reverse("invitation_accept", args=[invitation.token]),
        lambda world, made: {
            "first_name": "Nia",
            "last_name": "Newcomer",
            "password1": "a long and unusual phrase 41",
            "password2": "a long and unusual phrase 41",
            "time_zone": "America/New_York",
            "consent": "on",
        },
        {
            "first_name": TEXT,
            "last_name": TEXT,
            "password1": TEXT,
            "time_zone": CHOICE,
            "consent": CHOICE,
        },
        ("patients.User", "patients.Patient", "patients.Invitation"),
        setup=_invitation,
    ),
    FormCase(
        "staff_patient_edit",
        "clinician",
        lambda world, made: reverse("staff_patient_edit", args=[world.patient.pk]),
        lambda world, made: {
            "care_clinician": str(world.user("clinician").pk),
            "care_coach": str(world.user("coach").pk),
            "date_of_birth": "1980-05-17",
            "weight_kg": "70",
            "time_zone": "America/New_York",
            "country": "US",
            **CONTACT,
        },
        {
            "care_clinician": NUMBER,
            "care_coach": NUMBER,
            "date_of_birth": TIME,
            "weight_kg": NUMBER,
            "time_zone": CHOICE,
            "country": CHOICE,
            **CONTACT_FIELDS,
        },
        ("patients.Patient",),
    ),
    FormCase(
        "session_create",
        "clinician",
        lambda world, made: reverse("session_create", args=[world.patient.pk]),
        _session_record,
        SESSION_FIELDS,
        ("dosing.DosingSession",),
    ),
    FormCase(
        "session_edit",
        "clinician",
        lambda world, session: reverse("session_edit", args=[session.pk]),
        _session_record,
        SESSION_FIELDS,
        ("dosing.DosingSession",),
        setup=lambda world: record_session(world),
    ),
    FormCase(
        "session_vitals",
        "clinician",
        lambda world, session: reverse("session_vitals", args=[session.pk]),
        lambda world, made: {
            "taken_at": _minutes(timedelta(0)),
            "moment": "before",
            "systolic": "128",
            "diastolic": "82",
            "heart_rate": "72",
            "spo2": "98",
        },
        {
            "taken_at": TIME,
            "moment": CHOICE,
            "systolic": NUMBER,
            "diastolic": NUMBER,
            "heart_rate": NUMBER,
            "spo2": NUMBER,
        },
        ("dosing.VitalsReading",),
        setup=_open_session,
    ),
    FormCase(
        "session_addendum",
        "clinician",
        lambda world, session: reverse("session_addendum_create", args=[session.pk]),
        _addendum,
        {**SESSION_FIELDS, "reason": TEXT},
        ("dosing.SessionAddendum", "dosing.DosingSession"),
        setup=_signed_session,
    ),
    FormCase(
        "debrief_note_create",
        "clinician",
        lambda world, session: reverse("debrief_note_create", args=[session.pk]),
        lambda world, made: {"text": "We talked about the garden.", "visible_to_patient": "on"},
        {"text": TEXT, "visible_to_patient": CHOICE},
        ("dosing.DebriefNote", "dosing.DebriefNoteRevision"),
        setup=lambda world: record_session(world),
    ),
    FormCase(
        "debrief_note_edit",
        "clinician",
        lambda world, note: reverse("debrief_note_edit", args=[note.pk]),
        lambda world, made: {"text": "A better account.", "visible_to_patient": ""},
        {"text": TEXT, "visible_to_patient": CHOICE},
        ("dosing.DebriefNote", "dosing.DebriefNoteRevision"),
        setup=lambda world: write_note(record_session(world)),
    ),
    FormCase(
        "alert_acknowledge",
        "clinician",
        lambda world, alert: reverse("alert_acknowledge", args=[alert.pk]),
        lambda world, made: {
            "ack-contact_method": "phone",
            "ack-contacted": "patient",
            "ack-contact_note": "Left a voicemail.",
        },
        {"ack-contact_method": CHOICE, "ack-contacted": CHOICE, "ack-contact_note": TEXT},
        ("patients.SafetyAlert", "patients.AlertContact"),
        setup=lambda world: raise_alert(world.patient),
    ),
    FormCase(
        "alert_resolve",
        "clinician",
        lambda world, alert: reverse("alert_resolve", args=[alert.pk]),
        lambda world, made: {
            "resolution_note": "Spoke with her; she is safe with her partner.",
            "contact_method": "phone",
            "contacted": "patient",
            "contact_note": "Called back within the hour.",
        },
        {
            "resolution_note": TEXT,
            "contact_method": CHOICE,
            "contacted": CHOICE,
            "contact_note": TEXT,
        },
        ("patients.SafetyAlert", "patients.AlertContact"),
        setup=lambda world: raise_alert(world.patient),
    ),
    FormCase(
        "group_create",
        "coach",
        lambda world, made: reverse("group_create"),
        _group_form,
        GROUP_FIELDS,
        ("groups.GroupSession",),
    ),
    FormCase(
        "group_edit",
        "coach",
        lambda world, group_session: reverse("group_edit", args=[group_session.pk]),
        _group_form,
        {name: kind for name, kind in GROUP_FIELDS.items() if name != "weeks"},
        ("groups.GroupSession",),
        setup=lambda world: schedule(world, title="Circle"),
    ),
    FormCase(
        "group_attendance",
        "coach",
        lambda world, enrollment: reverse("group_attendance", args=[enrollment.group_session_id]),
        lambda world, enrollment: {f"attendance-{enrollment.pk}": "present"},
        {"attendance-{pk}": CHOICE, "attendance-0": CHOICE, "attendance-x\x01": CHOICE},
        ("groups.Enrollment",),
        setup=_starting_group,
    ),
    FormCase(
        "journal_draft",
        "patient",
        lambda world, made: reverse("journal_draft", args=["new"]),
        lambda world, made: {"text": "Half a thought", "mood": "4"},
        {"text": TEXT, "mood": NUMBER},
        ("journals.JournalDraft",),
        saved=200,
    ),
    FormCase(
        "session_end",
        "clinician",
        lambda world, session: reverse("session_end", args=[session.pk]),
        lambda world, made: {"ended_at": _minutes(timedelta(minutes=50))},
        {"ended_at": TIME},
        ("dosing.DosingSession",),
        setup=_open_session,
    ),
    FormCase(
        "group_staff_enroll",
        "coach",
        lambda world, group_session: reverse("group_staff_enroll", args=[group_session.pk]),
        lambda world, made: {"patient": str(world.patient.pk)},
        {"patient": NUMBER},
        ("groups.Enrollment",),
        setup=lambda world: schedule(world, title="Circle"),
    ),
    FormCase(
        "group_name_preference",
        "patient",
        lambda world, made: reverse("group_name_preference"),
        lambda world, made: {"show_first_name_in_groups": "on"},
        {"show_first_name_in_groups": CHOICE},
        ("patients.Patient",),
    ),
    FormCase(
        "api_token",
        "patient",
        lambda world, made: reverse("api_token"),
        lambda world, made: {"name": "Journal app on my phone"},
        {"name": TEXT},
        ("patients.ApiToken",),
    ),
    FormCase(
        "api_token_staff",
        "clinician",
        lambda world, made: reverse("api_token"),
        lambda world, made: {"name": "Clinic tablet"},
        {"name": TEXT},
        ("patients.ApiToken",),
    ),
]


@st.composite
def hostile_posts(draw, valid: dict, kinds: dict):
    """The valid post with one to three fields made hostile (or left out)."""
    data = dict(valid)
    names = draw(st.lists(st.sampled_from(sorted(kinds)), min_size=1, max_size=3, unique=True))
    for name in names:
        value = draw(kinds[name])
        if value is OMIT:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def _texts_of(row):
    for model_field in row._meta.concrete_fields:
        value = getattr(row, model_field.attname)
        if isinstance(value, str):
            yield model_field.name, value


def _invalid_rows(model_labels) -> list[str]:
    problems = []
    for label in model_labels:
        for row in apps.get_model(label).objects.all():
            for name, value in _texts_of(row):
                if "\x00" in value:
                    problems.append(f"{label} {row.pk}: a NUL in {name}")
            try:
                row.full_clean()
            except Exception as error:  # every row is reported, whatever the error
                problems.append(f"{label} {row.pk}: {error!r}")
    return problems


def _login(world, role) -> Client:
    client = Client(raise_request_exception=False)
    user = world.user(role)
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _pinned_clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_values_in_a_form_are_refused_or_stored_valid(case, world):
    made = case.setup(world)
    url = case.url(world, made)
    valid = case.valid(world, made)
    kinds = {name.format(pk=getattr(made, "pk", 0)): kind for name, kind in case.fields.items()}
    # The valid post itself saves: the hostile ones start from a post that works.
    statuses = []

    @hypothesis_settings(
        max_examples=EXAMPLES_PER_FORM,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(data=hostile_posts(valid, kinds))
    def post(data):
        with transaction.atomic():
            response = _login(world, case.role).post(url, data)
            statuses.append(response.status_code)
            assert response.status_code < 500, (
                f"{case.name} answered {response.status_code} for {data!r}:\n"
                f"{getattr(response, 'exc_info', None)!r}"
            )
            problems = _invalid_rows(case.models)
            assert not problems, f"{case.name} stored invalid rows for {data!r}: {problems}"
            transaction.set_rollback(True)

    post()
    assert len(statuses) >= EXAMPLES_PER_FORM // 2


def test_the_valid_posts_save(world):
    """Without this, a case whose valid post was itself refused would test nothing."""
    failures = []
    for case in CASES:
        with transaction.atomic():
            made = case.setup(world)
            response = _login(world, case.role).post(case.url(world, made), case.valid(world, made))
            if response.status_code != case.saved:
                failures.append(f"{case.name}: {response.status_code}")
            transaction.set_rollback(True)
    assert not failures, failures
