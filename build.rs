//! Generates the raw Calls client: vendored spec → `codegen/prepare.rs` → progenitor →
//! prettyplease → `$OUT_DIR/calls.rs`, which `src/generated.rs` includes.
//!
//! Generation is wired through this one place. A failure names the step that failed and why,
//! as a cargo error rather than a panic backtrace.

#[path = "codegen/prepare.rs"]
mod prepare;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};

const SPEC: &str = "spec/twilio_api_v2010.yaml";
const PREPARE: &str = "codegen/prepare.rs";

fn main() -> ExitCode {
    for input in [SPEC, PREPARE, "build.rs"] {
        println!("cargo::rerun-if-changed={input}");
    }
    // For the User-Agent (`rust/{version}`), as Twilio's SDKs report their language version.
    println!(
        "cargo::rustc-env=TWILIO_CALLS_RUSTC_VERSION={}",
        rustc_version()
    );
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    match generate(Path::new(SPEC), &out_dir.join("calls.rs")) {
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

fn generate(spec_path: &Path, out: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(spec_path)
        .map_err(|e| format!("reading {}: {e}", spec_path.display()))?;
    let code = generate_code(&text)?;
    std::fs::write(out, code).map_err(|e| format!("writing {}: {e}", out.display()))
}

/// The whole pipeline on the spec text; the error names the failing step.
fn generate_code(spec_text: &str) -> Result<String, String> {
    let full = prepare::parse_yaml(spec_text).map_err(|e| e.to_string())?;
    let prepared = prepare::prepare(full).map_err(|e| e.to_string())?;
    let openapi: openapiv3::OpenAPI = serde_json::from_value(prepared.spec)
        .map_err(|e| format!("the prepared spec is not valid OpenAPI 3.0: {e}"))?;
    let tokens = Generator::new(&settings())
        .generate_tokens(&openapi)
        .map_err(|e| format!("progenitor could not generate the client: {e}"))?;
    let file = syn::parse2::<syn::File>(tokens)
        .map_err(|e| format!("progenitor produced code that does not parse: {e}"))?;
    let mut code = prettyplease::unparse(&file);
    code.push_str(&wire_renames_table(&prepared.renames));
    Ok(code)
}

fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        // `src/hooks.rs` must implement `ClientHooks`: without it the wire renames below
        // would not be restored, so forgetting it is a compile error, not a wire bug.
        .with_hooks(HooksMode::Expected)
        .with_derive("PartialEq")
        // Credentials and headers travel with the generated client, for the hooks to apply.
        .with_inner_type(
            "crate::auth::Shared"
                .parse()
                .expect("a Rust path is a valid token stream"),
        )
        // Types named by `x-rust-type` (see prepare.rs) live in this crate.
        .with_crate(prepare::RUST_TYPE_CRATE, progenitor::CrateVers::Any, None);
    settings
}

/// The renames of `prepare::rename_comparison_parameters`, as a table the hooks use to put
/// the wire names back on every request.
fn wire_renames_table(renames: &[prepare::WireRename]) -> String {
    let mut table = String::from(
        "\n/// Parameters renamed for the generator: `(operation_id as in OperationInfo, location, generated name, wire name)`.\n\
         pub const WIRE_RENAMES: &[(&str, &str, &str, &str)] = &[\n",
    );
    for r in renames {
        // The generated code names operations in `OperationInfo` by their snake_case id,
        // converted with heck as progenitor does.
        let operation = heck::ToSnakeCase::to_snake_case(r.operation.as_str());
        let _ = writeln!(
            table,
            "    ({operation:?}, {:?}, {:?}, {:?}),",
            r.location, r.generated, r.wire
        );
    }
    table.push_str("];\n");
    table
}
