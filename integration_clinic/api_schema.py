"""Where the generated OpenAPI schema needs telling what the API really answers."""

# A viewer gets one of these shapes, chosen by role. The narrow shape's fields are a subset
# of the full one's, so a full record matches both: "one of" would reject every full record.
EITHER_SHAPE = ("DosingSessionForViewer", "DebriefNoteForViewer")

# Fields that only some viewers are shown (PatientSerializer drops them for coaches).
SHOWN_TO_SOME = {"Patient": ("date_of_birth", "weight_kg")}


def describe_role_dependent_shapes(result, generator, request, public):
    """drf-spectacular postprocessing hook."""
    schemas = result.get("components", {}).get("schemas", {})
    for name in EITHER_SHAPE:
        schema = schemas.get(name)
        if schema and "oneOf" in schema:
            schema["anyOf"] = schema.pop("oneOf")
    for name, fields in SHOWN_TO_SOME.items():
        schema = schemas.get(name)
        if schema and "required" in schema:
            schema["required"] = [field for field in schema["required"] if field not in fields]
    return result
