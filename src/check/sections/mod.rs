//! Finding sections in a read draft the way a reader finds them, with the evidence and how
//! sure the finding is:
//!
//! - **heading**: a styled heading, an article line ("Pasal 5", "ARTICLE III - SCOPE", the
//!   title on the same line, the next or the previous one, or run into the text after it),
//!   a numbered or short heading-like line, a "Label: text" line, or a numbered label
//!   inside a flattened page ("... 3.3 Results: ..."), whose title starts with one of the
//!   section's names (also after "dan"/"and", or after a qualifier when the name is
//!   distinctive); words damaged by OCR are repaired against the vocabulary of headings
//!   first (`normalise::Vocabulary`);
//! - **body statement**: a sentence that states the section ("in the following fields",
//!   "remain in force for five years", "each party bears its own costs"), a clause that
//!   lists fields of cooperation, a period between two dates, an amount with a currency;
//! - **structure**: a list of fields after an introducing line (scope), and signature
//!   blocks (a party label or "FOR/UNTUK ..." followed by a name, a title or a signature
//!   mark).
//!
//! Recitals, the legal basis and definitions cite rather than state, so their lines do not
//! count as body statements. What each section is called lives in the knowledge file.

use super::knowledge::{self, Knowledge};
use super::normalise::{contains_words, starts_with_words, word_matches};
use crate::model::{Location, SectionId};
use regex::Regex;
use std::sync::LazyLock;

mod headings;
mod lines;
mod signature;
mod statements;
mod structure;

use headings::{after_numbering, named, numbered_text, numbering};
pub use headings::{article_line, headings, numbered};
pub(super) use headings::{heading_like, mail_domains, ordinal_heading};
pub use lines::{lines, Line};
use signature::signature;
use statements::stated;
use structure::{column_names, field_headings, table_header};

/// How a section was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Under a heading that names it.
    Heading,
    /// Stated in a sentence of the body.
    Body,
    /// From the shape of the text: a list of fields, a signature block.
    Structure,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Heading => "heading",
            Reason::Body => "body statement",
            Reason::Structure => "structure",
        }
    }
}

/// Where a section was found, and why.
#[derive(Debug, Clone)]
pub struct Found {
    pub section: SectionId,
    pub reason: Reason,
    /// How sure the finding is, from 0 to 1.
    pub confidence: f32,
    /// The block it comes from.
    pub index: usize,
    /// The text that shows it (the heading, the sentence, the first line of the block).
    pub text: String,
    pub location: Location,
    /// The section whose heading the statement stands under, for a body statement.
    pub under: Option<SectionId>,
}

/// A heading found in the draft, with the title it carries.
#[derive(Debug, Clone)]
pub struct Heading {
    pub index: usize,
    /// The title, in skeleton form.
    pub title: String,
    pub text: String,
    /// The title runs on into the text ("PASAL 1 TUJUAN Tujuan dari ..."): only its start
    /// names a section.
    pub run_in: bool,
    /// An article heading ("Pasal 3", "Article III").
    pub article: bool,
}

impl Heading {
    /// Whether a line is the heading's own: its title's line under an article's number
    /// ("Pasal 5" / "PEMBIAYAAN"), read as a heading too, or its text.
    fn owns(&self, l: &Line) -> bool {
        self.title.contains(l.sk.as_str()) || self.text.contains(l.text.trim())
    }
}

/// A period stated inline, in skeleton form: "berlaku 5 (lima) tahun", "valid for five (5)
/// years", "for another five years", "(term: 5 years, 2025-2030)", "Implementation period:
/// July 2025 - June 2027", "to start on 1 April 2024 and to be completed by 30 November 2024".
///
/// Built from the knowledge's words, in skeleton form. A bytes regex in ASCII mode: Unicode
/// classes under counted repetitions ("[^.;]{0,40}") would take tens of milliseconds to compile.
static SPAN: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    let k = knowledge::get();
    let number = number_pattern(k);
    // "30 June 2027", "June 2027", "June 30, 2027", "30/06/2027", "2027".
    let date = format!(
        r"(?:(?:\d{{1,2}}\s+)?(?:{m})\.?\s*,?\s*\d{{4}}|(?:{m})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\b(?:19|20)\d{{2}}\b)",
        m = alternatives(&k.months)
    );
    regex::bytes::Regex::new(&format!(
        concat!(
            r"(?-u)\b(?:{period})\b\W{{0,3}}(?:(?:{fillers})\s+){{0,4}}(?:[a-z]+ )?{number}\s*(?:{units})\b",
            r"|\b(?:{start})\b[^.;]{{0,40}}?{date}[^.;]{{0,50}}?\b(?:{end})\b[^.;]{{0,25}}?{date}",
            r"|\b(?:{expiry})\b\W{{0,3}}(?:on\s+|pada\s+)?(?:tanggal\s+)?{date}",
            r"|\b(?:{labels})\b[^:]{{0,40}}:\s*[^:]{{0,25}}?\d{{4}}\s*(?:-|–|—|{range})\s*[^:]{{0,25}}?\d{{4}}",
            // "Period: 1 March - 30 November 2026": the days of one year, the year written once.
            r"|\b(?:{labels})\b[^:]{{0,40}}:\s*\d{{1,2}}\s+(?:{m})\.?\s*(?:-|–|—|{range})\s*\d{{1,2}}\s+(?:{m})\.?\s+\d{{4}}",
            // "It covers the period from 1 January to 31 December 2026": the same range after
            // a word that starts a period, the year written once.
            r"|\b(?:{start})\b[^.;]{{0,40}}?\b\d{{1,2}}\s+(?:{m})\.?\s*(?:-|–|—|{range})\s*\d{{1,2}}\s+(?:{m})\.?\s+\d{{4}}",
            // "(1 July 2025 - 30 June 2026)": a range of full dates in brackets, the period
            // of the sentence before it (not years alone: "RPJMD (2021-2026)" cites a plan).
            r"|\(\s*(?:\d{{1,2}}\s+)?(?:{m})\.?\s+\d{{4}}\s*(?:-|–|—|{range})\s*(?:\d{{1,2}}\s+)?(?:{m})\.?\s+\d{{4}}\s*\)",
        ),
        period = alternatives(&k.period_words),
        fillers = alternatives(&k.period_fillers),
        units = alternatives(&k.period_units),
        start = alternatives(&k.start_words),
        end = alternatives(&k.end_words),
        expiry = alternatives(&k.expiry_words),
        labels = alternatives(&k.period_labels),
        range = alternatives(&k.range_words),
        m = alternatives(&k.months),
        number = number,
        date = date,
    ))
    .expect("valid regex")
});

