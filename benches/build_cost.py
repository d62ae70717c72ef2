"""Build cost: what depending on twilio-calls costs at compile time.

- Code generation: the build script (spec preparation, progenitor, prettyplease) run on its
  own, the median of five runs.
- A cold `cargo build --release` of the library (default features) in a fresh target
  directory, against the same for `benches/build-baseline`, a crate with only reqwest, serde,
  serde_json and tokio with the same features: wall time and the final `.rlib` size.

    python3 benches/build_cost.py           everything (two cold release builds: minutes)
    python3 benches/build_cost.py --quick   code generation and the current release rlib only
"""

import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cargo(args, cwd, target_dir):
    """Runs cargo; returns (seconds, JSON messages)."""
    env = dict(os.environ, CARGO_TARGET_DIR=target_dir)
    started = time.perf_counter()
    out = subprocess.run(
        ["cargo", *args, "--message-format=json"], cwd=cwd, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    seconds = time.perf_counter() - started
    if out.returncode != 0:
        sys.exit(f"cargo {' '.join(args)} failed in {cwd}:\n{out.stderr}")
    return seconds, [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def artifact(messages, name, suffix):
    for m in messages:
        if m.get("reason") == "compiler-artifact" and m["target"]["name"] == name:
            for path in m.get("filenames", []):
                if path.endswith(suffix):
                    return path
    sys.exit(f"no {suffix} for {name}")


def codegen_seconds(target_dir):
    """The build script of a build in `target_dir`, run five times on its own."""
    scripts = glob.glob(os.path.join(target_dir, "release/build/twilio-calls-*/build-script-build"))
    if not scripts:
        sys.exit("no build script found; build first")
    script = max(scripts, key=os.path.getmtime)
    runs = []
    for _ in range(5):
        with tempfile.TemporaryDirectory() as out_dir:
            started = time.perf_counter()
            subprocess.run([script], cwd=ROOT, env=dict(os.environ, OUT_DIR=out_dir),
                           stdout=subprocess.DEVNULL, check=True)
            runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()

    if args.quick:
        target = os.path.join(ROOT, "target")
        _, messages = cargo(["build", "--release", "--lib"], ROOT, target)
        rlib = artifact(messages, "twilio_calls", ".rlib")
        print(f"code generation (build script alone): {codegen_seconds(target):.2f} s (target < 1 s)")
        print(f"twilio-calls .rlib: {os.path.getsize(rlib) / 1e6:.1f} MB")
        return

    with tempfile.TemporaryDirectory() as scratch:
        ours_target = os.path.join(scratch, "ours")
        ours_seconds, messages = cargo(["build", "--release", "--lib", "-p", "twilio-calls"], ROOT, ours_target)
        ours_rlib = artifact(messages, "twilio_calls", ".rlib")
        codegen = codegen_seconds(ours_target)

        # The baseline builds beside a copy of our lock file, so both use the same versions.
        baseline = os.path.join(scratch, "baseline")
        shutil.copytree(os.path.join(ROOT, "benches", "build-baseline"), baseline)
        shutil.copy(os.path.join(ROOT, "Cargo.lock"), baseline)
        baseline_seconds, messages = cargo(["build", "--release", "--lib"], baseline,
                                           os.path.join(scratch, "baseline-target"))
        baseline_rlib = artifact(messages, "build_baseline", ".rlib")

        print("| | cold `cargo build --release` | .rlib |")
        print("|---|---:|---:|")
        print(f"| twilio-calls | {ours_seconds:.1f} s | {os.path.getsize(ours_rlib) / 1e6:.1f} MB |")
        print(f"| baseline (reqwest + serde + tokio) | {baseline_seconds:.1f} s | "
              f"{os.path.getsize(baseline_rlib) / 1e6:.2f} MB |")
        print()
        print(f"twilio-calls adds {100 * (ours_seconds / baseline_seconds - 1):.0f}% to the cold "
              f"build (target < 50%); code generation takes {codegen:.2f} s (target < 1 s).")


if __name__ == "__main__":
    main()
