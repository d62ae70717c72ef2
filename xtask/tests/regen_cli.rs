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

#[test]
fn an_added_create_parameter_is_reported_compatible_and_dry_run_writes_nothing() {
    let ws = Scratch::new("added");
    let new = ws.variant(|s| {
        create_body(s)["properties"]["ClientNotificationUrl"] =
            json!({"type": "string", "format": "uri"});
    });
    let before = (ws.read("twilio_api_v2010.yaml"), ws.read("SOURCE"));
    let (code, out) = ws.regen(&new, &["--dry-run"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "[compatible] CreateCall: body parameter `ClientNotificationUrl` added (string(uri))"
        ),
        "{out}"
    );
    assert!(
        out.contains("1 change(s) to the Calls operations, 0 breaking."),
        "{out}"
    );
    assert!(out.contains("dry run: nothing written"), "{out}");
    assert_eq!(
        (ws.read("twilio_api_v2010.yaml"), ws.read("SOURCE")),
        before
    );
}

#[test]
fn overlay_actions_the_new_spec_satisfies_are_reported_as_droppable() {
    let ws = Scratch::new("satisfied");
    let new = ws.variant(|s| {
        create_body(s)["properties"]["ClientNotificationUrl"] = json!({
            "type": "string",
            "format": "uri",
            "description": "The URL that we should use to deliver `push call notification`."
        });
    });
    let (code, out) = ws.regen(&new, &["--dry-run"]);
    assert_eq!(code, 0, "{out}");
    let verdicts: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("[overlay: "))
        .collect();
    let actions = String::from_utf8(ws.read("overlay.yaml"))
        .unwrap()
        .lines()
        .filter(|l| l.trim_start().starts_with("- target:"))
        .count();
    assert_eq!(verdicts.len(), actions, "{out}");
    assert!(
        verdicts[0].starts_with("[overlay: the new spec already says this; drop the action] CreateCall's ClientNotificationUrl"),
        "{out}"
    );
    assert!(
        verdicts[1..]
            .iter()
            .all(|v| v.starts_with("[overlay: still needed]")),
        "{out}"
    );
}

#[test]
fn an_overlay_action_whose_target_is_gone_fails_generation_naming_it() {
    let ws = Scratch::new("target-gone");
    let new = ws.variant(|s| {
        let recording =
            &mut s["components"]["schemas"]["api.v2010.account.call.call_recording"]["properties"];
        recording.as_object_mut().unwrap().remove("price");
    });
    let (code, out) = ws.regen(&new, &["--dry-run"]);
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains("[overlay: TARGET GONE; fix spec/overlay.yaml] A recording's price"),
        "{out}"
    );
    assert!(
        out.contains("spec preparation step `apply_overlay` failed"),
        "{out}"
    );
}

#[test]
fn a_removed_response_field_is_breaking_with_exit_code_2() {
    let ws = Scratch::new("removed");
    let new = ws.variant(|s| {
        let call = &mut s["components"]["schemas"]["api.v2010.account.call"]["properties"];
        call.as_object_mut().unwrap().remove("queue_time");
    });
    let before = ws.read("twilio_api_v2010.yaml");
    let (code, out) = ws.regen(&new, &["--dry-run"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("[BREAKING] FetchCall: response field `queue_time` removed"),
        "{out}"
    );
    assert!(
        out.contains("[BREAKING] ListCall: response field `calls.queue_time` removed"),
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
        create_body(s)["properties"]["CallReason"]["description"] = json!("reworded");
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
