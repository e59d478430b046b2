//! Rename suggestions for an event name whose verb slot holds no past-tense verb: the name is
//! read into its parts (`grammar::NameParts`), the verb moved or inflected, and the result
//! offered only when it passes every naming rule and keeps what the name says.

use std::borrow::Cow;

use super::Vocabulary;
use super::grammar::{NameParts, assemble, is_article, keeps_meaning, looks_plural};
use super::words::{self, Lexicon, PARTICLES};
use crate::config::NamingStyle;
use crate::text::Suggester;

/// "Did you mean" over every past form of the lexicon, built the first time a misspelt verb
/// needs it: a run without one never pays for it, and the suggester caps the work of a run
/// with thousands.
#[derive(Default)]
pub(super) struct Typos(Option<Suggester<'static>>);

impl Typos {
    fn nearest(&mut self, lexicon: &'static Lexicon, word: &str) -> Option<&'static str> {
        let suggester = self
            .0
            .get_or_insert_with(|| Suggester::new(lexicon.past_forms().iter().map(String::as_str)));
        // One edit in a short word, two in a long one: further away is another word. A typo
        // keeps the first letter: a word that differs there is another word (`faved` is no
        // misspelt `caved`).
        let limit = if word.chars().count() > 8 { 2 } else { 1 };
        suggester
            .suggest(word, limit)
            .filter(|past| past.chars().next() == word.chars().next())
    }
}

/// What to tell the author of an event name whose verb slot holds no past-tense verb.
#[derive(Debug, PartialEq)]
pub(super) enum VerbFix {
    /// A name that passes every naming rule.
    Rename(String),
    /// The slot holds a misspelt past form: the name with the nearest real one.
    Typo(String),
    /// A failure (`error_`, `_failure`) with no rename that keeps it one: none is offered.
    NoRename,
    /// The rename the name calls for is another event's name, or another diagnostic's
    /// suggestion: none is offered (two events must not end up with one name).
    Taken(String),
    /// Nothing that is sure to be right: the shape the name should have, with the past form
    /// of the verb the name holds when it has one (`add_to_cart`: `<object>_added`).
    Hint(Option<String>),
}

/// A name that passes every naming rule, made from a snake_case name by adding the first
/// area when the area is missing and fixing its verb; nothing when that is not enough.
pub(super) fn renamed_event(v: &Vocabulary, typos: &mut Typos, text: &str) -> Option<String> {
    let tokens: Vec<&str> = text.split('_').collect();
    // A vague name gets no rename (`ClickButton`): what it should say is not in it.
    let shape = v.shape(&tokens);
    if v.vague_token(&tokens, shape.as_ref().ok().copied())
        .is_some()
    {
        return None;
    }
    // An event handler's `on` (`onStallStarted`) is no part of the name.
    let handlers = leading_handlers(&tokens);
    if handlers > 0 {
        let rest = &tokens[handlers..];
        return if rest.len() >= 2 {
            renamed_event(v, typos, &rest.join("_"))
        } else {
            None
        };
    }
    // React's `handleServiceVisitCompleted`: a handler's `handle` before a whole event name
    // is the handler's, not the event's (`handle_complaint` is a complaint handled).
    if let ["handle", rest @ ..] = tokens.as_slice()
        && rest.len() >= 2
    {
        let rest = rest.join("_");
        if v.is_well_formed_event(&rest) {
            return v.take(&rest).then_some(rest);
        }
    }
    if v.is_well_formed_event(text) {
        return v.take(text).then(|| text.to_owned());
    }
    let Ok(verb) = shape else {
        // `Signup` alone: what the user did, as `naming/style` says of `signup`; `pageView`:
        // two words.
        return v
            .user_compound(text)
            .or_else(|| v.vendor_call(text))
            .or_else(|| run_on_split(v, text))
            .filter(|renamed| v.take(renamed));
    };
    match fix_verb(v, typos, &tokens, verb) {
        VerbFix::Rename(renamed) | VerbFix::Typo(renamed) => Some(renamed),
        VerbFix::Hint(_) | VerbFix::NoRename | VerbFix::Taken(_) => None,
    }
}

/// A name of one run-on word, split where a known word ends and a past form or a common
/// action begins: `pageview` -> `page_viewed`, `signupcompleted` -> `signup_completed`,
/// `userloggedin` -> `user_logged_in`. Not a word tracklint knows as it is (`download`,
/// `checkout`, `playlist`), and a base verb only when it is a common action after a UI or
/// object noun (`username` is no `user_named`, `webhook` no `web_hooked`).
pub(super) fn run_on_split(v: &Vocabulary, text: &str) -> Option<String> {
    if text.contains('_') || is_known_word(v, text) || v.is_past_tense(text) {
        return None;
    }
    let particle_last = PARTICLES
        .iter()
        .filter_map(|p| Some((text.strip_suffix(p)?, Some(*p))));
    particle_last
        .chain([(text, None)])
        .find_map(|(word, particle)| split_at_verb(v, word, particle))
        .filter(|renamed| v.is_well_formed_event(renamed))
}

/// `word` as a known word and a past form (or a common action, made past) after it, the
/// longest such verb first; `particle` after the verb.
fn split_at_verb(v: &Vocabulary, word: &str, particle: Option<&str>) -> Option<String> {
    let (head, past) = run_on_parts(v, word, particle)?;
    let verb: Vec<&str> = std::iter::once(past.as_ref()).chain(particle).collect();
    let words = head_words(v, head);
    Some(assemble(v.naming.style, None, &words, &verb))
}

/// A run-on word before the verb as the words it is made of, when it is no word of its own:
/// `bagtag` -> bag, tag; `coffeeorder` -> coffee, order; `reviewrequest` -> review, request.
/// A known word or a closed compound stays whole (`dashboard`, `paywall`), and so does a word
/// that splits into no two or three known words (`dnaresults`: `dna` is in no table). A plural
/// qualifies no word after it where another split has none (`skirtswitch` is skirt, switch, not
/// skirts, witch).
fn head_words<'w>(v: &Vocabulary, head: &'w str) -> Vec<&'w str> {
    if head.len() > MAX_RUN_ON || is_known_word(v, head) || words::is_closed_compound(head) {
        return vec![head];
    }
    split_words(v, head, 3, false)
        .or_else(|| split_words(v, head, 3, true))
        .unwrap_or_else(|| vec![head])
}

/// `word` as at most `most` known words of three letters or more, the longest first word
/// first (`seedingrate` is seeding, rate); a word known only as a plural before another one
/// only when `plural_inside`.
fn split_words<'w>(
    v: &Vocabulary,
    word: &'w str,
    most: usize,
    plural_inside: bool,
) -> Option<Vec<&'w str>> {
    // A past form that is its own base (`cast`, `set`) ends no run-on word (`sleepcast`).
    let own_past = v.lexicon.base(word) == Some(word) && v.is_past_tense(word);
    if is_head_piece(v, word) && !own_past {
        return Some(vec![word]);
    }
    if most < 2 {
        return None;
    }
    (3..word.len().saturating_sub(2)).rev().find_map(|at| {
        let (first, rest) = (word.get(..at)?, word.get(at..)?);
        let plural_only = || !is_known_word(v, first) && is_known_plural(v, first);
        if !is_head_piece(v, first) || (!plural_inside && plural_only()) {
            return None;
        }
        let mut words = split_words(v, rest, most - 1, plural_inside)?;
        // A past form or an `-ing` form qualifies only first (`sharedlink`): later it would
        // be a verb inside a head (`windspeed` is no winds peed).
        let verb_inside = words.iter().any(|w| {
            !is_known_word(v, w) && (v.is_past_tense(w) || progressive_base(v, w).is_some())
        });
        if verb_inside {
            return None;
        }
        words.insert(0, first);
        Some(words)
    })
}

/// A word that may be part of a run-on head: a known word, a closed compound, an adjective, a
/// past form (`sharedlink`), a known noun's plural (`dnaresults`), a verb's `-ing` form or an
/// abbreviation of the table (`edgeconfig` is edge, config; not con, fig).
fn is_piece(v: &Vocabulary, word: &str) -> bool {
    word.len() >= 3
        && (is_known_word(v, word)
            || words::is_closed_compound(word)
            || words::abbreviation(word).is_some()
            || words::is_adjective(word)
            || v.is_past_tense(word)
            || is_known_plural(v, word)
            || progressive_base(v, word).is_some())
}

/// Whether `word` is the plural of a known word of three letters or more (`results`).
fn is_known_plural(v: &Vocabulary, word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|one| one.len() >= 3 && is_known_word(v, one))
}

/// A piece of a run-on head: a word of [`is_piece`], or one of four letters or more that
/// WordNet knows as a noun only outside its tagged corpus (`expiry`) or names a person it
/// did not tag (`trainer`): `trainerreview` is trainer, review.
fn is_head_piece(v: &Vocabulary, word: &str) -> bool {
    is_piece(v, word)
        || (word.len() >= 4
            && (words::related_words().has_noun_sense(word) || words::is_person_noun(word)))
}

/// The longest word read as a run of words, in bytes: twice the default `naming.max_length`.
const MAX_RUN_ON: usize = 96;

/// Where a run-on word splits into a known word and a past form or a common action (see
/// [`run_on_split`]): the word and the past form.
fn run_on_parts<'w>(
    v: &Vocabulary,
    word: &'w str,
    particle: Option<&str>,
) -> Option<(&'w str, Cow<'w, str>)> {
    // A word longer than any run-on name is no run of words: splitting it would take time
    // that grows with the cube of its length (a hostile catalog's megabyte name).
    if word.len() > MAX_RUN_ON {
        return None;
    }
    // A head of known words first; a word of no table only where none is
    // (`autocaptureenabled` is no `autocaptu` reenabled).
    [true, false]
        .into_iter()
        .find_map(|known_only| run_on_parts_at(v, word, particle, known_only))
}

/// [`run_on_parts`], with a known head only or a head of no table before a long past form.
fn run_on_parts_at<'w>(
    v: &Vocabulary,
    word: &'w str,
    particle: Option<&str>,
    known_only: bool,
) -> Option<(&'w str, Cow<'w, str>)> {
    (3..word.len().saturating_sub(2)).find_map(|at| {
        let (head, tail) = (word.get(..at)?, word.get(at..)?);
        // A word of no table may start it when a long past form ends it (`leaderboardviewed`).
        let long_past = !known_only && tail.len() >= 5 && v.is_past_tense(tail) && head.len() >= 4;
        let known = is_known_word(v, head)
            || words::is_closed_compound(head)
            || is_piece(v, head)
            || head_words(v, head).len() > 1;
        if !(known || long_past) || words::ORDINALS.contains(&head) || words::is_adjective(head) {
            return None;
        }
        // `spotlighted`: a past form of a closed compound's verb is one word.
        let joined = v
            .lexicon
            .base_of_past(tail)
            .is_some_and(|base| words::is_closed_compound(&format!("{head}{base}")));
        if joined {
            return None;
        }
        // `deploymentrollback`: a closed compound of a verb and a particle ends it.
        if particle.is_none()
            && known
            && let Some((verb, part)) = words::compound_verb(tail)
        {
            let past = v.lexicon.past_participle(verb)?;
            return Some((head, Cow::Owned(format!("{past}_{part}"))));
        }
        // A past form that is its own base (`cast`, `set`) may be the base or a noun in a
        // run-on word (`sleepcast`): only a form that is past alone ends one.
        let past = if v.is_past_only(tail) {
            Cow::Borrowed(tail)
        } else if particle.is_none()
            && words::is_action_verb(tail)
            && (words::is_ui_word(head)
                || words::is_object_noun(head)
                || words::ASPECT_VERBS.contains(&tail))
        {
            // A base verb after a noun of the tables only, or a point of an action after any
            // known word (`bufferend`): after another word it may be a noun (`rageclick`: a
            // rage click, not a rage clicked).
            v.lexicon.past_participle(tail)?
        } else {
            return None;
        };
        Some((head, past))
    })
}

/// A word one of tracklint's tables knows: a base verb, a common noun, a word of WordNet's
/// derivations and synonyms, an object or UI noun, a closed compound (`signup`).
fn is_known_word(v: &Vocabulary, word: &str) -> bool {
    v.lexicon.is_base_verb(word)
        || words::is_noun(word)
        || words::related_words().knows(word)
        || words::is_object_noun(word)
        || words::is_ui_word(word)
        || words::compound_verb(word).is_some()
}

/// Understands the name well enough to put a past-tense verb in its verb slot: an action verb
/// moves behind its object (`add_bookmark` -> `bookmark_added`), a past form found elsewhere
/// moves to the slot (`started_checkout` -> `checkout_started`), a misspelt one is corrected
/// (`plan_upgraed` -> `plan_upgraded`), a verb in the slot is inflected (`message_send` ->
/// `message_sent`, `contact_creation` -> `contact_created`), the one verb before a noun moves
/// behind it (`app_clear_data` -> `app_data_cleared`), a compound opens (`user_signup` ->
/// `user_signed_up`). Whatever it makes must pass every naming rule; else the hint.
pub(super) fn fix_verb(v: &Vocabulary, typos: &mut Typos, tokens: &[&str], verb: usize) -> VerbFix {
    let fix = match suggested(v, typos, tokens, verb) {
        VerbFix::Rename(renamed) => VerbFix::Rename(spelled_out(v, renamed)),
        VerbFix::Typo(renamed) => VerbFix::Typo(spelled_out(v, renamed)),
        other => other,
    };
    if let VerbFix::Rename(renamed) | VerbFix::Typo(renamed) = &fix
        && !v.take(renamed)
    {
        return VerbFix::Taken(renamed.clone());
    }
    fix
}

/// A rename with the abbreviations of [`words::ABBREVIATIONS`] spelled out
/// (`appt_confirmation` -> `appointment_confirmed`), but for the clipped words products use
/// as words of their own ([`words::KEPT_CLIPPINGS`]: `app`, `admin`); as it was when another
/// word is one no table knows or the spelled-out name breaks a naming rule.
pub(super) fn spelled_out(v: &Vocabulary, renamed: String) -> String {
    let long = |t: &str| words::abbreviation(t).filter(|_| !words::KEPT_CLIPPINGS.contains(&t));
    if !renamed.split('_').any(|t| long(t).is_some()) {
        return renamed;
    }
    // Half spelled out is worse than as written: not beside a word no table knows, which may
    // be another abbreviation (`acct_stmt_downloaded`, `env_var_deleted`).
    let known = |t: &str| {
        let one = t.strip_suffix('s').unwrap_or(t);
        long(t).is_some()
            || [t, one].into_iter().any(|w| {
                is_known_word(v, w)
                    || words::related_words().has_noun_sense(w)
                    || words::is_adjective(w)
                    || words::KEPT_CLIPPINGS.contains(&w)
            })
            || v.is_past_tense(t)
            || progressive_base(v, t).is_some()
            || words::is_particle_or_preposition(t)
            || t.bytes().all(|b| b.is_ascii_digit())
    };
    if !renamed.split('_').all(known) {
        return renamed;
    }
    let spelled: Vec<&str> = renamed.split('_').map(|t| long(t).unwrap_or(t)).collect();
    let spelled = spelled.join("_");
    if v.is_well_formed_event(&spelled) {
        spelled
    } else {
        renamed
    }
}

/// [`fix_verb`] before the suggestion is checked against the names taken.
fn suggested(v: &Vocabulary, typos: &mut Typos, tokens: &[&str], verb: usize) -> VerbFix {
    // `first_open`, `app_exception`: an SDK's automatic event, the event it stands for.
    if let Some(renamed) = v.vendor_call(&tokens.join("_")) {
        return VerbFix::Rename(renamed);
    }
    // With no form that can only be a past (`cost` may be a noun): too much of something is a
    // state, no event, whatever word says how (`file_too_large`,
    // `stump_too_close_to_foundation`, no `stump_too_closed_to_foundation`), and a name that
    // ends in a `per` phrase names a rate (`moulding_price_per_foot`, `vinyl_yield_per_roll`;
    // `cost_per_click_update` has its verb after it).
    let state_or_rate = tokens.contains(&"too") || matches!(tokens, [.., "per", _]);
    if state_or_rate && !tokens.iter().any(|t| v.is_past_only(t)) {
        return VerbFix::Hint(None);
    }
    // `adding_item_to_cart`: a common action going on first is that action; not before one
    // noun that names a kind of thing (`editing_mode`, `sorting_options`).
    let first = usize::from(v.naming.style == NamingStyle::AreaObjectAction);
    let kind_of = |t: &&str| {
        words::GERUND_KINDS.contains(t)
            || words::COMPOUND_HEADS.contains(t)
            || words::is_ui_word(t)
            || words::is_ui_word(t.strip_suffix('s').unwrap_or(t))
    };
    let one_kind = tokens.len() == first + 2 && tokens.last().is_some_and(kind_of);
    if let Some(&word) = tokens.get(first)
        && tokens.len() > first + 1
        && !words::is_noun(word)
        && !one_kind
        && let Some(base) = action_under_way(v, word)
    {
        let mut based = tokens.to_vec();
        based[first] = base;
        return match v.shape(&based) {
            Ok(verb) => suggested(v, typos, &based, verb),
            Err(_) => VerbFix::Hint(None),
        };
    }
    if let Some(renamed) = progressive_first(v, tokens, first) {
        return VerbFix::Rename(renamed);
    }
    // `pwd_reset_req`, `dl_invoice`: an abbreviated verb last or first is that verb.
    let ends = [Some(first), tokens.len().checked_sub(1)];
    if tokens.len() > first + 1
        && let Some((at, verb)) = ends
            .into_iter()
            .flatten()
            .find_map(|at| Some((at, words::verb_abbreviation(tokens.get(at)?)?)))
    {
        // The verb is known: the other words are its objects, as written.
        let area = (first == 1).then(|| tokens[0]);
        let objects: Vec<&str> = (first..tokens.len())
            .filter(|&i| i != at)
            .map(|i| tokens[i])
            .collect();
        let renamed = v
            .lexicon
            .past_participle(verb)
            .map(|past| assemble(v.naming.style, area, &objects, &[&past]))
            .filter(|r| v.is_well_formed_event(r) && keeps_meaning(tokens, r));
        return renamed.map_or(VerbFix::Hint(None), VerbFix::Rename);
    }
    if let Some(renamed) = delegate_renamed(v, tokens)
        .filter(|r| v.is_well_formed_event(r) && keeps_meaning(tokens, r))
    {
        return VerbFix::Rename(renamed);
    }
    // `on_app_open`, `did_finish_onboarding`, `place_an_order`: the name without its
    // handler's `on`, its auxiliary `did` and its articles, all in one pass (after the area,
    // in area_object_action), read once.
    match plain_tokens(v, tokens, first) {
        Some(plain) => match v.shape(&plain) {
            Ok(verb) if plain.len() >= 2 => suggested_plain(v, typos, &plain, verb, first),
            _ => VerbFix::Hint(None),
        },
        None => suggested_plain(v, typos, tokens, verb, first),
    }
}

