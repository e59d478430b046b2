//! `review` output: the lifecycle reviewer's queue with its privacy context, and the zombie
//! events of a usage export, as human text, json, or markdown (a PR comment). Names escaped.

use std::path::Path;

use serde::Serialize;

use crate::catalog::{Classification, Event};
use crate::compare::review::{Item, Need, Side};
use crate::compare::usage::{Usage, Zombie, Zombies};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::escape::{json_string, markdown_code, markdown_link_target, markdown_text, visible};
use crate::syntax::source::{Sources, Span, display_path};

/// Everything a review report shows.
pub struct Report<'a> {
    pub items: &'a [Item<'a>],
    pub zombies: Option<&'a Zombies<'a>>,
    pub sources: &'a Sources,
    pub config: &'a Config,
    pub against: Option<&'a str>,
    pub usage_file: Option<&'a Path>,
    pub docs_url: Option<&'a str>,
}

impl Report<'_> {
    fn location(&self, span: Span) -> (&str, u32, u32) {
        let at = self.sources.start(span);
        (self.sources.name(span.file), at.line, at.column)
    }

    fn baseline(&self) -> &str {
        self.against.unwrap_or("the baseline")
    }

    fn usage_name(&self) -> String {
        self.usage_file
            .map_or_else(|| "the usage file".to_owned(), display_path)
    }
}

/// The words for one need.
pub fn describe(need: &Need, against: &str) -> String {
    match need {
        Need::NeverApproved => "never approved".into(),
        Need::UnknownApprover(who) => {
            format!("approved by \"{who}\", who is not in crm.approvers")
        }
        Need::Stale { approved, current } => {
            format!("approved for version {approved}, now at version {current}")
        }
        Need::ReviewOverdue { last_reviewed } => {
            format!("last reviewed {last_reviewed}, longer ago than review.max_age_days")
        }
        Need::NewlyEligible => "newly CRM-eligible".into(),
        Need::ChangedSinceApproval { bumped } => format!(
            "changed since {against} without a new approval ({})",
            if *bumped {
                "version bumped"
            } else {
                "version not bumped"
            }
        ),
        Need::ApprovalChanged { from, to } => format!(
            "approval recorded in this change: {} (was {}); confirm that they approved it",
            approval_text(to.as_ref()),
            approval_text(from.as_ref())
        ),
        Need::StopsFiring(stop) => {
            format!(
                "{}: journeys triggered by it will stop firing",
                stop.as_str()
            )
        }
    }
}

fn approval_text(approval: Option<&crate::compare::review::Approval>) -> String {
    crate::compare::words::approval(
        approval.and_then(|a| a.by.as_deref()),
        approval.and_then(|a| a.version),
    )
}

/// The sections of the queue, in order: what needs a decision, what this change decided by
/// recording the approval, and the journeys it stops.
fn sections<'a>(items: &'a [Item<'a>]) -> [(&'static str, Vec<&'a Item<'a>>); 3] {
    let stops = |item: &&Item| item.needs.iter().any(|n| matches!(n, Need::StopsFiring(_)));
    [
        (
            "Awaiting a lifecycle decision",
            items.iter().filter(|i| !i.decided).collect(),
        ),
        (
            "Approved in this change — confirm",
            items.iter().filter(|i| i.decided && !stops(i)).collect(),
        ),
        (
            "Journeys that will stop firing",
            items.iter().filter(|i| i.decided && stops(i)).collect(),
        ),
    ]
}

fn owner(event: &Event) -> &str {
    event
        .owner
        .as_ref()
        .map_or("no owner", |o| o.value.as_str())
}

fn classification(c: Classification) -> &'static str {
    match c {
        Classification::Public => "public",
        Classification::Internal => "internal",
        Classification::Personal => "personal",
        Classification::Sensitive => "sensitive",
    }
}

fn personal_list(item: &Item) -> Vec<String> {
    item.privacy
        .personal
        .iter()
        .map(|p| format!("{} ({})", p.name, classification(p.classification)))
        .collect()
}

fn diagnostic_line(report: &Report, d: &Diagnostic) -> String {
    let (file, line, _) = report.location(d.span);
    format!(
        "{}[{}] {file}:{line}: {}",
        d.severity.as_str(),
        d.rule,
        d.message
    )
}

pub fn human(report: &Report) -> String {
    let mut text = String::new();
    pending_human(report, &mut text);
    if let Some(zombies) = report.zombies {
        text.push('\n');
        zombies_human(report, zombies, &mut text);
    }
    text
}

