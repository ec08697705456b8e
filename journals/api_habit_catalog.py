"""The clinic's list of habits over the API, as the habit settings pages keep it: for
clinicians and clinic admins, who add habits and change them (or stop offering one).
Input is checked by the pages' own form and service."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from patients.api_forms import form_errors_as_400
from patients.selectors import membership_of

from . import services_habits
from .forms_habits import HabitForm
from .habits import Habit
from .selectors import can_manage_habits, habit_catalog_for, habit_get_for

FIELDS = HabitForm.Meta.fields


class CatalogHabitSerializer(serializers.ModelSerializer):
    class Meta:
        model = Habit
        fields = ["id", *FIELDS]
        read_only_fields = ["id"]


def _manager_required(user):
    if not can_manage_habits(user):
        raise PermissionDenied(_("Clinicians and clinic admins keep the list of habits."))


def _save(request, habit=None, changes=None):
    """The page's form over the habit's values with the changes on top, then the
    service; bad input is a 400 naming the field."""
    if habit is not None:
        current = {name: getattr(habit, name) for name in FIELDS}
    else:
        fields = HabitForm().fields
        current = {name: f.initial for name, f in fields.items() if f.initial is not None}
    form = HabitForm({**current, **(changes or {})}, instance=habit)
    if not form.is_valid():
        raise form_errors_as_400(form)
    if habit is not None:
        habit.refresh_from_db()
    return services_habits.habit_save(acting_user=request.user, habit=habit, **form.cleaned_data)


class HabitCatalogView(GenericAPIView):
    serializer_class = CatalogHabitSerializer

    @extend_schema(
        summary="The clinic's habits",
        description="Every habit of the clinic, offered or not, in the clinic's order. For "
        "clinicians and clinic admins; anyone else gets 403.",
        responses=CatalogHabitSerializer(many=True),
    )
    def get(self, request):
        _manager_required(request.user)
        services_habits.habit_defaults_ensure(clinic_id=membership_of(request.user).clinic_id)
        page = self.paginate_queryset(habit_catalog_for(request.user).order_by("order", "pk"))
        return self.get_paginated_response(CatalogHabitSerializer(page, many=True).data)

    @extend_schema(
        summary="Add a habit to the clinic's list",
        request=CatalogHabitSerializer,
        responses={201: CatalogHabitSerializer},
    )
    def post(self, request):
        _manager_required(request.user)
        habit = _save(request, changes=dict(request.data.items()))
        return Response(CatalogHabitSerializer(habit).data, status=status.HTTP_201_CREATED)


class HabitCatalogItemView(GenericAPIView):
    serializer_class = CatalogHabitSerializer
    pagination_class = None

    @extend_schema(summary="One of the clinic's habits", responses=CatalogHabitSerializer)
    def get(self, request, pk):
        _manager_required(request.user)
        return Response(CatalogHabitSerializer(habit_get_for(request.user, pk)).data)

    @extend_schema(
        summary="Change one of the clinic's habits",
        description="Only the fields given change; `active: false` stops offering it.",
        request=CatalogHabitSerializer(partial=True),
        responses=CatalogHabitSerializer,
    )
    def patch(self, request, pk):
        _manager_required(request.user)
        habit = habit_get_for(request.user, pk)
        habit = _save(request, habit, changes=dict(request.data.items()))
        return Response(CatalogHabitSerializer(habit).data)
