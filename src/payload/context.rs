//! What every payload check reads, prepared once from the catalog and config: events by name,
//! the facts each rule needs per event and per plan, which plan applies to a payload, and
//! each payload rule's configured severity.

use foldhash::{HashMap as FastMap, HashSet as FastSet};
use jiff::tz::TimeZone;

use super::library::Libraries;
use super::pins::Pins;
use super::recent::IdHasher;
use super::schema::{CompiledSchemas, LazySchema};
use super::version::LibraryVersion;
use crate::catalog::{Catalog, Consent, Event, PAST_SIGNUP_STAGES, Plan, SourceKind, Status};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::engine::selection::Selection;
use crate::engine::selection::Severities;
use crate::error::{Error, Result};
use crate::lint::payload::RULES;
use crate::rule::{Rule, RuleId};
use crate::syntax::source::{FileId, Span};
use crate::text::Suggester;
use jiff::civil::Date;

/// The plan whose rules a payload is checked by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Applied {
    /// By `--plan`, or the plan whose `source.library` is the payload's library.
    Plan(u32),
    /// No plan matched: every plan.
    Union,
}

/// What the checks need to know about one event.
#[derive(Debug)]
pub struct EventFacts<'a> {
    pub event: &'a Event,
    /// The names of its properties.
    pub defined: FastSet<&'a str>,
    pub dedupe_key: Option<&'a str>,
    /// Its lifecycle stage is past signup: payloads need `userId`.
    pub past_signup: bool,
    /// The names (lowercase) a consent tool may use for its consent category; empty for
    /// `necessary` (never denied) and for events without a category.
    pub consent_names: Vec<String>,
    /// Why its payloads are `payload/retired-event`, when they are.
    pub retired: Option<String>,
    /// For payloads no plan matched: every plan listing the event is a server plan.
    pub union_server_only: bool,
    /// Some plan lists it.
    pub listed: bool,
    /// Some plan listing it pins an older version.
    pub pinned_older: bool,
    /// For payloads no plan matched: the payload fields of every id the listing plans send.
    pub union_identity: Vec<&'static str>,
    /// Closed (its own `closed:`, else `defaults.closed`): a property it does not list is a
    /// schema error, not an unplanned property.
    pub closed: bool,
}

/// A plan's pinned older version of an event: its schema and the names it defines.
pub struct Pinned<'a> {
    pub schema: LazySchema<'a>,
    pub defined: FastSet<&'a str>,
    pub closed: bool,
}

/// What the checks need to know about one plan.
#[derive(Debug)]
pub struct PlanFacts<'a> {
    pub plan: &'a Plan,
    pub server: bool,
    /// The payload fields of the ids it sends (`anonymousId`, `userId`).
    pub identity: Vec<&'static str>,
    /// The events it lists (catalog index), with the version it pins.
    pub listed: FastMap<u32, Option<u64>>,
    pub min_version: Option<LibraryVersion>,
    /// `source.max_clock_skew` in milliseconds.
    pub max_skew_ms: Option<i64>,
}

pub struct Context<'a> {
    pub catalog: &'a Catalog,
    pub config: &'a Config,
    pub schemas: CompiledSchemas<'a>,
    /// (plan, event) → the pinned older version's definition, where history had it.
    pub pinned: FastMap<(u32, u32), Pinned<'a>>,
    pub events: Vec<EventFacts<'a>>,
    pub plans: Vec<PlanFacts<'a>>,
    index: FastMap<&'a str, u32>,
    /// An old name (`renamed_from`) → the event that carries it now.
    renamed: FastMap<&'a str, u32>,
    /// Each event's name in snake_case → the event, for "did you mean" across case and
    /// separators (`Order Completed` → `order_completed`).
    snake: FastMap<String, u32>,
    by_library: FastMap<&'a str, u32>,
    forced: Option<u32>,
    /// Each payload rule's configured severity (`None`: off or not selected).
    severities: Vec<(&'static Rule, Option<Severity>)>,
    pub ids: IdHasher,
    /// The libraries calls name, numbered as the workers meet them.
    pub libraries: Libraries,
    /// `business_timezone`, with `--volume`.
    pub zone: Option<TimeZone>,
}

