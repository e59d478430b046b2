//! naming/near-duplicate: names that normalise to one key (case, separators, word order, verb
//! form, plural, doubled letters), found by bucketing on the key, never by comparing all pairs.

use foldhash::{HashMap as FastMap, HashSet as FastSet};
use indexmap::IndexMap;

use super::words::{self, PARTICLES};
use super::{NEAR_DUPLICATE, Vocabulary, is_well_formed_property};
use crate::catalog::{Catalog, Name, PropertyDef};
use crate::config::{Naming, NamingStyle};
use crate::diagnostic::Diagnostic;
use crate::text::for_each_word;

/// Whether names are compared as events or as properties.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Event,
    Property,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Event => "event",
            Kind::Property => "property",
        }
    }
}

/// One name in the near-duplicate search.
pub(super) struct Entry<'a> {
    pub(super) name: &'a Name,
    /// It passes every other naming rule: the one to keep when two names collide.
    pub(super) well_formed: bool,
    /// The baseline (`--against`) has this name: when two names collide, the newer one is
    /// reported.
    pub(super) established: bool,
    /// A property of type array: a plural pair counts only when both or neither are lists
    /// (`tags` the list and `tag` the scalar are different things).
    pub(super) list: bool,
}

/// Every property definition of a catalog: the shared ones, then the inline ones.
pub(super) fn property_definitions(catalog: &Catalog) -> impl Iterator<Item = &PropertyDef> {
    let inline = catalog
        .events
        .iter()
        .flat_map(|e| e.properties.iter().filter_map(|p| p.inline()));
    catalog.properties.iter().chain(inline)
}

/// Every property name once (its first definition), with whether it is a list.
pub(super) fn property_entries<'a>(
    catalog: &'a Catalog,
    naming: &Naming,
    established: &FastSet<&str>,
) -> Vec<Entry<'a>> {
    let mut seen = FastSet::default();
    property_definitions(catalog)
        .filter(|def| seen.insert(def.name.value.as_str()))
        .map(|def| Entry {
            name: &def.name,
            well_formed: is_well_formed_property(naming, &def.name.value),
            established: established.contains(def.name.value.as_str()),
            list: def.main_type() == Some(crate::catalog::PropertyType::Array),
        })
        .collect()
}

/// The keys of the near-duplicate search, built through buffers reused from name to name.
#[derive(Default)]
struct KeyBuilder<'a> {
    word: String,
    scratch: String,
    /// The normalised words of the name, back to back, and where each one is.
    normalised: String,
    ranges: Vec<(usize, usize)>,
    /// For each word: the base verb when it is a past form (events only), and whether it is
    /// a particle.
    verbs: Vec<(Option<&'a str>, bool)>,
}

/// The meaning key of a name, and the verb it is about: the past form in the verb slot, else
/// the first one in the name.
struct MeaningKey<'a> {
    key: String,
    verb: Option<&'a str>,
}

