"""The export is a zip: the JSON of everything, and every file attached, named in the
JSON by its place in the zip. The printable export shows the images."""

import io
import json
import zipfile

import pytest
from django.urls import reverse

from journals import services
from tests.attachments.helpers import attach, png_bytes, webm_bytes
from tests.journals.helpers import PRIVATE_WORDS, write_entry


@pytest.fixture(autouse=True)
def own_media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def patient_client(world, client):
    client.force_login(world.patient.user)
    return client


def _zip(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_zip_holds_the_json_and_every_attached_file(world, patient_client):
    entry = write_entry(world.patient, PRIVATE_WORDS)
    photo = attach(entry, png_bytes(), name="p.png", caption="The garden")
    voice = attach(entry, webm_bytes(), name="v.webm")
    gone = write_entry(world.patient, "Deleted but restorable")
    drawing = attach(gone, png_bytes(colour="green"), name="d.png", kind="drawing")
    services.entry_delete(acting_user=world.patient.user, entry=gone)
    other = attach(write_entry(world.other_patient, "Not mine"))

    response = patient_client.get(reverse("export_zip"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Disposition"].startswith("attachment;")
    archive = _zip(response)
    data = json.loads(archive.read("integration-clinic-export.json"))
    [exported] = [e for e in data["journal_entries"] if e["id"] == entry.pk]
    assert [(a["kind"], a["caption"]) for a in exported["attachments"]] == [
        ("photo", "The garden"),
        ("voice", ""),
    ]
    [deleted] = data["deleted_journal_entries"]
    assert [a["kind"] for a in deleted["attachments"]] == ["drawing"]
    for attachment in (photo, voice, drawing):
        with attachment.file.open("rb") as stored:
            assert archive.read(_path(data, attachment.pk)) == stored.read()
    assert f"-{other.pk}." not in " ".join(archive.namelist())
    assert len(archive.namelist()) == 4


def _path(data, pk):
    for entry in data["journal_entries"] + data["deleted_journal_entries"]:
        for attachment in entry["attachments"]:
            if attachment["id"] == pk:
                return attachment["file"]
    raise AssertionError(f"attachment {pk} is not in the JSON")


def test_the_printable_export_shows_the_images(world, patient_client):
    photo = attach(write_entry(world.patient, PRIVATE_WORDS), png_bytes(), name="p.png")

    page = patient_client.get(reverse("export_print")).content.decode()

    assert f'<img src="{reverse("attachment_file", args=[photo.pk])}"' in page


def test_the_export_page_offers_the_zip(patient_client):
    page = patient_client.get(reverse("export")).content.decode()

    assert reverse("export_zip") in page
