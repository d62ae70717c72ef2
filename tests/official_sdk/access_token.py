"""Writes the Voice access tokens Twilio's official Python SDK mints for the cases that
tests/access_token.rs builds with twilio_calls::jwt, as a fixture the test compares with byte
for byte.

    python3 tests/official_sdk/access_token.py tests/fixtures/twilio_python_access_tokens.json

Needs `pip install twilio==9.13.0` (which brings PyJWT). The clock is fixed, so the tokens are
the same on every run; CI reruns this script and fails if the committed fixture no longer
matches. Each case here has a twin of the same name in tests/access_token.rs, which also checks
that PyJWT's decoding of each token gives the claims written here.
"""

import json
import sys
import time

import jwt as pyjwt
import twilio
from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import VoiceGrant

NOW = 1764460800  # 2025-11-30T00:00:00Z
ACCOUNT = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
KEY = "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
SECRET = "Zr6oQ3bT9uXw2yLk8dVf1gHn5cJp7sAe"  # 32 characters, as API key secrets are
CASES = {}


def case(function):
    CASES[function.__name__] = function
    return function


@case
def voice_everything():
    token = AccessToken(ACCOUNT, KEY, SECRET, identity="alice", ttl=600)
    token.add_grant(VoiceGrant(
        incoming_allow=True,
        outgoing_application_sid="APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        outgoing_application_params={"to": "+15558675310", "tier": "gold & more"},
        push_credential_sid="CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        endpoint_id="alice-phone",
    ))
    return token


@case
def region_and_unicode_identity():
    token = AccessToken(ACCOUNT, KEY, SECRET, identity="zoë 😀 \"q\"", region="ie1")
    token.add_grant(VoiceGrant(incoming_allow=True))
    return token


@case
def no_identity_no_nbf_valid_until():
    token = AccessToken(ACCOUNT, KEY, SECRET, nbf=None, valid_until=NOW + 7200)
    token.add_grant(VoiceGrant(outgoing_application_sid="APbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"))
    return token


@case
def params_without_application_and_explicit_nbf():
    token = AccessToken(ACCOUNT, KEY, SECRET, identity="bob", nbf=NOW + 60)
    token.add_grant(VoiceGrant(incoming_allow=False, outgoing_application_params={"a": "b"}))
    return token


@case
def no_grant():
    return AccessToken(ACCOUNT, KEY, SECRET, identity="carol")


def main(out_path):
    time.time = lambda: NOW + 0.25
    cases = {}
    for name, build in CASES.items():
        token = build().to_jwt()
        claims = pyjwt.decode(token, SECRET, algorithms=["HS256"],
                              options={"verify_exp": False, "verify_nbf": False})
        cases[name] = {"token": token, "claims": claims,
                       "header": pyjwt.get_unverified_header(token)}
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump({"generator": "tests/official_sdk/access_token.py",
                   "twilio_python": twilio.__version__, "now": NOW, "secret": SECRET,
                   "cases": cases}, out, ensure_ascii=False, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
