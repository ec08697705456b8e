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
