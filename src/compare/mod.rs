//! Comparing a partner's counter-draft with ours: articles aligned by content, language by
//! language; a word-level diff within each pair (`similar`); each change classified as
//! editorial, wording or substantive; flags with their legal basis; and changes made in
//! one language only (bilingual drift).
//!
//! Neighbours: `read` gives both drafts as the document model (or `assemble` drafts ours
//! from the input), `segment` splits them into articles, `report` prints the result and
//! `render::redline` writes THEIRS as a Word document with tracked changes against OURS.

pub mod parity;
pub mod report;
pub mod segment;

use segment::{Article, Part};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

/// What an article became.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Same,
    Changed,
    Inserted,
    Deleted,
    /// Part of an article of ours that THEIRS split in two.
    Split,
    /// An article of ours that THEIRS merged into another.
    Merged,
}

/// How much a change matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// Spelling, punctuation, case, spacing, OCR noise.
    Editorial,
    /// Other words, same substance as far as can be told.
    Wording,
    /// Numbers, dates, durations, amounts, names, negations, modal verbs, clauses added or
    /// removed.
    Substantive,
}

/// One change within an aligned article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub class: Class,
    /// The text of OURS (empty for an insertion).
    pub old: String,
    /// The text of THEIRS (empty for a deletion).
    pub new: String,
    /// Why it is substantive, when it is: `why` and `why_id` in the JSON.
    #[serde(flatten)]
    pub why: Option<Why>,
}

/// Why a change is substantive, in English and Indonesian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Why {
    #[serde(rename = "why")]
    pub en: &'static str,
    #[serde(rename = "why_id")]
    pub id: &'static str,
}

const NEGATED: Why = Why { en: "a negation", id: "negasi" };
const MODAL_EN: Why = Why { en: "an obligation (shall/will/may)", id: "kewajiban atau kewenangan (shall/will/may)" };
const MODAL_ID: Why = Why { en: "an obligation (wajib/dapat/akan)", id: "kewajiban atau kewenangan (wajib/dapat/akan)" };
const A_NUMBER: Why = Why { en: "a number", id: "bilangan" };
const A_DURATION: Why = Why { en: "a duration", id: "jangka waktu" };
const A_FORUM: Why = Why { en: "a forum", id: "forum penyelesaian perselisihan" };

/// A word-level edit of an article, in order: what the redline writes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Edit {
    Equal(String),
    Delete(String),
    Insert(String),
}

/// One article of THEIRS against its counterpart in OURS, in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Aligned {
    pub status: Status,
    /// Positions in the language's article lists (the preamble is 0).
    #[serde(skip)]
    pub ours_index: Option<usize>,
    #[serde(skip)]
    pub theirs_index: Option<usize>,
    pub ours: Option<Heading>,
    pub theirs: Option<Heading>,
    /// The number changed.
    pub renumbered: bool,
    /// The article moved relative to the others.
    pub moved: bool,
    pub changes: Vec<Change>,
    /// The edits, for the redline.
    #[serde(skip)]
    pub edits: Vec<Edit>,
}

/// An article's number and title, as printed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Heading {
    pub number: u32,
    pub title: String,
    #[serde(skip)]
    pub name: String,
}

impl Heading {
    fn of(a: &Article) -> Heading {
        Heading { number: a.number, title: a.title.clone(), name: a.name() }
    }
}

/// A flag on a change, with its rule and legal basis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    pub rule: &'static str,
    pub severity: &'static str,
    pub message: String,
    /// The message in Indonesian, for the page: every flag is built with both.
    pub message_id: String,
    pub basis: &'static str,
    pub lang: String,
}

/// A change made in one language and not in the other.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Drift {
    /// The article, by its number in OURS.
    pub article: String,
    pub changed_in: String,
    pub unchanged_in: String,
    pub old: String,
    pub new: String,
}

/// One language compared.
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub lang: String,
    pub articles: Vec<Aligned>,
}

/// The whole comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub languages: Vec<Language>,
    pub flags: Vec<Flag>,
    pub drift: Vec<Drift>,
    /// Languages in one draft only.
    pub missing_languages: Vec<String>,
    /// Names in no language (signatories, "REPUBLIK INDONESIA"), as a set: kept, removed,
    /// added.
    pub names: Vec<Edit>,
}

