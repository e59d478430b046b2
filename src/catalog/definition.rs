//! A property definition at any depth (SPEC §1.2): its type set, our own fields, the flat
//! validation keywords, and the nested shape (children, items, closedness, branches), each
//! with its span. The catalog's properties, an event's inline properties and every nested
//! definition below them are this one type, so every command reads one model.

use std::cmp::Ordering;

use serde_json::Value;

use super::{Classification, Constraints, Name};
use crate::syntax::source::{Located, Span};

/// The types of SPEC §1.2, plus `null` for nullable and union type lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PropertyType {
    String,
    Integer,
    Number,
    Boolean,
    Timestamp,
    Object,
    Array,
    Null,
}

impl PropertyType {
    /// Every type, in the order messages list them.
    pub const ALL: [PropertyType; 8] = [
        PropertyType::String,
        PropertyType::Integer,
        PropertyType::Number,
        PropertyType::Boolean,
        PropertyType::Timestamp,
        PropertyType::Object,
        PropertyType::Array,
        PropertyType::Null,
    ];

    pub fn parse(text: &str) -> Option<PropertyType> {
        PropertyType::ALL.into_iter().find(|t| t.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PropertyType::String => "string",
            PropertyType::Integer => "integer",
            PropertyType::Number => "number",
            PropertyType::Boolean => "boolean",
            PropertyType::Timestamp => "timestamp",
            PropertyType::Object => "object",
            PropertyType::Array => "array",
            PropertyType::Null => "null",
        }
    }

    /// Whether a JSON value has this type (a timestamp is a string here; its format is a
    /// payload check).
    pub fn admits(self, value: &Value) -> bool {
        match self {
            PropertyType::String | PropertyType::Timestamp => value.is_string(),
            PropertyType::Integer => {
                value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|f| f.fract() == 0.0)
            }
            PropertyType::Number => value.is_number(),
            PropertyType::Boolean => value.is_boolean(),
            PropertyType::Object => value.is_object(),
            PropertyType::Array => value.is_array(),
            PropertyType::Null => value.is_null(),
        }
    }
}

/// A set of [`PropertyType`]s.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct TypeSet(u8);

impl TypeSet {
    pub fn of(types: impl IntoIterator<Item = PropertyType>) -> TypeSet {
        let mut set = TypeSet::default();
        for t in types {
            set.insert(t);
        }
        set
    }

    pub fn insert(&mut self, t: PropertyType) {
        self.0 |= 1 << t as u8;
    }

    pub fn contains(self, t: PropertyType) -> bool {
        self.0 & (1 << t as u8) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = PropertyType> {
        PropertyType::ALL
            .into_iter()
            .filter(move |t| self.contains(*t))
    }

    /// The set without `null`.
    pub fn without_null(self) -> TypeSet {
        TypeSet(self.0 & !(1 << PropertyType::Null as u8))
    }

    pub fn is_nullable(self) -> bool {
        self.contains(PropertyType::Null)
    }

    /// The one type of the set, when it has exactly one.
    pub fn single(self) -> Option<PropertyType> {
        let mut types = self.iter();
        let first = types.next()?;
        types.next().is_none().then_some(first)
    }

    /// `string`, `[string, "null"]`, `[integer, string]`: as written in a catalog.
    pub fn describe(self) -> String {
        match self.single() {
            Some(t) => t.as_str().to_owned(),
            None => {
                let names: Vec<String> = self
                    .iter()
                    .map(|t| match t {
                        PropertyType::Null => "\"null\"".to_owned(),
                        other => other.as_str().to_owned(),
                    })
                    .collect();
                format!("[{}]", names.join(", "))
            }
        }
    }
}

/// A `type:` as written: one name or a list, each with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Types {
    /// The `type:` value.
    pub span: Span,
    /// Every name written (`null` for a YAML null), in order.
    pub names: Vec<Name>,
    /// The known types among them.
    pub set: TypeSet,
}

impl Types {
    /// The names that are no type of SPEC §1.2 (properties/type-unknown).
    pub fn unknown(&self) -> impl Iterator<Item = &Name> {
        self.names
            .iter()
            .filter(|name| PropertyType::parse(&name.value).is_none())
    }

    /// Whether every name is a known type.
    pub fn is_known(&self) -> bool {
        self.unknown().next().is_none()
    }
}

