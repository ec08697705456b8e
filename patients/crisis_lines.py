"""The crisis help a person is shown: the crisis lines of their country, their clinic's own
lines first, and the number to call in an emergency.

`crisis_help_for(patient)` is what the crisis screen, the page footer, emails and the API
show. No one outside the United States and Canada is told to call 988: lines come from the
patient's country only, and a country with no line listed gets its emergency number and a
word to ask the care team, never another country's line.
"""

from django.db.models import Q
from django.utils.translation import get_language, gettext, gettext_noop

from .crisis_seed import seed_rows
from .models import CrisisLine
from .phones import sms_url, tel_url
from .zones import country_name

MESSAGE = gettext_noop(
    "If you are thinking about suicide or hurting yourself, you do not have to go through it "
    "alone. Your care team has been told a flag was raised."
)
NO_LOCAL_LINE = gettext_noop(
    "We have no crisis line listed for %(country)s yet: ask your care team for one near you."
)
# How each language is named in CrisisLine.languages, which is free text.
LANGUAGE_NAMES = {"en": ("english", "inglés"), "es": ("spanish", "español", "espanol")}


def _unknown_emergency() -> CrisisLine:
    """Where we know no emergency number: 112 is the one most mobile phones route to
    emergency services the world over, and the words put the local number first."""
    return CrisisLine(
        kind=CrisisLine.Kind.EMERGENCY,
        name=gettext_noop("Emergency services"),
        description=gettext_noop(
            "In danger now? Call your local emergency number or go to the nearest "
            "emergency department. From most mobile phones, 112 reaches emergency services too."
        ),
        phone="112",
    )


def crisis_help_for(patient) -> dict:
    """The crisis help for a patient: their country's lines, their clinic's first."""
    return crisis_help(patient.country, clinic_id=patient.clinic_id)


def crisis_help_for_clinic(clinic) -> dict:
    """For someone not yet a patient (an invitation): the clinic's country."""
    return crisis_help(clinic.country, clinic_id=clinic.pk)


def crisis_help(country: str, *, clinic_id=None, language: str | None = None) -> dict:
    """{"message", "country", "country_name", "emergency", "resources", "has_local_lines"}.
    `resources` holds the crisis lines and then the emergency number, each as {"name",
    "description", "call" (a tel: link), "text" (an sms: link or None), ...}. One query.

    Texts are in the active language (the reader's: pages and emails run under it), and
    the lines that answer in `language` (the active one unless given) come first."""
    country = (country or "").upper()
    lines, emergency = _lines_and_emergency(country, clinic_id)
    lines = _speaking_first(lines, language or get_language() or "en")
    emergency = emergency or _unknown_emergency()
    name = country_name(country)
    message = gettext(MESSAGE)
    if not lines:
        message = f"{message} {gettext(NO_LOCAL_LINE) % {'country': name}}"
    return {
        "message": message,
        "country": country,
        "country_name": name,
        "has_local_lines": bool(lines),
        "emergency": _resource(emergency),
        "resources": [_resource(line) for line in lines] + [_resource(emergency)],
    }


def _lines_and_emergency(country: str, clinic_id) -> tuple[list, CrisisLine | None]:
    rows = list(
        CrisisLine.objects.filter(country=country, active=True).filter(
            Q(clinic__isnull=True) | Q(clinic_id=clinic_id)
        )
    )
    if not any(row.clinic_id is None for row in rows) and _table_unseeded():
        rows += [CrisisLine(**row) for row in seed_rows() if row["country"] == country]
    own = [row for row in rows if row.clinic_id is not None]
    replaced = {row.replaces_id for row in own if row.replaces_id}
    national = [row for row in rows if row.clinic_id is None and row.pk not in replaced]

    def by_order(row):
        return (row.ordering, row.name)

    emergency = [row for row in own if row.kind == CrisisLine.Kind.EMERGENCY] or [
        row for row in national if row.kind == CrisisLine.Kind.EMERGENCY
    ]
    lines = sorted((row for row in own if row.kind == CrisisLine.Kind.CRISIS_LINE), key=by_order)
    lines += sorted(
        (row for row in national if row.kind == CrisisLine.Kind.CRISIS_LINE), key=by_order
    )
    return lines, (emergency[0] if emergency else None)


def _speaking_first(lines: list, language: str) -> list:
    """The lines that name the reader's language among theirs first, each group in its own
    order; a line that names no languages is taken to speak the country's own."""
    names = LANGUAGE_NAMES.get(language.split("-")[0], ())
    if not names:
        return lines

    def speaks(line) -> bool:
        spoken = (line.languages or "").lower()
        return not spoken or any(name in spoken for name in names)

    return sorted(lines, key=lambda line: not speaks(line))


def _translated(text: str) -> str:
    """A shipped line's words in the reader's language; a clinic's own words as written."""
    return gettext(text) if text else text


def _table_unseeded() -> bool:
    """A database flushed or never seeded: better the lines this release shipped with than
    a blank crisis screen."""
    return not CrisisLine.objects.filter(clinic__isnull=True).exists()


def _resource(line: CrisisLine) -> dict:
    return {
        "kind": line.kind,
        "name": _translated(line.name),
        "description": _translated(line.description),
        "phone": line.phone,
        "call": tel_url(line.phone),
        "alternate_phone": line.alternate_phone,
        "alternate_call": tel_url(line.alternate_phone) if line.alternate_phone else None,
        "sms": line.sms,
        "text": sms_url(line.sms) if line.sms else None,
        "web_url": line.web_url,
        "hours": _translated(line.hours),
        "languages": _translated(line.languages),
        "source": line.source_name,
        "source_url": line.source_url,
        "checked_on": line.checked_on,
    }


def crisis_sentence(shown: dict) -> str:
    """One plain line for an email: "If you are in crisis, call Samaritans on 116 123, or
    999 in an emergency." """
    emergency = shown["emergency"]["phone"]
    lines = [r for r in shown["resources"] if r["kind"] == CrisisLine.Kind.CRISIS_LINE]
    if not lines:
        return gettext(
            "If you are in crisis, call %(emergency)s in an emergency, and ask your care team "
            "for a crisis line near you."
        ) % {"emergency": emergency}
    line = lines[0]
    words = {"phone": line["phone"], "name": line["name"], "emergency": emergency}
    if line["sms"] and line["sms"] == line["phone"]:
        return (
            gettext(
                "If you are in crisis, call or text %(phone)s (%(name)s), or %(emergency)s in an "
                "emergency."
            )
            % words
        )
    return (
        gettext(
            "If you are in crisis, call %(name)s on %(phone)s, or %(emergency)s in an emergency."
        )
        % words
    )
