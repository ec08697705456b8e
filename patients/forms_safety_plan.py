"""The safety plan's edit form: a box per list section (one entry per line) and rows of
name and phone for the sections of people. Refuses what patients/safety_plan.py refuses,
field by field, and keeps everything typed when it does."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .safety_plan import (
    CONTACT_SECTIONS,
    CONTACTS_MAX,
    ITEM_MAX_LENGTH,
    ITEMS_MAX,
    LINE_SECTIONS,
    NAME_MAX_LENGTH,
    PHONE_MAX_LENGTH,
    SECTIONS,
    SECTIONS_BY_KEY,
    contact_clean,
    line_error,
)
from .validators import validate_multiline

# Room for every line at its longest, with its line break.
LINES_MAX_LENGTH = ITEMS_MAX * (ITEM_MAX_LENGTH + 2)
BLANK_ROWS = 2
MIN_ROWS = 2


class SafetyPlanLinesForm(forms.Form):
    """The list sections and the version the editor started from."""

    base_version = forms.IntegerField(
        required=False, min_value=0, max_value=2**31 - 1, widget=forms.HiddenInput
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key in LINE_SECTIONS:
            section = SECTIONS_BY_KEY[key]
            self.fields[key] = forms.CharField(
                label=f"{section.step}. {section.title}",
                help_text=gettext("%(prompt)s One per line.") % {"prompt": section.prompt},
                required=False,
                max_length=LINES_MAX_LENGTH,
                validators=[validate_multiline],
                strip=False,
                widget=forms.Textarea(attrs={"rows": 4}),
            )

    def _clean_lines(self, key):
        text = self.cleaned_data.get(key, "")
        lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
        lines = [line for line in lines if line]
        if len(lines) > ITEMS_MAX:
            raise ValidationError(
                gettext("Keep this section to %(limit)d lines (it has %(count)d).")
                % {"limit": ITEMS_MAX, "count": len(lines)}
            )
        problems = [
            gettext("Line %(number)d: %(problem)s") % {"number": n, "problem": problem}
            for n, line in enumerate(lines, start=1)
            if (problem := line_error(line))
        ]
        if problems:
            raise ValidationError(problems)
        return lines

    def clean(self):
        cleaned = super().clean()
        for key in LINE_SECTIONS:
            if key in cleaned:
                try:
                    cleaned[key] = self._clean_lines(key)
                except ValidationError as error:
                    self.add_error(key, error)
        return cleaned


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Name"), required=False, max_length=NAME_MAX_LENGTH)
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=PHONE_MAX_LENGTH,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
    )

    def __init__(self, *args, country="", **kwargs):
        self.country = country
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.errors or not (cleaned.get("name", "").strip() or cleaned.get("phone", "").strip()):
            cleaned["empty"] = True
            return cleaned
        person, errors = contact_clean(
            {"name": cleaned.get("name", ""), "phone": cleaned.get("phone", "")},
            country=self.country,
        )
        for field, messages in errors.items():
            self.add_error(field if field in self.fields else None, messages)
        cleaned.update(person)
        return cleaned


class SafetyPlanEditor:
    """The list sections' form and one formset per section of people, validated and read
    as one."""

    def __init__(self, data=None, *, content: dict, base_version: int, country: str):
        initial = {key: "\n".join(content.get(key, [])) for key in LINE_SECTIONS}
        initial["base_version"] = base_version
        self.lines = SafetyPlanLinesForm(data, initial=initial)
        self.people = {}
        for key in CONTACT_SECTIONS:
            rows = [
                {"name": person.get("name", ""), "phone": person.get("phone", "")}
                for person in content.get(key, [])
            ]
            formset_class = forms.formset_factory(
                ContactForm,
                extra=min(CONTACTS_MAX - len(rows), max(BLANK_ROWS, MIN_ROWS - len(rows))),
                max_num=CONTACTS_MAX,
                absolute_max=CONTACTS_MAX,
                validate_max=True,
            )
            self.people[key] = formset_class(
                data, initial=rows, prefix=key, form_kwargs={"country": country}
            )

    def is_valid(self) -> bool:
        valid = self.lines.is_valid()
        for formset in self.people.values():
            valid = formset.is_valid() and valid
        return valid

    @property
    def base_version(self) -> int | None:
        return self.lines.cleaned_data.get("base_version")

    def content(self) -> dict:
        content = {key: self.lines.cleaned_data[key] for key in LINE_SECTIONS}
        for key, formset in self.people.items():
            content[key] = [
                {"name": form.cleaned_data["name"], "phone": form.cleaned_data["phone"]}
                for form in formset.forms
                if form.cleaned_data and not form.cleaned_data.get("empty")
            ]
        return content

    def add_errors(self, error: ValidationError):
        """Errors the save itself raised, under the section they concern."""
        if not hasattr(error, "error_dict"):
            self.lines.add_error(None, error)
            return
        for key, messages in error.error_dict.items():
            if key in self.lines.fields:
                self.lines.add_error(key, messages)
            else:
                self.lines.add_error(None, messages)

    @property
    def has_errors(self) -> bool:
        return bool(self.lines.errors) or any(
            formset.total_error_count() for formset in self.people.values()
        )

    def sections(self) -> list[dict]:
        """The sections in the plan's order, each with its field or its formset."""
        return [
            {
                "section": section,
                "field": self.lines[section.key] if section.kind == "lines" else None,
                "formset": self.people.get(section.key),
            }
            for section in SECTIONS
        ]
