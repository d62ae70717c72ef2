//! `cargo xtask regen`: updates the vendored Twilio spec and tells a maintainer what changed
//! in the Calls operations, and which overlay actions the new spec makes unnecessary.
//! `cargo xtask show-generated`: writes the code the build generates where it can be read.
//!
//! Exit codes of `regen`: 0 no change or a compatible change; 2 a breaking change; 3 the new
//! spec no longer generates a client that compiles (the old spec is put back); 1 anything
//! else (bad arguments, fetch failed).

#[path = "../../codegen/emit/mod.rs"]
mod emit;
#[path = "../../codegen/generate.rs"]
mod generate;
#[path = "../../codegen/model.rs"]
mod model;
#[path = "../../codegen/names.rs"]
mod names;
#[path = "../../codegen/overlay.rs"]
mod overlay;
mod overlay_file;
#[path = "../../codegen/prepare/mod.rs"]
mod prepare;
#[path = "../../codegen/prose.rs"]
mod prose;
#[path = "../../codegen/reader/mod.rs"]
mod reader;
mod report;
#[path = "../../codegen/rules.rs"]
mod rules;
mod sizes;
mod source;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use source::{Origin, Upstream};

const USAGE: &str = "\
usage: cargo xtask regen [--from PATH|URL [--upstream URL] | --npm [VERSION]]
                         [--upstream-date YYYY-MM-DD] [--dry-run] [--no-check]
                         [--workspace DIR]
       cargo xtask show-generated [--check] [--workspace DIR]
       cargo xtask sizes [--check]

Fetches Twilio's API v2010 spec (by default the `main` branch of twilio/twilio-oai, from
https://raw.githubusercontent.com/twilio/twilio-oai/main/spec/yaml/twilio_api_v2010.yaml),
prints what changed in the Calls operations and which overlay actions the new spec already
satisfies, writes it to spec/twilio_api_v2010.yaml with spec/SOURCE, takes those actions out
of spec/overlay.yaml (its comments and other actions stay as they are), and runs `cargo
check` to prove generation still works (putting all three files back if it does not).

  --from PATH|URL         take the spec from a local file or an http(s) URL; a raw URL of
                          twilio-oai at a commit pins that commit
  --upstream URL          with --from PATH: the raw twilio-oai URL the file is a copy of,
                          recorded in spec/SOURCE (with its commit) instead of the path
  --upstream-date DATE    the date of that twilio-oai commit, recorded in spec/SOURCE
  --npm [VERSION]         take it from the npm package @twilio-alpha/mcp (default: latest)
  --dry-run               print the report only; write nothing
  --no-check              skip `cargo check` after writing
  --workspace DIR         the workspace whose spec/ to update (default: this one)

Exit codes: 0 no change or compatible, 2 breaking change, 3 generation fails, 1 error.

show-generated writes what the build generates from spec/ (the raw client and types, the
public request builders and the open enums) to generated/, the committed snapshot a review
reads, and prints the paths. With --check it writes nothing and fails (exit 1) when the
snapshot differs from what the build compiles. regen rewrites the snapshot with the spec.

sizes lists the largest hand-written files and functions (src/, codegen/, fake/src/,
cli/src/, xtask/src/; test modules aside). With --check it fails (exit 1) when a file is
over 800 lines or a function over 100.";

const SPEC: &str = "spec/twilio_api_v2010.yaml";
const SOURCE: &str = "spec/SOURCE";
const OVERLAY: &str = "spec/overlay.yaml";

const EXIT_ERROR: u8 = 1;
const EXIT_BREAKING: u8 = 2;
const EXIT_GENERATION: u8 = 3;