impl<'a> Context<'a> {
    pub fn new(
        catalog: &'a Catalog,
        config: &'a Config,
        severities: &Severities,
        selection: &Selection,
        plan: Option<&str>,
        volume: bool,
        pins: &'a Pins,
    ) -> Result<Context<'a>> {
        let index: FastMap<&str, u32> = catalog
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.name.value.as_str(), i as u32))
            .collect();
        let mut renamed = FastMap::default();
        let mut snake = FastMap::default();
        for (i, event) in catalog.events.iter().enumerate() {
            for old in &event.renamed_from {
                renamed.entry(old.value.as_str()).or_insert(i as u32);
            }
            snake
                .entry(crate::text::to_snake_case(&event.name.value))
                .or_insert(i as u32);
        }
        let plans: Vec<PlanFacts> = catalog
            .plans
            .iter()
            .map(|plan| plan_facts(plan, &index))
            .collect();
        let events = catalog
            .events
            .iter()
            .enumerate()
            .map(|(i, event)| event_facts(event, i as u32, &plans, config))
            .collect();
        let mut by_library = FastMap::default();
        for (i, plan) in catalog.plans.iter().enumerate() {
            if let Some(library) = &plan.library {
                // The first plan of a library wins, in file order.
                by_library.entry(library.value.as_str()).or_insert(i as u32);
            }
        }
        let forced = match plan {
            Some(id) => Some(find_plan(catalog, id)?),
            None => None,
        };
        let severities = RULES
            .iter()
            .map(|rule| {
                let severity = selection
                    .includes(rule.id)
                    .then(|| severities.of(rule.id, rule.severity))
                    .flatten();
                (*rule, severity)
            })
            .collect();
        let zone = volume
            .then(|| {
                jiff::tz::TimeZoneDatabase::bundled()
                    .get(&config.business_timezone)
                    .ok()
            })
            .flatten();
        let mut pinned = FastMap::default();
        for pin in &pins.pins {
            let Some(past) = pin.found.and_then(|i| pins.catalogs.get(i)) else {
                continue;
            };
            let Some(event) = catalog
                .events
                .get(pin.event as usize)
                .and_then(|e| past.event(&e.name.value))
            else {
                continue;
            };
            pinned.insert(
                (pin.plan, pin.event),
                Pinned {
                    schema: LazySchema::new(past, event),
                    defined: event
                        .properties
                        .iter()
                        .map(|p| p.name.value.as_str())
                        .collect(),
                    closed: event.is_closed(past.default_closed),
                },
            );
        }
        Ok(Context {
            catalog,
            config,
            schemas: CompiledSchemas::new(catalog),
            pinned,
            events,
            plans,
            index,
            renamed,
            snake,
            by_library,
            forced,
            severities,
            ids: IdHasher::default(),
            libraries: Libraries::default(),
            zone,
        })
    }

    pub fn event_index(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    /// The event that lists `name` in its `renamed_from`.
    pub fn renamed_to(&self, name: &str) -> Option<&'a Event> {
        let index = *self.renamed.get(name)?;
        self.catalog.events.get(index as usize)
    }

    /// The event whose name is `name` in other case or separators (`orderCompleted`).
    pub fn same_words(&self, name: &str) -> Option<&'a Event> {
        let snake = crate::text::to_snake_case(name);
        let index = *self.snake.get(&snake)?;
        self.catalog.events.get(index as usize)
    }

    /// The plan that applies to a payload from `library`.
    pub fn applied(&self, library: Option<&str>) -> Applied {
        if let Some(plan) = self.forced {
            return Applied::Plan(plan);
        }
        library
            .and_then(|name| self.by_library.get(name))
            .map_or(Applied::Union, |&plan| Applied::Plan(plan))
    }

    pub fn plan(&self, applied: Applied) -> Option<&PlanFacts<'a>> {
        match applied {
            Applied::Plan(index) => self.plans.get(index as usize),
            Applied::Union => None,
        }
    }

    /// The configured severity of a payload rule; `None` when it is off or not selected.
    pub fn severity(&self, rule: &Rule) -> Option<Severity> {
        // Asked several times a call: the rules are statics, so their address finds them
        // without comparing ids.
        self.severities
            .iter()
            .find(|(known, _)| std::ptr::eq(*known, rule))
            .or_else(|| {
                self.severities
                    .iter()
                    .find(|(known, _)| known.id == rule.id)
            })
            .and_then(|(_, severity)| *severity)
    }

    /// A diagnostic of `rule` at a line of a payload file, at its configured severity; `None`
    /// when the rule is off.
    pub fn at_line(
        &self,
        rule: &'static Rule,
        file: FileId,
        line: u32,
        message: String,
    ) -> Option<Diagnostic> {
        let severity = self.severity(rule)?;
        Some(
            Diagnostic::new(
                RuleId::Builtin(rule),
                severity,
                Span::new(file, 0, 0),
                message,
            )
            .with_line(line),
        )
    }

    /// A diagnostic of `rule` at a span of the catalog, at its configured severity.
    pub fn at_span(&self, rule: &'static Rule, span: Span, message: String) -> Option<Diagnostic> {
        let severity = self.severity(rule)?;
        Some(Diagnostic::new(
            RuleId::Builtin(rule),
            severity,
            span,
            message,
        ))
    }
}

/// `--plan ID`: a plan of the catalog, else a usage error with a suggestion.
fn find_plan(catalog: &Catalog, id: &str) -> Result<u32> {
    if let Some(index) = catalog.plans.iter().position(|p| p.id.value == id) {
        return Ok(index as u32);
    }
    let hint = Suggester::new(catalog.plans.iter().map(|p| p.id.value.as_str()))
        .suggest(id, (id.len() / 3).clamp(1, 3))
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_else(|| {
            let ids: Vec<&str> = catalog.plans.iter().map(|p| p.id.value.as_str()).collect();
            format!("; the plans are: {}", ids.join(", "))
        });
    Err(Error::Usage(format!("--plan: no plan \"{id}\"{hint}")))
}

