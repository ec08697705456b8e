"""The REST API for journals over the same selectors and services as the pages: a patient
keeps their own entries and answers; the care team reads what is shared (and clinicians
the assessments); no one else reads a private entry."""

from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from patients.api import CrisisResourcesSerializer, PersonSerializer
from patients.api_fields import ObjectIdField
from patients.audit import audit_record_many
from patients.crisis_lines import crisis_help_for
from patients.models import AuditEvent
from patients.selectors import user_is_staff
from sessions.api import NOT_OPEN_BECAUSE, PromptNotOpen, PromptSerializer
from sessions.models import Instrument, PromptKind
from sessions.selectors import prompt_get_for

from . import services
from .forms import IDEMPOTENCY_KEY
from .models import (
    ENTRY_MAX_CHARS,
    FEELINGS,
    PRACTICE_MAX_MINUTES,
    Assessment,
    EntryComment,
    JournalEntry,
)
from .selectors import (
    answer_made_with,
    assessment_get_for,
    assessment_list_for,
    entry_comment_list_for,
    entry_get_for,
    entry_list_for,
    entry_search,
)

IDEMPOTENCY_KEY_HEADER = OpenApiParameter(
    "Idempotency-Key",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="Any unique string (a UUID, say), up to 64 visible ASCII characters. Send "
    "the same request again with the same key, after a timeout or a lost connection, and "
    "it is made once: the answer is the first request's, with the header "
    "`Idempotent-Replayed: true`. A key is the patient's (or, for comments, the author's).",
)


def _idempotency_key(request) -> str:
    key = request.headers.get("Idempotency-Key", "").strip()
    if key and not IDEMPOTENCY_KEY.match(key):
        raise serializers.ValidationError(
            {"idempotency_key": "Send up to 64 visible ASCII characters, e.g. a UUID."}
        )
    return key


def _created(data, row) -> Response:
    """201 for a create and for its repeat alike, so a retry reads like the first."""
    response = Response(data, status=status.HTTP_201_CREATED)
    if getattr(row, "replayed", False):
        response["Idempotent-Replayed"] = "true"
    return response


def _audit_list(request, rows):
    if user_is_staff(request.user):
        audit_record_many(actor=request.user, rows=rows, action=AuditEvent.Action.LIST)


# Journal entries --------------------------------------------------------------------------


