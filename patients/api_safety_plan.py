"""The safety plan over the API: the patient's own at /api/v1/safety-plan/ and a patient's
for their care team at /api/v1/patients/{id}/safety-plan/, each with GET and PUT and the
plan's versions. The same selectors and service as the pages decide who and save."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.generics import GenericAPIView, ListAPIView
from rest_framework.response import Response

from .api import CrisisResourcesSerializer
from .audit import audit_record_many
from .crisis_lines import crisis_help_for
from .models import AuditEvent
from .safety_plan import (
    CONTACT_SECTIONS,
    CONTACTS_MAX,
    ITEM_MAX_LENGTH,
    ITEMS_MAX,
    LINE_SECTIONS,
    NAME_MAX_LENGTH,
    PHONE_MAX_LENGTH,
    SECTION_KEYS,
    SECTIONS,
    StaleVersionError,
    care_team_of,
    contact_clean,
    empty_content,
    safety_plan_save,
    with_changes,
)
from .selectors import (
    safety_plan_current,
    safety_plan_own_patient,
    safety_plan_patient_get_for,
    safety_plan_version_get,
    safety_plan_versions,
)
from .validators import validate_single_line

SECTIONS_DOC = "; ".join(f"`{s.key}`: {s.title.lower()}" for s in SECTIONS)


class ContactSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=NAME_MAX_LENGTH, validators=[validate_single_line])
    phone = serializers.CharField(
        max_length=PHONE_MAX_LENGTH,
        required=False,
        allow_blank=True,
        default="",
        help_text="Stored and shown in E.164 (+442079460958); a number without a +country "
        "code is read as one of the patient's country.",
    )

    def validate(self, attrs):
        person, errors = contact_clean(attrs, country=self.context["patient"].country)
        if errors:
            raise serializers.ValidationError(errors)
        return person


def _line_list(section):
    return serializers.ListField(
        child=serializers.CharField(max_length=ITEM_MAX_LENGTH, validators=[validate_single_line]),
        max_length=ITEMS_MAX,
        help_text=f"{section.prompt} Up to {ITEMS_MAX} lines.",
    )


def _contact_list(section):
    return ContactSerializer(
        many=True,
        max_length=CONTACTS_MAX,
        help_text=f"{section.prompt} Up to {CONTACTS_MAX} people.",
    )


class SafetyPlanContentSerializer(serializers.Serializer):
    """The plan's sections, as written. Every section is given in full on PUT."""

    def get_fields(self):
        fields = {}
        for section in SECTIONS:
            fields[section.key] = (
                _line_list(section) if section.kind == "lines" else _contact_list(section)
            )
        return fields


class SafetyPlanWriteSerializer(SafetyPlanContentSerializer):
    def get_fields(self):
        fields = super().get_fields()
        fields["base_version"] = serializers.IntegerField(
            required=False,
            allow_null=True,
            min_value=0,
            max_value=2**31 - 1,
            help_text="The version this edit started from (0 for a plan not yet written). "
            "If someone has saved since, the answer is 409 and nothing is saved.",
        )
        return fields


class AuthorSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(source="display_name")


class CareTeamMemberSerializer(serializers.Serializer):
    role = serializers.CharField()
    name = serializers.CharField()


class SafetyPlanVersionSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    version = serializers.IntegerField(source="number")
    saved_at = serializers.DateTimeField(source="created_at")
    saved_by = AuthorSerializer(source="author")
    saved_by_role = serializers.ChoiceField(
        source="author_role", choices=["patient", "clinician", "coach", "therapist"]
    )
    changed_sections = serializers.ListField(
        child=serializers.ChoiceField(choices=list(SECTION_KEYS)),
        help_text="The sections this version changed from the one before it.",
    )


class SafetyPlanVersionSerializer(SafetyPlanVersionSummarySerializer):
    def get_fields(self):
        fields = super().get_fields()
        fields.pop("changed_sections")
        for key, field in SafetyPlanContentSerializer().get_fields().items():
            field.source = f"content.{key}"
            fields[key] = field
        return fields


class SafetyPlanSerializer(SafetyPlanContentSerializer):
    """The plan as it is now, with what is always listed beside the professionals the
    patient adds: their clinic, care team and their own country's crisis lines."""

    def get_fields(self):
        return {
            "patient": serializers.IntegerField(),
            "version": serializers.IntegerField(
                allow_null=True, help_text="Null until the plan is first saved."
            ),
            "saved_at": serializers.DateTimeField(allow_null=True),
            "saved_by": AuthorSerializer(allow_null=True),
            **super().get_fields(),
            "clinic": serializers.CharField(),
            "care_team": CareTeamMemberSerializer(many=True),
            "crisis_resources": CrisisResourcesSerializer(),
        }


class ConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    current_version = serializers.IntegerField()


def _plan_data(patient) -> dict:
    version = safety_plan_current(patient)
    content = version.content if version else empty_content()
    return {
        "patient": patient.pk,
        "version": version.number if version else None,
        "saved_at": version.created_at if version else None,
        "saved_by": version.author if version else None,
        **{key: content.get(key, []) for key in SECTION_KEYS},
        "clinic": patient.clinic.name,
        "care_team": [
            {"role": role, "name": person.display_name} for role, person in care_team_of(patient)
        ],
        "crisis_resources": crisis_help_for(patient),
    }


