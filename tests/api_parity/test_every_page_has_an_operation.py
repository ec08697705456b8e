"""Every capability of the site is in the API: each page of the authorization table maps to
the API operations that do what it does (tests/api_parity/page_operations.py), or to an
allow-list entry saying why it has none."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from drf_spectacular.generators import SchemaGenerator

from tests.api_parity.page_operations import ALLOWED, OPERATIONS
from tests.test_authorization import ROWS

HOW_TO_FIX = (
    "Add each to tests/api_parity/page_operations.py: in OPERATIONS with the operationIds "
    "(see /api/schema/) that do what the page does, or in ALLOWED with the reason the API "
    "has none (e.g. 'printable view of X: the API returns X as JSON at ...')."
)


def _routes() -> dict[str, str]:
    """URL name -> its full route, for every named URL."""
    routes = {}

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                ns = [*namespace, pattern.namespace] if pattern.namespace else namespace
                walk(pattern.url_patterns, route, ns)
            elif isinstance(pattern, URLPattern) and pattern.name:
                routes.setdefault(":".join([*namespace, pattern.name]), route)

    walk(get_resolver().url_patterns, "", [])
    return routes


def _is_api(route: str) -> bool:
    return route.lstrip("^").startswith("api/")


@pytest.fixture(scope="module")
def operation_ids() -> set[str]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return {
        operation["operationId"]
        for path_item in schema["paths"].values()
        for method, operation in path_item.items()
        if method in ("get", "post", "put", "patch", "delete")
    }


def _pages() -> set[str]:
    routes = _routes()
    return {row.name for row in ROWS if not _is_api(routes.get(row.name, ""))}


def test_every_page_maps_to_an_operation_or_an_allowed_reason():
    missing = sorted(_pages() - set(OPERATIONS) - set(ALLOWED))

    assert missing == [], f"Pages with no API operation and no reason: {missing}. {HOW_TO_FIX}"


def test_every_mapping_names_a_real_page_and_real_operations(operation_ids):
    routes = _routes()
    not_pages = sorted(
        name for name in [*OPERATIONS, *ALLOWED] if name not in routes or _is_api(routes[name])
    )
    unknown = sorted(
        f"{page}: {op}" for page, ops in OPERATIONS.items() for op in ops if op not in operation_ids
    )

    assert not_pages == [], f"Mapped or allowed, but no such page: {not_pages}"
    assert unknown == [], f"No such operation in /api/schema/: {unknown}"


def test_a_page_is_either_mapped_or_allowed_never_both():
    assert sorted(set(OPERATIONS) & set(ALLOWED)) == []
    assert all(OPERATIONS.values()), "A mapping with no operation says nothing."
    assert all(reason.strip() for reason in ALLOWED.values())
