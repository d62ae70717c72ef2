#!/usr/bin/env bash
# The peers benchmark (see run.py): installs Twilio's official Python and Node SDKs into
# .tools/ (pinned versions), builds the `workloads` bench binary, and prints the table.
#   benches/peers/run.sh           full sizes (2,000 requests, 100,000 streamed calls)
#   benches/peers/run.sh --quick   tiny sizes, as CI runs it
set -euo pipefail
cd "$(dirname "$0")/../.."
TWILIO_PYTHON=9.13.0
TWILIO_NODE=6.2.0

venv=.tools/peers-venv
if ! "$venv/bin/python" -c "import twilio, sys; sys.exit(twilio.__version__ != '$TWILIO_PYTHON')" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "twilio==$TWILIO_PYTHON"
fi
node_dir=.tools/peers-node
if [ "$(node -p "require('./$node_dir/node_modules/twilio/package.json').version" 2>/dev/null)" != "$TWILIO_NODE" ]; then
  mkdir -p "$node_dir"
  npm install --silent --no-audit --no-fund --prefix "$node_dir" "twilio@$TWILIO_NODE" >/dev/null
fi

bin=$(cargo bench --bench workloads --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "workloads" and m.get("executable"):
        print(m["executable"])')
exec python3 benches/peers/run.py --bin "$bin" --python "$venv/bin/python" \
  --node-path "$PWD/$node_dir/node_modules" "$@"
