"""The language a person reads in: their own choice, else the clinic's default (English).

Everything sent outside a request (emails, push and text messages, the inbox) is rendered
under `translation.override(language_for(user))`, so it reaches each person in theirs.
"""

from django.conf import settings

SUPPORTED = {code for code, _name in settings.LANGUAGES}


def language_for(user) -> str:
    chosen = getattr(user, "language", "") or ""
    return chosen if chosen in SUPPORTED else settings.LANGUAGE_CODE