/// A number as written: integers exact at any size up to 128 bits, else a float. Compared
/// exactly (2^63 - 1 stays 9223372036854775807, never 9223372036854776000).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Num {
    Int(i128),
    Float(f64),
}

impl Num {
    /// The number a YAML or JSON scalar's text spells (`1_000` and radix forms are not numbers
    /// in JSON Schema files; the YAML reader resolved them before).
    pub fn parse(text: &str) -> Option<Num> {
        let text = text.trim();
        if let Ok(int) = text.strip_prefix('+').unwrap_or(text).parse::<i128>() {
            return Some(Num::Int(int));
        }
        text.parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(Num::Float)
    }

    /// The number of a JSON value (exact within 64 bits).
    pub fn of(value: &Value) -> Option<Num> {
        let number = value.as_number()?;
        if let Some(int) = number.as_i64() {
            return Some(Num::Int(i128::from(int)));
        }
        if let Some(int) = number.as_u64() {
            return Some(Num::Int(i128::from(int)));
        }
        number.as_f64().map(Num::Float)
    }

    /// Exact comparison; None only for a NaN, which the readers never produce.
    pub fn compare(self, other: Num) -> Option<Ordering> {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
            (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
            (Num::Int(a), Num::Float(b)) => compare_int_float(a, b),
            (Num::Float(a), Num::Int(b)) => compare_int_float(b, a).map(Ordering::reverse),
        }
    }

    pub fn as_f64(self) -> f64 {
        match self {
            Num::Int(int) => int as f64,
            Num::Float(float) => float,
        }
    }
}

/// An integer against a float, without rounding the integer through f64.
fn compare_int_float(int: i128, float: f64) -> Option<Ordering> {
    if float.is_nan() {
        return None;
    }
    // Beyond ±2^127 every i128 is on one side.
    if float >= 1.7e38 {
        return Some(Ordering::Less);
    }
    if float <= -1.7e38 {
        return Some(Ordering::Greater);
    }
    let whole = float.trunc();
    let whole_int = whole as i128;
    match int.cmp(&whole_int) {
        Ordering::Equal => {
            let rest = float - whole;
            Some(if rest > 0.0 {
                Ordering::Less
            } else if rest < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        other => Some(other),
    }
}

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Num::Int(int) => write!(f, "{int}"),
            Num::Float(float) => write!(f, "{float}"),
        }
    }
}

/// An annotation or extension key (`title`, `default`, `$comment`, `deprecated`, `readOnly`,
/// `writeOnly`, `x-*`): no validation meaning, listed as neutral when it changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    pub key: Name,
    pub value: Value,
    pub span: Span,
}

/// What `additionalProperties` says of a nested object.
#[derive(Debug, Clone)]
pub enum Additional {
    /// `true` or `false`, at the value's span.
    Allowed(Located<bool>),
    /// A definition every unlisted property must meet.
    Schema(Box<PropertyDef>),
}

/// `oneOf`, `anyOf` or `allOf`: the key's span and each branch.
#[derive(Debug, Clone)]
pub struct Branches {
    pub key: Span,
    pub branches: Vec<PropertyDef>,
}

/// A JSON Schema `required: [..]` list on a nested object: the names it lists.
#[derive(Debug, Clone)]
pub struct RequiredList {
    pub key: Span,
    /// The list itself.
    pub span: Span,
    pub names: Vec<Name>,
}

/// What is nested under a definition (boxed: most definitions have none of it).
#[derive(Debug, Clone, Default)]
pub struct Shape {
    /// `properties:` (its key) and the children, in file order.
    pub properties: Option<(Span, Vec<PropertyDef>)>,
    pub required_list: Option<RequiredList>,
    pub items: Option<Box<PropertyDef>>,
    pub additional: Option<Additional>,
    /// `patternProperties`: each definition is named by its pattern.
    pub pattern_properties: Option<(Span, Vec<PropertyDef>)>,
    pub property_names: Option<Box<PropertyDef>>,
    pub one_of: Option<Branches>,
    pub any_of: Option<Branches>,
    pub all_of: Option<Branches>,
}

impl Shape {
    pub fn children(&self) -> &[PropertyDef] {
        self.properties.as_ref().map_or(&[], |(_, c)| c.as_slice())
    }

