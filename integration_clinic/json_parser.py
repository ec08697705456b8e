"""A JSON parser that refuses bodies no client of ours sends.

The standard parser recurses once per bracket: 50,000 nested brackets exhaust the stack
and end in a server error. Our payloads are a few levels deep, so anything past
MAX_DEPTH is refused as a parse error (400). A NUL inside any string is refused too,
since PostgreSQL cannot store it and it has no meaning in our fields.
"""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 32
TOO_DEEP = f"JSON nested more than {MAX_DEPTH} levels deep is not accepted."
HAS_NUL = "JSON strings may not contain a NUL character (\\u0000)."


def _check(data) -> None:
    # Iterative, so the check itself cannot run out of stack.
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if "\x00" in value:
                raise ParseError(HAS_NUL)
        elif isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                raise ParseError(TOO_DEEP)
            if isinstance(value, dict):
                stack.extend((key, depth) for key in value)
                stack.extend((item, depth + 1) for item in value.values())
            else:
                stack.extend((item, depth + 1) for item in value)


class DepthLimitedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(TOO_DEEP) from None
        _check(data)
        return data
