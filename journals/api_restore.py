"""Deleted journal entries over the API, as the "Recently deleted" page shows them: the
patient's own, restorable for 30 days after deletion."""

from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.generics import GenericAPIView, ListAPIView
from rest_framework.response import Response

from patients.api_own import PATIENT_ONLY

from . import services
from .api import JournalEntrySerializer
from .selectors import (
    RESTORE_DAYS,
    deleted_entry_get_for,
    deleted_entry_list_for,
    restore_period,
)


class DeletedEntrySerializer(JournalEntrySerializer):
    deleted_at = serializers.DateTimeField(read_only=True)
    restorable_until = serializers.SerializerMethodField()

    class Meta(JournalEntrySerializer.Meta):
        fields = [
            *(f for f in JournalEntrySerializer.Meta.fields if f != "comment_count"),
            "deleted_at",
            "restorable_until",
        ]

    @extend_schema_field(serializers.DateTimeField())
    def get_restorable_until(self, obj):
        return obj.deleted_at + restore_period()


@extend_schema(
    summary="Your deleted journal entries",
    description=f"Entries you deleted in the last {RESTORE_DAYS} days, most recently "
    "deleted first; older ones are gone for good.",
)
class DeletedEntryListView(ListAPIView):
    serializer_class = DeletedEntrySerializer
    permission_classes = PATIENT_ONLY

    def get_queryset(self):
        return deleted_entry_list_for(self.request.user)


class DeletedEntryRestoreView(GenericAPIView):
    serializer_class = JournalEntrySerializer
    pagination_class = None
    permission_classes = PATIENT_ONLY

    @extend_schema(
        summary="Restore a deleted journal entry",
        description="Puts the entry back in the journal as it was, sharing included. 404 "
        f"for an entry not deleted, not yours, or deleted more than {RESTORE_DAYS} days ago.",
        request=None,
        responses={200: JournalEntrySerializer},
    )
    def post(self, request, pk):
        entry = deleted_entry_get_for(request.user, pk)
        entry = services.entry_restore(acting_user=request.user, entry=entry)
        entry.comment_count = entry.comments.count()
        return Response(JournalEntrySerializer(entry).data)
