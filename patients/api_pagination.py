from django.db.models import QuerySet
from rest_framework.pagination import PageNumberPagination

TIE_BREAKERS = {"pk", "-pk", "id", "-id"}


def with_total_order(queryset):
    """The queryset's own order, then its id. Rows that share a sort key (prompts due at the
    same minute, entries written in the same second) otherwise come back in whatever order
    the database likes on each query, so one page repeats rows and the next misses them."""
    if not isinstance(queryset, QuerySet):
        return queryset
    ordering = list(queryset.query.order_by)
    if not ordering and queryset.query.default_ordering:
        ordering = list(queryset.model._meta.ordering)
    if any(isinstance(field, str) and field in TIE_BREAKERS for field in ordering):
        return queryset
    return queryset.order_by(*ordering, "pk")


class TotalOrderPageNumberPagination(PageNumberPagination):
    """Page numbers over a total order: paging through a list meets every row once."""

    def paginate_queryset(self, queryset, request, view=None):
        return super().paginate_queryset(with_total_order(queryset), request, view)
