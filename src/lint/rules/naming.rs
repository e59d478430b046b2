//! naming/*: event and property names a new analyst can read and query (SPEC §3.2).

use std::sync::OnceLock;

use super::Context;
use crate::catalog::Name;
use crate::config::{Naming, NamingStyle};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Fix, Rule};
use foldhash::{HashMap as FastMap, HashSet as FastSet};

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
              past-tense verb; one particle (up, in, out, ...) may follow it.",
    why: "An event records something that already happened. `page_view` reads as a noun or a \
          command; `page_viewed` is unambiguous, and a consistent tense keeps names guessable \
          in every query.",
    bad: "events:\n  page_view:\n    owner: web\n",
    good: "events:\n  page_viewed:\n    owner: web\n",
    fix: Fix::None,
};

pub static VAGUE_WORD: Rule = Rule {
    id: "naming/vague-word",
    severity: Severity::Error,
    summary: "A name uses a banned vague word (stuff, thing, misc, test, ...), a generic UI word \
              with a number (`button1`), or a token of digits only (`step_2`).",
    why: "`clicked_stuff` and `button1_clicked` mean nothing six months later, and UI positions \
          change with every redesign. Name the product noun; put positions and step numbers in \
          properties.",
    bad: "events:\n  clicked_stuff:\n    owner: web\n  step_2_completed:\n    owner: onboarding\n",
    good: "events:\n  invitation_sent:\n    owner: web\n  onboarding_step_completed:\n    owner: onboarding\n    properties:\n      step_number: required\n",
    fix: Fix::None,
};

