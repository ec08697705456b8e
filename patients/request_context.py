"""The id of the request being served, so audit rows written deep in a selector can name
the request that caused them without every function passing it along."""

from contextvars import ContextVar

current_request_id: ContextVar[str] = ContextVar("current_request_id", default="")
