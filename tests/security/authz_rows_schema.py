"""An address under /api/v1/ that the API does not have: JSON 404 for everyone."""

from tests.authz import NOT_FOUND, Row, expect

ROWS = [
    Row("api_not_found", expect(NOT_FOUND), kwargs=lambda world: {"rest": "no-such-thing/"}),
]
