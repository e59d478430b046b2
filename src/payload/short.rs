//! A short piece of payload text held inline (no allocation): what a call hands on to be shown
//! later (a messageId, a dedupe value, a library version, a call type). Longer text is cut on
//! a character boundary; messages quote at most this much anyway.

use std::fmt;

/// Bytes kept: as many as a message quotes, so [`ShortText::shown`] is what quoting the whole
/// text would show.
pub const SHORT_BYTES: usize = super::violation::QUOTE_BYTES;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShortText {
    len: u8,
    /// Whether the text was longer and cut.
    cut: bool,
    bytes: [u8; SHORT_BYTES],
}

impl ShortText {
    pub fn new(text: &str) -> ShortText {
        let mut end = text.len().min(SHORT_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut bytes = [0u8; SHORT_BYTES];
        bytes[..end].copy_from_slice(&text.as_bytes()[..end]);
        ShortText {
            len: end as u8,
            cut: end < text.len(),
            bytes,
        }
    }

    pub fn as_str(&self) -> &str {
        // Cut on a character boundary of valid UTF-8, so this never fails.
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The text as shown in a message: with `…` when it was cut.
    pub fn shown(&self) -> String {
        if self.cut {
            format!("{}…", self.as_str())
        } else {
            self.as_str().to_owned()
        }
    }
}

impl fmt::Debug for ShortText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_short_text_and_cuts_long_text_on_a_character_boundary() {
        assert_eq!(ShortText::new("m-1").shown(), "m-1");
        let long = "é".repeat(40);
        let short = ShortText::new(&long);
        assert_eq!(short.as_str(), "é".repeat(30));
        assert!(short.shown().ends_with('…'));
        // What a message shows is what quoting the whole text would.
        for text in [
            "a".repeat(59),
            "a".repeat(60),
            "a".repeat(61),
            "aé".repeat(40),
            long,
        ] {
            assert_eq!(
                ShortText::new(&text).shown(),
                super::super::violation::short(&text)
            );
        }
        assert!(ShortText::new("").is_empty());
    }
}
