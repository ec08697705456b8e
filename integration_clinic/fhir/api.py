"""The FHIR export over the API: a patient's Bundle for whoever may see the patient (what
is in it follows what they may see), and the signed-in patient's own."""

import json

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.exceptions import PermissionDenied
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from patients.selectors import patient_get_for, patient_profile_of

BUNDLE_DESCRIPTION = (
    "A FHIR R4 Bundle of type collection: the Patient; each PHQ-9 and GAD-7 as a "
    "QuestionnaireResponse (LOINC panel 44249-1 / 69737-5, items by their LOINC codes) and an "
    "Observation of its total (44261-6 / 70274-6) with the items as components; each dosing "
    "session that gave a dose as a MedicationAdministration (RxNorm drug, SNOMED CT route, "
    "dose in UCUM mg); and its vital signs as Observations of category vital-signs (blood "
    "pressure panel 85354-9 with 8480-6 and 8462-4, heart rate 8867-4, SpO2 2708-6 and "
    "59408-5). Built and validated with fhir.resources' R4B classes (FHIR 4.3, the "
    "R4-compatible release; the library ships no 4.0.1 classes). Only what the caller may "
    "see is included: a coach gets assessments only where the clinic allows, never doses or "
    "vitals; a therapist doses and vitals only where the clinic allows; a clinic admin the "
    "Patient alone. A staff read is audited."
)


class FhirJSONRenderer(JSONRenderer):
    media_type = "application/fhir+json"
    format = "fhir"


class _BundleView(APIView):
    # JSON first, as every other answer of the API (errors included) is sent; a client
    # that asks for application/fhir+json gets the Bundle as that.
    renderer_classes = [JSONRenderer, FhirJSONRenderer]

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        # A refusal is plain JSON, as documented, whatever format the Bundle was asked in.
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return response

    def bundle_response(self, patient):
        # fhir.resources takes over a second to import: only a request for a Bundle pays it,
        # never the first request of a new process (such as a patient in crisis).
        from .bundle import patient_bundle

        bundle = patient_bundle(self.request.user, patient)
        response = Response(json.loads(bundle.model_dump_json()))
        response["Cache-Control"] = "no-store"
        return response


class PatientFhirView(_BundleView):
    @extend_schema(
        operation_id="patients_fhir",
        summary="A patient's record as a FHIR R4 Bundle",
        description=BUNDLE_DESCRIPTION,
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="A FHIR Bundle.")},
    )
    def get(self, request, pk):
        return self.bundle_response(patient_get_for(request.user, pk, audit=False))


class OwnFhirView(_BundleView):
    @extend_schema(
        operation_id="me_fhir",
        summary="The signed-in patient's own record as a FHIR R4 Bundle",
        description=BUNDLE_DESCRIPTION + " Patients only: staff have no record of their own.",
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="A FHIR Bundle.")},
    )
    def get(self, request):
        patient = patient_profile_of(request.user)
        if patient is None:
            raise PermissionDenied(_("Only a patient has a record of their own to export."))
        return self.bundle_response(patient)
