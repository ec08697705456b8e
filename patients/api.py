from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from .audit import audit_record_many
from .models import AuditEvent, Patient, User
from .selectors import (
    can_read_clinical_records,
    membership_of,
    patient_get_for,
    patient_list_for,
    patient_profile_of,
    role_of,
)


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
    care_clinician = PersonSerializer(read_only=True)
    care_coach = PersonSerializer(read_only=True)

    class Meta:
        model = Patient
        fields = [
            "id",
            "name",
            "email",
            "time_zone",
            "quiet_hours_start",
            "quiet_hours_end",
            "preferred_channel",
            "care_clinician",
            "care_coach",
            "date_of_birth",
            "weight_kg",
        ]

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


class PatientViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Staff: their clinic's patients as their role allows (a coach: their care-team
    patients). A patient: only themself."""

    serializer_class = PatientSerializer

    def get_queryset(self):
        return patient_list_for(self.request.user)

    def get_object(self):
        return patient_get_for(self.request.user, self.kwargs["pk"])

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None and membership_of(self.request.user):
            audit_record_many(
                actor=self.request.user, rows=[(p, p) for p in page], action=AuditEvent.Action.LIST
            )
        return page