fn plan_facts<'a>(plan: &'a Plan, index: &FastMap<&str, u32>) -> PlanFacts<'a> {
    let identity = match &plan.identity {
        Some((_, ids)) => ids
            .iter()
            .filter_map(|id| identity_field(&id.value))
            .collect(),
        None => vec!["anonymousId", "userId"],
    };
    let listed = plan
        .events
        .iter()
        .filter_map(|entry| {
            let event = index.get(entry.name.value.as_str())?;
            Some((*event, entry.version.as_ref().map(|v| v.value)))
        })
        .collect();
    PlanFacts {
        plan,
        server: plan.kind() == Some(SourceKind::Server),
        identity,
        listed,
        min_version: plan
            .min_library_version
            .as_ref()
            .and_then(|v| LibraryVersion::parse(&v.value)),
        max_skew_ms: plan
            .max_clock_skew
            .as_ref()
            .and_then(|s| duration_ms(&s.value)),
    }
}

/// The payload field of an id a plan sends.
pub fn identity_field(id: &str) -> Option<&'static str> {
    match id {
        "anonymous_id" => Some("anonymousId"),
        "user_id" => Some("userId"),
        "group_id" => Some("groupId"),
        _ => None,
    }
}

fn event_facts<'a>(
    event: &'a Event,
    index: u32,
    plans: &[PlanFacts],
    config: &Config,
) -> EventFacts<'a> {
    let listing: Vec<&PlanFacts> = plans
        .iter()
        .filter(|p| p.listed.contains_key(&index))
        .collect();
    let mut union_identity: Vec<&'static str> = Vec::new();
    for field in listing.iter().flat_map(|p| p.identity.iter()) {
        if !union_identity.contains(field) {
            union_identity.push(field);
        }
    }
    if union_identity.is_empty() {
        union_identity = vec!["anonymousId", "userId"];
    }
    EventFacts {
        event,
        defined: event
            .properties
            .iter()
            .map(|p| p.name.value.as_str())
            .collect(),
        dedupe_key: event.dedupe_key.as_ref().map(|k| k.value.as_str()),
        past_signup: event
            .lifecycle()
            .is_some_and(|stage| PAST_SIGNUP_STAGES.contains(&stage)),
        consent_names: consent_names(event, config),
        retired: retired(event, config.today),
        union_server_only: !listing.is_empty() && listing.iter().all(|p| p.server),
        listed: !listing.is_empty(),
        pinned_older: listing.iter().any(|p| {
            p.listed
                .get(&index)
                .is_some_and(|pinned| pinned.is_some_and(|v| v < event.version()))
        }),
        union_identity,
        closed: event.is_closed(config.default_closed),
    }
}

/// The lowercase names standing for the event's consent category: the category itself and
/// what `consent.categories` maps it to.
fn consent_names(event: &Event, config: &Config) -> Vec<String> {
    let category = match event.consent() {
        Some(Consent::Analytics) => "analytics",
        Some(Consent::Marketing) => "marketing",
        Some(Consent::Necessary) | None => return Vec::new(),
    };
    let mut names = vec![category.to_owned()];
    if let Some(mapped) = config.consent_categories.get(category) {
        names.extend(mapped.iter().map(|name| name.to_lowercase()));
    }
    names
}

/// Why payloads of the event are retired: it is retired, or deprecated past its sunset.
fn retired(event: &Event, today: Date) -> Option<String> {
    match event.status() {
        Status::Retired => Some(format!("event \"{}\" is retired", event.name.value)),
        Status::Deprecated => {
            let deprecation = event.deprecated.as_ref()?;
            let sunset = deprecation.sunset.as_ref()?;
            (sunset.value < today).then(|| {
                let replacement = deprecation
                    .replaced_by
                    .as_ref()
                    .map(|r| format!("; send \"{}\" instead", r.value))
                    .unwrap_or_default();
                format!(
                    "event \"{}\" is deprecated and past its sunset {}{replacement}",
                    event.name.value, sunset.value
                )
            })
        }
        _ => None,
    }
}

/// `5m`, `24h`, `500ms`, `2d`, `90s` in milliseconds (saturating).
pub fn duration_ms(text: &str) -> Option<i64> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let (number, unit) = text.split_at(digits);
    let number: i64 = number.parse().ok()?;
    let scale = match unit {
        "ms" => 1,
        "s" => 1_000,
        "m" => 60_000,
        "h" => 3_600_000,
        "d" => 86_400_000,
        _ => return None,
    };
    Some(number.saturating_mul(scale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_need_a_number_and_a_unit() {
        assert_eq!(duration_ms("5m"), Some(300_000));
        assert_eq!(duration_ms("24h"), Some(86_400_000));
        assert_eq!(duration_ms("500ms"), Some(500));
        assert_eq!(duration_ms("2d"), Some(172_800_000));
        assert_eq!(duration_ms("99999999999999999d"), Some(i64::MAX));
        for bad in ["", "m", "5", "5 m", "-5m", "5w"] {
            assert_eq!(duration_ms(bad), None, "{bad}");
        }
    }
}