/// The longest a text lasts: "paling lama 2 (dua) tahun", "not longer than two (2) years".
static BOUND: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    let k = knowledge::get();
    let number = number_pattern(k);
    regex::bytes::Regex::new(&format!(
        r"(?-u)\b(?:{})\W{{0,3}}{number}\s*(?:{})\b",
        alternatives(&k.period_bounds),
        alternatives(&k.period_units)
    ))
    .expect("valid regex")
});

/// Words as alternatives of a regex, each escaped.
fn alternatives(words: &[String]) -> String {
    words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

/// A number in digits or words, with its other form in brackets: "5", "(5)", "lima (5)",
/// "two (2)".
fn number_pattern(k: &Knowledge) -> String {
    format!(r"(?:\(?\d+\)?|{})(?:\s*\(\s*[a-z0-9 ]+\s*\))?", alternatives(&k.number_words))
}

/// An amount of money: "Rp 120.000.000", "USD 18,500", "$9,000", "50 juta rupiah"; not "37
/// million inhabitants", nor a digit in a word that OCR misread ("aff1rm").
static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    let k = knowledge::get();
    let (currency, size) = (alternatives(&k.currencies), alternatives(&k.magnitudes));
    Regex::new(&format!(
        r"(?:^|[^\p{{L}}\p{{N}}])(?:{currency})\.?\s?\d[\d.,]*\d|(?:^|[^\p{{L}}\p{{N}}])\d[\d.,]*\s?(?:(?:{size})\s+)?(?:{currency})(?:[^\p{{L}}]|$)"
    ))
    .expect("valid regex")
});

/// A line's skeleton with the start of the next line joined on, when the next line
/// continues the same text (hard-wrapped text and PDF lines), so that phrases cut by a line
/// break are found. Only as much of the next line as the longest phrase could reach.
/// (Not across a rule: "===== END OF DRAFT =====" over an e-mail's "AVISO DE
/// CONFIDENCIALIDAD" is no notice of an end.)
fn with_next(lines: &[Line], k: usize) -> std::borrow::Cow<'_, str> {
    const REACH: usize = 80;
    match continued(lines, k) {
        Some(next) => {
            let end = (0..=REACH.min(next.sk.len())).rev().find(|&i| next.sk.is_char_boundary(i)).unwrap_or(0);
            let mut joined = lines[k].sk.clone();
            join_line(&mut joined, &next.sk[..end]);
            joined.into()
        }
        None => lines[k].sk.as_str().into(),
    }
}

/// The line after line `k` when it may continue the same text: not a heading, an article's
/// line, or a line between rules.
fn continued(lines: &[Line], k: usize) -> Option<&Line> {
    lines.get(k + 1).filter(|next| !next.styled && article_line(&next.sk).is_none() && !ruled(&lines[k].text) && !ruled(&next.text))
}

/// Joins the next line's skeleton onto a line's: a word broken by a hyphen at the line's end
/// is one word ("berlaku untuk djang-" / "ka waktu lima (5) tahun", as the columns of a typed
/// page are read).
fn join_line(joined: &mut String, next: &str) {
    let broken = joined.strip_suffix('-').is_some_and(|w| w.ends_with(char::is_alphabetic)) && next.starts_with(char::is_alphabetic);
    if broken {
        joined.pop();
    } else {
        joined.push(' ');
    }
    joined.push_str(next);
}

/// A line's skeleton with the next lines joined on until the sentence open at its end ends
/// (at most three more lines of prose of its paragraph), so that a statement's words wrapped
/// over a narrow column are read in one sentence; a line whose sentences all end on it, or
/// whose next line does not run on, is joined as `with_next` joins.
fn sentence_on(lines: &[Line], k: usize) -> std::borrow::Cow<'_, str> {
    const LINES: usize = 3;
    let sk = &lines[k].sk;
    let mut from = 0;
    while let Some(p) = sentence_end(&sk[from..]) {
        from += p + 1;
    }
    // (Ended too when closed by a bracket or a quote: "... is finalised.)".)
    let open = sk[from..].trim_end().trim_end_matches([')', ']', '"', '\'', '”', '’']);
    // (Only prose runs on: not a title in capitals over the lines below it.)
    let prose = |l: &Line| l.text.chars().any(char::is_lowercase);
    if open.trim().is_empty() || open.ends_with('.') || !prose(&lines[k]) {
        return with_next(lines, k);
    }
    let mut joined = sk.clone();
    for j in k..(k + LINES).min(lines.len() - 1) {
        let next = &lines[j + 1];
        // (A plain text's lines are blocks of their own: its paragraph's lines follow one
        // another, with no blank line between.)
        let following = lines[j].location.line.zip(next.location.line).is_some_and(|(a, b)| b == a + 1);
        let paragraph = next.block == lines[j].block || following;
        // (And the sentence runs on: not a recital closed by its comma over the next,
        // "... (\"the two sides\")," / "In the spirit of ...".)
        let runs_on = lines[j].text.trim_end().ends_with(char::is_alphanumeric) || next.text.trim_start().starts_with(char::is_lowercase);
        let Some(next) = continued(lines, j).filter(|next| paragraph && runs_on && prose(next)) else {
            // (The next line at least, as `with_next` joins it.)
            if j == k {
                return with_next(lines, k);
            }
            break;
        };
        join_line(&mut joined, &next.sk);
        if sentence_end(&joined[from..]).is_some() {
            break;
        }
    }
    joined.into()
}

/// A line set between rules: "===== END OF DRAFT =====", "*** Lampiran ***".
fn ruled(text: &str) -> bool {
    let t = text.trim();
    let rule = |c: char| "=*-_#~".contains(c);
    let (lead, trail) = (t.chars().take_while(|c| rule(*c)).count(), t.chars().rev().take_while(|c| rule(*c)).count());
    lead >= 3 && trail >= 3 && lead + trail < t.chars().count()
}

