import re
import secrets

from django import forms
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import (
    ENTRY_MAX_CHARS,
    FEELINGS,
    IDEMPOTENCY_KEY_MAX_CHARS,
    PRACTICE_MAX_MINUTES,
    Commitment,
)
from .scoring import SCALE, items_for

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
MOOD_CHOICES = [(n, str(n)) for n in range(1, 11)]
MOOD_ERRORS = {
    "min_value": _("Choose a mood from 1 to 10."),
    "max_value": _("Choose a mood from 1 to 10."),
    "invalid": _("Choose a mood from 1 to 10."),
    "required": _("Choose how you feel, from 1 to 10."),
}
TEXT_ERRORS = {"required": _("Write something before saving.")}
# A number grouped as the viewer's language groups thousands (20,000 or 20.000).
grouped_number = lazy(lambda number: number_format(number, force_grouping=True), str)
IDEMPOTENCY_KEY = re.compile(rf"^[\x21-\x7e]{{1,{IDEMPOTENCY_KEY_MAX_CHARS}}}$")


def new_nonce() -> str:
    return secrets.token_urlsafe(18)


class NonceForm(forms.Form):
    """A form whose page carries a nonce, made when the page is rendered and sent back
    with the answer: the same answer sent twice (a double tap, a reload, going back and
    sending again) is saved once."""

    nonce = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields["nonce"].initial = new_nonce()

    def clean_nonce(self) -> str:
        # A nonce that is not ours was tampered with; the answer still counts, just
        # without the protection against a repeat.
        nonce = self.cleaned_data.get("nonce") or ""
        return nonce if IDEMPOTENCY_KEY.match(nonce) else ""

    @property
    def idempotency_key(self) -> str:
        return self.cleaned_data.get("nonce", "")


def _mood_field(required):
    return forms.IntegerField(
        label=_("Mood"),
        required=required,
        min_value=1,
        max_value=10,
        error_messages=MOOD_ERRORS,
        help_text=_("1 is the lowest you feel, 10 the best."),
        widget=forms.RadioSelect(choices=MOOD_CHOICES),
    )


def _text_field(label, *, required=True, help_text=""):
    # No maxlength attribute: the browser would cut a long paste short without a word.
    # The length is checked on save, with a message that says the limit.
    return forms.CharField(
        label=label,
        required=required,
        strip=False,
        error_messages=TEXT_ERRORS,
        help_text=help_text
        or format_lazy(
            _("Up to {most} characters. Saved as a draft as you type."),
            most=grouped_number(ENTRY_MAX_CHARS),
        ),
        widget=forms.Textarea(attrs={"rows": 10, "data-draft-text": ""}),
    )


def _share_field():
    return forms.BooleanField(required=False, label=_("Share this entry with my care team"))


class CheckInForm(NonceForm):
    mood = _mood_field(required=True)

    def answer(self) -> dict:
        return {"mood": self.cleaned_data["mood"]}


