from celery import shared_task

from . import channels, services


@shared_task(ignore_result=True)
def send_pending_emails():
    services.emails_send_pending()


@shared_task(ignore_result=True)
def deliver_emails(delivery_ids):
    services.emails_deliver(delivery_ids=delivery_ids)


@shared_task(ignore_result=True)
def resend_unacknowledged_alerts():
    services.alerts_resend_unacknowledged()


@shared_task(ignore_result=True)
def send_pending_channel_messages():
    channels.channels_send_pending()
