"""Captures the requests Twilio's official Python SDK sends for the scenarios that
tests/official_sdk.rs replays through twilio-calls, and writes them as a fixture: the Calls
operations, and each operation inside a call with all its parameters set.

    python3 tests/official_sdk/capture.py tests/fixtures/twilio_python_requests.json

Needs `pip install twilio==9.13.0`. Nothing leaves the machine: the SDK talks to a local
HTTP server that records each request and answers with the spec's example call.
CI reruns this script and fails if the committed fixture no longer matches.
"""

import hashlib
import http.server
import os
import json
import sys
import threading
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

import twilio
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

ACCOUNT = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
CALL = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
RECORDING = "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
NOTIFICATION = "NOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
STREAM = "MZaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
TRANSCRIPTION = "GTaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
SIPREC = "SRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
PAYMENT = "PKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
SUBSCRIPTION = "ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
CB = "https://example.com/cb?a=1&b=2"
CALL_JSON = json.dumps({"sid": CALL, "account_sid": ACCOUNT, "status": "queued"}).encode()
PAGE_JSON = json.dumps({"calls": [], "page": 0, "page_size": 2, "next_page_uri": None}).encode()

seen = []


class Recorder(http.server.BaseHTTPRequestHandler):
    def _answer(self, status, body):
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        url = urlsplit(self.path)
        seen.append({
            "method": self.command,
            "path": url.path,
            # Raw `key=value` pairs, still percent-encoded, in the order sent.
            "query": url.query.split("&") if url.query else [],
            "body": raw.split("&") if raw else [],
            "content_type": self.headers.get("content-type"),
        })
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self._answer(200, PAGE_JSON)

    def do_POST(self):
        self._answer(201 if self.path.endswith("/Calls.json") else 200, CALL_JSON)

    def do_DELETE(self):
        length = int(self.headers.get("content-length") or 0)
        self._answer(204, b"")

    def log_message(self, *args):
        pass


def spec_digest():
    """SHA-256 of the spec and overlay the scenarios were written for: the Rust test holds them
    to every parameter of that spec, and only notes what a regenerated one adds."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "spec")
    digest = hashlib.sha256()
    for name in ("twilio_api_v2010.yaml", "overlay.yaml"):
        with open(os.path.join(root, name), "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()


def operation_of(name):
    """The operationId of a Calls scenario, by its name's first word."""
    return {"create": "CreateCall", "fetch": "FetchCall", "update": "UpdateCall",
            "delete": "DeleteCall", "list": "ListCall"}[name.split("_")[0]]


