//! Why a command failed, as one line on stderr and an exit code per kind, so scripts can tell
//! a mistake in the command from Twilio's refusal from a network fault.

use std::fmt;
use std::process::ExitCode;

use twilio_calls::{Error, OperationDescription};

use crate::operations::flag_of;

/// A failed command.
#[derive(Debug)]
pub enum Failure {
    /// The command was wrong (a flag's value, missing credentials); nothing was sent. Exit 2,
    /// as for clap's usage errors.
    Input(String),
    /// Twilio answered with an error. Exit 3.
    Api(String),
    /// No usable answer: not sent, no response, or one that could not be read. Exit 4.
    Transport(String),
    /// Anything else (writing the output, serving the fake). Exit 1.
    Other(String),
}

impl Failure {
    pub fn code(&self) -> ExitCode {
        ExitCode::from(match self {
            Self::Other(_) => 1,
            Self::Input(_) => 2,
            Self::Api(_) => 3,
            Self::Transport(_) => 4,
        })
    }

    /// The SDK's error from `op`, its parameter named by the flag that set it.
    pub fn from_sdk(op: &OperationDescription, error: Error) -> Self {
        let caution = if error.may_have_taken_effect() {
            " (the request may have reached Twilio: check before sending it again)"
        } else {
            ""
        };
        let text = format!("{error}{caution}");
        match &error {
            Error::InvalidInput { parameter, .. } => match flag_of(op, parameter) {
                Some(flag) => Self::Input(format!("{flag}: {text}")),
                None => Self::Input(text),
            },
            Error::Config { .. } => Self::Input(text),
            Error::Api(_) => Self::Api(text),
            _ => Self::Transport(text),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (Self::Input(text) | Self::Api(text) | Self::Transport(text) | Self::Other(text)) =
            self;
        // One line, whatever the body snippet held.
        let mut words = text.split_whitespace();
        if let Some(first) = words.next() {
            f.write_str(first)?;
        }
        for word in words {
            write!(f, " {word}")?;
        }
        Ok(())
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Self::Other(e.to_string())
    }
}