impl<'a> KeyBuilder<'a> {
    /// `OrderCompleted`, `completed_order`, `order_complete` and `orders_completed` share a
    /// key: their words, each singular (but not after a preposition: `open_in_new_tab` and
    /// `open_in_new_tabs` are different actions), with doubled letters collapsed (digits kept),
    /// sorted. In event names a verb form stands for its base verb; property names keep
    /// theirs (`send_at` is when it will be sent, `sent_at` when it was) and mark a list.
    fn meaning(
        &mut self,
        v: &Vocabulary<'a>,
        name: &str,
        kind: Kind,
        list: bool,
    ) -> MeaningKey<'a> {
        self.normalised.clear();
        self.ranges.clear();
        self.verbs.clear();
        let KeyBuilder {
            word,
            scratch,
            normalised,
            ranges,
            verbs,
        } = self;
        let mut after_preposition = false;
        for_each_word(name, word, |word| {
            let start = normalised.len();
            let form = match kind {
                Kind::Event => Form::Event(v.past_base(word)),
                Kind::Property => Form::Property,
            };
            normalise_word(word, form, after_preposition, scratch, normalised);
            if normalised.len() > start {
                ranges.push((start, normalised.len()));
                verbs.push((form.base(), PARTICLES.contains(&word)));
            }
            after_preposition |= words::PREPOSITIONS.contains(&word);
        });
        let verb = match kind {
            Kind::Event => verb_slot(v.naming.style, &self.verbs)
                .and_then(|slot| self.verbs.get(slot).and_then(|(base, _)| *base)),
            Kind::Property => None,
        }
        .or_else(|| self.verbs.iter().find_map(|(base, _)| *base));
        let text = &self.normalised;
        self.ranges
            .sort_unstable_by(|a, b| text[a.0..a.1].cmp(&text[b.0..b.1]));
        let mut key = String::with_capacity(text.len() + self.ranges.len() + 6);
        for (i, &(start, end)) in self.ranges.iter().enumerate() {
            if i > 0 {
                key.push('_');
            }
            key.push_str(&text[start..end]);
        }
        if list {
            key.push_str("#list");
        }
        MeaningKey { key, verb }
    }
}

/// Which normalised word holds the verb: the last (before a particle), or the first for
/// verb_object.
fn verb_slot(style: NamingStyle, words: &[(Option<&str>, bool)]) -> Option<usize> {
    let last = words.len().checked_sub(1)?;
    match style {
        NamingStyle::VerbObject => Some(0),
        _ => {
            let particle = words.get(last).is_some_and(|&(_, particle)| particle);
            Some(if particle && last > 0 { last - 1 } else { last })
        }
    }
}

/// How a word of a name is read for the meaning key.
#[derive(Clone, Copy)]
enum Form<'a> {
    /// A word of an event name, with the base verb when it is a past form.
    Event(Option<&'a str>),
    /// A word of a property name: verb forms are kept.
    Property,
}

impl<'a> Form<'a> {
    fn base(self) -> Option<&'a str> {
        match self {
            Form::Event(base) => base,
            Form::Property => None,
        }
    }
}

/// Appends the normalised form of one word: in an event name a past form's base verb, else
/// the word's singular (not after a preposition) without an unknown `-ed`; in a property name
/// its singular. Then doubled letters are collapsed. A word with digits is kept as it is
/// (`step_1` and `step_11` are different steps).
fn normalise_word(
    word: &str,
    form: Form,
    after_preposition: bool,
    scratch: &mut String,
    out: &mut String,
) {
    if word.bytes().any(|b| b.is_ascii_digit()) {
        out.push_str(word);
        return;
    }
    scratch.clear();
    if let Form::Event(Some(base)) = form {
        scratch.push_str(base);
    } else if after_preposition {
        scratch.push_str(word);
    } else {
        push_singular(word, scratch);
    }
    if let Form::Event(None) = form {
        if scratch.len() > 4 && scratch.ends_with("ied") {
            scratch.truncate(scratch.len() - 3);
            scratch.push('y');
        } else if scratch.len() >= 5 && scratch.ends_with("ed") {
            scratch.truncate(scratch.len() - 2);
        }
    }
    // Doubled letters collapsed: `cancelled` and `canceled`, `adress` and `address`.
    let mut previous = None;
    for c in scratch.chars() {
        if previous != Some(c) || !c.is_alphabetic() {
            out.push(c);
        }
        previous = Some(c);
    }
}

/// Appends the singular of a word: `categories` -> category, `boxes` -> box, `orders` ->
/// order (not `status` or `analysis`).
fn push_singular(word: &str, out: &mut String) {
    if word.len() > 4
        && let Some(stem) = word.strip_suffix("ies")
    {
        out.push_str(stem);
        out.push('y');
        return;
    }
    for suffix in ["sses", "xes", "ches", "shes"] {
        if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
            out.push_str(&word[..word.len() - 2]);
            return;
        }
    }
    if word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        out.push_str(&word[..word.len() - 1]);
        return;
    }
    out.push_str(word);
}

