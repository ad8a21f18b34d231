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
use super::normalise::{contains_words, continues_word, starts_with_words, word_matches};
use crate::model::{Block, Document, Location, SectionId};
use regex::Regex;
use std::sync::LazyLock;

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

/// A line of a draft, with its skeleton: every rule matches against `sk`, computed once.
pub struct Line {
    /// The block it comes from.
    pub block: usize,
    pub text: String,
    /// `skeleton(text)`.
    pub sk: String,
    pub location: Location,
    /// Styled as a heading (a heading, title or subtitle block).
    pub styled: bool,
    /// A cell of a table.
    pub cell: bool,
    /// A cell of a table of four columns or more: a schedule or a register, never a
    /// signature table (which has one column a party).
    pub wide_table: bool,
    /// One of the cells the reader made of one line of a plain text (its columns read down):
    /// no heading row flattened one cell to a line, and no label of an attachment alone.
    pub beside: bool,
    /// A message of a chat export: its time stamp and sender ("14/05/24 09.06 - Bu Ratna:")
    /// are not in `text`; or a line that is only a stamp ("Andri, [20.03.24 10:02]").
    pub chat: bool,
    /// One of the first lines under an e-mail's signature delimiter ("--" alone on its
    /// line): the sender's sign-off.
    pub signoff: bool,
}

/// A chat export's stamp before a message: "14/05/24 09.06 - Sender: ", "[5/14/24, 9:06
/// AM] Sender: ". (ASCII mode, on bytes.)
static CHAT_PREFIX: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(
        r"(?-u)^\[?[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4},?\s+[0-9]{1,2}[.:][0-9]{2}(?:[.:][0-9]{2})?(?:\s*[AaPp][Mm])?\]?\s*(?:-\s*)?[^:\[\]]{1,60}:\s",
    )
    .expect("valid regex")
});

/// A chat export's line that is only a stamp: "Andri (Biro Pem), [20.03.24 10:02]".
static CHAT_STAMP: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(r"(?-u)^[^\[\]]{1,60},\s*\[[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]\s*$")
        .expect("valid regex")
});

impl Line {
    fn new(block: usize, text: &str, location: Location, styled: bool) -> Option<Line> {
        let mut text = clean(text);
        // A number in full-width digits opens the line ("３．協力分野", "（１）"): read as the
        // ASCII number it is, so that the line is numbered as any other.
        if text.starts_with(|c: char| ('０'..='９').contains(&c) || c == '（') {
            if let Some(ascii) = ascii_numbering(&text) {
                text = ascii;
            }
        }
        let mut chat = false;
        if text.contains(':') {
            if let Some(m) = CHAT_PREFIX.find(text.as_bytes()) {
                text.replace_range(..m.end(), "");
                chat = true;
            } else {
                chat = CHAT_STAMP.is_match(text.as_bytes());
            }
        }
        let sk = super::normalise::skeleton(&text);
        let k = knowledge::get();
        let sk = k.head_words.unglue(&sk, &k.glued_words).unwrap_or(sk);
        (!sk.is_empty()).then_some(Line {
            block,
            sk,
            text,
            location,
            styled,
            cell: false,
            wide_table: false,
            beside: false,
            chat,
            signoff: false,
        })
    }
}

/// A line whose opening number is in full-width forms, with it in ASCII: "３．協力分野" ->
/// "3. 協力分野", "（１）上下水道" -> "(1) 上下水道", "３　防災" -> "3. 防災". `None` when the
/// digits are no item's number: "２０２５年４月１日から" is a date.
fn ascii_numbering(text: &str) -> Option<String> {
    let open = text.starts_with('（');
    let digits_from = if open { '（'.len_utf8() } else { 0 };
    let digits = text[digits_from..].chars().take_while(|c| ('０'..='９').contains(c)).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let after = &text[digits_from + digits * '０'.len_utf8()..];
    let number: String = text[digits_from..].chars().take(digits).map(|c| char::from(b'0' + (c as u32 - '０' as u32) as u8)).collect();
    let (label, rest) = match (open, after.chars().next()?) {
        (true, '）') => (format!("({number})"), &after['）'.len_utf8()..]),
        (false, '．' | '\u{3000}') => (format!("{number}."), &after[after.chars().next()?.len_utf8()..]),
        (false, '）') => (format!("{number})"), &after['）'.len_utf8()..]),
        _ => return None,
    };
    let rest = rest.trim_start_matches(['\u{3000}', ' ']);
    (!rest.is_empty()).then(|| format!("{label} {rest}"))
}

/// Markup a web copy leaves in the text: HTML tags, template code, Markdown emphasis,
/// entities. Template code becomes a placeholder, which S7 reports.
fn clean(text: &str) -> String {
    static CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<\?(?:=|php)?.*?\?>|\{\{.*?\}\}").expect("valid regex"));
    static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"</?[A-Za-z][^<>]*>").expect("valid regex"));
    if !text.contains(['<', '*', '&', '_', '{']) {
        return text.to_string();
    }
    let mut s = CODE.replace_all(text, " [...] ").into_owned();
    s = TAG.replace_all(&s, " ").into_owned();
    // Markdown's `__emphasis__`, not a line of underscores to sign on ("____________").
    static EMPHASIS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"__([^_\s][^_]*?)__").expect("valid regex"));
    s = EMPHASIS.replace_all(&s, "$1").into_owned();
    s = s.replace("**", "").replace("&nbsp;", " ").replace("&amp;", "&");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of every block in reading order; computed once per check.
pub fn lines(doc: &Document) -> Vec<Line> {
    let k = knowledge::get();
    let mut out = Vec::new();
    // Inside a tracked deletion that runs over lines.
    let mut deleting = false;
    let mut in_note = false;
    // Where an e-mail's signature delimiter stood (the index of the line after it).
    let mut delimiters = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let loc = doc.locations.get(i).copied().unwrap_or_default();
        let (text, heading) = match b {
            Block::Heading { text, .. } | Block::Title(text) | Block::Subtitle(text) => (text, true),
            Block::Para { text, .. } | Block::Item { text, .. } | Block::Letterhead(text) => (text, false),
            Block::Article { title, number, .. } => {
                out.extend(title.0.iter().filter_map(|(_, t)| Line::new(i, &format!("Pasal {number} {t}"), loc, true)));
                continue;
            }
            Block::Table(t) => {
                for row in &t.rows {
                    let wide = row.len() >= 4;
                    for cell in row {
                        out.extend(cell.0.iter().filter_map(|(_, s)| Line::new(i, s, loc, false)).map(|l| Line {
                            cell: true,
                            wide_table: wide,
                            ..l
                        }));
                    }
                }
                continue;
            }
            Block::Signatures(parties) => {
                for p in parties {
                    out.extend(p.0.iter().filter_map(|(_, s)| Line::new(i, &s.replace('\n', " "), loc, false)));
                }
                continue;
            }
            Block::Marker(_) | Block::PageBreak => continue,
        };
        // (Nor a table of contents' entry: "Pasal 5 Pembiayaan ........ 5" names an article
        // the copy may not hold.)
        for (_, s) in text.0.iter() {
            // (A line that links to a heading or refers to its page, "HYPERLINK \l "_Toc191204419"
            // BAB VII ...", "PAGEREF _Toc191204419 \h 9", is an entry of the table of contents.)
            if s.contains("PAGEREF _Toc") || s.contains("HYPERLINK \\l \"_Toc") {
                continue;
            }
            let s = without_field_codes(s);
            let s = s.as_ref();
            // (A bracketed note that runs over lines: "[Catatan penyusun: pasal mengenai ...
            // dan" / "pengakhiran dapat ditambahkan ...]" is markup to its closing bracket.)
            if in_note {
                in_note = !s.contains(']');
                continue;
            }
            if review_markup(s, k) {
                in_note = unquoted(s).starts_with('[') && s.matches('[').count() > s.matches(']').count();
                continue;
            }
            if crate::read::contents_entry(s) {
                continue;
            }
            if s.trim() == "--" {
                delimiters.push(out.len());
                continue;
            }
            out.extend(Line::new(i, &untracked(s, &mut deleting, k), loc, heading));
        }
    }
    // (Its name, title and organisation: the next few lines.)
    for d in delimiters {
        for l in out.iter_mut().skip(d).take(4) {
            l.signoff = true;
        }
    }
    // The cells of a plain text's row of four or more, each read as a paragraph of the row's
    // line (down their columns): a schedule or a register, as a Word table's wide row ("4 |
    // Perjanjian Kerja Sama (KSDPT) | Penyaluran KUR | ..." titles nothing).
    let cells = row_cells(&out);
    for l in &mut out {
        let n = l.location.line.and_then(|n| cells.get(&n)).copied().unwrap_or(1);
        l.beside = n >= 2;
        l.wide_table |= n >= 4;
    }
    without_contents_lists(without_machine_reports(out, k), k)
}

/// How many cells each line of a plain text holds, by its number: the blocks the reader made
/// of its columns ("4 | Perjanjian Kerja Sama | ...", read down the columns, one block a
/// cell), one for a line of text.
fn row_cells(lines: &[Line]) -> std::collections::HashMap<u32, usize> {
    let mut cells: std::collections::HashMap<u32, (usize, usize)> = std::collections::HashMap::new();
    for l in lines.iter().filter(|l| l.location.page.is_none() && l.location.paragraph.is_none()) {
        if let Some(line) = l.location.line {
            let (block, n) = cells.entry(line).or_insert((l.block, 0));
            if *n == 0 || *block != l.block {
                *block = l.block;
                *n += 1;
            }
        }
    }
    cells.into_iter().map(|(line, (_, n))| (line, n)).collect()
}

/// The lines without a table of contents whose entries carry no page numbers ("DAFTAR ISI"
/// / "1. Latar Belakang" / ... / "9. Penyelesaian Perselisihan dan Pengakhiran", then the
/// body's "1. LATAR BELAKANG"): its entries name sections the body may not hold (a copy cut
/// before them). Known by its label and by its first entry coming again where the body
/// starts, after three entries or more.
fn without_contents_lists(mut lines: Vec<Line>, k: &Knowledge) -> Vec<Line> {
    let Some(label) = lines.iter().position(|l| k.contents_labels.iter().any(|c| l.sk.trim().trim_end_matches(':') == c)) else {
        return lines;
    };
    let entry = |l: &Line| l.sk.split(' ').count() <= 10 && !l.text.trim_end().ends_with([';', ':']);
    let bare = |l: &Line| numbered_text(l.text.trim_start()).map_or_else(|| l.sk.clone(), super::normalise::skeleton);
    let first = label + 1;
    let Some(key) = lines.get(first).filter(|l| entry(l)).map(bare) else { return lines };
    let end = lines[first + 1..].iter().take_while(|l| entry(l)).position(|l| bare(l) == key).map(|p| first + 1 + p);
    // (Or a list that ends on the first sentence and whose entries come again further on,
    // three or more, as the body's headings: "SISTEMATIKA" / "Pasal 1   Maksud dan Tujuan"
    // / ... over the body's "Pasal 1" / "MAKSUD DAN TUJUAN", in whatever order a copy of
    // two columns gives them.)
    let listed = || {
        let run = first + lines[first..].iter().take_while(|l| entry(l)).count();
        let later: std::collections::HashSet<String> = lines[run..].iter().map(bare).collect();
        let again = lines[first..run].iter().filter(|l| later.contains(&bare(l))).count();
        (run - first >= 3 && again >= 3).then_some(run)
    };
    // (The label stays: a page with a table of contents is a guide's as well.)
    if let Some(end) = end.filter(|end| end - first >= 3).or_else(listed) {
        lines.drain(first..end);
    }
    lines
}

/// The lines without a machine's report appended to a copy: its title ("****** TRANSMISSION
/// REPORT ******") and the short "LABEL  value" lines under it.
fn without_machine_reports(mut lines: Vec<Line>, k: &Knowledge) -> Vec<Line> {
    let short = |l: &Line| l.sk.split(' ').count() <= 8;
    let mut report = false;
    lines.retain(|l| {
        if short(l) && k.machine_reports.iter().any(|r| contains_words(&l.sk, r)) {
            report = true;
        } else if report && !short(l) {
            report = false;
        }
        !report
    });
    lines
}

