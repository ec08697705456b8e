from tests.authz import FORBIDDEN, Row, expect

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