fn pending_human(report: &Report, text: &mut String) {
    let pending = report.items.iter().filter(|i| !i.decided).count();
    if pending == 0 {
        text.push_str("No CRM-eligible event needs a decision.\n");
    }
    for (index, (title, items)) in sections(report.items).into_iter().enumerate() {
        if items.is_empty() {
            continue;
        }
        if index > 0 || pending == 0 {
            text.push('\n');
        }
        let title = if index == 0 {
            "CRM-eligible events awaiting a lifecycle decision"
        } else {
            title
        };
        text.push_str(&format!("{title} ({}):\n", items.len()));
        for item in items {
            text.push('\n');
            item_human(report, item, text);
        }
    }
}

fn item_human(report: &Report, item: &Item, text: &mut String) {
    let event = item.event;
    let (file, line_number, column) = report.location(event.name.span);
    let side = match item.side {
        Side::Head => String::new(),
        Side::Baseline => format!(" (in {})", report.baseline()),
    };
    line(
        text,
        &format!(
            "{} (v{}, owner {}) {file}:{line_number}:{column}{side}",
            event.name.value,
            event.version(),
            owner(event)
        ),
    );
    if let Some(trigger) = event.crm.as_ref().and_then(|c| c.trigger.as_ref()) {
        let stops = item.needs.iter().any(|n| matches!(n, Need::StopsFiring(_)));
        let which = if stops { " (the one that stops)" } else { "" };
        line(text, &format!("  trigger{which}: {}", trigger.value));
    }
    let label = if item.decided { "decided" } else { "needs" };
    for need in &item.needs {
        line(
            text,
            &format!("  {label}: {}", describe(need, report.baseline())),
        );
    }
    if !item.changes.is_empty() {
        line(text, &format!("  changed since {}:", report.baseline()));
        for change in &item.changes {
            line(text, &format!("    - {}", change_text(change)));
        }
    }
    let privacy = &item.privacy;
    let personal = personal_list(item);
    line(
        text,
        &format!(
            "  privacy: consent {}; personal data: {}; sent to: {}",
            privacy.consent.as_deref().unwrap_or("none"),
            none_if_empty(&personal),
            none_if_empty(&privacy.destinations)
        ),
    );
    for diagnostic in &privacy.diagnostics {
        line(text, &format!("  {}", diagnostic_line(report, diagnostic)));
    }
}

/// A change as the reviewer reads it: a plan's change says which plan.
fn change_text(change: &crate::compare::change::Change) -> String {
    match change.place {
        crate::compare::change::Place::Plan => format!("plan {}: {change}", change.name),
        _ => change.to_string(),
    }
}

fn none_if_empty(list: &[String]) -> String {
    if list.is_empty() {
        "none".into()
    } else {
        list.join(", ")
    }
}

fn zombie_text(zombie: &Zombie) -> String {
    match zombie {
        Zombie::NotInExport => "no row in the export".into(),
        Zombie::ZeroCount => "a zero count in the export".into(),
        Zombie::NotSeenFor { days, last_seen } => {
            format!("last seen {last_seen}, {days} days ago")
        }
        Zombie::ReviewOverdue {
            days,
            last_reviewed,
        } => format!("last reviewed {last_reviewed}, {days} days ago"),
    }
}

fn zombie_code(zombie: &Zombie) -> &'static str {
    match zombie {
        Zombie::NotInExport => "not-in-export",
        Zombie::ZeroCount => "zero-count",
        Zombie::NotSeenFor { .. } => "not-seen-recently",
        Zombie::ReviewOverdue { .. } => "review-overdue",
    }
}

fn seen(usage: &Usage) -> String {
    match usage.last_seen {
        Some(date) => format!("{} in the export, last seen {date}", usage.count),
        None => format!("{} in the export", usage.count),
    }
}

fn status(event: &Event) -> &str {
    event.status.as_ref().map_or("active", |s| s.value.as_str())
}

