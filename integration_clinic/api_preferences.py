"""The patient's preferences over the API, as the preferences page keeps them: time zone,
language, country, quiet hours, channel, which prompts are emailed, pushed or texted,
contact details, and whether their groups see their first name.
Input is checked by the page's own form, so the API and the page refuse the same things;
a new zone or quiet hours move the prompts not yet sent, as on the page."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from groups.services import group_name_preference_set
from patients.api_fields import TimeOfDayField
from patients.api_forms import form_errors_as_400
from patients.api_own import PATIENT_ONLY, own_patient
from patients.forms import PreferencesForm
from sessions.models import PromptKind

from .patient_views import patient_settings_save

# Set beside the page's form: the groups' side keeps it.
EXTRA_FIELDS = ("show_first_name_in_groups",)
LIST_FIELDS = ("emailed_kinds", "pushed_kinds", "texted_kinds")


def _kinds(how: str):
    return serializers.ListField(
        child=serializers.ChoiceField(choices=PromptKind.choices),
        help_text=f"The prompt kinds {how}.",
    )


class PreferencesSerializer(serializers.Serializer):
    time_zone = serializers.CharField(help_text="IANA zone: prompts arrive, and times show, in it.")
    country = serializers.CharField(help_text="ISO 3166 code; crisis lines follow it.")
    quiet_hours_start = TimeOfDayField()
    quiet_hours_end = TimeOfDayField(
        help_text="Nothing is sent between the two; a prompt due then waits until they end."
    )
    preferred_channel = serializers.CharField(help_text="How prompts reach the patient.")
    emailed_kinds = _kinds("also sent by email; every prompt is in the app either way")
    pushed_kinds = _kinds("also notified to the patient's devices (web push)")
    texted_kinds = _kinds("also sent by text message to `phone`")
    phone = serializers.CharField(allow_blank=True)
    emergency_contact_name = serializers.CharField(allow_blank=True)
    emergency_contact_relationship = serializers.CharField(allow_blank=True)
    emergency_contact_phone = serializers.CharField(allow_blank=True)
    language = serializers.ChoiceField(
        choices=[("", "The browser's"), *settings.LANGUAGES],
        allow_blank=True,
        help_text="Of pages, emails and messages; empty follows the browser.",
    )
    show_first_name_in_groups = serializers.BooleanField(
        help_text="Whether the others with a seat in the same group see the first name."
    )
    moved_prompts = serializers.IntegerField(
        read_only=True, help_text="On a change: how many upcoming prompts moved to new hours."
    )


def _preferences(patient, *, moved=0) -> dict:
    """What the preferences page shows, as its form reads it from the patient."""
    shown = PreferencesForm(patient=patient, prompt_kinds=PromptKind.choices).initial
    return {
        **shown,
        "show_first_name_in_groups": patient.show_first_name_in_groups,
        "moved_prompts": moved,
    }


def _value(data, name):
    """A field's value from a JSON body or a form post (where a list comes as repeats)."""
    if name in LIST_FIELDS and hasattr(data, "getlist"):
        return data.getlist(name)
    return data[name]


def _bound_form(patient, changes: dict) -> PreferencesForm:
    """The page's form, bound to what the patient has now with the changes on top."""
    blank = PreferencesForm(patient=patient, prompt_kinds=PromptKind.choices)
    data = {name: blank.initial.get(name, field.initial) for name, field in blank.fields.items()}
    data.update(changes)
    return PreferencesForm(data, patient=patient, prompt_kinds=PromptKind.choices)


class PreferencesView(APIView):
    permission_classes = PATIENT_ONLY

    @extend_schema(summary="Your preferences", responses=PreferencesSerializer)
    def get(self, request):
        return Response(PreferencesSerializer(_preferences(own_patient(request))).data)

    @extend_schema(
        summary="Change your preferences",
        description="Only the fields given change. Bad values are a 400 naming the field, "
        "with the preferences page's messages.",
        request=PreferencesSerializer(partial=True),
        responses=PreferencesSerializer,
    )
    def patch(self, request):
        patient = own_patient(request)
        known = set(PreferencesSerializer().fields) - {"moved_prompts"}
        unknown = sorted(set(request.data) - known)
        if unknown:
            raise serializers.ValidationError(
                {name: [_("There is no such preference.")] for name in unknown}
            )
        extra = PreferencesSerializer(data=request.data, partial=True)
        extra.is_valid(raise_exception=True)
        form_changes = {
            name: _value(request.data, name) for name in request.data if name not in EXTRA_FIELDS
        }
        form = _bound_form(patient, form_changes)
        if not form.is_valid():
            raise form_errors_as_400(form)
        with transaction.atomic():
            moved = 0
            if form_changes:
                moved = patient_settings_save(
                    acting_user=request.user, patient=patient, changes=form.patient_changes()
                )
            if "show_first_name_in_groups" in extra.validated_data:
                group_name_preference_set(
                    acting_user=request.user,
                    show=extra.validated_data["show_first_name_in_groups"],
                )
        patient.refresh_from_db()
        return Response(PreferencesSerializer(_preferences(patient, moved=moved)).data)
