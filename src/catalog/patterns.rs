//! The regular expressions a catalog holds (`pattern` at any depth, `patternProperties` keys),
//! each compiled once with the engine, translation and budget `validate` uses. A pattern that
//! does not compile, or costs more than the budget, is `structure/invalid-pattern` in `check`
//! and stops `validate` before any payload is read (SPEC §8): never a validator silently lost.

use std::borrow::Cow;

use regex_syntax::hir::{Class, Hir, HirKind};
use serde_json::{Value, json};

use super::Catalog;
use crate::syntax::source::Span;
use foldhash::HashMap as FastMap;

/// The estimated compile work of all distinct patterns of a catalog together (units of
/// [`weight`]: a byte of literal, a range of a class, times every repetition). About 20 bytes
/// of compiled program each, so the patterns of one run cost at most ~100 MB, however many
/// distinct patterns a catalog spells out.
pub const TOTAL_WEIGHT: u64 = 5_000_000;

/// One pattern that cannot be used, where it is written and why.
#[derive(Debug, Clone)]
pub struct BadPattern<'a> {
    /// Whose definition holds it ("property \"x\" of event \"y\" at /items").
    pub place: String,
    /// The `pattern` value, or the `patternProperties` key.
    pub span: Span,
    pub pattern: &'a str,
    pub reason: String,
}

/// Every pattern of the catalog that does not compile, in catalog order. Each distinct
/// pattern is compiled once; after [`TOTAL_WEIGHT`] is spent, the rest are refused unread.
pub fn bad_patterns(catalog: &Catalog) -> Vec<BadPattern<'_>> {
    let mut verdicts: FastMap<&str, Option<String>> = FastMap::default();
    let mut spent = 0u64;
    let mut bad = Vec::new();
    let mut found: Vec<(String, Span, &str)> = Vec::new();
    catalog.each_constraints(|place, constraints| {
        if let Some(keyword) = constraints.get("pattern")
            && let Value::String(pattern) = &keyword.value
        {
            found.push((place.to_string(), keyword.span, pattern.as_str()));
        }
    });
    catalog.each_definition(|place, def| {
        let Some((_, patterns)) = def
            .shape
            .as_ref()
            .and_then(|s| s.pattern_properties.as_ref())
        else {
            return;
        };
        for key in patterns {
            found.push((place.to_string(), key.name.span, key.name.value.as_str()));
        }
    });
    for (place, span, pattern) in found {
        let verdict = verdicts
            .entry(pattern)
            .or_insert_with(|| judge(pattern, &mut spent));
        if let Some(reason) = verdict {
            bad.push(BadPattern {
                place,
                span,
                pattern,
                reason: reason.clone(),
            });
        }
    }
    bad
}

/// Why `pattern` cannot be used, or None when it compiles within the budget.
fn judge(pattern: &str, spent: &mut u64) -> Option<String> {
    *spent = spent.saturating_add(estimate(pattern));
    if *spent > TOTAL_WEIGHT {
        return Some(format!(
            "the catalog's patterns together exceed the regex budget ({TOTAL_WEIGHT} units of compile work); simplify or share patterns"
        ));
    }
    let schema = json!({ "pattern": pattern });
    match crate::syntax::schema::options().build(&schema) {
        Ok(_) => None,
        Err(_) => Some(reason(pattern)),
    }
}

/// Why the engine refused `pattern`, in words: its syntax error where regex-syntax finds one
/// (jsonschema only says "not a regex"), else its size.
fn reason(pattern: &str) -> String {
    match regex_syntax::ParserBuilder::new()
        .nest_limit(200)
        .build()
        .parse(pattern)
    {
        Err(error) => {
            let detail = match &error {
                regex_syntax::Error::Parse(e) => e.kind().to_string(),
                regex_syntax::Error::Translate(e) => e.kind().to_string(),
                other => other.to_string(),
            };
            format!(
                "it is not a regular expression ({})",
                crate::syntax::read::short_excerpt(&detail, 120)
            )
        }
        Ok(_) => format!(
            "it compiles to more than {} KiB, the budget of one pattern",
            crate::syntax::schema::PATTERN_SIZE_LIMIT / 1024
        ),
    }
}

/// The compile work `pattern` asks for (see [`TOTAL_WEIGHT`]); a pattern regex-syntax cannot
/// read (ECMA-262 syntax jsonschema translates) counts by its length.
fn estimate(pattern: &str) -> u64 {
    match regex_syntax::ParserBuilder::new()
        .nest_limit(200)
        .build()
        .parse(pattern)
    {
        Ok(hir) => weight(&hir),
        Err(_) => (pattern.len() as u64).saturating_mul(16),
    }
}

/// A rough size of the automaton `hir` compiles to: literals by bytes, classes by ranges (a
/// Unicode range becomes several UTF-8 byte ranges), repetitions multiply.
fn weight(hir: &Hir) -> u64 {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => 1,
        HirKind::Literal(literal) => literal.0.len() as u64,
        HirKind::Class(Class::Unicode(class)) => (class.ranges().len() as u64).saturating_mul(4),
        HirKind::Class(Class::Bytes(class)) => class.ranges().len() as u64,
        HirKind::Repetition(repetition) => {
            let times = repetition.max.unwrap_or(repetition.min).max(repetition.min);
            weight(&repetition.sub).saturating_mul(u64::from(times).saturating_add(1))
        }
        HirKind::Capture(capture) => weight(&capture.sub),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => parts
            .iter()
            .map(weight)
            .fold(1u64, |sum, part| sum.saturating_add(part)),
    }
}

/// The pattern as shown in a message: cut, so a pattern of a megabyte is not printed whole.
pub fn shown(pattern: &str) -> Cow<'_, str> {
    crate::text::cut(pattern, 80)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_grow_with_classes_and_repetitions() {
        assert!(estimate("^[A-Z]{3}$") < 100);
        assert!(estimate("^.{0,255}$") < 10_000);
        assert!(estimate(r"[\p{L}\p{N}]{200}") > 100_000);
        assert!(estimate("(a{1000}){1000}") >= 1_000_000);
    }

    #[test]
    fn bad_and_costly_patterns_are_refused_with_a_reason() {
        let mut spent = 0;
        assert_eq!(judge("^[A-Z]{3}$", &mut spent), None);
        assert!(judge("[", &mut spent).is_some());
        let costly = judge(r"[\p{L}\p{N}]{200}", &mut spent).unwrap_or_default();
        assert!(costly.contains("budget of one pattern"), "{costly}");
        let mut spent = TOTAL_WEIGHT;
        assert!(
            judge("^a$", &mut spent)
                .unwrap_or_default()
                .contains("together exceed")
        );
    }
}
