"""The REST API for group sessions, their places and attendance, over the same selectors
and services as the pages: who may see what is decided in groups.selectors, every write
goes through groups.services."""

from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from patients.api_fields import ObjectIdField
from patients.audit import audit_record_many
from patients.models import AuditEvent, User
from patients.selectors import patient_get_for, patient_profile_of

from . import services
from .models import Enrollment, GroupSession
from .selectors import (
    can_mark_attendance,
    can_see_roster,
    enrollment_get_for,
    group_session_get_for,
    group_session_list_for,
    own_enrollments_for,
    roster_for,
    sees_private_details,
    upcoming,
    with_waitlist_place,
)


class FacilitatorSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="display_name", read_only=True)

    class Meta:
        model = User
        fields = ["id", "name"]


class MyPlaceSerializer(serializers.ModelSerializer):
    """The requesting patient's own place."""

    waitlist_place = serializers.IntegerField(
        read_only=True, allow_null=True, help_text="1 for the first in line; null with a seat."
    )
    attendance = serializers.ChoiceField(
        choices=Enrollment.Attendance.choices,
        allow_blank=True,
        read_only=True,
        help_text="Empty until a facilitator marks it.",
    )

    class Meta:
        model = Enrollment
        fields = ["id", "status", "waitlist_place", "attendance"]
        read_only_fields = fields


class GroupSessionSerializer(serializers.ModelSerializer):
    facilitators = FacilitatorSerializer(many=True, read_only=True)
    seats_left = serializers.IntegerField(read_only=True)
    confirmed_count = serializers.IntegerField(read_only=True, help_text="Seats taken.")
    waitlist_count = serializers.IntegerField(read_only=True)
    video_url = serializers.SerializerMethodField(
        help_text="For the clinic's staff and the patients with a seat; null for others."
    )
    my_place = serializers.SerializerMethodField(
        help_text="The requesting patient's seat or waitlist place; null if none."
    )

    class Meta:
        model = GroupSession
        fields = [
            "id",
            "title",
            "topic",
            "description",
            "starts_at",
            "ends_at",
            "duration_minutes",
            "capacity",
            "seats_left",
            "confirmed_count",
            "waitlist_count",
            "place_kind",
            "room",
            "video_url",
            "status",
            "series_id",
            "facilitators",
            "my_place",
        ]
        read_only_fields = fields

    def _mine(self, obj):
        return self.context.get("my_places", {}).get(obj.pk)

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_video_url(self, obj):
        if obj.place_kind != GroupSession.PlaceKind.VIDEO:
            return None
        user = self.context["request"].user
        return obj.video_url if sees_private_details(user, obj, self._mine(obj)) else None

    @extend_schema_field(MyPlaceSerializer(allow_null=True))
    def get_my_place(self, obj):
        mine = self._mine(obj)
        return MyPlaceSerializer(mine).data if mine else None


class GroupSessionWriteSerializer(serializers.ModelSerializer):
    facilitators = serializers.PrimaryKeyRelatedField(
        many=True,
        queryset=User.objects.all(),
        required=False,
        help_text="User ids of the clinic's coaches or clinicians; the caller if left out "
        "on create.",
    )

    class Meta:
        model = GroupSession
        fields = [*GroupSession.EDITABLE_FIELDS, "facilitators"]


class GroupSessionCreateSerializer(GroupSessionWriteSerializer):
    weeks = serializers.IntegerField(
        min_value=1,
        max_value=services.MAX_WEEKS,
        default=1,
        help_text="Repeat weekly for this many weeks, this one included, at the same local "
        "time in the clinic's zone. The response is the first session; the others share "
        "its series_id.",
    )

    class Meta(GroupSessionWriteSerializer.Meta):
        fields = [*GroupSessionWriteSerializer.Meta.fields, "weeks"]


class GroupSessionFilterSerializer(serializers.Serializer):
    when = serializers.ChoiceField(
        choices=[("upcoming", "Not yet ended"), ("all", "All")],
        default="upcoming",
        help_text="Sessions not yet ended (the default), or all.",
    )
    series = serializers.UUIDField(required=False, help_text="Only the sessions of a series.")
    status = serializers.ChoiceField(choices=GroupSession.Status.choices, required=False)


class PatientRefSerializer(serializers.Serializer):
    patient = ObjectIdField(
        required=False,
        help_text="The patient's id. Staff must give it; a patient may leave it out.",
    )


