//! Derives tracklint's verb table (src/lint/words/verbs.txt) from WordNet 3.0: the base
//! verbs of `index.verb`, the irregular and doubled past forms of `verb.exc`, and which verbs
//! are mostly nouns (the index files count how many of a word's senses WordNet's tagged corpus
//! saw, and `cntlist.rev` how often it saw each).
//!
//! ```text
//! apt-get install -y wordnet-base
//! cargo run --example derive_verbs -- /usr/share/wordnet > src/lint/words/verbs.txt
//! ```
//!
//! With `phrasal` after the directory it prints the phrasal-verb table instead
//! (src/lint/words/phrasal_verbs.txt): every two-word lemma of `index.verb` that is a base
//! verb and a particle (`set_up`, `roll_back`, `sign_in`), one `verb particle` per line.
//!
//! ```text
//! cargo run --example derive_verbs -- /usr/share/wordnet phrasal > src/lint/words/phrasal_verbs.txt
//! ```
//!
//! With `nouns` it prints the noun table (src/lint/words/nouns.txt): the one-word nouns of
//! `index.noun` that WordNet's tagged corpus saw at least once (`page`, `user`, `session`),
//! the words a run-on name may start with (`pageview`).
//!
//! ```text
//! cargo run --example derive_verbs -- /usr/share/wordnet nouns > src/lint/words/nouns.txt
//! ```
//!
//! With `adjectives` it prints the adjective table (src/lint/words/adjectives.txt): the
//! one-word adjectives of `index.adj` that WordNet's tagged corpus saw more often as
//! adjectives than as nouns and verbs together (`dead`, `first`, `quick`): before the verb
//! slot one says the slot's word is a noun (`dead_click` is a kind of click).
//!
//! ```text
//! cargo run --example derive_verbs -- /usr/share/wordnet adjectives > src/lint/words/adjectives.txt
//! ```
//!
//! With `persons` it prints the person table (src/lint/words/persons.txt): the one-word nouns
//! WordNet's tagged corpus saw whose first or second sense is a person or a social group
//! (`user`, `customer`, `team`): who can sign up or log in (`customer_signup` is
//! `customer_signed_up`, `newsletter_signup` is not `newsletter_signed_up`); and, marked
//! `untagged`, the nouns the corpus did not see whose first sense is a person (`alumnus`,
//! `haulier`, `ratepayer`): who may do what a name's present form says
//! (`haulier_returns_pallets`).
//!
//! ```text
//! cargo run --example derive_verbs -- /usr/share/wordnet persons > src/lint/words/persons.txt
//! ```
//!
//! A line of the table is `base [past ...]`. A base alone has one past form, the regular one
//! (`save` -> saved, `copy` -> copied, `view` -> viewed). A base with forms has exactly those,
//! the one to suggest first: the past participle, since an event name reads as a passive
//! (`tutorial_begun`, `message_sent`), and the doubled spelling WordNet lists (`stepped`).
//! A base marked `~` (`~company`, `~full`) was seen more often as a noun, adjective or adverb
//! than as a verb: tracklint does not turn it into a verb on a guess (`enrichment_companied`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Verbs whose past participle is the base itself (`verb.exc` lists only real exceptions, so it
/// has `ran` for run but not `run`, and nothing for put or set).
const SAME_AS_BASE: &[&str] = &[
    "beat",
    "bet",
    "bid",
    "broadcast",
    "burst",
    "cast",
    "come",
    "become",
    "cost",
    "cut",
    "fit",
    "forecast",
    "hit",
    "hurt",
    "input",
    "let",
    "misread",
    "offset",
    "outbid",
    "output",
    "outrun",
    "overcome",
    "overrun",
    "preset",
    "put",
    "quit",
    "read",
    "rebroadcast",
    "recast",
    "reread",
    "rerun",
    "reset",
    "rid",
    "run",
    "set",
    "shed",
    "shut",
    "slit",
    "split",
    "spread",
    "sublet",
    "thrust",
    "typeset",
    "upset",
    "wed",
    "wet",
];

