"""Channel state kept apart from people: numbers that asked for no more text messages."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .phones import validate_e164


class SmsOptOut(models.Model):
    """A phone number that answered STOP (or a synonym): no text message goes to it, from
    any clinic, until it answers START. Kept by number, not by person, since the carrier
    and the provider block the number itself."""

    phone = models.CharField(_("phone"), max_length=20, unique=True, validators=[validate_e164])
    keyword = models.CharField(
        _("keyword"), max_length=20, help_text=_("What the person texted, such as STOP.")
    )
    opted_out_at = models.DateTimeField(_("opted out at"), default=timezone.now)

    class Meta:
        ordering = ["-opted_out_at"]
        verbose_name = _("text message opt-out")
        verbose_name_plural = _("text message opt-outs")

    def __str__(self):
        return f"{self.phone} ({self.keyword})"
