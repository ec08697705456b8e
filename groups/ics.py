"""Group sessions as iCalendar (RFC 5545), for a one-off download and the private feeds.

Times are written in UTC (DTSTART:...Z), which every calendar shows in its owner's own
zone; no VTIMEZONE is needed. UIDs are stable per session and SEQUENCE grows with each
change of time, place or status, so a calendar updates the event instead of adding one.
"""

import re
from datetime import UTC
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event

from patients.services import absolute_url

from .models import GroupSession

PRODUCT_ID = "-//Integration Clinic//Group sessions//EN"

# RFC 5545 allows no control character but HTAB in a TEXT value. Line breaks become one
# LF, which the library escapes as \n; the rest go, so a row stored before titles were
# validated cannot end a line early or break the calendar of everyone enrolled.
_LINE_BREAK = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _text(value: str, *, one_line: bool = False) -> str:
    value = _CONTROL.sub("", _LINE_BREAK.sub("\n", value or ""))
    return " ".join(value.split("\n")) if one_line else value


def uid_for(group_session: GroupSession) -> str:
    host = urlsplit(settings.SITE_URL).hostname or "integration-clinic"
    return f"group-session-{group_session.pk}@{host}"


def event_for(group_session: GroupSession, *, with_link: bool, detail_url: str) -> Event:
    event = Event()
    event.add("uid", uid_for(group_session))
    event.add("dtstamp", timezone.now().astimezone(UTC))
    event.add("last-modified", group_session.updated_at.astimezone(UTC))
    event.add("dtstart", group_session.starts_at.astimezone(UTC))
    event.add("dtend", group_session.ends_at.astimezone(UTC))
    event.add("sequence", group_session.sequence)
    event.add("summary", _text(group_session.title, one_line=True))
    cancelled = group_session.status == GroupSession.Status.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if group_session.place_kind == GroupSession.PlaceKind.ROOM:
        event.add("location", _text(group_session.room, one_line=True))
    elif with_link:
        event.add("location", _text(group_session.video_url, one_line=True))
    else:
        event.add("location", gettext("Video call (the link goes to those enrolled)"))
    details = gettext("Details: %(link)s") % {"link": detail_url}
    lines = [group_session.topic, group_session.description, details]
    event.add("description", _text("\n\n".join(line for line in lines if line)))
    event.add("url", _text(detail_url, one_line=True))
    return event


def calendar_for(sessions, *, name: str, links_for, detail_url_name: str) -> bytes:
    """A calendar of `sessions`. `links_for(session)` says whether its video link may be
    written into the file; `detail_url_name` names the page each event links back to."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _text(name, one_line=True))
    for group_session in sessions:
        url = absolute_url(reverse(detail_url_name, args=[group_session.pk]))
        calendar.add_component(
            event_for(group_session, with_link=links_for(group_session), detail_url=url)
        )
    return calendar.to_ical()
