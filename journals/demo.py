"""The demo clinic's journals: for each patient, the answers to the prompts their dosing
history shows as answered, a plan per window, free entries, and PHQ-9 and GAD-7 results
that improve from one window to the next. Some entries are shared, with a comment from
the care team. No demo answer raises a safety flag.

Rows are written directly, with the times they would have had. Idempotent: a patient who
has journal entries already is left alone."""

from datetime import datetime, timedelta

from sessions.models import DosingSession, Instrument, PromptKind, ScheduledPrompt

from .habits import Habit, HabitMark, PatientHabit, local_today
from .models import Assessment, Commitment, EntryComment, JournalEntry
from .scoring import score
from .selectors import open_window_session_for
from .services_habits import habit_defaults_ensure as habits_ensure

Kind = JournalEntry.Kind

# Per window, from the first onwards: how the patient is doing.
MOODS = [4, 6, 7, 8]
PHQ9_BY_WINDOW = [
    [2, 2, 2, 2, 1, 2, 2, 1, 0],  # 14 moderate
    [1, 2, 1, 1, 1, 1, 1, 1, 0],  # 9 mild
    [1, 1, 1, 1, 0, 0, 1, 0, 0],  # 5 mild
    [0, 1, 0, 1, 0, 0, 1, 0, 0],  # 3 minimal
]
GAD7_BY_WINDOW = [
    [2, 2, 2, 2, 1, 2, 1],  # 12 moderate
    [1, 2, 1, 1, 1, 1, 1],  # 8 mild
    [1, 1, 1, 1, 0, 1, 0],  # 5 mild
    [0, 1, 1, 0, 0, 1, 0],  # 3 minimal
]
BASELINE_PHQ9 = [2, 3, 2, 2, 2, 2, 2, 1, 0]  # 16 moderately severe
BASELINE_GAD7 = [2, 2, 3, 2, 2, 2, 1]  # 14 moderate

JOURNAL_TEXTS = [
    (
        "What stood out",
        "I kept seeing my grandmother's kitchen. I felt safe there, and I realised how "
        "long it has been since I let myself feel safe anywhere. I cried, and it was not "
        "a bad crying.",
        ["connected", "sad", "grateful"],
    ),
    (
        "A day later",
        "The heaviness is lighter today. I noticed I was not bracing for the day the way "
        "I usually do. I want to keep that softness in the mornings.",
        ["hopeful", "calm"],
    ),
    (
        "Commitments",
        "Walked twice this week. The phone-free evening did not happen: work got in the "
        "way. What helped was telling my partner about it, so they could remind me.",
        ["clear", "tired"],
    ),
    (
        "Closing the window",
        "What I want to carry forward: that the critical voice is not the only voice. I "
        "can answer it kindly.",
        ["hopeful", "grateful", "clear"],
    ),
]
FREE_TEXTS = [
    (
        "Sunday",
        "Slept badly but the morning was quiet. Made tea and sat by the window without "
        "my phone for twenty minutes.",
        ["calm", "tired"],
    ),
    (
        "",
        "Hard conversation with my sister. I stayed present instead of shutting down. "
        "Proud of that.",
        ["anxious", "connected"],
    ),
]
CREATIVE_TEXT = "Waves, and the light on them. It felt like room to breathe."


