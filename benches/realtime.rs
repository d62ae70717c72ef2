//! Real-time voice, measured side by side in one run:
//!
//! 1. **CPU per frame of a `MediaStream` session** against a hand-written
//!    tokio-tungstenite + serde_json + base64 echo loop doing the same work (parse the
//!    `media` message, decode and re-encode the μ-law, send it back). Each echo server runs
//!    alone on its own thread (a current-thread runtime), and that thread's CPU time is
//!    measured while a Twilio-like driver on another thread runs `STREAMS` streams at real
//!    time (a 20 ms frame every 20 ms each).
//! 2. **μ-law** encode and decode against Python's `audioop` (ns per sample).
//! 3. **How many concurrent echo streams one process sustains at real time**: streams are
//!    added in steps until a frame's echo comes back more than 100 ms after it was due; the
//!    largest step with none late, for the session server and for the same echo written with
//!    Python's `websockets` + `audioop`, as pipecat does (each server on one core, the driver
//!    on the other).
//!
//! `cargo bench --bench realtime --features axum`; `-- --quick` runs tiny sizes (CI).

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::ws::{Message, WebSocketUpgrade};
use axum::response::Response;
use axum::routing::get;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use twilio_calls::media_stream::axum::MediaStreamUpgrade;
use twilio_calls::media_stream::{Event, mulaw};
use twilio_calls::webhook::RequestValidator;
use twilio_calls::webhook::axum::WebhookVerifier;

const TOKEN: &str = "bench-token";
const FRAME: Duration = Duration::from_millis(20);

/// CPU time of the calling thread.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into `ts`.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

// ---- the two Rust echo servers ----

/// The session: `recv`, μ-law round trip, `send_audio`.
async fn session_echo(upgrade: MediaStreamUpgrade) -> Response {
    upgrade.on_stream(|mut stream| async move {
        while let Some(Ok(event)) = stream.recv().await {
            if let Event::Media(media) = event {
                let pcm = mulaw::decode(&media.payload);
                if stream.send_audio(&mulaw::encode(&pcm)).await.is_err() {
                    return;
                }
            }
        }
    })
}

#[derive(serde::Deserialize)]
struct InMedia<'a> {
    event: &'a str,
    #[serde(rename = "streamSid")]
    stream_sid: Option<&'a str>,
    media: Option<InPayload<'a>>,
}

#[derive(serde::Deserialize)]
struct InPayload<'a> {
    payload: &'a str,
}

#[derive(serde::Serialize)]
struct OutMedia<'a> {
    event: &'a str,
    #[serde(rename = "streamSid")]
    stream_sid: &'a str,
    media: OutPayload,
}

#[derive(serde::Serialize)]
struct OutPayload {
    payload: String,
}

/// The hand-written loop: the same work, no session.
async fn hand_echo(ws: WebSocketUpgrade) -> Response {
    ws.on_upgrade(|mut socket| async move {
        while let Some(Ok(message)) = socket.recv().await {
            let Message::Text(text) = message else {
                continue;
            };
            let Ok(incoming) = serde_json::from_str::<InMedia<'_>>(text.as_str()) else {
                continue;
            };
            let (Some(media), Some(sid), "media") =
                (incoming.media, incoming.stream_sid, incoming.event)
            else {
                continue;
            };
            let Ok(bytes) = BASE64.decode(media.payload) else {
                continue;
            };
            let pcm = mulaw::decode(&bytes);
            let out = OutMedia {
                event: "media",
                stream_sid: sid,
                media: OutPayload {
                    payload: BASE64.encode(mulaw::encode(&pcm)),
                },
            };
            let Ok(json) = serde_json::to_string(&out) else {
                continue;
            };
            if socket.send(Message::Text(json.into())).await.is_err() {
                return;
            }
        }
    })
}

