"""Staff's own channels for urgent alerts."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .phones import to_e164


class StaffAlertChannelsForm(forms.Form):
    phone = forms.CharField(
        label=_("Your mobile number"),
        max_length=40,
        required=False,
        help_text=_("Typed as you would dial it; a number from abroad with its country code."),
    )
    sms_urgent_alerts = forms.BooleanField(
        label=_("Text me urgent safety alerts"),
        required=False,
        help_text=_("The text names no patient: it says there is an alert, with a link."),
    )
    push_urgent_alerts = forms.BooleanField(
        label=_("Notify my devices of urgent safety alerts"),
        required=False,
        help_text=_("On every browser where you allowed notifications from this app."),
    )

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, **kwargs)
        self.country = membership.clinic.country
        self.initial.update(
            phone=membership.phone,
            sms_urgent_alerts=membership.sms_urgent_alerts,
            push_urgent_alerts=membership.push_urgent_alerts,
        )

    def clean_phone(self):
        try:
            return to_e164(self.cleaned_data["phone"], country=self.country)
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from error

    def clean(self):
        data = super().clean()
        if data.get("sms_urgent_alerts") and not data.get("phone") and "phone" not in self.errors:
            self.add_error("phone", gettext("Add your mobile number to get text messages."))
        return data
