"""/api/v1/push-subscriptions/: the browsers a person receives web push on. Everyone
signed in (patients, and staff for urgent alerts) lists, adds and removes their own; no
one sees anyone else's."""

from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.response import Response

from .models_push import PushSubscription
from .push import subscription_get_for, subscription_revoke, subscription_save, subscriptions_for


class PushSubscriptionSerializer(serializers.ModelSerializer):
    class Meta:
        model = PushSubscription
        fields = ["id", "endpoint", "device_label", "created_at", "last_used_at"]
        read_only_fields = fields


class PushKeysSerializer(serializers.Serializer):
    p256dh = serializers.CharField(
        max_length=120, help_text="The browser's P-256 public key, base64url (65 bytes)."
    )
    auth = serializers.CharField(
        max_length=60, help_text="The browser's authentication secret, base64url (16 bytes)."
    )


class PushSubscribeSerializer(serializers.Serializer):
    """What the browser's PushSubscription.toJSON() gives, sent as it is."""

    endpoint = serializers.URLField(
        max_length=1000, help_text="The push service's address for this browser (https)."
    )
    expirationTime = serializers.IntegerField(  # noqa: N815 - the browser's own name
        required=False, allow_null=True, help_text="Ignored: push services say when it lapses."
    )
    keys = PushKeysSerializer()


@extend_schema_view(
    list=extend_schema(
        summary="Your devices for web push",
        description="The browsers the signed-in person receives notifications on, newest first.",
    ),
    create=extend_schema(
        summary="Turn on web push in this browser",
        description="Send the browser's PushSubscription JSON (`subscription.toJSON()`) after "
        "subscribing with the site's VAPID public key. Subscribing the same browser again "
        "updates it (200); a new one answers 201. The device label comes from the "
        "User-Agent.",
        request=PushSubscribeSerializer,
        responses={
            201: PushSubscriptionSerializer,
            200: OpenApiResponse(PushSubscriptionSerializer, description="Already known."),
        },
    ),
    retrieve=extend_schema(summary="One of your devices"),
    destroy=extend_schema(
        summary="Turn off web push on a device",
        description="No more notifications go to that browser.",
        responses={204: None},
    ),
)
class PushSubscriptionViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = PushSubscriptionSerializer
    lookup_value_regex = r"\d+"

    def get_queryset(self):
        return subscriptions_for(self.request.user)

    def get_object(self):
        return subscription_get_for(self.request.user, self.kwargs["pk"])

    def create(self, request, *args, **kwargs):
        incoming = PushSubscribeSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        subscription, created = subscription_save(
            acting_user=request.user,
            endpoint=data["endpoint"],
            p256dh=data["keys"]["p256dh"],
            auth=data["keys"]["auth"],
            user_agent=request.headers.get("User-Agent", ""),
        )
        return Response(
            PushSubscriptionSerializer(subscription).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )

    def perform_destroy(self, instance):
        subscription_revoke(acting_user=self.request.user, subscription=instance)