/// A sentence that names the section and introduces a list of it: "... will benefit the
/// city: a; b; c" or one that ends with a colon before the items.
fn introduces_list(sk: &str, words: &[String], not_before: &[&[String]]) -> bool {
    let Some((head, rest)) = sk.split_once(':') else { return false };
    // The sentence that ends with the colon, not the clause's sentences before it.
    let head = head.rsplit_once(". ").map_or(head, |(_, last)| last);
    // (Or the first item right after it: "we expect to deliver: (i) an asset register and".)
    let listed = rest.trim().is_empty() || rest.matches([';', ',']).count() >= 2 || numbered(rest.trim());
    // (Not after a word that makes it something else: "Penerima manfaat ... adalah:".)
    let names = |w: &String| {
        word_matches(head, w).any(|at| !not_before.iter().copied().flatten().any(|x| head[..at].trim_end().ends_with(x.as_str())))
    };
    listed && head.split_whitespace().count() <= 25 && words.iter().any(names)
}

/// The formula that closes a preamble and opens the articles: "TELAH MENYATAKAN KEHENDAK
/// sebagai berikut:", "HAVE AGREED AS FOLLOWS:". Neither a heading nor a statement.
/// (Not a line that names what follows as a section's list: the fields of the cooperation,
/// "PARA PIHAK bekerja sama dalam hal-hal berikut:"; its outputs, "The Parties expect to
/// produce the following:".)
fn formula(l: &Line, k: &Knowledge) -> bool {
    let sk = l.sk.trim_end_matches([':', ' ']);
    l.sk.trim_end().ends_with(':')
        && sk.split_whitespace().count() <= 8
        && k.formulas_as_follows.iter().any(|f| sk.ends_with(f.as_str()))
        && !k
            .sections
            .iter()
            .filter(|s| matches!(s.id, SectionId::Scope | SectionId::Output))
            .flat_map(|s| &s.list_words)
            .any(|w| contains_words(sk, w))
}

/// A recital: a line opening with a recital's word, after its letter or number if it has
/// one ("a. bahwa PARA PIHAK telah menandatangani ...", "WHEREAS ..."), unless the formula
/// that makes it operative follows in it ("Dengan memperhatikan ..., dengan ini PARA PIHAK
/// sepakat untuk bekerja sama di bidang ...": what follows is agreed).
fn recital(l: &Line, k: &Knowledge) -> bool {
    let sk = after_numbering(&l.sk).unwrap_or(&l.sk);
    k.recitals.iter().any(|r| l.sk.starts_with(r.as_str()) || sk.starts_with(r.as_str()))
        && !k.operative.iter().any(|o| contains_words(&l.sk, o))
}

/// Lines that cite rather than state: recitals, and the lines under a heading of the legal
/// basis or the definitions, up to the next heading that is not an item of its list.
fn citing(lines: &[Line], heads: &[Heading], k: &Knowledge) -> Vec<bool> {
    // Recitals; the labels of a letter's frame ("Hal: Permohonan Persetujuan ..."); the
    // formula that closes a preamble ("TELAH MENYATAKAN KEHENDAK sebagai berikut:").
    let opens = |sk: &str, w: &str| sk.strip_prefix(w).is_some_and(|r| r.trim_start().starts_with([':', ';']));
    // (A recital's word opens a sentence: "... sebagaimana terlampir, dan" / "sesuai dengan
    // ketentuan Pasal 31 ..., kami mohon ..." wraps a letter's sentence where a copy breaks
    // its line, and the request after it is stated; review 14, finding 6.)
    let wrapped = |i: usize| {
        let (l, before) = (&lines[i], i.checked_sub(1).map(|p| lines[p].text.trim_end()));
        let capitals = |t: &str| t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase);
        l.text.trim_start().starts_with(char::is_lowercase)
            && numbered_text(&l.text).is_none()
            && before.is_some_and(|b| !b.is_empty() && !b.ends_with(['.', ';', ':', '!', '?']) && !capitals(b))
    };
    let recitals: Vec<bool> = lines.iter().enumerate().map(|(i, l)| recital(l, k) && !wrapped(i)).collect();
    let mut out: Vec<bool> = lines
        .iter()
        .zip(&recitals)
        .map(|(l, &recital)| recital || k.frame_labels.iter().any(|w| opens(&l.sk, w)) || formula(l, k))
        .collect();
    // A recital wrapped over several lines (a PDF's lines, a text file's) cites to its end:
    // the lines after its first, up to the one that closes it with ";", "." or ":", unless a
    // heading or a numbered line comes first.
    let mut in_recital = false;
    for (i, l) in lines.iter().enumerate() {
        if recitals[i] {
            in_recital = true;
        } else if in_recital {
            // The formula that makes it operative, further down the wrapped recital
            // ("Recognizing that ... / ... we pledge to encourage exchanges ... in / the
            // fields of ..."): from that line on, what it says is agreed.
            if k.operative.iter().any(|o| contains_words(&l.sk, o)) {
                in_recital = false;
                continue;
            }
            let t = l.text.trim();
            let mut letters = t.chars().filter(|c| c.is_alphabetic()).peekable();
            let heading_like = (letters.peek().is_some() && letters.all(char::is_uppercase)) || numbered_text(t).is_some();
            if heading_like || t.is_empty() {
                in_recital = false;
                continue;
            }
            out[i] = true;
        }
        if in_recital && l.text.trim_end().ends_with([';', '.', ':']) {
            in_recital = false;
        }
    }
    // The numbering of a line: "1." decimal, "a." lowercase, "A." capital, "(1)" bracketed,
    // a bullet, or none.
    let style = |l: &Line| -> u8 {
        let t = l.text.trim_start();
        match t.chars().next() {
            Some('-' | '•' | '*') => 1,
            Some('(') => 2,
            Some(c) if numbered_text(t).is_some() && c.is_ascii_digit() => 3,
            Some(c) if numbered_text(t).is_some() && c.is_lowercase() => 4,
            Some(c) if numbered_text(t).is_some() && c.is_uppercase() => 5,
            _ => 0,
        }
    };
    // A list of what another document must contain ("... paling sedikit memuat:"): its
    // items, up to the first line that is not one.
    for (i, l) in lines.iter().enumerate() {
        if l.sk.trim_end().ends_with(':') && k.contents_formulas.any(&l.sk) {
            for (j, item) in lines.iter().enumerate().skip(i + 1) {
                let t = item.text.trim_start();
                if numbered_text(t).is_none() && !t.starts_with(['-', '•', '*']) {
                    break;
                }
                out[j] = true;
            }
        }
    }
    for (n, h) in heads.iter().enumerate() {
        if !k.citation_headings.iter().any(|c| h.title.starts_with(c.as_str())) {
            continue;
        }
        // The list ends at the next heading numbered like this one, or not numbered at all.
        let own = style(&lines[h.index]);
        let end = heads[n + 1..]
            .iter()
            .find(|next| {
                let s = style(&lines[next.index]);
                article_line(&lines[next.index].sk).is_some() || s == own || s == 0 || s == 5
            })
            .map_or(lines.len(), |next| next.index);
        for (flag, l) in out.iter_mut().zip(lines).take(end).skip(h.index + 1) {
            *flag = !defines_period(l, k);
        }
    }
    out
}

