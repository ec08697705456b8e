"""The demo clinic's debrief notes: notes shown to patients, notes kept for the care
team, and one edited note with its history. Idempotent: a session that has notes by an
author already gets no more from them."""

from datetime import datetime, timedelta

from patients.demo import inbox_retime

from .models import DebriefNote, DebriefNoteRevision, DosingSession
from .services import debrief_note_create, debrief_note_update

# Notes are written a few hours after the session ends, edits the next day (or, for the
# session that has just ended, no later than the demo's instant).
WRITTEN_AFTER = timedelta(hours=3)
EDITED_AFTER = timedelta(days=1)

# (patient index, session from the latest back, author, shown to the patient, text, edit)
NOTES = [
    (
        0,
        0,
        "clinician",
        True,
        "You arrived anxious and left calmer. You described the image of a door left "
        "open; hold on to it this week. Keep the morning walks and bring the door to "
        "Thursday's therapy session.",
        "",
    ),
    (
        0,
        0,
        "coach",
        False,
        "Mentioned feeling isolated at work. Suggest the Thursday integration circle.",
        "",
    ),
    (
        0,
        1,
        "clinician",
        True,
        "A quieter session. You spoke about your sister. Try the breathing practice before bed.",
        "A quieter session. You spoke about your sister and about forgiving yourself. "
        "Try the breathing practice before bed, and write about her on day two.",
    ),
    (1, 0, "clinician", True, "Good energy today. Keep writing every evening.", ""),
    (2, 0, "coach", False, "Missed two prompts; check in by phone on day two.", ""),
]


def _retime(note, written: datetime, edited: datetime | None) -> None:
    """Dates a note, its revisions and the patient's inbox item to when they were written."""
    shown = written if note.visible_to_patient else None
    DebriefNote.objects.filter(pk=note.pk).update(
        created_at=written, updated_at=edited or written, published_at=shown
    )
    for revision in DebriefNoteRevision.objects.filter(note=note).order_by("number"):
        at = written if revision.number == 1 else edited or written
        DebriefNoteRevision.objects.filter(pk=revision.pk).update(edited_at=at)
    inbox_retime(dedupe_key=f"debrief:{note.pk}", at=written)


def seed_debrief_notes(people, now: datetime):
    for index, back, role, shown, text, edit in NOTES:
        patient = people.patients[index]
        sessions = DosingSession.objects.filter(
            patient=patient, status=DosingSession.Status.COMPLETED
        ).order_by("-ended_at")
        session = sessions[back] if sessions.count() > back else None
        author = patient.care_clinician if role == "clinician" else patient.care_coach
        if session is None or author is None:
            continue
        if DebriefNote.objects.filter(session=session, author=author).exists():
            continue
        note = debrief_note_create(
            acting_user=author, session=session, text=text, visible_to_patient=shown
        )
        if edit:
            debrief_note_update(acting_user=author, note=note, text=edit)
        written = min(session.ended_at + WRITTEN_AFTER, now)
        _retime(note, written, min(written + EDITED_AFTER, now) if edit else None)
