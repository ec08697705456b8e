from django.conf import settings
from django.utils.translation import gettext
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from . import services
from .api_fields import TimeOfDayField
from .audit import audit_record_many
from .models import AuditEvent, Patient, StaffMembership, User
from .selectors import (
    can_read_clinical_records,
    membership_of,
    patient_get_for,
    patient_list_for,
    patient_profile_of,
    role_of,
    staff_list_for,
)
from .zones import country_choices


class CrisisResourceSerializer(serializers.Serializer):
    """A crisis line, or the emergency number, to show with its links."""

    name = serializers.CharField()
    description = serializers.CharField()
    call = serializers.CharField(help_text="A tel: link.")
    text = serializers.CharField(allow_null=True, help_text="An sms: link, where there is one.")
    kind = serializers.ChoiceField(
        choices=["crisis_line", "emergency"], help_text="A crisis line, or the emergency number."
    )
    phone = serializers.CharField(help_text="The number as people dial it in the country.")
    alternate_phone = serializers.CharField(allow_blank=True, help_text="Another number, if any.")
    alternate_call = serializers.CharField(
        allow_null=True, help_text="A tel: link for the other number."
    )
    sms = serializers.CharField(allow_blank=True, help_text="The number to text, if any.")
    web_url = serializers.CharField(allow_blank=True, help_text="Web page or chat, if any.")
    hours = serializers.CharField(allow_blank=True)
    languages = serializers.CharField(allow_blank=True)
    source = serializers.CharField(help_text="Who publishes the number.")
    source_url = serializers.CharField(allow_blank=True)
    checked_on = serializers.DateField(
        allow_null=True, help_text="When the number was last checked at its source."
    )


class CrisisResourcesSerializer(serializers.Serializer):
    """Shown to the patient at once when an answer raises a safety flag: the crisis lines
    of the patient's country (their clinic's own first), then the emergency number."""

    message = serializers.CharField()
    country = serializers.CharField(help_text="ISO 3166 code of the country the lines are for.")
    country_name = serializers.CharField()
    has_local_lines = serializers.BooleanField(
        help_text="False when no crisis line is listed for the country: the message says to "
        "ask the care team, and only the emergency number is given."
    )
    emergency = CrisisResourceSerializer(help_text="The number to call when in danger now.")
    resources = CrisisResourceSerializer(many=True)


class PersonSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="display_name", read_only=True)

    class Meta:
        model = User
        fields = ["id", "name", "email"]


class MeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    name = serializers.CharField()
    role = serializers.CharField(allow_null=True)
    clinic = serializers.CharField(allow_null=True)
    patient_id = serializers.IntegerField(allow_null=True)


