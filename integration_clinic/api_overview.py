"""The clinic overview over the API: the figures of the overview page (adherence by month
and by session number, PHQ-9 change by number of sessions, group attendance). Aggregates
that name no one, for clinicians and clinic admins, as the page."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response
from rest_framework.views import APIView

from groups.selectors import attendance_summary_for
from patients.selectors import membership_of
from sessions.selectors import overview_clinic_id_for

from . import overview


class AdherenceRowSerializer(serializers.Serializer):
    label = serializers.CharField()
    windows = serializers.IntegerField()
    patients = serializers.IntegerField()
    answered = serializers.IntegerField()
    missed = serializers.IntegerField()
    still_open = serializers.IntegerField()
    rate = serializers.IntegerField(
        allow_null=True, help_text="Percent answered of the closed prompts; null before any."
    )


class Phq9ChangeRowSerializer(serializers.Serializer):
    label = serializers.CharField()
    patients = serializers.IntegerField()
    mean_first = serializers.FloatField()
    mean_latest = serializers.FloatField()
    mean_change = serializers.FloatField(help_text="Negative is better.")


class AttendanceFiguresSerializer(serializers.Serializer):
    period_days = serializers.IntegerField()
    sessions_held = serializers.IntegerField()
    present = serializers.IntegerField()
    late = serializers.IntegerField()
    absent = serializers.IntegerField()
    unmarked = serializers.IntegerField()
    attendance_rate = serializers.IntegerField(allow_null=True)
    upcoming_sessions = serializers.IntegerField()
    upcoming_seats = serializers.IntegerField()
    upcoming_enrolled = serializers.IntegerField()
    upcoming_waitlisted = serializers.IntegerField()


class OverviewSerializer(serializers.Serializer):
    clinic = serializers.CharField()
    adherence_by_month = AdherenceRowSerializer(many=True)
    adherence_by_session_number = AdherenceRowSerializer(many=True)
    phq9_change_by_sessions = Phq9ChangeRowSerializer(many=True)
    attendance = AttendanceFiguresSerializer()


class OverviewView(APIView):
    @extend_schema(
        summary="The clinic overview",
        description="The clinic's figures, as the overview page shows them. For clinicians "
        "and clinic admins; anyone else gets 403.",
        responses=OverviewSerializer,
    )
    def get(self, request):
        clinic_id = overview_clinic_id_for(request.user)
        if clinic_id is None:
            raise PermissionDenied(_("The clinic overview is for clinicians and clinic admins."))
        clinic = membership_of(request.user).clinic
        data = {
            "clinic": clinic.name,
            "adherence_by_month": overview.adherence_by_month(clinic_id, zone=clinic.time_zone),
            "adherence_by_session_number": overview.adherence_by_session_number(clinic_id),
            "phq9_change_by_sessions": overview.phq9_change_by_sessions(clinic_id),
            "attendance": attendance_summary_for(request.user),
        }
        return Response(OverviewSerializer(data).data)