/// A line of a reviewer's markup, exported line by line from a word processor: "[Comment
/// JD1]: ...", "Formatted: Centered", "Deleted: 5 (lima)"; or a party's note on a draft,
/// "[Comment [BTG3] Bag. KS: ...", "CATATAN NTB (2): ...". Not the draft's text.
fn review_markup(text: &str, k: &Knowledge) -> bool {
    let t = unquoted(text);
    // "[Comment [BTG3] ...", "[Komentar KH5: ...": a comment label opening the bracket.
    if let Some(inner) = t.strip_prefix('[') {
        let lower = inner.to_lowercase();
        // ("[DEL: ...] [INS: ...]": tracked changes, read by `untracked`, not initials.)
        let tracked =
            |labels: &[String]| labels.iter().any(|l| lower.strip_prefix(l.as_str()).is_some_and(|r| r.trim_start().starts_with(':')));
        if tracked(&k.tracked_deleted) || tracked(&k.tracked_inserted) {
            return false;
        }
        if k.comment_labels.iter().any(|l| lower.strip_prefix(l.as_str()).is_some_and(|r| r.starts_with([' ', ':', '[']) || r.is_empty())) {
            return true;
        }
        // "[Catatan Biro Hukum, 05/05/2025: ...]", "[Tanggapan Sabah - Jabatan Ketua Menteri:
        // ...]": a note's label with who wrote it; "[BH: ...]": who wrote it, abbreviated.
        if let Some((label, _)) = inner.split_once(':').filter(|(label, _)| !label.contains(']')) {
            let words: Vec<&str> = label.split_whitespace().collect();
            let noted = (2..=8).contains(&words.len()) && k.note_labels.iter().any(|n| words[0].eq_ignore_ascii_case(n));
            // (Or a comment's number: "[K-5 Bag. Hukum: ...]", "[KH5: ...]".)
            let initials = words.len() == 1 && (2..=5).contains(&words[0].len()) && words[0].chars().all(|c| c.is_ascii_uppercase());
            let numbered = words.first().is_some_and(|w| {
                let (letters, digits) = w.split_at(w.find(|c: char| c.is_ascii_digit()).unwrap_or(w.len()));
                let letters = letters.trim_end_matches('-');
                (1..=3).contains(&letters.len())
                    && letters.chars().all(|c| c.is_ascii_uppercase())
                    && !digits.is_empty()
                    && digits.chars().all(|c| c.is_ascii_digit())
            });
            if noted || initials || numbered {
                return true;
            }
        }
    }
    // "CATATAN NTB: ...", "Note TP (2): ...": a note label followed by who wrote it (a name
    // or an abbreviation, not a plain word: "Catatan penting:" is the draft's).
    if let Some((label, _)) = t.split_once(':') {
        let words: Vec<&str> = label.split_whitespace().collect();
        if (2..=4).contains(&words.len())
            && k.note_labels.iter().any(|n| words[0].eq_ignore_ascii_case(n))
            && words[1..].iter().any(|w| {
                let letters = w.trim_matches(|c: char| !c.is_alphabetic());
                (2..=5).contains(&letters.chars().count()) && letters.chars().all(char::is_uppercase)
            })
        {
            return true;
        }
    }
    let label = match t.strip_prefix('[') {
        // "[Comment JD1]:": the label's first word, the bracket closed before the colon;
        // "[Catatan penyusun: ...]": the label before the colon, inside the bracket.
        Some(inner) => match inner.split_once(']') {
            Some((label, rest)) if rest.trim_start().starts_with(':') => label.split_whitespace().next().unwrap_or_default(),
            Some((inside, _)) => match inside.split_once(':') {
                Some((label, _)) if label.split_whitespace().count() <= 3 => label.trim(),
                _ => return false,
            },
            _ => return false,
        },
        None => match t.split_once(':') {
            Some((label, _)) if label.split_whitespace().count() <= 2 => label.trim(),
            _ => return false,
        },
    };
    let label = label.to_lowercase();
    k.comment_labels.contains(&label) || (!t.starts_with('[') && k.tracked_deleted.contains(&label))
}

/// A line without the field codes a Word document exported as text leaves in it:
/// "HYPERLINK \l "_Toc191204419" BAB VII PENGAKHIRAN (tab) PAGEREF _Toc191204419 \h 9" is the
/// heading "BAB VII PENGAKHIRAN" of a table of contents; "TOC \o "1-3" \h \z \u" is nothing.
fn without_field_codes(text: &str) -> std::borrow::Cow<'_, str> {
    static FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"\bHYPERLINK\s+(?:\\[a-z]\s+)?"[^"]*"|\bPAGEREF\s+\S+(?:\s+\\[a-z])*(?:\s+\d+)?|\bTOC(?:\s+\\[a-z](?:\s+"[^"]*")?)+|\\\*\s*MERGEFORMAT"#)
            .expect("valid regex")
    });
    if !text.contains(['\\', '"']) {
        return text.into();
    }
    FIELD.replace_all(text, " ")
}

/// A line without the marks that quote it in a reply or a chat: ">> [Catatan ...]".
fn unquoted(text: &str) -> &str {
    text.trim_start().trim_start_matches('>').trim_start()
}

/// A line without the tracked changes a copy left in it: "[deleted: ...]" is not in the
/// text (it may run over lines: `deleting` carries it), "[inserted: ...]" is, without its
/// label and brackets. So with a word diff's marks: "[-deleted-]" is not, "{+inserted+}" is.
fn untracked<'a>(text: &'a str, deleting: &mut bool, k: &Knowledge) -> std::borrow::Cow<'a, str> {
    if text.contains("{+") {
        let plain = text.replace("{+", "").replace("+}", "");
        return untracked(&plain, deleting, k).into_owned().into();
    }
    if !*deleting && !text.contains('[') {
        return text.into();
    }
    // The length of "deleted:" (any case, spaces allowed) opening `after`, if it does.
    let labelled = |after: &str, labels: &[String]| -> Option<usize> {
        let lead = after.len() - after.trim_start().len();
        let t = &after[lead..];
        labels.iter().find_map(|l| {
            let word = t.get(..l.len()).filter(|w| w.eq_ignore_ascii_case(l))?;
            let rest = &t[word.len()..];
            let spaces = rest.len() - rest.trim_start().len();
            rest[spaces..].starts_with(':').then_some(lead + word.len() + spaces + 1)
        })
    };
    let mut out = String::new();
    let mut rest = text;
    loop {
        if *deleting {
            match rest.find(']') {
                Some(p) => {
                    rest = &rest[p + 1..];
                    *deleting = false;
                }
                None => return out.into(),
            }
        }
        let Some(p) = rest.find('[') else {
            out.push_str(rest);
            return out.into();
        };
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        // ("[-Article 8. Settlement of Disputes": a word diff's deletion, to its "-]".)
        let word_diff = after.strip_prefix('-').is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric() || c == '['));
        if let Some(n) = labelled(after, &k.tracked_deleted).or(word_diff.then_some(1)) {
            *deleting = true;
            rest = &after[n..];
        } else if let Some(n) = labelled(after, &k.tracked_inserted) {
            let inserted = &after[n..];
            match inserted.find(']') {
                Some(e) => {
                    out.push_str(inserted[..e].trim());
                    rest = &inserted[e + 1..];
                }
                None => {
                    out.push_str(inserted.trim());
                    return out.into();
                }
            }
        } else {
            out.push('[');
            rest = after;
        }
    }
}

/// An article line, written in skeleton form: an article word, a number in figures, Roman
/// numerals, words or a letter ("Section E - Benefits"), then the rest ("pasal 3 rnang
/// llngknp"). Built from the knowledge.
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    let k = knowledge::get();
    // (ASCII word boundaries and spaces: the Unicode ones cost milliseconds to compile, and a
    // skeleton's numbering is ASCII.)
    // (A number may carry its ordinal sign, as Portuguese and Spanish write it: "Artigo 5.º".)
    Regex::new(&format!(
        r"^(?:{})[ \t]*(?:ke[ \t]*)?(?:\([0-9]+\)|(?:[0-9]+(?:\.?[ \t]?[ºª°]|\.?[ \t]?[oa](?-u:\b))?|[lvxc]+|{}|[a-z])(?:(?-u:\b)|[ \t.:)]|$))[ \t.:\-–—)]*(.*)$",
        alternatives(&k.article_words),
        alternatives(&k.number_words)
    ))
    .expect("valid regex")
});

/// The rest of an article heading line ("pasal 3 ruang lingkup" -> "ruang lingkup"), or
/// `None` when the line is not one, or is a reference that merely starts the line.
pub fn article_line(sk: &str) -> Option<String> {
    if let Some(rest) = east_asian_article(sk) {
        return Some(rest);
    }
    // Most lines open with no article word: no regex for them.
    if !knowledge::get().article_words.iter().any(|w| sk.starts_with(w.as_str())) {
        // (Unless OCR split the word: "Art icle 2 - Areas of Cooperation".)
        let (a, rest) = sk.split_once(' ')?;
        let (b, rest) = rest.split_once(' ')?;
        let word = format!("{a}{b}");
        let split = !a.is_empty() && !b.is_empty() && knowledge::get().article_words.contains(&word);
        return split.then(|| article_line(&format!("{word} {rest}"))).flatten();
    }
    let rest = ARTICLE.captures(sk)?.get(1).map(|m| m.as_str().trim()).unwrap_or_default().to_string();
    let first = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    let ayat = rest.strip_prefix('(').is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    if knowledge::get().references.iter().any(|w| w == first) || ayat || rest.starts_with(',') {
        return None;
    }
    // "Article 3 (Fruits of the Exchange)", as Japanese and Korean agreements title their
    // articles in English: the title in brackets.
    let bracketed = rest.strip_prefix(['(', '[']).and_then(|r| r.strip_suffix([')', ']'])).filter(|r| !r.contains(['(', ')']));
    // (Its translation in brackets after it: "Pasal 4 (Hasil yang Diharapkan) [第4条（期待される成果）]".)
    let translated = || {
        let (title, after) = rest.strip_prefix('(')?.split_once(')')?;
        let after = after.trim();
        (after.starts_with(['[', '(']) && after.ends_with([']', ')'])).then_some(title)
    };
    Some(bracketed.or_else(translated).map_or(rest.clone(), |r| r.trim().to_string()))
}

/// "제3조(이견의 해결) 이 변경 합의서의 ...", "第6条（協定の解除）", "第五条": Korean, Japanese and
/// Chinese number an article between 제/第 and 조/条 and title it in brackets, its text often
/// following on the same line. The title, or the text when it has none.
fn east_asian_article(sk: &str) -> Option<String> {
    let rest = sk.strip_prefix('제').or_else(|| sk.strip_prefix('第'))?.trim_start();
    // (Or in full-width digits: "第５条".)
    let digits = rest.find(|c: char| !(c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十百".contains(c)))?;
    let rest = rest.get(digits..).filter(|_| digits > 0)?.trim_start().strip_prefix(['조', '条', '條'])?.trim_start();
    let title = rest.strip_prefix(['(', '（', '[', '【']).and_then(|r| r.split_once([')', '）', ']', '】'])).map(|(title, _)| title.trim());
    Some(title.unwrap_or(rest).to_string())
}

/// What follows the numbering of a line as written ("4.", "4.1", "IV.", "a)", "B.", "(3)"),
/// after a space: `NUMBERED_TEXT` without a regex.
fn numbered_text(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let end = if digits > 0 {
        let mut i = digits;
        while i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 1;
            i += b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        }
        if b.get(i).is_some_and(|c| *c == b'.' || *c == b')') {
            i += 1;
        }
        i
    } else if b.first() == Some(&b'(') {
        let inner = b[1..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        if inner == 0 || b.get(1 + inner) != Some(&b')') {
            return None;
        }
        inner + 2
    } else {
        let roman = b.iter().take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C')).count();
        if roman > 0 && b.get(roman).is_some_and(|c| *c == b'.' || *c == b')') {
            roman + 1
        } else if b.first().is_some_and(u8::is_ascii_alphabetic) && b.get(1).is_some_and(|c| *c == b'.' || *c == b')') {
            2
        } else {
            return None;
        }
    };
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    (trimmed.len() < rest.len()).then_some(trimmed)
}

/// The kind of numbering a line opens with, and its depth: "2." and "8." are alike, "2.1"
/// is deeper, "a." and "(1)" are other kinds.
fn numbering(text: &str) -> Option<(char, usize)> {
    let t = text.trim_start();
    numbered_text(t)?;
    let first = t.chars().next()?;
    let kind = match first {
        '0'..='9' => '1',
        '(' => '(',
        c if c.is_lowercase() => 'a',
        _ => 'A',
    };
    let mark = t.split_whitespace().next().unwrap_or_default();
    Some((kind, mark.trim_end_matches(['.', ')']).split('.').count()))
}

/// Whether a line's text opens with numbering ("2.", "B.", "(c)", "iv.").
pub fn numbered(text: &str) -> bool {
    numbered_text(text.trim_start()).is_some()
}

/// What follows the numbering of a line in skeleton form ("4.", "4.1", "lv.", "a)", "(3)"),
/// or `None` when it has none: `NUMBERED` without a regex, as every line asks.
fn after_numbering(sk: &str) -> Option<&str> {
    let b = sk.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let end = if digits > 0 {
        // "4", "4.1", "4.1." "4)"
        let mut i = digits;
        while i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 1;
            i += b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        }
        if b.get(i).is_some_and(|c| *c == b'.' || *c == b')') {
            i += 1;
        }
        i
    } else if b.first() == Some(&b'(') {
        let inner = b[1..].iter().take_while(|c| c.is_ascii_digit() || c.is_ascii_lowercase()).count();
        if inner == 0 || b.get(1 + inner) != Some(&b')') {
            return None;
        }
        inner + 2
    } else {
        let roman = b.iter().take_while(|c| matches!(c, b'l' | b'v' | b'x' | b'c')).count();
        if roman > 0 && b.get(roman).is_some_and(|c| *c == b'.' || *c == b')') {
            roman + 1
        } else if b.first().is_some_and(u8::is_ascii_lowercase) && b.get(1).is_some_and(|c| *c == b'.' || *c == b')') {
            2
        } else {
            return None;
        }
    };
    Some(sk[end..].trim_start_matches([' ', '\t']))
}

/// A numbered heading, in skeleton form: "4.", "4.1", "lv.", "a)", "(3)".
#[cfg(test)]
static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[0-9]+(?:\.[0-9]+)*[.)]?|[lvxc]+[.)]|[a-z][.)]|\([0-9a-z]+\))[ \t]*(.*)$").expect("valid regex"));

/// The same numbering, on the text as written, with what follows.
#[cfg(test)]
static NUMBERED_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[0-9]+(?:\.[0-9]+)*[.)]?|[IVXLC]+[.)]|[A-Za-z][.)]|\([0-9A-Za-z]+\))[ \t]+(.*)$").expect("valid regex")
});

/// A numbered label inside a long line, as a flattened page runs its headings into the text:
/// "... 3.3 Results: the results ...", "2.1 Overall Objective(s):".
/// Also "... 1. Term. This MOU will ...": a number, a short title and a full stop.
static EMBEDDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[ \t])(?:[0-9]+(?:\.[0-9]+)+\.?[ \t]+([A-Z][A-Za-z()' /-]{2,48}?)[ \t]*:|[0-9]{1,2}\.[ \t]+([A-Z][A-Za-z' -]{2,40}?)\.[ \t]+[A-Z])")
        .expect("valid regex")
});

