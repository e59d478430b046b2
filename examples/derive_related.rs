//! Derives tracklint's table of related words (src/lint/words/related.txt) from WordNet 3.0:
//! the derivations that keep one meaning (a noun of action and its verb, an adverb and its
//! adjective) and the synonyms of nouns, for `naming/near-duplicate`.
//!
//! ```text
//! apt-get install -y wordnet-base
//! cargo run --example derive_related -- /usr/share/wordnet > src/lint/words/related.txt
//! ```
//!
//! A line of the table is `word [root] [id ...]`:
//! - `root` (letters): the word is a derivation of one meaning of the root. A noun of action
//!   and its verb (`validation validate`): a lexical `+` pointer from an act, event or process
//!   sense in data.noun, the noun the verb's spelling plus an action suffix (-ion, -ment, -al,
//!   -ance, -ure, ...), sharing all but at most three letters of the verb, and the verb not
//!   seen more often as a noun in WordNet's tagged corpus (cntlist.rev: `statement` is no
//!   `state`, `storage` no `store`). An adverb and its adjective (`previously previous`): a
//!   lexical `\` pointer in data.adv, the adverb the adjective plus -ly and seen in the tagged
//!   corpus, and the adjective not seen more often as a noun (`manually` is left alone: a
//!   manual is a book).
//! - `=root`: the word is what the verb root says, found like a noun of action but from a
//!   noun.communication sense (`invitation =invite`, `confirmation =confirm`).
//! - `id` (digits): a data.noun synset the word belongs to in a well-used sense (tagged in
//!   cntlist.rev at least half as often as the word's most frequent sense) that another word
//!   of the table also has in a well-used sense (`comment` and `remark` share 06765044).
//! - `^id`: the direct hypernym of one of the word's tagged senses whose gloss defines the
//!   word by a word of that hypernym, "a comment or instruction (usually added)" for `note`:
//!   the note is a comment (06762711). `~id`: a tagged sense of the word that is another
//!   word's `^id` and not well-used enough to be an `id` (`comment` in 06762711).
//!
//! - `+id`: any other data.noun synset of the word that another one-word noun holds in any
//!   sense (`gratuity` and `tip`, `spectacles` and `glasses`), and `xid`, any other data.verb
//!   synset of a verb another one-word verb holds in any sense (`book` and `reserve`), and
//!   `yid`, a verb synset two steps up at most from one of the verb's senses that another
//!   one-word verb holds (`update` is a way to `modify`, a way to `change`): loose synonyms,
//!   paired only when the two names' descriptions tell them alike.
//!
//! Verbs are one word or a phrasal verb of a word and a particle (`pick_up`, `turn_down`),
//! which a name writes as two words (`picked_up`).
//!
//! Two names that differ in one noun pair when the nouns share an `id`, or one has `^id` and
//! the other `id` or `~id`. Loose synonymy (`account` and `report` share "a short account of
//! the news", `card` and `menu` "bill of fare") is kept out by the sense counts where it can
//! be, and by the definitions of the two names where it cannot (src/lint/naming).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Suffixes of nouns of action, longest first: `validation`, `payment`, `removal`,
/// `acceptance`, `failure`, `delivery`. Not agent nouns (`user`, `creator`) or gerunds
/// (`booking`): a user is no use, a booking no book.
const ACTION_SUFFIXES: &[&str] = &[
    "ation", "ition", "ution", "tion", "sion", "ion", "ment", "ance", "ence", "ure", "ery", "al",
    "y",
];

/// The most letters of the verb a noun of action may change (`describe` -> `description`).
const MAX_CHANGED_LETTERS: usize = 3;

/// The lexicographer files of nouns of action: noun.act (04), noun.event (11) and
/// noun.process (22). A derivation pointer from another sense names a thing, not the action
/// (`creature` -> create, from noun.animal).
const ACTION_FILES: &[u8] = &[4, 11, 22];

