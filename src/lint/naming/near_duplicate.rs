//! naming/near-duplicate: names that normalise to one key (case, separators, word order, verb
//! form, spelling, derivations of one meaning, plural, synonyms), found by bucketing on keys,
//! never by comparing all pairs. A pair that only a plural or a synonym makes is reported only
//! when the two definitions agree.

use std::hash::{BuildHasher, Hasher};
use std::ops::Range;

use foldhash::{HashMap as FastMap, HashSet as FastSet};
use indexmap::IndexMap;

use super::grammar::is_article;
use super::words::{self, PARTICLES, Related, Sense};
use super::{NEAR_DUPLICATE, Vocabulary, is_well_formed_property};
use crate::catalog::{Catalog, Name, PropertyDef, PropertyType, PropertyUse};
use crate::config::{Naming, NamingStyle};
use crate::diagnostic::Diagnostic;
use crate::text::{for_each_word, words_of};

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
    pub(super) definition: Definition<'a>,
}

/// What a name's definition says: what decides the pairs its spelling cannot, two names that
/// differ in number (`file_deleted` one file, `files_deleted` a bulk action with a count) or
/// by a synonym.
pub(super) enum Definition<'a> {
    Event {
        properties: &'a [PropertyUse],
        description: Option<&'a str>,
    },
    Property {
        /// The one type (`None`: several, or none written); an array is a list, and a list
        /// and a scalar are never one thing (`tags`, `tag`).
        main_type: Option<PropertyType>,
        description: Option<&'a str>,
    },
}

impl Definition<'_> {
    fn description(&self) -> Option<&str> {
        match self {
            Definition::Event { description, .. } | Definition::Property { description, .. } => {
                *description
            }
        }
    }

    fn is_list(&self) -> bool {
        matches!(
            self,
            Definition::Property {
                main_type: Some(PropertyType::Array),
                ..
            }
        )
    }
}

/// Every property definition of a catalog: the shared ones, then the inline ones.
pub(super) fn property_definitions(catalog: &Catalog) -> impl Iterator<Item = &PropertyDef> {
    let inline = catalog
        .events
        .iter()
        .flat_map(|e| e.properties.iter().filter_map(|p| p.inline()));
    catalog.properties.iter().chain(inline)
}

/// Every property name once (its first definition), with its type and description.
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
            definition: Definition::Property {
                main_type: def.main_type(),
                description: def.description.as_ref().map(|d| d.value.as_str()),
            },
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
    slots: Vec<Slot<'a>>,
    /// Read a vendor's name as written, not as the Segment event it tracks.
    as_written: bool,
}

/// One normalised word of a name.
#[derive(Clone, Copy)]
struct Slot<'a> {
    start: usize,
    end: usize,
    /// The base verb when the word is a past form (events only).
    verb: Option<&'a str>,
    /// Whether the word is a likely verb in its base form, last in an event name
    /// (`royalty_split_edit`).
    base_verb: bool,
    /// The verb the word names when it is a base verb or a noun of action (events only):
    /// before `completed` it is the verb (`enrollment_completed` is `enrolled`).
    action: Option<&'static str>,
    particle: bool,
    /// Written in the plural: `files_deleted` and `file_deleted` share a meaning key but not
    /// a number.
    plural: bool,
    /// The noun's synsets, when it shares one with another noun.
    synonyms: Option<Related>,
    /// The particle slot a phrasal verb's synsets stand for with this one (`picked_up`, whose
    /// `pick_up` is `collect`), by its place in the key's text.
    joined: Option<(usize, usize)>,
}

/// The meaning key of a name, the verb it is about (the past form in the verb slot, else the
/// first one in the name) and its number: which of its words, in key order, were plural.
struct MeaningKey<'a> {
    key: String,
    verb: Option<&'a str>,
    number: u64,
}

/// A key of the synonym search: the name's meaning key with one noun replaced by one of its
/// synsets, hashed (`commit_note_created` and `commit_comment_created` share one).
struct SynonymKey {
    hash: u64,
    index: usize,
    sense: Sense,
    word: &'static str,
}

/// The most words a name may have and still get synonym keys, and the most synsets a word
/// gives (its well-used senses first, then its others): the keys of a name stay few, whatever
/// it is.
const MAX_SYNONYM_WORDS: usize = 8;
const MAX_SENSES: usize = 12;

/// A fixed seed: the synonym buckets, and so the output, are the same on every run.
const SYNONYM_HASH: foldhash::quality::FixedState =
    foldhash::quality::FixedState::with_seed(0x006e_6561_7264_7570);

impl<'a> KeyBuilder<'a> {
    /// `OrderCompleted`, `completed_order`, `order_complete`, `orders_completed` and
    /// `order_completion` share a key: their words, each singular (but not after a
    /// preposition: `open_in_new_tab` and `open_in_new_tabs` are different actions), a
    /// derivation as its root (`validation` -> validate, `previously` -> previous), with
    /// doubled letters collapsed (digits kept), sorted. In event names a verb form stands for
    /// its base verb; property names keep theirs (`send_at` is when it will be sent, `sent_at`
    /// when it was) and mark a list.
    fn meaning(
        &mut self,
        v: &Vocabulary<'a>,
        name: &str,
        kind: Kind,
        list: bool,
    ) -> MeaningKey<'a> {
        let name = match kind {
            Kind::Event if !self.as_written => segment_event(name).unwrap_or(name),
            _ => name,
        };
        self.normalised.clear();
        self.slots.clear();
        let KeyBuilder {
            word,
            scratch,
            normalised,
            slots,
            ..
        } = self;
        let mut count = 0;
        // Whether the second word is a verb: then a first `user` is what the verb is about.
        let mut second_is_verb = false;
        let mut rewrite = false;
        // The base verb of the last word, when it is a past form.
        let mut last_verb = None;
        // Whether the word before the last says nothing beside the last (the control its
        // verb is done with, or an action a light verb completes), and whether the first word
        // can be a verb: which words after an `-ing` form are nouns it qualifies (below).
        let mut before_last_folds = false;
        let mut first_may_act = false;
        let mut last_acts = false;
        // Whether the last word says an action was done, past or not (`completed`,
        // `complete`, `done`).
        let mut done = false;
        // Whether the first word is only a past form, no base form too (`viewed`, not `run`),
        // and whether a later word is one or a preposition (a particle second goes
        // with the verb): see [`past_moved_last`].
        let (mut past_first, mut later_past) = (false, false);
        // Where `by` or `via` comes before a medium (`quote_sent_by_email`), by position: the
        // phrase says what a verb of sending by that medium says (`quote_emailed`, below).
        let mut before_medium = 0u64;
        for_each_word(name, word, |w| {
            count += 1;
            if kind == Kind::Event
                && (2..=64).contains(&count)
                && ["by", "via"].contains(&scratch.as_str())
                && words::medium(w).is_some()
            {
                before_medium |= 1 << (count - 2);
            }
            last_verb = v.past_base(w);
            let own_past = last_verb.is_some_and(|base| base != w);
            if count == 1 {
                // Not a word mostly used as an adjective (`paid_plan`, `shared_link`), a
                // noun (`ground`) or an auxiliary (`didReceiveMemoryWarning`).
                past_first = own_past
                    && !words::is_adjective(w)
                    && !words::is_noun(w)
                    && !words::AUXILIARIES.contains(&w);
                let mut american = String::new();
                let first = american_spelling(v, w, &mut american);
                first_may_act = v.lexicon.is_base_verb(first) || last_verb.is_some();
            } else if own_past
                || (words::PREPOSITIONS.contains(&w) && !(count == 2 && PARTICLES.contains(&w)))
            {
                later_past = true;
            }
            done = DONE_VERBS.contains(&last_verb.unwrap_or(w)) || w == "done";
            last_acts = last_verb.is_some() || v.lexicon.is_likely_verb(w);
            let light = LIGHT_VERBS.contains(&last_verb.unwrap_or(w));
            before_last_folds = last_verb
                .is_some_and(|verb| words::CONTROL_VERBS.contains(&(scratch.as_str(), verb)))
                || (light && {
                    let mut american = String::new();
                    let before = words::abbreviation(scratch).unwrap_or(scratch);
                    let before = american_spelling(v, before, &mut american);
                    v.lexicon.is_likely_verb(before)
                        || words::related_words()
                            .get(before)
                            .is_some_and(|r| r.key_root().is_some())
                });
            scratch.clear();
            scratch.push_str(w);
            if count == 2 && kind == Kind::Event {
                second_is_verb = v.is_past_tense(w) || v.lexicon.is_likely_verb(w);
            }
            rewrite |= kind == Kind::Event && (words::ARTICLES.contains(&w) || w == "marked");
        });
        if rewrite && let Some(plain) = plain_event_name(v, name) {
            return self.meaning(v, &plain, kind, list);
        }
        let object_first = kind == Kind::Event && v.naming.style == NamingStyle::ObjectAction;
        if object_first
            && past_first
            && !later_past
            && !self.as_written
            && let Some(moved) = past_moved_last(name)
        {
            return self.meaning(v, &moved, kind, list);
        }
        let mut after_preposition = false;
        // `by` binds the word after it: who did it stays apart from what it was done to
        // (`worker_favorited_by_business` is no `business_favorited_by_worker`).
        let mut after_by = false;
        let mut position = 0;
        let mut american = String::new();
        // Whether the word is the medium after a `by` or `via` left out.
        let mut medium_next = false;
        for_each_word(name, word, |word| {
            position += 1;
            if position <= 64 && before_medium & (1 << (position - 1)) != 0 {
                medium_next = true;
                return;
            }
            if kind == Kind::Event && word == "by" && position < count {
                after_by = true;
                return;
            }
            // A control's name beside what it does, `event` at the end and `user` first before
            // an object (the one who did it) say nothing (`upgrade_button_clicked`,
            // `app_crash_event`, `user_profile_viewed`; not `user_created`, `user_logged_in`).
            let filler = words::FILLER_WORDS.contains(&word)
                || (position == count && ["event", "events"].contains(&word));
            let subject = position == 1 && word == "user" && !second_is_verb;
            // An event handler's `on` first (`onUnreadCountChange` is `unread_count_changed`).
            let handler = position == 1 && word == "on";
            // A copular verb before its complement (`subscription_went_past_due` is
            // `subscription_past_due`), and the control a verb is always done with, right
            // before it (`renewal_form_submitted` is `renewal_submitted`,
            // `pricing_page_viewed` is `pricing_viewed`).
            // An auxiliary `did` before a verb says nothing either (`didReceiveMemoryWarning`).
            let copular = position < count
                && (words::COPULAR_VERBS.contains(&word) || words::AUXILIARIES[0] == word);
            let control = position + 1 == count
                && last_verb.is_some_and(|verb| words::CONTROL_VERBS.contains(&(word, verb)));
            let said_elsewhere = filler || subject || handler || copular || control;
            if kind == Kind::Event && said_elsewhere && count >= 3 {
                return;
            }
            let word = words::abbreviation(word).unwrap_or(word);
            // An `-ing` form that qualifies a noun is its verb (`spending_limit_changed` is
            // `spend_limit_changed`, `swimming_class_booked` `swim_class_booked`, as
            // `bookSwimmingClass` is): a noun after it and then the verb last, or a verb first,
            // a noun after it and no verb last. Not before the word last, which may be what it
            // is done to (`booking_extension`, `meeting_started`), nor before a word that says
            // nothing beside the last (`pricing_page_viewed` is `pricing_viewed`,
            // `meeting_transcription_completed` `meeting_transcribed`).
            let words_before_verb = count - usize::from(before_last_folds);
            // Before a light verb that says it was done, an `-ing` form is the action done
            // (`room_cleaning_completed` is `room_cleaned`).
            let gerund_done = done && position + 1 == count;
            let qualifies = position + 2 <= words_before_verb
                || gerund_done
                || (first_may_act && !last_acts && position >= 2 && position < count);
            let progressive = super::rename::progressive_base(v, word);
            let gerund = kind == Kind::Event && gerund_done && progressive.is_some();
            let word = match progressive {
                Some(base) if kind == Kind::Event && qualifies => base,
                _ => word,
            };
            let word = american_spelling(v, word, &mut american);
            // `to` says nothing a compound does not (`product_added_to_wishlist`,
            // `wishlist_product_added`): the words after it join the compound, singular like
            // its other words (`track_added_to_favourites` is `favourite_track_added`).
            if kind == Kind::Event && DROPPED_PREPOSITIONS.contains(&word) {
                return;
            }
            // A closed compound is its verb and particle (`user_login`, `user_logged_in`).
            let compound = words::compound_verb(word).filter(|_| kind == Kind::Event);
            // A verb of sending by a medium is `send` and the medium, which stands where a
            // particle would (`quote_emailed` is `quote_sent_by_email`, `quote_email_sent`).
            let past = match kind {
                Kind::Event => v.past_base(word),
                Kind::Property => None,
            };
            let medium = past.and_then(words::medium);
            let (word, base, particle) = match (medium, compound) {
                (Some(medium), _) => ("sent", Some("send"), Some(medium)),
                (None, Some((verb, particle))) => (verb, v.lexicon.base(verb), Some(particle)),
                (None, None) => (word, past, None),
            };
            // An SMS is a text (`reminder_sms_sent`, `reminder_text_sent`).
            let word = match kind {
                Kind::Event => words::medium(word).unwrap_or(word),
                Kind::Property => word,
            };
            let after_medium = std::mem::take(&mut medium_next);
            let parts = std::iter::once((word, base)).chain(particle.map(|p| (p, None)));
            for (part, (word, base)) in parts.enumerate() {
                let medium_part = (medium.is_some() && part == 1) || after_medium;
                let start = normalised.len();
                if std::mem::take(&mut after_by) {
                    normalised.push_str("by:");
                }
                let form = match kind {
                    // `done` last says it was completed (`wallet_kyc_done`).
                    Kind::Event if position == count && word == "done" => {
                        Form::Event(Some("complete"))
                    }
                    Kind::Event => Form::Event(base.or_else(|| v.past_base(word))),
                    Kind::Property => Form::Property,
                };
                let read = normalise_word(word, form, after_preposition, scratch, normalised);
                if normalised.len() > start {
                    // Only the word before the last can be folded with a light verb.
                    let before_last = position + 1 == count;
                    let last = kind == Kind::Event && position == count;
                    let action = match form {
                        // A noun of action, or a word that is mostly a verb: `step` before
                        // `completed` is the checkout's step, not a stepping.
                        // Before a verb that says it was done, any verb is that action
                        // (`portfolio_rebalance_completed`), an `-ing` form too (above).
                        Form::Event(None) if before_last && !PARTICLES.contains(&word) => read
                            .related
                            .and_then(|r| r.key_root())
                            .or_else(|| {
                                let acts = v.lexicon.is_likely_verb(word)
                                    || gerund
                                    || (done
                                        && v.lexicon.is_base_verb(word)
                                        && !words::is_noun(word));
                                acts.then_some(word)
                            })
                            // As its past form reads (`enrollment`: `enrolled`, read `enrol`).
                            .and_then(|verb| v.lexicon.past_participle(verb))
                            .and_then(|past| v.lexicon.base_of_past(&past)),
                        _ => None,
                    };
                    slots.push(Slot {
                        start,
                        end: normalised.len(),
                        // A light verb last in its base form is that verb too
                        // (`sim_swap_complete` is `sim_swap_completed`, `sim_swapped`).
                        verb: form
                            .base()
                            .or_else(|| LIGHT_VERBS.iter().copied().find(|l| last && *l == word)),
                        base_verb: last && form.base().is_none() && v.lexicon.is_likely_verb(word),
                        action,
                        particle: PARTICLES.contains(&word) || medium_part,
                        plural: read.plural,
                        // A noun's well-used synsets, else the main sense a verb shares
                        // with another (`onboarding_finished`, `onboarding_completed`),
                        // else a noun's loose senses (`gratuity`).
                        synonyms: read
                            .related
                            .filter(|r| r.senses.iter().any(|s| !s.role.is_loose()))
                            .or_else(|| {
                                let verb = form.base().or_else(|| {
                                    (kind == Kind::Event && v.lexicon.is_likely_verb(word))
                                        .then_some(word)
                                })?;
                                words::related_words().verb(verb)
                            })
                            .or_else(|| read.related.filter(|r| !r.senses.is_empty())),
                        joined: None,
                    });
                }
                after_preposition |= words::PREPOSITIONS.contains(&word);
            }
        });
        if kind == Kind::Event {
            light_verb_folded(v.naming.style, &mut self.slots);
            phrasal_verbs_joined(&self.normalised, &mut self.slots, &mut self.scratch);
        }
        // The past form in the verb slot, else one first (`booked_vet_visit`, read moved
        // last), else none when a verb last is in its base form (`royalty_split_edit` is about
        // editing, like `royalty_split_edited`, not about the `split` before it, and
        // `request_ride` may be about requesting), else any past form.
        let base_last = self.slots.last().is_some_and(|s| s.base_verb);
        let verb = match kind {
            Kind::Event => verb_slot(v.naming.style, &self.slots)
                .and_then(|slot| self.slots.get(slot).and_then(|s| s.verb)),
            Kind::Property => None,
        }
        .or_else(|| self.slots.first().and_then(|s| s.verb))
        .or_else(|| {
            self.slots
                .iter()
                .find_map(|s| s.verb)
                .filter(|_| !base_last)
        });
        let text = &self.normalised;
        self.slots.sort_unstable_by(|a, b| {
            text[a.start..a.end]
                .cmp(&text[b.start..b.end])
                .then(a.plural.cmp(&b.plural))
        });
        let mut key = String::with_capacity(text.len() + self.slots.len() + 6);
        let mut number = 0u64;
        for (i, slot) in self.slots.iter().enumerate() {
            if i > 0 {
                key.push('_');
            }
            key.push_str(&text[slot.start..slot.end]);
            // Folded past 64 words: only the names of one key are compared by number.
            number = number.rotate_left(1) ^ u64::from(slot.plural);
        }
        if list {
            key.push_str("#list");
        }
        MeaningKey { key, verb, number }
    }

    /// The synonym keys of the name [`KeyBuilder::meaning`] just read: for each noun with
    /// synsets, for each synset, the other words (in key order) and the synset, hashed.
    fn synonym_keys(&self, index: usize, list: bool, out: &mut Vec<SynonymKey>) {
        if self.slots.len() > MAX_SYNONYM_WORDS {
            return;
        }
        for (replaced, slot) in self.slots.iter().enumerate() {
            let Some(related) = slot.synonyms else {
                continue;
            };
            for &sense in related.senses.iter().take(MAX_SENSES) {
                let mut hasher = SYNONYM_HASH.build_hasher();
                hasher.write_u32(sense.synset);
                hasher.write_u8(u8::from(list));
                for (i, other) in self.slots.iter().enumerate() {
                    if i != replaced && slot.joined != Some((other.start, other.end)) {
                        hasher.write(&self.normalised.as_bytes()[other.start..other.end]);
                        hasher.write_u8(0xff);
                    }
                }
                out.push(SynonymKey {
                    hash: hasher.finish(),
                    index,
                    sense,
                    word: related.word,
                });
            }
        }
    }
}

