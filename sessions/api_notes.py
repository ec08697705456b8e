"""The scaffolding the note APIs share (debrief notes, therapy notes): the staff read a
note whole, the patient reads the patient's shape of it; a staff list is audited; an edit
goes through the note's own service."""

from rest_framework import serializers, viewsets
from rest_framework.response import Response

from patients.audit import audit_record_many
from patients.models import AuditEvent
from patients.selectors import user_is_staff


class NoteViewSet(viewsets.GenericViewSet):
    # A subclass names its serializers, and says how a note is fetched (note_get_for),
    # changed (note_update) and created (create); list filters are the fields of
    # filter_serializer_class, each matched against <field>_id. (A comment, not a
    # docstring: a docstring would show in the OpenAPI schema of every subclass.)

    serializer_class: type[serializers.Serializer]
    patient_serializer_class: type[serializers.Serializer]
    update_serializer_class: type[serializers.Serializer]
    filter_serializer_class: type[serializers.Serializer]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def note_get_for(self, pk, *, for_write: bool, audit: bool):
        raise NotImplementedError

    def note_update(self, note, changes: dict):
        raise NotImplementedError

    def get_object(self):
        for_write = self.action == "partial_update"
        return self.note_get_for(self.kwargs["pk"], for_write=for_write, audit=not for_write)

    def filter_queryset(self, queryset):
        params = self.filter_serializer_class(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        for name, value in params.validated_data.items():
            queryset = queryset.filter(**{f"{name}_id": value})
        return queryset

    def represent(self, note) -> dict:
        if user_is_staff(self.request.user):
            return self.serializer_class(note).data
        return self.patient_serializer_class(note).data

    def list(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        if user_is_staff(request.user):
            audit_record_many(
                actor=request.user,
                rows=[(note.patient, note) for note in page],
                action=AuditEvent.Action.LIST,
            )
        return self.get_paginated_response([self.represent(note) for note in page])

    def retrieve(self, request, pk=None):
        return Response(self.represent(self.get_object()))

    def partial_update(self, request, pk=None):
        note = self.get_object()
        body = self.update_serializer_class(data=request.data)
        body.is_valid(raise_exception=True)
        return Response(self.represent(self.note_update(note, body.validated_data)))