/// Irregular verbs whose regular form is standard too (`showed`, `proved`): both are accepted,
/// the irregular participle is suggested.
const REGULAR_TOO: &[&str] = &[
    "beseech",
    "broadcast",
    "cleave",
    "cost",
    "dive",
    "floodlight",
    "forecast",
    "hang",
    "knit",
    "lie",
    "light",
    "mow",
    "plead",
    "prove",
    "saw",
    "sew",
    "shine",
    "show",
    "sneak",
    "sow",
    "speed",
    "strive",
    "swell",
    "thrive",
    "wake",
    "weave",
];

/// Verbs whose past in -t is British and whose regular past is the American one, suggested
/// first (`burned`/`burnt`, `spelled`/`spelt`). Not `keep`, `sleep`, `sweep`, `deal` or
/// `mean`, whose only past is in -t (`kept`, not `keeped`).
const BRITISH_T: &[&str] = &[
    "burn", "dream", "dwell", "indwell", "kneel", "lean", "leap", "learn", "misspell", "smell",
    "spell", "spill", "spoil", "unlearn",
];

/// Verbs whose only listed pasts are archaic, literary or adjectival (`wrought`, `molten`,
/// `shaven`, `clad`, `gilt`): the regular past is the everyday one, suggested first, and the
/// listed ones stay accepted (`shift_worked`, `cheese_melted` are fine names).
const REGULAR_FIRST: &[&str] = &[
    "abide",
    "arc",
    "bestrew",
    "chide",
    "clothe",
    "curse",
    "geld",
    "gild",
    "gird",
    "gnaw",
    "grave",
    "heave",
    "hew",
    "lade",
    "melt",
    "overflow",
    "reave",
    "reeve",
    "rive",
    "shave",
    "shew",
    "skydive",
    "spotlight",
    "squeegee",
    "stave",
    "strew",
    "transfix",
    "unclothe",
    "undergird",
    "upheave",
    "whipsaw",
    "work",
];

/// Prefixes before a verb that make a verb of it whose past is the verb's (`resubmit` ->
/// `resubmitted`, `oversell` -> `oversold`, `unclip` -> `unclipped`).
const VERB_PREFIXES: &[&str] = &[
    "back", "counter", "cross", "de", "mis", "out", "over", "re", "un", "under", "up",
];

/// Words that end in a verb after a prefix or a noun but are not made from it, or not
/// inflected like it (`relay` -> `relayed`, not `relaid`; `grandstand` -> `grandstanded`).
const NOT_COMPOUND_VERBS: &[&str] = &[
    "blacklead",
    "butterfly",
    "cowhide",
    "delay",
    "demean",
    "deride",
    "disclose",
    "exposit",
    "grandstand",
    "horseshoe",
    "lipstick",
    "relay",
    "retread",
    "snowshoe",
];

/// Verbs WordNet lists with a doubled consonant whose single-consonant spelling is the usual
/// one in American English (`benefited`, `biased`): both are accepted, the single one suggested.
const SINGLE_CONSONANT_FIRST: &[&str] =
    &["benefit", "bias", "combat", "focus", "kidnap", "worship"];

/// Verbs in -l stressed on the last syllable: they double the l in every spelling
/// (`controlled`), unlike `cancel`/`travel`, where `canceled`/`traveled` are American.
const STRESSED_FINAL_L: &[&str] = &[
    "annul", "compel", "control", "dispel", "distil", "enrol", "excel", "expel", "extol", "fulfil",
    "impel", "instil", "patrol", "propel", "rebel", "repel",
];