/// Prepositions an event name may drop without changing what it says: `to` (and `into`)
/// and `for` (`registered_for_webinar` is `webinar_registered`); `from` and `in` say where
/// (`card_moved_to_board` is no `card_moved_from_board`).
const DROPPED_PREPOSITIONS: [&str; 3] = ["for", "into", "to"];

/// Verbs that only say an action happened: after a base verb or a noun of action the action
/// is the verb (`enrollment_completed` and `install_completed` are `enrolled`, `installed`;
/// `search_performed` is `searched`, `payment_made` is `paid`; `finished` and `done` as
/// `completed`: `speed_check_finished` and `speed_check_done` are `speed_checked`). Not
/// `submitted`, a stage of its own (`payment_submitted` comes before `payment_completed`).
const LIGHT_VERBS: [&str; 5] = ["complete", "do", "finish", "make", "perform"];

/// Folds a light verb in the verb slot (object_action order) into the action before it.
fn light_verb_folded(style: NamingStyle, slots: &mut Vec<Slot>) {
    if style == NamingStyle::VerbObject || slots.len() < 3 {
        return;
    }
    let [.., before, last] = slots.as_mut_slice() else {
        return;
    };
    let light = last.verb.is_some_and(|verb| LIGHT_VERBS.contains(&verb));
    if let (true, Some(action)) = (light, before.action) {
        before.verb = Some(action);
        slots.pop();
        return;
    }
    // A closed compound's verb and particle (`myki_topup_completed` is `myki_topped_up`).
    let done = last.verb.is_some_and(|verb| DONE_VERBS.contains(&verb));
    if let [.., verb, particle, _] = slots.as_slice()
        && done
        && particle.particle
        && verb.verb.is_some()
    {
        slots.pop();
    }
}

/// A verb and the particle after it that WordNet knows as one phrasal verb (`pick_up`,
/// `turn_down`): the verb's synonyms are the phrasal verb's, which stand for both words, and
/// the name is about the phrasal verb (`pickup_order_picked_up` meets
/// `pickup_order_collected` as `pick_up` for `collect`).
fn phrasal_verbs_joined(text: &str, slots: &mut [Slot], phrasal: &mut String) {
    for at in 1..slots.len() {
        let [verb, particle] = &mut slots[at - 1..=at] else {
            continue;
        };
        let Some(base) = verb.verb.filter(|_| particle.particle) else {
            continue;
        };
        phrasal.clear();
        phrasal.push_str(base);
        phrasal.push('_');
        phrasal.push_str(&text[particle.start..particle.end]);
        if let Some(related) = words::related_words().verb(phrasal) {
            verb.verb = Some(related.word);
            verb.synonyms = Some(related);
            verb.joined = Some((particle.start, particle.end));
        }
    }
}

/// A name with its past form first moved last, with the particle after it
/// (`viewed_outage_status_page` is `outage_status_page_viewed`, `signed_up_user`
/// `user_signed_up`): read as that, the words around the verb mean what they mean there (the
/// control it is done with, the user who did it, the action a light verb completes).
fn past_moved_last(name: &str) -> Option<String> {
    let words = words_of(name);
    let verb = if words
        .get(1)
        .is_some_and(|w| PARTICLES.contains(&w.as_str()))
    {
        2
    } else {
        1
    };
    if words.len() <= verb {
        return None;
    }
    let (past, rest) = words.split_at(verb);
    Some(
        rest.iter()
            .chain(past)
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("_"),
    )
}

/// The light verbs that only say an action was done: before them, an `-ing` form or any verb
/// is the action, a closed compound's too (`case_lookup_performed` is `case_looked_up`;
/// `make` is not one: `bed_made` is no `bedded`).
const DONE_VERBS: [&str; 4] = ["complete", "do", "finish", "perform"];

/// An event name without what says nothing of its meaning, as snake_case, when it has some:
/// articles (`PlaceAnOrder` is `place_order`, `request_a_quote` is `request_quote`; `a`
/// only before a word that is no past form or digits: `plan_a_selected` names plan A) and a
/// marking verb before the state it marks at the end (`email_marked_as_spam` is
/// `email_spam`, read like `email_spammed`; `issue_marked_resolved` is `issue_resolved`).
fn plain_event_name(v: &Vocabulary, name: &str) -> Option<String> {
    let words = words_of(name);
    let article = |i: usize| is_article(v, &words[i], words.get(i + 1).map(String::as_str));
    let mut plain: Vec<&str> = (0..words.len())
        .filter(|&i| !article(i))
        .map(|i| words[i].as_str())
        .collect();
    if let [objects @ .., "marked", "as", _] | [objects @ .., "marked", _] = plain.as_slice()
        && !objects.is_empty()
    {
        let state = plain.len() - 1;
        plain.drain(objects.len()..state);
    }
    (plain.len() < words.len()).then(|| plain.join("_"))
}

/// The Segment event a GA4 event tracks, however the GA4 name is cased or separated
/// (`add_to_cart`, `AddToCart`: `product_added`; `words::VENDOR_EVENTS`).
fn segment_event(name: &str) -> Option<&'static str> {
    let spelled = || {
        name.bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| b.to_ascii_lowercase())
    };
    words::VENDOR_EVENTS
        .iter()
        .find(|(ga4, _)| ga4.bytes().filter(|&b| b != b'_').eq(spelled()))
        .map(|(_, segment)| *segment)
}

/// Which normalised word holds the verb: the last (before a particle), or the first for
/// verb_object.
fn verb_slot(style: NamingStyle, words: &[Slot]) -> Option<usize> {
    let last = words.len().checked_sub(1)?;
    match style {
        NamingStyle::VerbObject => Some(0),
        _ => {
            let particle = words.get(last).is_some_and(|slot| slot.particle);
            Some(if particle && last > 0 { last - 1 } else { last })
        }
    }
}

/// A British spelling in the American one, so both share a key (`colour`, `favourite`,
/// `organisation`, `organiser`, `analysed`, `centre`, `catalogue`, `licence`, `programme`):
/// `enquir-` and the Greek `ae`/`oe` at the start (`enquiry`, `haemoglobin`, `paediatric`),
/// a few whole words (`tyre`, `cheque`, `kerb`, `grey`, the verb `practise`), `-our` at the end
/// of a word of five letters or more (and its forms, and before `-hood`, `-ful` and `-al`:
/// `neighbourhood`, `colourful`, `behavioural`), `-ise`/`-yse` (and their forms and doers)
/// where the lexicon knows the `-ize`/`-yze` verb, `-mme`, `-tre`/`-bre`/`-gre` and `-ogue` at
/// the end, and `-cence`/`-fence` at the end. Doubled letters (`cancelled`) are collapsed later
/// for every word. Other words come back as they are.
pub(super) fn american_spelling<'w>(v: &Vocabulary, word: &'w str, out: &'w mut String) -> &'w str {
    let Some((stem, tail)) = american_ending(v, word) else {
        return word;
    };
    out.clear();
    out.push_str(stem);
    out.push_str(&tail);
    out.as_str()
}