pub static NEAR_DUPLICATE: Rule = Rule {
    id: "naming/near-duplicate",
    severity: Severity::Warning,
    summary: "Two event names (or two property names) differ only in case, separators, word \
              order, verb form, spelling or plural.",
    why: "`order_completed` and `order_complete` split one metric across two names; every \
          dashboard then counts half of it. Near-duplicates are almost always the same thing \
          tracked twice.",
    bad: "events:\n  order_cancelled:\n    owner: checkout\n  order_canceled:\n    owner: payments\n",
    good: "events:\n  order_cancelled:\n    owner: checkout\n",
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

/// Particles that may follow the verb: `user_signed_up`, `user_opted_out`.
const PARTICLES: [&str; 8] = ["up", "in", "out", "on", "off", "back", "down", "over"];

/// Words ending in -ed that are not past-tense verbs.
const ED_NOUNS: [&str; 7] = ["feed", "need", "seed", "speed", "bed", "red", "embed"];

/// Irregular past tenses and past participles.
const IRREGULAR: &[&str] = &[
    "arose",
    "arisen",
    "awoke",
    "awoken",
    "bore",
    "borne",
    "beat",
    "beaten",
    "became",
    "become",
    "began",
    "begun",
    "bent",
    "bet",
    "bid",
    "bound",
    "bit",
    "bitten",
    "bled",
    "blew",
    "blown",
    "broke",
    "broken",
    "bred",
    "brought",
    "broadcast",
    "built",
    "burnt",
    "burst",
    "bought",
    "cast",
    "caught",
    "chose",
    "chosen",
    "clung",
    "came",
    "cost",
    "crept",
    "cut",
    "dealt",
    "dug",
    "did",
    "done",
    "drew",
    "drawn",
    "dreamt",
    "drank",
    "drunk",
    "drove",
    "driven",
    "ate",
    "eaten",
    "fell",
    "fallen",
    "fed",
    "felt",
    "fought",
    "found",
    "fled",
    "flung",
    "flew",
    "flown",
    "forbade",
    "forbidden",
    "forecast",
    "forgot",
    "forgotten",
    "forgave",
    "forgiven",
    "froze",
    "frozen",
    "got",
    "gotten",
    "gave",
    "given",
    "went",
    "gone",
    "ground",
    "grew",
    "grown",
    "hung",
    "had",
    "heard",
    "hid",
    "hidden",
    "hit",
    "held",
    "hurt",
    "input",
    "kept",
    "knelt",
    "knew",
    "known",
    "laid",
    "led",
    "leant",
    "leapt",
    "learnt",
    "left",
    "lent",
    "let",
    "lay",
    "lain",
    "lit",
    "lost",
    "made",
    "meant",
    "met",
    "mistook",
    "mistaken",
    "misread",
    "output",
    "overcame",
    "overdid",
    "overdone",
    "overheard",
    "overran",
    "overrode",
    "overridden",
    "overtook",
    "overtaken",
    "overthrew",
    "overwrote",
    "overwritten",
    "paid",
    "prepaid",
    "proven",
    "put",
    "quit",
    "read",
    "rebuilt",
    "redid",
    "redone",
    "remade",
    "repaid",
    "reran",
    "reread",
    "reset",
    "resent",
    "resold",
    "retook",
    "retaken",
    "rewound",
    "rewrote",
    "rewritten",
    "rid",
    "rode",
    "ridden",
    "rang",
    "rung",
    "rose",
    "risen",
    "ran",
    "run",
    "said",
    "saw",
    "seen",
    "sought",
    "sold",
    "sent",
    "set",
    "sewn",
    "shook",
    "shaken",
    "shed",
    "shone",
    "shot",
    "showed",
    "shown",
    "shrank",
    "shrunk",
    "shut",
    "sang",
    "sung",
    "sank",
    "sunk",
    "sat",
    "slept",
    "slid",
    "slung",
    "slit",
    "spoke",
    "spoken",
    "sped",
    "spent",
    "spilt",
    "spun",
    "spat",
    "split",
    "spread",
    "sprang",
    "sprung",
    "stood",
    "stole",
    "stolen",
    "stuck",
    "stung",
    "stank",
    "strode",
    "struck",
    "strung",
    "strove",
    "swore",
    "sworn",
    "swept",
    "swam",
    "swum",
    "swung",
    "took",
    "taken",
    "taught",
    "tore",
    "torn",
    "told",
    "thought",
    "threw",
    "thrown",
    "thrust",
    "trod",
    "trodden",
    "underwent",
    "undergone",
    "understood",
    "undertook",
    "undertaken",
    "undid",
    "undone",
    "unbound",
    "unhid",
    "unset",
    "unsubscribed",
    "upheld",
    "upset",
    "woke",
    "woken",
    "wore",
    "worn",
    "wove",
    "woven",
    "wed",
    "wept",
    "won",
    "wound",
    "withdrew",
    "withdrawn",
    "withheld",
    "wrung",
    "wrote",
    "written",
    "uploaded",
    "downloaded",
    "sublet",
    "misspelt",
];

static IRREGULAR_SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
static UI_WORD_SET: OnceLock<FastSet<&'static str>> = OnceLock::new();

/// A word list as a set, built on first use (the lists are long; lookups are per token).
fn word_set(
    cell: &'static OnceLock<FastSet<&'static str>>,
    words: &'static [&'static str],
) -> &'static FastSet<&'static str> {
    cell.get_or_init(|| words.iter().copied().collect())
}

/// Words no event name may contain (plus `naming.banned_words`).
const BANNED: [&str; 12] = [
    "stuff",
    "thing",
    "things",
    "misc",
    "something",
    "whatever",
    "engaged",
    "interacted",
    "tmp",
    "temp",
    "test",
    "foo",
];

/// Generic UI words that, followed by a number, name a position instead of a product noun.
const UI_WORDS: &[&str] = &[
    "button",
    "btn",
    "link",
    "tab",
    "item",
    "field",
    "page",
    "screen",
    "modal",
    "menu",
    "icon",
    "element",
    "section",
    "option",
    "card",
    "widget",
    "box",
    "panel",
    "dialog",
    "step",
    "banner",
    "image",
    "img",
    "form",
    "input",
    "component",
    "div",
    "view",
    "label",
    "block",
    "row",
    "column",
    "col",
    "slide",
    "tile",
    "cta",
    "popup",
    "toggle",
    "checkbox",
];

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let naming = &cx.config.naming;
    // A set: the config may ban many words, and every token of every event is looked up.
    let banned: FastSet<&str> = naming.banned_words.iter().map(String::as_str).collect();
    for event in &cx.catalog.events {
        event_name(naming, &banned, &event.name, out);
    }
    let property_names = cx.catalog.property_names();
    for property in &cx.catalog.properties {
        property_name(naming, &property.name, out);
    }
    for event in &cx.catalog.events {
        for property in event.properties.iter().filter(|p| p.inline().is_some()) {
            property_name(naming, &property.name, out);
        }
    }
    near_duplicates("event", cx.catalog.events.iter().map(|e| &e.name), out);
    near_duplicates("property", property_names.into_iter(), out);
}

