//! naming/*: event and property names a new analyst can read and query (SPEC §3.2). The logic
//! lives here; the word data it reads (verbs, vague words, UI words) lives in `words`.

use std::borrow::Cow;

use foldhash::{HashMap as FastMap, HashSet as FastSet};
use indexmap::IndexMap;

use super::Context;
use super::words::{self, Lexicon, PARTICLES};
use crate::catalog::{Catalog, Name, PropertyDef};
use crate::config::{Naming, NamingStyle};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Fix, Rule};
use crate::text::{Suggester, for_each_word, to_snake_case};

pub static CASE: Rule = Rule {
    id: "naming/case",
    severity: Severity::Error,
    summary: "Event and property names are snake_case ASCII: `^[a-z][a-z0-9]*(_[a-z0-9]+)*$`.",
    why: "Warehouses, CRM tools and SDKs each mangle `OrderCompleted`, `order-completed` and \
          `Order Completed` differently; one case everywhere keeps a name the same column, the \
          same trait and the same trigger in every tool.",
    bad: "events:\n  OrderCompleted:\n    owner: checkout\n",
    good: "events:\n  order_completed:\n    owner: checkout\n",
    fix: Fix::None,
};

pub static STYLE: Rule = Rule {
    id: "naming/style",
    severity: Severity::Error,
    summary: "The event name has the configured shape: at least an object and a verb (and a \
              product area first for area_object_action), and matches `naming.event_pattern`.",
    why: "`signup` could be a page, a button or an outcome. A name with an object and a verb \
          (`user_signed_up`) says what happened to what, and one shape across the catalog \
          makes events sort and search together.",
    bad: "events:\n  signup:\n    owner: growth\n",
    good: "events:\n  user_signed_up:\n    owner: growth\n",
    fix: Fix::None,
};

pub static PAST_TENSE_VERB: Rule = Rule {
    id: "naming/past-tense-verb",
    severity: Severity::Error,
    summary: "The verb slot (last token for object_action, first for verb_object) holds a \
              past-tense verb of the lexicon (WordNet's verbs, product verbs such as onboarded, \
              and `naming.extra_verbs`); one particle (up, in, out, ...) may follow it.",
    why: "An event records something that already happened. `page_view` reads as a noun or a \
          command; `page_viewed` is unambiguous, and a consistent tense keeps names guessable \
          in every query. An `-ed` word that is no verb (`plan_upgraed`) is a typo that splits \
          the event from its siblings; the help names the nearest real verb.",
    bad: "events:\n  page_view:\n    owner: web\n  plan_upgraed:\n    owner: billing\n",
    good: "events:\n  page_viewed:\n    owner: web\n  plan_upgraded:\n    owner: billing\n",
    fix: Fix::None,
};

pub static VAGUE_WORD: Rule = Rule {
    id: "naming/vague-word",
    severity: Severity::Error,
    summary: "A name uses a banned vague word (stuff, thing, misc, test, engaged, ...), names \
              only an engagement or interaction, is a bare `event` or `custom` or ends in one \
              (`*_event`), uses a generic UI word with a number (`button1`), or a token of digits \
              only (`step_2`).",
    why: "`clicked_stuff`, `user_engagement` and `media_player_event` mean nothing six months \
          later, and UI positions change with every redesign. Name the product noun and what \
          happened to it; put positions and step numbers in properties. Where such a word \
          names something specific (`calendar_event_created`, `engagement_score_updated`) it \
          is left alone.",
    bad: "events:\n  clicked_stuff:\n    owner: web\n  step_2_completed:\n    owner: onboarding\n  user_engagement:\n    owner: web\n  media_player_event:\n    owner: video\n",
    good: "events:\n  invitation_sent:\n    owner: web\n  onboarding_step_completed:\n    owner: onboarding\n    properties:\n      step_number: {type: integer, minimum: 1, required: true}\n  article_read:\n    owner: web\n  video_paused:\n    owner: video\n",
    fix: Fix::None,
};

pub static NEAR_DUPLICATE: Rule = Rule {
    id: "naming/near-duplicate",
    severity: Severity::Warning,
    summary: "Two event names (or two property names) differ only in case, separators (also \
              inside a word: `sign_up`, `signup`), word order, verb form, spelling or plural; \
              reported on the one that breaks other naming rules, else the newer one.",
    why: "`order_completed` and `order_complete` split one metric across two names; every \
          dashboard then counts half of it. Near-duplicates are almost always the same thing \
          tracked twice. Not pairs: a list and a scalar (`tags`, `tag`), other numbers \
          (`step_1`, `step_11`), another verb (`export_imported`, `import_exported`). Keep the \
          well-formed name, or the one the baseline already has.",
    bad: "events:\n  order_cancelled:\n    owner: checkout\n  order_canceled:\n    owner: payments\n  refunded_order:\n    owner: payments\n  order_refunded:\n    owner: payments\n",
    good: "events:\n  order_cancelled:\n    owner: checkout\n  order_refunded:\n    owner: payments\n",
    fix: Fix::None,
};

pub static MAX_LENGTH: Rule = Rule {
    id: "naming/max-length",
    severity: Severity::Warning,
    summary: "An event or property name is longer than `naming.max_length` (48).",
    why: "Destinations truncate long names (some CRM tools at 50 characters), and a truncated \
          name collides with its neighbours.",
    bad: "events:\n  onboarding_checklist_first_team_member_invitation_sent_successfully:\n    owner: growth\n",
    good: "events:\n  teammate_invited:\n    owner: growth\n",
    fix: Fix::None,
};