/// The part of `word` that stays and the American ending that replaces its British one.
fn american_ending<'w>(v: &Vocabulary, word: &'w str) -> Option<(&'w str, String)> {
    // `enquiry`, `enquired`: the British spelling of inquire and its forms; `haemoglobin`,
    // `paediatric`: the British `ae` of Greek words.
    for (british, american) in [
        ("enquir", "inquir"),
        ("haem", "hem"),
        ("anaem", "anem"),
        ("paed", "ped"),
        ("orthopaed", "orthoped"),
        ("oestr", "estr"),
    ] {
        if let Some(rest) = word.strip_prefix(british) {
            return Some(("", format!("{american}{rest}")));
        }
    }
    // Words whose British spelling no ending tells (`tyre`, `cheque`, `kerb`).
    let words = [
        ("aluminium", "aluminum"),
        ("cheque", "check"),
        ("cheques", "checks"),
        ("grey", "gray"),
        ("kerb", "curb"),
        ("mould", "mold"),
        ("plough", "plow"),
        ("practise", "practice"),
        ("practised", "practiced"),
        ("practises", "practices"),
        ("practising", "practicing"),
        ("pyjamas", "pajamas"),
        ("tyre", "tire"),
        ("tyres", "tires"),
    ];
    if let Some(&(_, american)) = words.iter().find(|(british, _)| *british == word) {
        return Some(("", american.to_owned()));
    }
    for suffix in [
        "our", "ours", "oured", "ouring", "ourite", "ourites", "ourited", "ouriting", "ourable",
        "ourhood", "ourhoods", "ourful", "oural",
    ] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.len() >= 2
            && word.len() >= 5
        {
            return Some((stem, format!("or{}", &suffix[3..])));
        }
    }
    for (british, american) in [("is", "iz"), ("ys", "yz")] {
        for ending in ["e", "es", "ed", "ing", "ation", "ations", "er", "ers"] {
            let Some(stem) = word
                .strip_suffix(ending)
                .and_then(|w| w.strip_suffix(british))
            else {
                continue;
            };
            if stem.len() >= 3 && v.lexicon.is_base_verb(&format!("{stem}{american}e")) {
                return Some((stem, format!("{american}{ending}")));
            }
        }
    }
    let endings = [
        ("mme", "m"),
        ("tre", "ter"),
        ("bre", "ber"),
        ("gre", "ger"),
        ("ogue", "og"),
        ("cence", "cense"),
        ("fence", "fense"),
    ];
    endings.into_iter().find_map(|(british, american)| {
        let stem = word.strip_suffix(british)?;
        (stem.len() >= 2).then(|| (stem, american.to_owned()))
    })
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

/// What normalising one word found out.
#[derive(Default)]
struct WordRead {
    /// The word was a plural (`files`).
    plural: bool,
    /// What related.txt says of its singular, unless it is a past form.
    related: Option<Related>,
}

/// Appends the normalised form of one word: in an event name a past form's base verb, else
/// the word's singular (not after a preposition), as its root when it is a derivation of one
/// meaning, else without an `-ed` that ends no base verb (events: `exceed` stays whole); in a
/// property name its singular (or
/// root). Then doubled letters are collapsed. A word with digits is kept as it is (`step_1`
/// and `step_11` are different steps).
fn normalise_word(
    word: &str,
    form: Form,
    after_preposition: bool,
    scratch: &mut String,
    out: &mut String,
) -> WordRead {
    if word.bytes().any(|b| b.is_ascii_digit()) {
        out.push_str(word);
        return WordRead::default();
    }
    scratch.clear();
    let mut plural = false;
    if let Form::Event(Some(base)) = form {
        scratch.push_str(base);
    } else if after_preposition {
        scratch.push_str(word);
    } else {
        push_singular(word, scratch);
        plural = scratch.as_str() != word;
    }
    let related = match form {
        Form::Event(Some(_)) => None,
        _ => words::related_words().get(scratch),
    };
    if let Some(root) = related.and_then(|r| r.key_root()) {
        scratch.clear();
        scratch.push_str(root);
    } else if let Form::Event(None) = form {
        if scratch.len() > 4 && scratch.ends_with("ied") {
            scratch.truncate(scratch.len() - 3);
            scratch.push('y');
        } else if scratch.len() >= 5
            && scratch.ends_with("ed")
            && !words::lexicon().is_base_verb(scratch)
        {
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
    WordRead { plural, related }
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
/// that share neither it, their [`spelling_key`] nor a synonym key are never near-duplicates.
pub fn near_duplicate_key(name: &str) -> String {
    static NAMING: std::sync::OnceLock<Naming> = std::sync::OnceLock::new();
    let naming =
        NAMING.get_or_init(|| crate::config::Config::defaults(".".into(), Vec::new()).naming);
    let vocabulary = Vocabulary::new(naming);
    KeyBuilder::default()
        .meaning(&vocabulary, name, Kind::Event, false)
        .key
}

type Groups = IndexMap<String, Vec<Member>, foldhash::fast::RandomState>;

/// One name in one bucket; in a synonym bucket, with the noun and synset that put it there;
/// in an initialism bucket, read with some of its words as their initials (an index into
/// [`Search::initialisms`]).
#[derive(Clone, Copy)]
struct Member {
    index: usize,
    synonym: Option<(Sense, &'static str)>,
    initialism: Option<usize>,
}

impl Member {
    fn plain(index: usize) -> Member {
        Member {
            index,
            synonym: None,
            initialism: None,
        }
    }
}

/// How the names of a bucket came to share its key, which says what makes two of them a pair.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Match {
    /// One spelling but for separators: always a pair.
    Spelling,
    /// One meaning key: a pair when their verbs agree, and, when they differ in number, their
    /// definitions too.
    Meaning,
    /// One meaning key but for a noun and its synonym: a pair when their verbs and definitions
    /// agree, their descriptions agree beyond the names, and one of the two nouns is used by
    /// that name alone (`project` and `task` in several names each are two things).
    Synonym,
    /// One meaning key once some words of one name are read as their initials, which another
    /// name uses as a word (`pull_request_merged`, `pr_merged`): a pair when their verbs agree.
    Initialism,
}

/// The most words a name may have and still be read with some of its words as initials, the
/// most words one initialism stands for, and the most readings a name gets (the first ones,
/// left to right): a hostile catalog that uses every pair of letters as a word still costs a
/// few meaning keys per name.
const MAX_INITIALISM_WORDS: usize = 12;
const MAX_INITIALISM_RUN: usize = 4;
const MAX_READINGS: usize = 8;

/// Initialisms a catalog uses as words: the words of two to seven letters or digits of its
/// names that are no word (`pr`, `otp` and `p2p`), or only a noun or adjective of two or three
/// letters (`lp`, `pm`); not `pip`, `app` or `doc`, a verb or words that stand for one, nor
/// `with`, a word that joins. Beside them, the words of three to seven letters that are words
/// (`sub`, `dash`) and may be clipped from a longer one (see [`shortenings`]); not a past form
/// or a word that joins. A word some description spells in capitals is an initialism too,
/// whatever else it is (`rap_registered`, "UK park app: RAP registered.").
fn short_words(v: &Vocabulary, entries: &[Entry]) -> (FastSet<String>, FastSet<String>) {
    let mut short = FastSet::default();
    let mut clipped = FastSet::default();
    // Every word is judged once, however many names use it.
    let mut judged = FastSet::default();
    let mut buffer = String::new();
    let capitals = spelled_in_capitals(entries);
    for entry in entries {
        for_each_word(&entry.name.value, &mut buffer, |word| {
            let letters = word.chars().filter(char::is_ascii_alphabetic).count();
            let fits = (2..=MAX_SHORTENING).contains(&word.len())
                && letters >= 2
                && word.bytes().all(|b| b.is_ascii_alphanumeric());
            if fits && !judged.contains(word) {
                judged.insert(word.to_owned());
                // Words that join (`with` is no shortening of `without`).
                let joins = words::is_particle_or_preposition(word)
                    || words::NEGATIONS.contains(&word)
                    || words::PRONOUNS.contains(&word)
                    || words::ARTICLES.contains(&word);
                // A noun or adjective of two or three letters may be initials (`lp` for a
                // licence plate, `pm` for preventive maintenance), not a shortening.
                let word_of_its_own =
                    (word.len() > 3 && is_content_word(word)) || v.lexicon.is_base_verb(word);
                let known = word_of_its_own
                    || v.is_past_tense(word)
                    || words::abbreviation(word).is_some()
                    || joins;
                if !known || (capitals.contains(word) && !joins) {
                    short.insert(word.to_owned());
                }
                let clippable = word.len() >= 3
                    && letters == word.len()
                    && (word_of_its_own || is_content_word(word))
                    && !v.is_past_tense(word)
                    && words::abbreviation(word).is_none()
                    && !joins;
                if clippable {
                    clipped.insert(word.to_owned());
                }
            }
        });
    }
    (short, clipped)
}

/// The words of two to seven letters the catalog's descriptions write in capitals only
/// (`RAP`, `CAP`; not `A` or `Old`), lowercase: initialisms, as the team spells them.
fn spelled_in_capitals(entries: &[Entry]) -> FastSet<String> {
    let mut capitals = FastSet::default();
    for description in entries.iter().filter_map(|e| e.definition.description()) {
        let words = description.split(|c: char| !c.is_ascii_alphanumeric());
        for word in words.filter(|w| (2..=MAX_SHORTENING).contains(&w.len())) {
            let letters = word.bytes().filter(u8::is_ascii_alphabetic).count();
            if letters >= 2 && !word.bytes().any(|b| b.is_ascii_lowercase()) {
                capitals.insert(word.to_ascii_lowercase());
            }
        }
    }
    capitals
}

/// Whether WordNet knows a word as a noun, an adjective or a derivation: no initialism of
/// four letters or more, and no shortening (`bus` is no `business`).
fn is_content_word(word: &str) -> bool {
    words::is_noun(word) || words::is_adjective(word) || words::related_words().knows(word)
}

/// Shortenings a catalog uses as words: a short word (see [`short_words`]), no word itself,
/// that exactly one longer word of its names begins with (`opp` for `opportunity`,
/// `minifig` for `minifigure`) or holds letter by letter from its first (`viz` for
/// `visualization`, `pkg` for `packing`; four letters at most) stands for it; one that two
/// words hold (`int`: `integration`, `internal`) stands for neither. A word of its own
/// (`clipped`) stands for the one longer word it begins too (`sub` for `subscription`, `dash`
/// for `dashboard`), but not for a word derived from it (`reviewer`, `payment`, `coverage`),
/// and only where a description says so (see [`ReadAs::Clipped`]). By long word: the short
/// word that stands for it (the first in byte order when two do), and whether it is a word of
/// its own.
fn shortenings(
    short: &FastSet<String>,
    clipped: &FastSet<String>,
    entries: &[Entry],
) -> FastMap<String, (String, bool)> {
    let mut found: FastMap<&str, Option<String>> = FastMap::default();
    if short.is_empty() && clipped.is_empty() {
        return FastMap::default();
    }
    // The short words that may shorten a word, by first letter, each list bounded: a hostile
    // catalog of many short words costs a bounded number of checks per word.
    let mut by_first: FastMap<u8, Vec<&str>> = FastMap::default();
    let mut sorted: Vec<&str> = short.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    for word in sorted {
        let letters = word.bytes().all(|b| b.is_ascii_alphabetic());
        if letters && word.len() <= MAX_SHORTENING && !is_content_word(word) {
            let list = by_first.entry(word.as_bytes()[0]).or_default();
            if list.len() < MAX_SHORTENINGS_PER_LETTER {
                list.push(word);
            }
        }
    }
    let mut buffer = String::new();
    let mut candidates: Vec<&str> = Vec::new();
    for entry in entries {
        for_each_word(&entry.name.value, &mut buffer, |word| {
            if word.len() < MIN_SHORTENED || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
                return;
            }
            candidates.clear();
            for &shorter in by_first.get(&word.as_bytes()[0]).into_iter().flatten() {
                let prefix =
                    word.starts_with(shorter) && shorter.len() >= 3 && word.len() >= MIN_PREFIXED;
                let letters =
                    shorter.len() <= MAX_LETTERS_SHORTENING && holds_in_order(word, shorter);
                if shorter.len() + 2 <= word.len() && (prefix || letters) {
                    candidates.push(shorter);
                }
            }
            // A word of its own is looked up by the word's beginnings: a few per word.
            if word.len() >= MIN_PREFIXED {
                let longest = MAX_SHORTENING.min(word.len() - 2);
                for beginning in (3..=longest).filter_map(|at| word.get(..at)) {
                    if let Some(shorter) = clipped.get(beginning)
                        && !is_derived_from(word, shorter)
                    {
                        candidates.push(shorter);
                    }
                }
            }
            for &shorter in &candidates {
                match found.get_mut(shorter) {
                    None => {
                        found.insert(shorter, Some(word.to_owned()));
                    }
                    Some(long) if long.as_deref() != Some(word) => *long = None,
                    Some(_) => {}
                }
            }
        });
    }
    let mut by_long: FastMap<String, (String, bool)> = FastMap::default();
    for (shorter, long) in found {
        let Some(long) = long else {
            continue;
        };
        let own = clipped.contains(shorter);
        by_long
            .entry(long)
            .and_modify(|kept| {
                if shorter < kept.0.as_str() {
                    *kept = (shorter.to_owned(), own);
                }
            })
            .or_insert_with(|| (shorter.to_owned(), own));
    }
    by_long
}

/// Whether `long` is `short` and an ending that derives a word from it (`reviewer`,
/// `payment`, `coverage`, `friendship`, `parental`): a word made from another, no clipping of
/// it.
fn is_derived_from(long: &str, short: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "age", "al", "ance", "ant", "ation", "ed", "ee", "ence", "ent", "er", "ers", "es", "ful",
        "hood", "ing", "ings", "ion", "ism", "ist", "ity", "ive", "less", "ly", "ment", "ments",
        "ness", "or", "ors", "ous", "out", "ship", "ure", "y",
    ];
    long.strip_prefix(short).is_some_and(|ending| {
        ENDINGS.contains(&ending)
            || short.strip_suffix('e').is_some_and(|stem| {
                long.strip_prefix(stem)
                    .is_some_and(|e| ENDINGS.contains(&e))
            })
    })
}

/// Whether `short` is `word`'s letters in order, from its first (`viz` in `visualization`).
fn holds_in_order(word: &str, short: &str) -> bool {
    let mut letters = word.bytes();
    short.as_bytes().first() == word.as_bytes().first()
        && short.bytes().all(|b| letters.any(|l| l == b))
}

/// The shortest word a shortening stands for, and the shortest a beginning of it does.
const MIN_SHORTENED: usize = 5;
const MIN_PREFIXED: usize = 6;

/// The longest shortening, the longest one that is no beginning of its word (`vegan` is no
/// `vegetarian`), and the most short words of one first letter a word is checked against.
const MAX_SHORTENING: usize = 7;
const MAX_LETTERS_SHORTENING: usize = 4;
const MAX_SHORTENINGS_PER_LETTER: usize = 256;

/// A name read with a short word the catalog uses for some of its words.
struct Reading {
    /// The name so read, snake_case.
    name: String,
    /// The short word and the words it stands for (none for a phrase).
    short: String,
    words: String,
    how: ReadAs,
}

/// How a [`Reading`] reads a name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ReadAs {
    /// A run of words as their initials (`pr`).
    Initials,
    /// A word as its shortening, no word itself (`opp`).
    Shortening,
    /// A word as a word of its own clipped from it (`sub` for `subscription`): the pair needs
    /// one of the two names relabelled, its description only saying which app sends it
    /// ("Old web: sub cancelled."), since the word may as well mean what it says (`dash`).
    Clipped,
    /// The name without its prepositions (see [`phrase_reading`]); `by_only` when they were
    /// all `by`, the phrase naming who did it.
    Phrase { by_only: bool },
}

