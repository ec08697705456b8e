"""The export as a zip: the JSON of everything, plus every drawing, photo and voice note
of the patient's entries (deleted ones still restorable included), each named in the JSON
by its path inside the zip."""

import json
import shutil
import tempfile
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.http import FileResponse
from django.utils import timezone

from journals.attachments import download_name

JSON_NAME = "integration-clinic-export.json"
# Past this the zip spills from memory to a temporary file.
IN_MEMORY_BYTES = 10 * 1024 * 1024


def attachment_path_in_zip(attachment) -> str:
    return f"attachments/entry-{attachment.entry_id}/{download_name(attachment)}"


def attachment_export_json(attachment) -> dict:
    return {
        "id": attachment.pk,
        "kind": attachment.kind,
        "content_type": attachment.content_type,
        "size": attachment.size,
        "width": attachment.width,
        "height": attachment.height,
        "caption": attachment.caption,
        "attached_at": attachment.created_at,
        "file": attachment_path_in_zip(attachment),
    }


def export_zip_response(data: dict, entries) -> FileResponse:
    """`data` is the export's JSON; `entries` have their attachments prefetched."""
    # FileResponse closes it once sent.
    spool = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_BYTES)  # noqa: SIM115
    with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            JSON_NAME, json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
        )
        for entry in entries:
            for attachment in entry.attachments.all():
                # Images and recordings are compressed already.
                info = zipfile.ZipInfo(
                    attachment_path_in_zip(attachment),
                    date_time=timezone.localtime(attachment.created_at).timetuple()[:6],
                )
                info.compress_type = zipfile.ZIP_STORED
                try:
                    source = attachment.file.storage.open(attachment.file.name, "rb")
                except FileNotFoundError:
                    continue
                with source, archive.open(info, "w") as target:
                    shutil.copyfileobj(source, target)
    spool.seek(0)
    filename = f"integration-clinic-{timezone.localdate():%Y-%m-%d}.zip"
    response = FileResponse(spool, as_attachment=True, filename=filename)
    response["Content-Type"] = "application/zip"
    response["Cache-Control"] = "no-store"
    return response
