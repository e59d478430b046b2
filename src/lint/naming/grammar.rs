//! The grammar of an event name: where its verb slot is (after its objects, before a particle,
//! a short phrase or a complement), whether a word is a past form (or a negated one), the name
//! read into typed parts (area, objects, verb, particle), a name assembled from parts in the
//! configured style, and whether a rename keeps what the name says (negation, failure).

use super::Vocabulary;
use super::words::{self, PARTICLES};
use crate::config::NamingStyle;

impl<'a> Vocabulary<'a> {
    /// The base verb a past form comes from (`sent` -> send), or the word itself when
    /// `naming.extra_verbs` lists it (or lists the base of its regular `-ed` form).
    pub(super) fn past_base(&self, word: &str) -> Option<&'a str> {
        if words::is_noun_not_past(word) {
            return None;
        }
        let extra = &self.naming.extra_verbs;
        if let Some(listed) = extra.get(word) {
            return Some(listed.as_str());
        }
        if let Some(base) = self.lexicon.base_of_past(word) {
            return Some(base);
        }
        let stem = word.strip_suffix("ed")?;
        [stem, word.strip_suffix('d').unwrap_or(stem)]
            .into_iter()
            .find_map(|stem| extra.get(stem).map(String::as_str))
    }

    /// A past form, or one negated, automatic, repeated, done ahead, too much, too little or
    /// wrongly: `un`, `auto`, `re`, `pre`, `over`, `under` or `mis` before a
    /// past form of a known verb (`unassigned`, `recipient_autoresponded`,
    /// `check_rerequested`, `cache_prefetched`, `shift_understaffed`, `parcel_misrouted`).
    /// These have no base here, so the near-duplicate key keeps them apart from the plain one
    /// (`task_assigned`).
    pub fn is_past_tense(&self, word: &str) -> bool {
        self.past_base(word).is_some()
            || ["un", "auto", "re", "pre", "over", "under", "mis"]
                .iter()
                .any(|prefix| {
                    word.strip_prefix(prefix)
                        .is_some_and(|rest| rest.len() > 3 && self.past_base(rest).is_some())
                })
    }

    /// Whether the verb slot's word is a past form: one of [`Vocabulary::is_past_tense`], or a
    /// regular `-ed` form of a noun (see `made_from_noun`). Only the slot reads
    /// the latter: elsewhere in a name such a word is no verb to move or split off.
    pub fn is_slot_past(&self, word: &str) -> bool {
        self.is_past_tense(word) || self.made_from_noun(word)
    }

    /// A regular `-ed` form of a noun WordNet knows, itself no noun or adjective: the past of
    /// a verb a product made of the noun (`bin_stickered`, `sample_aliquoted`,
    /// `logo_vectorized`), as SPEC reads any regular `-ed` form, not a misspelt past of another
    /// verb (`snickered`). Not the regular form of a known verb (`payed`, `steped`, `loged`,
    /// each a misspelt past of its verb), and a word built of no known word is still none
    /// (`plan_upgraed`).
    fn made_from_noun(&self, word: &str) -> bool {
        let Some(stem) = word.strip_suffix("ed") else {
            return false;
        };
        if words::is_noun(word) || words::is_adjective(word) || words::is_noun_not_past(word) {
            return false;
        }
        let stems = [
            Some(stem),
            word.strip_suffix('d'),
            stem.strip_suffix("iz").or_else(|| stem.strip_suffix("is")),
        ];
        let stems: Vec<&str> = stems.into_iter().flatten().collect();
        let noun = |w: &&str| {
            w.len() >= 3 && (words::is_noun(w) || words::related_words().has_noun_sense(w))
        };
        !stems.iter().any(|w| self.lexicon.is_base_verb(w)) && stems.iter().any(noun)
    }

    /// A past form that is no base as well: `cast`, `set`, `bid` may be the base or a noun
    /// (`sleepcast`, `bid_submit_success`); `sent`, `created` are past alone.
    pub(super) fn is_past_only(&self, word: &str) -> bool {
        self.is_past_tense(word) && self.lexicon.base(word) != Some(word)
    }

    /// The verb slot of an object-then-verb name: the last word (before a particle), or a
    /// past-tense verb followed by a short prepositional phrase (`card_moved_to_board`), maybe
    /// after its particle (`user_signed_out_of_app`), by the complement of a verb such as
    /// `made` (`doc_made_private`) or an adjective (`answer_rated_helpful`), by the preposition
    /// the verb takes (`permit_applied_for`) or by an adverb (`order_delivered_late`), after at
    /// least one object word from `first`.
    fn verb_with_what_follows(&self, tokens: &[&str], first: usize) -> Result<usize, ShapeProblem> {
        let last = object_then_verb(tokens, first);
        if let Ok(verb) = last
            && self.is_slot_past(tokens[verb])
        {
            return last;
        }
        let followed = (first + 1..tokens.len().saturating_sub(1)).find(|&verb| {
            let after = tokens.len() - verb - 1;
            // A phrase right after the verb, or after its particle (`user_signed_out_of_app`);
            // `off` and `over` open one too (`listing_taken_off_market`,
            // `episode_downloaded_over_wifi`).
            let opens = |t: &&str| words::PREPOSITIONS.contains(t) || ["off", "over"].contains(t);
            let phrase_at = |at: usize| tokens.get(at).is_some_and(opens);
            let opens_phrase = (phrase_at(verb + 1) && after >= 2)
                || (PARTICLES.contains(&tokens[verb + 1]) && phrase_at(verb + 2) && after >= 3);
            // A complement after a verb that takes one, or a word that is mostly an
            // adjective after any (`help_article_rated_helpful`).
            let complement = words::COMPLEMENT_VERBS.contains(&tokens[verb])
                || (after == 1 && words::is_adjective(tokens[verb + 1]));
            // An adverb last, right after the verb or its particle (`order_delivered_late`,
            // `payment_retried_automatically`, `user_logged_in_again`).
            let adverb = words::is_adverb(tokens[tokens.len() - 1])
                && (after == 1 || (after == 2 && PARTICLES.contains(&tokens[verb + 1])));
            // A direction right after the verb (`profile_swiped_right`, `card_moved_left`).
            let direction = after == 1 && ["left", "right"].contains(&tokens[verb + 1]);
            // The preposition a verb takes, last (`building_permit_applied_for`).
            let prepositional = after == 1
                && self.past_base(tokens[verb]).is_some_and(|base| {
                    words::PREPOSITIONAL_VERBS.contains(&(base, tokens[verb + 1]))
                });
            after <= words::MAX_AFTER_VERB
                && (opens_phrase || complement || adverb || direction || prepositional)
                && self.is_past_tense(tokens[verb])
        });
        followed.map_or(last, Ok)
    }

    /// Where the verb is, or why the name has no object/verb shape.
    pub(super) fn shape(&self, tokens: &[&str]) -> Result<usize, ShapeProblem> {
        match self.naming.style {
            NamingStyle::ObjectAction => self.verb_with_what_follows(tokens, 0),
            NamingStyle::AreaObjectAction => {
                let area = tokens.first().copied().unwrap_or_default();
                if !self.naming.areas.iter().any(|a| a == area) {
                    return Err(ShapeProblem::NoArea);
                }
                self.verb_with_what_follows(tokens, 1)
            }
            NamingStyle::VerbObject => {
                let mut objects = tokens.get(1..).unwrap_or_default();
                if objects.first().is_some_and(|t| PARTICLES.contains(t)) {
                    objects = &objects[1..];
                }
                if objects.is_empty() {
                    Err(ShapeProblem::NoObject)
                } else {
                    Ok(0)
                }
            }
        }
    }
}

