"""Therapy notes over the API, on the same selectors and services as the pages: the
patient's therapist and the clinic's clinicians keep them; the patient reads the ones
shared with them; coaches and clinic admins see none."""

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema, extend_schema_view
from rest_framework import serializers, status
from rest_framework.response import Response

from patients.api import PersonSerializer
from patients.api_fields import ObjectIdField
from patients.selectors import patient_get_for
from patients.validators import LONG_TEXT_MAX_LENGTH

from . import services_therapy
from .api_notes import NoteViewSet
from .models_therapy import TherapyNote
from .selectors import therapy_note_get_for, therapy_note_list_for


class TherapyNoteSerializer(serializers.ModelSerializer):
    """The clinical staff's view of a note."""

    patient = ObjectIdField(source="patient_id", help_text="The patient's id.")
    author = PersonSerializer(read_only=True)

    class Meta:
        model = TherapyNote
        fields = [
            "id",
            "patient",
            "author",
            "appointment_at",
            "text",
            "shared_with_patient",
            "shared_at",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["shared_at", "created_at", "updated_at"]


class TherapyNoteForPatientSerializer(serializers.ModelSerializer):
    """What the patient reads: a note shared with them."""

    author_name = serializers.CharField(source="author.display_name", read_only=True)

    class Meta:
        model = TherapyNote
        fields = ["id", "appointment_at", "author_name", "text", "shared_at"]
        read_only_fields = fields


class TherapyNoteUpdateSerializer(serializers.Serializer):
    appointment_at = serializers.DateTimeField(required=False)
    text = serializers.CharField(required=False, max_length=LONG_TEXT_MAX_LENGTH)
    shared_with_patient = serializers.BooleanField(required=False)


class TherapyNoteFilterSerializer(serializers.Serializer):
    patient = ObjectIdField(required=False, help_text="Only this patient's notes.")


TherapyNoteAnyShape = PolymorphicProxySerializer(
    component_name="TherapyNoteForViewer",
    serializers=[TherapyNoteSerializer, TherapyNoteForPatientSerializer],
    resource_type_field_name=None,
)


@extend_schema_view(
    list=extend_schema(
        parameters=[TherapyNoteFilterSerializer],
        responses=TherapyNoteAnyShape,
        description="The clinic's clinicians read the notes of the clinic's patients, a "
        "therapist those of their own patients; a patient reads the notes shared with them. "
        "Newest appointment first.",
    ),
    retrieve=extend_schema(responses=TherapyNoteAnyShape),
    create=extend_schema(
        request=TherapyNoteSerializer,
        responses={201: TherapyNoteSerializer},
        description="The patient's therapist or a clinician of the clinic writes a note; "
        "`shared_with_patient` shares it with the patient at once.",
    ),
    partial_update=extend_schema(
        request=TherapyNoteUpdateSerializer,
        responses=TherapyNoteSerializer,
        description="Its author changes a note, or shares it with the patient or takes it back.",
    ),
)
class TherapyNoteViewSet(NoteViewSet):
    serializer_class = TherapyNoteSerializer
    patient_serializer_class = TherapyNoteForPatientSerializer
    update_serializer_class = TherapyNoteUpdateSerializer
    filter_serializer_class = TherapyNoteFilterSerializer

    def get_queryset(self):
        return therapy_note_list_for(self.request.user)

    def note_get_for(self, pk, *, for_write: bool, audit: bool) -> TherapyNote:
        return therapy_note_get_for(self.request.user, pk, for_write=for_write, audit=audit)

    def note_update(self, note: TherapyNote, changes: dict) -> TherapyNote:
        return services_therapy.therapy_note_update(
            acting_user=self.request.user, note=note, **changes
        )

    def create(self, request):
        body = TherapyNoteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        patient = patient_get_for(request.user, data["patient_id"], audit=False)
        note = services_therapy.therapy_note_create(
            acting_user=request.user,
            patient=patient,
            appointment_at=data["appointment_at"],
            text=data["text"],
            shared_with_patient=data.get("shared_with_patient", False),
        )
        return Response(self.represent(note), status=status.HTTP_201_CREATED)
