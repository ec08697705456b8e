"""Phone numbers in pages: shown in international form, linked for a call or a text."""

from django import template

from patients import phones

register = template.Library()


@register.filter
def phone_display(value):
    return phones.display(value or "")


@register.filter
def tel_url(value):
    return phones.tel_url(value or "")


@register.filter
def sms_url(value):
    return phones.sms_url(value or "")
