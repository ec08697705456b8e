"""Crisis help where a template has a patient but no view prepared it: emails."""

from django import template

from patients.crisis_lines import crisis_help_for, crisis_sentence

register = template.Library()


@register.simple_tag
def crisis_line_for(patient):
    """One line for an email: the patient's country's crisis line and emergency number."""
    return crisis_sentence(crisis_help_for(patient))
