from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from patients.crisis_lines import crisis_help_for
from patients.selectors import (
    membership_of,
    patient_profile_of,
    sees_followup_alerts,
    unacknowledged_alerts_for,
    user_is_staff,
)
from sessions.selectors import due_prompt_count_for


def navigation(request):
    """The menu for the viewer's role: patients and staff each see their own places."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    account_items = []
    if patient_profile_of(user):
        due = due_prompt_count_for(user)
        items = [(_("Today"), reverse("today"), 0), (_("Prompts"), reverse("prompt_inbox"), due)]
        items.append((_("Journal"), reverse("journal_list"), 0))
        items.append((_("Groups"), reverse("group_list"), 0))
        items.append((_("Habits"), reverse("habit_list"), 0))
        items.append((_("Progress"), reverse("progress"), 0))
        items.append((_("Notes"), reverse("my_debrief_notes"), 0))
        items.append((_("Safety plan"), reverse("safety_plan"), 0))
        account_items = [
            (_("Preferences"), reverse("preferences")),
            (_("Your data"), reverse("export")),
        ]
    elif user_is_staff(user):
        membership = membership_of(user)
        role = membership.role if membership else None
        items = []
        # Patients choose theirs on their preferences; staff on a page of their own.
        account_items = [(_("Language"), reverse("language_settings"))]
        if role in ("clinician", "coach", "therapist"):
            # The care team is who urgent safety alerts reach.
            account_items.append(
                (_("How urgent alerts reach you"), reverse("staff_alert_channels"))
            )
        if role == "clinician":
            items.append((_("Dashboard"), reverse("staff_dashboard"), 0))
        if role == "coach":
            items.append((_("Workspace"), reverse("coach_workspace"), 0))
        items.append((_("Patients"), reverse("staff_patient_list"), 0))
        if role in ("clinician", "coach"):
            items.append((_("Sessions"), reverse("session_list"), 0))
            items.append((_("Groups"), reverse("group_schedule"), 0))
            items.append((_("Alerts"), reverse("alert_list"), 0))
        if sees_followup_alerts(user):
            items.append((_("Follow-up"), reverse("followup_alert_list"), 0))
        if role in ("clinician", "clinic_admin"):
            items.append((_("Overview"), reverse("staff_overview"), 0))
            items.append((_("Habits"), reverse("habit_settings"), 0))
            items.append((_("Programs"), reverse("program_list"), 0))
            items.append((_("Invite"), reverse("invitation_create"), 0))
    else:
        items = []
    unread = user.notifications.filter(read_at=None).count()
    return {"nav_items": items, "unread_notifications": unread, "account_items": account_items}


BANNER_ALERTS = 5


def urgent_alerts(request):
    """The safety alerts no one has acknowledged, for the banner on top of every staff
    page: one query, and none for anyone who is not on a care team."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user_is_staff(user):
        return {}
    alerts = unacknowledged_alerts_for(user, limit=BANNER_ALERTS)
    return {
        "urgent_alerts": alerts[:BANNER_ALERTS],
        "more_urgent_alerts": len(alerts) > BANNER_ALERTS,
    }


def crisis_footer(request):
    """The crisis lines in a logged-in patient's footer, for their own country. Anyone
    else (a visitor, staff) is told to call their local emergency number: no one outside
    the United States and Canada is told to call 988. Looked up only when a page shows it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    patient = patient_profile_of(user)
    if patient is None:
        return {}
    return {"crisis_footer": SimpleLazyObject(lambda: crisis_help_for(patient))}
