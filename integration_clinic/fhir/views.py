"""The patient's own FHIR Bundle as a file, from the export page."""

import json

from django.http import HttpResponse
from django.utils import timezone

from patients.views import patient_required


@patient_required
def export_fhir(request, patient):
    # fhir.resources takes over a second to import: only a request for a Bundle pays it,
    # never the first request of a new process (such as a patient in crisis).
    from .bundle import patient_bundle

    bundle = patient_bundle(request.user, patient)
    body = json.dumps(json.loads(bundle.model_dump_json()), indent=2, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/fhir+json; charset=utf-8")
    filename = f"integration-clinic-fhir-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
