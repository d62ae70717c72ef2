//! A real `redis-server` for the shared-limits tests, on a free loopback port, stopped when
//! dropped. Without one installed the tests say so and pass as skipped, unless
//! `TWILIO_CALLS_REQUIRE_REDIS=1` (set by CI, which installs it from Debian's packages).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const REQUIRE_ENV: &str = "TWILIO_CALLS_REQUIRE_REDIS";

pub struct RedisServer {
    child: Option<Child>,
    pub port: u16,
}

impl RedisServer {
    /// A fresh server (no persistence), ready for commands.
    pub fn start() -> Result<Self, String> {
        let mut server = Self {
            child: None,
            port: super::free_port(),
        };
        server.restart()?;
        Ok(server)
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Starts it again on the same port (after [`stop`](Self::stop)).
    pub fn restart(&mut self) -> Result<(), String> {
        let child = Command::new("redis-server")
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("redis-server could not start: {e}"))?;
        self.child = Some(child);
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(10) {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err("redis-server did not listen within 10 s".into())
    }

    /// Kills it (as a crash would).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A server, or `None` after saying why the test is skipped.
pub fn start_or_skip(who: &str) -> Option<RedisServer> {
    let started = RedisServer::start();
    super::external(&started, &format!("{who} needs redis-server"), REQUIRE_ENV)?;
    started.ok()
}
