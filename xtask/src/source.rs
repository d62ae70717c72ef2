//! Where a new spec comes from (Twilio's repository by default, a file, a URL, or the npm
//! package that ships it), and the `spec/SOURCE` record of the vendored one.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

/// The npm package that ships Twilio's specs, and the spec's path inside its tarball.
pub const NPM_PACKAGE: &str = "@twilio-alpha/mcp";
/// The spec's path inside the npm tarball.
pub const NPM_SPEC_PATH: &str = "package/twilio-oai/spec/yaml/twilio_api_v2010.yaml";
/// Where Twilio maintains the spec.
pub const UPSTREAM: &str = "twilio/twilio-oai, spec/yaml/twilio_api_v2010.yaml";
/// The repository's raw files; a commit or branch and [`UPSTREAM_PATH`] follow.
pub const UPSTREAM_RAW: &str = "https://raw.githubusercontent.com/twilio/twilio-oai/";
/// The spec's path in the repository.
pub const UPSTREAM_PATH: &str = "spec/yaml/twilio_api_v2010.yaml";
/// The branch `cargo xtask regen` takes by default.
pub const UPSTREAM_BRANCH: &str = "main";

/// The raw URL of the spec at a commit or branch of [`UPSTREAM`].
pub fn upstream_url(reference: &str) -> String {
    format!("{UPSTREAM_RAW}{reference}/{UPSTREAM_PATH}")
}

/// The commit or branch a raw URL of [`UPSTREAM`]'s spec names; `None` for any other URL.
pub fn upstream_reference(url: &str) -> Option<&str> {
    let reference = url
        .strip_prefix(UPSTREAM_RAW)?
        .strip_suffix(UPSTREAM_PATH)?;
    let reference = reference.strip_suffix('/')?;
    (!reference.is_empty()).then_some(reference)
}

/// Whether a reference is a full commit hash (otherwise it is a branch or tag, which moves).
pub fn is_commit(reference: &str) -> bool {
    reference.len() == 40 && reference.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Where the spec was published, for `spec/SOURCE`, when it was taken from [`UPSTREAM`]
/// (directly, or as a local copy of one of its raw URLs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upstream {
    /// The raw URL.
    pub url: String,
    /// The date of the commit, `YYYY-MM-DD`, when known.
    pub date: Option<String>,
}

impl Upstream {
    /// Checks that `url` is a raw URL of [`UPSTREAM`]'s spec and `date` a `YYYY-MM-DD` date.
    pub fn new(url: &str, date: Option<&str>) -> Result<Self, String> {
        if upstream_reference(url).is_none() {
            return Err(format!(
                "`{url}` is not a raw URL of {UPSTREAM} (expected {})",
                upstream_url("COMMIT")
            ));
        }
        if let Some(date) = date {
            let digits = date.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
            if date.len() != 10 || !digits {
                return Err(format!("the commit date `{date}` is not YYYY-MM-DD"));
            }
        }
        Ok(Self {
            url: url.to_owned(),
            date: date.map(str::to_owned),
        })
    }
}

/// Where to take the new spec from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A local file.
    Path(PathBuf),
    /// An `http://` or `https://` URL.
    Url(String),
    /// A version (or tag such as `latest`) of [`NPM_PACKAGE`].
    Npm(String),
}

impl Origin {
    /// `--from` takes a URL when it has an http(s) scheme, otherwise a path.
    pub fn from_arg(arg: &str) -> Self {
        if arg.starts_with("https://") || arg.starts_with("http://") {
            Self::Url(arg.to_owned())
        } else {
            Self::Path(PathBuf::from(arg))
        }
    }
}

/// A fetched spec and what `spec/SOURCE` should say about it.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The spec, byte for byte.
    pub bytes: Vec<u8>,
    /// The `origin:` line.
    pub origin: String,
    /// The npm tarball's integrity, when it came from npm.
    pub integrity: Option<String>,
    /// Where Twilio published it, when it came from Twilio's repository.
    pub upstream: Option<Upstream>,
}

/// Fetches the spec from `origin`.
pub fn fetch(origin: &Origin) -> Result<Fetched, String> {
    match origin {
        Origin::Path(path) => Ok(Fetched {
            bytes: std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?,
            origin: format!("file {}", path.display()),
            integrity: None,
            upstream: None,
        }),
        Origin::Url(url) => {
            let response = reqwest::blocking::get(url)
                .and_then(|r| r.error_for_status())
                .map_err(|e| format!("fetching {url}: {e}"))?;
            let bytes = response
                .bytes()
                .map_err(|e| format!("reading {url}: {e}"))?;
            Ok(Fetched {
                bytes: bytes.to_vec(),
                origin: format!("url {url}"),
                integrity: None,
                upstream: upstream_reference(url).map(|_| Upstream {
                    url: url.clone(),
                    date: None,
                }),
            })
        }
        Origin::Npm(version) => fetch_npm(version),
    }
}