/// A line without its parenthetical notes: "Timeline and Key Milestones (for both ...)".
fn without_notes(line: &str) -> std::borrow::Cow<'_, str> {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[ \t]*\([^()]*\)[ \t]*").expect("valid regex"));
    if line.contains('(') {
        NOTE.replace_all(line, " ")
    } else {
        line.into()
    }
}

/// An article heading inside a long line, as a flattened scan runs them into the text:
/// "... sebagai berikut: PASAL 2 RUANG LINGKUP Ruang lingkup ini meliputi ...". The title is
/// the run of capitalised words after the number.
static EMBEDDED_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    let k = knowledge::get();
    let words = k
        .article_words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|");
    // The article word in any case; the title in capitals. (ASCII classes: fast to compile.)
    Regex::new(&format!(
        r"(?:^|[.;:][ \t]+|[ \t])(?i:{words})[ \t]*(?:[0-9]+|[IVXLC]+)[.:]?[ \t]+((?:[A-Z][A-Z,/&'-]+[ \t]+){{0,7}}[A-Z][A-Z'-]+)(?-u:\b)"
    ))
    .expect("valid regex")
});

/// A short line of two words or more in title case: every word of four letters or more
/// but the function words opens with a capital ("Luaran yang Diharapkan", "Expected
/// Results"), two of them at least.
fn title_case(line: &str, k: &Knowledge) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let long: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !k.function_words.iter().any(|f| f == *w))
        .collect();
    (2..=8).contains(&words.len())
        && long.len() >= 2
        && long.iter().all(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
        && !line.trim_end().ends_with(['.', ',', ';'])
}

pub(super) fn heading_like(line: &str) -> bool {
    // (Not a piece of a note in brackets broken over lines: `MoU induk berakhir 2026"]`.)
    if line.contains('[') != line.contains(']') {
        return false;
    }
    // A heading in two languages, side by side: "3. Why this matters for Pekalongan /
    // Manfaat bagi Kota Pekalongan" is two headings of one section, each judged alone.
    if let Some((a, b)) = line.split_once(" / ").filter(|(a, b)| !b.contains(" / ") && a.contains(' ') && b.contains(' ')) {
        // (Numbered, or both halves in title case: not a sentence that names two parties
        // with a slash.)
        let marked = numbered(line) || [a, b].iter().all(|h| title_case(h, knowledge::get()));
        if marked && line.split_whitespace().nth(9).is_some() {
            return heading_like(a) && heading_like(b) && !line.trim_end().ends_with('.');
        }
    }
    // Long lines first, before anything is built.
    if line.split_whitespace().nth(9).is_some() && !line.contains('(') {
        return false;
    }
    let line = without_notes(line);
    let line = line.trim();
    let words = line.split_whitespace().count();
    if words == 0 || words > 9 || line.ends_with(',') || line.ends_with(';') {
        return false;
    }
    let (letters, upper) = line.chars().filter(|c| c.is_alphabetic()).fold((0, 0), |(n, u), c| (n + 1, u + c.is_uppercase() as usize));
    let mostly_upper = letters > 0 && upper * 10 >= letters * 7;
    // The first letter or digit, past an opening bracket or a bullet: "(2) Bidang Kerja Sama";
    // a script without case (Korean, Japanese, Chinese) counts as capitalised.
    // (Past a numbering in lower case too: "e. Ruang Lingkup Kerja Sama", as a plan lists the
    // items of Pasal 30 ayat (3) by their letters.)
    let first = numbered_text(line).unwrap_or(line).chars().find(|c| c.is_alphanumeric());
    let capital = |c: char| c.is_uppercase() || c.is_ascii_digit() || (c.is_alphabetic() && !c.is_lowercase());
    // (A heading may ask its question: "4. Apa manfaatnya bagi warga dan pemerintah?", or
    // run to nine words in title case: "2. Dampak yang Diharapkan bagi Daerah dan Warga", or
    // in a numbered sentence's case: "6. Why this matters for Makassar - expected benefits".)
    // (Numbered with a dot or a bracket, one clause: not "2 (dua) kegiatan, masing-masing
    // ..." in a table's cell.)
    let numbered = numbered_text(line);
    let sentence_case =
        numbered.is_some() && line.split_whitespace().next().is_some_and(|n| n.ends_with(['.', ')'])) && !line.contains([',', ';']);
    mostly_upper
        || (!line.ends_with('.')
            && (words <= 6 || line.ends_with('?') || sentence_case || title_case(numbered.unwrap_or(line), knowledge::get()))
            && first.is_some_and(capital))
}

/// The words of a line's text that open it in capitals, after its numbering: "OUTPUT DAN
/// OUTCOME" in "C. OUTPUT DAN OUTCOME (Berisi target ...)". Only when text follows them.
fn capital_run(text: &str) -> Option<String> {
    let rest = numbered_text(text)?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let caps = |w: &&str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        !letters.is_empty() && letters.iter().all(|c| c.is_uppercase()) && !w.starts_with('(')
    };
    let n = words.iter().take_while(|w| caps(w)).count();
    let long_word = words[..n].iter().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4);
    ((1..=8).contains(&n) && n < words.len() && long_word).then(|| words[..n].join(" "))
}

/// Headings and their titles: numbered article lines take their title from the same line,
/// or from the next (or previous) short line.
pub fn headings(lines: &[Line]) -> Vec<Heading> {
    let sk = super::normalise::skeleton;
    let know = knowledge::get();
    let mut out = Vec::new();
    // The lines a heading wrapped onto, already part of its title.
    let mut joined = 0;
    for (k, l) in lines.iter().enumerate() {
        let line = &l.text;
        if k < joined || formula(l, know) {
            continue;
        }
        // Article headings run into a long line, as a flattened scan gives them; the line
        // may itself open with one.
        if line.len() > 200 {
            // (The one that opens the line is its article heading, read above.)
            let opens = article_line(&l.sk).is_some();
            for c in
                EMBEDDED_ARTICLE.captures_iter(line).filter(|c| !(opens && c.get(0).is_some_and(|m| line[..m.start()].trim().is_empty())))
            {
                let title = c.get(1).map(|m| m.as_str()).unwrap_or_default();
                out.push(Heading {
                    index: k,
                    title: sk(title),
                    text: c.get(0).map(|m| m.as_str().trim()).unwrap_or_default().into(),
                    run_in: false,
                    article: true,
                });
            }
            for c in EMBEDDED.captures_iter(line) {
                let title = c.get(1).or(c.get(2)).map(|m| m.as_str()).unwrap_or_default();
                out.push(Heading {
                    index: k,
                    title: sk(title),
                    text: c.get(0).map(|m| m.as_str().trim()).unwrap_or_default().into(),
                    run_in: false,
                    article: false,
                });
            }
        }
        // A Japanese item's number and its title in brackets, alone on the line: "４（成果指標）",
        // "１（事業内容）".
        if let Some(title) = bracketed_item_title(line.trim()) {
            out.push(Heading { index: k, title: sk(title), text: line.trim().to_string(), run_in: false, article: false });
            continue;
        }
        // A bilingual heading: "KIFUNGU CHA 3 - MANUFAA / ARTICLE 3 - GAINS FOR THE TWO
        // COMMUNITIES": each half is a heading when one is an article heading.
        // (Not a short heading, read whole; a long one may be heading-like by its halves.)
        if let Some((a, b)) = l.text.split_once(" / ").filter(|_| line.split_whitespace().nth(9).is_some() || !heading_like(line)) {
            let halves = [a, b].map(|h| (h, sk(h)));
            if halves.iter().any(|(_, s)| article_line(s).is_some_and(|r| !r.is_empty())) {
                for (h, s) in halves {
                    if let Some(rest) = article_line(&s).filter(|r| !r.is_empty() && r.split_whitespace().count() <= 10) {
                        out.push(Heading { index: k, title: rest, text: h.trim().to_string(), run_in: false, article: true });
                    }
                }
                continue;
            }
        }
        // A clause numbered by an ordinal word alone: "SEVENTH. Interpretation and disputes.".
        if let Some(title) = ordinal_heading(&l.sk, know) {
            out.push(Heading { index: k, title, text: line.clone(), run_in: false, article: true });
            continue;
        }
        if let Some(rest) = article_line(&l.sk) {
            let is_article = |l: &Line| article_line(&l.sk).is_some();
            if !rest.is_empty() {
                let words: Vec<&str> = rest.split_whitespace().collect();
                if words.len() <= 10 {
                    out.push(Heading { index: k, title: rest.clone(), text: line.clone(), run_in: false, article: true });
                } else {
                    // "PASAL 1 TUJUAN Tujuan dari Memorandum ...": the title ran into the text.
                    out.push(Heading { index: k, title: words[..6].join(" "), text: line.clone(), run_in: true, article: true });
                }
            } else {
                // "Pasal 3" alone: its title is the next short line, or the one before it.
                // (In brackets too, as Italian and Spanish drafts set it: "Articolo 5" /
                // "(Durata)".)
                let unbracketed = |t: &str| t.trim().trim_start_matches(['(', '[']).trim_end_matches([')', ']']).trim().to_string();
                if let Some(next) = lines.get(k + 1).filter(|n| heading_like(&unbracketed(&n.text)) && !is_article(n)) {
                    out.push(Heading {
                        index: k,
                        title: unbracketed(&next.sk),
                        text: format!("{line} {}", next.text),
                        run_in: false,
                        article: true,
                    });
                }
                // (Not the title of the article above, "Pasal 5" / "JANGKA WAKTU" / "Pasal 6",
                // when the text between was a note left out.)
                // (A chapter's label above is no article's: "BAB VI" / "TARGET KINERJA" /
                // "Pasal 6" titles article 6.)
                let label = |l: &Line| l.sk.split_whitespace().next().map(str::to_string);
                let titles_above = |p: usize| {
                    p.checked_sub(1)
                        .is_some_and(|q| article_line(&lines[q].sk).is_some_and(|r| r.is_empty()) && label(&lines[q]) == label(l))
                };
                if let Some(prev) = k
                    .checked_sub(1)
                    .filter(|&p| !titles_above(p))
                    .map(|p| &lines[p])
                    .filter(|p| heading_like(&p.text) && !is_article(p) && !p.text.trim_end().ends_with(':'))
                {
                    out.push(Heading {
                        index: k,
                        title: prev.sk.clone(),
                        text: format!("{} {line}", prev.text),
                        run_in: false,
                        article: true,
                    });
                }
            }
            continue;
        }
        // "5. Ruang lingkup: (a) pariwisata; ..." - a short label before a colon is a heading.
        // (Not the end of a sentence wrapped from the line before: "... dalam" / "bidang-bidang
        // berikut:".)
        // (An item's letter is no lowercase word: "f. Sumber pembiayaan: ...; dan" / "g. Jangka
        // waktu pelaksanaan: 5 (lima) tahun ...".)
        let wrapped_into = k > 0
            && line.trim_start().starts_with(char::is_lowercase)
            && numbered_text(line.trim_start()).is_none()
            && !lines[k - 1].text.trim_end().ends_with(['.', ':', ';'])
            && !lines[k - 1].styled;
        if let Some((label, _)) = l.sk.split_once(':').filter(|_| !wrapped_into) {
            let label = after_numbering(label).unwrap_or(label).trim().to_string();
            let formula = knowledge::get().formulas_as_follows.iter().any(|f| label.ends_with(f.as_str()));
            // (Nor a note's label after a sentence's end: "Activities. [GUIDANCE: If ...".)
            let after_sentence = label.contains(". ") || label.contains(['[', '(']) && !label.contains([']', ')']);
            if (1..=5).contains(&label.split_whitespace().count()) && !formula && !after_sentence {
                out.push(Heading { index: k, title: label, text: line.clone(), run_in: false, article: false });
                continue;
            }
        }
        // A short line whose sentence goes on in lowercase on the next is a wrapped line.
        // (Not a list under it: "a. pelestarian adat ..."; nor a heading in title case, as
        // a table's column heading read down its column: "Luaran yang Diharapkan" / "peta
        // mikrozonasi ...".)
        let wrapped = !line.trim_end().ends_with(':')
            && !title_case(line, know)
            && lines.get(k + 1).is_some_and(|n| {
                let t = n.text.trim_start();
                t.chars().next().is_some_and(char::is_lowercase) && !n.styled && numbered_text(t).is_none()
            });
        // (Nor a sentence broken off on a word that leads on, "Biaya pelaksanaan kegiatan ini
        // dibebankan pada" where a copy was cut; a heading wrapped after "DAN" goes on below.)
        // (Nor the end of a heading's word broken off it: "JANGKA WAKTU PELAKSANA AN" ends in
        // "pelaksanaan", not in the article "an".)
        let broken_off = || {
            let mut words = l.sk.rsplit(' ');
            let last = words.next().unwrap_or_default();
            let before = words.next();
            let word_end = || before.is_some_and(|before| know.head_words.contains(&format!("{before}{last}")));
            know.open_ends.iter().any(|w| w == last) && !know.title_separators.iter().any(|sep| sep.trim() == last) && !word_end()
        };
        if l.styled || (heading_like(line) && !wrapped && !initialled_name(line) && !broken_off()) {
            let bare = match without_notes(line) {
                std::borrow::Cow::Borrowed(_) => l.sk.clone(),
                std::borrow::Cow::Owned(s) => sk(&s),
            };
            let mut title = match after_numbering(&bare) {
                Some(rest) => rest.to_string(),
                None => bare,
            };
            // A heading wrapped after "DAN", "AND" or a comma ("III. PURPOSE, OBJECTIVES AND"
            // / "TARGETS", a narrow column's lines) goes on on the next line.
            let mut text = line.clone();
            joined = k + 1;
            while let Some(next) = lines.get(joined).filter(|n| {
                let t = title.trim_end();
                know.title_separators.iter().any(|sep| t.ends_with(sep.trim_end()) && sep.starts_with(' ') || t.ends_with(','))
                    && heading_like(&n.text)
                    && numbered_text(n.text.trim_start()).is_none()
                    && article_line(&n.sk).is_none()
            }) {
                title = format!("{} {}", title.trim_end(), next.sk);
                text = format!("{text} {}", next.text.trim());
                joined += 1;
            }
            out.push(Heading { index: k, title, text, run_in: false, article: false });
            continue;
        }
        if let Some(run) = capital_run(line) {
            out.push(Heading { index: k, title: sk(&run), text: line.clone(), run_in: false, article: false });
            continue;
        }
    }
    out
}