/// [`suggested`] for a name with nothing left to drop.
fn suggested_plain(
    v: &Vocabulary,
    typos: &mut Typos,
    tokens: &[&str],
    verb: usize,
    first: usize,
) -> VerbFix {
    // `reviewable_transitioned_to`: a preposition left at the end says nothing.
    if let [rest @ .., past, last] = tokens
        && words::PREPOSITIONS.contains(last)
        && !PARTICLES.contains(last)
        && !rest.is_empty()
        && v.is_past_tense(past)
    {
        let renamed = tokens[..tokens.len() - 1].join("_");
        return if v.is_well_formed_event(&renamed) {
            VerbFix::Rename(renamed)
        } else {
            VerbFix::Hint(None)
        };
    }
    // `trial_will_end`: a future, not a past; `order_needs_review`, `claim_pending_inspection`:
    // a state, not an event; what to name them is not sure.
    // `pet_claim_in_review`, `hold_in_transit`: a state phrase last, and no past form, says
    // what state a thing is in.
    if let [.., preposition, state] = tokens
        && words::STATE_PHRASES.contains(&(*preposition, *state))
        && !tokens.iter().any(|t| v.is_past_only(t))
    {
        return VerbFix::Hint(None);
    }
    // `contract_ending_soon`: an `-ing` form before an adverb is going on or about to,
    // whichever other word could be a verb.
    let going_on = tokens
        .windows(2)
        .any(|w| progressive_base(v, w[0]).is_some() && words::is_adverb(w[1]));
    // `swipe_right`: a verb and its direction, and no object to name.
    let direction_only = matches!(tokens, [verb, "left" | "right"] if v.lexicon.is_verb_like(verb));
    if going_on
        || direction_only
        || tokens
            .iter()
            .any(|t| ["will", "pending"].contains(t) || words::STATE_VERBS.contains(t))
    {
        return VerbFix::Hint(None);
    }
    // `afterCreateUser`, `order_save_after`: a hook after an action is the action done;
    // before it, it is no event yet.
    if let Some(hook) = hooked(tokens, first) {
        return match hook {
            Hook::After(rest) => match v.shape(&rest) {
                Ok(verb) if rest.len() >= 2 => suggested_plain(v, typos, &rest, verb, first),
                _ => VerbFix::Hint(None),
            },
            Hook::Before => VerbFix::Hint(None),
        };
    }
    // `in_app_purchase`, `out_of_lives`: a phrase first qualifies a noun; what happened to
    // it is not said. `do_not_disturb`: a command or a mode, no event. `get_quotes`: `get`
    // says too little of how (requested or received?).
    // `get_quote`, `getTravelQuote`: the call to action that asks for a quote or an estimate
    // is a request for one.
    if let Some(["get", objects @ .., last]) = tokens.get(first..)
        && ["quote", "quotes", "estimate", "estimates"].contains(last)
    {
        let mut objects = objects.to_vec();
        objects.push(last);
        let area = (first > 0).then(|| tokens[0]);
        let renamed = assemble(v.naming.style, area, &objects, &["requested"]);
        if v.is_well_formed_event(&renamed) {
            return VerbFix::Rename(renamed);
        }
    }
    let says_little =
        |t: &&str| words::is_particle_or_preposition(t) || ["do", "does", "get"].contains(t);
    if tokens.get(first).is_some_and(says_little) {
        return VerbFix::Hint(None);
    }
    // `invalid_boarding_pass`, `no_fly_zone`: what is wrong with a thing, or a thing that is
    // not there, and no past form: a state, which no rename is sure of.
    // A verb among the kinds (`duplicate`) is one only in a past form (`expired_card`).
    let what_is_wrong =
        |t: &&str| *t == "no" || (words::ERROR_KINDS.contains(t) && !v.is_past_tense(t));
    if tokens.get(first).is_some_and(what_is_wrong)
        && !tokens
            .iter()
            .any(|t| v.is_past_tense(t) || words::FAILURE_WORDS.contains(t))
    {
        return VerbFix::Hint(None);
    }
    let name = NameParts::new(v.naming.style, tokens, verb);
    // `charger_offline`, `invoice_overdue`: a state and no verb; whether the thing went into
    // it or was found in it is the team's to say.
    if name.bare_state(v) {
        return VerbFix::Hint(None);
    }
    let valid = |renamed: Option<String>| {
        renamed.filter(|r| v.is_well_formed_event(r) && keeps_meaning(tokens, r))
    };
    // Shapes read whole before their words are read one by one: a state entered, a thing
    // new, a notice of what happened.
    let whole = [
        name.click_first(v),
        name.complement_first(v),
        name.state_entered(v),
        name.new_first(v),
        name.notice_dropped(v),
        name.run_on_particle(v),
        name.run_on_slot(v),
        name.setting_turned(v),
        name.present_inflected(v),
        name.successful_last(),
        name.done_last(v),
    ];
    if let Some(renamed) = whole.into_iter().find_map(valid) {
        return VerbFix::Rename(renamed);
    }
    // `trial_expiry_reminder`: a notice of what may happen, not of what did;
    // `video_watch_progress`: a measure, not an action.
    // After a common action first and an object word the notice or the measure is what the
    // action acts on (`send_invoice_reminder`, `approve_token_spend`; not
    // `follow_up_reminder`, a kind of reminder).
    let acted_on = name
        .others
        .first()
        .is_some_and(|t| words::is_action_verb(t) && name.others.len() > 1)
        && !name.others.iter().any(|t| PARTICLES.contains(t));
    if (words::NOTICE_NOUNS.contains(&name.verb) || words::METRIC_NOUNS.contains(&name.verb))
        && !acted_on
    {
        return VerbFix::Hint(None);
    }
    // `shop_capacity`, `saddle_height`, `gate_queue_length`: an attribute or a quantity WordNet
    // knows is what the words before it have, no action (not `capacity_shopped`), unless a
    // common action or a verb that changes an amount first acts on it (`change_volume`,
    // `increase_font_size`), a past form says what happened, or it names an action
    // (`bid_placement`).
    let measure = |word: &str| {
        let one = word.strip_suffix('s').filter(|w| w.len() > 3);
        (words::is_measure(word) || one.is_some_and(words::is_measure))
            && noun_of_action(v, word).is_none()
    };
    // After a failure word, the verb after it (`error_attach_volume`).
    let acts_on_it = name
        .others
        .iter()
        .find(|t| !words::FAILURE_WORDS.contains(t))
        .is_some_and(|t| {
            acts(v, t) || words::EDIT_VERBS.contains(t) || words::AMOUNT_VERBS.contains(t)
        });
    if measure(name.verb)
        && name.particle.is_none()
        && !acts_on_it
        && !name.others.iter().any(|t| v.is_past_tense(t))
    {
        return VerbFix::Hint(None);
    }
    // A common action going on: done, or started when it runs a while (see
    // [`NameParts::progress_named`]); its words are read no other way (not `downloading_booked`).
    // Other `-ing` words may be nouns a verb first acts on (`set_up_billing`).
    if name.style != NamingStyle::VerbObject
        && !words::is_noun(name.verb)
        && let Some(base) = action_under_way(v, name.verb)
    {
        return valid(name.progress_named(v, base)).map_or(VerbFix::Hint(None), VerbFix::Rename);
    }
    if let Some(failure) = name.failure(v) {
        return valid(failure).map_or(VerbFix::NoRename, VerbFix::Rename);
    }
    let word = name.verb;
    // `its_a_match`: a pronoun is no object to name.
    let pronouns_only =
        !name.others.is_empty() && name.others.iter().all(|t| words::PRONOUNS.contains(t));
    if name.object_unclear(v) || tokens.contains(&"or") || pronouns_only {
        // A choice between objects (`play_song_or_video`) has no one object to name either.
        return VerbFix::Hint(None);
    }
    if word.ends_with("ed") && !v.lexicon.is_base_verb(word) && !words::is_noun_not_past(word) {
        // A regular ending on a verb that has another past (`payed`, `sended`, `steped`)
        // is that verb; else the nearest past form by spelling (`upgraed`).
        let corrected = misinflected_base(v.lexicon, word)
            .and_then(|base| v.lexicon.past_participle(base))
            .and_then(|past| valid(Some(name.with_verb(&[&past]))))
            .or_else(|| {
                typos
                    .nearest(v.lexicon, word)
                    .and_then(|past| valid(Some(name.with_verb(&[past]))))
            });
        return corrected.map_or(VerbFix::Hint(None), VerbFix::Typo);
    }
    let fixes = [
        name.trailing_verb_moved(v),
        name.edit_verb_moved(v),
        name.outcome_inflected(v),
        name.success_first(v),
        name.clicked(v),
        name.account_action_with_phrase(v),
        name.format_last(v),
        name.action_noun_inflected(v),
        name.front_verb_moved(v),
        name.phrasal_object_moved(v),
        name.front_verb_before_phrase(v),
        name.verb_before_phrase_inflected(v),
        name.action_moved(v),
        name.past_form_moved(v),
        name.inflected(v),
        name.verb_moved(v),
        name.compound_inflected(v),
        name.front_compound_moved(v),
    ];
    fixes
        .into_iter()
        .find_map(valid)
        .map_or_else(|| VerbFix::Hint(name.past_of_action(v)), VerbFix::Rename)
}

/// A lifecycle hook's word around a name (`afterCreateUser`, `sales_order_place_after`,
/// `beforeDeleteUser`): after an action the action is done; before it, nothing happened yet.
enum Hook<'t> {
    After(Vec<&'t str>),
    Before,
}

/// The hook word first (after the area, at `first`) or last, with at least two other words.
fn hooked<'t>(tokens: &[&'t str], first: usize) -> Option<Hook<'t>> {
    let at = if tokens
        .get(first)
        .is_some_and(|t| words::HOOK_WORDS.contains(t))
    {
        first
    } else if tokens.last().is_some_and(|t| words::HOOK_WORDS.contains(t)) {
        tokens.len() - 1
    } else {
        return None;
    };
    if tokens.len() < first + 3 {
        return None;
    }
    Some(match tokens[at] {
        "after" => Hook::After(
            tokens
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != at)
                .map(|(_, t)| *t)
                .collect(),
        ),
        _ => Hook::Before,
    })
}

/// A delegate callback's name, `<subject>_did_<verb>_<object>` (iOS's
/// `adDidRecordImpression`, `tableViewDidSelectRow`): the subject, the object and the verb in
/// the past (`ad_impression_recorded`, `table_view_row_selected`). Only object-first styles.
fn delegate_renamed(v: &Vocabulary, tokens: &[&str]) -> Option<String> {
    if v.naming.style == NamingStyle::VerbObject {
        return None;
    }
    let did = tokens.iter().position(|t| *t == "did")?;
    let verb = *tokens.get(did + 1)?;
    let first = usize::from(v.naming.style == NamingStyle::AreaObjectAction);
    if did <= first || !v.lexicon.is_base_verb(verb) || words::ASPECT_VERBS.contains(&verb) {
        return None;
    }
    let past = v.lexicon.past_participle(verb)?;
    let mut renamed: Vec<&str> = tokens[..did].to_vec();
    renamed.extend(&tokens[did + 2..]);
    renamed.push(&past);
    Some(renamed.join("_"))
}

/// The tokens without what is no part of the name, in one pass, when there is any: an event
/// handler's `on` first (at `first`, after an area; `on_app_open`), the auxiliary `did` before
/// a verb (`did_finish_onboarding`, `user_did_login`), a word repeated right after itself
/// (`purchase_purchase_create`) and articles (`place_an_order`,
/// `request_a_quote`: `the` and `an` before a word, `a` before a word that is no past form or
/// digits, so `plan_a_selected` keeps plan A). Each word is looked at once, whatever repeats.
fn plain_tokens<'t>(v: &Vocabulary, tokens: &[&'t str], first: usize) -> Option<Vec<&'t str>> {
    let mut drop = vec![false; tokens.len()];
    // Leading handler words, then right to left: a `did` is dropped when the next word kept
    // is a verb or a closed compound.
    let handlers = leading_handlers(&tokens[first.min(tokens.len())..]);
    drop[first..first + handlers].fill(true);
    let mut verb_next = false;
    let mut past_next = false;
    for i in (0..tokens.len()).rev() {
        let token = tokens[i];
        // `has_completed_onboarding`: the perfect is the past.
        let perfect = ["has", "have", "had"].contains(&token) && past_next;
        let auxiliary = (token == "did" && verb_next) || perfect;
        // A word written twice in a row (`purchase_purchase_create`, a vendor's namespace and
        // its event) says it once.
        let doubled = i > first
            && tokens.get(i - 1) == Some(&token)
            && !token.bytes().all(|b| b.is_ascii_digit());
        if auxiliary || doubled || is_article(v, token, tokens.get(i + 1).copied()) {
            drop[i] = true;
        }
        if !drop[i] {
            verb_next = v.lexicon.is_base_verb(token) || words::compound_verb(token).is_some();
            past_next = v.is_past_tense(token);
        }
    }
    drop.contains(&true).then(|| {
        tokens
            .iter()
            .zip(&drop)
            .filter(|(_, dropped)| !**dropped)
            .map(|(t, _)| *t)
            .collect()
    })
}

/// How many event-handler `on` words a name starts with (`on_app_open`, `onOnStallStarted`),
/// leaving one word at least.
fn leading_handlers(tokens: &[&str]) -> usize {
    let ons = tokens.iter().take_while(|t| **t == "on").count();
    ons.min(tokens.len().saturating_sub(1))
}

/// The verb a noun of action names: the short table's (`impression` -> view), else WordNet's
/// derivation of one meaning (related.txt: `abandonment` -> abandon, `settlement` -> settle),
/// in the American spelling WordNet has (`categorisation` -> categorize).
fn noun_of_action(v: &Vocabulary, noun: &str) -> Option<&'static str> {
    let listed = |noun: &str| v.lexicon.verb_of_noun(noun);
    listed(noun)
        .or_else(|| derived_root(v, noun))
        .or_else(|| american(v, noun, listed))
}

/// Whether the first of two words is the verb that acts on the second, a noun of action
/// (`cancel_subscription`, `make_reservation`, `withdraw_medication`), rather than the thing
/// the action was done to (`quote_acceptance`, `pledge_cancellation`): a common event action,
/// a light verb, or a word WordNet knows as no noun.
fn is_verb_first(v: &Vocabulary, first: &str) -> bool {
    words::is_action_verb(first)
        || words::LIGHT_FIRST.contains(&first)
        || v.lexicon.is_never_noun(first)
}

/// The verb of an action before `success` (`offer_accept_success`, `order_placement_success`):
/// a verb that can be no noun or its abbreviation, or a noun of action; there a verb and
/// `-ment` is one too (`placement`, `shipment`), even where it mostly names a thing.
fn verb_that_succeeded(v: &Vocabulary, word: &str) -> Option<&'static str> {
    if v.lexicon.is_only_verb(word) {
        return v.lexicon.base(word);
    }
    // `page_ack_success`: an abbreviated verb is that verb.
    if let Some(verb) = words::verb_abbreviation(word) {
        return v.lexicon.base(verb);
    }
    noun_of_action(v, word).or_else(|| v.lexicon.base(word.strip_suffix("ment")?))
}

/// The verb WordNet derives a noun of action from (`abandonment` -> abandon), in either
/// spelling (`finalisation` -> finalize).
fn derived_root(v: &Vocabulary, noun: &str) -> Option<&'static str> {
    if words::THING_NOUNS.contains(&noun) {
        return None;
    }
    let root = |noun: &str| v.lexicon.base(words::related_words().get(noun)?.root?);
    root(noun).or_else(|| american(v, noun, root))
}

/// `read` of the American spelling of a British word (`categorisation`), if it has one.
fn american<T>(v: &Vocabulary, word: &str, read: impl Fn(&str) -> Option<T>) -> Option<T> {
    let mut buffer = String::new();
    let spelt = super::near_duplicate::american_spelling(v, word, &mut buffer);
    (spelt != word).then(|| read(spelt)).flatten()
}