/// WordNet 3.0's licence, which every table derived from it carries at its top.
const LICENCE: &str = include_str!("../src/lint/words/wordnet-licence.txt");

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, what) = match args.as_slice() {
        [dir] => (dir, ""),
        [dir, what]
            if [
                "phrasal",
                "nouns",
                "adjectives",
                "persons",
                "compounds",
                "measures",
            ]
            .contains(&what.as_str()) =>
        {
            (dir, what.as_str())
        }
        _ => {
            return Err(
                "usage: derive_verbs WORDNET_DIR [phrasal | nouns | adjectives | persons | compounds \
                 | measures]"
                    .into(),
            );
        }
    };
    let dir = Path::new(dir);
    let verb_index = std::fs::read_to_string(dir.join("index.verb"))?;
    let bases = one_word_lemmas(&verb_index);
    if what == "phrasal" {
        print!("{}", phrasal_table(&verb_index, &bases));
        return Ok(());
    }
    if what == "adjectives" {
        let read = |file: &str| std::fs::read_to_string(dir.join(file));
        let (adjectives, nouns) = (read("index.adj")?, read("index.noun")?);
        let (adjectives, nouns) = (tagged_counts(&adjectives), tagged_counts(&nouns));
        let verbs = tagged_counts(&verb_index);
        let mostly = adjectives.iter().filter(|&(word, &count)| {
            let otherwise =
                nouns.get(word).copied().unwrap_or(0) + verbs.get(word).copied().unwrap_or(0);
            count > 0 && count > otherwise && is_word(word)
        });
        let mut out = header(&[
            "One-word adjectives WordNet 3.0's tagged corpus saw more often as adjectives than as",
            "nouns and verbs (index.adj, index.noun, index.verb), derived by",
            "`cargo run --example derive_verbs -- /usr/share/wordnet adjectives`. Do not edit by hand.",
        ]);
        for (word, _) in mostly {
            let _ = writeln!(out, "{word}");
        }
        print!("{out}");
        return Ok(());
    }
    if what == "persons" {
        let read = |file: &str| std::fs::read_to_string(dir.join(file));
        print!(
            "{}",
            person_table(&read("index.noun")?, &read("data.noun")?)
        );
        return Ok(());
    }
    if what == "compounds" {
        let read = |file: &str| std::fs::read_to_string(dir.join(file));
        let (nouns, adjectives) = (read("index.noun")?, read("index.adj")?);
        print!("{}", compound_table(&nouns, &[&verb_index, &adjectives]));
        return Ok(());
    }
    if what == "measures" {
        let read = |file: &str| std::fs::read_to_string(dir.join(file));
        print!(
            "{}",
            measure_table(&read("index.noun")?, &read("data.noun")?, &bases)
        );
        return Ok(());
    }
    if what == "nouns" {
        let noun_index = std::fs::read_to_string(dir.join("index.noun"))?;
        print!("{}", noun_table(&noun_index));
        return Ok(());
    }
    let exceptions = past_forms(&std::fs::read_to_string(dir.join("verb.exc"))?, &bases);
    let verb_counts = tagged_counts(&verb_index);
    let other_indexes = ["index.noun", "index.adj", "index.adv"]
        .map(|file| std::fs::read_to_string(dir.join(file)))
        .into_iter()
        .collect::<std::io::Result<Vec<String>>>()?;
    let other_counts: Vec<BTreeMap<&str, u32>> = other_indexes
        .iter()
        .map(|text| tagged_counts(text))
        .collect();
    let cntlist = std::fs::read_to_string(dir.join("cntlist.rev"))?;
    let seen = seen_counts(&cntlist);
    // Mostly something else by either count: how many of its senses the corpus tagged (the
    // index files), or how often it tagged the word (`cntlist.rev`: `dog`, `crop`, `cash` have
    // as many tagged senses as a verb as otherwise, but were seen several times as often as
    // nouns).
    let mostly_nouns: BTreeSet<&str> = bases
        .iter()
        .map(String::as_str)
        .filter(|base| {
            let otherwise: u32 = other_counts
                .iter()
                .map(|counts| counts.get(*base).copied().unwrap_or(0))
                .sum();
            let [noun, verb, adjective, adverb] = seen.get(*base).copied().unwrap_or_default();
            otherwise > verb_counts.get(*base).copied().unwrap_or(0)
                || noun + adjective + adverb > verb
        })
        .collect();
    let nouns = one_word_lemmas(&other_indexes[0]);
    print!("{}", table(&bases, &exceptions, &mostly_nouns, &nouns));
    Ok(())
}