/// The title of an item numbered in digits (full-width or not) and titled in brackets, alone
/// on its line: "４（成果指標）" gives "成果指標"; `None` for any other line.
fn bracketed_item_title(line: &str) -> Option<&str> {
    let digits = line.find(|c: char| !(c.is_ascii_digit() || ('０'..='９').contains(&c)))?;
    let rest = line.get(digits..).filter(|_| digits > 0)?;
    let inner = rest.strip_prefix(['（', '('])?.strip_suffix(['）', ')'])?;
    (!inner.is_empty() && inner.chars().count() <= 20 && !inner.contains(['（', '(', '）', ')'])).then_some(inner)
}

/// What follows the "@" of each word of `text` that names a mailbox ("protokol.setda@kota.go.id"
/// gives "kota.go.id"; "vandalen@[ihs e-mail]" gives "[ihs e-mail]").
pub(super) fn mail_domains(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter_map(|w| w.split_once('@')).filter(|(who, _)| !who.is_empty()).map(|(_, at)| at)
}

/// The title of a clause numbered by an ordinal word and a full stop ("seventh.
/// interpretation and disputes."), up to ten words.
pub(super) fn ordinal_heading(sk: &str, k: &Knowledge) -> Option<String> {
    // ("TERCERA.- BENEFICIOS ESPERADOS. Las Partes ...": a dash after the dot, and the
    // clause's text after its title on the same line.)
    // ("SEGUNDO: OBJETO.": a colon after the word.)
    let (first, rest) = sk.split_once(['.', ':'])?;
    if !k.ordinal_labels.iter().any(|o| o == first) || !rest.starts_with([' ', '-', '–', '—']) {
        return None;
    }
    let rest = rest.trim_start_matches(['-', '–', '—', ' ']);
    let title = rest.split_once(". ").map_or(rest, |(title, _)| title).trim().trim_end_matches('.').trim();
    (!title.is_empty() && title.split_whitespace().count() <= 10).then(|| title.to_string())
}

/// A person's name with an initial, as a signature block prints it ("Dana R. Whitcomb",
/// "ANDI S. PUTRA"): two to four capitalised words, one of them a single letter and a dot.
/// Not a heading, whatever its first word means ("dana" is funds).
fn initialled_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let initial = |w: &str| w.len() == 2 && w.starts_with(|c: char| c.is_uppercase()) && w.ends_with('.');
    (3..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && words[1..words.len() - 1].iter().any(|w| initial(w))
}

/// The parts of a title: itself, and what follows "dan", "and", "&", "," or "/" in it.
fn parts<'a>(title: &'a str, k: &Knowledge) -> Vec<&'a str> {
    let mut parts = vec![title];
    for sep in &k.title_separators {
        for (n, piece) in title.split(sep.as_str()).enumerate() {
            if n > 0 {
                parts.push(piece.trim());
            }
        }
    }
    parts
}

