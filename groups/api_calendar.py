"""The private calendar feed over the API, as the calendar page offers it: see the feed's
address, replace it (the old one stops working at once), or turn it off."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from patients.services import absolute_url

from . import services
from .selectors import calendar_feed_token_of


class CalendarFeedSerializer(serializers.Serializer):
    active = serializers.BooleanField(help_text="False when the feed is turned off.")
    feed_url = serializers.CharField(
        allow_null=True, help_text="The feed's address (https); anyone with it reads the feed."
    )
    webcal_url = serializers.CharField(allow_null=True, help_text="The same, for calendar apps.")
    created_at = serializers.DateTimeField(allow_null=True)


def _feed(user) -> dict:
    token = calendar_feed_token_of(user)
    if token is None:
        return {"active": False, "feed_url": None, "webcal_url": None, "created_at": None}
    url = absolute_url(reverse("calendar_feed_ics", args=[token.token]))
    return {
        "active": True,
        "feed_url": url,
        "webcal_url": "webcal://" + url.split("://", 1)[-1],
        "created_at": token.created_at,
    }


class CalendarFeedView(GenericAPIView):
    serializer_class = CalendarFeedSerializer
    pagination_class = None

    @extend_schema(summary="Your calendar feed", responses=CalendarFeedSerializer)
    def get(self, request):
        return Response(CalendarFeedSerializer(_feed(request.user)).data)

    @extend_schema(
        summary="A new calendar feed address",
        description="Makes a new secret address for the feed; any old one stops working.",
        request=None,
        responses={201: CalendarFeedSerializer},
    )
    def post(self, request):
        services.calendar_feed_token_rotate(acting_user=request.user)
        return Response(
            CalendarFeedSerializer(_feed(request.user)).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(
        summary="Turn the calendar feed off",
        description="The address stops working; a new one can be made later.",
        request=None,
        responses={204: None},
    )
    def delete(self, request):
        services.calendar_feed_token_revoke(acting_user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
