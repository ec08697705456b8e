"""The caller's own language over the API, as the language page keeps it: anyone signed
in, patients and staff; empty follows the browser."""

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from . import services


class LanguageSerializer(serializers.Serializer):
    language = serializers.ChoiceField(
        choices=[("", "The browser's"), *settings.LANGUAGES],
        allow_blank=True,
        help_text="Of pages, emails, push and text messages; empty follows the browser.",
    )


class OwnLanguageView(GenericAPIView):
    serializer_class = LanguageSerializer
    pagination_class = None

    @extend_schema(summary="Your language", responses=LanguageSerializer)
    def get(self, request):
        return Response({"language": request.user.language})

    @extend_schema(
        summary="Choose your language", request=LanguageSerializer, responses=LanguageSerializer
    )
    def put(self, request):
        body = self.get_serializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.user_language_set(user=request.user, language=body.validated_data["language"])
        return Response({"language": request.user.language})
