//! `calls bulk-create` on 1,000 rows against FakeTwilio: killed partway, run again, every row
//! ends placed exactly once or recorded as possibly placed, and no call is placed twice.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use twilio_calls_fake::{FakeTwilio, Fault, Lifecycle};

const ROWS: usize = 1000;

fn to(n: usize) -> String {
    format!("+1555{n:07}")
}

fn bulk(
    fake: &FakeTwilio,
    csv: &std::path::Path,
    results: &std::path::Path,
) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_calls"));
    command
        .args([
            "bulk-create",
            "--from",
            "+15005550006",
            "--twiml",
            "<Response/>",
        ])
        .args(["--concurrency", "20", "--max-calls-per-second", "250"])
        .arg("--csv")
        .arg(csv)
        .arg("--results")
        .arg(results)
        .env("TWILIO_BASE_URL", fake.base_url())
        .env("TWILIO_ACCOUNT_SID", fake.account_sid())
        .env("TWILIO_AUTH_TOKEN", fake.auth_token())
        .env_remove("TWILIO_API_KEY")
        .env_remove("TWILIO_CLIENT_ID")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    command
}

/// Each row's last outcome, and how many lines name it.
fn outcomes(results: &std::path::Path) -> HashMap<usize, (String, String)> {
    let text = std::fs::read_to_string(results).unwrap();
    let mut rows = HashMap::new();
    for line in text.lines().skip(1) {
        let cells: Vec<&str> = line.splitn(6, ',').collect();
        if cells.len() < 4 {
            continue;
        }
        rows.insert(
            cells[0].parse().unwrap(),
            (cells[2].to_owned(), cells[3].to_owned()),
        );
    }
    rows
}

#[tokio::test]
async fn a_thousand_rows_killed_then_resumed_place_each_call_once() {
    let fake = FakeTwilio::builder()
        .lifecycle(Lifecycle::manual())
        .start()
        .await
        .unwrap();
    let dir = std::env::temp_dir().join(format!("bulk-create-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("numbers.csv");
    let results = dir.join("results.csv");
    let mut rows = String::from("To,StatusCallback\n");
    for n in 0..ROWS {
        let callback = if n % 2 == 0 {
            "https://example.com/status"
        } else {
            ""
        };
        rows.push_str(&format!("{},{callback}\n", to(n)));
    }
    std::fs::write(&csv, rows).unwrap();

    // First run, killed once a third of the rows are out.
    let started = Instant::now();
    let mut first = bulk(&fake, &csv, &results).spawn().unwrap();
    while fake.calls().len() < ROWS / 3 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the first run stalled"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    first.start_kill().unwrap();
    first.wait().await.unwrap();
    let after_kill = fake.calls().len();
    assert!(after_kill < ROWS, "killed too late to test resumption");

    // The rerun meets a create whose answer is lost after Twilio placed it.
    fake.fail_next(1, Fault::DropAfterProcessing);
    let resumed_at = Instant::now();
    let second = bulk(&fake, &csv, &results).output().await.unwrap();
    let resumed_took = resumed_at.elapsed();
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("1 uncertain"), "{stderr}");

    // Every row accounted for; nothing placed twice; every placed SID is the fake's.
    let outcomes = outcomes(&results);
    assert_eq!(outcomes.len(), ROWS);
    let placed: Vec<&String> = outcomes
        .values()
        .filter(|(kind, _)| kind == "placed")
        .map(|(_, sid)| sid)
        .collect();
    let uncertain = outcomes
        .values()
        .filter(|(kind, _)| kind == "uncertain")
        .count();
    assert_eq!(placed.len() + uncertain, ROWS, "{outcomes:?}");
    assert!(uncertain >= 1);
    let calls = fake.calls();
    let sids: HashSet<&str> = calls.iter().map(|c| c.sid.as_str()).collect();
    assert!(placed.iter().all(|sid| sids.contains(sid.as_str())));
    let numbers: Vec<&str> = calls.iter().filter_map(|c| c.to.as_deref()).collect();
    let distinct: HashSet<&&str> = numbers.iter().collect();
    assert_eq!(distinct.len(), numbers.len(), "a number was called twice");
    assert!(calls.len() >= placed.len() && calls.len() <= ROWS);
    let creates = fake
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/Calls.json"))
        .count();
    assert_eq!(creates, calls.len(), "a create was sent twice");
    // The per-row column went on the wire only where the row had it.
    let with_callback = fake
        .requests()
        .iter()
        .filter(|r| !r.form_values("StatusCallback").is_empty())
        .count();
    assert!(with_callback >= ROWS / 2 - 30, "{with_callback}");

    // A third run has nothing left to do.
    let third = bulk(&fake, &csv, &results).output().await.unwrap();
    assert_eq!(third.status.code(), Some(0));
    assert_eq!(fake.calls().len(), calls.len());
    eprintln!(
        "bulk-create: {after_kill} placed before the kill; the rerun placed {} more in {:.1} s \
         ({:.0} calls/s)",
        calls.len() - after_kill,
        resumed_took.as_secs_f64(),
        (calls.len() - after_kill) as f64 / resumed_took.as_secs_f64()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_csv_with_an_unknown_column_is_refused_before_anything_is_sent() {
    let fake = FakeTwilio::start().await.unwrap();
    let dir = std::env::temp_dir().join(format!("bulk-create-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("numbers.csv");
    std::fs::write(&csv, "To,Colour\n+15558675310,blue\n").unwrap();
    let output = bulk(&fake, &csv, &dir.join("r.csv"))
        .output()
        .await
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("column `Colour` is not a CreateCall parameter"),
        "{stderr}"
    );
    assert!(fake.requests().is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}
