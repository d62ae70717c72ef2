//! G.711 μ-law, the audio of Twilio's Media Streams (8 kHz, mono, one byte a sample), bit for
//! bit as Python's `audioop.lin2ulaw`/`ulaw2lin` (SoX's and Sun's `g711.c`), which pipecat,
//! Twilio's samples and most voice bots use.
//!
//! A common variant (negating before the shift, with a 16-bit bias) differs from it on 381
//! negative inputs, `-1` among them (`0x7F` there, `0x7E` here); this one floors, as
//! `audioop` does.
//!
//! ```
//! use twilio_calls::media_stream::mulaw;
//!
//! let pcm = [0, 5657, 8000, 5657, 0, -5657, -8000, -5657]; // 1 kHz at 8 kHz
//! let encoded = mulaw::encode(&pcm);
//! assert_eq!(encoded, [0xff, 0xa9, 0xa0, 0xa9, 0xff, 0x29, 0x20, 0x29]);
//! assert_eq!(mulaw::decode(&encoded), [0, 5628, 7932, 5628, 0, -5628, -7932, -5628]);
//! ```

/// 16-bit linear samples to μ-law bytes.
pub fn encode(pcm: &[i16]) -> Vec<u8> {
    pcm.iter().map(|&sample| encode_sample(sample)).collect()
}

/// μ-law bytes to 16-bit linear samples.
pub fn decode(mulaw: &[u8]) -> Vec<i16> {
    mulaw
        .iter()
        .map(|&byte| DECODED[usize::from(byte)])
        .collect()
}

/// Appends the μ-law bytes of `pcm` to `out` (no allocation when it has room).
pub fn encode_into(pcm: &[i16], out: &mut Vec<u8>) {
    out.extend(pcm.iter().map(|&sample| encode_sample(sample)));
}

/// Appends the linear samples of `mulaw` to `out` (no allocation when it has room).
pub fn decode_into(mulaw: &[u8], out: &mut Vec<i16>) {
    out.extend(mulaw.iter().map(|&byte| DECODED[usize::from(byte)]));
}

/// One sample, the way `g711.c`'s `st_14linear2ulaw` does it on the 14-bit value.
#[inline]
pub fn encode_sample(sample: i16) -> u8 {
    // The byte depends only on the 14-bit value: read it from the table.
    ENCODED[((i32::from(sample) >> 2) + 8192) as usize]
}

/// Every 14-bit value's byte, computed at compile time by [`encode_14`].
static ENCODED: [u8; 16384] = {
    let mut table = [0u8; 16384];
    let mut i = 0;
    while i < 16384 {
        table[i] = encode_14(i as i32 - 8192);
        i += 1;
    }
    table
};

/// `st_14linear2ulaw` on a 14-bit value (the 16-bit sample shifted right by 2, floored).
const fn encode_14(value: i32) -> u8 {
    let mut p = value;
    let mask = if p < 0 {
        p = -p;
        0x7F
    } else {
        0xFF
    };
    // Clip, then add the bias (0x84 >> 2).
    let p = if p > 8159 { 8159 } else { p } + 0x21;
    // The segment: the first whose upper end (0x3F, 0x7F, … 0x1FFF) is at least p.
    let bits = 32 - (p as u32).leading_zeros();
    let segment = bits.saturating_sub(6);
    let byte = if segment >= 8 {
        0x7F
    } else {
        ((segment << 4) | ((p as u32 >> (segment + 1)) & 0x0F)) as u8
    };
    byte ^ mask
}

/// One byte.
#[inline]
pub fn decode_sample(byte: u8) -> i16 {
    DECODED[usize::from(byte)]
}

/// Every byte's sample: `g711.c`'s `st_ulaw2linear16`, computed at compile time.
static DECODED: [i16; 256] = {
    let mut table = [0i16; 256];
    let mut i = 0;
    while i < 256 {
        let u = !(i as u8);
        let t = (((u & 0x0F) as i32) << 3) + 0x84;
        let t = t << ((u & 0x70) >> 4);
        table[i] = if u & 0x80 != 0 {
            (0x84 - t) as i16
        } else {
            (t - 0x84) as i16
        };
        i += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_pairs() {
        let pairs: [(i16, u8); 20] = [
            (0, 0xFF),
            (1, 0xFF),
            (2, 0xFF),
            (3, 0xFF),
            (-1, 0x7E),
            (-2, 0x7E),
            (-3, 0x7E),
            (4, 0xFE),
            (-4, 0x7E),
            (100, 0xF2),
            (-100, 0x72),
            (1000, 0xCE),
            (-1000, 0x4E),
            (8158, 0x9F),
            (32124, 0x80),
            (32635, 0x80),
            (32767, 0x80),
            (-32124, 0x00),
            (-32767, 0x00),
            (-32768, 0x00),
        ];
        for (linear, byte) in pairs {
            assert_eq!(encode_sample(linear), byte, "{linear}");
        }
        let decoded: [(u8, i16); 10] = [
            (0x00, -32124),
            (0x80, 32124),
            (0x7F, 0),
            (0xFF, 0),
            (0x7E, -8),
            (0xFE, 8),
            (0x01, -31100),
            (0x0F, -16764),
            (0x10, -15996),
            (0xEF, 132),
        ];
        for (byte, linear) in decoded {
            assert_eq!(decode_sample(byte), linear, "{byte:#04x}");
        }
    }

    #[test]
    fn every_code_but_negative_zero_survives_a_round_trip() {
        for byte in 0..=255u8 {
            let back = encode_sample(decode_sample(byte));
            if byte == 0x7F {
                assert_eq!(back, 0xFF);
            } else {
                assert_eq!(back, byte, "{byte:#04x}");
            }
        }
    }
}
