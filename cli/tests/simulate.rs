//! `calls simulate URL`: a call to a real voice app (an axum server here), printed as the
//! caller hears it, answered from `--press`/`--speak` in order, with an exit status that says
//! how the call ended.

use axum::Router;
use axum::body::Bytes;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use twilio_calls::webhook::RequestValidator;

const TOKEN: &str = "0123456789abcdef0123456789abcdef";

/// A small IVR: a menu that takes a key or a word, and a route that fails. It refuses a
/// request whose signature does not verify.
async fn app() -> String {
    async fn handle(request: Request) -> Response {
        let (parts, body) = request.into_parts();
        let body: Bytes = axum::body::to_bytes(body, 1 << 16).await.unwrap();
        let host = parts.headers[header::HOST].to_str().unwrap();
        let url = format!("http://{host}{}", parts.uri);
        if RequestValidator::new(TOKEN)
            .verify(&url, &parts.headers, &body)
            .is_err()
        {
            return StatusCode::FORBIDDEN.into_response();
        }
        let params: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
        let param = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let twiml = match parts.uri.path() {
            "/voice" => {
                "<Say>Welcome.</Say><Gather input=\"dtmf speech\" numDigits=\"1\" action=\"/menu\">\
                 <Say>Press 1 or say a name.</Say></Gather><Say>Nothing?</Say>"
                    .to_owned()
            }
            "/menu" if !param("Digits").is_empty() => format!(
                "<Say>You pressed {}.</Say><Gather input=\"speech\" action=\"/menu\"/>",
                param("Digits")
            ),
            "/menu" => format!("<Say>You said {}.</Say><Hangup/>", param("SpeechResult")),
            _ => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        };
        (
            [(header::CONTENT_TYPE, "text/xml")],
            format!("<Response>{twiml}</Response>"),
        )
            .into_response()
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(listener, Router::new().fallback(handle))
            .await
            .unwrap()
    });
    base
}

async fn simulate(args: &[&str]) -> (i32, String) {
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_calls"))
        .arg("simulate")
        .args(args)
        .env("TWILIO_AUTH_TOKEN", TOKEN)
        .stdin(std::process::Stdio::null())
        .output()
        .await
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[tokio::test]
async fn presses_and_speaks_in_the_order_given_and_exits_by_how_the_call_ended() {
    let base = app().await;
    let (code, out) =
        simulate(&[&format!("{base}/voice"), "--press", "1", "--speak", "Alice"]).await;
    assert_eq!(code, 0, "{out}");
    let heard: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_once("says: ").map(|(_, text)| text))
        .collect();
    assert_eq!(
        heard,
        [
            "Welcome.",
            "Press 1 or say a name.",
            "You pressed 1.",
            "You said Alice."
        ],
        "{out}"
    );
    assert!(out.contains("caller presses 1"), "{out}");
    assert!(out.contains("caller says \"Alice\""), "{out}");
    assert!(
        out.contains("call ended completed: the app's <Hangup>"),
        "{out}"
    );
}

#[tokio::test]
async fn no_input_lets_the_gather_time_out_and_an_app_error_exits_5() {
    let base = app().await;
    let (code, out) = simulate(&[&format!("{base}/voice")]).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("says: Nothing?"), "{out}");
    assert!(out.contains("no verbs left"), "{out}");

    let (code, out) = simulate(&[&format!("{base}/broken")]).await;
    assert_eq!(code, 5, "{out}");
    assert!(out.contains("an application error has occurred"), "{out}");
    assert!(out.contains("11200"), "{out}");
}