/// A definition that gives the cooperation's own period with its years: '"Project Period"
/// means the period from 1 April 2026 to 31 March 2029' states the term.
fn defines_period(l: &Line, k: &Knowledge) -> bool {
    let sk = after_numbering(&l.sk).unwrap_or(&l.sk).trim_start_matches(|c: char| !c.is_alphanumeric());
    let year = |w: &str| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit());
    k.defined_periods.iter().any(|p| starts_with_words(sk, p)) && l.text.split(|c: char| !c.is_ascii_digit()).any(year)
}

pub fn find(lines: &[Line], heads: &[Heading]) -> Vec<Found> {
    let k = knowledge::get();
    let mut citing = citing(lines, heads, k);
    // The document's own title ("PERNYATAAN KEHENDAK KERJA SAMA", "RENCANA KERJA SAMA") is
    // not a section heading, though it may read like one; an article's title is.
    let title_of_document = |h: &Heading| {
        !h.article
            && h.index < 15
            && k.titles.iter().any(|t| h.title.strip_prefix(t.sk.as_str()).is_some_and(|r| !r.starts_with(char::is_alphanumeric)))
    };
    // (Nor are the lines of its subtitle under it, unless they open with the section's name:
    // "KERANGKA ACUAN KERJA (KAK)" / "PENYUSUNAN KAJIAN PELUANG DAN MANFAAT KERJA SAMA" names
    // a study, not its benefits; "RENCANA KERJA TAHUNAN" / "PERIODE 1 JANUARI - 31 DESEMBER
    // 2025" is the plan's term.)
    let mut in_title = vec![false; heads.len()];
    for (at, h) in heads.iter().enumerate() {
        let under_title = at > 0 && heads[at - 1].index + 1 == h.index && in_title[at - 1];
        // (A phrase's length, not a table's header cell under the title: "Bidang" / "Keluaran".)
        let phrase = h.title.split_whitespace().nth(4).is_some();
        let opens_with_head = || k.head_index.phrases.raw_matches(&h.title).any(|(_, start, _)| start == 0);
        in_title[at] =
            title_of_document(h) || (under_title && phrase && !h.article && !numbered(&h.text) && !h.run_in && !opens_with_head());
    }
    // The sections each heading names, its title repaired first when OCR damaged it.
    let named: Vec<(Vec<SectionId>, bool)> = heads
        .iter()
        .zip(&in_title)
        .map(|(h, &in_title)| {
            if in_title {
                return (Vec::new(), false);
            }
            let exact = named(&h.title, h.run_in, k);
            if !exact.is_empty() {
                return (exact, false);
            }
            match k.head_words.repair(&h.title) {
                Some(fixed) => (named(&fixed, h.run_in, k), true),
                None => (Vec::new(), false),
            }
        })
        .collect();
    // The section each line stands under: that of the last heading naming one (an article
    // heading naming none ends it, and so does the document's title: a web page's heading
    // above it, "Content", does not run into the draft).
    let mut under: Vec<Option<SectionId>> = vec![None; lines.len()];
    // So does a heading numbered as the one that named it ("2. What we will work on" ...
    // "8. Stepping away"), not an item of its list ("a. Pendidikan").
    let mut current = None;
    let mut current_numbering = None;
    let mut next = heads.iter().zip(&named).peekable();
    for (i, slot) in under.iter_mut().enumerate() {
        // An article without a title ("Clause 9" over "9.1 If a disagreement arises ...")
        // ends the section before it as well (a "Background" does not run to the end).
        if article_line(&lines[i].sk).is_some_and(|rest| rest.is_empty()) {
            current = None;
        }
        while let Some((h, (ids, _))) = next.peek() {
            if h.index > i {
                break;
            }
            let numbering = numbering(&lines[h.index].text);
            if !ids.is_empty() {
                current = ids.first().copied();
                // (An unnumbered heading inside a numbered one keeps its numbering: "IX. HASIL
                // YANG DIHARAPKAN" over a table whose columns "Indikator" and "Target" name
                // outputs too; "X. LAIN-LAIN" still ends it.)
                current_numbering = numbering.or(current_numbering);
            } else if h.article || title_of_document(h) || (numbering.is_some() && numbering == current_numbering) {
                current = None;
            }
            next.next();
        }
        *slot = current;
    }
    let columns = column_names(lines, k);
    let mut found: Vec<Found> = Vec::new();
    let mut todo: Vec<bool> = vec![false; k.sections.len()];
    for (n, section) in k.sections.iter().enumerate() {
        let id = section.id;
        if id == SectionId::Signature {
            continue;
        }
        // (A hollow heading's own lines state nothing either: "Pasal 11" / "PENGAKHIRAN" /
        // "[akan dilengkapi]" is no body statement of a termination.)
        let mut heading = None;
        // (Not the time column of a table flattened one cell to a line: "Waktu Pelaksanaan /
        // Time" over "Triwulan II" is each activity's time, not the term.)
        let column = |h: &Heading| id == SectionId::Duration && columns[h.index];
        for (at, pair) in heads.iter().zip(&named).enumerate().filter(|(_, (h, (ids, _)))| ids.contains(&id) && !column(h)) {
            match hollow(lines, heads, &named, at, id, k) {
                Some(own) => citing[own].iter_mut().for_each(|c| *c = true),
                None => {
                    heading = Some(pair);
                    break;
                }
            }
        }
        if heading.is_some_and(|(h, _)| {
            emptied(lines, heads, h, k)
                || defers_only(lines, heads, h, n, k)
                || other_rule_only(lines, heads, h, n, k)
                || unstated(lines, heads, h, n, k)
                || awaited(h, k)
        }) {
            // "PEMBIAYAAN / The financing plan will be agreed later": the heading is there,
            // the section is not; the body may still state it elsewhere.
            todo[n] = true;
            continue;
        }
        if let Some((h, (_, repaired))) = heading {
            let l = &lines[h.index];
            let confidence = match (repaired, h.run_in) {
                (false, false) => 0.9,
                (true, false) | (false, true) => 0.75,
                (true, true) => 0.65,
            };
            found.push(Found {
                section: id,
                reason: Reason::Heading,
                confidence,
                index: l.block,
                text: h.text.clone(),
                location: l.location,
                under: None,
            });
        } else {
            todo[n] = true;
        }
    }
    found.extend(stated(lines, heads, &citing, &under, todo, k));
    found.extend(measures(lines, &citing, &under, &found, k));
    found.extend(table_header(lines, &citing, &found, k));
    if !found.iter().any(|f| f.section == SectionId::Scope) {
        found.extend(field_headings(lines, heads, k));
    }
    addressee(lines, &mut found, k);
    if let Some(sig) = signature(lines, k) {
        found.push(sig);
    }
    found
}

