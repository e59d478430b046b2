//! Escaping for every output format: names in a catalog are chosen by whoever wrote it, so no
//! control, bidi or invisible character and no piece of a format's own syntax is printed raw.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;
use std::sync::OnceLock;

use serde_json::ser::{CharEscape, Formatter, PrettyFormatter};

/// Whether a character must never reach a terminal, log or viewer as itself: control
/// characters (C0, DEL, C1), line and paragraph separators, and every character Unicode calls
/// `Default_Ignorable_Code_Point` or `Bidi_Control`: invisible or reordering characters
/// (soft hyphen, zero-width characters, bidi overrides, the tag block U+E0000-E007F) that
/// can hide or reorder text (Trojan Source) or make a look-alike name.
pub fn is_hidden(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || in_ranges(invisible(), c)
}

/// Whether `c` lies in one of the sorted, disjoint `ranges`.
fn in_ranges(ranges: &[(char, char)], c: char) -> bool {
    let after = ranges.partition_point(|&(start, _)| start <= c);
    after
        .checked_sub(1)
        .and_then(|i| ranges.get(i))
        .is_some_and(|&(_, end)| c <= end)
}

/// The ranges of `\p{Default_Ignorable_Code_Point}` and `\p{Bidi_Control}`, from
/// regex-syntax's Unicode tables (the standard's own data, not a hand list), built once.
fn invisible() -> &'static [(char, char)] {
    static RANGES: OnceLock<Vec<(char, char)>> = OnceLock::new();
    RANGES.get_or_init(|| {
        let hir = regex_syntax::ParserBuilder::new()
            .build()
            .parse(r"[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]");
        match hir.as_ref().map(regex_syntax::hir::Hir::kind) {
            Ok(regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(class))) => {
                class
                    .ranges()
                    .iter()
                    .map(|r| (r.start(), r.end()))
                    .collect()
            }
            // The tables are compiled in; this cannot fail with regex-syntax's default
            // features. Should it ever, the characters attacks use most still count.
            _ => vec![
                ('\u{00AD}', '\u{00AD}'),
                ('\u{061C}', '\u{061C}'),
                ('\u{200B}', '\u{200F}'),
                ('\u{202A}', '\u{202E}'),
                ('\u{2060}', '\u{206F}'),
                ('\u{FEFF}', '\u{FEFF}'),
                ('\u{E0000}', '\u{E0FFF}'),
            ],
        }
    })
}

/// The text with every hidden character as a Rust-style escape (`\u{1b}`); borrowed when
/// there is nothing to escape.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_visible(&mut shown, c);
    }
    Cow::Owned(shown)
}

/// Multi-line text (a unified diff of catalog files) with every hidden character escaped as
/// [`visible`] does, except the line feeds that end its lines.
pub fn visible_lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_hidden(c)) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '\n' {
            shown.push(c);
        } else {
            push_visible(&mut shown, c);
        }
    }
    Cow::Owned(shown)
}

fn push_visible(out: &mut String, c: char) {
    if is_hidden(c) {
        push_escape(out, c);
    } else {
        out.push(c);
    }
}

/// Appends `c` as a Rust-style escape, the text of `char::escape_unicode` (`\u{1b}`).
pub fn push_escape(out: &mut String, c: char) {
    let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
}

/// Source text made printable for a snippet, and where each original byte offset went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pictured {
    pub text: String,
    /// Replaced characters in order: (original offset, original length, new offset, new length).
    edits: Vec<(usize, usize, usize, usize)>,
}

impl Pictured {
    /// The offset in `text` of an original byte offset. An offset inside a replaced character
    /// goes to the start of its replacement.
    pub fn map(&self, offset: usize) -> usize {
        let before = self
            .edits
            .partition_point(|&(from, len, _, _)| from + len <= offset);
        if let Some(&(from, _, to, _)) = self.edits.get(before)
            && from < offset
        {
            return to;
        }
        match before.checked_sub(1).and_then(|i| self.edits.get(i)) {
            Some(&(from, len, to, new_len)) => offset - (from + len) + to + new_len,
            None => offset,
        }
    }
}