class _PlanBase(GenericAPIView):
    """The plan of one patient: `patient()` says whose, for the caller."""

    serializer_class = SafetyPlanSerializer
    pagination_class = None

    def patient(self, *, audit=True):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        return Response(SafetyPlanSerializer(_plan_data(self.patient())).data)

    def put(self, request, *args, **kwargs):
        patient = self.patient(audit=False)
        serializer = SafetyPlanWriteSerializer(data=request.data, context={"patient": patient})
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        base_version = data.pop("base_version", None)
        content = {key: [dict(item) for item in data[key]] for key in CONTACT_SECTIONS}
        content.update({key: data[key] for key in LINE_SECTIONS})
        try:
            safety_plan_save(
                acting_user=request.user,
                patient=patient,
                content=content,
                base_version=base_version,
            )
        except StaleVersionError as stale:
            return Response(
                {
                    "detail": f"Version {stale.current.number} was saved by "
                    f"{stale.current.author} since version {base_version}: read it, then "
                    "send your changes again with its number.",
                    "current_version": stale.current.number,
                },
                status=status.HTTP_409_CONFLICT,
            )
        return Response(SafetyPlanSerializer(_plan_data(patient)).data)


class _VersionsBase(ListAPIView):
    serializer_class = SafetyPlanVersionSummarySerializer

    def patient(self, *, audit=True):
        raise NotImplementedError

    def list(self, request, *args, **kwargs):
        patient = self.patient(audit=False)
        versions = safety_plan_versions(patient)
        page = self.paginate_queryset(versions)
        rows = list(page)
        older = None
        if rows and rows[-1].number > 1:
            older = versions.filter(number=rows[-1].number - 1).first()
        with_changes(rows, older)
        for version in rows:
            titles = set(version.changed)
            version.changed_sections = [s.key for s in SECTIONS if s.title in titles]
        if patient.user_id != request.user.pk:
            audit_record_many(
                actor=request.user,
                rows=[(patient, version) for version in rows],
                action=AuditEvent.Action.LIST,
            )
        return self.get_paginated_response(self.get_serializer(rows, many=True).data)


class _VersionBase(GenericAPIView):
    serializer_class = SafetyPlanVersionSerializer
    pagination_class = None

    def patient(self, *, audit=True):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        version = safety_plan_version_get(
            request.user, self.patient(audit=False), self.kwargs["number"]
        )
        return Response(SafetyPlanVersionSerializer(version).data)


class _Own:
    def patient(self, *, audit=True):
        patient = safety_plan_own_patient(self.request.user)
        if patient is None:
            raise PermissionDenied("This is the patient's own plan: staff use /patients/{id}/.")
        return patient


class _OfPatient:
    def patient(self, *, audit=True):
        return safety_plan_patient_get_for(self.request.user, self.kwargs["pk"], audit=audit)


PUT_DOC = (
    "Saves the plan's new wording as its next version (who and when are recorded; earlier "
    "versions are kept). Every section is given in full. Sending the wording the plan "
    f"already has saves nothing new. Sections: {SECTIONS_DOC}."
)
PUT_RESPONSES = {
    200: SafetyPlanSerializer,
    409: OpenApiResponse(
        ConflictSerializer,
        description="Someone saved a newer version since `base_version`; nothing was saved.",
    ),
}


class OwnSafetyPlanView(_Own, _PlanBase):
    @extend_schema(
        summary="Your safety plan",
        description="The signed-in patient's own safety plan (Stanley–Brown), with their "
        "clinic, care team and their country's crisis lines always listed.",
        responses=SafetyPlanSerializer,
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Save your safety plan",
        description=PUT_DOC,
        request=SafetyPlanWriteSerializer,
        responses=PUT_RESPONSES,
    )
    def put(self, request, *args, **kwargs):
        return super().put(request, *args, **kwargs)


class PatientSafetyPlanView(_OfPatient, _PlanBase):
    @extend_schema(
        summary="A patient's safety plan",
        description="For the patient's care team: the clinic's clinicians, and the coach and "
        "therapist on their care team (the patient may read their own here too). Clinic "
        "admins and other clinics get 404. Staff reads are audited.",
        responses=SafetyPlanSerializer,
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Save a patient's safety plan",
        description=PUT_DOC + " Staff saves are audited.",
        request=SafetyPlanWriteSerializer,
        responses=PUT_RESPONSES,
    )
    def put(self, request, *args, **kwargs):
        return super().put(request, *args, **kwargs)


VERSIONS_DOC = "Every saved version, newest first: who saved it, when, and what changed."


@extend_schema(summary="Your safety plan's versions", description=VERSIONS_DOC)
class OwnSafetyPlanVersionsView(_Own, _VersionsBase):
    pass


@extend_schema(
    summary="A patient's safety plan versions",
    description=VERSIONS_DOC + " Staff reads are audited.",
)
class PatientSafetyPlanVersionsView(_OfPatient, _VersionsBase):
    pass


@extend_schema(summary="One version of your safety plan")
class OwnSafetyPlanVersionView(_Own, _VersionBase):
    pass


@extend_schema(
    summary="One version of a patient's safety plan", description="Staff reads are audited."
)
class PatientSafetyPlanVersionView(_OfPatient, _VersionBase):
    pass
