"""What a file is comes from its bytes: images are re-encoded without EXIF or GPS and
bounded in size, voice notes are kept as recorded, and anything else is refused with a
message that says why. Real files, made in the test."""

import io

import pytest
from django.urls import reverse
from PIL import Image

from journals.models import Attachment
from tests.attachments.helpers import (
    GPS_IFD,
    HTML_AS_PNG,
    SVG,
    jpeg_with_gps,
    png_bytes,
    upload,
    webm_bytes,
)
from tests.journals.helpers import PRIVATE_WORDS, write_entry

MB = 1024 * 1024


@pytest.fixture
def entry(world):
    return write_entry(world.patient, PRIVATE_WORDS)


@pytest.fixture
def patient_client(world, client):
    client.force_login(world.patient.user)
    return client


def _post(client, entry, name, data, content_type="application/octet-stream", **fields):
    return client.post(
        reverse("api-entry-attachments", args=[entry.pk]),
        {"file": upload(name, data, content_type), **fields},
    )


def test_a_jpeg_with_gps_comes_back_without_it_and_no_wider_than_2048(entry, patient_client):
    original = jpeg_with_gps(size=(4000, 3000))
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)

    response = _post(patient_client, entry, "IMG_0001.JPG", original, "image/jpeg")

    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["kind"], body["content_type"]) == ("photo", "image/jpeg")
    fetched = patient_client.get(body["url"])
    stored = Image.open(io.BytesIO(b"".join(fetched.streaming_content)))
    assert stored.format == "JPEG"
    assert dict(stored.getexif()) == {}
    assert stored.getexif().get_ifd(GPS_IFD) == {}
    assert stored.size == (2048, 1536)
    assert body["size"] == Attachment.objects.get().size
    thumbnail = patient_client.get(body["thumbnail_url"])
    assert max(Image.open(io.BytesIO(b"".join(thumbnail.streaming_content))).size) <= 320


def test_a_png_renamed_mp3_is_refused_and_nothing_is_kept(entry, patient_client, settings):
    response = _post(patient_client, entry, "song.mp3", png_bytes(), "audio/mpeg")

    assert response.status_code == 400
    assert "named .mp3 but holds an image" in response.json()["file"][0]
    assert not Attachment.objects.exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [("picture.png", HTML_AS_PNG), ("drawing.svg", SVG), ("drawing.png", SVG)],
)
def test_markup_is_refused_whatever_its_name(entry, patient_client, name, data):
    response = _post(patient_client, entry, name, data, "image/png")

    assert response.status_code == 400
    assert response.json()["file"] == [
        "SVG images and web pages (HTML) cannot be attached. Export the picture as PNG or JPEG."
    ]
    assert not Attachment.objects.exists()


def test_an_unknown_type_is_refused_naming_what_is_accepted(entry, patient_client):
    response = _post(patient_client, entry, "notes.png", b"%PDF-1.7 not a picture")

    assert response.status_code == 400
    assert "You can attach JPEG, PNG or WebP images" in response.json()["file"][0]


def test_a_truncated_image_is_refused_as_unreadable(entry, patient_client):
    response = _post(patient_client, entry, "broken.jpg", jpeg_with_gps()[:200])

    assert response.status_code == 400
    assert "could not be read" in response.json()["file"][0]


def test_a_voice_note_is_kept_as_recorded_with_its_sniffed_type(entry, patient_client):
    recording = webm_bytes()

    response = _post(patient_client, entry, "voice-note.webm", recording, "video/webm")

    assert response.status_code == 201
    body = response.json()
    assert (body["kind"], body["content_type"], body["thumbnail_url"]) == (
        "voice",
        "audio/webm",
        None,
    )
    fetched = patient_client.get(body["url"])
    assert b"".join(fetched.streaming_content) == recording
    assert fetched["Content-Type"] == "audio/webm"


def test_an_image_over_15_mb_is_refused_naming_the_cap(entry, patient_client):
    too_big = b"\xff\xd8\xff\xe0" + b"\x00" * (15 * MB + 1)

    response = _post(patient_client, entry, "huge.jpg", too_big)

    assert response.status_code == 400
    assert "images can be up to 15 MB" in response.json()["file"][0]
    assert not Attachment.objects.exists()


def test_a_recording_over_20_mb_is_refused_before_it_is_read(entry, patient_client):
    too_big = webm_bytes(20 * MB + 1)

    response = _post(patient_client, entry, "long.webm", too_big)

    assert response.status_code == 400
    assert "files can be up to 20 MB" in response.json()["file"][0]


def test_a_drawing_must_be_a_png(entry, patient_client):
    response = _post(patient_client, entry, "d.jpg", jpeg_with_gps(), kind="drawing")

    assert response.status_code == 400
    assert response.json()["file"] == ["A drawing is saved as a PNG image."]


def test_the_file_is_served_with_no_store_nosniff_and_its_sniffed_type(entry, patient_client):
    body = _post(patient_client, entry, "photo", png_bytes(), "text/html").json()

    response = patient_client.get(reverse("attachment_file", args=[body["id"]]))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "no-store" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline;")


def test_a_voice_note_is_served_in_the_ranges_a_player_asks_for(entry, patient_client):
    recording = webm_bytes()
    body = _post(patient_client, entry, "voice-note.webm", recording).json()
    url = reverse("attachment_file", args=[body["id"]])

    part = patient_client.get(url, headers={"Range": "bytes=100-199"})
    tail = patient_client.get(url, headers={"Range": "bytes=-50"})
    whole = patient_client.get(url, headers={"Range": "bytes=99999-"})

    assert part.status_code == 206
    assert part.content == recording[100:200]
    assert part["Content-Range"] == f"bytes 100-199/{len(recording)}"
    assert part["Content-Type"] == "audio/webm"
    assert "no-store" in part["Cache-Control"]
    assert tail.content == recording[-50:]
    assert whole.status_code == 200
    assert whole["Accept-Ranges"] == "bytes"


def test_a_file_opened_on_its_own_runs_nothing(entry, patient_client):
    body = _post(patient_client, entry, "p.png", png_bytes()).json()

    response = patient_client.get(reverse("attachment_file", args=[body["id"]]))

    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
