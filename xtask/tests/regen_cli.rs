//! `cargo xtask regen` end to end, as a maintainer runs it: the binary on hand-made variants
//! of the vendored spec, against a scratch copy of `spec/` so the real one is never touched.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/twilio_api_v2010.yaml");
const CALLS: &str = "/2010-04-01/Accounts/{AccountSid}/Calls.json";

/// A scratch workspace holding a copy of `spec/`, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("regen-cli-{}-{name}", std::process::id()));
        std::fs::create_dir_all(dir.join("spec")).unwrap();
        for file in ["twilio_api_v2010.yaml", "SOURCE", "overlay.yaml"] {
            let from = Path::new(SPEC).with_file_name(file);
            std::fs::copy(from, dir.join("spec").join(file)).unwrap();
        }
        Self(dir)
    }

    fn read(&self, file: &str) -> Vec<u8> {
        std::fs::read(self.0.join("spec").join(file)).unwrap()
    }

    /// Writes a variant of the vendored spec (as JSON, which is valid YAML) beside it.
    fn variant(&self, edit: impl FnOnce(&mut Value)) -> PathBuf {
        let text = std::fs::read_to_string(SPEC).unwrap();
        let mut spec: Value = serde_norway::from_str(&text).unwrap();
        edit(&mut spec);
        let path = self.0.join("new.yaml");
        std::fs::write(&path, serde_json::to_vec(&spec).unwrap()).unwrap();
        path
    }

    /// Runs `xtask regen --from <new> <extra…>` on this workspace: (exit code, stdout).
    fn regen(&self, new: &Path, extra: &[&str]) -> (i32, String) {
        let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .arg("regen")
            .arg("--from")
            .arg(new)
            .arg("--workspace")
            .arg(&self.0)
            .args(extra)
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        (output.status.code().unwrap(), format!("{stdout}{stderr}"))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn create_body(spec: &mut Value) -> &mut Value {
    let body = &mut spec["paths"][CALLS]["post"]["requestBody"]["content"];
    &mut body["application/x-www-form-urlencoded"]["schema"]
}

/// A name the spec does not have, for the parameters these tests add.
const ADDED: &str = "RegenCliNote";

/// An overlay action, with a comment of its own, that adds [`ADDED`] to CreateCall's body.
const ADDING_ACTION: &str = "
  # Added by tests/regen_cli.rs.
  - target: $.paths['/2010-04-01/Accounts/{AccountSid}/Calls.json'].post.requestBody.content['application/x-www-form-urlencoded'].schema.properties
    description: >-
      A synthetic parameter; upstream catches up with it in the test.
    update:
      RegenCliNote:
        type: string
        description: A note.
";

impl Scratch {
    fn overlay(&self) -> String {
        String::from_utf8(self.read("overlay.yaml")).unwrap()
    }

    fn write_overlay(&self, text: &str) {
        std::fs::write(self.0.join("spec/overlay.yaml"), text).unwrap();
    }
}

fn add_note(spec: &mut Value) {
    let properties = &mut create_body(spec)["properties"];
    assert!(
        properties.get(ADDED).is_none(),
        "the spec already has {ADDED}"
    );
    properties[ADDED] = json!({"type": "string", "description": "A note."});
}

#[test]
fn an_added_create_parameter_is_reported_compatible_and_dry_run_writes_nothing() {
    let ws = Scratch::new("added");
    let new = ws.variant(add_note);
    let before = (
        ws.read("twilio_api_v2010.yaml"),
        ws.read("SOURCE"),
        ws.read("overlay.yaml"),
    );
    let (code, out) = ws.regen(&new, &["--dry-run"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!(
            "[compatible] CreateCall: body parameter `{ADDED}` added (string)"
        )),
        "{out}"
    );
    assert!(
        out.contains("1 change(s) to the Calls operations, 0 breaking."),
        "{out}"
    );
    assert!(out.contains("dry run: nothing written"), "{out}");
    assert_eq!(
        (
            ws.read("twilio_api_v2010.yaml"),
            ws.read("SOURCE"),
            ws.read("overlay.yaml")
        ),
        before
    );
}

/// The overlay's verdict lines, one per action.
fn verdicts(out: &str) -> Vec<&str> {
    out.lines()
        .filter(|l| l.starts_with("[overlay: "))
        .collect()
}

fn action_count(overlay: &str) -> usize {
    overlay
        .lines()
        .filter(|l| l.trim_start().starts_with("- target:"))
        .count()
}

#[test]
fn an_action_upstream_satisfies_is_reported_and_dry_run_keeps_it() {
    let ws = Scratch::new("satisfied-dry");
    let overlay = format!("{}{ADDING_ACTION}", ws.overlay());
    ws.write_overlay(&overlay);
    let new = ws.variant(add_note);
    let (code, out) = ws.regen(&new, &["--dry-run"]);
    assert_eq!(code, 0, "{out}");
    let verdicts = verdicts(&out);
    assert_eq!(verdicts.len(), action_count(&overlay), "{out}");
    assert_eq!(
        verdicts.last().unwrap(),
        &"[overlay: the new spec already says this; regen takes it out] A synthetic parameter",
        "{out}"
    );
    assert!(
        out.contains("dry run: would take 1 action(s) out of spec/overlay.yaml; nothing written"),
        "{out}"
    );
    assert_eq!(ws.overlay(), overlay);
}

#[test]
fn an_action_upstream_satisfies_is_taken_out_of_the_overlay_text() {
    let ws = Scratch::new("satisfied");
    let original = ws.overlay();
    // The action between the others, so that what surrounds it must survive byte for byte.
    let (head, actions) = original.split_at(original.find("\n  - target:").unwrap() + 1);
    let overlay = format!(
        "{head}{}\n{actions}",
        ADDING_ACTION.trim_start_matches('\n')
    );
    ws.write_overlay(&overlay);
    let new = ws.variant(add_note);
    let (code, out) = ws.regen(&new, &["--no-check"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("took 1 action(s) the new spec satisfies out of spec/overlay.yaml"),
        "{out}"
    );
    // Exactly the added action (with its comment) is gone; the rest is as it was.
    assert_eq!(ws.overlay(), format!("{head}\n{actions}"));
    assert_eq!(
        ws.read("twilio_api_v2010.yaml"),
        std::fs::read(&new).unwrap()
    );

    // Run again on the same spec: nothing left to take out, nothing written.
    let (code, out) = ws.regen(&new, &["--no-check"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("the vendored spec is already this one: nothing written"),
        "{out}"
    );
}

#[test]
fn an_overlay_action_whose_target_is_gone_fails_generation_naming_it() {
    let ws = Scratch::new("target-gone");
    let overlay = format!(
        "{}  - target: $.info['x-regen-cli']\n    description: A synthetic action. Its target is gone.\n    update:\n      note: 1\n",
        ws.overlay()
    );
    ws.write_overlay(&overlay);
    let new = ws.variant(|_| {});
    let (code, out) = ws.regen(&new, &["--no-check"]);
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains("[overlay: TARGET GONE; fix spec/overlay.yaml] A synthetic action"),
        "{out}"
    );
    assert!(
        out.contains("spec preparation step `apply_overlay` failed"),
        "{out}"
    );
    // Nothing is written when generation would fail.
    assert_eq!(ws.overlay(), overlay);
}

#[test]
fn a_removed_response_field_is_breaking_with_exit_code_2() {
    let ws = Scratch::new("removed");
    let mut field = String::new();
    let new = ws.variant(|s| {
        let call = &mut s["components"]["schemas"]["api.v2010.account.call"]["properties"];
        let call = call.as_object_mut().unwrap();
        // The call's last field (not `sid`, which the preparation requires).
        field = call.keys().next_back().unwrap().clone();
        call.remove(&field);
    });
    let before = ws.read("twilio_api_v2010.yaml");
    let (code, out) = ws.regen(&new, &["--dry-run"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains(&format!(
            "[BREAKING] FetchCall: response field `{field}` removed"
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "[BREAKING] ListCall: response field `calls.{field}` removed"
        )),
        "{out}"
    );
    assert_eq!(ws.read("twilio_api_v2010.yaml"), before);
}

#[test]
fn a_spec_that_cannot_generate_exits_3_naming_the_step() {
    let ws = Scratch::new("renamed-op");
    let new = ws.variant(|s| {
        s["paths"][CALLS]["get"]["operationId"] = json!("ListCalls");
    });
    let (code, out) = ws.regen(&new, &["--dry-run"]);
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains("[BREAKING] ListCall: operation removed"),
        "{out}"
    );
    assert!(
        out.contains("spec preparation step `keep_operations` failed"),
        "{out}"
    );
}

#[test]
fn without_dry_run_the_spec_and_its_record_are_written() {
    let ws = Scratch::new("write");
    let real_before = std::fs::read(SPEC).unwrap();
    let new = ws.variant(|s| {
        s["info"]["x-regen-cli"] = json!("a change outside the Calls operations");
    });
    let (code, out) = ws.regen(&new, &["--no-check"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("No changes to the Calls operations."), "{out}");
    let written = ws.read("twilio_api_v2010.yaml");
    assert_eq!(written, std::fs::read(&new).unwrap());
    let record = String::from_utf8(ws.read("SOURCE")).unwrap();
    assert!(
        record.contains(&format!("origin: file {}\n", new.display())),
        "{record}"
    );
    assert!(record.contains("licence: Apache 2.0"), "{record}");
    assert!(!record.contains("package-integrity"), "{record}");
    let sha = record
        .lines()
        .find_map(|l| l.strip_prefix("sha256: "))
        .unwrap();
    assert_eq!(sha.len(), 64);
    // The scratch copy was written, never the real one.
    assert_eq!(std::fs::read(SPEC).unwrap(), real_before);
}

#[test]
fn bad_arguments_exit_1_with_usage() {
    let ws = Scratch::new("usage");
    let (code, out) = ws.regen(Path::new("/nonexistent/spec.yaml"), &["--dry-run"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("reading /nonexistent/spec.yaml"), "{out}");
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["regen", "--bogus"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage: cargo xtask regen"));
}

#[test]
fn a_spec_is_fetched_from_an_http_url() {
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;

    let ws = Scratch::new("url");
    let body = std::fs::read(SPEC).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "http://{}/spec/yaml/twilio_api_v2010.yaml",
        listener.local_addr().unwrap()
    );
    // A one-request HTTP server: enough for one GET, and it records the request line.
    let server = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream);
        let mut request_line = String::new();
        reader.read_line(&mut request_line).unwrap();
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap() > 2 {
            line.clear();
        }
        let mut stream = reader.into_inner();
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(&body).unwrap();
        request_line
    });
    let (code, out) = ws.regen(Path::new(&url), &["--dry-run"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(&format!("new spec: url {url}")), "{out}");
    assert!(out.contains("No changes to the Calls operations."), "{out}");
    assert_eq!(
        server.join().unwrap(),
        "GET /spec/yaml/twilio_api_v2010.yaml HTTP/1.1\r\n"
    );
}

#[test]
fn a_local_copy_of_an_upstream_commit_is_recorded_by_its_url_not_its_path() {
    let ws = Scratch::new("upstream");
    let new = ws.variant(add_note);
    let commit = "d50069b44ea8cd23141385bdb6db48f16ff75bb5";
    let url = format!(
        "https://raw.githubusercontent.com/twilio/twilio-oai/{commit}/spec/yaml/twilio_api_v2010.yaml"
    );
    let (code, out) = ws.regen(
        &new,
        &[
            "--upstream",
            &url,
            "--upstream-date",
            "2026-04-14",
            "--no-check",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(&format!("published at: {url}")), "{out}");
    let record = String::from_utf8(ws.read("SOURCE")).unwrap();
    assert!(!record.contains(&new.display().to_string()), "{record}");
    for line in [
        format!("origin: url {url}\n"),
        "upstream: twilio/twilio-oai, spec/yaml/twilio_api_v2010.yaml\n".to_owned(),
        format!("commit: {commit}\n"),
        "commit-date: 2026-04-14\n".to_owned(),
    ] {
        assert!(record.contains(&line), "{record} lacks {line}");
    }
}

#[test]
fn upstream_fixing_what_the_overlay_corrects_is_no_change_and_not_breaking() {
    let ws = Scratch::new("fixed-upstream");
    let field = |ty: &'static str| {
        move |s: &mut Value| {
            s["components"]["schemas"]["api.v2010.account.call"]["properties"]["RegenCliField"] =
                json!({"type": ty});
        }
    };
    // The vendored spec declares a number where Twilio sends a string; the overlay says so.
    let vendored = ws.variant(field("integer"));
    std::fs::copy(&vendored, ws.0.join("spec/twilio_api_v2010.yaml")).unwrap();
    let original = ws.overlay();
    ws.write_overlay(&format!(
        "{original}  - target: $.components.schemas['api.v2010.account.call'].properties.RegenCliField\n    \
         description: A synthetic correction.\n    update:\n      type: string\n"
    ));
    // Upstream fixes it.
    let new = ws.variant(field("string"));
    let (code, out) = ws.regen(&new, &["--no-check"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "[no change: the overlay already said this] FetchCall: response field \
             `RegenCliField` type changed: integer -> string"
        ),
        "{out}"
    );
    assert!(out.contains(", 0 breaking, "), "{out}");
    assert_eq!(ws.overlay(), original);
}
