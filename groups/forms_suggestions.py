from django import forms
from django.utils.translation import gettext_lazy as _

from .models import GroupSession


class SuggestionForm(forms.Form):
    """What a suggested time leaves open: a name for the group and where it meets."""

    title = forms.CharField(label=_("Name of the group"), max_length=120)
    place_kind = forms.ChoiceField(label=_("Where"), choices=GroupSession.PlaceKind.choices)
    room = forms.CharField(label=_("Room"), max_length=120, required=False)
    video_url = forms.URLField(label=_("Video call link"), required=False, assume_scheme="https")

    def clean(self):
        data = super().clean()
        for field, message in place_errors(data).items():
            self.add_error(field, message)
        return data


def place_errors(data: dict) -> dict:
    """What a place lacks: a room for a group in person, a link for a video call."""
    kind = data.get("place_kind")
    if kind == GroupSession.PlaceKind.ROOM and not (data.get("room") or "").strip():
        return {"room": _("Say which room the group meets in.")}
    if kind == GroupSession.PlaceKind.VIDEO and not data.get("video_url"):
        return {"video_url": _("Give the link to the video call.")}
    return {}
