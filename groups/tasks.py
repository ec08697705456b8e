"""Thin tasks: each calls a service, which tests call directly."""

from celery import shared_task

from . import services


@shared_task(ignore_result=True)
def dispatch_group_reminders():
    return services.group_reminders_dispatch_due()


@shared_task(ignore_result=True)
def complete_past_group_sessions():
    return services.group_sessions_complete_past()
