"""Generates webhook-signature vectors with Twilio's official Python SDK's RequestValidator,
for tests/webhook_signatures.rs to replay through twilio_calls::webhook.

    python3 tests/official_sdk/signatures.py tests/fixtures/twilio_python_signatures.json

Needs `pip install twilio==9.13.0`. The cases are random but seeded, so the output is
reproducible: CI reruns this script and fails if the committed fixture no longer matches.

Each case records what twilio-python answers: `computed`, the signature of the URL exactly
as given (`compute_signature`), and `valid`, what `validate` returns for the `signature`
offered (an exception counts as invalid). URLs avoid two spellings where twilio-python's
port handling is itself wrong (user info together with a port, and bracketed IPv6 hosts with
a port), since matching a bug there would mean rejecting genuine Twilio requests.
"""

import hashlib
import json
import logging
import random
import sys

import twilio
from twilio.request_validator import RequestValidator, add_port, remove_port
from urllib.parse import quote, urlparse

CASES = 1200
# twilio-python logs a warning for each unsupported algorithm; those cases are expected.
logging.disable(logging.WARNING)
rng = random.Random(20101031)


class MultiDict:
    """Repeated keys, read through `getall` as twilio-python reads Flask's MultiDict."""

    def __init__(self, pairs):
        self.pairs = pairs

    def __iter__(self):
        return iter([name for name, _ in self.pairs])

    def __len__(self):
        return len(self.pairs)

    def getall(self, name):
        return [value for key, value in self.pairs if key == name]


TOKENS = ["12345", "your_auth_token", "0123456789abcdef0123456789abcdef", "clé-secrète ✓", ""]
SCHEMES = ["https", "https", "http", "HTTPS", "Http"]
HOSTS = ["example.com", "MyCompany.com", "calls.example.co.uk", "bücher.example", "127.0.0.1",
         "localhost", "[::1]", "user:pw@example.com", "a-b.example.io"]
PORTS = [None, None, None, "443", "80", "8080", "3000", "65535", ""]
WORDS = ["status", "calls", "myapp.php", "voice", "ünïcødé", "日本", "a b", "%2F", "x+y", "~me",
         "emoji😀", "", "CAll", "callback"]
NAMES = ["CallSid", "AccountSid", "From", "To", "CallStatus", "Direction", "Digits", "Caller",
         "SpeechResult", "Body", "ApiVersion", "Timestamp", "Ünicode", "日本語", "a", "A", "_",
         "", " ", "key with space", "x[]", "SequenceNumber"]
VALUES = ["", " ", "+14155551212", "completed", "CA1234567890ABCDE", "héllo wörld", "日本語",
          "😀", "a&b=c", "100%", "line\nbreak", "tab\t", "<xml>", "'\"", "0", "-1", "ringing"]
ALGORITHM_HEADERS = [None] * 6 + [
    "key=webhooks_sharedkey_123,algorithm=HMAC_SHA256",
    "algorithm=HMAC_SHA256",
    "algorithm=hmac_sha256",
    " algorithm = HMAC_SHA1 ",
    "key=abc",
    "algorithm=",
    "algorithm=HMAC_MD5",
    "key=abc,algorithm=SHA256",
]


def pick_text(choices):
    return rng.choice(choices) if rng.random() < 0.8 else "".join(
        chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0xa0, 0x2fff), rng.randint(0x1f300, 0x1f64f)]))
        for _ in range(rng.randint(0, 6)))


def make_url(query_extra=None):
    scheme = rng.choice(SCHEMES)
    host = rng.choice(HOSTS)
    port = rng.choice(PORTS)
    if ("@" in host or host.startswith("[")) and port:
        port = None
    authority = host if port is None else f"{host}:{port}"
    path = "".join("/" + quote(pick_text(WORDS), safe="/%+~") if rng.random() < 0.5 else "/" + pick_text(WORDS)
                   for _ in range(rng.randint(0, 3)))
    query = []
    for _ in range(rng.choice([0, 0, 1, 2, 3])):
        query.append(quote(pick_text(NAMES), safe="") + "=" + quote(pick_text(VALUES), safe=""))
    if query_extra:
        query.append(query_extra)
    if path.endswith(";"):
        path += "x"  # urllib drops an empty `;params` part: a quirk left out on purpose
    url = f"{scheme}://{authority}{path}"
    if query:
        url += "?" + "&".join(query)
    elif rng.random() < 0.05:
        url += "?"
    if rng.random() < 0.05:
        url += "#" + pick_text(["", "frag", "x=1"])
    return url


