"""Records what twilio-python 9.13's ValidationClient (Public Key Client Validation) signs for
the requests tests/client_validation.rs sends through twilio_calls: for each case, the request
as twilio-python puts it on the wire (method, path, query, Authorization, Host, body) and the
`rqh`/`hrh` claims of its Twilio-Client-Validation JWT. Nothing is sent: requests' transport is
replaced by one that records the prepared request and answers a canned body.

    python3 tests/official_sdk/client_validation.py tests/fixtures/twilio_python_client_validation.json

With `--check FILE`, instead reads requests our client sent (as tests/client_validation.rs
captured them, JSON) and prints, for each, the rqh twilio-python computes for that exact wire
request and whether our JWT verifies under the public key with PyJWT (RS256, and its claims).

Needs `pip install twilio==9.13.0 cryptography` (PyJWT signs and verifies RS256 with it). CI
reruns the recording and fails if the committed fixture no longer matches.
"""

import json
import sys
from urllib.parse import urlparse

import jwt as pyjwt
import requests
import twilio
from twilio.http.validation_client import ValidationClient, ValidationPayload
from twilio.jwt.validation import ClientValidationJwt
from twilio.rest import Client

ACCOUNT = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
KEY = "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
SECRET = "Zr6oQ3bT9uXw2yLk8dVf1gHn5cJp7sAe"
CREDENTIAL = "CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
CALL = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
SIGNED_HEADERS = ["authorization", "host"]


def canned(path):
    """A body twilio-python can read for the request to `path`."""
    if path.endswith("/Calls.json") and "GET" in canned.method:
        return {"calls": [], "next_page_uri": None, "page": 0, "page_size": 50}
    return {"sid": CALL, "account_sid": ACCOUNT, "status": "queued"}


def recorded(run):
    """Runs `run(client)` with a ValidationClient whose transport records the request."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    seen = []

    def send(self, prepared, **kwargs):
        seen.append(prepared)
        canned.method = prepared.method
        response = requests.Response()
        response.status_code = 204 if prepared.method == "DELETE" else 200
        response._content = b"" if prepared.method == "DELETE" else json.dumps(
            canned(urlparse(prepared.url).path)).encode()
        return response

    original = requests.Session.send
    requests.Session.send = send
    try:
        http = ValidationClient(ACCOUNT, KEY, CREDENTIAL, pem)
        run(Client(KEY, SECRET, ACCOUNT, http_client=http))
    finally:
        requests.Session.send = original
    (prepared,) = seen
    url = urlparse(prepared.url)
    token = prepared.headers["Twilio-Client-Validation"]
    claims = pyjwt.decode(token, options={"verify_signature": False})
    header = pyjwt.get_unverified_header(token)
    body = prepared.body or ""
    if isinstance(body, bytes):
        body = body.decode()
    return {
        "method": prepared.method,
        "path": url.path,
        "query": url.query,
        "authorization": prepared.headers["Authorization"],
        "host": prepared.headers["Host"],
        "body": body,
        "rqh": claims["rqh"],
        "hrh": claims["hrh"],
        "jwt_header": {k: header[k] for k in ("alg", "cty", "kid", "typ")},
        "claim_names": sorted(claims),
    }


CASES = {
    "create_with_arrays_and_a_query_in_a_url": lambda c: c.calls.create(
        to="+15558675310",
        from_="+15017122661",
        url="https://example.com/twiml?tenant=acme&step=1",
        status_callback_event=["initiated", "ringing", "answered"],
        machine_detection_timeout=30,
        record=True,
    ),
    "fetch": lambda c: c.calls(CALL).fetch(),
    "update_with_twiml": lambda c: c.calls(CALL).update(
        twiml="<Response><Say>Ahoy & bye</Say></Response>", status="completed"),
    "list_with_filters": lambda c: c.calls.list(
        to="+15558675310", status="completed", start_time_after="2024-01-31",
        parent_call_sid=CALL, page_size=20, limit=20),
    "delete": lambda c: c.calls(CALL).delete(),
}


def record(out_path):
    fixture = {
        "twilio_python": twilio.__version__,
        "account_sid": ACCOUNT,
        "api_key_sid": KEY,
        "api_key_secret": SECRET,
        "credential_sid": CREDENTIAL,
        "cases": {name: recorded(run) for name, run in CASES.items()},
    }
    with open(out_path, "w") as f:
        json.dump(fixture, f, indent=2, sort_keys=True)
        f.write("\n")


def check(path):
    """For each request our client sent: twilio-python's rqh for it, and PyJWT's verdict."""
    with open(path) as f:
        sent = json.load(f)
    results = []
    for request in sent["requests"]:
        payload = ValidationPayload(
            method=request["method"],
            path=request["path"],
            query_string=request["query"],
            all_headers={"authorization": request["authorization"], "host": request["host"]},
            signed_headers=SIGNED_HEADERS,
            body=request["body"],
        )
        expected = ClientValidationJwt(
            sent["account_sid"], sent["api_key_sid"], sent["credential_sid"], "unused", payload
        )._generate_payload()
        try:
            claims = pyjwt.decode(
                request["jwt"], sent["public_key"], algorithms=["RS256"],
                options={"require": ["exp", "nbf", "iss", "sub"]})
            header = pyjwt.get_unverified_header(request["jwt"])
            verified = None
        except Exception as e:  # noqa: BLE001 - reported, not raised
            claims, header, verified = {}, {}, f"{type(e).__name__}: {e}"
        results.append({
            "rqh": expected["rqh"],
            "hrh": expected["hrh"],
            "verify_error": verified,
            "claims": claims,
            "header": header,
        })
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    if sys.argv[1] == "--check":
        check(sys.argv[2])
    else:
        record(sys.argv[1])