/// Lemma -> how often WordNet's tagged corpus saw it as a noun, a verb, an adjective and an
/// adverb (`cntlist.rev`: `lemma%pos:lexfile:id:head:head_id sense_number tag_count`, pos 1
/// noun, 2 verb, 3 and 5 adjective, 4 adverb).
fn seen_counts(cntlist: &str) -> BTreeMap<&str, [u32; 4]> {
    let mut seen: BTreeMap<&str, [u32; 4]> = BTreeMap::new();
    for line in cntlist.lines() {
        let mut fields = line.split(' ');
        let (Some(key), Some(_), Some(count)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let Some((lemma, rest)) = key.split_once('%') else {
            continue;
        };
        let slot = match rest.as_bytes().first() {
            Some(b'1') => 0,
            Some(b'2') => 1,
            Some(b'3' | b'5') => 2,
            Some(b'4') => 3,
            _ => continue,
        };
        let count: u32 = count.parse().unwrap_or(0);
        seen.entry(lemma).or_default()[slot] += count;
    }
    seen
}

/// Lemma -> how many of its senses were seen in WordNet's tagged corpus (see
/// [`index_entries`]).
fn tagged_counts(index: &str) -> BTreeMap<&str, u32> {
    index_entries(index)
        .map(|(lemma, tagged, _)| (lemma, tagged))
        .collect()
}

/// Each lemma of an index file, how many of its senses were seen in WordNet's tagged corpus
/// (`tagsense_cnt`) and its synsets, the most frequent first: `lemma pos synset_cnt p_cnt
/// [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...` (its licence lines start with a
/// space).
fn index_entries(index: &str) -> impl Iterator<Item = (&str, u32, Vec<&str>)> {
    index
        .lines()
        .filter(|line| !line.starts_with(' '))
        .filter_map(|line| {
            let fields: Vec<&str> = line.split(' ').collect();
            let pointers: usize = fields.get(3)?.parse().ok()?;
            let tagged = fields.get(5 + pointers)?.parse().ok()?;
            let senses = fields.get(6 + pointers..)?.to_vec();
            Some((*fields.first()?, tagged, senses))
        })
}

/// One-word lowercase ASCII lemmas of an index file, `index.verb`'s base verbs among them (its
/// licence lines start with a space).
fn one_word_lemmas(index: &str) -> BTreeSet<String> {
    index
        .lines()
        .filter(|line| !line.starts_with(' '))
        .filter_map(|line| line.split(' ').next())
        .filter(|lemma| is_word(lemma))
        .map(str::to_owned)
        .collect()
}

/// The past forms `verb.exc` gives each base verb: not the `-ing` participles, not the third
/// persons (`-s`), not the present forms of "be".
fn past_forms(exceptions: &str, bases: &BTreeSet<String>) -> BTreeMap<String, Vec<String>> {
    let mut forms: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in exceptions.lines() {
        let mut fields = line.split_whitespace();
        let Some(form) = fields.next() else { continue };
        if !is_word(form)
            || form.ends_with("ing")
            || form.ends_with('s')
            || form == "am"
            || form == "are"
        {
            continue;
        }
        for base in fields.filter(|base| bases.contains(*base)) {
            let list = forms.entry(base.to_owned()).or_default();
            if !list.iter().any(|f| f == form) {
                list.push(form.to_owned());
            }
        }
    }
    forms
}

fn is_word(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_lowercase())
}

