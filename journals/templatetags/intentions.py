"""The intentions a patient set before a session, for the staff session page, which the
sessions app renders without knowing of journals."""

from django import template

from journals.intentions import intentions_for, intentions_kept_private

register = template.Library()


@register.inclusion_tag("journals/includes/session_intentions.html", takes_context=True)
def session_intentions(context, session):
    user = context["request"].user
    entries = intentions_for(user, session)
    return {
        "intentions": entries,
        "kept_private": not entries and intentions_kept_private(session),
    }