#[derive(Debug, PartialEq)]
pub(super) enum ShapeProblem {
    NoObject,
    NoArea,
}

/// `<objects...>_<verb>[_<particle>]`, objects starting at `first`.
pub(super) fn object_then_verb(tokens: &[&str], first: usize) -> Result<usize, ShapeProblem> {
    let mut end = tokens.len();
    if end > 1 && PARTICLES.contains(&tokens[end - 1]) {
        end -= 1;
    }
    match end.checked_sub(1) {
        Some(verb) if verb > first => Ok(verb),
        _ => Err(ShapeProblem::NoObject),
    }
}

/// The tokens of a name in the order of a naming style: area, objects, verb (and particle), or
/// verb (and particle), objects.
pub(super) fn assemble(
    style: NamingStyle,
    area: Option<&str>,
    objects: &[&str],
    verb: &[&str],
) -> String {
    let parts: Vec<&str> = match style {
        NamingStyle::VerbObject => verb.iter().chain(objects).copied().collect(),
        _ => area
            .into_iter()
            .chain(objects.iter().copied())
            .chain(verb.iter().copied())
            .collect(),
    };
    parts.join("_")
}

/// An event name split the way its naming style reads it.
pub(super) struct NameParts<'n> {
    pub(super) style: NamingStyle,
    pub(super) area: Option<&'n str>,
    /// Every token but the area, the verb and the verb's particle, in order.
    pub(super) others: Vec<&'n str>,
    /// The token in the verb slot and its particle.
    pub(super) verb: &'n str,
    pub(super) particle: Option<&'n str>,
}