fn fetch_npm(version: &str) -> Result<Fetched, String> {
    let dir = std::env::temp_dir().join(format!("xtask-regen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let result = pack_and_extract(version, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn pack_and_extract(version: &str, dir: &Path) -> Result<Fetched, String> {
    let spec = format!("{NPM_PACKAGE}@{version}");
    let output = Command::new("npm")
        .args(["pack", &spec, "--json", "--pack-destination"])
        .arg(dir)
        .output()
        .map_err(|e| format!("running `npm pack {spec}` (is Node.js installed?): {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "`npm pack {spec}` failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let packed: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("`npm pack --json` printed something unexpected: {e}"))?;
    let entry = &packed[0];
    let filename = entry["filename"]
        .as_str()
        .ok_or("`npm pack --json` named no file")?;
    let resolved = entry["version"].as_str().unwrap_or(version);
    let tarball = std::fs::File::open(dir.join(filename))
        .map_err(|e| format!("opening the packed tarball {filename}: {e}"))?;
    let bytes = extract(tarball, NPM_SPEC_PATH)?;
    Ok(Fetched {
        bytes,
        origin: format!("npm {NPM_PACKAGE}@{resolved}, {NPM_SPEC_PATH}"),
        integrity: entry["integrity"].as_str().map(str::to_owned),
        upstream: None,
    })
}

/// Reads one file out of a `.tgz`.
fn extract(tgz: impl Read, wanted: &str) -> Result<Vec<u8>, String> {
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(tgz));
    let entries = archive
        .entries()
        .map_err(|e| format!("reading the tarball: {e}"))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| format!("reading the tarball: {e}"))?;
        let is_wanted = entry.path().is_ok_and(|p| p == Path::new(wanted));
        if is_wanted {
            let mut bytes = Vec::new();
            entry
                .read_to_end(&mut bytes)
                .map_err(|e| format!("reading {wanted} from the tarball: {e}"))?;
            return Ok(bytes);
        }
    }
    Err(format!("the tarball has no {wanted}"))
}

/// The hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The text of `spec/SOURCE` for a fetched spec.
pub fn source_record(fetched: &Fetched, spec: &serde_json::Value, date: &str) -> String {
    let version = spec
        .pointer("/info/version")
        .and_then(|v| v.as_str())
        .unwrap_or("unknown");
    let licence_name = spec
        .pointer("/info/license/name")
        .and_then(|v| v.as_str())
        .unwrap_or("not stated in the spec");
    let licence_url = spec
        .pointer("/info/license/url")
        .and_then(|v| v.as_str())
        .map(|u| format!(" ({u})"))
        .unwrap_or_default();
    let mut out = String::from(
        "# Provenance of spec/twilio_api_v2010.yaml. `cargo xtask regen` rewrites this file;\n\
         # the spec beside it is kept byte for byte as published (all changes happen in codegen/prepare.rs).\n\
         file: twilio_api_v2010.yaml\n",
    );
    // Where Twilio published it, not where this machine happened to read it.
    match &fetched.upstream {
        Some(upstream) => out.push_str(&format!("origin: url {}\n", upstream.url)),
        None => out.push_str(&format!("origin: {}\n", fetched.origin)),
    }
    out.push_str(&format!("upstream: {UPSTREAM}\n"));
    if let Some(upstream) = &fetched.upstream {
        let reference = upstream_reference(&upstream.url).unwrap_or("unknown");
        if is_commit(reference) {
            out.push_str(&format!("commit: {reference}\n"));
        } else {
            out.push_str(&format!(
                "commit: not pinned (the branch or tag `{reference}` at the retrieval date)\n"
            ));
        }
        if let Some(date) = &upstream.date {
            out.push_str(&format!("commit-date: {date}\n"));
        }
    }
    if let Some(integrity) = &fetched.integrity {
        out.push_str(&format!("package-integrity: {integrity}\n"));
    }
    out.push_str(&format!("retrieved: {date}\n"));
    out.push_str(&format!("sha256: {}\n", sha256_hex(&fetched.bytes)));
    out.push_str(&format!("spec-version: {version}\n"));
    out.push_str(&format!(
        "licence: {licence_name}{licence_url}, as the spec declares in info.license; Copyright Twilio, Inc.\n"
    ));
    out
}