/// A name with a preposition read without it, the words of its phrase joining the compound
/// (`sticker_sent_from_keyboard` as `keyboard_sticker_sent`, `ride_cancelled_by_captain` as
/// `captain_cancelled_ride`): it pairs only with a name that has no preposition at all, so
/// two phrases stay apart (`text_translated_from_english`, `text_translated_to_english`).
fn phrase_reading(v: &Vocabulary, words: &[String]) -> Option<Reading> {
    if words.len() > MAX_INITIALISM_WORDS {
        return None;
    }
    // A particle right after its verb is part of it (`user_signed_in`).
    let opens_phrase = |at: usize| {
        let word = words[at].as_str();
        let particle = PARTICLES.contains(&word)
            && at
                .checked_sub(1)
                .is_some_and(|before| v.is_past_tense(&words[before]));
        PHRASE_PREPOSITIONS.contains(&word) && !particle
    };
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut by_only = true;
    for (at, word) in words.iter().enumerate() {
        if opens_phrase(at) {
            by_only &= word == "by";
        } else {
            kept.push(word);
        }
    }
    (kept.len() >= 2 && kept.len() < words.len()).then(|| Reading {
        name: kept.join("_"),
        short: String::new(),
        words: String::new(),
        how: ReadAs::Phrase { by_only },
    })
}

/// Prepositions whose phrase says where, by whom or with what, which a compound says as well
/// (`sent_from_keyboard`, `keyboard_..._sent`); not `without`, `as`, `before`, `after` and
/// the like, which say more.
const PHRASE_PREPOSITIONS: [&str; 12] = [
    "at", "by", "for", "from", "in", "into", "of", "on", "onto", "to", "via", "with",
];

/// The readings of a name with a run of two to four of its words as their initials that the
/// catalog uses as a word, or one word as its shortening: `pull_request_merged` as
/// `pr_merged`, `peer_to_peer_transfer_sent` as `p2p_transfer_sent`,
/// `end_to_end_encryption_enabled` as `e2ee_enabled` (`to` as `2`), `opportunity_created` as
/// `opp_created`. Each reading comes with its short word and the words it stands for.
fn initialism_readings(
    words: &[String],
    short: &FastSet<String>,
    shortened: &FastMap<String, (String, bool)>,
    out: &mut Vec<Reading>,
) {
    out.clear();
    if words.len() < 2 || words.len() > MAX_INITIALISM_WORDS {
        return;
    }
    // A word the catalog also writes shortened (`opportunity_created`, `opp_created`).
    for (at, word) in words.iter().enumerate() {
        if let Some((prefix, clipped)) = shortened.get(word) {
            if out.len() == MAX_READINGS {
                return;
            }
            let mut reading: Vec<&str> = words.iter().map(String::as_str).collect();
            reading[at] = prefix.as_str();
            out.push(Reading {
                name: reading.join("_"),
                short: prefix.clone(),
                words: word.clone(),
                how: if *clipped {
                    ReadAs::Clipped
                } else {
                    ReadAs::Shortening
                },
            });
        }
    }
    for start in 0..words.len() {
        for len in 2..=MAX_INITIALISM_RUN.min(words.len() - start) {
            let run = &words[start..start + len];
            if !run
                .iter()
                .all(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
            {
                continue;
            }
            let initials: String = run.iter().filter_map(|w| w.chars().next()).collect();
            // `to` inside the run as `2` (`p2p`, `e2ee` for end to end encryption).
            let inner = run.get(1..run.len() - 1).unwrap_or_default();
            let digit = inner.iter().any(|w| w == "to").then(|| {
                let last = run.len() - 1;
                run.iter()
                    .enumerate()
                    .filter_map(|(i, w)| match w.as_str() {
                        "to" if i > 0 && i < last => Some('2'),
                        _ => w.chars().next(),
                    })
                    .collect::<String>()
            });
            for initialism in std::iter::once(initials).chain(digit) {
                if !short.contains(&initialism) {
                    continue;
                }
                if out.len() == MAX_READINGS {
                    return;
                }
                let mut reading: Vec<&str> = words[..start].iter().map(String::as_str).collect();
                reading.push(&initialism);
                reading.extend(words[start + len..].iter().map(String::as_str));
                out.push(Reading {
                    name: reading.join("_"),
                    short: initialism.clone(),
                    words: run.join(" "),
                    how: ReadAs::Initials,
                });
            }
        }
    }
}

/// Whether one verb is the other done again (`reopen`, `open`): WordNet makes the first a
/// kind of the second, but a claim reopened is no claim opened.
fn is_again(a: &str, b: &str) -> bool {
    a.strip_prefix("re") == Some(b) || b.strip_prefix("re") == Some(a)
}

/// What two definitions must show to agree (see [`Search::definitions_agree`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Agreement {
    /// Nothing that tells them apart: a plural, verbs of one main sense.
    NotApart,
    /// Descriptions that agree beyond the names, when both say more than the names: nouns
    /// WordNet calls synonyms.
    BeyondNames,
    /// Descriptions that say more than the names and agree beyond them: verbs related by a
    /// second sense or a broader verb (`email_verified` and `email_confirmed` described alike).
    Described,
    /// One of the two names relabelled, its description only saying which app or service
    /// sends it ("Old web: desk reserved."): verbs that share a rarer sense (`desk_reserved`,
    /// `desk_booked`), which two full descriptions cannot tell apart from two actions
    /// ("A user edited an earlier entry.", "A user deleted an earlier entry.").
    Relabelled,
}

/// The most names one bucket keeps apart (by verb, or by definition): a name that agrees
/// with none of them is left unreported, so a hostile bucket of 10k names stays linear.
const MAX_KEPT: usize = 16;

/// What one name's keys are (see [`near_duplicates`]).
struct NameKeys<'a> {
    meaning: MeaningKey<'a>,
    /// A vendor's name read as written as well (`add_to_wishlist` is `added_to_wishlist` as
    /// well as Segment's `product_added_to_wishlist`).
    own: Option<String>,
    spelling: String,
    synonyms: Vec<SynonymKey>,
    /// Each reading with a short word or without a phrase, its meaning key and the verb the
    /// name so read is about.
    readings: Vec<(Reading, String, Option<&'a str>)>,
}

/// How many names one worker reads at a time.
const KEY_CHUNK: usize = 512;

/// The keys of the names of `entries` in `chunk`, with a vocabulary and a key builder of the
/// chunk's own (the key reads no name the rules have taken).
fn name_keys<'a>(
    naming: &'a Naming,
    kind: Kind,
    entries: &[Entry],
    chunk: Range<usize>,
    short: &FastSet<String>,
    shortened: &FastMap<String, (String, bool)>,
) -> Vec<NameKeys<'a>> {
    let v = Vocabulary::new(naming);
    let mut keys = KeyBuilder::default();
    let mut readings = Vec::new();
    let mut out = Vec::with_capacity(chunk.len());
    for index in chunk {
        let Some(entry) = entries.get(index) else {
            break;
        };
        let name = entry.name.value.as_str();
        let list = entry.definition.is_list();
        let meaning = keys.meaning(&v, name, kind, list);
        let mut synonyms = Vec::new();
        keys.synonym_keys(index, list, &mut synonyms);
        let own = (kind == Kind::Event && segment_event(name).is_some()).then(|| {
            keys.as_written = true;
            let own = keys.meaning(&v, name, kind, list).key;
            keys.as_written = false;
            own
        });
        // The name's words, split once for both kinds of reading.
        let words = words_of(name);
        if !short.is_empty() || !shortened.is_empty() {
            initialism_readings(&words, short, shortened, &mut readings);
        } else {
            readings.clear();
        }
        if kind == Kind::Event {
            readings.extend(phrase_reading(&v, &words));
        }
        let readings = readings
            .drain(..)
            .map(|reading| {
                let read = keys.meaning(&v, &reading.name, kind, list);
                // Read without its prepositions a name is about its own verb still
                // (`sticker_sent_from_keyboard` is about sending).
                let verb = if matches!(reading.how, ReadAs::Phrase { .. }) {
                    meaning.verb
                } else {
                    read.verb
                };
                (reading, read.key, verb)
            })
            .collect();
        out.push(NameKeys {
            meaning,
            own,
            spelling: spelling_key(name),
            synonyms,
            readings,
        });
    }
    out
}

/// Groups names by their meaning key, their spelling key and their synonym keys (no pairwise
/// comparison), then reports, in each group, every name against the one to keep.
pub(super) fn near_duplicates(
    v: &Vocabulary,
    kind: Kind,
    entries: &[Entry],
    out: &mut Vec<Diagnostic>,
) {
    let mut by_meaning = Groups::default();
    let mut by_spelling = Groups::default();
    let mut by_initialism = Groups::default();
    let mut synonym_keys = Vec::new();
    let (short, clipped) = match kind {
        Kind::Event => short_words(v, entries),
        Kind::Property => Default::default(),
    };
    let shortened = shortenings(&short, &clipped, entries);
    // The keys of every name, read in chunks on the pool's workers (most of the rule's work),
    // then grouped in the names' order, so the report is the same however they ran.
    let chunks: Vec<Range<usize>> = (0..entries.len())
        .step_by(KEY_CHUNK)
        .map(|start| start..entries.len().min(start + KEY_CHUNK))
        .collect();
    let naming = v.naming;
    let read = crate::pool::map(&chunks, |_, chunk| {
        name_keys(naming, kind, entries, chunk.clone(), &short, &shortened)
    });
    let mut search = Search {
        v,
        kind,
        entries,
        verbs: Vec::with_capacity(entries.len()),
        numbers: Vec::with_capacity(entries.len()),
        uses: FastMap::default(),
        descriptions: FastMap::default(),
        reported: vec![false; entries.len()],
        initialisms: Vec::new(),
        reading_verbs: Vec::new(),
    };
    for (index, name) in read.into_iter().flatten().enumerate() {
        let mut previous = None;
        for key in &name.synonyms {
            // The keys of one noun come together: a name counts once per noun.
            if previous != Some(key.word) {
                *search.uses.entry(key.word).or_default() += 1;
            }
            previous = Some(key.word);
        }
        synonym_keys.extend(name.synonyms);
        by_meaning
            .entry(name.meaning.key)
            .or_default()
            .push(Member::plain(index));
        if let Some(own) = name.own {
            by_meaning
                .entry(own)
                .or_default()
                .push(Member::plain(index));
        }
        by_spelling
            .entry(name.spelling)
            .or_default()
            .push(Member::plain(index));
        search.verbs.push(name.meaning.verb);
        search.numbers.push(name.meaning.number);
        for (reading, key, verb) in name.readings {
            by_initialism.entry(key).or_default().push(Member {
                initialism: Some(search.initialisms.len()),
                ..Member::plain(index)
            });
            search.initialisms.push(reading);
            search.reading_verbs.push(verb);
        }
    }
    for group in by_meaning.values().filter(|g| g.len() > 1) {
        search.report_bucket(Match::Meaning, group, out);
    }
    let mut bucket = Vec::new();
    for (key, read) in &by_initialism {
        if let Some(plain) = by_meaning.get(key) {
            bucket.clear();
            bucket.extend(plain.iter().chain(read).copied());
            search.report_bucket(Match::Initialism, &bucket, out);
        }
    }
    for group in by_spelling.values().filter(|g| g.len() > 1) {
        search.report_bucket(Match::Spelling, group, out);
    }
    synonym_keys.sort_unstable_by_key(|k| (k.hash, k.index, k.sense.synset));
    for run in synonym_keys.chunk_by(|a, b| a.hash == b.hash) {
        if run.len() > 1 {
            bucket.clear();
            bucket.extend(run.iter().map(|k| Member {
                synonym: Some((k.sense, k.word)),
                ..Member::plain(k.index)
            }));
            search.report_bucket(Match::Synonym, &bucket, out);
        }
    }
}

