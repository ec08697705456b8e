from django import forms
from django.contrib.auth import password_validation

from .models import Invitation, Patient, StaffMembership, User, time_zone_choices
from .selectors import invitable_roles_for, staff_list_for


class InvitationForm(forms.Form):
    email = forms.EmailField()
    first_name = forms.CharField(max_length=150, required=False)
    last_name = forms.CharField(max_length=150, required=False)
    role = forms.ChoiceField()
    care_clinician = forms.ModelChoiceField(queryset=None, required=False)
    care_coach = forms.ModelChoiceField(queryset=None, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        roles = invitable_roles_for(user)
        self.fields["role"].choices = [c for c in Invitation.Role.choices if c[0] in roles]
        clinicians = staff_list_for(user, StaffMembership.Role.CLINICIAN)
        coaches = staff_list_for(user, StaffMembership.Role.COACH)
        self.fields["care_clinician"].queryset = _users_of(clinicians)
        self.fields["care_coach"].queryset = _users_of(coaches)
        self.fields["care_clinician"].help_text = "For patients: their clinician."
        self.fields["care_coach"].help_text = "For patients: their integration coach."


def _users_of(memberships):
    return User.objects.filter(pk__in=memberships.values("user_id"))


class InvitationAcceptForm(forms.Form):
    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150)
    password1 = forms.CharField(label="Password", widget=forms.PasswordInput)
    password2 = forms.CharField(label="Password again", widget=forms.PasswordInput)
    time_zone = forms.ChoiceField(choices=time_zone_choices, required=False)
    consent = forms.BooleanField(
        required=False,
        label="I have read the above and agree to take part in the integration program.",
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

    def clean(self):
        data = super().clean()
        if data.get("password1") != data.get("password2"):
            self.add_error("password2", "The two passwords differ.")
        elif data.get("password1"):
            try:
                password_validation.validate_password(
                    data["password1"], User(email=self.invitation.email)
                )
            except forms.ValidationError as error:
                self.add_error("password1", error)
        if "consent" in self.fields and not data.get("consent"):
            self.add_error("consent", "Please read and agree to continue.")
        return data


class PatientCareTeamForm(forms.ModelForm):
    class Meta:
        model = Patient
        fields = ["care_clinician", "care_coach", "date_of_birth", "weight_kg", "time_zone"]
        widgets = {"date_of_birth": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["care_clinician"].queryset = _users_of(
            staff_list_for(user, StaffMembership.Role.CLINICIAN)
        )
        self.fields["care_coach"].queryset = _users_of(
            staff_list_for(user, StaffMembership.Role.COACH)
        )
        self.fields["time_zone"] = forms.ChoiceField(choices=time_zone_choices)


class PreferencesForm(forms.Form):
    """A patient's own settings. The prompt kinds come from the caller, since this app
    knows nothing of prompts: a ticked kind is emailed, an unticked one stays in the app."""

    time_zone = forms.ChoiceField(
        choices=time_zone_choices,
        help_text="Prompts arrive, and times show, in this zone.",
    )
    quiet_hours_start = forms.TimeField(
        label="Quiet hours begin",
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    quiet_hours_end = forms.TimeField(
        label="Quiet hours end",
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text="Nothing is sent between these times; a prompt due then waits until they end.",
    )
    preferred_channel = forms.ChoiceField(label="How we reach you", choices=Patient.Channel.choices)
    emailed_kinds = forms.MultipleChoiceField(
        label="Email me about these prompts",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Every prompt is in your inbox in the app either way.",
    )

    def __init__(self, *args, patient, prompt_kinds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["emailed_kinds"].choices = prompt_kinds
        self.kinds = [value for value, _label in prompt_kinds]
        without_email = patient.prompt_kinds_without_email or []
        self.initial.update(
            time_zone=patient.time_zone,
            quiet_hours_start=patient.quiet_hours_start,
            quiet_hours_end=patient.quiet_hours_end,
            preferred_channel=patient.preferred_channel,
            emailed_kinds=[kind for kind in self.kinds if kind not in without_email],
        )

    def clean(self):
        data = super().clean()
        start, end = data.get("quiet_hours_start"), data.get("quiet_hours_end")
        if start is not None and start == end:
            self.add_error(
                "quiet_hours_end",
                "Quiet hours must end at a different time than they start.",
            )
        return data

    def patient_changes(self) -> dict:
        """The fields of Patient this form sets, for patients.services.patient_update."""
        data = self.cleaned_data
        return {
            "time_zone": data["time_zone"],
            "quiet_hours_start": data["quiet_hours_start"],
            "quiet_hours_end": data["quiet_hours_end"],
            "preferred_channel": data["preferred_channel"],
            "prompt_kinds_without_email": [
                kind for kind in self.kinds if kind not in data["emailed_kinds"]
            ],
        }


class AlertResolveForm(forms.Form):
    resolution_note = forms.CharField(
        label="What was done",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Who reached the patient, what they said, and the plan. Required.",
        max_length=5000,
    )
