"""Group times suggested from the patients' side (groups.suggestions): the page that lists
them, with who would be invited, and scheduling one with its invitations in one step."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from patients.audit import audit_record_many
from patients.models import AuditEvent
from patients.selectors import membership_of
from patients.views import form_errors_into, staff_required

from .forms_suggestions import SuggestionForm
from .models import GroupSession
from .selectors import can_manage_groups, group_time_suggestions_for
from .services_suggestions import group_session_from_suggestion
from .suggestions import DURATION_MINUTES, MIN_PATIENTS


def _require_manager(user):
    membership = membership_of(user)
    if membership is None or not can_manage_groups(user, membership.clinic_id):
        raise PermissionDenied(_("Only the clinic's coaches and clinicians schedule groups."))
    return membership


def last_room_of(clinic_id) -> str:
    """The room the clinic's latest in-person group met in: the likely room for the next."""
    return (
        GroupSession.objects.filter(clinic_id=clinic_id, place_kind=GroupSession.PlaceKind.ROOM)
        .order_by("-starts_at")
        .values_list("room", flat=True)
        .first()
        or ""
    )


def _render(request, membership, bound=None, status=200):
    suggestions = group_time_suggestions_for(request.user)
    # Every patient named on the page: being a patient of the clinic is health data.
    audit_record_many(
        actor=request.user,
        rows=[(patient, patient) for s in suggestions for patient in s.patients],
        action=AuditEvent.Action.LIST,
    )
    initial = {
        "title": _("Integration group"),
        "place_kind": GroupSession.PlaceKind.ROOM,
        "room": last_room_of(membership.clinic_id),
    }
    rows = [
        (
            suggestion,
            bound
            if bound is not None and bound.prefix == suggestion.key
            else SuggestionForm(prefix=suggestion.key, initial=initial),
        )
        for suggestion in suggestions
    ]
    context = {
        "suggestions": rows,
        "min_patients": MIN_PATIENTS,
        "duration_minutes": DURATION_MINUTES,
    }
    return render(request, "groups/suggestions.html", context, status=status)


@staff_required
def group_suggestions(request):
    return _render(request, _require_manager(request.user))


@require_POST
@staff_required
def group_suggestion_create(request, key):
    membership = _require_manager(request.user)
    form = SuggestionForm(request.POST, prefix=key)
    if form.is_valid():
        try:
            group_session, invited = group_session_from_suggestion(
                acting_user=request.user, key=key, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(
                request,
                ngettext(
                    "%(title)s is scheduled; %(count)d patient is invited.",
                    "%(title)s is scheduled; %(count)d patients are invited.",
                    len(invited),
                )
                % {"title": group_session.title, "count": len(invited)},
            )
            return redirect("group_staff", pk=group_session.pk)
    return _render(request, membership, bound=form, status=400)
