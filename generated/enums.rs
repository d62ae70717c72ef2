/// The status of a call (the spec's `call_enum_status`).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::CallStatus;
///
/// let known: CallStatus = serde_json::from_str(r#""queued""#).unwrap();
/// assert_eq!(known, CallStatus::Queued);
/// assert_eq!(known.as_str(), "queued");
/// let new: CallStatus = "added-later".parse().unwrap();
/// assert_eq!(new, CallStatus::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallStatus {
    /// Waiting to be dialled.
    Queued,
    /// Ringing at the far end.
    Ringing,
    /// Answered and in progress.
    InProgress,
    /// Ended normally.
    Completed,
    /// The far end was busy.
    Busy,
    /// Could not be placed.
    Failed,
    /// Rang until the timeout without an answer.
    NoAnswer,
    /// Canceled while queued or ringing.
    Canceled,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl CallStatus {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::Ringing => "ringing",
            Self::InProgress => "in-progress",
            Self::Completed => "completed",
            Self::Busy => "busy",
            Self::Failed => "failed",
            Self::NoAnswer => "no-answer",
            Self::Canceled => "canceled",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for CallStatus {
    fn from(value: &str) -> Self {
        match value {
            "queued" => Self::Queued,
            "ringing" => Self::Ringing,
            "in-progress" => Self::InProgress,
            "completed" => Self::Completed,
            "busy" => Self::Busy,
            "failed" => Self::Failed,
            "no-answer" => Self::NoAnswer,
            "canceled" => Self::Canceled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for CallStatus {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CallStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for CallStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for CallStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CallStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CallStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// The status an update can move a call to (the spec's `call_enum_update_status`).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::UpdateCallStatus;
///
/// let known: UpdateCallStatus = serde_json::from_str(r#""canceled""#).unwrap();
/// assert_eq!(known, UpdateCallStatus::Canceled);
/// assert_eq!(known.as_str(), "canceled");
/// let new: UpdateCallStatus = "added-later".parse().unwrap();
/// assert_eq!(new, UpdateCallStatus::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateCallStatus {
    /// Cancel a queued or ringing call.
    Canceled,
    /// Hang up an in-progress call.
    Completed,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl UpdateCallStatus {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Canceled => "canceled",
            Self::Completed => "completed",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for UpdateCallStatus {
    fn from(value: &str) -> Self {
        match value {
            "canceled" => Self::Canceled,
            "completed" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for UpdateCallStatus {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for UpdateCallStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for UpdateCallStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for UpdateCallStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for UpdateCallStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateCallStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// The HTTP method Twilio uses for a callback or TwiML URL (the spec's `http-method` format).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::HttpMethod;
///
/// let known: HttpMethod = serde_json::from_str(r#""GET""#).unwrap();
/// assert_eq!(known, HttpMethod::Get);
/// assert_eq!(known.as_str(), "GET");
/// let new: HttpMethod = "added-later".parse().unwrap();
/// assert_eq!(new, HttpMethod::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl HttpMethod {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for HttpMethod {
    fn from(value: &str) -> Self {
        match value {
            "GET" => Self::Get,
            "POST" => Self::Post,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for HttpMethod {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for HttpMethod {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for HttpMethod {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for HttpMethod {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for HttpMethod {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// Which way a call goes (the Call's `direction`).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::CallDirection;
///
/// let known: CallDirection = serde_json::from_str(r#""inbound""#).unwrap();
/// assert_eq!(known, CallDirection::Inbound);
/// assert_eq!(known.as_str(), "inbound");
/// let new: CallDirection = "added-later".parse().unwrap();
/// assert_eq!(new, CallDirection::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallDirection {
    /// A call into one of your Twilio numbers.
    Inbound,
    /// A call placed through the REST API.
    OutboundApi,
    /// A call placed by a `<Dial>` verb.
    OutboundDial,
    /// Elastic SIP Trunking: from your infrastructure to the PSTN.
    TrunkingTerminating,
    /// Elastic SIP Trunking: from the PSTN to your infrastructure.
    TrunkingOriginating,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl CallDirection {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inbound => "inbound",
            Self::OutboundApi => "outbound-api",
            Self::OutboundDial => "outbound-dial",
            Self::TrunkingTerminating => "trunking-terminating",
            Self::TrunkingOriginating => "trunking-originating",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for CallDirection {
    fn from(value: &str) -> Self {
        match value {
            "inbound" => Self::Inbound,
            "outbound-api" => Self::OutboundApi,
            "outbound-dial" => Self::OutboundDial,
            "trunking-terminating" => Self::TrunkingTerminating,
            "trunking-originating" => Self::TrunkingOriginating,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for CallDirection {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CallDirection {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for CallDirection {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for CallDirection {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CallDirection {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CallDirection {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// Who answered, when the call was placed with answering machine detection (the Call's `answered_by`).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::AnsweredBy;
///
/// let known: AnsweredBy = serde_json::from_str(r#""human""#).unwrap();
/// assert_eq!(known, AnsweredBy::Human);
/// assert_eq!(known.as_str(), "human");
/// let new: AnsweredBy = "added-later".parse().unwrap();
/// assert_eq!(new, AnsweredBy::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnsweredBy {
    /// A person.
    Human,
    /// A machine; detection ended at the start of its greeting.
    MachineStart,
    /// A machine; its greeting ended with a beep.
    MachineEndBeep,
    /// A machine; its greeting ended with silence.
    MachineEndSilence,
    /// A machine; its greeting ended some other way.
    MachineEndOther,
    /// A fax machine.
    Fax,
    /// Detection could not decide.
    Undetermined,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl AnsweredBy {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Human => "human",
            Self::MachineStart => "machine_start",
            Self::MachineEndBeep => "machine_end_beep",
            Self::MachineEndSilence => "machine_end_silence",
            Self::MachineEndOther => "machine_end_other",
            Self::Fax => "fax",
            Self::Undetermined => "unknown",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for AnsweredBy {
    fn from(value: &str) -> Self {
        match value {
            "human" => Self::Human,
            "machine_start" => Self::MachineStart,
            "machine_end_beep" => Self::MachineEndBeep,
            "machine_end_silence" => Self::MachineEndSilence,
            "machine_end_other" => Self::MachineEndOther,
            "fax" => Self::Fax,
            "unknown" => Self::Undetermined,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for AnsweredBy {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for AnsweredBy {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for AnsweredBy {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for AnsweredBy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AnsweredBy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AnsweredBy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// Answering machine detection mode (CreateCall's `MachineDetection`).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::MachineDetection;
///
/// let known: MachineDetection = serde_json::from_str(r#""Enable""#).unwrap();
/// assert_eq!(known, MachineDetection::Enable);
/// assert_eq!(known.as_str(), "Enable");
/// let new: MachineDetection = "added-later".parse().unwrap();
/// assert_eq!(new, MachineDetection::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MachineDetection {
    /// Report `AnsweredBy` as soon as the called party is identified.
    Enable,
    /// Wait for the end of a machine's greeting, to leave a message.
    DetectMessageEnd,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl MachineDetection {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "Enable",
            Self::DetectMessageEnd => "DetectMessageEnd",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for MachineDetection {
    fn from(value: &str) -> Self {
        match value {
            "Enable" => Self::Enable,
            "DetectMessageEnd" => Self::DetectMessageEnd,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for MachineDetection {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for MachineDetection {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for MachineDetection {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for MachineDetection {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for MachineDetection {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MachineDetection {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// Channels of a call recording (`RecordingChannels` of CreateCall and CreateCallRecording).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::RecordingChannels;
///
/// let known: RecordingChannels = serde_json::from_str(r#""mono""#).unwrap();
/// assert_eq!(known, RecordingChannels::Mono);
/// assert_eq!(known.as_str(), "mono");
/// let new: RecordingChannels = "added-later".parse().unwrap();
/// assert_eq!(new, RecordingChannels::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordingChannels {
    /// Both legs mixed into one channel (Twilio's default).
    Mono,
    /// Each leg on its own channel.
    Dual,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl RecordingChannels {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mono => "mono",
            Self::Dual => "dual",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for RecordingChannels {
    fn from(value: &str) -> Self {
        match value {
            "mono" => Self::Mono,
            "dual" => Self::Dual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for RecordingChannels {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for RecordingChannels {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for RecordingChannels {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for RecordingChannels {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RecordingChannels {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RecordingChannels {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// Which audio a call recording captures (`RecordingTrack` of CreateCall and CreateCallRecording).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::RecordingTrack;
///
/// let known: RecordingTrack = serde_json::from_str(r#""inbound""#).unwrap();
/// assert_eq!(known, RecordingTrack::Inbound);
/// assert_eq!(known.as_str(), "inbound");
/// let new: RecordingTrack = "added-later".parse().unwrap();
/// assert_eq!(new, RecordingTrack::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordingTrack {
    /// Audio Twilio receives.
    Inbound,
    /// Audio Twilio generates.
    Outbound,
    /// Both (Twilio's default).
    Both,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl RecordingTrack {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inbound => "inbound",
            Self::Outbound => "outbound",
            Self::Both => "both",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for RecordingTrack {
    fn from(value: &str) -> Self {
        match value {
            "inbound" => Self::Inbound,
            "outbound" => Self::Outbound,
            "both" => Self::Both,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for RecordingTrack {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for RecordingTrack {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for RecordingTrack {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for RecordingTrack {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RecordingTrack {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RecordingTrack {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// Whether silence is trimmed from a recording (`Trim` of CreateCall, where Twilio's default is `trim-silence`, and of CreateCallRecording, where it is `do-not-trim`).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::Trim;
///
/// let known: Trim = serde_json::from_str(r#""trim-silence""#).unwrap();
/// assert_eq!(known, Trim::TrimSilence);
/// assert_eq!(known.as_str(), "trim-silence");
/// let new: Trim = "added-later".parse().unwrap();
/// assert_eq!(new, Trim::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Trim {
    /// Trim leading and trailing silence.
    TrimSilence,
    /// Keep the recording as it is.
    DoNotTrim,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl Trim {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrimSilence => "trim-silence",
            Self::DoNotTrim => "do-not-trim",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for Trim {
    fn from(value: &str) -> Self {
        match value {
            "trim-silence" => Self::TrimSilence,
            "do-not-trim" => Self::DoNotTrim,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for Trim {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for Trim {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for Trim {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for Trim {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for Trim {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for Trim {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// A call-progress event Twilio can report to `StatusCallback` (CreateCall's `StatusCallbackEvent`).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::CallEvent;
///
/// let known: CallEvent = serde_json::from_str(r#""initiated""#).unwrap();
/// assert_eq!(known, CallEvent::Initiated);
/// assert_eq!(known.as_str(), "initiated");
/// let new: CallEvent = "added-later".parse().unwrap();
/// assert_eq!(new, CallEvent::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallEvent {
    /// The call was created.
    Initiated,
    /// The far end is ringing.
    Ringing,
    /// The call was answered.
    Answered,
    /// The call ended (the only event sent when none is asked for).
    Completed,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl CallEvent {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Initiated => "initiated",
            Self::Ringing => "ringing",
            Self::Answered => "answered",
            Self::Completed => "completed",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for CallEvent {
    fn from(value: &str) -> Self {
        match value {
            "initiated" => Self::Initiated,
            "ringing" => Self::Ringing,
            "answered" => Self::Answered,
            "completed" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for CallEvent {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CallEvent {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for CallEvent {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for CallEvent {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CallEvent {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CallEvent {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// A recording event Twilio can report to `RecordingStatusCallback` (`RecordingStatusCallbackEvent` of CreateCall and CreateCallRecording).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::RecordingEvent;
///
/// let known: RecordingEvent = serde_json::from_str(r#""in-progress""#).unwrap();
/// assert_eq!(known, RecordingEvent::InProgress);
/// assert_eq!(known.as_str(), "in-progress");
/// let new: RecordingEvent = "added-later".parse().unwrap();
/// assert_eq!(new, RecordingEvent::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordingEvent {
    /// Recording started.
    InProgress,
    /// The recording is available (the default).
    Completed,
    /// The recording was absent (silent or too short).
    Absent,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl RecordingEvent {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in-progress",
            Self::Completed => "completed",
            Self::Absent => "absent",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for RecordingEvent {
    fn from(value: &str) -> Self {
        match value {
            "in-progress" => Self::InProgress,
            "completed" => Self::Completed,
            "absent" => Self::Absent,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for RecordingEvent {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for RecordingEvent {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for RecordingEvent {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for RecordingEvent {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RecordingEvent {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RecordingEvent {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// What a paused recording holds for the pause (UpdateCallRecording's `PauseBehavior`).
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::PauseBehavior;
///
/// let known: PauseBehavior = serde_json::from_str(r#""skip""#).unwrap();
/// assert_eq!(known, PauseBehavior::Skip);
/// assert_eq!(known.as_str(), "skip");
/// let new: PauseBehavior = "added-later".parse().unwrap();
/// assert_eq!(new, PauseBehavior::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PauseBehavior {
    /// Nothing: the pause is left out of the recording.
    Skip,
    /// Silence as long as the pause (Twilio's default).
    Silence,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl PauseBehavior {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Skip => "skip",
            Self::Silence => "silence",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for PauseBehavior {
    fn from(value: &str) -> Self {
        match value {
            "skip" => Self::Skip,
            "silence" => Self::Silence,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for PauseBehavior {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for PauseBehavior {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for PauseBehavior {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for PauseBehavior {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for PauseBehavior {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PauseBehavior {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// How the recording was created. Can be: `DialVerb`, `Conference`, `OutboundAPI`, `Trunking`, `RecordVerb`, `StartCallRecordingAPI`, and `StartConferenceRecordingAPI`.
///
/// The values of the spec's `call_recording_enum_source`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::CallRecordingSource;
///
/// let known: CallRecordingSource = serde_json::from_str(r#""DialVerb""#).unwrap();
/// assert_eq!(known, CallRecordingSource::DialVerb);
/// assert_eq!(known.as_str(), "DialVerb");
/// let new: CallRecordingSource = "added-later".parse().unwrap();
/// assert_eq!(new, CallRecordingSource::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallRecordingSource {
    /// `DialVerb`.
    DialVerb,
    /// `Conference`.
    Conference,
    /// `OutboundAPI`.
    OutboundApi,
    /// `Trunking`.
    Trunking,
    /// `RecordVerb`.
    RecordVerb,
    /// `StartCallRecordingAPI`.
    StartCallRecordingApi,
    /// `StartConferenceRecordingAPI`.
    StartConferenceRecordingApi,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl CallRecordingSource {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DialVerb => "DialVerb",
            Self::Conference => "Conference",
            Self::OutboundApi => "OutboundAPI",
            Self::Trunking => "Trunking",
            Self::RecordVerb => "RecordVerb",
            Self::StartCallRecordingApi => "StartCallRecordingAPI",
            Self::StartConferenceRecordingApi => "StartConferenceRecordingAPI",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for CallRecordingSource {
    fn from(value: &str) -> Self {
        match value {
            "DialVerb" => Self::DialVerb,
            "Conference" => Self::Conference,
            "OutboundAPI" => Self::OutboundApi,
            "Trunking" => Self::Trunking,
            "RecordVerb" => Self::RecordVerb,
            "StartCallRecordingAPI" => Self::StartCallRecordingApi,
            "StartConferenceRecordingAPI" => Self::StartConferenceRecordingApi,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for CallRecordingSource {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CallRecordingSource {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for CallRecordingSource {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for CallRecordingSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CallRecordingSource {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CallRecordingSource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// The status of the recording. Can be: `processing`, `completed` and `absent`. For more detailed statuses on in-progress recordings, check out how to [Update a Recording Resource](https://www.twilio.com/docs/voice/api/recording#update-a-recording-resource).
///
/// The values of the spec's `call_recording_enum_status`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::CallRecordingStatus;
///
/// let known: CallRecordingStatus = serde_json::from_str(r#""in-progress""#).unwrap();
/// assert_eq!(known, CallRecordingStatus::InProgress);
/// assert_eq!(known.as_str(), "in-progress");
/// let new: CallRecordingStatus = "added-later".parse().unwrap();
/// assert_eq!(new, CallRecordingStatus::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallRecordingStatus {
    /// `in-progress`.
    InProgress,
    /// `paused`.
    Paused,
    /// `stopped`.
    Stopped,
    /// `processing`.
    Processing,
    /// `completed`.
    Completed,
    /// `absent`.
    Absent,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl CallRecordingStatus {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in-progress",
            Self::Paused => "paused",
            Self::Stopped => "stopped",
            Self::Processing => "processing",
            Self::Completed => "completed",
            Self::Absent => "absent",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for CallRecordingStatus {
    fn from(value: &str) -> Self {
        match value {
            "in-progress" => Self::InProgress,
            "paused" => Self::Paused,
            "stopped" => Self::Stopped,
            "processing" => Self::Processing,
            "completed" => Self::Completed,
            "absent" => Self::Absent,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for CallRecordingStatus {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CallRecordingStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for CallRecordingStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for CallRecordingStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CallRecordingStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CallRecordingStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// Type of bank account if payment source is ACH. One of `consumer-checking`, `consumer-savings`, or `commercial-checking`. The default value is `consumer-checking`.
///
/// The values of the spec's `payments_enum_bank_account_type`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::PaymentsBankAccountType;
///
/// let known: PaymentsBankAccountType = serde_json::from_str(r#""consumer-checking""#).unwrap();
/// assert_eq!(known, PaymentsBankAccountType::ConsumerChecking);
/// assert_eq!(known.as_str(), "consumer-checking");
/// let new: PaymentsBankAccountType = "added-later".parse().unwrap();
/// assert_eq!(new, PaymentsBankAccountType::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaymentsBankAccountType {
    /// `consumer-checking`.
    ConsumerChecking,
    /// `consumer-savings`.
    ConsumerSavings,
    /// `commercial-checking`.
    CommercialChecking,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl PaymentsBankAccountType {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConsumerChecking => "consumer-checking",
            Self::ConsumerSavings => "consumer-savings",
            Self::CommercialChecking => "commercial-checking",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for PaymentsBankAccountType {
    fn from(value: &str) -> Self {
        match value {
            "consumer-checking" => Self::ConsumerChecking,
            "consumer-savings" => Self::ConsumerSavings,
            "commercial-checking" => Self::CommercialChecking,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for PaymentsBankAccountType {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for PaymentsBankAccountType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for PaymentsBankAccountType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for PaymentsBankAccountType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for PaymentsBankAccountType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsBankAccountType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// The piece of payment information that you wish the caller to enter. Must be one of `payment-card-number`, `expiration-date`, `security-code`, `postal-code`, `bank-routing-number`, `bank-account-number`, or their `-matcher` variants for input confirmation when `RequireMatchingInputs` is enabled.
///
/// The values of the spec's `payments_enum_capture`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::PaymentsCapture;
///
/// let known: PaymentsCapture = serde_json::from_str(r#""payment-card-number""#).unwrap();
/// assert_eq!(known, PaymentsCapture::PaymentCardNumber);
/// assert_eq!(known.as_str(), "payment-card-number");
/// let new: PaymentsCapture = "added-later".parse().unwrap();
/// assert_eq!(new, PaymentsCapture::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaymentsCapture {
    /// `payment-card-number`.
    PaymentCardNumber,
    /// `expiration-date`.
    ExpirationDate,
    /// `security-code`.
    SecurityCode,
    /// `postal-code`.
    PostalCode,
    /// `bank-routing-number`.
    BankRoutingNumber,
    /// `bank-account-number`.
    BankAccountNumber,
    /// `payment-card-number-matcher`.
    PaymentCardNumberMatcher,
    /// `expiration-date-matcher`.
    ExpirationDateMatcher,
    /// `security-code-matcher`.
    SecurityCodeMatcher,
    /// `postal-code-matcher`.
    PostalCodeMatcher,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl PaymentsCapture {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PaymentCardNumber => "payment-card-number",
            Self::ExpirationDate => "expiration-date",
            Self::SecurityCode => "security-code",
            Self::PostalCode => "postal-code",
            Self::BankRoutingNumber => "bank-routing-number",
            Self::BankAccountNumber => "bank-account-number",
            Self::PaymentCardNumberMatcher => "payment-card-number-matcher",
            Self::ExpirationDateMatcher => "expiration-date-matcher",
            Self::SecurityCodeMatcher => "security-code-matcher",
            Self::PostalCodeMatcher => "postal-code-matcher",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for PaymentsCapture {
    fn from(value: &str) -> Self {
        match value {
            "payment-card-number" => Self::PaymentCardNumber,
            "expiration-date" => Self::ExpirationDate,
            "security-code" => Self::SecurityCode,
            "postal-code" => Self::PostalCode,
            "bank-routing-number" => Self::BankRoutingNumber,
            "bank-account-number" => Self::BankAccountNumber,
            "payment-card-number-matcher" => Self::PaymentCardNumberMatcher,
            "expiration-date-matcher" => Self::ExpirationDateMatcher,
            "security-code-matcher" => Self::SecurityCodeMatcher,
            "postal-code-matcher" => Self::PostalCodeMatcher,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for PaymentsCapture {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for PaymentsCapture {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for PaymentsCapture {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for PaymentsCapture {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for PaymentsCapture {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsCapture {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// Type of payment being captured. One of `credit-card` or `ach-debit`. The default value is `credit-card`.
///
/// The values of the spec's `payments_enum_payment_method`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::PaymentsPaymentMethod;
///
/// let known: PaymentsPaymentMethod = serde_json::from_str(r#""credit-card""#).unwrap();
/// assert_eq!(known, PaymentsPaymentMethod::CreditCard);
/// assert_eq!(known.as_str(), "credit-card");
/// let new: PaymentsPaymentMethod = "added-later".parse().unwrap();
/// assert_eq!(new, PaymentsPaymentMethod::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaymentsPaymentMethod {
    /// `credit-card`.
    CreditCard,
    /// `ach-debit`.
    AchDebit,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl PaymentsPaymentMethod {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreditCard => "credit-card",
            Self::AchDebit => "ach-debit",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for PaymentsPaymentMethod {
    fn from(value: &str) -> Self {
        match value {
            "credit-card" => Self::CreditCard,
            "ach-debit" => Self::AchDebit,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for PaymentsPaymentMethod {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for PaymentsPaymentMethod {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for PaymentsPaymentMethod {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for PaymentsPaymentMethod {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for PaymentsPaymentMethod {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsPaymentMethod {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// Indicates whether the current payment session should be cancelled or completed. When `cancel` the payment session is cancelled. When `complete`, Twilio sends the payment information to the selected Pay Connector for processing.
///
/// The values of the spec's `payments_enum_status`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::PaymentsStatus;
///
/// let known: PaymentsStatus = serde_json::from_str(r#""complete""#).unwrap();
/// assert_eq!(known, PaymentsStatus::Complete);
/// assert_eq!(known.as_str(), "complete");
/// let new: PaymentsStatus = "added-later".parse().unwrap();
/// assert_eq!(new, PaymentsStatus::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaymentsStatus {
    /// `complete`.
    Complete,
    /// `cancel`.
    Cancel,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl PaymentsStatus {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Complete => "complete",
            Self::Cancel => "cancel",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for PaymentsStatus {
    fn from(value: &str) -> Self {
        match value {
            "complete" => Self::Complete,
            "cancel" => Self::Cancel,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for PaymentsStatus {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for PaymentsStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for PaymentsStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for PaymentsStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for PaymentsStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// Indicates whether the payment method should be tokenized as a `one-time`, `reusable`, or `payment-method` token. The default value is `reusable`. Do not enter a charge amount when tokenizing. If a charge amount is entered, the payment method will be charged and not tokenized.
///
/// The values of the spec's `payments_enum_token_type`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::PaymentsTokenType;
///
/// let known: PaymentsTokenType = serde_json::from_str(r#""one-time""#).unwrap();
/// assert_eq!(known, PaymentsTokenType::OneTime);
/// assert_eq!(known.as_str(), "one-time");
/// let new: PaymentsTokenType = "added-later".parse().unwrap();
/// assert_eq!(new, PaymentsTokenType::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaymentsTokenType {
    /// `one-time`.
    OneTime,
    /// `reusable`.
    Reusable,
    /// `payment-method`.
    PaymentMethod,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl PaymentsTokenType {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneTime => "one-time",
            Self::Reusable => "reusable",
            Self::PaymentMethod => "payment-method",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for PaymentsTokenType {
    fn from(value: &str) -> Self {
        match value {
            "one-time" => Self::OneTime,
            "reusable" => Self::Reusable,
            "payment-method" => Self::PaymentMethod,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for PaymentsTokenType {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for PaymentsTokenType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for PaymentsTokenType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for PaymentsTokenType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for PaymentsTokenType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsTokenType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// The status - one of `stopped`, `in-flight`
///
/// The values of the spec's `realtime_transcription_enum_status`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::RealtimeTranscriptionStatus;
///
/// let known: RealtimeTranscriptionStatus = serde_json::from_str(r#""in-progress""#).unwrap();
/// assert_eq!(known, RealtimeTranscriptionStatus::InProgress);
/// assert_eq!(known.as_str(), "in-progress");
/// let new: RealtimeTranscriptionStatus = "added-later".parse().unwrap();
/// assert_eq!(new, RealtimeTranscriptionStatus::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RealtimeTranscriptionStatus {
    /// `in-progress`.
    InProgress,
    /// `stopped`.
    Stopped,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl RealtimeTranscriptionStatus {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in-progress",
            Self::Stopped => "stopped",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for RealtimeTranscriptionStatus {
    fn from(value: &str) -> Self {
        match value {
            "in-progress" => Self::InProgress,
            "stopped" => Self::Stopped,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for RealtimeTranscriptionStatus {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for RealtimeTranscriptionStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for RealtimeTranscriptionStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for RealtimeTranscriptionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RealtimeTranscriptionStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RealtimeTranscriptionStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// One of `inbound_track`, `outbound_track`, `both_tracks`.
///
/// The values of the spec's `realtime_transcription_enum_track`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::RealtimeTranscriptionTrack;
///
/// let known: RealtimeTranscriptionTrack = serde_json::from_str(r#""inbound_track""#).unwrap();
/// assert_eq!(known, RealtimeTranscriptionTrack::InboundTrack);
/// assert_eq!(known.as_str(), "inbound_track");
/// let new: RealtimeTranscriptionTrack = "added-later".parse().unwrap();
/// assert_eq!(new, RealtimeTranscriptionTrack::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RealtimeTranscriptionTrack {
    /// `inbound_track`.
    InboundTrack,
    /// `outbound_track`.
    OutboundTrack,
    /// `both_tracks`.
    BothTracks,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl RealtimeTranscriptionTrack {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InboundTrack => "inbound_track",
            Self::OutboundTrack => "outbound_track",
            Self::BothTracks => "both_tracks",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for RealtimeTranscriptionTrack {
    fn from(value: &str) -> Self {
        match value {
            "inbound_track" => Self::InboundTrack,
            "outbound_track" => Self::OutboundTrack,
            "both_tracks" => Self::BothTracks,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for RealtimeTranscriptionTrack {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for RealtimeTranscriptionTrack {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for RealtimeTranscriptionTrack {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for RealtimeTranscriptionTrack {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RealtimeTranscriptionTrack {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RealtimeTranscriptionTrack {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// The values of the spec's `realtime_transcription_enum_update_status`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::RealtimeTranscriptionUpdateStatus;
///
/// let known: RealtimeTranscriptionUpdateStatus = serde_json::from_str(r#""stopped""#).unwrap();
/// assert_eq!(known, RealtimeTranscriptionUpdateStatus::Stopped);
/// assert_eq!(known.as_str(), "stopped");
/// let new: RealtimeTranscriptionUpdateStatus = "added-later".parse().unwrap();
/// assert_eq!(new, RealtimeTranscriptionUpdateStatus::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RealtimeTranscriptionUpdateStatus {
    /// `stopped`.
    Stopped,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl RealtimeTranscriptionUpdateStatus {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stopped => "stopped",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for RealtimeTranscriptionUpdateStatus {
    fn from(value: &str) -> Self {
        match value {
            "stopped" => Self::Stopped,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for RealtimeTranscriptionUpdateStatus {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for RealtimeTranscriptionUpdateStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for RealtimeTranscriptionUpdateStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for RealtimeTranscriptionUpdateStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RealtimeTranscriptionUpdateStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RealtimeTranscriptionUpdateStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// The status - one of `stopped`, `in-progress`
///
/// The values of the spec's `siprec_enum_status`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::SiprecStatus;
///
/// let known: SiprecStatus = serde_json::from_str(r#""in-progress""#).unwrap();
/// assert_eq!(known, SiprecStatus::InProgress);
/// assert_eq!(known.as_str(), "in-progress");
/// let new: SiprecStatus = "added-later".parse().unwrap();
/// assert_eq!(new, SiprecStatus::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SiprecStatus {
    /// `in-progress`.
    InProgress,
    /// `stopped`.
    Stopped,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl SiprecStatus {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in-progress",
            Self::Stopped => "stopped",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for SiprecStatus {
    fn from(value: &str) -> Self {
        match value {
            "in-progress" => Self::InProgress,
            "stopped" => Self::Stopped,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for SiprecStatus {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for SiprecStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for SiprecStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for SiprecStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SiprecStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SiprecStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// One of `inbound_track`, `outbound_track`, `both_tracks`.
///
/// The values of the spec's `siprec_enum_track`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::SiprecTrack;
///
/// let known: SiprecTrack = serde_json::from_str(r#""inbound_track""#).unwrap();
/// assert_eq!(known, SiprecTrack::InboundTrack);
/// assert_eq!(known.as_str(), "inbound_track");
/// let new: SiprecTrack = "added-later".parse().unwrap();
/// assert_eq!(new, SiprecTrack::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SiprecTrack {
    /// `inbound_track`.
    InboundTrack,
    /// `outbound_track`.
    OutboundTrack,
    /// `both_tracks`.
    BothTracks,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl SiprecTrack {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InboundTrack => "inbound_track",
            Self::OutboundTrack => "outbound_track",
            Self::BothTracks => "both_tracks",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for SiprecTrack {
    fn from(value: &str) -> Self {
        match value {
            "inbound_track" => Self::InboundTrack,
            "outbound_track" => Self::OutboundTrack,
            "both_tracks" => Self::BothTracks,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for SiprecTrack {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for SiprecTrack {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for SiprecTrack {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for SiprecTrack {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SiprecTrack {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SiprecTrack {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// The values of the spec's `siprec_enum_update_status`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::SiprecUpdateStatus;
///
/// let known: SiprecUpdateStatus = serde_json::from_str(r#""stopped""#).unwrap();
/// assert_eq!(known, SiprecUpdateStatus::Stopped);
/// assert_eq!(known.as_str(), "stopped");
/// let new: SiprecUpdateStatus = "added-later".parse().unwrap();
/// assert_eq!(new, SiprecUpdateStatus::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SiprecUpdateStatus {
    /// `stopped`.
    Stopped,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl SiprecUpdateStatus {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stopped => "stopped",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for SiprecUpdateStatus {
    fn from(value: &str) -> Self {
        match value {
            "stopped" => Self::Stopped,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for SiprecUpdateStatus {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for SiprecUpdateStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for SiprecUpdateStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for SiprecUpdateStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SiprecUpdateStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SiprecUpdateStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// The status of the Stream. Possible values are `stopped` and `in-progress`.
///
/// The values of the spec's `stream_enum_status`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::StreamStatus;
///
/// let known: StreamStatus = serde_json::from_str(r#""in-progress""#).unwrap();
/// assert_eq!(known, StreamStatus::InProgress);
/// assert_eq!(known.as_str(), "in-progress");
/// let new: StreamStatus = "added-later".parse().unwrap();
/// assert_eq!(new, StreamStatus::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamStatus {
    /// `in-progress`.
    InProgress,
    /// `stopped`.
    Stopped,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl StreamStatus {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in-progress",
            Self::Stopped => "stopped",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for StreamStatus {
    fn from(value: &str) -> Self {
        match value {
            "in-progress" => Self::InProgress,
            "stopped" => Self::Stopped,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for StreamStatus {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for StreamStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for StreamStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for StreamStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for StreamStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StreamStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// The tracks to be included in the Stream. Possible values are `inbound_track`, `outbound_track`, `both_tracks`. Default value is `inbound_track`.
///
/// The values of the spec's `stream_enum_track`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::StreamTrack;
///
/// let known: StreamTrack = serde_json::from_str(r#""inbound_track""#).unwrap();
/// assert_eq!(known, StreamTrack::InboundTrack);
/// assert_eq!(known.as_str(), "inbound_track");
/// let new: StreamTrack = "added-later".parse().unwrap();
/// assert_eq!(new, StreamTrack::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamTrack {
    /// `inbound_track`.
    InboundTrack,
    /// `outbound_track`.
    OutboundTrack,
    /// `both_tracks`.
    BothTracks,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl StreamTrack {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InboundTrack => "inbound_track",
            Self::OutboundTrack => "outbound_track",
            Self::BothTracks => "both_tracks",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for StreamTrack {
    fn from(value: &str) -> Self {
        match value {
            "inbound_track" => Self::InboundTrack,
            "outbound_track" => Self::OutboundTrack,
            "both_tracks" => Self::BothTracks,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for StreamTrack {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for StreamTrack {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for StreamTrack {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for StreamTrack {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for StreamTrack {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StreamTrack {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
/// The values of the spec's `stream_enum_update_status`.
///
/// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the string, and serializes back unchanged.
///
/// ```
/// use twilio_calls::StreamUpdateStatus;
///
/// let known: StreamUpdateStatus = serde_json::from_str(r#""stopped""#).unwrap();
/// assert_eq!(known, StreamUpdateStatus::Stopped);
/// assert_eq!(known.as_str(), "stopped");
/// let new: StreamUpdateStatus = "added-later".parse().unwrap();
/// assert_eq!(new, StreamUpdateStatus::Unknown("added-later".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamUpdateStatus {
    /// `stopped`.
    Stopped,
    /// A value this version of the SDK does not know, kept as Twilio sent it.
    Unknown(::std::string::String),
}
impl StreamUpdateStatus {
    /// The value as Twilio writes it on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stopped => "stopped",
            Self::Unknown(other) => other,
        }
    }
}
impl ::std::convert::From<&str> for StreamUpdateStatus {
    fn from(value: &str) -> Self {
        match value {
            "stopped" => Self::Stopped,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for StreamUpdateStatus {
    fn from(value: ::std::string::String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for StreamUpdateStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for StreamUpdateStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for StreamUpdateStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for StreamUpdateStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StreamUpdateStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
            .map(|value| Self::from(value.as_ref()))
    }
}
