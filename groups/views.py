from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from patients.audit import audit_record_many
from patients.languages import language_for
from patients.models import AuditEvent
from patients.selectors import membership_of, patient_get_for
from patients.services import absolute_url
from patients.views import form_errors_into, patient_required, staff_required

from . import services
from .forms import GroupNamePreferenceForm, GroupSessionForm
from .ics import calendar_for
from .models import Enrollment, GroupSession
from .selectors import (
    calendar_feed_owner,
    calendar_feed_token_of,
    can_manage_groups,
    can_mark_attendance,
    co_members_for,
    enrollment_get_for,
    feed_sessions_for,
    group_session_get_for,
    group_session_list_for,
    group_sessions_during_window_for,
    invite_suggestions_for,
    own_enrollments_for,
    roster_for,
    roster_scope,
    sees_private_details,
    upcoming,
)

PAST_SESSIONS_SHOWN = 30


def _messages_from(request, error: ValidationError):
    for message in error.messages:
        messages.error(request, message)


def _ics_response(content: bytes, filename: str | None = None) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


# The patient's side ---------------------------------------------------------------------


@patient_required
def group_list(request, patient):
    sessions = list(upcoming(group_session_list_for(request.user)))
    mine = own_enrollments_for(request.user, [s.pk for s in sessions])
    for group_session in sessions:
        group_session.my_enrollment = mine.get(group_session.pk)
    context = {
        "during_window": group_sessions_during_window_for(patient),
        "mine": [s for s in sessions if s.my_enrollment],
        "sessions": [s for s in sessions if s.status == GroupSession.Status.SCHEDULED],
        "name_form": GroupNamePreferenceForm(
            initial={"show_first_name_in_groups": patient.show_first_name_in_groups}
        ),
    }
    return render(request, "groups/group_list.html", context)


@patient_required
def group_detail(request, patient, pk):
    group_session = group_session_get_for(request.user, pk)
    enrollment = own_enrollments_for(request.user, [group_session.pk]).get(group_session.pk)
    context = {
        "group_session": group_session,
        "enrollment": enrollment,
        "show_link": sees_private_details(request.user, group_session, enrollment),
        "co_members": co_members_for(request.user, group_session),
        "now": timezone.now(),
    }
    return render(request, "groups/group_detail.html", context)


@require_POST
@patient_required
def group_enroll(request, patient, pk):
    group_session = group_session_get_for(request.user, pk)
    try:
        enrollment = services.enrollment_create(
            acting_user=request.user, group_session=group_session, patient=patient
        )
    except ValidationError as error:
        _messages_from(request, error)
    else:
        if enrollment.status == Enrollment.Status.CONFIRMED:
            messages.success(
                request, _("You have a seat in %(title)s.") % {"title": group_session.title}
            )
        else:
            messages.info(
                request,
                _(
                    "%(title)s is full: you are on the waitlist, and we will tell "
                    "you if a seat comes free."
                )
                % {"title": group_session.title},
            )
    return redirect("group_detail", pk=group_session.pk)


@require_POST
@patient_required
def group_withdraw(request, patient, pk):
    group_session = group_session_get_for(request.user, pk)
    enrollment = own_enrollments_for(request.user, [group_session.pk]).get(group_session.pk)
    if enrollment is None:
        messages.info(request, _("You have no place in this session."))
        return redirect("group_detail", pk=group_session.pk)
    try:
        services.enrollment_withdraw(acting_user=request.user, enrollment=enrollment)
    except ValidationError as error:
        _messages_from(request, error)
    else:
        messages.success(
            request, _("You gave up your place in %(title)s.") % {"title": group_session.title}
        )
    return redirect("group_detail", pk=group_session.pk)


@require_POST
@patient_required
def group_name_preference(request, patient):
    form = GroupNamePreferenceForm(request.POST)
    form.is_valid()
    show = form.cleaned_data.get("show_first_name_in_groups", False)
    services.group_name_preference_set(acting_user=request.user, show=show)
    if show:
        messages.success(request, _("The others in your groups now see your first name."))
    else:
        messages.success(request, _("Your name is hidden from the others in your groups."))
    return redirect("group_list")


# Calendars ------------------------------------------------------------------------------


