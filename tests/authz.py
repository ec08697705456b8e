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


# A therapist on the care team sees what the patient's coach sees, plus assessments, the
# safety plan and therapy notes; a therapist of another clinic is as much a stranger as
# its clinician. So, unless a row names them, each gets the answer of the role they
# stand in for.
STANDS_IN_FOR = {"therapist": "coach", "other_therapist": "other_clinician"}


def expect(default, **by_role):
    """Expected answers for the whole cast: `default` for anyone not named; the therapist
    and other_therapist, when not named, get what the coach and other_clinician get."""
    from tests.conftest import CAST

    unknown = set(by_role) - set(CAST)
    if unknown:
        raise ValueError(f"Not in the cast: {unknown}")
    answers = {role: by_role.get(role, default) for role in CAST}
    for role, stand_in in STANDS_IN_FOR.items():
        if role not in by_role:
            answers[role] = answers[stand_in]
    return answers


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
    # 200, the marker must be absent (e.g. a patient's name on a list). As with expect(),
    # the therapist and other_therapist see what the coach and other_clinician see unless
    # `shows` names either of them, or `hides` takes them out.
    shows: tuple = ()
    marker: Callable | None = None
    hides: tuple = ()

    def __post_init__(self):
        shows = tuple(self.shows)
        if not set(STANDS_IN_FOR) & set(shows):
            shows += tuple(role for role, stand_in in STANDS_IN_FOR.items() if stand_in in shows)
        object.__setattr__(self, "shows", tuple(r for r in shows if r not in self.hides))

    def __str__(self):
        return f"{self.method.upper()} {self.name}"
