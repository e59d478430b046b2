//! Shared by tests/docs.rs and tests/docs_browser.rs: a small catalog with one of each fact the
//! page shows, a reader for the page's event articles (in tracklint's output or in a browser's
//! DOM dump), and the search matches derived from the catalog itself.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use regex::Regex;

pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

pub fn shop() -> PathBuf {
    repo_path("examples/shop")
}

pub fn hostile() -> PathBuf {
    repo_path("tests/hostile/docs")
}

/// One `<article class="event">` of a page.
#[derive(Debug)]
pub struct Article {
    /// The `id`, entities decoded.
    pub id: String,
    pub hidden: bool,
    /// The text of its owner fact (`<dd class="owner">`), entities decoded.
    pub owner: Option<String>,
    /// Every attribute of the opening tag, values decoded.
    pub attributes: Vec<(String, String)>,
    /// The markup inside the article.
    pub body: String,
}

impl Article {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The event articles of a page, in page order. Attribute values may hold `>` (a browser's
/// serializer need not escape it), so the tag is read attribute by attribute.
pub fn articles(html: &str) -> Vec<Article> {
    let article = Regex::new(r#"(?s)<article((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>(.*?)</article>"#)
        .expect("article pattern");
    let attribute = Regex::new(r#"([a-z-]+)(?:="([^"]*)")?"#).expect("attribute pattern");
    let owner = Regex::new(r#"(?s)<dd class="owner">(.*?)</dd>"#).expect("owner pattern");
    article
        .captures_iter(html)
        .map(|found| {
            let attributes: Vec<(String, String)> = attribute
                .captures_iter(&found[1])
                .map(|a| {
                    (
                        a[1].to_owned(),
                        a.get(2).map_or(String::new(), |v| decode(v.as_str())),
                    )
                })
                .collect();
            let body = found[2].to_owned();
            Article {
                id: attributes
                    .iter()
                    .find(|(n, _)| n == "id")
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default(),
                hidden: attributes.iter().any(|(n, _)| n == "hidden"),
                owner: owner.captures(&body).map(|o| decode(&o[1])),
                attributes,
                body,
            }
        })
        .filter(|a| a.attribute("class") == Some("event"))
        .collect()
}

/// The elements the page is made of: anything else in a page was injected.
pub const PAGE_ELEMENTS: [&str; 41] = [
    "html", "head", "meta", "title", "style", "body", "header", "h1", "span", "p", "time", "nav",
    "a", "div", "label", "input", "select", "option", "button", "main", "section", "h2", "article",
    "h3", "dl", "dt", "dd", "ul", "li", "h4", "table", "thead", "tbody", "tr", "th", "td", "code",
    "strong", "br", "footer", "script",
];

/// Every opening tag of a page: its element name and attribute names, read attribute by
/// attribute (a quoted value may hold anything but a quote).
pub fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    let tag = Regex::new(r#"<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>"'/]+(?:="[^"]*")?)*)\s*/?>"#)
        .expect("tag pattern");
    let attribute = Regex::new(r#"([^\s=>"'/]+)(?:="[^"]*")?"#).expect("attribute pattern");
    tag.captures_iter(html)
        .map(|t| {
            let names = attribute
                .captures_iter(&t[2])
                .map(|a| a[1].to_ascii_lowercase())
                .collect();
            (t[1].to_ascii_lowercase(), names)
        })
        .collect()
}

/// Asserts the page has only its own elements, no event-handler attribute, and one script.
pub fn assert_no_injected_markup(html: &str) {
    let tags = tags(html);
    assert!(tags.len() > 50, "too few tags: is this a page?");
    for (element, attributes) in &tags {
        assert!(
            PAGE_ELEMENTS.contains(&element.as_str()),
            "injected <{element}>"
        );
        for attribute in attributes {
            assert!(
                !attribute.starts_with("on"),
                "handler {attribute} on <{element}>"
            );
        }
    }
    let scripts = tags.iter().filter(|(e, _)| e == "script").count();
    assert_eq!(scripts, 1, "only tracklint's own script");
    assert!(
        !html.contains("javascript:\""),
        "a javascript: URL in an attribute"
    );
}

/// HTML character references as tracklint and Chromium's serializer write them.
pub fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// The catalog's events as the page names them (hidden characters escaped), each with
/// whether the page's search for `term` should match it, ignoring case: the name,
/// description, owner, consent category, CRM trigger (of a CRM-eligible event), a tag, a
/// former name (`renamed_from`), a property's name or description (the event's own
/// description of a reference, or the definition's), or the path or description of a
/// definition nested under a property contains it.
pub fn search_matches(catalog: &Path, term: &str) -> Vec<(String, bool)> {
    use tracklint::catalog::PropertyKind;
    use tracklint::catalog::definition::property_path;
    let workspace =
        tracklint::engine::workspace::load_workspace(&[catalog.to_path_buf()], None).expect("load");
    let term = term.to_lowercase();
    let has = |text: &str| text.to_lowercase().contains(&term);
    let named = |n: &Option<tracklint::catalog::Name>| n.as_ref().is_some_and(|n| has(&n.value));
    workspace
        .catalog
        .events
        .iter()
        .map(|event| {
            let trigger = event.is_crm_eligible()
                && event.crm.as_ref().is_some_and(|crm| named(&crm.trigger));
            let matches = has(&event.name.value)
                || named(&event.description)
                || named(&event.owner)
                || named(&event.consent)
                || trigger
                || event.tags.iter().any(|t| has(&t.value))
                || event.renamed_from.iter().any(|r| has(&r.value))
                || event.properties.iter().any(|p| {
                    let def = workspace.catalog.definition_of(p);
                    let own = match &p.kind {
                        PropertyKind::Reference(reference) => reference.description.as_ref(),
                        PropertyKind::Inline(_) => None,
                    };
                    let catalog = def.and_then(|d| d.description.as_ref());
                    let mut found = has(&p.name.value)
                        || [own, catalog].into_iter().flatten().any(|d| has(&d.value));
                    if let Some(def) = def {
                        def.walk(&mut |pointer, nested| {
                            if pointer.is_empty() {
                                return;
                            }
                            found |= has(&property_path(&p.name.value, pointer))
                                || named(&nested.description);
                        });
                    }
                    found
                });
            (
                tracklint::escape::visible(&event.name.value).into_owned(),
                matches,
            )
        })
        .collect()
}

/// (event name, owner) of every event of a catalog.
pub fn owners(catalog: &Path) -> Vec<(String, String)> {
    let workspace =
        tracklint::engine::workspace::load_workspace(&[catalog.to_path_buf()], None).expect("load");
    workspace
        .catalog
        .events
        .iter()
        .map(|e| {
            (
                e.name.value.clone(),
                e.owner
                    .as_ref()
                    .map(|o| o.value.clone())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

/// Writes a small catalog with one of each fact the page shows: a stale CRM approval, a
/// deprecated event with its replacement and a former name, a draft without an owner,
/// sampling and volume, a changelog, a narrowed reference, an inline object with a nested
/// definition, tags, inline code in a description, a required stage nobody covers.
pub fn small_catalog(dir: &Path, pinned_today: bool) {
    let today = if pinned_today {
        "review:\n  today: 2026-11-28\n"
    } else {
        ""
    };
    write(
        dir,
        "tracklint.yaml",
        &format!(
            "catalog: [dictionary, plans]\nlifecycle:\n  required_stages: [signup, cancellation]\ncrm:\n  approvers: [lifecycle]\n{today}"
        ),
    );
    write(dir, "dictionary/properties.yaml", PROPERTIES);
    write(dir, "dictionary/events.yaml", EVENTS);
    write(dir, "plans/web.yaml", WEB_PLAN);
    write(dir, "plans/server.yaml", SERVER_PLAN);
}

fn write(dir: &Path, relative: &str, text: &str) {
    let path = dir.join(relative);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("create folder");
    std::fs::write(path, text).expect("write file");
}

const PROPERTIES: &str = "\
properties:
  plan_tier:
    type: string
    enum: [free, pro, enterprise]
    description: Billing plan of the account (`free` during a trial).
  email:
    type: string
    format: email
    description: Address the person signed up with.
    classification: personal
    owner: accounts
  unused_count:
    type: integer
    minimum: 0
    description: Nothing uses it.
";

const EVENTS: &str = "\
events:
  user_signed_up:
    description: A person created a login.
    owner: accounts
    lifecycle: signup
    consent: marketing
    dedupe_key: email
    tags: [Acquisition, web]
    properties:
      plan_tier: required
      email: required
    crm:
      eligible: true
      approved_by: lifecycle
      approved_version: 1
      trigger: Welcome series
  plan_upgraded:
    description: An account moved to a higher plan.
    owner: billing
    version: 2
    lifecycle: subscription_change
    consent: necessary
    properties:
      plan_tier:
        required: true
        enum: [pro, enterprise]
      seats:
        type: integer
        minimum: 1
        unit: seats
        required: true
        description: Seats after the change.
      billing_address:
        type: object
        description: Where the invoices go.
        properties:
          city: {type: string, required: true, description: Town of the billing address.}
    crm:
      eligible: true
      approved_by: lifecycle
      approved_version: 1
      trigger: Upgrade thank-you
    sampling:
      rate: 0.5
      rule: per account_id
    volume:
      min_per_hour: 1
      max_per_hour: 120000
    changelog:
      - version: 2
        date: 2026-05-01
        summary: seats now required
  banner_clicked:
    description: A person clicked the old banner.
    owner: growth
    status: deprecated
    consent: analytics
    deprecated:
      since: 2026-01-01
      replaced_by: promotion_clicked
      sunset: 2027-01-01
    renamed_from: [old_banner_tapped]
    backfill: map the old name
    properties:
      plan_tier: optional
  promotion_clicked:
    description: A person clicked a promotion.
    status: draft
    consent: analytics
    properties:
      plan_tier:
        required: false
        description: The plan shown on the promotion.
";

const WEB_PLAN: &str = "\
plan: web
source:
  kind: client
  library: analytics.js
destinations: [warehouse, crm]
identity: [anonymous_id, user_id]
events:
  user_signed_up: {}
  banner_clicked: {}
  promotion_clicked: {}
";

const SERVER_PLAN: &str = "\
plan: backend
source:
  kind: server
  library: analytics-node
destinations: [warehouse]
identity: [user_id]
events:
  plan_upgraded: {version: 2}
  user_signed_up: {}
";