/// Whether `word` is an adjective of what can be done to a thing, a verb and `-able` or
/// `-ible` (`downloadable`, `editable`, `accessible`, `verifiable`), negated or not
/// (`unverifiable`, `nonrefundable`), which WordNet's corpus may not have seen.
fn is_able_form(word: &str) -> bool {
    let lexicon = words::lexicon();
    let word = ["un", "non"]
        .iter()
        .find_map(|prefix| word.strip_prefix(prefix))
        .unwrap_or(word);
    ["able", "ible"].iter().any(|suffix| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            let y = stem.strip_suffix('i').map(|s| format!("{s}y"));
            stem.len() > 2
                && [Some(stem.to_owned()), Some(format!("{stem}e")), y]
                    .iter()
                    .flatten()
                    .any(|base| lexicon.is_base_verb(base))
        })
    })
}

/// The base verb of an `-ing` form the lexicon knows: `playing` -> play, `uploading` ->
/// upload, `saving` -> save, `running` -> run. A stem ending in a consonant, a vowel and a
/// consonant that was not doubled lost an `e` (`rating` -> rate, `riding` -> ride, not rat
/// or rid, whose `-ing` forms double it).
pub(super) fn progressive_base(v: &Vocabulary, word: &str) -> Option<&'static str> {
    let stem = word.strip_suffix("ing").filter(|s| s.len() > 1)?;
    let e_lost = ends_consonant_vowel_consonant(stem).then(|| format!("{stem}e"));
    e_lost
        .into_iter()
        .chain(stem_bases(stem))
        .find_map(|base| v.lexicon.base(&base))
}

/// The words a stem left by a suffix may come from, in this order: itself, itself with the
/// `e` the suffix took (`rat` -> rate), and itself without a doubled last letter (`runn` ->
/// run).
fn stem_bases(stem: &str) -> impl Iterator<Item = String> + '_ {
    [
        Some(stem.to_owned()),
        Some(format!("{stem}e")),
        undoubled(stem).map(str::to_owned),
    ]
    .into_iter()
    .flatten()
}

/// Whether `stem` ends in a consonant, a vowel and a consonant other than w, x or y (`rat`,
/// `rid`, `visit`).
fn ends_consonant_vowel_consonant(stem: &str) -> bool {
    let vowel = |b: u8| b"aeiou".contains(&b);
    match stem.as_bytes() {
        [.., a, b, c] => {
            !vowel(*a) && vowel(*b) && !vowel(*c) && !b"wxy".contains(c) && a.is_ascii_lowercase()
        }
        _ => false,
    }
}

/// The common action an `-ing` form says is going on (`downloading` -> download), when it is
/// one (`billing` is none: `bill` is no common action).
fn action_under_way(v: &Vocabulary, word: &str) -> Option<&'static str> {
    progressive_base(v, word).filter(|base| words::is_action_verb(base))
}

/// A verb's `-ing` form first that is no adjective (or one before two nouns or more, see
/// below), as a team writes what the user is doing: the words after it (and its particle)
/// were acted on, any phrase after them stays
/// (`muting_chat_member` -> `chat_member_muted`, `picking_up_extra_shift` ->
/// `extra_shift_picked_up`, `transferring_patient_to_icu` -> `patient_transferred_to_icu`).
/// Not before a noun a gerund names a kind of (see below), before a phrase alone
/// (`searching_for_driver`: for what, no object), a state (`awaiting_...`), a notice or a
/// measure last, or a past, failure or negation anywhere.
fn progressive_first(v: &Vocabulary, tokens: &[&str], first: usize) -> Option<String> {
    let word = *tokens.get(first)?;
    let base = progressive_base(v, word)?;
    // An adjective first qualifies what follows (`interesting_moment`, `working_lead`), but
    // before two nouns or more it is the action (`renewing_vehicle_tax` ->
    // `vehicle_tax_renewed`) unless it says a kind of error (`missing_serial_number`), is a
    // particle's compound (`outgoing_wire_transfer`) or names what goes on by itself
    // (`remaining_trip_balance`), or a problem is last (`moving_date_conflict`).
    let rest = &tokens[first + 1..];
    let acts_on_compound = rest.len() >= 2
        && !words::ERROR_KINDS.contains(&word)
        && !PARTICLES.iter().any(|p| {
            word.strip_prefix(p)
                .is_some_and(|after| progressive_base(v, after).is_some())
        })
        && !words::ONGOING_VERBS.contains(&base)
        && rest.iter().all(|t| is_noun_or_plural(t))
        && rest
            .last()
            .is_some_and(|t| !words::PROBLEM_NOUNS.contains(t));
    if (words::is_adjective(word) && !acts_on_compound) || words::STATE_VERBS.contains(&word) {
        return None;
    }
    let particle = rest
        .first()
        .copied()
        .filter(|p| PARTICLES.contains(p) && v.lexicon.is_phrasal(base, p));
    let rest = &rest[usize::from(particle.is_some())..];
    let at = rest
        .iter()
        .position(|t| words::is_particle_or_preposition(t))
        .unwrap_or(rest.len());
    let (objects, phrase) = rest.split_at(at);
    let &last = objects.last()?;
    // `listing_calendar_out_of_sync`: a state phrase last says what state a thing is in.
    if let [.., preposition, state] = phrase
        && words::STATE_PHRASES.contains(&(*preposition, *state))
    {
        return None;
    }
    let blocked = |t: &&str| {
        v.is_past_tense(t)
            || words::FAILURE_WORDS.contains(t)
            || words::NEGATIONS.contains(t)
            || words::STATE_VERBS.contains(t)
            || progressive_base(v, t).is_some_and(|_| !words::is_noun(t))
    };
    // `listing_view`, `onboarding_begin`, `speeding_alert_ack`: an action last is the name's
    // verb, and the `-ing` word a noun.
    // `listing_rejection`: a noun of action last is the action too (a listing rejected).
    // So is a word that can only be a verb (`charging_schedule_override`: WordNet's corpus
    // never saw it as a noun, though WordNet gives it a rare noun sense).
    let action_last = words::is_action_verb(last)
        || v.lexicon.is_untagged_as_noun(last)
        || words::OUTCOME_NOUNS.contains(&last)
        || words::verb_abbreviation(last).is_some()
        || words::compound_verb(last).is_some()
        || noun_of_action(v, last).is_some();
    // `tracking_number`, `billing_address`, `sharing_settings`: an `-ing` word before one
    // noun that names a kind of record, or before the head of a compound, is a thing.
    let one_noun = objects.len() < 2 && particle.is_none() && phrase.is_empty();
    let kind = one_noun && words::GERUND_KINDS.contains(&last);
    // An `-ing` word that is a noun too (`recording`, `rating`) is the action only before two
    // words or more (`recording_robot_voice_clip`): before one it is as often the thing
    // (`meeting_room`, `parking_spot`).
    // Nor before a word that says what state a thing is in (`cutting_blade_dull`,
    // `recording_storage_full`), an action of its own (`planning_guide_downloads`,
    // `cooling_schedule_creation`) or a kind of thing.
    // (A past form anywhere stops it already: `blocked`.)
    let modifier = |t: &&str| {
        words::is_adjective(t)
            || is_able_form(t)
            || words::is_adverb(t)
            || words::ERROR_KINDS.contains(t)
            || words::STATES.contains(t)
            || t.ends_with("ed")
    };
    let acts = present_base(v, last).is_some() || noun_of_action(v, last).is_some();
    let noun_first = words::is_noun(word)
        && (one_noun || words::GERUND_KINDS.contains(&last) || acts || rest.iter().any(modifier));
    // `checking_account_balance_low`: a state last says what is, no action.
    let state = modifier(&last);
    let head = words::COMPOUND_HEADS.contains(&last) || words::is_ui_word(last);
    if rest.iter().any(blocked)
        || kind
        || noun_first
        || state
        || head
        || action_last
        || words::is_adverb(objects[0])
        || words::NOTICE_NOUNS.contains(&last)
        || words::METRIC_NOUNS.contains(&last)
    {
        return None;
    }
    let past = v.lexicon.past_participle(base)?;
    let mut verb: Vec<&str> = vec![&past];
    verb.extend(particle);
    verb.extend(phrase);
    let area = (first == 1).then(|| tokens[0]);
    let renamed = assemble(v.naming.style, area, objects, &verb);
    (v.is_well_formed_event(&renamed) && keeps_meaning(tokens, &renamed)).then_some(renamed)
}

/// Whether `word` names who or what does something before a present form
/// (`angler_saves_spot`, `homeowner_tips_provider`): a person WordNet knows (`haulier`), an
/// agent noun (`angler`, `mower`, `agronomist`), or a compound ending in a person
/// (`homeowner`, `policyholder`).
fn is_doer(v: &Vocabulary, word: &str) -> bool {
    words::is_person_noun(word) || is_agent_noun(v, word) || ends_in_person(word)
}

/// Whether a closed compound ends in a person noun of four letters or more (`policyholder`,
/// `homeowner`).
fn ends_in_person(word: &str) -> bool {
    (3..word.len().saturating_sub(2))
        .filter_map(|at| word.get(at..))
        .any(|tail| tail.len() > 3 && words::is_person_noun(tail))
}

/// Whether `word` is an agent noun by its form: a verb and `-er` or `-or` (`angler`,
/// `consignor`, `barber`), or a noun in `-ist` (`agronomist`; not a list, `checklist`, nor a
/// verb, `assist`).
fn is_agent_noun(v: &Vocabulary, word: &str) -> bool {
    let agent = ["er", "or"].iter().any(|suffix| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            stem.len() > 2 && stem_bases(stem).any(|base| v.lexicon.is_base_verb(&base))
        })
    });
    let ist = word.len() > 5
        && word.ends_with("ist")
        && !word.ends_with("list")
        && !v.lexicon.is_base_verb(word);
    agent || ist
}

/// The past of a copular verb's base or present form: a thing goes, becomes or comes into a
/// state by itself (`gateway_goes_offline` -> `went`).
fn copula_past(word: &str) -> Option<&'static str> {
    match word {
        "go" | "goes" => Some("went"),
        "become" | "becomes" => Some("became"),
        "come" | "comes" => Some("came"),
        _ => None,
    }
}

/// The base verb a present form comes from (`applies` -> apply, `ends` -> end), never the
/// word itself.
fn present_base(v: &Vocabulary, word: &str) -> Option<&'static str> {
    let stems = [
        word.strip_suffix("ies").map(|stem| format!("{stem}y")),
        word.strip_suffix('s').map(str::to_owned),
        word.strip_suffix("es").map(str::to_owned),
    ];
    let base = stems
        .into_iter()
        .flatten()
        .find_map(|stem| v.lexicon.base(&stem))?;
    (base != word).then_some(base)
}

/// Whether `word` is a verb's present form (`reviews`, `books`), whatever else it may be.
fn is_present_form(v: &Vocabulary, word: &str) -> bool {
    present_base(v, word).is_some_and(|base| v.lexicon.is_base_verb(base))
}

/// A stem without its doubled last letter (`stepp` -> step, `runn` -> run), when it ends in
/// one letter twice.
fn undoubled(stem: &str) -> Option<&str> {
    let bytes = stem.as_bytes();
    let doubled = bytes.len() > 2 && bytes.last() == bytes.get(bytes.len() - 2);
    stem.len()
        .checked_sub(1)
        .and_then(|last| stem.get(..last))
        .filter(|_| doubled)
}