def main(out_path):
    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"

    class Local(TwilioHttpClient):
        def request(self, method, url, *args, **kwargs):
            return super().request(method, url.replace("https://api.twilio.com", origin), *args, **kwargs)

    calls = Client(ACCOUNT, "token", http_client=Local()).calls
    scenarios = {}

    def run(name, action, operation=None):
        before = len(seen)
        action()
        assert len(seen) == before + 1, name
        scenarios[name] = dict(seen[-1], operation=operation or operation_of(name))

    # Keep these in step with tests/official_sdk.rs.
    run("create_every_parameter", lambda: calls.create(
        to="+15558675310", from_="+15017122661", url="https://example.com/twiml?a=1&b=2",
        method="GET", fallback_url="https://example.com/fallback", fallback_method="POST",
        status_callback="https://example.com/status",
        status_callback_event=["initiated", "ringing", "answered", "completed"],
        status_callback_method="POST", send_digits="W1234#", timeout=30, record=True,
        recording_channels="dual", recording_status_callback="https://example.com/rec",
        recording_status_callback_method="GET",
        recording_status_callback_event=["in-progress", "completed", "absent"],
        recording_track="both", trim="do-not-trim", sip_auth_username="alice",
        sip_auth_password="p@ss word", machine_detection="DetectMessageEnd",
        machine_detection_timeout=45, machine_detection_speech_threshold=2400,
        machine_detection_speech_end_threshold=1200, machine_detection_silence_timeout=5000,
        async_amd="true", async_amd_status_callback="https://example.com/amd",
        async_amd_status_callback_method="POST", caller_id="client:alice",
        byoc="BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", call_reason="Appointment reminder",
        call_token="tok-123", time_limit=3600))
    run("create_twiml_unicode", lambda: calls.create(
        to="sip:bob@example.com", from_="client:alice", record=False,
        twiml="<Response><Say language=\"fr-FR\">Ça va? 50% & plus ☎</Say></Response>"))
    run("create_application", lambda: calls.create(
        to="+15558675310", from_="+15017122661",
        application_sid="APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", status_callback_event=["completed"]))
    run("create_client_notification", lambda: calls.create(
        to="client:alice", from_="+15017122661", url="https://example.com/twiml",
        client_notification_url="https://example.com/push?x=1"))
    run("update_every_parameter", lambda: calls(CALL).update(
        url="https://example.com/next?step=2", method="GET",
        fallback_url="https://example.com/fallback", fallback_method="POST",
        status_callback="https://example.com/status", status_callback_method="GET",
        time_limit=120))
    run("update_status_twiml", lambda: calls(CALL).update(
        status="completed", twiml="<Response><Say>Bye & thanks</Say></Response>"))
    run("list_every_filter", lambda: list(calls.list(
        to="+15558675310", from_="+15017122661",
        parent_call_sid="CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", status="in-progress",
        start_time=datetime(2024, 1, 31, 0, 0, 0, tzinfo=timezone.utc),
        start_time_before=datetime(2024, 2, 1, 10, 30, 0, tzinfo=timezone.utc),
        start_time_after=datetime(2024, 1, 1, 0, 0, 0, tzinfo=timezone.utc),
        end_time=datetime(2024, 1, 31, 23, 59, 59, tzinfo=timezone.utc),
        end_time_before=datetime(2024, 3, 1, 0, 0, 0, tzinfo=timezone.utc),
        end_time_after=datetime(2024, 1, 1, 2, 0, 0, tzinfo=timezone.utc),
        page_size=2, limit=2)))
    run("list_limit_only", lambda: list(calls.list(limit=120)))
    run("fetch_call", lambda: calls(CALL).fetch())
    run("delete_call", lambda: calls(CALL).delete())

    # Inside a call: each operation with every parameter the vendored spec gives it.
    call = calls(CALL)
    run("recording_create", lambda: call.recordings.create(
        recording_status_callback_event=["in-progress", "completed", "absent"],
        recording_status_callback=CB, recording_status_callback_method="GET",
        trim="trim-silence", recording_channels="dual", recording_track="inbound"),
        "CreateCallRecording")
    run("recording_fetch", lambda: call.recordings(RECORDING).fetch(), "FetchCallRecording")
    run("recording_update", lambda: call.recordings(RECORDING).update(
        status="paused", pause_behavior="skip"), "UpdateCallRecording")
    run("recording_delete", lambda: call.recordings(RECORDING).delete(), "DeleteCallRecording")
    run("recording_list", lambda: list(call.recordings.list(
        date_created=date(2024, 1, 31), date_created_before=date(2024, 2, 1),
        date_created_after=date(2024, 1, 1), page_size=2, limit=2)), "ListCallRecording")
    run("notification_fetch", lambda: call.notifications(NOTIFICATION).fetch(),
        "FetchCallNotification")
    run("notification_list", lambda: list(call.notifications.list(
        log=1, message_date=date(2024, 1, 31), message_date_before=date(2024, 2, 1),
        message_date_after=date(2024, 1, 1), page_size=2, limit=2)), "ListCallNotification")
    run("event_list", lambda: list(call.events.list(page_size=2, limit=2)), "ListCallEvent")
    run("stream_create", lambda: call.streams.create(
        url="wss://example.com/audio?x=1", name="agent", track="both_tracks",
        status_callback=CB, status_callback_method="GET",
        parameter1_name="tenant", parameter1_value="acme & co",
        parameter2_name="lang", parameter2_value="en-US",
        parameter99_name="last", parameter99_value="99"), "CreateStream")
    run("stream_update", lambda: call.streams(STREAM).update(status="stopped"), "UpdateStream")
    run("transcription_create", lambda: call.transcriptions.create(
        name="notes", track="inbound_track", status_callback_url=CB,
        status_callback_method="POST", inbound_track_label="caller",
        outbound_track_label="agent", partial_results=True, language_code="en-US",
        transcription_engine="google", profanity_filter=False, speech_model="telephony",
        hints="Twilio, Rust", enable_automatic_punctuation=True,
        intelligence_service="GAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        conversation_configuration="conv config & more",
        conversation_id="GOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", enable_provider_data=True),
        "CreateRealtimeTranscription")
    run("transcription_update", lambda: call.transcriptions(TRANSCRIPTION).update(
        status="stopped"), "UpdateRealtimeTranscription")
    run("siprec_create", lambda: call.siprec.create(
        name="rec", connector_name="recorder", track="outbound_track", status_callback=CB,
        status_callback_method="POST", parameter1_name="k", parameter1_value="v w"),
        "CreateSiprec")
    run("siprec_update", lambda: call.siprec(SIPREC).update(status="stopped"), "UpdateSiprec")
    run("payment_create", lambda: call.payments.create(
        idempotency_key="order-17", status_callback=CB, bank_account_type="consumer-checking",
        charge_amount=10.5, currency="usd", description="Order #17", input="dtmf",
        min_postal_code_length=5, parameter={"merchant": "acme"},
        payment_connector="Default", payment_method="credit-card", postal_code=True,
        security_code=False, timeout=7, token_type="reusable",
        valid_card_types="visa mastercard", require_matching_inputs="postal-code",
        confirmation="true"), "CreatePayments")
    run("payment_update", lambda: call.payments(PAYMENT).update(
        idempotency_key="order-17-card", status_callback=CB, capture="payment-card-number",
        status="complete"), "UpdatePayments")
    run("payment_update_matcher", lambda: call.payments(PAYMENT).update(
        idempotency_key="order-17-match", status_callback=CB,
        capture="payment-card-number-matcher"), "UpdatePayments")
    run("user_defined_message_create", lambda: call.user_defined_messages.create(
        content='{"greeting": "hi & bye"}', idempotency_key="m-1"),
        "CreateUserDefinedMessage")
    run("user_defined_message_subscription_create",
        lambda: call.user_defined_message_subscriptions.create(
            callback=CB, idempotency_key="s-1", method="GET"),
        "CreateUserDefinedMessageSubscription")
    run("user_defined_message_subscription_delete",
        lambda: call.user_defined_message_subscriptions(SUBSCRIPTION).delete(),
        "DeleteUserDefinedMessageSubscription")

    fixture = {"sdk": f"twilio-python {twilio.__version__}", "scenarios": scenarios,
               "spec_sha256": spec_digest()}
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(fixture, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    server.shutdown()


if __name__ == "__main__":
    main(sys.argv[1])
