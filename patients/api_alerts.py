"""Safety alerts in the REST API: the care team lists them, reads one, acknowledges it, and
(a clinician) resolves it with a note. Who may do what is decided in patients.selectors;
every change goes through patients.services."""

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.decorators import action

from . import services
from .api import PersonSerializer
from .api_alert_lists import AlertViewSet
from .api_fields import ObjectIdField
from .models import AlertContact, Patient, SafetyAlert
from .selectors import alert_get_for, alert_list_for


class AlertContactSerializer(serializers.ModelSerializer):
    """Who on the care team reached whom about the alert, and how."""

    made_by = PersonSerializer(read_only=True)
    summary = serializers.CharField(read_only=True)

    class Meta:
        model = AlertContact
        fields = ["id", "step", "method", "person", "note", "made_by", "at", "summary"]
        read_only_fields = fields


class PatientReachSerializer(serializers.ModelSerializer):
    """How the care team reaches the patient: E.164 numbers, ready for a tel: link."""

    class Meta:
        model = Patient
        fields = [
            "phone",
            "emergency_contact_name",
            "emergency_contact_relationship",
            "emergency_contact_phone",
        ]
        read_only_fields = fields


class SafetyAlertSerializer(serializers.ModelSerializer):
    """What the care team is told: the kind and a summary, never what an entry says; how
    to reach the patient; and who has reached whom so far."""

    patient_name = serializers.CharField(source="patient.user.display_name", read_only=True)
    summary = serializers.CharField(read_only=True)
    is_open = serializers.BooleanField(read_only=True)
    acknowledged_by = PersonSerializer(read_only=True, allow_null=True)
    resolved_by = PersonSerializer(read_only=True, allow_null=True)
    reach = PatientReachSerializer(source="patient", read_only=True)
    contacts = AlertContactSerializer(many=True, read_only=True)

    class Meta:
        model = SafetyAlert
        fields = [
            "id",
            "patient",
            "patient_name",
            "kind",
            "summary",
            "source_private",
            "created_at",
            "is_open",
            "acknowledged_by",
            "acknowledged_at",
            "resolved_by",
            "resolved_at",
            "resolution_note",
            "send_count",
            "last_sent_at",
            "reach",
            "contacts",
        ]
        read_only_fields = fields


class AlertContactInputSerializer(serializers.Serializer):
    """Optional on acknowledging and resolving: whom the care team reached, and how."""

    contact_method = serializers.ChoiceField(
        choices=AlertContact.Method.choices,
        required=False,
        allow_blank=True,
        help_text="How: phone, sms, email, in_person, or no_answer for a try that failed.",
    )
    contacted = serializers.ChoiceField(
        choices=AlertContact.Person.choices,
        required=False,
        allow_blank=True,
        help_text="Who: patient, emergency_contact or other. Required with contact_method.",
    )
    contact_note = serializers.CharField(
        max_length=2000, required=False, allow_blank=True, help_text="About the contact."
    )


class AlertResolveSerializer(AlertContactInputSerializer):
    resolution_note = serializers.CharField(
        max_length=5000, help_text="What was done: who reached the patient, and the plan."
    )


class AlertFilterSerializer(serializers.Serializer):
    state = serializers.ChoiceField(
        choices=["open", "unacknowledged", "resolved", "all"],
        required=False,
        default="open",
        help_text="Which alerts: open (the default), not yet acknowledged, resolved, or all.",
    )
    patient = ObjectIdField(required=False, help_text="Only this patient's alerts.")


@extend_schema_view(
    list=extend_schema(
        parameters=[AlertFilterSerializer],
        description="The alerts of the patients on the user's care team: every patient of "
        "the clinic for a clinician, their own patients for a coach; none for others.",
    ),
)
class SafetyAlertViewSet(AlertViewSet):
    serializer_class = SafetyAlertSerializer
    filter_serializer_class = AlertFilterSerializer

    def get_queryset(self):
        return alert_list_for(self.request.user).prefetch_related(
            Prefetch("contacts", queryset=AlertContact.objects.select_related("made_by"))
        )

    def alert_get_for(self, pk, *, audit: bool) -> SafetyAlert:
        return alert_get_for(self.request.user, pk, audit=audit)

    @extend_schema(
        request=AlertContactInputSerializer,
        responses=SafetyAlertSerializer,
        description="Someone on the care team has seen the alert; its re-sends stop. "
        "Acknowledging an alert acknowledged already changes nothing but for a contact it "
        "records (who was reached, and how), which is kept whoever acknowledged first.",
    )
    @action(detail=True, methods=["post"])
    def acknowledge(self, request, pk=None):
        alert = self.get_object()
        body = AlertContactInputSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        alert = services.alert_acknowledge(
            acting_user=request.user, alert=alert, **body.validated_data
        )
        return self._answer(alert)

    @extend_schema(
        request=AlertResolveSerializer,
        responses=SafetyAlertSerializer,
        description="A clinician of the clinic closes the alert, saying what was done.",
    )
    @action(detail=True, methods=["post"])
    def resolve(self, request, pk=None):
        alert = self.get_object()
        body = AlertResolveSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        alert = services.alert_resolve(acting_user=request.user, alert=alert, **body.validated_data)
        return self._answer(alert)