/// The sections a heading title names. A head names its section at the start of the title
/// or of a part after "dan"/"and"; a distinctive head (seven letters or more, or two words)
/// also after a qualifier in a short title ("Sumber Pendanaan", "Mutual Benefits"), unless a
/// word before it makes it something else ("Penerima Manfaat"); short single words ("term",
/// "field", "cost") count only at the start, where they are headings. A generic head
/// ("targets") names its section only when the heading names no other: in "PURPOSE,
/// OBJECTIVES AND TARGETS" the targets are the objective's (the "sasaran" of Pasal 30 ayat
/// (3) huruf c), not outputs. A title run into its text names only by its start. All the
/// heads are in one automaton (`Knowledge::head_index`): a title is read once.
fn named(title: &str, run_in: bool, k: &Knowledge) -> Vec<SectionId> {
    let index = &k.head_index;
    let short = title.split_whitespace().count() <= 6;
    let (mut normal, mut alone): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let parts = if run_in { vec![title] } else { parts(title, k) };
    for p in &parts {
        let matches: Vec<(usize, usize, usize)> = index.phrases.raw_matches(p).collect();
        for &(pat, start, end) in &matches {
            let (owner, h, is_alone) = (index.owners[pat], &index.texts[pat], index.alone[pat]);
            let section = &k.sections[owner];
            let rest = &p[end..];
            // (What follows the longest head of the section there: "Dispute Resolution
            // Workshop" is a workshop, though "Dispute" alone is followed by "Resolution".)
            let longest = matches.iter().filter(|m| m.1 == start && index.owners[m.0] == owner).map(|m| m.2).max().unwrap_or(end);
            let rest_of_longest = &p[longest..];
            // A whole word, or with a plural or "-nya" ("Benefits", "Pembiayaannya"), or a stem.
            // (Japanese and Chinese: a head ends where a separator such as "及び" starts.)
            let word_end = |r: &str| {
                r.is_empty()
                    || !r.starts_with(continues_word)
                    || k.title_separators.iter().any(|x| !x.starts_with(' ') && r.starts_with(x.as_str()))
            };
            let boundary =
                word_end(rest) || ["s", "es", "nya"].iter().any(|x| rest.strip_prefix(x).is_some_and(word_end)) || index.stem[pat];
            let followed = |r: &str| section.not_after.iter().any(|x| r.trim_start().starts_with(x.trim_start()));
            if !boundary || followed(rest) || followed(rest_of_longest) {
                continue;
            }
            if start == 0 {
                // Generic heads at the start of a part only ("LOKASI DAN TARGET PRODUKSI"),
                // and only when no other head is named.
                if is_alone {
                    alone.push(owner);
                } else {
                    normal.push(owner);
                }
            } else if !is_alone && !run_in && short && p[..start].ends_with(' ') {
                let before = p[..start].trim_end();
                // Short single words ("scope", "field") only after a qualifier that leaves
                // them what they are ("Proposed Scope").
                let qualified = || before.split(' ').all(|w| k.head_qualifiers.iter().any(|q| q == w));
                // (Nor after the question a plain-language heading asks: "What Semarang gains".)
                let question = || p.starts_with("what ");
                if !(h.len() >= 7 || h.contains(' ') || qualified() || question()) {
                    continue;
                }
                if !section.not_before.iter().any(|x| before.ends_with(x.as_str())) {
                    normal.push(owner);
                }
            }
        }
    }
    let mut chosen = if normal.is_empty() { alone } else { normal };
    // A head that OCR broke into two or three pieces ("KE LUARAN", "PEM BIAYAAN"): the
    // pieces joined are the whole head, exactly.
    let pieces = title.split_whitespace().count();
    if chosen.is_empty() && !run_in && (2..=3).contains(&pieces) {
        let joined: String = title.split_whitespace().collect();
        if joined.chars().count() >= 6 {
            chosen
                .extend((0..index.texts.len()).filter(|&pat| index.texts[pat] == joined && !index.alone[pat]).map(|pat| index.owners[pat]));
        }
    }
    chosen.sort_unstable();
    chosen.dedup();
    chosen.into_iter().map(|i| k.sections[i].id).collect()
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
    let recitals: Vec<bool> = lines.iter().map(|l| recital(l, k)).collect();
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

/// The sections still to find (`todo`, by index) that the body states, in one pass over
/// the lines: an inline phrase, a sentence introducing a list of them, or a statement (a
/// period, an amount, a list of fields, benefits followed by concrete items); then, for
/// the scope, a list of fields by its structure.
fn stated(
    lines: &[Line],
    heads: &[Heading],
    citing: &[bool],
    under: &[Option<SectionId>],
    mut todo: Vec<bool>,
    k: &Knowledge,
) -> Vec<Found> {
    let mut out = Vec::new();
    let index_of = |id: SectionId| k.sections.iter().position(|s| s.id == id);
    let (duration, validity, financing, scope, benefit) = (
        index_of(SectionId::Duration),
        index_of(SectionId::Validity),
        index_of(SectionId::Financing),
        index_of(SectionId::Scope),
        index_of(SectionId::Benefit),
    );
    let wanted = |todo: &[bool], i: Option<usize>| i.is_some_and(|i| todo[i]);
    // "shall not terminate by reason of ...", "shall not serve as a basis for ... an office
    // financed by ...": a phrase after a negation in its sentence.
    // The sentence before a phrase; it may have begun on the lines before (wrapped text,
    // PDF lines), not on a heading's ("KETENTUAN LAIN-LAIN" / "(1) Perjanjian ini berlaku
    // ...": the heading is no part of the sentence).
    let mut heading_line = vec![false; lines.len()];
    for h in heads.iter().filter(|h| !h.run_in) {
        heading_line[h.index] = true;
    }
    let sentence_before = |i: usize, hay: &str, at: usize| {
        let mut before = hay[..at].to_string();
        for p in (i.saturating_sub(6)..i).rev() {
            if before.contains(['.', ';', ':']) || heading_line[p] {
                break;
            }
            // (A word broken over the two lines is one: "enam bulan se-" / "belum berakhirnya
            // periode" has no "belum", not yet, in it.)
            let mut joined = lines[p].sk.clone();
            join_line(&mut joined, &before);
            before = joined;
        }
        before.rsplit(['.', ';', ':']).next().unwrap_or(&before).to_string()
    };
    // The filters of a phrase, on the sentence before it (built once per phrase found):
    // "... dituangkan dalam rencana kerja tahunan yang memuat ... keluaran yang diharapkan",
    // "a Memorandum of Understanding which will specify ... the financial arrangements":
    // what a sentence leaves to a later document; provisions an amendment leaves unchanged;
    // "Perjanjian Kerja Sama ... paling sedikit memuat objek, ..., pengakhiran": what another
    // document must contain, named in a sentence (the items of such a list on lines of
    // their own are `citing`); a negation.
    let negated_in = |sentence: &str| {
        // (Less each condition closed by a comma before the phrase.)
        let mut clauses: Vec<&str> = sentence.split(',').collect();
        let last = clauses.pop().unwrap_or_default();
        let unconditioned =
            clauses.into_iter().map(|c| k.conditions.iter().filter_map(|w| word_matches(c, w).next()).min().map_or(c, |at| &c[..at]));
        let main: Vec<&str> = unconditioned.chain([last]).collect();
        let words: Vec<&str> = main.iter().flat_map(|c| c.split_whitespace()).collect();
        words.iter().enumerate().any(|(j, w)| {
            let prev = j.checked_sub(1).map(|p| words[p]).unwrap_or_default();
            // "the matters which are not stipulated": a relative clause negates nothing.
            let relative = j.checked_sub(2).is_some_and(|p| k.relatives.iter().any(|r| r == words[p]));
            (*w == "not" && k.negated_auxiliaries.iter().any(|a| a == prev) && !relative)
                || (k.negations.iter().any(|n| n == w) && prev != "yang")
        })
    };
    let not_stated_in = |sentence: &str| {
        negated_in(sentence) || k.deferrals.any(sentence) || k.unchanged.any(sentence) || k.contents_formulas.any(sentence)
    };
    // "... berakhir atau diakhiri sebagaimana diatur dalam Pasal 13": the rest of the
    // phrase's sentence sends the reader to another article; "... serta pengakhiran kerja
    // sama diatur lebih lanjut dalam Perjanjian Kerja Sama": or leaves it to another
    // document.
    let sent_elsewhere = |hay: &str, end: usize| {
        let rest = hay.get(end..).unwrap_or_default();
        let sentence = rest.split(['.', ';']).next().unwrap_or_default();
        defers_after(sentence, k)
            || k.cross_references.iter().any(|r| {
                word_matches(sentence, r).any(|at| {
                    let after = sentence[at + r.len()..].trim_start();
                    k.article_words.iter().any(|w| starts_with_words(after, w))
                })
            })
    };
    let in_other_sentence = |n: usize, sentence: &str| {
        let has = |words: &[String]| words.iter().any(|w| super::normalise::contains_words(sentence, w));
        has(&k.sections[n].not_in_sentence) && !has(&k.sections[n].in_sentence_anyway)
    };
    // "pasal pengakhiran belum dimasukkan", "an article on termination": the clause named
    // (in a note, a comment, a letter), not stated.
    // (Its name may stand between: "pasal penyelesaian perselisihan blm ada".)
    // (Its number may stand between too: "Pasal 13 tentang Pengakhiran Perjanjian ... tetap
    // berlaku", an addendum naming the articles it leaves as they were.)
    let named_clause = |hay: &str, start: usize, n: usize| {
        let noun_before = |at: usize| {
            let mut before = hay[..at].trim_end();
            let mut connected = false;
            while let Some((rest, _)) = before.rsplit_once(' ').filter(|(_, w)| k.clause_connectors.iter().any(|c| c == w)) {
                before = rest.trim_end();
                connected = true;
            }
            let mut words = before.rsplit(' ');
            let last = words.next().unwrap_or_default();
            let number = connected && !last.is_empty() && last.trim_end_matches(['.', ')']).chars().all(|c| c.is_ascii_digit());
            let noun = if number { words.next().unwrap_or_default() } else { last };
            k.clause_nouns.iter().any(|c| c == noun)
        };
        if noun_before(start) {
            return true;
        }
        // (Or a later item of a list of clauses named: "ketentuan mengenai pembiayaan,
        // penyelesaian perselisihan dan pengakhiran, tetap berlaku" in an addendum.)
        let mut at = start;
        for _ in 0..10 {
            let prev = hay[..at].trim_end();
            if prev.is_empty() || prev.ends_with(['.', ';', ':', '(']) {
                break;
            }
            at = prev.rfind(' ').map_or(0, |p| p + 1);
            let between = &hay[at..start];
            let listed = between.contains(',') || between.split_whitespace().any(|w| matches!(w, "dan" | "and" | "serta" | "atau" | "or"));
            if listed && noun_before(at) {
                return true;
            }
        }
        // (Or in the brackets of a list of clauses named: "pasal-pasal lain (perubahan,
        // pengakhiran, dll) nanti ikut format standar".)
        let bracketed =
            hay[..start].rfind('(').filter(|&open| !hay[open..start].contains(')') && hay[open..start].split_whitespace().count() <= 6);
        if let Some(open) = bracketed {
            let before = hay[..open].trim_end();
            let before =
                k.clause_others.iter().find_map(|o| before.strip_suffix(o.as_str()).filter(|b| b.ends_with(' '))).unwrap_or(before);
            if noun_before(before.len()) {
                return true;
            }
        }
        let mut at = start;
        for _ in 0..3 {
            let prev = hay[..at].trim_end();
            if prev.is_empty() {
                break;
            }
            at = prev.rfind(' ').map_or(0, |p| p + 1);
            let names = k.sections[n].heads.iter().any(|h| starts_with_words(&hay[at..], h) && at + h.len() > start);
            if names && noun_before(at) {
                return true;
            }
        }
        false
    };
    let body = |n: usize, i: usize, confidence: f32| {
        let l = &lines[i];
        Found {
            section: k.sections[n].id,
            reason: Reason::Body,
            confidence,
            index: l.block,
            text: l.text.clone(),
            location: l.location,
            under: under[i],
        }
    };
    for (i, l) in lines.iter().enumerate() {
        if !todo.iter().any(|t| *t) {
            break;
        }
        if citing[i] || placeholder_clause(&l.text) {
            continue;
        }
        // (A recital on the next line cites: it does not complete this line.)
        let hay = if citing.get(i + 1) == Some(&true) { l.sk.as_str().into() } else { with_next(lines, i) };
        let hay = hay.as_ref();
        // A background tells what happened ("a land dispute, settled by the court"): it
        // states no clause on disputes or termination.
        // Nor does an item of what the cooperation covers ("c. penyelesaian sengketa di luar
        // pengadilan melalui mediasi" is a service a prosecutor's office gives).
        let item = || numbered(&l.text) || l.text.trim_start().starts_with(['-', '•', '*']);
        let states_no_clause =
            under[i] == Some(SectionId::Background) || (matches!(under[i], Some(SectionId::Scope | SectionId::Object)) && item());
        for (pat, start, end) in k.inline_index.phrases.matches(hay) {
            let n = k.inline_index.owners[pat];
            let clause = matches!(k.sections[n].id, SectionId::Dispute | SectionId::Termination);
            // "pengakhiran kegiatan pelatihan", "a student whose enrolment is terminated":
            // something else is ended.
            // (What stands before the phrase, auxiliaries set aside: "whose enrolment [is]".)
            let subject = || {
                let mut before = hay[..start].trim_end();
                while let Some(rest) = before.rsplit_once(' ').filter(|(_, w)| k.auxiliaries.iter().any(|a| a == w)).map(|(r, _)| r) {
                    before = rest.trim_end();
                }
                before
            };
            let other_end = k.sections[n].id == SectionId::Termination && {
                let after = hay.get(end..).unwrap_or_default().trim_start();
                let after = after.strip_prefix("of ").unwrap_or(after);
                let before = subject();
                k.ended_not_agreement.iter().any(|w| starts_with_words(after, w) || ends_with_word(before, w))
            };
            // "The experts will benefit from such facilities": people, not the region, benefit.
            let other_beneficiary =
                k.sections[n].id == SectionId::Benefit && k.persons_benefiting.iter().any(|w| ends_with_word(subject(), w));
            // (A phrase past the line's own end belongs to the next line.)
            if !todo[n]
                || (states_no_clause && clause)
                || other_end
                || other_beneficiary
                || start >= l.sk.len()
                || sent_elsewhere(hay, end)
                || named_clause(hay, start, n)
            {
                continue;
            }
            let sentence = sentence_before(i, hay, start);
            if !not_stated_in(&sentence) && !in_other_sentence(n, &sentence) {
                todo[n] = false;
                out.push(body(n, i, 0.6));
            }
        }
        // A sentence that states a section in words of its own: a word of every set of one
        // of its statements, in this order, in one sentence ("the difference of opinion ...
        // shall be resolved by consultation", "may bring the relationship to an end ... by
        // a written notice").
        // (Which statements open on the line: one search for all.)
        // (Empty when none opens: grown to the highest statement that does.)
        let mut opened: Vec<bool> = Vec::new();
        if k.sections.iter().enumerate().any(|(n, s)| todo[n] && !s.statements.is_empty()) {
            for (pat, _, _) in k.statement_openers.phrases.matches(hay) {
                let owner = k.statement_openers.owners[pat];
                if owner >= opened.len() {
                    opened.resize(owner + 1, false);
                }
                opened[owner] = true;
            }
        }
        // (Its sentence may run over the next lines: "Setiap perbedaan pendapat mengenai
        // penafsiran atau" / "pelaksanaan ..., serta hal-hal yang" / "belum diatur ..., akan
        // diselesaikan secara" / "damai melalui konsultasi", a column of a bilingual page.)
        let sentence_hay = if opened.is_empty() { hay.into() } else { sentence_on(lines, i) };
        let hay = sentence_hay.as_ref();
        for (n, section) in k.sections.iter().enumerate() {
            if opened.is_empty() || !todo[n] || section.statements.is_empty() {
                continue;
            }
            let clause = matches!(section.id, SectionId::Dispute | SectionId::Termination);
            let states = !(states_no_clause && clause)
                && section.statements.iter().enumerate().any(|(si, sets)| {
                    if !opened.get(section.first_statement + si).copied().unwrap_or(false) {
                        return false;
                    }
                    let Some((first, rest)) = sets.split_first() else { return false };
                    // Not right after "mutual" ("would bring further mutual benefits" is the
                    // principle of a recital), nor after a word that makes it something else
                    // ("sebelum jangka waktu berakhir" is the term's end).
                    // (A reference may stand between: "sebelum jangka waktu sebagaimana
                    // dimaksud pada ayat (1) berakhir".)
                    let after_word = |at: usize, words: &[String]| {
                        let mut before = hay[..at].trim_end();
                        for _ in 0..8 {
                            if words.iter().any(|m| before.ends_with(m.as_str())) {
                                return true;
                            }
                            let Some((rest, last)) = before.rsplit_once(' ') else { return false };
                            let joins = matches!(last, "dan" | "and" | "or" | "atau");
                            let reference = !last.contains(char::is_alphabetic)
                                || (!joins && k.references.iter().chain(&k.reference_words).any(|r| r == last));
                            if !reference {
                                return false;
                            }
                            before = rest.trim_end();
                        }
                        false
                    };
                    let preceded = |at: usize| after_word(at, &k.mutual) || after_word(at, &section.not_stated_after);
                    first
                        .matches(hay)
                        .filter(|(_, start, _)| !after_word(*start, &section.not_stated_after) && !named_clause(hay, *start, n))
                        .any(|(_, start, end)| {
                            let to = sentence_end(&hay[end..]).map_or(hay.len(), |p| end + p);
                            let after = hay[end..].trim_start();
                            let other_end = section.id == SectionId::Termination
                                && k.ended_not_agreement.iter().any(|w| starts_with_words(after.strip_prefix("of ").unwrap_or(after), w));
                            // Each next word after the one before, in the sentence.
                            let in_order = || {
                                let mut at = end;
                                rest.iter().all(|set| {
                                    let next = set.matches(&hay[at..to]).find(|(_, s, _)| !preceded(at + s));
                                    match next {
                                        Some((_, _, e)) => {
                                            at += e;
                                            true
                                        }
                                        None => false,
                                    }
                                })
                            };
                            let filtered = || {
                                other_end || defers_after(hay[end..].split(['.', ';']).next().unwrap_or_default(), k) || {
                                    let sentence = sentence_before(i, hay, start);
                                    // (The whole sentence, built only for a section with such words.)
                                    let with = || {
                                        let whole = format!("{sentence} {}", &hay[start..to]);
                                        section.not_stated_with.iter().any(|w| contains_words(&whole, w))
                                    };
                                    not_stated_in(&sentence) || (!section.not_stated_with.is_empty() && with())
                                }
                            };
                            start < l.sk.len() && in_order() && !filtered()
                        })
                });
            if states {
                todo[n] = false;
                out.push(body(n, i, 0.5));
            }
        }
        // (Or a sentence wrapped just before its colon: "... menetapkan target pelaksanaan
        // Perjanjian Kerja Sama ini sebagai" / "berikut:".)
        // (Not a form's label over its colon: "Bidang DAK Fisik" / ":".)
        let wrapped = || {
            let rest = hay.get(l.sk.len()..)?;
            let p = rest.find(':').filter(|&p| p <= 12 && rest[..p].contains(char::is_alphabetic))?;
            Some(&hay[..l.sk.len() + p + 1])
        };
        // (Or a list run into a sentence after its copula: "Hasil yang ingin dicapai pada
        // akhir tahun pertama adalah seluruh pemotongan ..., tingkat utilisasi ..., dan RPH
        // memperoleh NKV": the sentence's colon, when three items or more follow.)
        let copula = || {
            let words = k.list_copulas.iter().filter_map(|c| word_matches(&l.sk, c).next().map(|at| (at, c.len()))).min()?;
            let (at, len) = words;
            let (head, rest) = (&l.sk[..at], &l.sk[at + len..]);
            let separated = rest.matches([',', ';']).count() >= 2 && k.list_separators.iter().any(|w| contains_words(rest, w));
            (separated && head.split_whitespace().count() <= 15).then(|| format!("{}:{rest}", head.trim_end()))
        };
        let copula_listing = if l.sk.contains(':') { None } else { copula() };
        if let Some(listing) = if l.sk.contains(':') { Some(l.sk.as_str()) } else { wrapped().or(copula_listing.as_deref()) } {
            for (n, section) in k.sections.iter().enumerate() {
                // (A list introduced "for mutual benefit ... as follows:" lists no benefits.)
                let not_before = [section.not_before.as_slice(), k.mutual.as_slice()];
                if todo[n] && !section.list_words.is_empty() && introduces_list(listing, &section.list_words, &not_before) {
                    todo[n] = false;
                    out.push(body(n, i, 0.6));
                }
            }
        }
        // (Not a deadline: "conclude a Memorandum within a period of twelve (12) months".)
        let deadline = |at: usize| {
            let before: Vec<&str> = hay[..at].split_whitespace().rev().take(3).collect();
            let before = before.into_iter().rev().collect::<Vec<_>>().join(" ");
            k.deadline_words.iter().any(|w| contains_words(&before, w))
        };
        if (wanted(&todo, duration) || wanted(&todo, validity))
            && SPAN.find_iter(hay.as_bytes()).any(|m| m.start() < l.sk.len() && !deadline(m.start()))
        {
            for n in [duration, validity].into_iter().flatten() {
                if todo[n] {
                    todo[n] = false;
                    out.push(body(n, i, 0.5));
                }
            }
        }
        // (Or the longest it lasts, in a sentence that says when it takes effect.)
        if let Some(n) = duration.filter(|n| todo[*n]) {
            let effect = || k.inline_index.phrases.matches(hay).any(|(p, _, _)| Some(k.inline_index.owners[p]) == validity);
            if BOUND.is_match(hay.as_bytes()) && effect() {
                todo[n] = false;
                out.push(body(n, i, 0.5));
            }
        }
        if let Some(n) = financing.filter(|n| todo[*n]) {
            if states_amount(l) {
                todo[n] = false;
                out.push(body(n, i, 0.5));
            }
        }
        // A clause that names the cooperation and lists three fields or more.
        if let Some(n) = scope.filter(|n| todo[*n]) {
            if k.fields.items(hay, &k.list_separators) >= 3 && k.cooperation.any(hay) {
                todo[n] = false;
                out.push(body(n, i, 0.5));
            }
        }
        // "Program ini memberikan manfaat bagi warga berupa ...": the word,
        // then concrete items; not "bertujuan memberikan manfaat bagi kedua kota".
        if let Some(n) = benefit.filter(|n| todo[*n]) {
            let section = &k.sections[n];
            let stated = section.list_words.iter().any(|w| {
                hay.match_indices(w.as_str()).any(|(at, _)| {
                    let before = hay[..at].trim_end();
                    let after: String = hay[at + w.len()..].chars().take(50).collect();
                    // The word itself, not inside another ("pemanfaatan aset": the use of assets).
                    let whole = !hay[..at].ends_with(char::is_alphanumeric)
                        && !after.strip_prefix("nya").unwrap_or(after.trim_start_matches('s')).starts_with(char::is_alphanumeric);
                    whole
                        && !section.not_before.iter().chain(&k.mutual).any(|x| before.ends_with(x.as_str()))
                        && at < l.sk.len()
                        && k.enumerators.any(&after)
                })
            });
            if stated {
                todo[n] = false;
                out.push(body(n, i, 0.5));
            }
        }
    }
    if let Some(f) = scope.filter(|n| todo[*n]).and_then(|_| field_list(lines, citing, under, k).or_else(|| components(lines, citing, k))) {
        out.push(f);
    }
    if wanted(&todo, duration) {
        out.extend(titled_period(lines, k));
    }
    out
}

/// The period a plan's title gives: a range of years under it ("RENCANA AKSI KERJA SAMA" /
/// "... / TAHUN 2026 - 2030", "PERIOD 2025-2027") or closing it ("ACTION PLAN 2025-2027").
fn titled_period(lines: &[Line], k: &Knowledge) -> Option<Found> {
    static UNDER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(tahun|periode|period|years|masa|for the years)?\s*(19|20)\d\d\s*(-|–|—|s\.?\s?d\.?|sampai dengan|to|until)\s*(19|20)\d\d$",
        )
        .expect("valid regex")
    });
    static CLOSING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s(19|20)\d\d\s*(-|–|—)\s*(19|20)\d\d$").expect("valid regex"));
    let titled =
        |l: &Line| k.period_titles.iter().any(|t| l.sk.strip_prefix(t.as_str()).is_some_and(|r| !r.starts_with(char::is_alphanumeric)));
    let at = lines.iter().take(15).position(titled)?;
    let found = |l: &Line| Found {
        section: SectionId::Duration,
        reason: Reason::Structure,
        confidence: 0.5,
        index: l.block,
        text: l.text.clone(),
        location: l.location,
        under: None,
    };
    if CLOSING.is_match(lines[at].text.trim()) {
        return Some(found(&lines[at]));
    }
    lines[at + 1..lines.len().min(at + 5)].iter().find(|l| UNDER.is_match(&l.text.trim().to_lowercase())).map(found)
}

