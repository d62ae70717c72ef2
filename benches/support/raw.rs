//! The benchmarks' baseline: a hand-written client on `reqwest` and `serde_json` that sends
//! exactly the bytes the SDK sends (headers and form body captured from the SDK itself) and
//! decodes into the same types.

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use twilio_calls::{Call, CallPage, Client};

use super::server::{self, ACCOUNT, CALL_SID};

/// The create every benchmark makes.
pub fn create(client: &Client) -> twilio_calls::Request<twilio_calls::CreateCall> {
    client
        .calls()
        .create()
        .to("+15558675310")
        .from("+15017122661")
        .url("https://example.com/twiml")
}

pub struct Raw {
    http: reqwest::Client,
    fetch_headers: HeaderMap,
    create_headers: HeaderMap,
    create_body: &'static str,
    call_url: String,
    list_url: String,
}

fn header_map(pairs: &[(String, String)]) -> HeaderMap {
    pairs
        .iter()
        .map(|(name, value)| {
            let name = HeaderName::from_bytes(name.as_bytes()).unwrap();
            (name, HeaderValue::from_str(value).unwrap())
        })
        .collect()
}

impl Raw {
    /// A baseline for the server at `base`, configured as the SDK configures its client.
    pub async fn new(base: &str) -> Self {
        let (fetch_headers, _) = server::sdk_request(|client| async move {
            let _ = client.calls().fetch(CALL_SID).send().await;
        })
        .await;
        let (create_headers, create_body) = server::sdk_request(|client| async move {
            let _ = create(&client).send().await;
        })
        .await;
        assert_eq!(
            create_body,
            "To=%2B15558675310&From=%2B15017122661&Url=https%3A%2F%2Fexample.com%2Ftwiml"
        );
        Self {
            http: reqwest::Client::builder()
                .connect_timeout(twilio_calls::DEFAULT_CONNECT_TIMEOUT)
                .timeout(twilio_calls::DEFAULT_TIMEOUT)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            fetch_headers: header_map(&fetch_headers),
            create_headers: header_map(&create_headers),
            create_body: create_body.leak(),
            call_url: format!("{base}/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL_SID}.json"),
            list_url: format!("{base}/2010-04-01/Accounts/{ACCOUNT}/Calls.json"),
        }
    }

    async fn get<T: serde::de::DeserializeOwned>(&self, url: &str) -> T {
        let response = self
            .http
            .get(url)
            .headers(self.fetch_headers.clone())
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success());
        serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
    }

    pub async fn fetch(&self) -> Call {
        self.get(&self.call_url).await
    }

    pub async fn create(&self) -> Call {
        let response = self
            .http
            .post(&self.list_url)
            .headers(self.create_headers.clone())
            .body(self.create_body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
        serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
    }

    /// Every page in turn: fetch, decode, hand each call to `consume`, follow
    /// `next_page_uri`. Returns the number of calls.
    #[allow(dead_code)] // the overhead benchmark does not stream
    pub async fn stream(&self, page_size: usize, mut consume: impl FnMut(&Call)) -> usize {
        let origin = &self.list_url[..self.list_url.find("/2010-04-01").unwrap()];
        let mut url = format!("{}?PageSize={page_size}", self.list_url);
        let mut count = 0;
        loop {
            let page: CallPage = self.get(&url).await;
            for call in &page.calls {
                consume(call);
                count += 1;
            }
            match page.next_page_uri {
                Some(next) => url = format!("{origin}{next}"),
                None => return count,
            }
        }
    }
}