/// Where a letter's copies begin: the first line that opens with their label ("Tembusan",
/// "cc"); the end of the text when it has none.
fn copies_at(lines: &[Line], k: &Knowledge) -> usize {
    lines.iter().position(|l| k.letter_copies.iter().any(|c| starts_with_words(&l.sk, c))).unwrap_or(lines.len())
}

/// A letter's own addressee: its first "Yth." before the label of its copies (never a copy
/// under "Tembusan:", "3. Yth. Ketua DPRD ..."; review 11, finding 8), with the short lines
/// after it up to "di ..." before the place (a text file may run them into one paragraph).
/// Returns the line of the "Yth." and the addressee's words, skeletonised. None when the
/// "Yth." opens a numbered list of addressees ("Yth. / 1. Ketua DPRD ...; / 2. Forkopimda
/// ...;"): an invitation or a circular, as the letters to the DPRD and the Minister have one.
pub fn letter_addressee(lines: &[Line], k: &Knowledge) -> Option<(usize, String)> {
    let yth = k.letter_frame.last().map(String::as_str).unwrap_or("yth");
    let at = lines[..copies_at(lines, k)].iter().position(|l| contains_words(&l.sk, yth))?;
    let rest = lines[at].sk.split_once(yth).map_or("", |(_, r)| r.trim_start_matches(['.', ' ']));
    let first = if rest.is_empty() { lines.get(at + 1).map(|l| l.sk.as_str()) } else { Some(rest) };
    if first.is_some_and(|f| f.starts_with("1.") || f.starts_with("1)")) {
        return None;
    }
    let mut block = String::new();
    for (n, l) in lines[at..].iter().take(4).enumerate() {
        if n > 0 && (l.sk.split_whitespace().count() > 15 || l.sk == "di" || l.sk.starts_with("di ")) {
            break;
        }
        block.push(' ');
        block.push_str(&l.sk);
    }
    Some((at, block.split(" di ").next().unwrap_or_default().to_string()))
}

/// The addressee of a letter as its structure shows it: the letter's own "Yth." naming the
/// Minister of Home Affairs or the DPRD ("Yth. Menteri Dalam Negeri / c.q. ..."), where no
/// phrase of the body names the addressee before the copies. A phrase under "Tembusan" names
/// a copy's addressee, not the letter's: a letter whose own "Yth." was cut does not pass on
/// the copy to the DPRD.
fn addressee(lines: &[Line], found: &mut Vec<Found>, k: &Knowledge) {
    let copies = lines.get(copies_at(lines, k)).map(|l| l.block);
    found.retain(|f| f.section != SectionId::Addressee || copies.is_none_or(|b| f.index < b));
    if found.iter().any(|f| f.section == SectionId::Addressee) {
        return;
    }
    let Some((at, block)) = letter_addressee(lines, k) else {
        return;
    };
    if k.letter_minister.iter().chain(&k.letter_addressee).any(|w| contains_words(&block, w)) {
        let l = &lines[at];
        found.push(Found {
            section: SectionId::Addressee,
            reason: Reason::Structure,
            confidence: 0.85,
            index: l.block,
            text: l.text.clone(),
            location: l.location,
            under: None,
        });
    }
}

/// Whether the rest of a section's sentence leaves it to another document or day ("...
/// pengakhiran kerja sama diatur lebih lanjut dalam Perjanjian Kerja Sama"); not a relative
/// clause about other matters ("..., serta hal-hal yang belum diatur di dalamnya, akan
/// diselesaikan secara damai").
fn defers_after(rest: &str, k: &Knowledge) -> bool {
    let relative = |at: usize| rest[..at].trim_end().rsplit(' ').next().is_some_and(|w| k.relatives.iter().any(|r| r == w));
    k.deferred_after.matches(rest).any(|(_, start, _)| !relative(start))
}

/// Where the sentence in `s` ends: its first ";", or its first "." that closes it, not one
/// inside or after an abbreviation ("1 Januari s.d. 31 Desember 2026", "No. 5").
fn sentence_end(s: &str) -> Option<usize> {
    s.char_indices().find_map(|(i, c)| match c {
        ';' => Some(i),
        '.' => {
            let closes = s[i + 1..].chars().next().is_none_or(char::is_whitespace);
            let word = s[..i].rsplit(' ').next().unwrap_or_default();
            let letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
            let abbreviated = word.contains('.') || letter || matches!(word, "no" | "nr" | "nomor");
            (closes && !abbreviated).then_some(i)
        }
        _ => None,
    })
}