/// Source text for miette's snippets: C0 controls become Unicode Control Pictures (one
/// character each, so the underline stays under the right characters; DEL is `␡`), except
/// line feeds, tabs and the carriage return of a CRLF, which the snippet needs; C1, bidi and
/// invisible characters become `\u{..}` escapes.
pub fn pictures(text: &str) -> Pictured {
    let mut pictured = Pictured {
        text: String::with_capacity(text.len()),
        edits: Vec::new(),
    };
    let mut chars = text.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let kept = match c {
            '\n' | '\t' => true,
            '\r' => chars.peek().is_some_and(|&(_, next)| next == '\n'),
            c => !is_hidden(c),
        };
        if kept {
            pictured.text.push(c);
            continue;
        }
        let to = pictured.text.len();
        match picture(c) {
            Some(symbol) => pictured.text.push(symbol),
            None => push_visible(&mut pictured.text, c),
        }
        let new_len = pictured.text.len() - to;
        pictured.edits.push((offset, c.len_utf8(), to, new_len));
    }
    pictured
}

/// The Control Picture of a C0 control or DEL (U+2400 + code, DEL is U+2421).
fn picture(c: char) -> Option<char> {
    match u32::from(c) {
        code @ 0..=0x1F => char::from_u32(0x2400 + code),
        0x7F => Some('\u{2421}'),
        _ => None,
    }
}

/// Plain text in markdown: its punctuation backslash-escaped so it renders as itself (GitHub
/// shows `\<` as `<`), `&` as `&amp;`, hidden characters as `visible` escapes (whose
/// backslashes and braces are then escaped too). Never holds a raw `|` or line break, so it
/// is safe in a table cell.
pub fn markdown_text(text: &str) -> String {
    let shown = visible(text);
    let mut escaped = String::with_capacity(shown.len() + 8);
    for c in shown.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '(' | ')' | '#' | '+'
            | '-' | '.' | '!' | '|' | '~' => {
                escaped.push('\\');
                escaped.push(c);
            }
            c => escaped.push(c),
        }
    }
    escaped
}

/// A name in markdown: a code span when it holds only characters that cannot end or break
/// one (the usual `order_completed`, `origin/main`), else escaped text.
pub fn markdown_code(name: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_.:/@-".contains(c);
    if !name.is_empty() && name.chars().all(plain) {
        format!("`{name}`")
    } else {
        markdown_text(name)
    }
}

/// A link target for markdown: `base` (a URL the user gave) then `#` and the fragment (a docs
/// page id, `docs::event_id`), with every byte outside a small safe set percent-encoded, so
/// nothing can close the link, add markup or hide characters. The id's own `:` and `%` stay, so
/// the fragment is the id exactly as the page writes it.
pub fn markdown_link_target(base: &str, fragment: &str) -> String {
    let mut target = String::with_capacity(base.len() + fragment.len() + 1);
    let url_safe = |b: u8| b.is_ascii_alphanumeric() || b"-._~:/?&=%+@!$,;*'".contains(&b);
    push_percent(&mut target, base, url_safe);
    target.push('#');
    push_percent(&mut target, fragment, |b| {
        b.is_ascii_alphanumeric() || b"-._~:%".contains(&b)
    });
    target
}

fn push_percent(out: &mut String, text: &str, safe: impl Fn(u8) -> bool) {
    for &byte in text.as_bytes() {
        if safe(byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

/// Text for HTML, the one escaper of the docs page, for element content and quoted attribute
/// values alike: `&`, `<`, `>`, `"` and `'` become character references, hidden characters
/// `visible` escapes (shown as text, never obeyed: a U+202E cannot reorder the page).
pub fn push_html(out: &mut String, text: &str) {
    // Byte by byte, since a page of 10,000 events is mostly plain ASCII: only the five markup
    // characters, ASCII controls and non-ASCII characters need a closer look.
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let reference = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            0x20..=0x7e => {
                at += 1;
                continue;
            }
            _ => {
                // A control character or the first byte of a non-ASCII one: `at` is on a
                // character boundary, as every step is a whole character.
                let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                if is_hidden(c) {
                    out.push_str(text.get(copied..at).unwrap_or_default());
                    push_escape(out, c);
                    copied = at + c.len_utf8();
                }
                at += c.len_utf8();
                continue;
            }
        };
        out.push_str(text.get(copied..at).unwrap_or_default());
        out.push_str(reference);
        at += 1;
        copied = at;
    }
    out.push_str(text.get(copied..).unwrap_or_default());
}

/// [`push_html`] into a new string.
pub fn html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 8);
    push_html(&mut escaped, text);
    escaped
}