impl<'n> NameParts<'n> {
    pub(super) fn new(style: NamingStyle, tokens: &[&'n str], verb: usize) -> Self {
        let area = match style {
            NamingStyle::AreaObjectAction => tokens.first().copied(),
            _ => None,
        };
        let particle = tokens
            .get(verb + 1)
            .copied()
            .filter(|t| PARTICLES.contains(t));
        let skip_particle = usize::from(particle.is_some());
        let others = tokens
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                let is_area = area.is_some() && *i == 0;
                !is_area && !(verb..=verb + skip_particle).contains(i)
            })
            .map(|(_, t)| *t)
            .collect();
        NameParts {
            style,
            area,
            others,
            verb: tokens.get(verb).copied().unwrap_or_default(),
            particle,
        }
    }

    /// The objects when the verb slot's word is one of them: where it stood, with its
    /// particle; and where it is.
    pub(super) fn with_slot_as_object(&self) -> (Vec<&'n str>, usize) {
        let mut objects = self.others.clone();
        let at = match self.style {
            NamingStyle::VerbObject => 0,
            _ => objects.len(),
        };
        let slot = std::iter::once(self.verb).chain(self.particle);
        objects.splice(at..at, slot);
        (objects, at)
    }

    /// The name with `verb` (and particle words) in the verb slot and the others as objects.
    pub(super) fn with_verb(&self, verb: &[&str]) -> String {
        let mut words: Vec<&str> = verb.to_vec();
        words.extend(self.particle);
        assemble(self.style, self.area, &self.others, &words)
    }
}

/// Whether a rename says what the name says about negation and failure: every `not` stays, a
/// negated word (`unassigned`) keeps a negated word, and a failure word stays or gets `failed`
/// (`show_error` -> `error_shown`, `export_error` -> `export_failed`).
pub(super) fn keeps_meaning(tokens: &[&str], renamed: &str) -> bool {
    let new: Vec<&str> = renamed.split('_').collect();
    tokens.iter().all(|token| {
        if words::NEGATIONS.contains(token) {
            new.contains(token)
        } else if words::FAILURE_WORDS.contains(token) {
            // Kept as the object of a verb that acts on errors, right before it at the end
            // (`error_shown`), not beside another action (`error_pdf_exported` says the export
            // worked).
            let acted_on = match new.as_slice() {
                [.., object, verb] => {
                    let base = words::lexicon().base_of_past(verb);
                    object == token && base.is_some_and(|b| words::ERROR_VERBS.contains(&b))
                }
                _ => false,
            };
            new.contains(&"failed") || acted_on
        } else if is_negated(token) {
            new.iter().any(|word| word.starts_with("un"))
        } else {
            true
        }
    })
}

/// Whether `word` is `un` before a word: a verb or its form (`unassigned`, `unsubscribe`,
/// `unread`), an adjective (`unable`) or an `-ed` form WordNet lacks (`unverified`); not a
/// word that only begins so (`underwriter`, `union`, `united`).
fn is_negated(word: &str) -> bool {
    let lexicon = words::lexicon();
    word.strip_prefix("un").is_some_and(|rest| {
        rest.len() > 2
            && (lexicon.is_base_verb(rest)
                || lexicon.base_of_past(rest).is_some()
                || (rest.len() > 4 && rest.ends_with("ed"))
                || words::is_adjective(rest))
    })
}

/// Whether `word` is an article before `next`, the word after it: `the` and `an` before any
/// word, `a` before a word that is no past form or digits (`plan_a_selected` names plan A),
/// and a possessive before a word that is no past form (`check_my_rate`; `your_turn`).
/// An article names nothing (`place_an_order`, `request_a_quote`); a last word is no article.
pub(super) fn is_article(v: &Vocabulary, word: &str, next: Option<&str>) -> bool {
    let Some(next) = next else {
        return false;
    };
    match word {
        "the" | "an" => true,
        "my" | "your" | "our" | "their" => !v.is_past_tense(next),
        "a" => !v.is_past_tense(next) && !next.bytes().all(|b| b.is_ascii_digit()),
        _ => false,
    }
}

/// `results`, `items`: a plural noun, not `status` or `address`.
pub(super) fn looks_plural(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us")
}
