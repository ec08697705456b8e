"""How urgent safety alerts reach a staff member, over the API, as their alert settings
page keeps it: a text to their phone and notifications to their devices, besides the
inbox and email they always get. Checked by the page's own form."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.response import Response

from .api_forms import form_errors_as_400
from .api_permissions import StaffHasMFA
from .forms_channels import StaffAlertChannelsForm
from .models import SmsOptOut
from .selectors import membership_of
from .services_channels import staff_alert_channels_update

FIELDS = ("phone", "sms_urgent_alerts", "push_urgent_alerts")


class IsStaff(BasePermission):
    message = _("This is for clinic staff.")

    def has_permission(self, request, view):
        return membership_of(request.user) is not None


class AlertChannelsSerializer(serializers.Serializer):
    phone = serializers.CharField(
        allow_blank=True,
        help_text="Typed as dialled; stored and shown in E.164 (+12125550123).",
    )
    sms_urgent_alerts = serializers.BooleanField(help_text="A text names no patient.")
    push_urgent_alerts = serializers.BooleanField()
    phone_stopped = serializers.BooleanField(
        read_only=True, help_text="The number replied STOP: it gets no texts until START."
    )
    devices = serializers.IntegerField(
        read_only=True, help_text="Browsers where notifications from the app are allowed."
    )


def _settings(user) -> dict:
    membership = membership_of(user)
    stopped = bool(membership.phone) and SmsOptOut.objects.filter(phone=membership.phone).exists()
    return {
        **{name: getattr(membership, name) for name in FIELDS},
        "phone_stopped": stopped,
        "devices": user.push_subscriptions.count(),
    }


class AlertChannelsView(GenericAPIView):
    serializer_class = AlertChannelsSerializer
    pagination_class = None
    permission_classes = [IsAuthenticated, StaffHasMFA, IsStaff]

    @extend_schema(summary="How urgent alerts reach you", responses=AlertChannelsSerializer)
    def get(self, request):
        return Response(AlertChannelsSerializer(_settings(request.user)).data)

    @extend_schema(
        summary="Change how urgent alerts reach you",
        description="Only the fields given change. Texts need a phone (400 naming it).",
        request=AlertChannelsSerializer(partial=True),
        responses=AlertChannelsSerializer,
    )
    def patch(self, request):
        body = AlertChannelsSerializer(data=request.data, partial=True)
        body.is_valid(raise_exception=True)
        membership = membership_of(request.user)
        current = {name: getattr(membership, name) for name in FIELDS}
        form = StaffAlertChannelsForm({**current, **body.validated_data}, membership=membership)
        if not form.is_valid():
            raise form_errors_as_400(form)
        staff_alert_channels_update(acting_user=request.user, **form.cleaned_data)
        membership.refresh_from_db()
        return Response(AlertChannelsSerializer(_settings(request.user)).data)
