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

from groups.selectors import group_sessions_during_window_for
from journals.selectors import (
    assessment_list_for,
    commitment_list_for,
    deleted_entry_list_for,
    entry_list_for,
)
from patients.forms import PreferencesForm
from patients.services import patient_update
from patients.views import form_errors_into, patient_required
from sessions.models import DosingSession, PromptKind
from sessions.selectors import prompt_inbox_for, prompt_list_for, session_list_for
from sessions.services import prompts_reschedule_for_patient

from . import progress as numbers

UPCOMING_SHOWN = 5
RECENT_ENTRIES_SHOWN = 3
# Changing these moves the prompts not yet sent into the patient's new waking hours.
SCHEDULE_FIELDS = ("time_zone", "quiet_hours_start", "quiet_hours_end")


@patient_required
def today(request, patient):
    user, now = request.user, timezone.now()
    inbox = prompt_inbox_for(user)
    sessions = session_list_for(user)
    last_session = (
        sessions.filter(status=DosingSession.Status.COMPLETED)
        .exclude(ended_at=None)
        .order_by("-ended_at")
        .first()
    )
    position = None
    if last_session is not None:
        every_prompt = [prompt for group in inbox.values() for prompt in group]
        position = numbers.window_position(last_session, every_prompt, now)
    # The schedule's rows are the truth: a prompt whose time has come is due even before
    # the dispatcher has sent it, and one past its close is neither due nor coming, though
    # the expiry sweep may not have marked it yet. What closes first comes first.
    waiting = inbox.get("due", []) + inbox.get("upcoming", [])
    due = sorted((p for p in waiting if p.due_at <= now < p.expires_at), key=lambda p: p.expires_at)
    upcoming = [p for p in inbox.get("upcoming", []) if p.due_at > now]
    context = {
        "patient": patient,
        "last_session": last_session,
        "position": position,
        "next_session": sessions.filter(status=DosingSession.Status.PLANNED, started_at__gt=now)
        .order_by("started_at")
        .first(),
        "due": due,
        "upcoming": upcoming[:UPCOMING_SHOWN],
        "more_upcoming": max(0, len(upcoming) - UPCOMING_SHOWN),
        "recent_entries": entry_list_for(user)[:RECENT_ENTRIES_SHOWN],
        # Filled in by the groups app's selector once it exists.
        "groups_during_window": group_sessions_during_window_for(patient),
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
        "mood_windows": numbers.mood_by_window(moods, windows),
        "mood_summary": numbers.mood_summary(moods, windows),
        "mood_chart": numbers.mood_chart_data(moods, windows),
        "windows": windows,
        "instruments": instruments,
        "adherence": adherence,
        "adherence_summary": numbers.adherence_summary(adherence),
        "adherence_chart": numbers.adherence_chart_data(adherence),
    }
    return render(request, "progress/progress.html", context)


# Export ------------------------------------------------------------------------------


def _export_records(user, patient) -> dict:
    """Everything of the patient's own, through the selectors that give a patient their
    own records. Consents, which have no selector, are reached from the patient's own
    record."""
    return {
        "patient": patient,
        "consents": list(patient.consents.all()),
        "sessions": list(session_list_for(user).order_by("started_at")),
        "prompts": list(prompt_list_for(user).order_by("due_at", "pk")),
        "entries": list(
            entry_list_for(user).prefetch_related("comments__author").order_by("created_at")
        ),
        "deleted_entries": list(deleted_entry_list_for(user).order_by("created_at")),
        "assessments": list(assessment_list_for(user).order_by("created_at")),
        "commitments": list(
            commitment_list_for(user).select_related("session").order_by("created_at")
        ),
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
    if deleted:
        data["deleted_at"] = entry.deleted_at
    else:
        data["comments"] = [
            {"author": str(c.author), "written_at": c.created_at, "text": c.text}
            for c in entry.comments.all()
        ]
    return data


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
            }
            for s in records["sessions"]
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
            note = ""
            if moved == 1:
                note = " 1 upcoming prompt now follows your new hours."
            elif moved:
                note = f" {moved} upcoming prompts now follow your new hours."
            messages.success(request, "Preferences saved." + note)
            return redirect("preferences")
    return render(request, "patients/preferences.html", {"form": form})
