"""Habit pages: the patient's habits (pick up to five, one tap a day), and the clinic's list
kept by its clinicians and clinic admins."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from patients.selectors import membership_of
from patients.views import form_errors_into, patient_required, staff_required

from . import services_habits as services
from .forms_habits import HabitForm, HabitMarkForm, HabitPickForm
from .habits import MARK_BACK_DAYS, MAX_HABITS
from .selectors import (
    can_manage_habits,
    habit_catalog_for,
    habit_get_for,
    habit_grid_for,
    tracker_get_for,
)

GRID_DAYS = 14


def _first_error(error: ValidationError) -> str:
    return " ".join(error.messages)


def _habit_page(request, patient, *, mark_error=None, status=200):
    services.habit_defaults_ensure(clinic_id=patient.clinic_id)
    today = services.local_today(patient)
    grid = habit_grid_for(request.user, patient, days=GRID_DAYS, today=today)
    tracked = {row.habit.pk for row in grid.rows}
    context = {
        "grid": grid,
        "catalog": [habit for habit in habit_catalog_for(request.user) if habit.pk not in tracked],
        "full": len(tracked) >= MAX_HABITS,
        "max": MAX_HABITS,
        "back_days": MARK_BACK_DAYS,
        "mark_error": mark_error,
    }
    return render(request, "journals/habit_list.html", context, status=status)


@patient_required
def habit_list(request, patient):
    return _habit_page(request, patient)


@require_POST
@patient_required
def habit_pick(request, patient):
    form = HabitPickForm(request.POST, catalog=habit_catalog_for(request.user))
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["habit"]))
        return redirect("habit_list")
    try:
        tracker = services.habit_pick(acting_user=request.user, habit=form.cleaned_data["habit"])
    except ValidationError as error:
        messages.error(request, _first_error(error))
    else:
        messages.success(
            request, _("You now track %(habit)s.") % {"habit": tracker.habit.label.lower()}
        )
    return redirect("habit_list")


@require_POST
@patient_required
def habit_stop(request, patient, pk):
    tracker = tracker_get_for(request.user, pk)
    services.habit_stop(acting_user=request.user, tracker=tracker)
    messages.success(
        request,
        _("You no longer track %(habit)s. What you marked is kept.")
        % {"habit": tracker.habit.label.lower()},
    )
    return redirect("habit_list")


@require_POST
@patient_required
def habit_mark(request, patient, pk):
    """One tap. A bad number comes back on the page with the number as typed and the
    reason (400), so nothing is lost."""
    tracker = tracker_get_for(request.user, pk)
    form = HabitMarkForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(form.errors.as_data())
        mark = form.mark()
        if form.cleaned_data["clear"]:
            services.habit_mark_clear(acting_user=request.user, tracker=tracker, day=mark["day"])
            messages.success(
                request, _("%(habit)s: mark taken back.") % {"habit": tracker.habit.label}
            )
        else:
            services.habit_mark(acting_user=request.user, tracker=tracker, **mark)
            messages.success(request, _("%(habit)s: marked.") % {"habit": tracker.habit.label})
    except ValidationError as error:
        mark_error = {
            "tracker": tracker.pk,
            "message": _first_error(error),
            "value": request.POST.get("value", "")[:12],
        }
        return _habit_page(request, patient, mark_error=mark_error, status=400)
    return redirect("habit_list")


# The clinic's list ------------------------------------------------------------------------


def _manager_required(user):
    if not can_manage_habits(user):
        raise PermissionDenied(_("Clinicians and clinic admins keep the list of habits."))


@staff_required
def habit_settings(request):
    """The clinic's habits, and a form to add one."""
    _manager_required(request.user)
    services.habit_defaults_ensure(clinic_id=membership_of(request.user).clinic_id)
    form = HabitForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            habit = services.habit_save(acting_user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(
                request, _("%(habit)s added to the clinic's habits.") % {"habit": habit.name}
            )
            return redirect("habit_settings")
    context = {"habits": habit_catalog_for(request.user), "form": form}
    status = 400 if form.errors else 200
    return render(request, "journals/habit_settings.html", context, status=status)


@staff_required
def habit_edit(request, pk):
    _manager_required(request.user)
    habit = habit_get_for(request.user, pk)
    form = HabitForm(request.POST or None, instance=habit)
    if request.method == "POST" and form.is_valid():
        try:
            services.habit_save(acting_user=request.user, habit=habit, **form.cleaned_data)
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("%(habit)s saved.") % {"habit": habit.name})
            return redirect("habit_settings")
    status = 400 if form.errors else 200
    context = {"habit": habit, "form": form}
    return render(request, "journals/habit_form.html", context, status=status)