/// The lexicographer file of what a verb says, noun.communication (10): `invitation` is what
/// one invites with, `confirmation` what one confirms with. The near-duplicate key reads them
/// as their verb (`invite_sent`, `invitation_sent`); they are not actions a rename could
/// inflect (`sales_conference` is no `sales_conferred`).
const MESSAGE_FILES: &[u8] = &[10];

/// WordNet 3.0's licence, which every table derived from it carries at its top.
const LICENCE: &str = include_str!("../src/lint/words/wordnet-licence.txt");

/// One pointer of a synset: `+ 01020952 v 0301` is a derivation from this synset's third word
/// to the other synset's first word (0 and 0: between the synsets as a whole).
struct Pointer {
    symbol: String,
    offset: String,
    pos: char,
    source: usize,
    target: usize,
}

/// One line of a data.* file.
struct Synset {
    lex_file: u8,
    /// Lowercase lemmas (syntactic markers such as `(a)` removed) and their lex ids.
    words: Vec<(String, u8)>,
    pointers: Vec<Pointer>,
    gloss: String,
}

impl Synset {
    /// The synsets this one is a kind of (its `@` pointers).
    fn hypernyms(&self) -> impl Iterator<Item = &str> {
        self.pointers
            .iter()
            .filter(|p| p.symbol == "@")
            .map(|p| p.offset.as_str())
    }

    /// The word a lexical pointer leaves from or arrives at (1-based; 0 is none).
    fn word(&self, number: usize) -> Option<&str> {
        let index = number.checked_sub(1)?;
        self.words.get(index).map(|(w, _)| w.as_str())
    }
}

type Synsets = HashMap<String, Synset>;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        return Err("usage: derive_related WORDNET_DIR (e.g. /usr/share/wordnet)".into());
    };
    let dir = Path::new(dir);
    let read = |file: &str| std::fs::read_to_string(dir.join(file));
    let nouns = synsets(&read("data.noun")?)?;
    let verbs = synsets(&read("data.verb")?)?;
    let adjectives = synsets(&read("data.adj")?)?;
    let adverbs = synsets(&read("data.adv")?)?;
    let counts = SenseCounts::parse(&read("cntlist.rev")?)?;
    let noun_index = read("index.noun")?;

    let mut roots = nouns_of_action(&nouns, &verbs, &counts, ACTION_FILES);
    for (noun, verb) in nouns_of_action(&nouns, &verbs, &counts, MESSAGE_FILES) {
        roots.entry(noun).or_insert(format!("={verb}"));
    }
    roots.extend(adverbs_of_adjectives(&adverbs, &adjectives, &counts));
    let senses = noun_senses(&noun_index, &nouns, &counts);
    let ids = synonym_ids(&senses, &nouns);
    let verb_index = read("index.verb")?;
    let verb_synsets = verbs;
    let verbs = verb_synonyms(&verb_index, &verb_synsets);
    let others = Others {
        nouns: other_senses(&noun_index, None, is_word),
        verbs: other_senses(&verb_index, Some(&verb_synsets), is_verb_lemma),
    };
    print!("{}", table(&roots, &ids, &verbs, &others));
    Ok(())
}

