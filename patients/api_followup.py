"""Follow-up alerts in the REST API: the care team lists them, reads one, acknowledges it
and resolves it (a booster session planned, a call held, or otherwise). Who may do what
is decided in patients.selectors; every change goes through patients.followup."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.decorators import action

from . import followup
from .api import PersonSerializer
from .api_alert_lists import AlertViewSet
from .api_fields import ObjectIdField
from .models import FollowUpAlert
from .selectors import followup_alert_get_for, followup_alert_list_for
from .validators import NOTE_MAX_LENGTH


class FollowUpAlertSerializer(serializers.ModelSerializer):
    """Why follow-up is suggested, the figures behind it, and where it stands."""

    patient_name = serializers.CharField(source="patient.user.display_name", read_only=True)
    reason_display = serializers.CharField(source="get_reason_display", read_only=True)
    is_open = serializers.BooleanField(read_only=True)
    acknowledged_by = PersonSerializer(read_only=True, allow_null=True)
    resolved_by = PersonSerializer(read_only=True, allow_null=True)

    class Meta:
        model = FollowUpAlert
        fields = [
            "id",
            "patient",
            "patient_name",
            "reason",
            "reason_display",
            "detail",
            "created_at",
            "is_open",
            "acknowledged_by",
            "acknowledged_at",
            "resolved_by",
            "resolved_at",
            "resolution",
            "resolution_note",
        ]
        read_only_fields = fields


class FollowUpResolveSerializer(serializers.Serializer):
    resolution = serializers.ChoiceField(
        choices=FollowUpAlert.Resolution.choices,
        help_text="booster (a planned dosing session), call, or other (say what in the note).",
    )
    resolution_note = serializers.CharField(
        max_length=NOTE_MAX_LENGTH,
        required=False,
        allow_blank=True,
        help_text="What was agreed; required with other.",
    )


class FollowUpFilterSerializer(serializers.Serializer):
    state = serializers.ChoiceField(
        choices=["open", "unacknowledged", "resolved", "all"],
        required=False,
        default="open",
        help_text="Which alerts: open (the default), not yet acknowledged, resolved, or all.",
    )
    reason = serializers.ChoiceField(
        choices=FollowUpAlert.Reason.choices, required=False, help_text="Only this reason."
    )
    patient = ObjectIdField(required=False, help_text="Only this patient's alerts.")


@extend_schema_view(
    list=extend_schema(
        parameters=[FollowUpFilterSerializer],
        description="Follow-up alerts of the patients whose assessments the user sees: every "
        "patient of the clinic for a clinician, their own for a therapist (and a coach where "
        "the clinic lets coaches see assessments); none for others.",
    ),
    retrieve=extend_schema(description="One follow-up alert."),
)
class FollowUpAlertViewSet(AlertViewSet):
    serializer_class = FollowUpAlertSerializer
    filter_serializer_class = FollowUpFilterSerializer
    filter_lookups = {"reason": "reason", "patient": "patient_id"}

    def get_queryset(self):
        return followup_alert_list_for(self.request.user)

    def alert_get_for(self, pk, *, audit: bool) -> FollowUpAlert:
        return followup_alert_get_for(self.request.user, pk, audit=audit)

    @extend_schema(
        request=None,
        responses=FollowUpAlertSerializer,
        description="Someone on the care team is looking into it. Acknowledging it again "
        "changes nothing; a resolved alert answers 400.",
    )
    @action(detail=True, methods=["post"])
    def acknowledge(self, request, pk=None):
        alert = self.get_object()
        alert = followup.followup_alert_acknowledge(acting_user=request.user, alert=alert)
        return self._answer(alert)

    @extend_schema(
        request=FollowUpResolveSerializer,
        responses=FollowUpAlertSerializer,
        description="Closes the alert with what was done. A resolved alert answers 400.",
    )
    @action(detail=True, methods=["post"])
    def resolve(self, request, pk=None):
        alert = self.get_object()
        body = FollowUpResolveSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        alert = followup.followup_alert_resolve(
            acting_user=request.user,
            alert=alert,
            resolution=body.validated_data["resolution"],
            note=body.validated_data.get("resolution_note", ""),
        )
        return self._answer(alert)
