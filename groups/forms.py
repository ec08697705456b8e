from django import forms
from django.utils.translation import gettext_lazy as _

from patients.models import StaffMembership, User
from patients.selectors import staff_list_for

from .models import GroupSession
from .services import MAX_WEEKS

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class FacilitatorChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.display_name


class GroupSessionForm(forms.ModelForm):
    """Schedules a session (or, with `weeks`, a weekly series) or changes one. Times are
    read in the viewer's zone, the clinic's for staff."""

    facilitators = FacilitatorChoiceField(
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Facilitators"),
    )
    video_url = forms.URLField(
        label=_("Video link"),
        required=False,
        assume_scheme="https",
        max_length=500,
        help_text=_("For video sessions. Only those enrolled and staff see it."),
    )
    weeks = forms.IntegerField(
        label=_("Repeat weekly for"),
        min_value=1,
        max_value=MAX_WEEKS,
        initial=1,
        help_text=_(
            "Number of weeks, this one included. Every session keeps the same local "
            "time, also across daylight-saving changes."
        ),
    )

    class Meta:
        model = GroupSession
        fields = [*GroupSession.EDITABLE_FIELDS, "facilitators"]
        labels = {
            "title": _("Title"),
            "topic": _("Topic"),
            "description": _("Description"),
            "starts_at": _("Starts"),
            "duration_minutes": _("Length (minutes)"),
            "capacity": _("Capacity"),
            "room": _("Room"),
        }
        widgets = {
            "starts_at": DATETIME,
            "description": forms.Textarea(attrs={"rows": 4}),
            "place_kind": forms.RadioSelect,
        }

    def __init__(self, *args, user, series=True, **kwargs):
        super().__init__(*args, **kwargs)
        staff = staff_list_for(user, StaffMembership.Role.COACH, StaffMembership.Role.CLINICIAN)
        self.fields["facilitators"].queryset = User.objects.filter(
            pk__in=staff.values("user_id")
        ).order_by("first_name", "last_name")
        if not self.instance.pk:
            self.fields["facilitators"].initial = [user.pk]
            self.fields["facilitators"].required = False
            self.fields["facilitators"].help_text = _("Leave all unticked to lead it yourself.")
        if not series:
            del self.fields["weeks"]

    def facilitators_chosen(self):
        """The ticked facilitators, or None for "the person scheduling it"."""
        return list(self.cleaned_data["facilitators"]) or None

    def service_fields(self):
        data = dict(self.cleaned_data)
        data.pop("weeks", None)
        data.pop("facilitators", None)
        return data


class GroupNamePreferenceForm(forms.Form):
    show_first_name_in_groups = forms.BooleanField(
        required=False,
        label=_("Show my first name to the others in my groups"),
        help_text=_("Off by default: then the others see only how many people are coming."),
    )
