//! `cargo xtask regen`: updates the vendored Twilio spec and tells a maintainer what changed
//! in the Calls operations, and which overlay actions the new spec makes unnecessary.
//! `cargo xtask show-generated`: writes the code the build generates where it can be read.
//!
//! Exit codes of `regen`: 0 no change or a compatible change; 2 a breaking change; 3 the new
//! spec no longer generates a client that compiles (the old spec is put back); 1 anything
//! else (bad arguments, fetch failed).

#[path = "../../codegen/generate.rs"]
mod generate;
#[path = "../../codegen/names.rs"]
mod names;
#[path = "../../codegen/overlay.rs"]
mod overlay;
#[path = "../../codegen/prepare.rs"]
mod prepare;
mod report;
#[path = "../../codegen/rules.rs"]
mod rules;
mod source;
#[path = "../../codegen/surface.rs"]
mod surface;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use source::Origin;

const USAGE: &str = "\
usage: cargo xtask regen [--from PATH|URL | --npm [VERSION]] [--dry-run] [--no-check]
                         [--workspace DIR]
       cargo xtask show-generated [--workspace DIR]

Fetches Twilio's API v2010 spec, prints what changed in the Calls operations, writes it to
spec/twilio_api_v2010.yaml with spec/SOURCE, and runs `cargo check` to prove generation
still works.

  --from PATH|URL   take the spec from a local file or an http(s) URL
  --npm [VERSION]   take it from the npm package @twilio-alpha/mcp (default: latest)
  --dry-run         print the report only; write nothing
  --no-check        skip `cargo check` after writing
  --workspace DIR   the workspace whose spec/ to update (default: this one)

Exit codes: 0 no change or compatible, 2 breaking change, 3 generation fails, 1 error.

show-generated writes what the build generates from spec/ (the raw client and types, and the
public request builders) to target/generated/, formatted, and prints the two paths.";

const SPEC: &str = "spec/twilio_api_v2010.yaml";
const SOURCE: &str = "spec/SOURCE";
const OVERLAY: &str = "spec/overlay.yaml";

const EXIT_ERROR: u8 = 1;
const EXIT_BREAKING: u8 = 2;
const EXIT_GENERATION: u8 = 3;

#[derive(Debug, PartialEq, Eq)]
struct Args {
    origin: Origin,
    dry_run: bool,
    check: bool,
    workspace: Option<PathBuf>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut args = args.iter().map(String::as_str).peekable();
    if args.next() != Some("regen") {
        return Err("the only task is `regen`".into());
    }
    let mut parsed = Args {
        origin: Origin::Npm("latest".into()),
        dry_run: false,
        check: true,
        workspace: None,
    };
    let mut origin_given = false;
    while let Some(arg) = args.next() {
        let origin = match arg {
            "--dry-run" => {
                parsed.dry_run = true;
                continue;
            }
            "--no-check" => {
                parsed.check = false;
                continue;
            }
            "--workspace" => {
                let dir = args.next().ok_or("--workspace needs a directory")?;
                parsed.workspace = Some(PathBuf::from(dir));
                continue;
            }
            "--from" => Origin::from_arg(args.next().ok_or("--from needs a path or URL")?),
            "--npm" => match args.next_if(|a| !a.starts_with("--")) {
                Some(version) => Origin::Npm(version.to_owned()),
                None => Origin::Npm("latest".into()),
            },
            other => return Err(format!("unknown argument `{other}`")),
        };
        if std::mem::replace(&mut origin_given, true) {
            return Err("give one of --from and --npm, once".into());
        }
        parsed.origin = origin;
    }
    Ok(parsed)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") || args.is_empty() {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args[0] == "show-generated" {
        let root = match args.get(1..) {
            Some([flag, dir]) if flag == "--workspace" => PathBuf::from(dir),
            Some([]) => workspace_root(),
            _ => {
                eprintln!("error: show-generated takes only --workspace DIR\n\n{USAGE}");
                return ExitCode::from(EXIT_ERROR);
            }
        };
        return match show_generated(&root) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(EXIT_ERROR)
            }
        };
    }
    let args = match parse_args(&args) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let root = args.workspace.clone().unwrap_or_else(workspace_root);
    match regen(&root, &args) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Runs the build's generation on `root`'s spec and writes both outputs to target/generated.