/// Today's date (UTC) as `YYYY-MM-DD`.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(secs / 86_400)
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_arg_tells_urls_from_paths() {
        assert_eq!(
            Origin::from_arg("https://example.test/a.yaml"),
            Origin::Url("https://example.test/a.yaml".into())
        );
        assert_eq!(
            Origin::from_arg("/tmp/a.yaml"),
            Origin::Path("/tmp/a.yaml".into())
        );
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_417), "2025-11-25");
    }

    #[test]
    fn sha256_of_empty_input() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn extract_finds_the_spec_in_a_tarball() {
        let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(
            Vec::new(),
            flate2::Compression::fast(),
        ));
        for (path, body) in [
            ("package/README.md", &b"hi"[..]),
            (NPM_SPEC_PATH, b"openapi: 3.0.1\n"),
        ] {
            let mut header = tar::Header::new_gnu();
            header.set_size(body.len() as u64);
            header.set_mode(0o644);
            header.set_cksum();
            builder.append_data(&mut header, path, body).unwrap();
        }
        let tgz = builder.into_inner().unwrap().finish().unwrap();
        assert_eq!(
            extract(&tgz[..], NPM_SPEC_PATH).unwrap(),
            b"openapi: 3.0.1\n"
        );
        assert!(
            extract(&tgz[..], "package/other")
                .unwrap_err()
                .contains("no package/other")
        );
    }

    #[test]
    fn the_vendored_spec_matches_its_recorded_checksum() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/");
        let spec = std::fs::read(format!("{root}twilio_api_v2010.yaml")).unwrap();
        let record = std::fs::read_to_string(format!("{root}SOURCE")).unwrap();
        let recorded = record
            .lines()
            .find_map(|l| l.strip_prefix("sha256: "))
            .expect("spec/SOURCE records a sha256");
        assert_eq!(recorded, sha256_hex(&spec), "spec/SOURCE is stale");
        assert!(record.contains("licence: Apache 2.0"));
    }

    #[test]
    fn source_record_names_origin_checksum_and_licence() {
        let fetched = Fetched {
            bytes: b"".to_vec(),
            origin: "npm @twilio-alpha/mcp@0.7.0, x".into(),
            integrity: Some("sha512-abc".into()),
            upstream: None,
        };
        let spec = serde_json::json!({"info": {"version": "1.0.0",
            "license": {"name": "Apache 2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0.html"}}});
        let text = source_record(&fetched, &spec, "2026-11-25");
        assert!(text.contains("origin: npm @twilio-alpha/mcp@0.7.0, x\n"));
        assert!(text.contains("package-integrity: sha512-abc\n"));
        assert!(text.contains("retrieved: 2026-11-25\n"));
        assert!(text.contains("sha256: e3b0c442"));
        assert!(
            text.contains("licence: Apache 2.0 (https://www.apache.org/licenses/LICENSE-2.0.html)")
        );
    }

    #[test]
    fn upstream_urls_name_their_commit() {
        let commit = "d50069b44ea8cd23141385bdb6db48f16ff75bb5";
        let url = upstream_url(commit);
        assert_eq!(
            url,
            "https://raw.githubusercontent.com/twilio/twilio-oai/d50069b44ea8cd23141385bdb6db48f16ff75bb5/spec/yaml/twilio_api_v2010.yaml"
        );
        assert_eq!(upstream_reference(&url), Some(commit));
        assert!(is_commit(commit));
        assert_eq!(upstream_reference(&upstream_url("main")), Some("main"));
        assert!(!is_commit("main"));
        assert_eq!(
            upstream_reference("https://example.test/twilio_api_v2010.yaml"),
            None
        );
        assert_eq!(upstream_reference(&upstream_url("")), None);
    }

    #[test]
    fn an_upstream_copy_is_recorded_by_its_url_commit_and_date_not_its_path() {
        let commit = "d50069b44ea8cd23141385bdb6db48f16ff75bb5";
        let upstream = Upstream::new(&upstream_url(commit), Some("2026-04-14")).unwrap();
        let fetched = Fetched {
            bytes: b"".to_vec(),
            origin: "file /tmp/copy/twilio_api_v2010.yaml".into(),
            integrity: None,
            upstream: Some(upstream),
        };
        let text = source_record(&fetched, &serde_json::json!({}), "2026-12-07");
        assert!(!text.contains("/tmp/copy"), "{text}");
        assert!(text.contains(&format!("origin: url {}\n", upstream_url(commit))));
        assert!(text.contains("upstream: twilio/twilio-oai, spec/yaml/twilio_api_v2010.yaml\n"));
        assert!(text.contains(&format!("commit: {commit}\n")));
        assert!(text.contains("commit-date: 2026-04-14\n"));

        let branch = Fetched {
            upstream: Some(Upstream::new(&upstream_url("main"), None).unwrap()),
            ..fetched
        };
        let text = source_record(&branch, &serde_json::json!({}), "2026-12-07");
        assert!(
            text.contains("commit: not pinned (the branch or tag `main` at the retrieval date)\n")
        );
        assert!(!text.contains("commit-date"));
    }

    #[test]
    fn an_upstream_must_be_twilio_s_raw_url_and_its_date_a_date() {
        let url = upstream_url("main");
        assert!(
            Upstream::new("https://example.test/x.yaml", None)
                .unwrap_err()
                .contains("not a raw URL")
        );
        assert!(
            Upstream::new(&url, Some("14/04/2026"))
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
        assert!(Upstream::new(&url, Some("2026-4-14")).is_err());
        assert!(Upstream::new(&url, Some("2026-04-14")).is_ok());
    }
}
