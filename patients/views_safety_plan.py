"""The safety plan's pages: the patient's own (/safety-plan/) and the care team's view of
one patient's plan, each with its edit form, history, past versions and a printable page.

The patient's plan page and its printable page carry no per-request secret (no CSRF token:
the edit form is a page of its own) and are marked Cache-Control: private, so a service
worker can keep them for a patient who is offline when they need them most. Who sees which
plan is decided in patients.selectors."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.translation import gettext

from .audit import audit_record_many
from .crisis_lines import crisis_help_for
from .forms_safety_plan import SafetyPlanEditor
from .models import AuditEvent
from .safety_plan import (
    StaleVersionError,
    care_team_of,
    empty_content,
    safety_plan_save,
    sections_for_display,
    with_changes,
)
from .selectors import (
    safety_plan_current,
    safety_plan_own_patient,
    safety_plan_patient_get_for,
    safety_plan_version_get,
    safety_plan_versions,
)
from .views import patient_required, staff_required

VERSIONS_PER_PAGE = 25


def cacheable_privately(response):
    """Lets the browser (and a service worker) keep the page for this user only; it is
    asked for again before being shown, so a signed-out browser gets the login page."""
    response["Cache-Control"] = "private, no-cache"
    response.cache_privately = True
    return response


class _Place:
    """The addresses of one plan's pages: the patient's own, or a patient's for staff."""

    def __init__(self, patient, *, staff: bool):
        self.patient, self.staff = patient, staff

    def url(self, page: str, *args) -> str:
        if self.staff:
            return reverse(f"staff_safety_plan{page}", args=[self.patient.pk, *args])
        return reverse(f"safety_plan{page}", args=args)

    def context(self) -> dict:
        return {
            "patient": self.patient,
            "staff": self.staff,
            "plan_url": self.url(""),
            "edit_url": self.url("_edit"),
            "history_url": self.url("_history"),
            "print_url": self.url("_print"),
            "back_url": reverse("staff_patient", args=[self.patient.pk]) if self.staff else "",
        }


def _plan_context(place: _Place, version) -> dict:
    patient = place.patient
    crisis_help = crisis_help_for(patient)
    context = {
        **place.context(),
        "version": version,
        "sections": sections_for_display(version.content if version else None),
        "care_team": care_team_of(patient),
        "crisis_help": crisis_help,
    }
    if not place.staff:
        # The footer shows the same lines: one lookup for both.
        context["crisis_footer"] = crisis_help
    return context


def _show(request, place, template, *, cacheable):
    version = safety_plan_current(place.patient)
    response = render(request, template, _plan_context(place, version))
    return cacheable_privately(response) if cacheable else response


def _history(request, place):
    page = Paginator(safety_plan_versions(place.patient), VERSIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    versions = list(page)
    # The version before this page's oldest, so its changes can be named too.
    older = None
    if versions and versions[-1].number > 1:
        older = safety_plan_versions(place.patient).filter(number=versions[-1].number - 1).first()
    for version in with_changes(versions, older):
        version.url = place.url("_version", version.number)
    if place.staff:
        audit_record_many(
            actor=request.user,
            rows=[(place.patient, version) for version in versions],
            action=AuditEvent.Action.LIST,
        )
    context = {**place.context(), "page": page, "versions": versions}
    return render(request, "patients/safety_plan_history.html", context)


def _version(request, place, number):
    version = safety_plan_version_get(request.user, place.patient, number)
    context = _plan_context(place, version)
    context["past"] = True
    return render(request, "patients/safety_plan.html", context)


def _saved_at(version) -> str:
    return dateformat.format(timezone.localtime(version.created_at), "H:i, D j M")


def _edit(request, place):
    patient = place.patient
    current = safety_plan_current(patient)
    content = current.content if current else empty_content()
    base = current.number if current else 0
    posted = request.method == "POST"
    editor = SafetyPlanEditor(
        request.POST if posted else None,
        content=content,
        base_version=base,
        country=patient.country,
    )
    stale = None
    if posted and editor.is_valid():
        try:
            version, created = safety_plan_save(
                acting_user=request.user,
                patient=patient,
                content=editor.content(),
                base_version=editor.base_version,
            )
        except StaleVersionError as error:
            stale = error.current
            # What they typed stays in the form, now based on the version saved meanwhile,
            # so sending it again after a look saves it.
            data = request.POST.copy()
            data["base_version"] = stale.number
            editor = SafetyPlanEditor(
                data, content=stale.content, base_version=stale.number, country=patient.country
            )
            editor.is_valid()
        except ValidationError as error:
            editor.add_errors(error)
        else:
            if created:
                messages.success(
                    request,
                    gettext("Safety plan saved (version %(number)d).") % {"number": version.number},
                )
            else:
                messages.info(request, gettext("Nothing had changed, so no new version was saved."))
            return redirect(place.url(""))
    context = {
        **place.context(),
        "editor": editor,
        "current": current,
        "stale": stale,
        "stale_url": place.url("_version", stale.number) if stale else "",
        "stale_at": _saved_at(stale) if stale else "",
    }
    return render(request, "patients/safety_plan_edit.html", context)


# The patient's own plan ---------------------------------------------------------------------


def _own(request) -> _Place:
    patient = safety_plan_own_patient(request.user)
    if patient is None:
        raise PermissionDenied(gettext("This page is for patients."))
    return _Place(patient, staff=False)


@patient_required
def safety_plan(request, _patient):
    return _show(request, _own(request), "patients/safety_plan.html", cacheable=True)


@patient_required
def safety_plan_print(request, _patient):
    return _show(request, _own(request), "patients/safety_plan_print.html", cacheable=True)


@patient_required
def safety_plan_edit(request, _patient):
    return _edit(request, _own(request))


@patient_required
def safety_plan_history(request, _patient):
    return _history(request, _own(request))


@patient_required
def safety_plan_version(request, _patient, number):
    return _version(request, _own(request), number)


# A patient's plan, for their care team ------------------------------------------------------


def _staff_place(request, pk, *, audit=True) -> _Place:
    return _Place(safety_plan_patient_get_for(request.user, pk, audit=audit), staff=True)


@staff_required
def staff_safety_plan(request, pk):
    return _show(request, _staff_place(request, pk), "patients/safety_plan.html", cacheable=False)


@staff_required
def staff_safety_plan_print(request, pk):
    place = _staff_place(request, pk)
    return _show(request, place, "patients/safety_plan_print.html", cacheable=False)


@staff_required
def staff_safety_plan_edit(request, pk):
    # Drawing the form shows the plan, so it is a read; a save is audited as a write.
    return _edit(request, _staff_place(request, pk, audit=request.method != "POST"))


@staff_required
def staff_safety_plan_history(request, pk):
    # Each version listed is audited; the page is not a read of the plan itself.
    return _history(request, _staff_place(request, pk, audit=False))


@staff_required
def staff_safety_plan_version(request, pk, number):
    return _version(request, _staff_place(request, pk, audit=False), number)