/// The spelling key: the name's letters and digits, lowercase, without separators
/// (`sign_up_completed` and `signup_completed`), except between two digits (`step_1_1` is no
/// `step_11`).
pub fn spelling_key(name: &str) -> String {
    if name.is_ascii() {
        ascii_spelling_key(name.as_bytes())
    } else {
        chars_spelling_key(name)
    }
}

/// [`spelling_key`] of any text, a character at a time.
fn chars_spelling_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut separated = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            separated = true;
            continue;
        }
        if separated && c.is_ascii_digit() && key.ends_with(|k: char| k.is_ascii_digit()) {
            key.push('_');
        }
        key.extend(c.to_lowercase());
        separated = false;
    }
    key
}

/// [`spelling_key`] of an ASCII name, a byte at a time (nearly every name).
fn ascii_spelling_key(name: &[u8]) -> String {
    let mut key = Vec::with_capacity(name.len());
    let mut separated = false;
    for &b in name {
        if !b.is_ascii_alphanumeric() {
            separated = true;
            continue;
        }
        if separated && b.is_ascii_digit() && key.last().is_some_and(u8::is_ascii_digit) {
            key.push(b'_');
        }
        key.push(b.to_ascii_lowercase());
        separated = false;
    }
    // Only ASCII bytes were pushed.
    String::from_utf8(key).unwrap_or_default()
}

/// The meaning key of a name under the default config (no extra verbs, object_action): names
/// that share neither it nor their [`spelling_key`] are never near-duplicates.
pub fn near_duplicate_key(name: &str) -> String {
    static NAMING: std::sync::OnceLock<Naming> = std::sync::OnceLock::new();
    let naming =
        NAMING.get_or_init(|| crate::config::Config::defaults(".".into(), Vec::new()).naming);
    let vocabulary = Vocabulary::new(naming);
    KeyBuilder::default()
        .meaning(&vocabulary, name, Kind::Event, false)
        .key
}

type Groups = IndexMap<String, Vec<usize>, foldhash::fast::RandomState>;

/// Groups names by their meaning key and by their spelling key (no pairwise comparison), then
/// reports, in each group, every name against the one to keep.
pub(super) fn near_duplicates(
    v: &Vocabulary,
    kind: Kind,
    entries: &[Entry],
    out: &mut Vec<Diagnostic>,
) {
    let mut keys = KeyBuilder::default();
    let mut by_meaning = Groups::default();
    let mut by_spelling = Groups::default();
    let mut verbs = Vec::with_capacity(entries.len());
    for (index, entry) in entries.iter().enumerate() {
        let meaning = keys.meaning(v, &entry.name.value, kind, entry.list);
        by_meaning.entry(meaning.key).or_default().push(index);
        by_spelling
            .entry(spelling_key(&entry.name.value))
            .or_default()
            .push(index);
        verbs.push(meaning.verb);
    }
    let mut reported = vec![false; entries.len()];
    let groups = by_meaning
        .values()
        .map(|group| (group, Some(&verbs[..])))
        .chain(by_spelling.values().map(|group| (group, None)));
    for (group, verbs) in groups.filter(|(group, _)| group.len() > 1) {
        report_group(kind, entries, group, verbs, &mut reported, out);
    }
}