/// A GitHub workflow command's message: the runner decodes `%25`, `%0D` and `%0A`; other
/// hidden characters are shown as `visible` escapes.
pub fn github_data(text: &str) -> String {
    github(text, false)
}

/// A workflow command property (`file=`, `title=`): also `:` and `,`, which would end it.
pub fn github_property(text: &str) -> String {
    github(text, true)
}

fn github(text: &str, property: bool) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => escaped.push_str("%25"),
            '\r' => escaped.push_str("%0D"),
            '\n' => escaped.push_str("%0A"),
            ':' if property => escaped.push_str("%3A"),
            ',' if property => escaped.push_str("%2C"),
            c => push_visible(&mut escaped, c),
        }
    }
    escaped
}

/// serde_json's pretty printing, but strings never carry a raw DEL, C1, bidi or invisible
/// character (nor U+2028/U+2029, which end a line in JavaScript): they become `\uXXXX`.
/// serde_json escapes C0 itself. The JSON still decodes to the original text.
#[derive(Default)]
pub struct JsonFormatter {
    pretty: PrettyFormatter<'static>,
}

impl Formatter for JsonFormatter {
    fn write_string_fragment<W>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        // The usual fragment: ASCII without DEL (both checks are optimised std code, which
        // matters in debug builds writing a million strings).
        if fragment.is_ascii() && !fragment.as_bytes().contains(&0x7f) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| is_hidden(c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            // Outside the Basic Multilingual Plane (the tag block) as a surrogate pair.
            for unit in c.encode_utf16(&mut [0u16; 2]) {
                write!(writer, "\\u{:04x}", unit)?;
            }
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn write_char_escape<W>(&mut self, writer: &mut W, escape: CharEscape) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.pretty.write_char_escape(writer, escape)
    }

    fn begin_array<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.pretty.begin_array(writer)
    }

    fn end_array<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.pretty.end_array(writer)
    }

    fn begin_array_value<W>(&mut self, writer: &mut W, first: bool) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.pretty.begin_array_value(writer, first)
    }

    fn end_array_value<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.pretty.end_array_value(writer)
    }

    fn begin_object<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.pretty.begin_object(writer)
    }

    fn end_object<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.pretty.end_object(writer)
    }

    fn begin_object_key<W>(&mut self, writer: &mut W, first: bool) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.pretty.begin_object_key(writer, first)
    }

    fn end_object_key<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.pretty.end_object_key(writer)
    }

    fn begin_object_value<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.pretty.begin_object_value(writer)
    }

    fn end_object_value<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.pretty.end_object_value(writer)
    }
}

/// Writes a value as pretty JSON through [`JsonFormatter`], then a line break. Values that
/// serialize lazily (a sequence over an iterator) are written as they are produced.
pub fn write_json<T>(out: &mut dyn io::Write, value: &T) -> io::Result<()>
where
    T: serde::Serialize + ?Sized,
{
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut *out, JsonFormatter::default());
    value.serialize(&mut serializer)?;
    writeln!(out)
}

