"""Real files for attachment tests, made here: a JPEG carrying GPS EXIF, PNGs, a WebM
voice note's header, markup dressed as an image."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, TiffImagePlugin

from journals.services_attachments import NewAttachment, attachments_add
from tests.journals.helpers import PRIVATE_WORDS, SHARED_WORDS, write_entry

GPS_IFD = 0x8825
CAPTION_WORDS = "Harbour-at-dusk-caption-5KP"


def _rational(value):
    return TiffImagePlugin.IFDRational(value)


def jpeg_with_gps(size=(640, 480), colour="teal") -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[GPS_IFD] = {
        1: "N",
        2: (_rational(40), _rational(26), _rational(46)),
        3: "W",
        4: (_rational(79), _rational(58), _rational(56)),
    }
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", exif=exif)
    return out.getvalue()


def png_bytes(size=(300, 200), colour="orange") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def webm_bytes(size=4096) -> bytes:
    """The start of a WebM file as MediaRecorder writes it: an EBML header naming the
    webm DocType, then a Segment; the rest is filler."""
    header = bytes.fromhex("1a45dfa39f4286810142f7810142f2810442f381084282847765626d42878104")
    return (header + bytes.fromhex("4285810218538067") + b"\x00" * size)[:size]


HTML_AS_PNG = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'


def upload(name: str, data: bytes, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def attach(entry, data=None, *, name="photo.jpg", kind="", caption=""):
    data = jpeg_with_gps() if data is None else data
    [attachment] = attachments_add(
        acting_user=entry.patient.user,
        entry=entry,
        new=[NewAttachment(upload=upload(name, data), kind=kind, caption=caption)],
    )
    return attachment


def private_attachment(world):
    return attach(write_entry(world.patient, PRIVATE_WORDS))


def shared_attachment(world):
    return attach(write_entry(world.patient, SHARED_WORDS, share=True))