class EntryForm(NonceForm):
    """A free entry, or the answer to a journal prompt."""

    title = forms.CharField(label=_("Title (optional)"), max_length=200, required=False)
    text = _text_field(_("Your entry"))
    mood = _mood_field(required=False)
    feelings = forms.MultipleChoiceField(
        label=_("Feelings"),
        required=False,
        choices=FEELINGS,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose any that fit."),
    )
    share = _share_field()

    def __init__(self, *args, commitments=(), editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            del self.fields["share"]
        self.commitments = list(commitments)
        for commitment in self.commitments:
            self.fields[f"commitment_{commitment.pk}"] = forms.ChoiceField(
                label=commitment.text,
                choices=Commitment.Progress.choices,
                initial=commitment.progress,
                widget=forms.RadioSelect,
            )

    def entry_bound_fields(self):
        return [
            field for field in self.visible_fields() if not field.name.startswith("commitment_")
        ]

    def commitment_fields(self):
        return [self[f"commitment_{commitment.pk}"] for commitment in self.commitments]

    def entry_fields(self) -> dict:
        data = self.cleaned_data
        return {name: data[name] for name in ("title", "text", "mood", "feelings")}

    def answer(self) -> dict:
        progress = {
            commitment.pk: self.cleaned_data[f"commitment_{commitment.pk}"]
            for commitment in self.commitments
        }
        return {
            **self.entry_fields(),
            "share": self.cleaned_data["share"],
            "commitment_progress": progress,
        }


class MindfulnessForm(NonceForm):
    practice_minutes = forms.IntegerField(
        label=_("Minutes you practised"),
        min_value=1,
        max_value=PRACTICE_MAX_MINUTES,
        error_messages={
            "required": _("Enter the minutes you practised."),
            "min_value": _("Enter at least 1 minute."),
            "max_value": format_lazy(_("Enter up to {most} minutes."), most=PRACTICE_MAX_MINUTES),
        },
        help_text=_("The timer fills this in; change it if you like."),
    )
    text = _text_field(
        _("How did it feel? (optional)"), required=False, help_text=_("A few words are plenty.")
    )
    share = _share_field()

    def answer(self) -> dict:
        return {name: value for name, value in self.cleaned_data.items() if name != "nonce"}


class TherapyForm(NonceForm):
    text = forms.CharField(
        label=_("What I want to bring to therapy"),
        strip=False,
        error_messages={"required": _("Write what you want to take to therapy.")},
        help_text=_("Saved as a draft as you type."),
        widget=forms.Textarea(attrs={"rows": 10, "data-draft-text": ""}),
    )
    next_therapy_at = forms.DateTimeField(
        label=_("My next therapy appointment (optional)"),
        required=False,
        widget=DATETIME,
        help_text=_("So you have your notes ready in time."),
    )
    share = _share_field()

    def answer(self) -> dict:
        return {name: value for name, value in self.cleaned_data.items() if name != "nonce"}


class IntentionForm(NonceForm):
    """Intentions before a planned session. Shared with the care team unless the patient
    keeps them private: the clinician reads them before the session."""

    text = forms.CharField(
        label=_("My intentions for this session"),
        strip=False,
        error_messages={"required": _("Write your intentions, even a few words.")},
        help_text=_(
            "What you hope to explore, let go of or understand. Saved as a draft as you type."
        ),
        widget=forms.Textarea(attrs={"rows": 6, "data-draft-text": ""}),
    )
    share = forms.BooleanField(
        required=False,
        initial=True,
        label=_("Share my intentions with my care team"),
        help_text=_(
            "Your clinician reads them before the session. Untick to keep them to "
            "yourself; your reflections after the session will still quote them back to you."
        ),
    )

    def answer(self) -> dict:
        return {"text": self.cleaned_data["text"], "share": self.cleaned_data["share"]}


class CreativeForm(NonceForm):
    """The answer to a creative prompt: drawings, photos or voice notes (sent as files
    beside these fields), and a few words if the patient wants."""

    title = forms.CharField(label=_("Title (optional)"), max_length=200, required=False)
    text = _text_field(
        _("A few words about it (optional)"),
        required=False,
        help_text=_(
            "The crisis screen reads your words; it does not look at images or "
            "listen to recordings."
        ),
    )
    mood = _mood_field(required=False)
    share = _share_field()

    def answer(self) -> dict:
        return {name: value for name, value in self.cleaned_data.items() if name != "nonce"}


class AssessmentForm(NonceForm):
    """A questionnaire's items, each answered on the shared 0-3 scale. A missing answer is
    named by its number, and the others are kept."""

    def __init__(self, *args, instrument, **kwargs):
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        self.items = items_for(instrument)
        scale = [(value, gettext(words)) for value, words in SCALE]
        for n, item in enumerate(self.items, start=1):
            self.fields[f"item_{n}"] = forms.TypedChoiceField(
                label=f"{n}. {gettext(item)}",
                choices=scale,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": gettext("Please answer question %(number)s.") % {"number": n}
                },
            )

    def clean(self):
        data = super().clean()
        missing = [str(n) for n in range(1, len(self.items) + 1) if data.get(f"item_{n}") is None]
        if missing:
            raise forms.ValidationError(
                gettext("Please answer every question; still to answer: %(numbers)s")
                % {"numbers": ", ".join(missing) + "."}
            )
        return data

    def item_scores(self) -> list[int]:
        return [self.cleaned_data[f"item_{n}"] for n in range(1, len(self.items) + 1)]

    def answer(self) -> dict:
        return {"item_scores": self.item_scores()}


class CommitmentForm(forms.Form):
    text = forms.CharField(
        label=_("What I will do differently"),
        max_length=300,
        error_messages={"required": _("Write what you will do differently.")},
        help_text=_("Small and concrete works best, e.g. “A ten-minute walk after lunch”."),
    )


class ProgressForm(forms.Form):
    progress = forms.ChoiceField(choices=Commitment.Progress.choices, widget=forms.RadioSelect)


class CommentForm(NonceForm):
    text = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write the comment before sending it.")},
    )

    def __init__(self, *args, label=None, **kwargs):
        super().__init__(*args, **kwargs)
        if label is not None:
            self.fields["text"].label = label


class DraftForm(forms.Form):
    text = forms.CharField(required=False, strip=False)
    mood = forms.IntegerField(required=False, min_value=1, max_value=10)
