//! Library versions as payloads report them, read leniently: `4.1`, `v4.2.0-beta`, `4.1.0.7`
//! and `4.1.0+build` all compare as semver; what cannot be read is said, never guessed.

use std::cmp::Ordering;

/// A version read from a payload or from `min_library_version`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryVersion(semver::Version);

impl LibraryVersion {
    /// Reads `text` as semver after the usual deviations: a leading `v`, missing minor or patch
    /// (`4` and `4.1`), a fourth number (`4.1.0.7`, dropped), surrounding spaces. `None` when
    /// it still is not a version.
    pub fn parse(text: &str) -> Option<LibraryVersion> {
        let text = text.trim();
        let text = text
            .strip_prefix('v')
            .or_else(|| text.strip_prefix('V'))
            .unwrap_or(text);
        if let Ok(version) = semver::Version::parse(text) {
            return Some(LibraryVersion(version));
        }
        // Split the numeric core from a pre-release or build suffix.
        let core_end = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(text.len());
        let (core, suffix) = text.split_at(core_end);
        let numbers: Vec<&str> = core.split('.').collect();
        if numbers.is_empty()
            || numbers.len() > 4
            || numbers.iter().any(|n| n.is_empty() || n.len() > 18)
        {
            return None;
        }
        let part = |i: usize| numbers.get(i).copied().unwrap_or("0");
        let normalized = format!("{}.{}.{}{suffix}", part(0), part(1), part(2));
        semver::Version::parse(&normalized).ok().map(LibraryVersion)
    }

    /// Whether this version is older than `minimum` (pre-releases sort before their release,
    /// build metadata is ignored).
    pub fn is_below(&self, minimum: &LibraryVersion) -> bool {
        self.0.cmp_precedence(&minimum.0) == Ordering::Less
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> LibraryVersion {
        LibraryVersion::parse(text).unwrap_or_else(|| panic!("{text} should parse"))
    }

    #[test]
    fn reads_the_versions_found_in_the_wild() {
        assert_eq!(v("4.1"), v("4.1.0"));
        assert_eq!(v("v4.2.0-beta"), v("4.2.0-beta"));
        assert_eq!(v("4"), v("4.0.0"));
        assert_eq!(v(" 4.1.0.7 "), v("4.1.0"));
        assert!(v("4.2.0-beta").is_below(&v("4.2.0")));
        assert!(v("4.0.2").is_below(&v("4.1.0")));
        assert!(!v("4.1.0+build.5").is_below(&v("4.1.0")));
        assert!(!v("10.0.0").is_below(&v("9.9.9")));
        for unreadable in ["", "latest", "4..1", "x.y.z", "1.2.3.4.5", "٤.١"] {
            assert_eq!(LibraryVersion::parse(unreadable), None, "{unreadable}");
        }
    }
}
