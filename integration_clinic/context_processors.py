from django.urls import reverse

from patients.selectors import membership_of, patient_profile_of, user_is_staff
from sessions.selectors import due_prompt_count_for


def navigation(request):
    """The menu for the viewer's role: patients and staff each see their own places."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    if patient_profile_of(user):
        due = due_prompt_count_for(user)
        items = [("Today", reverse("today"), 0), ("Prompts", reverse("prompt_inbox"), due)]
    elif user_is_staff(user):
        items = [("Patients", reverse("staff_patient_list"), 0)]
        membership = membership_of(user)
        role = membership.role if membership else None
        if role in ("clinician", "coach"):
            items.append(("Sessions", reverse("session_list"), 0))
        if role in ("clinician", "clinic_admin"):
            items.append(("Invite", reverse("invitation_create"), 0))
    else:
        items = []
    unread = user.notifications.filter(read_at=None).count()
    return {"nav_items": items, "unread_notifications": unread}