/// Verbs related in their well-used senses (index.verb lists a lemma's senses most frequent
/// first), each relation with the synset that makes it:
/// - `v`: the most frequent sense, when it is another one-word verb's most frequent or second
///   sense too (complete and finish, begin and start, buy and purchase), or the broader verb
///   another verb's most frequent sense is a kind of (`remove`, of `delete`);
/// - `w`: the second sense, when it is another verb's first or second (grant and award);
/// - `t`: the third sense, when it is another verb's first, second or third (finish and end,
///   make and create, watch and view);
/// - `u`: the direct hypernym of the most frequent sense, when it is another verb's most
///   frequent sense (`delete` is a way to `remove`, `verify` to `confirm`).
///
/// `delete`'s main sense is {delete, cancel}, but `cancel`'s is {cancel, call off}: neither
/// is the other's first or second, so they are no pair.
fn verb_synonyms(index: &str, verbs: &Synsets) -> BTreeMap<String, Vec<String>> {
    // lemma -> (first sense, second sense, third sense)
    let mut senses: BTreeMap<&str, (&str, Option<&str>, Option<&str>)> = BTreeMap::new();
    for (lemma, offsets) in index_entries(index) {
        if let Some(&first) = offsets.first()
            && is_verb_lemma(lemma)
        {
            senses.insert(
                lemma,
                (first, offsets.get(1).copied(), offsets.get(2).copied()),
            );
        }
    }
    let hypernyms = |synset: &str| verbs.get(synset).into_iter().flat_map(Synset::hypernyms);
    // How many verbs hold each synset as their first sense, as their second, and as the
    // hypernym of their first.
    let mut firsts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut seconds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut thirds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut broader: BTreeMap<&str, usize> = BTreeMap::new();
    for (first, second, third) in senses.values() {
        *firsts.entry(first).or_default() += 1;
        if let Some(second) = second {
            *seconds.entry(second).or_default() += 1;
        }
        if let Some(third) = third {
            *thirds.entry(third).or_default() += 1;
        }
        for hypernym in hypernyms(first) {
            *broader.entry(hypernym).or_default() += 1;
        }
    }
    let count = |map: &BTreeMap<&str, usize>, synset: &str| map.get(synset).copied().unwrap_or(0);
    let mut related = BTreeMap::new();
    for (lemma, (first, second, third)) in &senses {
        let mut ids = Vec::new();
        // Another verb's first (besides this one), second, or a kind of it.
        if count(&firsts, first) > 1 || count(&seconds, first) > 0 || count(&broader, first) > 0 {
            ids.push(format!("v{first}"));
        }
        if let Some(second) = second
            && (count(&firsts, second) > 0 || count(&seconds, second) > 1)
        {
            ids.push(format!("w{second}"));
        }
        if let Some(third) = third
            && (count(&firsts, third) > 0
                || count(&seconds, third) > 0
                || count(&thirds, third) > 1)
        {
            ids.push(format!("t{third}"));
        }
        for hypernym in hypernyms(first) {
            if count(&firsts, hypernym) > 0 {
                ids.push(format!("u{hypernym}"));
            }
        }
        if !ids.is_empty() {
            related.insert((*lemma).to_owned(), ids);
        }
    }
    related
}

/// Each one-word lemma's senses (index.noun or index.verb, most frequent first) that another
/// one-word lemma holds in any sense, or, for verbs, has two steps up at most: the loose
/// synonyms (`gratuity` and `tip`, `book` and `reserve`) that only descriptions that tell them
/// alike make a pair. For verbs (`hypernyms` given), also the broader verbs two steps up at
/// most from any of the verb's senses that another one-word verb holds (`update` is a way to
/// `modify`, a way to `change`).
fn other_senses(
    index: &str,
    hypernyms: Option<&Synsets>,
    is_lemma: fn(&str) -> bool,
) -> BTreeMap<String, OtherSenses> {
    let mut senses: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut holders: HashMap<&str, usize> = HashMap::new();
    for (lemma, offsets) in index_entries(index).filter(|(lemma, _)| is_lemma(lemma)) {
        for offset in &offsets {
            *holders.entry(offset).or_default() += 1;
        }
        senses.push((lemma, offsets));
    }
    let up = |offset: &str| {
        hypernyms
            .and_then(|synsets| synsets.get(offset))
            .into_iter()
            .flat_map(Synset::hypernyms)
    };
    let mut broader: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut targets: BTreeSet<&str> = BTreeSet::new();
    for (lemma, offsets) in &senses {
        let mut found: Vec<&str> = Vec::new();
        for offset in offsets {
            for parent in up(offset) {
                for ancestor in std::iter::once(parent).chain(up(parent)) {
                    let held = holders.get(ancestor).copied().unwrap_or(0) > 0;
                    if held && !offsets.contains(&ancestor) && !found.contains(&ancestor) {
                        found.push(ancestor);
                    }
                }
            }
        }
        targets.extend(found.iter().copied());
        if !found.is_empty() {
            broader.insert(lemma, found);
        }
    }
    senses
        .into_iter()
        .filter_map(|(lemma, offsets)| {
            let shared: Vec<String> = offsets
                .into_iter()
                .filter(|offset| {
                    holders.get(offset).copied().unwrap_or(0) > 1 || targets.contains(offset)
                })
                .map(str::to_owned)
                .collect();
            let broader: Vec<String> = broader
                .remove(lemma)
                .unwrap_or_default()
                .into_iter()
                .map(str::to_owned)
                .collect();
            let found = !shared.is_empty() || !broader.is_empty();
            found.then(|| (lemma.to_owned(), OtherSenses { shared, broader }))
        })
        .collect()
}