/// A measure set on an item, after a label the section names ("Indicator: at least 8 of the
/// 10 participants pass", "(indikator: penghematan tagihan minimal 15%)", "Hasil: 34
/// aparatur terlatih"): the label opens the line, a sentence or brackets, and what follows
/// its colon counts something (a number that is no year). For the sections not yet found.
fn measures(lines: &[Line], citing: &[bool], under: &[Option<SectionId>], found: &[Found], k: &Knowledge) -> Vec<Found> {
    let mut out = Vec::new();
    for section in k.sections.iter().filter(|s| !s.measure_labels.is_empty() && !found.iter().any(|f| f.section == s.id)) {
        let measured = |hay: &str, at: usize, label: &str| {
            let before = hay[..at].trim_end();
            let opens = before.is_empty()
                || before.ends_with(['.', '(', ';'])
                || after_numbering(hay).is_some_and(|rest| hay.len() - rest.len() == at);
            let Some(after) = hay[at + label.len()..].trim_start().strip_prefix(':') else { return false };
            let to = after.find(')').into_iter().chain(sentence_end(after)).min().unwrap_or(after.len());
            opens && counts(&after[..to])
        };
        // (A label stands before a colon: most lines have none, and are not searched.)
        let at = lines.iter().enumerate().find(|(i, l)| {
            l.sk.contains(':')
                && !citing[*i]
                && under[*i] != Some(SectionId::Background)
                && section.measure_labels.iter().any(|label| word_matches(&l.sk, label).any(|at| measured(&l.sk, at, label)))
        });
        if let Some((i, l)) = at {
            out.push(Found {
                section: section.id,
                reason: Reason::Body,
                confidence: 0.6,
                index: l.block,
                text: l.text.clone(),
                location: l.location,
                under: under[i],
            });
        }
    }
    out
}

/// Whether a text counts something: a number that is not a year ("34 aparatur", "15%", "8
/// of the 10"; not "tahun 2027" alone).
fn counts(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).any(|n| {
        let year = n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
        !year
    })
}

/// Whether a line states an amount of money ("IDR 2,750,000,000", "EUR 40.000").
fn states_amount(l: &Line) -> bool {
    l.text.chars().any(|c| c.is_ascii_digit()) && MONEY.is_match(&l.text.to_lowercase())
}

/// Whether the text under a heading of outputs, benefits, financing, the term or a clause only
/// leaves it to a later document or day ("will be agreed later", "akan diatur lebih lanjut
/// dalam rencana kerja tahunan", "akan ditentukan kemudian"): a short body with a deferral
/// and none of the section's own statements.
fn defers_only(lines: &[Line], heads: &[Heading], h: &Heading, n: usize, k: &Knowledge) -> bool {
    let id = k.sections[n].id;
    if !matches!(
        id,
        SectionId::Output | SectionId::Benefit | SectionId::Financing | SectionId::Duration | SectionId::Dispute | SectionId::Termination
    ) {
        return false;
    }
    // A heading run into its text, or followed by it after a colon ("Keluaran dan
    // indikator: akan dirinci dalam ..."): the body is its line.
    let end = heading_end(lines, heads, h);
    let inline = h.run_in || lines[h.index].sk.split_once(':').is_some_and(|(_, rest)| rest.split_whitespace().count() >= 3);
    let body = if inline { &lines[h.index..=h.index] } else { &lines[h.index + 1..end] };
    // (Not the heading's own title line: "Pasal 6" / "JANGKA WAKTU" names the section.)
    let body: Vec<&Line> = body.iter().filter(|l| inline || !h.owns(l)).collect();
    let words: usize = body.iter().map(|l| l.sk.split_whitespace().count()).sum();
    if body.is_empty() || body.len() > 3 || words > 60 {
        return false;
    }
    let defers = body.iter().any(|l| k.deferrals.any(&l.sk));
    // (A phrase of the section that the deferral follows closely states nothing: "Jangka
    // waktu Nota Kesepahaman ini akan ditentukan kemudian ...".)
    let states = body.iter().any(|l| {
        k.inline_index.phrases.matches(&l.sk).any(|(p, _, end)| {
            let next: Vec<&str> = l.sk[end..].split(['.', ';']).next().unwrap_or_default().split_whitespace().take(7).collect();
            k.inline_index.owners[p] == n && !k.deferrals.any(&next.join(" "))
        }) || (id == SectionId::Financing && states_amount(l))
    });
    defers && !states
}

/// A heading whose short body only says it was emptied ("-- Deleted. --", "No change from
/// draft v2", "Dihapus."): a counter-draft's article that states nothing itself.
fn emptied(lines: &[Line], heads: &[Heading], h: &Heading, k: &Knowledge) -> bool {
    // (The first line may read as a heading itself: "-- Deleted. --".)
    let Some(first) = lines.get(h.index + 1) else { return false };
    let end = heads.iter().map(|n| n.index).find(|&i| i > h.index + 1).unwrap_or(lines.len());
    // (A note in brackets may follow: "[TP: the results will be set out in the plan.]".)
    let note: String = lines[h.index + 2..end.max(h.index + 2)].iter().map(|l| l.text.trim()).collect::<Vec<_>>().join(" ");
    let noted = note.is_empty() || (note.starts_with('[') && note.ends_with(']'));
    let t = first.sk.trim_matches(|c: char| !c.is_alphanumeric());
    !h.run_in && noted && first.sk.split_whitespace().count() <= 20 && k.emptied.iter().any(|e| starts_with_words(t, e))
}