fn max_length(naming: &Naming, what: &str, name: &Name, out: &mut Vec<Diagnostic>) {
    let length = name.value.chars().count();
    if length > naming.max_length {
        out.push(
            MAX_LENGTH
                .at(
                    name.span,
                    format!(
                        "{what} \"{}\" is {length} characters long, over the limit of {}",
                        name.value, naming.max_length
                    ),
                )
                .with_help(
                    "shorten it; destinations truncate long names and truncated names collide",
                ),
        );
    }
}

fn property_name(naming: &Naming, name: &Name, out: &mut Vec<Diagnostic>) {
    max_length(naming, "property", name, out);
    if !is_snake_case(&name.value) {
        out.push(case_diagnostic("property", name));
    }
}

fn case_diagnostic(what: &str, name: &Name) -> Diagnostic {
    let suggestion = to_snake_case(&name.value);
    let help = if suggestion.is_empty() || suggestion == name.value {
        "use lowercase ASCII letters, digits and single underscores, starting with a letter".into()
    } else {
        format!("rename it to \"{suggestion}\"")
    };
    CASE.at(
        name.span,
        format!("{what} \"{}\" is not snake_case", name.value),
    )
    .with_span_label("not snake_case")
    .with_help(help)
}

fn event_name(naming: &Naming, banned: &FastSet<&str>, name: &Name, out: &mut Vec<Diagnostic>) {
    max_length(naming, "event", name, out);
    let text = name.value.as_str();
    if !is_snake_case(text) {
        out.push(case_diagnostic("event", name));
        return;
    }
    if let Some((pattern, configured)) = &naming.event_pattern
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
    }
    let tokens: Vec<&str> = text.split('_').collect();
    let vague = vague_token(&tokens, banned);
    if let Some((index, kind)) = &vague {
        let token = tokens[*index];
        let (message, help) = match kind {
            Vague::Banned => (
                format!("event \"{text}\" uses the vague word \"{token}\""),
                "name the product noun and the past-tense verb, e.g. \"invitation_sent\"".to_owned(),
            ),
            Vague::UiPosition => (
                format!("event \"{text}\" names a UI position (\"{token}\"), not a product noun"),
                "name what the element does (e.g. \"plan_upgrade_clicked\") and put its position in a property".to_owned(),
            ),
            Vague::DigitsOnly => (
                format!("event \"{text}\" has a token of digits only (\"{token}\")"),
                "put the number in a property, e.g. \"onboarding_step_completed\" with `step_number`".to_owned(),
            ),
        };
        out.push(
            VAGUE_WORD
                .at(name.span, message)
                .with_span_label("vague name")
                .with_help(help),
        );
    }
    match shape(&tokens, naming) {
        Err(problem) => out.push(style_diagnostic(name, problem, naming)),
        Ok(verb) => {
            // A vague word in the verb slot is already reported; one rename fixes both.
            let verb_is_vague = vague.as_ref().is_some_and(|(i, _)| *i == verb);
            if !verb_is_vague && !is_past_tense(tokens[verb], naming) {
                out.push(past_tense_diagnostic(name, &tokens, verb, naming.style));
            }
        }
    }
}

#[derive(Debug, PartialEq)]
enum ShapeProblem {
    NoObject,
    NoArea,
}

