//! One payload line, parsed once for what the checks read: the call's own fields borrowed from
//! the line, `properties` into a [`Tree`] of values borrowed from it (which the schemas
//! validate in place), consent preferences as a `serde_json::Value`, everything else
//! (`context.ip`, traits, integrations) scanned but never built. Building a `Value` of the
//! call cost most of the time (measured: README, Performance).
//! Lines that are not UTF-8, not JSON, or nested deeper than 128 levels are refused with a
//! reason naming the column.

use std::borrow::Cow;
use std::fmt;

use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde_json::{Number, Value};

use super::tree::{Root, Tree};

/// The visitor methods for every value that is not an object: skipped, giving `$default`.
macro_rules! skip_other_values {
    ($default:expr) => {
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            LooseVisitor.visit_seq(seq).map(|_| $default)
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok($default)
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok($default)
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok($default)
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok($default)
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok($default)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($default)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($default)
        }
    };
}

/// A field whose JSON type is not trusted: text (borrowed from the line when it has no
/// escapes), another scalar, or an array or object (its content skipped). Small: a call holds
/// a dozen and is moved whole.
#[derive(Debug, Clone, PartialEq)]
pub enum Loose<'a> {
    Text(Cow<'a, str>),
    Number(Number),
    Bool(bool),
    Null,
    Compound(&'static str),
}

impl Loose<'_> {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Loose::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The JSON type with an article ("a string").
    pub fn kind(&self) -> &'static str {
        match self {
            Loose::Text(_) => "a string",
            Loose::Compound(kind) => kind,
            scalar => super::violation::kind_of(&scalar.scalar()),
        }
    }

    /// A value to quote in a message (arrays and objects only by their type).
    pub fn quoted(&self) -> String {
        match self {
            Loose::Text(text) => super::violation::quote(&Value::String(text.to_string())),
            Loose::Compound(kind) => (*kind).to_owned(),
            scalar => super::violation::quote(&scalar.scalar()),
        }
    }

    /// A number, boolean or null as a `Value` (anything else as null).
    fn scalar(&self) -> Value {
        match self {
            Loose::Number(n) => Value::Number(n.clone()),
            Loose::Bool(b) => Value::Bool(*b),
            _ => Value::Null,
        }
    }
}

/// The fields of a call the checks read.
#[derive(Debug, Default)]
pub struct Call<'a> {
    pub kind: Option<Loose<'a>>,
    pub event: Option<Loose<'a>>,
    pub message_id: Option<Loose<'a>>,
    pub anonymous_id: Option<Loose<'a>>,
    pub user_id: Option<Loose<'a>>,
    pub group_id: Option<Loose<'a>>,
    pub timestamp: Option<Loose<'a>>,
    pub sent_at: Option<Loose<'a>>,
    pub received_at: Option<Loose<'a>>,
    /// `properties`, in the line's tree.
    pub properties: Option<Root>,
    /// `context.library.name` and `.version`; `library` is whether `context.library` is there.
    pub library: bool,
    pub library_name: Option<Loose<'a>>,
    pub library_version: Option<Loose<'a>>,
    /// `context.consent.categoryPreferences`.
    pub consent: Option<Box<Value>>,
    batch: Option<(Vec<Element<'a>>, usize)>,
}

impl<'a> Call<'a> {
    /// An id field by its payload name (`userId`).
    pub fn id(&self, field: &str) -> Option<&Loose<'a>> {
        match field {
            "anonymousId" => self.anonymous_id.as_ref(),
            "userId" => self.user_id.as_ref(),
            "groupId" => self.group_id.as_ref(),
            _ => None,
        }
    }
}