/// A clause's place kept for a text to come: "[Article 8 – Settlement of Disputes: ________ ]"
/// (a bracketed label whose value has no letter nor digit) states nothing yet.
fn placeholder_clause(text: &str) -> bool {
    let t = text.trim();
    t.starts_with('[') && t.ends_with(']') && t.split_once(':').is_some_and(|(_, value)| !value.chars().any(char::is_alphanumeric))
}

/// Whether `text` ends with the words `w` (a whole word before them).
fn ends_with_word(text: &str, w: &str) -> bool {
    text.strip_suffix(w).is_some_and(|before| before.is_empty() || before.ends_with(' '))
}

/// The components or work packages of a project, two or more lines that open with their
/// label and number ("Component 1 - Early warning. ...", "WP2 - Polder operation",
/// "Komponen 3: ..."): what the cooperation covers, by its structure.
fn components(lines: &[Line], citing: &[bool], k: &Knowledge) -> Option<Found> {
    let opens = |text: &str| {
        k.component_labels.iter().any(|label| {
            let starts = text.get(..label.len()).is_some_and(|head| head.eq_ignore_ascii_case(label));
            starts.then(|| &text[label.len()..]).is_some_and(|rest| {
                let rest = rest.trim_start();
                let number = rest.chars().take_while(|c| c.is_ascii_digit()).count();
                number > 0 && rest[number..].trim_start().starts_with(['-', '–', '—', ':', '.', ')'])
            })
        })
    };
    let mut first = None;
    let mut count = 0;
    for (i, l) in lines.iter().enumerate() {
        // (The text, not the skeleton: OCR's reading of a digit glued to letters, "WP1" ->
        // "wpl", would take the number.)
        if !citing[i] && opens(l.text.trim_start()) {
            first.get_or_insert(i);
            count += 1;
        }
    }
    let first = &lines[first.filter(|_| count >= 2)?];
    Some(Found {
        section: SectionId::Scope,
        reason: Reason::Structure,
        confidence: 0.5,
        index: first.block,
        text: first.text.clone(),
        location: first.location,
        under: None,
    })
}

/// A list of fields: two or more short lines in a row that name fields of cooperation
/// (three or more in all), after a line that introduces them (it names the cooperation or
/// ends with a colon): "in the following fields: / 1. City Planning; / 2. Culture and
/// Tourism; / 3. Sport and Youth."
///
/// Not under a heading of the object of cooperation: a plan's object (Pasal 30 ayat (3)
/// huruf d) may name the fields it serves, and is not the scope (huruf e).
fn field_list(lines: &[Line], citing: &[bool], under: &[Option<SectionId>], k: &Knowledge) -> Option<Found> {
    // Short lines, or, after a line that names the cooperation, numbered items of a
    // sentence's length ("(c) education and vocational training, with particular attention
    // to the hospitality, maritime and aged-care sectors;"; not the parties' particulars
    // after "yang bertanda tangan di bawah ini:").
    let short = |l: &Line, long: bool| {
        let words = l.sk.split_whitespace().count();
        words <= 10 || (long && words <= 30 && numbered(&l.text))
    };
    let mut i = 1;
    while i < lines.len() {
        let intro = &lines[i - 1];
        let introduces = intro.sk.trim_end().ends_with(':') || k.cooperation.any(&intro.sk);
        if !introduces || citing[i - 1] || under[i - 1] == Some(SectionId::Object) {
            i += 1;
            continue;
        }
        // Skip bare numbers ("1.", "2.") that OCR puts on lines of their own.
        let run: Vec<&Line> = lines[i..]
            .iter()
            .filter(|l| l.sk.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .take_while(|l| short(l, k.cooperation.any(&intro.sk)) && k.fields.any(&l.sk))
            .take(12)
            .collect();
        let total: usize = run.iter().map(|l| k.fields.items(&l.sk, &k.list_separators).max(1)).sum();
        if run.len() >= 2 && total >= 3 {
            return Some(Found {
                section: SectionId::Scope,
                reason: Reason::Structure,
                confidence: 0.6,
                index: intro.block,
                text: intro.text.clone(),
                location: intro.location,
                under: None,
            });
        }
        i += 1;
    }
    None
}

/// The lines that are the header row of a table flattened one cell to a line, as a PDF's
/// text or a copy gives it ("No." / "Kegiatan / Activity" / "Keluaran / Output" / ... /
/// "Waktu Pelaksanaan / Time" / "Ket." over "1" / "Pelatihan ..."): a run of six short
/// lines or more, without a sentence's punctuation, three of which name a section or the
/// activities, opened by "No" or followed by the first row's number. (Not a table the reader
/// read down its columns, a line's cells apart: "Field" / "Deliverables" / "Duration" are
/// the labels of its rows, each beside its value.)
fn column_names(lines: &[Line], k: &Knowledge) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let activities = k.sections.iter().find(|s| s.id == SectionId::Activities);
    let cell = |l: &Line| {
        let end = l.text.trim_end();
        let punctuated = end.ends_with([',', ';', ':']) || (end.ends_with('.') && end.len() > 6);
        l.sk.split_whitespace().count() <= 6 && !punctuated && !l.beside
    };
    let names = |l: &Line| {
        !named(&l.sk, true, k).is_empty()
            || activities.is_some_and(|a| l.sk.split(" / ").any(|c| a.inline_words.iter().any(|w| w == c.trim())))
    };
    let row_number = |l: Option<&Line>| l.is_some_and(|l| matches!(l.sk.trim_end_matches('.'), "1" | "01"));
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..].iter().take_while(|l| !l.cell && cell(l)).count();
        let opened = matches!(lines[i].sk.trim_end_matches('.'), "no" | "nomor");
        if run >= 6 && (opened || row_number(lines.get(i + run))) && lines[i..i + run].iter().filter(|l| names(l)).count() >= 3 {
            out[i..i + run].iter_mut().for_each(|c| *c = true);
        }
        i += run.max(1);
    }
    out
}

/// The header row of a table flattened into one line by a copy or a text extraction ("No
/// Bidang Kegiatan Tujuan Keluaran Indikator Target Manfaat Waktu Lokasi ..."): a line of
/// column names, without the punctuation of a sentence, in which the heads of four
/// sections or more stand as words. Each section not found yet is a column of the table;
/// not the term, whose column ("Waktu", "Timeframe") holds each activity's time.
fn table_header(lines: &[Line], citing: &[bool], found: &[Found], k: &Knowledge) -> Vec<Found> {
    let index = &k.head_index;
    let column = |section: SectionId, l: &Line| Found {
        section,
        reason: Reason::Structure,
        confidence: 0.6,
        index: l.block,
        text: l.text.clone(),
        location: l.location,
        under: None,
    };
    for (i, l) in lines.iter().enumerate() {
        // Columns split by bars, kept as one line by the reader ("Field | Activity |
        // Timeframe | Lead | Expected result"): each column that a head names from its start
        // is a section, when they name three or more (not a web page's menu).
        // (A cell in several languages, "Hasil yang Diharapkan / Expected Results / 期待される成果",
        // is one name in each.)
        // (Or by semicolons, a spreadsheet exported as text: "No;Kegiatan;Keluaran/Indikator;
        // Target;Waktu;...".)
        let separator = if l.text.contains('|') {
            Some('|')
        } else if l.text.matches(';').count() >= 3 {
            Some(';')
        } else {
            None
        };
        let cells: Vec<&str> = match separator {
            Some(bar) => l.text.split(bar).flat_map(|c| c.split(" / ")).map(str::trim).filter(|c| !c.is_empty()).collect(),
            None => Vec::new(),
        };
        if !citing[i] && cells.len() >= 3 && cells.iter().all(|c| c.split_whitespace().count() <= 6) {
            let mut named_columns: Vec<SectionId> = cells
                .iter()
                .flat_map(|c| named(&super::normalise::skeleton(c), true, k))
                .filter(|id| !matches!(id, SectionId::Signature | SectionId::Duration))
                .collect();
            named_columns.sort_unstable();
            named_columns.dedup();
            // (A column of the activities counts among them: "Activity | Lead | Budget |
            // Expected result" heads a plan's table, no menu.)
            let activities = k.sections.iter().find(|s| s.id == SectionId::Activities);
            let activity_column = activities.is_some_and(|a| cells.iter().any(|c| a.inline_words.contains(&super::normalise::skeleton(c))));
            if named_columns.len() + usize::from(activity_column) >= 3 && named_columns.len() >= 2 {
                return named_columns.into_iter().filter(|id| !found.iter().any(|f| f.section == *id)).map(|id| column(id, l)).collect();
            }
        }
        // (Its names run together when the cells lost their spaces: "NoBidangKegiatanTarget/
        // KeluaranWaktuPenanggung JawabSumber Dana".)
        let raw = unjoined(&l.text);
        let parted = raw.as_deref().map(super::normalise::skeleton);
        let sk = parted.as_deref().unwrap_or(&l.sk);
        let words = sk.split_whitespace().count();
        // (A sentence may end inside quotes: an amendment quotes the new text of an article.)
        let end = sk.trim_end_matches(['"', '\'', ')', '”', '’', ' ']);
        // (A last column abbreviated is no full stop: "... Sumber Dana Ket."; a number is,
        // "... ayat (1).")
        let abbreviated =
            raw.as_deref().unwrap_or(&l.text).trim_end().rsplit(' ').next().and_then(|w| w.strip_suffix('.')).is_some_and(|w| {
                (2..=4).contains(&w.chars().count()) && w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
            });
        if citing[i] || !(6..=40).contains(&words) || sk.contains([',', ';']) || end.ends_with(':') || (end.ends_with('.') && !abbreviated)
        {
            continue;
        }
        let (mut owners, mut generic): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
        for (p, start, end) in index.phrases.matches(sk) {
            // ("Penerima manfaat / Beneficiaries", "Target groups": another column.)
            let section = &k.sections[index.owners[p]];
            let (before, after) = (sk[..start].trim_end(), sk[end..].trim_start());
            if section.not_before.iter().any(|x| ends_with_word(before, x)) || section.not_after.iter().any(|x| starts_with_words(after, x))
            {
                continue;
            }
            if index.alone[p] { &mut generic } else { &mut owners }.push(index.owners[p]);
        }
        owners.sort_unstable();
        owners.dedup();
        generic.retain(|g| !owners.contains(g));
        generic.sort_unstable();
        generic.dedup();
        // Four sections, or three after the number column, a generic column among them ("No
        // Kegiatan Keluaran Waktu Sumber Pembiayaan Penanggung Jawab", "No Kegiatan Hasil
        // yang Diharapkan Waktu Pelaksana"); only the sections named in full are found.
        let numbered = sk.starts_with("no ") || sk.starts_with("no. ");
        if owners.len() < 4 && !(numbered && owners.len() + generic.len() >= 3 && owners.len() >= 2) {
            continue;
        }
        return owners
            .into_iter()
            .map(|o| k.sections[o].id)
            .filter(|id| !matches!(id, SectionId::Signature | SectionId::Duration) && !found.iter().any(|f| f.section == *id))
            .map(|section| column(section, l))
            .collect();
    }
    Vec::new()
}

/// A line whose words ran together where cells or lines were joined ("NoBidangKegiatan",
/// "Target/KeluaranWaktu"), parted where a capital follows a small letter or a slash: `None`
/// when no two such joins are in it (a name such as "WhatsApp" is one).
fn unjoined(text: &str) -> Option<String> {
    // (Counted on the characters as they come: most lines have no join, and cost no copy.)
    let joins = || {
        let mut prev = ' ';
        text.chars().map(move |c| {
            let join = c.is_uppercase() && (prev.is_lowercase() || prev == '/');
            prev = c;
            (c, join)
        })
    };
    joins().filter(|(_, join)| *join).nth(1)?;
    let mut out = String::with_capacity(text.len() + 16);
    for (c, join) in joins() {
        if join {
            out.push(' ');
        }
        out.push(c);
    }
    Some(out)
}

