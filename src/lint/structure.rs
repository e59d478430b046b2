//! structure/*: the files parse, match the schema, and refer to things that exist (SPEC §3.1).

use super::{Context, suggest};
use crate::catalog::{LoadProblem, patterns};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Fix, Rule};
use crate::syntax::quote;
use crate::text::Suggester;

pub static YAML_SYNTAX: Rule = Rule {
    id: "structure/yaml-syntax",
    severity: Severity::Error,
    summary: "The file is not well-formed YAML (or not UTF-8 text at all).",
    why: "A file that does not parse contributes nothing: its events silently vanish from the \
          dictionary, the docs and the payload checks. tracklint reports it and checks every \
          other file anyway.",
    bad: "events:\n\tcheckout_started:   # a tab used for indentation\n    owner: web\n",
    good: "events:\n  checkout_started:\n    owner: web\n",
    fix: Fix::None,
};

pub static SCHEMA: Rule = Rule {
    id: "structure/schema",
    severity: Severity::Error,
    summary: "The file violates catalog.schema.yaml (unknown key, wrong type, bad enum value).",
    why: "A misspelt key (`ownr:`) is not an owner; a `consent: maybe` is no consent. The schema \
          catches what the rules would otherwise read as missing, at the exact node.",
    bad: "events:\n  checkout_started:\n    ownr: web\n    consent: maybe\n",
    good: "events:\n  checkout_started:\n    owner: web\n    consent: analytics\n",
    fix: Fix::None,
};

pub static DUPLICATE_KEY: Rule = Rule {
    id: "structure/duplicate-key",
    severity: Severity::Error,
    summary: "The same key appears twice in one mapping.",
    why: "YAML forbids it and tools disagree on which value wins: one reader keeps the first \
          definition, another the last, so two systems see two different events.",
    bad: "events:\n  order_completed:\n    owner: checkout\n  order_completed:\n    owner: payments\n",
    good: "events:\n  order_completed:\n    owner: checkout\n",
    fix: Fix::None,
};

pub static DUPLICATE_DEFINITION: Rule = Rule {
    id: "structure/duplicate-definition",
    severity: Severity::Error,
    summary: "An event, property or plan is defined in two places.",
    why: "One fact, one place: two definitions drift apart, and which one a consumer sees \
          depends on file order.",
    bad: "\
# file: dictionary/web.yaml
events:
  order_completed: {owner: web}
# file: dictionary/server.yaml
events:
  order_completed: {owner: payments}
",
    good: "\
# file: dictionary/web.yaml
events: {}   # order_completed is defined in dictionary/server.yaml only
",
    fix: Fix::None,
};

pub static UNKNOWN_PROPERTY: Rule = Rule {
    id: "structure/unknown-property",
    severity: Severity::Error,
    summary: "An event (or a plan, or the config) references a property the catalog does not define.",
    why: "A reference to nothing has no type, no description and no privacy class, so payloads \
          cannot be validated and nobody knows what the value means.",
    bad: "events:\n  order_completed:\n    properties:\n      ordr_id: required\n",
    good: "properties:\n  order_id: {type: string, description: Order identifier.}\nevents:\n  order_completed:\n    properties:\n      order_id: required\n",
    fix: Fix::None,
};

pub static UNKNOWN_EVENT: Rule = Rule {
    id: "structure/unknown-event",
    severity: Severity::Error,
    summary: "A plan lists an event the dictionary does not define, or a version it never had.",
    why: "Instrumentation for an undefined event ships data nobody documented; a pinned future \
          version means the plan and the dictionary disagree.",
    bad: "\
# file: dictionary.yaml
events:
  order_completed: {}
  checkout_started:
    version: 2
    changelog: [{version: 2, date: 2026-09-01, summary: cart_id added}]
# file: plans/web.yaml
plan: web_app
source: {kind: client}
identity: [anonymous_id]
events:
  order_complete: {}               # not in the dictionary
  checkout_started: {version: 3}   # the dictionary is at version 2
",
    good: "\
# file: plans/web.yaml
plan: web_app
source: {kind: client}
identity: [anonymous_id]
events:
  order_completed: {}
  checkout_started: {version: 2}
",
    fix: Fix::None,
};