fn zombies_human(report: &Report, zombies: &Zombies, text: &mut String) {
    line(
        text,
        &format!(
            "Usage review of {} (today {}, max age {} days):",
            report.usage_name(),
            report.config.today,
            report.config.max_age_days
        ),
    );
    if zombies.retire.is_empty()
        && zombies.still_firing.is_empty()
        && zombies.old_names.is_empty()
        && zombies.unknown_total == 0
    {
        text.push_str("No zombie events.\n");
        return;
    }
    if !zombies.retire.is_empty() {
        text.push('\n');
        line(
            text,
            &format!("Retire candidates ({}):", zombies.retire.len()),
        );
        for candidate in &zombies.retire {
            let event = candidate.event;
            let (file, at, column) = report.location(event.name.span);
            line(
                text,
                &format!(
                    "  {} (owner {}) {file}:{at}:{column}",
                    event.name.value,
                    owner(event)
                ),
            );
            for reason in &candidate.reasons {
                line(text, &format!("    - {}", zombie_text(reason)));
            }
        }
    }
    if !zombies.still_firing.is_empty() {
        text.push('\n');
        line(
            text,
            &format!(
                "Deprecated but still firing ({}):",
                zombies.still_firing.len()
            ),
        );
        for (event, usage) in &zombies.still_firing {
            line(
                text,
                &format!(
                    "  {} ({}): {}",
                    event.name.value,
                    status(event),
                    seen(usage)
                ),
            );
        }
    }
    if !zombies.old_names.is_empty() {
        text.push('\n');
        line(
            text,
            &format!("Old names still arriving ({}):", zombies.old_names.len()),
        );
        for (event, usage) in &zombies.old_names {
            line(
                text,
                &format!(
                    "  {} (renamed to {}): {}",
                    usage.event,
                    event.name.value,
                    seen(usage)
                ),
            );
        }
    }
    if zombies.unknown_total > 0 {
        text.push('\n');
        line(
            text,
            &format!("Tracked but not in the plan ({}):", zombies.unknown_total),
        );
        for usage in &zombies.unknown {
            line(text, &format!("  {}: {}", usage.event, seen(usage)));
        }
        let more = zombies.unknown_total - zombies.unknown.len();
        if more > 0 {
            line(text, &format!("  ... and {more} more"));
        }
    }
}

/// Appends one line that may quote names: hidden characters (line breaks too) escaped.
fn line(text: &mut String, content: &str) {
    text.push_str(&visible(content));
    text.push('\n');
}

/// The review as JSON; fields in output order.
#[derive(Serialize)]
struct ReviewJson<'a> {
    against: Option<&'a str>,
    pending: Vec<PendingEventJson<'a>>,
    decided: Vec<PendingEventJson<'a>>,
    usage: Option<UsageJson<'a>>,
}

#[derive(Serialize)]
struct PendingEventJson<'a> {
    event: &'a str,
    /// "head", or "baseline" for a removed event.
    side: &'static str,
    owner: Option<&'a str>,
    version: u64,
    approved_by: Option<&'a str>,
    approved_version: Option<u64>,
    trigger: Option<&'a str>,
    needs: Vec<&'static str>,
    reasons: Vec<String>,
    changes: Vec<String>,
    privacy: PrivacyJson<'a>,
    file: &'a str,
    line: u32,
    column: u32,
}

#[derive(Serialize)]
struct PrivacyJson<'a> {
    consent: Option<&'a str>,
    personal: Vec<PersonalJson<'a>>,
    destinations: &'a [String],
    diagnostics: Vec<DiagnosticJson<'a>>,
}

#[derive(Serialize)]
struct PersonalJson<'a> {
    property: &'a str,
    classification: &'static str,
}

#[derive(Serialize)]
struct DiagnosticJson<'a> {
    rule: &'a str,
    severity: &'static str,
    message: &'a str,
    file: &'a str,
    line: u32,
    column: u32,
}

#[derive(Serialize)]
struct UsageJson<'a> {
    file: String,
    today: String,
    max_age_days: i64,
    retire: Vec<RetireJson<'a>>,
    still_firing: Vec<FiringJson<'a>>,
    old_names: Vec<OldNameJson<'a>>,
    unknown: Vec<SeenJson<'a>>,
    unknown_total: usize,
}

#[derive(Serialize)]
struct RetireJson<'a> {
    event: &'a str,
    owner: Option<&'a str>,
    reasons: Vec<ZombieJson>,
    file: &'a str,
    line: u32,
    column: u32,
}

#[derive(Serialize)]
struct ZombieJson {
    code: &'static str,
    text: String,
}

#[derive(Serialize)]
struct FiringJson<'a> {
    event: &'a str,
    status: &'a str,
    count: u64,
    last_seen: Option<String>,
}

#[derive(Serialize)]
struct OldNameJson<'a> {
    event: &'a str,
    renamed_to: &'a str,
    count: u64,
    last_seen: Option<String>,
}

#[derive(Serialize)]
struct SeenJson<'a> {
    event: &'a str,
    count: u64,
    last_seen: Option<String>,
}

