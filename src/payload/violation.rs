//! A JSON Schema error on a payload in words: which property, what was expected and what was
//! sent (`property "price" is "12.50" (a string), expected a number`), and the JSON pointer
//! of the bad value. Values from the payload are quoted short.

use jsonschema::ValidationError;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

/// The longest quote of a payload value in a message.
pub const QUOTE_BYTES: usize = 60;

/// The pointer of the bad value (a missing property: where it should be) and the message,
/// which names the event (`property "price" of event "order_completed" is ...`). `base` is
/// where the validated instance sits in the call (`/properties`).
pub fn describe(error: &ValidationError, base: &str, event: &str) -> (String, String) {
    let at = format!("{base}{}", error.instance_path().as_str());
    let value = error.instance();
    let (pointer, subject) = match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property
                .as_str()
                .map_or_else(|| quote(property), str::to_owned);
            let pointer = format!("{at}/{}", escape_pointer(&name));
            let message = format!("{} is missing", subject_of(&pointer, event));
            return (pointer, message);
        }
        _ => {
            let subject = subject_of(&at, event);
            (at, subject)
        }
    };
    // `null` says its kind itself.
    let actual = match value.as_ref() {
        Value::Null => "null".to_owned(),
        _ => format!("{} ({})", quote(value), kind_of(value)),
    };
    let message = match error.kind() {
        ValidationErrorKind::Type { kind } => {
            format!("{subject} is {actual}, expected {}", expected_type(kind))
        }
        ValidationErrorKind::Enum { options } => {
            format!(
                "{subject} is {}, expected one of {}",
                quote(value),
                list(options)
            )
        }
        ValidationErrorKind::Constant { expected_value } => {
            format!(
                "{subject} is {}, expected {}",
                quote(value),
                quote(expected_value)
            )
        }
        ValidationErrorKind::Pattern { pattern } => format!(
            "{subject} is {}, which does not match the pattern {}",
            quote(value),
            short(pattern)
        ),
        ValidationErrorKind::Format { format } => format!(
            "{subject} is {}, expected {}",
            quote(value),
            format_name(format)
        ),
        ValidationErrorKind::Minimum { limit } => {
            format!("{subject} is {}, expected at least {limit}", quote(value))
        }
        ValidationErrorKind::Maximum { limit } => {
            format!("{subject} is {}, expected at most {limit}", quote(value))
        }
        ValidationErrorKind::ExclusiveMinimum { limit } => {
            format!("{subject} is {}, expected more than {limit}", quote(value))
        }
        ValidationErrorKind::ExclusiveMaximum { limit } => {
            format!("{subject} is {}, expected less than {limit}", quote(value))
        }
        ValidationErrorKind::MinLength { limit } => format!(
            "{subject} is {} ({} characters), expected at least {limit}",
            quote(value),
            characters(value)
        ),
        ValidationErrorKind::MaxLength { limit } => format!(
            "{subject} is {} ({} characters), expected at most {limit}",
            quote(value),
            characters(value)
        ),
        ValidationErrorKind::MinItems { limit } => format!(
            "{subject} has {} items, expected at least {limit}",
            items(value)
        ),
        ValidationErrorKind::MaxItems { limit } => format!(
            "{subject} has {} items, expected at most {limit}",
            items(value)
        ),
        ValidationErrorKind::AdditionalProperties { unexpected } => format!(
            "{subject} has keys its definition does not allow: {}",
            short(&unexpected.join(", "))
        ),
        _ => format!(
            "{subject} is {actual}: {}",
            short(&error.masked().to_string())
        ),
    };
    (pointer, message)
}

/// What a pointer names: `property "price" of event "order_completed"`, `property
/// "products/0/sku" of ...`, or the call's field.
fn subject_of(pointer: &str, event: &str) -> String {
    let of = format!("of event \"{}\"", short(event));
    match pointer.strip_prefix("/properties/") {
        Some(rest) => format!("property \"{}\" {of}", unescape_pointer(rest)),
        None if pointer == "/properties" => format!("`properties` {of}"),
        None if pointer.is_empty() => format!("the call {of}"),
        None => format!(
            "`{}` {of}",
            unescape_pointer(pointer.trim_start_matches('/'))
        ),
    }
}