impl Comparison {
    /// Whether any change is substantive, or any article was added, removed, split or merged.
    pub fn substantive(&self) -> bool {
        !self.flags.is_empty()
            || !self.drift.is_empty()
            || self.languages.iter().flat_map(|l| &l.articles).any(|a| {
                matches!(a.status, Status::Inserted | Status::Deleted | Status::Split | Status::Merged)
                    || a.changes.iter().any(|c| c.class == Class::Substantive)
            })
    }
}

/// What the comparison may know besides the two drafts.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The fields and scope items of the plan the DPRD approved, per language (`id`,
    /// `en`), when OURS was drafted from an input.
    pub approved_scope: Vec<(String, String)>,
}

/// Compares THEIRS with OURS.
pub fn compare(ours: &crate::model::Document, theirs: &crate::model::Document, opts: &Options) -> Comparison {
    let ours = segment::parts(ours);
    let theirs = segment::parts(theirs);
    let mut languages = Vec::new();
    let mut flags = Vec::new();
    let mut missing = Vec::new();
    // Names outside any language: compared as sets; a signatory replaced is a flag.
    let names = |parts: &[Part]| parts.iter().find(|p| p.lang == segment::NAMES).map(|p| p.articles[0].body.clone()).unwrap_or_default();
    let (on, tn) = (names(&ours), names(&theirs));
    let gone: Vec<&String> = on.iter().filter(|n| !tn.contains(n)).collect();
    let came: Vec<&String> = tn.iter().filter(|n| !on.contains(n)).collect();
    if !gone.is_empty() && !came.is_empty() {
        let list = |v: &[&String]| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("; ");
        flags.push(Flag {
            rule: "C4",
            severity: "warning",
            message: format!("a name changed (a signatory?): {} -> {}", list(&gone), list(&came)),
            message_id: format!("nama berubah (penanda tangan?): {} -> {}", list(&gone), list(&came)),
            basis: "PP 28/2018 Pasal 23 ayat (1)",
            lang: segment::NAMES.into(),
        });
    }
    let names_edits: Vec<Edit> = tn
        .iter()
        .map(|n| if on.contains(n) { Edit::Equal(n.clone()) } else { Edit::Insert(n.clone()) })
        .chain(on.iter().filter(|n| !tn.contains(n)).map(|n| Edit::Delete(n.clone())))
        .collect();
    let (ours, theirs): (Vec<Part>, Vec<Part>) = (
        ours.into_iter().filter(|p| p.lang != segment::NAMES).collect(),
        theirs.into_iter().filter(|p| p.lang != segment::NAMES).collect(),
    );
    for o in &ours {
        match theirs.iter().find(|t| t.lang == o.lang) {
            Some(t) => {
                let lang = compare_part(o, t);
                flags.extend(flag(o, t, &lang, opts));
                languages.push(lang);
            }
            None => missing.push(o.lang.clone()),
        }
    }
    missing.extend(theirs.iter().filter(|t| !ours.iter().any(|o| o.lang == t.lang)).map(|t| t.lang.clone()));
    missing.retain(|l| l != "und");
    let drift = drift(&languages);
    Comparison { languages, flags, drift, missing_languages: missing, names: names_edits }
}

/// Words of a text, lowercased, for similarity.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Similarity of two bags of words: shared words over the larger bag.
fn similarity(a: &HashMap<String, usize>, b: &HashMap<String, usize>) -> f64 {
    let (na, nb): (usize, usize) = (a.values().sum(), b.values().sum());
    if na == 0 || nb == 0 {
        return if na == nb { 1.0 } else { 0.0 };
    }
    let shared: usize = a.iter().map(|(w, n)| (*n).min(*b.get(w).unwrap_or(&0))).sum();
    shared as f64 / na.max(nb) as f64
}

/// How much of `a` is in `b`.
fn containment(a: &HashMap<String, usize>, b: &HashMap<String, usize>) -> f64 {
    let na: usize = a.values().sum();
    if na == 0 {
        return 0.0;
    }
    a.iter().map(|(w, n)| (*n).min(*b.get(w).unwrap_or(&0))).sum::<usize>() as f64 / na as f64
}

