"""The scaffolding the safety-alert and follow-up-alert APIs share: list and read, filtered
by state and by the filter serializer's other fields, each listed alert audited, and an
action answering with the alert as the list shows it."""

from rest_framework import mixins, serializers, viewsets
from rest_framework.response import Response

from .alert_lists import alerts_in_state
from .audit import audit_record_many
from .models import AuditEvent


class AlertViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    # A subclass names serializer_class and filter_serializer_class (a "state" field and
    # others, each a lookup in filter_lookups), get_queryset, and alert_get_for. (A
    # comment, not a docstring: a docstring would show in the OpenAPI schema.)
    filter_serializer_class: type[serializers.Serializer]
    filter_lookups: dict[str, str] = {"patient": "patient_id"}

    def alert_get_for(self, pk, *, audit: bool):
        raise NotImplementedError

    def get_object(self):
        # Actions are audited by the services; only reads are audited here.
        return self.alert_get_for(self.kwargs["pk"], audit=self.action == "retrieve")

    def filter_queryset(self, queryset):
        if self.action != "list":
            return queryset
        params = self.filter_serializer_class(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        queryset = alerts_in_state(queryset, params.validated_data["state"])
        for name, lookup in self.filter_lookups.items():
            if name in params.validated_data:
                queryset = queryset.filter(**{lookup: params.validated_data[name]})
        return queryset

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None:
            audit_record_many(
                actor=self.request.user,
                rows=[(alert.patient, alert) for alert in page],
                action=AuditEvent.Action.LIST,
            )
        return page

    def _answer(self, alert):
        return Response(self.serializer_class(self.get_queryset().get(pk=alert.pk)).data)
