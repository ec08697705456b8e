"""API tokens that die.

A token is made for one device, kept only as a SHA-512 digest (django-rest-knox) and shown
once. It expires after its time to live, and every token of a person dies at once when the
ground it was issued on changes: their password (changed, reset, or set by any path), their
two-factor authenticators, their account being deactivated, and their place at a clinic
(a staff membership made, moved to another role or clinic, or removed). Staff get a token only
with an authenticator app set up.

The receivers below listen to the models and to allauth, so the admin, management commands
and allauth's own pages all revoke alike.
"""

import logging
from datetime import timedelta

from allauth.account.signals import password_changed, password_reset, password_set
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added, authenticator_removed, authenticator_reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from knox.settings import knox_settings

from .audit import audit_record
from .models import ApiToken, AuditEvent, StaffMembership
from .selectors import user_is_staff

logger = logging.getLogger(__name__)

AUDITED_AS = ApiToken._meta.label_lower


def staff_without_mfa(user) -> bool:
    """Stricter than the middleware's check, which the local demo can switch off: a token
    outlives the browser session it was made in, so staff need an authenticator app for one
    wherever the app runs."""
    if not user_is_staff(user):
        return False
    return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def api_token_ttl_for(user) -> timedelta:
    return settings.API_TOKEN_TTL_STAFF if user_is_staff(user) else knox_settings.TOKEN_TTL


def api_token_ttl_label(ttl: timedelta) -> str:
    if ttl.days and not ttl.seconds:
        return ngettext("%(count)d day", "%(count)d days", ttl.days) % {"count": ttl.days}
    hours = round(ttl.total_seconds() / 3600)
    return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}


def api_token_list_for(user) -> QuerySet[ApiToken]:
    """The user's own tokens that still work, newest first."""
    return ApiToken.objects.filter(user=user).filter(
        Q(expiry__isnull=True) | Q(expiry__gt=timezone.now())
    )


def _checked_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(
            {"name": gettext("Name the device or program that will hold the token.")}
        )
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise ValidationError({"name": gettext("Use letters, digits and punctuation only.")})
    if len(name) > ApiToken._meta.get_field("name").max_length:
        raise ValidationError({"name": gettext("Keep the name under 100 characters.")})
    return name


@transaction.atomic
def api_token_create(*, acting_user, name: str) -> tuple[ApiToken, str]:
    """A new token for one of the user's devices: the row and the token itself, which
    exists nowhere else and must be shown to the user now."""
    name = _checked_name(name)
    if staff_without_mfa(acting_user):
        raise ValidationError(
            gettext("Set up two-factor authentication before making an API token.")
        )
    # Locks the user's row so two quick submissions cannot both pass the limit.
    get_user_model().objects.select_for_update().filter(pk=acting_user.pk).first()
    ApiToken.objects.filter(user=acting_user, expiry__lte=timezone.now()).delete()
    if ApiToken.objects.filter(user=acting_user).count() >= settings.API_TOKENS_PER_USER:
        raise ValidationError(
            gettext("You have %(count)d tokens already: revoke one you no longer use first.")
            % {"count": settings.API_TOKENS_PER_USER}
        )
    token, plain = ApiToken.objects.create(
        user=acting_user, expiry=api_token_ttl_for(acting_user), name=name
    )
    audit_record(
        actor=acting_user,
        patient=None,
        action=AuditEvent.Action.CREATE,
        object_type=AUDITED_AS,
    )
    return token, plain


@transaction.atomic
def api_token_revoke(*, acting_user, token_key: str) -> int:
    """Revokes one of the user's own tokens, named by the first characters the page
    shows; another person's token is never touched. Returns how many went."""
    deleted, _ = ApiToken.objects.filter(user=acting_user, token_key=token_key).delete()
    if deleted:
        audit_record(
            actor=acting_user,
            patient=None,
            action=AuditEvent.Action.DELETE,
            object_type=AUDITED_AS,
        )
    return deleted


def api_tokens_revoke_all(*, user_id: int, reason: str) -> int:
    """Every token of the user dies, in the transaction of the change that caused it, so
    a change that rolls back keeps them."""
    deleted, _ = ApiToken.objects.filter(user_id=user_id).delete()
    if deleted:
        logger.info("API tokens revoked", extra={"user_id": user_id, "reason": reason})
    return deleted


# Password and activation: any path that saves a new hash or deactivates the account.
# Comparing the stored hash also catches set_unusable_password and a hash written
# directly; a hash upgraded at login revokes too, which errs on the safe side.

_CREDENTIAL_FIELDS = {"password", "is_active"}


