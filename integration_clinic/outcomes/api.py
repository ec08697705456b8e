"""The outcome figures over the API: the same groups and numbers as the page."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response
from rest_framework.views import APIView

from patients.validators import validate_sane_date

from .access import audit_outcomes_read, outcomes_clinic_for
from .figures import clinic_outcomes


class OutcomeFilterSerializer(serializers.Serializer):
    start = serializers.DateField(
        required=False,
        validators=[validate_sane_date],
        help_text="Patients whose first dose was on this day (clinic's zone) or later.",
    )
    end = serializers.DateField(
        required=False,
        validators=[validate_sane_date],
        help_text="Patients whose first dose was on this day (clinic's zone) or earlier.",
    )

    def validate(self, data):
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise serializers.ValidationError(
                {"end": _("Choose a day on or after the first day of the range.")}
            )
        return data


class OutcomeGroupSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="q1-q4, a number of sessions, a program's name.")
    label = serializers.CharField()
    patients = serializers.IntegerField()
    adherence_low = serializers.IntegerField(
        allow_null=True, help_text="Lowest share of prompts answered in the group, percent."
    )
    adherence_high = serializers.IntegerField(allow_null=True)
    median_adherence = serializers.IntegerField(
        allow_null=True, help_text="Median share of prompts answered in the group, percent."
    )
    median_change = serializers.FloatField(
        allow_null=True, help_text="Median of latest minus baseline PHQ-9 (negative is better)."
    )
    responders = serializers.IntegerField(help_text="PHQ-9 down by half of baseline or more.")
    response_rate = serializers.IntegerField(allow_null=True, help_text="Percent.")
    remitters = serializers.IntegerField(help_text="Latest PHQ-9 below 5.")
    remission_rate = serializers.IntegerField(allow_null=True, help_text="Percent.")


class OutcomesSerializer(serializers.Serializer):
    clinic = serializers.CharField()
    start = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True)
    patients_treated = serializers.IntegerField(help_text="Patients with a completed dose.")
    with_change = serializers.IntegerField(
        help_text="Of them, those with a PHQ-9 at or before their first dose and one since."
    )
    overall = OutcomeGroupSerializer()
    by_adherence = OutcomeGroupSerializer(many=True, help_text="Adherence quartiles, lowest first.")
    by_sessions = OutcomeGroupSerializer(many=True)
    by_program = OutcomeGroupSerializer(many=True)


class OutcomesView(APIView):
    """Adherence set against PHQ-9 change over the clinic's patients: by adherence
    quartile, by number of sessions and by program. Aggregates that name no one, for
    clinicians and clinic admins; each read is audited. Baseline is the latest PHQ-9 at or
    before the end of the first dose; the outcome the latest one since."""

    @extend_schema(
        operation_id="outcomes",
        parameters=[OutcomeFilterSerializer],
        responses=OutcomesSerializer,
    )
    def get(self, request):
        clinic = outcomes_clinic_for(request.user)
        if clinic is None:
            raise PermissionDenied(_("Outcomes are for clinicians and clinic admins."))
        params = OutcomeFilterSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        start, end = params.validated_data.get("start"), params.validated_data.get("end")
        outcomes = clinic_outcomes(clinic.pk, zone=clinic.time_zone, start=start, end=end)
        audit_outcomes_read(request.user, clinic)
        data = {
            "clinic": clinic.name,
            "start": start,
            "end": end,
            "patients_treated": outcomes.patients_treated,
            "with_change": outcomes.with_change,
            "overall": outcomes.overall.as_dict(),
            "by_adherence": [g.as_dict() for g in outcomes.by_adherence if g.rows],
            "by_sessions": [g.as_dict() for g in outcomes.by_sessions],
            "by_program": [g.as_dict() for g in outcomes.by_program],
        }
        return Response(OutcomesSerializer(data).data)
