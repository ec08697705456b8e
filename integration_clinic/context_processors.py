from django.urls import reverse

from patients.selectors import membership_of, patient_profile_of, user_is_staff


def navigation(request):
    """The menu for the viewer's role: patients and staff each see their own places."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    if patient_profile_of(user):
        items = [("Today", reverse("today"))]
    elif user_is_staff(user):
        items = [("Patients", reverse("staff_patient_list"))]
        membership = membership_of(user)
        if membership and membership.role in ("clinician", "clinic_admin"):
            items.append(("Invite", reverse("invitation_create")))
    else:
        items = []
    unread = user.notifications.filter(read_at=None).count()
    return {"nav_items": items, "unread_notifications": unread}
