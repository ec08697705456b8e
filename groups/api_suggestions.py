"""Inviting patients to groups over the API, as the staff pages do: the patients to
invite to a session (those in their integration window first), an invitation, and the
other way round, times for a group where three or more patients' windows overlap, with a
group scheduled from one in one call. Who is named follows groups.selectors."""

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from patients.api_fields import ObjectIdField
from patients.audit import audit_record_many
from patients.models import AuditEvent
from patients.selectors import membership_of, patient_get_for

from . import services
from .api import GroupSessionSerializer
from .forms_suggestions import place_errors
from .models import GroupSession
from .selectors import (
    can_manage_groups,
    group_session_get_for,
    group_time_suggestions_for,
    invite_suggestions_for,
    own_enrollments_for,
)
from .services_suggestions import group_session_from_suggestion
from .suggestions import DURATION_MINUTES


class SuggestedPatientSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    name = serializers.CharField(source="user.display_name")


class InviteSuggestionSerializer(serializers.Serializer):
    patient = SuggestedPatientSerializer()
    in_window = serializers.BooleanField(
        help_text="Whether the patient's integration window overlaps the session."
    )
    window_ends_at = serializers.DateTimeField(
        allow_null=True, help_text="When that window closes; null when not in one."
    )


class InviteSerializer(serializers.Serializer):
    patient = ObjectIdField(help_text="The patient's id.")


class InviteResultSerializer(serializers.Serializer):
    patient = serializers.IntegerField()
    sent = serializers.BooleanField(
        help_text="False when the patient had been invited to this session already."
    )


def _audit_named(user, patients):
    # Naming a patient is itself health data: every one listed is recorded.
    audit_record_many(
        actor=user, rows=[(patient, patient) for patient in patients], action=AuditEvent.Action.LIST
    )


class InviteSuggestionsView(GenericAPIView):
    serializer_class = InviteSuggestionSerializer
    pagination_class = None

    @extend_schema(
        summary="Patients to invite to a group session",
        description="The patients the caller may enrol who have no place yet: first those "
        "whose integration window overlaps the session (soonest closing first), then the "
        "rest by name. Empty once the session has started or is cancelled. For the clinic's "
        "coaches and clinicians (404 for anyone else); audited.",
        responses=InviteSuggestionSerializer(many=True),
    )
    def get(self, request, pk):
        group_session = group_session_get_for(request.user, pk, for_write=True)
        is_open = (
            group_session.status == GroupSession.Status.SCHEDULED
            and group_session.starts_at > timezone.now()
        )
        suggestions = invite_suggestions_for(request.user, group_session) if is_open else []
        _audit_named(request.user, [s.patient for s in suggestions])
        return Response(InviteSuggestionSerializer(suggestions, many=True).data)


class GroupInviteView(GenericAPIView):
    serializer_class = InviteSerializer
    pagination_class = None

    @extend_schema(
        summary="Invite a patient to a group session",
        description="Tells the patient in the app and by email, once per session; they "
        "take a seat themself if they want one. For the clinic's coaches and clinicians, "
        "and patients they may see; 400 when the patient has a place already or the session "
        "is closed.",
        request=InviteSerializer,
        responses={200: InviteResultSerializer},
    )
    def post(self, request, pk):
        group_session = group_session_get_for(request.user, pk, for_write=True)
        body = InviteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        patient = patient_get_for(request.user, body.validated_data["patient"], audit=False)
        sent = services.group_invitation_send(
            acting_user=request.user, group_session=group_session, patient=patient
        )
        return Response({"patient": patient.pk, "sent": sent})


class GroupTimeSuggestionSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="Names the suggestion when scheduling it.")
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    overlap_starts_at = serializers.DateTimeField(
        help_text="Where the patients' windows start to overlap."
    )
    overlap_ends_at = serializers.DateTimeField()
    patients = SuggestedPatientSerializer(many=True, help_text="Who would be invited.")
    awake = serializers.IntegerField(
        help_text="How many of them are outside their quiet hours for the whole session."
    )


class GroupFromSuggestionSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=120, required=False, allow_blank=True)
    place_kind = serializers.ChoiceField(
        choices=GroupSession.PlaceKind.choices, default=GroupSession.PlaceKind.ROOM
    )
    room = serializers.CharField(max_length=120, required=False, allow_blank=True, default="")
    video_url = serializers.URLField(required=False, allow_blank=True, default="")


class GroupFromSuggestionResultSerializer(serializers.Serializer):
    group_session = GroupSessionSerializer()
    invited = serializers.ListField(
        child=serializers.IntegerField(), help_text="The ids of the patients invited."
    )


def _require_manager(user):
    membership = membership_of(user)
    if membership is None or not can_manage_groups(user, membership.clinic_id):
        raise PermissionDenied(_("Only the clinic's coaches and clinicians schedule groups."))


class GroupTimeSuggestionsView(GenericAPIView):
    serializer_class = GroupTimeSuggestionSerializer
    pagination_class = None

    @extend_schema(
        summary="Suggested group times",
        description="Where three or more of the caller's patients share an integration "
        f"window in the next two weeks: a {DURATION_MINUTES}-minute group time inside the "
        "overlap, between 10:00 and 19:00 in the clinic's zone, when most of them are "
        "outside their quiet hours, unless a group of the clinic already meets then. For "
        "the clinic's coaches and clinicians (403 for anyone else); audited.",
        responses=GroupTimeSuggestionSerializer(many=True),
    )
    def get(self, request):
        _require_manager(request.user)
        suggestions = group_time_suggestions_for(request.user)
        _audit_named(request.user, [p for s in suggestions for p in s.patients])
        return Response(GroupTimeSuggestionSerializer(suggestions, many=True).data)


class GroupFromSuggestionView(GenericAPIView):
    serializer_class = GroupFromSuggestionSerializer
    pagination_class = None

    @extend_schema(
        summary="Schedule a suggested group",
        description="Schedules the group at the suggested time and invites each patient "
        "the suggestion names. 404 when the key no longer names a suggestion (a group "
        "was scheduled then, or the windows moved).",
        request=GroupFromSuggestionSerializer,
        responses={
            201: GroupFromSuggestionResultSerializer,
            404: OpenApiResponse(description="No such suggestion now."),
        },
    )
    def post(self, request, key):
        _require_manager(request.user)
        body = GroupFromSuggestionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        # The page's own rules for the place.
        missing = place_errors(body.validated_data)
        if missing:
            raise serializers.ValidationError(
                {field: [str(message)] for field, message in missing.items()}
            )
        group_session, invited = group_session_from_suggestion(
            acting_user=request.user, key=key, **body.validated_data
        )
        context = self.get_serializer_context()
        context["my_places"] = own_enrollments_for(request.user, [group_session.pk])
        data = {
            "group_session": GroupSessionSerializer(
                group_session_get_for(request.user, group_session.pk), context=context
            ).data,
            "invited": [patient.pk for patient in invited],
        }
        return Response(data, status=status.HTTP_201_CREATED)
