//! Which rules a run reports, and at what severity: `--select`/`--ignore` (a [`Selection`])
//! and the config's `rules:` overrides ([`Severities`]). Both are decided before any rule runs.

use foldhash::HashMap as FastMap;

use crate::diagnostic::Severity;
use crate::engine::registry::{self, Selector, group_of};
use crate::error::{Error, Result};

/// Which rules run: `--select` and `--ignore` (rule ids or groups).
#[derive(Debug, Clone, Default)]
pub struct Selection {
    select: Vec<Selector>,
    ignore: Vec<Selector>,
}

impl Selection {
    /// Parses every id; an unknown one is a usage error (exit 2) with a "did you mean".
    pub fn new(select: &[String], ignore: &[String]) -> Result<Selection> {
        let parse = |flag: &str, ids: &[String]| -> Result<Vec<Selector>> {
            ids.iter()
                .map(|id| {
                    Selector::parse(id).ok_or_else(|| {
                        Error::Usage(format!(
                            "unknown rule or group \"{id}\" in {flag}; {}",
                            registry::hint_for(id)
                        ))
                    })
                })
                .collect()
        };
        Ok(Selection {
            select: parse("--select", select)?,
            ignore: parse("--ignore", ignore)?,
        })
    }

    pub fn includes(&self, rule: &str) -> bool {
        (self.select.is_empty() || self.select.iter().any(|s| s.matches(rule)))
            && !self.ignore.iter().any(|s| s.matches(rule))
    }
}

/// Severity overrides from `rules:` in the config: by rule id first, then by group.
#[derive(Debug, Clone, Default)]
pub struct Severities {
    by_rule: FastMap<String, Option<Severity>>,
    by_group: FastMap<String, Option<Severity>>,
}

impl Severities {
    /// Records an override; `None` turns the rules off.
    pub fn set(&mut self, selector: &Selector, severity: Option<Severity>) {
        match selector {
            Selector::Group(group) => self.by_group.insert((*group).to_owned(), severity),
            other => self.by_rule.insert(other.as_str().to_owned(), severity),
        };
    }

    /// The configured severity of a rule, or its default; `None` when it is off.
    pub fn of(&self, rule: &str, default: Severity) -> Option<Severity> {
        if let Some(&configured) = self.by_rule.get(rule) {
            return configured;
        }
        match self.by_group.get(group_of(rule)) {
            Some(&configured) => configured,
            None => Some(default),
        }
    }
}

/// Whether `rule` can report in this run: selected, and not turned off in the config.
pub fn enabled(rule: &str, severities: &Severities, selection: &Selection) -> bool {
    selection.includes(rule)
        && severities
            .of(
                rule,
                registry::find(rule).map_or(Severity::Error, |r| r.severity),
            )
            .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_prefer_the_rule_to_its_group() {
        let mut severities = Severities::default();
        severities.set(&Selector::parse("naming").unwrap(), Some(Severity::Warning));
        severities.set(&Selector::parse("naming/case").unwrap(), None);
        assert_eq!(severities.of("naming/case", Severity::Error), None);
        assert_eq!(
            severities.of("naming/style", Severity::Error),
            Some(Severity::Warning)
        );
        assert_eq!(
            severities.of("types/unstable", Severity::Error),
            Some(Severity::Error)
        );
    }
}
