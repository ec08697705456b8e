from django import forms
from django.utils.translation import gettext_lazy as _

from patients.validators import validate_sane_date


class OutcomeFilterForm(forms.Form):
    """The range of first doses whose patients the figures take in (days in the clinic's
    zone, both included); either end may be left open."""

    start = forms.DateField(
        label=_("First dose from"),
        required=False,
        validators=[validate_sane_date],
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    end = forms.DateField(
        label=_("First dose until"),
        required=False,
        validators=[validate_sane_date],
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("Choose a day on or after the first day of the range."))
        return data
