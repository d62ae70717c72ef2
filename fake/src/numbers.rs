//! The fake account's phone numbers, and where each sends its inbound calls: Twilio's
//! IncomingPhoneNumber voice fields (`VoiceUrl`, `VoiceMethod`, `VoiceFallbackUrl`,
//! `VoiceFallbackMethod`, `StatusCallback`, `StatusCallbackMethod`).

use twilio_calls::HttpMethod;

/// A phone number of the fake account and its voice configuration, for
/// [`FakeTwilio::add_number`](crate::FakeTwilio::add_number).
///
/// Methods are `POST` unless set, as on Twilio. The number's status callback is told only
/// that the call completed: a number cannot subscribe to other events.
///
/// ```
/// use twilio_calls::HttpMethod;
/// use twilio_calls_fake::IncomingNumber;
///
/// let number = IncomingNumber::new("+15551230000")
///     .voice_url("https://app.example.com/voice")
///     .voice_method(HttpMethod::Get)
///     .voice_fallback_url("https://app.example.com/fallback")
///     .status_callback("https://app.example.com/status");
/// assert_eq!(number.number(), "+15551230000");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomingNumber {
    pub(crate) number: String,
    pub(crate) voice_url: Option<String>,
    pub(crate) voice_method: String,
    pub(crate) voice_fallback_url: Option<String>,
    pub(crate) voice_fallback_method: String,
    pub(crate) status_callback: Option<String>,
    pub(crate) status_callback_method: String,
}

impl IncomingNumber {
    /// The number, in E.164 (`+15551230000`).
    pub fn new(number: impl Into<String>) -> Self {
        Self {
            number: number.into(),
            voice_url: None,
            voice_method: "POST".into(),
            voice_fallback_url: None,
            voice_fallback_method: "POST".into(),
            status_callback: None,
            status_callback_method: "POST".into(),
        }
    }

    /// The number.
    pub fn number(&self) -> &str {
        &self.number
    }

    /// `VoiceUrl`: where an inbound call's TwiML comes from.
    pub fn voice_url(mut self, url: impl Into<String>) -> Self {
        self.voice_url = Some(url.into());
        self
    }

    /// `VoiceMethod`: `GET` or `POST` (the default).
    pub fn voice_method(mut self, method: HttpMethod) -> Self {
        self.voice_method = method.as_str().to_ascii_uppercase();
        self
    }

    /// `VoiceFallbackUrl`: requested, with `ErrorCode` and `ErrorUrl`, when the voice URL's
    /// TwiML cannot be fetched or run.
    pub fn voice_fallback_url(mut self, url: impl Into<String>) -> Self {
        self.voice_fallback_url = Some(url.into());
        self
    }

    /// `VoiceFallbackMethod`: `GET` or `POST` (the default).
    pub fn voice_fallback_method(mut self, method: HttpMethod) -> Self {
        self.voice_fallback_method = method.as_str().to_ascii_uppercase();
        self
    }

    /// `StatusCallback`: told when a call to the number completes.
    pub fn status_callback(mut self, url: impl Into<String>) -> Self {
        self.status_callback = Some(url.into());
        self
    }

    /// `StatusCallbackMethod`: `GET` or `POST` (the default).
    pub fn status_callback_method(mut self, method: HttpMethod) -> Self {
        self.status_callback_method = method.as_str().to_ascii_uppercase();
        self
    }

    /// Checks what a Twilio number's configuration would refuse: an absolute http(s) URL,
    /// and `GET` or `POST`.
    pub(crate) fn check(&self) -> Result<(), String> {
        for (name, url) in [
            ("VoiceUrl", &self.voice_url),
            ("VoiceFallbackUrl", &self.voice_fallback_url),
            ("StatusCallback", &self.status_callback),
        ] {
            if let Some(url) = url
                && !reqwest::Url::parse(url)
                    .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.has_host())
            {
                return Err(format!(
                    "{name} must be an absolute http(s) URL, not {url:?}"
                ));
            }
        }
        for (name, method) in [
            ("VoiceMethod", &self.voice_method),
            ("VoiceFallbackMethod", &self.voice_fallback_method),
            ("StatusCallbackMethod", &self.status_callback_method),
        ] {
            if method != "GET" && method != "POST" {
                return Err(format!("{name} must be GET or POST, not {method:?}"));
            }
        }
        if self.number.is_empty() {
            return Err("the number must not be empty".into());
        }
        Ok(())
    }
}