/// The table text: the licence and how to read a line, then one line per base verb.
fn table(
    bases: &BTreeSet<String>,
    exceptions: &BTreeMap<String, Vec<String>>,
    mostly_nouns: &BTreeSet<&str>,
    nouns: &BTreeSet<String>,
) -> String {
    let mut out = header(&[
        "Base verbs and their past forms, derived from WordNet 3.0 (index.verb, verb.exc; the",
        "other index files and cntlist.rev for the `~` marks) by",
        "`cargo run --example derive_verbs -- /usr/share/wordnet` (Debian package wordnet-base).",
        "Do not edit by hand: change examples/derive_verbs.rs and derive again; product verbs",
        "WordNet lacks live in product_verbs.txt.",
        "A line is `base [past ...]`: a base alone has one past form, the regular one (save -> saved,",
        "copy -> copied); a base with forms has exactly those, the one to suggest first. `~` marks",
        "a verb WordNet's tagged corpus saw more often as a noun, adjective or adverb, by senses",
        "or by occurrences (`~company`, `~dog`).",
    ]);
    let listed = |base: &str| forms_of(base, exceptions.get(base).map_or(&[][..], Vec::as_slice));
    for base in bases {
        let forms = match exceptions.get(base) {
            None => compound_forms(base, bases, nouns, listed).unwrap_or_else(|| listed(base)),
            Some(_) => listed(base),
        };
        let noun = if mostly_nouns.contains(base.as_str()) {
            "~"
        } else {
            ""
        };
        if forms.is_empty() {
            let _ = writeln!(out, "{noun}{base}");
        } else {
            let _ = writeln!(out, "{noun}{base} {}", forms.join(" "));
        }
    }
    out
}

/// The particles of tracklint's naming rules (`naming::words::PARTICLES`).
const PARTICLES: [&str; 8] = ["up", "in", "out", "on", "off", "back", "down", "over"];

/// The phrasal verbs of `index.verb`: a base verb and a particle (`set_up`), after the licence.
fn phrasal_table(index: &str, bases: &BTreeSet<String>) -> String {
    let mut out = header(&[
        "Phrasal verbs (a verb and its particle), derived from WordNet 3.0 (index.verb) by",
        "`cargo run --example derive_verbs -- /usr/share/wordnet phrasal`. Do not edit by hand.",
        "A verb first and one of these particles after it are one verb (`set_up_payouts`); a",
        "particle word after a verb it is not listed with opens a phrase (`enroll_in_course`).",
    ]);
    let lemmas = index
        .lines()
        .filter(|line| !line.starts_with(' '))
        .filter_map(|line| line.split(' ').next());
    for lemma in lemmas {
        let Some((verb, particle)) = lemma.split_once('_') else {
            continue;
        };
        if bases.contains(verb) && PARTICLES.contains(&particle) {
            let _ = writeln!(out, "{verb} {particle}");
        }
    }
    out
}

/// A derived table's header: what it is and how to derive it (`lines`, each written as a
/// `#` comment line), a blank comment line, then WordNet's licence.
fn header(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        let _ = writeln!(out, "# {line}");
    }
    out.push_str("#\n");
    for line in LICENCE.lines() {
        let _ = writeln!(out, "# {line}");
    }
    out
}

/// WordNet 3.0's synsets `person` (someone) and `social_group`, in data.noun.
const PERSON_ROOTS: [&str; 2] = ["00007846", "07950920"];