def _note_credential_change(sender, instance, raw=False, update_fields=None, **kwargs):
    instance._api_tokens_revoke_reason = None
    if raw or instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and not _CREDENTIAL_FIELDS & set(update_fields):
        return
    stored = sender.objects.filter(pk=instance.pk).values("password", "is_active").first()
    if stored is None:
        return
    if stored["password"] != instance.password:
        instance._api_tokens_revoke_reason = "password changed"
    elif stored["is_active"] and not instance.is_active:
        instance._api_tokens_revoke_reason = "account deactivated"


def _revoke_on_credential_change(sender, instance, raw=False, **kwargs):
    reason = getattr(instance, "_api_tokens_revoke_reason", None)
    if reason and not raw:
        instance._api_tokens_revoke_reason = None
        api_tokens_revoke_all(user_id=instance.pk, reason=reason)


def _revoke_on_allauth_password(sender, request=None, user=None, **kwargs):
    if user is not None and user.pk is not None:
        api_tokens_revoke_all(user_id=user.pk, reason="password changed")


# Two-factor authentication: allauth's signals for its pages; the model's own for the
# admin and anything else that adds or deletes an authenticator. Saving an existing one
# (allauth does so at every use) is not a change.


def _revoke_on_mfa_signal(sender, request=None, user=None, **kwargs):
    if user is not None and user.pk is not None:
        api_tokens_revoke_all(user_id=user.pk, reason="two-factor authentication changed")


def _revoke_on_authenticator_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        api_tokens_revoke_all(user_id=instance.user_id, reason="authenticator added")


def _revoke_on_authenticator_deleted(sender, instance, **kwargs):
    api_tokens_revoke_all(user_id=instance.user_id, reason="authenticator removed")


# A place at a clinic: a token made as a patient must not gain staff reach, and one made
# as staff must not keep it after a move or a removal.


def _note_membership_change(sender, instance, raw=False, **kwargs):
    instance._api_tokens_revoke_reason = None
    if raw:
        return
    if instance._state.adding or instance.pk is None:
        instance._api_tokens_revoke_reason = "joined a clinic as staff"
        return
    stored = sender.objects.filter(pk=instance.pk).values("role", "clinic_id", "user_id").first()
    if stored is None or stored != {
        "role": instance.role,
        "clinic_id": instance.clinic_id,
        "user_id": instance.user_id,
    }:
        instance._api_tokens_revoke_reason = "clinic role changed"
        if stored is not None and stored["user_id"] != instance.user_id:
            api_tokens_revoke_all(user_id=stored["user_id"], reason="removed from the clinic")


def _revoke_on_membership_saved(sender, instance, raw=False, **kwargs):
    reason = getattr(instance, "_api_tokens_revoke_reason", None)
    if reason and not raw:
        instance._api_tokens_revoke_reason = None
        api_tokens_revoke_all(user_id=instance.user_id, reason=reason)


def _revoke_on_membership_deleted(sender, instance, **kwargs):
    api_tokens_revoke_all(user_id=instance.user_id, reason="removed from the clinic")


def connect_receivers() -> None:
    """Called once from PatientsConfig.ready()."""
    user_model = get_user_model()
    uid = "patients.tokens"
    pre_save.connect(_note_credential_change, sender=user_model, dispatch_uid=f"{uid}.user_pre")
    post_save.connect(
        _revoke_on_credential_change, sender=user_model, dispatch_uid=f"{uid}.user_post"
    )
    for signal, name in (
        (password_changed, "changed"),
        (password_set, "set"),
        (password_reset, "reset"),
    ):
        signal.connect(_revoke_on_allauth_password, dispatch_uid=f"{uid}.password_{name}")
    for signal, name in (
        (authenticator_added, "added"),
        (authenticator_removed, "removed"),
        (authenticator_reset, "reset"),
    ):
        signal.connect(_revoke_on_mfa_signal, dispatch_uid=f"{uid}.mfa_{name}")
    post_save.connect(
        _revoke_on_authenticator_saved, sender=Authenticator, dispatch_uid=f"{uid}.mfa_saved"
    )
    post_delete.connect(
        _revoke_on_authenticator_deleted, sender=Authenticator, dispatch_uid=f"{uid}.mfa_deleted"
    )
    pre_save.connect(
        _note_membership_change, sender=StaffMembership, dispatch_uid=f"{uid}.staff_pre"
    )
    post_save.connect(
        _revoke_on_membership_saved, sender=StaffMembership, dispatch_uid=f"{uid}.staff_post"
    )
    post_delete.connect(
        _revoke_on_membership_deleted, sender=StaffMembership, dispatch_uid=f"{uid}.staff_del"
    )