/// Serves `router` on a thread of its own (a current-thread runtime); returns its address
/// and a way to read that thread's CPU time.
fn serve_on_own_thread(
    router: Router,
) -> (SocketAddr, Arc<AtomicU64>, std::sync::mpsc::Sender<()>) {
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let cpu = Arc::new(AtomicU64::new(0));
    let (ask_tx, ask_rx) = std::sync::mpsc::channel::<()>();
    let cpu_out = cpu.clone();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            // Small frames go out at once (no Nagle), as a real-time server wants.
            let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
                let _ = tcp.set_nodelay(true);
            });
            tokio::spawn(async move {
                // Answers "how much CPU so far" by storing it.
                loop {
                    cpu_out.store(thread_cpu().as_nanos() as u64, Ordering::Relaxed);
                    tokio::time::sleep(Duration::from_millis(5)).await;
                    if ask_rx.try_recv().is_ok() {
                        cpu_out.store(thread_cpu().as_nanos() as u64, Ordering::Relaxed);
                    }
                }
            });
            axum::serve(listener, router).await.unwrap();
        });
    });
    (addr_rx.recv().unwrap(), cpu, ask_tx)
}

// ---- the Twilio-like driver ----

/// What a run of streams saw.
#[derive(Default)]
struct Seen {
    frames: u64,
    late: u64,
    worst: Duration,
    lost: u64,
}

/// Runs `streams` streams against `url` for `seconds`, each sending a 20 ms frame every
/// 20 ms and timing the echoes.
async fn drive(url: &str, streams: usize, seconds: u64) -> Seen {
    let validator = RequestValidator::new(TOKEN);
    let mut tasks = Vec::new();
    for n in 0..streams {
        let url = url.to_owned();
        let signature = validator.sign(&url, std::iter::empty::<(&str, &str)>());
        tasks.push(tokio::spawn(async move {
            let mut request = url.as_str().into_client_request().unwrap();
            request
                .headers_mut()
                .insert("x-twilio-signature", signature.parse().unwrap());
            let (socket, _) = tokio_tungstenite::connect_async_with_config(request, None, true)
                .await
                .unwrap();
            let (mut sink, mut incoming) = socket.split();
            let sid = format!("MZ{n:032x}");
            let start = format!(
                r#"{{"event":"start","sequenceNumber":"1","start":{{"accountSid":"AC{0:032x}","streamSid":"{sid}","callSid":"CA{0:032x}","tracks":["inbound"],"mediaFormat":{{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1}},"customParameters":{{}}}},"streamSid":"{sid}"}}"#,
                n
            );
            for text in [
                r#"{"event":"connected","protocol":"Call","version":"1.0.0"}"#.to_owned(),
                start,
            ] {
                sink.send(text.into()).await.unwrap();
            }
            let sent: Arc<std::sync::Mutex<VecDeque<Instant>>> = Default::default();
            let sent_reader = sent.clone();
            let reader = tokio::spawn(async move {
                let mut seen = Seen::default();
                while let Some(Ok(message)) = incoming.next().await {
                    if !message.is_text() {
                        continue;
                    }
                    let due = sent_reader.lock().unwrap().pop_front();
                    if let Some(due) = due {
                        let lateness = due.elapsed();
                        seen.frames += 1;
                        seen.worst = seen.worst.max(lateness);
                        if lateness > Duration::from_millis(100) {
                            seen.late += 1;
                        }
                    }
                }
                seen
            });
            let payload = BASE64.encode([0x55u8; 160]);
            let mut ticks = tokio::time::interval(FRAME);
            let frames = seconds * 50;
            let began = Instant::now();
            for i in 0..frames {
                ticks.tick().await;
                let due = began + FRAME * i as u32;
                let text = format!(
                    r#"{{"event":"media","sequenceNumber":"{}","media":{{"track":"inbound","chunk":"{}","timestamp":"{}","payload":"{payload}"}},"streamSid":"{sid}"}}"#,
                    i + 2,
                    i + 1,
                    i * 20
                );
                sent.lock().unwrap().push_back(due);
                if sink.send(text.into()).await.is_err() {
                    break;
                }
            }
            // Let the last echoes arrive, then close.
            tokio::time::sleep(Duration::from_millis(300)).await;
            let _ = sink.close().await;
            let mut seen = tokio::time::timeout(Duration::from_secs(5), reader)
                .await
                .ok()
                .and_then(Result::ok)
                .unwrap_or_default();
            seen.lost = frames.saturating_sub(seen.frames);
            seen
        }));
    }
    let mut total = Seen::default();
    for task in tasks {
        if let Ok(seen) = task.await {
            total.frames += seen.frames;
            total.late += seen.late;
            total.lost += seen.lost;
            total.worst = total.worst.max(seen.worst);
        }
    }
    total
}