class PlaceSerializer(serializers.ModelSerializer):
    """A place in a session: a seat, a waitlist place, or one given up."""

    patient = serializers.PrimaryKeyRelatedField(read_only=True)
    group_session = serializers.PrimaryKeyRelatedField(read_only=True)
    waitlist_place = serializers.IntegerField(read_only=True, allow_null=True)

    class Meta:
        model = Enrollment
        fields = ["id", "group_session", "patient", "status", "waitlist_place"]
        read_only_fields = fields


class RosterPatientSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(source="user.display_name")


class RosterEntrySerializer(serializers.ModelSerializer):
    patient = RosterPatientSerializer(read_only=True)
    waitlist_place = serializers.IntegerField(read_only=True, allow_null=True)
    attendance = serializers.ChoiceField(
        choices=Enrollment.Attendance.choices,
        allow_blank=True,
        read_only=True,
        help_text="Empty until a facilitator marks it.",
    )

    class Meta:
        model = Enrollment
        fields = [
            "id",
            "patient",
            "status",
            "waitlist_place",
            "attendance",
            "attendance_marked_at",
            "created_at",
        ]
        read_only_fields = fields


class AttendanceMarkSerializer(serializers.Serializer):
    enrollment = ObjectIdField(help_text="The roster entry's id.")
    attendance = serializers.ChoiceField(
        choices=[*Enrollment.Attendance.choices, ("", "Not marked")],
        allow_blank=True,
    )


class AttendanceSerializer(serializers.Serializer):
    marks = AttendanceMarkSerializer(many=True, allow_empty=False)


WRITE_ACTIONS = {"partial_update", "cancel"}