def make_params():
    pairs = []
    for _ in range(rng.choice([0, 1, 2, 3, 5, 8])):
        name = pick_text(NAMES)
        pairs.append([name, pick_text(VALUES)])
        if rng.random() < 0.2:  # repeated key: the same or another value
            pairs.append([name, rng.choice([pairs[-1][1], pick_text(VALUES)])])
    return pairs


def algorithm_of(header):
    from twilio.request_validator import get_signature_algorithm
    return get_signature_algorithm(header)


def signature_candidates(validator, url, params, algorithm):
    """Signatures worth offering: genuine ones for each URL spelling, and forgeries."""
    parsed = urlparse(url)
    sign = lambda u, p, a=algorithm, v=validator: v.compute_signature(u, p, a)
    return [
        lambda: sign(remove_port(parsed), params),
        lambda: sign(remove_port(parsed), params),
        lambda: sign(add_port(parsed), params),
        lambda: sign(url, params),
        lambda: sign(remove_port(parsed), params, "HMAC_SHA1" if algorithm != "HMAC_SHA1" else "HMAC_SHA256"),
        lambda: RequestValidator("another token").compute_signature(remove_port(parsed), params, algorithm),
        lambda: sign(remove_port(parsed) + "x", params),
        lambda: sign(remove_port(parsed), MultiDict(params.pairs[1:])),
        lambda: "",
        lambda: "not a signature",
    ]


def main(out_path):
    cases = []
    while len(cases) < CASES:
        token = rng.choice(TOKENS)
        validator = RequestValidator(token)
        header = rng.choice(ALGORITHM_HEADERS)
        algorithm = algorithm_of(header)
        known = algorithm.upper() in ("HMAC_SHA1", "HMAC_SHA256")
        json_body = rng.random() < 0.2
        if json_body:
            body = json.dumps({pick_text(NAMES): pick_text(VALUES)}, ensure_ascii=rng.random() < 0.5)
            digest = hashlib.sha256(body.encode()).hexdigest()
            if rng.random() < 0.15:
                digest = hashlib.sha256(b"tampered").hexdigest()
            extra = None if rng.random() < 0.05 else "bodySHA256=" + digest
            url = make_url(extra)
            params = MultiDict([])
            offered = body
        else:
            url = make_url()
            params = MultiDict(make_params())
            offered = params
        valid_algorithm = algorithm if known else "HMAC_SHA1"
        try:
            signature = rng.choice(signature_candidates(validator, url, params, valid_algorithm))()
        except ValueError:
            continue  # a URL urllib rejects: nothing to compare
        try:
            valid = validator.validate(url, offered, signature, algorithm)
            raised = False
        except Exception:
            valid, raised = False, True
        case = {
            "token": token,
            "url": url,
            "settings_header": header,
            "signature": signature,
            "valid": valid,
        }
        if json_body:
            case["body"] = body
        else:
            case["params"] = params.pairs
            if known:
                case["computed"] = validator.compute_signature(url, params, algorithm)
        if raised:
            case["python_raised"] = True
        cases.append(case)

    # One case per line, so a changed case shows as one changed line in a diff.
    with open(out_path, "w", encoding="utf-8") as out:
        out.write('{"generator": "tests/official_sdk/signatures.py",\n')
        out.write(f' "twilio_python": {json.dumps(twilio.__version__)},\n "cases": [\n')
        out.write(",\n".join(json.dumps(case, ensure_ascii=False) for case in cases))
        out.write("\n]}\n")
    print(f"{len(cases)} cases, {sum(c['valid'] for c in cases)} valid, "
          f"{sum(c.get('python_raised', False) for c in cases)} raised", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
