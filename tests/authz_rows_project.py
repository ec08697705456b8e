"""Rows for the project's own addresses that belong to no app."""

from tests.authz import OK, Row, expect

ROWS = [
    # Public, as the schema they render: the API's own endpoints decide who sees data.
    Row("api_redoc", expect(OK)),
    Row("favicon", expect(OK)),
]