/// The tagged one-word nouns whose first or second sense descends from a person or a social
/// group, after the licence.
fn person_table(index: &str, data: &str) -> String {
    // Each synset's hypernyms (`@`, `@i`): `offset lex_filenum ss_type w_cnt (word lex_id)*
    // p_cnt (pointer offset pos source/target)* ...`.
    let mut hypernyms: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for line in data.lines().filter(|l| !l.starts_with(' ')) {
        let fields: Vec<&str> = line
            .split(" | ")
            .next()
            .unwrap_or_default()
            .split(' ')
            .collect();
        let words = fields
            .get(3)
            .and_then(|w| usize::from_str_radix(w, 16).ok());
        let Some(at) = words.map(|w| 4 + 2 * w) else {
            continue;
        };
        let pointers: usize = fields.get(at).and_then(|p| p.parse().ok()).unwrap_or(0);
        let up = (0..pointers).filter_map(|i| {
            let symbol = fields.get(at + 1 + 4 * i)?;
            if ["@", "@i"].contains(symbol) {
                fields.get(at + 2 + 4 * i).copied()
            } else {
                None
            }
        });
        if let Some(&offset) = fields.first() {
            hypernyms.insert(offset, up.collect());
        }
    }
    let (mut known_person, mut known_group) = (BTreeMap::new(), BTreeMap::new());
    let mut out = header(&[
        "One-word nouns WordNet 3.0's tagged corpus saw whose first or second sense is a person",
        "or, marked `group`, a social group, and, marked `untagged`, the nouns it did not see",
        "whose first sense is a person (index.noun, data.noun), derived by",
        "`cargo run --example derive_verbs -- /usr/share/wordnet persons`. Do not edit by hand.",
    ]);
    for (lemma, tagged, senses) in index_entries(index) {
        if !is_word(lemma) {
            continue;
        }
        let (person, group) = (PERSON_ROOTS[0], PERSON_ROOTS[1]);
        // Whether one of the first `count` senses is a person.
        let mut a_person = |count: usize| {
            senses[..senses.len().min(count)]
                .iter()
                .any(|sense| descends(sense, person, &hypernyms, &mut known_person, 0))
        };
        if tagged == 0 {
            if a_person(1) {
                let _ = writeln!(out, "{lemma} untagged");
            }
            continue;
        }
        let senses = &senses[..senses.len().min(2)];
        if a_person(2) {
            let _ = writeln!(out, "{lemma}");
        } else if senses
            .iter()
            .any(|sense| descends(sense, group, &hypernyms, &mut known_group, 0))
        {
            let _ = writeln!(out, "{lemma} group");
        }
    }
    out
}

/// Whether a synset is `root`, or has it above it.
fn descends<'d>(
    synset: &'d str,
    root: &str,
    hypernyms: &BTreeMap<&'d str, Vec<&'d str>>,
    known: &mut BTreeMap<&'d str, bool>,
    depth: usize,
) -> bool {
    if synset == root {
        return true;
    }
    if let Some(&answer) = known.get(synset) {
        return answer;
    }
    let answer = depth < 32
        && hypernyms.get(synset).is_some_and(|up| {
            up.iter()
                .any(|above| descends(above, root, hypernyms, known, depth + 1))
        });
    known.insert(synset, answer);
    answer
}

/// The one-word nouns WordNet's tagged corpus saw, after the licence.
fn noun_table(index: &str) -> String {
    let mut out = header(&[
        "One-word nouns WordNet 3.0's tagged corpus saw at least once (index.noun), derived by",
        "`cargo run --example derive_verbs -- /usr/share/wordnet nouns`. Do not edit by hand.",
    ]);
    for (noun, tagged) in tagged_counts(index) {
        if tagged > 0 && is_word(noun) {
            let _ = writeln!(out, "{noun}");
        }
    }
    out
}

/// WordNet's lexicographer files of attributes and quantities (`noun.attribute`,
/// `noun.quantity`): a synset's `lex_filenum` in data.noun.
const MEASURE_FILES: [&str; 2] = ["07", "23"];

/// The tagged one-word nouns whose first sense (the most frequent) is an attribute or a
/// quantity (`capacity`, `height`, `length`, `availability`) and which WordNet has as no verb:
/// what a thing has or measures, no action.
fn measure_table(index: &str, data: &str, verbs: &BTreeSet<String>) -> String {
    // `offset lex_filenum ss_type ...`.
    let lex_file: BTreeMap<&str, &str> = data
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|line| {
            let mut fields = line.split(' ');
            Some((fields.next()?, fields.next()?))
        })
        .collect();
    let mut out = header(&[
        "One-word nouns WordNet 3.0's tagged corpus saw whose first sense is an attribute or a",
        "quantity (noun.attribute, noun.quantity) and that are no verb (index.noun, data.noun,",
        "index.verb), derived by",
        "`cargo run --example derive_verbs -- /usr/share/wordnet measures`. Do not edit by hand.",
    ]);
    for (lemma, tagged, senses) in index_entries(index) {
        let measure = senses
            .first()
            .and_then(|first| lex_file.get(first))
            .is_some_and(|file| MEASURE_FILES.contains(file));
        if tagged > 0 && measure && is_word(lemma) && !verbs.contains(lemma) {
            let _ = writeln!(out, "{lemma}");
        }
    }
    out
}