/// Headings that are fields of cooperation, three or more ("3.1 Pertanian dan Perikanan",
/// "3.2 Energi Terbarukan", ...): a work plan or report set out by field states its scope
/// by its structure.
fn field_headings(lines: &[Line], heads: &[Heading], k: &Knowledge) -> Option<Found> {
    let fields: Vec<&Heading> = heads
        .iter()
        .filter(|h| {
            !h.run_in
                && h.title.split_whitespace().count() <= 10
                && k.fields.any(&h.title)
                && !k.organisations.any(&h.title)
                && named(&h.title, false, k).is_empty()
        })
        .collect();
    let first = fields.first()?;
    (fields.len() >= 3).then(|| {
        let l = &lines[first.index];
        Found {
            section: SectionId::Scope,
            reason: Reason::Structure,
            confidence: 0.55,
            index: l.block,
            text: first.text.clone(),
            location: l.location,
            under: None,
        }
    })
}

/// What a line of a signature block may be.
struct SigLine {
    opener: bool,
    name: bool,
    title: bool,
    mark: bool,
    formula: bool,
}

fn sig_line(l: &Line, k: &Knowledge) -> SigLine {
    if l.wide_table {
        return SigLine { opener: false, name: false, title: false, mark: false, formula: false };
    }
    // Bilingual blocks put both languages on a line: "Wali Kota Jianhe / Mayor of Jianhe City",
    // "ttd. / signed". Each half is read alone; a sentence offering choices ("dibebankan
    // kepada [APBD / PIHAK KEDUA / masing-masing pihak]") is no block.
    if l.text.contains(" / ") && l.text.split_whitespace().nth(24).is_none() && l.text.matches(" / ").count() <= 2 {
        let halves: Vec<SigLine> = l
            .text
            .split(" / ")
            .map(|h| {
                sig_line(
                    &Line {
                        block: l.block,
                        sk: super::normalise::skeleton(h),
                        text: h.to_string(),
                        location: l.location,
                        styled: l.styled,
                        cell: l.cell,
                        wide_table: false,
                        beside: l.beside,
                        chat: l.chat,
                        signoff: l.signoff,
                    },
                    k,
                )
            })
            .collect();
        return SigLine {
            opener: halves.iter().any(|h| h.opener),
            name: halves.iter().any(|h| h.name),
            title: halves.iter().any(|h| h.title),
            mark: halves.iter().all(|h| h.mark),
            formula: halves.iter().any(|h| h.formula),
        };
    }
    let text = l.text.trim().trim_start_matches(['-', '*', '•', '#', '>', ' ']);
    let sk = l.sk.as_str();
    let formula = k.signature.formulas.any(sk);
    // A sentence of the body: only a formula ("IN WITNESS WHEREOF ...") or a record of the
    // signature may be one; the rest of a block is short.
    if text.split_whitespace().nth(14).is_some() {
        return SigLine { opener: false, name: false, title: false, mark: false, formula };
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = words.len();
    let item = l.text.trim().ends_with(';') || ["- ", "* ", "• "].iter().any(|b| l.text.trim().starts_with(b));
    // "(Signature)", "[ttd]", "t.t.d.", "(signed) Name": a word or two in brackets, dots set
    // aside. (Marks are read on lines of six words or fewer only.)
    let bare = if n <= 6 { sk.trim_start_matches(['(', '[']).replace(['.', ')', ']', ','], "") } else { String::new() };
    // Alone, as a label, or before a name: "Signed", "(signed) Claus-Peter Albrecht",
    // "Signature: ____"; not "signed this Memorandum of Understanding".
    let after_mark = |m: &str| {
        let rest: Vec<&str> = text.split_whitespace().skip(m.split_whitespace().count()).collect();
        rest.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
    };
    let label = bare.split(':').next().unwrap_or_default().trim();
    let mark_word = n <= 6
        && k.signature
            .marks
            .iter()
            .any(|m| bare == *m || label == m || (bare.strip_prefix(m.as_str()).is_some_and(|r| r.starts_with(' ')) && after_mark(m)));
    // (Not a rule across the page: "....." from margin to margin parts two pages of a copy.)
    // (Nor a sprinkle of short dashes and dots, as OCR reads a page's boxes for initials: " __ _
    // _ ____ ._ _____ _ .". A blank to sign on is drawn in one stroke.)
    let stroke = || text.split(|c: char| !matches!(c, '_' | '.' | '…' | '-')).any(|run| run.chars().count() >= 8);
    let rule = (5..=60).contains(&text.len()) && text.chars().all(|c| matches!(c, '_' | '.' | '…' | '-' | ' ' | '(' | ')')) && stroke();
    // A label ("Nama :", "Date:") is a mark only when nothing but a blank follows it.
    let blank_after =
        text.split_once(':').is_none_or(|(_, after)| !after.chars().any(|c| c.is_alphanumeric()) || after.contains(['[', '<', '_']));
    let mark = (mark_word && n <= 5 && blank_after) || rule;
    let capital = text.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
    let last = sk.rsplit(' ').next().unwrap_or_default();
    let dangling = n > 1 && k.signature.dangling.iter().any(|w| w == last);
    // "For North Kalimantan: improved planning ..." is an item of a list, not a block.
    let labelled = text.split_once(':').is_some_and(|(_, after)| after.chars().filter(|c| c.is_alphabetic()).count() > 3);
    // "UNTUK PEMERINTAH ...", "For the City of ...", "FOR SHAH ALAM CITY COUNCIL": the
    // party's name follows, capitalised; not "Untuk mengoordinasikan ..." or "For the purposes".
    // (The cheap tests first: most lines are none of these.)
    let named_party = || {
        k.signature.openers.iter().filter(|o| sk.starts_with(o.as_str())).any(|o| {
            let skip = o.split_whitespace().count();
            let next = text.split_whitespace().skip(skip).find(|w| !k.signature.name_skips.iter().any(|s| s.eq_ignore_ascii_case(w)));
            next.is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c == '['))
        })
    };
    // The length of the word of `words` that opens the line, if one does.
    let opens = |words: &[String]| -> Option<usize> { words.iter().find(|o| starts_with_words(sk, o)).map(String::len) };
    // A party label ("PIHAK KEDUA", "FIRST PARTY,") is the whole line: not "PIHAK PERTAMA dan
    // PIHAK KEDUA selanjutnya disebut PARA PIHAK".
    // (Not one that ends a sentence wrapped onto its line: "... selanjutnya disebut / PIHAK
    // PERTAMA.")
    let party_label = opens(&k.signature.party_labels).is_some_and(|n| !sk[n..].chars().any(char::is_alphanumeric))
        && !text.trim_end().ends_with(['.', ';']);
    let opener =
        capital && !item && !labelled && !dangling && n <= 14 && (party_label || (opens(&k.signature.openers).is_some() && named_party()));
    // A signatory's title opens its line ("Wali Kota Denpasar", "Mayor of Perth", "The Deputy
    // Mayor"), or the line is in capitals: not "Subject to schedule of the Governor".
    let title = n <= 7 && !item && !dangling && !sk.ends_with(':') && !text.chars().any(|c| c.is_ascii_digit()) && {
        // (A title ends its word even in Japanese or Chinese: not "両知事に報告する".)
        let opens_title = k.signature.titles.matches(sk).any(|(_, start, end)| {
            (start == 0 || sk[..start].split_whitespace().count() <= 1) && !sk[end..].starts_with(char::is_alphanumeric)
        });
        let caps = text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        // (Or ends a word of a script without spaces: "日本国　宮浜市長", "パル市長".)
        let run_on = || words.iter().any(|w| k.signature.run_on_titles.iter().any(|t| w.ends_with(t.as_str())));
        opens_title || caps && k.signature.titles.any(sk) || run_on()
    };
    // A name: two to seven words, each capitalised or in a script without case (but for
    // particles, "van", "bin", and
    // degrees, "S.STP.,"), no sentence; or a placeholder for one: "[Nama Kepala Desa]",
    // "<NAME>", "(....................)", "_NAME_"; not "(2)".
    let placeholder = text.starts_with(['[', '<', '_', '('])
        && n <= 6
        && !mark_word
        && (text.trim_matches(['[', ']', '<', '>', '(', ')', '_', ' ']).chars().filter(|c| c.is_alphabetic()).count() >= 2
            || text.chars().filter(|c| matches!(c, '.' | '_' | '…')).count() >= 3);
    let particles = &k.signature.name_particles;
    let name = placeholder
        || ((2..=7).contains(&n)
            && !item
            && !text.ends_with(':')
            && words
                .iter()
                // (A script without case, "林建宏", is not lowercase.)
                .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()) || particles.iter().any(|p| p == w))
            && text.chars().filter(|c| c.is_ascii_digit()).count() <= 2
            && !sk.split(|c: char| !c.is_alphanumeric()).any(|w| k.signature.not_names.contains(w))
            && !(numbered_text(text).is_some() && text.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '('))
            && article_line(sk).is_none());
    SigLine { opener, name, title, mark, formula }
}