@extend_schema_view(
    list=extend_schema(
        parameters=[GroupSessionFilterSerializer],
        description="The group sessions of the caller's clinic, patients and staff alike. "
        "Patients see seats left and their own place, never who else is enrolled.",
    ),
    create=extend_schema(
        request=GroupSessionCreateSerializer,
        responses={201: GroupSessionSerializer},
        description="Coaches and clinicians schedule a session, or a weekly series with `weeks`.",
    ),
    partial_update=extend_schema(
        request=GroupSessionWriteSerializer,
        responses=GroupSessionSerializer,
        description="Changes one session. Enrolled and waiting patients are told of a new "
        "time or place; more capacity gives seats to the waitlist in order.",
    ),
)
class GroupSessionViewSet(viewsets.GenericViewSet):
    """Group sessions. Writes are for the clinic's coaches and clinicians; anyone else who
    may see a session gets 404 on its write actions."""

    serializer_class = GroupSessionSerializer

    def get_queryset(self):
        return group_session_list_for(self.request.user)

    def get_object(self) -> GroupSession:
        return group_session_get_for(
            self.request.user, self.kwargs["pk"], for_write=self.action in WRITE_ACTIONS
        )

    def filter_queryset(self, queryset):
        params = GroupSessionFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        data = params.validated_data
        if data["when"] == "upcoming":
            queryset = upcoming(queryset)
        if "series" in data:
            queryset = queryset.filter(series_id=data["series"])
        if "status" in data:
            queryset = queryset.filter(status=data["status"])
        return queryset

    def _represent(self, sessions, *, many=False):
        items = list(sessions) if many else [sessions]
        context = self.get_serializer_context()
        context["my_places"] = own_enrollments_for(self.request.user, [s.pk for s in items])
        return GroupSessionSerializer(sessions, many=many, context=context).data

    def _reloaded(self, group_session) -> GroupSession:
        return group_session_get_for(self.request.user, group_session.pk)

    def list(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response(self._represent(page, many=True))

    def retrieve(self, request, pk=None):
        return Response(self._represent(self.get_object()))

    def create(self, request):
        body = GroupSessionCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        fields = dict(body.validated_data)
        created = services.group_session_create(
            acting_user=request.user,
            weeks=fields.pop("weeks"),
            # A form post sends no list as an empty one: both mean "the caller".
            facilitators=fields.pop("facilitators", None) or None,
            **fields,
        )
        return Response(self._represent(self._reloaded(created[0])), status=status.HTTP_201_CREATED)

    def partial_update(self, request, pk=None):
        group_session = self.get_object()
        body = GroupSessionWriteSerializer(data=request.data, partial=True)
        body.is_valid(raise_exception=True)
        changes = dict(body.validated_data)
        group_session = services.group_session_update(
            acting_user=request.user,
            group_session=group_session,
            facilitators=changes.pop("facilitators", None),
            **changes,
        )
        return Response(self._represent(self._reloaded(group_session)))

    @extend_schema(
        request=None,
        responses=GroupSessionSerializer,
        description="Cancels a session that has not started; everyone enrolled or waiting "
        "is told in the app and by email.",
    )
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        group_session = services.group_session_cancel(
            acting_user=request.user, group_session=self.get_object()
        )
        return Response(self._represent(self._reloaded(group_session)))

    def _patient_from(self, request):
        body = PatientRefSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        if "patient" in body.validated_data:
            return patient_get_for(request.user, body.validated_data["patient"], audit=False)
        profile = patient_profile_of(request.user)
        if profile is None:
            raise serializers.ValidationError({"patient": [_("Say which patient.")]})
        return profile

    def _place(self, enrollment) -> dict:
        entry = with_waitlist_place(Enrollment.objects.filter(pk=enrollment.pk)).get()
        return PlaceSerializer(entry).data

    @extend_schema(
        request=PatientRefSerializer,
        responses={201: PlaceSerializer},
        description="A seat if one is free, else the next waitlist place. A patient enrols "
        "themself; a coach or clinician enrols a patient they may see, who is told.",
    )
    @action(detail=True, methods=["post"])
    def enroll(self, request, pk=None):
        group_session = self.get_object()
        patient = self._patient_from(request)
        if patient.user_id != request.user.pk:
            group_session = group_session_get_for(request.user, pk, for_write=True)
        enrollment = services.enrollment_create(
            acting_user=request.user, group_session=group_session, patient=patient
        )
        return Response(self._place(enrollment), status=status.HTTP_201_CREATED)

    @extend_schema(
        request=PatientRefSerializer,
        responses=PlaceSerializer,
        description="Gives up a seat or waitlist place before the session starts; a freed "
        "seat goes to the first waiting, who is told.",
    )
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        group_session = self.get_object()
        patient = self._patient_from(request)
        on_behalf = patient.user_id != request.user.pk
        if on_behalf:
            group_session = group_session_get_for(request.user, pk, for_write=True)
        enrollment = Enrollment.objects.filter(
            group_session=group_session, patient=patient, status__in=Enrollment.ACTIVE
        ).first()
        if enrollment is None:
            raise serializers.ValidationError(
                {"patient": [_("This patient has no place in this session.")]}
            )
        if on_behalf:
            enrollment = enrollment_get_for(
                request.user, group_session, enrollment.pk, for_write=True
            )
        enrollment = services.enrollment_withdraw(acting_user=request.user, enrollment=enrollment)
        return Response(self._place(enrollment))

    def _roster(self, group_session):
        entries = list(roster_for(self.request.user, group_session))
        audit_record_many(
            actor=self.request.user,
            rows=[(entry.patient, entry) for entry in entries],
            action=AuditEvent.Action.LIST,
        )
        return RosterEntrySerializer(entries, many=True).data

    @extend_schema(
        responses=RosterEntrySerializer(many=True),
        description="Seats, then the waitlist in order: everyone for the facilitators and "
        "the clinic's clinicians, a coach's own patients for other coaches.",
    )
    # A session's roster is small and read whole: one list, no pages.
    @action(detail=True, methods=["get"], pagination_class=None)
    def roster(self, request, pk=None):
        group_session = self.get_object()
        if not can_see_roster(request.user, group_session):
            raise Http404("No such group session.")
        return Response(self._roster(group_session))

    @extend_schema(
        request=AttendanceSerializer,
        responses=RosterEntrySerializer(many=True),
        description="Marks seats present, late or absent (an empty value clears). For the "
        "facilitators and the clinic's clinicians, from 30 minutes before the start.",
    )
    @action(detail=True, methods=["post"])
    def attendance(self, request, pk=None):
        group_session = self.get_object()
        if not can_mark_attendance(request.user, group_session):
            raise Http404("No such group session.")
        body = AttendanceSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.attendance_mark(
            acting_user=request.user,
            group_session=group_session,
            marks={m["enrollment"]: m["attendance"] for m in body.validated_data["marks"]},
        )
        return Response(self._roster(group_session))