@login_required
def group_calendar(request, pk):
    """One session as an .ics file, for anyone who may see it."""
    group_session = group_session_get_for(request.user, pk)
    enrollment = own_enrollments_for(request.user, [group_session.pk]).get(group_session.pk)
    show_link = sees_private_details(request.user, group_session, enrollment)
    detail = "group_detail" if enrollment or not membership_of(request.user) else "group_staff"
    content = calendar_for(
        [group_session],
        name=group_session.title,
        links_for=lambda _: show_link,
        detail_url_name=detail,
    )
    return _ics_response(content, filename=f"group-session-{group_session.pk}.ics")


@login_required
def calendar_feed(request):
    """The private feed address: shown, made, replaced (POST) or turned off."""
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            services.calendar_feed_token_revoke(acting_user=request.user)
            messages.success(
                request, _("Your calendar feed is turned off; the old address no longer works.")
            )
        else:
            services.calendar_feed_token_rotate(acting_user=request.user)
            messages.success(
                request, _("Your calendar feed has a new address; any old one no longer works.")
            )
        return redirect("calendar_feed")
    token = calendar_feed_token_of(request.user)
    feed_url = absolute_url(reverse("calendar_feed_ics", args=[token.token])) if token else ""
    context = {
        "token": token,
        "feed_url": feed_url,
        "webcal_url": "webcal://" + feed_url.split("://", 1)[-1] if feed_url else "",
    }
    return render(request, "groups/calendar_feed.html", context)


def calendar_feed_ics(request, token):
    """A person's groups for their calendar app. No login: the secret token is the key;
    an unknown or revoked token is a 404."""
    owner = calendar_feed_owner(token)
    sessions = feed_sessions_for(owner)
    detail = "group_staff" if membership_of(owner) else "group_detail"
    # A calendar app asks with no language of its own: the feed is in its owner's.
    with translation.override(language_for(owner)):
        content = calendar_for(
            sessions,
            name=_("Integration Clinic groups"),
            links_for=lambda _: True,
            detail_url_name=detail,
        )
    return _ics_response(content)


# The staff's side -----------------------------------------------------------------------


@staff_required
def group_schedule(request):
    sessions = group_session_list_for(request.user)
    past = request.GET.get("when") == "past"
    if past:
        sessions = sessions.filter(ends_at__lte=timezone.now()).order_by("-starts_at")[
            :PAST_SESSIONS_SHOWN
        ]
    else:
        sessions = upcoming(sessions)
    membership = membership_of(request.user)
    context = {
        "sessions": sessions,
        "past": past,
        "can_manage": bool(membership and can_manage_groups(request.user, membership.clinic_id)),
    }
    return render(request, "groups/staff_schedule.html", context)