/// What the buckets of one kind of name share while they are reported.
struct Search<'s, 'a> {
    v: &'s Vocabulary<'s>,
    kind: Kind,
    entries: &'s [Entry<'a>],
    /// Per name: the verb it is about and its number (see [`MeaningKey`]).
    verbs: Vec<Option<&'s str>>,
    numbers: Vec<u64>,
    /// How many names use each noun that has synonyms.
    uses: FastMap<&'static str, u32>,
    /// The content words of each description compared so far, by name.
    descriptions: FastMap<usize, Vec<String>>,
    /// A name is reported once.
    reported: Vec<bool>,
    /// Per reading with a short word: the short word and the words it stands for, and the
    /// verb the name so read is about (`income_verification_completed` is about verifying,
    /// read as `income_verif_completed` about completing, like that name).
    initialisms: Vec<Reading>,
    reading_verbs: Vec<Option<&'s str>>,
}

impl Search<'_, '_> {
    /// Reports every name of a bucket against the first kept name it pairs with, best first:
    /// a well-formed one before one that breaks other naming rules, then one the baseline
    /// has, then the earlier one. A name that pairs with none is kept itself (up to
    /// [`MAX_KEPT`]): names whose verbs differ are no pair (`team_export_imported`,
    /// `team_import_exported`), and each keeps its own name.
    fn report_bucket(&mut self, how: Match, bucket: &[Member], out: &mut Vec<Diagnostic>) {
        let entries = self.entries;
        let mut order = bucket.to_vec();
        order.sort_by_key(|m| {
            let entry = &entries[m.index];
            (!entry.well_formed, !entry.established, m.index)
        });
        let mut kept: Vec<Member> = Vec::new();
        for member in order {
            let keeper = kept
                .iter()
                .copied()
                .find(|kept| self.pairs(how, *kept, member));
            let Some(keeper) = keeper else {
                if kept.len() < MAX_KEPT {
                    kept.push(member);
                }
                continue;
            };
            let (entry, kept) = (&entries[member.index], &entries[keeper.index]);
            if self.reported[member.index] || entry.name.value == kept.name.value {
                continue;
            }
            self.reported[member.index] = true;
            let because = match (member.synonym, keeper.synonym) {
                (Some((_, word)), Some((_, kept_word))) => Because::Synonyms(word, kept_word),
                _ => match member.initialism.or(keeper.initialism) {
                    Some(at) => {
                        let reading = &self.initialisms[at];
                        let (short, words) = (reading.short.as_str(), reading.words.as_str());
                        match reading.how {
                            ReadAs::Phrase { .. } => Because::Key,
                            ReadAs::Initials => Because::Initialism(short, words),
                            ReadAs::Shortening | ReadAs::Clipped => {
                                Because::Shortening(short, words)
                            }
                        }
                    }
                    None => Because::Key,
                },
            };
            out.push(near_duplicate_diagnostic(self.kind, entry, kept, because));
        }
    }

    /// Whether `member` is a near-duplicate of the kept name `kept` in a bucket of `how`.
    fn pairs(&mut self, how: Match, kept: Member, member: Member) -> bool {
        if how == Match::Spelling {
            return true;
        }
        let (a, b) = (kept.index, member.index);
        // One name read as its initials pairs with another read as written.
        if how == Match::Initialism
            && (a == b || kept.initialism.is_some() == member.initialism.is_some())
        {
            return false;
        }
        // A name read with a short word is about the verb of that reading.
        let verb = |m: Member| match m.initialism {
            Some(at) => self.reading_verbs[at],
            None => self.verbs[m.index],
        };
        // Two related verbs are the synonyms themselves, not other verbs.
        let verb_synonyms = matches!(
            (kept.synonym, member.synonym),
            (Some((sense, word)), Some((_, other_word)))
                if sense.role.is_verb()
                    && verb(kept) == Some(word)
                    && verb(member) == Some(other_word)
        );
        let verbs_agree = match (verb(kept), verb(member)) {
            (Some(x), Some(y)) => x == y || verb_synonyms,
            _ => true,
        };
        if !verbs_agree {
            return false;
        }
        match (how, kept.synonym, member.synonym) {
            (Match::Synonym, Some((sense, word)), Some((other_sense, other_word))) => {
                let one_off = |w: &str| self.uses.get(w).copied() == Some(1);
                // A verb's main sense shared with another verb is one meaning, held to the
                // definitions like a plural; nouns WordNet calls synonyms need descriptions
                // that agree beyond the names, and verbs related otherwise (a second sense, a
                // broader verb) descriptions that do so in the first place.
                let crossed = || words::related_words().main_senses_crossed(word, other_word);
                let agreement = if sense.one_main_sense(other_sense)
                    || (sense.role.is_verb() && verb_synonyms && crossed())
                {
                    Agreement::NotApart
                } else if sense.role.is_verb() {
                    // Only as the names' verbs (`monitor_warn_triggered` and
                    // `monitor_alert_triggered` name two states).
                    if !verb_synonyms {
                        return false;
                    }
                    if sense.role.is_loose() || other_sense.role.is_loose() {
                        Agreement::Relabelled
                    } else {
                        Agreement::Described
                    }
                } else if sense.role.is_loose() || other_sense.role.is_loose() {
                    // A sense one of the two nouns seldom has (`tip` for a gratuity).
                    Agreement::Described
                } else {
                    Agreement::BeyondNames
                };
                word != other_word
                    && !is_again(word, other_word)
                    && sense.pairs_with(other_sense)
                    && (one_off(word) || one_off(other_word))
                    && self.definitions_agree(a, b, agreement)
            }
            (Match::Synonym, _, _) => false,
            (Match::Initialism, _, _) => {
                let Some((at, plain)) = member
                    .initialism
                    .map(|at| (at, kept.index))
                    .or_else(|| kept.initialism.map(|at| (at, member.index)))
                else {
                    return false;
                };
                let reading = &self.initialisms[at];
                // A name read without its phrase pairs with one that has none, and with one
                // whose verb is not last (who did what to what: `captain_cancelled_ride`) only
                // where the phrase said who did it (`ride_cancelled_by_captain`; a key shared
                // with a driver is no key a driver shared).
                if let ReadAs::Phrase { by_only } = reading.how {
                    let plain = words_of(&self.entries[plain].name.value);
                    let verb_last = plain.last().is_some_and(|w| self.v.is_past_tense(w));
                    let preposition = |w: &String| words::PREPOSITIONS.contains(&w.as_str());
                    if plain.iter().any(preposition) || !(verb_last || by_only) {
                        return false;
                    }
                }
                reading.how != ReadAs::Clipped
                    || self.definitions_agree(a, b, Agreement::Relabelled)
            }
            _ => {
                self.numbers[a] == self.numbers[b]
                    || self.definitions_agree(a, b, Agreement::NotApart)
            }
        }
    }

    /// Two definitions agree when events have the same property names, or properties the
    /// same main type, and their descriptions, when both have content words, agree: each
    /// shares at least half of its content words with the other, and both or neither negate
    /// (`not`, `no`, `never`). Content words are the words of three letters or more that are
    /// not [`words::DESCRIPTION_STOP_WORDS`], normalised like the words of an event name
    /// (`deleted`, `deletes` and `deletion` are one word).
    ///
    /// For synonyms ([`Agreement::BeyondNames`], [`Agreement::Described`]) the descriptions
    /// are compared on the words other than the two names' own: when both say more than
    /// their names, those words must agree as above and share one at least ("Someone left a
    /// note on a commit to explain the change" and "Someone commented on a commit to explain
    /// the change" describe one thing; "A project plan with milestones" and "A to-do item on
    /// a board" do not). Descriptions that only restate the names ("A task was created"), or
    /// none, say nothing against a pair of events (SPEC §3.2 pairs `commit_note_created` and
    /// `commit_comment_created` on the names): their properties must still agree, and two
    /// things with their own ids (`project_id`, `task_id`) do not. Verbs related by a second
    /// sense or a broader verb ([`Agreement::Described`]) need descriptions that say more
    /// than the names. Two properties have only a type and a description, so a synonym pair
    /// of properties needs descriptions that say more than the names (`project_id` "The
    /// project." and `task_id` "The task." are two things).
    fn definitions_agree(&mut self, a: usize, b: usize, agreement: Agreement) -> bool {
        let beyond_names = agreement != Agreement::NotApart;
        let shapes_agree = match (&self.entries[a].definition, &self.entries[b].definition) {
            (
                Definition::Event { properties, .. },
                Definition::Event {
                    properties: other, ..
                },
            ) => property_names(properties) == property_names(other),
            (
                Definition::Property { main_type, .. },
                Definition::Property {
                    main_type: other, ..
                },
            ) => main_type == other,
            _ => false,
        };
        if !shapes_agree {
            return false;
        }
        self.read_description(a);
        self.read_description(b);
        let names: Vec<String> = if beyond_names {
            let mut names = content_words(self.v, &self.entries[a].name.value);
            names.extend(content_words(self.v, &self.entries[b].name.value));
            names
        } else {
            Vec::new()
        };
        let content = |index| {
            let words: Vec<&str> = self
                .descriptions
                .get(&index)?
                .iter()
                .filter(|w| !names.contains(w))
                .map(String::as_str)
                .collect();
            (!words.is_empty()).then_some(words)
        };
        let negated = |words: &[&str]| words.iter().any(|w| words::NEGATIONS.contains(w));
        // Words read as written (`all` is a stop word of the content words); a whole set
        // only tells a plural from its singular.
        let plural = self.numbers[a] != self.numbers[b];
        let (Some(first), Some(second)) = (content(a), content(b)) else {
            // Events carry their things' own properties (`project_id`, `task_id`), which
            // already differ; two properties have only their type and description to go by.
            // A description that only says which app sends the name ("Old web: captain
            // picked.") marks one event tracked again, even for related verbs; one that only
            // restates its name ("Deposit paid.") does not (`deposit_refunded`).
            let relabelled = |index: usize| {
                content(index).is_none()
                    && self.entries[index]
                        .definition
                        .description()
                        .is_some_and(|d| without_source_label(d).len() < d.len())
            };
            return agreement == Agreement::NotApart
                || (agreement == Agreement::BeyondNames && self.kind == Kind::Event)
                || (matches!(agreement, Agreement::Described | Agreement::Relabelled)
                    && (relabelled(a) || relabelled(b)));
        };
        if agreement == Agreement::Relabelled {
            return false;
        }
        if !beyond_names {
            // A plural: one thing unless a description says otherwise (a bulk action, or the
            // thing negated); two teams rarely describe one event in the same words. A whole
            // set counts said of the plural name only (`guests_invited` "a whole group of
            // guests"; `guest_invited` "one guest from the guest list" names a list, no set),
            // and a singular name whose description says the plural acts on many too
            // (`password_imported`, "imported passwords from a CSV file").
            let names = [a, b];
            // The words of each name in the plural that the other has in the singular.
            let plurals = if plural {
                [self.plural_forms(b, a), self.plural_forms(a, b)]
            } else {
                Default::default()
            };
            let bulk = |at: usize| {
                let whole = !plurals[at].is_empty();
                self.description_says(names[at], |word| {
                    words::BULK_WORDS.contains(&word)
                        || (whole && words::WHOLE_WORDS.contains(&word))
                })
            };
            let in_plural = |at: usize| {
                self.description_says(names[at], |word| plurals[1 - at].iter().any(|p| p == word))
            };
            let bulks = [bulk(0), bulk(1)];
            let many = [bulks[0] || in_plural(0), bulks[1] || in_plural(1)];
            // Verbs of one main sense in names of one number: a description's "several" is
            // about the thing (`pattern_bundle_purchased`, "a bundle of several patterns").
            return negated(&first) == negated(&second)
                && (!plural || bulks[0] == bulks[1] || many[0] == many[1]);
        }
        let shared = shared_count(&first, &second);
        negated(&first) == negated(&second)
            && shared > 0
            && 2 * shared >= first.len()
            && 2 * shared >= second.len()
    }

    /// Whether some word of the description of `index` is one `said` accepts (none without
    /// a description).
    fn description_says(&self, index: usize, mut said: impl FnMut(&str) -> bool) -> bool {
        let Some(description) = self.entries[index].definition.description() else {
            return false;
        };
        let mut found = false;
        let mut buffer = String::new();
        for_each_word(description, &mut buffer, |word| found = found || said(word));
        found
    }

    /// The words of the name `plural` that the name `singular` has in the singular
    /// (`passwords` for `password_imported` and `passwords_imported`): none when `plural` is
    /// the singular one.
    fn plural_forms(&self, singular: usize, plural: usize) -> Vec<String> {
        let own = words_of(&self.entries[singular].name.value);
        words_of(&self.entries[plural].name.value)
            .into_iter()
            .filter(|w| !own.contains(w) && own.iter().any(|o| is_plural_of(w, o)))
            .collect()
    }

    /// Reads the content words of a name's description once, when it has one.
    fn read_description(&mut self, index: usize) {
        if let Some(description) = self.entries[index].definition.description() {
            let v = self.v;
            self.descriptions
                .entry(index)
                .or_insert_with(|| content_words(v, description));
        }
    }
}

/// Whether `word` is a regular plural of `singular` (`guests`, `boxes`, `categories`).
fn is_plural_of(word: &str, singular: &str) -> bool {
    let Some(tail) = word.strip_prefix(singular) else {
        return singular
            .strip_suffix('y')
            .is_some_and(|stem| word.strip_prefix(stem) == Some("ies"));
    };
    tail == "s" || tail == "es"
}

