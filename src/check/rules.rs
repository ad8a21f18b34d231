//! Text rules beyond presence (DOMAIN.md §6): S6 dispute forum, S7 placeholders, B1
//! languages, B2 parity of the language versions, D1-D2 the DPRD letter.
//!
//! The table of rules (id, kinds, severity, basis, message, hint, and the words each check
//! reads) is in the knowledge file; this module holds only the code each row names in its
//! `check`, registered in `CHECKS`. A test keeps the two in step.

use super::knowledge::{self, Rule};
use super::normalise::{contains_words, skeleton, starts_with_words};
use super::policy::Policy;
use super::sections::{self, Line};
use super::{Finding, Report};
use crate::model::{DocKind, Document, Location};
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// What a check found: the texts for the `{}` of the message (quoted draft text, numbers),
/// those of the Indonesian message when they differ (`fill_id`), and where.
pub(super) struct Hit {
    fill: Vec<String>,
    fill_id: Option<Vec<String>>,
    location: Option<Location>,
}

fn hit(fill: Vec<String>, location: Option<Location>) -> Vec<Hit> {
    vec![Hit { fill, fill_id: None, location }]
}

/// What a check reads.
pub(super) struct Ctx<'a> {
    doc: &'a Document,
    lines: &'a [Line],
    languages: &'a [String],
    rule: &'a Rule,
}

impl Ctx<'_> {
    /// The words of the rule listed under `key`, as skeletons.
    fn words(&self, key: &str) -> Vec<String> {
        self.rule.words.get(key).map(|v| v.iter().map(|w| skeleton(w)).collect()).unwrap_or_default()
    }
    /// The words of the rule listed under `key`, lowercase as written.
    fn raw(&self, key: &str) -> Vec<String> {
        self.rule.words.get(key).map(|v| v.iter().map(|w| w.to_lowercase()).collect()).unwrap_or_default()
    }
    fn any_line(&self, key: &str) -> bool {
        let words = self.words(key);
        self.lines.iter().any(|l| words.iter().any(|w| contains_words(&l.sk, w)))
    }
}

type Check = fn(&Ctx) -> Vec<Hit>;

/// The code of each `check` named in the table of rules.
pub const CHECKS: &[(&str, Check)] = &[
    ("dispute_forum", dispute_forum),
    ("placeholder", placeholder),
    ("no_indonesian", |c| if c.languages.iter().any(|l| l == "id") { vec![] } else { hit(vec![], None) }),
    ("no_foreign", |c| if c.languages.iter().any(|l| l == "en") || c.languages.len() >= 2 { vec![] } else { hit(vec![], None) }),
    ("article_parity", article_parity),
    ("number_parity", number_parity),
    ("article_facts", article_facts),
    ("letter_number", absent),
    ("letter_subject", absent),
    ("letter_attachment", absent),
    ("letter_on_behalf", on_behalf),
    ("copy_home_affairs", absent),
    ("copy_foreign_affairs", absent),
];

/// Applies every rule of the table that concerns `kind`.
pub fn apply(doc: &Document, lines: &[Line], kind: DocKind, policy: &Policy, report: &mut Report) {
    let k = knowledge::get();
    for rule in k.rules.iter().filter(|r| r.kinds.contains(&kind)) {
        let Some((_, check)) = CHECKS.iter().find(|(name, _)| *name == rule.check) else { continue };
        let shipped = rule.severity_for.get(&kind).copied().unwrap_or(rule.severity);
        let Some(severity) = policy.rule(&rule.id, shipped) else { continue };
        let ctx = Ctx { doc, lines, languages: &report.languages, rule };
        for h in check(&ctx) {
            let fill: Vec<&str> = h.fill.iter().map(String::as_str).collect();
            let fill_id: Vec<&str> = h.fill_id.as_ref().unwrap_or(&h.fill).iter().map(String::as_str).collect();
            report.findings.push(Finding {
                rule: &rule.id,
                section: None,
                severity,
                message: rule.message(&fill),
                basis: &rule.basis,
                hint: rule.hint.en.clone(),
                message_id: rule.message_id(&fill_id),
                hint_id: rule.hint.id.clone(),
                location: h.location,
            });
        }
    }
}

/// A finding when none of the rule's `present` words is in the draft (D1 Nomor, Hal, the
/// plan attached; D2 the copies).
fn absent(c: &Ctx) -> Vec<Hit> {
    if c.any_line("present") {
        vec![]
    } else {
        hit(vec![], None)
    }
}

