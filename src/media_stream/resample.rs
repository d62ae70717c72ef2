//! Between the 8 kHz of a Media Stream and the rates speech models use (16 kHz, 24 kHz…):
//! a streaming resampler over [rubato](https://crates.io/crates/rubato)'s synchronous FFT
//! resampler, with its anti-aliasing filter. Feed it audio as it comes, in pieces of any
//! length; it keeps what does not fill a 20 ms block for the next call.
//!
//! ```
//! use twilio_calls::media_stream::{mulaw, resample::Resampler};
//!
//! // What the caller said (8 kHz μ-law) for a model that listens at 16 kHz.
//! let mut up = Resampler::new(8000, 16_000)?;
//! let caller = mulaw::decode(&[0xff; 320]); // 40 ms
//! let for_model = up.process(&caller);
//! assert_eq!(for_model.len(), 640);
//!
//! // What a 24 kHz model said, for the caller.
//! let mut down = Resampler::new(24_000, 8000)?;
//! let spoken = down.process(&vec![0i16; 480]); // 20 ms
//! assert_eq!(mulaw::encode(&spoken).len(), 160);
//! # Ok::<(), twilio_calls::media_stream::resample::ResampleError>(())
//! ```
//!
//! The filter delays the audio by a few milliseconds ([`Resampler::delay`]); the first
//! block comes out with that much silence before it.

use std::fmt;

use rubato::audioadapter_buffers::direct::InterleavedSlice;
use rubato::{Fft, FixedSync, Resampler as _};

/// A streaming resampler of mono 16-bit audio from one rate to another.
pub struct Resampler {
    inner: Fft<f32>,
    /// Input samples waiting to fill a block.
    pending: Vec<f32>,
    block: usize,
    output: Vec<f32>,
    from: u32,
    to: u32,
}

impl fmt::Debug for Resampler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Resampler")
            .field("from", &self.from)
            .field("to", &self.to)
            .field("pending", &self.pending.len())
            .finish()
    }
}

/// A resampler that cannot be made: a rate of zero, or rates the FFT resampler cannot relate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResampleError {
    message: String,
}

impl fmt::Display for ResampleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot resample: {}", self.message)
    }
}

impl std::error::Error for ResampleError {}

impl Resampler {
    /// From `from` Hz to `to` Hz, in blocks of 20 ms of input.
    pub fn new(from: u32, to: u32) -> Result<Self, ResampleError> {
        if from == 0 || to == 0 || !from.is_multiple_of(50) || !to.is_multiple_of(50) {
            return Err(ResampleError {
                message: format!(
                    "rates must be positive multiples of 50 Hz (20 ms blocks), not {from} and {to}"
                ),
            });
        }
        let block = (from / 50) as usize;
        let inner = Fft::<f32>::new(from as usize, to as usize, block, 1, FixedSync::Input)
            .map_err(|e| ResampleError {
                message: e.to_string(),
            })?;
        let output = vec![0.0; inner.output_frames_max()];
        Ok(Self {
            inner,
            pending: Vec::with_capacity(block),
            block,
            output,
            from,
            to,
        })
    }

    /// The input rate.
    pub fn from_rate(&self) -> u32 {
        self.from
    }

    /// The output rate.
    pub fn to_rate(&self) -> u32 {
        self.to
    }

    /// How many output samples the filter delays the audio by.
    pub fn delay(&self) -> usize {
        self.inner.output_delay()
    }

    /// Resamples `input`, returning what whole blocks came out; the rest waits for the next
    /// call (or [`flush`](Self::flush)).
    pub fn process(&mut self, input: &[i16]) -> Vec<i16> {
        let mut out = Vec::with_capacity(
            (self.pending.len() + input.len()) * self.to as usize / self.from as usize + 1,
        );
        self.process_into(input, &mut out);
        out
    }

    /// Like [`process`](Self::process), appending to `out`.
    pub fn process_into(&mut self, input: &[i16], out: &mut Vec<i16>) {
        for &sample in input {
            self.pending.push(f32::from(sample) / 32768.0);
            if self.pending.len() == self.block {
                self.run_block(out);
            }
        }
    }

    /// Pads what is waiting with silence to a whole block and resamples it.
    pub fn flush(&mut self) -> Vec<i16> {
        let mut out = Vec::new();
        if !self.pending.is_empty() {
            self.pending.resize(self.block, 0.0);
            self.run_block(&mut out);
        }
        out
    }

    fn run_block(&mut self, out: &mut Vec<i16>) {
        let capacity = self.output.len();
        let (Ok(input), Ok(mut output)) = (
            InterleavedSlice::new(&self.pending, 1, self.block),
            InterleavedSlice::new_mut(&mut self.output, 1, capacity),
        ) else {
            self.pending.clear();
            return;
        };
        // The sizes are the resampler's own; an error here would be a bug in them.
        if let Ok((_, written)) = self.inner.process_into_buffer(&input, &mut output, None) {
            out.extend(
                self.output[..written]
                    .iter()
                    .map(|s| (s * 32768.0).round().clamp(-32768.0, 32767.0) as i16),
            );
        }
        self.pending.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(rate: u32, hz: f32, samples: usize) -> Vec<i16> {
        (0..samples)
            .map(|n| {
                (8000.0 * (2.0 * std::f32::consts::PI * hz * n as f32 / rate as f32).sin()) as i16
            })
            .collect()
    }

    #[test]
    fn a_tone_keeps_its_pitch_and_level_and_the_length_scales() {
        for (from, to) in [
            (8000, 16_000),
            (8000, 24_000),
            (16_000, 8000),
            (24_000, 8000),
        ] {
            let mut resampler = Resampler::new(from, to).unwrap();
            let input = sine(from, 440.0, from as usize); // one second
            let mut output = resampler.process(&input[..1000]);
            output.extend(resampler.process(&input[1000..]));
            output.extend(resampler.flush());
            assert_eq!(output.len(), to as usize, "{from} -> {to}");
            // After the filter's delay, the tone: compare with the ideal one at the new rate.
            let delay = resampler.delay();
            let ideal = sine(to, 440.0, to as usize);
            let window = &output[delay + 200..to as usize - 200];
            let expected = &ideal[200..to as usize - 200 - delay];
            let error: f64 = window
                .iter()
                .zip(expected)
                .map(|(a, b)| (f64::from(*a) - f64::from(*b)).powi(2))
                .sum::<f64>()
                / window.len() as f64;
            assert!(
                error.sqrt() < 80.0,
                "{from} -> {to}: rms error {}",
                error.sqrt()
            );
        }
    }

    #[test]
    fn rates_that_are_not_whole_20_ms_blocks_are_refused() {
        assert!(Resampler::new(0, 8000).is_err());
        assert!(Resampler::new(8000, 44_101).is_err());
        assert!(Resampler::new(44_100, 8000).is_ok());
    }
}
