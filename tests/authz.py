"""The authorization table's vocabulary. Each app's tests list their URLs in
`tests/<app>/authz_rows.py` as `ROWS`; tests/test_authorization.py walks the URLconf,
fails for any URL no row covers, and checks every row for every member of the cast."""

from collections.abc import Callable
from dataclasses import dataclass, field

OK = 200
REDIRECT = 302
LOGIN = "login"  # a redirect to the login page
UNAUTHORIZED = 401
FORBIDDEN = 403
NOT_FOUND = 404
GONE = 410


def expect(default, **by_role):
    """Expected answers for the whole cast: `default` for anyone not named."""
    from tests.conftest import CAST

    unknown = set(by_role) - set(CAST)
    if unknown:
        raise ValueError(f"Not in the cast: {unknown}")
    return {role: by_role.get(role, default) for role in CAST}


@dataclass(frozen=True)
class Row:
    name: str
    expect: dict
    kwargs: Callable = field(default=lambda world: {})
    method: str = "get"
    data: Callable | None = None
    # Builds what the page should list, before the request (kwargs build their own).
    setup: Callable | None = None
    # Roles whose response must contain `marker(world)`; for every other role that gets a
    # 200, the marker must be absent (e.g. a patient's name on a list).
    shows: tuple = ()
    marker: Callable | None = None

    def __str__(self):
        return f"{self.method.upper()} {self.name}"
