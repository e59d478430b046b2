//! Edit distance and "did you mean" suggestions for names a user may have misspelt, and the
//! cutting of text for messages. Bounded on purpose: hostile input (thousands of unknown names
//! against a large dictionary, a name of a megabyte) costs about as much as clean input.

use std::borrow::Cow;

use foldhash::HashMap as FastMap;

/// Names (event, property and plan ids, and the names config lists) are kept to this many
/// bytes. Longer ones break `naming/max-length` anyway; cutting them where they are read keeps
/// a name of a megabyte from being copied into every message about every entry naming it.
pub const MAX_NAME_BYTES: usize = 1_024;

/// A name as kept: cut to [`MAX_NAME_BYTES`] on a character boundary.
pub fn kept_name(text: &str) -> String {
    cut(text, MAX_NAME_BYTES).into_owned()
}

/// Most items a message lists ("one of: a, b, c and 7 more").
pub const LIST_ITEMS: usize = 10;

/// Most bytes of one listed item.
pub const LIST_ITEM_BYTES: usize = 64;

/// `text` cut to at most `max` bytes on a character boundary, with `…` when it was cut.
pub fn cut(text: &str, max: usize) -> Cow<'_, str> {
    if text.len() <= max {
        return Cow::Borrowed(text);
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Cow::Owned(format!("{}…", &text[..end]))
}

/// Items for a message, comma-separated: at most [`LIST_ITEMS`], each cut to
/// [`LIST_ITEM_BYTES`], then "and N more". Config lists and plan ids are written by whoever
/// opened the pull request; a message repeated per event must not repeat a megabyte.
pub fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut shown = String::new();
    let mut more = 0usize;
    for (index, item) in items.into_iter().enumerate() {
        if index >= LIST_ITEMS {
            more += 1;
            continue;
        }
        if index > 0 {
            shown.push_str(", ");
        }
        shown.push_str(&cut(item, LIST_ITEM_BYTES));
    }
    if more > 0 {
        shown.push_str(&format!(" and {more} more"));
    }
    shown
}

/// Most candidates compared for one name: twice a whole 10,000-event dictionary (a quick pass
/// for one-edit typos, then one up to the limit). Event names mostly end in the `d` of a
/// past-tense verb, so a name whose first letter is wrong shares its last letter with thousands
/// of names of about its length.
pub const MAX_COMPARISONS_PER_NAME: usize = 20_000;

/// Most comparisons over one [`Suggester`]'s lifetime (one rule run, one suppression pass).
/// After that it suggests nothing. 2,000 one-letter typos against 10,000 names take about
/// 900,000.
pub const MAX_COMPARISONS_TOTAL: usize = 2_000_000;

/// Most work over one [`Suggester`]'s lifetime, in characters compared (cells of the distance
/// table): what bounds the time when names are long and alike, where one comparison may cost
/// hundreds of cells. 2,000 one-letter typos against 10,000 names take about 13 million;
/// 50 million is a fraction of a second.
pub const MAX_STEPS_TOTAL: usize = 50_000_000;

/// Names longer than this (in characters) get no suggestion and are never suggested: nobody
/// misspells a name that long by a few letters, and it bounds the work of one comparison.
pub const MAX_NAME_CHARS: usize = 128;

