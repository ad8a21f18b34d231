//! The lines of a read draft in reading order, each with its skeleton, without what only
//! surrounds the text: tables of contents, a fax machine's report, review markup (tracked
//! changes, comments, field codes), a chat's stamps.

use super::numbered_text;
use crate::check::knowledge::{self, Knowledge};
use crate::check::normalise::{self, contains_words};
use crate::model::{Block, Document, Location};
use regex::Regex;
use std::sync::LazyLock;

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
        let sk = normalise::skeleton(&text);
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
    let bare = |l: &Line| numbered_text(l.text.trim_start()).map_or_else(|| l.sk.clone(), normalise::skeleton);
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