/// Where the verb is, or why the name has no object/verb shape.
fn shape(tokens: &[&str], naming: &Naming) -> Result<usize, ShapeProblem> {
    match naming.style {
        NamingStyle::ObjectAction => object_then_verb(tokens, 0),
        NamingStyle::AreaObjectAction => {
            if !naming.areas.iter().any(|a| a == tokens[0]) {
                return Err(ShapeProblem::NoArea);
            }
            object_then_verb(tokens, 1)
        }
        NamingStyle::VerbObject => {
            let mut objects = &tokens[1..];
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

/// `<objects...>_<verb>[_<particle>]`, objects starting at `first`.
fn object_then_verb(tokens: &[&str], first: usize) -> Result<usize, ShapeProblem> {
    let mut end = tokens.len();
    if end > 1 && PARTICLES.contains(&tokens[end - 1]) {
        end -= 1;
    }
    let verb = end - 1;
    if verb <= first {
        return Err(ShapeProblem::NoObject);
    }
    Ok(verb)
}

fn style_diagnostic(name: &Name, problem: ShapeProblem, naming: &Naming) -> Diagnostic {
    let text = &name.value;
    let (message, help) = match (problem, naming.style) {
        (ShapeProblem::NoArea, _) => (
            format!("event \"{text}\" does not start with a product area"),
            format!(
                "start the name with one of `naming.areas` ({}), e.g. \"{}_invoice_paid\"",
                naming.areas.join(", "),
                naming.areas.first().map_or("billing", String::as_str)
            ),
        ),
        (ShapeProblem::NoObject, NamingStyle::VerbObject) => (
            format!("event \"{text}\" needs a verb and an object"),
            "name it <past-tense verb>_<object>, e.g. \"signed_up_user\"".to_owned(),
        ),
        (ShapeProblem::NoObject, NamingStyle::AreaObjectAction) => (
            format!("event \"{text}\" needs an area, an object and a verb"),
            "name it <area>_<object>_<past-tense verb>, e.g. \"billing_invoice_paid\"".to_owned(),
        ),
        (ShapeProblem::NoObject, NamingStyle::ObjectAction) => (
            format!("event \"{text}\" needs an object and a verb"),
            "name it <object>_<past-tense verb>, e.g. \"user_signed_up\"".to_owned(),
        ),
    };
    STYLE.at(name.span, message).with_help(help)
}

fn past_tense_diagnostic(
    name: &Name,
    tokens: &[&str],
    verb: usize,
    style: NamingStyle,
) -> Diagnostic {
    let word = tokens[verb];
    let mut fixed: Vec<String> = tokens.iter().map(|t| (*t).to_owned()).collect();
    fixed[verb] = past_tense_guess(word);
    let slot = match style {
        NamingStyle::VerbObject => "start",
        _ => "end",
    };
    PAST_TENSE_VERB
        .at(
            name.span,
            format!(
                "event \"{}\" does not {slot} with a past-tense verb (\"{word}\")",
                name.value
            ),
        )
        .with_span_label("not past tense")
        .with_help(format!(
            "name what already happened, e.g. \"{}\"; add custom verbs to `naming.extra_verbs`",
            fixed.join("_")
        ))
}

fn past_tense_guess(word: &str) -> String {
    if word.ends_with('e') {
        format!("{word}d")
    } else if let Some(stem) = word.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'o', 'u'])
    {
        format!("{stem}ied")
    } else {
        format!("{word}ed")
    }
}

pub fn is_past_tense(word: &str, naming: &Naming) -> bool {
    if naming.extra_verbs.contains(word) || word_set(&IRREGULAR_SET, IRREGULAR).contains(word) {
        return true;
    }
    word.len() >= 4 && word.ends_with("ed") && !ED_NOUNS.contains(&word)
}

enum Vague {
    Banned,
    UiPosition,
    DigitsOnly,
}

fn vague_token(tokens: &[&str], banned: &FastSet<&str>) -> Option<(usize, Vague)> {
    tokens.iter().enumerate().find_map(|(i, token)| {
        if BANNED.contains(token) || banned.contains(token) {
            return Some((i, Vague::Banned));
        }
        if token.bytes().all(|b| b.is_ascii_digit()) {
            return Some((i, Vague::DigitsOnly));
        }
        let word = token.trim_end_matches(|c: char| c.is_ascii_digit());
        if word.len() < token.len() && word_set(&UI_WORD_SET, UI_WORDS).contains(word) {
            return Some((i, Vague::UiPosition));
        }
        None
    })
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

/// Lowercase words of a name, split at separators and camelCase boundaries.
fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

fn to_snake_case(name: &str) -> String {
    let snake = words(name)
        .into_iter()
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    let starts_with_letter = snake.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
    if starts_with_letter {
        snake
    } else {
        String::new()
    }
}

/// The key two names share when they differ only in case, separators, word order, verb form,
/// spelling (doubled letters) or plural: `OrderCompleted`, `completed_order`,
/// `order_complete` and `orders_completed` all map to `complet_order`.
pub fn near_duplicate_key(name: &str) -> String {
    let mut tokens: Vec<String> = words(name)
        .into_iter()
        .map(normalise_word)
        .filter(|w| !w.is_empty())
        .collect();
    tokens.sort_unstable();
    tokens.join("_")
}

/// Singular, without a past-tense `-ed` or a final `e`, doubled letters collapsed; reuses the
/// word's own buffer.
fn normalise_word(mut word: String) -> String {
    singular(&mut word);
    if word.ends_with("ied") {
        word.truncate(word.len() - 3);
        word.push('y');
    } else if word.len() >= 5 && word.ends_with("ed") {
        word.truncate(word.len() - 2);
    }
    let mut previous = None;
    word.retain(|c| {
        let keep = previous != Some(c);
        previous = Some(c);
        keep
    });
    if word.len() > 3 && word.ends_with('e') {
        word.pop();
    }
    word
}

fn singular(word: &mut String) {
    if word.len() > 4 && word.ends_with("ies") {
        word.truncate(word.len() - 3);
        word.push('y');
        return;
    }
    for suffix in ["sses", "xes", "ches", "shes"] {
        if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
            word.truncate(word.len() - 2);
            return;
        }
    }
    if word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        word.pop();
    }
}

