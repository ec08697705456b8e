from allauth.account.views import LoginView as AllauthLoginView
from allauth.core.ratelimit import respond_429
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import services, tokens
from .audit import audit_record_many
from .crisis_lines import crisis_help_for_clinic
from .forms import ApiTokenForm, InvitationAcceptForm, InvitationForm, LanguageForm
from .languages import language_for
from .models import AuditEvent, Invitation
from .selectors import (
    invitable_roles_for,
    patient_list_for,
    patient_profile_of,
    user_is_staff,
)

PATIENTS_PER_PAGE = 25


def staff_required(view):
    """Staff pages: anonymous users log in first; patients get 403."""

    @login_required
    def wrapped(request, *args, **kwargs):
        if not user_is_staff(request.user):
            raise PermissionDenied(gettext("This page is for clinic staff."))
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def patient_required(view):
    """Patient pages: anonymous users log in first; staff get 403. The view receives the
    patient's record after the request."""

    @login_required
    def wrapped(request, *args, **kwargs):
        patient = patient_profile_of(request.user)
        if patient is None:
            raise PermissionDenied(gettext("This page is for patients."))
        return view(request, patient, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def form_errors_into(form, error: ValidationError):
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@staff_required
def patient_list(request):
    query = request.GET.get("q", "").strip()
    patients = patient_list_for(request.user)
    if query:
        patients = patients.filter(
            Q(user__first_name__icontains=query)
            | Q(user__last_name__icontains=query)
            | Q(user__email__icontains=query)
        )
    page = Paginator(patients, PATIENTS_PER_PAGE).get_page(request.GET.get("page"))
    audit_record_many(
        actor=request.user, rows=[(p, p) for p in page], action=AuditEvent.Action.LIST
    )
    return render(request, "patients/patient_list.html", {"page": page, "query": query})


@staff_required
def invitation_create(request):
    if not invitable_roles_for(request.user):
        raise PermissionDenied(gettext("Only clinicians and clinic admins invite people."))
    form = InvitationForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.invitation_create(acting_user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(
                request, gettext("Invitation sent to %(email)s.") % {"email": invitation.email}
            )
            return redirect("invitation_create")
    return render(request, "patients/invitation_form.html", {"form": form})


def invitation_accept(request, token):
    invitation = get_object_or_404(Invitation.objects.select_related("clinic"), token=token)
    if not invitation.is_usable:
        return render(request, "patients/invitation_used.html", status=410)
    form = InvitationAcceptForm(request.POST or None, invitation=invitation)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = services.invitation_accept(
                invitation=invitation,
                password=data["password1"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                time_zone=data.get("time_zone", ""),
                consent=data.get("consent", False),
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, gettext("Welcome. Your account is ready."))
            return redirect("home")
    context = {"form": form, "invitation": invitation}
    if invitation.role == Invitation.Role.PATIENT:
        context["crisis_help"] = crisis_help_for_clinic(invitation.clinic)
    return render(request, "patients/invitation_accept.html", context)


# The session holds a new token only between the POST that made it and the page that
# follows, which takes it out: it is shown once, and a reload makes nothing new.
JUST_MADE_SESSION_KEY = "api_token_shown_once"


@never_cache
@login_required
def api_token(request):
    """The user's API tokens, one per device: make one (shown once), see which still
    work and until when, revoke any."""
    form = ApiTokenForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and "revoke" in request.POST:
        if tokens.api_token_revoke(acting_user=request.user, token_key=request.POST["revoke"]):
            messages.success(request, gettext("The token was revoked; it no longer works."))
        else:
            messages.info(request, gettext("That token had already expired or been revoked."))
        return redirect("api_token")
    if request.method == "POST" and form.is_valid():
        try:
            token, plain = tokens.api_token_create(
                acting_user=request.user, name=form.cleaned_data["name"]
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            request.session[JUST_MADE_SESSION_KEY] = {"token": plain, "name": token.name}
            return redirect("api_token")
    context = {
        "form": form,
        "shown_once": request.session.pop(JUST_MADE_SESSION_KEY, None),
        "tokens": tokens.api_token_list_for(request.user),
        "needs_mfa": tokens.staff_without_mfa(request.user),
        "ttl": tokens.api_token_ttl_label(tokens.api_token_ttl_for(request.user)),
    }
    return render(request, "patients/api_token.html", context)


@login_required
def language_settings(request):
    """Anyone's own language; empty follows the browser."""
    form = LanguageForm(request.POST or None, initial={"language": request.user.language})
    if request.method == "POST" and form.is_valid():
        try:
            services.user_language_set(user=request.user, language=form.cleaned_data["language"])
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            # The message is read on the next page, which is in the new language.
            with translation.override(language_for(request.user)):
                messages.success(request, gettext("Language saved."))
            return redirect("language_settings")
    return render(request, "patients/language_settings.html", {"form": form})


@login_required
def notification_list(request):
    notifications = request.user.notifications.all()[:100]
    return render(request, "patients/notification_list.html", {"notifications": notifications})


@require_POST
@login_required
def notification_read(request, pk):
    services.notification_mark_read(user=request.user, notification_id=pk)
    return redirect("notification_list")


class LoginView(AllauthLoginView):
    """allauth answers too many failed logins with a form error; we answer 429 Too Many
    Requests, so clients, proxies and monitoring see the throttle. The page speaks of
    invitations: sign-up is closed, so it offers no link to it."""

    template_name = "patients/login.html"

    def form_invalid(self, form):
        codes = {error.code for error in form.non_field_errors().as_data()}
        if "too_many_login_attempts" in codes:
            return respond_429(self.request)
        return super().form_invalid(form)
