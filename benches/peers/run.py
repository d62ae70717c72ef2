"""The peers benchmark: the same three workloads, against the same canned server, through this
SDK, a raw reqwest + serde_json client, twilio-python and twilio-node, side by side in one run.

Run it with `benches/peers/run.sh` (which installs the official SDKs first). Each client runs in
a process of its own; its peak RSS comes from the kernel (`wait4`), its time is the one it
reports for the workload alone (start-up and imports excluded). Full runs take the median of
three interleaved rounds.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time


def run(command, env):
    """Runs `command`; returns its JSON line, with the peak RSS the kernel reports (wait4)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env)
    stdout = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed")
    lines = [line for line in stdout.decode().splitlines() if line.startswith("{")]
    result = json.loads(lines[-1])
    result["peak_rss_kib"] = usage.ru_maxrss  # KiB on Linux
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True, help="the `workloads` bench binary")
    parser.add_argument("--python", required=True, help="a Python with twilio installed")
    parser.add_argument("--node-path", required=True, help="NODE_PATH holding twilio")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (CI)")
    args = parser.parse_args()

    here = os.path.dirname(os.path.abspath(__file__))
    n_requests = 50 if args.quick else 2000
    n_stream = 3000 if args.quick else 100_000
    server = subprocess.Popen(
        [args.bin, "serve", "--total", str(n_stream)], stdout=subprocess.PIPE, text=True
    )
    try:
        base = server.stdout.readline().strip()
        env = dict(os.environ, NODE_PATH=args.node_path)
        clients = {
            "twilio-calls (ours)": lambda w, n: [args.bin, "run", "--client", "sdk", "--workload", w, "--base", base, "--n", str(n), "--concurrency", "32"],
            "raw reqwest": lambda w, n: [args.bin, "run", "--client", "raw", "--workload", w, "--base", base, "--n", str(n), "--concurrency", "32"],
            "twilio-python": lambda w, n: [args.python, os.path.join(here, "python_sdk.py"), base, w, str(n), "32"],
            "twilio-node": lambda w, n: ["node", os.path.join(here, "node_sdk.js"), base, w, str(n), "32"],
        }
        workloads = [
            ("fetch", n_requests, f"{n_requests:,} sequential fetches"),
            ("create", n_requests, f"{n_requests:,} creates, 32 in flight"),
            ("stream", n_stream, f"stream {n_stream:,} calls (pages of 1,000)"),
        ]
        print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}; "
              f"{time.strftime('%Y-%m-%d')}")
        print()
        print("| workload | client | time (s) | peak RSS (MiB) | time / ours | RSS / ours |")
        print("|---|---|---:|---:|---:|---:|")
        rounds = 1 if args.quick else 3
        for workload, n, label in workloads:
            # Rounds alternate the clients' order; each client's median run is reported, so
            # that a noisy machine slows all four alike.
            runs = {name: [] for name in clients}
            for round_ in range(rounds):
                names = list(clients) if round_ % 2 == 0 else list(reversed(clients))
                for name in names:
                    runs[name].append(run(clients[name](workload, n), env))
            results = {
                name: {
                    "seconds": statistics.median(r["seconds"] for r in rs),
                    "peak_rss_kib": statistics.median(r["peak_rss_kib"] for r in rs),
                }
                for name, rs in runs.items()
            }
            ours = results["twilio-calls (ours)"]
            for name, r in results.items():
                print(f"| {label} | {name} | {r['seconds']:.3f} | {r['peak_rss_kib'] / 1024:.1f} "
                      f"| {r['seconds'] / ours['seconds']:.2f} | {r['peak_rss_kib'] / ours['peak_rss_kib']:.2f} |")
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    main()
