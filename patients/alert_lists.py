"""What safety alerts and follow-up alerts share in their lists, on the pages and in the
API: which alerts a "show"/"state" choice keeps, and the page of them a member of staff
reads, each row audited."""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from .audit import audit_record_many
from .models import AuditEvent

ALERTS_PER_PAGE = 50

SHOW_CHOICES = [
    ("open", _("Open")),
    ("unacknowledged", _("Not acknowledged")),
    ("resolved", _("Resolved")),
    ("all", _("All")),
]
STATES = [value for value, _label in SHOW_CHOICES]


def alerts_in_state(alerts, state: str):
    """Open (not resolved), not yet acknowledged (and open), resolved, or all."""
    if state == "open":
        return alerts.filter(resolved_at=None)
    if state == "unacknowledged":
        return alerts.filter(resolved_at=None, acknowledged_at=None)
    if state == "resolved":
        return alerts.exclude(resolved_at=None)
    return alerts


def show_from(request) -> str:
    """The page's ?show= choice; open when missing or unknown."""
    show = request.GET.get("show", "open")
    return show if show in STATES else "open"


def audited_page(request, alerts):
    """The requested page of alerts; a list read of each is audited."""
    page = Paginator(alerts, ALERTS_PER_PAGE).get_page(request.GET.get("page"))
    audit_record_many(
        actor=request.user, rows=[(a.patient, a) for a in page], action=AuditEvent.Action.LIST
    )
    return page
