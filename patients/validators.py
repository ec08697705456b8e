"""Validators every app's models share, so forms, the API and the admin refuse the same
input with the same message.

Text: no control characters. They have no meaning in anything a person types, a NUL
cannot be stored by PostgreSQL at all, and a CR or LF in a one-line field (a group's
title) breaks the line-based formats it is later written into, such as iCalendar.
Multi-line text keeps its line breaks and tabs.

Times: far dates overflow the arithmetic that schedules around them (year 9999 plus a
window is past datetime's range), so every date a person enters stays within
EARLIEST..LATEST, and a dosing or group session within a few years of now.
"""

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Text ------------------------------------------------------------------------------------

LONG_TEXT_MAX_LENGTH = 10_000
NOTE_MAX_LENGTH = 2_000
# What a patient writes in one journal entry may run longer than any other text.
JOURNAL_TEXT_MAX_LENGTH = 20_000

# C0 and C1 control characters (Unicode category Cc).
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# The same, less tab and CR LF line breaks; a CR on its own is not a line break we keep.
_CONTROL_IN_MULTILINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")


def _describe(character: str) -> str:
    names = {"\x00": "NUL", "\t": "a tab", "\n": "a line break", "\r": "a carriage return"}
    return names.get(character, f"U+{ord(character):04X}")


def validate_single_line(value):
    """One-line text: no control characters at all, line breaks and tabs included."""
    if not isinstance(value, str):
        return
    match = _ANY_CONTROL.search(value)
    if match:
        raise ValidationError(
            _("Keep this to one line, without control characters (found %(character)s)."),
            code="control_characters",
            params={"character": _describe(match.group())},
        )


def validate_multiline(value):
    """Multi-line text: line breaks and tabs, but no other control characters."""
    if not isinstance(value, str):
        return
    match = _CONTROL_IN_MULTILINE.search(value)
    if match:
        raise ValidationError(
            _(
                "This text contains a control character (%(character)s) that cannot be saved. "
                "Remove it and try again."
            ),
            code="control_characters",
            params={"character": _describe(match.group())},
        )


def long_text_validators(max_length: int = LONG_TEXT_MAX_LENGTH) -> list:
    """For a TextField: Django enforces a TextField's max_length only in forms, so the
    cap is also a validator and holds in the API, the admin and full_clean()."""
    return [validate_multiline, MaxLengthValidator(max_length)]


# Dates and times ---------------------------------------------------------------------------

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)
_EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
_LATEST = datetime(2201, 1, 1, tzinfo=UTC)

# How far a dosing or group session may be from now: records are entered late, but not
# years late, and sessions are planned months, not years, ahead.
SESSION_YEARS_BACK = 5
SESSION_YEARS_AHEAD = 2
_YEAR = timedelta(days=365.25)

_RANGE_MESSAGE = _("Enter a date between 1900 and 2200.")


def validate_sane_date(value):
    if isinstance(value, datetime):
        validate_sane_datetime(value)
    elif isinstance(value, date) and not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValidationError(_RANGE_MESSAGE, code="date_out_of_range")


def validate_sane_datetime(value):
    if not isinstance(value, datetime):
        return
    if timezone.is_naive(value):
        value = value.replace(tzinfo=UTC)
    # Comparing, unlike converting, cannot overflow near datetime.max.
    if not _EARLIEST <= value < _LATEST:
        raise ValidationError(_RANGE_MESSAGE, code="date_out_of_range")


def session_time_error(value, *, now=None, check_past=True) -> str | None:
    """Why `value` is too far from now for a dosing or group session, or None.
    `check_past=False` where the past is refused anyway, with its own message."""
    if value is None or not _EARLIEST <= value < _LATEST:
        # Out of range altogether: the field's own validator says so.
        return None
    now = now or timezone.now()
    if check_past and value < now - SESSION_YEARS_BACK * _YEAR:
        return gettext("Enter a time within the last %(years)d years.") % {
            "years": SESSION_YEARS_BACK
        }
    if value > now + SESSION_YEARS_AHEAD * _YEAR:
        return gettext("Enter a time within the next %(years)d years.") % {
            "years": SESSION_YEARS_AHEAD
        }
    return None


class TracksLoadedValues:
    """Remembers the values a row had when it was read, so clean() can hold a rule only
    for a value that is new or changed: an old record keeps validating after the rule's
    window has moved past it."""

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_values = dict(zip(field_names, values, strict=True))
        return instance

    def value_changed(self, name: str) -> bool:
        loaded = getattr(self, "_loaded_values", None)
        if loaded is None or name not in loaded:
            return True
        return loaded[name] != getattr(self, name)


# People ------------------------------------------------------------------------------------

PATIENT_WEIGHT_VALIDATORS = [
    MinValueValidator(Decimal("2"), message=_("Enter a weight of at least 2 kg.")),
    MaxValueValidator(Decimal("400"), message=_("Enter a weight of at most 400 kg.")),
]
OLDEST_AGE_YEARS = 120


def validate_date_of_birth(value):
    if not isinstance(value, date):
        return
    today = timezone.localdate()
    if value >= today:
        raise ValidationError(_("A date of birth is in the past."), code="future_birth_date")
    try:
        earliest = today.replace(year=today.year - OLDEST_AGE_YEARS)
    except ValueError:  # 29 February
        earliest = today.replace(year=today.year - OLDEST_AGE_YEARS, day=28)
    if value < earliest:
        raise ValidationError(
            _("Enter a date of birth within the last %(years)s years."),
            code="birth_date_too_early",
            params={"years": OLDEST_AGE_YEARS},
        )
