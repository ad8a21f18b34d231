//! One document alone: the articles whose language versions disagree on numbers, dates or
//! durations (rule B2 of `check`, article by article).
//!
//! The articles come from `segment` (the same split as `compare`); an article of the
//! Indonesian text is paired with the article of the same number in each other language,
//! when both have as many paragraphs and the languages do not alternate line by line (a
//! PDF's columns read across, which a reader splits into languages unreliably, are left to
//! the count of numbers over the whole text).
//! What is compared is what a translation keeps: the numbers of two digits or more
//! (separators and a leading label apart: "Rp1.500.000.000,00" and "IDR 1,500,000,000.00"
//! are one amount), durations and counts in digits or in words ("5 (lima) tahun", "three
//! years", "once"), and the month of a date. Other single digits are labels and references
//! ("ayat (1)"), which OCR confuses most. Names and the counts of items are not compared here: a
//! translation writes names in its own way ("Kota Denpasar", "the City"), and `compare`
//! compares the signatories between two drafts.

use super::segment::{parts, Article, Part};
use crate::model::Document;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// An article whose languages disagree.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    /// "Pasal 9 PENYELESAIAN PERSELISIHAN / Article 9 SETTLEMENT OF DISPUTES".
    pub article: String,
    /// The other language (the first is Indonesian).
    pub lang: String,
    /// What differs: "[5] only in Indonesian, [3] only in English".
    pub what: Vec<String>,
    /// The same in Indonesian: "[5] hanya dalam bahasa Indonesia, [3] hanya dalam bahasa Inggris".
    pub what_id: Vec<String>,
}

/// What a translation keeps, in one article of one language.
#[derive(Default)]
struct Facts {
    numbers: BTreeSet<String>,
}

pub(super) static LEADING_LABEL: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"^\s*(\(\d{1,2}\)|\(?[a-z][.)]|\d{1,2}[.)])\s*").expect("valid regex"));
static NUMBER: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"\d+(?:[.,]\d+)*").expect("valid regex"));
/// A number in words before a unit of time: "lima tahun", "three (3) years".
static WORDED: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(dua belas|sebelas|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\(\d+\)\s+)?(tahun|bulan|minggu|hari|years?|months?|weeks?|days?)\b",
    )
    .expect("valid regex")
});
/// A duration or a count in digits: "5 (lima) tahun", "6 months", "1 (satu) kali".
static COUNTED: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(\d{1,3})\s*(?:\([a-z ]+\)\s*)?(tahun|bulan|minggu|hari|kali|years?|months?|weeks?|days?|times)\b")
        .expect("valid regex")
});
/// A month beside a day: "1 Januari", "1 January", "January 1".
static MONTH: LazyLock<regex::Regex> = LazyLock::new(|| {
    let months = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december";
    regex::Regex::new(&format!(r"(?i)\b\d{{1,2}}\s+({months})\b|\b({months})\s+\d{{1,2}}\b")).expect("valid regex")
});

fn worded(w: &str) -> u32 {
    let w = w.to_lowercase();
    const WORDS: [(&str, &str, u32); 12] = [
        ("satu", "one", 1),
        ("dua", "two", 2),
        ("tiga", "three", 3),
        ("empat", "four", 4),
        ("lima", "five", 5),
        ("enam", "six", 6),
        ("tujuh", "seven", 7),
        ("delapan", "eight", 8),
        ("sembilan", "nine", 9),
        ("sepuluh", "ten", 10),
        ("sebelas", "eleven", 11),
        ("dua belas", "twelve", 12),
    ];
    WORDS.iter().find(|(id, en, _)| w == *id || w == *en).map_or(0, |(_, _, n)| *n)
}

fn month(m: &str) -> usize {
    const ID: [&str; 12] =
        ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
    const EN: [&str; 12] =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    let m = m.to_lowercase();
    ID.iter().chain(EN.iter()).position(|x| *x == m).map_or(0, |i| i % 12 + 1)
}