/// The lines of a heading (itself, its title's line) that has nothing under it but what keeps
/// a text's place: "Pasal 11 / PENGAKHIRAN / [akan dilengkapi Biro Hukum]", "3. Areas of
/// cooperation / - TBC. List to be settled ...", or a page number where a copy was cut off
/// ("ARTICLE 7 / SETTLEMENT OF DISPUTES / - 3 -"). (The notes on it were left out of the lines
/// already.) Not a heading with nothing at all under it before the next one (a column of
/// labels, a heading over its translation), unless both are articles, the next another's.
fn hollow(
    lines: &[Line],
    heads: &[Heading],
    named: &[(Vec<SectionId>, bool)],
    at: usize,
    id: SectionId,
    k: &Knowledge,
) -> Option<std::ops::Range<usize>> {
    let h = &heads[at];
    // (A table's header cell is followed by the next cell, not by its text; a clause's title
    // may run on into its text, "CUARTA. FINANCIAMIENTO. Las actividades ...".)
    // (Or a heading found inside a line, "... PASAL 2 RUANG LINGKUP Para Pihak ...", the
    // text around it on the line.)
    // (A note after an arrow is no part of it: "Pembiayaan : [...........] ← tanya BPKAD dulu".)
    fn unnoted(t: &str) -> &str {
        t.split(['←', '⟵']).next().unwrap_or_default()
    }
    let line = unnoted(&lines[h.index].text);
    let words = unnoted(&h.text).split_whitespace().count().max(line.split_whitespace().count());
    // (Or after a colon: "Durasi: 18 bulan".)
    let after_colon = line.rsplit_once(':').is_some_and(|(_, rest)| {
        let rest = super::normalise::skeleton(rest);
        rest.contains(char::is_alphanumeric) && !h.title.contains(rest.trim())
    });
    let ran_on = words > h.title.split_whitespace().count() + 4 || after_colon;
    // A label whose value is a blank to fill: "Pembiayaan : [...........]".
    let blank_value = line.split_once(':').is_some_and(|(_, value)| {
        let value = value.trim();
        !value.is_empty() && !value.chars().any(char::is_alphanumeric)
    });
    if blank_value && !h.run_in {
        return Some(h.index..h.index + 1);
    }
    if h.run_in || ran_on || lines[h.index].cell {
        return None;
    }
    // (The heading's own second line, "Pasal 4" / "MANFAAT", is no body: it may be read as
    // a heading of its own too.)
    let first = (h.index + 1..lines.len()).find(|&i| !h.owns(&lines[i])).unwrap_or(lines.len());
    // A page number ("- 3 -", "Halaman 3 dari 5"), a blank to fill ("[..........]"), a
    // placeholder's words, or an article's number alone. (Not a row's number, "1.1", in a
    // table whose header was read as headings.)
    // (A comment's anchor, "……[K5]", is no text.)
    static ANCHOR: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"\[[A-Za-z]{1,4}[0-9]{1,3}\]").expect("valid regex"));
    let void = |l: &Line| {
        let lower = ANCHOR.replace_all(&l.text, "").to_lowercase();
        let page_word = |w: &str| k.page_words.iter().any(|p| p == w);
        let letters = lower.split_whitespace().filter(|w| !page_word(w)).any(|w| w.contains(char::is_alphabetic));
        let digits = lower.contains(|c: char| c.is_ascii_digit());
        let page = lower.split_whitespace().any(page_word) || lower.trim().starts_with(['-', '–', '—']);
        // (A page's footer: an address, then the page's number at the line's end, "Av. Mário
        // Ypiranga, 3280 - Manaus/AM      Pág. 4/6".)
        let footer = || {
            let words: Vec<&str> = lower.split_whitespace().collect();
            let number =
                |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == '/');
            words.len() <= 16
                && match words.as_slice() {
                    [.., p, n] if page_word(p) && number(n) => true,
                    [.., p, n, of, m] if page_word(p) && number(n) && page_word(of) && number(m) => true,
                    // ("Draf RKS Tanah Datar - Kuala Pilah / rev.1 / 04-2025      - 1 -")
                    [.., a, n, b] if *a == "-" && number(n) && *b == "-" => true,
                    _ => false,
                }
        };
        let t = l.sk.trim_start_matches(|c: char| !c.is_alphanumeric());
        // ("[--- end of scanned file; pages 5 and 6 not received ---]", "[... halaman 5-9
        // tidak dapat dibuka ...]": a note on the copy, set off by its rule or ellipsis.)
        let trimmed = lower.trim();
        let copy_note =
            trimmed.strip_prefix('[').is_some_and(|r| r.trim_start().starts_with(['-', '.', '…', '=', '*', '~'])) && trimmed.ends_with(']');
        (!letters && (!digits || page))
            || footer()
            || copy_note
            || k.placeholders.iter().any(|p| starts_with_words(t, p))
            // (A short note in brackets that says so anywhere: "[to be drafted after legal
            // review]", "[법무 검토 후 작성 예정]".)
            || (trimmed.starts_with('[')
                && trimmed.ends_with(']')
                && trimmed.split_whitespace().count() <= 8
                && k.placeholders.iter().any(|p| contains_words(&l.sk, p)))
            || article_line(&l.sk).is_some_and(|r| r.is_empty())
    };
    // (A page number read as a heading, "- 3 -", is no next heading.)
    let next = heads.iter().position(|n| n.index >= first && !void(&lines[n.index]));
    let end = next.map_or(lines.len(), |n| heads[n].index);
    let body = &lines[first..end];
    // (Or the last heading of a copy cut off in the middle of its first sentence: "(1) Nota
    // Kesepahaman ini berlaku untuk jangka waktu" and the file ends, a note on the missing
    // pages aside.)
    let all_void = body.iter().all(void);
    let cut_off = {
        // (Three are enough to tell: a copy with more text after the heading is no cut.)
        // (A note may run over lines: "[Pages 5-6 not in file. Note on folder: ..." / "...
        // 12/10/98"]".)
        let mut in_note = false;
        let mut noted = |l: &Line| {
            let t = l.text.trim();
            let note = in_note || t.starts_with('[');
            in_note = note && !t.ends_with(']');
            note
        };
        let content: Vec<&Line> = lines[first..].iter().filter(|l| !void(l) && !noted(l)).take(3).collect();
        let ends = |l: &Line| l.text.trim_end().ends_with(['.', ';', ':', '!', '?', ')', '"', '”', '。', ']']);
        // (Broken off, not a phrase that needs no stop, "zwei Partnerschulen / dua sekolah
        // mitra": a numbered provision, a word split at the line's end, or a word that
        // leads on, "... controversy or".)
        let broken = |l: &Line| {
            let t = l.text.trim_end();
            let last = l.sk.rsplit(' ').next().unwrap_or_default();
            (numbered(t) && t.split_whitespace().count() >= 3) || t.ends_with(['-', ',']) || k.open_ends.iter().any(|w| w == last)
        };
        // (Or a sentence of a line or two left unfinished where the file ends on a note on the
        // copy: "Any difference arising out of the interpretation or implementation" / "of
        // this Memorandum" / "[Pages 5-6 not in file ...]".)
        let noted_end = lines[first..].iter().rev().find(|l| !void(l)).is_some_and(|l| l.text.trim_end().ends_with(']'))
            && lines[first..].iter().any(|l| l.text.trim_start().starts_with('['));
        let words: usize = content.iter().map(|l| l.text.split_whitespace().count()).sum();
        (content.len() == 1 && words <= 20 && !ends(content[0]) && broken(content[0]))
            || (noted_end && (1..=2).contains(&content.len()) && words <= 20 && content.last().is_some_and(|l| !ends(l)))
    };
    if !cut_off && !all_void {
        return None;
    }
    // Nothing at all under it, before another heading: a column of labels or a heading over
    // its translation, unless both are articles and the next one is another's.
    let hollow = cut_off
        || match next {
            None => true,
            Some(_) if !body.is_empty() => true,
            // (Not a column of a table's articles, "Pasal 2 Bidang Kerja Sama" over "Pasal 3
            // Pelaksanaan" with nothing under either: the next one has its text.)
            Some(next) => {
                let text_under = |n: usize| {
                    let end = heads.get(n + 1).map_or(lines.len(), |x| x.index);
                    lines[heads[n].index + 1..end.max(heads[n].index + 1)]
                        .iter()
                        .any(|l| !void(l) && !heads[n].title.contains(l.sk.as_str()))
                };
                // (Or a heading over its translation, "ARTIGO 8 - SOLUÇÃO DE CONTROVÉRSIAS" /
                // "ARTICLE 8 - SETTLEMENT OF DISPUTES", when the translation is hollow too.)
                (h.article && heads[next].article && !named[next].0.contains(&id) && text_under(next))
                    || (named[next].0.contains(&id) && hollow(lines, heads, named, next, id, k).is_some())
            }
        };
    // (A copy cut off: the sentence begun is no statement either.)
    hollow.then_some(h.index..if cut_off { lines.len() } else { first })
}