class JournalEntrySerializer(serializers.ModelSerializer):
    kind = serializers.ChoiceField(choices=JournalEntry.Kind.choices, read_only=True)
    text = serializers.CharField(
        allow_blank=True,
        required=False,
        trim_whitespace=False,
        help_text=f"Up to {ENTRY_MAX_CHARS:,} characters.",
    )
    mood = serializers.IntegerField(
        min_value=1, max_value=10, allow_null=True, required=False, help_text="1 to 10."
    )
    feelings = serializers.ListField(
        child=serializers.ChoiceField(choices=FEELINGS), required=False
    )
    comment_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = JournalEntry
        fields = [
            "id",
            "patient",
            "kind",
            "title",
            "text",
            "mood",
            "feelings",
            "practice_minutes",
            "next_therapy_at",
            "session",
            "prompt",
            "shared_with_care_team",
            "shared_at",
            "flagged",
            "comment_count",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [
            "patient",
            "session",
            "prompt",
            "shared_with_care_team",
            "shared_at",
            "flagged",
            "created_at",
            "updated_at",
        ]
        extra_kwargs = {"practice_minutes": {"min_value": 1, "max_value": PRACTICE_MAX_MINUTES}}


class JournalEntryCreateSerializer(JournalEntrySerializer):
    share = serializers.BooleanField(
        write_only=True, default=False, help_text="Share with the care team at once."
    )

    class Meta(JournalEntrySerializer.Meta):
        fields = [*JournalEntrySerializer.Meta.fields, "share"]


class JournalEntrySavedSerializer(JournalEntrySerializer):
    crisis_resources = CrisisResourcesSerializer(
        read_only=True,
        allow_null=True,
        help_text="Present when the crisis screen flagged the entry: show these at once.",
    )

    class Meta(JournalEntrySerializer.Meta):
        fields = [*JournalEntrySerializer.Meta.fields, "crisis_resources"]


class EntryFilterSerializer(serializers.Serializer):
    q = serializers.CharField(required=False, help_text="Words to look for in title and text.")
    patient = ObjectIdField(required=False, help_text="Staff: one patient's entries.")


def _saved_entry(entry: JournalEntry) -> dict:
    entry.comment_count = entry.comments.count()
    data = JournalEntrySerializer(entry).data
    data["crisis_resources"] = crisis_help_for(entry.patient) if entry.flagged else None
    return data


ENTRY_WRITE_ACTIONS = {"partial_update", "destroy", "share", "unshare"}


@extend_schema_view(
    list=extend_schema(
        parameters=[EntryFilterSerializer],
        description="A patient's own entries (private and shared), newest first; for the "
        "care team, the entries their patients shared. Deleted entries are left out.",
    ),
    create=extend_schema(
        request=JournalEntryCreateSerializer,
        parameters=[IDEMPOTENCY_KEY_HEADER],
        responses={201: JournalEntrySavedSerializer},
        description="A patient writes a free entry, private unless `share`. It belongs to "
        "the window open now, if any. When the crisis screen flags it, the care team is "
        "alerted and the response carries `crisis_resources` to show at once.",
    ),
    partial_update=extend_schema(
        request=JournalEntrySerializer, responses=JournalEntrySavedSerializer
    ),
    destroy=extend_schema(
        description="Moves the entry to recently deleted; it can be restored for 30 days."
    ),
)
class JournalEntryViewSet(viewsets.GenericViewSet):
    """Journal entries. Only the patient writes; the care team reads shared entries; a
    write by anyone else gets 404, like a stranger."""

    serializer_class = JournalEntrySerializer

    def get_queryset(self):
        return entry_list_for(self.request.user).annotate(comment_count=Count("comments"))

    def get_object(self) -> JournalEntry:
        for_write = self.action in ENTRY_WRITE_ACTIONS
        entry = entry_get_for(
            self.request.user, self.kwargs["pk"], for_write=for_write, audit=not for_write
        )
        entry.comment_count = entry.comments.count()
        return entry

    def filter_queryset(self, queryset):
        params = EntryFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        if "patient" in params.validated_data:
            queryset = queryset.filter(patient_id=params.validated_data["patient"])
        return entry_search(queryset, params.validated_data.get("q", ""))

    def list(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        _audit_list(request, [(entry.patient, entry) for entry in page])
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def retrieve(self, request, pk=None):
        return Response(self.get_serializer(self.get_object()).data)

    def create(self, request):
        key = _idempotency_key(request)
        body = JournalEntryCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        fields = dict(body.validated_data)
        entry = services.entry_create(
            acting_user=request.user, share=fields.pop("share"), idempotency_key=key, **fields
        )
        return _created(_saved_entry(entry), entry)

    def partial_update(self, request, pk=None):
        entry = self.get_object()
        body = JournalEntrySerializer(entry, data=request.data, partial=True)
        body.is_valid(raise_exception=True)
        entry = services.entry_update(acting_user=request.user, entry=entry, **body.validated_data)
        return Response(_saved_entry(entry))

    def destroy(self, request, pk=None):
        services.entry_delete(acting_user=request.user, entry=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=None, responses=JournalEntrySerializer)
    @action(detail=True, methods=["post"])
    def share(self, request, pk=None):
        """Shares the entry with the care team."""
        entry = services.entry_share(acting_user=request.user, entry=self.get_object())
        return Response(self.get_serializer(entry).data)

    @extend_schema(request=None, responses=JournalEntrySerializer)
    @action(detail=True, methods=["post"])
    def unshare(self, request, pk=None):
        """Takes the entry back: the care team can no longer read it, from now on."""
        entry = services.entry_unshare(acting_user=request.user, entry=self.get_object())
        return Response(self.get_serializer(entry).data)


# Assessments ------------------------------------------------------------------------------


class AssessmentSerializer(serializers.ModelSerializer):
    instrument = serializers.ChoiceField(choices=Instrument.choices)
    item_scores = serializers.ListField(
        child=serializers.IntegerField(min_value=0, max_value=3),
        help_text="Each item's answer in order: 0 not at all, 1 several days, 2 more than "
        "half the days, 3 nearly every day. 9 items for PHQ-9, 7 for GAD-7.",
    )

    class Meta:
        model = Assessment
        fields = [
            "id",
            "patient",
            "instrument",
            "item_scores",
            "total",
            "band",
            "session",
            "prompt",
            "created_at",
        ]
        read_only_fields = ["patient", "total", "band", "session", "prompt", "created_at"]


class AssessmentSavedSerializer(AssessmentSerializer):
    crisis_resources = CrisisResourcesSerializer(
        read_only=True,
        allow_null=True,
        help_text="Present when PHQ-9 item 9 is above 0: show these at once.",
    )

    class Meta(AssessmentSerializer.Meta):
        fields = [*AssessmentSerializer.Meta.fields, "crisis_resources"]


def _saved_assessment(assessment: Assessment) -> dict:
    data = AssessmentSerializer(assessment).data
    data["crisis_resources"] = (
        crisis_help_for(assessment.patient) if assessment.shows_self_harm_thoughts else None
    )
    return data


@extend_schema_view(
    list=extend_schema(
        description="The patient's own; for clinicians, their clinic's patients'; for a "
        "coach, their care team's where the clinic allows it."
    ),
    create=extend_schema(
        parameters=[IDEMPOTENCY_KEY_HEADER],
        responses={201: AssessmentSavedSerializer},
        description="The patient answers a PHQ-9 or GAD-7 outside a prompt. PHQ-9 item 9 "
        "above 0 alerts the care team and the response carries `crisis_resources`.",
    ),
)
class AssessmentViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = AssessmentSerializer

    def get_queryset(self):
        return assessment_list_for(self.request.user)

    def get_object(self) -> Assessment:
        return assessment_get_for(self.request.user, self.kwargs["pk"])

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None:
            _audit_list(self.request, [(assessment.patient, assessment) for assessment in page])
        return page

    def create(self, request):
        key = _idempotency_key(request)
        body = AssessmentSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        assessment = services.assessment_create(
            acting_user=request.user, idempotency_key=key, **body.validated_data
        )
        return _created(_saved_assessment(assessment), assessment)


# Comments ---------------------------------------------------------------------------------


class CommentSerializer(serializers.ModelSerializer):
    author = PersonSerializer(read_only=True)
    entry = ObjectIdField(source="entry_id", help_text="The entry's id.")

    class Meta:
        model = EntryComment
        fields = ["id", "entry", "author", "text", "created_at"]
        read_only_fields = ["created_at"]


class CommentFilterSerializer(serializers.Serializer):
    entry = ObjectIdField(required=False, help_text="Only this entry's comments.")


@extend_schema_view(
    list=extend_schema(
        parameters=[CommentFilterSerializer],
        description="Comments under the entries the user may read.",
    ),
    create=extend_schema(
        parameters=[IDEMPOTENCY_KEY_HEADER],
        description="The care team comments on shared entries; the patient may reply under "
        "their own.",
    ),
)
class CommentViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = CommentSerializer

    def get_queryset(self):
        return entry_comment_list_for(self.request.user).order_by("created_at", "pk")

    def filter_queryset(self, queryset):
        params = CommentFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        if "entry" in params.validated_data:
            queryset = queryset.filter(entry_id=params.validated_data["entry"])
        return queryset

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None:
            _audit_list(self.request, [(comment.entry.patient, comment) for comment in page])
        return page

    def create(self, request):
        key = _idempotency_key(request)
        body = CommentSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            entry = entry_get_for(request.user, body.validated_data["entry_id"], audit=False)
        except Http404:
            raise ValidationError({"entry": "No such entry."}) from None
        comment = services.comment_create(
            acting_user=request.user,
            entry=entry,
            text=body.validated_data["text"],
            idempotency_key=key,
        )
        return _created(CommentSerializer(comment).data, comment)


# Answers to prompts -----------------------------------------------------------------------


class PromptAnswerSerializer(serializers.Serializer):
    """What each kind of prompt is answered with; fields for other kinds are ignored."""

    mood = serializers.IntegerField(
        min_value=1,
        max_value=10,
        required=False,
        allow_null=True,
        help_text="Check-in (required), journal, mindfulness: 1 to 10.",
    )
    title = serializers.CharField(max_length=200, required=False, allow_blank=True)
    text = serializers.CharField(
        required=False,
        allow_blank=True,
        trim_whitespace=False,
        help_text="Journal, therapy and intentions (required); mindfulness: how it felt.",
    )
    feelings = serializers.ListField(
        child=serializers.ChoiceField(choices=FEELINGS), required=False, help_text="Journal."
    )
    practice_minutes = serializers.IntegerField(
        min_value=1,
        max_value=PRACTICE_MAX_MINUTES,
        required=False,
        help_text="Mindfulness (required).",
    )
    next_therapy_at = serializers.DateTimeField(
        required=False, allow_null=True, help_text="Therapy: the next appointment."
    )
    share = serializers.BooleanField(
        required=False,
        help_text="Journal, mindfulness, therapy: share with the care team. Intentions are "
        "shared unless this is false.",
    )
    commitment_progress = serializers.DictField(
        child=serializers.ChoiceField(choices=["not_started", "some", "done"]),
        required=False,
        help_text="Journal: progress of the window's commitments, by commitment id.",
    )
    item_scores = serializers.ListField(
        child=serializers.IntegerField(min_value=0, max_value=3),
        required=False,
        help_text="Assessment (required): each item's answer, 0 to 3, in order.",
    )

    REQUIRED = {
        PromptKind.CHECK_IN: "mood",
        PromptKind.JOURNAL: "text",
        PromptKind.THERAPY: "text",
        PromptKind.MINDFULNESS: "practice_minutes",
        PromptKind.ASSESSMENT: "item_scores",
        # The drawings, photos and voice notes follow: POST them to the entry's attachments.
        PromptKind.CREATIVE: None,
        PromptKind.INTENTION: "text",
    }

    def answer_for(self, kind: str) -> dict:
        data = self.validated_data
        required = self.REQUIRED[kind]
        if required and data.get(required) in (None, "", []):
            raise serializers.ValidationError({required: "This field is required."})
        answer = {name: data[name] for name in services.ANSWER_FIELDS[kind] if name in data}
        if kind == PromptKind.INTENTION:
            # Intentions are for the clinician to read before the session, as on the page.
            answer.setdefault("share", True)
        if "commitment_progress" in answer:
            try:
                answer["commitment_progress"] = {
                    int(pk): value for pk, value in answer["commitment_progress"].items()
                }
            except ValueError:
                raise serializers.ValidationError(
                    {"commitment_progress": "Key the progress by commitment id."}
                ) from None
        return answer


class PromptAnswerResultSerializer(serializers.Serializer):
    prompt = PromptSerializer(help_text="The prompt after answering: answered, or still expired.")
    entry = JournalEntrySerializer(allow_null=True)
    assessment = AssessmentSerializer(allow_null=True)
    crisis_resources = CrisisResourcesSerializer(
        allow_null=True, help_text="Present when the answer raised a safety flag."
    )


class PromptAnswerView(APIView):
    @extend_schema(
        request=PromptAnswerSerializer,
        parameters=[IDEMPOTENCY_KEY_HEADER],
        responses={
            201: PromptAnswerResultSerializer,
            409: OpenApiResponse(description="Not open: not yet due, answered or cancelled."),
        },
        description="The patient answers their prompt, with the fields its kind takes. An "
        "expired prompt can still be answered; it stays expired (missed).",
    )
    def post(self, request, pk):
        prompt = prompt_get_for(request.user, pk, for_answer=True)
        key = _idempotency_key(request)
        result = answer_made_with(request.user, prompt, key)
        if result is not None:
            result.replayed = True
        else:
            if services.prompt_open_problem(prompt):
                raise PromptNotOpen(
                    NOT_OPEN_BECAUSE.get(prompt.status, PromptNotOpen.default_detail)
                )
            if prompt.journal_entries.exists() or prompt.assessments.exists():
                raise PromptNotOpen(NOT_OPEN_BECAUSE["answered"])
            body = PromptAnswerSerializer(data=request.data)
            body.is_valid(raise_exception=True)
            result = services.prompt_answer(
                acting_user=request.user,
                prompt=prompt,
                idempotency_key=key,
                **body.answer_for(prompt.kind),
            )
        prompt.refresh_from_db()
        is_assessment = isinstance(result, Assessment)
        flagged = result.shows_self_harm_thoughts if is_assessment else result.flagged
        if not is_assessment:
            result.comment_count = 0
        data = {
            "prompt": PromptSerializer(prompt).data,
            "entry": None if is_assessment else JournalEntrySerializer(result).data,
            "assessment": AssessmentSerializer(result).data if is_assessment else None,
            "crisis_resources": crisis_help_for(prompt.patient) if flagged else None,
        }
        return _created(data, result)
