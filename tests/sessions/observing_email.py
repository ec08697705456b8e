"""An SMTP server that notes what the outbox said about each message as it arrived."""

from django.core.mail.backends.locmem import EmailBackend

from patients.models import Delivery

SEEN = []


class ObservingEmailBackend(EmailBackend):
    def send_messages(self, messages):
        for message in messages:
            message_id = message.extra_headers["Message-ID"]
            SEEN.append(Delivery.objects.get(message_id=message_id).outcome)
        return super().send_messages(messages)
