"""For endpoints that check input with a page's own form, so the API and the page refuse
the same things with the same words."""

from rest_framework import serializers
from rest_framework.settings import api_settings


def form_errors_as_400(form) -> serializers.ValidationError:
    """The form's errors as the API reports bad input: field -> messages, and the form's
    own under non_field_errors."""
    return serializers.ValidationError(
        {
            (api_settings.NON_FIELD_ERRORS_KEY if name == "__all__" else name): list(errors)
            for name, errors in form.errors.items()
        }
    )
