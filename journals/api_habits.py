"""The habits API over the same selectors and services as the pages: a patient picks up to
five of the clinic's habits and marks each one a day; the care team reads them."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from patients.api_fields import ObjectIdField
from patients.selectors import patient_get_for, patient_profile_of

from . import services_habits as services
from .habits import MAX_HABITS, NUMBER_CEILING, Habit, HabitGrid, PatientHabit
from .selectors import (
    habit_catalog_for,
    habit_grid_for,
    tracker_get_for,
)

DEFAULT_DAYS = 14
MAX_DAYS = 90


class HabitSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    question = serializers.CharField(source="ask", help_text="What the patient is asked.")
    kind = serializers.ChoiceField(
        choices=["yes_no", "number"], help_text="Answered yes or no, or with a number."
    )
    unit = serializers.CharField(allow_blank=True, help_text="For a number, e.g. hours.")
    max_value = serializers.DecimalField(
        max_digits=6,
        decimal_places=1,
        coerce_to_string=False,
        allow_null=True,
        help_text="For a number: the most a day can hold.",
    )


class MarkSerializer(serializers.Serializer):
    day = serializers.DateField(help_text="The patient's own calendar date.")
    done = serializers.BooleanField(allow_null=True, help_text="Yes or no; null for a number.")
    value = serializers.DecimalField(
        max_digits=6,
        decimal_places=1,
        coerce_to_string=False,
        allow_null=True,
        help_text="The number for the day; null for a yes/no habit.",
    )


class TrackedHabitSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="tracker.pk", help_text="Use it to mark or stop.")
    habit = HabitSerializer()
    started_at = serializers.DateTimeField(source="tracker.started_at")
    summary = serializers.CharField(help_text="The days shown, in words.")
    marks = serializers.SerializerMethodField()

    @extend_schema_field(MarkSerializer(many=True))
    def get_marks(self, row) -> list[dict]:
        return [
            MarkSerializer(cell.mark).data for cell in reversed(row.cells) if cell.mark is not None
        ]


class HabitTrackingSerializer(serializers.Serializer):
    today = serializers.DateField(help_text="The patient's own date now.")
    days = serializers.IntegerField(
        source="day_count", help_text="How many days, up to today, the marks cover."
    )
    summary = serializers.CharField()
    habits = TrackedHabitSerializer(source="rows", many=True)


class DaysSerializer(serializers.Serializer):
    days = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_DAYS,
        help_text=f"How many days of marks, up to today (default {DEFAULT_DAYS}).",
    )


class PickSerializer(serializers.Serializer):
    habit = ObjectIdField(help_text="The id of one of the clinic's habits (see options).")


class MarkRequestSerializer(serializers.Serializer):
    day = serializers.DateField(
        required=False,
        help_text="The patient's own date, today or up to a week before; today if left out.",
    )
    done = serializers.BooleanField(
        required=False, allow_null=True, help_text="For a yes/no habit."
    )
    value = serializers.DecimalField(
        max_digits=7,
        decimal_places=3,
        required=False,
        allow_null=True,
        min_value=0,
        max_value=NUMBER_CEILING,
        help_text="For a number habit: from 0 to its maximum, one decimal place.",
    )


class OneObjectListSchema(AutoSchema):
    """The habit list answers one object (today, the days covered, a summary and the
    habits), not an array of them."""

    def _is_list_view(self, serializer=None) -> bool:
        if getattr(self.view, "action", None) == "list":
            return False
        return super()._is_list_view(serializer)


def _days(request) -> int:
    params = DaysSerializer(data=request.query_params)
    params.is_valid(raise_exception=True)
    return params.validated_data.get("days", DEFAULT_DAYS)


def _tracking(user, patient, days: int) -> dict:
    grid: HabitGrid = habit_grid_for(user, patient, days=days, today=services.local_today(patient))
    return HabitTrackingSerializer(grid).data


def _own_patient(user):
    patient = patient_profile_of(user)
    if patient is None:
        raise PermissionDenied(
            "These are a patient's own habits; the care team reads them at "
            "/api/v1/patients/{id}/habits/."
        )
    return patient


@extend_schema_view(
    list=extend_schema(
        parameters=[DaysSerializer],
        responses=HabitTrackingSerializer,
        description="The habits the patient tracks now, each with its marks over the last "
        "`days` days of their own calendar (newest first) and a summary in words.",
    ),
    create=extend_schema(
        request=PickSerializer,
        responses={201: TrackedHabitSerializer},
        description=f"Starts tracking one of the clinic's habits, {MAX_HABITS} at most at "
        "once (a sixth is a 400 naming `habit`). Picking a habit tracked before takes up its "
        "marks again.",
    ),
    destroy=extend_schema(
        responses={204: OpenApiResponse(description="No longer tracked; the marks are kept.")},
        description="Stops tracking the habit; what was marked stays.",
    ),
)
class HabitViewSet(viewsets.GenericViewSet):
    """A patient's own habits. Staff use /api/v1/patients/{id}/habits/ instead."""

    serializer_class = TrackedHabitSerializer
    # For the schema's path parameter only: every read goes through the selectors.
    queryset = PatientHabit.objects.none()
    lookup_value_regex = r"[0-9]+"
    pagination_class = None
    schema = OneObjectListSchema()

    def _grid_row(self, tracker):
        grid = habit_grid_for(
            self.request.user,
            tracker.patient,
            days=1,
            today=services.local_today(tracker.patient),
        )
        return next(row for row in grid.rows if row.tracker.pk == tracker.pk)

    def list(self, request):
        return Response(_tracking(request.user, _own_patient(request.user), _days(request)))

    def create(self, request):
        _own_patient(request.user)
        body = PickSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            habit = habit_catalog_for(request.user).get(pk=body.validated_data["habit"])
        except Habit.DoesNotExist:
            raise serializers.ValidationError(
                {"habit": ["Choose one of your clinic's habits."]}
            ) from None
        tracker = services.habit_pick(acting_user=request.user, habit=habit)
        data = TrackedHabitSerializer(self._grid_row(tracker)).data
        return Response(data, status=status.HTTP_201_CREATED)

    def destroy(self, request, pk=None):
        _own_patient(request.user)
        tracker = tracker_get_for(request.user, pk)
        services.habit_stop(acting_user=request.user, tracker=tracker)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        request=MarkRequestSerializer,
        responses=MarkSerializer,
        description="One tap: the day's mark, `done` for a yes/no habit or `value` for a "
        "number. The day is the patient's own date (today if left out); a future day, a day "
        "more than a week back or a number out of range is a 400 naming the field. Marking "
        "a day again replaces its mark.",
    )
    @action(detail=True, methods=["post"])
    def marks(self, request, pk=None):
        _own_patient(request.user)
        tracker = tracker_get_for(request.user, pk)
        body = MarkRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        mark = services.habit_mark(acting_user=request.user, tracker=tracker, **body.validated_data)
        return Response(MarkSerializer(mark).data)

    @extend_schema(
        responses=HabitSerializer(many=True),
        description="The clinic's habits the patient may pick from.",
    )
    @action(detail=False, methods=["get"])
    def options(self, request):
        patient = _own_patient(request.user)
        services.habit_defaults_ensure(clinic_id=patient.clinic_id)
        return Response(HabitSerializer(habit_catalog_for(request.user), many=True).data)


class PatientHabitsView(APIView):
    """The care team's read of one patient's habits."""

    @extend_schema(
        parameters=[DaysSerializer],
        responses=HabitTrackingSerializer,
        description="The habits a patient tracks and their marks, for the clinic's "
        "clinicians and the patient's own coach and therapist (404 for anyone else). Each "
        "read is audited.",
    )
    def get(self, request, patient_pk):
        days = _days(request)
        patient = patient_get_for(request.user, patient_pk, audit=False)
        grid = habit_grid_for(request.user, patient, days=days, today=services.local_today(patient))
        if grid is None:
            raise Http404("No such patient.")
        return Response(HabitTrackingSerializer(grid).data)