/// What [`other_senses`] finds of one word.
struct OtherSenses {
    shared: Vec<String>,
    broader: Vec<String>,
}

/// The loose synonyms of [`other_senses`], of nouns and of verbs.
struct Others {
    nouns: BTreeMap<String, OtherSenses>,
    verbs: BTreeMap<String, OtherSenses>,
}

/// The lemmas of an index.noun or index.verb file, each with its synsets, most frequent sense
/// first (`lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...`;
/// its licence lines start with a space).
fn index_entries(index: &str) -> impl Iterator<Item = (&str, Vec<&str>)> {
    index
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let pointers: usize = fields.get(3)?.parse().ok()?;
            let offsets = fields.get(4 + pointers + 2..).unwrap_or_default();
            Some((*fields.first()?, offsets.to_vec()))
        })
}

/// Every synset of a data.* file, by offset (its licence lines start with a space).
fn synsets(text: &str) -> Result<Synsets> {
    let mut out = HashMap::new();
    for line in text.lines().filter(|l| !l.starts_with(' ')) {
        let (fields, gloss) = line.split_once(" | ").unwrap_or((line, ""));
        let fields: Vec<&str> = fields.split_whitespace().collect();
        let bad = || format!("unreadable synset line: {line}");
        let [offset, lex_file, _, count, ..] = fields.as_slice() else {
            return Err(bad().into());
        };
        let word_count = usize::from_str_radix(count, 16)?;
        let mut at = 4;
        let mut words = Vec::with_capacity(word_count);
        for _ in 0..word_count {
            let (Some(lemma), Some(lex_id)) = (fields.get(at), fields.get(at + 1)) else {
                return Err(bad().into());
            };
            // `previous(a)`: the marker says where an adjective may stand, not the word.
            let lemma = lemma.split('(').next().unwrap_or(lemma).to_lowercase();
            words.push((lemma, u8::from_str_radix(lex_id, 16)?));
            at += 2;
        }
        let pointer_count: usize = fields.get(at).ok_or_else(bad)?.parse()?;
        at += 1;
        let mut pointers = Vec::with_capacity(pointer_count);
        for _ in 0..pointer_count {
            let [symbol, offset, pos, ends] = fields.get(at..at + 4).ok_or_else(bad)? else {
                return Err(bad().into());
            };
            let ends = u16::from_str_radix(ends, 16)?;
            pointers.push(Pointer {
                symbol: (*symbol).to_owned(),
                offset: (*offset).to_owned(),
                pos: pos.chars().next().unwrap_or(' '),
                source: usize::from(ends >> 8),
                target: usize::from(ends & 0xff),
            });
            at += 4;
        }
        out.insert(
            (*offset).to_owned(),
            Synset {
                lex_file: lex_file.parse()?,
                words,
                pointers,
                gloss: gloss.trim().to_owned(),
            },
        );
    }
    Ok(out)
}