pub fn json_text(report: &Report) -> String {
    let review = ReviewJson {
        against: report.against,
        pending: report
            .items
            .iter()
            .filter(|item| !item.decided)
            .map(|item| pending_json(report, item))
            .collect(),
        decided: report
            .items
            .iter()
            .filter(|item| item.decided)
            .map(|item| pending_json(report, item))
            .collect(),
        usage: report.zombies.map(|z| usage_json(report, z)),
    };
    json_string(&review)
}

fn pending_json<'a>(report: &'a Report, item: &'a Item) -> PendingEventJson<'a> {
    let event = item.event;
    let crm = event.crm.as_ref();
    let (file, line, column) = report.location(event.name.span);
    PendingEventJson {
        event: &event.name.value,
        side: match item.side {
            Side::Head => "head",
            Side::Baseline => "baseline",
        },
        owner: event.owner.as_ref().map(|o| o.value.as_str()),
        version: event.version(),
        approved_by: crm
            .and_then(|c| c.approved_by.as_ref())
            .map(|a| a.value.as_str()),
        approved_version: crm
            .and_then(|c| c.approved_version.as_ref())
            .map(|v| v.value),
        trigger: crm
            .and_then(|c| c.trigger.as_ref())
            .map(|t| t.value.as_str()),
        needs: item.needs.iter().map(Need::code).collect(),
        reasons: item
            .needs
            .iter()
            .map(|n| describe(n, report.baseline()))
            .collect(),
        changes: item.changes.iter().map(change_text).collect(),
        privacy: PrivacyJson {
            consent: item.privacy.consent.as_deref(),
            personal: item
                .privacy
                .personal
                .iter()
                .map(|p| PersonalJson {
                    property: &p.name,
                    classification: classification(p.classification),
                })
                .collect(),
            destinations: &item.privacy.destinations,
            diagnostics: item
                .privacy
                .diagnostics
                .iter()
                .map(|d| {
                    let (file, line, column) = report.location(d.span);
                    DiagnosticJson {
                        rule: &d.rule,
                        severity: d.severity.as_str(),
                        message: &d.message,
                        file,
                        line,
                        column,
                    }
                })
                .collect(),
        },
        file,
        line,
        column,
    }
}

fn usage_json<'a>(report: &'a Report, zombies: &'a Zombies) -> UsageJson<'a> {
    let date = |usage: &Usage| usage.last_seen.map(|d| d.to_string());
    UsageJson {
        file: report.usage_name(),
        today: report.config.today.to_string(),
        max_age_days: report.config.max_age_days,
        retire: zombies
            .retire
            .iter()
            .map(|candidate| {
                let (file, line, column) = report.location(candidate.event.name.span);
                RetireJson {
                    event: &candidate.event.name.value,
                    owner: candidate.event.owner.as_ref().map(|o| o.value.as_str()),
                    reasons: candidate
                        .reasons
                        .iter()
                        .map(|z| ZombieJson {
                            code: zombie_code(z),
                            text: zombie_text(z),
                        })
                        .collect(),
                    file,
                    line,
                    column,
                }
            })
            .collect(),
        still_firing: zombies
            .still_firing
            .iter()
            .map(|(event, usage)| FiringJson {
                event: &event.name.value,
                status: status(event),
                count: usage.count,
                last_seen: date(usage),
            })
            .collect(),
        old_names: zombies
            .old_names
            .iter()
            .map(|(event, usage)| OldNameJson {
                event: &usage.event,
                renamed_to: &event.name.value,
                count: usage.count,
                last_seen: date(usage),
            })
            .collect(),
        unknown: zombies
            .unknown
            .iter()
            .map(|usage| SeenJson {
                event: &usage.event,
                count: usage.count,
                last_seen: date(usage),
            })
            .collect(),
        unknown_total: zombies.unknown_total,
    }
}

/// The review as a pull request comment: a table per section, each event once with all its
/// reasons, every cell escaped.
pub fn markdown(report: &Report) -> String {
    let mut text = match report.against {
        Some(against) => format!("### CRM review against {}\n\n", markdown_code(against)),
        None => "### CRM review\n\n".to_owned(),
    };
    let pending = report.items.iter().filter(|i| !i.decided).count();
    if pending == 0 {
        text.push_str("No CRM-eligible event needs a decision.\n");
    } else {
        text.push_str(&format!(
            "{pending} CRM-eligible event(s) need a lifecycle decision.\n"
        ));
    }
    for (title, items) in sections(report.items) {
        if items.is_empty() {
            continue;
        }
        text.push_str(&format!("\n#### {title} ({})\n\n", items.len()));
        text.push_str("| Event | Owner | Version | Trigger | Details | Consent | Personal data | Sent to | Findings |\n|---|---|---|---|---|---|---|---|---|\n");
        for item in items {
            item_row(report, item, &mut text);
        }
    }
    if let Some(zombies) = report.zombies {
        zombies_markdown(report, zombies, &mut text);
    }
    text
}

