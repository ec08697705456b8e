"""The safety plan: its sections, the rules every wording of it keeps, and saving a new
version.

Sections follow the Stanley–Brown Safety Planning Intervention, in its order. Some are
lists of lines (warning signs, coping strategies...), some lists of people with a number to
call. The professionals section also shows, beside whoever the patient adds, their clinic
and care team and their own country's crisis lines (patients/crisis_lines.py): those are
looked up when shown, never copied into a version, so a corrected number reaches every
plan at once.

Who may read and write a plan is decided in patients/selectors.py.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .audit import audit_record
from .models import AuditEvent, Patient
from .models_safety_plan import SafetyPlan, SafetyPlanVersion
from .phones import display as phone_display
from .phones import tel_url, to_e164
from .selectors import membership_of
from .validators import validate_single_line

ITEM_MAX_LENGTH = 500
ITEMS_MAX = 20
CONTACTS_MAX = 10
NAME_MAX_LENGTH = 150
PHONE_MAX_LENGTH = 40


@dataclass(frozen=True)
class Section:
    key: str
    step: int
    title: str
    prompt: str
    # "lines": a list of short texts; "contacts": a list of {"name", "phone"}.
    kind: str = "lines"


SECTIONS = (
    Section(
        "warning_signs",
        1,
        _("Warning signs"),
        _("Thoughts, images, moods, situations or behaviour that tell me a crisis may be coming."),
    ),
    Section(
        "coping_strategies",
        2,
        _("Internal coping strategies"),
        _("Things I can do to take my mind off my problems without contacting anyone."),
    ),
    Section(
        "distraction_people",
        3,
        _("People who provide distraction"),
        _("People I can be with to take my mind off things."),
        kind="contacts",
    ),
    Section(
        "distraction_places",
        3,
        _("Social settings that provide distraction"),
        _("Places where I can be among people, such as a café, a park or a class."),
    ),
    Section(
        "help_contacts",
        4,
        _("People I can ask for help"),
        _("People I can call or message when I need help."),
        kind="contacts",
    ),
    Section(
        "professionals",
        5,
        _("Professionals and agencies I can contact"),
        _(
            "My own doctor, therapist or local services. My clinic and my country's crisis "
            "lines are always listed too."
        ),
        kind="contacts",
    ),
    Section(
        "environment_safety",
        6,
        _("Making the environment safe"),
        _("Steps that keep me safe, such as giving someone my medicines to keep."),
    ),
    Section(
        "reasons_for_living",
        7,
        _("Reasons for living"),
        _("The things most important to me and worth living for."),
    ),
)
SECTION_KEYS = tuple(section.key for section in SECTIONS)
SECTIONS_BY_KEY = {section.key: section for section in SECTIONS}
LINE_SECTIONS = tuple(s.key for s in SECTIONS if s.kind == "lines")
CONTACT_SECTIONS = tuple(s.key for s in SECTIONS if s.kind == "contacts")


def empty_content() -> dict:
    return {key: [] for key in SECTION_KEYS}


# Validation ---------------------------------------------------------------------------------


def line_error(value) -> str | None:
    """Why one line of a list section cannot be saved, or None."""
    if not isinstance(value, str):
        return gettext("Give text.")
    try:
        validate_single_line(value)
    except ValidationError as error:
        return error.messages[0]
    if len(value) > ITEM_MAX_LENGTH:
        return gettext("Keep each line to %(limit)d characters (this one has %(length)d).") % {
            "limit": ITEM_MAX_LENGTH,
            "length": len(value),
        }
    return None


def contact_clean(value, *, country: str) -> tuple[dict, dict]:
    """A {"name", "phone"} pair as stored (phone in E.164), and its errors by field."""
    if not isinstance(value, dict):
        return {}, {"name": [gettext("Give a name, and a phone number if you have one.")]}
    errors: dict[str, list[str]] = {}
    unknown = set(value) - {"name", "phone"}
    if unknown:
        errors["non_field_errors"] = [
            gettext("Unknown fields: %(fields)s.")
            % {"fields": ", ".join(sorted(map(str, unknown)))}
        ]
    name, phone = value.get("name", ""), value.get("phone", "")
    if not isinstance(name, str):
        errors["name"] = [gettext("Give text.")]
        name = ""
    if not isinstance(phone, str):
        errors["phone"] = [gettext("Give the number as text, such as +44 20 7946 0958.")]
        phone = ""
    name = name.strip()
    if "name" not in errors:
        try:
            validate_single_line(name)
        except ValidationError as error:
            errors["name"] = error.messages
        else:
            if len(name) > NAME_MAX_LENGTH:
                errors["name"] = [
                    gettext("Keep the name to %(limit)d characters.") % {"limit": NAME_MAX_LENGTH}
                ]
    if "phone" not in errors and len(phone) > PHONE_MAX_LENGTH:
        errors["phone"] = [
            gettext("Keep the number to %(limit)d characters.") % {"limit": PHONE_MAX_LENGTH}
        ]
    elif "phone" not in errors:
        try:
            phone = to_e164(phone, country=country)
        except ValidationError as error:
            errors["phone"] = error.messages
    if not errors and phone and not name:
        errors["name"] = [gettext("Whose number is this?")]
    if not errors and not name:
        errors["name"] = [gettext("Give a name.")]
    return {"name": name, "phone": phone}, errors


def content_clean(content, *, country: str) -> dict:
    """The plan as stored: every section present, lines stripped and empty ones dropped,
    numbers in E.164. Raises ValidationError by section for anything that cannot be saved;
    the form and the API report the same rules field by field before this."""
    if not isinstance(content, dict):
        raise ValidationError(gettext("Give the plan's sections."))
    unknown = set(content) - set(SECTION_KEYS)
    if unknown:
        raise ValidationError(
            gettext("Unknown sections: %(sections)s.")
            % {"sections": ", ".join(sorted(map(str, unknown)))}
        )
    cleaned, errors = {}, {}
    for key in SECTION_KEYS:
        value = content.get(key, [])
        if not isinstance(value, list):
            errors[key] = [gettext("Give a list.")]
            continue
        limit = CONTACTS_MAX if key in CONTACT_SECTIONS else ITEMS_MAX
        if len(value) > limit:
            errors[key] = [gettext("Keep this section to %(limit)d entries.") % {"limit": limit}]
            continue
        if key in LINE_SECTIONS:
            lines = [line.strip() if isinstance(line, str) else line for line in value]
            problems = [
                gettext("Line %(number)d: %(problem)s") % {"number": n, "problem": problem}
                for n, line in enumerate(lines, start=1)
                if (problem := line_error(line))
            ]
            if problems:
                errors[key] = problems
            else:
                cleaned[key] = [line for line in lines if line]
        else:
            people, problems = [], []
            for n, item in enumerate(value, start=1):
                person, item_errors = contact_clean(item, country=country)
                for messages in item_errors.values():
                    problems += [
                        gettext("Person %(number)d: %(problem)s")
                        % {"number": n, "problem": message}
                        for message in messages
                    ]
                people.append(person)
            if problems:
                errors[key] = problems
            else:
                cleaned[key] = people
    if errors:
        raise ValidationError(errors)
    return cleaned


# Saving -------------------------------------------------------------------------------------


class StaleVersionError(Exception):
    """The plan moved on since the editor opened it: someone else saved in between."""

    def __init__(self, current: SafetyPlanVersion):
        self.current = current
        super().__init__(f"Version {current.number} was saved in the meantime.")


def author_role_for(user, patient: Patient) -> str:
    if patient.user_id == user.pk:
        return SafetyPlanVersion.AuthorRole.PATIENT
    membership = membership_of(user)
    return membership.role if membership else ""


@transaction.atomic
def safety_plan_save(
    *, acting_user, patient: Patient, content: dict, base_version: int | None = None
) -> tuple[SafetyPlanVersion, bool]:
    """Saves the plan's new wording as its next version. Returns (version, created): saving
    the wording the plan already has adds no version. `base_version`, when given, is the
    version the editor started from; if someone saved since, StaleVersionError (nothing is
    written, and the editor's text is still theirs to review and send again). A staff save
    is audited."""
    cleaned = content_clean(content, country=patient.country)
    plan, _created = SafetyPlan.objects.get_or_create(patient=patient)
    plan = SafetyPlan.objects.select_for_update().get(pk=plan.pk)
    current = plan.versions.select_related("author").first() if plan.version_count else None
    # The same wording again (a form sent twice, a retried request) is already saved,
    # whichever version it was based on.
    if current is not None and current.content == cleaned:
        return current, False
    if base_version is not None and base_version != plan.version_count and current:
        raise StaleVersionError(current)
    now = timezone.now()
    version = SafetyPlanVersion.objects.create(
        plan=plan,
        number=plan.version_count + 1,
        content=cleaned,
        author=acting_user,
        author_role=author_role_for(acting_user, patient),
        created_at=now,
    )
    SafetyPlan.objects.filter(pk=plan.pk).update(
        version_count=version.number, updated_at=now, updated_by=acting_user
    )
    if patient.user_id != acting_user.pk:
        audit_record(
            actor=acting_user, patient=patient, action=AuditEvent.Action.CREATE, obj=version
        )
    return version, True


# Reading ------------------------------------------------------------------------------------


def changed_sections(version: SafetyPlanVersion, previous: SafetyPlanVersion | None) -> list:
    """The titles of the sections this version changed from the one before it."""
    before = previous.content if previous is not None else empty_content()
    return [
        str(section.title)
        for section in SECTIONS
        if version.content.get(section.key, []) != before.get(section.key, [])
    ]


def with_changes(versions: list[SafetyPlanVersion], older: SafetyPlanVersion | None) -> list:
    """Newest first, each marked with `changed` (section titles). `older` is the version
    just before the oldest listed (the next page's first), or None for the first."""
    for index, version in enumerate(versions):
        previous = versions[index + 1] if index + 1 < len(versions) else older
        version.changed = changed_sections(version, previous)
    return versions


def sections_for_display(content: dict | None) -> list[dict]:
    """The sections in order, each with its entries as shown (numbers spelled out and
    linked)."""
    content = content or empty_content()
    shown = []
    for section in SECTIONS:
        entries = content.get(section.key, [])
        if section.kind == "contacts":
            entries = [
                {
                    "name": person.get("name", ""),
                    "phone": phone_display(person.get("phone", "")),
                    "call": tel_url(person["phone"]) if person.get("phone") else "",
                }
                for person in entries
            ]
        shown.append({"section": section, "entries": entries})
    return shown


def care_team_of(patient: Patient) -> list[tuple[str, object]]:
    """The patient's named care team, for the professionals section."""
    team = [
        (gettext("Clinician"), patient.care_clinician),
        (gettext("Therapist"), patient.care_therapist),
        (gettext("Integration coach"), patient.care_coach),
    ]
    return [(role, person) for role, person in team if person is not None]


def version_as_dict(version: SafetyPlanVersion) -> dict:
    """One version for the export: each section with its title and entries as written."""
    return {
        "version": version.number,
        "saved_at": version.created_at,
        "saved_by": str(version.author),
        "saved_by_role": version.author_role,
        "sections": {
            section.key: {
                "title": str(section.title),
                "entries": version.content.get(section.key, []),
            }
            for section in SECTIONS
        },
    }


def safety_plan_export(patient: Patient) -> dict:
    """The plan and every version of it, for the patient's own export."""
    versions = list(
        SafetyPlanVersion.objects.filter(plan__patient=patient)
        .select_related("author")
        .order_by("number")
    )
    return {
        "current_version": versions[-1].number if versions else None,
        "versions": [version_as_dict(version) for version in versions],
    }
