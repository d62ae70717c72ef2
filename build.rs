//! Generates the crate's spec-driven code: vendored spec + overlay → `codegen/prepare.rs` →
//! progenitor (`$OUT_DIR/calls.rs`, included by `src/generated.rs`) and the surface emitter
//! (`$OUT_DIR/surface.rs`, included by `src/operations.rs`, and `$OUT_DIR/enums.rs`, included
//! by `src/types.rs`). See `codegen/generate.rs`.
//!
//! Generation is wired through this one place. A failure names the step that failed and why,
//! as a cargo error rather than a panic backtrace.

#[path = "codegen/generate.rs"]
mod generate;
#[path = "codegen/names.rs"]
mod names;
#[path = "codegen/overlay.rs"]
mod overlay;
// Shared with xtask, which also reads what the build does not (the report fields).
#[path = "codegen/emit/mod.rs"]
mod emit;
#[path = "codegen/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "codegen/prepare/mod.rs"]
mod prepare;
#[path = "codegen/prose.rs"]
mod prose;
#[path = "codegen/reader/mod.rs"]
mod reader;
#[path = "codegen/rules.rs"]
mod rules;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const SPEC: &str = "spec/twilio_api_v2010.yaml";
const OVERLAY: &str = "spec/overlay.yaml";

fn main() -> ExitCode {
    for input in [SPEC, OVERLAY, "codegen", "build.rs"] {
        println!("cargo::rerun-if-changed={input}");
    }
    // For the User-Agent (`rust/{version}`), as Twilio's SDKs report their language version.
    println!(
        "cargo::rustc-env=TWILIO_CALLS_RUSTC_VERSION={}",
        rustc_version()
    );
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    match run(&out_dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // One line per `cargo::error` so each shows up in cargo's output.
            for line in message.lines() {
                println!("cargo::error={line}");
            }
            ExitCode::FAILURE
        }
    }
}

/// The compiler's version number (`1.95.0`), or `unknown` if it cannot be asked.
fn rustc_version() -> String {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|text| text.split_whitespace().nth(1).map(str::to_owned))
        .unwrap_or_else(|| "unknown".into())
}

fn run(out_dir: &Path) -> Result<(), String> {
    let read =
        |path: &str| std::fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"));
    let generated = generate::generate(&read(SPEC)?, &read(OVERLAY)?)?;
    let outputs = [
        ("calls.rs", generated.raw),
        ("surface.rs", generated.surface),
        ("enums.rs", generated.enums),
    ];
    for (file, code) in outputs {
        let path = out_dir.join(file);
        std::fs::write(&path, code).map_err(|e| format!("writing {}: {e}", path.display()))?;
    }
    Ok(())
}
