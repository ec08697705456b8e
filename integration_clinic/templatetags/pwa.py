"""The installable app's part of every page (templates/base.html)."""

from django import template

from patients.selectors import patient_profile_of

register = template.Library()


@register.simple_tag(takes_context=True)
def offline_owner(context) -> str:
    """Whose pages the service worker may keep offline on this device: the signed-in
    patient's ("patient-<id>"), or no one's (""), in which case static/js/pwa.js drops what
    is kept. No query beyond the one the menu already made (the profile is cached)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    patient = patient_profile_of(user) if user is not None else None
    return f"patient-{patient.pk}" if patient else ""


@register.simple_tag
def menu_waiting(nav_items, unread_notifications) -> int:
    """What the menu's badges add up to (prompts due, unread notices), for the button that
    hides them on a phone."""
    return sum(count for _label, _url, count in nav_items or ()) + (unread_notifications or 0)
