"""Who gets what, for every page and endpoint and every member of the standing cast.

A URL that no row covers fails `test_every_url_is_in_the_table`, so a new page cannot ship
without saying who may see it.
"""

import importlib
import pkgutil

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

import tests
from tests.authz import LOGIN, OK, Row
from tests.conftest import CAST

# Whole URL families covered by a rule instead of one row per URL.
RULES = {
    "admin:": "Django admin: superusers only; rows for admin:index and a model page prove it",
    "account_": "allauth account pages: the user's own account; login, reset and password rows",
    "mfa_": "allauth MFA pages: the user's own authenticators; the mfa_index row proves it",
}


def _collect_rows() -> list[Row]:
    rows = []
    for module in pkgutil.walk_packages(tests.__path__, prefix="tests."):
        if module.name.rsplit(".", 1)[-1].startswith("authz_rows"):
            rows.extend(importlib.import_module(module.name).ROWS)
    return rows


ROWS = _collect_rows()


def _url_names():
    names = set()

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                ns = namespace + [pattern.namespace] if pattern.namespace else namespace
                walk(pattern.url_patterns, ns)
            elif isinstance(pattern, URLPattern):
                names.add(":".join([*namespace, pattern.name or f"<unnamed {pattern.pattern}>"]))

    walk(get_resolver().url_patterns, [])
    return names


def test_every_url_is_in_the_table():
    covered = {row.name for row in ROWS}
    missing = sorted(
        name for name in _url_names() if name not in covered and not name.startswith(tuple(RULES))
    )
    assert missing == [], f"URLs with no row in the authorization table: {missing}"


def test_every_row_names_a_real_url():
    names = _url_names()
    assert sorted(row.name for row in ROWS if row.name not in names) == []


@pytest.mark.parametrize("role", CAST)
@pytest.mark.parametrize("row", ROWS, ids=str)
def test_authorization_table(row, role, world, client_for):
    client = client_for(world.user(role))
    if row.setup:
        row.setup(world)
    url = reverse(row.name, kwargs=row.kwargs(world))
    data = row.data(world) if row.data else None
    response = getattr(client, row.method)(url, data) if data else getattr(client, row.method)(url)

    expected = row.expect[role]
    if expected == LOGIN:
        assert response.status_code == 302, f"{role}: {response.status_code}"
        login_url = reverse(settings.LOGIN_URL)
        assert response["Location"].startswith(login_url) or "/login/" in response["Location"]
    else:
        assert response.status_code == expected, (
            f"{row} as {role}: expected {expected}, got {response.status_code}"
        )
    if row.marker and response.status_code == OK:
        body = response.content.decode()
        marker = row.marker(world)
        if role in row.shows:
            assert marker in body, f"{role} should see {marker!r} on {row}"
        else:
            assert marker not in body, f"{role} must not see {marker!r} on {row}"