/// How often WordNet's tagged corpus saw each sense (cntlist.rev: `sense_key sense_number
/// tag_cnt`), and each lemma as a part of speech.
struct SenseCounts {
    by_sense: HashMap<String, u32>,
    /// (lemma, synset type: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 satellite) -> count.
    by_lemma: HashMap<(String, u8), u32>,
}

impl SenseCounts {
    fn parse(text: &str) -> Result<SenseCounts> {
        let mut counts = SenseCounts {
            by_sense: HashMap::new(),
            by_lemma: HashMap::new(),
        };
        for line in text.lines() {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let [key, _, count] = fields.as_slice() else {
                return Err(format!("unreadable cntlist.rev line: {line}").into());
            };
            let count: u32 = count.parse()?;
            let Some((lemma, rest)) = key.split_once('%') else {
                continue;
            };
            let kind = rest.get(..1).and_then(|k| k.parse().ok()).unwrap_or(0);
            *counts.by_lemma.entry((lemma.to_owned(), kind)).or_default() += count;
            counts.by_sense.insert((*key).to_owned(), count);
        }
        Ok(counts)
    }

    /// How often `lemma` was tagged in the noun synset `synset`.
    fn noun_sense(&self, lemma: &str, synset: &Synset) -> u32 {
        let Some((_, lex_id)) = synset.words.iter().find(|(w, _)| w == lemma) else {
            return 0;
        };
        let key = format!("{lemma}%1:{:02}:{lex_id:02}::", synset.lex_file);
        self.by_sense.get(&key).copied().unwrap_or(0)
    }

    fn lemma(&self, lemma: &str, kinds: &[u8]) -> u32 {
        kinds
            .iter()
            .map(|&kind| {
                self.by_lemma
                    .get(&(lemma.to_owned(), kind))
                    .copied()
                    .unwrap_or(0)
            })
            .sum()
    }

    /// Seen more often as a noun than as `kinds` (the verb, or the adjective).
    fn mostly_noun(&self, lemma: &str, kinds: &[u8]) -> bool {
        self.lemma(lemma, &[1]) > self.lemma(lemma, kinds)
    }
}

fn is_word(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_lowercase())
}

/// A one-word verb, or a phrasal verb of a word and a particle (`pick_up`, `turn_down`), as a
/// name writes it (`picked_up`).
fn is_verb_lemma(text: &str) -> bool {
    match text.split_once('_') {
        Some((verb, particle)) => is_word(verb) && PHRASAL_PARTICLES.contains(&particle),
        None => is_word(text),
    }
}

/// The particles a phrasal verb of the table ends in.
const PHRASAL_PARTICLES: &[&str] = &[
    "away", "back", "down", "in", "off", "on", "out", "over", "through", "up",
];

fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

/// Nouns of action -> their verb: `validation validate`, `deletion delete`, `payment pay`
/// (from the senses of `files`, [`ACTION_FILES`] or [`MESSAGE_FILES`]). When WordNet links a
/// noun to several verbs, the one whose spelling it keeps most of (`deduction`: deduct, not
/// deduce), then the one seen most often.
fn nouns_of_action(
    nouns: &Synsets,
    verbs: &Synsets,
    counts: &SenseCounts,
    files: &[u8],
) -> BTreeMap<String, String> {
    let mut candidates: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for synset in nouns.values().filter(|s| files.contains(&s.lex_file)) {
        for pointer in synset
            .pointers
            .iter()
            .filter(|p| p.symbol == "+" && p.pos == 'v')
        {
            let noun = synset.word(pointer.source);
            let verb = verbs
                .get(&pointer.offset)
                .and_then(|v| v.word(pointer.target));
            let (Some(noun), Some(verb)) = (noun, verb) else {
                continue;
            };
            if is_noun_of_action(noun, verb) && !counts.mostly_noun(verb, &[2]) {
                candidates
                    .entry(noun.to_owned())
                    .or_default()
                    .insert(verb.to_owned());
            }
        }
    }
    candidates
        .into_iter()
        .filter_map(|(noun, verbs)| {
            let best = verbs.into_iter().max_by(|a, b| {
                common_prefix(&noun, a)
                    .cmp(&common_prefix(&noun, b))
                    .then(counts.lemma(a, &[2]).cmp(&counts.lemma(b, &[2])))
                    .then(b.cmp(a))
            })?;
            Some((noun, best))
        })
        .collect()
}