/// D1: a line in the last third that opens with "a.n." or "atas nama".
fn on_behalf(c: &Ctx) -> Vec<Hit> {
    let words = c.words("opens");
    let tail = &c.lines[c.lines.len() * 2 / 3..];
    match tail.iter().find(|l| words.iter().any(|w| l.sk.starts_with(w.as_str()))) {
        Some(l) => hit(vec![], Some(l.location)),
        None => vec![],
    }
}

/// S7: the first unfilled placeholder, outside a draft MoU's part.
fn placeholder(c: &Ctx) -> Vec<Hit> {
    static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\.{4,}|…{2,}|\[\s*\.{2,}\s*\]|\bXXX+\b|\b_[A-Z]+_\b|\{\{|\}\}|\[(?:NAME|NAMA|DATE|TANGGAL|TBD)\]")
            .expect("valid regex")
    });
    let (labels, titles, next) = (c.words("draft_labels"), c.words("draft_titles"), c.words("next_attachment"));
    // (A draft's blanks for the place and date of signature are meant: not its part.)
    let mut in_draft = false;
    for l in c.lines {
        let capitals = !l.text.chars().any(char::is_lowercase);
        let sk = l.sk.trim_end();
        if capitals && (labels.iter().any(|t| sk == t) || titles.iter().any(|t| sk.starts_with(t.as_str()))) {
            in_draft = true;
        } else if in_draft && next.iter().any(|n| starts_with_words(sk, n)) && !sk.contains("memorandum") && !sk.contains("nota") {
            in_draft = false;
        }
        if !in_draft && PLACEHOLDER.find_iter(&l.text).any(|m| !leader(m.as_str(), &l.text[m.end()..])) {
            return hit(vec![excerpt(&l.text)], Some(l.location));
        }
    }
    vec![]
}

/// Whether a run of dots leads the eye to a value filled in after it, as a table of costs
/// or of contents flattened to text writes it ("Biaya personil ........ Rp 96.000.000",
/// "BAB I PENDAHULUAN ........ 3"), rather than leaving a blank: an amount, or a page's
/// number, after it and the line's end (not a year: "Denpasar, ........ 2025" is a blank).
fn leader(dots: &str, after: &str) -> bool {
    static VALUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:(?:Rp|IDR|USD|EUR|AUD|US\$|\$|€)\.?\s*\d[\d.,]*|\d{1,3}(?:[.,]\d{3})+|\d{1,3})(?:,-|,00)?\s*$")
            .expect("valid regex")
    });
    dots.starts_with('.') && VALUE.is_match(after)
}

/// S6: the first line that sends disputes to arbitration or a court, or puts the
/// agreement under a foreign law. A negation just before the forum ("shall not be
/// referred to any court") clears it; a condition ("if not resolved within 30 days, ...
/// arbitration", "which cannot be settled amicably") does not, since that is the
/// escalation the rule is about. The dispute may be named a line or two before the
/// forum, in wrapped text.
fn dispute_forum(c: &Ctx) -> Vec<Hit> {
    let (forum, law, negation, condition, dispute) =
        (c.raw("forum"), c.raw("foreign_law"), c.raw("negation"), c.raw("condition"), c.raw("dispute"));
    let lines = c.lines;
    let lower: Vec<String> = lines.iter().map(|l| l.text.to_lowercase()).collect();
    let about_disputes = |s: &str| dispute.iter().any(|w| s.contains(w.as_str()));
    let negated = |before: &str, after: &str| {
        let mut near: String = before.chars().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect();
        near.push(' ');
        near.extend(after.chars().take(25));
        for c in &condition {
            near = near.replace(c.as_str(), " ");
        }
        // The negations are written with their spaces ("not ", "no "): words, not parts of words.
        negation.iter().any(|n| near.contains(n.as_str()))
    };
    // Each list as one automaton, searched once per line: the leftmost phrase of each.
    let automaton =
        |words: &[String]| aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostLongest).build(words).ok();
    let (forums, laws) = (automaton(&forum), automaton(&law));
    let first = |a: &Option<aho_corasick::AhoCorasick>, s: &str| a.as_ref().and_then(|a| a.find(s)).map(|m| (m.start(), m.len()));
    let found = (0..lines.len()).find(|&k| {
        let s = &lower[k];
        let (f, l) = (first(&forums, s), first(&laws, s).filter(|_| !s.contains("indonesia")));
        if f.is_none() && l.is_none() {
            return false;
        }
        let clause = lower[k.saturating_sub(2)..=k].join(" ");
        let offset = clause.len() - s.len();
        let clear = |(i, n): (usize, usize)| !negated(&clause[..offset + i], &clause[offset + i + n..]);
        f.is_some_and(|f| about_disputes(&clause) && clear(f)) || l.is_some_and(clear)
    });
    match found {
        Some(k) => hit(vec![excerpt(&lines[k].text)], Some(lines[k].location)),
        None => vec![],
    }
}