class PatientSerializer(serializers.ModelSerializer):
    """Roster fields for anyone who may see the patient; date of birth and weight only for
    those who may read clinical records (the patient and the clinic's clinicians)."""

    name = serializers.CharField(source="user.display_name", read_only=True)
    email = serializers.EmailField(source="user.email", read_only=True)
    language = serializers.CharField(
        source="user.language",
        max_length=8,
        required=False,
        allow_blank=True,
        help_text="The language of the patient's pages, emails and texts: `en` or `es`; "
        "empty follows their browser.",
    )
    care_clinician = PersonSerializer(read_only=True, allow_null=True)
    care_coach = PersonSerializer(read_only=True, allow_null=True)
    care_therapist = PersonSerializer(read_only=True, allow_null=True)
    care_therapist_id = serializers.PrimaryKeyRelatedField(
        source="care_therapist",
        queryset=User.objects.none(),
        allow_null=True,
        required=False,
        write_only=True,
        help_text="Staff who keep the record (clinicians, clinic admins): the id of a "
        "therapist of the clinic to put on the care team, or null to take them off.",
    )
    country = serializers.ChoiceField(
        choices=country_choices(),
        required=False,
        help_text="ISO 3166 code: where the patient is; their crisis lines follow it.",
    )
    phone = serializers.CharField(
        max_length=40,
        required=False,
        allow_blank=True,
        help_text="Stored and shown in E.164 (+442079460958); a number without a +country "
        "code is read as one of the patient's country.",
    )
    emergency_contact_phone = serializers.CharField(
        max_length=40,
        required=False,
        allow_blank=True,
        help_text="As `phone`. Give it with `emergency_contact_name`.",
    )

    push_prompt_kinds = serializers.ListField(
        child=serializers.CharField(max_length=30),
        required=False,
        max_length=30,
        help_text="Prompt kinds (such as journal) also sent as a notification to the "
        "patient's subscribed devices. Push bodies say only that a prompt is waiting.",
    )
    sms_prompt_kinds = serializers.ListField(
        child=serializers.CharField(max_length=30),
        required=False,
        max_length=30,
        help_text="Prompt kinds also sent as a text message to `phone` (which they need). "
        "Texts say only that a prompt is waiting, with a link; a number that replied STOP "
        "gets none.",
    )

    quiet_hours_start = TimeOfDayField(read_only=True)
    quiet_hours_end = TimeOfDayField(read_only=True)

    class Meta:
        model = Patient
        fields = [
            "id",
            "name",
            "email",
            "language",
            "time_zone",
            "country",
            "quiet_hours_start",
            "quiet_hours_end",
            "preferred_channel",
            "push_prompt_kinds",
            "sms_prompt_kinds",
            "care_clinician",
            "care_coach",
            "care_therapist",
            "care_therapist_id",
            "phone",
            "emergency_contact_name",
            "emergency_contact_relationship",
            "emergency_contact_phone",
            "date_of_birth",
            "weight_kg",
        ]
        # The schedule follows the time zone and quiet hours: those change on the pages
        # that move the patient's prompts with them.
        read_only_fields = [
            "time_zone",
            "quiet_hours_start",
            "quiet_hours_end",
            "preferred_channel",
            "date_of_birth",
            "weight_kg",
        ]

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        if request is not None:
            therapists = staff_list_for(request.user, StaffMembership.Role.THERAPIST)
            fields["care_therapist_id"].queryset = User.objects.filter(
                pk__in=therapists.values("user_id")
            )
        return fields

    def validate_language(self, value):
        if value not in {"", *(code for code, _name in settings.LANGUAGES)}:
            raise serializers.ValidationError(gettext("Choose a language from the list."))
        return value

    def validate(self, data):
        # The language is kept on the account; patient_update takes it by name.
        if "user" in data:
            data["language"] = data.pop("user")["language"]
        request = self.context.get("request")
        if "care_therapist" in data and (request is None or membership_of(request.user) is None):
            raise serializers.ValidationError(
                {"care_therapist_id": [gettext("Your care team is chosen by your clinic.")]}
            )
        return data

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if not can_read_clinical_records(self.context["request"].user, instance):
            data.pop("date_of_birth")
            data.pop("weight_kg")
        return data


class MeView(APIView):
    @extend_schema(responses=MeSerializer)
    def get(self, request):
        user = request.user
        membership = membership_of(user)
        profile = patient_profile_of(user)
        clinic = membership.clinic if membership else (profile.clinic if profile else None)
        data = {
            "id": user.pk,
            "email": user.email,
            "name": user.display_name,
            "role": role_of(user),
            "clinic": clinic.name if clinic else None,
            "patient_id": profile.pk if profile else None,
        }
        return Response(MeSerializer(data).data)


@extend_schema_view(
    partial_update=extend_schema(
        description="Where the patient is and how to reach them: country, language, phone and "
        "emergency contact. The patient themself, and the clinic's clinicians and clinic "
        "admins; staff changes are audited. Phone numbers are validated and stored in E.164."
    ),
)
class PatientViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Staff: their clinic's patients as their role allows (a coach: their care-team
    patients). A patient: only themself."""

    serializer_class = PatientSerializer
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self):
        return patient_list_for(self.request.user)

    def get_object(self):
        if self.action == "partial_update":
            # Changes are audited by the service; a read is not recorded for them too.
            return patient_get_for(
                self.request.user, self.kwargs["pk"], for_write=True, audit=False
            )
        return patient_get_for(self.request.user, self.kwargs["pk"])

    def perform_update(self, serializer):
        services.patient_update(
            acting_user=self.request.user, patient=serializer.instance, **serializer.validated_data
        )

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None and membership_of(self.request.user):
            audit_record_many(
                actor=self.request.user, rows=[(p, p) for p in page], action=AuditEvent.Action.LIST
            )
        return page