fn bag(a: &Article) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in words(&a.title).into_iter().chain(words(&a.text())) {
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

/// Aligns the articles of one language by content and diffs each pair.
fn compare_part(ours: &Part, theirs: &Part) -> Language {
    let (ob, tb): (Vec<_>, Vec<_>) = (ours.articles.iter().map(bag).collect(), theirs.articles.iter().map(bag).collect());
    // Every pair scored; the best pairs first. The preambles always pair.
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, a) in ob.iter().enumerate().skip(1) {
        for (j, b) in tb.iter().enumerate().skip(1) {
            let mut s = similarity(a, b);
            // The same title is strong evidence (an article rewritten under its title).
            if !ours.articles[i].title.is_empty() && words(&ours.articles[i].title) == words(&theirs.articles[j].title) {
                s = s.max(0.5) + 0.2;
            }
            pairs.push((s, i, j));
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut of_ours: Vec<Option<usize>> = vec![None; ours.articles.len()];
    let mut of_theirs: Vec<Option<usize>> = vec![None; theirs.articles.len()];
    of_ours[0] = Some(0);
    of_theirs[0] = Some(0);
    for (s, i, j) in pairs {
        if s >= 0.35 && of_ours[i].is_none() && of_theirs[j].is_none() {
            of_ours[i] = Some(j);
            of_theirs[j] = Some(i);
        }
    }
    // Moved: pairs outside the longest run that keeps both orders.
    let matched: Vec<(usize, usize)> = of_ours.iter().enumerate().filter_map(|(i, j)| j.map(|j| (i, j))).collect();
    let keep = longest_increasing(&matched.iter().map(|(_, j)| *j).collect::<Vec<_>>());
    let moved: Vec<usize> = matched.iter().enumerate().filter(|(k, _)| !keep.contains(k)).map(|(_, (i, _))| *i).collect();

    let mut articles = Vec::new();
    for (j, t) in theirs.articles.iter().enumerate() {
        match of_theirs[j] {
            Some(i) => {
                let o = &ours.articles[i];
                let (edits, mut changes) = diff(&o.text(), &t.text());
                // The same words in another order: the reading order of a layout (signature
                // blocks side by side, a table read by rows or by columns), not a change.
                if ob[i] == tb[j] {
                    for c in &mut changes {
                        c.class = Class::Editorial;
                        c.why = None;
                    }
                }
                if words(&o.title) != words(&t.title) && j > 0 {
                    changes.insert(0, classify(&o.title, &t.title));
                }
                let status = if changes.is_empty() { Status::Same } else { Status::Changed };
                articles.push(Aligned {
                    status,
                    ours_index: Some(i),
                    theirs_index: Some(j),
                    ours: (i > 0).then(|| Heading::of(o)),
                    theirs: (j > 0).then(|| Heading::of(t)),
                    renumbered: i > 0 && o.number != t.number,
                    moved: moved.contains(&i),
                    changes,
                    edits,
                });
            }
            None => {
                // Inserted, unless its text is mostly a part of an article of ours (a split).
                let split = (1..ours.articles.len())
                    .filter(|i| containment(&tb[j], &ob[*i]) >= 0.7)
                    .max_by(|a, b| containment(&tb[j], &ob[*a]).total_cmp(&containment(&tb[j], &ob[*b])));
                let text = t.text();
                articles.push(Aligned {
                    status: if split.is_some() { Status::Split } else { Status::Inserted },
                    ours_index: split,
                    theirs_index: Some(j),
                    ours: split.map(|i| Heading::of(&ours.articles[i])),
                    theirs: Some(Heading::of(t)),
                    renumbered: false,
                    moved: false,
                    changes: vec![Change {
                        class: Class::Substantive,
                        old: String::new(),
                        new: text.clone(),
                        why: Some(Why { en: "an article added", id: "pasal ditambahkan" }),
                    }],
                    edits: vec![Edit::Insert(text)],
                });
            }
        }
    }
    // Articles of ours with no counterpart: deleted, or merged into another article. Each
    // is placed after the article of THEIRS that follows its predecessor.
    for (i, o) in ours.articles.iter().enumerate().skip(1) {
        if of_ours[i].is_some() {
            continue;
        }
        let merged = (1..theirs.articles.len()).find(|j| of_theirs[*j].is_some() && containment(&ob[i], &tb[*j]) >= 0.7);
        let text = o.text();
        let entry = Aligned {
            status: if merged.is_some() { Status::Merged } else { Status::Deleted },
            ours_index: Some(i),
            theirs_index: merged,
            ours: Some(Heading::of(o)),
            theirs: merged.map(|j| Heading::of(&theirs.articles[j])),
            renumbered: false,
            moved: false,
            changes: vec![Change {
                class: Class::Substantive,
                old: text.clone(),
                new: String::new(),
                why: Some(Why { en: "an article removed", id: "pasal dihapus" }),
            }],
            edits: vec![Edit::Delete(text)],
        };
        let after = (0..i).rev().find_map(|p| articles.iter().position(|a| a.ours_index == Some(p) && a.theirs_index.is_some()));
        let at = after.map_or(articles.len(), |k| k + 1);
        articles.insert(at, entry);
    }
    Language { lang: ours.lang.clone(), articles }
}

/// Indexes (into `xs`) of a longest strictly increasing subsequence.
fn longest_increasing(xs: &[usize]) -> Vec<usize> {
    let n = xs.len();
    let mut len = vec![1usize; n];
    let mut prev = vec![usize::MAX; n];
    for i in 0..n {
        for j in 0..i {
            if xs[j] < xs[i] && len[j] + 1 > len[i] {
                len[i] = len[j] + 1;
                prev[i] = j;
            }
        }
    }
    let Some(mut k) = (0..n).max_by_key(|i| (len[*i], std::cmp::Reverse(*i))) else { return Vec::new() };
    let mut out = vec![k];
    while prev[k] != usize::MAX {
        k = prev[k];
        out.push(k);
    }
    out.reverse();
    out
}

/// The word-level edits from `old` to `new`, and the changes they make.
pub fn diff(old: &str, new: &str) -> (Vec<Edit>, Vec<Change>) {
    use similar::{ChangeTag, TextDiff};
    let d = TextDiff::configure().algorithm(similar::Algorithm::Patience).diff_words(old, new);
    let mut edits: Vec<Edit> = Vec::new();
    for c in d.iter_all_changes() {
        let v = c.value().to_string();
        match (c.tag(), edits.last_mut()) {
            (ChangeTag::Equal, Some(Edit::Equal(s)))
            | (ChangeTag::Delete, Some(Edit::Delete(s)))
            | (ChangeTag::Insert, Some(Edit::Insert(s))) => s.push_str(&v),
            (ChangeTag::Equal, _) => edits.push(Edit::Equal(v)),
            (ChangeTag::Delete, _) => edits.push(Edit::Delete(v)),
            (ChangeTag::Insert, _) => edits.push(Edit::Insert(v)),
        }
    }
    // A change is a run of deletions and insertions between equal text; whitespace alone
    // between two edits does not split them.
    let mut changes = Vec::new();
    let (mut old_run, mut new_run) = (String::new(), String::new());
    let flush = |o: &mut String, n: &mut String, changes: &mut Vec<Change>| {
        if !o.trim().is_empty() || !n.trim().is_empty() {
            changes.push(classify(o.trim(), n.trim()));
        }
        o.clear();
        n.clear();
    };
    for e in &edits {
        match e {
            Edit::Equal(s) if s.trim().is_empty() && (!old_run.is_empty() || !new_run.is_empty()) => {
                old_run.push_str(s);
                new_run.push_str(s);
            }
            Edit::Equal(_) => flush(&mut old_run, &mut new_run, &mut changes),
            Edit::Delete(s) => old_run.push_str(s),
            Edit::Insert(s) => new_run.push_str(s),
        }
    }
    flush(&mut old_run, &mut new_run, &mut changes);
    // Text removed in one place and inserted in another (a line the reader extracted in
    // another order) is a move, not a change of substance.
    let moved: Vec<usize> = (0..changes.len())
        .filter(|&i| {
            let c = &changes[i];
            let (gone, came) = (c.new.is_empty(), c.old.is_empty());
            (gone || came)
                && changes.iter().enumerate().any(|(j, d)| {
                    j != i
                        && if gone {
                            d.old.is_empty() && same_words(&d.new, &c.old)
                        } else {
                            d.new.is_empty() && same_words(&d.old, &c.new)
                        }
                })
        })
        .collect();
    for i in moved {
        changes[i].class = Class::Editorial;
        changes[i].why = None;
    }
    (edits, changes)
}

/// The same words, in any order and case.
fn same_words(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (words(a), words(b));
    x.sort();
    y.sort();
    !x.is_empty() && x == y
}

/// A text folded for editorial comparison: case, punctuation, spacing and OCR confusions.
fn fold(s: &str) -> String {
    s.to_lowercase()
        .replace("rn", "m")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| match c {
            '1' | 'l' | '|' => 'i',
            '0' => 'o',
            '5' => 's',
            c => c,
        })
        .collect()
}

static LABEL: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"^(\(?\d{1,2}[.)]|\(?[a-z][.)]|\(\d{1,2}\)|[-•])$").expect("valid regex"));

