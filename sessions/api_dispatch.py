"""The state of dispatch over the API, as the dispatch status page shows it: counts and
times only (no patient is named), for the clinic's admins and clinicians."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from .selectors_dispatch import dispatch_status_for


class DispatchStatusSerializer(serializers.Serializer):
    clinic = serializers.CharField(source="clinic.name")
    now = serializers.DateTimeField(source="status.now")
    due_unsent = serializers.IntegerField(
        source="status.due_unsent", help_text="Prompts due and not yet delivered."
    )
    oldest_due_at = serializers.DateTimeField(source="status.oldest_due_at", allow_null=True)
    queued = serializers.IntegerField(source="status.queued")
    emails_waiting = serializers.IntegerField(source="status.emails_waiting")
    emails_sending = serializers.IntegerField(source="status.emails_sending")
    oldest_email_at = serializers.DateTimeField(source="status.oldest_email_at", allow_null=True)
    emails_failed = serializers.IntegerField(
        source="status.emails_failed", help_text="Emails that failed in the last day."
    )


class DispatchStatusView(APIView):
    @extend_schema(
        summary="The state of dispatch",
        description="How far behind the sending of prompts and emails is at the caller's "
        "clinic. For clinic admins and clinicians; anyone else gets 403.",
        responses=DispatchStatusSerializer,
    )
    def get(self, request):
        clinic, status = dispatch_status_for(request.user)
        return Response(DispatchStatusSerializer({"clinic": clinic, "status": status}).data)
