"""The patient's own export over the API, as the export page offers it: everything they
have written and answered as JSON, or the JSON with every file they attached as a zip.
The same records and shapes as the page's downloads."""

from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.views import APIView

from patients.api_own import PATIENT_ONLY, own_patient

from .export_files import export_zip_response
from .patient_views import _export_json, _export_records


class ExportView(APIView):
    permission_classes = PATIENT_ONLY

    @extend_schema(
        summary="Your data, as JSON",
        description="Everything of yours: profile, consents, dosing sessions and their "
        "windows, notes shared with you, groups, prompts, journal entries (deleted ones "
        "still restorable included), assessments, plan, safety plan and habits. Format "
        "`integration-clinic-export/1`, as the export page's JSON download.",
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="The export.")},
    )
    def get(self, request):
        data = _export_json(_export_records(request.user, own_patient(request)))
        response = JsonResponse(
            data, encoder=DjangoJSONEncoder, json_dumps_params={"indent": 2, "ensure_ascii": False}
        )
        filename = f"integration-clinic-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response


class ExportZipView(APIView):
    permission_classes = PATIENT_ONLY

    @extend_schema(
        summary="Your data, with your files, as a zip",
        description="The JSON export plus every drawing, photo and voice note you attached, "
        "each named in the JSON by its path inside the zip.",
        responses={(200, "application/zip"): OpenApiTypes.BINARY},
    )
    def get(self, request):
        records = _export_records(request.user, own_patient(request))
        return export_zip_response(
            _export_json(records), records["entries"] + records["deleted_entries"]
        )