    /// Whether a child is required: its own `required: true`, or named by the list.
    pub fn is_required(&self, child: &PropertyDef) -> bool {
        child.required.as_ref().is_some_and(|r| r.value)
            || self
                .required_list
                .as_ref()
                .is_some_and(|list| list.names.iter().any(|n| n.value == child.name.value))
    }

    /// Whether `additionalProperties: false` closes this object.
    pub fn is_closed(&self) -> bool {
        matches!(&self.additional, Some(Additional::Allowed(allowed)) if !allowed.value)
    }
}

/// A property definition: in the catalog, inline under one event, or nested at any depth
/// under `properties`, `items`, `additionalProperties`, `patternProperties`,
/// `propertyNames` or a branch of `oneOf`/`anyOf`/`allOf`.
#[derive(Debug, Clone)]
pub struct PropertyDef {
    /// The property's name (for `items`, branches and the like, the keyword as a name).
    pub name: Name,
    /// The definition's own node.
    pub span: Span,
    pub types: Option<Types>,
    pub description: Option<Name>,
    pub owner: Option<Name>,
    pub classification: Option<Name>,
    pub unit: Option<Name>,
    /// `required: true|false`: an event's inline property, or a nested child.
    pub required: Option<Located<bool>>,
    /// The flat validation keywords (`enum`, `const`, `pattern`, `format`, the bounds,
    /// `multipleOf`, `uniqueItems`, `examples`), in file order.
    pub constraints: Constraints,
    pub shape: Option<Box<Shape>>,
    pub annotations: Vec<Annotation>,
    /// `classification` as read once by the builder.
    pub classification_value: Classification,
}

impl PropertyDef {
    /// The written type set, when it has one (a nested definition without `type` accepts
    /// any type).
    pub fn type_set(&self) -> Option<TypeSet> {
        self.types.as_ref().map(|t| t.set)
    }

    /// The one type, for a definition that has exactly one (nullable ones included: the
    /// type of `[string, "null"]` is string).
    pub fn main_type(&self) -> Option<PropertyType> {
        let set = self.type_set()?;
        set.without_null().single().or_else(|| set.single())
    }

    pub fn classification(&self) -> Classification {
        self.classification_value
    }

    pub fn children(&self) -> &[PropertyDef] {
        self.shape.as_ref().map_or(&[], |s| s.children())
    }

    /// This definition and every one nested below it, depth first, each with its JSON
    /// pointer relative to this one (`/properties/products/items/properties/sku`).
    pub fn walk<'d>(&'d self, visit: &mut dyn FnMut(&str, &'d PropertyDef)) {
        self.walk_in(&mut |pointer, def, _| visit(pointer, def));
    }

    /// As [`PropertyDef::walk`], with the object a definition is a `properties` child of
    /// (which says whether it is required); `None` for the root, items, branches and the like.
    pub fn walk_in<'d>(&'d self, visit: &mut dyn FnMut(&str, &'d PropertyDef, Option<&'d Shape>)) {
        let mut pointer = String::new();
        self.walk_at(&mut pointer, None, visit);
    }

    fn walk_at<'d>(
        &'d self,
        pointer: &mut String,
        parent: Option<&'d Shape>,
        visit: &mut dyn FnMut(&str, &'d PropertyDef, Option<&'d Shape>),
    ) {
        visit(pointer, self, parent);
        let Some(shape) = &self.shape else {
            return;
        };
        let len = pointer.len();
        let mut descend = |pointer: &mut String,
                           suffix: &str,
                           def: &'d PropertyDef,
                           parent: Option<&'d Shape>| {
            pointer.push_str(suffix);
            def.walk_at(pointer, parent, visit);
            pointer.truncate(len);
        };
        for child in shape.children() {
            descend(
                pointer,
                &format!("/properties/{}", escape_pointer(&child.name.value)),
                child,
                Some(shape),
            );
        }
        if let Some(items) = &shape.items {
            descend(pointer, "/items", items, None);
        }
        if let Some(Additional::Schema(def)) = &shape.additional {
            descend(pointer, "/additionalProperties", def, None);
        }
        if let Some((_, patterns)) = &shape.pattern_properties {
            for def in patterns {
                descend(
                    pointer,
                    &format!("/patternProperties/{}", escape_pointer(&def.name.value)),
                    def,
                    None,
                );
            }
        }
        if let Some(names) = &shape.property_names {
            descend(pointer, "/propertyNames", names, None);
        }
        for (keyword, branches) in [
            ("oneOf", &shape.one_of),
            ("anyOf", &shape.any_of),
            ("allOf", &shape.all_of),
        ] {
            for (index, def) in branches.iter().flat_map(|b| b.branches.iter()).enumerate() {
                descend(pointer, &format!("/{keyword}/{index}"), def, None);
            }
        }
    }
}