pub static DEDUPE_KEY_UNKNOWN: Rule = Rule {
    id: "structure/dedupe-key-unknown",
    severity: Severity::Error,
    summary: "`dedupe_key` names no property of its event.",
    why: "The dedupe key is what makes client+server sends and retries count once; if the \
          property is not on the event, nothing is deduplicated.",
    bad: "\
events:
  order_completed:
    dedupe_key: order_uuid
    properties:
      order_id: {type: string, required: true}
",
    good: "\
events:
  order_completed:
    dedupe_key: order_id
    properties:
      order_id: {type: string, required: true}
",
    fix: Fix::None,
};

pub static REQUIRED_LIST: Rule = Rule {
    id: "structure/required-list",
    severity: Severity::Warning,
    summary: "An event's inline object property lists its required keys in a JSON Schema \
              `required: [..]` list; say `required: true` on each child instead.",
    why: "On an event's inline property `required` says whether the event must carry the \
          property itself. A pasted JSON Schema list there reads as that flag to a person and \
          to older tools; the same model says it with `required: true` on each child, at \
          every depth. The list still loads, as the children's requiredness.",
    bad: "\
events:
  order_completed:
    properties:
      delivery:
        type: object
        required: [country]
        properties:
          country: {type: string}
          zip: {type: string}
",
    good: "\
events:
  order_completed:
    properties:
      delivery:
        type: object
        properties:
          country: {required: true, type: string}
          zip: {type: string}
",
    fix: Fix::Safe,
};

pub static AMBIGUOUS_SCALAR: Rule = Rule {
    id: "structure/ambiguous-scalar",
    severity: Severity::Warning,
    summary: "An unquoted yes/no/on/off/y/n in an enum, example or const.",
    why: "tracklint reads YAML 1.2, where `no` is a string, but many pipelines read YAML 1.1, \
          where it is the boolean false: the Norway problem. Quoted, every tool agrees.",
    bad: "properties:\n  newsletter_opt_in:\n    type: string\n    enum: [yes, no]\n",
    good: "properties:\n  newsletter_opt_in:\n    type: string\n    enum: [\"yes\", \"no\"]\n",
    fix: Fix::Safe,
};

pub static UNKNOWN_FILE_KIND: Rule = Rule {
    id: "structure/unknown-file-kind",
    severity: Severity::Warning,
    summary: "A YAML file in the catalog looks like a catalog file but is neither a dictionary nor a plan.",
    why: "A file with `event:` or `plans:` at the top was meant to be loaded, but tracklint only \
          knows `events:`/`properties:` and `plan:`; without this warning its content would be \
          silently ignored.",
    bad: "event:\n  checkout_started:\n    owner: web\n",
    good: "events:\n  checkout_started:\n    owner: web\n",
    fix: Fix::None,
};

pub static INVALID_PATTERN: Rule = Rule {
    id: "structure/invalid-pattern",
    severity: Severity::Error,
    summary: "A `pattern` (or `patternProperties` key) does not compile as a regular expression, \
              or compiles to more than the regex budget.",
    why: "A pattern nobody can compile validates nothing: `validate` and the exported schemas \
          would have to drop the whole definition. A pattern that compiles to megabytes (`[\\p{L}]{500}`) \
          costs seconds and memory on every run.",
    bad: "properties:\n  currency:\n    type: string\n    pattern: \"^[A-Z{3}$\"\n",
    good: "properties:\n  currency:\n    type: string\n    pattern: \"^[A-Z]{3}$\"\n",
    fix: Fix::None,
};

pub const RULES: &[&Rule] = &[
    &YAML_SYNTAX,
    &SCHEMA,
    &DUPLICATE_KEY,
    &DUPLICATE_DEFINITION,
    &UNKNOWN_PROPERTY,
    &UNKNOWN_EVENT,
    &DEDUPE_KEY_UNKNOWN,
    &INVALID_PATTERN,
    &REQUIRED_LIST,
    &AMBIGUOUS_SCALAR,
    &UNKNOWN_FILE_KIND,
];

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    load_problems(cx, out);
    unknown_properties(cx, out);
    unknown_events(cx, out);
    dedupe_keys(cx, out);
    invalid_patterns(cx, out);
    required_lists(cx, out);
    ambiguous_scalars(cx, out);
}

