"""Rows for choosing a language: everyone's own setting, and the switch for visitors."""

from tests.authz import LOGIN, OK, REDIRECT, Row, expect

ROWS = [
    Row("language_settings", expect(OK, anonymous=LOGIN)),
    # Django's set_language: anyone, signed in or not, goes back where they came from.
    Row(
        "set_language",
        expect(REDIRECT),
        method="post",
        data=lambda world: {"language": "es", "next": "/"},
    ),
]
