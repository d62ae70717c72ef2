"""Writes a variant of the vendored spec for .ci/regen-proof/run: new parameters on CreateCall,
UpdateCall and ListCall (and, with --required, a new required CreateCall parameter), as JSON
(which `cargo xtask regen --from` reads like YAML)."""
import json
import sys

import yaml

spec_path, out_path = sys.argv[1], sys.argv[2]
required = "--required" in sys.argv[3:]
with open(spec_path) as f:
    spec = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

calls = spec["paths"]["/2010-04-01/Accounts/{AccountSid}/Calls.json"]
call = spec["paths"]["/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json"]
form = "application/x-www-form-urlencoded"
create = calls["post"]["requestBody"]["content"][form]["schema"]
update = call["post"]["requestBody"]["content"][form]["schema"]

create["properties"]["RegenProofNote"] = {
    "type": "string",
    "description": "A note added by the regen proof.",
}
# A date-time: generated as the crate's DateOrDateTime, which the body type must decode too.
create["properties"]["RegenProofAt"] = {
    "type": "string",
    "format": "date-time",
    "description": "A time added by the regen proof.",
}
update["properties"]["RegenProofLimit"] = {
    "type": "integer",
    "description": "A limit added by the regen proof.",
}
calls["get"]["parameters"].append({
    "name": "RegenProofTag",
    "in": "query",
    "description": "A filter added by the regen proof.",
    "schema": {"type": "string"},
})
if required:
    create["properties"]["RegenProofRequired"] = {
        "type": "string",
        "description": "A parameter the regen proof requires.",
    }
    create["required"].append("RegenProofRequired")

# Not ASCII-escaped: the YAML reader takes UTF-8, not JSON's surrogate-pair escapes.
with open(out_path, "w", encoding="utf-8") as f:
    json.dump(spec, f, ensure_ascii=False)