/// Calls `word` with each lowercase word of a name, split at separators and camelCase
/// boundaries, through one reused buffer. An acronym ends before a capital that starts a
/// lowercase word (`HTMLPageViewed`: html, page, viewed; `userIDVerified`: user, id,
/// verified), except the plural `s` of the acronym itself (`userIDs`: user, ids).
pub fn for_each_word(name: &str, buffer: &mut String, mut word: impl FnMut(&str)) {
    buffer.clear();
    let mut previous_lower = false;
    let mut previous_upper = false;
    let mut chars = name.chars();
    while let Some(c) = chars.next() {
        if !c.is_alphanumeric() {
            if !buffer.is_empty() {
                word(buffer);
                buffer.clear();
            }
            previous_lower = false;
            previous_upper = false;
            continue;
        }
        if c.is_uppercase() && !buffer.is_empty() {
            let acronym_ends = previous_upper && {
                let mut ahead = chars.clone();
                match (ahead.next(), ahead.next()) {
                    (Some('s'), after) => after.is_some_and(char::is_lowercase),
                    (Some(next), _) => next.is_lowercase(),
                    (None, _) => false,
                }
            };
            if previous_lower || acronym_ends {
                word(buffer);
                buffer.clear();
            }
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        previous_upper = c.is_uppercase();
        buffer.extend(c.to_lowercase());
    }
    if !buffer.is_empty() {
        word(buffer);
    }
}

/// The lowercase words of a name (see [`for_each_word`]), owned.
pub fn words_of(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut buffer = String::new();
    for_each_word(name, &mut buffer, |w| words.push(w.to_owned()));
    words
}

/// A name in snake_case (`Order Completed`, `orderCompleted`, `order-completed` →
/// `order_completed`); empty when it does not start with an ASCII letter.
pub fn to_snake_case(name: &str) -> String {
    let mut snake = String::with_capacity(name.len());
    let mut buffer = String::new();
    for_each_word(name, &mut buffer, |word| {
        let ascii = word.chars().filter(char::is_ascii_alphanumeric);
        if word.chars().any(|c| c.is_ascii_alphanumeric()) {
            if !snake.is_empty() {
                snake.push('_');
            }
            snake.extend(ascii);
        }
    });
    let starts_with_letter = snake.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
    if starts_with_letter {
        snake
    } else {
        String::new()
    }
}

/// Levenshtein distance in characters (plain, unbounded: for short texts only).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// Whether `a` is at most `limit` edits from `b`, where `b` is short (a fixed keyword): a long
/// `a` is rejected by its length before any comparison.
pub fn within_distance(a: &str, b: &str, limit: usize) -> bool {
    let longest = b.chars().count() + limit;
    if a.chars().take(longest + 1).count() > longest {
        return false;
    }
    edit_distance(a, b) <= limit
}

/// One name that may be suggested.
#[derive(Debug)]
struct Candidate<'a> {
    name: &'a str,
    /// Length in characters.
    length: usize,
    first: char,
    last: char,
}

/// "Did you mean" over a fixed set of names: built once, then asked for many names.
///
/// Only candidates within `limit` characters of a name's length that share its first or its
/// last letter are compared (a typo rarely hits both ends), with a banded Levenshtein that stops
/// as soon as every path is over the limit, on buffers reused from one comparison to the next.
#[derive(Debug)]
pub struct Suggester<'a> {
    candidates: Vec<Candidate<'a>>,
    /// (length in characters, first character) -> candidates, in the order given.
    by_first: FastMap<(usize, char), Vec<u32>>,
    /// (length in characters, last character) -> candidates, in the order given.
    by_last: FastMap<(usize, char), Vec<u32>>,
    /// The name without its first character -> candidates: the names one edit away that
    /// differ in the first letter, found without a scan.
    by_tail: FastMap<&'a str, Vec<u32>>,
    comparisons: usize,
    /// The name asked about, as characters.
    name: Vec<char>,
    scratch: Scratch,
}

/// Buffers reused by every comparison, and the work done with them.
#[derive(Debug, Default)]
struct Scratch {
    /// The name asked about as bytes, when it is ASCII (else empty).
    name_bytes: Vec<u8>,
    other: Vec<char>,
    row: Vec<usize>,
    /// Characters read and table cells computed, over the suggester's lifetime.
    steps: usize,
}

impl<'a> Suggester<'a> {
    pub fn new(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut suggester = Suggester {
            candidates: Vec::new(),
            by_first: FastMap::default(),
            by_last: FastMap::default(),
            by_tail: FastMap::default(),
            comparisons: 0,
            name: Vec::new(),
            scratch: Scratch::default(),
        };
        for name in names {
            suggester.add(name);
        }
        suggester
    }

    fn add(&mut self, name: &'a str) {
        let length = name.chars().take(MAX_NAME_CHARS + 1).count();
        let (Some(first), Some(last)) = (name.chars().next(), name.chars().next_back()) else {
            return;
        };
        if length > MAX_NAME_CHARS {
            return;
        }
        let Ok(index) = u32::try_from(self.candidates.len()) else {
            return;
        };
        self.candidates.push(Candidate {
            name,
            length,
            first,
            last,
        });
        self.by_first
            .entry((length, first))
            .or_default()
            .push(index);
        self.by_last.entry((length, last)).or_default().push(index);
        self.by_tail
            .entry(without_first(name))
            .or_default()
            .push(index);
    }