pub const RULES: &[&Rule] = &[
    &CASE,
    &STYLE,
    &PAST_TENSE_VERB,
    &VAGUE_WORD,
    &NEAR_DUPLICATE,
    &MAX_LENGTH,
];

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let vocabulary = Vocabulary::new(&cx.config.naming);
    let mut typos = Typos::default();
    let baseline = cx.baseline.map(|b| &b.catalog);
    let established_events: FastSet<&str> = baseline
        .iter()
        .flat_map(|b| b.events.iter().map(|e| e.name.value.as_str()))
        .collect();
    let mut events = Vec::with_capacity(cx.catalog.events.len());
    for event in &cx.catalog.events {
        let well_formed = event_name(&vocabulary, &mut typos, &event.name, out);
        events.push(Entry {
            name: &event.name,
            well_formed,
            established: established_events.contains(event.name.value.as_str()),
            list: false,
        });
    }
    for property in &cx.catalog.properties {
        property_name(vocabulary.naming, &property.name, out);
    }
    for event in &cx.catalog.events {
        for property in event.properties.iter().filter(|p| p.inline().is_some()) {
            property_name(vocabulary.naming, &property.name, out);
        }
    }
    let established_properties: FastSet<&str> = baseline
        .iter()
        .flat_map(|b| property_definitions(b).map(|p| p.name.value.as_str()))
        .collect();
    let properties = property_entries(cx.catalog, vocabulary.naming, &established_properties);
    if cx.reports(&NEAR_DUPLICATE) {
        near_duplicates(&vocabulary, Kind::Event, &events, out);
        near_duplicates(&vocabulary, Kind::Property, &properties, out);
    }
}

/// What the naming checks of one run share: the config, its banned words as a set (a long
/// `naming.banned_words` is looked up per token of every event) and the verb lexicon.
pub struct Vocabulary<'a> {
    naming: &'a Naming,
    banned: FastSet<&'a str>,
    lexicon: &'static Lexicon,
}

impl<'a> Vocabulary<'a> {
    pub fn new(naming: &'a Naming) -> Self {
        Vocabulary {
            naming,
            banned: naming.banned_words.iter().map(String::as_str).collect(),
            lexicon: words::lexicon(),
        }
    }