/// An event's property names, sorted, once each.
fn property_names(properties: &[PropertyUse]) -> Vec<&str> {
    let mut names: Vec<&str> = properties.iter().map(|p| p.name.value.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The content words of a description (see [`Search::definitions_agree`]), sorted, once each.
fn content_words(v: &Vocabulary, description: &str) -> Vec<String> {
    let mut words = Vec::new();
    let (mut buffer, mut scratch) = (String::new(), String::new());
    for_each_word(without_source_label(description), &mut buffer, |word| {
        let short = word.chars().count() < 3 && !words::NEGATIONS.contains(&word);
        if short || words::DESCRIPTION_STOP_WORDS.contains(&word) {
            return;
        }
        let mut normalised = String::with_capacity(word.len());
        normalise_word(
            word,
            Form::Event(v.past_base(word)),
            false,
            &mut scratch,
            &mut normalised,
        );
        words.push(normalised);
    });
    words.sort_unstable();
    words.dedup();
    words
}

/// A description without the label of where its event comes from that teams put first
/// ("Old web: invite opened.", "Android app (short form): ..."): the words before a colon
/// within its first 48 bytes, five at most, say which app or version sends it, not what
/// happened.
fn without_source_label(description: &str) -> &str {
    match description.split_once(':') {
        Some((label, rest)) if label.len() <= 48 && label.split_whitespace().count() <= 5 => rest,
        _ => description,
    }
}

/// How many words two sorted lists share.
fn shared_count(a: &[&str], b: &[&str]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// Why two names share a key, when the message says it.
enum Because<'w> {
    /// The meaning or spelling key: the message says nothing more (but for GA4's names).
    Key,
    /// The two nouns, when only they tell the names apart.
    Synonyms(&'w str, &'w str),
    /// An initialism and the words it stands for.
    Initialism(&'w str, &'w str),
    /// A shortening and the word it stands for.
    Shortening(&'w str, &'w str),
}

fn near_duplicate_diagnostic(
    kind: Kind,
    entry: &Entry,
    kept: &Entry,
    because: Because,
) -> Diagnostic {
    let (name, keep) = (&entry.name.value, &kept.name.value);
    let why = if kept.well_formed && !entry.well_formed {
        ", which follows the naming rules,"
    } else if kept.established && !entry.established {
        ", which the baseline already has,"
    } else {
        ""
    };
    // One is GA4's name and the other Segment's event (not a name of the GA4 name's own
    // words: `added_to_wishlist` beside `ADD_TO_WISHLIST`).
    let vendor = |name: &str, other: &str| {
        segment_event(name)
            .is_some_and(|segment| near_duplicate_key(segment) == near_duplicate_key(other))
    };
    let because = match because {
        Because::Synonyms(word, kept_word) => format!(
            " (\"{word}\" for \"{kept_word}\", WordNet synonyms, and the definitions agree)"
        ),
        Because::Initialism(initialism, words) => {
            format!(" (\"{initialism}\" for \"{words}\", its initials)")
        }
        Because::Shortening(short, word) => {
            format!(" (\"{short}\" for \"{word}\", shortened)")
        }
        Because::Key
            if kind == Kind::Event
                && (vendor(name, keep) || vendor(keep, name))
                && spelling_key(name) != spelling_key(keep) =>
        {
            " (GA4's name and Segment's for one event)".to_owned()
        }
        Because::Key => String::new(),
    };
    NEAR_DUPLICATE
        .at(
            entry.name.span,
            format!(
                "{} \"{name}\" is a near-duplicate of \"{keep}\"{because}",
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
                "if they mean the same thing, keep one {} under a name that follows the \
                 naming rules (\"{keep}\" does not either) and remove the other",
                kind.noun()
            )
        })
}

#[cfg(test)]
pub(super) mod tests {
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
        assert_ne!(near_duplicate_key("step_1"), near_duplicate_key("step_11"));
    }

    #[test]
    fn spellings_compounds_fillers_and_abbreviations_share_the_key() {
        for (a, b) in [
            ("colour_theme_changed", "color_theme_changed"),
            ("organiser_invited", "organizer_invited"),
            ("favourite_added", "favorite_added"),
            ("organisation_created", "organization_created"),
            ("report_analysed", "report_analyzed"),
            ("centre_opened", "center_opened"),
            ("programme_scheduled", "program_scheduled"),
            ("catalogue_viewed", "catalog_viewed"),
            ("licence_renewed", "license_renewed"),
            ("user_login", "user_logged_in"),
            ("user_signup", "user_signed_up"),
            ("upgrade_button_clicked", "upgrade_clicked"),
            ("app_crash_event", "app_crashed"),
            ("doc_opened", "document_opened"),
            ("config_saved", "configuration_saved"),
            ("quote_enquiry_sent", "quote_inquiry_sent"),
            ("rx_refilled", "prescription_refilled"),
            ("db_restored", "database_restored"),
            ("support_tkt_closed", "support_ticket_closed"),
            ("tyre_pressure_checked", "tire_pressure_checked"),
            ("drill_practised", "drill_practiced"),
            ("neighbourhood_map_opened", "neighborhood_map_opened"),
            ("behavioural_tag_added", "behavioral_tag_added"),
            ("vid_uploaded", "video_uploaded"),
            ("bday_reminder_set", "birthday_reminder_set"),
            ("fund_xfer_sent", "fund_transfer_sent"),
            ("haemoglobin_measured", "hemoglobin_measured"),
            ("alert_acked", "alert_acknowledged"),
        ] {
            assert_eq!(near_duplicate_key(a), near_duplicate_key(b), "{a} {b}");
        }
        for (a, b) in [
            // Short words keep their `-our`, words the lexicon has no `-ize` verb for their
            // `-ise`, and `button` alone or with one word is the name.
            ("tour_booked", "tor_booked"),
            ("promise_kept", "promize_kept"),
            ("button_clicked", "clicked"),
            ("user_logged_in", "user_logged_out"),
            // `by` binds its word: who did it is not what it was done to.
            (
                "worker_favorited_by_business",
                "business_favorited_by_worker",
            ),
        ] {
            assert_ne!(near_duplicate_key(a), near_duplicate_key(b), "{a} {b}");
        }
    }

    /// The near-duplicates among `names`, as events with no definitions.
    /// The near-duplicate messages among event names with no descriptions or properties,
    /// under the default config.
    #[test]
    fn a_message_is_read_as_its_verb_and_finished_or_done_as_completed() {
        // `invitation` is what one invites with (WordNet's noun.communication): one key with
        // `invite`, though no action a rename inflects.
        for (a, b) in [
            ("team_invite_accepted", "team_invitation_accepted"),
            ("booking_confirmation_sent", "booking_confirm_sent"),
            ("tax_check_finished", "tax_check_completed"),
            ("tax_check_done", "tax_check_completed"),
        ] {
            assert_eq!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
        assert_eq!(
            pairs_among(&["team_invite_accepted", "team_invitation_accepted"]),
            ["event \"team_invitation_accepted\" is a near-duplicate of \"team_invite_accepted\""]
        );
        assert!(
            words::related_words()
                .get("invitation")
                .is_some_and(|r| r.root.is_none())
        );
    }

    #[test]
    fn a_word_a_description_writes_in_capitals_is_an_initialism() {
        let spelled_out = (
            "ride_access_pass_registered",
            "A guest registered for a Ride Access Pass.",
        );
        assert_eq!(
            described(
                ("rap_registered", "UK park app: RAP registered."),
                spelled_out
            ),
            [
                "event \"ride_access_pass_registered\" is a near-duplicate of \"rap_registered\" \
                 (\"rap\" for \"ride access pass\", its initials)"
            ]
        );
        // Written as a word, `rap` is one (a verb): no initialism.
        assert!(
            described(
                ("rap_registered", "UK park app: rap registered."),
                spelled_out
            )
            .is_empty()
        );
    }

    #[test]
    fn a_light_verb_folds_after_an_abbreviation_or_a_compound() {
        for (a, b) in [
            // `xfer` is read as transfer before the light verb, as it is everywhere else.
            (
                "trust_to_operating_xfer_completed",
                "trust_to_operating_transfer_completed",
            ),
            ("case_lookup_performed", "case_looked_up"),
        ] {
            assert_eq!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
    }

    #[test]
    fn a_base_verb_last_is_what_the_name_is_about() {
        // Not the past form before it (`split`, `set`), and a base verb keeps its `-ed`
        // (`exceed` was read `exce`, `exceeded` `exced`).
        for (a, b) in [
            ("royalty_split_edit", "royalty_split_edited"),
            ("production_set_export", "production_set_exported"),
            ("vibration_threshold_exceed", "vibration_threshold_exceeded"),
        ] {
            assert_eq!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
            assert_eq!(pairs_among(&[a, b]).len(), 1, "{a}, {b}");
        }
        // A verb first still says what a name is about (`ride` last is no verb here), and a
        // past form first is read moved last.
        assert_eq!(
            pairs_among(&["ride_requested", "request_ride"]),
            ["event \"request_ride\" is a near-duplicate of \"ride_requested\""]
        );
        assert_eq!(
            pairs_among(&["booked_vet_visit", "vet_visit_booked"]).len(),
            1
        );
        assert!(pairs_among(&["royalty_split_edit", "royalty_split_deleted"]).is_empty());
    }

    #[test]
    fn an_ing_form_before_a_noun_is_its_verb() {
        for (a, b) in [
            ("spending_cap_changed", "spend_cap_changed"),
            ("diving_course_booked", "dive_course_booked"),
            ("bookDivingCourse", "diving_course_booked"),
        ] {
            assert_eq!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
        // Not before the word last, nor before a control or an action a light verb completes.
        for (a, b) in [
            ("booking_extension", "book_extension"),
            ("pricing_page_viewed", "price_viewed"),
            (
                "meeting_transcription_completed",
                "meet_transcription_completed",
            ),
        ] {
            assert_ne!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
    }

    #[test]
    fn a_source_label_alone_lets_related_verbs_pair_and_a_verb_done_again_never_does() {
        // `log` is a kind of `record`: a description that only says which app sends the
        // name marks the same event tracked again.
        assert_eq!(
            described(
                ("dive_logged", "Legacy iOS app: dive logged."),
                (
                    "dive_recorded",
                    "A diver saved a dive with its depth and time."
                )
            ),
            [
                "event \"dive_recorded\" is a near-duplicate of \"dive_logged\" \
              (\"record\" for \"log\", WordNet synonyms, and the definitions agree)"
            ]
        );
        // One that only restates its name is not enough (`refund` is a kind of `pay`).
        assert!(
            described(
                ("rent_paid", "Rent paid."),
                (
                    "rent_refunded",
                    "The landlord gave the rent back after a cancellation."
                )
            )
            .is_empty()
        );
        // A verb done again: WordNet's `reopen` is a kind of `open`, a second time.
        assert!(
            described(
                ("ticket_opened", "Help desk: ticket opened."),
                ("ticket_reopened", "A closed ticket was opened again.")
            )
            .is_empty()
        );
        assert_eq!(
            without_source_label("Old web: invite opened."),
            " invite opened."
        );
        assert_eq!(
            without_source_label("Shown when the total is 10:00 or later, in the app."),
            "Shown when the total is 10:00 or later, in the app."
        );
    }

    #[test]
    fn verbs_of_a_third_sense_pair_when_described_alike() {
        // `finish`'s third sense is `end`'s main one.
        assert_eq!(
            described(
                ("session_ended", "The coach closed a training session."),
                (
                    "session_finished",
                    "A coach closed the training session in the app."
                )
            ),
            [
                "event \"session_finished\" is a near-duplicate of \"session_ended\" \
              (\"finish\" for \"end\", WordNet synonyms, and the definitions agree)"
            ]
        );
        assert!(pairs_among(&["session_ended", "session_finished"]).is_empty());
    }

    #[test]
    fn short_nouns_may_be_initials_but_no_shortening() {
        // `lp` is a noun (a record) but, beside the words it is the initials of, reads as them.
        assert_eq!(
            pairs_among(&["lp_photo_taken", "licence_plate_photo_taken"]),
            [
                "event \"licence_plate_photo_taken\" is a near-duplicate of \"lp_photo_taken\" \
              (\"lp\" for \"licence plate\", its initials)"
            ]
        );
        // `bus` begins `business` but is a word of its own.
        assert!(pairs_among(&["bus_tracked", "business_tracked"]).is_empty());
        // A shortened name pairs with the long one even when the long one's verb is folded:
        // `identity_verification_completed` is about verifying, read shortened about completing.
        assert_eq!(
            pairs_among(&[
                "identity_verification_completed",
                "identity_verif_completed"
            ])
            .len(),
            1
        );
    }

    pub(in crate::lint::naming) fn pairs_among(names: &[&str]) -> Vec<String> {
        let described: Vec<(&str, Option<&str>)> = names.iter().map(|n| (*n, None)).collect();
        pairs_described(&described)
    }

    /// The pairs of two described events, each `(name, description)`.
    fn described(a: (&str, &str), b: (&str, &str)) -> Vec<String> {
        pairs_described(&[(a.0, Some(a.1)), (b.0, Some(b.1))])
    }

    /// [`pairs_among`] events with descriptions.
    fn pairs_described(events: &[(&str, Option<&str>)]) -> Vec<String> {
        let naming = crate::config::Config::defaults(".".into(), Vec::new()).naming;
        let vocabulary = Vocabulary::new(&naming);
        let names: Vec<Name> = events
            .iter()
            .map(|(n, _)| {
                Name::new(
                    (*n).to_owned(),
                    crate::syntax::source::Span::new(crate::syntax::source::FileId(0), 0, 0),
                )
            })
            .collect();
        let entries: Vec<Entry> = names
            .iter()
            .zip(events)
            .map(|(name, (_, description))| Entry {
                name,
                well_formed: true,
                established: false,
                definition: Definition::Event {
                    properties: &[],
                    description: *description,
                },
            })
            .collect();
        let mut out = Vec::new();
        near_duplicates(&vocabulary, Kind::Event, &entries, &mut out);
        out.into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn a_verb_of_sending_by_a_medium_is_sending_by_it() {
        for (a, b) in [
            ("quote_emailed", "quote_sent_by_email"),
            ("quote_emailed", "quote_email_sent"),
            ("quote_sent_via_email", "quote_email_sent"),
            ("reminder_texted", "reminder_sent_by_sms"),
            ("reminder_sms_sent", "reminder_text_sent"),
            ("form_faxed", "form_sent_by_fax"),
        ] {
            assert_eq!(pairs_among(&[a, b]).len(), 1, "{a} {b}");
        }
        for (a, b) in [
            ("reminder_texted", "reminder_emailed"),
            ("reminder_sent_by_sms", "reminder_sent_by_email"),
            ("quote_emailed", "quote_email_opened"),
            // Who it was sent by is no medium.
            ("quote_sent_by_agent", "quote_emailed"),
        ] {
            assert_eq!(pairs_among(&[a, b]), Vec::<String>::new(), "{a} {b}");
        }
    }

    #[test]
    fn verbs_of_one_main_sense_pair_and_others_do_not() {
        for (a, b) in [
            ("onboarding_completed", "onboarding_finished"),
            ("item_bought", "item_purchased"),
            ("trial_started", "trial_begun"),
        ] {
            assert_eq!(pairs_among(&[a, b]).len(), 1, "{a} {b}");
        }
        for (a, b) in [
            // `delete`'s main sense is {delete, cancel}, `cancel`'s {cancel, call off}.
            ("subscription_deleted", "subscription_cancelled"),
            ("trial_started", "trial_ended"),
            ("user_signed_in", "user_signed_up"),
        ] {
            assert_eq!(pairs_among(&[a, b]), Vec::<String>::new(), "{a} {b}");
        }
        // A verb used by several names beside its synonym, each in several: two things.
        assert_eq!(
            pairs_among(&[
                "order_completed",
                "order_finished",
                "task_completed",
                "task_finished"
            ]),
            Vec::<String>::new()
        );
    }

    #[test]
    fn to_the_user_first_and_a_light_verb_say_nothing_of_their_own() {
        for (a, b) in [
            ("product_added_to_wishlist", "wishlist_product_added"),
            (
                "user_subscribed_to_newsletter",
                "newsletter_user_subscribed",
            ),
            ("user_profile_viewed", "profile_viewed"),
            ("user_login", "user_logged_in"),
            ("course_enrollment_completed", "course_enrolled"),
            ("app_install_completed", "app_installed"),
            ("CompletedCheckoutStep", "checkout_step_completed"),
            ("app_installation_completed", "app_install_completed"),
            ("document_search_performed", "document_searched"),
            ("order_payment_made", "order_paid"),
            ("didReceiveMemoryWarning", "memory_warning_received"),
            ("onCartItemRemove", "cart_item_removed"),
            ("backup_restore_complete", "backup_restore_completed"),
            ("backup_restore_complete", "backup_restored"),
            ("registered_for_webinar", "webinar_registration_completed"),
            ("song_added_to_favourites", "favourite_song_added"),
        ] {
            assert_eq!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
        for (a, b) in [
            ("card_moved_to_board", "card_moved_from_board"),
            ("card_moved_to_board", "card_moved_in_board"),
            ("order_payment_submitted", "order_payment_completed"),
            ("order_payment_submitted", "order_paid"),
            ("payment_completed", "paid"),
            ("user_created", "created"),
            ("admin_user_created", "admin_created"),
            ("on_sale", "sale"),
        ] {
            assert_ne!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
        assert_eq!(
            pairs_among(&[
                "course_enrolled",
                "course_enrollment_completed",
                "course_started"
            ]),
            ["event \"course_enrollment_completed\" is a near-duplicate of \"course_enrolled\""]
        );
    }

    #[test]
    fn verbs_of_a_second_sense_or_a_broader_verb_pair_when_described_alike() {
        // `delete` is a way to `remove` (its main sense's hypernym); `grant`'s second sense is
        // `award`'s.
        assert_eq!(
            described(
                (
                    "account_deleted",
                    "The customer closed their account from settings."
                ),
                (
                    "account_removed",
                    "Customer closed the account in the settings page."
                ),
            ),
            [
                "event \"account_removed\" is a near-duplicate of \"account_deleted\" \
              (\"remove\" for \"delete\", WordNet synonyms, and the definitions agree)"
            ]
        );
        assert_eq!(
            described(
                (
                    "badge_granted",
                    "A moderator gave a member a community badge."
                ),
                (
                    "badge_awarded",
                    "A community badge was given to a member by a moderator."
                ),
            )
            .len(),
            1
        );
        // Descriptions that say other things, or none, do not show one thing.
        assert!(
            described(
                (
                    "account_deleted",
                    "The customer closed their account from settings."
                ),
                (
                    "account_removed",
                    "An admin took a member off the team workspace."
                ),
            )
            .is_empty()
        );
        assert!(pairs_among(&["account_deleted", "account_removed"]).is_empty());
        assert!(pairs_among(&["badge_granted", "badge_awarded"]).is_empty());
    }

    #[test]
    fn verbs_whose_main_senses_cross_are_one_meaning() {
        // Each one's main sense is the other's second: as close as one main sense.
        assert_eq!(
            pairs_among(&["calendar_connected", "calendar_linked"]),
            [
                "event \"calendar_linked\" is a near-duplicate of \"calendar_connected\" \
              (\"link\" for \"connect\", WordNet synonyms, and the definitions agree)"
            ]
        );
        assert_eq!(
            pairs_among(&["camera_allowed", "camera_permitted"]).len(),
            1
        );
        assert!(words::related_words().main_senses_crossed("connect", "link"));
        // One way only is no crossing (`grant`'s second sense is `award`'s).
        assert!(!words::related_words().main_senses_crossed("grant", "award"));
        assert!(!words::related_words().main_senses_crossed("delete", "remove"));
    }

    #[test]
    fn a_plural_described_as_a_list_is_a_set() {
        let pair = |single: &'static str, plural: &'static str| {
            pairs_described(&[
                ("payment_method_selected", Some(single)),
                ("payment_methods_selected", Some(plural)),
            ])
        };
        assert!(
            pair(
                "The buyer picked a payment method at checkout.",
                "The merchant saved the list of payment methods it accepts.",
            )
            .is_empty()
        );
        assert_eq!(
            pair(
                "The buyer picked a payment method at checkout.",
                "Payment method picked by the buyer at checkout.",
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_singular_name_described_in_the_plural_is_the_bulk_action() {
        let pair = |single: &'static str, plural: &'static str| {
            pairs_described(&[
                ("contact_imported", Some(single)),
                ("contacts_imported", Some(plural)),
            ])
        };
        // Both act on many: one thing, whatever the names' number.
        assert_eq!(
            pair(
                "The user imported contacts from a CSV file.",
                "Contacts imported from a phone's address book (count property).",
            )
            .len(),
            1
        );
        // A list the singular's description names is no set it acts on.
        assert!(
            pairs_described(&[
                (
                    "speaker_muted",
                    Some("The host muted one speaker from the speaker list.")
                ),
                (
                    "speakers_muted",
                    Some("The host muted a whole panel of speakers at once.")
                ),
            ])
            .is_empty()
        );
        // One contact beside a bulk import: two things (SPEC's `file_deleted`).
        assert!(
            pair(
                "The user imported one contact from a vCard.",
                "Contacts imported from a phone's address book (count property).",
            )
            .is_empty()
        );
    }

    #[test]
    fn a_copular_verb_and_the_control_a_verb_is_done_with_say_nothing() {
        for (a, b) in [
            ("subscription_went_past_due", "subscription_past_due"),
            ("stream_came_online", "stream_went_online"),
            ("renewal_form_submitted", "renewal_submitted"),
            ("pricing_page_viewed", "pricing_viewed"),
            ("home_screen_viewed", "home_viewed"),
            ("terms_link_clicked", "terms_clicked"),
        ] {
            assert_eq!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
        for (a, b) in [
            // The state is the name's last word: no copular verb to leave out.
            ("user_went", "user_went_away"),
            // A control before another verb, or not right before its own, is a thing.
            ("form_viewed", "viewed"),
            ("renewal_form_opened", "renewal_opened"),
            ("page_link_submitted", "page_submitted"),
        ] {
            assert_ne!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
    }

    #[test]
    fn a_word_that_joins_is_no_shortening() {
        // `with` begins `without`, and says the opposite.
        assert!(
            pairs_among(&[
                "return_accepted_with_receipt",
                "return_accepted_without_receipt"
            ])
            .is_empty()
        );
    }

    #[test]
    fn a_shortening_the_catalog_uses_is_the_one_word_it_begins() {
        assert_eq!(
            pairs_among(&["deal_stage_changed", "opp_created", "opportunity_created"]),
            [
                "event \"opportunity_created\" is a near-duplicate of \"opp_created\" \
                 (\"opp\" for \"opportunity\", shortened)"
            ]
        );
        // `auth` is authorization here, where the catalog has no other word it begins.
        assert_eq!(
            pairs_among(&["grant_auth_revoked", "grant_authorization_revoked"]).len(),
            1
        );
        assert!(
            pairs_among(&[
                "auth_failed",
                "authentication_failed",
                "authorization_failed",
            ])
            .is_empty()
        );
        // One that begins two words of the catalog stands for neither; a word is no
        // shortening (`dash` beside `dashboard`), nor is a word shortened by one letter.
        assert!(
            pairs_among(&[
                "int_enabled",
                "integration_enabled",
                "internal_enabled",
                "dash_viewed",
                "dashboard_viewed",
                "invit_sent",
                "invite_sent",
            ])
            .is_empty()
        );
    }

    #[test]
    fn an_initialism_the_catalog_uses_is_the_words_it_stands_for() {
        assert_eq!(
            pairs_among(&[
                "pull_request_merged",
                "pr_merged",
                "otp_sent",
                "one_time_password_sent",
                "peer_to_peer_transfer_sent",
                "p2p_transfer_sent",
                "end_to_end_encryption_enabled",
                "e2ee_enabled",
            ]),
            [
                "event \"pr_merged\" is a near-duplicate of \"pull_request_merged\" \
                 (\"pr\" for \"pull request\", its initials)",
                "event \"one_time_password_sent\" is a near-duplicate of \"otp_sent\" \
                 (\"otp\" for \"one time password\", its initials)",
                "event \"p2p_transfer_sent\" is a near-duplicate of \
                 \"peer_to_peer_transfer_sent\" (\"p2p\" for \"peer to peer\", its initials)",
                "event \"e2ee_enabled\" is a near-duplicate of \
                 \"end_to_end_encryption_enabled\" (\"e2ee\" for \"end to end encryption\", \
                 its initials)",
            ]
        );
        // A word, or a word's abbreviation, is no initialism (`pip`, `app` beside
        // `alert_package_plugin_opened`), other verbs are other events, and a name alone pairs
        // with nothing.
        assert!(
            pairs_among(&[
                "app_opened",
                "account_page_opened",
                "alert_package_plugin_opened",
                "pr_merged",
                "pull_request_closed",
                "sso_enabled",
                "pin_reset",
                "personal_id_number_reset",
            ])
            .is_empty()
        );
    }

    #[test]
    fn articles_and_a_marking_verb_say_nothing() {
        for (a, b) in [
            ("PlaceAnOrder", "order_placed"),
            ("request_a_quote", "quote_requested"),
            ("the_order_shipped", "order_shipped"),
            ("email_marked_as_spam", "email_spammed"),
            ("issue_marked_resolved", "issue_resolved"),
        ] {
            assert_eq!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
        for (a, b) in [
            ("plan_a_selected", "plan_selected"),
            ("variant_a_viewed", "variant_viewed"),
            ("marked_as_read", "read"),
        ] {
            assert_ne!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
    }

    #[test]
    fn a_ga4_event_is_the_segment_event_it_tracks() {
        for (ga4, segment) in [
            ("add_to_cart", "product_added"),
            ("begin_checkout", "checkout_started"),
            ("purchase", "order_completed"),
            ("view_item_list", "product_list_viewed"),
        ] {
            assert_eq!(
                near_duplicate_key(ga4),
                near_duplicate_key(segment),
                "{ga4}"
            );
        }
        assert_eq!(
            near_duplicate_key("AddToCart"),
            near_duplicate_key("product_added")
        );
        // Only the whole GA4 name: a house name with those words is read as itself.
        assert_ne!(
            near_duplicate_key("add_to_cart_clicked"),
            near_duplicate_key("product_added_clicked")
        );
        assert_eq!(
            pairs_among(&[
                "product_added",
                "add_to_cart",
                "view_item",
                "view_item_list",
                "ViewItem"
            ]),
            [
                "event \"add_to_cart\" is a near-duplicate of \"product_added\" (GA4's name and \
                 Segment's for one event)",
                "event \"ViewItem\" is a near-duplicate of \"view_item\""
            ]
        );
        // Also what its own words say, and Segment's event and a name of those words stay
        // apart (one has a product, the other none).
        assert_eq!(
            pairs_among(&[
                "product_added_to_wishlist",
                "ADD_TO_WISHLIST",
                "added_to_wishlist"
            ]),
            [
                "event \"ADD_TO_WISHLIST\" is a near-duplicate of \"product_added_to_wishlist\" \
                 (GA4's name and Segment's for one event)",
                "event \"added_to_wishlist\" is a near-duplicate of \"ADD_TO_WISHLIST\"",
            ]
        );
        assert_eq!(
            pairs_among(&["ADD_TO_WISHLIST", "added_to_wishlist"]),
            ["event \"added_to_wishlist\" is a near-duplicate of \"ADD_TO_WISHLIST\""]
        );
    }

    #[test]
    fn derivations_of_one_meaning_share_the_key() {
        for (a, b) in [
            ("validate_completed", "validation_completed"),
            ("previous_enabled", "previously_enabled"),
            ("contact_created", "contact_creation"),
            ("subscription_cancelled", "subscription_cancellation"),
        ] {
            assert_eq!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
        // Not one meaning: a statement is no state, a user no use, a manual a book.
        for (a, b) in [
            ("state_changed", "statement_changed"),
            ("use_reported", "user_reported"),
            ("manual_downloaded", "manually_downloaded"),
        ] {
            assert_ne!(near_duplicate_key(a), near_duplicate_key(b), "{a}, {b}");
        }
    }

    /// The meaning key, number and synonym keys of an event name under the default config.
    fn keys_of(name: &str) -> (String, u64, Vec<SynonymKey>) {
        let naming = crate::config::Config::defaults(".".into(), Vec::new()).naming;
        let vocabulary = Vocabulary::new(&naming);
        let mut keys = KeyBuilder::default();
        let meaning = keys.meaning(&vocabulary, name, Kind::Event, false);
        let mut synonyms = Vec::new();
        keys.synonym_keys(0, false, &mut synonyms);
        (meaning.key, meaning.number, synonyms)
    }

    #[test]
    fn a_plural_shares_the_key_but_not_the_number() {
        let (key, number, _) = keys_of("file_deleted");
        let (plural_key, plural_number, _) = keys_of("files_deleted");
        assert_eq!(key, plural_key);
        assert_ne!(number, plural_number);
        // Word order and case change neither.
        assert_eq!(keys_of("deleted_files").1, plural_number);
        assert_eq!(keys_of("FileDeleted").1, number);
    }

    /// Whether two event names share a synonym key whose senses pair.
    /// Whether two names share a synonym key, and in a well-used sense of both words.
    fn synonyms(a: &str, b: &str) -> Option<bool> {
        let (_, _, a) = keys_of(a);
        let (_, _, b) = keys_of(b);
        let loose = |s: Sense| s.role.is_loose();
        a.iter()
            .flat_map(|x| b.iter().map(move |y| (x, y)))
            .filter(|(x, y)| x.hash == y.hash && x.word != y.word && x.sense.pairs_with(y.sense))
            .map(|(x, y)| !loose(x.sense) && !loose(y.sense))
            .reduce(|well_used, other| well_used || other)
    }

    #[test]
    fn synonym_keys_pair_a_noun_with_its_synonym_only() {
        assert_eq!(
            synonyms("commit_note_created", "commit_comment_created"),
            Some(true)
        );
        assert_eq!(synonyms("comment_added", "remark_added"), Some(true));
        // Another verb or another object word: no shared key.
        assert_eq!(
            synonyms("commit_note_created", "commit_comment_deleted"),
            None
        );
        assert_eq!(
            synonyms("commit_note_created", "pull_comment_created"),
            None
        );
        // Loose synonymy, a sense one of the words seldom has: a key held to the
        // descriptions (see the test of loose senses).
        assert_eq!(synonyms("account_created", "report_created"), Some(false));
        assert_eq!(synonyms("card_added", "menu_added"), Some(false));
        // Digits are never collapsed, by synonyms either.
        assert_eq!(synonyms("note_1_created", "comment_11_created"), None);
    }

    #[test]
    fn a_verb_that_says_it_was_done_is_the_action_before_it() {
        // An `-ing` form, a verb that is no noun, a closed compound and its particle; a word
        // that is a noun too stays the thing (`step` is the checkout's step).
        assert_paired_and_apart(
            &[
                ("room_cleaning_completed", "room_cleaned"),
                ("portfolio_rebalance_completed", "portfolio_rebalanced"),
                ("myki_topup_completed", "myki_topped_up"),
                ("upi_pin_setup_finished", "upi_pin_set_up"),
                ("wallet_kyc_done", "wallet_kyc_completed"),
            ],
            &[
                ("checkout_step_completed", "checkout_stepped"),
                ("speed_dating_round_finished", "speed_dating_rounded"),
            ],
        );
    }

    /// Each pair of `paired` alone in a catalog is one near-duplicate, each of `apart` none.
    #[test]
    fn a_word_clipped_from_a_longer_one_pairs_only_where_a_name_is_relabelled() {
        let full = (
            "paid_subscription_started",
            "A reader started paying for a newsletter.",
        );
        assert_eq!(
            described(
                ("paid_sub_started", "Old billing service: paid sub started."),
                full
            ),
            [
                "event \"paid_subscription_started\" is a near-duplicate of \"paid_sub_started\" \
                 (\"sub\" for \"subscription\", shortened)"
            ]
        );
        // Two full descriptions cannot tell a clipping from the word it is (a sandwich, a
        // stand-in), nor can none; a word derived from another is no clipping of it.
        assert!(
            described(
                (
                    "paid_sub_started",
                    "A substitute teacher started a paid day."
                ),
                full
            )
            .is_empty()
        );
        assert!(pairs_among(&["paid_sub_started", "paid_subscription_started"]).is_empty());
        assert!(
            described(
                (
                    "review_invitation_declined",
                    "Old system: review invitation declined."
                ),
                (
                    "reviewer_invitation_declined",
                    "An invited reviewer said no."
                )
            )
            .is_empty()
        );
    }

    #[test]
    fn a_phrase_is_the_compound_it_makes_beside_a_name_with_no_phrase() {
        assert_eq!(
            pairs_among(&["sticker_sent_from_keyboard", "keyboard_sticker_sent"]),
            ["event \"keyboard_sticker_sent\" is a near-duplicate of \
                 \"sticker_sent_from_keyboard\""]
        );
        assert_paired_and_apart(
            &[
                ("ride_cancelled_by_captain", "captain_cancelled_ride"),
                ("order_placed_with_supplier", "supplier_order_placed"),
            ],
            &[
                // Two phrases, one word apart, say two things.
                ("text_translated_from_english", "text_translated_to_english"),
                // A phrase other than `by` names no doer.
                (
                    "digital_key_shared_with_driver",
                    "driver_shared_digital_key",
                ),
                // `without` says more than a compound.
                (
                    "paywall_dismissed_without_purchase",
                    "paywall_purchase_dismissed",
                ),
                // A particle after its verb is part of it (`sent in`).
                ("guest_checked_in", "guest_checked"),
                ("sticker_sent_in_chat", "chat_sticker_sent"),
            ],
        );
    }

    fn assert_paired_and_apart(paired: &[(&str, &str)], apart: &[(&str, &str)]) {
        for &(a, b) in paired {
            assert_eq!(pairs_among(&[a, b]).len(), 1, "{a}, {b}");
        }
        for &(a, b) in apart {
            assert!(pairs_among(&[a, b]).is_empty(), "{a}, {b}");
        }
    }

    #[test]
    fn a_phrasal_verb_is_one_verb_with_its_synonyms() {
        assert_eq!(
            described(
                ("parcel_picked_up", "Old courier app: parcel picked up."),
                (
                    "parcel_collected",
                    "A customer collected a parcel from a locker."
                )
            ),
            [
                "event \"parcel_collected\" is a near-duplicate of \"parcel_picked_up\" \
              (\"collect\" for \"pick_up\", WordNet synonyms, and the definitions agree)"
            ]
        );
        // The particle is part of the verb: another particle is another verb.
        assert!(
            described(
                ("parcel_picked_up", "Old courier app: parcel picked up."),
                ("parcel_picked_out", "A customer chose a parcel size.")
            )
            .is_empty()
        );
    }

    #[test]
    fn a_shortening_holds_its_word_in_order_or_begins_it() {
        assert!(holds_in_order("visualization", "viz"));
        assert!(holds_in_order("packing", "pkg"));
        assert!(!holds_in_order("packing", "gpk"));
        assert!(!holds_in_order("visualization", "iz"));
        for (a, b, short) in [
            ("viz_exported", "visualization_exported", "viz"),
            ("minifig_added", "minifigure_added", "minifig"),
            ("reps_logged", "repetitions_logged", "reps"),
        ] {
            let pairs = pairs_among(&[a, b]);
            assert_eq!(pairs.len(), 1, "{a}, {b}");
            assert!(
                pairs[0].contains(&format!("(\"{short}\" for")),
                "{}",
                pairs[0]
            );
        }
        // Five letters or more only as a beginning (`vegan` is no `vegetarian`); a short
        // word two words hold stands for neither; a word is no shortening (`bus`).
        assert!(pairs_among(&["vegan_meals_added", "vegetarian_meals_added"]).is_empty());
        assert!(
            pairs_among(&[
                "pkg_list_uploaded",
                "packing_list_uploaded",
                "parking_list_uploaded"
            ])
            .is_empty()
        );
        assert!(pairs_among(&["bus_tracked", "business_tracked"]).is_empty());
    }

    #[test]
    fn a_past_form_first_reads_as_moved_last() {
        assert_eq!(
            past_moved_last("viewed_outage_status_page").as_deref(),
            Some("outage_status_page_viewed")
        );
        assert_eq!(
            past_moved_last("signed_up_user").as_deref(),
            Some("user_signed_up")
        );
        assert_eq!(past_moved_last("signed_up"), None);
        // The control it is done with, the user who did it, the action a light verb
        // completes: as in the object-first name. Not a word mostly used as an adjective (a
        // paid plan) or a noun (`ground`).
        assert_paired_and_apart(
            &[
                ("viewed_outage_status_page", "outage_status_page_viewed"),
                ("deleted_user_extension", "user_extension_deleted"),
                ("started_quick_run", "quick_run_started"),
                ("downloaded_boarding_pass", "boarding_pass_downloaded"),
            ],
            &[
                ("paid_plan_checkout_complete", "plan_checkout_paid"),
                ("ground_lesson_complete", "lesson_complete_ground"),
            ],
        );
    }

    #[test]
    fn a_bulk_word_tells_plurals_apart_but_not_verbs_of_one_sense() {
        // "Several patterns" is what the bundle holds: one purchase, named twice.
        assert_eq!(
            described(
                ("pattern_bundle_bought", "Old shop: pattern bundle bought."),
                (
                    "pattern_bundle_purchased",
                    "A customer bought a bundle of several patterns at once."
                )
            )
            .len(),
            1
        );
    }

    #[test]
    fn loose_senses_pair_only_on_descriptions() {
        // `gratuity` is a sense `tip` seldom has: described alike, one thing.
        assert_eq!(
            described(
                (
                    "card_tip_added",
                    "A diner added a tip to a card payment at the table."
                ),
                (
                    "card_gratuity_added",
                    "A diner added a tip for the staff to the card payment."
                )
            ),
            [
                "event \"card_gratuity_added\" is a near-duplicate of \"card_tip_added\" \
              (\"gratuity\" for \"tip\", WordNet synonyms, and the definitions agree)"
            ]
        );
        // Nothing but the names, or descriptions of two things: no pair.
        assert!(pairs_among(&["account_created", "report_created"]).is_empty());
        assert!(
            described(
                ("account_created", "A new account was created."),
                ("report_created", "A user created a custom report.")
            )
            .is_empty()
        );
        // `book`'s second sense is `reserve`'s fourth: a pair when one name is another app's
        // name for the event.
        assert_eq!(
            described(
                ("desk_reserved", "Old web booking flow: desk reserved."),
                ("desk_booked", "A member booked a hot desk for a day.")
            ),
            [
                "event \"desk_booked\" is a near-duplicate of \"desk_reserved\" \
              (\"book\" for \"reserve\", WordNet synonyms, and the definitions agree)"
            ]
        );
        // `allocate` is a way to `assign` in its second sense: held to the descriptions.
        assert_eq!(
            described(
                (
                    "tour_guide_allocated",
                    "UK operator's dashboard: tour guide allocated."
                ),
                (
                    "tour_guide_assigned",
                    "An operator put a guide in charge of a tour."
                )
            ),
            [
                "event \"tour_guide_assigned\" is a near-duplicate of \"tour_guide_allocated\" \
              (\"assign\" for \"allocate\", WordNet synonyms, and the definitions agree)"
            ]
        );
        assert!(pairs_among(&["seat_allocated", "seat_assigned"]).is_empty());
        // `update` is a way to `modify`, a way to `change`: as close.
        assert_eq!(
            described(
                ("plan_changed", "Old billing page: plan changed."),
                ("plan_updated", "A customer moved to another plan.")
            ),
            [
                "event \"plan_updated\" is a near-duplicate of \"plan_changed\" \
              (\"update\" for \"change\", WordNet synonyms, and the definitions agree)"
            ]
        );
        assert!(
            described(
                ("plan_changed", "A customer moved to another plan."),
                ("plan_updated", "An admin edited a plan's price.")
            )
            .is_empty()
        );
        // Two full descriptions cannot tell such verbs from two actions (`edit`'s fourth
        // sense is a `delete`).
        assert!(
            described(
                (
                    "symptom_log_edited",
                    "A user edited an earlier symptom entry."
                ),
                (
                    "symptom_log_deleted",
                    "A user deleted an earlier symptom entry."
                )
            )
            .is_empty()
        );
        assert!(
            described(
                ("desk_reserved", "A member held a desk for a day."),
                ("desk_booked", "A member booked a hot desk for a day.")
            )
            .is_empty()
        );
    }

    #[test]
    fn a_name_of_many_words_gets_few_synonym_keys() {
        let long = ["note"; 40].join("_");
        assert!(keys_of(&long).2.is_empty());
        let (_, _, keys) = keys_of("note_comment_remark_created");
        assert!(keys.len() <= 3 * MAX_SENSES, "{}", keys.len());
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