def _drawing(entry, window):
    """A small drawing made here (lines over a pale sky), attached as the patient would."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image, ImageDraw

    from .services_attachments import NewAttachment, attachments_add

    KIND = "drawing"  # noqa: N806
    image = Image.new("RGB", (600, 400), "#f4f8fb")
    pen = ImageDraw.Draw(image)
    for n in range(4):
        y = 220 + n * 30 + window * 5
        pen.line([(20, y), (200, y - 25), (380, y + 10), (580, y - 15)], fill="#2980b9", width=6)
    pen.ellipse([440, 40, 520, 120], outline="#e67e22", width=8)
    out = io.BytesIO()
    image.save(out, "PNG")
    attachments_add(
        acting_user=entry.patient.user,
        entry=entry,
        new=[NewAttachment(upload=SimpleUploadedFile("drawing.png", out.getvalue()), kind=KIND)],
        now=entry.created_at,
    )


THERAPY_TEXT = (
    "I want to talk about why I freeze when someone is disappointed in me, and the memory "
    "of my father that came up in the session."
)
MINDFULNESS_TEXT = "Restless at first, then my shoulders dropped. Easier than last time."
COMMITMENTS = [
    ("A ten-minute walk after lunch, every work day", Commitment.Progress.DONE),
    ("One evening a week without my phone", Commitment.Progress.SOME),
    ("Call my sister on Sundays", Commitment.Progress.NOT_STARTED),
]
CARE_TEAM_COMMENT = (
    "Thank you for sharing this. Noticing the softness is a real change; let us talk about "
    "how to protect those mornings at our next meeting."
)


def _assessment(patient, instrument, item_scores, at, *, session=None, prompt=None):
    result = score(instrument, item_scores)
    return Assessment.objects.create(
        patient=patient,
        instrument=instrument,
        item_scores=item_scores,
        total=result.total,
        band=result.band,
        session=session,
        prompt=prompt,
        created_at=at,
    )


def _answer(prompt, window, journal_index, at):
    """The entry or assessment answering one prompt; shares every other journal."""
    patient, session = prompt.patient, prompt.session
    if prompt.kind == PromptKind.ASSESSMENT:
        items = (PHQ9_BY_WINDOW if prompt.instrument == Instrument.PHQ9 else GAD7_BY_WINDOW)[
            min(window, 3)
        ]
        _assessment(patient, prompt.instrument, items, at, session=session, prompt=prompt)
        return None
    entry = JournalEntry(
        patient=patient,
        session=session,
        prompt=prompt,
        created_at=at,
        mood=min(MOODS[min(window, 3)] + journal_index % 2, 10),
    )
    if prompt.kind == PromptKind.CHECK_IN:
        entry.kind = Kind.CHECK_IN
    elif prompt.kind == PromptKind.MINDFULNESS:
        entry.kind, entry.practice_minutes, entry.text = Kind.MINDFULNESS, 10, MINDFULNESS_TEXT
    elif prompt.kind == PromptKind.THERAPY:
        entry.kind, entry.text = Kind.THERAPY, THERAPY_TEXT
        entry.next_therapy_at = at + timedelta(days=4)
    elif prompt.kind == PromptKind.CREATIVE:
        entry.kind, entry.title, entry.text = Kind.CREATIVE, "The shore", CREATIVE_TEXT
        entry.shared_with_care_team, entry.shared_at = True, at
        entry.save()
        _drawing(entry, window)
        return entry
    else:
        title, text, feelings = JOURNAL_TEXTS[journal_index % len(JOURNAL_TEXTS)]
        entry.kind, entry.title, entry.text, entry.feelings = Kind.JOURNAL, title, text, feelings
        if journal_index % 2 == 0:
            entry.shared_with_care_team, entry.shared_at = True, at
    entry.save()
    return entry


def _seed_window(session, window, now):
    patient = session.patient
    for text, progress in COMMITMENTS[: 2 + window % 2]:
        Commitment.objects.create(
            patient=patient,
            session=session,
            text=text,
            progress=progress if window < 2 else Commitment.Progress.DONE,
            created_at=session.ended_at + timedelta(hours=3),
        )
    journal_index = 0
    shared = []
    for prompt in session.prompts.filter(status=ScheduledPrompt.Status.ANSWERED).order_by("due_at"):
        entry = _answer(prompt, window, journal_index, prompt.answered_at or prompt.due_at)
        if entry is not None and entry.kind == Kind.JOURNAL:
            journal_index += 1
            if entry.shared_with_care_team:
                shared.append(entry)
    gad7_at = session.ended_at + timedelta(hours=70)
    if gad7_at < now:
        _assessment(
            patient, Instrument.GAD7, GAD7_BY_WINDOW[min(window, 3)], gad7_at, session=session
        )
    return shared


def seed_journals(people, now: datetime):
    for index, patient in enumerate(people.patients):
        if JournalEntry.objects.filter(patient=patient).exists():
            continue
        sessions = list(
            DosingSession.objects.filter(
                patient=patient, status=DosingSession.Status.COMPLETED
            ).order_by("ended_at")
        )
        first = sessions[0].started_at if sessions else now - timedelta(days=7)
        _assessment(patient, Instrument.PHQ9, BASELINE_PHQ9, first - timedelta(days=2))
        _assessment(patient, Instrument.GAD7, BASELINE_GAD7, first - timedelta(days=2))
        shared = []
        for window, session in enumerate(sessions):
            shared += _seed_window(session, window, now)
        for days_ago, (title, text, feelings) in zip((5, 2), FREE_TEXTS, strict=True):
            written = now - timedelta(days=days_ago, hours=index)
            JournalEntry.objects.create(
                patient=patient,
                session=open_window_session_for(patient, now=written),
                kind=Kind.FREE,
                title=title,
                text=text,
                feelings=feelings,
                mood=6 + index % 3,
                created_at=written,
            )
        if shared and patient.care_coach:
            EntryComment.objects.create(
                entry=shared[0],
                author=patient.care_coach,
                text=CARE_TEAM_COMMENT,
                created_at=shared[0].created_at + timedelta(hours=5),
            )
    seed_habits(people, now)


# Habits -----------------------------------------------------------------------------------

# The demo patient's three habits and two weeks of marks, oldest day first: sleep climbing
# as the window settles, movement most days, time outdoors at weekends and now and then.
DEMO_HABITS = {
    "Sleep": [5.5, 6, 6, 5, 6.5, 7, 6.5, 7, 7.5, 7, 8, 7.5, 7, 7.5],
    "Movement": [0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1],
    "Time outdoors": [1, 0, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1, None],
}


def seed_habits(people, now: datetime):
    """The clinic's default list, and the demo patient tracking three habits marked on
    each of the last fourteen of their own days (today's outdoors still to mark). Left
    alone if they track anything already."""
    # The list was made when the demo clinic opened, four weeks before now.
    habits_ensure(clinic_id=people.clinic.pk, now=now - timedelta(weeks=4))
    patient = people.patients[0]
    if PatientHabit.objects.filter(patient=patient).exists():
        return
    today = local_today(patient, now)
    days = len(next(iter(DEMO_HABITS.values())))
    started = now - timedelta(days=days + 1)
    marks = []
    for name, values in DEMO_HABITS.items():
        habit = Habit.objects.get(clinic=people.clinic, name=name)
        tracker = PatientHabit.objects.create(patient=patient, habit=habit, started_at=started)
        for offset, value in enumerate(values):
            if value is None:
                continue
            day = today - timedelta(days=days - 1 - offset)
            answer = {"value": value} if habit.is_number else {"done": bool(value)}
            marks.append(HabitMark(tracker=tracker, day=day, created_at=started, **answer))
    HabitMark.objects.bulk_create(marks)
    # Marked as the days went by, not when the demo was built.
    HabitMark.objects.filter(tracker__patient=patient).update(updated_at=started)