/// `validation` of validate: the verb's spelling, but for its last few letters, then an
/// action suffix.
fn is_noun_of_action(noun: &str, verb: &str) -> bool {
    is_word(noun)
        && is_word(verb)
        && noun.len() > verb.len()
        && ACTION_SUFFIXES.iter().any(|s| noun.ends_with(s))
        && common_prefix(noun, verb) >= 3.max(verb.len().saturating_sub(MAX_CHANGED_LETTERS))
}

/// Adverbs -> their adjective: `previously previous`, `automatically automatic`.
fn adverbs_of_adjectives(
    adverbs: &Synsets,
    adjectives: &Synsets,
    counts: &SenseCounts,
) -> BTreeMap<String, String> {
    let mut candidates: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for synset in adverbs.values() {
        for pointer in synset.pointers.iter().filter(|p| p.symbol == "\\") {
            let adverb = synset.word(pointer.source);
            let adjective = adjectives
                .get(&pointer.offset)
                .and_then(|a| a.word(pointer.target));
            let (Some(adverb), Some(adjective)) = (adverb, adjective) else {
                continue;
            };
            if is_word(adverb)
                && is_word(adjective)
                && adverb_forms(adjective).contains(&adverb.to_owned())
                && counts.lemma(adverb, &[4]) > 0
                && !counts.mostly_noun(adjective, &[3, 5])
            {
                candidates
                    .entry(adverb.to_owned())
                    .or_default()
                    .insert(adjective.to_owned());
            }
        }
    }
    // An adverb of two adjectives (`historically`: historic, historical) says neither.
    candidates
        .into_iter()
        .filter(|(_, adjectives)| adjectives.len() == 1)
        .filter_map(|(adverb, adjectives)| Some((adverb, adjectives.into_iter().next()?)))
        .collect()
}

/// The -ly adverbs an adjective makes: quick -> quickly, easy -> easily, automatic ->
/// automatically, simple -> simply, true -> truly, full -> fully.
fn adverb_forms(adjective: &str) -> Vec<String> {
    let mut forms = vec![format!("{adjective}ly")];
    if let Some(stem) = adjective.strip_suffix('y') {
        forms.push(format!("{stem}ily"));
    }
    if adjective.ends_with("ic") {
        forms.push(format!("{adjective}ally"));
    }
    if let Some(stem) = adjective.strip_suffix('e') {
        forms.push(format!("{stem}y"));
        forms.push(format!("{stem}ly"));
    }
    if adjective.ends_with("ll") {
        forms.push(format!("{adjective}y"));
    }
    forms
}

/// The noun senses of each one-word lemma seen in the tagged corpus: (synset, count, the
/// count of the lemma's most frequent sense).
struct NounSenses {
    /// lemma -> (synset offset, tagged count), in index.noun's order.
    tagged: BTreeMap<String, Vec<(String, u32)>>,
}

impl NounSenses {
    /// A sense seen at least half as often as the lemma's most frequent one.
    fn well_used(&self, lemma: &str) -> BTreeSet<&str> {
        let Some(senses) = self.tagged.get(lemma) else {
            return BTreeSet::new();
        };
        let top = senses.iter().map(|(_, c)| *c).max().unwrap_or(0);
        senses
            .iter()
            .filter(|(_, c)| 2 * c >= top)
            .map(|(s, _)| s.as_str())
            .collect()
    }
}

