//! Twilio's test-credential magic numbers for CreateCall, in one table.

/// Which CreateCall parameter a [`MagicNumber`] applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MagicParameter {
    /// `From`.
    From,
    /// `To`.
    To,
}

/// A phone number with a fixed answer, as Twilio's test credentials define them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MagicNumber {
    /// The parameter it must be given in.
    pub parameter: MagicParameter,
    /// The number, E.164.
    pub number: &'static str,
    /// The Twilio error code it answers with (HTTP 400), or `None` when it succeeds.
    pub code: Option<u16>,
    /// Twilio's message for that error.
    pub message: &'static str,
}

/// The magic numbers of Twilio's test credentials for outgoing calls
/// (<https://www.twilio.com/docs/iam/test-credentials>). `FakeTwilio` answers them as Twilio
/// does, whatever credentials are used; every other number is placed as a normal call.
///
/// | Parameter | Number         | Answer                                              |
/// |-----------|----------------|-----------------------------------------------------|
/// | `From`    | `+15005550006` | the call is created                                 |
/// | `From`    | `+15005550001` | 400, 21212: invalid `From` number                   |
/// | `To`      | `+15005550001` | 400, 21217: the number does not appear to be valid  |
/// | `To`      | `+15005550002` | 400, 21214: the number cannot be reached            |
/// | `To`      | `+15005550003` | 400, 21215: no international permission for it      |
/// | `To`      | `+15005550004` | 400, 21216: the number is blocked                   |
///
/// `From` is checked before `To`.
pub const MAGIC_NUMBERS: &[MagicNumber] = &[
    MagicNumber {
        parameter: MagicParameter::From,
        number: "+15005550006",
        code: None,
        message: "A valid number: the call is created.",
    },
    MagicNumber {
        parameter: MagicParameter::From,
        number: "+15005550001",
        code: Some(21212),
        message: "The 'From' number +15005550001 is not a valid phone number, shortcode, or alphanumeric sender ID.",
    },
    MagicNumber {
        parameter: MagicParameter::To,
        number: "+15005550001",
        code: Some(21217),
        message: "Phone number does not appear to be valid",
    },
    MagicNumber {
        parameter: MagicParameter::To,
        number: "+15005550002",
        code: Some(21214),
        message: "'To' phone number cannot be reached",
    },
    MagicNumber {
        parameter: MagicParameter::To,
        number: "+15005550003",
        code: Some(21215),
        message: "Account not authorized to call +15005550003. Perhaps you need to enable some international permissions: https://www.twilio.com/console/voice/calls/geo-permissions/low-risk",
    },
    MagicNumber {
        parameter: MagicParameter::To,
        number: "+15005550004",
        code: Some(21216),
        message: "Account not allowed to call +15005550004",
    },
];

/// The error a CreateCall with this `From` and `To` meets, if either is magic.
pub(super) fn answer(from: &str, to: &str) -> Option<&'static MagicNumber> {
    let lookup = |parameter, number: &str| {
        MAGIC_NUMBERS
            .iter()
            .find(|m| m.parameter == parameter && m.number == number && m.code.is_some())
    };
    lookup(MagicParameter::From, from).or_else(|| lookup(MagicParameter::To, to))
}