/// Signature blocks: a party label or "FOR/UNTUK ..." followed by a name, a title or a
/// signature mark; a title with a name or a mark beside it; "IN WITNESS WHEREOF" followed
/// by any of these. In the last three quarters of the draft (a sequential draft signs each
/// language part), not any line that happens to start with "untuk".
fn signature(lines: &[Line], k: &Knowledge) -> Option<Found> {
    // (A record of discussions signs before the attachment it agrees: the draft's own text
    // ends at the label of its first attachment, "ATTACHMENT" or "LAMPIRAN", and its
    // signatures stand in the last three quarters of that text.)
    // (A label alone on its line: "Lampiran" beside "PKS_Rujukan.pdf [Unduh]" on a register's
    // page is a field of its record.)
    let end = lines
        .iter()
        .enumerate()
        .skip(8)
        .find(|(_, l)| !l.beside && (super::kind::attachment_label(&l.sk, k) || k.attached_documents.iter().any(|d| l.sk.trim() == d)))
        .map_or(lines.len(), |(i, _)| i);
    let from = end / 4;
    // Lines before the search starts are read only as neighbours of the first ones.
    let empty = || SigLine { opener: false, name: false, title: false, mark: false, formula: false };
    let info: Vec<SigLine> = lines.iter().enumerate().map(|(i, l)| if i + 3 >= from { sig_line(l, k) } else { empty() }).collect();
    let near = |i: usize, before: usize, after: usize, f: &dyn Fn(&SigLine) -> bool| {
        (i.saturating_sub(before)..(i + after + 1).min(lines.len())).filter(|&j| j != i).any(|j| f(&info[j]))
    };
    let block = |l: &Line, confidence: f32| Found {
        section: SectionId::Signature,
        reason: Reason::Structure,
        confidence,
        index: l.block,
        text: l.text.clone(),
        location: l.location,
        under: None,
    };
    // A contact block ("Contact: / Dewi Anggraeni / Head of Subdivision ... / an e-mail")
    // has a name and a title, and is no signature.
    // (Or the end of a sentence that introduces them: "... menunjuk pejabat penghubung
    // sebagai berikut:", "... designate contact persons as follows:".)
    let is_label = |sk: &str| {
        let introduced = sk.trim_end().strip_suffix(':').map(|r| {
            let r = r.trim_end();
            k.formulas_as_follows.iter().find_map(|f| r.strip_suffix(f.as_str())).unwrap_or(r).trim_end()
        });
        k.signature.contacts.iter().any(|c| {
            sk.strip_prefix(c.as_str()).is_some_and(|r| r.trim().is_empty() || r.trim_start().starts_with(':'))
                || introduced.is_some_and(|r| ends_with_word(r, c))
        }) || (sk.split_whitespace().count() <= 6 && k.signature.initials.iter().any(|w| starts_with_words(sk, w)))
    };
    // (Read once a line: every line's neighbours ask.)
    // (Wrapped: "(1) The Parties shall designate contact" / "persons as follows:".)
    let labels: Vec<bool> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            is_label(&l.sk)
                || (i > 0
                    && l.text.trim_start().starts_with(char::is_lowercase)
                    && l.sk.trim_end().ends_with(':')
                    && is_label(&format!("{} {}", lines[i - 1].sk, l.sk)))
        })
        .collect();
    let contact_label = |j: usize| labels[j];
    // An e-mail's own signature under its delimiter, "--" alone on its line ("-- / Dewi
    // Lestari | Program Officer"): the sender's sign-off, not the document's signatories.
    let under_delimiter = |i: usize| lines[i].signoff;
    // (An address masked in a public copy counts: "vandalen@[ihs e-mail]".)
    let email = |l: &Line| mail_domains(&l.text).any(|at| at.contains('.') || at.starts_with('['));
    // (An e-mail beside a block with a party's opener or a signature mark is part of a
    // signature block: some put the signatory's address under the name.)
    // (Under the label, two columns of contacts read one after the other put a title up to
    // eight lines below it, with no party's opener or signature mark between.)
    // The nearest label at most `reach` lines above line `i` (or on it).
    let label_above = |i: usize, reach: usize| (i.saturating_sub(reach)..=i).rev().find(|&j| contact_label(j));
    let labelled_at: Vec<bool> = (0..lines.len())
        .map(|i| label_above(i, 8).is_some_and(|j| j + 3 >= i || !info[j..=i].iter().any(|x| x.opener || x.mark || x.formula)))
        .collect();
    // (Not across a sentence of the text: "... pos-el biro@prov.example." / "Demikian kami
    // sampaikan, atas perhatian Bapak diucapkan terima kasih." / "GUBERNUR A," signs.)
    let sentence_between = |a: usize, b: usize| {
        let t = |l: &Line| l.text.trim_end().ends_with('.') && l.text.split_whitespace().nth(4).is_some();
        lines.get(a.min(b) + 1..a.max(b)).unwrap_or_default().iter().any(t)
    };
    let in_contact = |i: usize| {
        let s = &info[i];
        labelled_at[i]
            || (!s.opener
                && !s.mark
                && !near(i, 3, 3, &|x| x.opener || x.mark)
                && (i.saturating_sub(3)..(i + 4).min(lines.len())).any(|j| email(&lines[j]) && !sentence_between(j, i)))
    };
    // (Its names and titles are nobody's signature, also as the neighbours of a line.)
    // (And the columns of a sheet of initials: "Jabatan | Paraf | Tanggal" are no marks.)
    let contact: Vec<bool> = (0..lines.len())
        .map(|i| {
            let above = |reach: usize| i.checked_sub(1).and_then(|p| label_above(p, reach - 1));
            let sheet = || above(6).is_some_and(|j| !info[j..=i].iter().any(|x| x.opener || x.formula));
            // (Nor is "For AURN:" right under "Contact" a party's opener.)
            let under_label = || above(2).is_some();
            i + 3 >= from
                && (((info[i].title || info[i].name) && (in_contact(i) || under_delimiter(i)))
                    || (info[i].mark && sheet())
                    || (info[i].opener && under_label()))
        })
        .collect();
    let info: Vec<SigLine> = info
        .into_iter()
        .zip(&contact)
        .map(|(s, &c)| if c { SigLine { name: false, title: false, mark: false, opener: false, ..s } } else { s })
        .collect();
    let near = |i: usize, before: usize, after: usize, f: &dyn Fn(&SigLine) -> bool| {
        (i.saturating_sub(before)..(i + after + 1).min(lines.len())).filter(|&j| j != i).any(|j| f(&info[j]))
    };
    // The lines of a title block ("MEMORANDUM OF UNDERSTANDING" / "BETWEEN" / "[NAME OF
    // PARTNER GOVERNMENT]" / "[NAME OF COUNTRY]"), up to its first sentence: the parties
    // named, not signing. (Asked of the lines that look like a block's only: titles are
    // looked for on a few lines above them, not on every line.)
    // (A Japanese or Chinese sentence ends in "。", its words unspaced.)
    let sentence = |l: &Line| l.text.split_whitespace().nth(10).is_some() || l.text.trim_end().ends_with(['.', ';', '。', '；']);
    // (Asked of each line once: the lines below it ask again.)
    let opens_cache: Vec<std::cell::OnceCell<bool>> = lines.iter().map(|_| std::cell::OnceCell::new()).collect();
    let opens = |j: usize| *opens_cache[j].get_or_init(|| super::kind::opens_document(&lines[j], k));
    let in_title_block =
        |i: usize| !sentence(&lines[i]) && (i.saturating_sub(8)..i).rev().take_while(|&j| !sentence(&lines[j])).any(&opens);
    for (i, l) in lines.iter().enumerate().skip(from) {
        let s = &info[i];
        if contact[i] || ((s.opener || s.title || s.mark || s.name || s.formula) && in_title_block(i)) {
            continue;
        }
        // "Signed for the City of Perth by Lord Mayor Basil Zempilas on 3 March 2026.":
        // a record of the signature, in prose.
        // (Not the rest of a sentence wrapped onto the line: "(3) Perjanjian ... /
        // ditandatangani oleh Kepala Perangkat Daerah ...".)
        let wrapped =
            l.text.trim_start().starts_with(char::is_lowercase) && i > 0 && !lines[i - 1].text.trim_end().ends_with(['.', ':', ';']);
        let signed = !wrapped && k.signature.records.iter().any(|p| l.sk.starts_with(p.as_str()));
        if signed && l.sk.split_whitespace().count() <= 40 && k.signature.titles.any(&l.sk) {
            return Some(block(l, 0.7));
        }
        if s.opener {
            // The title on the same line ("For the City of Perth, Lord Mayor"), or a name,
            // title or mark on the lines below.
            let after = l.sk.split_once(' ').map_or("", |(_, r)| r);
            if k.signature.titles.any(after) && after.split_whitespace().count() >= 3 {
                return Some(block(l, 0.8));
            }
            if near(i, 0, 6, &|x| x.name || x.title || x.mark) {
                return Some(block(l, 0.8));
            }
        }
        // An Indonesian letter's signature: the title closed by a comma ("WALI KOTA
        // DENPASAR,"), the name under it, wherever the letter's lists put it.
        if s.title && l.text.trim_end().ends_with(',') && near(i, 0, 6, &|x| x.name) {
            return Some(block(l, 0.8));
        }
        // A title with a name is weaker evidence (a table of who does what has both): near
        // the end only, where signatures stand.
        // (Not the end of a sentence wrapped onto the line: "... disampaikan kepada Wali Kota
        // melalui" / "Sekretaris Daerah.")
        let continued = i > 0 && {
            let before = lines[i - 1].text.trim_end();
            !before.ends_with(|c: char| c.is_ascii_punctuation())
                && before.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_lowercase))
        };
        if s.title && !continued && i >= end * 3 / 5 && near(i, 3, 3, &|x| x.name || x.mark) {
            return Some(block(l, 0.75));
        }
        if s.mark && near(i, 3, 3, &|x| x.name || x.title) {
            return Some(block(l, 0.7));
        }
        // A form to sign: "Signature: ____" over "Name: ____".
        if s.mark && near(i, 0, 2, &|x| x.mark) {
            return Some(block(l, 0.65));
        }
        // After the formula, a title or a mark: a name alone may be the title in capitals of
        // the next language part, when the copy breaks off before the signatures.
        // (Not past the title of that next part: "Dibuat di [tempat] ..." / "MEMORANDUM OF
        // UNDERSTANDING" / "THE PROVINCIAL GOVERNMENT OF ..." is a template's next language.)
        // (Nor a sentence of the body that a line breaks right after the formula's words:
        // "... Pemerintah Kota Tokamachi telah ditandatangani di" / "Pekalongan pada tanggal
        // ...", a letter recounting the LoI; review 11, finding 8.)
        // (Nor one after a word that recounts it: "... telah ditandatangani di Perth, Australia,
        // pada tanggal ...", the letter to the Minister on the LoI.)
        let recounted = || {
            k.signature.formulas.matches(&l.sk).all(|(_, start, end)| {
                let before = l.sk[..start].trim_end();
                (start > 0 && l.sk[end..].trim().is_empty() && !before.ends_with(['.', ':', ';', ',']))
                    || k.signature.recounting.iter().any(|w| ends_with_word(before, w))
            })
        };
        if s.formula && !recounted() {
            let part = (i + 1..(i + 13).min(lines.len())).find(|&j| opens(j)).unwrap_or(lines.len());
            if (i + 1..(i + 13).min(part)).any(|j| info[j].title || info[j].mark) {
                return Some(block(l, 0.7));
            }
        }
    }
    // Both blocks run into one line near the end, as a web copy flattens them: "PIHAK KESATU
    // BUPATI X, ttd. NAME PIHAK KEDUA BUPATI Y, ttd. NAME".
    // (The blank left for a name counts as a mark: "PIHAK KEDUA, PEMIMPIN CABANG ...,
    // ...................... PIHAK PERTAMA, KEPALA DINAS ..., ......................".)
    let blanks = |text: &str| {
        let runs = text.split(|c: char| !matches!(c, '.' | '_' | '…'));
        runs.filter(|r| r.chars().count() >= 5 || r.chars().filter(|&c| c == '…').count() >= 2).count()
    };
    let run_into_one = lines.iter().skip(lines.len() * 3 / 5).find(|l| {
        let count = |words: &[String]| words.iter().map(|m| word_matches(&l.sk, m).count()).sum::<usize>();
        count(&k.signature.run_marks) + blanks(&l.text) >= 2 && count(&k.signature.party_labels) >= 2 && k.signature.titles.any(&l.sk)
    });
    if let Some(l) = run_into_one {
        return Some(block(l, 0.65));
    }
    // An official's block run into one line by a scan that lost its breaks: the title, the
    // name, and the official's number ("... KEPALA BAGIAN KERJA SAMA SETDA KABUPATEN A, [a
    // stamp read as junk] RATNA K., S.IP. Pembina Tk. I NIP 19790412 200312 2 006").
    static NIP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bNIP\.?\s*:?\s*\d[\d ]{15,}\d").expect("valid regex"));
    let official = lines
        .iter()
        .enumerate()
        .skip(lines.len() * 3 / 5)
        .filter(|&(i, _)| !contact[i] && !labelled_at[i])
        .find(|(_, l)| NIP.find(&l.text).is_some_and(|m| k.signature.titles.any(&super::normalise::skeleton(&l.text[..m.start()]))));
    if let Some((_, l)) = official {
        return Some(block(l, 0.65));
    }
    // A page run into one line: a title in capitals, a mark, a name in capitals, inside the
    // line ("... diucapkan terima kasih. WALI KOTA A, ttd Hj. NAME, S.E. Tembusan: ...", "...
    // FOR THE CITY GOVERNMENT OF A FOR THE B DISTRICT COUNCIL sgd. sgd. Dr. NAME ...").
    // (Both parties' marks may stand together: "... COUNCIL sgd. sgd. Dr. NAME".)
    let is_mark = |w: &str| {
        let m = super::normalise::skeleton(w.trim_end_matches([',', ':']));
        [m.as_str(), m.trim_end_matches('.')].iter().any(|m| k.signature.run_marks.iter().any(|r| r == m))
    };
    let inline_block = lines.iter().enumerate().skip(lines.len() * 3 / 5).filter(|&(i, _)| !contact[i]).find(|(_, l)| {
        let words: Vec<&str> = l.text.split_whitespace().collect();
        words.len() > 12
            && (1..words.len()).any(|j| {
                if !is_mark(words[j]) {
                    return false;
                }
                let before = &words[j.saturating_sub(8)..j];
                let capitals = |w: &&&str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
                let before_sk = super::normalise::skeleton(&before.join(" "));
                let titled = before.iter().rev().take_while(capitals).count() >= 2
                    && (k.signature.titles.any(&before_sk) || k.signature.openers.iter().any(|o| contains_words(&before_sk, o)));
                let named = words[j + 1..].iter().find(|w| !is_mark(w)).is_some_and(|w| w.starts_with(char::is_uppercase));
                titled && named
            })
    });
    if let Some((_, l)) = inline_block {
        return Some(block(l, 0.6));
    }
    // A signature page scanned first ("IN WITNESS WHEREOF ... / FOR THE CITY OF ... / a
    // name" on page 1 of the copy, "Page 5 of 5" under it): the formula, then a party's
    // opener, then a name, title or mark, wherever they stand.
    let early: Vec<SigLine> = lines[..from.min(lines.len())].iter().map(|l| sig_line(l, k)).collect();
    // (The opener may wrap, "FOR THE CITY GOVERNMENT OF" / "AMBON, ...": a title or a mark
    // beside a name then makes the block, as at the end.)
    let around = |j: usize, f: &dyn Fn(&SigLine) -> bool| (j.saturating_sub(3)..(j + 4).min(early.len())).any(|x| x != j && f(&early[x]));
    let first_page_block = early.iter().enumerate().filter(|(_, s)| s.formula).find_map(|(f, _)| {
        (f + 1..(f + 16).min(early.len())).find(|&j| {
            let s = &early[j];
            (s.opener && (j + 1..(j + 7).min(early.len())).any(|x| early[x].name || early[x].title || early[x].mark))
                || (s.title && around(j, &|x| x.name))
                || (s.mark && around(j, &|x| x.name || x.title))
        })
    });
    if let Some(at) = first_page_block {
        return Some(block(&lines[at], 0.7));
    }
    // "Basil Zempilas, Lord Mayor": a name and a title on one line, near the end (not a
    // contact's: "Contact: Baiq Nurul Hidayati, Head of Cooperation Section").
    lines
        .iter()
        .enumerate()
        .skip(lines.len() * 3 / 5)
        .filter(|&(i, _)| !contact[i] && !labelled_at[i])
        .map(|(_, l)| l)
        .find(|l| {
            l.text.split_once(',').is_some_and(|(who, what)| {
                let who_words = who.split_whitespace().count();
                // (A name is written with capitals, not "ketentuan peraturan perundang-undangan,
                // setelah berkoordinasi dengan Menteri Dalam", a sentence of the body.)
                let capitalised = who.split_whitespace().filter(|w| !w.starts_with(char::is_lowercase)).count();
                (2..=5).contains(&who_words)
                    && capitalised + 1 >= who_words
                    && !who.trim_start().starts_with(char::is_lowercase)
                    && k.signature.titles.any(&super::normalise::skeleton(what))
                    && what.split_whitespace().count() <= 5
            })
        })
        .map(|l| block(l, 0.65))
}

#[cfg(test)]
mod tests {
    /// The numbering read by hand is the numbering the regex reads.
    #[test]
    fn numbering_without_a_regex_equals_the_regex() {
        for line in [
            "4. rnang",
            "4.1 rnang",
            "4.1. rnang",
            "4) x",
            "12",
            "lv. pembiayaan",
            "a) x",
            "(3) bidang",
            "(a)x",
            "pasal 3",
            "v.",
            "ab. x",
            "(3 x",
            "3.x",
            "l)",
        ] {
            let regex = super::NUMBERED.captures(line).and_then(|c| c.get(1)).map(|m| m.as_str());
            assert_eq!(super::after_numbering(line), regex, "{line}");
        }
        for line in [
            "4. Ruang",
            "4.1 Ruang",
            "IV. SCOPE",
            "a) x",
            "B. KELUARAN",
            "(3) Bidang",
            "(a)x",
            "Pasal 3",
            "12",
            "V.",
            "ab. x",
            "4.x",
            "C) y",
            "IVX) z",
        ] {
            let regex = super::NUMBERED_TEXT.captures(line).and_then(|c| c.get(1)).map(|m| m.as_str());
            assert_eq!(super::numbered_text(line), regex, "{line}");
        }
    }
}