#[derive(Debug, PartialEq, Eq)]
struct Args {
    origin: Origin,
    /// Where the spec was published, when the command line says more than `fetch` finds
    /// out: a local copy's `--upstream`, or `--upstream-date` for either.
    upstream: Option<Upstream>,
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
        origin: Origin::Url(source::upstream_url(source::UPSTREAM_BRANCH)),
        upstream: None,
        dry_run: false,
        check: true,
        workspace: None,
    };
    let mut origin_given = false;
    let mut upstream_url = None;
    let mut upstream_date = None;
    while let Some(arg) = args.next() {
        let origin = match arg {
            "--upstream" => {
                upstream_url = Some(args.next().ok_or("--upstream needs a URL")?.to_owned());
                continue;
            }
            "--upstream-date" => {
                upstream_date = Some(args.next().ok_or("--upstream-date needs a date")?);
                continue;
            }
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
    parsed.upstream = match (&parsed.origin, upstream_url, upstream_date) {
        (Origin::Path(_), Some(url), date) => Some(Upstream::new(&url, date)?),
        (_, Some(_), _) => {
            return Err("--upstream describes a local file: use it with --from PATH".into());
        }
        (Origin::Url(url), None, Some(date)) if source::upstream_reference(url).is_some() => {
            Some(Upstream::new(url, Some(date))?)
        }
        (_, None, Some(_)) => {
            return Err(
                "--upstream-date dates a twilio-oai commit: give a twilio-oai URL or --upstream"
                    .into(),
            );
        }
        (_, None, None) => None,
    };
    Ok(parsed)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") || args.is_empty() {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args[0] == "sizes" {
        return sizes_command(&args[1..]);
    }
    if args[0] == "show-generated" {
        let check = args[1..].iter().any(|a| a == "--check");
        let rest: Vec<&String> = args[1..].iter().filter(|a| *a != "--check").collect();
        let root = match rest.as_slice() {
            [flag, dir] if *flag == "--workspace" => PathBuf::from(dir),
            [] => workspace_root(),
            _ => {
                eprintln!(
                    "error: show-generated takes only --check and --workspace DIR\n\n{USAGE}"
                );
                return ExitCode::from(EXIT_ERROR);
            }
        };
        let result = if check {
            check_generated(&root)
        } else {
            show_generated(&root)
        };
        return match result {
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

/// `cargo xtask sizes [--check]`: the ten largest files and functions, and what is over the
/// limits (a failure with `--check`).
fn sizes_command(args: &[String]) -> ExitCode {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => {
            eprintln!("error: sizes takes only --check\n\n{USAGE}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let sizes = match sizes::measure(&workspace_root()) {
        Ok(sizes) => sizes,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    println!("largest files (lines, tests aside):");
    for file in sizes.iter().take(10) {
        println!("  {:5}  {}", file.lines, file.path.display());
    }
    let mut functions: Vec<(usize, String)> = sizes
        .iter()
        .flat_map(|f| {
            f.functions
                .iter()
                .map(move |(name, lines)| (*lines, format!("{}::{name}", f.path.display())))
        })
        .collect();
    functions.sort_by_key(|f| std::cmp::Reverse(f.0));
    println!("longest functions (lines):");
    for (lines, name) in functions.iter().take(10) {
        println!("  {lines:5}  {name}");
    }
    let over = sizes::over_limits(&sizes);
    for line in &over {
        println!("over: {line}");
    }
    if check && !over.is_empty() {
        eprintln!("error: {} over the limits", over.len());
        return ExitCode::from(EXIT_ERROR);
    }
    ExitCode::SUCCESS
}

/// Where the snapshot of the generated code lives, in the workspace.
const GENERATED: &str = "generated";

/// The build's generation on `root`'s spec: each output's file name, its code, and what
/// makes it.
fn generated(root: &Path) -> Result<Vec<(&'static str, String, &'static str)>, String> {
    let read = |path: &str| {
        std::fs::read_to_string(root.join(path)).map_err(|e| format!("reading {path}: {e}"))
    };
    let generated = generate::generate(&read(SPEC)?, &read(OVERLAY)?)?;
    Ok(vec![
        (
            "surface.rs",
            generated.surface,
            "the public request builders (codegen/emit/)",
        ),
        (
            "enums.rs",
            generated.enums,
            "the open enums (codegen/names.rs and the spec)",
        ),
        (
            "raw.rs",
            generated.raw,
            "the types and raw client (progenitor)",
        ),
    ])
}

/// Writes the snapshot of what the build generates to generated/.
fn show_generated(root: &Path) -> Result<(), String> {
    let dir = root.join(GENERATED);
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    for (file, code, what) in generated(root)? {
        let path = dir.join(file);
        write(&path, code.as_bytes())?;
        println!("{}: {what}, {} lines", path.display(), code.lines().count());
    }
    Ok(())
}

/// Fails, naming the files, when the snapshot in generated/ is not what the build compiles.
fn check_generated(root: &Path) -> Result<(), String> {
    let mut stale = Vec::new();
    for (file, code, _) in generated(root)? {
        let path = root.join(GENERATED).join(file);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != code {
            let line = committed
                .lines()
                .zip(code.lines())
                .position(|(a, b)| a != b)
                .map_or(committed.lines().count().min(code.lines().count()), |i| i)
                + 1;
            stale.push(format!(
                "{GENERATED}/{file} (first difference at line {line})"
            ));
        }
    }
    if stale.is_empty() {
        println!("{GENERATED}/ is what the build generates");
        return Ok(());
    }
    Err(format!(
        "the snapshot differs from what the build generates: {}. It is never edited by hand: \
         run `cargo xtask show-generated` and commit the result with the change that caused it",
        stale.join(", ")
    ))
}

/// The workspace `cargo xtask` was run in: cargo tells the binary its package's directory
/// when it runs it. The directory it was built in is only the fallback, since two checkouts
/// sharing a `CARGO_TARGET_DIR` can share one xtask binary.
fn workspace_root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    manifest_dir
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

fn regen(root: &Path, args: &Args) -> Result<u8, String> {
    let spec_path = root.join(SPEC);
    let source_path = root.join(SOURCE);
    let overlay_path = root.join(OVERLAY);
    let old_bytes =
        std::fs::read(&spec_path).map_err(|e| format!("reading {}: {e}", spec_path.display()))?;
    let old_source = std::fs::read_to_string(&source_path).unwrap_or_default();
    let overlay_text = std::fs::read_to_string(&overlay_path)
        .map_err(|e| format!("reading {}: {e}", overlay_path.display()))?;

    let mut fetched = source::fetch(&args.origin)?;
    if args.upstream.is_some() {
        fetched.upstream.clone_from(&args.upstream);
    }
    println!(
        "new spec: {} ({} bytes, sha256 {})",
        fetched.origin,
        fetched.bytes.len(),
        source::sha256_hex(&fetched.bytes)
    );
    if let Some(upstream) = &fetched.upstream {
        println!("published at: {}", upstream.url);
    }
    let old = parse(&old_bytes, "the vendored spec")?;
    let new = parse(&fetched.bytes, "the new spec")?;

    let overlay = prepare::parse_overlay(&overlay_text).map_err(|e| e.to_string())?;
    let mut old_overlaid = old.clone();
    overlay.apply(&mut old_overlaid);
    let mut new_overlaid = new.clone();
    let outcomes = overlay.apply(&mut new_overlaid);

    // Twilio's text changes, judged by what they change in the generated client (both specs
    // with the overlay applied): upstream catching up with a correction breaks nothing.
    let changes = report::settle(
        report::diff(&report::surface(&old), &report::surface(&new)),
        report::diff(
            &report::surface(&old_overlaid),
            &report::surface(&new_overlaid),
        ),
    );
    print!("{}", report::render(&changes));
    let breaking = changes.iter().any(|c| c.breaking);
    let verdict = if breaking { EXIT_BREAKING } else { 0 };
    print!("{}", report::overlay(&overlay, &outcomes));
    if !preparation_succeeds(&new, &overlay) {
        return Ok(EXIT_GENERATION);
    }

    // The actions the new spec satisfies leave the overlay: they would otherwise be reported
    // at every regen, and a test of the overlay would have to allow for them.
    let satisfied: Vec<usize> = outcomes
        .iter()
        .enumerate()
        .filter(|(_, o)| **o == overlay::Outcome::AlreadySatisfied)
        .map(|(i, _)| i)
        .collect();
    let new_overlay = overlay_file::without_actions(&overlay_text, &satisfied)
        .map_err(|e| format!("taking satisfied actions out of {OVERLAY}: {e}"))?;
    let overlay_changes = new_overlay != overlay_text;

    if args.dry_run {
        if overlay_changes {
            println!(
                "dry run: would take {} action(s) out of {OVERLAY}; nothing written",
                satisfied.len()
            );
        } else {
            println!("dry run: nothing written");
        }
        return Ok(verdict);
    }
    if fetched.bytes == old_bytes && !overlay_changes {
        println!("the vendored spec is already this one: nothing written");
        return Ok(verdict);
    }

    if fetched.bytes != old_bytes {
        let record = source::source_record(&fetched, &new, &source::today());
        write(&spec_path, &fetched.bytes)?;
        write(&source_path, record.as_bytes())?;
        println!("wrote {SPEC} and {SOURCE}");
    }
    if overlay_changes {
        write(&overlay_path, new_overlay.as_bytes())?;
        println!(
            "took {} action(s) the new spec satisfies out of {OVERLAY}",
            satisfied.len()
        );
    }

    // The committed snapshot of the generated code follows the spec.
    show_generated(root)?;

    if args.check && !compiles_or_restored(root, &old_bytes, &old_source, &overlay_text)? {
        return Ok(EXIT_GENERATION);
    }
    Ok(verdict)
}

/// Runs the preparation on the new spec and says how it went.
fn preparation_succeeds(new: &serde_json::Value, overlay: &overlay::Overlay) -> bool {
    match prepare::prepare(new.clone(), overlay) {
        Ok(prepared) => {
            println!(
                "spec preparation succeeds: operations {}, component schemas {}, wire renames {}",
                prepare::operations(&prepared.spec).len(),
                prepared
                    .spec
                    .pointer("/components/schemas")
                    .and_then(|s| s.as_object())
                    .map_or(0, |s| s.len()),
                prepared.renames.len()
            );
            true
        }
        Err(e) => {
            println!("generation would fail: {e}");
            false
        }
    }
}

/// `cargo check` with the new spec written; when it fails, the previous spec, SOURCE,
/// overlay and snapshot are put back and `false` returned.
fn compiles_or_restored(
    root: &Path,
    old_bytes: &[u8],
    old_source: &str,
    overlay_text: &str,
) -> Result<bool, String> {
    println!("running cargo check -p twilio-calls …");
    let Err(e) = cargo_check(root) else {
        println!("generation and compilation succeed with the new spec");
        return Ok(true);
    };
    println!("generation fails with the new spec: {e}");
    write(&root.join(SPEC), old_bytes)?;
    write(&root.join(SOURCE), old_source.as_bytes())?;
    write(&root.join(OVERLAY), overlay_text.as_bytes())?;
    // The snapshot of what generated before.
    if let Err(e) = show_generated(root) {
        println!("could not restore {GENERATED}/: {e}");
    }
    println!("restored the previous {SPEC}, {SOURCE} and {OVERLAY}");
    Ok(false)
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

    #[test]
    fn check_passes_on_the_snapshot_and_fails_on_a_hand_edit() {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let dir = std::env::temp_dir().join(format!("xtask-check-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("spec")).unwrap();
        for file in [SPEC, OVERLAY] {
            std::fs::copy(workspace.join(file), dir.join(file)).unwrap();
        }
        assert!(check_generated(&dir).is_err(), "no snapshot yet");
        show_generated(&dir).unwrap();
        check_generated(&dir).unwrap();
        let surface = dir.join(GENERATED).join("surface.rs");
        let text = std::fs::read_to_string(&surface).unwrap();
        std::fs::write(&surface, text.replacen("pub fn ", "pub fn  ", 1)).unwrap();
        let error = check_generated(&dir).unwrap_err();
        assert!(error.contains("generated/surface.rs"), "{error}");
        assert!(!error.contains("enums.rs"), "{error}");
        std::fs::remove_dir_all(&dir).unwrap();
        // The workspace's own snapshot is current.
        check_generated(workspace).unwrap();
    }

    fn args(line: &str) -> Result<Args, String> {
        parse_args(
            &line
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn default_origin_is_twilio_oai_main() {
        assert_eq!(
            args("regen").unwrap(),
            Args {
                origin: Origin::Url(
                    "https://raw.githubusercontent.com/twilio/twilio-oai/main/spec/yaml/twilio_api_v2010.yaml"
                        .into()
                ),
                upstream: None,
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
                upstream: None,
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
        assert!(args("regen --from a.yaml --upstream").is_err());
        assert!(args("regen --from a.yaml --upstream https://example.test/a.yaml").is_err());
        assert!(args("regen --npm --upstream-date 2026-04-14").is_err());
        assert!(args("regen --from a.yaml --upstream-date 2026-04-14").is_err());
        assert!(
            args("regen --from https://example.test/a.yaml --upstream https://example.test/a.yaml")
                .is_err()
        );
    }

    #[test]
    fn a_local_copy_names_where_it_was_published() {
        let url = source::upstream_url("d50069b44ea8cd23141385bdb6db48f16ff75bb5");
        let a = args(&format!(
            "regen --from copy.yaml --upstream {url} --upstream-date 2026-04-14"
        ))
        .unwrap();
        assert_eq!(a.origin, Origin::Path("copy.yaml".into()));
        assert_eq!(
            a.upstream,
            Some(Upstream {
                url: url.clone(),
                date: Some("2026-04-14".into())
            })
        );
        assert!(
            args(&format!(
                "regen --from copy.yaml --upstream {url} --upstream-date 14.4.2026"
            ))
            .is_err()
        );
        // A twilio-oai URL (the default's branch, or a commit) takes a date too.
        let a = args("regen --upstream-date 2026-04-14 --dry-run").unwrap();
        assert_eq!(a.upstream.unwrap().date.as_deref(), Some("2026-04-14"));
    }
}