fn noun_senses(index: &str, nouns: &Synsets, counts: &SenseCounts) -> NounSenses {
    let mut tagged = BTreeMap::new();
    for (lemma, offsets) in index_entries(index).filter(|(lemma, _)| is_word(lemma)) {
        let senses: Vec<(String, u32)> = offsets
            .iter()
            .filter_map(|offset| {
                let count = counts.noun_sense(lemma, nouns.get(*offset)?);
                (count > 0).then(|| ((*offset).to_owned(), count))
            })
            .collect();
        if !senses.is_empty() {
            tagged.insert((*lemma).to_owned(), senses);
        }
    }
    NounSenses { tagged }
}

/// What a synonym line says of one word.
#[derive(Default)]
struct Ids {
    members: BTreeSet<String>,
    hypernyms: BTreeSet<String>,
    targets: BTreeSet<String>,
}

/// The ids of each noun that another noun shares (see the module's doc comment).
fn synonym_ids(senses: &NounSenses, nouns: &Synsets) -> BTreeMap<String, Ids> {
    let well_used: BTreeMap<&str, BTreeSet<&str>> = senses
        .tagged
        .keys()
        .map(|lemma| (lemma.as_str(), senses.well_used(lemma)))
        .collect();
    let mut holders: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (lemma, ids) in &well_used {
        for id in ids {
            holders.entry(id).or_default().insert(lemma);
        }
    }
    let mut tagged_holders: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (lemma, list) in &senses.tagged {
        for (id, _) in list {
            tagged_holders.entry(id).or_default().insert(lemma);
        }
    }
    // `note`'s "a comment or instruction": a hypernym the gloss names the word by, which
    // another word has as a tagged sense.
    let mut hypernyms: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (lemma, list) in &senses.tagged {
        for (id, _) in list {
            let Some(synset) = nouns.get(id) else {
                continue;
            };
            for offset in synset.hypernyms() {
                let Some(hypernym) = nouns.get(offset) else {
                    continue;
                };
                let others = tagged_holders
                    .get(offset)
                    .is_some_and(|h| h.iter().any(|other| other != lemma));
                if others && defines_by(&synset.gloss, hypernym) {
                    hypernyms.entry(lemma.as_str()).or_default().insert(offset);
                }
            }
        }
    }
    let mut hypernym_of: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (lemma, ids) in &hypernyms {
        for id in ids {
            hypernym_of.entry(id).or_default().insert(lemma);
        }
    }
    let mut out: BTreeMap<String, Ids> = BTreeMap::new();
    for (lemma, list) in &senses.tagged {
        let mut ids = Ids::default();
        let main = &well_used[lemma.as_str()];
        for (id, _) in list {
            let shared = holders
                .get(id.as_str())
                .is_some_and(|h| h.iter().any(|other| other != lemma));
            let named = hypernym_of
                .get(id.as_str())
                .is_some_and(|h| h.iter().any(|other| other != lemma));
            if main.contains(id.as_str()) && (shared || named) {
                ids.members.insert(id.clone());
            } else if named {
                ids.targets.insert(id.clone());
            }
        }
        if let Some(found) = hypernyms.get(lemma.as_str()) {
            ids.hypernyms = found.iter().map(|id| (*id).to_owned()).collect();
        }
        if !ids.members.is_empty() || !ids.hypernyms.is_empty() || !ids.targets.is_empty() {
            out.insert(lemma.clone(), ids);
        }
    }
    out
}

/// Whether a gloss defines its word as one of `hypernym`'s words: "a comment or
/// instruction" for comment, not "a payment for consecutive issues" for payment (a kind of
/// payment is no payment).
fn defines_by(gloss: &str, hypernym: &Synset) -> bool {
    let definition = gloss.split(';').next().unwrap_or_default().trim();
    let definition = definition.to_lowercase();
    let rest = ["a ", "an ", "the "]
        .iter()
        .find_map(|article| definition.strip_prefix(article))
        .unwrap_or(&definition);
    hypernym.words.iter().any(|(word, _)| {
        let word = word.replace('_', " ");
        rest.strip_prefix(word.as_str()).is_some_and(|after| {
            after.is_empty()
                || after.starts_with(" or ")
                || after.starts_with(',')
                || after.starts_with(" (")
        })
    })
}