/// Articles per language: the numbers of the "Pasal" lines and of the "Article" lines. By
/// their numbers, not their lines: a French text beside the English also heads its articles
/// "Article 1", "Article 2", ..., and counts no article twice.
fn articles(lines: &[Line]) -> [usize; 2] {
    let rule = knowledge::get().rules.iter().find(|r| r.check == "article_parity");
    let words = |key: &str| -> Vec<String> { rule.and_then(|r| r.words.get(key)).into_iter().flatten().map(|w| skeleton(w)).collect() };
    let (indonesian, english) = (words("indonesian"), words("english"));
    let mut numbers: [BTreeSet<String>; 2] = Default::default();
    for (i, l) in lines.iter().enumerate().filter(|(_, l)| sections::article_line(&l.sk).is_some()) {
        let mut words = l.sk.split_whitespace();
        let first = words.next().unwrap_or_default();
        // (A line without a number counts once.)
        let number = words.next().map(|w| w.trim_end_matches(['.', ':'])).filter(|w| w.chars().any(|c| c.is_ascii_digit()) || w.len() <= 4);
        let key = number.map_or_else(|| format!("line {i}"), str::to_string);
        if indonesian.iter().any(|w| w == first) {
            numbers[0].insert(key);
        } else if english.iter().any(|w| w == first) {
            numbers[1].insert(key);
        }
    }
    numbers.map(|n| n.len())
}

/// B2: as many articles in each language.
fn article_parity(c: &Ctx) -> Vec<Hit> {
    let [id, en] = articles(c.lines);
    if id > 0 && en > 0 && id != en {
        hit(vec![id.to_string(), en.to_string()], None)
    } else {
        vec![]
    }
}

/// B2: the same numbers (dates, durations, amounts, counts) in the Indonesian and the
/// English text. Numbers from lines clearly in one language, and numbers anywhere a
/// language may be (a PDF of a two-column draft can put both columns on one line): a number
/// is reported only when it is clearly in one language and nowhere in the other.
fn number_parity(c: &Ctx) -> Vec<Hit> {
    // Articles that pair up across the languages are compared one by one (`article_facts`).
    if crate::compare::parity::paired(c.doc) {
        return vec![];
    }
    let mut clean: [BTreeSet<String>; 2] = Default::default();
    let mut anywhere: [BTreeSet<String>; 2] = Default::default();
    // Digits glued to letters ("wi11", "Pasa1") are OCR's misreadings of letters, not numbers.
    static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{L}*\d{2,}\p{L}*").expect("valid regex"));
    for Line { text, .. } in c.lines {
        // Most lines have no number: their language is not needed.
        if !text.as_bytes().windows(2).any(|w| w[0].is_ascii_digit() && w[1].is_ascii_digit()) {
            continue;
        }
        let (id, en) = crate::read::lang_votes(text);
        for d in DIGITS.find_iter(text).filter(|d| d.as_str().chars().all(|c| c.is_ascii_digit())) {
            let n = d.as_str().trim_start_matches('0').to_string();
            if id > 0 && en == 0 {
                clean[0].insert(n.clone());
            }
            if en > 0 && id == 0 {
                clean[1].insert(n.clone());
            }
            if id > 0 || en == 0 {
                anywhere[0].insert(n.clone());
            }
            if en > 0 || id == 0 {
                anywhere[1].insert(n);
            }
        }
    }
    let only: [BTreeSet<String>; 2] =
        [clean[0].difference(&anywhere[1]).cloned().collect(), clean[1].difference(&anywhere[0]).cloned().collect()];
    let bilingual = !clean[0].is_empty() && !clean[1].is_empty();
    if bilingual && (!only[0].is_empty() || !only[1].is_empty()) {
        let list = |v: &BTreeSet<String>| v.iter().take(5).map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
        hit(vec![list(&only[0]), list(&only[1])], None)
    } else {
        vec![]
    }
}

/// B2, article by article: an article whose languages disagree on numbers, dates,
/// durations, the count of its items or names (`compare::parity`).
fn article_facts(c: &Ctx) -> Vec<Hit> {
    crate::compare::parity::disagreements(c.doc)
        .into_iter()
        .map(|d| Hit {
            fill: vec![d.article.clone(), d.what.join("; ")],
            fill_id: Some(vec![d.article, d.what_id.join("; ")]),
            location: None,
        })
        .collect()
}

/// A line shortened for a message.
pub fn excerpt(line: &str) -> String {
    let mut s: String = line.chars().take(90).collect();
    if line.chars().count() > 90 {
        s.push('…');
    }
    s
}