/// The base verb a wrongly inflected `-ed` word was made from: `payed` -> pay, `sended` ->
/// send, `steped` -> step, `loged` -> log, `copyed` -> copy.
fn misinflected_base(lexicon: &'static Lexicon, word: &str) -> Option<&'static str> {
    let stem = word.strip_suffix("ed")?;
    [Some(stem), word.strip_suffix('d'), undoubled(stem)]
        .into_iter()
        .flatten()
        .filter(|stem| stem.len() > 1 && !words::ED_NOUNS.contains(stem))
        .find_map(|stem| lexicon.base(stem))
}

/// Whether a word is a noun or a noun's plural, as a present form may be too
/// (`exam_results_publishing`: results, not a verb that results).
fn is_noun_or_plural(word: &str) -> bool {
    words::is_noun(word) || word.strip_suffix('s').is_some_and(words::is_noun)
}

/// Whether `word` is a likely verb's present form and no plural of a noun (`reorders`,
/// `approves`; not `matches`, `points`): after one word, it is the name's verb, whatever that
/// word is (`cafe_reorders_espresso_blend`).
fn is_present_verb(v: &Vocabulary, word: &str) -> bool {
    looks_plural(word)
        && !is_noun_or_plural(word)
        && !word.strip_suffix("es").is_some_and(words::is_noun)
        && present_base(v, word).is_some_and(|base| v.lexicon.is_likely_verb(base))
}

/// Whether a word is an action where it stands: a common action, or a word that can only be
/// a verb (`renew`), not a thing a noun names.
fn acts(v: &Vocabulary, word: &str) -> bool {
    words::is_action_verb(word) || v.lexicon.is_only_verb(word)
}

/// Whether an action in its `-ing` form says it goes on rather than that it was done: a
/// transfer (`photo_uploading`), what goes on by itself (`lease_expiring`) or a point of an
/// action (`tenancy_ending`).
fn goes_on(base: &str) -> bool {
    words::TRANSFER_VERBS.contains(&base)
        || words::ONGOING_VERBS.contains(&base)
        || words::ASPECT_VERBS.contains(&base)
}

/// Whether a word in the slot can only be an action, never the thing acted on: a verb
/// WordNet knows as no noun (`postpone`, `acknowledge`), or a common action that can only be a
/// verb where it stands (`cancel`; not `quote` or `docket`, nouns WordNet's corpus missed).
fn can_only_act(v: &Vocabulary, word: &str) -> bool {
    v.lexicon.is_never_noun(word) || (words::is_action_verb(word) && v.lexicon.is_only_verb(word))
}

impl<'n> NameParts<'n> {
    /// Whether a past form first qualifies the thing that a common action in the slot, in
    /// its base form, acts on (`nominated_pharmacy_update` is a nominated pharmacy updated);
    /// a point of an action or a common action first is the event's own
    /// (`started_video_upload`, see `words::ASPECT_VERBS`; `edited_channel_post`).
    fn past_qualifies(&self, v: &Vocabulary) -> bool {
        let [first, _, ..] = self.others.as_slice() else {
            return false;
        };
        // A common action's past form first is the event's (`edited_channel_post`), unless
        // the slot can be no noun (`saved_address_delete`).
        let own = v
            .lexicon
            .base_of_past(first)
            .is_some_and(|base| words::ASPECT_VERBS.contains(&base) || words::is_action_verb(base));
        v.is_past_only(first)
            && (!own || v.lexicon.is_only_verb(self.verb))
            && words::is_action_verb(self.verb)
            && v.lexicon.base(self.verb) == Some(self.verb)
    }

    /// An action verb is the name's verb (`add_bookmark` -> `bookmark_added`,
    /// `server_side_view_cart` -> `server_side_cart_viewed`) unless another verb stands
    /// between it and the slot, or, in the middle of the name, it only qualifies an action in
    /// the slot (`media_play_button_tap`).
    fn action_moved(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject {
            return None;
        }
        let (objects, slot) = self.with_slot_as_object();
        // A number's noun is no action (`instagram_rate_limit`).
        let at = objects[..slot]
            .iter()
            .position(|t| words::is_action_verb(t) && !words::METRIC_NOUNS.contains(t))?;
        let verb_between = objects[at + 1..slot]
            .iter()
            .any(|t| v.lexicon.is_verb_like(t));
        let slot_is_action = words::is_action_verb(self.verb);
        let slot_is_verb = slot_is_action || v.lexicon.is_likely_verb(self.verb);
        // `purchase_complete`: a point of an action in the slot is the verb.
        let aspect = words::ASPECT_VERBS.contains(&self.verb);
        let click = words::CLICK_VERBS.contains(&self.verb);
        let adjective = self.slot_is_adjective();
        // In the middle before a verb in the slot it qualifies the action (`pull_request_sync`),
        // and before a noun of action it names the thing acted on (`service_request_
        // submission` is the request's submission).
        let action_noun = at > 0 && noun_of_action(v, self.verb).is_some();
        if verb_between || (slot_is_verb && at > 0) || aspect || click || adjective || action_noun {
            return None;
        }
        // `report_export`: a noun that can be a verb, before a verb in the slot, is the object;
        // so is a noun that starts a compound before a slot that can only be a verb
        // (`purchase_order_cancel` is the purchase order cancelled).
        let noun_first = words::is_object_noun(objects[at])
            || (can_only_act(v, self.verb)
                && at + 1 < slot
                && !PARTICLES.contains(&objects[at + 1])
                && words::is_noun(objects[at])
                && !words::ASPECT_VERBS.contains(&objects[at]));
        if slot_is_verb && noun_first {
            return None;
        }
        // `watch_history`, `share_count`, `sign_in_page`: the head of a compound right after
        // the verb-like word (and its particle).
        let particle = objects.get(at + 1).is_some_and(|t| PARTICLES.contains(t));
        let head = words::COMPOUND_HEADS.contains(&self.verb)
            && at + 1 + usize::from(particle) == slot
            && at == 0;
        let next_to = at + 1 == slot;
        if head
            || (next_to
                && (looks_plural(self.verb)
                    || self.edits(objects[at])
                    || self.owned_by(objects[at])))
        {
            return None;
        }
        moved(v, self.style, self.area, &objects, at, |word| {
            v.lexicon.past_participle(word)
        })
    }

    /// Whether the word before an account action with a particle (sign up, log in: see
    /// `words::ACCOUNT_ACTIONS`) can be who did it: `customer_signup` is `customer_signed_up`,
    /// but a newsletter or Google does not sign up or log in (`newsletter_signup`,
    /// `google_login`: what the user signed up for or logged in with is not sure). Other
    /// verbs do not ask.
    fn done_by_a_person(&self, verb: &str, particle: &str) -> bool {
        done_by_a_person(verb, particle, self.others.last().copied())
    }

    /// Whether the words say no object for the slot's verb: a qualifier before the slot
    /// (`first_open`, `dead_click`: which open or click, not what was opened or clicked)
    /// unless a verb in front acts on the qualified noun (`earn_virtual_currency`); `no`
    /// before it (`call_no_answer`: the slot's word is a noun); an adjective in it that is
    /// no verb (`metric_alert_critical`: what the object became).
    fn object_unclear(&self, v: &Vocabulary) -> bool {
        let acts_on = |before: &[&str]| {
            before
                .first()
                .is_some_and(|t| v.lexicon.is_verb_like(t) || v.is_past_tense(t))
                || before
                    .iter()
                    .any(|t| v.is_past_tense(t) || words::PREPOSITIONS.contains(t))
        };
        let qualifier = |t: &&str| {
            let adjective = words::is_adjective(t)
                && !PARTICLES.contains(t)
                && !v.is_past_tense(t)
                && !words::is_action_verb(t);
            words::ORDINALS.contains(t) || words::ADVERBS.contains(t) || adjective
        };
        let qualified = self
            .others
            .split_last()
            .is_some_and(|(last, before)| qualifier(last) && !acts_on(before));
        let after_no = self.others.last() == Some(&"no");
        let adjective = self.slot_is_adjective()
            && !v.lexicon.is_likely_verb(self.verb)
            && !words::is_action_verb(self.verb)
            && !words::EDIT_VERBS.contains(&self.verb);
        qualified || after_no || adjective
    }

    /// Whether the slot's word follows a preposition: it is that phrase's noun
    /// (`sign_in_with_google`, `share_on_twitter`), never the verb.
    fn after_preposition(&self) -> bool {
        self.others
            .last()
            .is_some_and(|t| words::PREPOSITIONS.contains(t))
    }

    /// The slot's word and the particle after it, when there is one: what a verb before them
    /// acted on (`physician_requests_day_off` -> `day_off_requested`).
    fn slot_words(&self) -> impl Iterator<Item = &'n str> {
        std::iter::once(self.verb).chain(self.particle)
    }

    /// Whether the slot holds a point of an action or a common action right after a phrasal
    /// verb, which is then the thing it acts on (`juror_check_in_complete`: the check-in
    /// completed; `home_try_on_request`: a try-on requested), not a verb with a phrase after it
    /// (`juror_checked_in_complete`).
    fn point_of_phrasal(&self, v: &Vocabulary) -> bool {
        (words::ASPECT_VERBS.contains(&self.verb) || words::is_action_verb(self.verb))
            && matches!(self.others.as_slice(), [.., verb, particle]
                if PARTICLES.contains(particle) && v.lexicon.is_phrasal(verb, particle))
    }

    /// Whether the slot holds an adjective, which says what the object was, not what was
    /// acted on (`answer_incorrect` is no `incorrect_answered`).
    fn slot_is_adjective(&self) -> bool {
        let adjective = words::is_adjective(self.verb)
            || words::COMPLEMENT_STATES.contains(&self.verb)
            || is_able_form(self.verb);
        adjective && !words::is_object_noun(self.verb)
    }

    /// Whether the slot's word is an attribute, a measure or a bound that `noun`, a word
    /// before it that can be a noun, has (`ship_date`, `rent_value`, `check_in_time`, and
    /// with nouns between, `claim_denial_code`), rather than what a verb acted on: not after
    /// a verb that sets or changes one (`change_name`, `raise_limit`), nor with a particle
    /// that makes another thing of it (`request_time_off`).
    fn owned_by(&self, noun: &str) -> bool {
        self.particle.is_none()
            && words::is_noun(noun)
            && (words::ATTRIBUTE_NOUNS.contains(&self.verb)
                || words::METRIC_NOUNS.contains(&self.verb)
                || words::LIMIT_NOUNS.contains(&self.verb))
            && !words::EDIT_VERBS.contains(&noun)
            && !words::AMOUNT_VERBS.contains(&noun)
    }

    /// Whether the slot's word is an edit verb that changes `noun`, the word before it:
    /// `sort_change` is `sort_changed`, not a verb acting on a change (`apply_change`, whose
    /// `apply` is no noun).
    fn edits(&self, noun: &str) -> bool {
        words::EDIT_VERBS.contains(&self.verb) && words::is_noun(noun)
    }

    /// A past form elsewhere in the name moves to the verb slot (with its particle); the word
    /// that held the slot joins the objects. Only when there is exactly one such form, and,
    /// when a verb follows it (in the slot or before), only from the front
    /// (`completed_order`): in the middle it qualifies a noun (`recently_closed_tabs_menu_close`,
    /// `recently_closed_tabs_exit_multiselect`).
    fn past_form_moved(&self, v: &Vocabulary) -> Option<String> {
        // A click's words name the control (`hosted_unsubscribe_click`), whatever they are.
        if words::CLICK_VERBS.contains(&self.verb) {
            return None;
        }
        let (objects, slot) = self.with_slot_as_object();
        // A form that is its own base (`input`, `set`) only with its particle (`set_up`):
        // alone it may be a noun (`input_focus` is no `focus_input`).
        let phrasal = |i: usize, t: &str| {
            objects
                .get(i + 1)
                .is_some_and(|p| PARTICLES.contains(p) && v.lexicon.is_phrasal(t, p))
        };
        let mut past = objects.iter().enumerate().filter(|&(i, t)| {
            let own_base = v.lexicon.base(t) == Some(*t);
            let auxiliary = words::AUXILIARIES.contains(t);
            i != slot && v.is_past_tense(t) && (!own_base || phrasal(i, t)) && !auxiliary
        });
        let (at, _) = past.next()?;
        // `unconfirmed_rarity`, `unread_messages`: a negated past form first of no verb of
        // its own says what state a thing is in, no event (`unfollowed_user` is one:
        // unfollow is a verb).
        if at == 0 && objects[0].starts_with("un") && v.lexicon.base_of_past(objects[0]).is_none() {
            return None;
        }
        // `insured_adds_beneficiary`: a past form first before a present form names who did
        // it (the insured), no past of its own.
        let present_after = objects
            .get(at + 1)
            .and_then(|t| present_base(v, t))
            .is_some_and(|base| v.lexicon.is_likely_verb(base));
        if at == 0 && present_after && objects.len() > 2 {
            return None;
        }
        if at == 0 && self.past_qualifies(v) {
            return None;
        }
        // An action going on after it (`WatchedItemEndingSoon`): the past form qualifies the
        // noun, and what happened is the other action, not sure.
        let going_on = objects[at + 1..]
            .iter()
            .any(|t| action_under_way(v, t).is_some());
        if going_on {
            return None;
        }
        // A verb after it, but for a noun in the slot (`driver_accepted_ride`).
        let verb_after = objects[at + 1..].iter().enumerate().any(|(i, t)| {
            let in_slot = at + 1 + i == slot;
            v.lexicon.is_likely_verb(t) && !(in_slot && words::is_noun(t) && at == 1)
        });
        if past.next().is_some() || (at > 0 && verb_after) {
            return None;
        }
        // A person before the verb and an object after it: the one who did it, after `by`
        // (`admin_impersonated_user` -> `user_impersonated_by_admin`; a `user` says nothing:
        // `user_completed_onboarding` -> `onboarding_completed`). Another word there may be
        // where it happened (Segment's `account_added_user`, `team_added_member`): it stays
        // with the object.
        let object = &objects[at + 1..];
        let plain = |t: &&str| !words::is_particle_or_preposition(t);
        let person = words::party(objects[0]) == Some(words::Party::Person);
        if at == 1 && person && !object.is_empty() && object.iter().all(plain) {
            let mut verb = vec![objects[at]];
            if objects[0] != "user" {
                // `rider_rated_driver` -> `driver_rated_by_rider`.
                verb.extend(["by", objects[0]]);
            }
            return Some(assemble(self.style, self.area, object, &verb));
        }
        moved(v, self.style, self.area, &objects, at, |word| {
            Some(Cow::Borrowed(word))
        })
    }

    /// The verb in the slot, inflected: `message_send` -> `message_sent`; a noun of action
    /// turned into its verb: `contact_creation` -> `contact_created`.
    fn inflected(&self, v: &Vocabulary) -> Option<String> {
        // After a preposition the slot's word is that phrase's noun (`sign_in_with_google`), not
        // after a phrasal verb's particle when it is a point of an action (see
        // [`NameParts::point_of_phrasal`]);
        // after a common action first it is that action's object when it can be a noun, or
        // when the action has its particle (`merge_pull_request`, `roll_back_deploy`;
        // `push_notification_enable` is inflected).
        let after_preposition = self.after_preposition() && !self.point_of_phrasal(v);
        // A click's words before it name the control (`buy_now_click`), whatever they are,
        // and a point of an action is the verb (`live_stream_start`).
        let click = words::CLICK_VERBS.contains(&self.verb);
        let action_first = self.style != NamingStyle::VerbObject
            && !click
            && !words::ASPECT_VERBS.contains(&self.verb)
            && self.others.len() > 1
            && self.others.first().is_some_and(|t| {
                // A noun first is the object's owner (`pet_weight_log`), unless a common action;
                // so is a word WordNet knows as a noun outside its tagged corpus
                // (`rebate_check_print`, `demo_bike_return`).
                let acts = (!words::is_noun(t) && !words::related_words().has_noun_sense(t))
                    || words::is_action_verb(t);
                // Its particle makes a verb that acts on the slot's word (`roll_back_deploy`),
                // unless a word between is what the slot's verb acts on
                // (`move_out_notice_submit`: a move-out notice submitted).
                let particle = self.others.get(1).is_some_and(|t| PARTICLES.contains(t))
                    && (self.others.len() == 2 || !can_only_act(v, self.verb));
                v.lexicon.is_verb_like(t) && ((words::is_noun(self.verb) && acts) || particle)
            });
        let click_before = self.others.iter().any(|t| words::CLICK_VERBS.contains(t));
        // `share_count`, `order_total`: a number, not a counting; `low_balance_alert`: a notice.
        // `fare_zone_mismatch`: a problem found, no action on the zone.
        let metric = words::METRIC_NOUNS.contains(&self.verb)
            || words::NOTICE_NOUNS.contains(&self.verb)
            || words::PROBLEM_NOUNS.contains(&self.verb);
        // `login_google`: right after a compound of an action the slot's word is what it
        // was done with, not the verb, unless a common action that can be no noun
        // (`pickup_confirm`).
        let slot_acts = words::is_action_verb(self.verb) && v.lexicon.is_only_verb(self.verb);
        let after_compound = !click
            && !slot_acts
            && self
                .others
                .last()
                .is_some_and(|t| words::compound_verb(t).is_some());
        // `policy_evaluate_sign_on`: a verb that is no noun before the slot may be the action
        // and the slot's word its object (not a quote, a noun in WordNet's rarer senses:
        // `service_quote_request`), unless that word can only be a verb
        // (`firmware_update_postpone`); `driver_accepted_ride`: a past form before it is
        // the name's verb already.
        let past_before =
            !click && !self.past_qualifies(v) && self.others.iter().any(|t| v.is_past_only(t));
        // `hub_reboot_complete`: a verb that says an action was done is the slot's verb after
        // any action.
        let done = ["complete", "finish"].contains(&self.verb);
        let verb_before = !click
            && !done
            && !can_only_act(v, self.verb)
            && self.others.iter().skip(1).any(|t| {
                v.lexicon.is_never_noun(t) && !v.is_past_tense(t) && !PARTICLES.contains(t)
            });
        // `agent_files_claim`: after a person and a present form the slot's word is what was
        // acted on, not a verb of its own.
        let person_acts = matches!(self.others.as_slice(), [doer, present]
            if is_doer(v, doer) && is_present_form(v, present));
        // `add_to_scent_queue`: a phrase anywhere before the slot says where something went,
        // and the slot's word is the phrase's noun (`nanny_below_minimum_wage`), not what was
        // done.
        let phrase_before = self
            .others
            .iter()
            .any(|t| words::PREPOSITIONS.contains(t) && !PARTICLES.contains(t));
        // `weak_wifi_signal`: an adjective first before two words qualifies a noun phrase; the
        // slot is its head, no verb, unless it can only be an action (`safe_search_enable`).
        let slot_may_act = words::is_action_verb(self.verb)
            || v.lexicon.is_only_verb(self.verb)
            || words::ASPECT_VERBS.contains(&self.verb)
            || words::CLICK_VERBS.contains(&self.verb)
            || noun_of_action(v, self.verb).is_some();
        let qualified_phrase = self.others.len() > 1
            && !slot_may_act
            && self.others.first().is_some_and(|t| {
                words::is_adjective(t) && !v.lexicon.is_verb_like(t) && !v.is_past_tense(t)
            });
        // `cafe_reorders_espresso_blend`: a likely verb's present form after the first word
        // is the name's verb, whoever the first word is; the slot's word is no second one.
        let present_after = !click && self.others.iter().skip(1).any(|t| is_present_verb(v, t));
        if after_preposition
            || qualified_phrase
            || phrase_before
            || person_acts
            || present_after
            || self.present_among(v)
            || metric
            || action_first
            || click_before
            || after_compound
            || verb_before
            || past_before
        {
            return None;
        }
        // A particle it makes a verb with says it is one (`wallet_top_up`).
        let phrasal = self
            .particle
            .is_some_and(|p| v.lexicon.is_phrasal(self.verb, p));
        let likely = v.lexicon.is_likely_verb(self.verb) && !words::ED_NOUNS.contains(&self.verb);
        // `incident_unacknowledge`: a verb negated, in the past negated.
        if let Some(verb) = self.verb.strip_prefix("un").filter(|rest| {
            rest.len() > 3 && !likely && v.lexicon.is_base_verb(rest) && self.particle.is_none()
        }) {
            let past = v.lexicon.past_participle(verb)?;
            return Some(self.with_verb(&[&format!("un{past}")]));
        }
        let verb = if likely || phrasal {
            self.verb
        } else {
            noun_of_action(v, self.verb)?
        };
        if let Some(particle) = self.particle
            && !self.done_by_a_person(verb, particle)
        {
            return None;
        }
        let past = v.lexicon.past_participle(verb)?;
        Some(self.with_verb(&[&past]))
    }

    /// A noun of action in the slot after two words or more is the name's action, whatever
    /// the first word is (`swim_lesson_cancellation` -> `swim_lesson_cancelled`,
    /// `lounge_access_validation` -> `lounge_access_validated`): a swim, a lounge or an open
    /// before it starts a compound, no verb acting on a cancellation. Not after a verb and its
    /// particle (`roll_back_deployment`), an `-ing` form (`logging_hydrant_inspection`), a
    /// person (`user_requests_payment`), a past form or a phrase.
    fn action_noun_inflected(&self, v: &Vocabulary) -> Option<String> {
        let (&first, rest) = self.others.split_first()?;
        let verb = noun_of_action(v, self.verb)?;
        let particle_first = rest
            .first()
            .is_some_and(|t| PARTICLES.contains(t) && v.lexicon.is_phrasal(first, t));
        let guarded = self.style == NamingStyle::VerbObject
            || self.particle.is_some()
            || (rest.is_empty() && is_verb_first(v, first))
            || words::PROBLEM_NOUNS.contains(&self.verb)
            || particle_first
            || words::OUTCOME_NOUNS.contains(&self.verb)
            || v.lexicon.is_likely_verb(self.verb)
            || progressive_base(v, first).is_some()
            || words::ACTION_TAKING_VERBS.contains(&first)
            || words::party(first) == Some(words::Party::Person)
            || self.present_among(v)
            || rest
                .iter()
                .any(|t| words::is_action_verb(t) && v.lexicon.is_only_verb(t))
            || self.others.iter().enumerate().any(|(i, t)| {
                // `drill_bit_replacement`: a past form that is a noun too names a thing, and
                // so does one first before nouns (`expired_items_removal`: the removal of
                // expired items).
                let qualifies = i == 0
                    && !rest.is_empty()
                    && rest
                        .iter()
                        .all(|t| is_noun_or_plural(t) && !v.is_past_tense(t));
                (v.is_past_only(t) && !words::is_noun(t) && !qualifies)
                    || words::is_particle_or_preposition(t)
            });
        if guarded {
            return None;
        }
        let past = v.lexicon.past_participle(verb)?;
        Some(self.with_verb(&[&past]))
    }

    /// The slot holds the object (`data` in `app_clear_data`): the one verb among the other
    /// words moves behind it, inflected. Not from the front, where a word that is not a
    /// common action is a product area (`travel_content`), and not where it qualifies the
    /// noun after it (`sync_card`, `search_results`).
    fn verb_moved(&self, v: &Vocabulary) -> Option<String> {
        // `library_hold_expiring`: an `-ing` form that is no noun is what is going on, not an
        // object.
        let going_on = progressive_base(v, self.verb).is_some() && !words::is_noun(self.verb);
        // A closed compound of a verb in the slot is the action (`auto_deposit_setup`), and
        // so is a point of an action going on (`scooter_ride_ending`); a problem found is the
        // head (`payout_schedule_conflict` schedules nothing).
        let compound =
            words::compound_verb(self.verb).is_some() || words::PROBLEM_NOUNS.contains(&self.verb);
        let aspect =
            progressive_base(v, self.verb).is_some_and(|b| words::ASPECT_VERBS.contains(&b));
        // `page_load_slow`: an adjective last says what state a thing is in.
        if v.lexicon.is_likely_verb(self.verb)
            || going_on
            || compound
            || aspect
            || self.slot_is_adjective()
            || self.present_among(v)
        {
            return None;
        }
        let (objects, slot) = self.with_slot_as_object();
        // A number's noun or a kind of what is wrong is no verb to move
        // (`instagram_rate_limit`, `possible_duplicate_idea`).
        let is_mover = |t: &&str| {
            v.lexicon.is_likely_verb(t)
                && !words::ED_NOUNS.contains(t)
                && !PARTICLES.contains(t)
                && !words::METRIC_NOUNS.contains(t)
                && !words::ERROR_KINDS.contains(t)
        };
        // `low_balance_alert`: a word after an adjective is a noun it qualifies.
        let qualified = |i: usize| {
            i.checked_sub(1)
                .and_then(|p| objects.get(p))
                .is_some_and(|t| {
                    words::is_adjective(t) && !words::is_noun(t) && !v.lexicon.is_verb_like(t)
                })
        };
        let mut movers = objects
            .iter()
            .enumerate()
            .filter(|&(i, t)| i != slot && is_mover(t) && !qualified(i));
        let (at, &mover) = movers.next()?;
        let next = objects.get(at + 1).copied().unwrap_or_default();
        let qualifies = words::is_object_noun(next)
            || words::is_ui_word(next)
            || (looks_plural(next) && at + 1 == slot);
        // `delivery_delay_reason`, `golf_wind_strength`: a word that can be a noun and is no
        // common action qualifies the noun after it.
        if movers.next().is_some() || at == 0 || qualifies || !acts(v, mover) {
            return None;
        }
        moved(v, self.style, self.area, &objects, at, |word| {
            v.lexicon.past_participle(word)
        })
    }

    /// verb_object: a name in object_action order moves its last verb (with its particle) to
    /// the front: `invite_send` -> `sent_invite`, `payment_failure` -> `failed_payment`,
    /// unless the first word is already a common action (`view_page_load`).
    fn trailing_verb_moved(&self, v: &Vocabulary) -> Option<String> {
        if self.style != NamingStyle::VerbObject || words::is_action_verb(self.verb) {
            return None;
        }
        let mut end = self.others.len();
        let particle = self
            .others
            .last()
            .copied()
            .filter(|t| PARTICLES.contains(t) && end > 1);
        end -= usize::from(particle.is_some());
        let at = end.checked_sub(1)?;
        let word = self.others[at];
        let base = if v.lexicon.is_likely_verb(word) && !words::ED_NOUNS.contains(&word) {
            word
        } else {
            v.lexicon.verb_of_noun(word)?
        };
        let past = v.lexicon.past_participle(base)?;
        let mut objects = vec![self.verb];
        objects.extend(self.particle);
        objects.extend(&self.others[..at]);
        let mut verb: Vec<&str> = vec![&past];
        verb.extend(particle);
        Some(assemble(self.style, self.area, &objects, &verb))
    }

    /// A name that starts or ends with a failure word, as `<object>_<verb>_failed`:
    /// `error_export_pdf` -> `pdf_export_failed`, `checkout_error` -> `checkout_failed`. Some
    /// (nothing) when the rest is no object (`error_show`): a failure whose rename is not sure.
    fn failure(&self, v: &Vocabulary) -> Option<Option<String>> {
        let (parts, _) = self.with_slot_as_object();
        let is_failure =
            |word: Option<&&str>| word.is_some_and(|w| words::FAILURE_WORDS.contains(w));
        let rest = if is_failure(parts.first()) {
            &parts[1..]
        } else if is_failure(parts.last()) {
            &parts[..parts.len() - 1]
        } else {
            return None;
        };
        // A particle is plain after the verb it makes one with (`qr_check_in_failure`).
        let plain = |i: usize, w: &str| {
            let phrasal = i > 0 && v.lexicon.is_phrasal(rest[i - 1], w);
            !words::FAILURE_WORDS.contains(&w) && (!PARTICLES.contains(&w) || phrasal)
        };
        // `error_show`: an error shown, the failure word its object; not a show that failed.
        // A noun of action that is no verb of errors is what failed (`error_document_upload`),
        // and so is a verb after what it acts on (`error_wholesale_invoice_sync`); a verb alone
        // after the failure word may be what was done to it.
        let ends_in_verb = is_failure(parts.first())
            && rest.last().is_some_and(|w| {
                let acted_on = words::ERROR_VERBS.contains(w) || words::CLICK_VERBS.contains(w);
                let action = words::is_noun(w) || words::is_action_verb(w);
                v.lexicon.is_likely_verb(w) && (acted_on || (!action && rest.len() == 1))
            });
        // `show_error`: an error shown, the verb acting on it; not a show that failed.
        if let [verb] = rest
            && is_failure(parts.last())
            && words::ERROR_VERBS.contains(verb)
        {
            return None;
        }
        // `fatal_error`, `invalid_card_error`: what kind of error, or what was wrong, not what
        // failed; but `remote_unlock_error` and `parental_gate_failure` name what failed.
        let qualifier_only = rest.first().is_some_and(|w| {
            words::ERROR_KINDS.contains(w) || (words::is_adjective(w) && rest.len() == 1)
        });
        let all_plain = rest.iter().enumerate().all(|(i, w)| plain(i, w));
        // `likelihood_of_failure`: a failure word after a preposition is that phrase's noun,
        // the name a measure of it, no failure that happened.
        let in_phrase = is_failure(parts.last())
            && rest
                .last()
                .is_some_and(|w| words::PREPOSITIONS.contains(w) && !PARTICLES.contains(w));
        if rest.is_empty() || !all_plain || ends_in_verb || qualifier_only || in_phrase {
            return Some(None);
        }
        let mut objects: Vec<&str> = rest.to_vec();
        // `export_pdf`, `attach_volume`: the verb in front names the action, after its object;
        // not before an action (`subtitle_download`: the download of a subtitle).
        // `refund_processing_failure`, `affiliate_payout_failure`: an action last (an `-ing`
        // form, a closed compound) is what failed, whatever comes first.
        let last_is_action = objects.last().is_some_and(|w| {
            words::is_action_verb(w)
                || v.lexicon.is_likely_verb(w)
                || noun_of_action(v, w).is_some()
                || words::compound_verb(w).is_some()
                || progressive_base(v, w).is_some()
        });
        // A word mostly an adjective first qualifies the rest (`direct_debit_setup_error`), and
        // so does one WordNet knows as a noun that is no common action (`drip_line_flush_fail`
        // is a drip line's flush that failed, `autoclave_cycle_failure` an autoclave's cycle).
        let qualifying_noun =
            objects.len() > 1 && words::related_words().has_noun_sense(objects[0]);
        let verb_first = !last_is_action
            && (words::is_action_verb(objects[0])
                || (v.lexicon.is_likely_verb(objects[0])
                    && !words::is_noun(objects[0])
                    && !words::is_adjective(objects[0])
                    && !qualifying_noun));
        if objects.len() > 1 && verb_first {
            objects.rotate_left(1);
        }
        // `stream_connect_error`: a verb that can be no noun, after what it acts on, fails as
        // its noun of action (`stream_connection_failed`), where WordNet has one.
        if let [_, .., last] = objects.as_mut_slice()
            && v.lexicon.is_never_noun(last)
            && let Some(noun) = words::related_words().action_noun(last)
        {
            *last = noun;
        }
        Some(Some(assemble(self.style, self.area, &objects, &["failed"])))
    }

    /// The state a thing is in (`words::STATES`) in the slot, after an object, and no copular
    /// verb before it: `charger_offline`, `invoice_overdue`, `subscription_past_due`. Not
    /// after a verb that takes a complement (`set_account_inactive`, `mark_invoice_overdue`).
    fn bare_state(&self, v: &Vocabulary) -> bool {
        let state = words::STATES.contains(&self.verb)
            || (self.verb == "due" && self.others.last() == Some(&"past"));
        let copular = |t: &&str| {
            copula_past(t).is_some()
                || words::COMPLEMENT_VERBS.contains(t)
                || v.lexicon
                    .past_participle(t)
                    .is_some_and(|past| words::COMPLEMENT_VERBS.contains(&past.as_ref()))
        };
        state
            && self.particle.is_none()
            && !self.others.is_empty()
            && !self.others.iter().any(copular)
    }

    /// A copular verb's present form and a state a thing goes into by itself in the slot,
    /// after an object: the object went into it (`gateway_goes_offline` ->
    /// `gateway_went_offline`, `account_becomes_inactive` -> `account_became_inactive`; see
    /// `words::STATES`). With no such verb the name says the state, not how the thing came
    /// into it (see [`NameParts::bare_state`]).
    fn state_entered(&self, v: &Vocabulary) -> Option<String> {
        // `set_account_inactive`: a verb first that takes a complement set the state.
        let complement_verb = self
            .others
            .first()
            .and_then(|t| v.lexicon.past_participle(t))
            .is_some_and(|past| words::COMPLEMENT_VERBS.contains(&past.as_ref()));
        if self.style == NamingStyle::VerbObject || self.particle.is_some() || complement_verb {
            return None;
        }
        let (objects, state): (&[&str], &[&str]) = match self.others.split_last() {
            Some((&"past", objects)) if self.verb == "due" => (objects, &["past", "due"]),
            _ if words::STATES.contains(&self.verb) => {
                (&self.others, std::slice::from_ref(&self.verb))
            }
            _ => return None,
        };
        // `gateway_goes_offline`: a copular verb's present form before the state is that verb
        // (its base too: `go_offline` names no one who went).
        let (&last, objects) = objects.split_last()?;
        let copula = copula_past(last)?;
        let plain = |t: &&str| !words::is_particle_or_preposition(t) && !words::is_adjective(t);
        if objects.is_empty() || !objects.iter().all(plain) {
            return None;
        }
        let mut verb = vec![copula];
        verb.extend(state);
        Some(assemble(self.style, self.area, objects, &verb))
    }

    /// A click first, then the control's words, whatever they are: the control was clicked
    /// (`pressed_buy_button` -> `buy_button_pressed`, `clicked_learn_more` ->
    /// `learn_more_clicked`; not `tap_to_pay`, a phrase).
    fn click_first(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject || self.particle.is_some() {
            return None;
        }
        let (objects, _) = self.with_slot_as_object();
        let (&first, rest) = objects.split_first()?;
        let base = v.past_base(first).unwrap_or(first);
        let phrase = rest
            .first()
            .is_some_and(|t| words::is_particle_or_preposition(t));
        // `press_release_embargo_conflict`: a problem found last is no control pressed.
        let problem = words::PROBLEM_NOUNS.contains(&self.verb);
        if !words::CLICK_VERBS.contains(&base) || rest.is_empty() || phrase || problem {
            return None;
        }
        let past = v.lexicon.past_participle(base)?;
        Some(assemble(self.style, self.area, rest, &[&past]))
    }

    /// A verb that takes a complement first, its object, and the complement last (an
    /// adjective or a state): the object was made so (`mark_credit_card_invalid` ->
    /// `credit_card_marked_invalid`, `make_profile_public` -> `profile_made_public`,
    /// `set_account_inactive` -> `account_set_inactive`).
    fn complement_first(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject || self.particle.is_some() {
            return None;
        }
        let (&first, objects) = self.others.split_first()?;
        let past = v.lexicon.past_participle(first)?;
        let state = words::is_adjective(self.verb)
            || words::STATES.contains(&self.verb)
            || words::COMPLEMENT_STATES.contains(&self.verb);
        let plain = |t: &&str| {
            !v.lexicon.is_verb_like(t)
                && !v.is_past_tense(t)
                && !PARTICLES.contains(t)
                && !words::PREPOSITIONS.contains(t)
        };
        let complement = words::COMPLEMENT_VERBS.contains(&past.as_ref())
            && !words::COPULAR_VERBS.contains(&past.as_ref());
        if !complement || !state || objects.is_empty() || !objects.iter().all(plain) {
            return None;
        }
        Some(assemble(
            self.style,
            self.area,
            objects,
            &[&past, self.verb],
        ))
    }

    /// `new` first and no verb: the thing was created (`new_audience_member` ->
    /// `audience_member_created`, Paddle's alerts), a notice noun at the end left out
    /// (`new_dunning_event_notification`). Not a UI word, which is opened rather than made
    /// (`new_tab`), and not a person alone, who is new rather than made (`new_user`,
    /// `new_visitor`, `newPlayer`: a first visit, a segment).
    fn new_first(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject || self.particle.is_some() {
            return None;
        }
        let (objects, _) = self.with_slot_as_object();
        let ["new", rest @ ..] = objects.as_slice() else {
            return None;
        };
        let rest = match rest.split_last() {
            Some((last, before)) if words::NOTICE_NOUNS.contains(last) => before,
            _ => rest,
        };
        let noun = |t: &&str| {
            !v.lexicon.is_only_verb(t)
                && !words::is_adjective(t)
                && words::compound_verb(t).is_none()
                && !v.is_past_tense(t)
                && !words::is_ui_word(t)
                && !PARTICLES.contains(t)
                && !words::PREPOSITIONS.contains(t)
        };
        // One noun alone may say who is new (`new_user`, `newPlayer`: a first visit, a
        // segment), not what was made (`new_lead`, `new_meeting`).
        let who = matches!(rest, [one] if words::party(one).is_some());
        if rest.is_empty() || who || !rest.iter().all(noun) {
            return None;
        }
        Some(assemble(self.style, self.area, rest, &["created"]))
    }

    /// A past form first and a notice noun in the slot: the notice is of the object's verb
    /// (`canceled_subscription_notification` -> `subscription_canceled`,
    /// `failed_payment_notification` -> `payment_failed`, Recurly's webhooks).
    fn notice_dropped(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject
            || self.particle.is_some()
            || !words::NOTICE_NOUNS.contains(&self.verb)
        {
            return None;
        }
        let (&first, objects) = self.others.split_first()?;
        let own_base = v.lexicon.base(first) == Some(first);
        // Nouns only (`failed_charge_notification`: a charge that failed).
        let noun = |t: &&str| {
            let verb = v.is_past_tense(t) || v.lexicon.is_only_verb(t);
            !verb && !words::is_particle_or_preposition(t)
        };
        if objects.is_empty() || !v.is_past_tense(first) || own_base || !objects.iter().all(noun) {
            return None;
        }
        Some(assemble(self.style, self.area, objects, &[first]))
    }

    /// `successful` last: what came before it succeeded (`csv_upload_successful` ->
    /// `csv_upload_succeeded`).
    fn successful_last(&self) -> Option<String> {
        if self.verb != "successful" || self.particle.is_some() || self.others.is_empty() {
            return None;
        }
        Some(assemble(
            self.style,
            self.area,
            &self.others,
            &["succeeded"],
        ))
    }

    /// A past form and its particle run together in the slot: `user_signedup` ->
    /// `user_signed_up`, `user_loggedin` -> `user_logged_in`.
    fn run_on_particle(&self, v: &Vocabulary) -> Option<String> {
        if self.particle.is_some() || self.others.is_empty() {
            return None;
        }
        // A word of its own is no run-on (`setup`, `checkout`).
        if is_known_word(v, self.verb) {
            return None;
        }
        let (past, particle) = PARTICLES.iter().find_map(|p| {
            let past = self.verb.strip_suffix(p)?;
            let own_base = v.lexicon.base(past) == Some(past);
            (past.len() > 2 && v.is_past_tense(past) && !own_base).then_some((past, *p))
        })?;
        Some(assemble(
            self.style,
            self.area,
            &self.others,
            &[past, particle],
        ))
    }

    /// A known word and a past form run together in the slot, after other words:
    /// `recipient_authenticationfailed` -> `recipient_authentication_failed` (see
    /// [`run_on_split`], which splits a name of one word).
    fn run_on_slot(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject
            || self.others.is_empty()
            || is_known_word(v, self.verb)
            || v.is_past_tense(self.verb)
        {
            return None;
        }
        let (head, past) = run_on_parts(v, self.verb, self.particle)?;
        if !v.is_past_tense(&past) || past != self.verb[head.len()..] {
            return None;
        }
        let mut objects = self.others.clone();
        objects.extend(head_words(v, head));
        let verb: Vec<&str> = std::iter::once(past.as_ref())
            .chain(self.particle)
            .collect();
        Some(assemble(self.style, self.area, &objects, &verb))
    }

    /// A setting and `on` or `off` that make no verb together: the setting was turned on or
    /// off (`dark_mode_on` -> `dark_mode_turned_on`, `auto_renew_on` -> `auto_renew_turned_on`;
    /// `device_power_on` is powered on, a phrasal verb, and `button_click_on` no setting).
    fn setting_turned(&self, v: &Vocabulary) -> Option<String> {
        let particle = self.particle.filter(|p| ["on", "off"].contains(p))?;
        // `match_kicking_off`: an action going on with its particle, no setting.
        if progressive_base(v, self.verb).is_some() {
            return None;
        }
        // `auditor_signs_off`: a present form of a verb with its particle, no setting.
        let present_phrasal =
            present_base(v, self.verb).is_some_and(|base| v.lexicon.is_phrasal(base, particle));
        let phrasal = v.lexicon.is_phrasal(self.verb, particle)
            || words::compound_verb(self.verb).is_some()
            || present_phrasal;
        let acted = v.is_past_tense(self.verb)
            || words::CLICK_VERBS.contains(&self.verb)
            || words::INTERACTION_VERBS.contains(&self.verb);
        // `approve_time_off`: a verb first acts on what is on or off (time off), no setting; so
        // does a present form after its doer (`physician_requests_day_off`).
        let verb_first = self.others.first().is_some_and(|t| acts(v, t));
        if self.style == NamingStyle::VerbObject
            || self.others.is_empty()
            || phrasal
            || acted
            || verb_first
            || self.present_among(v)
        {
            return None;
        }
        let mut objects = self.others.clone();
        objects.push(self.verb);
        Some(assemble(
            self.style,
            self.area,
            &objects,
            &["turned", particle],
        ))
    }

    /// A common action going on in the slot (`base`, from its `-ing` form), after the words
    /// of what it acts on. One over in a moment was done (`review_posting` -> `review_posted`,
    /// `trip_dates_editing` -> `trip_dates_edited`); a transfer, an action that goes on for a
    /// while or a point of one started, named by its noun of action (`book_downloading` ->
    /// `book_download_started`, `membership_pausing` -> `membership_pause_started`). Other
    /// `-ing` words may be nouns WordNet's corpus did not see (`subscription_billing`): no
    /// rename.
    fn progress_named(&self, v: &Vocabulary, base: &'static str) -> Option<String> {
        let verb_like = |t: &&str| v.lexicon.is_only_verb(t) || v.is_past_tense(t);
        if self.particle.is_some()
            || self.others.is_empty()
            || self.others.iter().any(verb_like)
            || !words::is_action_verb(base)
        {
            return None;
        }
        if !goes_on(base) {
            let past = v.lexicon.past_participle(base)?;
            return Some(self.with_verb(&[&past]));
        }
        // A noun made from the verb (`deletion`), not another word for it (`impression`).
        let noun = words::NOUNS_OF_ACTION
            .iter()
            .find(|(noun, verb)| *verb == base && noun.get(..3) == base.get(..3))
            .map_or(base, |(noun, _)| noun);
        let mut objects = self.others.clone();
        objects.push(noun);
        Some(assemble(self.style, self.area, &objects, &["started"]))
    }

    /// A verb in the present in the slot: `candidate_applies` -> `candidate_applied`,
    /// `session_ends` -> `session_ended`. Not a word whose base is also a noun, but for a point
    /// of an action (`page_views`, `user_logs_in`: a plural noun, or a verb the words do not
    /// tell from one).
    fn present_inflected(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject || self.others.is_empty() {
            return None;
        }
        // `user_shares_post`: after a person, a present form is the verb, whatever else it
        // is; what it acts on was acted on (`post_shared`; who did it is a property).
        // A verb that is mostly a noun too (`user_blocks_profile`) only before a noun that is
        // no screen part, action or adjective (`customer_reviews_section` is a section of
        // reviews, `driver_brakes_hard` no hard thing).
        let thing_last = words::is_noun(self.verb)
            && !words::is_adjective(self.verb)
            && !words::is_ui_word(self.verb)
            && !words::COMPOUND_HEADS.contains(&self.verb)
            && !v.lexicon.is_verb_like(self.verb);
        // A doer the tables do not list as a person (`angler`, `router`; a compound that ends
        // in one is listed: `policyholder`) only before no
        // number, notice, screen part or common action right after the present form
        // (`router_logs_export`, `folder_shares_count` say nothing of a doer).
        let listed =
            |doer: &str| words::party(doer) == Some(words::Party::Person) || ends_in_person(doer);
        let plain_last = !words::COMPOUND_HEADS.contains(&self.verb)
            && !words::METRIC_NOUNS.contains(&self.verb)
            && !words::NOTICE_NOUNS.contains(&self.verb)
            && !words::is_ui_word(self.verb)
            && !words::is_action_verb(self.verb);
        // After a person the tables list, a present form of any verb acts on a plain thing
        // (`parent_orders_lunch`, `rider_parks_moped`): a person orders, parks, forwards.
        let plain_thing = |t: &&str| {
            !words::is_adjective(t)
                && !words::is_adverb(t)
                && !words::is_ui_word(t)
                && !words::COMPOUND_HEADS.contains(t)
                && !words::is_particle_or_preposition(t)
        };
        // A social group does things too (`couple_books_photographer`), but before a verb or
        // an action in the slot it names whose thing it is (`club_results_publish`,
        // `bank_details_verification`).
        let acted = v.lexicon.is_verb_like(self.verb) || noun_of_action(v, self.verb).is_some();
        // A word WordNet's corpus never saw as a noun, an adjective or a verb before a present
        // form is a role the tables do not know (`csm_assigns_account`, `tech_adds_pool_
        // chemicals`, `pi_certifies_effort`), when the present form is a likely verb and
        // either words follow it or the slot holds a plain thing and the verb is no noun:
        // `pdf_exports_list` is a list of exports.
        let unseen = |word: &str| {
            !is_doer(v, word)
                && !words::is_noun(word)
                && !words::is_adjective(word)
                && !words::is_adverb(word)
                && !words::is_particle_or_preposition(word)
                && !v.lexicon.is_base_verb(word)
        };
        let doer_of = |word: &str| {
            is_doer(v, word)
                || (words::party(word) == Some(words::Party::Group) && !acted)
                || unseen(word)
        };
        // The doer may take more words (`yard_manager_adds_horse`): the present form is the
        // first word after a doer.
        let at = (1..self.others.len())
            .find(|&i| present_base(v, self.others[i]).is_some() && doer_of(self.others[i - 1]))
            .unwrap_or(1);
        if let Some((&present, objects)) = self.others.get(at..).and_then(<[_]>::split_first)
            && let Some(&doer) = self.others.get(at - 1)
            && (doer_of(doer)
                || (at == 1
                    && is_present_verb(v, present)
                    && (!objects.is_empty() || (thing_last && plain_last))))
            && let Some(base) = present_base(v, present)
            && (listed(doer) || plain_last || !objects.is_empty())
            && (!unseen(doer)
                || !objects.is_empty()
                || (thing_last && plain_last && !words::is_noun(base)))
            && (v.lexicon.is_likely_verb(base)
                || (v.lexicon.is_base_verb(base)
                    && !unseen(doer)
                    && (thing_last
                        || (listed(doer)
                            && plain_last
                            && plain_thing(&self.verb)
                            && !objects.iter().any(|t| words::is_particle_or_preposition(t))))))
        {
            let past = v.lexicon.past_participle(base)?;
            // `bride_tries_on_gown`: the verb's own particle goes with it.
            let particle = objects
                .first()
                .filter(|t| PARTICLES.contains(t) && v.lexicon.is_phrasal(base, t));
            let after = &objects[usize::from(particle.is_some())..];
            // `mower_returns_to_dock`: a phrase right after the verb (or its particle) has no
            // object; the doer is what the verb says happened to (`mower_returned_to_dock`,
            // `friend_signs_up_via_referral` -> `friend_signed_up_via_referral`), and so before
            // an adverb alone (`kid_arrives_home` -> `kid_arrived_home`).
            let phrase = after
                .first()
                .is_some_and(|t| words::PREPOSITIONS.contains(t));
            if let Some(particle) = particle
                && !phrase
            {
                let mut objects = after.to_vec();
                objects.extend(self.slot_words());
                return Some(assemble(
                    self.style,
                    self.area,
                    &objects,
                    &[&past, particle],
                ));
            }
            if phrase || (objects.is_empty() && words::is_adverb(self.verb)) {
                let mut verb: Vec<&str> = vec![&past];
                verb.extend(objects);
                verb.extend(self.slot_words());
                return Some(assemble(self.style, self.area, &self.others[..at], &verb));
            }
            // `customer_returns_truck_late`: an adverb last says how the verb was done, after
            // it (`truck_returned_late`).
            if self.particle.is_none() && !after.is_empty() && words::is_adverb(self.verb) {
                let mut verb: Vec<&str> = vec![&past];
                verb.extend(self.slot_words());
                return Some(assemble(self.style, self.area, after, &verb));
            }
            // `user_buys_crypto_with_card`: a phrase after the object stays after the verb (not
            // `of`, which binds a noun to a noun: `change_of_circumstances_reported`).
            let phrase_at = objects
                .iter()
                .position(|t| {
                    words::PREPOSITIONS.contains(t) && !PARTICLES.contains(t) && *t != "of"
                })
                .filter(|&at| at > 0);
            if let Some(at) = phrase_at {
                let mut verb: Vec<&str> = vec![&past];
                verb.extend(&objects[at..]);
                verb.extend(self.slot_words());
                return Some(assemble(self.style, self.area, &objects[..at], &verb));
            }
            // `inspector_marks_item_deficient`: a complement follows its verb
            // (`item_marked_deficient`, not `item_deficient_marked`).
            let complement =
                words::is_adjective(self.verb) || words::COMPLEMENT_STATES.contains(&self.verb);
            if complement
                && self.particle.is_none()
                && !objects.is_empty()
                && words::COMPLEMENT_VERBS.contains(&past.as_ref())
            {
                return Some(assemble(
                    self.style,
                    self.area,
                    objects,
                    &[&past, self.verb],
                ));
            }
            let mut objects = objects.to_vec();
            objects.extend(self.slot_words());
            return Some(assemble(self.style, self.area, &objects, &[&past]));
        }
        let base = present_base(v, self.verb)?;
        // `enable_email_alerts`: after a first word that can only be a verb, the slot's word is
        // what it acts on, no present form (`email_alerts_enabled`, not `enable_email_alerted`),
        // unless it is a common action (`shuttle_seat_requests`, below).
        if self
            .others
            .first()
            .is_some_and(|t| v.lexicon.is_only_verb(t))
            && !words::is_action_verb(base)
        {
            return None;
        }
        // `vendor_checks_in`, `picker_clocks_out`: a doer and a phrasal verb's present form,
        // done.
        if let ([doer], Some(particle)) = (self.others.as_slice(), self.particle)
            && doer_of(doer)
            && v.lexicon.is_phrasal(base, particle)
        {
            let past = v.lexicon.past_participle(base)?;
            return Some(self.with_verb(&[&past]));
        }
        // A point of an action is a verb (`session_ends`), whatever else it is; so is a common
        // action after a thing (`pony_ride_requests`, `yacht_availability_checks`), not after
        // a word that qualifies it (`pending_requests`, `weekly_reports`: a list) or a screen
        // part (`page_views`, `link_clicks`: a count).
        let aspect = words::ASPECT_VERBS.contains(&base);
        let qualified = self.others.last().is_some_and(|t| {
            words::is_adjective(t)
                || words::is_adverb(t)
                || words::is_ui_word(t)
                || progressive_base(v, t).is_some()
        });
        let action = words::is_action_verb(base) && !qualified;
        if (words::is_noun(base) && !aspect && !action) || !v.lexicon.is_verb_like(base) {
            return None;
        }
        let past = v.lexicon.past_participle(base)?;
        Some(self.with_verb(&[&past]))
    }

    /// A verb's `-ing` form last after a thing is what was done to it (`interview_scheduling`
    /// -> `interview_scheduled`, `honey_harvesting` -> `honey_harvested`, `room_booking` ->
    /// `room_booked`), and a common action with its particle (`visitor_checking_in` ->
    /// `visitor_checked_in`): not a transfer's (one going on is started: `photo_uploading`,
    /// `words::TRANSFER_VERBS`), not a verb of what goes
    /// on by itself (`words::ONGOING_VERBS`: `lease_expiring`, `video_buffering`) nor a point
    /// of an action (`tenancy_ending`), not a thing in `-ing` (`water_temperature_reading`),
    /// and not after a verb (`complete_onboarding`, `start_hike_recording`), a phrase, or a
    /// past form or a qualifier alone (`online_booking`).
    fn done_last(&self, v: &Vocabulary) -> Option<String> {
        let base = progressive_base(v, self.verb)?;
        // With its particle an interaction is no thing in `-ing` (`checking` alone may be an
        // account), but an idiom may say what is coming (`renewal_coming_up`).
        let phrasal = self.particle.is_some_and(|p| {
            (words::is_action_verb(base) || words::INTERACTION_VERBS.contains(&base))
                && v.lexicon.is_phrasal(base, p)
        });
        // A thing in `-ing`, but for one that names the action done to a compound before it.
        let thing = !phrasal && words::THING_GERUNDS.contains(&self.verb);
        if self.style == NamingStyle::VerbObject
            || (!phrasal && self.particle.is_some())
            || (thing && !words::COMPOUND_ACTION_GERUNDS.contains(&self.verb))
        {
            return None;
        }
        let (&first, rest) = self.others.split_first()?;
        // A verb first acts on the `-ing` word (`complete_onboarding`), or on the words after
        // it when it says where an action stands (`start_hike_recording`); another verb
        // before a word qualifies it (`print_job_releasing`, `consult_note_sharing`).
        let verb_first =
            acts(v, first) && (rest.is_empty() || words::ASPECT_VERBS.contains(&first));
        let plain = |t: &&str| {
            !words::is_particle_or_preposition(t)
                && !v.is_past_tense(t)
                && !words::is_adjective(t)
                && !words::is_adverb(t)
                && !words::NEGATIONS.contains(t)
                && (present_base(v, t).is_none() || is_noun_or_plural(t))
        };
        // A past form or an adjective first qualifies the words after it
        // (`delayed_bag_delivery_scheduling` -> `delayed_bag_delivery_scheduled`,
        // `bulky_item_booking` -> `bulky_item_booked`); not an ordinal or an adjective that is
        // an adverb too, which may say when (`first_time_booking`, `late_night_driving`).
        let qualifier = |t: &str| {
            words::is_adjective(t)
                && !v.lexicon.is_verb_like(t)
                && !words::ORDINALS.contains(&t)
                && !words::is_adverb(t)
        };
        let qualified = !rest.is_empty() && (v.is_past_only(first) || qualifier(first));
        let words = if qualified { rest } else { &self.others[..] };
        // Beside one word such a noun is a kind of thing (`screen_recording`, `job_opening`,
        // `same_day_shipping`).
        if goes_on(base) || verb_first || !words.iter().all(plain) || (thing && words.len() < 2) {
            return None;
        }
        let past = v.lexicon.past_participle(base)?;
        Some(self.with_verb(&[&past]))
    }

    /// Whether a word before the slot is a verb's present form (`sub_accepts_job`,
    /// `student_pilot_books_flight_lesson`): the words before it say who did it, and no other
    /// word is the name's verb.
    /// Not before a click, whose words name the control (`hero_get_quotes_click`), nor after
    /// a thing that is no doer (`job_alerts_create`: alerts of jobs).
    fn present_among(&self, v: &Vocabulary) -> bool {
        if words::CLICK_VERBS.contains(&self.verb) {
            return false;
        }
        self.others.windows(2).any(|pair| {
            let [before, t] = pair else { return false };
            let by = is_doer(v, before) || !words::is_noun(before);
            by && looks_plural(t)
                && present_base(v, t).is_some_and(|base| v.lexicon.is_likely_verb(base))
                && !words::is_noun(t)
        })
    }

    /// The past form of the verb the name holds, for a hint when no rename is sure: the
    /// slot's own verb, else the first action verb (`add_to_cart` -> added).
    fn past_of_action(&self, v: &Vocabulary) -> Option<String> {
        // A verb with its particle is not its verb alone (`newsletter_sign_up`).
        if self.particle.is_some() {
            return None;
        }
        // After a preposition the slot's word is the phrase's noun (`share_on_twitter`).
        let after_preposition = self.after_preposition();
        let metric = words::METRIC_NOUNS.contains(&self.verb);
        let slot = Some(self.verb)
            .filter(|w| v.lexicon.is_likely_verb(w) && !after_preposition && !metric);
        // Else the first common action, unless a particle follows it (`sign_in_page`).
        let verb = slot.or_else(|| {
            let at = self.others.iter().position(|w| words::is_action_verb(w))?;
            let particle = self
                .others
                .get(at + 1)
                .is_some_and(|t| PARTICLES.contains(t));
            (!particle).then(|| self.others[at])
        })?;
        let past = v.lexicon.past_participle(verb)?;
        let usable = v.is_past_tense(&past) && v.vague_token(&[&past], None).is_none();
        usable.then(|| past.into_owned())
    }

    /// An outcome noun in the slot is the verb of what came before it: `search_success` ->
    /// `search_succeeded`, `tool_call` -> `tool_called`.
    fn outcome_inflected(&self, v: &Vocabulary) -> Option<String> {
        // `respond_to_call`: after a preposition that is no particle the word is that
        // phrase's noun (a particle makes a verb: `check_in_success`).
        let phrase = self
            .others
            .last()
            .is_some_and(|t| words::PREPOSITIONS.contains(t) && !PARTICLES.contains(t));
        let outcome = words::OUTCOME_NOUNS.contains(&self.verb) && !phrase;
        if !outcome || self.others.is_empty() {
            return None;
        }
        // `order_placed_success`: the name without it already says what happened.
        if self.verb == "success" && self.particle.is_none() {
            let without = assemble(self.style, self.area, &self.others, &[]);
            if v.is_well_formed_event(&without) {
                return Some(without);
            }
            // `join_channel_success`: a verb first (a common action, a light verb or a word
            // that is no noun: not `bike_collection_success`, a bike's collection) acts on the
            // rest, and succeeded (not a phrasal verb's particle: `move_in_success`; not before
            // an action, which the first word then qualifies: `rent_payment_success`).
            if let [first, objects @ ..] = self.others.as_slice()
                && !objects.is_empty()
                && is_verb_first(v, first)
                && !objects.iter().any(|t| {
                    v.lexicon.is_verb_like(t)
                        || words::is_particle_or_preposition(t)
                        || verb_that_succeeded(v, t).is_some()
                })
            {
                let past = v.lexicon.past_participle(first)?;
                return Some(assemble(self.style, self.area, objects, &[&past]));
            }
            if let Some(renamed) = self.action_succeeded(v) {
                return Some(renamed);
            }
        }
        let past = v
            .lexicon
            .past_participle(v.lexicon.verb_of_noun(self.verb)?)?;
        Some(self.with_verb(&[&past]))
    }

    /// A thing, then an action on it before `success`: the thing had the action done
    /// (`offer_accept_success` -> `offer_accepted`, `order_placement_success` ->
    /// `order_placed`). The action is a verb, a noun of action or a closed compound
    /// (`bag_pickup_success` -> `bag_picked_up`); an account action only after the person or
    /// group who did it (`event_registration_success` stays the subject of `succeeded`), and a
    /// payment never.
    fn action_succeeded(&self, v: &Vocabulary) -> Option<String> {
        let [objects @ .., action] = self.others.as_slice() else {
            return None;
        };
        // A past form that is its own base may be a noun (`bid_submit_success`).
        let phrase_or_past = |t: &&str| words::is_particle_or_preposition(t) || v.is_past_only(t);
        if objects.is_empty() || objects.iter().any(phrase_or_past) {
            return None;
        }
        // `bag_pickup_success`: a closed compound of a verb and its particle, done.
        if let Some((verb, particle)) = words::compound_verb(action)
            && words::account_action(verb, particle).is_none()
        {
            let past = v.lexicon.past_participle(verb)?;
            return Some(assemble(self.style, self.area, objects, &[&past, particle]));
        }
        // A likely verb that names a thing too (`csv_import_success`, `pd_measure_success`)
        // was done to the thing before it as well.
        // Not a person (`tip_barber_success`: a barber tipped, no tip barbered).
        // `appointment_booking_success`: an action's `-ing` form, done (not a thing in `-ing`:
        // `email_marketing_success`, nor what goes on by itself).
        let done = || {
            progressive_base(v, action).filter(|base| {
                !words::THING_GERUNDS.contains(action) && !words::ONGOING_VERBS.contains(base)
            })
        };
        let verb = verb_that_succeeded(v, action)
            .or_else(|| {
                (v.lexicon.is_likely_verb(action) && !is_agent_noun(v, action)).then_some(action)
            })
            .or_else(done)?;
        // An account action is done by a person: by the one before it
        // (`household_registration_success`), not to a thing (`event_registration_success`).
        let by_a_party = objects.last().is_some_and(|t| words::party(t).is_some());
        // `pay` takes the payee, the bill and the means alike: a card payment is no card paid,
        // but a bill or a charge before it was paid (`invoice_payment_success` ->
        // `invoice_paid`: `words::PAID_NOUNS`).
        let paid = objects
            .last()
            .is_some_and(|t| words::PAID_NOUNS.contains(t));
        if (words::account_action(verb, "").is_some() && !by_a_party) || (verb == "pay" && !paid) {
            return None;
        }
        let past = v.lexicon.past_participle(verb)?;
        Some(assemble(self.style, self.area, objects, &[&past]))
    }

    /// `success` first, then what succeeded: `success_login` -> `login_succeeded`,
    /// `successful_payment` -> `payment_succeeded`; not before a verb (`success_page_view`
    /// is a view of the success page).
    fn success_first(&self, v: &Vocabulary) -> Option<String> {
        let (&first, rest) = self.others.split_first()?;
        if !["success", "successful"].contains(&first) || self.particle.is_some() {
            return None;
        }
        let mut objects: Vec<&str> = rest.to_vec();
        objects.push(self.verb);
        let verb_like = |t: &&str| v.lexicon.is_verb_like(t);
        if objects.iter().any(verb_like) {
            return None;
        }
        Some(assemble(self.style, self.area, &objects, &["succeeded"]))
    }

    /// A clickable element in the slot with no verb anywhere is a click on it:
    /// `save_button` -> `save_button_clicked` (not `button_saved`: nothing was saved yet).
    fn clicked(&self, v: &Vocabulary) -> Option<String> {
        let acted_on = words::ACTED_ON_CONTROLS.contains(&self.verb)
            && self.others.iter().any(|t| v.lexicon.is_verb_like(t));
        // `shared_doc_via_link`: a past form says what happened, the control is how.
        let past = self.others.iter().any(|t| v.is_past_tense(t));
        if self.style == NamingStyle::VerbObject
            || self.particle.is_some()
            || self.others.is_empty()
            || !words::CLICKABLE.contains(&self.verb)
            || acted_on
            || past
            || self.after_preposition()
        {
            return None;
        }
        let (objects, _) = self.with_slot_as_object();
        Some(assemble(self.style, self.area, &objects, &["clicked"]))
    }

    /// The first word, its particle when it has one, and the words after them (before the
    /// slot). A particle right after the first word is its own only when WordNet lists the two
    /// as one verb (`roll_back_deployment`, `set_up_payouts`); after another verb it opens a
    /// phrase (`enroll_in_course` is no `course_enrolled_in`).
    fn front_verb(&self, v: &Vocabulary) -> Option<(&'n str, Option<&'n str>, &[&'n str])> {
        let (&first, rest) = self.others.split_first()?;
        let particle = rest
            .first()
            .copied()
            .filter(|t| PARTICLES.contains(t) && v.lexicon.is_phrasal(first, t));
        let rest = &rest[usize::from(particle.is_some())..];
        Some((first, particle, rest))
    }

    /// A verb first and a noun of action or an object noun in the slot, nothing verb-like
    /// between: the verb acts on the noun (`renew_subscription` -> `subscription_renewed`,
    /// never `renew_subscribed`, which loses the renewal).
    fn front_verb_moved(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject || self.particle.is_some() {
            return None;
        }
        let (first, particle, middle) = self.front_verb(v)?;
        // A copular verb wants a complement, not an object (`become_patron`; a `get` first
        // has no rename at all, see `suggested_plain`); a present form after the first word
        // makes it the doer (`sub_accepts_job`).
        // A person first before a verb's present form is who did it, even where that form is a
        // plural noun too (`nurse_reviews_results`: no `reviews_results_nursed`).
        let person_acts = words::party(first) == Some(words::Party::Person)
            && self.others.get(1).is_some_and(|t| is_present_form(v, t));
        if words::COPULAR_VERBS.contains(&first) || self.present_among(v) || person_acts {
            return None;
        }
        // A light verb first makes what the slot names (`make_offer` -> `offer_made`).
        let light = words::LIGHT_FIRST.contains(&first);
        // A noun of action or an object noun, or any word that is no likely verb, but not the
        // head of a compound right after a word that can be a verb (`search_results`), nor,
        // after a word that is no common action, a verb's `-ing` form: that word is then a
        // noun and the `-ing` form the action (`podcast_episode_playing`), while after a
        // common action the `-ing` word is its object (`complete_onboarding`).
        let head_of_compound = middle.is_empty() && words::COMPOUND_HEADS.contains(&self.verb);
        // `sign_in_page`: a phrasal verb before a head names that page, not an action on it.
        if head_of_compound && particle.is_some() {
            return None;
        }
        if middle.is_empty() && self.edits(first) {
            return None;
        }
        // A word that can only be a verb is no noun right before it (`amend_booking`).
        let acts_right_before = v.lexicon.is_only_verb(first) && middle.is_empty();
        let action_under_way = !words::is_action_verb(first)
            && !acts_right_before
            && progressive_base(v, self.verb).is_some();
        // `google_login`, `request_timeout`: an account action or a compound that happens by
        // itself in the slot is the verb, not an object (`schedule_pickup` acts on a pickup).
        let compound = words::compound_verb(self.verb).is_some_and(|(verb, particle)| {
            words::account_action(verb, particle).is_some()
                || words::SELF_COMPOUNDS.contains(&self.verb)
                // `shift_handover_signoff`: after nouns, the compound is the action, unless a
                // common action or a word that can only be a verb comes first.
                || !(middle.is_empty()
                    || acts(v, first)
                    || words::ACTION_TAKING_VERBS.contains(&first))
        });
        // `press_kit_conflict`: a problem found after a compound is no object of a verb first
        // (`resolve_conflict` is).
        // Nor is a thing WordNet derives from a verb (`swim_lesson_waitlist_position`), nor an
        // adverb last (`tattoo_artist_waitlist_only`).
        let problem = (words::PROBLEM_NOUNS.contains(&self.verb)
            || words::THING_NOUNS.contains(&self.verb))
            && !middle.is_empty()
            || words::is_adverb(self.verb);
        let owned = middle.iter().all(|t| words::is_noun(t)) && self.owned_by(first);
        // `rate_plan_expiring`: what goes on by itself last is no object of the verb first.
        let ongoing =
            progressive_base(v, self.verb).is_some_and(|b| words::ONGOING_VERBS.contains(&b));
        if self.slot_is_adjective() || compound || problem || owned || ongoing {
            return None;
        }
        // After a word that can only be a verb, a noun is its object even when it can be a
        // verb too (`renew_permit` -> `permit_renewed`).
        let noun = light
            || (v.lexicon.is_only_verb(first)
                && middle.is_empty()
                && !head_of_compound
                && words::is_noun(self.verb)
                && !words::is_action_verb(self.verb))
            || (v.lexicon.verb_of_noun(self.verb).is_some()
                && !words::OUTCOME_NOUNS.contains(&self.verb))
            || words::is_object_noun(self.verb)
            || !(v.lexicon.is_likely_verb(self.verb) || head_of_compound || action_under_way);
        let verb_like = |t: &&str| v.lexicon.is_verb_like(t);
        let phrase = middle.iter().any(|t| words::PREPOSITIONS.contains(t));
        // A negation among the objects would end up before the verb and negate the object
        // instead (`search_no_results` is no `no_results_searched`).
        let negation = middle.iter().any(|t| words::NEGATIONS.contains(t));
        // `enter_item_edit_mode`, `open_share_panel`: before the head of a compound, words
        // that can be verbs qualify it, after a common action first.
        let noun_head = words::COMPOUND_HEADS.contains(&self.verb)
            && !middle.is_empty()
            && words::is_action_verb(first);
        // `open_cash_drawer`, `send_invoice_reminder`: after a common action first, or a word
        // that can only be a verb, a word that can be a noun qualifies the object too.
        let acts_first = acts(v, first) && progressive_base(v, self.verb).is_none();
        let noun_qualifier =
            |t: &&str| acts_first && words::is_noun(t) && !v.lexicon.is_only_verb(t);
        let qualifier_verb = |t: &&str| verb_like(t) && !noun_head && !noun_qualifier(t);
        // `bet_settlement`: a noun first and a noun of action WordNet derives from a verb in
        // the slot: the settlement of a bet, not a bet on a settlement.
        let derived = derived_root(v, self.verb).is_some()
            || words::related_words()
                .get(self.verb)
                .is_some_and(|r| r.said.is_some());
        // `travel_reimbursement`, `bid_placement`: before a noun of action a word that can be
        // a noun and is no common action names what was acted on (a common action or a word
        // that can only be a verb acts on it: `request_cancellation`, `renew_subscription`).
        let action_noun = middle.is_empty()
            && noun_of_action(v, self.verb).is_some()
            && !words::OUTCOME_NOUNS.contains(&self.verb)
            && !words::ACTION_TAKING_VERBS.contains(&first)
            && !v.lexicon.is_only_verb(first);
        // A common action that takes an action as its object is a verb before a noun of
        // action, even when it is mostly a noun (`schedule_inspection`); so is a word with
        // its phrasal verb's particle (`top_up_wallet`).
        let takes_action =
            words::ACTION_TAKING_VERBS.contains(&first) && noun_of_action(v, self.verb).is_some();
        let noun_first = (words::is_noun(first) && derived || action_noun)
            && particle.is_none()
            && !light
            && !takes_action;
        if !noun
            || !(verb_like(&first) || takes_action || particle.is_some())
            || middle.iter().any(qualifier_verb)
            || phrase
            || negation
            || noun_first
        {
            return None;
        }
        let past = v.lexicon.past_participle(first)?;
        let mut objects: Vec<&str> = middle.to_vec();
        objects.push(self.verb);
        let mut verb: Vec<&str> = vec![&past];
        verb.extend(particle);
        Some(assemble(self.style, self.area, &objects, &verb))
    }

    /// A common action first (or one that takes an action) and a phrasal verb in the slot: the
    /// phrasal verb names the thing the action acts on (`complete_move_in` ->
    /// `move_in_completed`, `schedule_pick_up` -> `pick_up_scheduled`), not what happened
    /// (`complete_moved_in`). Not with a particle of its own first (`set_up_sign_in`), nor a
    /// word between that can only be a verb or is a past form.
    fn phrasal_object_moved(&self, v: &Vocabulary) -> Option<String> {
        let particle = self.particle?;
        // `schedule_pump_out`: a likely verb with a particle after it makes a verb whether or
        // not WordNet lists the pair, as the rename would read it.
        let phrasal =
            v.lexicon.is_phrasal(self.verb, particle) || v.lexicon.is_likely_verb(self.verb);
        if self.style == NamingStyle::VerbObject || !phrasal {
            return None;
        }
        let (first, first_particle, middle) = self.front_verb(v)?;
        let verb_between = middle
            .iter()
            .any(|t| v.lexicon.is_only_verb(t) || v.is_past_tense(t) || PARTICLES.contains(t));
        let acting = words::is_action_verb(first) || words::ACTION_TAKING_VERBS.contains(&first);
        if first_particle.is_some() || !acting || verb_between {
            return None;
        }
        let past = v.lexicon.past_participle(first)?;
        let mut objects: Vec<&str> = middle.to_vec();
        objects.extend([self.verb, particle]);
        Some(assemble(self.style, self.area, &objects, &[&past]))
    }

    /// A verb first, its object and a file format last: the object was acted on as that
    /// format (`export_report_csv` -> `report_exported_as_csv`).
    fn format_last(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject
            || self.particle.is_some()
            || !words::FILE_FORMATS.contains(&self.verb)
        {
            return None;
        }
        let (first, particle, objects) = self.front_verb(v)?;
        let verb_like =
            |t: &&str| v.lexicon.is_untagged_as_noun(t) || words::is_particle_or_preposition(t);
        if !v.lexicon.is_verb_like(first) || objects.is_empty() || objects.iter().any(verb_like) {
            return None;
        }
        let past = v.lexicon.past_participle(first)?;
        let mut verb: Vec<&str> = vec![&past];
        verb.extend(particle);
        verb.extend(["as", self.verb]);
        Some(assemble(self.style, self.area, objects, &verb))
    }

    /// An account action first and a phrase after it, no object: what the user did
    /// (`sign_in_with_google` -> `user_signed_in_with_google`, `enroll_in_course` ->
    /// `user_enrolled_in_course`). Another verb before a phrase names no object
    /// (`add_to_cart`: what was added?) and gets no rename.
    fn account_action_with_phrase(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject || self.particle.is_some() {
            return None;
        }
        let words: Vec<&str> = self.others.iter().copied().chain([self.verb]).collect();
        // A verb or a compound, not a noun of action (`subscription_on_hold` is a state).
        let first = words.first().copied().unwrap_or_default();
        let noun = v.lexicon.base(first).is_none() && v.past_base(first).is_none();
        if noun && words::compound_verb(first).is_none() {
            return None;
        }
        let (verb, particle, phrase) = v.account_action(&words)?;
        let opens_phrase = phrase
            .first()
            .is_some_and(|t| words::PREPOSITIONS.contains(t));
        if !opens_phrase || phrase.len() < 2 {
            return None;
        }
        let past = v.lexicon.past_participle(verb)?;
        let verb: Vec<&str> = [past.as_ref(), particle]
            .into_iter()
            .filter(|w| !w.is_empty())
            .chain(phrase.iter().copied())
            .collect();
        Some(assemble(self.style, self.area, &["user"], &verb))
    }

    /// A verb first, its object, then a short phrase: the verb moves between the two
    /// (`add_item_to_cart` -> `item_added_to_cart`, `move_card_to_list` ->
    /// `card_moved_to_list`). Not without an object (`add_to_cart`: what was added?).
    fn front_verb_before_phrase(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject || self.particle.is_some() {
            return None;
        }
        let (first, particle, rest) = self.front_verb(v)?;
        let at = rest.iter().position(|t| words::PREPOSITIONS.contains(t))?;
        let (objects, preposition) = rest.split_at(at);
        // `start_check_in_timer`: a particle right after a word it makes a phrasal verb with
        // joins a compound (a check-in), no phrase.
        if let (Some(before), Some(particle)) = (objects.last(), preposition.first())
            && PARTICLES.contains(particle)
            && v.lexicon.is_phrasal(before, particle)
        {
            return None;
        }
        // A word that can be a verb is the object when it is a noun too (`share_post_on_x`).
        let verb_like = |t: &&str| {
            let verb = v.lexicon.is_verb_like(t);
            (verb && !words::is_noun(t)) || words::NEGATIONS.contains(t)
        };
        // A past form first is the verb as well (`exported_note_as_pdf`).
        let past_first = v.past_base(first).filter(|base| *base != first);
        let first_is_verb = (v.lexicon.is_verb_like(first) || past_first.is_some())
            && !words::is_object_noun(first);
        // An adjective among them makes a complement of the phrase (`pull_request_ready_for_
        // review`), not an object of the first word.
        let adjective = objects.iter().any(|t| words::is_adjective(t));
        if !first_is_verb || objects.is_empty() || objects.iter().any(verb_like) || adjective {
            return None;
        }
        let past = match past_first {
            Some(_) => Cow::Borrowed(first),
            None => v.lexicon.past_participle(first)?,
        };
        let mut verb: Vec<&str> = vec![&past];
        verb.extend(particle);
        verb.extend(preposition);
        verb.push(self.verb);
        Some(assemble(self.style, self.area, objects, &verb))
    }

    /// A base verb after its object and before a short phrase, inflected where it is:
    /// `user_add_to_group` -> `user_added_to_group`, `card_move_to_board` ->
    /// `card_moved_to_board`. Not when another word before it can be the verb.
    fn verb_before_phrase_inflected(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject || self.particle.is_some() {
            return None;
        }
        let words: Vec<&str> = self.others.iter().copied().chain([self.verb]).collect();
        let verb_like = |t: &str| v.lexicon.is_verb_like(t);
        let at = (1..words.len().saturating_sub(2))
            .find(|&i| words::PREPOSITIONS.contains(&words[i + 1]) && verb_like(words[i]))?;
        let after = words.len() - at - 1;
        if after > words::MAX_AFTER_VERB
            || self.point_of_phrasal(v)
            || words[..at].iter().any(|t| verb_like(t))
        {
            return None;
        }
        let past = v.lexicon.past_participle(words[at])?;
        let mut verb: Vec<&str> = vec![&past];
        verb.extend(&words[at + 1..]);
        Some(assemble(self.style, self.area, &words[..at], &verb))
    }

    /// A verb that changes a part, after an object and before the slot, is the action and the
    /// slot's word the part it changed, even when that word can be a verb itself:
    /// `dashboard_change_sort` -> `dashboard_sort_changed` (not `dashboard_change_sorted`).
    fn edit_verb_moved(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject || self.particle.is_some() {
            return None;
        }
        let (&edit, before) = self.others.split_last()?;
        // A point of an action before a verb or a noun of action (`video_start_play` ->
        // `video_play_started`), not before a plain noun (`app_start_time`).
        let aspect = words::ASPECT_VERBS.contains(&edit)
            && (words::is_action_verb(self.verb) || v.lexicon.verb_of_noun(self.verb).is_some());
        // A form that is its own past (`reset`, `set`) may be a participle of a compound
        // before the slot (`password_reset_request` is a request for a password reset).
        let own_past = v.lexicon.base(edit).is_some() && v.lexicon.base_of_past(edit) == Some(edit);
        // `view_edit_history`: after a common action first, the edit word qualifies the head of
        // a compound.
        let acted_on = before.first().is_some_and(|t| words::is_action_verb(t))
            && words::COMPOUND_HEADS.contains(&self.verb);
        // A slot's word that can only be a verb is no part (`firmware_update_postpone` is the
        // update postponed), nor is an outcome (`tire_change_success` is the change done).
        if before.is_empty()
            || own_past
            || acted_on
            || can_only_act(v, self.verb)
            || words::OUTCOME_NOUNS.contains(&self.verb)
            || !(words::EDIT_VERBS.contains(&edit) || aspect)
            || v.is_past_tense(self.verb)
            || before.iter().any(|t| words::PREPOSITIONS.contains(t))
        {
            return None;
        }
        let past = v.lexicon.past_participle(edit)?;
        let mut objects: Vec<&str> = before.to_vec();
        objects.push(self.verb);
        Some(assemble(self.style, self.area, &objects, &[&past]))
    }

    /// A closed compound first, its object after it: `signup_user` -> `user_signed_up`.
    fn front_compound_moved(&self, v: &Vocabulary) -> Option<String> {
        if self.style == NamingStyle::VerbObject || self.particle.is_some() {
            return None;
        }
        let (&first, middle) = self.others.split_first()?;
        // A phrase after it has no object to move behind the verb (`login_with_github`).
        if middle.iter().any(|t| words::PREPOSITIONS.contains(t)) {
            return None;
        }
        let (verb, particle) = words::compound_verb(first)?;
        // `login_google`: Google did not log in.
        if !done_by_a_person(verb, particle, Some(self.verb)) {
            return None;
        }
        let past = v.lexicon.past_participle(verb)?;
        let mut objects: Vec<&str> = middle.to_vec();
        objects.push(self.verb);
        Some(assemble(
            self.style,
            self.area,
            &objects,
            &[&past, particle],
        ))
    }

    /// A closed compound in the slot, opened and inflected: `user_signup` -> `user_signed_up`.
    fn compound_inflected(&self, v: &Vocabulary) -> Option<String> {
        // `order_ready_for_pickup`: after a preposition the compound is that phrase's noun.
        if self.particle.is_some() || self.after_preposition() {
            return None;
        }
        let (verb, particle) = words::compound_verb(self.verb)?;
        // `remote_command_timeout`: what happens by itself after a compound of two words or
        // more names a kind of failure, as an error kind would (`queryTimeout` is a query
        // that timed out).
        let kind = words::SELF_COMPOUNDS.contains(&self.verb) && self.others.len() > 1;
        if kind || !self.done_by_a_person(verb, particle) {
            return None;
        }
        let past = v.lexicon.past_participle(verb)?;
        Some(assemble(
            self.style,
            self.area,
            &self.others,
            &[&past, particle],
        ))
    }
}

/// Whether `doer` can have done an account action with a particle (see
/// [`NameParts::done_by_a_person`]); true for other verbs and when nobody is named. Opting
/// in or out is said of what one opts into as well (`sms_opted_out`, `gift_aid_opted_in`),
/// where signing up or logging in is not (`newsletter_signed_up`).
fn done_by_a_person(verb: &str, particle: &str, doer: Option<&str>) -> bool {
    let account = !particle.is_empty() && words::account_action(verb, particle).is_some();
    !account || verb == "opt" || doer.is_none_or(words::is_person)
}

/// The name with the word at `at` of `objects` (and a particle after it) moved to the verb
/// slot, in the form `inflect` gives it; nothing when no object is left, or a preposition
/// would end up before the verb (`product_to_wishlist_added` for `product_added_to_wishlist`).
fn moved<'w>(
    v: &Vocabulary,
    style: NamingStyle,
    area: Option<&str>,
    objects: &[&'w str],
    at: usize,
    inflect: impl Fn(&'w str) -> Option<Cow<'w, str>>,
) -> Option<String> {
    let word = *objects.get(at)?;
    // A particle ends the verb (`signed_up_user`); followed by more than one word it starts a
    // phrase (`open_in_new_tab`).
    // A particle word WordNet does not list with the verb opens a phrase (`vote_in_poll`).
    let particle = objects.get(at + 1).copied().filter(|t| {
        PARTICLES.contains(t)
            && objects.len() <= at + 3
            && v.lexicon.is_phrasal(v.past_base(word).unwrap_or(word), t)
    });
    let end = (at + 1 + usize::from(particle.is_some())).min(objects.len());
    let rest: Vec<&str> = objects[..at]
        .iter()
        .chain(&objects[end..])
        .copied()
        .collect();
    if rest.is_empty() || rest.iter().any(|t| words::PREPOSITIONS.contains(t)) {
        return None;
    }
    let past = inflect(word)?;
    let mut verb: Vec<&str> = vec![&past];
    verb.extend(particle);
    Some(assemble(style, area, &rest, &verb))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Naming;
    use crate::lint::naming::tests::naming;

    /// The suggestion for one name under one style: the renamed event, `hint` or `typo:`.
    fn suggestion(naming: &Naming, name: &str) -> String {
        let v = Vocabulary::new(naming);
        let tokens: Vec<&str> = name.split('_').collect();
        let Ok(verb) = v.shape(&tokens) else {
            return "no shape".into();
        };
        match fix_verb(&v, &mut Typos::default(), &tokens, verb) {
            VerbFix::Rename(renamed) => renamed,
            VerbFix::Typo(renamed) => format!("typo: {renamed}"),
            VerbFix::Hint(None) => "hint".into(),
            VerbFix::Hint(Some(past)) => format!("hint: {past}"),
            VerbFix::NoRename => "no rename".into(),
            VerbFix::Taken(name) => format!("taken: {name}"),
        }
    }

    #[test]
    fn a_run_on_word_longer_than_a_name_is_read_whole() {
        // A hostile catalog's name of thousands of letters is no run of words: it is not
        // split (which would take time growing with the cube of its length), and a head that
        // long is left whole.
        let naming = naming(NamingStyle::ObjectAction);
        let v = Vocabulary::new(&naming);
        let long = format!("{}placed", "order".repeat(2_000));
        assert_eq!(run_on_split(&v, &long), None);
        let head = "bagtag".repeat(20);
        assert_eq!(head_words(&v, &head), [head.as_str()]);
        // Under the bound a run-on name still splits.
        assert_eq!(
            run_on_split(&v, "bagtagscanned").as_deref(),
            Some("bag_tag_scanned")
        );
    }

    #[test]
    fn a_run_on_head_splits_at_nouns_outside_the_tagged_corpus() {
        let naming = naming(NamingStyle::ObjectAction);
        let v = Vocabulary::new(&naming);
        let split = |name: &str| run_on_split(&v, name);
        // `trainer` is a person WordNet's corpus never tagged, `expiry` a noun only in a sense
        // it shares with another noun.
        assert_eq!(
            split("trainerreviewsubmitted").as_deref(),
            Some("trainer_review_submitted")
        );
        assert_eq!(
            split("lotexpirydateupdated").as_deref(),
            Some("lot_expiry_date_updated")
        );
        // A piece of no table keeps its head whole (`qr`: under four letters, in no table).
        assert_eq!(split("qrcodescanned").as_deref(), Some("qrcode_scanned"));
    }

    #[test]
    fn the_action_last_after_nouns_is_the_event() {
        let n = naming(NamingStyle::ObjectAction);
        // `bit` is a past form of bite, and a noun: a drill bit was replaced, nothing bitten.
        assert_eq!(
            suggestion(&n, "drill_bit_replacement"),
            "drill_bit_replaced"
        );
        // A closed compound of a verb and a particle after nouns is what happened to them.
        assert_eq!(
            suggestion(&n, "shift_handover_signoff"),
            "shift_handover_signed_off"
        );
        // After a common action, or one that takes an action, the compound is its object.
        assert_eq!(
            suggestion(&n, "cancel_order_checkout"),
            "order_checkout_cancelled"
        );
        assert_eq!(suggestion(&n, "schedule_pickup"), "pickup_scheduled");
        // A word in the middle that can be a noun and is no common action qualifies the noun
        // after it: a reason for a delay, no reason delayed; a common action there acts on it.
        assert_eq!(suggestion(&n, "delivery_delay_reason"), "hint");
        assert_eq!(suggestion(&n, "app_clear_data"), "app_data_cleared");
        // A noun first before `success` is no verb that succeeded: a bike's collection
        // succeeded, nothing biked.
        assert_eq!(
            suggestion(&n, "bike_collection_success"),
            "bike_collection_succeeded"
        );
        assert_eq!(suggestion(&n, "join_channel_success"), "channel_joined");
        // An attribute after nouns is what they have: a claim denial's code, nothing claimed.
        assert_eq!(suggestion(&n, "claim_denial_code"), "hint");
    }

    #[test]
    fn a_slot_that_can_only_act_is_the_action() {
        let n = naming(NamingStyle::ObjectAction);
        // A compound's noun first and a verb that can be no noun last: the order is cancelled,
        // nothing purchased; the update postponed, no postponement updated.
        assert_eq!(
            suggestion(&n, "purchase_order_cancel"),
            "purchase_order_cancelled"
        );
        assert_eq!(
            suggestion(&n, "firmware_update_postpone"),
            "firmware_update_postponed"
        );
        assert_eq!(
            suggestion(&n, "route_change_acknowledge"),
            "route_change_acknowledged"
        );
        // A noun WordNet's corpus missed in the slot stays the object of a verb first, and so
        // does a word after a particle (`off hire`).
        assert_eq!(
            suggestion(&n, "print_delivery_docket"),
            "delivery_docket_printed"
        );
        assert_eq!(suggestion(&n, "request_off_hire"), "off_hire_requested");
        // A part the slot names is still what an edit verb before it changed.
        assert_eq!(
            suggestion(&n, "dashboard_change_sort"),
            "dashboard_sort_changed"
        );
    }

    #[test]
    fn a_compound_that_ends_in_a_person_is_a_listed_doer() {
        let n = naming(NamingStyle::ObjectAction);
        // A person does what the present form says to the thing after it, whatever the
        // thing is.
        assert_eq!(
            suggestion(&n, "policyholder_uploads_receipt"),
            "receipt_uploaded"
        );
        assert_eq!(suggestion(&n, "homeowner_tips_provider"), "provider_tipped");
        // A doer only by its form says nothing of who did a common action after it: no
        // rename, the past of that action as a hint.
        assert_eq!(suggestion(&n, "router_logs_export"), "hint: exported");
        // A phrase after what the person acted on stays after the verb; `of` binds its noun.
        assert_eq!(
            suggestion(&n, "user_buys_crypto_with_card"),
            "crypto_bought_with_card"
        );
        assert_eq!(
            suggestion(&n, "claimant_reports_change_of_circumstances"),
            "change_of_circumstances_reported"
        );
    }

    #[test]
    fn linking_is_a_common_action_first() {
        let n = naming(NamingStyle::ObjectAction);
        // Mostly a noun in WordNet's corpus, but a product's everyday action first.
        assert_eq!(suggestion(&n, "link_bank_account"), "bank_account_linked");
        assert_eq!(suggestion(&n, "link_hue_bridge"), "hue_bridge_linked");
    }

    #[test]
    fn a_noun_first_is_no_verb_that_failed() {
        let n = naming(NamingStyle::ObjectAction);
        assert_eq!(
            suggestion(&n, "drip_line_flush_fail"),
            "drip_line_flush_failed"
        );
        assert_eq!(
            suggestion(&n, "autoclave_cycle_failure"),
            "autoclave_cycle_failed"
        );
        // A verb that is no noun first still names the action that failed, also after the
        // failure word and before a measure (sixteenth session: it got no rename), and a verb
        // after what it acts on is what failed (was no rename).
        assert_eq!(
            suggestion(&n, "attach_volume_error"),
            "volume_attachment_failed"
        );
        assert_eq!(
            suggestion(&n, "error_attach_volume"),
            "volume_attachment_failed"
        );
        assert_eq!(
            suggestion(&n, "error_calendar_sync"),
            "calendar_sync_failed"
        );
        assert_eq!(suggestion(&n, "error_sync"), "no rename");
    }

    #[test]
    fn a_pending_state_gets_no_rename() {
        let n = naming(NamingStyle::ObjectAction);
        // Waiting for an inspection is a state: nothing was inspected, nor claimed.
        assert_eq!(suggestion(&n, "claim_pending_inspection"), "hint");
        assert_eq!(suggestion(&n, "release_pending_review"), "hint");
    }

    #[test]
    fn renames_keep_negations_and_failures() {
        let split = |name: &'static str| name.split('_').collect::<Vec<_>>();
        assert!(!keeps_meaning(&split("task_unasigned"), "task_assigned"));
        assert!(!keeps_meaning(
            &split("error_export_pdf"),
            "error_pdf_exported"
        ));
        assert!(!keeps_meaning(
            &split("payment_not_complete"),
            "payment_completed"
        ));
        assert!(keeps_meaning(
            &split("error_export_pdf"),
            "pdf_export_failed"
        ));
        assert!(keeps_meaning(&split("unassigned_task"), "task_unassigned"));
        let n = naming(NamingStyle::ObjectAction);
        assert_eq!(suggestion(&n, "error_export_pdf"), "pdf_export_failed");
        assert_eq!(suggestion(&n, "error_show"), "no rename");
        assert_eq!(
            suggestion(&n, "payment_not_complete"),
            "payment_not_completed"
        );
        let vo = naming(NamingStyle::VerbObject);
        assert_eq!(suggestion(&vo, "export_error"), "failed_export");
        let area = naming(NamingStyle::AreaObjectAction);
        assert_eq!(
            suggestion(&area, "billing_error_export_pdf"),
            "billing_pdf_export_failed"
        );
    }

    #[test]
    fn suggestions_follow_the_configured_style() {
        let vo = naming(NamingStyle::VerbObject);
        assert_eq!(suggestion(&vo, "checkout_started"), "started_checkout");
        assert_eq!(suggestion(&vo, "view_page"), "viewed_page");
        assert_eq!(suggestion(&vo, "user_signed_up"), "signed_up_user");
        let area = naming(NamingStyle::AreaObjectAction);
        assert_eq!(
            suggestion(&area, "billing_invoice_pay"),
            "billing_invoice_paid"
        );
        assert_eq!(
            suggestion(&area, "billing_pay_invoice"),
            "billing_invoice_paid"
        );
        assert_eq!(
            suggestion(&area, "billing_paid_invoice"),
            "billing_invoice_paid"
        );
        // A handler's `on` after the area; an error acted on; who can sign up.
        assert_eq!(
            suggestion(&area, "billing_on_invoice_pay"),
            "billing_invoice_paid"
        );
        assert_eq!(
            suggestion(&area, "billing_show_error"),
            "billing_error_shown"
        );
        assert_eq!(
            suggestion(&area, "billing_customer_signup"),
            "billing_customer_signed_up"
        );
        assert_eq!(suggestion(&area, "billing_newsletter_signup"), "hint");
    }

    #[test]
    fn suggestions_pass_every_naming_rule_or_are_withheld() {
        let mut short = naming(NamingStyle::ObjectAction);
        short.max_length = 12;
        // "message_sent" fits; "conversation_message_sent" would not: only its verb is sure.
        assert_eq!(suggestion(&short, "message_send"), "message_sent");
        assert_eq!(
            suggestion(&short, "conversation_message_send"),
            "hint: sent"
        );
        let mut banned = naming(NamingStyle::ObjectAction);
        banned.banned_words = vec!["started".into()];
        assert_eq!(suggestion(&banned, "started_checkout"), "hint");
    }
}
