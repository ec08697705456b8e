"""The REST API for dosing sessions and their prompts, over the same selectors and services
as the pages: who may see what is decided in sessions.selectors, every write goes through
sessions.services."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import (
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException
from rest_framework.response import Response

from patients.api import PersonSerializer
from patients.api_fields import ObjectIdField
from patients.audit import audit_record, audit_record_many
from patients.models import AuditEvent
from patients.selectors import patient_get_for, user_is_staff

from . import services, services_addenda
from .api_notes import NoteViewSet
from .models import (
    DebriefNote,
    DebriefNoteRevision,
    DosingSession,
    Instrument,
    ScheduledPrompt,
    SessionAddendum,
    StepPhase,
    VitalsReading,
)
from .selectors import (
    can_see_dosing_details,
    debrief_note_get_for,
    debrief_note_list_for,
    prompt_get_for,
    prompt_list_for,
    session_get_for,
    session_list_for,
)
from .windows import window_ends_at_expression


class PromptNotOpen(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = _("This prompt is not open to answer.")
    default_code = "prompt_not_open"


# Dosing sessions ------------------------------------------------------------------------


class VitalsReadingSerializer(serializers.ModelSerializer):
    flags = serializers.ListField(
        child=serializers.CharField(),
        read_only=True,
        help_text="What is outside the normal range, in words: BP at or above 140/90, SpO2 "
        "below 94%, heart rate above 100 or below 50. Empty when all is normal.",
    )

    class Meta:
        model = VitalsReading
        fields = [
            "id",
            "taken_at",
            "moment",
            "systolic",
            "diastolic",
            "heart_rate",
            "spo2",
            "flags",
        ]


class SessionAddendumSerializer(serializers.ModelSerializer):
    author = PersonSerializer(read_only=True)
    corrections = serializers.DictField(
        read_only=True,
        help_text="The corrected values by field of the record; the record itself keeps "
        "the values it was signed with.",
    )

    class Meta:
        model = SessionAddendum
        fields = ["id", "author", "created_at", "reason", "corrections"]
        read_only_fields = fields


class DosingSessionWindowSerializer(serializers.ModelSerializer):
    """Dates and windows only: what a coach on the care team sees of a session."""

    patient = serializers.PrimaryKeyRelatedField(read_only=True)
    status = serializers.ChoiceField(choices=DosingSession.Status.choices, read_only=True)
    window_ends_at = serializers.DateTimeField(
        read_only=True,
        allow_null=True,
        help_text="When its integration window closes: its end plus the program's window hours.",
    )
    prompt_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = DosingSession
        fields = [
            "id",
            "patient",
            "status",
            "setting",
            "started_at",
            "ended_at",
            "window_ends_at",
            "prompt_count",
        ]
        read_only_fields = fields


class DosingSessionSerializer(DosingSessionWindowSerializer):
    """The full record: for the clinic's clinicians and the patient themself."""

    clinician = PersonSerializer(read_only=True)
    signed_by = PersonSerializer(read_only=True, allow_null=True)
    mg_per_kg = serializers.DecimalField(
        max_digits=8, decimal_places=2, read_only=True, allow_null=True
    )
    vitals = VitalsReadingSerializer(many=True, read_only=True)
    addenda = SessionAddendumSerializer(
        many=True,
        read_only=True,
        help_text="Corrections to the signed record, oldest first. The record's own fields "
        "keep the values it was signed with.",
    )
    rems_missing = serializers.ListField(
        child=serializers.CharField(),
        read_only=True,
        help_text="What an esketamine record still lacks before it can be signed.",
    )
    confirm_high_dose = serializers.BooleanField(
        write_only=True,
        default=False,
        help_text="Set to record a dose above the route's mg/kg ceiling.",
    )

    class Meta:
        model = DosingSession
        fields = [
            *DosingSessionWindowSerializer.Meta.fields,
            *(
                f
                for f in DosingSession.RECORD_FIELDS
                if f not in ("setting", "started_at", "ended_at")
            ),
            "clinician",
            "mg_per_kg",
            "vitals",
            "addenda",
            "rems_missing",
            "signed_by",
            "signed_at",
            "created_at",
            "updated_at",
            "confirm_high_dose",
        ]
        read_only_fields = ["status", "signed_at", "created_at", "updated_at"]


