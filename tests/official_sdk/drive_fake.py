"""Drives a running FakeTwilio with Twilio's official Python SDK (twilio-python).

Run by tests/fake_python_sdk.rs, which starts the fake and checks what it received. Reads
FAKE_BASE_URL, FAKE_ACCOUNT_SID, FAKE_AUTH_TOKEN and CALLBACK_URL from the environment and
prints one JSON object describing what the SDK got back. Any SDK exception fails the script.
"""

import json
import os
import sys

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client


def call_summary(call):
    return {
        "sid": call.sid,
        "status": call.status,
        "to": call.to,
        "from": call._from,
        "direction": call.direction,
        "date_created": call.date_created.isoformat() if call.date_created else None,
        "start_time": call.start_time.isoformat() if call.start_time else None,
        "duration": call.duration,
        "uri": call.uri,
    }


def main():
    client = Client(os.environ["FAKE_ACCOUNT_SID"], os.environ["FAKE_AUTH_TOKEN"])
    # twilio-python has no base-URL option; its API domain keeps the origin here.
    client.api.base_url = os.environ["FAKE_BASE_URL"]

    created = client.calls.create(
        to="+15558675310",
        from_="+15005550006",
        url="https://example.com/twiml",
        status_callback=os.environ["CALLBACK_URL"],
        status_callback_event=["initiated", "ringing"],
        status_callback_method="POST",
    )
    second = client.calls.create(to="+15558675311", from_="+15005550006", twiml="<Response/>")
    fetched = client.calls(created.sid).fetch()
    listed = client.calls.list(to="+15558675310", page_size=1)
    streamed = [c.sid for c in client.calls.stream(page_size=1)]
    updated = client.calls(created.sid).update(status="canceled")
    deleted = client.calls(second.sid).delete()
    try:
        client.calls(second.sid).fetch()
        after_delete = None
    except TwilioRestException as e:
        after_delete = {"status": e.status, "code": e.code}

    json.dump(
        {
            "created": call_summary(created),
            "fetched": call_summary(fetched),
            "listed": [c.sid for c in listed],
            "streamed": streamed,
            "updated": call_summary(updated),
            "deleted": deleted,
            "after_delete": after_delete,
            "second": second.sid,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
