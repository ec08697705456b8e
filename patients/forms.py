from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import AlertContact, Invitation, Patient, SmsOptOut, StaffMembership, User
from .phones import PHONE_FIELDS, normalise_phones
from .selectors import invitable_roles_for, staff_list_for
from .zones import country_choices, time_zone_choices

CONTACT_FIELDS = [
    "phone",
    "emergency_contact_name",
    "emergency_contact_relationship",
    "emergency_contact_phone",
]


def _zone_field(*, current="", required=True, **kwargs):
    """A time zone picker: common zones first, then all by region, canonical names only."""
    return forms.ChoiceField(
        choices=time_zone_choices(current), required=required, label=_("Time zone"), **kwargs
    )


def _country_field(**kwargs):
    return forms.ChoiceField(
        choices=[("", _("Keep as it is")), *country_choices()],
        required=False,
        label=_("Country"),
        help_text=_("Where you are: the crisis lines shown follow it."),
        **kwargs,
    )


def _language_field(**kwargs):
    """Each language named in itself, so whoever reads it finds their own."""
    return forms.ChoiceField(
        choices=[("", _("The one my browser asks for")), *settings.LANGUAGES],
        required=False,
        label=_("Language"),
        help_text=_("Pages, emails and text messages reach you in it."),
        **kwargs,
    )


def _phone_field(label, **kwargs):
    return forms.CharField(
        label=label,
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        **kwargs,
    )


def _clean_contact(form, data, *, country):
    """Phones into E.164, read in the chosen country; errors on their own fields."""
    phones = {field: data[field] for field in PHONE_FIELDS if field in data}
    errors = normalise_phones(phones, country=country)
    for field, messages in errors.items():
        form.add_error(field, messages)
    data.update({field: value for field, value in phones.items() if field not in errors})


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    role = forms.ChoiceField(label=_("Role"))
    care_clinician = forms.ModelChoiceField(
        label=_("Care clinician"), queryset=None, required=False
    )
    care_coach = forms.ModelChoiceField(label=_("Care coach"), queryset=None, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        roles = invitable_roles_for(user)
        self.fields["role"].choices = [c for c in Invitation.Role.choices if c[0] in roles]
        clinicians = staff_list_for(user, StaffMembership.Role.CLINICIAN)
        coaches = staff_list_for(user, StaffMembership.Role.COACH)
        self.fields["care_clinician"].queryset = _users_of(clinicians)
        self.fields["care_coach"].queryset = _users_of(coaches)
        self.fields["care_clinician"].help_text = _("For patients: their clinician.")
        self.fields["care_coach"].help_text = _("For patients: their integration coach.")


def _users_of(memberships):
    return User.objects.filter(pk__in=memberships.values("user_id"))


class InvitationAcceptForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput)
    password2 = forms.CharField(label=_("Password again"), widget=forms.PasswordInput)
    time_zone = _zone_field(required=False)
    consent = forms.BooleanField(
        required=False,
        label=_("I have read the above and agree to take part in the integration program."),
    )

    def __init__(self, *args, invitation, **kwargs):
        super().__init__(*args, **kwargs)
        self.invitation = invitation
        self.initial.setdefault("first_name", invitation.first_name)
        self.initial.setdefault("last_name", invitation.last_name)
        self.initial.setdefault("time_zone", invitation.clinic.time_zone)
        if invitation.role != Invitation.Role.PATIENT:
            del self.fields["time_zone"]
            del self.fields["consent"]
        elif not self.is_bound:
            # static/js/time-zone-guess.js moves the pick to the browser's own zone; a form
            # sent back with errors keeps what the person chose.
            self.fields["time_zone"].widget.attrs["data-guess-time-zone"] = ""
        if "time_zone" in self.fields:
            self.fields["time_zone"].help_text = _(
                "Prompts arrive, and times show, in this zone. Your country follows from it."
            )

    def clean(self):
        data = super().clean()
        if data.get("password1") != data.get("password2"):
            self.add_error("password2", gettext("The two passwords differ."))
        elif data.get("password1"):
            try:
                password_validation.validate_password(
                    data["password1"], User(email=self.invitation.email)
                )
            except forms.ValidationError as error:
                self.add_error("password1", error)
        if "consent" in self.fields and not data.get("consent"):
            self.add_error("consent", gettext("Please read and agree to continue."))
        return data


