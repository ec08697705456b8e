from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

# Ids are BigAutoField: the largest number the database holds.
MAX_OBJECT_ID = 2**63 - 1


class ObjectIdField(serializers.IntegerField):
    """An object's id in a filter or a body. Bounded, so a number no id can have is a 400
    with a field message instead of an overflow in the database driver."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_OBJECT_ID)
        super().__init__(**kwargs)


@extend_schema_field(
    {
        "type": "string",
        "pattern": r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$",
        "example": "21:00",
        "description": "A time of day in the patient's own zone, HH:MM or HH:MM:SS.",
    }
)
class TimeOfDayField(serializers.TimeField):
    """A wall-clock time with no offset. OpenAPI's `time` format is RFC 3339's full-time,
    which demands an offset this value cannot have, so the schema gives its pattern."""