/// The table text: provenance, licence and how to read a line, then one line per word.
fn table(
    roots: &BTreeMap<String, String>,
    ids: &BTreeMap<String, Ids>,
    verbs: &BTreeMap<String, Vec<String>>,
    others: &Others,
) -> String {
    let mut out = String::new();
    out.push_str(
        "# Derivations of one meaning and synonyms of nouns, derived from WordNet 3.0 (data.noun,\n\
         # data.verb, data.adj, data.adv, index.noun, cntlist.rev) by `cargo run --example\n\
         # derive_related -- /usr/share/wordnet` (Debian package wordnet-base). Do not edit by\n\
         # hand: change examples/derive_related.rs and derive again.\n\
         # A line is `word [root] [id ...]`. root: the word is a noun of action of the verb root\n\
         # (validation validate) or an adverb of the adjective root (previously previous);\n\
         # =root: the word is what the verb root says (invitation =invite). id: a\n\
         # data.noun synset the word has in a well-used sense, shared with another word; ^id: a\n\
         # hypernym the gloss of a tagged sense defines the word by (note ^06762711, \"a comment\n\
         # or instruction\"); ~id: a tagged sense that is another word's ^id; vid: the\n\
         # data.verb synset that is the verb's main sense and another verb's main or second sense,\n\
         # or the broader verb another's main sense is a kind of (finish v00484166); wid: the\n\
         # verb's second sense, another verb's main or second; tid: the verb's third sense,\n\
         # another verb's first, second or third; uid: the broader verb of the\n\
         # verb's main sense, another verb's main sense (delete u00173338); +id: any other\n\
         # data.noun synset of the word that another one-word noun holds in any sense (gratuity\n\
         # +13308999); xid: any other data.verb synset of the verb that another one-word verb\n\
         # holds in any sense or has two steps up at most (book x02498320); yid: a data.verb\n\
         # synset two steps up at most from one of the verb's senses that another one-word verb\n\
         # holds (update y00109660, a way to modify, a way to change). Verbs are one word or a\n\
         # phrasal verb of a word and a particle (pick_up, turn_down).\n#\n",
    );
    for line in LICENCE.lines() {
        let _ = writeln!(out, "# {line}");
    }
    let words: BTreeSet<&String> = roots
        .keys()
        .chain(ids.keys())
        .chain(verbs.keys())
        .chain(others.nouns.keys())
        .chain(others.verbs.keys())
        .collect();
    for word in words {
        let mut line = word.clone();
        if let Some(root) = roots.get(word) {
            let _ = write!(line, " {root}");
        }
        if let Some(ids) = ids.get(word) {
            for id in &ids.members {
                let _ = write!(line, " {id}");
            }
            for id in &ids.hypernyms {
                let _ = write!(line, " ^{id}");
            }
            for id in &ids.targets {
                let _ = write!(line, " ~{id}");
            }
        }
        let held = ids.get(word);
        for id in others.nouns.get(word).into_iter().flat_map(|o| &o.shared) {
            let known = held.is_some_and(|h| h.members.contains(id) || h.targets.contains(id));
            if !known {
                let _ = write!(line, " +{id}");
            }
        }
        let main = verbs.get(word);
        for id in main.into_iter().flatten() {
            let _ = write!(line, " {id}");
        }
        // `v`, `w`, `t` and `u` ids are letter and offset.
        let known = |id: &str| main.is_some_and(|m| m.iter().any(|held| held.get(1..) == Some(id)));
        let other = others.verbs.get(word);
        for id in other.into_iter().flat_map(|o| &o.shared) {
            if !known(id) {
                let _ = write!(line, " x{id}");
            }
        }
        for id in other.into_iter().flat_map(|o| &o.broader) {
            if !known(id) {
                let _ = write!(line, " y{id}");
            }
        }
        let _ = writeln!(out, "{line}");
    }
    out
}