/// The property path a pointer names (`products[].sku`), and the keyword after it (`maximum`).
pub fn subject(pointer: &str) -> (Option<String>, Option<String>) {
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    let mut path = String::new();
    let mut index = 0;
    let mut last_keyword = None;
    while let Some(segment) = segments.get(index) {
        match segment.as_str() {
            "properties" => {
                if let Some(name) = segments.get(index + 1) {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(name);
                    index += 2;
                    last_keyword = None;
                    continue;
                }
                last_keyword = Some(segment.clone());
            }
            "items" => path.push_str("[]"),
            "additionalProperties" => path.push_str(".*"),
            "propertyNames" => path.push_str("(names)"),
            "patternProperties" => {
                if let Some(pattern) = segments.get(index + 1) {
                    path.push_str(&format!("{{{pattern}}}"));
                    index += 2;
                    continue;
                }
                last_keyword = Some(segment.clone());
            }
            "oneOf" | "anyOf" | "allOf" => {
                match segments
                    .get(index + 1)
                    .filter(|s| s.parse::<usize>().is_ok())
                {
                    Some(at) => {
                        path.push_str(&format!("({segment} {at})"));
                        index += 2;
                        continue;
                    }
                    None => last_keyword = Some(segment.clone()),
                }
            }
            other => last_keyword = Some(other.to_owned()),
        }
        index += 1;
    }
    ((!path.is_empty()).then_some(path), last_keyword)
}

/// A nested definition named from its property: `products[].gift_note` for the pointer
/// `/items/properties/gift_note` inside `products`.
pub fn property_path(property: &str, pointer: &str) -> String {
    match subject(pointer).0 {
        Some(inner) if inner.starts_with('[') || inner.starts_with('(') => {
            format!("{property}{inner}")
        }
        Some(inner) => format!("{property}.{inner}"),
        None => property.to_owned(),
    }
}

/// A JSON pointer segment (RFC 6901): `~` as `~0`, `/` as `~1`.
pub fn escape_pointer(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_compare_exactly_beyond_f64() {
        let big = Num::parse("9223372036854775807").unwrap();
        assert_eq!(big.to_string(), "9223372036854775807");
        let below = Num::parse("9223372036854775806").unwrap();
        assert_eq!(below.compare(big), Some(Ordering::Less));
        // Both round to the same f64, yet differ.
        assert_eq!(big.as_f64(), below.as_f64());
        assert_eq!(
            Num::Int(9_007_199_254_740_993).compare(Num::Float(9_007_199_254_740_992.0)),
            Some(Ordering::Greater)
        );
        assert_eq!(Num::Int(1).compare(Num::Float(1.5)), Some(Ordering::Less));
        assert_eq!(
            Num::Int(-1).compare(Num::Float(-1.5)),
            Some(Ordering::Greater)
        );
        assert_eq!(Num::Float(2.0).compare(Num::Int(2)), Some(Ordering::Equal));
        assert_eq!(
            Num::parse("170141183460469231731687303715884105727").unwrap(),
            Num::Int(i128::MAX)
        );
    }

    #[test]
    fn type_sets_describe_themselves_as_written() {
        let nullable = TypeSet::of([PropertyType::String, PropertyType::Null]);
        assert_eq!(nullable.describe(), "[string, \"null\"]");
        assert_eq!(nullable.without_null().single(), Some(PropertyType::String));
        assert!(nullable.is_nullable());
        let union = TypeSet::of([PropertyType::Integer, PropertyType::String]);
        assert_eq!(union.describe(), "[string, integer]");
        assert_eq!(TypeSet::of([PropertyType::Array]).describe(), "array");
    }
}