static NUMBER: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"\d+(?:[.,]\d+)*").expect("valid regex"));

const SUBSTANTIVE_WORDS: [(&str, Why); 40] = [
    ("not", NEGATED),
    ("no", NEGATED),
    ("never", NEGATED),
    ("tidak", NEGATED),
    ("bukan", NEGATED),
    ("tanpa", NEGATED),
    ("without", NEGATED),
    ("shall", MODAL_EN),
    ("will", MODAL_EN),
    ("may", MODAL_EN),
    ("must", MODAL_EN),
    ("wajib", MODAL_ID),
    ("harus", MODAL_ID),
    ("dapat", MODAL_ID),
    ("akan", MODAL_ID),
    ("boleh", MODAL_ID),
    ("one", A_NUMBER),
    ("two", A_NUMBER),
    ("three", A_NUMBER),
    ("four", A_NUMBER),
    ("five", A_NUMBER),
    ("six", A_NUMBER),
    ("ten", A_NUMBER),
    ("twelve", A_NUMBER),
    ("satu", A_NUMBER),
    ("dua", A_NUMBER),
    ("tiga", A_NUMBER),
    ("empat", A_NUMBER),
    ("lima", A_NUMBER),
    ("enam", A_NUMBER),
    ("sepuluh", A_NUMBER),
    ("years", A_DURATION),
    ("months", A_DURATION),
    ("days", A_DURATION),
    ("tahun", A_DURATION),
    ("bulan", A_DURATION),
    ("hari", A_DURATION),
    ("arbitration", A_FORUM),
    ("court", A_FORUM),
    ("pengadilan", A_FORUM),
];

