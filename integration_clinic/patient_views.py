"""The patient's own pages that bring several apps together: Today, Progress, the export
of everything they have written and answered, and their preferences (which move their
schedule, so they need sessions as well as patients). Each asks the apps' selectors for
the patient's own records; none filters by role."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from groups.selectors import group_sessions_during_window_for, own_group_records_for
from journals.selectors import (
    assessment_list_for,
    commitment_list_for,
    deleted_entry_list_for,
    entry_list_for,
    habit_grid_for,
    habit_records_for,
)
from patients.forms import PreferencesForm
from patients.safety_plan import safety_plan_export
from patients.services import patient_update
from patients.views import form_errors_into, patient_required
from sessions.models import DosingSession, PromptKind, ScheduledPrompt
from sessions.selectors import (
    debrief_note_list_for,
    prompt_list_for,
    session_list_for,
    therapy_note_list_for,
)
from sessions.services import prompts_reschedule_for_patient
from sessions.windows import session_window, session_windows

from . import progress as numbers
from .export_files import attachment_export_json, export_zip_response

UPCOMING_SHOWN = 5
# Progress shows four weeks of habits.
HABIT_DAYS = 28
# What Today offers: prompts to answer now or soon. Answered, missed, cancelled and those
# that never asked anything (skipped, superseded, withdrawn) are for the prompt history.
WAITING_STATUSES = (
    ScheduledPrompt.Status.SCHEDULED,
    ScheduledPrompt.Status.QUEUED,
    ScheduledPrompt.Status.SENT,
)
RECENT_ENTRIES_SHOWN = 3
# Changing these moves the prompts not yet sent into the patient's new waking hours.
SCHEDULE_FIELDS = ("time_zone", "quiet_hours_start", "quiet_hours_end")


def _in_window_order(prompt):
    """Steps of one window in the order the program gives them, even when quiet hours
    bring two to the same moment."""
    return (prompt.due_at, prompt.offset_hours, prompt.pk)


@patient_required
def today(request, patient):
    user, now = request.user, timezone.now()
    sessions = session_list_for(user)
    last_session = (
        sessions.filter(status=DosingSession.Status.COMPLETED)
        .exclude(ended_at=None)
        .order_by("-ended_at", "-pk")
        .first()
    )
    window = session_window(last_session, now=now) if last_session else None
    # The schedule's rows are the truth: a prompt whose time has come is due even before
    # the dispatcher has sent it, and one past its close is neither due nor coming, though
    # the expiry sweep may not have marked it yet. Only prompts still to answer show here.
    waiting = sorted(
        prompt_list_for(user).filter(
            patient=patient, status__in=WAITING_STATUSES, expires_at__gt=now
        ),
        key=_in_window_order,
    )
    due = [prompt for prompt in waiting if prompt.due_at <= now]
    upcoming = [prompt for prompt in waiting if prompt.due_at > now]
    context = {
        "patient": patient,
        "last_session": last_session,
        "position": window,
        # A window closes on time; its last prompts may stay open a while after.
        "open_after_window": due if window and window.has_closed else [],
        "next_session": sessions.filter(status=DosingSession.Status.PLANNED, started_at__gt=now)
        .order_by("started_at")
        .first(),
        "due": due,
        "upcoming": upcoming[:UPCOMING_SHOWN],
        "more_upcoming": max(0, len(upcoming) - UPCOMING_SHOWN),
        "recent_entries": entry_list_for(user)[:RECENT_ENTRIES_SHOWN],
        "groups_during_window": group_sessions_during_window_for(patient, now=now),
    }
    return render(request, "today.html", context)


@patient_required
def progress(request, patient):
    user = request.user
    windows = numbers.windows_of(session_list_for(user))
    moods = numbers.mood_points(entry_list_for(user))
    series = numbers.assessment_series(assessment_list_for(user))
    adherence = numbers.adherence_by_window(prompt_list_for(user), windows)
    instruments = [
        {
            "key": key,
            "chart_id": f"{key}-data",
            "label": numbers.INSTRUMENT_SCALES[key]["label"],
            "points": series[key],
            "summary": numbers.assessment_summary(series[key], key),
            "chart": numbers.assessment_chart_data(series[key], key),
        }
        for key in numbers.INSTRUMENT_SCALES
    ]
    context = {
        "mood_points": moods,
        "mood_table": numbers.latest_moods(moods),
        "mood_windows": numbers.mood_by_window(moods, windows),
        "mood_summary": numbers.mood_summary(moods, windows),
        "mood_chart": numbers.mood_chart_data(moods, windows),
        "windows": windows,
        "instruments": instruments,
        "adherence": adherence,
        "adherence_summary": numbers.adherence_summary(adherence),
        "adherence_chart": numbers.adherence_chart_data(adherence),
        "habit_grid": habit_grid_for(user, patient, days=HABIT_DAYS),
    }
    return render(request, "progress/progress.html", context)


# Export ------------------------------------------------------------------------------


def _export_records(user, patient) -> dict:
    """Everything of the patient's own, through the selectors that give a patient their
    own records. Consents, which have no selector, are reached from the patient's own
    record."""
    sessions = list(session_list_for(user).order_by("started_at"))
    windows = session_windows(sessions)
    for session in sessions:
        session.window = windows.get(session.pk)
    return {
        "patient": patient,
        "consents": list(patient.consents.all()),
        "sessions": sessions,
        # The notes their care team chose to show them, as they read them now.
        "debrief_notes": list(debrief_note_list_for(user).order_by("created_at", "pk")),
        # Likewise the therapy notes their therapist shared with them.
        "therapy_notes": list(therapy_note_list_for(user).order_by("appointment_at", "pk")),
        "group_records": list(own_group_records_for(user)),
        "prompts": list(prompt_list_for(user).order_by("due_at", "pk")),
        "entries": list(
            entry_list_for(user)
            .prefetch_related("comments__author", "attachments")
            .order_by("created_at")
        ),
        "deleted_entries": list(
            deleted_entry_list_for(user).prefetch_related("attachments").order_by("created_at")
        ),
        "assessments": list(assessment_list_for(user).order_by("created_at")),
        "commitments": list(
            commitment_list_for(user).select_related("session").order_by("created_at")
        ),
        # The plan as it is now and every earlier version: the patient's own writing.
        "safety_plan": safety_plan_export(patient),
        "habits": list(habit_records_for(user)),
    }


def _entry_json(entry, *, deleted=False):
    data = {
        "id": entry.pk,
        "written_at": entry.created_at,
        "updated_at": entry.updated_at,
        "kind": entry.kind,
        "title": entry.title,
        "text": entry.text,
        "mood": entry.mood,
        "feelings": entry.feelings,
        "practice_minutes": entry.practice_minutes,
        "next_therapy_at": entry.next_therapy_at,
        "shared_with_care_team": entry.shared_with_care_team,
        "shared_at": entry.shared_at,
        "session_id": entry.session_id,
        "prompt_id": entry.prompt_id,
    }
    data["attachments"] = [attachment_export_json(a) for a in entry.attachments.all()]
    if deleted:
        data["deleted_at"] = entry.deleted_at
    else:
        data["comments"] = [
            {"author": str(c.author), "written_at": c.created_at, "text": c.text}
            for c in entry.comments.all()
        ]
    return data


def _window_json(window):
    if window is None:
        return None
    return {"starts_at": window.starts_at, "ends_at": window.ends_at, "hours": window.hours}


def _export_json(records: dict) -> dict:
    patient = records["patient"]
    return {
        "format": "integration-clinic-export/1",
        "exported_at": timezone.now(),
        "patient": {
            "name": patient.user.get_full_name(),
            "email": patient.user.email,
            "clinic": patient.clinic.name,
            "date_of_birth": patient.date_of_birth,
            "weight_kg": str(patient.weight_kg) if patient.weight_kg is not None else None,
            "time_zone": patient.time_zone,
            "quiet_hours": {"start": patient.quiet_hours_start, "end": patient.quiet_hours_end},
            "preferred_channel": patient.preferred_channel,
            "prompt_kinds_without_email": patient.prompt_kinds_without_email,
            "care_clinician": str(patient.care_clinician or "") or None,
            "care_coach": str(patient.care_coach or "") or None,
            "care_therapist": str(patient.care_therapist or "") or None,
            "joined_at": patient.created_at,
        },
        "consents": [
            {
                "version": c.version,
                "agreed_at": c.agreed_at,
                "agreed_to_care": c.agreed_to_care,
                "understands_sharing": c.understands_sharing,
                "understands_safety_alerts": c.understands_safety_alerts,
            }
            for c in records["consents"]
        ],
        "dosing_sessions": [
            {
                "id": s.pk,
                "status": s.status,
                "setting": s.setting,
                "route": s.route,
                "route_label": s.get_route_display(),
                "dose_mg": str(s.dose_mg),
                "mg_per_kg": str(s.mg_per_kg) if s.mg_per_kg is not None else None,
                "started_at": s.started_at,
                "ended_at": s.ended_at,
                "intention": s.intention,
                "integration_window": _window_json(s.window),
            }
            for s in records["sessions"]
        ],
        "debrief_notes": [
            {
                "id": note.pk,
                "session_id": note.session_id,
                "author": str(note.author),
                "text": note.text,
                "shown_to_you_at": note.published_at,
                "updated_at": note.updated_at,
            }
            for note in records["debrief_notes"]
        ],
        "therapy_notes": [
            {
                "id": note.pk,
                "appointment_at": note.appointment_at,
                "author": str(note.author),
                "text": note.text,
                "shared_with_you_at": note.shared_at,
            }
            for note in records["therapy_notes"]
        ],
        "group_sessions": [
            {
                "title": e.group_session.title,
                "topic": e.group_session.topic,
                "starts_at": e.group_session.starts_at,
                "ends_at": e.group_session.ends_at,
                "where": e.group_session.place_kind,
                "session_status": e.group_session.status,
                "status": e.status,
                "status_label": e.get_status_display(),
                "attendance": e.attendance or None,
                "enrolled_at": e.created_at,
                "withdrawn_at": e.withdrawn_at,
            }
            for e in records["group_records"]
        ],
        "prompts": [
            {
                "id": p.pk,
                "session_id": p.session_id,
                "kind": p.kind,
                "instrument": p.instrument,
                "title": p.title,
                "status": p.status,
                "due_at": p.due_at,
                "expires_at": p.expires_at,
                "sent_at": p.sent_at,
                "answered_at": p.answered_at,
            }
            for p in records["prompts"]
        ],
        "journal_entries": [_entry_json(e) for e in records["entries"]],
        "deleted_journal_entries": [
            _entry_json(e, deleted=True) for e in records["deleted_entries"]
        ],
        "assessments": [
            {
                "id": a.pk,
                "instrument": a.instrument,
                "answered_at": a.created_at,
                "item_scores": a.item_scores,
                "items": [
                    {"number": number, "question": question, "score": score, "answer": words}
                    for number, question, score, words in a.answers()
                ],
                "total": a.total,
                "band": a.band,
                "session_id": a.session_id,
                "prompt_id": a.prompt_id,
            }
            for a in records["assessments"]
        ],
        "commitments": [
            {
                "session_id": c.session_id,
                "text": c.text,
                "progress": c.progress,
                "written_at": c.created_at,
                "updated_at": c.updated_at,
            }
            for c in records["commitments"]
        ],
        "safety_plan": records["safety_plan"],
        "habits": [
            {
                "habit": tracker.habit.name,
                "kind": tracker.habit.kind,
                "unit": tracker.habit.unit,
                "started_at": tracker.started_at,
                "stopped_at": tracker.stopped_at,
                "marks": [
                    {"day": mark.day, "done": mark.done, "value": mark.value}
                    for mark in tracker.marks.all()
                ],
            }
            for tracker in records["habits"]
        ],
    }


@patient_required
def export(request, patient):
    return render(request, "export/export.html", {"patient": patient})


@patient_required
def export_json(request, patient):
    data = _export_json(_export_records(request.user, patient))
    response = JsonResponse(
        data, encoder=DjangoJSONEncoder, json_dumps_params={"indent": 2, "ensure_ascii": False}
    )
    filename = f"integration-clinic-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@patient_required
def export_zip(request, patient):
    """The JSON and every file the patient attached, in one zip."""
    records = _export_records(request.user, patient)
    return export_zip_response(
        _export_json(records), records["entries"] + records["deleted_entries"]
    )


@patient_required
def export_print(request, patient):
    response = render(request, "export/print.html", _export_records(request.user, patient))
    response["Cache-Control"] = "no-store"
    return response


# Preferences -------------------------------------------------------------------------


@transaction.atomic
def patient_settings_save(*, acting_user, patient, changes) -> int:
    """Saves a patient's settings (by the patient, or by staff on the care team) and, when
    the zone or quiet hours change, moves each window's prompts not yet sent into the new
    waking hours. Returns how many moved."""
    # From the database: a model form has already written the new values onto `patient`.
    before = type(patient).objects.values(*SCHEDULE_FIELDS).get(pk=patient.pk)
    patient_update(acting_user=acting_user, patient=patient, **changes)
    if all(getattr(patient, field) == value for field, value in before.items()):
        return 0
    return prompts_reschedule_for_patient(patient=patient)


@patient_required
def preferences(request, patient):
    form = PreferencesForm(request.POST or None, patient=patient, prompt_kinds=PromptKind.choices)
    if request.method == "POST" and form.is_valid():
        try:
            moved = patient_settings_save(
                acting_user=request.user, patient=patient, changes=form.patient_changes()
            )
        except ValidationError as error:
            patient.refresh_from_db()
            form_errors_into(form, error)
        else:
            message = _("Preferences saved.")
            if moved:
                message += " " + ngettext(
                    "%(count)s upcoming prompt now follows your new hours.",
                    "%(count)s upcoming prompts now follow your new hours.",
                    moved,
                ) % {"count": moved}
            messages.success(request, message)
            return redirect("preferences")
    return render(request, "patients/preferences.html", {"form": form})
