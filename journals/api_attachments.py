"""The REST API for attachments, over the same selectors and services as the pages: the
patient adds, lists, reads and removes the drawings, photos and voice notes of their own
entries; the care team reads those of shared entries (audited); anyone else finds nothing.
The bytes come from their own endpoint, never from a public URL."""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from .attachments import (
    attachment_get_for,
    attachment_response,
    attachments_of,
)
from .files import AUDIO_MAX_BYTES, IMAGE_MAX_BYTES, MB
from .models import Attachment
from .selectors import entry_get_for
from .services_attachments import NewAttachment, attachment_delete, attachments_add


class AttachmentSerializer(serializers.ModelSerializer):
    kind = serializers.ChoiceField(choices=Attachment.Kind.choices, read_only=True)
    url = serializers.SerializerMethodField(help_text="Where to fetch the file (same login).")
    thumbnail_url = serializers.SerializerMethodField(
        help_text="A small image for lists; null for voice notes."
    )

    class Meta:
        model = Attachment
        fields = [
            "id",
            "entry",
            "kind",
            "content_type",
            "size",
            "width",
            "height",
            "caption",
            "created_at",
            "url",
            "thumbnail_url",
        ]
        read_only_fields = fields

    def _absolute(self, name, attachment) -> str:
        path = reverse(name, args=[attachment.pk])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path

    def get_url(self, attachment) -> str:
        return self._absolute("api-attachment-file", attachment)

    def get_thumbnail_url(self, attachment) -> str | None:
        if not attachment.thumbnail:
            return None
        return self._absolute("api-attachment-thumbnail", attachment)


class AttachmentUploadSerializer(serializers.Serializer):
    file = serializers.FileField(
        help_text=f"JPEG, PNG or WebP up to {IMAGE_MAX_BYTES // MB} MB, or a voice note in "
        f"WebM, Ogg or MP4 up to {AUDIO_MAX_BYTES // MB} MB. The type is read from the "
        "file's bytes; SVG, HTML and anything else is refused."
    )
    kind = serializers.ChoiceField(
        choices=Attachment.Kind.choices,
        required=False,
        help_text="drawing for a PNG made on a canvas; otherwise decided from the file "
        "(photo for images, voice for recordings).",
    )
    caption = serializers.CharField(
        max_length=Attachment.CAPTION_MAX_CHARS,
        required=False,
        allow_blank=True,
        help_text="Read by the crisis screen, like entry text. Images and audio are not.",
    )


FILE_RESPONSE = {
    (200, "application/octet-stream"): OpenApiResponse(
        response=OpenApiTypes.BINARY,
        description="The file, with its sniffed Content-Type (image/jpeg, image/png, "
        "image/webp, audio/webm, audio/ogg or audio/mp4), Cache-Control: no-store and "
        "X-Content-Type-Options: nosniff. Production may answer 302 to a short-lived "
        "signed storage URL instead.",
    ),
    (206, "application/octet-stream"): OpenApiResponse(
        response=OpenApiTypes.BINARY,
        description="The bytes a Range header asked for (bytes=start-end), as media "
        "players ask; Content-Range says which.",
    ),
}


class EntryAttachmentsView(APIView):
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="journal_entries_attachments_list",
        responses={200: AttachmentSerializer(many=True)},
        description="The attachments of an entry the caller may read: their own, or a "
        "shared entry of a patient on their care team (audited).",
    )
    def get(self, request, pk):
        entry = entry_get_for(request.user, pk)
        attachments = attachments_of(entry)
        return Response(
            AttachmentSerializer(attachments, many=True, context={"request": request}).data
        )

    @extend_schema(
        operation_id="journal_entries_attachments_create",
        request={"multipart/form-data": AttachmentUploadSerializer},
        responses={201: AttachmentSerializer},
        description="The patient attaches a drawing, photo or voice note to their own "
        "entry. Images are re-encoded (EXIF and GPS removed, at most 2,048 px on the longest "
        "side). Refused with 400 and a message on `file`: an unknown or markup type, a file "
        "over its cap, or one that would pass the patient's quota.",
    )
    def post(self, request, pk):
        entry = entry_get_for(request.user, pk, for_write=True, audit=False)
        body = AttachmentUploadSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        [attachment] = attachments_add(
            acting_user=request.user,
            entry=entry,
            new=[
                NewAttachment(
                    upload=data["file"], kind=data.get("kind", ""), caption=data.get("caption", "")
                )
            ],
        )
        return Response(
            AttachmentSerializer(attachment, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )


class AttachmentView(APIView):
    @extend_schema(
        operation_id="attachments_retrieve",
        responses={200: AttachmentSerializer},
        description="One attachment's details, for whoever may read its entry.",
    )
    def get(self, request, pk):
        attachment = attachment_get_for(request.user, pk)
        return Response(AttachmentSerializer(attachment, context={"request": request}).data)

    @extend_schema(
        operation_id="attachments_destroy",
        responses={204: None},
        description="The patient removes an attachment of their own for good.",
    )
    def delete(self, request, pk):
        attachment = attachment_get_for(request.user, pk, for_write=True, audit=False)
        attachment_delete(acting_user=request.user, attachment=attachment)
        return Response(status=status.HTTP_204_NO_CONTENT)


class AttachmentFileView(APIView):
    thumbnail = False

    @extend_schema(
        operation_id="attachments_file_retrieve",
        responses=FILE_RESPONSE,
        description="The attachment's bytes, for whoever may read its entry (staff reads "
        "are audited).",
    )
    def get(self, request, pk):
        return attachment_response(
            attachment_get_for(request.user, pk), range_header=request.headers.get("Range", "")
        )


class AttachmentThumbnailView(APIView):
    @extend_schema(
        operation_id="attachments_thumbnail_retrieve",
        responses=FILE_RESPONSE,
        description="A small copy of an image attachment, for lists; 404 for voice notes.",
    )
    def get(self, request, pk):
        return attachment_response(attachment_get_for(request.user, pk), thumbnail=True)