/// Classifies one change.
fn classify(old: &str, new: &str) -> Change {
    let change = |class, why| Change { class, old: old.to_string(), new: new.to_string(), why };
    if fold(old) == fold(new) {
        return change(Class::Editorial, None);
    }
    // Paragraph and point labels alone ("(2)", "b.") move with the layout a reader
    // extracts, not with the substance.
    let label = |w: &str| LABEL.is_match(w);
    if old.split_whitespace().chain(new.split_whitespace()).all(label) {
        return change(Class::Editorial, None);
    }
    let nums = |s: &str| NUMBER.find_iter(s).map(|m| m.as_str().replace([',', '.'], "")).collect::<Vec<_>>();
    if nums(old) != nums(new) {
        return change(Class::Substantive, Some(Why { en: "a number, date or amount", id: "angka, tanggal, atau jumlah uang" }));
    }
    let (ow, nw) = (words(old), words(new));
    for (w, why) in SUBSTANTIVE_WORDS {
        if ow.iter().any(|x| x == w) != nw.iter().any(|x| x == w) {
            return change(Class::Substantive, Some(why));
        }
    }
    // A name: a capitalised word inside the text that the other side does not have.
    let names = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .skip(1)
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().filter(|c| c.is_alphabetic()).count() > 1)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .collect()
    };
    if names(old) != names(new) {
        return change(Class::Substantive, Some(Why { en: "a name", id: "nama" }));
    }
    // A clause added or removed: many words on one side only.
    if (ow.len() as isize - nw.len() as isize).abs() >= 6 {
        return change(Class::Substantive, Some(Why { en: "words added or removed", id: "kata-kata ditambahkan atau dihapus" }));
    }
    change(Class::Wording, None)
}

static FORUM: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(arbitrat\w*|arbitrase|tribunal|court|pengadilan|mahkamah|governed by the laws? of|hukum negara)\b")
        .expect("valid regex")
});
static NEGATION: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"(?i)\b(not|no|never|tidak|bukan|tanpa|without)\b").expect("valid regex"));
/// A forum refused: "shall not be referred to ... court", "tidak diajukan kepada ...
/// pengadilan", "without recourse to arbitration".
static REFUSED: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(not|never|tidak|bukan)\s+(be\s+)?(referred|submitted|brought|subject|diajukan|dibawa|diserahkan)\b|\b(without|tanpa)\s+(recourse|reference|melalui)\b|\bno\s+(recourse|reference)\b")
        .expect("valid regex")
});
static OFFICE: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"(?i)\b(representative office|kantor perwakilan|liaison office)\b").expect("valid regex"));
static MONEY: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)(\b(rp|idr|usd|aud|eur|jpy|krw|us\$|a\$)\s?\.?\s?\d[\d.,]*|\$\s?\d[\d.,]*|€\s?\d[\d.,]*|\d[\d.,]*\s*(rupiah|dollars?|euros?|yen|won)\b)").expect("valid regex")
});
static TERM: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(\d+|one|two|three|four|five|six|ten|satu|dua|tiga|empat|lima|enam|sepuluh)\s*(\(\w+\)\s*)?(years?|months?|tahun|bulan)\b",
    )
    .expect("valid regex")
});
static OUTPUT_TITLE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)(manfaat|keluaran|benefit|output|hasil yang diharapkan|expected results)").expect("valid regex")
});
static SCOPE_TITLE: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"(?i)(ruang lingkup|lingkup|scope|bidang|fields|areas)").expect("valid regex"));
static PREVAIL: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"(?i)(prevail|yang berlaku|berlaku naskah|naskah .{0,30} yang digunakan)").expect("valid regex"));
static LANGUAGE_NAME: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(indonesia\w*|english|inggris|korea\w*|japan\w*|jepang|chinese|tiongkok|mandarin)\b").expect("valid regex")
});

