"""A patient's delivery log over the API, as the staff page of the patient shows it: every
message sent to them, its channel and outcome, for when they say they never got one."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.generics import ListAPIView

from sessions.selectors import deliveries_for

from .models import Delivery
from .selectors import patient_get_for


class DeliverySerializer(serializers.ModelSerializer):
    what = serializers.CharField(source="dedupe_key", help_text="What was sent (its key).")

    class Meta:
        model = Delivery
        fields = ["id", "at", "channel", "outcome", "detail", "attempts", "what"]
        read_only_fields = fields


@extend_schema(
    summary="A patient's delivery log",
    description="Every send to the patient, newest first, with its outcome: for their care "
    "team (the clinic's clinicians, their coach and therapist). The patient must be one the "
    "caller may see (404 otherwise); the read is audited. Other staff get an empty list.",
)
class PatientDeliveriesView(ListAPIView):
    serializer_class = DeliverySerializer

    def get_queryset(self):
        patient = patient_get_for(self.request.user, self.kwargs["pk"])
        return deliveries_for(self.request.user, patient)