/// An item of a `{"batch": [...]}` line. Lives for one line and is matched at once: boxing
/// the call would cost an allocation per call for no memory saved.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Element<'a> {
    Call(Call<'a>),
    /// Not an object: its JSON type.
    NotObject(&'static str),
}

/// One line (lives as briefly as an [`Element`]).
#[derive(Debug)]
pub enum Parsed<'a> {
    /// One call: read into the [`Call`] given to [`parse`], where it stays (a call is a few
    /// hundred bytes; moving each through the parser's layers showed in profiles).
    Call,
    /// A Segment batch: its calls (the first [`MAX_BATCH_CALLS`]), how many more it held,
    /// and the batch's `sentAt`.
    Batch {
        calls: Vec<Element<'a>>,
        skipped: usize,
        sent_at: Option<Loose<'a>>,
    },
    NotObject(&'static str),
}

/// Parses a line (serde_json, borrowing strings from the line: measured faster here than
/// simd-json and sonic-rs, see README Performance), its calls' `properties` into `tree`
/// (cleared first), a single call into `call`. The reason names the column where it went wrong.
pub fn parse<'a>(
    bytes: &'a [u8],
    tree: &mut Tree<'a>,
    call: &mut Call<'a>,
) -> Result<Parsed<'a>, String> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            return Err(format!(
                "it is not UTF-8 (an invalid byte at column {})",
                error.valid_up_to() + 1
            ));
        }
    };
    tree.clear();
    *call = Call::default();
    Ok(match serde_json_parse(text, tree, call)? {
        Shape::NotObject(kind) => Parsed::NotObject(kind),
        Shape::Object => match call.batch.take() {
            Some((calls, skipped)) if call.kind.is_none() => Parsed::Batch {
                calls,
                skipped,
                sent_at: call.sent_at.take(),
            },
            _ => Parsed::Call,
        },
    })
}

fn serde_json_parse<'a>(
    text: &'a str,
    tree: &mut Tree<'a>,
    call: &mut Call<'a>,
) -> Result<Shape, String> {
    // Strings without escapes are borrowed from the line. From a `str` (checked once for the
    // whole line), serde_json does not check each string's UTF-8 again as it does from bytes.
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let shape = ElementVisitor { tree, call }
        .deserialize(&mut deserializer)
        .map_err(|e| reason(&e))?;
    deserializer.end().map_err(|e| reason(&e))?;
    Ok(shape)
}

/// serde_json's message without "line 1" (each payload is one line), with the column.
fn reason(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let message = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(message, _)| message);
    let message = match message {
        "recursion limit exceeded" => "it is nested deeper than 128 levels",
        other => other,
    };
    format!("{message} (column {})", error.column())
}

/// A string borrowed from the line when it has no escapes.
pub(super) struct Text<'a>(pub(super) Cow<'a, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

impl<'de> Deserialize<'de> for Loose<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Loose::Text(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Loose::Text(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Loose::Text(Cow::Owned(v)))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Loose::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Loose::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Loose::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        // As `Value::from(f64)`: a number that is not finite is null.
        Ok(Number::from_f64(v).map_or(Loose::Null, Loose::Number))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Loose::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Loose::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Loose::Compound("an array"))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Loose::Compound("an object"))
    }
}

/// What a value read as a call was.
enum Shape {
    /// An object: its fields are in the call.
    Object,
    /// Its JSON type (its content skipped).
    NotObject(&'static str),
}

/// Reads an object's fields into `call` (its `properties` into the tree); any other value
/// is only typed.
struct ElementVisitor<'t, 'c, 'a> {
    tree: &'t mut Tree<'a>,
    call: &'c mut Call<'a>,
}

impl ElementVisitor<'_, '_, '_> {
    fn other<E>(loose: Result<Loose<'_>, E>) -> Result<Shape, E> {
        loose.map(|value| Shape::NotObject(value.kind()))
    }
}

