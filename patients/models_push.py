"""Web push subscriptions: one row per browser (device) a person allowed to notify them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PushSubscription(models.Model):
    """What a browser's PushManager.subscribe() returned: the push service's endpoint and the
    keys a message is encrypted with (RFC 8291). The endpoint is the device's identity: the
    same browser subscribing again updates its row. A push service that answers 404 or 410
    has forgotten the subscription, and the row is deleted (patients/push.py)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="push_subscriptions"
    )
    endpoint = models.URLField(max_length=1000, unique=True)
    # The browser's P-256 public key (65 bytes) and auth secret (16 bytes), base64url.
    p256dh = models.CharField(max_length=120)
    auth = models.CharField(max_length=60)
    device_label = models.CharField(
        _("device"),
        max_length=120,
        blank=True,
        help_text=_("From the browser, e.g. Chrome on Android."),
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self):
        return f"{self.device_label or 'Browser'} ({self.user})"

    def subscription_info(self) -> dict:
        """The shape pywebpush (and the browser's PushSubscription.toJSON()) uses."""
        return {"endpoint": self.endpoint, "keys": {"p256dh": self.p256dh, "auth": self.auth}}