    /// The candidate closest to `name` within `limit` edits (ties: the smallest name), or
    /// nothing when none is that close or the work budget is spent.
    pub fn suggest(&mut self, name: &str, limit: usize) -> Option<&'a str> {
        self.suggest_where(name, limit, |_| limit)
    }

    /// Like [`Suggester::suggest`], but a candidate may set a tighter limit for itself
    /// (`limit` is the largest any candidate allows).
    pub fn suggest_where(
        &mut self,
        name: &str,
        limit: usize,
        limit_for: impl Fn(&str) -> usize,
    ) -> Option<&'a str> {
        self.name.clear();
        self.name.extend(name.chars().take(MAX_NAME_CHARS + 1));
        let (Some(&first), Some(&last)) = (self.name.first(), self.name.last()) else {
            return None;
        };
        if self.name.len() > MAX_NAME_CHARS || self.scratch.steps >= MAX_STEPS_TOTAL {
            return None;
        }
        self.scratch.name_bytes.clear();
        if name.is_ascii() {
            self.scratch.name_bytes.extend_from_slice(name.as_bytes());
        }
        let budget =
            MAX_COMPARISONS_PER_NAME.min(MAX_COMPARISONS_TOTAL.saturating_sub(self.comparisons));
        let mut search = Search {
            name: &self.name,
            first,
            last,
            limit,
            ceiling: limit,
            limit_for,
            budget,
            best: None,
        };
        let candidates = &self.candidates;
        let scratch = &mut self.scratch;
        // One edit away first, then up to the limit: most typos are one edit, and the tight
        // bound makes each comparison stop within a few characters. A pass that finds something
        // has seen every candidate that close, so its best is the best overall.
        let passes = if limit > 1 {
            [1, limit]
        } else {
            [limit, limit]
        };
        for (pass, ceiling) in passes.into_iter().enumerate() {
            if pass == 1 && ceiling == passes[0] {
                break;
            }
            search.ceiling = ceiling;
            // Names sharing the first letter first: most typos keep it.
            let mut more = search.scan(&self.by_first, candidates, Side::First, scratch);
            if more {
                more = match search.best {
                    // Nothing differing in the first letter can be closer than an exact match.
                    Some((0, _)) => true,
                    // One edit away with another first letter: the edit is at the start, so
                    // the candidate's tail is the name's, its tail or the name itself.
                    _ if ceiling <= 1 => {
                        let tail = without_first(name);
                        [tail, name, without_first(tail)].into_iter().all(|key| {
                            let bucket = self.by_tail.get(key).map_or(&[][..], Vec::as_slice);
                            search.compare_all(bucket, candidates, scratch)
                        })
                    }
                    _ => search.scan(&self.by_last, candidates, Side::Last, scratch),
                };
            }
            if search.best.is_some() || !more {
                break;
            }
        }
        self.comparisons += budget - search.budget;
        search.best.map(|(_, name)| name)
    }
}

/// Which letter a pass over the length buckets goes by.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    First,
    Last,
}

/// One name being looked up: the best candidate so far and the comparisons left.
struct Search<'n, 'a, F> {
    name: &'n [char],
    first: char,
    last: char,
    limit: usize,
    /// The most edits this pass looks for.
    ceiling: usize,
    limit_for: F,
    budget: usize,
    best: Option<(usize, &'a str)>,
}

impl<'a, F: Fn(&str) -> usize> Search<'_, 'a, F> {
    /// The largest distance still worth computing: a candidate further away cannot win.
    fn bound(&self) -> usize {
        let bound = self.limit.min(self.ceiling);
        self.best.map_or(bound, |(distance, _)| distance.min(bound))
    }

