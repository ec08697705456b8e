"""What an uploaded file is, decided from its bytes, and the re-encoded image we keep.

The name and the browser's Content-Type say nothing we trust: a PNG renamed .mp3 is a
PNG, an HTML page named .png is refused. Images are opened with Pillow and written
anew, which drops EXIF (GPS included), turns the picture upright first, and bounds the
longest side; what a crafted file carried besides its pixels does not survive. Audio is
kept as recorded once its container's signature is one browsers record to (WebM, Ogg,
MP4): it is served only with that type and nosniff, never analysed.
"""

import io
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MB = 1024 * 1024
IMAGE_MAX_BYTES = 15 * MB
AUDIO_MAX_BYTES = 20 * MB
IMAGE_MAX_SIDE = 2048
THUMBNAIL_SIDE = 320
# A 15 MB JPEG can unpack to gigabytes; refuse anything past this many pixels.
IMAGE_MAX_PIXELS = 60_000_000
HEAD_BYTES = 64

PILLOW_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "audio/webm": ".webm",
    "audio/ogg": ".ogg",
    "audio/mp4": ".m4a",
}
UNKNOWN = _(
    "This file's type could not be recognised. You can attach JPEG, PNG or WebP images, and "
    "voice notes in WebM, Ogg or MP4."
)
MARKUP = _("SVG images and web pages (HTML) cannot be attached. Export the picture as PNG or JPEG.")


@dataclass
class Prepared:
    """An upload made ready to store: the bytes we keep, their type, and a thumbnail."""

    content: bytes
    content_type: str
    width: int | None = None
    height: int | None = None
    thumbnail: bytes = b""

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.content_type]


# Names that promise a kind of file. A name never makes a file acceptable; one that says
# audio on an image (a PNG renamed .mp3), or the other way round, is refused as a mix-up.
IMAGE_NAMES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".heic", ".heif", ".svg", ".bmp"}
AUDIO_NAMES = {".mp3", ".m4a", ".mp4", ".aac", ".webm", ".ogg", ".oga", ".opus", ".wav"}


def check_name(name: str, content_type: str) -> None:
    suffix = ("." + name.rsplit(".", 1)[-1].lower()) if "." in (name or "") else ""
    family = content_type.split("/")[0]
    if (suffix in IMAGE_NAMES and family != "image") or (
        suffix in AUDIO_NAMES and family != "audio"
    ):
        if family == "image":
            message = gettext(
                "This file is named %(suffix)s but holds an image (%(type)s). Check you chose "
                "the right file."
            )
        else:
            message = gettext(
                "This file is named %(suffix)s but holds a recording (%(type)s). Check you "
                "chose the right file."
            )
        raise ValidationError(
            message % {"suffix": suffix, "type": content_type},
            code="name_mismatch",
        )


def _image_max_bytes() -> int:
    return getattr(settings, "ATTACHMENT_IMAGE_MAX_BYTES", IMAGE_MAX_BYTES)


def _audio_max_bytes() -> int:
    return getattr(settings, "ATTACHMENT_AUDIO_MAX_BYTES", AUDIO_MAX_BYTES)


def sniff(head: bytes) -> str | None:
    """The content type the first bytes show, or None for anything we do not take."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        # EBML: Matroska or WebM. Browsers record WebM; its DocType says so early on.
        return "audio/webm" if b"webm" in head or b"matroska" in head else None
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head[4:8] == b"ftyp":
        return "audio/mp4"
    return None


def _looks_like_markup(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<", b"\xfe\xff\x00<", b"\xff\xfe<\x00"))


def _mb(size: int) -> str:
    return f"{size / MB:.0f} MB"


def read_upload(upload) -> bytes:
    """The whole upload, refusing early what is past the larger cap before reading it."""
    limit = max(_image_max_bytes(), _audio_max_bytes())
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            gettext("This file is %(size)s; files can be up to %(most)s.")
            % {"size": _mb(upload.size), "most": _mb(limit)},
            code="too_big",
        )
    upload.seek(0)
    return upload.read()


def prepare(data: bytes, *, drawing: bool = False) -> Prepared:
    """Checks and readies an upload's bytes, or raises ValidationError saying why not."""
    if not data:
        raise ValidationError(gettext("This file is empty."), code="empty")
    content_type = sniff(data[:HEAD_BYTES])
    if content_type is None:
        if _looks_like_markup(data[:HEAD_BYTES]):
            raise ValidationError(MARKUP, code="markup")
        raise ValidationError(UNKNOWN, code="unknown_type")
    if content_type.startswith("audio/"):
        if drawing:
            raise ValidationError(
                gettext("A drawing is saved as a PNG image."), code="not_a_drawing"
            )
        if len(data) > _audio_max_bytes():
            raise ValidationError(
                gettext(
                    "This voice note is %(size)s; voice notes can be up to %(most)s (about 10 "
                    "minutes)."
                )
                % {"size": _mb(len(data)), "most": _mb(_audio_max_bytes())},
                code="too_big",
            )
        return Prepared(content=data, content_type=content_type)
    if len(data) > _image_max_bytes():
        raise ValidationError(
            gettext("This image is %(size)s; images can be up to %(most)s.")
            % {"size": _mb(len(data)), "most": _mb(_image_max_bytes())},
            code="too_big",
        )
    if drawing and content_type != "image/png":
        raise ValidationError(gettext("A drawing is saved as a PNG image."), code="not_a_drawing")
    return _reencode(data, content_type)


def _open(data: bytes, content_type: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if PILLOW_FORMATS.get(image.format) != content_type:
                raise ValidationError(UNKNOWN, code="unknown_type")
            if image.width * image.height > IMAGE_MAX_PIXELS:
                raise ValidationError(
                    gettext(
                        "This image has too many pixels to open safely; "
                        "make it smaller and attach it again."
                    ),
                    code="too_many_pixels",
                )
            image.load()
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        SyntaxError,
        ValueError,
    ):
        raise ValidationError(
            gettext("This image could not be read; it may be damaged. Try saving it again."),
            code="unreadable",
        ) from None
    return image


def _encode(image: Image.Image, content_type: str) -> bytes:
    out = io.BytesIO()
    if content_type == "image/jpeg":
        image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
    elif content_type == "image/webp":
        image.save(out, "WEBP", quality=85)
    else:
        image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _reencode(data: bytes, content_type: str) -> Prepared:
    image = _open(data, content_type)
    # Turn the picture as the camera meant it before the orientation tag goes with EXIF.
    image = ImageOps.exif_transpose(image)
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    image.thumbnail((IMAGE_MAX_SIDE, IMAGE_MAX_SIDE))
    # A fresh image holds pixels only: no EXIF, XMP, ICC comments or text chunks.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    thumbnail = clean.copy()
    thumbnail.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    return Prepared(
        content=_encode(clean, content_type),
        content_type=content_type,
        width=clean.width,
        height=clean.height,
        thumbnail=_encode(thumbnail, content_type),
    )