/// An inline property of an event whose `required` is a list of its children.
fn required_lists(cx: &Context, out: &mut Vec<Diagnostic>) {
    for event in &cx.catalog.events {
        for property in &event.properties {
            let Some(def) = property.inline() else {
                continue;
            };
            let Some(list) = def.shape.as_ref().and_then(|s| s.required_list.as_ref()) else {
                continue;
            };
            let names: Vec<&str> = list.names.iter().map(|n| n.value.as_str()).collect();
            let mut diagnostic = REQUIRED_LIST
                .at(
                    list.key,
                    format!(
                        "property \"{}\" of event \"{}\" lists its required keys ({}) in a `required:` list",
                        property.name.value,
                        event.name.value,
                        crate::text::list(names.iter().copied())
                    ),
                )
                .with_help("say `required: true` on each child instead; `required` on an event's property is its own flag");
            for edit in per_child_fix(cx, def, list).unwrap_or_default() {
                diagnostic = diagnostic.with_edit(edit.span, edit.replacement);
            }
            out.push(diagnostic);
        }
    }
}

/// The edits that move a `required:` list to `required: true` on each child it names: the
/// list's line goes, each child gains the flag. None (no fix) when the layout is not one
/// this can edit safely: the list inside a flow mapping or with more on its lines, a name
/// with no definition of its own, a child that already says `required`.
fn per_child_fix(
    cx: &Context,
    def: &crate::catalog::PropertyDef,
    list: &crate::catalog::RequiredList,
) -> Option<Vec<crate::diagnostic::Edit>> {
    use crate::diagnostic::Edit;
    use crate::syntax::source::Span;
    let file = list.key.file;
    let text = cx.sources.get(file).text.as_str();
    let line_start = text
        .get(..list.key.offset as usize)?
        .rfind('\n')
        .map_or(0, |i| i + 1);
    if !text
        .get(line_start..list.key.offset as usize)?
        .trim()
        .is_empty()
    {
        return None;
    }
    // A collection's span is its opening token: the list ends after its last name, and for a
    // flow list at the `]` that follows.
    let last = list.names.last().map_or(list.span.end(), |n| n.span.end()) as usize;
    let end = if text.get(list.span.offset as usize..)?.starts_with('[') {
        let close = text.get(last..)?.find(']')?;
        if !text
            .get(last..last + close)?
            .trim_matches([' ', ','])
            .is_empty()
        {
            return None;
        }
        last + close + 1
    } else {
        last
    };
    let line_end = text
        .get(end..)?
        .find('\n')
        .map_or(text.len(), |i| end + i + 1);
    if !text.get(end..line_end)?.trim().is_empty() {
        return None;
    }
    let mut edits = vec![Edit {
        span: Span::new(file, line_start as u32, (line_end - line_start) as u32),
        replacement: String::new(),
    }];
    let shape = def.shape.as_ref()?;
    for name in &list.names {
        let child = shape
            .children()
            .iter()
            .find(|c| c.name.value == name.value)?;
        if child.required.is_some() || child.span.file != file {
            return None;
        }
        let at = child.span.offset as usize;
        let edit = if text.get(at..at + 1) == Some("{") {
            let empty = text.get(at + 1..)?.trim_start().starts_with('}');
            let flag = if empty {
                "required: true"
            } else {
                "required: true, "
            };
            Edit {
                span: Span::new(file, at as u32 + 1, 0),
                replacement: flag.to_owned(),
            }
        } else {
            // A block mapping: the flag goes on a line of its own before its first key.
            let start = text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
            let indent = text.get(start..at)?;
            // A block mapping starts its own line, at its first key (`key:`); a null value
            // is at the colon of its parent's line, a scalar has no colon.
            let first_line = text.get(at..)?.lines().next().unwrap_or_default();
            let is_key = first_line.ends_with(':') || first_line.contains(": ");
            if !indent.trim().is_empty() || !is_key {
                return None;
            }
            Edit {
                span: Span::new(file, at as u32, 0),
                replacement: format!("required: true\n{indent}"),
            }
        };
        edits.push(edit);
    }
    Some(edits)
}

