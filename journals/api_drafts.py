"""Journal drafts over the API, as the pages autosave them: one draft per key, the
patient's own. Keys: `new` (a new entry), `entry-<id>` (an edit), `prompt-<id>` (an
answer)."""

from django.http import Http404
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from patients.api_own import PATIENT_ONLY

from . import services
from .selectors import draft_get_for
from .services import DRAFT_MAX_CHARS
from .views import DRAFT_KEY


class DraftSerializer(serializers.Serializer):
    key = serializers.CharField(read_only=True)
    text = serializers.CharField(
        allow_blank=True,
        required=False,
        default="",
        trim_whitespace=False,
        max_length=DRAFT_MAX_CHARS,
        help_text=f"The words so far, up to {DRAFT_MAX_CHARS:,} characters.",
    )
    mood = serializers.IntegerField(
        min_value=1, max_value=10, allow_null=True, required=False, help_text="1 to 10."
    )
    updated_at = serializers.DateTimeField(
        read_only=True, allow_null=True, help_text="Null when nothing is saved under the key."
    )


def _draft_data(key, draft) -> dict:
    return {
        "key": key,
        "text": draft.text if draft else "",
        "mood": draft.mood if draft else None,
        "updated_at": draft.updated_at if draft else None,
    }


NOT_A_KEY = OpenApiResponse(description="The key is not `new`, `entry-<id>` or `prompt-<id>`.")


class JournalDraftView(GenericAPIView):
    serializer_class = DraftSerializer
    pagination_class = None
    permission_classes = PATIENT_ONLY

    def _key(self) -> str:
        key = self.kwargs["key"]
        if not DRAFT_KEY.match(key):
            raise Http404("No such draft.")
        return key

    @extend_schema(
        summary="A journal draft",
        description="The patient's autosaved draft under the key; empty text and a null "
        "`updated_at` when there is none.",
        responses={200: DraftSerializer, 404: NOT_A_KEY},
    )
    def get(self, request, key):
        key = self._key()
        return Response(_draft_data(key, draft_get_for(request.user, key)))

    @extend_schema(
        summary="Save a journal draft",
        description="Keeps the words (and mood) under the key until the entry is saved.",
        request=DraftSerializer,
        responses={200: DraftSerializer, 404: NOT_A_KEY},
    )
    def put(self, request, key):
        key = self._key()
        body = self.get_serializer(data=request.data)
        body.is_valid(raise_exception=True)
        draft = services.draft_save(acting_user=request.user, key=key, **body.validated_data)
        return Response(_draft_data(key, draft))