/// Reports every name of a group against the name to keep: a well-formed one before one that
/// breaks other naming rules, then one the baseline has, then the earlier one. Names whose verbs differ are no pair
/// (`team_export_imported`, `team_import_exported`): each verb keeps its own name. A name is
/// reported once.
fn report_group(
    kind: Kind,
    entries: &[Entry],
    group: &[usize],
    verbs: Option<&[Option<&str>]>,
    reported: &mut [bool],
    out: &mut Vec<Diagnostic>,
) {
    let mut order = group.to_vec();
    order.sort_by_key(|&i| (!entries[i].well_formed, !entries[i].established, i));
    let mut first_kept: Option<usize> = None;
    let mut kept_without_verb: Option<usize> = None;
    let mut kept_by_verb: FastMap<&str, usize> = FastMap::default();
    for index in order {
        let verb = verbs.and_then(|verbs| verbs.get(index).copied().flatten());
        let keeper = match verb {
            None => first_kept,
            Some(verb) => kept_by_verb.get(verb).copied().or(kept_without_verb),
        };
        let Some(keeper) = keeper else {
            first_kept.get_or_insert(index);
            match verb {
                Some(verb) => {
                    kept_by_verb.insert(verb, index);
                }
                None => kept_without_verb = Some(index),
            }
            continue;
        };
        let (entry, kept) = (&entries[index], &entries[keeper]);
        if reported[index] || entry.name.value == kept.name.value {
            continue;
        }
        reported[index] = true;
        out.push(near_duplicate_diagnostic(kind, entry, kept));
    }
}

fn near_duplicate_diagnostic(kind: Kind, entry: &Entry, kept: &Entry) -> Diagnostic {
    let (name, keep) = (&entry.name.value, &kept.name.value);
    let why = if kept.well_formed && !entry.well_formed {
        ", which follows the naming rules,"
    } else if kept.established && !entry.established {
        ", which the baseline already has,"
    } else {
        ""
    };
    NEAR_DUPLICATE
        .at(
            entry.name.span,
            format!(
                "{} \"{name}\" is a near-duplicate of \"{keep}\"",
                kind.noun()
            ),
        )
        .with_span_label("near-duplicate")
        .with_label(kept.name.span, format!("\"{keep}\" is defined here"))
        .with_help(if kept.well_formed {
            format!(
                "if they mean the same thing, keep \"{keep}\"{why} and remove or rename this one"
            )
        } else {
            // Never advise keeping a name that fails a naming rule itself.
            format!(
                "if they mean the same thing, keep one event under a name that follows the \
                 naming rules (\"{keep}\" does not either) and remove the other"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_duplicate_keys_match_spec_examples() {
        let key = near_duplicate_key("order_completed");
        for other in [
            "OrderCompleted",
            "completed_order",
            "order_complete",
            "orders_completed",
        ] {
            assert_eq!(near_duplicate_key(other), key, "{other}");
        }
        assert_eq!(
            near_duplicate_key("order_canceled"),
            near_duplicate_key("order_cancelled")
        );
        assert_eq!(
            near_duplicate_key("invitations_sent"),
            near_duplicate_key("invitation_sent")
        );
        assert_eq!(
            near_duplicate_key("message_send"),
            near_duplicate_key("message_sent")
        );
        assert_ne!(
            near_duplicate_key("order_completed"),
            near_duplicate_key("order_refunded")
        );
        assert_ne!(
            near_duplicate_key("user_signed_up"),
            near_duplicate_key("user_signed_in")
        );
        // Digits are never collapsed.
        assert_ne!(
            near_duplicate_key("alpha_field_1"),
            near_duplicate_key("alpha_field_11")
        );
    }

    #[test]
    fn the_ascii_spelling_key_is_the_general_one() {
        for name in [
            "signup_completed",
            "EMailVerified",
            "step_1_1",
            "step__11",
            "a1_2b_3",
            "Order Completed!",
            "__x__",
            "",
            "9_9_9",
        ] {
            assert_eq!(
                ascii_spelling_key(name.as_bytes()),
                chars_spelling_key(name),
                "{name}"
            );
        }
    }

    #[test]
    fn spelling_keys_ignore_separators_inside_words_but_not_between_digits() {
        assert_eq!(
            spelling_key("signup_completed"),
            spelling_key("sign_up_completed")
        );
        assert_eq!(
            spelling_key("email_verified"),
            spelling_key("EMailVerified")
        );
        assert_ne!(spelling_key("step_1_1"), spelling_key("step_11"));
        assert_ne!(
            spelling_key("alpha_field_1"),
            spelling_key("alpha_field_11")
        );
    }
}