fn show_generated(root: &Path) -> Result<(), String> {
    let read = |path: &str| {
        std::fs::read_to_string(root.join(path)).map_err(|e| format!("reading {path}: {e}"))
    };
    let generated = generate::generate(&read(SPEC)?, &read(OVERLAY)?)?;
    let dir = root.join("target/generated");
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    for (file, code, what) in [
        (
            "surface.rs",
            &generated.surface,
            "the public request builders (codegen/surface.rs)",
        ),
        (
            "enums.rs",
            &generated.enums,
            "the open enums (codegen/names.rs and the spec)",
        ),
        (
            "raw.rs",
            &generated.raw,
            "the types and raw client (progenitor)",
        ),
    ] {
        let path = dir.join(file);
        write(&path, code.as_bytes())?;
        println!("{}: {what}, {} lines", path.display(), code.lines().count());
    }
    Ok(())
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

fn regen(root: &Path, args: &Args) -> Result<u8, String> {
    let spec_path = root.join(SPEC);
    let source_path = root.join(SOURCE);
    let old_bytes =
        std::fs::read(&spec_path).map_err(|e| format!("reading {}: {e}", spec_path.display()))?;
    let old_source = std::fs::read_to_string(&source_path).unwrap_or_default();

    let fetched = source::fetch(&args.origin)?;
    println!(
        "new spec: {} ({} bytes, sha256 {})",
        fetched.origin,
        fetched.bytes.len(),
        source::sha256_hex(&fetched.bytes)
    );
    let old = parse(&old_bytes, "the vendored spec")?;
    let new = parse(&fetched.bytes, "the new spec")?;

    let changes = report::diff(&report::surface(&old), &report::surface(&new));
    print!("{}", report::render(&changes));
    let breaking = changes.iter().any(|c| c.breaking);
    let verdict = if breaking { EXIT_BREAKING } else { 0 };

    let overlay_path = root.join(OVERLAY);
    let overlay_text = std::fs::read_to_string(&overlay_path)
        .map_err(|e| format!("reading {}: {e}", overlay_path.display()))?;
    let overlay = prepare::parse_overlay(&overlay_text).map_err(|e| e.to_string())?;
    print!(
        "{}",
        report::overlay(&overlay, &overlay.apply(&mut new.clone()))
    );
    match prepare::prepare(new.clone(), &overlay) {
        Ok(prepared) => println!(
            "spec preparation succeeds: operations {}, component schemas {}, wire renames {}",
            prepare::operations(&prepared.spec).len(),
            prepared
                .spec
                .pointer("/components/schemas")
                .and_then(|s| s.as_object())
                .map_or(0, |s| s.len()),
            prepared.renames.len()
        ),
        Err(e) => {
            println!("generation would fail: {e}");
            return Ok(EXIT_GENERATION);
        }
    }
    if args.dry_run {
        println!("dry run: nothing written");
        return Ok(verdict);
    }
    if fetched.bytes == old_bytes {
        println!("the vendored spec is already this one: nothing written");
        return Ok(verdict);
    }

    let record = source::source_record(&fetched, &new, &source::today());
    write(&spec_path, &fetched.bytes)?;
    write(&source_path, record.as_bytes())?;
    println!("wrote {SPEC} and {SOURCE}");

    if args.check {
        println!("running cargo check -p twilio-calls …");
        if let Err(e) = cargo_check(root) {
            println!("generation fails with the new spec: {e}");
            write(&spec_path, &old_bytes)?;
            write(&source_path, old_source.as_bytes())?;
            println!("restored the previous {SPEC} and {SOURCE}");
            return Ok(EXIT_GENERATION);
        }
        println!("generation and compilation succeed with the new spec");
    }
    Ok(verdict)
}

fn parse(bytes: &[u8], what: &str) -> Result<serde_json::Value, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("{what} is not UTF-8: {e}"))?;
    prepare::parse_yaml(text).map_err(|e| format!("{what}: {e}"))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("writing {}: {e}", path.display()))
}

fn cargo_check(root: &Path) -> Result<(), String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["check", "--package", "twilio-calls", "--all-targets"])
        .current_dir(root)
        .status()
        .map_err(|e| format!("running cargo check: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo check exited with {status}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Result<Args, String> {
        parse_args(
            &line
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn default_origin_is_the_latest_npm_package() {
        assert_eq!(
            args("regen").unwrap(),
            Args {
                origin: Origin::Npm("latest".into()),
                dry_run: false,
                check: true,
                workspace: None
            }
        );
    }

    #[test]
    fn npm_version_is_optional() {
        assert_eq!(
            args("regen --npm 0.7.0").unwrap().origin,
            Origin::Npm("0.7.0".into())
        );
        let a = args("regen --npm --dry-run").unwrap();
        assert_eq!(a.origin, Origin::Npm("latest".into()));
        assert!(a.dry_run);
    }

    #[test]
    fn from_takes_paths_and_urls() {
        assert_eq!(
            args("regen --from new.yaml --no-check").unwrap(),
            Args {
                origin: Origin::Path("new.yaml".into()),
                dry_run: false,
                check: false,
                workspace: None
            }
        );
        assert_eq!(
            args("regen --from https://example.test/s.yaml")
                .unwrap()
                .origin,
            Origin::Url("https://example.test/s.yaml".into())
        );
    }

    #[test]
    fn bad_arguments_are_refused() {
        assert!(args("regen --from").is_err());
        assert!(args("regen --from a --npm").is_err());
        assert!(args("regen --bogus").is_err());
        assert!(args("regen --workspace").is_err());
        assert!(args("build").is_err());
    }
}
