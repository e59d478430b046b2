//! A small catalog that exercises every payload rule, and a run of `validate` over payload
//! bytes in memory: what the fuzz target `payload_lines` and the property tests feed random
//! lines through (never used by a command).

use std::path::PathBuf;

use foldhash::HashMap as FastMap;

use super::collect::Validation;
use super::context::Context;
use super::reader::{self, Input};
use crate::catalog::{self, Catalog, LoadOptions};
use crate::config::Config;
use crate::engine::selection::Selection;
use crate::engine::selection::Severities;
use crate::syntax::source::Sources;

/// Events with typed, enumerated, patterned and nested properties, a dedupe key, a volume band
/// and consent; a client plan with a library minimum and a mobile plan with a clock-skew limit.
pub const CATALOG: &str = r#"
properties:
  currency: {type: string, pattern: "^[A-Z]{3}$", description: ISO 4217.}
  total: {type: number, minimum: 0, description: Amount.}
events:
  order_completed:
    description: An order was paid.
    owner: shop
    consent: marketing
    lifecycle: purchase
    dedupe_key: order_id
    volume: {min_per_hour: 1, max_per_hour: 10}
    properties:
      order_id: {type: string, required: true, maxLength: 36, description: Id.}
      currency: required
      total: required
      items:
        type: array
        maxItems: 5
        description: Lines.
        items: {type: object, properties: {sku: {type: string}}, required: [sku]}
      coupon: {type: string, enum: [SAVE10, SAVE20], description: Code.}
  page_viewed:
    description: A page was shown.
    owner: web
    consent: analytics
    status: deprecated
    deprecated: {since: 2026-01-01, sunset: 2026-02-01, replaced_by: order_completed}
"#;

const PLANS: [&str; 2] = [
    "plan: web\nsource: {kind: client, library: web-sdk, min_library_version: 2.0.0}\nidentity: [anonymous_id, user_id]\nevents:\n  order_completed: {}\n  page_viewed: {}\n",
    "plan: app\nsource: {kind: mobile, library: ios-sdk, max_clock_skew: 5m}\nidentity: [anonymous_id]\nevents:\n  order_completed: {version: 1}\n",
];

/// The sample catalog, loaded.
pub fn catalog(sources: &mut Sources) -> (Catalog, Config) {
    let inputs: Vec<catalog::Input> = std::iter::once(("events.yaml", CATALOG.to_owned()))
        .chain(PLANS.iter().enumerate().map(|(i, plan)| {
            (
                if i == 0 { "web.yaml" } else { "app.yaml" },
                (*plan).to_owned(),
            )
        }))
        .map(|(name, text)| catalog::Input::Memory {
            path: PathBuf::from(name),
            name: name.to_owned(),
            bytes: Ok(text.into_bytes()),
        })
        .collect();
    let catalog = catalog::load_inputs(&inputs, &LoadOptions::default(), sources);
    let config = Config::defaults(PathBuf::from("."), vec![PathBuf::from(".")]);
    (catalog, config)
}

/// `validate` over `bytes` (NDJSON, or gzip) against `catalog`, with `--volume` when asked.
/// The payloads are the file after `sources` (never added: diagnostics point at lines), so
/// one loaded catalog serves any number of runs.
pub fn validate_bytes(
    catalog: &Catalog,
    config: &Config,
    sources: &Sources,
    bytes: Vec<u8>,
    volume: bool,
) -> Option<Validation> {
    let file = sources.next_id();
    let severities = Severities::default();
    let pins = super::pins::Pins::default();
    let cx = Context::new(
        catalog,
        config,
        &severities,
        &Selection::default(),
        None,
        volume,
        &pins,
    )
    .ok()?;
    let opened = reader::open(&Input::Bytes(bytes), file).ok()?;
    let names: FastMap<_, _> = [(file, "payloads.ndjson".to_owned())].into_iter().collect();
    Some(super::validate(&cx, vec![opened], names, false))
}