fn facts(a: &Article) -> Facts {
    let mut f = Facts::default();
    // The paragraphs without their labels, run together: a PDF breaks lines inside a date
    // ("16" / "Desember 2024").
    let mut joined = String::new();
    for (i, para) in a.body.iter().enumerate() {
        // A label opens a paragraph, not a line that a PDF broke inside a sentence ("...
        // referred to in paragraph" / "(1) will not be referred ...").
        let opens = i == 0 || a.body[i - 1].trim_end().ends_with(['.', ';', ':']);
        let text = match LEADING_LABEL.find(para).filter(|_| opens) {
            Some(m) => &para[m.end()..],
            None => para.as_str(),
        };
        joined.push_str(text);
        joined.push(' ');
    }
    {
        let text = joined.as_str();
        for m in NUMBER.find_iter(text) {
            // Digits glued to letters are OCR's misreadings or codes ("wi11", "Bag.KS2");
            // a single digit is a label or a reference ("ayat (1)") unless it counts a
            // duration (below), and OCR confuses those most.
            let glued = text[..m.start()].chars().next_back().is_some_and(char::is_alphabetic)
                || text[m.end()..].chars().next().is_some_and(char::is_alphabetic);
            if !glued && m.as_str().len() >= 2 {
                let n = m.as_str().replace(['.', ','], "");
                let n = n.trim_start_matches('0');
                f.numbers.insert(if n.is_empty() { "0".into() } else { n.to_string() });
            }
        }
        for c in WORDED.captures_iter(text) {
            f.numbers.insert(worded(&c[1]).to_string());
        }
        for c in COUNTED.captures_iter(text) {
            f.numbers.insert(c[1].trim_start_matches('0').to_string());
        }
        for c in MONTH.captures_iter(text) {
            let m = c.get(1).or(c.get(2)).map_or(0, |m| month(m.as_str()));
            f.numbers.insert(format!("month {m}"));
        }
        for w in text.split(|c: char| !c.is_alphabetic()) {
            match w.to_lowercase().as_str() {
                "once" => f.numbers.insert("1".into()),
                "twice" => f.numbers.insert("2".into()),
                _ => false,
            };
        }
    }
    f
}

/// The articles of a part by number (the preamble and unnumbered text apart).
fn by_number(p: &Part) -> BTreeMap<u32, &Article> {
    p.articles.iter().filter(|a| a.number > 0).map(|a| (a.number, a)).collect()
}

/// Whether the languages alternate line by line (columns side by side, read across): the
/// split of such a text into languages is too uncertain to compare articles.
fn interleaved(doc: &Document) -> bool {
    let langs: Vec<&str> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            crate::model::Block::Para { text, .. } | crate::model::Block::Heading { text, .. } => text.0.first().map(|(l, _)| l.code()),
            _ => None,
        })
        .filter(|l| *l != "und")
        .collect();
    let switches = langs.windows(2).filter(|w| w[0] != w[1]).count();
    langs.len() >= 10 && switches * 10 > langs.len()
}

/// Whether the document has an Indonesian text and another with the same articles, so
/// that they can be compared article by article.
pub fn paired(doc: &Document) -> bool {
    if interleaved(doc) {
        return false;
    }
    let parts = parts(doc);
    let Some(id) = parts.iter().find(|p| p.lang == "id") else { return false };
    let ids = by_number(id);
    !ids.is_empty()
        && parts.iter().filter(|p| p.lang != "id" && p.lang != super::segment::NAMES).any(|p| {
            let other = by_number(p);
            other.keys().eq(ids.keys())
        })
}

/// The articles whose language versions disagree, when the languages have the same
/// articles (a different count of articles is B2's other finding).
pub fn disagreements(doc: &Document) -> Vec<Disagreement> {
    if interleaved(doc) {
        return vec![];
    }
    let parts = parts(doc);
    let Some(id) = parts.iter().find(|p| p.lang == "id") else { return vec![] };
    let ids = by_number(id);
    let mut out = Vec::new();
    for other in parts.iter().filter(|p| p.lang != "id" && p.lang != super::segment::NAMES) {
        let theirs = by_number(other);
        if ids.is_empty() || !theirs.keys().eq(ids.keys()) {
            continue;
        }
        let lang = language_name(&other.lang);
        for (n, a) in &ids {
            let b = theirs[n];
            if a.body.len() != b.body.len() {
                continue;
            }
            let (f, g) = (facts(a), facts(b));
            let only = |x: &BTreeSet<String>, y: &BTreeSet<String>| x.difference(y).cloned().collect::<Vec<_>>().join(", ");
            let (left, right) = (only(&f.numbers, &g.numbers), only(&g.numbers, &f.numbers));
            if !left.is_empty() || !right.is_empty() {
                out.push(Disagreement {
                    article: format!("{} / {}", a.name(), b.name()),
                    lang: other.lang.clone(),
                    what: vec![format!("[{left}] only in Indonesian, [{right}] only in {lang}")],
                    what_id: vec![format!(
                        "[{left}] hanya dalam bahasa Indonesia, [{right}] hanya dalam bahasa {}",
                        language_name_id(&other.lang)
                    )],
                });
            }
        }
    }
    out
}

/// The name of a language after "bahasa".
fn language_name_id(code: &str) -> &str {
    match code {
        "en" => "Inggris",
        "ko" => "Korea",
        "ja" => "Jepang",
        "zh" => "Tionghoa",
        other => other,
    }
}

fn language_name(code: &str) -> &str {
    match code {
        "en" => "English",
        "ko" => "Korean",
        "ja" => "Japanese",
        "zh" => "Chinese",
        other => other,
    }
}