@staff_required
def group_create(request):
    membership = membership_of(request.user)
    if membership is None or not can_manage_groups(request.user, membership.clinic_id):
        raise PermissionDenied(_("Only the clinic's coaches and clinicians schedule groups."))
    form = GroupSessionForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            created = services.group_session_create(
                acting_user=request.user,
                weeks=form.cleaned_data["weeks"],
                facilitators=form.facilitators_chosen(),
                **form.service_fields(),
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            count = len(created)
            messages.success(
                request,
                (
                    _("%(title)s scheduled: %(count)s weekly sessions.")
                    if count > 1
                    else _("%(title)s scheduled.")
                )
                % {"title": created[0].title, "count": count},
            )
            return redirect("group_staff", pk=created[0].pk)
    return render(request, "groups/session_form.html", {"form": form})


@staff_required
def group_staff(request, pk):
    """A session for staff: the roster as far as the viewer may see it, attendance, and
    the patients to invite, those in their integration window first."""
    group_session = group_session_get_for(request.user, pk)
    roster = list(roster_for(request.user, group_session))
    audit_record_many(
        actor=request.user, rows=[(e.patient, e) for e in roster], action=AuditEvent.Action.LIST
    )
    now = timezone.now()
    is_open = (
        group_session.status == GroupSession.Status.SCHEDULED and group_session.starts_at > now
    )
    manage = can_manage_groups(request.user, group_session.clinic_id)
    suggestions = invite_suggestions_for(request.user, group_session) if manage and is_open else []
    in_window = [s for s in suggestions if s.in_window]
    # Every patient suggested is named on the page, window or not: being a patient of
    # the clinic is itself health data.
    audit_record_many(
        actor=request.user,
        rows=[(s.patient, s.patient) for s in suggestions],
        action=AuditEvent.Action.LIST,
    )
    seated = [e for e in roster if e.status == Enrollment.Status.CONFIRMED]
    context = {
        "group_session": group_session,
        "seated": seated,
        # Not "waiting": the layout's menu badge takes that name.
        "waitlist": [e for e in roster if e.status == Enrollment.Status.WAITLISTED],
        "scope": roster_scope(request.user, group_session),
        "can_manage": manage,
        "is_open": is_open,
        "can_mark": can_mark_attendance(request.user, group_session)
        and group_session.status != GroupSession.Status.CANCELLED
        and group_session.starts_at - services.ATTENDANCE_OPENS_BEFORE <= now,
        "attendance_choices": Enrollment.Attendance.choices,
        "suggestions": suggestions,
        "in_window": in_window,
    }
    return render(request, "groups/staff_detail.html", context)


@staff_required
def group_edit(request, pk):
    group_session = group_session_get_for(request.user, pk, for_write=True)
    form = GroupSessionForm(
        request.POST or None, instance=group_session, user=request.user, series=False
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.group_session_update(
                acting_user=request.user,
                group_session=group_session,
                facilitators=form.cleaned_data["facilitators"],
                **form.service_fields(),
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("Session updated."))
            return redirect("group_staff", pk=group_session.pk)
    return render(
        request, "groups/session_form.html", {"form": form, "group_session": group_session}
    )


@require_POST
@staff_required
def group_cancel(request, pk):
    group_session = group_session_get_for(request.user, pk, for_write=True)
    try:
        services.group_session_cancel(acting_user=request.user, group_session=group_session)
    except ValidationError as error:
        _messages_from(request, error)
    else:
        messages.success(request, _("Session cancelled; everyone enrolled or waiting was told."))
    return redirect("group_staff", pk=group_session.pk)


@require_POST
@staff_required
def group_staff_enroll(request, pk):
    group_session = group_session_get_for(request.user, pk, for_write=True)
    patient = patient_get_for(request.user, request.POST.get("patient"), audit=False)
    try:
        enrollment = services.enrollment_create(
            acting_user=request.user, group_session=group_session, patient=patient
        )
    except ValidationError as error:
        _messages_from(request, error)
    else:
        if enrollment.status == Enrollment.Status.CONFIRMED:
            told = _("%(patient)s has a seat; they were told.")
        else:
            told = _("%(patient)s is waiting; they were told.")
        messages.success(request, told % {"patient": patient})
    return redirect("group_staff", pk=group_session.pk)


@require_POST
@staff_required
def group_staff_invite(request, pk):
    group_session = group_session_get_for(request.user, pk, for_write=True)
    patient = patient_get_for(request.user, request.POST.get("patient"), audit=False)
    try:
        sent = services.group_invitation_send(
            acting_user=request.user, group_session=group_session, patient=patient
        )
    except ValidationError as error:
        _messages_from(request, error)
    else:
        if sent:
            messages.success(request, _("%(patient)s is invited.") % {"patient": patient})
        else:
            messages.info(request, _("%(patient)s was invited already.") % {"patient": patient})
    return redirect("group_staff", pk=group_session.pk)


@require_POST
@staff_required
def group_staff_withdraw(request, pk, enrollment_pk):
    group_session = group_session_get_for(request.user, pk, for_write=True)
    enrollment = enrollment_get_for(request.user, group_session, enrollment_pk, for_write=True)
    try:
        services.enrollment_withdraw(acting_user=request.user, enrollment=enrollment)
    except ValidationError as error:
        _messages_from(request, error)
    else:
        messages.success(
            request, _("%(patient)s was withdrawn and told.") % {"patient": enrollment.patient}
        )
    return redirect("group_staff", pk=group_session.pk)


@require_POST
@staff_required
def group_attendance(request, pk):
    group_session = group_session_get_for(request.user, pk)
    if not can_mark_attendance(request.user, group_session):
        raise Http404("No such group session.")
    marks = {
        key.removeprefix("attendance-"): value
        for key, value in request.POST.items()
        if key.startswith("attendance-")
    }
    try:
        changed = services.attendance_mark(
            acting_user=request.user, group_session=group_session, marks=marks
        )
    except ValidationError as error:
        _messages_from(request, error)
    else:
        messages.success(
            request,
            ngettext(
                "Attendance saved (%(count)s changed).",
                "Attendance saved (%(count)s changed).",
                len(changed),
            )
            % {"count": len(changed)},
        )
    return redirect("group_staff", pk=group_session.pk)