/// The one-word nouns of `index.noun` that are two words of WordNet run together
/// (`dashboard`, `caregiver`), after the licence: the run-on words tracklint leaves whole.
fn compound_table(nouns: &str, others: &[&str]) -> String {
    let noun_lemmas = one_word_lemmas(nouns);
    let mut known = noun_lemmas.clone();
    for index in others {
        known.extend(one_word_lemmas(index));
    }
    let mut out = header(&[
        "One-word nouns of WordNet 3.0 (index.noun) that split into two of its words of three",
        "letters or more (index.noun, index.verb, index.adj): closed compounds such as `dashboard`,",
        "which a run-on event name keeps whole. Derived by",
        "`cargo run --example derive_verbs -- /usr/share/wordnet compounds`. Do not edit by hand.",
    ]);
    let splits = |word: &str| {
        (3..word.len().saturating_sub(2))
            .any(|at| known.contains(&word[..at]) && known.contains(&word[at..]))
    };
    for noun in noun_lemmas
        .iter()
        .filter(|noun| noun.len() >= 6 && splits(noun))
    {
        let _ = writeln!(out, "{noun}");
    }
    out
}

/// The past forms of a verb WordNet lists without exceptions that is a prefix or a noun of
/// four letters or more before a verb with pasts of its own (`proofread` -> `proofread`,
/// `troubleshoot` -> `troubleshot`, `resubmit` -> `resubmitted`, `bootstrap` ->
/// `bootstrapped`), the verb's pasts after the same first part. Not a verb whose regular past
/// is standard too (`rework` -> `reworked`), nor a word only spelled like one
/// (`NOT_COMPOUND_VERBS`).
fn compound_forms(
    base: &str,
    bases: &BTreeSet<String>,
    nouns: &BTreeSet<String>,
    listed: impl Fn(&str) -> Vec<String>,
) -> Option<Vec<String>> {
    // A verb a list gives its own forms keeps them (`forecast`); `memorise`, `comprise` end
    // in a suffix, not in the verb `rise`.
    let listed_itself = [REGULAR_TOO, REGULAR_FIRST, SAME_AS_BASE]
        .iter()
        .any(|list| list.contains(&base));
    if NOT_COMPOUND_VERBS.contains(&base)
        || listed_itself
        || base.ends_with("ise")
        || base.ends_with("ize")
    {
        return None;
    }
    // The longest first part whose rest is a verb (`sightread` is sight and read).
    (1..base.len().saturating_sub(2)).rev().find_map(|at| {
        let (head, tail) = base.split_at(at);
        let made = VERB_PREFIXES.contains(&head) || (head.len() >= 4 && nouns.contains(head));
        let regular_too = [
            REGULAR_TOO,
            REGULAR_FIRST,
            BRITISH_T,
            SINGLE_CONSONANT_FIRST,
        ]
        .iter()
        .any(|list| list.contains(&tail));
        if !made || !bases.contains(tail) || regular_too {
            return None;
        }
        let forms = listed(tail);
        let regular = regular_past(tail);
        (!forms.is_empty() && !forms.contains(&regular))
            .then(|| forms.iter().map(|form| format!("{head}{form}")).collect())
    })
}