    /// Compares the candidates of one side's buckets, nearest lengths first; lengths further
    /// from the name than the best distance are skipped whole. False when the budget ran out.
    fn scan(
        &mut self,
        index: &FastMap<(usize, char), Vec<u32>>,
        candidates: &[Candidate<'a>],
        side: Side,
        scratch: &mut Scratch,
    ) -> bool {
        let length = self.name.len();
        let letter = match side {
            Side::First => self.first,
            Side::Last => self.last,
        };
        for step in 0..=2 * self.bound() {
            let Some(other_length) = nth_nearest(length, step) else {
                continue;
            };
            let Some(bucket) = index.get(&(other_length, letter)) else {
                continue;
            };
            for &candidate in bucket {
                // Out of reach of the best so far: so is the rest of this length.
                if other_length.abs_diff(length) > self.bound() {
                    break;
                }
                let Some(candidate) = candidates.get(candidate as usize) else {
                    continue;
                };
                // Sharing both letters, it was compared in the first-letter pass.
                if side == Side::Last && candidate.first == self.first {
                    continue;
                }
                if !self.compare(candidate, scratch) {
                    return false;
                }
            }
        }
        true
    }

    /// Compares every candidate of a bucket; false when the budget ran out.
    fn compare_all(
        &mut self,
        bucket: &[u32],
        candidates: &[Candidate<'a>],
        scratch: &mut Scratch,
    ) -> bool {
        bucket.iter().all(|&candidate| {
            candidates
                .get(candidate as usize)
                .is_none_or(|candidate| self.compare(candidate, scratch))
        })
    }

    /// Counts and makes one comparison; false when the budget is spent.
    fn compare(&mut self, candidate: &Candidate<'a>, scratch: &mut Scratch) -> bool {
        if scratch.steps >= MAX_STEPS_TOTAL {
            return false;
        }
        let Some(left) = self.budget.checked_sub(1) else {
            return false;
        };
        self.budget = left;
        if candidate.first != self.first && candidate.last != self.last {
            return true;
        }
        let bound = (self.limit_for)(candidate.name).min(self.bound());
        if candidate.length.abs_diff(self.name.len()) > bound {
            return true;
        }
        if let Some(distance) = bounded_distance(self.name, candidate.name, bound, scratch)
            && self
                .best
                .is_none_or(|held| (distance, candidate.name) < held)
        {
            self.best = Some((distance, candidate.name));
        }
        true
    }
}

/// A name without its first character.
fn without_first(name: &str) -> &str {
    let mut chars = name.chars();
    chars.next();
    chars.as_str()
}

/// The length `step` places away from `length` in the order length, -1, +1, -2, +2, ...
fn nth_nearest(length: usize, step: usize) -> Option<usize> {
    let distance = step.div_ceil(2);
    if step % 2 == 1 {
        length.checked_sub(distance)
    } else {
        Some(length + distance)
    }
}

/// The Levenshtein distance between `name` and `other` if it is at most `limit`, counted in
/// characters: on bytes when both are ASCII (most names), else on decoded characters.
fn bounded_distance(
    name: &[char],
    other: &str,
    limit: usize,
    scratch: &mut Scratch,
) -> Option<usize> {
    let Scratch {
        name_bytes,
        other: chars,
        row,
        steps,
    } = scratch;
    if other.is_ascii() && name.len() == name_bytes.len() {
        return banded_distance(name_bytes, other.as_bytes(), limit, row, steps);
    }
    chars.clear();
    chars.extend(other.chars());
    *steps += chars.len();
    banded_distance(name, chars, limit, row, steps)
}

/// Levenshtein within `limit`: only the band of cells within `limit` of the diagonal is
/// computed, and it stops as soon as a whole row of the band is over the limit. `row` is the
/// caller's buffer; `steps` counts the cells computed.
fn banded_distance<T: Copy + PartialEq>(
    name: &[T],
    other: &[T],
    limit: usize,
    row: &mut Vec<usize>,
    steps: &mut usize,
) -> Option<usize> {
    let (n, m) = (name.len(), other.len());
    if n.abs_diff(m) > limit {
        return None;
    }
    // Over the limit: every value above it is the same to us, and it cannot overflow.
    let over = limit + 1;
    row.clear();
    row.resize(m + 1, over);
    for (j, cell) in row.iter_mut().enumerate().take(limit.min(m) + 1) {
        *cell = j;
    }
    // Indices stay within `row` (m + 1 cells) and `other` (m): `high` is at most m, and
    // `start` at least 1.
    for (i, &letter) in name.iter().enumerate() {
        let i = i + 1;
        let low = i.saturating_sub(limit);
        let high = (i + limit).min(m);
        // `diagonal` is the previous row's cell left of the current one; `left` this row's.
        let (mut diagonal, mut left, start, mut row_min) = if low == 0 {
            let diagonal = row[0];
            row[0] = i.min(over);
            (diagonal, row[0], 1, row[0])
        } else {
            (row[low - 1], over, low, over)
        };
        *steps += (high + 1).saturating_sub(start);
        for j in start..=high {
            let up = row[j];
            let substitution = diagonal + usize::from(other[j - 1] != letter);
            let value = substitution.min(up + 1).min(left + 1).min(over);
            diagonal = up;
            row[j] = value;
            left = value;
            row_min = row_min.min(value);
        }
        if row_min > limit {
            return None;
        }
    }
    row.get(m).copied().filter(|&distance| distance <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_keeps_characters_whole_and_lists_stay_short() {
        assert_eq!(cut("abc", 3), "abc");
        assert_eq!(cut("aé", 2), "a…");
        let long = "x".repeat(1_000);
        let items: Vec<&str> = (0..25).map(|_| long.as_str()).collect();
        let shown = list(items);
        assert!(shown.ends_with(" and 15 more"), "{shown}");
        assert!(shown.len() < 10 * (LIST_ITEM_BYTES + 5) + 20);
        assert_eq!(list(["a", "b"]), "a, b");
    }

    /// A small deterministic generator, so the tests need no crate and always see the same
    /// pairs.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self, below: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((self.0 >> 33) as usize) % below
        }
    }

    fn bounded(a: &str, b: &str, limit: usize) -> Option<usize> {
        let name: Vec<char> = a.chars().collect();
        bounded_distance(&name, b, limit, &mut Scratch::default())
    }

    #[test]
    fn bounded_distance_equals_levenshtein() {
        let pairs = [
            ("", ""),
            ("", "abc"),
            ("abc", ""),
            ("kitten", "sitting"),
            ("flaw", "lawn"),
            ("owner", "ownr"),
            ("naming/vauge-word", "naming/vague-word"),
            ("café", "cafe"),
            ("café_öffnen", "cafe_offnen"),
            ("日本語", "日本"),
            ("日本語テキスト", "日本語テクスト"),
            ("😀a😀", "a😀a"),
            ("order_completed", "completed_order"),
            ("aaaaaaaaaa", "aaaaaaaaab"),
        ];
        for (a, b) in pairs {
            let plain = edit_distance(a, b);
            for limit in 0..=6 {
                let expected = (plain <= limit).then_some(plain);
                assert_eq!(bounded(a, b, limit), expected, "{a:?} {b:?} limit {limit}");
            }
        }
    }

    #[test]
    fn bounded_distance_equals_levenshtein_on_random_text() {
        let alphabet: Vec<char> = "abé日😀_".chars().collect();
        let mut random = Lcg(7);
        let word = |random: &mut Lcg| -> String {
            let length = random.next(9);
            (0..length)
                .map(|_| alphabet[random.next(alphabet.len())])
                .collect()
        };
        for _ in 0..3_000 {
            let (a, b) = (word(&mut random), word(&mut random));
            let plain = edit_distance(&a, &b);
            for limit in 0..=4 {
                let expected = (plain <= limit).then_some(plain);
                assert_eq!(
                    bounded(&a, &b, limit),
                    expected,
                    "{a:?} {b:?} limit {limit}"
                );
            }
        }
    }

    #[test]
    fn within_distance_rejects_long_text_by_length() {
        assert!(within_distance("evnets", "events", 2));
        assert!(!within_distance("evvvvnets", "events", 2));
        assert!(!within_distance(&"e".repeat(1_000_000), "events", 2));
    }

    #[test]
    fn suggests_the_closest_then_the_smallest_name() {
        let names = [
            "order_completed",
            "order_complete",
            "order_deleted",
            "page_viewed",
        ];
        let mut suggester = Suggester::new(names);
        assert_eq!(
            suggester.suggest("order_complet", 3),
            Some("order_complete")
        );
        assert_eq!(
            suggester.suggest("order_compleed", 3),
            Some("order_completed")
        );
        assert_eq!(suggester.suggest("page_veiwed", 3), Some("page_viewed"));
        // Only the last letter is shared.
        assert_eq!(suggester.suggest("xage_viewed", 3), Some("page_viewed"));
        // Neither end is shared: not compared.
        assert_eq!(suggester.suggest("xage_viewex", 3), None);
        assert_eq!(suggester.suggest("checkout_started", 3), None);
        assert_eq!(suggester.suggest("", 3), None);
        // Equal distance: the smaller name wins.
        let mut tie = Suggester::new(["abd", "abc"]);
        assert_eq!(tie.suggest("abx", 1), Some("abc"));
    }

    #[test]
    fn per_candidate_limits_are_respected() {
        let mut suggester = Suggester::new(["description", "owner"]);
        let limit_for = |candidate: &str| 2.max(candidate.chars().count() / 4);
        assert_eq!(
            suggester.suggest_where("ownerrr", 2, limit_for),
            Some("owner")
        );
        assert_eq!(suggester.suggest_where("ownerrrr", 2, limit_for), None);
    }

    #[test]
    fn one_edit_at_the_start_is_found_without_a_scan() {
        // Each time the name one edit away sharing the first letter is found first, and the
        // smaller name one edit away at the start (substituted, inserted, deleted) wins the tie.
        let mut substituted = Suggester::new(["mbce", "abcd"]);
        assert_eq!(substituted.suggest("mbcd", 1), Some("abcd"));
        let mut inserted = Suggester::new(["bce", "abcd"]);
        assert_eq!(inserted.suggest("bcd", 1), Some("abcd"));
        let mut deleted = Suggester::new(["xbce", "bcd"]);
        assert_eq!(deleted.suggest("xbcd", 1), Some("bcd"));
        // Two edits away with another first letter: found by the scan of the last letter.
        let mut scanned = Suggester::new(["qrcd", "zzzz"]);
        assert_eq!(scanned.suggest("abcd", 2), Some("qrcd"));
    }

    #[test]
    fn caps_hold() {
        // Every candidate shares the first letter and the length: the per-name cap decides.
        let names: Vec<String> = (0..2 * MAX_COMPARISONS_PER_NAME)
            .map(|i| format!("e{i:05}"))
            .collect();
        let mut suggester = Suggester::new(names.iter().map(String::as_str));
        let last = format!("{}x", names[names.len() - 1]);
        assert_eq!(suggester.suggest(&last, 1), None, "past the per-name cap");
        assert_eq!(suggester.comparisons, MAX_COMPARISONS_PER_NAME);
        assert_eq!(suggester.suggest("e00001x", 1), Some("e00001"));
        assert_eq!(suggester.comparisons, 2 * MAX_COMPARISONS_PER_NAME);
        // Spend the rest of the lifetime budget; then nothing is suggested.
        for _ in 0..MAX_COMPARISONS_TOTAL / MAX_COMPARISONS_PER_NAME {
            suggester.suggest("e99999x", 1);
        }
        assert_eq!(suggester.comparisons, MAX_COMPARISONS_TOTAL);
        assert!(suggester.scratch.steps < MAX_STEPS_TOTAL);
        assert_eq!(suggester.suggest("e00001x", 1), None);
        assert_eq!(suggester.comparisons, MAX_COMPARISONS_TOTAL);
    }

    #[test]
    fn the_work_cap_holds_on_long_alike_names() {
        // Every comparison runs the whole band: names three edits apart all along.
        let names: Vec<String> = (0..1_000)
            .map(|i| format!("{}{}", "a".repeat(100), code(i)))
            .collect();
        let mut suggester = Suggester::new(names.iter().map(String::as_str));
        let query = format!("{}ZZZZZ", "a".repeat(100));
        let mut queries = 0;
        while suggester.scratch.steps < MAX_STEPS_TOTAL && queries < 10_000 {
            assert_eq!(suggester.suggest(&query, 3), None);
            queries += 1;
        }
        assert!(
            suggester.scratch.steps >= MAX_STEPS_TOTAL,
            "{queries} queries"
        );
        // A little over the cap at most: one comparison's worth.
        assert!(suggester.scratch.steps < MAX_STEPS_TOTAL + 2 * (100 + 5) * 7);
        assert!(suggester.comparisons < MAX_COMPARISONS_TOTAL);
        let close = format!("{}{}", "a".repeat(100), code(1));
        assert_eq!(suggester.suggest(&format!("{close}x"), 3), None);
    }

    /// `code` of the integration tests: a distinct five-letter string for `i`.
    fn code(mut i: usize) -> String {
        let mut out = String::new();
        for _ in 0..5 {
            out.push(char::from(b'a' + (i % 26) as u8));
            i /= 26;
        }
        out
    }

    #[test]
    fn long_names_are_neither_suggested_nor_answered() {
        let long = "a".repeat(MAX_NAME_CHARS + 1);
        let mut suggester = Suggester::new([long.as_str(), "ab"]);
        assert_eq!(suggester.suggest(&format!("{long}b"), 3), None);
        assert_eq!(suggester.suggest(&long[1..], 1), None);
        assert_eq!(suggester.suggest("abb", 1), Some("ab"));
    }
}