fn expected_type(kind: &TypeKind) -> String {
    match kind {
        TypeKind::Single(single) => article(single.as_str()),
        TypeKind::Multiple(set) => set
            .iter()
            .map(|t| article(t.as_str()))
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

fn article(type_name: &str) -> String {
    match type_name {
        "integer" | "object" | "array" => format!("an {type_name}"),
        "null" => "null".into(),
        _ => format!("a {type_name}"),
    }
}

/// The JSON type of a value, with an article ("a string").
pub fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn format_name(format: &str) -> String {
    match format {
        "date-time" => "an RFC 3339 date-time with an offset (2026-11-28T10:00:00Z)".into(),
        "date" => "a date (YYYY-MM-DD)".into(),
        "email" => "an e-mail address".into(),
        "uuid" => "a UUID".into(),
        "uri" => "a URI".into(),
        other => format!("format {}", short(other)),
    }
}

fn characters(value: &Value) -> usize {
    value.as_str().map_or(0, |s| s.chars().count())
}

fn items(value: &Value) -> usize {
    value.as_array().map_or(0, Vec::len)
}

/// Up to ten values of an enum, as JSON.
fn list(options: &Value) -> String {
    let Some(values) = options.as_array() else {
        return quote(options);
    };
    let mut shown: Vec<String> = values.iter().take(10).map(quote).collect();
    if values.len() > 10 {
        shown.push(format!("... ({} in all)", values.len()));
    }
    shown.join(", ")
}

/// A value as compact JSON, cut at `QUOTE_BYTES` (never serialized whole: it may be large).
pub fn quote(value: &Value) -> String {
    let mut writer = Capped {
        bytes: Vec::new(),
        full: false,
    };
    // The only error is the cap being reached.
    let _ = serde_json::to_writer(&mut writer, value);
    let mut text = String::from_utf8_lossy(&writer.bytes).into_owned();
    if writer.full {
        text.push('…');
    }
    text
}

/// A piece of text cut at `QUOTE_BYTES` on a character boundary.
pub fn short(text: &str) -> String {
    crate::text::cut(text, QUOTE_BYTES).into_owned()
}

struct Capped {
    bytes: Vec<u8>,
    full: bool,
}

impl std::io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let room = QUOTE_BYTES.saturating_sub(self.bytes.len());
        if buf.len() > room {
            let mut end = room;
            // Keep whole characters (serde_json writes a string in fragments).
            while end > 0 && (buf[end] & 0xC0) == 0x80 {
                end -= 1;
            }
            self.bytes.extend_from_slice(&buf[..end]);
            self.full = true;
            return Err(std::io::Error::other("quote is long enough"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A key as a JSON pointer token (RFC 6901: `~` as `~0`, `/` as `~1`).
pub fn escape_pointer(key: &str) -> String {
    if !key.contains(['~', '/']) {
        return key.to_owned();
    }
    key.replace('~', "~0").replace('/', "~1")
}

/// A pointer token as the key it stands for (`~1` first, as RFC 6901 says).
fn unescape_pointer(pointer: &str) -> String {
    pointer.replace("~1", "/").replace("~0", "~")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn errors(schema: Value, instance: Value) -> Vec<(String, String)> {
        let validator = crate::syntax::schema::compile(&schema).unwrap();
        validator
            .iter_errors(&instance)
            .map(|e| describe(&e, "", "ev"))
            .collect()
    }

    #[test]
    fn names_the_property_and_the_expected_and_actual_values() {
        let schema = json!({"properties": {"properties": {
            "required": ["order_id"],
            "properties": {
                "price": {"type": "number"},
                "tier": {"enum": ["free", "pro"]},
                "currency": {"pattern": "^[A-Z]{3}$"},
                "at": {"format": "date-time"},
                "qty": {"minimum": 1}
            }
        }}});
        let found = errors(
            schema,
            json!({"properties": {"price": "12.50", "tier": "gold", "currency": "usd",
                   "at": "2026-11-28 10:00", "qty": 0}}),
        );
        let expect = |pointer: &str, message: &str| (pointer.to_owned(), message.to_owned());
        for wanted in [
            expect(
                "/properties/order_id",
                "property \"order_id\" of event \"ev\" is missing",
            ),
            expect(
                "/properties/price",
                "property \"price\" of event \"ev\" is \"12.50\" (a string), expected a number",
            ),
            expect(
                "/properties/tier",
                "property \"tier\" of event \"ev\" is \"gold\", expected one of \"free\", \"pro\"",
            ),
            expect(
                "/properties/currency",
                "property \"currency\" of event \"ev\" is \"usd\", which does not match the pattern ^[A-Z]{3}$",
            ),
            expect(
                "/properties/qty",
                "property \"qty\" of event \"ev\" is 0, expected at least 1",
            ),
        ] {
            assert!(found.contains(&wanted), "{wanted:?} not in {found:#?}");
        }
        assert!(
            found
                .iter()
                .any(|(p, m)| p == "/properties/at" && m.contains("RFC 3339"))
        );
    }

    #[test]
    fn quotes_are_short_and_whole_characters() {
        let long = Value::String("é".repeat(100));
        let quoted = quote(&long);
        assert!(quoted.len() <= QUOTE_BYTES + "…".len(), "{quoted}");
        assert!(quoted.ends_with('…'));
        assert_eq!(escape_pointer("a/b~c"), "a~1b~0c");
        assert_eq!(unescape_pointer("a~1b~0c"), "a/b~c");
    }
}
