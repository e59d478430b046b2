//! YAML's own quoting for every string tracklint writes into a catalog file (`rename`, fixes):
//! plain when that reads back as the same string wherever it is written, else double-quoted.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::sync::OnceLock;

use regex_syntax::hir::{Class, HirKind};

use crate::syntax::yaml;

/// `text` as a YAML scalar that reads back as exactly this string in block and flow context
/// (`key: X`, `[a, X]`, `{k: X}`), as a key or a value: plain when that is safe, else
/// [`double_quoted`].
pub fn scalar(text: &str) -> Cow<'_, str> {
    if is_plain_safe(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(double_quoted(text))
    }
}

/// `text` as a double-quoted YAML scalar: `"` and `\` escaped, and every character a reader
/// could fold, strip or not see (line breaks, tabs, control and invisible characters) written
/// as an escape (`\n`, `\t`, `\xNN`, `\uNNNN`, `\UNNNNNNNN`), so the file shows what it holds.
pub fn double_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if needs_escape(c) => push_code(&mut out, c),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// YAML 1.1 (still read by many tools) takes these plain scalars for booleans; YAML 1.2 does
/// not, so a plain `no` means two things depending on the reader.
pub fn is_yaml11_boolean(text: &str) -> bool {
    matches!(
        text,
        "y" | "Y"
            | "yes"
            | "Yes"
            | "YES"
            | "n"
            | "N"
            | "no"
            | "No"
            | "NO"
            | "on"
            | "On"
            | "ON"
            | "off"
            | "Off"
            | "OFF"
    )
}

/// Plain only for text made of letters, digits, `_`, `-`, `.`, `/` and inner spaces that
/// starts with a letter or `_`: no indicator (`:`, `#`, `,`, `[`, quotes...) can start or end
/// a token, and no leading digit, sign or dot can read as a number in YAML 1.1 or 1.2. Words
/// any YAML reader resolves to something else than a string (`null`, `true`, `yes`) are quoted.
fn is_plain_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    let allowed = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(c, '_' | '-' | '.' | '/' | ' ')
            || (!c.is_ascii() && c.is_alphanumeric() && !needs_escape(c))
    };
    (first == '_' || (first.is_alphabetic() && !needs_escape(first)))
        && !text.ends_with(' ')
        && text.chars().all(allowed)
        && !is_yaml11_boolean(text)
        && matches!(yaml::resolve_plain(text), yaml::Value::Str(_))
}

/// Characters never written raw inside quotes: control characters, every blank and line break
/// but the space (a reader folds or strips them), the two non-characters YAML does not allow
/// in a stream, and the invisible ones (Unicode's `Default_Ignorable_Code_Point`: zero-width
/// and bidi controls, the soft hyphen, the tag block), which a reviewer could not see in a diff.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{FFFE}' | '\u{FFFF}')
        || is_default_ignorable(c)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`: YAML's escapes by width.
fn push_code(out: &mut String, c: char) {
    let code = u32::from(c);
    let _ = match code {
        0..=0xFF => write!(out, "\\x{code:02X}"),
        0x100..=0xFFFF => write!(out, "\\u{code:04X}"),
        _ => write!(out, "\\U{code:08X}"),
    };
}

/// Whether `c` has the Unicode property `Default_Ignorable_Code_Point`, from regex-syntax's
/// tables (built once), so the set follows the Unicode version rather than a hand list.
fn is_default_ignorable(c: char) -> bool {
    static RANGES: OnceLock<Vec<(char, char)>> = OnceLock::new();
    let ranges = RANGES.get_or_init(|| {
        // A fixed pattern of a property regex-syntax knows: it parses, or the unit test fails.
        match regex_syntax::parse(r"\p{Default_Ignorable_Code_Point}").map(|hir| hir.into_kind()) {
            Ok(HirKind::Class(Class::Unicode(class))) => class
                .ranges()
                .iter()
                .map(|range| (range.start(), range.end()))
                .collect(),
            _ => Vec::new(),
        }
    });
    ranges
        .binary_search_by(|&(start, end)| {
            if end < c {
                std::cmp::Ordering::Less
            } else if start > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `text` reads back as when written as the value of `key: `, in a flow list, and as
    /// a key of a flow mapping.
    fn read_back(written: &str) -> Vec<Option<String>> {
        [
            format!("k: {written}\n"),
            format!("k: [{written}, x]\n"),
            format!("k: {{{written}: 1}}\n"),
            format!("{written}: 1\n"),
        ]
        .iter()
        .map(|text| {
            let root = yaml::parse(text).ok()?.root;
            match root.get("k") {
                Some(k) => match k.as_seq() {
                    Some(items) => items.first()?.as_str().map(str::to_owned),
                    None => match k.as_map() {
                        Some(entries) => Some(entries.first()?.key.key_text().to_owned()),
                        None => k.as_str().map(str::to_owned),
                    },
                },
                None => Some(root.as_map()?.first()?.key.key_text().to_owned()),
            }
        })
        .collect()
    }

    #[test]
    fn every_written_scalar_reads_back_as_its_text() {
        for text in [
            "order_completed",
            "Order Completed",
            "café_ouvert",
            "say \"hi\"",
            "a # b",
            "a#b",
            "x]: {y",
            "a, b",
            "line\nbreak",
            " padded ",
            "tab\there",
            "null",
            "Null",
            "~",
            "",
            "true",
            "yes",
            "No",
            "1.5",
            "0x1F",
            "0755",
            ".inf",
            "-5",
            "- item",
            "? key",
            "&anchor",
            "*alias",
            "!tag",
            "%directive",
            "@at",
            "`tick`",
            "|block",
            ">folded",
            "back\\slash",
            "'single'",
            "<<",
            "esc\u{1b}[2J",
            "bidi\u{202e}rev",
            "soft\u{ad}hyphen",
            "tag\u{e0041}block",
            "nel\u{85}line\u{2028}sep",
            "bom\u{feff}",
            "emoji 😀",
            "trailing:",
        ] {
            let written = scalar(text);
            for (context, back) in read_back(&written).into_iter().enumerate() {
                assert_eq!(
                    back.as_deref(),
                    Some(text),
                    "{text:?} written as {written} (context {context})"
                );
            }
            assert!(
                !written.chars().any(needs_escape),
                "{written:?} holds a raw hidden character"
            );
        }
    }

    #[test]
    fn plain_only_where_nothing_could_change_the_value() {
        for plain in [
            "order_completed",
            "Order Completed",
            "a-b.c/d",
            "café",
            "_x",
        ] {
            assert_eq!(scalar(plain), plain);
        }
        for quoted in ["yes", "null", "1st_step", "a:b", "x ", "-x", ".x"] {
            assert!(scalar(quoted).starts_with('"'), "{quoted}");
        }
        assert_eq!(
            double_quoted("a\"b\\c\n\u{1b}\u{202e}\u{e0041}"),
            "\"a\\\"b\\\\c\\n\\x1B\\u202E\\U000E0041\""
        );
    }

    #[test]
    fn the_unicode_table_is_there() {
        for c in ['\u{ad}', '\u{200b}', '\u{2066}', '\u{feff}', '\u{e0041}'] {
            assert!(is_default_ignorable(c), "{c:?}");
        }
        assert!(!is_default_ignorable('a'));
    }
}