class PatientCareTeamForm(forms.ModelForm):
    """The staff edit of a patient: care team, details, where they are and how to reach
    them. Phone numbers are read in the patient's country and kept in E.164."""

    class Meta:
        model = Patient
        fields = [
            "care_clinician",
            "care_coach",
            "care_therapist",
            "date_of_birth",
            "weight_kg",
            "time_zone",
            "country",
            *CONTACT_FIELDS,
        ]
        widgets = {"date_of_birth": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["care_clinician"].queryset = _users_of(
            staff_list_for(user, StaffMembership.Role.CLINICIAN)
        )
        self.fields["care_coach"].queryset = _users_of(
            staff_list_for(user, StaffMembership.Role.COACH)
        )
        self.fields["care_therapist"].queryset = _users_of(
            staff_list_for(user, StaffMembership.Role.THERAPIST)
        )
        self.fields["care_clinician"].label = _("Care clinician")
        self.fields["care_coach"].label = _("Care coach")
        self.fields["care_therapist"].label = _("Therapist")
        self.fields["care_therapist"].help_text = _(
            "Reads what the patient shares, their assessments and safety plan, and keeps "
            "therapy notes."
        )
        self.fields["date_of_birth"].label = _("Date of birth")
        self.fields["weight_kg"].label = _("Weight (kg)")
        self.fields["emergency_contact_name"].label = _("Emergency contact name")
        self.fields["time_zone"] = _zone_field(current=self.instance.time_zone)
        self.fields["country"] = _country_field()
        self.fields["country"].help_text = _("Where the patient is: their crisis lines follow it.")
        self.fields["phone"] = _phone_field(_("Patient's phone"))
        self.fields["emergency_contact_phone"] = _phone_field(_("Emergency contact's phone"))
        self.fields["emergency_contact_relationship"].label = _("Relationship to the patient")

    def clean_country(self):
        return self.cleaned_data.get("country") or self.instance.country

    def clean(self):
        data = super().clean()
        _clean_contact(self, data, country=data.get("country") or self.instance.country)
        return data


def _prompt_kinds_field(label, help_text):
    """Ticks, one per kind of prompt (the caller's choices), for one channel."""
    return forms.MultipleChoiceField(
        label=label, required=False, widget=forms.CheckboxSelectMultiple, help_text=help_text
    )


class PreferencesForm(forms.Form):
    """A patient's own settings. The prompt kinds come from the caller, since this app
    knows nothing of prompts: a ticked kind is emailed, an unticked one stays in the app."""

    time_zone = _zone_field(help_text=_("Prompts arrive, and times show, in this zone."))
    language = _language_field()
    country = _country_field()
    quiet_hours_start = forms.TimeField(
        label=_("Quiet hours begin"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    quiet_hours_end = forms.TimeField(
        label=_("Quiet hours end"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("Nothing is sent between these times; a prompt due then waits until they end."),
    )
    preferred_channel = forms.ChoiceField(
        label=_("How we reach you"), choices=Patient.Channel.choices
    )
    emailed_kinds = forms.MultipleChoiceField(
        label=_("Email me about these prompts"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Every prompt is in your inbox in the app either way."),
    )
    pushed_kinds = _prompt_kinds_field(
        _("Notify my devices about these prompts"),
        _(
            "On the phones and computers where you allowed notifications. They only say "
            "that a prompt is waiting, never what it is about."
        ),
    )
    texted_kinds = _prompt_kinds_field(
        _("Text me about these prompts"),
        _(
            "To your phone below. Texts only say that a prompt is waiting, with a link. "
            "Reply STOP to any of them to stop them, START to have them back."
        ),
    )
    phone = _phone_field(_("Your phone"), help_text=_("For your care team to call you back."))
    emergency_contact_name = forms.CharField(
        label=_("Emergency contact"), max_length=150, required=False
    )
    emergency_contact_relationship = forms.CharField(
        label=_("Their relationship to you"), max_length=80, required=False
    )
    emergency_contact_phone = _phone_field(
        _("Their phone"),
        help_text=_(
            "Someone your care team may call if they cannot reach you after a safety alert."
        ),
    )

    def __init__(self, *args, patient, prompt_kinds, **kwargs):
        super().__init__(*args, **kwargs)
        self.patient = patient
        self.fields["time_zone"].choices = time_zone_choices(patient.time_zone)
        self.fields["emailed_kinds"].choices = prompt_kinds
        self.fields["pushed_kinds"].choices = prompt_kinds
        self.fields["texted_kinds"].choices = prompt_kinds
        if patient.phone and SmsOptOut.objects.filter(phone=patient.phone).exists():
            self.fields["texted_kinds"].help_text = _(
                "Your number replied STOP, so we send it no texts. Text START to us to have "
                "them back."
            )
        self.kinds = [value for value, _label in prompt_kinds]
        without_email = patient.prompt_kinds_without_email or []
        self.initial.update(
            time_zone=patient.time_zone,
            language=patient.user.language,
            country=patient.country,
            quiet_hours_start=patient.quiet_hours_start,
            quiet_hours_end=patient.quiet_hours_end,
            preferred_channel=patient.preferred_channel,
            emailed_kinds=[kind for kind in self.kinds if kind not in without_email],
            pushed_kinds=[kind for kind in self.kinds if kind in patient.push_prompt_kinds],
            texted_kinds=[kind for kind in self.kinds if kind in patient.sms_prompt_kinds],
            **{field: getattr(patient, field) for field in CONTACT_FIELDS},
        )

    def clean(self):
        data = super().clean()
        start, end = data.get("quiet_hours_start"), data.get("quiet_hours_end")
        if start is not None and start == end:
            self.add_error(
                "quiet_hours_end",
                gettext("Quiet hours must end at a different time than they start."),
            )
        data["country"] = data.get("country") or self.patient.country
        _clean_contact(self, data, country=data["country"])
        if data.get("texted_kinds") and not data.get("phone") and "phone" not in self.errors:
            self.add_error("phone", gettext("Add your mobile number to get text messages."))
        return data

    def patient_changes(self) -> dict:
        """The fields of Patient this form sets, for patients.services.patient_update."""
        data = self.cleaned_data
        return {
            "time_zone": data["time_zone"],
            "language": data.get("language", ""),
            "country": data["country"],
            "quiet_hours_start": data["quiet_hours_start"],
            "quiet_hours_end": data["quiet_hours_end"],
            "preferred_channel": data["preferred_channel"],
            "prompt_kinds_without_email": [
                kind for kind in self.kinds if kind not in data["emailed_kinds"]
            ],
            "push_prompt_kinds": [kind for kind in self.kinds if kind in data["pushed_kinds"]],
            "sms_prompt_kinds": [kind for kind in self.kinds if kind in data["texted_kinds"]],
            **{field: data.get(field, "") for field in CONTACT_FIELDS},
        }


class AlertContactForm(forms.Form):
    """Who was reached, and how: optional, but the two go together."""

    contact_method = forms.ChoiceField(
        label=_("How"),
        choices=[("", _("No contact to record")), *AlertContact.Method.choices],
        required=False,
    )
    contacted = forms.ChoiceField(
        label=_("Who was contacted"),
        choices=[("", "—"), *AlertContact.Person.choices],
        required=False,
    )
    contact_note = forms.CharField(
        label=_("About the contact"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=2000,
        help_text=_("Such as: left a voicemail; spoke with her partner, who is with her."),
    )

    def clean(self):
        data = super().clean()
        method, person = data.get("contact_method"), data.get("contacted")
        if method and not person:
            self.add_error("contacted", gettext("Say who was contacted."))
        if person and not method:
            self.add_error("contact_method", gettext("Say how they were contacted."))
        if data.get("contact_note", "").strip() and not method:
            self.add_error("contact_method", gettext("Say how they were contacted."))
        return data

    def contact(self) -> dict:
        """Keyword arguments for the alert services."""
        data = self.cleaned_data
        return {
            "contact_method": data.get("contact_method", ""),
            "contacted": data.get("contacted", ""),
            "contact_note": data.get("contact_note", ""),
        }


class AlertResolveForm(AlertContactForm):
    resolution_note = forms.CharField(
        label=_("What was done"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Who reached the patient, what they said, and the plan. Required."),
        max_length=5000,
    )
    field_order = ["resolution_note", "contact_method", "contacted", "contact_note"]


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Device or program"),
        max_length=100,
        help_text=_("So you can tell your tokens apart, such as “Journal app on my phone”."),
    )


class LanguageForm(forms.Form):
    """Anyone's own language: staff set it here, patients on their preferences too."""

    language = _language_field()