class SessionAddendumCreateSerializer(serializers.Serializer):
    reason = serializers.CharField(help_text="Why the record needs correcting.")
    corrections = serializers.DictField(
        help_text='Field of the record -> corrected value, e.g. {"dose_mg": "40"}: only the '
        "record's fields, as a session's create and update take them.",
    )

    def validate_corrections(self, corrections):
        unknown = sorted(set(corrections) - set(SessionAddendum.CORRECTABLE_FIELDS))
        if unknown:
            raise serializers.ValidationError(
                dict.fromkeys(unknown, _("Not a field of the dosing record."))
            )
        if not corrections:
            raise serializers.ValidationError(_("Correct at least one value of the record."))
        values = DosingSessionSerializer(data=corrections, partial=True)
        if not values.is_valid():
            raise serializers.ValidationError(values.errors)
        return {
            name: values.validated_data[name]
            for name in corrections
            if name in values.validated_data
        }


class DosingSessionCreateSerializer(DosingSessionSerializer):
    patient = ObjectIdField(help_text="The patient's id.")


class SessionEndSerializer(serializers.Serializer):
    ended_at = serializers.DateTimeField(
        required=False, allow_null=True, help_text="When it ended; now if left out."
    )


class SessionFilterSerializer(serializers.Serializer):
    patient = ObjectIdField(required=False, help_text="Only this patient's sessions.")
    status = serializers.ChoiceField(choices=DosingSession.Status.choices, required=False)


SessionAnyShape = PolymorphicProxySerializer(
    component_name="DosingSessionForViewer",
    serializers=[DosingSessionSerializer, DosingSessionWindowSerializer],
    resource_type_field_name=None,
)

WRITE_ACTIONS = {"partial_update", "end", "sign", "cancel", "vitals", "addenda"}