/// The server's CPU per echoed frame for `streams` streams over `seconds`.
async fn cpu_per_frame(
    router: Router,
    path: &str,
    streams: usize,
    seconds: u64,
) -> (Duration, Seen) {
    let (addr, cpu, ask) = serve_on_own_thread(router);
    let url = format!("ws://{addr}{path}");
    tokio::time::sleep(Duration::from_millis(50)).await;
    let _ = ask.send(());
    tokio::time::sleep(Duration::from_millis(20)).await;
    let before = cpu.load(Ordering::Relaxed);
    let seen = drive(&url, streams, seconds).await;
    let _ = ask.send(());
    tokio::time::sleep(Duration::from_millis(20)).await;
    let after = cpu.load(Ordering::Relaxed);
    let per = Duration::from_nanos((after - before) / seen.frames.max(1));
    (per, seen)
}

fn routers() -> (Router, Router) {
    let session = Router::new()
        .route("/media", get(session_echo))
        .with_state(WebhookVerifier::new(TOKEN));
    let hand = Router::new().route("/media", get(hand_echo));
    (session, hand)
}

// ---- Python ----

fn python() -> Option<String> {
    let python = std::env::var("TWILIO_CALLS_PYTHON").unwrap_or_else(|_| {
        let venv = concat!(env!("CARGO_MANIFEST_DIR"), "/.tools/venv/bin/python");
        if std::path::Path::new(venv).exists() {
            venv.to_owned()
        } else {
            "python3".to_owned()
        }
    });
    std::process::Command::new(&python)
        .args(["-W", "ignore", "-c", "import audioop, websockets"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|_| python)
}

const PY_MULAW: &str = r#"
import audioop, struct, sys, time
n = int(sys.argv[1])
pcm = struct.pack("<%dh" % n, *[(i * 37) % 65536 - 32768 for i in range(n)])
best_e = best_d = 1e9
for _ in range(7):
    t = time.perf_counter(); u = audioop.lin2ulaw(pcm, 2); best_e = min(best_e, time.perf_counter() - t)
    t = time.perf_counter(); audioop.ulaw2lin(u, 2); best_d = min(best_d, time.perf_counter() - t)
print(best_e / n * 1e9, best_d / n * 1e9)
"#;

/// The same echo with `websockets` and `audioop`, as pipecat writes it.
const PY_ECHO: &str = r#"
import asyncio, audioop, base64, json, sys, websockets
async def echo(ws):
    async for text in ws:
        message = json.loads(text)
        if message.get("event") != "media":
            continue
        pcm = audioop.ulaw2lin(base64.b64decode(message["media"]["payload"]), 2)
        payload = base64.b64encode(audioop.lin2ulaw(pcm, 2)).decode()
        await ws.send(json.dumps({"event": "media", "streamSid": message["streamSid"], "media": {"payload": payload}}))
async def main():
    async with websockets.serve(echo, "127.0.0.1", 0, max_queue=None, compression=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()
asyncio.run(main())
"#;

fn bench_mulaw(quick: bool, python: Option<&str>) {
    let n = if quick { 100_000 } else { 4_000_000 };
    let pcm: Vec<i16> = (0..n as i64)
        .map(|i| ((i * 37) % 65536 - 32768) as i16)
        .collect();
    let mut best_e = Duration::MAX;
    let mut best_d = Duration::MAX;
    let (mut best_e_into, mut best_d_into) = (Duration::MAX, Duration::MAX);
    let (mut bytes, mut samples) = (Vec::new(), Vec::new());
    let mut sink = 0usize;
    for _ in 0..7 {
        let t = Instant::now();
        let u = mulaw::encode(&pcm);
        best_e = best_e.min(t.elapsed());
        let t = Instant::now();
        let back = mulaw::decode(&u);
        best_d = best_d.min(t.elapsed());
        sink += back.len() + u.len();
        // Into buffers kept from call to call, as a stream does.
        bytes.clear();
        let t = Instant::now();
        mulaw::encode_into(&pcm, &mut bytes);
        best_e_into = best_e_into.min(t.elapsed());
        samples.clear();
        let t = Instant::now();
        mulaw::decode_into(&bytes, &mut samples);
        best_d_into = best_d_into.min(t.elapsed());
    }
    let per = |d: Duration| d.as_nanos() as f64 / n as f64;
    println!(
        "mulaw into reused buffers: encode {:.2} ns/sample, decode {:.2}",
        per(best_e_into),
        per(best_d_into)
    );
    let (e, d) = (
        best_e.as_nanos() as f64 / n as f64,
        best_d.as_nanos() as f64 / n as f64,
    );
    let py = python.and_then(|python| {
        let out = std::process::Command::new(python)
            .args(["-W", "ignore", "-c", PY_MULAW, &n.to_string()])
            .output()
            .ok()?;
        let text = String::from_utf8(out.stdout).ok()?;
        let mut numbers = text
            .split_whitespace()
            .filter_map(|v| v.parse::<f64>().ok());
        Some((numbers.next()?, numbers.next()?))
    });
    match py {
        Some((pe, pd)) => println!(
            "mulaw, {n} samples (best of 7): encode {e:.2} ns/sample vs audioop {pe:.2} ({:.2}x faster); \
             decode {d:.2} vs {pd:.2} ({:.2}x faster)",
            pe / e,
            pd / d
        ),
        None => println!(
            "mulaw, {n} samples: encode {e:.2} ns/sample, decode {d:.2} (no Python with audioop to compare)"
        ),
    }
    assert!(sink > 0);
}

/// The largest number of streams, stepping by `steps`, with no frame's echo over 100 ms late.
async fn capacity(url: &str, steps: &[usize], seconds: u64) -> (usize, String) {
    let mut best = 0;
    let mut log = Vec::new();
    for &streams in steps {
        let seen = drive(url, streams, seconds).await;
        log.push(format!(
            "{streams}: {} late, {} lost, worst {} ms",
            seen.late,
            seen.lost,
            seen.worst.as_millis()
        ));
        if seen.late > 0 || seen.lost > 0 {
            break;
        }
        best = streams;
    }
    (best, log.join("; "))
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    // The driver: one worker thread, the servers get their own.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let python = python();
    runtime.block_on(async {
        let (streams, seconds) = if quick { (10, 1) } else { (100, 5) };
        let (session, hand) = routers();
        let (hand_cpu, hand_seen) = cpu_per_frame(hand, "/media", streams, seconds).await;
        let (session_cpu, session_seen) = cpu_per_frame(session, "/media", streams, seconds).await;
        println!(
            "CPU per echoed frame, {streams} streams x {seconds} s at real time: MediaStream session {:.1} us \
             vs hand-written loop {:.1} us: {:.2}x ({} and {} frames echoed)",
            session_cpu.as_nanos() as f64 / 1e3,
            hand_cpu.as_nanos() as f64 / 1e3,
            session_cpu.as_nanos() as f64 / hand_cpu.as_nanos().max(1) as f64,
            session_seen.frames,
            hand_seen.frames,
        );

        bench_mulaw(quick, python.as_deref());

        let steps: &[usize] = if quick {
            &[10, 20]
        } else {
            &[100, 200, 400, 600, 800, 1000, 1200, 1600, 2000]
        };
        let seconds = if quick { 1 } else { 5 };
        let (session, _) = routers();
        let (addr, _, _) = serve_on_own_thread(session);
        let (ours, log) = capacity(&format!("ws://{addr}/media"), steps, seconds).await;
        println!("concurrent echo streams at real time, none late by over 100 ms: MediaStream session {ours} ({log})");
        if let Some(python) = &python {
            let mut child = std::process::Command::new(python)
                .args(["-W", "ignore", "-c", PY_ECHO])
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            let mut line = String::new();
            std::io::BufRead::read_line(
                &mut std::io::BufReader::new(child.stdout.take().unwrap()),
                &mut line,
            )
            .unwrap();
            let port: u16 = line.trim().parse().unwrap();
            let (theirs, log) = capacity(&format!("ws://127.0.0.1:{port}/media"), steps, seconds).await;
            let _ = child.kill();
            let _ = child.wait();
            println!(
                "concurrent echo streams at real time, none late by over 100 ms: Python websockets + audioop {theirs} ({log})"
            );
        } else {
            println!("(no Python with websockets and audioop: the Python echo was not measured)");
        }
    });
}