/// [`write_json`] into a string, for renderers that return their text.
pub fn json_string<T>(value: &T) -> String
where
    T: serde::Serialize + ?Sized,
{
    let mut bytes = Vec::new();
    // Writing into memory fails only if serializing does, which these types never do.
    if write_json(&mut bytes, value).is_err() {
        return "[]\n".into();
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "a\u{1b}]0;T\u{7}b\u{202e}c\u{9b}d\u{7f}e\n::x";

    #[test]
    fn visible_escapes_hidden_characters_only() {
        assert!(matches!(visible("order_completed é"), Cow::Borrowed(_)));
        assert_eq!(
            visible(HOSTILE),
            "a\\u{1b}]0;T\\u{7}b\\u{202e}c\\u{9b}d\\u{7f}e\\u{a}::x"
        );
        assert_eq!(
            visible("\t\r\u{200b}\u{2028}\u{feff}\u{61c}\u{2066}"),
            "\\u{9}\\u{d}\\u{200b}\\u{2028}\\u{feff}\\u{61c}\\u{2066}"
        );
    }

    #[test]
    fn pictures_keep_one_character_per_control_and_map_offsets() {
        let pictured = pictures("a\u{1b}b\u{7f}\tc\r\nd\re\u{202e}f");
        assert_eq!(
            pictured.text,
            "a\u{241b}b\u{2421}\tc\r\nd\u{240d}e\\u{202e}f"
        );
        // 'b' moves by the two extra bytes of the picture, 'f' by every edit before it.
        assert_eq!(pictured.map(2), 4);
        let f = "a\u{1b}b\u{7f}\tc\r\nd\re\u{202e}".len();
        assert_eq!(pictured.map(f), pictured.text.len() - 1);
        // Inside U+202E (3 bytes): the start of its escape.
        let inside = "a\u{1b}b\u{7f}\tc\r\nd\re".len() + 1;
        assert_eq!(&pictured.text[pictured.map(inside)..], "\\u{202e}f");
        assert_eq!(pictured.map(0), 0);
    }

    #[test]
    fn markdown_text_cannot_break_a_table_or_inject_markup() {
        assert_eq!(
            markdown_text("a|b\n<img src=x>&[l](u) *x*"),
            "a\\|b\\\\u\\{a\\}\\<img src=x\\>&amp;\\[l\\]\\(u\\) \\*x\\*"
        );
        assert_eq!(markdown_code("order_completed"), "`order_completed`");
        assert_eq!(markdown_code("origin/main"), "`origin/main`");
        assert_eq!(markdown_code("a`b"), "a\\`b");
        assert_eq!(markdown_code(""), "");
    }

    #[test]
    fn html_escapes_markup_quotes_and_hidden_characters() {
        assert_eq!(
            html("<script>x=\"a\" & 'b'</script>"),
            "&lt;script&gt;x=&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        assert_eq!(html("a\u{202e}b\u{1}c\nd"), "a\\u{202e}b\\u{1}c\\u{a}d");
        assert_eq!(html("order_completed é"), "order_completed é");
    }

    #[test]
    fn github_escapes_percent_first_and_shows_other_controls() {
        assert_eq!(github_data("100%\r\nx"), "100%25%0D%0Ax");
        assert_eq!(github_property("a,b:c%"), "a%2Cb%3Ac%25");
        assert_eq!(github_data("a,b:c"), "a,b:c");
        assert_eq!(
            github_property("x\n::error file=a::b\u{1b}[2J"),
            "x%0A%3A%3Aerror file=a%3A%3Ab\\u{1b}[2J"
        );
    }

    #[test]
    fn hidden_characters_come_from_the_unicode_properties() {
        // Soft hyphen, a tag character after a name, a variation selector, a Hangul filler,
        // and the word joiner block: Default_Ignorable_Code_Point, not a hand list.
        for c in [
            '\u{ad}',
            '\u{e0041}',
            '\u{e007f}',
            '\u{fe0f}',
            '\u{3164}',
            '\u{2065}',
        ] {
            assert!(is_hidden(c), "{:x}", u32::from(c));
        }
        for c in ['a', 'é', '€', '\u{4e2d}', '\u{1f600}', ' '] {
            assert!(!is_hidden(c), "{:x}", u32::from(c));
        }
        assert_eq!(
            visible("order_completed\u{e0041}\u{e0042}"),
            "order_completed\\u{e0041}\\u{e0042}"
        );
        let json = json_string(&"a\u{e0041}\u{ad}b");
        assert_eq!(json.trim_end(), "\"a\\udb40\\udc41\\u00adb\"");
        let back: String = serde_json::from_str(&json).unwrap();
        assert_eq!(back, "a\u{e0041}\u{ad}b");
    }

    #[test]
    fn json_escapes_what_serde_json_leaves_raw_and_round_trips() {
        let text = json_string(&[HOSTILE, "\u{2028}\u{85}\u{feff}"]);
        assert!(!text.chars().any(|c| is_hidden(c) && c != '\n'), "{text}");
        assert!(text.contains("b\\u202ec\\u009bd\\u007fe"), "{text}");
        let back: Vec<String> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, [HOSTILE, "\u{2028}\u{85}\u{feff}"]);
        assert_eq!(
            json_string(&serde_json::json!({"a": [1]})),
            serde_json::to_string_pretty(&serde_json::json!({"a": [1]})).unwrap() + "\n"
        );
    }
}
