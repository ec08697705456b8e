"""The audit trail over the API: clinic admins read their clinic's rows, filtered by
patient, actor, action and time. Read only: rows are never changed or deleted."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied
from rest_framework.generics import ListAPIView

from .api_fields import ObjectIdField
from .models import AuditEvent
from .selectors import audit_event_list_for


class AuditPersonSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(source="display_name")


class AuditEventSerializer(serializers.ModelSerializer):
    actor = AuditPersonSerializer(read_only=True)
    patient = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True, help_text="The patient whose record it was."
    )
    patient_name = serializers.SerializerMethodField()

    class Meta:
        model = AuditEvent
        fields = [
            "id",
            "at",
            "actor",
            "patient",
            "patient_name",
            "action",
            "object_type",
            "object_id",
            "request_id",
            "client_ip",
        ]
        read_only_fields = fields

    def get_patient_name(self, obj) -> str | None:
        return obj.patient.user.display_name if obj.patient_id else None


class AuditFilterSerializer(serializers.Serializer):
    patient = ObjectIdField(required=False, help_text="Only rows about this patient.")
    actor = ObjectIdField(required=False, help_text="Only rows by this user.")
    action = serializers.ChoiceField(choices=AuditEvent.Action.choices, required=False)
    since = serializers.DateTimeField(required=False, help_text="At or after this instant.")
    until = serializers.DateTimeField(required=False, help_text="Before this instant.")

    def validate(self, attrs):
        if "since" in attrs and "until" in attrs and attrs["since"] >= attrs["until"]:
            raise serializers.ValidationError({"until": [_("Give an end after the start.")]})
        return attrs


FILTER_LOOKUPS = {
    "patient": "patient_id",
    "actor": "actor_id",
    "action": "action",
    "since": "at__gte",
    "until": "at__lt",
}


@extend_schema(
    summary="The clinic's audit trail",
    description="Every staff read and write of health data at the caller's clinic, newest "
    "first: who, whose record, what, which object, when, from which request. For clinic "
    "admins; anyone else gets 403.",
    parameters=[AuditFilterSerializer],
)
class AuditEventListView(ListAPIView):
    serializer_class = AuditEventSerializer

    def get_queryset(self):
        events = audit_event_list_for(self.request.user)
        if events is None:
            raise PermissionDenied(_("The audit trail is for clinic admins."))
        params = AuditFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        lookups = {FILTER_LOOKUPS[name]: value for name, value in params.validated_data.items()}
        return events.filter(**lookups).order_by("-at", "-pk")
