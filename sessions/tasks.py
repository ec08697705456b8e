"""Thin tasks: each takes ids, tolerates a missing row, and calls a service."""

from celery import shared_task
from django.db import OperationalError

from . import services


@shared_task(ignore_result=True)
def dispatch_due_prompts():
    return services.prompts_dispatch_due()


@shared_task(
    ignore_result=True,
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    retry_backoff_max=60,
    max_retries=5,
)
def deliver_prompt(prompt_id):
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