fn invalid_patterns(cx: &Context, out: &mut Vec<Diagnostic>) {
    for bad in patterns::bad_patterns(cx.catalog) {
        out.push(
            INVALID_PATTERN
                .at(
                    bad.span,
                    format!(
                        "{} has a pattern that cannot be used: \"{}\": {}",
                        bad.place,
                        patterns::shown(bad.pattern),
                        bad.reason
                    ),
                )
                .with_span_label("invalid pattern")
                .with_help("fix the regular expression (JSON Schema's ECMA-262 dialect); instead of a long repetition of a class such as `[\\p{L}]{200}`, write `^[\\p{L}]+$` with a maxLength"),
        );
    }
}

fn load_problems(cx: &Context, out: &mut Vec<Diagnostic>) {
    for problem in &cx.catalog.problems {
        out.push(match problem {
            LoadProblem::YamlSyntax { span, message } => YAML_SYNTAX
                .at(*span, format!("malformed YAML: {message}"))
                .with_help("fix the syntax here; every other file was still checked"),
            LoadProblem::DuplicateKey { key, first, second } => DUPLICATE_KEY
                .at(
                    *second,
                    format!("key \"{key}\" appears twice in this mapping"),
                )
                .with_span_label("second definition")
                .with_label(*first, "first defined here")
                .with_help("keep one of them; YAML tools disagree on which one wins"),
            LoadProblem::Schema {
                span,
                message,
                help,
            } => SCHEMA.at(*span, message.clone()).with_help(help.clone()),
            LoadProblem::UnknownFileKind { span, key } => UNKNOWN_FILE_KIND
                .at(
                    *span,
                    format!(
                        "top-level key \"{key}\" makes this neither a dictionary nor a plan file"
                    ),
                )
                .with_help(
                    "a dictionary has `events:` and/or `properties:`, a plan has `plan:`; \
                     rename the key, or move the file out of the catalog",
                ),
            LoadProblem::DuplicateDefinition {
                what,
                name,
                first,
                second,
            } => DUPLICATE_DEFINITION
                .at(*second, format!("{what} \"{name}\" is defined twice"))
                .with_span_label("second definition")
                .with_label(*first, "first defined here")
                .with_help(format!(
                    "keep one definition of {what} \"{name}\" and delete the other"
                )),
        });
    }
}

fn unknown_properties(cx: &Context, out: &mut Vec<Diagnostic>) {
    let catalog = cx.catalog;
    // Built on the first unknown name, then shared by all of them.
    let mut known: Option<Suggester> = None;
    let mut help = |name: &str| {
        let known = known.get_or_insert_with(|| {
            Suggester::new(catalog.properties.iter().map(|p| p.name.value.as_str()))
        });
        match suggest(known, name) {
            Some(close) => format!(
                "did you mean \"{close}\"? Otherwise define \"{name}\" under `properties:` in a dictionary file"
            ),
            None => {
                format!(
                    "define \"{name}\" under `properties:` in a dictionary file, or fix the name"
                )
            }
        }
    };
    for event in &catalog.events {
        for property in &event.properties {
            if property.reference().is_some() && catalog.property(&property.name.value).is_none() {
                out.push(
                    UNKNOWN_PROPERTY
                        .at(
                            property.name.span,
                            format!(
                                "event \"{}\" references property \"{}\", which the catalog does not define",
                                event.name.value, property.name.value
                            ),
                        )
                        .with_span_label("unknown property")
                        .with_help(help(&property.name.value)),
                );
            }
        }
    }
    for plan in &catalog.plans {
        for name in &plan.required_properties {
            if catalog.property(&name.value).is_none() {
                out.push(
                    UNKNOWN_PROPERTY
                        .at(
                            name.span,
                            format!(
                                "plan \"{}\" requires property \"{}\", which the catalog does not define",
                                plan.id.value, name.value
                            ),
                        )
                        .with_help(help(&name.value)),
                );
            }
        }
    }
    for name in &cx.config.required_properties {
        if catalog.property(&name.value).is_none() {
            out.push(
                UNKNOWN_PROPERTY
                    .at(
                        name.span,
                        format!(
                            "`properties.required` names property \"{}\", which the catalog does not define",
                            name.value
                        ),
                    )
                    .with_help(help(&name.value)),
            );
        }
    }
}

