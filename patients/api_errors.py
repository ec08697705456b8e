from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    """DRF's handler, plus: a service's django ValidationError becomes a 400 with field
    messages (`{"dose_mg": ["..."]}`, or `{"non_field_errors": [...]}` for the record as a
    whole), so every endpoint reports bad input the same way."""
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            detail = {
                (api_settings.NON_FIELD_ERRORS_KEY if field == NON_FIELD_ERRORS else field): msgs
                for field, msgs in exc.message_dict.items()
            }
        else:
            detail = {api_settings.NON_FIELD_ERRORS_KEY: exc.messages}
        exc = serializers.ValidationError(detail)
    return drf_exception_handler(exc, context)


# What every operation may answer besides its own successes, in DRF's shapes. Each is true of
# every operation: all need a login (401) and a role that may act (403); a list's page
# number or an object's id can name nothing (404); query parameters and bodies are
# validated (400); rates are limited (429). A body is read only in the media types the
# schema lists (415).
ERROR_RESPONSES = {
    "400": (
        "Bad input: each field names its messages; non_field_errors for the request as a whole.",
        "ValidationErrors",
    ),
    "401": ("No credentials, or credentials that no longer work.", "ErrorDetail"),
    "403": (
        "The caller may not do this (role, care team, or two-factor authentication missing).",
        "ErrorDetail",
    ),
    "404": (
        "Nothing the caller may see is there (or the page number is past the last page).",
        "ErrorDetail",
    ),
    "429": ("Too many requests; Retry-After says when to try again.", "ErrorDetail"),
}
BODY_ERROR_RESPONSES = {
    "415": ("The body's media type is not one this operation reads.", "ErrorDetail"),
}
ERROR_SCHEMAS = {
    "ErrorDetail": {
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
    "ValidationErrors": {
        "type": "object",
        "description": "Field name (or non_field_errors, or detail for a body that cannot be "
        "read) to its messages; nested serializers nest the same way.",
        "additionalProperties": {},
    },
}


def document_error_responses(result, generator, request, public):
    """drf-spectacular postprocessing hook: adds the error answers above to every operation
    that does not describe them itself, so clients (and schema checkers) know them."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in ERROR_SCHEMAS.items():
        schemas.setdefault(name, schema)
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            responses = operation.setdefault("responses", {})
            errors = dict(ERROR_RESPONSES)
            if "requestBody" in operation:
                errors.update(BODY_ERROR_RESPONSES)
            for status, (description, schema_name) in errors.items():
                responses.setdefault(
                    status,
                    {
                        "description": description,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{schema_name}"}
                            }
                        },
                    },
                )
    return result
