"""Phone numbers people can be reached on, stored in E.164 (+442079460958) so a tel: link
works from any phone, and read as typed: "020 7946 0958" is understood in the patient's
own country."""

import re

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# The patient's own number and their emergency contact's, on Patient.
PHONE_FIELDS = ("phone", "emergency_contact_phone")


def validate_e164(value: str) -> None:
    """For the stored value: already normalised, and a number that can be dialled."""
    if not value:
        return
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        number = None
    if (
        number is None
        or not phonenumbers.is_valid_number(number)
        or phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) != value
    ):
        raise ValidationError(
            _("Enter the number in international form, such as +44 20 7946 0958."),
            code="invalid_phone",
        )


def to_e164(raw: str, *, country: str) -> str:
    """The number as stored; "" for nothing typed. A number without a +country prefix is
    read as one of `country`'s."""
    raw = (raw or "").strip()
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, (country or "").upper() or None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _(
                "“%(number)s” is not a phone number we can dial. Give the full number, with the "
                "country code if it is not a local one, such as +44 20 7946 0958."
            )
            % {"number": raw},
            code="invalid_phone",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_phones(values: dict, *, country: str) -> dict:
    """Turns the phone fields present in `values` into E.164, in place. Returns the errors
    by field, for a form or a ValidationError."""
    errors = {}
    for field in PHONE_FIELDS:
        if field in values:
            try:
                values[field] = to_e164(values[field], country=country)
            except ValidationError as error:
                errors[field] = error.messages
    return errors


def display(value: str) -> str:
    """+442079460958 -> +44 20 7946 0958; anything unparsable is shown as stored."""
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def tel_url(number: str) -> str:
    """A tel: link for a number as people write it ("0800 111 0 111", "+1 212-555-0100")."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"tel:{'+' if number.strip().startswith('+') else ''}{digits}"


def sms_url(number: str) -> str:
    return "sms:" + tel_url(number).removeprefix("tel:")


# An alphanumeric sender id, as carriers allow it: up to 11 letters, digits and spaces,
# at least one letter.
_ALPHANUMERIC_SENDER = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}\Z")


def validate_sms_sender(value: str) -> None:
    """A clinic's text message sender: an E.164 number or an alphanumeric sender id."""
    if not value:
        return
    if value.startswith("+"):
        validate_e164(value)
        return
    if not _ALPHANUMERIC_SENDER.match(value):
        raise ValidationError(
            _(
                "Give a number in international form, such as +15005550006, or a sender "
                "name of up to 11 letters and digits."
            ),
            code="invalid_sender",
        )