fn unknown_events(cx: &Context, out: &mut Vec<Diagnostic>) {
    let catalog = cx.catalog;
    // Built on the first unknown event, then shared by all of them.
    let mut known: Option<Suggester> = None;
    for plan in &catalog.plans {
        for entry in &plan.events {
            let Some(event) = catalog.event(&entry.name.value) else {
                let known = known.get_or_insert_with(|| {
                    Suggester::new(catalog.events.iter().map(|e| e.name.value.as_str()))
                });
                let help = match suggest(known, &entry.name.value) {
                    Some(close) => format!(
                        "did you mean \"{close}\"? Otherwise define the event in a dictionary file"
                    ),
                    None => {
                        "define the event in a dictionary file, or remove it from the plan".into()
                    }
                };
                out.push(
                    UNKNOWN_EVENT
                        .at(
                            entry.name.span,
                            format!(
                                "plan \"{}\" lists event \"{}\", which the dictionary does not define",
                                plan.id.value, entry.name.value
                            ),
                        )
                        .with_span_label("unknown event")
                        .with_help(help),
                );
                continue;
            };
            if let Some(version) = &entry.version
                && version.value > event.version()
            {
                out.push(
                    UNKNOWN_EVENT
                        .at(
                            version.span,
                            format!(
                                "plan \"{}\" lists version {} of event \"{}\", which is only at version {}",
                                plan.id.value,
                                version.value,
                                entry.name.value,
                                event.version()
                            ),
                        )
                        .with_label(
                            event.version.as_ref().map_or(event.name.span, |v| v.span),
                            match &event.version {
                                Some(v) => format!("the dictionary has version {}", v.value),
                                None => "defined without `version:`, so at version 1".to_owned(),
                            },
                        )
                        .with_help(format!(
                            "pin a version the event has had (1 to {}), or use {{}} for the current one",
                            event.version()
                        )),
                );
            }
        }
    }
}

fn dedupe_keys(cx: &Context, out: &mut Vec<Diagnostic>) {
    for event in &cx.catalog.events {
        let Some(key) = &event.dedupe_key else {
            continue;
        };
        if event.property(&key.value).is_none() {
            let mut own = Suggester::new(event.properties.iter().map(|p| p.name.value.as_str()));
            let help = match suggest(&mut own, &key.value) {
                Some(close) => format!("did you mean \"{close}\"?"),
                None => format!(
                    "add \"{}\" to the event's properties, or name one of its properties",
                    key.value
                ),
            };
            out.push(
                DEDUPE_KEY_UNKNOWN
                    .at(
                        key.span,
                        format!(
                            "dedupe_key \"{}\" of event \"{}\" is not one of its properties",
                            key.value, event.name.value
                        ),
                    )
                    .with_help(help),
            );
        }
    }
}

fn ambiguous_scalars(cx: &Context, out: &mut Vec<Diagnostic>) {
    cx.catalog.each_constraints(|owner, constraints| {
        for keyword in &constraints.keywords {
            for item in &keyword.items {
                let Some(text) = item.value.as_str() else {
                    continue;
                };
                if item.plain && quote::is_yaml11_boolean(text) {
                    out.push(
                        AMBIGUOUS_SCALAR
                            .at(
                                item.span,
                                format!(
                                    "unquoted `{text}` in the {} of {owner} is a boolean to YAML 1.1 tools",
                                    keyword.name
                                ),
                            )
                            .with_help(format!("quote it: {}", quote::double_quoted(text)))
                            .with_edit(item.span, quote::double_quoted(text)),
                    );
                }
            }
        }
    });
}
