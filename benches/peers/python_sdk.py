"""One workload through Twilio's official Python SDK (twilio-python), against the benchmarks'
canned server. Prints one JSON line like `workloads run`: the workload's own time (imports and
client set-up excluded) and the peak RSS.

    python python_sdk.py BASE_URL fetch|create|stream N [CONCURRENCY]
"""

import json
import resource
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from twilio.rest import Client

ACCOUNT = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
TOKEN = "bench-auth-token"
CALL_SID = "CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"


def client(base):
    c = Client(ACCOUNT, TOKEN)
    # twilio-python has no base-URL option; its API domain keeps the origin here.
    c.api.base_url = base
    return c


def main():
    base, workload, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    concurrency = int(sys.argv[4]) if len(sys.argv) > 4 else 32
    shared = client(base)
    started = time.perf_counter()
    if workload == "fetch":
        for _ in range(n):
            shared.calls(CALL_SID).fetch()
        done = n
    elif workload == "create":
        # twilio-python is synchronous: 32 in flight means 32 threads, one client each (its
        # requests.Session is not meant to be shared across threads).
        local = threading.local()

        def create(_):
            if not hasattr(local, "client"):
                local.client = client(base)
            return local.client.calls.create(
                to="+15558675310", from_="+15017122661", url="https://example.com/twiml"
            )

        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            done = sum(1 for _ in pool.map(create, range(n)))
    elif workload == "stream":
        done = sum(1 for _ in shared.calls.stream(page_size=1000))
    else:
        raise SystemExit(f"unknown workload {workload}")
    seconds = time.perf_counter() - started
    assert done == n, (done, n)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"client": "twilio-python", "workload": workload, "n": n,
                      "seconds": seconds, "peak_rss_kib": peak}))


if __name__ == "__main__":
    main()
