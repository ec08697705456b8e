from tests.authz import FORBIDDEN, LOGIN, OK, Row, expect

# Twilio's webhooks: only a request Twilio signed is taken; an unsigned one is refused
# whoever sends it, signed in or not.
ROWS = [
    Row("sms_inbound", expect(FORBIDDEN), method="post", data=lambda world: {"Body": "STOP"}),
    Row(
        "sms_status",
        expect(FORBIDDEN),
        method="post",
        data=lambda world: {"MessageSid": "SM1", "MessageStatus": "failed"},
    ),
]

# Each member of staff sets their own; patients have their preferences page instead.
ROWS += [
    Row(
        "staff_alert_channels",
        expect(OK, anonymous=LOGIN, patient=FORBIDDEN, other_patient=FORBIDDEN),
    ),
]
