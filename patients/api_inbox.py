"""The in-app inbox over the API: the signed-in person's own notifications, as the Inbox
page lists them, and marking one read. Everyone has an inbox (patients and staff); no
one reads another's."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView, ListAPIView
from rest_framework.response import Response

from . import services
from .models import Notification


class NotificationSerializer(serializers.ModelSerializer):
    read = serializers.SerializerMethodField(help_text="Whether it has been marked read.")

    class Meta:
        model = Notification
        fields = ["id", "title", "body", "url", "urgent", "created_at", "read_at", "read"]
        read_only_fields = fields

    def get_read(self, obj) -> bool:
        return obj.read_at is not None


class InboxFilterSerializer(serializers.Serializer):
    unread = serializers.BooleanField(
        required=False, default=None, allow_null=True, help_text="true: only the unread ones."
    )


@extend_schema(
    summary="Your inbox",
    description="The signed-in person's notifications, newest first, as the Inbox page lists them.",
    parameters=[InboxFilterSerializer],
)
class InboxView(ListAPIView):
    serializer_class = NotificationSerializer

    def get_queryset(self):
        params = InboxFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        notifications = self.request.user.notifications.all()
        if params.validated_data.get("unread"):
            notifications = notifications.filter(read_at=None)
        return notifications


class InboxReadView(GenericAPIView):
    serializer_class = NotificationSerializer
    pagination_class = None

    def get_queryset(self):
        return self.request.user.notifications.all()

    @extend_schema(
        summary="Mark a notification read",
        request=None,
        responses={
            200: NotificationSerializer,
            404: OpenApiResponse(description="Not one of the caller's notifications."),
        },
        description="Marking one already read changes nothing.",
    )
    def post(self, request, pk):
        notification = self.get_object()
        services.notification_mark_read(user=request.user, notification_id=notification.pk)
        notification.refresh_from_db()
        return Response(NotificationSerializer(notification).data)