impl<'de> DeserializeSeed<'de> for ElementVisitor<'_, '_, 'de> {
    type Value = Shape;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Shape, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ElementVisitor<'_, '_, 'de> {
    type Value = Shape;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Self::other(LooseVisitor.visit_borrowed_str(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Self::other(LooseVisitor.visit_str(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Self::other(LooseVisitor.visit_string(v))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Self::other(LooseVisitor.visit_bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Self::other(LooseVisitor.visit_i64(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Self::other(LooseVisitor.visit_u64(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Self::other(LooseVisitor.visit_f64(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Self::other(LooseVisitor.visit_unit())
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Self::other(LooseVisitor.visit_none())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Self::other(LooseVisitor.visit_seq(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ElementVisitor { tree, call } = self;
        // A key repeated in one object: the last one wins, as JSON.parse does.
        while let Some(Text(key)) = map.next_key::<Text>()? {
            match key.as_ref() {
                "type" => call.kind = Some(map.next_value()?),
                "event" => call.event = Some(map.next_value()?),
                "messageId" => call.message_id = Some(map.next_value()?),
                "anonymousId" => call.anonymous_id = Some(map.next_value()?),
                "userId" => call.user_id = Some(map.next_value()?),
                "groupId" => call.group_id = Some(map.next_value()?),
                "timestamp" => call.timestamp = Some(map.next_value()?),
                "sentAt" => call.sent_at = Some(map.next_value()?),
                "receivedAt" => call.received_at = Some(map.next_value()?),
                "properties" => call.properties = Some(map.next_value_seed(tree.root())?),
                "context" => map.next_value_seed(ContextSeed(&mut *call))?,
                "batch" => call.batch = map.next_value_seed(BatchSeed(&mut *tree))?.0,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Shape::Object)
    }
}

/// Most calls read from one `{"batch": [...]}` line (Segment accepts 500 KB a batch, so a
/// real one holds a few thousand); the items after them are skipped unbuilt and counted, so a
/// line of a million `1,` builds 10,000 items, not a million (SPEC §8: budgets apply while
/// producing).
pub const MAX_BATCH_CALLS: usize = 10_000;

/// `batch`: its items (at most [`MAX_BATCH_CALLS`]) when it is an array, and how many more
/// there were.
struct BatchItems<'a>(Option<(Vec<Element<'a>>, usize)>);

/// Reads `batch`, its calls' `properties` into the tree.
struct BatchSeed<'t, 'a>(&'t mut Tree<'a>);

impl<'de> DeserializeSeed<'de> for BatchSeed<'_, 'de> {
    type Value = BatchItems<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        struct BatchVisitor<'t, 'a>(&'t mut Tree<'a>);
        impl<'de> Visitor<'de> for BatchVisitor<'_, 'de> {
            type Value = BatchItems<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an array of calls")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let tree = self.0;
                let mut items = Vec::new();
                while items.len() < MAX_BATCH_CALLS {
                    let mut call = Call::default();
                    let read = ElementVisitor {
                        tree: &mut *tree,
                        call: &mut call,
                    };
                    match seq.next_element_seed(read)? {
                        Some(Shape::Object) => items.push(Element::Call(call)),
                        Some(Shape::NotObject(kind)) => items.push(Element::NotObject(kind)),
                        None => return Ok(BatchItems(Some((items, 0)))),
                    }
                }
                let mut more = 0;
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    more += 1;
                }
                Ok(BatchItems(Some((items, more))))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                LooseVisitor.visit_map(map).map(|_| BatchItems(None))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
                Ok(BatchItems(None))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(BatchItems(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(BatchItems(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(BatchItems(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(BatchItems(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(BatchItems(None))
            }
        }
        deserializer.deserialize_any(BatchVisitor(self.0))
    }
}

/// Reads `context` into the call: `library.name`, `library.version` and
/// `consent.categoryPreferences`; anything else, or a context that is not an object, is skipped.
struct ContextSeed<'c, 'a>(&'c mut Call<'a>);

impl<'de> de::DeserializeSeed<'de> for ContextSeed<'_, 'de> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ContextSeed<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the call's context")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(Text(key)) = map.next_key::<Text>()? {
            match key.as_ref() {
                "library" => {
                    let library = map.next_value::<Library>()?;
                    self.0.library = library.object;
                    self.0.library_name = library.name;
                    self.0.library_version = library.version;
                }
                "consent" => {
                    let consent = map.next_value::<Consent>()?;
                    self.0.consent = consent.0;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }

    skip_other_values!(());
}

/// `context.library`: whether it is an object, and its `name` and `version`.
#[derive(Default)]
struct Library<'a> {
    object: bool,
    name: Option<Loose<'a>>,
    version: Option<Loose<'a>>,
}

impl<'de> Deserialize<'de> for Library<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LibraryVisitor)
    }
}

struct LibraryVisitor;

impl<'de> Visitor<'de> for LibraryVisitor {
    type Value = Library<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the library")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut library = Library {
            object: true,
            ..Library::default()
        };
        while let Some(Text(key)) = map.next_key::<Text>()? {
            match key.as_ref() {
                "name" => library.name = Some(map.next_value()?),
                "version" => library.version = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(library)
    }

    skip_other_values!(Library::default());
}

/// `context.consent`: its `categoryPreferences` when it is an object.
struct Consent(Option<Box<Value>>);

impl<'de> Deserialize<'de> for Consent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Ok(Consent(match value {
            Value::Object(mut consent) => consent.remove("categoryPreferences").map(Box::new),
            _ => None,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &[u8]) -> Result<Parsed<'static>, String> {
        parsed_in(text).map(|(parsed, _, _)| parsed)
    }

    /// The line, its tree and its call.
    fn parsed_in(
        text: &[u8],
    ) -> Result<(Parsed<'static>, &'static Tree<'static>, Call<'static>), String> {
        let bytes: &'static [u8] = Box::leak(text.to_vec().into_boxed_slice());
        let tree: &'static mut Tree<'static> = Box::leak(Box::default());
        let mut call = Call::default();
        let parsed = parse(bytes, tree, &mut call)?;
        Ok((parsed, tree, call))
    }

    #[test]
    fn reasons_name_the_column_and_the_problem() {
        assert_eq!(
            parsed(b"{\"a\":").unwrap_err(),
            "EOF while parsing a value (column 5)"
        );
        assert_eq!(
            parsed(b"{\"a\":\"\xff\"}").unwrap_err(),
            "it is not UTF-8 (an invalid byte at column 7)"
        );
        // Unknown keys are skipped without recursion; what is kept (`properties`) is bounded.
        let deep = format!("{{\"x\":{}{}}}", "[".repeat(200), "]".repeat(200));
        assert!(parsed(deep.as_bytes()).is_ok());
        let deep = format!(
            "{{\"properties\":{{\"x\":{}{}}}}}",
            "[".repeat(200),
            "]".repeat(200)
        );
        assert!(
            parsed(deep.as_bytes())
                .unwrap_err()
                .contains("deeper than 128")
        );
        assert!(matches!(parsed(b"[1]"), Ok(Parsed::NotObject("an array"))));
        assert!(matches!(
            parsed(b"\"x\""),
            Ok(Parsed::NotObject("a string"))
        ));
    }

    #[test]
    fn reads_the_call_fields_and_skips_the_rest() {
        let Ok((Parsed::Call, tree, call)) = parsed_in(
            br#"{"type":"track","event":"a\u0062","userId":7,"ip":"1.2.3.4",
                "properties":{"x":[1]},"event":"order_paid",
                "context":{"library":{"name":"web","version":4.1},"consent":{"categoryPreferences":{"Ads":false}},"traits":{"a":{}}}}"#,
        ) else {
            panic!("not a call");
        };
        assert_eq!(call.kind.as_ref().and_then(Loose::as_str), Some("track"));
        assert_eq!(
            call.event.as_ref().and_then(Loose::as_str),
            Some("order_paid")
        );
        assert_eq!(call.user_id, Some(Loose::Number(7.into())));
        assert_eq!(
            call.properties.map(|root| tree.value(root)),
            Some(serde_json::json!({"x": [1]}))
        );
        assert_eq!(
            call.library_name.as_ref().and_then(Loose::as_str),
            Some("web")
        );
        assert_eq!(
            call.library_version.as_ref().map(Loose::kind),
            Some("a number")
        );
        assert_eq!(
            call.consent.as_deref(),
            Some(&serde_json::json!({"Ads": false}))
        );
        let Ok(Parsed::Batch {
            calls,
            skipped,
            sent_at,
        }) = parsed(br#"{"batch":[{"event":"a"},3],"sentAt":"2026-11-28T10:00:00Z"}"#)
        else {
            panic!("not a batch");
        };
        assert_eq!((calls.len(), skipped), (2, 0));
        assert!(matches!(calls[1], Element::NotObject("an integer")));
        assert!(sent_at.is_some());
    }

    #[test]
    fn a_batch_builds_at_most_its_cap_and_counts_the_rest() {
        let items = vec!["1"; MAX_BATCH_CALLS + 123].join(",");
        let line = format!(r#"{{"batch":[{items}]}}"#);
        let Ok(Parsed::Batch { calls, skipped, .. }) = parsed(line.as_bytes()) else {
            panic!("not a batch");
        };
        assert_eq!((calls.len(), skipped), (MAX_BATCH_CALLS, 123));
    }
}
