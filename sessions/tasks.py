"""Thin tasks: each takes ids, tolerates a missing row, and calls a service. Routes are
in settings (CELERY_TASK_ROUTES): deliveries on the default queue, the rest on
"housekeeping"."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from . import services

# The database away for a moment (a restart, a failover): try again shortly. Every
# delivery is gated by a conditional update, so a retry of a half-done batch is harmless.
RETRY_ON_DATABASE = {
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": True,
    "retry_backoff_max": 60,
    "max_retries": 8,
}


@shared_task(ignore_result=True)
def dispatch_due_prompts():
    return services.prompts_dispatch_due()


@shared_task(ignore_result=True, **RETRY_ON_DATABASE)
def deliver_prompts(prompt_ids):
    services.prompts_deliver(prompt_ids=[int(pk) for pk in prompt_ids])


@shared_task(ignore_result=True, **RETRY_ON_DATABASE)
def deliver_prompt(prompt_id):
    """One prompt; kept for messages published before deliveries went in batches."""
    services.prompt_deliver(prompt_id=prompt_id)


@shared_task(ignore_result=True)
def requeue_stuck_prompts():
    services.prompts_requeue_stuck()


@shared_task(ignore_result=True)
def send_prompt_reminders():
    services.prompts_send_reminders()


@shared_task(ignore_result=True)
def expire_prompts():
    services.prompts_expire()
