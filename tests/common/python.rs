//! twilio-python for the tests that compare with it or drive it: an interpreter that has it
//! (and `cryptography`, which PyJWT needs for RS256), from `TWILIO_CALLS_PYTHON` or
//! `.tools/venv`, which is created and filled when missing. Without Python the tests that need
//! it say so and pass as skipped, unless `TWILIO_CALLS_REQUIRE_PYTHON_SDK=1` (set by CI).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Set by CI: a missing twilio-python fails the test instead of skipping it.
pub const REQUIRE_ENV: &str = "TWILIO_CALLS_REQUIRE_PYTHON_SDK";

/// What the tests import, and the pinned packages that provide it.
const MODULES: &str = "import twilio.rest, jwt, cryptography";
const PACKAGES: [&str; 2] = ["twilio==9.13.0", "cryptography==50.0.2"];

fn ready(python: &Path) -> bool {
    Command::new(python)
        .args(["-c", MODULES])
        .output()
        .is_ok_and(|out| out.status.success())
}

/// An interpreter with twilio-python, installing it into `.tools/venv` if need be.
pub fn twilio_python() -> Result<PathBuf, String> {
    if let Ok(python) = std::env::var("TWILIO_CALLS_PYTHON") {
        let python = PathBuf::from(python);
        return if ready(&python) {
            Ok(python)
        } else {
            Err(format!(
                "TWILIO_CALLS_PYTHON={} cannot `{MODULES}`",
                python.display()
            ))
        };
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/venv");
    let python = venv.join("bin/python");
    if ready(&python) {
        return Ok(python);
    }
    let run = |program: &Path, args: &[&str]| -> Result<(), String> {
        let out = Command::new(program)
            .args(args)
            .output()
            .map_err(|e| format!("{} could not run: {e}", program.display()))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{} {args:?} failed: {}",
                program.display(),
                String::from_utf8_lossy(&out.stderr)
            ))
        }
    };
    if !python.exists() {
        eprintln!("creating .tools/venv for twilio-python…");
        run(
            Path::new("python3"),
            &["-m", "venv", venv.to_str().unwrap()],
        )?;
    }
    eprintln!("installing {PACKAGES:?} into .tools/venv…");
    let mut args = vec![
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
    ];
    args.extend(PACKAGES);
    run(&python, &args)?;
    Ok(python)
}

/// Runs `command` (a Python program), failing the test with its stderr unless it succeeds,
/// and decodes what it printed as JSON.
pub async fn json_output<T: serde::de::DeserializeOwned>(
    command: &mut tokio::process::Command,
) -> T {
    let out = command.output().await.unwrap();
    assert!(
        out.status.success(),
        "{command:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The interpreter, or `None` after saying why the test `who` is skipped (a failure under
/// [`REQUIRE_ENV`]).
pub fn required<'a>(ready: &'a Result<PathBuf, String>, who: &str) -> Option<&'a PathBuf> {
    super::external(
        ready,
        &format!("{who} needs Python 3 with pip (for twilio-python)"),
        REQUIRE_ENV,
    )
}
