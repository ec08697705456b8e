"""One patient's story for their care team: sessions, shared entries, assessments, debrief
notes and safety alerts, newest first. It merges what the selectors already narrowed to
what the viewer may see; it decides nothing about who sees what."""

from dataclasses import dataclass
from datetime import datetime

from sessions.windows import IntegrationWindow


@dataclass(frozen=True)
class Event:
    at: datetime
    kind: str  # session, entry, assessment, note or alert
    obj: object
    # For a session that opened one: its integration window.
    window: IntegrationWindow | None = None


def build(
    *, sessions, entries, assessments, notes, alerts, limit: int, windows=None
) -> list[Event]:
    """The latest `limit` events; each argument is a sliced queryset (one query each), and
    `windows` the sessions' windows by session id (sessions.windows.session_windows)."""
    windows = windows or {}
    events = [
        Event(session.started_at, "session", session, windows.get(session.pk))
        for session in sessions
    ]
    events += [Event(entry.shared_at or entry.created_at, "entry", entry) for entry in entries]
    events += [Event(a.created_at, "assessment", a) for a in assessments]
    events += [Event(note.created_at, "note", note) for note in notes]
    events += [Event(alert.created_at, "alert", alert) for alert in alerts]
    events.sort(key=lambda event: event.at, reverse=True)
    return events[:limit]