@extend_schema_view(
    list=extend_schema(
        parameters=[SessionFilterSerializer],
        responses=SessionAnyShape,
        description="Sessions of the patients the user may see. Clinicians and the patient "
        "get full records; a coach on the care team gets dates and windows only.",
    ),
    retrieve=extend_schema(responses=SessionAnyShape),
    create=extend_schema(
        request=DosingSessionCreateSerializer,
        responses={201: DosingSessionSerializer},
        description="Clinicians of the patient's clinic record a session. With `ended_at` "
        "it is completed and its integration window is scheduled at once.",
    ),
    partial_update=extend_schema(
        request=DosingSessionSerializer, responses=DosingSessionSerializer
    ),
)
class DosingSessionViewSet(viewsets.GenericViewSet):
    """Dosing sessions. Writes are for the clinicians of the patient's clinic; everyone
    else who may see a session gets 404 on its write actions."""

    serializer_class = DosingSessionSerializer

    def get_queryset(self):
        # Prompt count comes from the one join on prompts, the window end from
        # sessions.windows; vitals are a prefetch so the join does not multiply rows.
        return (
            session_list_for(self.request.user)
            .annotate(window_ends_at=window_ends_at_expression())
            .prefetch_related(
                "vitals",
                Prefetch("addenda", SessionAddendum.objects.select_related("author")),
            )
        )

    def get_object(self) -> DosingSession:
        # Writes are audited by the services; only reads are audited here.
        for_write = self.action in WRITE_ACTIONS
        return session_get_for(
            self.request.user, self.kwargs["pk"], for_write=for_write, audit=not for_write
        )

    def filter_queryset(self, queryset):
        params = SessionFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        if "patient" in params.validated_data:
            queryset = queryset.filter(patient_id=params.validated_data["patient"])
        if "status" in params.validated_data:
            queryset = queryset.filter(status=params.validated_data["status"])
        return queryset

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None and user_is_staff(self.request.user):
            audit_record_many(
                actor=self.request.user,
                rows=[(session.patient, session) for session in page],
                action=AuditEvent.Action.LIST,
            )
        return page

    def get_serializer(self, *args, **kwargs):
        """The full record, or its dates and window only when the viewer may not see the
        dosing details. Decided per session here, so the browsable API's forms cannot
        show a coach more than the JSON does."""
        instance = args[0] if args else kwargs.get("instance")
        if isinstance(instance, DosingSession) and not can_see_dosing_details(
            self.request.user, instance
        ):
            kwargs.setdefault("context", self.get_serializer_context())
            return DosingSessionWindowSerializer(*args, **kwargs)
        return super().get_serializer(*args, **kwargs)

    def represent(self, session: DosingSession) -> dict:
        return self.get_serializer(session).data

    def reloaded(self, session: DosingSession) -> DosingSession:
        """The session as lists show it: window end, prompt count and vitals included."""
        return self.get_queryset().get(pk=session.pk)

    def list(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response([self.represent(session) for session in page])

    def retrieve(self, request, pk=None):
        return Response(self.represent(self.reloaded(self.get_object())))

    def create(self, request):
        serializer = DosingSessionCreateSerializer(
            data=request.data, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        fields = dict(serializer.validated_data)
        patient = patient_get_for(request.user, fields.pop("patient"), audit=False)
        confirm_high_dose = fields.pop("confirm_high_dose")
        session = services.session_create(
            acting_user=request.user,
            patient=patient,
            confirm_high_dose=confirm_high_dose,
            **fields,
        )
        return Response(self.represent(self.reloaded(session)), status=status.HTTP_201_CREATED)

    def partial_update(self, request, pk=None):
        session = self.get_object()
        serializer = DosingSessionSerializer(
            session, data=request.data, partial=True, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        confirm_high_dose = changes.pop("confirm_high_dose", False)
        session = services.session_update(
            acting_user=request.user,
            session=session,
            confirm_high_dose=confirm_high_dose,
            **changes,
        )
        return Response(self.represent(self.reloaded(session)))

    @extend_schema(
        request=SessionEndSerializer,
        responses=DosingSessionSerializer,
        description="Ends a planned or running session; its integration window begins.",
    )
    @action(detail=True, methods=["post"])
    def end(self, request, pk=None):
        session = self.get_object()
        body = SessionEndSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        session = services.session_end(
            acting_user=request.user,
            session=session,
            ended_at=body.validated_data.get("ended_at"),
        )
        return Response(self.represent(self.reloaded(session)))

    @extend_schema(
        request=None,
        responses=DosingSessionSerializer,
        description="Signs a completed record; esketamine records need the REMS fields first.",
    )
    @action(detail=True, methods=["post"])
    def sign(self, request, pk=None):
        session = self.get_object()
        session = services.session_sign(acting_user=request.user, session=session)
        return Response(self.represent(self.reloaded(session)))

    @extend_schema(
        request=None,
        responses=DosingSessionSerializer,
        description="Cancels the session and the prompts of its window not yet sent.",
    )
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        session = self.get_object()
        session = services.session_cancel(acting_user=request.user, session=session)
        return Response(self.represent(self.reloaded(session)))

    @extend_schema(request=VitalsReadingSerializer, responses={201: VitalsReadingSerializer})
    @action(detail=True, methods=["post"])
    def vitals(self, request, pk=None):
        session = self.get_object()
        serializer = VitalsReadingSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        reading = services.vitals_add(
            acting_user=request.user, session=session, **serializer.validated_data
        )
        return Response(VitalsReadingSerializer(reading).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=SessionAddendumCreateSerializer,
        responses={201: SessionAddendumSerializer},
        description="Corrects a signed record with an addendum; the clinic's clinicians only. "
        "The record keeps its signed values; the addendum lists the corrected ones, and "
        "appears in the session's `addenda`.",
    )
    @action(detail=True, methods=["post"])
    def addenda(self, request, pk=None):
        session = self.get_object()
        body = SessionAddendumCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        addendum = services_addenda.addendum_create(
            acting_user=request.user,
            session=session,
            reason=body.validated_data["reason"],
            corrections=body.validated_data["corrections"],
        )
        return Response(SessionAddendumSerializer(addendum).data, status=status.HTTP_201_CREATED)


# Prompts --------------------------------------------------------------------------------


class PromptSerializer(serializers.ModelSerializer):
    status = serializers.ChoiceField(choices=ScheduledPrompt.Status.choices, read_only=True)
    instrument = serializers.ChoiceField(
        choices=Instrument.choices,
        allow_blank=True,
        read_only=True,
        help_text="The questionnaire an assessment prompt asks; empty for other kinds.",
    )
    superseded_by = serializers.PrimaryKeyRelatedField(
        read_only=True,
        allow_null=True,
        help_text="For a superseded assessment (staff only): the prompt of another window "
        "that asks the same questions too close to it.",
    )
    phase = serializers.ChoiceField(
        choices=StepPhase.choices,
        read_only=True,
        help_text="pre_session (before a planned session, e.g. its intentions), window, or "
        "follow_up (repeating between doses after the window).",
    )
    occurrence = serializers.IntegerField(
        read_only=True, help_text="Which repetition of its step: 1 for the first or only one."
    )

    class Meta:
        model = ScheduledPrompt
        fields = [
            "id",
            "session",
            "phase",
            "occurrence",
            "kind",
            "instrument",
            "title",
            "instructions",
            "due_at",
            "expires_at",
            "status",
            "sent_at",
            "answered_at",
            "reminded_at",
            "superseded_by",
        ]
        read_only_fields = fields


class PromptFilterSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=ScheduledPrompt.Status.choices, required=False)
    window = ObjectIdField(
        required=False, help_text="Only the prompts of this dosing session's window."
    )


NOT_OPEN_BECAUSE = {
    ScheduledPrompt.Status.SCHEDULED: _("This prompt is not due yet."),
    ScheduledPrompt.Status.QUEUED: _("This prompt is not due yet."),
    ScheduledPrompt.Status.ANSWERED: _("This prompt is already answered."),
    ScheduledPrompt.Status.EXPIRED: _("This prompt has expired."),
    ScheduledPrompt.Status.CANCELLED: _("This prompt was cancelled."),
    ScheduledPrompt.Status.SKIPPED: _("This prompt closed before its session was recorded."),
    ScheduledPrompt.Status.WITHDRAWN: _("This prompt was withdrawn: its session was cancelled."),
}


@extend_schema_view(list=extend_schema(parameters=[PromptFilterSerializer]))
class PromptViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The prompts of the windows the user may see. Only the patient answers their own."""

    serializer_class = PromptSerializer

    def get_queryset(self):
        return prompt_list_for(self.request.user).order_by("due_at", "pk")

    def get_object(self) -> ScheduledPrompt:
        return prompt_get_for(
            self.request.user, self.kwargs["pk"], for_answer=self.action == "done"
        )

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None and user_is_staff(self.request.user):
            audit_record_many(
                actor=self.request.user,
                rows=[(prompt.patient, prompt) for prompt in page],
                action=AuditEvent.Action.LIST,
            )
        return page

    def retrieve(self, request, pk=None):
        prompt = self.get_object()
        if user_is_staff(request.user):
            audit_record(
                actor=request.user,
                patient=prompt.patient,
                action=AuditEvent.Action.VIEW,
                obj=prompt,
            )
        return Response(self.get_serializer(prompt).data)

    def filter_queryset(self, queryset):
        params = PromptFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        if "status" in params.validated_data:
            queryset = queryset.filter(status=params.validated_data["status"])
        if "window" in params.validated_data:
            queryset = queryset.filter(session_id=params.validated_data["window"])
        return queryset

    @extend_schema(
        request=None,
        responses={
            200: PromptSerializer,
            409: OpenApiResponse(
                description="Not open: not yet due, already answered, expired or cancelled."
            ),
        },
        description="The patient marks a due prompt done.",
    )
    @action(detail=True, methods=["post"])
    def done(self, request, pk=None):
        prompt = self.get_object()
        completed = services.prompt_complete(acting_user=request.user, prompt=prompt)
        prompt.refresh_from_db()
        if not completed:
            raise PromptNotOpen(NOT_OPEN_BECAUSE.get(prompt.status, PromptNotOpen.default_detail))
        return Response(PromptSerializer(prompt).data)


# Debrief notes ----------------------------------------------------------------------------


class DebriefNoteRevisionSerializer(serializers.ModelSerializer):
    edited_by = PersonSerializer(read_only=True)

    class Meta:
        model = DebriefNoteRevision
        fields = ["number", "text", "visible_to_patient", "edited_by", "edited_at"]
        read_only_fields = fields


class DebriefNoteForPatientSerializer(serializers.ModelSerializer):
    """What the patient reads: a note its author chose to show them."""

    author_name = serializers.CharField(source="author.display_name", read_only=True)
    session_started_at = serializers.DateTimeField(source="session.started_at", read_only=True)

    class Meta:
        model = DebriefNote
        fields = ["id", "session", "session_started_at", "author_name", "text", "published_at"]
        read_only_fields = fields


class DebriefNoteSerializer(serializers.ModelSerializer):
    """The care team's view: every note of its patients, with each version kept."""

    session = ObjectIdField(source="session_id", help_text="The dosing session's id.")
    patient = serializers.PrimaryKeyRelatedField(read_only=True)
    author = PersonSerializer(read_only=True)
    revisions = DebriefNoteRevisionSerializer(many=True, read_only=True)

    class Meta:
        model = DebriefNote
        fields = [
            "id",
            "session",
            "patient",
            "author",
            "text",
            "visible_to_patient",
            "published_at",
            "created_at",
            "updated_at",
            "revisions",
        ]
        read_only_fields = ["published_at", "created_at", "updated_at"]


class DebriefNoteUpdateSerializer(serializers.Serializer):
    text = serializers.CharField(required=False, max_length=DebriefNote.MAX_CHARS)
    visible_to_patient = serializers.BooleanField(required=False)


class DebriefNoteFilterSerializer(serializers.Serializer):
    patient = ObjectIdField(required=False, help_text="Only this patient's notes.")
    session = ObjectIdField(required=False, help_text="Only this session's notes.")


NoteAnyShape = PolymorphicProxySerializer(
    component_name="DebriefNoteForViewer",
    serializers=[DebriefNoteSerializer, DebriefNoteForPatientSerializer],
    resource_type_field_name=None,
)


@extend_schema_view(
    list=extend_schema(
        parameters=[DebriefNoteFilterSerializer],
        responses=NoteAnyShape,
        description="The care team (the clinic's clinicians, the patient's coach) reads every "
        "note of its patients with its history; a patient reads the notes shown to them.",
    ),
    retrieve=extend_schema(responses=NoteAnyShape),
    create=extend_schema(
        request=DebriefNoteSerializer,
        responses={201: DebriefNoteSerializer},
        description="The care team writes a note on a session; `visible_to_patient` shows "
        "it to the patient at once.",
    ),
    partial_update=extend_schema(
        request=DebriefNoteUpdateSerializer,
        responses=DebriefNoteSerializer,
        description="Its author edits a note or changes who may read it; the earlier "
        "version is kept in `revisions`.",
    ),
)
class DebriefNoteViewSet(NoteViewSet):
    serializer_class = DebriefNoteSerializer
    patient_serializer_class = DebriefNoteForPatientSerializer
    update_serializer_class = DebriefNoteUpdateSerializer
    filter_serializer_class = DebriefNoteFilterSerializer

    def get_queryset(self):
        notes = debrief_note_list_for(self.request.user)
        if user_is_staff(self.request.user):
            notes = notes.prefetch_related("revisions__edited_by")
        return notes

    def note_get_for(self, pk, *, for_write: bool, audit: bool) -> DebriefNote:
        return debrief_note_get_for(self.request.user, pk, for_write=for_write, audit=audit)

    def note_update(self, note: DebriefNote, changes: dict) -> DebriefNote:
        return services.debrief_note_update(acting_user=self.request.user, note=note, **changes)

    def create(self, request):
        body = DebriefNoteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        session = session_get_for(request.user, data["session_id"], audit=False)
        note = services.debrief_note_create(
            acting_user=request.user,
            session=session,
            text=data["text"],
            visible_to_patient=data.get("visible_to_patient", False),
        )
        return Response(self.represent(note), status=status.HTTP_201_CREATED)