/// Every accepted past form of `base`, the one to suggest first; empty when the regular form
/// is the only one.
fn forms_of(base: &str, exceptions: &[String]) -> Vec<String> {
    let same = SAME_AS_BASE.contains(&base);
    if exceptions.is_empty() && !same {
        return doubled_past(base).into_iter().collect();
    }
    // `verb.exc` lists `feed` as a past of "fee" and `red` of "red": a base is its own past
    // only for put, set, run and the like.
    let mut forms: Vec<String> = exceptions
        .iter()
        .filter(|form| same || form.as_str() != base)
        .cloned()
        .collect();
    if same && !forms.iter().any(|f| f == base) {
        forms.push(base.to_owned());
    }
    if forms.is_empty() {
        return forms;
    }
    // Best first; ties alphabetically, so the table is stable.
    let all = forms.clone();
    forms.sort_by(|a, b| {
        preference(base, b, &all, same)
            .cmp(&preference(base, a, &all, same))
            .then(a.cmp(b))
    });
    // `knitted`: a verb that doubles its last consonant does so in its regular form too.
    let regular = doubled_past(base).unwrap_or_else(|| regular_past(base));
    let doubled = forms.iter().any(|f| is_doubled(base, f));
    // `addrest`, `blest`, `bypast`: archaic spellings of the regular `-ssed`.
    let archaic_st = base.ends_with("ss") && forms.iter().all(|f| f.ends_with("st"));
    let american_l = doubled
        && base.ends_with('l')
        && vowel_groups(base) > 1
        && !STRESSED_FINAL_L.contains(&base);
    if BRITISH_T.contains(&base)
        || REGULAR_FIRST.contains(&base)
        || archaic_st
        || SINGLE_CONSONANT_FIRST.contains(&base)
    {
        forms.retain(|f| *f != regular);
        forms.insert(0, regular);
    } else if (REGULAR_TOO.contains(&base) || american_l) && !forms.contains(&regular) {
        forms.push(regular);
    }
    forms
}

/// How much a form is the past participle to suggest: the base itself for put/set/run, then a
/// regular spelling with a doubled consonant (`stepped`), then the `u` of begun/sung over the
/// `a` of began/sang, then a participle in -n (`chosen`, `done`).
fn preference(base: &str, form: &str, forms: &[String], same_as_base: bool) -> u8 {
    if same_as_base && form == base {
        return 8;
    }
    if is_doubled(base, form) || form == regular_past(base) {
        return 4;
    }
    let mut score = 0;
    if forms.iter().any(|other| vowel_swapped(other, form)) {
        score += 2;
    }
    if form.ends_with('n') || form.ends_with("ne") {
        score += 1;
    }
    score
}

/// `form` is `other` with one `a` turned into `u` (began -> begun).
fn vowel_swapped(other: &str, form: &str) -> bool {
    other.len() == form.len()
        && other
            .bytes()
            .zip(form.bytes())
            .filter(|(a, b)| a != b)
            .all(|pair| pair == (b'a', b'u'))
        && other != form
}

/// `stepped` for step, `panicked` for panic.
fn is_doubled(base: &str, form: &str) -> bool {
    let Some(stem) = form.strip_suffix("ed") else {
        return false;
    };
    let Some(last) = stem.chars().last() else {
        return false;
    };
    stem.strip_suffix(last) == Some(base) || (base.ends_with('c') && stem == format!("{base}k"))
}

/// `spammed` for spam: a one-syllable verb ending in one vowel and one consonant doubles it.
/// `verb.exc` lists most of these (`stepped`) but not all.
fn doubled_past(base: &str) -> Option<String> {
    let bytes = base.as_bytes();
    let [.., before, vowel, last] = bytes else {
        return None;
    };
    let is_vowel = |b: &u8| b"aeiou".contains(b);
    // `qu` is a consonant sound: quiz -> quizzed.
    let single_vowel =
        is_vowel(vowel) && (!is_vowel(before) || (*before == b'u' && base.contains("qu")));
    let doubles = !is_vowel(last) && !b"wxyc".contains(last);
    (vowel_groups(base.trim_start_matches("qu")) == 1 && single_vowel && doubles)
        .then(|| format!("{base}{}ed", char::from(*last)))
}

/// The spelling rule tracklint applies to a base without listed forms.
fn regular_past(base: &str) -> String {
    if base.ends_with('e') {
        format!("{base}d")
    } else if let Some(stem) = base.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        format!("{stem}ied")
    } else {
        format!("{base}ed")
    }
}

fn vowel_groups(word: &str) -> usize {
    let mut groups = 0;
    let mut previous_vowel = false;
    for c in word.chars() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = vowel;
    }
    groups
}
