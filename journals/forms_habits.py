"""The habit forms: a day's mark (one tap, or a number), and the clinic's list."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .habits import Habit

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class HabitMarkForm(forms.Form):
    """What one tap sends. The service checks the day and the number against the habit,
    so the page and the API refuse the same things with the same words."""

    day = forms.DateField(required=False, widget=forms.HiddenInput)
    done = forms.ChoiceField(choices=YES_NO, required=False)
    value = forms.CharField(required=False, max_length=12)
    clear = forms.BooleanField(required=False)

    def mark(self) -> dict:
        data = self.cleaned_data
        done = {"yes": True, "no": False}.get(data.get("done") or "")
        return {"day": data.get("day"), "done": done, "value": data.get("value") or None}


class HabitPickForm(forms.Form):
    habit = forms.ModelChoiceField(queryset=Habit.objects.none())

    def __init__(self, *args, catalog, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["habit"].queryset = catalog
        self.fields["habit"].error_messages["invalid_choice"] = _(
            "Choose one of your clinic's habits."
        )


class HabitForm(forms.ModelForm):
    # Bounded here as PostgreSQL bounds the column, so SQLite refuses the same numbers.
    order = forms.IntegerField(
        label=_("Order"),
        min_value=0,
        max_value=999,
        initial=0,
    )

    class Meta:
        model = Habit
        fields = ["name", "question", "kind", "unit", "max_value", "order", "active"]
        widgets = {"kind": forms.RadioSelect}
        labels = {
            "name": _("Name"),
            "question": _("Question"),
            "kind": _("Kind"),
            "unit": _("Unit"),
            "max_value": _("Max value"),
            "order": _("Order"),
            "active": _("Active"),
        }
        help_texts = {"order": _("Lower numbers come first.")}