/// Where the text under a heading ends: at the next heading, or at the end.
fn heading_end(lines: &[Line], heads: &[Heading], h: &Heading) -> usize {
    // (Past the heading's own title line, read as a heading too: "Pasal 5" / "PEMBIAYAAN".)
    heads.iter().map(|x| x.index).find(|&j| j > h.index && !(j == h.index + 1 && h.owns(&lines[j]))).unwrap_or(lines.len())
}

/// Whether a heading says in its own brackets that its text is still to come: "ANNEX B -
/// Deliverables (to be completed after the inception workshop)".
fn awaited(h: &Heading, k: &Knowledge) -> bool {
    let Some((_, inside)) = h.text.split_once('(') else { return false };
    let inside = super::normalise::skeleton(inside.split(')').next().unwrap_or_default());
    k.placeholders.iter().any(|p| starts_with_words(inside.trim(), p))
}

/// Whether a heading that names the section only with the right words under it has none
/// of them: "Pasal 4 (Mulai Berlaku)" over "Perjanjian ini mulai berlaku pada tanggal
/// ditandatangani" says when the agreement starts, not for how long (the section's
/// `heads_if_stated`).
fn unstated(lines: &[Line], heads: &[Heading], h: &Heading, n: usize, k: &Knowledge) -> bool {
    let (names, words) = &k.sections[n].heads_if_stated;
    let title = article_line(&h.title).unwrap_or_else(|| h.title.clone());
    let title = title.trim_matches(|c: char| !c.is_alphanumeric());
    if h.run_in || !names.iter().any(|w| w == title) {
        return false;
    }
    let end = heading_end(lines, heads, h).min(h.index + 9);
    let body = lines[h.index + 1..end].iter().filter(|l| !h.owns(l));
    !body.into_iter().any(|l| words.iter().any(|w| contains_words(&l.sk, w)))
}

/// Whether the short text under a heading of the section states another rule instead
/// ("Differences of Interpretation / In case of inconsistency, the MoU shall prevail"): a
/// word of the section's `other_rule` in its first lines, and none of its inline phrases or
/// statements' words in all the text up to the next heading (the last article's text runs
/// on into the signatures when no heading follows it).
fn other_rule_only(lines: &[Line], heads: &[Heading], h: &Heading, n: usize, k: &Knowledge) -> bool {
    let section = &k.sections[n];
    if section.other_rule.is_empty() {
        return false;
    }
    let mut end = heading_end(lines, heads, h);
    // (A heading over its article's number, "DIFFERENCES IN INTERPRETATION OF TEXTS" /
    // "Article 9": the text runs on under the number.)
    if end == h.index + 1 && lines.get(end).and_then(|l| article_line(&l.sk)).is_some_and(|rest| rest.is_empty()) {
        end = heads.iter().map(|x| x.index).find(|&j| j > end).unwrap_or(lines.len());
    }
    let body = &lines[h.index..end];
    let first = &body[..body.len().min(6)];
    let words: usize = first.iter().map(|l| l.sk.split_whitespace().count()).sum();
    if words > 120 {
        return false;
    }
    let states_other = |sk: &str| section.other_rule.iter().any(|w| contains_words(sk, w));
    let other = first.iter().any(|l| states_other(&l.sk));
    // (Not in the other rule's own sentence: "In case of any divergence of interpretation
    // between the texts, the English text shall prevail" names no dispute.)
    let own = body.iter().skip(1).flat_map(|l| l.sk.split(". ")).filter(|sentence| !states_other(sentence)).any(|sentence| {
        k.inline_index.phrases.matches(sentence).any(|(p, _, _)| k.inline_index.owners[p] == n)
            || section.statements.iter().any(|sets| sets.last().is_some_and(|last| last.matches(sentence).next().is_some()))
    });
    other && !own
}

/// Whether `text` ends with the words `w` (a whole word before them).
fn ends_with_word(text: &str, w: &str) -> bool {
    text.strip_suffix(w).is_some_and(|before| before.is_empty() || before.ends_with(' '))
}