/// Sentences of a text, whatever its line breaks (a PDF breaks lines inside sentences).
fn sentences(s: &str) -> Vec<String> {
    s.replace('\n', " ").split(['.', ';']).filter(|x| !x.trim().is_empty()).map(str::to_string).collect()
}

/// Sentences that send disputes to a forum other than negotiation, not negated.
fn forums(text: &str) -> Vec<String> {
    // A heading alone ("ARBITRATION") is not a sentence that sends anything anywhere.
    sentences(text)
        .into_iter()
        .filter(|s| s.split_whitespace().count() >= 4 && FORUM.is_match(s) && !REFUSED.is_match(s))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn set(re: &regex::Regex, text: &str) -> Vec<String> {
    let mut v: Vec<String> =
        re.find_iter(text).map(|m| m.as_str().to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    v.sort();
    v.dedup();
    v
}

/// The flags of one language: what changed that a rule or the law cares about.
fn flag(ours: &Part, theirs: &Part, lang: &Language, opts: &Options) -> Vec<Flag> {
    let mut out = Vec::new();
    let l = &lang.lang;
    // Every flag in English and Indonesian.
    let mut push = |rule: &'static str, severity: &'static str, basis: &'static str, message: String, message_id: String| {
        if !out.iter().any(|f: &Flag| f.message == message) {
            out.push(Flag { rule, severity, message, message_id, basis, lang: l.clone() });
        }
    };
    let whole = |p: &Part| p.articles.iter().map(|a| format!("{}\n{}", a.title, a.text())).collect::<Vec<_>>().join("\n");
    let (o, t) = (whole(ours), whole(theirs));
    for s in forums(&t) {
        if !forums(&o).contains(&s) {
            push(
                "S6",
                "error",
                "PP 28/2018 Pasal 34 dan 41",
                format!("disputes now go to arbitration, a court or a foreign law: \"{}\"", short(&s)),
                format!("perselisihan kini diselesaikan melalui arbitrase, pengadilan, atau hukum asing: \"{}\"", short(&s)),
            );
        }
    }
    let office = |x: &str| sentences(x).iter().any(|s| OFFICE.is_match(s) && !NEGATION.is_match(s));
    if office(&t) && !office(&o) {
        push(
            "P3",
            "error",
            "PP 28/2018 Pasal 27 ayat (1) huruf c",
            "a representative office abroad appears".into(),
            "muncul kantor perwakilan di luar negeri".into(),
        );
    }
    let (om, tm) = (set(&MONEY, &o), set(&MONEY, &t));
    let added: Vec<&String> = tm.iter().filter(|m| !om.contains(m)).collect();
    if !added.is_empty() {
        let list: Vec<&str> = added.iter().map(|s| s.as_str()).collect();
        push(
            "C3",
            "warning",
            "PP 28/2018 Pasal 30 ayat (3) huruf f",
            format!("financing amounts added or changed: {}", list.join(", ")),
            format!("jumlah pembiayaan ditambahkan atau diubah: {}", list.join(", ")),
        );
    }
    for a in &lang.articles {
        let (Some(oi), Some(ti)) = (a.ours_index, a.theirs_index) else { continue };
        let (oa, ta) = (&ours.articles[oi], &theirs.articles[ti]);
        let (ot, tt) = (format!("{} {}", oa.title, oa.text()), format!("{} {}", ta.title, ta.text()));
        let (oterm, tterm) = (set(&TERM, &ot), set(&TERM, &tt));
        if oterm != tterm && !(oterm.is_empty() && tterm.is_empty()) {
            push(
                "C1",
                "warning",
                "PP 28/2018 Pasal 30 ayat (3) huruf g",
                format!(
                    "term, notice period or renewal changed in {}: {}",
                    a.theirs.as_ref().map_or(String::new(), |h| h.name.clone()),
                    by_unit(&oterm, &tterm, "none")
                ),
                format!(
                    "jangka waktu, masa pemberitahuan, atau perpanjangan berubah dalam {}: {}",
                    a.theirs.as_ref().map_or(String::new(), |h| h.name.clone()),
                    by_unit(&oterm, &tterm, "tidak ada")
                ),
            );
        }
        // An output's target or indicator cut or raised: the DPRD approved the plan's
        // outputs with their figures (DOMAIN.md §5).
        if OUTPUT_TITLE.is_match(&oa.title) || OUTPUT_TITLE.is_match(&ta.title) {
            let figures = |x: &str| -> Vec<String> {
                // A list label ("1.", "(2)") is a number that is no figure.
                x.lines()
                    .flat_map(|l| {
                        let l = parity::LEADING_LABEL.replace(l, "");
                        NUMBER.find_iter(&l).map(|m| m.as_str().trim_end_matches(['.', ',']).to_string()).collect::<Vec<_>>()
                    })
                    .collect::<Vec<_>>()
            };
            let (of, tf) = (figures(&oa.text()), figures(&ta.text()));
            let gone: Vec<&String> = of.iter().filter(|n| !tf.contains(n)).collect();
            let new: Vec<&String> = tf.iter().filter(|n| !of.contains(n)).collect();
            if !gone.is_empty() || !new.is_empty() {
                let list = |v: &[&String], none: &str| {
                    if v.is_empty() {
                        none.to_string()
                    } else {
                        v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                    }
                };
                push(
                    "C6",
                    "warning",
                    "PP 28/2018 Pasal 30 ayat (2); DOMAIN.md §5",
                    format!(
                        "a figure of the benefits or outputs changed in {}: {} -> {}",
                        a.theirs.as_ref().map_or(String::new(), |h| h.name.clone()),
                        list(&gone, "none"),
                        list(&new, "none")
                    ),
                    format!(
                        "angka manfaat atau keluaran berubah dalam {}: {} -> {}",
                        a.theirs.as_ref().map_or(String::new(), |h| h.name.clone()),
                        list(&gone, "tidak ada"),
                        list(&new, "tidak ada")
                    ),
                );
            }
        }
        let langs = |x: &str| {
            let mut v: Vec<String> = sentences(x).iter().filter(|s| PREVAIL.is_match(s)).flat_map(|s| set(&LANGUAGE_NAME, s)).collect();
            v.sort();
            v.dedup();
            v
        };
        let (op, tp) = (langs(&ot), langs(&tt));
        if !op.is_empty() && op != tp {
            let (what, apa) = if tp.is_empty() {
                ("removed".to_string(), "dihapus".to_string())
            } else {
                let change = format!("{} -> {}", op.join(", "), tp.join(", "));
                (format!("changed: {change}"), format!("berubah: {change}"))
            };
            push(
                "C2",
                "warning",
                "Perpres 63/2019 Pasal 26",
                format!("the prevailing language {what}"),
                format!("ketentuan bahasa yang berlaku {apa}"),
            );
        }
    }
    // The scope the DPRD approved: every item should still be in THEIRS, as a line of its
    // scope article (or, without one, of the whole draft).
    let code = if l == "id" { 0 } else { 1 };
    if l == "id" || l == "en" {
        let bag_of = |s: &str| {
            words(s).into_iter().fold(HashMap::new(), |mut m, w| {
                *m.entry(w).or_insert(0usize) += 1;
                m
            })
        };
        let scope = theirs.articles.iter().find(|a| SCOPE_TITLE.is_match(&a.title));
        let lines: Vec<HashMap<String, usize>> = match scope {
            Some(a) => a.body.iter().map(|l| bag_of(l)).collect(),
            None => t.lines().map(bag_of).collect(),
        };
        for item in &opts.approved_scope {
            let text = if code == 0 { &item.0 } else { &item.1 };
            let ib = bag_of(text);
            if !lines.iter().any(|line| containment(&ib, line) >= 0.7) {
                push(
                    "C5",
                    "warning",
                    "PP 28/2018 Pasal 30 ayat (3) huruf e; DOMAIN.md §5",
                    format!(
                        "a field or scope item the DPRD approved is no longer in the draft: \"{}\" (explain the change to the DPRD)",
                        short(text)
                    ),
                    format!(
                        "bidang atau butir ruang lingkup yang disetujui DPRD tidak lagi terdapat dalam rancangan: \"{}\" (jelaskan perubahan ini kepada DPRD)",
                        short(text)
                    ),
                );
            }
        }
    }
    out
}

/// Durations before and after, paired by their unit: "5 (lima) tahun -> 3 (tiga) tahun; 6
/// (enam) bulan -> 3 (tiga) bulan", so that no year reads as becoming a month.
fn by_unit(ours: &[String], theirs: &[String], none: &str) -> String {
    let unit = |v: &String| {
        let last = v.rsplit(' ').next().unwrap_or_default();
        match last.trim_end_matches('s') {
            "year" | "tahun" => "year",
            _ => "month",
        }
    };
    let mut parts = Vec::new();
    for u in ["year", "month"] {
        let o: Vec<String> = ours.iter().filter(|v| unit(v) == u).cloned().collect();
        let t: Vec<String> = theirs.iter().filter(|v| unit(v) == u).cloned().collect();
        if o != t {
            parts.push(format!("{} -> {}", join_or(&o, none), join_or(&t, none)));
        }
    }
    parts.join("; ")
}

fn join_or(v: &[String], none: &str) -> String {
    if v.is_empty() {
        none.into()
    } else {
        v.join(", ")
    }
}

/// A quote of at most 100 characters.
pub fn short(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= 100 {
        return s;
    }
    format!("{}...", s.chars().take(97).collect::<String>())
}

/// Changes made in one language and not in the other: articles paired across languages by
/// their number in OURS.
fn drift(languages: &[Language]) -> Vec<Drift> {
    let mut out = Vec::new();
    // Per language: the number in OURS -> its substantive changes.
    let by_number: Vec<(&str, BTreeMap<u32, Vec<&Change>>)> = languages
        .iter()
        .map(|l| {
            let mut m: BTreeMap<u32, Vec<&Change>> = BTreeMap::new();
            for a in &l.articles {
                if let (Some(o), Status::Changed | Status::Same) = (&a.ours, a.status) {
                    m.entry(o.number).or_default().extend(a.changes.iter().filter(|c| c.class == Class::Substantive));
                }
            }
            (l.lang.as_str(), m)
        })
        .collect();
    for (i, (lang, m)) in by_number.iter().enumerate() {
        for (other, om) in by_number.iter().skip(i + 1).chain(by_number.iter().take(i)) {
            if other == lang {
                continue;
            }
            for (number, changes) in m {
                let unchanged = om.get(number).is_none_or(|c| c.is_empty());
                if unchanged && om.contains_key(number) {
                    for c in changes {
                        let article = languages
                            .iter()
                            .find(|l| l.lang == *lang)
                            .and_then(|l| l.articles.iter().find(|a| a.ours.as_ref().is_some_and(|h| h.number == *number)))
                            .and_then(|a| a.ours.as_ref().map(|h| h.name.clone()))
                            .unwrap_or_else(|| format!("Article {number}"));
                        out.push(Drift {
                            article,
                            changed_in: lang.to_string(),
                            unchanged_in: other.to_string(),
                            old: short(&c.old),
                            new: short(&c.new),
                        });
                    }
                }
            }
        }
    }
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_classified() {
        assert_eq!(classify("Pasal", "PASAL,").class, Class::Editorial);
        assert_eq!(classify("five (5) years", "three (3) years").class, Class::Substantive);
        assert_eq!(classify("shall", "may").class, Class::Substantive);
        assert_eq!(classify("cooperation", "collaboration").class, Class::Wording);
        assert_eq!(classify("Kerja sarna", "Kerja sama").class, Class::Editorial);
        assert_eq!(classify("Mayor Basil Zempilas", "Mayor Jane Smith").class, Class::Substantive);
    }

    #[test]
    fn forums_ignore_negated_sentences() {
        assert!(forums("The dispute shall not be referred to any third party, tribunal or court.").is_empty());
        assert_eq!(forums("Any dispute shall be referred to arbitration in Singapore.").len(), 1);
    }

    #[test]
    fn the_longest_increasing_run() {
        assert_eq!(longest_increasing(&[0, 1, 3, 2, 4]), vec![0, 1, 2, 4]);
        assert_eq!(longest_increasing(&[]), Vec::<usize>::new());
    }
}
