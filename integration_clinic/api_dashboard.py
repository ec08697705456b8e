"""The care team's dashboard rows as JSON: the same rows, filters, sorts and query count as
the page (integration_clinic/dashboard.py)."""

from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied
from rest_framework.generics import GenericAPIView

from patients.audit import audit_record_many
from patients.models import AuditEvent

from . import dashboard


class DashboardRowSerializer(serializers.Serializer):
    patient = serializers.IntegerField(source="patient.pk")
    name = serializers.CharField(source="patient.user.display_name")
    open_alerts = serializers.IntegerField(help_text="Safety alerts not yet resolved.")
    unacknowledged_alerts = serializers.IntegerField()
    open_followups = serializers.IntegerField(
        help_text="Follow-up (relapse) alerts not yet resolved: not urgent, and not "
        "counted in open_alerts, which are safety alerts."
    )
    last_session = serializers.IntegerField(source="last_session_id", allow_null=True)
    last_session_started_at = serializers.DateTimeField(allow_null=True)
    last_session_ended_at = serializers.DateTimeField(allow_null=True)
    window_ends_at = serializers.DateTimeField(
        allow_null=True,
        help_text="When the latest window closes: the session's end plus its program's "
        "window hours. Some prompts may stay open a while after.",
    )
    in_window = serializers.BooleanField()
    window_day = serializers.IntegerField(allow_null=True, help_text="Day N of the window…")
    window_days = serializers.IntegerField(allow_null=True, help_text="…of M days.")
    prompts_due = serializers.IntegerField(
        help_text="Prompts of the latest window that reached the patient: answered, missed "
        "or still open (not skipped, superseded or withdrawn ones)."
    )
    prompts_answered = serializers.IntegerField()
    prompts_open = serializers.IntegerField(help_text="Sent and still answerable.")
    mood = serializers.IntegerField(allow_null=True, help_text="Latest shared mood, 1-10.")
    previous_mood = serializers.IntegerField(allow_null=True)
    mood_trend = serializers.ChoiceField(choices=["up", "down", "same", ""])
    phq9 = serializers.IntegerField(
        allow_null=True,
        help_text="Latest PHQ-9 total; null for viewers who may not see assessments.",
    )
    phq9_band = serializers.CharField()
    phq9_first = serializers.IntegerField(allow_null=True)
    phq9_change = serializers.IntegerField(allow_null=True, help_text="Latest minus first.")


class DashboardFilterSerializer(serializers.Serializer):
    show = serializers.ChoiceField(choices=dashboard.SHOW_CHOICES, required=False, default="all")
    sort = serializers.ChoiceField(
        choices=[value for key, _label in dashboard.SORT_CHOICES for value in (key, f"-{key}")],
        required=False,
        default="name",
        help_text="name, session (latest first), phq9 (highest first) or mood (lowest "
        "first); a leading '-' reverses. Patients with open alerts always come first.",
    )


class DashboardView(GenericAPIView):
    """Clinicians: the clinic's patients; coaches: their care team, without assessments
    unless the clinic lets coaches see them. Paginated by 50."""

    serializer_class = DashboardRowSerializer

    def get_queryset(self):
        return dashboard.dashboard_patients(self.request.user)

    @extend_schema(
        parameters=[DashboardFilterSerializer], responses=DashboardRowSerializer(many=True)
    )
    def get(self, request):
        if not dashboard.can_see_dashboard(request.user):
            raise PermissionDenied("The dashboard is for clinicians and coaches.")
        params = DashboardFilterSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        now = timezone.now()
        patients = dashboard.dashboard_patients(request.user, now=now, **params.validated_data)
        page = self.paginate_queryset(patients)
        rows = dashboard.dashboard_rows(request.user, page, now=now)
        audit_record_many(
            actor=request.user,
            rows=[(row.patient, row.patient) for row in rows],
            action=AuditEvent.Action.LIST,
        )
        return self.get_paginated_response(DashboardRowSerializer(rows, many=True).data)
