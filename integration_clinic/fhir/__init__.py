"""The patient's record as FHIR R4 resources: the same Bundle for the API and the
patient's own export."""
