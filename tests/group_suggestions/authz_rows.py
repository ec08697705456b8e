"""The suggested-group-times pages, for the whole cast: the clinic's coaches and
clinicians schedule groups; each sees only the patients they may invite."""

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Row, expect
from tests.group_suggestions.helpers import first_key, shared_window

MANAGERS = expect(
    FORBIDDEN,
    anonymous=LOGIN,
    coach=OK,
    other_coach=OK,
    clinician=OK,
    other_clinician=OK,
    therapist=FORBIDDEN,
    other_therapist=FORBIDDEN,
)


def _suggested(world):
    shared_window(world)
    return {"key": first_key(world)}


def _form(world):
    return {"title": "Window circle", "place_kind": "room", "room": "Garden room"}


def _prefixed(world):
    key = first_key(world)
    return {f"{key}-{name}": value for name, value in _form(world).items()}


ROWS = [
    Row(
        "group_suggestions",
        MANAGERS,
        setup=shared_window,
        shows=("coach", "clinician"),
        hides=("therapist",),
        marker=lambda world: "Pat Pattison",
    ),
    Row(
        "group_suggestion_create",
        expect(
            FORBIDDEN,
            anonymous=LOGIN,
            coach=REDIRECT,
            clinician=REDIRECT,
            other_coach=NOT_FOUND,
            other_clinician=NOT_FOUND,
            therapist=FORBIDDEN,
            other_therapist=FORBIDDEN,
        ),
        kwargs=_suggested,
        method="post",
        data=_prefixed,
    ),
]