/// Groups names by their near-duplicate key (no pairwise comparison) and reports every name
/// after the first in its group.
fn near_duplicates<'a>(
    what: &str,
    names: impl Iterator<Item = &'a Name>,
    out: &mut Vec<Diagnostic>,
) {
    let mut buckets: FastMap<String, Vec<&Name>> = FastMap::default();
    for name in names {
        buckets
            .entry(near_duplicate_key(&name.value))
            .or_default()
            .push(name);
    }
    for group in buckets.values().filter(|g| g.len() > 1) {
        let first = group[0];
        for other in &group[1..] {
            if other.value == first.value {
                continue;
            }
            out.push(
                NEAR_DUPLICATE
                    .at(
                        other.span,
                        format!(
                            "{what} \"{}\" is a near-duplicate of \"{}\"",
                            other.value, first.value
                        ),
                    )
                    .with_span_label("near-duplicate")
                    .with_label(first.span, format!("\"{}\" is defined here", first.value))
                    .with_help(format!(
                        "if they mean the same thing, keep \"{}\" and remove or rename this one",
                        first.value
                    )),
            );
        }
    }
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
        assert_ne!(
            near_duplicate_key("order_completed"),
            near_duplicate_key("order_refunded")
        );
        assert_ne!(
            near_duplicate_key("user_signed_up"),
            near_duplicate_key("user_signed_in")
        );
    }

    #[test]
    fn past_tense_and_shape() {
        let n = naming(NamingStyle::ObjectAction);
        let verb = |name: &str| {
            let tokens: Vec<&str> = name.split('_').collect();
            shape(&tokens, &n).map(|i| is_past_tense(tokens[i], &n))
        };
        assert_eq!(verb("page_viewed"), Ok(true));
        assert_eq!(verb("invitation_sent"), Ok(true));
        assert_eq!(verb("user_signed_up"), Ok(true));
        assert_eq!(verb("user_logged_in"), Ok(true));
        assert_eq!(verb("page_view"), Ok(false));
        assert_eq!(verb("news_feed"), Ok(false));
        assert_eq!(verb("signup"), Err(ShapeProblem::NoObject));
        assert_eq!(verb("signed_up"), Err(ShapeProblem::NoObject));

        let v = naming(NamingStyle::VerbObject);
        let tokens: Vec<&str> = "sent_invitation".split('_').collect();
        assert_eq!(shape(&tokens, &v), Ok(0));

        let a = naming(NamingStyle::AreaObjectAction);
        let tokens: Vec<&str> = "billing_invoice_paid".split('_').collect();
        assert_eq!(shape(&tokens, &a), Ok(2));
        let tokens: Vec<&str> = "invoice_paid".split('_').collect();
        assert_eq!(shape(&tokens, &a), Err(ShapeProblem::NoArea));
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
    }
}