/// An event name, linked to its anchor on the docs page when `--docs-url` was given.
fn event_cell(report: &Report, name: &str) -> String {
    match report.docs_url {
        Some(url) => format!(
            "[{}]({})",
            markdown_code(name),
            markdown_link_target(url, &crate::docs::event_id(name))
        ),
        None => markdown_code(name),
    }
}

fn cell_list(items: &[String]) -> String {
    if items.is_empty() {
        return "none".into();
    }
    let cells: Vec<String> = items.iter().map(|i| markdown_text(i)).collect();
    cells.join("<br>")
}

fn item_row(report: &Report, item: &Item, text: &mut String) {
    let event = item.event;
    let mut details: Vec<String> = item
        .needs
        .iter()
        .map(|need| describe(need, report.baseline()))
        .collect();
    details.extend(item.changes.iter().map(change_text));
    let findings: Vec<String> = item
        .privacy
        .diagnostics
        .iter()
        .map(|d| diagnostic_line(report, d))
        .collect();
    let trigger = event
        .crm
        .as_ref()
        .and_then(|c| c.trigger.as_ref())
        .map_or("none", |t| t.value.as_str());
    // A removed event has no anchor on the docs page: named, not linked.
    let name = match item.side {
        Side::Head => event_cell(report, &event.name.value),
        Side::Baseline => markdown_code(&event.name.value),
    };
    text.push_str(&format!(
        "| {name} | {} | v{} | {} | {} | {} | {} | {} | {} |\n",
        markdown_code(owner(event)),
        event.version(),
        markdown_text(trigger),
        cell_list(&details),
        markdown_text(item.privacy.consent.as_deref().unwrap_or("none")),
        cell_list(&personal_list(item)),
        cell_list(&item.privacy.destinations),
        cell_list(&findings),
    ));
}

fn zombies_markdown(report: &Report, zombies: &Zombies, text: &mut String) {
    text.push_str(&format!(
        "\n### Zombie events: {}\n\nToday {}, max age {} days.\n",
        markdown_text(&report.usage_name()),
        report.config.today,
        report.config.max_age_days
    ));
    if !zombies.retire.is_empty() {
        text.push_str(&format!(
            "\n#### Retire candidates ({})\n\n| Event | Owner | Why |\n|---|---|---|\n",
            zombies.retire.len()
        ));
        for candidate in &zombies.retire {
            let reasons: Vec<String> = candidate.reasons.iter().map(zombie_text).collect();
            text.push_str(&format!(
                "| {} | {} | {} |\n",
                event_cell(report, &candidate.event.name.value),
                markdown_code(owner(candidate.event)),
                cell_list(&reasons)
            ));
        }
    }
    if !zombies.still_firing.is_empty() {
        text.push_str(&format!(
            "\n#### Deprecated but still firing ({})\n\n| Event | Status | Usage |\n|---|---|---|\n",
            zombies.still_firing.len()
        ));
        for (event, usage) in &zombies.still_firing {
            text.push_str(&format!(
                "| {} | {} | {} |\n",
                event_cell(report, &event.name.value),
                markdown_text(status(event)),
                markdown_text(&seen(usage))
            ));
        }
    }
    if !zombies.old_names.is_empty() {
        text.push_str(&format!(
            "\n#### Old names still arriving ({})\n\n| Old name | Renamed to | Usage |\n|---|---|---|\n",
            zombies.old_names.len()
        ));
        for (event, usage) in &zombies.old_names {
            text.push_str(&format!(
                "| {} | {} | {} |\n",
                markdown_code(&usage.event),
                event_cell(report, &event.name.value),
                markdown_text(&seen(usage))
            ));
        }
    }
    if zombies.unknown_total > 0 {
        text.push_str(&format!(
            "\n#### Tracked but not in the plan ({})\n\n| Event | Usage |\n|---|---|\n",
            zombies.unknown_total
        ));
        for usage in &zombies.unknown {
            text.push_str(&format!(
                "| {} | {} |\n",
                markdown_code(&usage.event),
                markdown_text(&seen(usage))
            ));
        }
        let more = zombies.unknown_total - zombies.unknown.len();
        if more > 0 {
            text.push_str(&format!("\n... and {more} more.\n"));
        }
    }
}