    /// The base verb a past form comes from (`sent` -> send), or the word itself when
    /// `naming.extra_verbs` lists it (or lists the base of its regular `-ed` form).
    fn past_base(&self, word: &str) -> Option<&'a str> {
        if words::ED_NOUNS.contains(&word) {
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

    pub fn is_past_tense(&self, word: &str) -> bool {
        self.past_base(word).is_some()
    }

    /// Where the verb is, or why the name has no object/verb shape.
    fn shape(&self, tokens: &[&str]) -> Result<usize, ShapeProblem> {
        match self.naming.style {
            NamingStyle::ObjectAction => object_then_verb(tokens, 0),
            NamingStyle::AreaObjectAction => {
                let area = tokens.first().copied().unwrap_or_default();
                if !self.naming.areas.iter().any(|a| a == area) {
                    return Err(ShapeProblem::NoArea);
                }
                object_then_verb(tokens, 1)
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

    /// The first vague token: a banned word anywhere, a word such as `event` alone or in the
    /// verb slot, `engagement` there or right before it, digits only, or a UI word with a
    /// number.
    fn vague_token(&self, tokens: &[&str], slot: Option<usize>) -> Option<(usize, Vague)> {
        tokens.iter().enumerate().find_map(|(i, token)| {
            if self.banned.contains(token) {
                return Some((i, Vague::Banned));
            }
            let previous = i.checked_sub(1).and_then(|p| tokens.get(p)).copied();
            let specific =
                previous.is_some_and(|p| words::SPECIFIC_COMPOUNDS.contains(&(p, *token)));
            // What the name is about: the verb slot, or the last word (the head noun of
            // `media_player_event` whichever the style).
            let in_action = i + 1 == tokens.len() || slot == Some(i);
            let is_head = in_action || slot == Some(i + 1);
            let vague = words::is_banned(token)
                || (in_action && words::VAGUE_AS_ACTION.contains(token))
                || (is_head && words::VAGUE_HEADS.contains(token));
            if vague && !specific {
                return Some((i, Vague::Banned));
            }
            if token.bytes().all(|b| b.is_ascii_digit()) {
                return Some((i, Vague::DigitsOnly));
            }
            let word = token.trim_end_matches(|c: char| c.is_ascii_digit());
            if word.len() < token.len() && words::is_ui_word(word) {
                return Some((i, Vague::UiPosition));
            }
            None
        })
    }

    /// Whether an event name passes every naming rule that looks at one name (all but
    /// near-duplicate): what every suggested name must do.
    pub fn is_well_formed_event(&self, text: &str) -> bool {
        if text.chars().count() > self.naming.max_length || !is_snake_case(text) {
            return false;
        }
        if let Some((pattern, _)) = &self.naming.event_pattern
            && !pattern.is_match(text)
        {
            return false;
        }
        let tokens: Vec<&str> = text.split('_').collect();
        let Ok(slot) = self.shape(&tokens) else {
            return false;
        };
        self.vague_token(&tokens, Some(slot)).is_none() && self.is_past_tense(tokens[slot])
    }

    /// An example name in the configured style (`invitation_sent`, `sent_invitation`,
    /// `billing_invitation_sent`), when it passes every naming rule of this config.
    fn example(&self, objects: &[&str], verb: &[&str]) -> Option<String> {
        let area = match self.naming.style {
            NamingStyle::AreaObjectAction => Some(self.naming.areas.first()?.as_str()),
            _ => None,
        };
        let name = assemble(self.naming.style, area, objects, verb);
        self.is_well_formed_event(&name).then_some(name)
    }

    /// `, e.g. "invitation_sent"`, or nothing when no example passes this config's rules.
    fn for_example(&self, objects: &[&str], verb: &[&str]) -> String {
        self.example(objects, verb)
            .map_or(String::new(), |name| format!(", e.g. \"{name}\""))
    }
}

/// The tokens of a name in the order of a naming style: area, objects, verb (and particle), or
/// verb (and particle), objects.
fn assemble(style: NamingStyle, area: Option<&str>, objects: &[&str], verb: &[&str]) -> String {
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

/// "Did you mean" over every past form of the lexicon, built the first time a misspelt verb
/// needs it: a run without one never pays for it, and the suggester caps the work of a run
/// with thousands.
#[derive(Default)]
struct Typos(Option<Suggester<'static>>);

impl Typos {
    fn nearest(&mut self, lexicon: &'static Lexicon, word: &str) -> Option<&'static str> {
        let suggester = self
            .0
            .get_or_insert_with(|| Suggester::new(lexicon.past_forms().iter().map(String::as_str)));
        // One edit in a short word, two in a long one: further away is another word.
        let limit = if word.chars().count() > 8 { 2 } else { 1 };
        suggester.suggest(word, limit)
    }
}

/// Checks `name` against `naming.max_length`; true when it is within it.
fn max_length(naming: &Naming, what: &str, name: &Name, out: &mut Vec<Diagnostic>) -> bool {
    let length = name.value.chars().count();
    if length <= naming.max_length {
        return true;
    }
    out.push(
        MAX_LENGTH
            .at(
                name.span,
                format!(
                    "{what} \"{}\" is {length} characters long, over the limit of {}",
                    name.value, naming.max_length
                ),
            )
            .with_help("shorten it; destinations truncate long names and truncated names collide"),
    );
    false
}

fn property_name(naming: &Naming, name: &Name, out: &mut Vec<Diagnostic>) {
    max_length(naming, "property", name, out);
    if !is_snake_case(&name.value) {
        let suggestion =
            Some(to_snake_case(&name.value)).filter(|snake| is_well_formed_property(naming, snake));
        out.push(case_diagnostic("property", name, suggestion));
    }
}

fn is_well_formed_property(naming: &Naming, text: &str) -> bool {
    is_snake_case(text) && text.chars().count() <= naming.max_length
}

fn case_diagnostic(what: &str, name: &Name, suggestion: Option<String>) -> Diagnostic {
    let help = match suggestion {
        Some(suggestion) => format!("rename it to \"{suggestion}\""),
        None => {
            "use lowercase ASCII letters, digits and single underscores, starting with a letter"
                .into()
        }
    };
    CASE.at(
        name.span,
        format!("{what} \"{}\" is not snake_case", name.value),
    )
    .with_span_label("not snake_case")
    .with_help(help)
}

/// The diagnostics of one event name on its own (case, `naming.event_pattern`, vague words,
/// shape, verb, length), as `check` reports them: `rename` checks NEW before writing it.
pub fn event_name_problems(naming: &Naming, name: &Name) -> Vec<Diagnostic> {
    let vocabulary = Vocabulary::new(naming);
    let mut out = Vec::new();
    event_name(&vocabulary, &mut Typos::default(), name, &mut out);
    out
}

/// Checks one event name against every rule that looks at one name; true when it passes all.
fn event_name(v: &Vocabulary, typos: &mut Typos, name: &Name, out: &mut Vec<Diagnostic>) -> bool {
    let mut well_formed = max_length(v.naming, "event", name, out);
    let text = name.value.as_str();
    if !is_snake_case(text) {
        let suggestion = renamed_event(v, typos, &to_snake_case(text));
        out.push(case_diagnostic("event", name, suggestion));
        return false;
    }
    if let Some((pattern, configured)) = &v.naming.event_pattern
        && !pattern.is_match(text)
    {
        out.push(
            STYLE
                .at(
                    name.span,
                    format!(
                        "event \"{text}\" does not match `naming.event_pattern` {}",
                        configured.value
                    ),
                )
                .with_label(configured.span, "the configured pattern")
                .with_help("rename the event so it matches the pattern"),
        );
        well_formed = false;
    }
    let tokens: Vec<&str> = text.split('_').collect();
    let shape = v.shape(&tokens);
    let vague = v.vague_token(&tokens, shape.as_ref().ok().copied());
    if let Some((index, kind)) = &vague {
        out.push(vague_diagnostic(v, name, tokens[*index], kind));
        well_formed = false;
    }
    match shape {
        Err(problem) => {
            out.push(style_diagnostic(v, typos, name, problem));
            false
        }
        Ok(verb) => {
            // A vague word in the verb slot is already reported; one rename fixes both.
            let verb_is_vague = vague.as_ref().is_some_and(|(i, _)| *i == verb);
            if verb_is_vague || v.is_past_tense(tokens[verb]) {
                return well_formed;
            }
            out.push(past_tense_diagnostic(v, typos, name, &tokens, verb));
            false
        }
    }
}

fn vague_diagnostic(v: &Vocabulary, name: &Name, token: &str, kind: &Vague) -> Diagnostic {
    let text = &name.value;
    let (message, help) = match kind {
        Vague::Banned => (
            format!("event \"{text}\" uses the vague word \"{token}\""),
            format!(
                "name the product noun and the past-tense verb{}",
                v.for_example(&["invitation"], &["sent"])
            ),
        ),
        Vague::UiPosition => (
            format!("event \"{text}\" names a UI position (\"{token}\"), not a product noun"),
            format!(
                "name what the element does{} and put its position in a property",
                v.example(&["plan", "upgrade"], &["clicked"])
                    .map_or(String::new(), |e| format!(" (e.g. \"{e}\")"))
            ),
        ),
        Vague::DigitsOnly => (
            format!("event \"{text}\" has a token of digits only (\"{token}\")"),
            format!(
                "put the number in a property{} with `step_number`",
                v.for_example(&["onboarding", "step"], &["completed"])
            ),
        ),
    };
    VAGUE_WORD
        .at(name.span, message)
        .with_span_label("vague name")
        .with_help(help)
}

#[derive(Debug, PartialEq)]
enum ShapeProblem {
    NoObject,
    NoArea,
}

/// `<objects...>_<verb>[_<particle>]`, objects starting at `first`.
fn object_then_verb(tokens: &[&str], first: usize) -> Result<usize, ShapeProblem> {
    let mut end = tokens.len();
    if end > 1 && PARTICLES.contains(&tokens[end - 1]) {
        end -= 1;
    }
    match end.checked_sub(1) {
        Some(verb) if verb > first => Ok(verb),
        _ => Err(ShapeProblem::NoObject),
    }
}

fn style_diagnostic(
    v: &Vocabulary,
    typos: &mut Typos,
    name: &Name,
    problem: ShapeProblem,
) -> Diagnostic {
    let text = &name.value;
    let naming = v.naming;
    let (message, help) = match (problem, naming.style) {
        (ShapeProblem::NoArea, _) => {
            let example = naming
                .areas
                .first()
                .and_then(|area| renamed_event(v, typos, &format!("{area}_{text}")))
                .or_else(|| v.example(&["invoice"], &["paid"]))
                .map_or(String::new(), |e| format!(", e.g. \"{e}\""));
            (
                format!("event \"{text}\" does not start with a product area"),
                format!(
                    "start the name with one of `naming.areas` ({}){example}",
                    crate::text::list(naming.areas.iter().map(String::as_str))
                ),
            )
        }
        (ShapeProblem::NoObject, NamingStyle::VerbObject) => (
            format!("event \"{text}\" needs a verb and an object"),
            format!(
                "name it <past-tense verb>_<object>{}",
                v.for_example(&["user"], &["signed", "up"])
            ),
        ),
        (ShapeProblem::NoObject, NamingStyle::AreaObjectAction) => (
            format!("event \"{text}\" needs an area, an object and a verb"),
            format!(
                "name it <area>_<object>_<past-tense verb>{}",
                v.for_example(&["invoice"], &["paid"])
            ),
        ),
        (ShapeProblem::NoObject, NamingStyle::ObjectAction) => (
            format!("event \"{text}\" needs an object and a verb"),
            format!(
                "name it <object>_<past-tense verb>{}",
                v.for_example(&["user"], &["signed", "up"])
            ),
        ),
    };
    STYLE.at(name.span, message).with_help(help)
}

fn past_tense_diagnostic(
    v: &Vocabulary,
    typos: &mut Typos,
    name: &Name,
    tokens: &[&str],
    verb: usize,
) -> Diagnostic {
    let word = tokens[verb];
    let slot = match v.naming.style {
        NamingStyle::VerbObject => "start",
        _ => "end",
    };
    let unknown = if word.ends_with("ed") {
        " is no verb tracklint knows"
    } else {
        ""
    };
    let help = match fix_verb(v, typos, tokens, verb) {
        VerbFix::Rename(renamed) => format!(
            "name what already happened: \"{renamed}\"; add custom verbs to `naming.extra_verbs`"
        ),
        VerbFix::Typo(renamed) => format!(
            "did you mean \"{renamed}\"? If \"{word}\" is a verb of your product, add it to `naming.extra_verbs`"
        ),
        VerbFix::Hint(Some(past)) => format!(
            "name the action with its object: {}; add custom verbs to `naming.extra_verbs`",
            template(v.naming.style).replace("<past-tense verb>", &past)
        ),
        VerbFix::Hint(None) => format!(
            "name the action: {}{}; add custom verbs to `naming.extra_verbs`",
            template(v.naming.style),
            v.for_example(&["invitation"], &["sent"])
        ),
    };
    PAST_TENSE_VERB
        .at(
            name.span,
            format!(
                "event \"{}\" does not {slot} with a past-tense verb (\"{word}\"{unknown})",
                name.value
            ),
        )
        .with_span_label("not past tense")
        .with_help(help)
}

/// The shape of a name in a naming style, in words.
fn template(style: NamingStyle) -> &'static str {
    match style {
        NamingStyle::ObjectAction => "<object>_<past-tense verb>",
        NamingStyle::AreaObjectAction => "<area>_<object>_<past-tense verb>",
        NamingStyle::VerbObject => "<past-tense verb>_<object>",
    }
}

/// What to tell the author of an event name whose verb slot holds no past-tense verb.
#[derive(Debug, PartialEq)]
enum VerbFix {
    /// A name that passes every naming rule.
    Rename(String),
    /// The slot holds a misspelt past form: the name with the nearest real one.
    Typo(String),
    /// Nothing that is sure to be right: the shape the name should have, with the past form
    /// of the verb the name holds when it has one (`add_to_cart`: `<object>_added`).
    Hint(Option<String>),
}

/// A name that passes every naming rule, made from a snake_case name by adding the first
/// area when the area is missing and fixing its verb; nothing when that is not enough.
fn renamed_event(v: &Vocabulary, typos: &mut Typos, text: &str) -> Option<String> {
    if v.is_well_formed_event(text) {
        return Some(text.to_owned());
    }
    let tokens: Vec<&str> = text.split('_').collect();
    let verb = v.shape(&tokens).ok()?;
    match fix_verb(v, typos, &tokens, verb) {
        VerbFix::Rename(renamed) | VerbFix::Typo(renamed) => Some(renamed),
        VerbFix::Hint(_) => None,
    }
}

/// Understands the name well enough to put a past-tense verb in its verb slot: an action verb
/// moves behind its object (`add_bookmark` -> `bookmark_added`), a past form found elsewhere
/// moves to the slot (`started_checkout` -> `checkout_started`), a misspelt one is corrected
/// (`plan_upgraed` -> `plan_upgraded`), a verb in the slot is inflected (`message_send` ->
/// `message_sent`, `contact_creation` -> `contact_created`), the one verb before a noun moves
/// behind it (`app_clear_data` -> `app_data_cleared`), a compound opens (`user_signup` ->
/// `user_signed_up`). Whatever it makes must pass every naming rule; else the hint.
fn fix_verb(v: &Vocabulary, typos: &mut Typos, tokens: &[&str], verb: usize) -> VerbFix {
    let name = NameParts::new(v.naming.style, tokens, verb);
    let valid = |renamed: Option<String>| renamed.filter(|r| v.is_well_formed_event(r));
    let word = name.verb;
    if word.ends_with("ed") && !v.lexicon.is_base_verb(word) {
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
        name.action_moved(v),
        name.past_form_moved(v),
        name.inflected(v),
        name.verb_moved(v),
        name.compound_inflected(v),
    ];
    fixes
        .into_iter()
        .find_map(valid)
        .map_or_else(|| VerbFix::Hint(name.past_of_action(v)), VerbFix::Rename)
}

/// The base verb a wrongly inflected `-ed` word was made from: `payed` -> pay, `sended` ->
/// send, `steped` -> step, `loged` -> log, `copyed` -> copy.
fn misinflected_base(lexicon: &'static Lexicon, word: &str) -> Option<&'static str> {
    let stem = word.strip_suffix("ed")?;
    let bytes = stem.as_bytes();
    let doubled = bytes.len() > 2 && bytes.last() == bytes.get(bytes.len() - 2);
    let undoubled = stem
        .len()
        .checked_sub(1)
        .and_then(|last| stem.get(..last))
        .filter(|_| doubled);
    [Some(stem), word.strip_suffix('d'), undoubled]
        .into_iter()
        .flatten()
        .filter(|stem| stem.len() > 1 && !words::ED_NOUNS.contains(stem))
        .find_map(|stem| lexicon.base(stem))
}

/// An event name split the way its naming style reads it.
struct NameParts<'n> {
    style: NamingStyle,
    area: Option<&'n str>,
    /// Every token but the area, the verb and the verb's particle, in order.
    others: Vec<&'n str>,
    /// The token in the verb slot and its particle.
    verb: &'n str,
    particle: Option<&'n str>,
}

impl<'n> NameParts<'n> {
    fn new(style: NamingStyle, tokens: &[&'n str], verb: usize) -> Self {
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
    fn with_slot_as_object(&self) -> (Vec<&'n str>, usize) {
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
    fn with_verb(&self, verb: &[&str]) -> String {
        let mut words: Vec<&str> = verb.to_vec();
        words.extend(self.particle);
        assemble(self.style, self.area, &self.others, &words)
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
        let at = objects[..slot]
            .iter()
            .position(|t| words::is_action_verb(t))?;
        let verb_between = objects[at + 1..slot]
            .iter()
            .any(|t| words::is_action_verb(t) || v.lexicon.is_likely_verb(t));
        let slot_is_action = words::is_action_verb(self.verb);
        if verb_between || (slot_is_action && at > 0) {
            return None;
        }
        // `report_export`: a noun that can be a verb, before a verb in the slot, is the object.
        let slot_is_verb = slot_is_action || v.lexicon.is_likely_verb(self.verb);
        if slot_is_verb && words::is_object_noun(objects[at]) {
            return None;
        }
        if looks_plural(self.verb) && at + 1 == slot {
            return None;
        }
        moved(self.style, self.area, &objects, at, |word| {
            v.lexicon.past_participle(word)
        })
    }

    /// A past form elsewhere in the name moves to the verb slot (with its particle); the word
    /// that held the slot joins the objects. Only when there is exactly one such form, and,
    /// when a verb follows it (in the slot or before), only from the front
    /// (`completed_order`): in the middle it qualifies a noun (`recently_closed_tabs_menu_close`,
    /// `recently_closed_tabs_exit_multiselect`).
    fn past_form_moved(&self, v: &Vocabulary) -> Option<String> {
        let (objects, slot) = self.with_slot_as_object();
        let mut past = objects
            .iter()
            .enumerate()
            .filter(|&(i, t)| i != slot && v.is_past_tense(t));
        let (at, _) = past.next()?;
        let verb_after = objects[at + 1..]
            .iter()
            .any(|t| v.lexicon.is_likely_verb(t));
        if past.next().is_some() || (at > 0 && verb_after) {
            return None;
        }
        moved(self.style, self.area, &objects, at, |word| {
            Some(Cow::Borrowed(word))
        })
    }

    /// The verb in the slot, inflected: `message_send` -> `message_sent`; a noun of action
    /// turned into its verb: `contact_creation` -> `contact_created`.
    fn inflected(&self, v: &Vocabulary) -> Option<String> {
        let verb = if v.lexicon.is_likely_verb(self.verb) && !words::ED_NOUNS.contains(&self.verb) {
            self.verb
        } else {
            v.lexicon.verb_of_noun(self.verb)?
        };
        let past = v.lexicon.past_participle(verb)?;
        Some(self.with_verb(&[&past]))
    }

    /// The slot holds the object (`data` in `app_clear_data`): the one verb among the other
    /// words moves behind it, inflected. Not from the front, where a word that is not a
    /// common action is a product area (`travel_content`), and not where it qualifies the
    /// noun after it (`sync_card`, `search_results`).
    fn verb_moved(&self, v: &Vocabulary) -> Option<String> {
        if v.lexicon.is_likely_verb(self.verb) {
            return None;
        }
        let (objects, slot) = self.with_slot_as_object();
        let is_mover = |t: &&str| {
            v.lexicon.is_likely_verb(t) && !words::ED_NOUNS.contains(t) && !PARTICLES.contains(t)
        };
        let mut movers = objects
            .iter()
            .enumerate()
            .filter(|&(i, t)| i != slot && is_mover(t));
        let (at, _) = movers.next()?;
        let next = objects.get(at + 1).copied().unwrap_or_default();
        let qualifies = words::is_object_noun(next)
            || words::is_ui_word(next)
            || (looks_plural(next) && at + 1 == slot);
        if movers.next().is_some() || at == 0 || qualifies {
            return None;
        }
        moved(self.style, self.area, &objects, at, |word| {
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

    /// The past form of the verb the name holds, for a hint when no rename is sure: the
    /// slot's own verb, else the first action verb (`add_to_cart` -> added).
    fn past_of_action(&self, v: &Vocabulary) -> Option<String> {
        let slot = Some(self.verb).filter(|w| v.lexicon.is_likely_verb(w));
        let verb = slot.or_else(|| {
            self.others
                .iter()
                .copied()
                .find(|w| words::is_action_verb(w))
        })?;
        let past = v.lexicon.past_participle(verb)?;
        let usable = v.is_past_tense(&past) && v.vague_token(&[&past], None).is_none();
        usable.then(|| past.into_owned())
    }

    /// A closed compound in the slot, opened and inflected: `user_signup` -> `user_signed_up`.
    fn compound_inflected(&self, v: &Vocabulary) -> Option<String> {
        if self.particle.is_some() {
            return None;
        }
        let (_, verb, particle) = words::COMPOUND_VERBS
            .iter()
            .find(|(compound, _, _)| *compound == self.verb)?;
        let past = v.lexicon.past_participle(verb)?;
        Some(assemble(
            self.style,
            self.area,
            &self.others,
            &[&past, particle],
        ))
    }
}

/// The name with the word at `at` of `objects` (and a particle after it) moved to the verb
/// slot, in the form `inflect` gives it; nothing when no object is left, or a preposition
/// would end up before the verb (`product_to_wishlist_added` for `product_added_to_wishlist`).
fn moved<'w>(
    style: NamingStyle,
    area: Option<&str>,
    objects: &[&'w str],
    at: usize,
    inflect: impl Fn(&'w str) -> Option<Cow<'w, str>>,
) -> Option<String> {
    let word = *objects.get(at)?;
    // A particle ends the verb (`signed_up_user`); followed by more than one word it starts a
    // phrase (`open_in_new_tab`).
    let particle = objects
        .get(at + 1)
        .copied()
        .filter(|t| PARTICLES.contains(t) && objects.len() <= at + 3);
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

/// `results`, `items`: a plural noun, not `status` or `address`.
fn looks_plural(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us")
}

#[derive(Debug)]
enum Vague {
    Banned,
    UiPosition,
    DigitsOnly,
}

/// `^[a-z][a-z0-9]*(_[a-z0-9]+)*$`
pub fn is_snake_case(name: &str) -> bool {
    let bytes = name.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_lowercase) || bytes.last() == Some(&b'_') {
        return false;
    }
    bytes
        .iter()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
        && !name.contains("__")
}

/// Whether names are compared as events or as properties.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
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
struct Entry<'a> {
    name: &'a Name,
    /// It passes every other naming rule: the one to keep when two names collide.
    well_formed: bool,
    /// The baseline (`--against`) has this name: when two names collide, the newer one is
    /// reported.
    established: bool,
    /// A property of type array: a plural pair counts only when both or neither are lists
    /// (`tags` the list and `tag` the scalar are different things).
    list: bool,
}

/// Every property definition of a catalog: the shared ones, then the inline ones.
fn property_definitions(catalog: &Catalog) -> impl Iterator<Item = &PropertyDef> {
    let inline = catalog
        .events
        .iter()
        .flat_map(|e| e.properties.iter().filter_map(|p| p.inline()));
    catalog.properties.iter().chain(inline)
}

/// Every property name once (its first definition), with whether it is a list.
fn property_entries<'a>(
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

/// The meaning key of a name under the default config (no extra verbs, object_action): names
/// that share neither it nor their [`spelling_key`] are never near-duplicates.
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
fn near_duplicates(v: &Vocabulary, kind: Kind, entries: &[Entry], out: &mut Vec<Diagnostic>) {
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
        .with_help(format!(
            "if they mean the same thing, keep \"{keep}\"{why} and remove or rename this one"
        ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn naming(style: NamingStyle) -> Naming {
        let mut naming = Config::defaults(".".into(), Vec::new()).naming;
        naming.style = style;
        naming.areas = vec!["billing".into()];
        naming
    }

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

    #[test]
    fn past_tense_and_shape() {
        let n = naming(NamingStyle::ObjectAction);
        let v = Vocabulary::new(&n);
        let verb = |name: &str| {
            let tokens: Vec<&str> = name.split('_').collect();
            v.shape(&tokens).map(|i| v.is_past_tense(tokens[i]))
        };
        assert_eq!(verb("page_viewed"), Ok(true));
        assert_eq!(verb("invitation_sent"), Ok(true));
        assert_eq!(verb("user_signed_up"), Ok(true));
        assert_eq!(verb("user_logged_in"), Ok(true));
        assert_eq!(verb("page_view"), Ok(false));
        assert_eq!(verb("news_feed"), Ok(false));
        assert_eq!(verb("plan_upgraed"), Ok(false));
        assert_eq!(verb("plan_blorped"), Ok(false));
        assert_eq!(verb("signup"), Err(ShapeProblem::NoObject));
        assert_eq!(verb("signed_up"), Err(ShapeProblem::NoObject));

        let vo = naming(NamingStyle::VerbObject);
        let v = Vocabulary::new(&vo);
        let tokens: Vec<&str> = "sent_invitation".split('_').collect();
        assert_eq!(v.shape(&tokens), Ok(0));

        let a = naming(NamingStyle::AreaObjectAction);
        let v = Vocabulary::new(&a);
        let tokens: Vec<&str> = "billing_invoice_paid".split('_').collect();
        assert_eq!(v.shape(&tokens), Ok(2));
        let tokens: Vec<&str> = "invoice_paid".split('_').collect();
        assert_eq!(v.shape(&tokens), Err(ShapeProblem::NoArea));
    }

    #[test]
    fn extra_verbs_take_past_forms_and_bases() {
        let mut n = naming(NamingStyle::ObjectAction);
        n.extra_verbs = ["blorped".to_owned(), "zorp".to_owned()].into();
        let v = Vocabulary::new(&n);
        assert!(v.is_past_tense("blorped"));
        assert!(v.is_past_tense("zorped"));
        assert!(!v.is_past_tense("zorping"));
    }

    #[test]
    fn snake_case() {
        assert!(is_snake_case("checkout_step2_viewed"));
        for bad in [
            "OrderCompleted",
            "order__completed",
            "order_",
            "_order",
            "2fa_enabled",
            "order-completed",
            "café_opened",
        ] {
            assert!(!is_snake_case(bad), "{bad}");
        }
        assert_eq!(to_snake_case("OrderCompleted"), "order_completed");
        assert_eq!(to_snake_case("order-completed"), "order_completed");
        assert_eq!(to_snake_case("2fa"), "");
    }

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
        }
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

    #[test]
    fn short_and_odd_ed_words_do_not_panic() {
        let naming = naming(NamingStyle::ObjectAction);
        for name in [
            "order_ed",
            "order_eed",
            "order_dded",
            "ed_ed",
            "a_d",
            "x_ied",
        ] {
            let found = diagnose(&naming, name);
            assert!(
                found.iter().any(|d| d.rule == PAST_TENSE_VERB.id),
                "{name}: {found:?}"
            );
        }
    }

    /// Runs every one-name naming check on `text` under `naming`.
    fn diagnose(naming: &Naming, text: &str) -> Vec<Diagnostic> {
        use crate::syntax::source::{FileId, Located, Span};
        let name = Located::new(text.to_owned(), Span::new(FileId(0), 0, 1));
        let mut out = Vec::new();
        event_name(
            &Vocabulary::new(naming),
            &mut Typos::default(),
            &name,
            &mut out,
        );
        out
    }

    /// Every event name a help line puts in quotes (the renames and the examples; a quoted
    /// single word is the word being discussed).
    fn quoted_names(help: &str) -> Vec<&str> {
        help.split('"')
            .skip(1)
            .step_by(2)
            .filter(|quoted| quoted.contains('_'))
            .collect()
    }

    /// What the checks tell the author of `text`: `ok`, the suggested name, `hint` (with the
    /// past form it names, if any), `vague` or `style`.
    fn outcome(naming: &Naming, text: &str) -> String {
        let found = diagnose(naming, text);
        if found.is_empty() {
            return "ok".into();
        }
        if found.iter().any(|d| d.rule == VAGUE_WORD.id) {
            return "vague".into();
        }
        if found.iter().any(|d| d.rule == STYLE.id) {
            return "style".into();
        }
        let help = found
            .iter()
            .find_map(|d| d.help.as_deref())
            .unwrap_or_default();
        for lead in [
            "name what already happened: \"",
            "did you mean \"",
            "rename it to \"",
        ] {
            if let Some(rest) = help.strip_prefix(lead) {
                return rest.split('"').next().unwrap_or_default().to_owned();
            }
        }
        match help.strip_prefix("name the action with its object: <object>_") {
            Some(rest) => format!("hint: {}", rest.split(';').next().unwrap_or_default()),
            None => "hint".into(),
        }
    }

    /// Real event names (GA4's recommended events, Segment's specs, open-source apps' event
    /// lists) and what the naming rules suggest for each under the default style.
    const REAL_NAMES: &[(&str, &str)] = &[
        // The verb in front (verb_object order, GA4) moves behind its object.
        ("started_checkout", "checkout_started"),
        ("completed_order", "order_completed"),
        ("clicked_button", "button_clicked"),
        ("viewed_page", "page_viewed"),
        ("opened_app", "app_opened"),
        ("begin_checkout", "checkout_begun"),
        ("add_payment_info", "payment_info_added"),
        ("add_shipping_info", "shipping_info_added"),
        ("earn_virtual_currency", "virtual_currency_earned"),
        ("spend_virtual_currency", "virtual_currency_spent"),
        ("generate_lead", "lead_generated"),
        ("qualify_lead", "lead_qualified"),
        ("disqualify_lead", "lead_disqualified"),
        ("join_group", "group_joined"),
        ("post_score", "score_posted"),
        ("select_content", "content_selected"),
        ("select_item", "item_selected"),
        ("select_promotion", "promotion_selected"),
        ("unlock_achievement", "achievement_unlocked"),
        ("view_cart", "cart_viewed"),
        ("view_item", "item_viewed"),
        ("view_item_list", "item_list_viewed"),
        ("view_promotion", "promotion_viewed"),
        ("app_clear_data", "app_data_cleared"),
        // A base verb in the slot, inflected: irregular, doubled, e-final, y -> ied.
        ("tutorial_begin", "tutorial_begun"),
        ("message_send", "message_sent"),
        ("invite_send", "invite_sent"),
        ("invoice_pay", "invoice_paid"),
        ("item_buy", "item_bought"),
        ("form_submit", "form_submitted"),
        ("order_ship", "order_shipped"),
        ("order_cancel", "order_cancelled"),
        ("subscription_cancel", "subscription_cancelled"),
        ("tutorial_complete", "tutorial_completed"),
        ("video_complete", "video_completed"),
        ("checkout_complete", "checkout_completed"),
        ("app_remove", "app_removed"),
        ("app_update", "app_updated"),
        ("os_update", "os_updated"),
        ("notification_receive", "notification_received"),
        ("password_change", "password_changed"),
        ("plan_upgrade", "plan_upgraded"),
        ("plan_downgrade", "plan_downgraded"),
        ("account_create", "account_created"),
        ("account_delete", "account_deleted"),
        ("comment_delete", "comment_deleted"),
        ("project_create", "project_created"),
        ("report_generate", "report_generated"),
        ("order_place", "order_placed"),
        ("file_share", "file_shared"),
        ("email_verify", "email_verified"),
        ("app_open", "app_opened"),
        ("notification_open", "notification_opened"),
        ("video_play", "video_played"),
        ("page_view", "page_viewed"),
        ("screen_view", "screen_viewed"),
        ("level_end", "level_ended"),
        ("level_start", "level_started"),
        ("session_start", "session_started"),
        ("video_start", "video_started"),
        ("form_start", "form_started"),
        ("ad_click", "ad_clicked"),
        ("file_download", "file_downloaded"),
        ("file_upload", "file_uploaded"),
        ("report_export", "report_exported"),
        ("team_join", "team_joined"),
        ("search_perform", "search_performed"),
        ("cart_abandon", "cart_abandoned"),
        ("order_deliver", "order_delivered"),
        ("subscription_renew", "subscription_renewed"),
        ("payment_fail", "payment_failed"),
        ("payment_succeed", "payment_succeeded"),
        // Product verbs WordNet lacks.
        ("user_onboard", "user_onboarded"),
        ("post_upvote", "post_upvoted"),
        ("newsletter_unsubscribe", "newsletter_unsubscribed"),
        // Nouns of action and closed compounds.
        ("contact_creation", "contact_created"),
        ("payment_failure", "payment_failed"),
        ("user_registration", "user_registered"),
        ("subscription_cancellation", "subscription_cancelled"),
        ("user_signup", "user_signed_up"),
        ("user_login", "user_logged_in"),
        ("user_logout", "user_logged_out"),
        // A misspelt or misinflected -ed form: the nearest real verb.
        ("plan_upgraed", "plan_upgraded"),
        ("invoice_payed", "invoice_paid"),
        ("item_buyed", "item_bought"),
        ("order_sended", "order_sent"),
        ("user_loged_in", "user_logged_in"),
        ("step_submited", "step_submitted"),
        ("video_stoped", "video_stopped"),
        ("email_verifyed", "email_verified"),
        ("file_uploded", "file_uploaded"),
        // Case: the snake_case spelling, when it passes the other rules.
        ("Order Completed", "order_completed"),
        ("Product Added", "product_added"),
        ("checkoutStarted", "checkout_started"),
        ("Video Playback Started", "video_playback_started"),
        ("PageView", "page_viewed"),
        // No sure rename: the shape, with the verb when the name has one.
        ("add_to_cart", "hint: added"),
        ("add_to_wishlist", "hint: added"),
        ("remove_from_cart", "hint: removed"),
        ("view_search_results", "hint: viewed"),
        ("agent_step", "hint"),
        ("video_progress", "hint"),
        ("ad_impression", "hint"),
        ("comment_post", "hint"),
        ("plan_blorped", "hint"),
        // Vague words.
        ("order_event", "vague"),
        ("media_player_event", "vague"),
        ("event", "vague"),
        ("custom", "vague"),
        ("user_engagement", "vague"),
        ("social_interaction", "vague"),
        ("interaction", "vague"),
        ("engaged_user", "vague"),
        // One word: no object and verb.
        ("signup", "style"),
        ("purchase", "style"),
        ("login", "style"),
        ("refund", "style"),
        ("search", "style"),
        ("share", "style"),
        ("scroll", "style"),
        ("sign_up", "style"),
        ("level_up", "style"),
        // Already right.
        ("product_searched", "ok"),
        ("checkout_step_viewed", "ok"),
        ("payment_info_entered", "ok"),
        ("order_refunded", "ok"),
        ("coupon_denied", "ok"),
        ("application_installed", "ok"),
        ("application_backgrounded", "ok"),
        ("push_notification_tapped", "ok"),
        ("deep_link_opened", "ok"),
        ("trial_started", "ok"),
        ("message_read", "ok"),
        ("password_reset", "ok"),
        ("user_onboarded", "ok"),
        ("post_upvoted", "ok"),
        ("newsletter_unsubscribed", "ok"),
        ("user_signed_up", "ok"),
    ];

    #[test]
    fn suggestions_for_real_event_names() {
        assert!(REAL_NAMES.len() >= 100, "{}", REAL_NAMES.len());
        let naming = naming(NamingStyle::ObjectAction);
        let wrong: Vec<String> = REAL_NAMES
            .iter()
            .filter_map(|&(name, expected)| {
                let got = outcome(&naming, name);
                (got != expected).then(|| format!("{name}: expected {expected}, got {got}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// Every name a help line suggests (renames and examples) passes every naming check under
    /// the config that suggested it, in every style and with configs that forbid the obvious.
    #[test]
    fn every_suggested_name_passes_every_naming_rule() {
        let mut configs: Vec<Naming> = [
            NamingStyle::ObjectAction,
            NamingStyle::VerbObject,
            NamingStyle::AreaObjectAction,
        ]
        .into_iter()
        .map(naming)
        .collect();
        let mut short = naming(NamingStyle::ObjectAction);
        short.max_length = 14;
        let mut banned = naming(NamingStyle::ObjectAction);
        banned.banned_words = vec!["started".into(), "sent".into(), "invoice".into()];
        let mut pattern = naming(NamingStyle::ObjectAction);
        let configured = crate::syntax::source::Located::new(
            "^app_".to_owned(),
            crate::syntax::source::Span::new(crate::syntax::source::FileId(0), 0, 1),
        );
        pattern.event_pattern = regex::Regex::new("^app_").ok().map(|re| (re, configured));
        configs.extend([short, banned, pattern]);
        let mut checked = 0;
        for naming in &configs {
            for &(name, _) in REAL_NAMES {
                let prefixed = format!("billing_{name}");
                for input in [name, prefixed.as_str()] {
                    for found in diagnose(naming, input) {
                        for suggested in quoted_names(found.help.as_deref().unwrap_or_default()) {
                            let again = diagnose(naming, suggested);
                            assert!(
                                again.is_empty(),
                                "{:?}: {input} -> {suggested}: {:?}",
                                naming.style,
                                again.iter().map(|d| d.rule.as_str()).collect::<Vec<_>>()
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 300, "{checked}");
    }
}
