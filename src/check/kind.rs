//! What kind of document a draft is, and how sure that is.
//!
//! A reader decides in this order: a letter to the DPRD by its frame; a commercial contract
//! by its opening words; a letter of intent or an MoU sent as a letter by its subject line;
//! then the document's title (a kind's name opening a line of the first page, or standing
//! before "between"/"antara"/"on"; not a headline that reports a signing) against the
//! evidence that it is something else (news, a council resolution, a guidance page, a
//! letter, minutes, a paper, slides), weighed against the shape of a draft (parties who
//! agree, numbered articles, a closing formula, signature blocks; or the headings of a
//! plan). A document with the shape of an agreement is always checked, against the most
//! likely kind, and the report says how sure the recognition was; "not a cooperation
//! document" is kept for documents that show what else they are, and says why.

use super::knowledge::{self, Knowledge};
use super::normalise::{contains_words, starts_with_words};
use super::sections::{self, Line};
use crate::model::{Block, DocKind, Document};
use std::sync::LazyLock;

/// The outcome of recognition.
#[derive(Debug, Clone)]
pub struct Recognised {
    /// `None`: not a cooperation document.
    pub kind: Option<DocKind>,
    pub reason: String,
    /// The reason in Indonesian.
    pub reason_id: String,
    /// How sure, from 0 to 1.
    pub confidence: f32,
}

fn recognised(kind: Option<DocKind>, confidence: f32, reason: impl Into<String>, reason_id: impl Into<String>) -> Recognised {
    Recognised { kind, reason: reason.into(), reason_id: reason_id.into(), confidence }
}

/// The first page: its first 40 lines, or fewer when they hold more than 3,000 characters.
fn first_page(lines: &[Line]) -> usize {
    let mut chars = 0;
    for (i, l) in lines.iter().enumerate().take(40) {
        chars += l.sk.len();
        if chars > 3000 && i > 0 {
            return i + 1;
        }
    }
    lines.len().min(40)
}

/// A kind's title in a line: (kind, the title as written, strength). Strength 3 when the
/// title opens a title line (after junk, numbering and words like "Draft"; a short or
/// capitalised line, or the title followed by "between", "antara", "on" ...), 2 when it
/// stands before such a connector later in a short line, or when an OCR-damaged title is
/// a few letters away from a known one ("LETT3R 0F lNTEN7").
fn title_in(text: &str, sk: &str, k: &Knowledge) -> Option<(DocKind, String, u32)> {
    // A field's value whose label stood in another column ("Bentuk" / ": Letter of Intent
    // ..."): a document the text describes, not its title.
    if text.trim_start().starts_with(':') {
        return None;
    }
    // Nor a row of a table whose cells bars keep on one line ("4 | Perjanjian Kerja Sama
    // (KSDPT) | Penyaluran KUR | ..." in a database's list of agreements).
    if text.split('|').filter(|c| !c.trim().is_empty()).nth(3).is_some() {
        return None;
    }
    if let Some(found) = head_final(text, k) {
        return Some(found);
    }
    // A title after the label of a part or a stage ("STAGE 1: CONCEPT NOTE", "Annex 2: Terms
    // of Reference").
    if let (Some((label, after)), Some((_, text_after))) = (sk.split_once(':'), text.split_once(':')) {
        let first = label.split_whitespace().next().unwrap_or_default();
        let labelled = label.split_whitespace().count() <= 2 && k.title_labels.iter().chain(&k.attachment_labels).any(|l| l == first);
        if labelled && !after.trim().is_empty() {
            if let Some(found) = title_in(text_after.trim_start(), after.trim_start(), k) {
                return Some(found);
            }
        }
    }
    let words: Vec<&str> = sk.split(' ').collect();
    // Skip junk (tokens without three letters) and title prefixes.
    let mut start = 0;
    while start < words.len().min(8) {
        let w = words[start];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let prefix = k.title_prefixes.iter().any(|p| p == w.trim_matches(|c: char| !c.is_alphanumeric()));
        if letters >= 3 && !prefix {
            break;
        }
        start += 1;
    }
    let offset: usize = words[..start].iter().map(|w| w.len() + 1).sum();
    // ("Penyusunan concept note", "On the draft Memorandum ...": work on a document, or one
    // that another discusses, not its title.)
    let worked_on = |i: usize| {
        k.document_work.iter().any(|w| sk[..i].trim_end().strip_suffix(w.as_str()).is_some_and(|b| b.is_empty() || b.ends_with(' ')))
    };
    let rest = sk.get(offset..).unwrap_or_default();
    let upper = in_capitals(text);
    let short = words.len() <= 14 || upper;
    let connected = |after: &str| {
        // (Or, after a dash, its subject between its parties: "Letter of Intent - Partnership
        // between X and Y"; not any subject: "Draft Letter of Intent - our comments".)
        let dashed = after.trim_start().starts_with(['-', '–', '—']);
        let after = after.trim_start_matches([',', ';', ':', '-', '–', '—', '(', ')', ' ']);
        let between = || after.split(' ').take(6).any(|w| k.party_connectors.iter().any(|c| c == w));
        // (Or only the years it covers: "SISTER CITY ACTION PLAN 2025-2027".)
        after.is_empty()
            || (dashed && between())
            || k.title_connectors.iter().any(|c| after.starts_with(&format!("{c} ")) || after == c)
            || (after.len() >= 4 && after.chars().all(|c| c.is_ascii_digit() || " -–/".contains(c)))
    };
    let headline = k.headline_words.any(sk);
    // An item of a list ("c. penyusunan rencana kerja sama;") or a numbered paragraph ("(1)
    // Rencana kerja sama sebagaimana dimaksud ...") names a document, it is not a title.
    let paragraph = text.trim_start().strip_prefix('(').is_some_and(|r| {
        let digits = r.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && r[digits..].starts_with(')')
    });
    let item = text.trim_end().ends_with([';', ',']) || paragraph;
    // Every title in the line, found in one pass: (title, where it starts), in the titles'
    // order.
    let mut found: Vec<(usize, usize)> = k.title_index.raw_matches(sk).map(|(p, start, _)| (p, start)).collect();
    found.sort_unstable();
    // The longest title of any kind first: "rencana kerja sama" (a plan) before "rencana
    // kerja" (a work plan).
    for t in found.iter().filter(|(_, start)| *start == offset && !worked_on(offset)).map(|(p, _)| &k.titles[*p]) {
        let Some(after) = rest.strip_prefix(t.sk.as_str()) else { continue };
        if after.chars().next().is_some_and(char::is_alphanumeric) || !abbreviation_written(text, t) {
            continue;
        }
        // "Contract : National consultant, 12 months": a generic word labelling a field; "The
        // agreement is ceremonial.": a sentence opening with one.
        // (A full stop, not the ellipsis of a cut page title: "Initiation Plan Template - Improving...".)
        let full_stop = text.trim_end().ends_with('.') && !text.trim_end().ends_with("..");
        let sentence_after = || (full_stop || (!upper && text.trim_end().ends_with(':'))) && words.len() >= 4;
        // ("4.2 The 2018 Agreement": a generic word after a section's number is the section's.)
        let numbered_section = || sections::numbered(text) && text.trim_start().starts_with(|c: char| c.is_ascii_digit());
        // ("PKS No. 900/41/2023": a document cited by its number, in a register's cell.)
        let cited = || k.number_labels.iter().any(|n| starts_with_words(after.trim_start(), n));
        if t.starts_only
            && (after.trim_start().strip_prefix(':').is_some_and(|v| !v.trim().is_empty())
                || sentence_after()
                || numbered_section()
                || cited())
        {
            continue;
        }
        // ("1. The Letter of Intent will cover coastal management.": a sentence about the
        // document, its title not followed by a connector.)
        if !upper && full_stop && words.len() >= 5 && !connected(after) {
            continue;
        }
        // (A long sentence that opens with a title is about the document: "1. Naskah Nota
        // Kesepahaman dengan Kota X telah berakhir ...".)
        let sentence = !upper && words.len() > 14 && text.trim_end().ends_with(['.', ';']);
        // ("e. naskah Memorandum Saling Pengertian agar dikonsultasikan kembali": an item of a
        // list whose sentence runs on after the document it names, not a title.)
        let runs_on = !upper && sections::numbered(text) && !after.trim().is_empty() && !connected(after);
        if item || runs_on {
            continue;
        }
        if (short && !headline) || (connected(after) && !sentence) {
            return Some((t.kind, t.written.clone(), 3));
        }
    }
    if !short || headline || item {
        return None;
    }
    // (Each occurrence of each title, the titles in their order.)
    for &(p, i) in &found {
        let t = &k.titles[p];
        if t.starts_only {
            continue;
        }
        let found = {
            let before_ok = sk[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            before_ok && connected(&sk[i + t.sk.len()..]) && !worked_on(i)
        };
        if found {
            return Some((t.kind, t.written.clone(), 2));
        }
    }
    // An English title that names its kind last: "COOPERATION AND SERVICES AGREEMENT" (a
    // short line in capitals of the words of what it is about, none of them a phrase's "of"
    // or a clause's "ENTIRE").
    if upper {
        if let Some((last, before)) = words[start..].split_last() {
            let h = &k.heads_last;
            let plain = |w: &&str| w.chars().all(char::is_alphabetic) || *w == "&";
            if h.heads.iter().any(|x| x == last)
                && (1..=h.most).contains(&before.len())
                && before.iter().all(plain)
                && !before.iter().any(|w| h.not_among.iter().any(|x| x == w))
            {
                return Some((DocKind::Mou, text.trim().to_string(), 2));
            }
        }
    }
    // An OCR-damaged title: in a short line in capitals (as titles are), the letters of the
    // line's opening against the letters of each title of eleven letters or more, within one
    // edit in four.
    if words.len() <= 8 && upper {
        let line: Vec<char> = rest.chars().filter(|c| c.is_alphabetic()).collect();
        for t in k.titles.iter().filter(|t| t.letters.len() >= 11 && line.len() + 3 >= t.letters.len()) {
            let n = t.letters.len();
            // (The first word damaged like the rest, not replaced: "BAGIAN KERJA SAMA" is not
            // "USULAN KERJA SAMA", though they differ in four letters of fifteen.)
            let (first, last) = (&t.first_letters, &t.last_letters);
            let first_kept = || prefix_distance(first, &line[..line.len().min(first.len() + 2)], first.len() / 3).is_some();
            // (Nor the last: "IMPLEMENTATION AGREEMENT" is not a damaged "IMPLEMENTATION
            // REPORT", though the whole differs in five letters of twenty.)
            let last_kept = || {
                let at = n - last.len();
                (at.saturating_sub(2)..=(at + 2).min(line.len())).any(|from| prefix_distance(last, &line[from..], last.len() / 3).is_some())
            };
            // (The first word first: it turns most lines away in a few letters.)
            if first_kept() && prefix_distance(&t.letters, &line[..line.len().min(n + 2)], n / 4).is_some() && last_kept() {
                return Some((t.kind, t.written.clone(), 2));
            }
        }
    }
    None
}

/// Whether an abbreviated title whose skeleton folds its letters stands in the line as
/// written: "MoU" and "Mon" share a skeleton ("u" is OCR's "n"), and an office's hours
/// "Mon-Fri 8:00-4:30" are no title. Longer titles keep the skeleton's tolerance.
fn abbreviation_written(text: &str, t: &knowledge::Title) -> bool {
    let written = t.written.to_lowercase();
    if t.sk.len() > 4 || t.sk.contains(' ') || t.sk == written {
        return true;
    }
    let text = text.to_lowercase();
    text.split(|c: char| !c.is_alphanumeric()).any(|w| w == written)
}

/// What a letter's subject line says after its label ("Subject:", "Hal :", "Objet :"), in
/// skeleton form; `None` for any other line.
fn subject_line<'a>(sk: &'a str, k: &Knowledge) -> Option<&'a str> {
    k.subject_labels.iter().find_map(|label| sk.strip_prefix(label.as_str()).and_then(|r| r.trim_start().strip_prefix(':')))
}

/// A title in a language that puts its head last: a short line of Japanese, Korean or
/// Chinese that ends with a kind's name ("日南市とバニュワンギ県との姉妹都市提携に関する合意書"),
/// a draft's mark after it aside ("（案）", "(초안)"); not a sentence, nor a headline about
/// a signing ("…と合意書を締結", "签署友好城市协议书").
fn head_final(text: &str, k: &Knowledge) -> Option<(DocKind, String, u32)> {
    let t = text.trim();
    if t.chars().count() > 60 || t.contains(['。', '．']) || !t.chars().any(super::normalise::east_asian) {
        return None;
    }
    // ("…に関する覚書（案）": the mark of a draft.)
    let t = match t.strip_suffix([')', '）']).and_then(|r| r.rsplit_once(['(', '（'])) {
        Some((before, mark)) if mark.chars().count() <= 3 => before.trim_end(),
        _ => t,
    };
    if k.signing_words.iter().any(|w| t.contains(w.as_str())) {
        return None;
    }
    k.final_titles.iter().find(|(_, name)| t.ends_with(name.as_str())).map(|(kind, name)| (*kind, name.clone(), 3))
}

/// The edit distance between `target` and the closest prefix of `head` two letters shorter
/// to two letters longer than it, when it is at most `limit`: one table, read along its
/// last row. None when it is more, or when `head` is shorter than any of those prefixes.
fn prefix_distance(target: &[char], head: &[char], limit: usize) -> Option<usize> {
    let mut row: Vec<usize> = (0..=head.len()).collect();
    for (i, t) in target.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, h) in head.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + (t != h) as usize).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
        // (No row's least value is below the one before: past the limit, it stays past.)
        if row.iter().min().is_some_and(|&least| least > limit) {
            return None;
        }
    }
    let n = target.len();
    (n.saturating_sub(2)..=(n + 2).min(head.len())).map(|m| row[m]).min().filter(|&d| d <= limit)
}

/// The title of a draft: the first line of the first page that carries one, also when it is
/// broken over two short lines ("MEMORANDUM" / "KESEPAKATAN"). A line that continues the
/// sentence of the line before ("... in" / "Memorandum of Understanding to be signed") is
/// not a title.
fn title(head: &[Line], k: &Knowledge) -> Option<(usize, (DocKind, String, u32))> {
    let at = |(i, l): (usize, &Line)| {
        // (A wrapped sentence: the line before is long and stops mid-sentence, on a word in
        // lower case or before a line that opens in lower case; not a subtitle ending on a
        // name: "Two ports, one tide: a proposal for ... between La Rochelle and Makassar" /
        // "Concept note – working draft v3".)
        let continues = i > 0 && {
            let prev = head[i - 1].text.trim_end();
            // (In Title Case a capital says nothing: "Nama Tender : Jasa Penyelenggara Acara
            // Penandatanganan" / "Nota Kesepahaman ...".)
            let initial = |w: &str| w.chars().find(|c| c.is_alphabetic());
            let words: Vec<&str> = prev.split_whitespace().filter(|w| initial(w).is_some()).collect();
            let capitals = words.iter().filter(|w| initial(w).is_some_and(char::is_uppercase)).count();
            let title_case = capitals * 5 >= words.len() * 3;
            let last_lower = words.last().and_then(|w| initial(w)).is_some_and(char::is_lowercase);
            let opens_lower = l.text.trim_start().chars().next().is_some_and(char::is_lowercase);
            prev.split_whitespace().nth(7).is_some()
                && prev.chars().last().is_some_and(|c| c.is_lowercase())
                && (last_lower || opens_lower || title_case)
                && !l.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
        };
        // (Nor the first line of such a sentence: stopping on a word in lower case, the next
        // line going on in lower case: "Rencana kerja sama juga sebaiknya menguraikan manfaat
        // kerja sama bagi" / "daerah dan masyarakat ...", "Rancangan Nota Kesepahaman /
        // Memorandum Saling Pengertian disusun" / "dalam Bahasa Indonesia ...", a guidance
        // page; not a title broken before its parties or subject: "... Cooperation in the
        // Field of Education between" / "the Regency of ...".)
        let wraps = || {
            let text = l.text.trim_end();
            let last = l.sk.rsplit(' ').next().unwrap_or_default();
            text.split_whitespace().nth(5).is_some()
                && text.chars().last().is_some_and(char::is_lowercase)
                && !k.title_connectors.iter().chain(&k.party_connectors).any(|c| c == last)
                && head.get(i + 1).is_some_and(|n| n.text.trim_start().chars().next().is_some_and(char::is_lowercase))
        };
        // The title of a part under its label ("Bagian Kedua" / "Rencana Kerja Sama", "BAB
        // IV" / "..."): a chapter of a regulation or a report, not the document's title.
        let label = |l: &Line| {
            let words: Vec<&str> = l.sk.split_whitespace().collect();
            let number = |w: &str| {
                w.chars().all(|c| c.is_ascii_digit() || matches!(c, 'l' | 'v' | 'x' | 'c')) || k.number_words.iter().any(|n| n == w)
            };
            words.len() == 2 && k.part_labels.iter().any(|p| p == words[0]) && number(words[1])
        };
        let part = label(l) || (i > 0 && label(&head[i - 1]));
        // (An item of a list of attachments: "ATTACHMENTS" / "1. Resolution No. ..." / "2. Draft
        // Sister City Agreement".)
        let listed = sections::numbered(&l.text)
            && head[i.saturating_sub(4)..i].iter().any(|p| k.attachment_lists.iter().any(|a| p.sk.trim_end_matches(':').trim() == a));
        // (Nor a cell of a wide table: "Letter of Intent | 3 | 3 | 1 | 7" counts documents;
        // nor a chat's message: "MoU_JatengHyogo_v7a.pdf <file terlampir>" posts a file.)
        // (Nor a link to a file: "- Sister City Agreement - Kota Batu (PDF, 212 KB)" under a
        // page's "Related Documents".)
        // (Nor an e-mail's header: "Cc: protokol.setda@probolinggokota.go.id" names a
        // mailbox, not a protocol.)
        let mailbox = || sections::mail_domains(&l.text).any(|at| at.contains('.'));
        // (Nor a cell of a plain text's row of four cells or more, read down its column: "MoU
        // (LoI in 2023)" under "Instrument" in a report's table of partnerships.)
        let in_row = || l.location.line.is_some() && head.iter().filter(|o| o.location == l.location).nth(3).is_some();
        if continues || part || listed || l.wide_table || l.chat || links_files(l) || mailbox() || in_row() || wraps() {
            return None;
        }
        // A bilingual title line: "WERKPLAN 2025-2026 / RENCANA KERJA 2025-2026" (short
        // halves in capitals, no field's label).
        // (The first line may also title the draft before a note on it: "Usulan kerja sama
        // Kabupaten A dengan City of B - narasi untuk bahan RKS, tolong dirapikan".)
        let noted = || {
            let (title, sk) = (l.text.split_once(" - ")?.0, l.sk.split_once(" - ")?.0);
            title_in(title, sk, k).filter(|(_, _, strength)| *strength == 3)
        };
        let single =
            title_in(&l.text, &l.sk, k).or_else(|| (i == 0).then(|| self_named(&l.sk, k).or_else(noted)).flatten()).or_else(|| {
                let (a, b) = l.text.split_once(" / ").filter(|(_, b)| !b.contains(" / ") && !l.text.contains(':'))?;
                let short_caps = |h: &str| h.split_whitespace().count() <= 6 && !h.chars().any(char::is_lowercase);
                (short_caps(a) && short_caps(b)).then(|| title_in(b, &super::normalise::skeleton(b), k)).flatten()
            });
        // A short line may be the first half of a title broken over two lines; the longer
        // title wins ("RENCANA KERJA TAHUNAN" / "KERJA SAMA" is a yearly work plan, not the
        // work plan its first line names).
        // (Not a subject line: "From: ..." / "Subject: [Draft LoI rev.2] ... Letter of Intent".)
        let joined = head
            .get(i + 1)
            .filter(|next| l.sk.split(' ').count() <= 4 && subject_line(&next.sk, k).is_none())
            .and_then(|next| title_in(&format!("{} {}", l.text, next.text), &format!("{} {}", l.sk, next.sk), k));
        // (A title the next line holds by itself is that line's: "KABUPATEN SUKAMAJU" /
        // "FORMULIR PENILAIAN RANCANGAN NASKAH KERJA SAMA" is titled on its second line, and
        // read there with the line after it: "SURAT BUPATI TAKALAR" / "RENCANA KERJA" /
        // "SAMA" is a cooperation plan, not a work plan.)
        let next_alone = || head.get(i + 1).and_then(|next| title_in(&next.text, &next.sk, k));
        match (single, joined) {
            (Some(a), Some(b)) if b.1.len() > a.1.len() => Some((i, b)),
            (None, Some(b)) => match next_alone() {
                Some(_) => None,
                None => Some((i, b)),
            },
            (a, b) => a.or(b).map(|t| (i, t)),
        }
    };
    let Some(first) = head.iter().enumerate().find_map(at) else {
        return run_together(head, k);
    };
    // A weak title first (a site's breadcrumbs, "Beranda > Naskah Kerja Sama > ..."), then a
    // title in capitals opening its line further down the page: the document's own title is
    // that one (not a sentence's words wrapped onto a line: "Nota Kesepahaman (MoU) dimaksud
    // bersama ...").
    if first.1 .2 < 3 {
        let strong = head.iter().enumerate().skip(first.0 + 1).filter(|(_, l)| in_capitals(&l.text)).filter_map(at).find(|(_, t)| t.2 == 3);
        if let Some(strong) = strong.or_else(|| run_together(head, k)) {
            return Some(strong);
        }
    }
    Some(first)
}

/// A title run together with the letterhead on one long first line, as a scan's OCR that
/// lost the line breaks gives it ("PEMERINTAH KABUPATEN X BAGIAN KERJA SAMA Jalan ...
/// KERANGKA ACUAN KERJA (KAK) KEGIATAN ... TAHUN ANGGARAN 2025"): a run of three words or more
/// in capitals, within the first three lines, that opens with a title.
fn run_together(head: &[Line], k: &Knowledge) -> Option<(usize, (DocKind, String, u32))> {
    let capitals = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    head.iter().enumerate().take(3).filter(|(_, l)| l.text.split_whitespace().nth(14).is_some()).find_map(|(i, l)| {
        let words: Vec<&str> = l.text.split_whitespace().collect();
        let mut runs = Vec::new();
        let mut start = None;
        for (j, w) in words.iter().enumerate() {
            // (Numbers and brackets stay in the run: "(KAK)", "2025".)
            let inside = capitals(w) || !w.chars().any(char::is_alphabetic);
            match (inside, start) {
                (true, None) => start = Some(j),
                (false, Some(s)) => {
                    runs.push(s..j);
                    start = None;
                }
                _ => {}
            }
        }
        runs.extend(start.map(|s| s..words.len()));
        runs.into_iter().filter(|r| r.len() >= 3).find_map(|r| {
            let text = words[r].join(" ");
            title_in(&text, &super::normalise::skeleton(&text), k).filter(|(_, _, strength)| *strength == 3).map(|t| (i, t))
        })
    })
}

/// The entries of a table of contents among the lines of a document's paragraphs and
/// headings, and the number of those lines.
fn contents_entries(doc: &Document) -> (usize, usize) {
    let (mut entries, mut all) = (0, 0);
    for b in &doc.blocks {
        let text = match b {
            Block::Heading { text, .. }
            | Block::Title(text)
            | Block::Subtitle(text)
            | Block::Para { text, .. }
            | Block::Item { text, .. } => text,
            _ => continue,
        };
        for (_, line) in &text.0 {
            for l in line.lines().filter(|l| !l.trim().is_empty()) {
                all += 1;
                entries += crate::read::contents_entry(l) as usize;
            }
        }
    }
    (entries, all)
}

/// A line of links to files: "Raadsvoorstel 2024-081 (PDF, 412 kB) | Besluitenlijst raad
/// ...", "- Sister City Agreement - Kota Batu (PDF, 212 KB)" names the documents a page
/// offers, not the page's own; so does a file's name, "📎 Draf Final MoU Karangasem-Dazaifu
/// 3 bahasa.pdf", attached to an e-mail.
fn links_files(l: &Line) -> bool {
    let t = l.text.to_lowercase();
    let t = t.trim_end();
    t.contains("(pdf")
        || t.contains(" kb)")
        || t.contains(" mb)")
        || [".pdf", ".docx", ".doc", ".odt", ".rtf"].iter().any(|x| t.ends_with(x))
}

/// Whether a text is in capitals: four letters in five or more, as titles are set.
fn in_capitals(text: &str) -> bool {
    let (letters, upper) = text.chars().filter(|c| c.is_alphabetic()).fold((0, 0), |(n, u), c| (n + 1, u + usize::from(c.is_uppercase())));
    letters > 0 && upper * 10 >= letters * 8
}

/// A news dateline: "SEMARANG - ...", "Jakarta (ANTARA) - ...", "Rabu, 9-5-2018 ...".
/// (ASCII mode, on bytes: counted Unicode classes are slow to compile.)
static DATELINE: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(r"(?-u)^[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?\s*(?:,\s*[A-Z][\w ]{2,30})?(?:\([^)]{2,30}\))?\s*(?:–|—|-)\s+\S")
        .expect("valid regex")
});

/// Points for the shape of an agreement: parties defined, agreement, articles, a closing
/// formula, a signature block.
fn agreement_shape(lines: &[Line], found: &[sections::Found], k: &Knowledge) -> (u32, Vec<(&'static str, &'static str)>) {
    let mut points = 0;
    let mut why = Vec::new();
    // Parties, agreement and a closing formula, in one pass over the lines.
    let mut seen = [false; 3];
    for l in lines {
        for (pat, _, _) in k.shape_index.phrases.matches(&l.sk) {
            seen[k.shape_index.owners[pat]] = true;
        }
        if seen.iter().all(|s| *s) {
            break;
        }
    }
    if seen[0] {
        points += 1;
        why.push(("parties", "para pihak"));
    }
    if seen[1] {
        points += 1;
        why.push(("an agreement", "kesepakatan"));
    }
    // (Clauses numbered by an ordinal word are articles too: "PRIMERA. OBJETO", "SEVENTH.
    // Interpretation and disputes.")
    let articles =
        lines.iter().filter(|l| sections::article_line(&l.sk).is_some() || sections::ordinal_heading(&l.sk, k).is_some()).count();
    if articles >= 2 {
        points += 1 + (articles >= 4) as u32;
        why.push(("numbered articles", "pasal bernomor"));
    } else {
        // Clauses numbered "1." "2." "I." at the start of sentences.
        let clauses = lines
            .iter()
            .filter(|l| {
                let t = l.text.trim_start();
                let digits = t.split(['.', ')']).next().unwrap_or_default();
                !digits.is_empty()
                    && digits.len() <= 4
                    && digits.chars().all(|c| c.is_ascii_digit() || "IVX".contains(c))
                    && t.split_whitespace().count() >= 8
            })
            .count();
        if clauses >= 3 {
            points += 1;
            why.push(("numbered clauses", "butir bernomor"));
        }
    }
    // Numbered provisions that say what a party shall do.
    let numbered = |l: &&Line| {
        let t = l.text.trim_start();
        let n = t.split(['.', ')']).next().unwrap_or_default();
        (1..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_alphanumeric()) && t.len() > n.len() + 1
    };
    if lines.iter().filter(numbered).filter(|l| k.obligations.any(&l.sk)).count() >= 3 {
        points += 1;
        why.push(("obligations", "kewajiban"));
    }
    if seen[2] {
        points += 1;
        why.push(("a closing formula", "kalimat penutup"));
    }
    if found.iter().any(|f| f.section == crate::model::SectionId::Signature) {
        points += 1;
        why.push(("signature blocks", "blok tanda tangan"));
    }
    (points, why)
}

/// How many distinct headings of a plan or terms of reference the draft has.
fn plan_shape(heads: &[sections::Heading], k: &Knowledge) -> usize {
    let mut seen: Vec<usize> = heads
        .iter()
        .flat_map(|h| k.plan_headings.matches(&h.title).filter(|(_, start, _)| *start == 0).map(|(p, _, _)| p).collect::<Vec<_>>())
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}

/// The kind of a draft, with the reason and how sure.
pub fn recognise(doc: &Document, lines: &[Line], heads: &[sections::Heading], found: &[sections::Found]) -> Recognised {
    let k = knowledge::get();
    let page = first_page(lines);
    let head = &lines[..page];
    // Over the whole text, so that a name broken over two lines ("Dewan Perwakilan Rakyat /
    // Daerah") is found.
    let whole: String = lines.iter().map(|l| l.sk.as_str()).collect::<Vec<_>>().join(" ");
    // A table of contents alone ("BAB III RUANG LINGKUP ........ 9" line after line): the
    // headings of a document that is not there.
    // (The reader's lines leave the entries out: they are counted in the document.)
    let (entries, text_lines) = contents_entries(doc);
    if entries >= 8 && entries * 5 >= text_lines * 2 {
        return recognised(
            None,
            0.8,
            format!("a table of contents: {entries} of its {text_lines} lines are headings with page numbers, not the text"),
            format!("daftar isi: {entries} dari {text_lines} barisnya berupa judul dengan nomor halaman, bukan naskahnya"),
        );
    }
    // An official letter: Nomor, Lampiran and Yth. It is addressed where the first "Yth."
    // stands, up to "di ..." before the place: to the DPRD, or to the Minister of Home
    // Affairs (a copy under "Tembusan Yth." comes later, and an invitation may mention the
    // DPRD's approval).
    let all = |w: &String| contains_words(&whole, w);
    let letter = k.letter_frame.iter().all(all);
    if letter {
        let block = sections::letter_addressee(lines, k).map(|(_, block)| block);
        if let Some(block) = block {
            // (Not a letter that recommends or reports on a cooperation: "Hal : Rekomendasi
            // Rencana Kerja Sama Kota ...", a governor's on a kota's plan.)
            let other = || {
                lines.iter().take(40).find_map(|l| subject_line(&l.sk, k)).is_some_and(|s| {
                    let s = s.trim_start();
                    k.letter_minister_other.iter().any(|w| starts_with_words(s, w))
                })
            };
            if k.letter_minister.iter().any(|w| contains_words(&block, w)) && !other() {
                // (A draft named in the letter itself, its Hal or its Lampiran: not in the
                // attachments merged after it, whose action plan may list "Rancangan ..." as an
                // output; twelfth review, finding 6.)
                let subject = lines.iter().take(40).find_map(|l| subject_line(&l.sk, k)).unwrap_or_default();
                // (Its Hal first: the plan "untuk Mendapatkan Pertimbangan" whose text says the
                // consideration will serve the draft to come.)
                let names = |words: &[String]| words.iter().any(|w| contains_words(subject, w));
                let mou = names(&k.letter_minister_mou)
                    || (!names(&k.letter_minister_plan)
                        && k.letter_minister_mou.iter().any(|w| lines.iter().take(80).any(|l| contains_words(&l.sk, w))));
                // (The Hal in a cell of its own wraps: "Penyampaian Laporan" / "Pelaksanaan Kerja
                // Sama ...", a line and the next.)
                let head: Vec<String> = lines
                    .iter()
                    .take(40)
                    .zip(lines.iter().skip(1).map(Some).chain([None]))
                    .map(|(l, next)| match next {
                        Some(n) => format!("{} {}", l.sk, n.sk),
                        None => l.sk.clone(),
                    })
                    .collect();
                let report =
                    k.letter_minister_report.iter().any(|w| contains_words(subject, w) || head.iter().any(|l| starts_with_words(l, w)));
                let kind = if report {
                    DocKind::MendagriReport
                } else if mou {
                    DocKind::MendagriMou
                } else {
                    DocKind::MendagriPlan
                };
                return recognised(
                    Some(kind),
                    0.9,
                    "a letter with Nomor, Lampiran and Yth. to the Minister of Home Affairs",
                    "surat dengan Nomor, Lampiran, dan Yth. kepada Menteri Dalam Negeri",
                );
            }
            if k.letter_addressee.iter().any(|a| contains_words(&block, a)) {
                return recognised(
                    Some(DocKind::DprdLetter),
                    0.9,
                    "a letter with Nomor, Lampiran and Yth. to the DPRD",
                    "surat dengan Nomor, Lampiran, dan Yth. kepada DPRD",
                );
            }
        }
    }
    // A commercial contract, by the words of its title (a short line of the opening).
    // (Not a field of a form: "Paket Pekerjaan : Pertukaran Guru ..." is a budget line's label
    // in a terms of reference.)
    // (A copy of two columns may put the value on a line of its own: ": Pertukaran Guru".)
    let labelled = |i: usize| {
        head[i].sk.split_once(':').is_some_and(|(label, value)| label.split_whitespace().count() <= 4 && !value.trim().is_empty())
            || head.get(i + 1).is_some_and(|n| n.text.trim_start().starts_with(':'))
    };
    let title_line = |&i: &usize| head[i].sk.split(' ').count() <= 14 && !labelled(i);
    // (Unless the terms of reference of the services title the document before it: "KERANGKA
    // ACUAN KERJA (KAK)" / "JASA KONSULTANSI PENYUSUNAN NASKAH AKADEMIK ..." plans the work
    // for a cooperation.)
    let terms_first = |i: usize| title(&head[..i], k).is_some_and(|(_, (kind, _, strength))| kind == DocKind::Plan && strength == 3);
    if let Some(w) = (0..head.len().min(12)).filter(title_line).find_map(|i| {
        // (A title that names the cooperation too, "COOPERATION AND SERVICES AGREEMENT", is a
        // region's agreement with a third party, PP 28/2018.)
        let cooperation = || k.commercial_unless.iter().any(|c| contains_words(&head[i].sk, c));
        k.commercial.iter().find(|c| contains_words(&head[i].sk, c)).filter(|_| !terms_first(i) && !cooperation())
    }) {
        return recognised(
            None,
            0.8,
            format!("its opening reads like a commercial contract (`{w}`), not a cooperation document"),
            format!("bagian awalnya berupa kontrak komersial (`{w}`), bukan dokumen kerja sama"),
        );
    }
    // A letter that says what it is in its subject line: "Subject: Letter of Intent on ...".
    // (Not in an e-mail thread, "Subject: Fwd: Renewal of MoU ..." over the forwarded
    // message's own "Subject: Renewal of MoU ...": e-mails about the draft.)
    let replied = |s: &str| k.reply_prefixes.iter().any(|p| s.trim_start().starts_with(p.as_str()));
    let thread = head.iter().any(|l| subject_line(&l.sk, k).is_some_and(replied));
    for l in head.iter().filter(|_| !thread) {
        // (A bilingual label, "Onderwerp / Subject:": the label after the slash.)
        let sk =
            l.sk.split_once(" / ")
                .filter(|(before, _)| !before.contains(':') && before.split(' ').count() <= 2)
                .map_or(l.sk.as_str(), |(_, after)| after);
        let subject = subject_line(sk, k);
        // "Subject: Extension of the Letter of Intent ...": a letter that extends or amends
        // an agreement is a draft of its kind.
        let subject = subject.map(|s| {
            let s = s.trim_start();
            k.subject_prefixes.iter().find_map(|p| s.strip_prefix(p.as_str()).filter(|r| r.starts_with(' '))).unwrap_or(s)
        });
        // The subject is the title ("Subject: Letter of Intent on ..."), not a letter about
        // one ("Hal: Undangan Rapat Pembahasan Rancangan Nota Kesepahaman").
        if let Some(s) = subject.map(str::trim_start) {
            for t in k.titles.iter().filter(|t| matches!(t.kind, DocKind::Loi | DocKind::Mou)) {
                if starts_with_words(s, &t.sk) {
                    let written = t.written.to_lowercase();
                    return recognised(
                        Some(t.kind),
                        0.8,
                        format!("its subject line says `{written}`"),
                        format!("perihalnya berbunyi `{written}`"),
                    );
                }
            }
        }
    }
    // (In an official letter, a draft's name on the "Hal :" line or on the lines under it, as
    // a copy of two columns runs the subject on, is its subject: "Hal : Permohonan
    // Pertimbangan Rancangan" / "Nota Kesepahaman Kerja Sama ...", not a draft's title.)
    let subject_at = head.iter().position(|l| subject_line(&l.sk, k).is_some());
    // (Nor, in an e-mail thread, a subject line of the thread: "Subject: [Draft LoI rev.2]
    // Pohang-Cilegon Letter of Intent" in the quoted original names the draft it sent.)
    let (title_at, title) = title(head, k)
        .filter(|(at, _)| !(letter && subject_at.is_some_and(|s| (s..=s + 4).contains(at))))
        .filter(|(at, _)| !(thread && subject_line(&head[*at].sk, k).is_some()))
        .unzip();
    // An agreement attached past the first page ("ATTACHMENT B" / "SISTER CITY AGREEMENT" on
    // page 3 of a council's agenda bill): the file holds it, titled under the label.
    // (Or one only named on the first page: "Subject: FW: Draft Letter of Intent ..." over
    // the e-mail that pastes it.)
    // Which lines label an attachment, read once: the attachment's title, the draft it holds
    // and the document that carries it all ask.
    let labels: Vec<bool> = lines.iter().map(|l| attachment_label(&l.sk, k)).collect();
    let attached_later =
        title.as_ref().is_none_or(|(_, _, strength)| *strength < 3).then(|| attached_title(lines, &labels, page, true, k)).flatten();
    let (title_at, title) = if attached_later.is_some() { (None, attached_later.clone()) } else { (title_at, title) };
    // A regulation, a circular or minutes that name themselves before any draft's title:
    // "PERATURAN DAERAH ... / Bagian Kedua / Rencana Kerja Sama" is a regulation.
    // A title may be broken after its first word or two ("LAPORAN" / "MONITORING DAN
    // EVALUASI ..."): a short line is also read with the next.
    // A short label may stand before it ("Kutipan: PERATURAN WALI KOTA ...", "Excerpt:"),
    // but not a letter's frame ("Hal: Pedoman ..." is a letter's subject).
    // A web page's breadcrumbs ("Home > News > Press Releases", "Beranda » Berita"): each
    // step names the page's place, as a title would; but a repository's category ("Kategori:
    // Hukum > Peraturan Daerah") files a document, it does not title it: a draft titled and
    // shaped as an agreement on that page is what the page holds.
    let (shape, why) = agreement_shape(lines, found, k);
    let crumbs_name = title.is_none() || shape < 3;
    let opening = |i: usize| -> Vec<std::borrow::Cow<'_, str>> {
        let l = &head[i].sk;
        let mut out = vec![std::borrow::Cow::Borrowed(l.as_str())];
        // (A bracketed note, "[Kliping Media Luar Negeri - untuk kalangan sendiri]".)
        let bare = l.trim_start_matches(['[', '(', '*']).trim_start();
        if bare.len() < l.len() {
            out.push(std::borrow::Cow::Borrowed(bare));
        }
        if let Some(next) = head.get(i + 1).filter(|_| l.split(' ').count() <= 2) {
            out.push(format!("{l} {}", next.sk).into());
        }
        let crumbs = if !crumbs_name {
            None
        } else if l.contains(" > ") || l.contains(" » ") {
            Some(l.split(['>', '»']).collect::<Vec<_>>())
        } else if l.matches(" / ").count() >= 2
            && l.split(" / ").all(|s| s.split_whitespace().count() <= 6)
            // (A site's menu, "Beranda | Peraturan Daerah | Peraturan Bupati | Naskah Kerja
            // Sama | ...", lists what the site holds, not where this page is filed.)
            && head[i].text.matches(" | ").count() < 3
        {
            // ("Beranda / Dokumen Publik / Kerja Sama Daerah / ...")
            Some(l.split(" / ").collect())
        } else {
            None
        };
        out.extend(crumbs.into_iter().flatten().map(str::trim).filter(|s| !s.is_empty()).map(std::borrow::Cow::Borrowed));
        if let Some((label, rest)) = l.split_once(':') {
            let label = label.trim();
            if (1..=2).contains(&label.split(' ').count()) && !k.frame_labels.iter().any(|f| f == label) && !rest.trim().is_empty() {
                out.push(std::borrow::Cow::Borrowed(rest.trim_start()));
            }
        }
        // (A title after its issuer's name, in capitals: "BRENNAN-OAKES FOUNDATION – PARTNER DUE
        // DILIGENCE QUESTIONNAIRE (GOVERNMENT PARTNERS) v4.2".)
        if let Some((issuer, rest)) = l.split_once(" – ").or_else(|| l.split_once(" - ")) {
            if (1..=5).contains(&issuer.split(' ').count()) && in_capitals(&head[i].text) && !rest.trim().is_empty() {
                out.push(std::borrow::Cow::Borrowed(rest.trim_start()));
            }
        }
        out
    };
    // (Each line's readings built once: the genres' titles are tried against every line.)
    let openings: Vec<Vec<std::borrow::Cow<'_, str>>> = (0..head.len()).map(opening).collect();
    let opens = |i: usize, t: &String| openings[i].iter().any(|o| starts_with_words(o, t));
    // Minutes that record what both sides agreed and that both sign are an agreement.
    let signed = found.iter().any(|f| f.section == crate::model::SectionId::Signature);
    // (Once per genre, each phrase searched once in the whole text.)
    let agreed_genres: Vec<&str> = k
        .genres
        .iter()
        .filter(|g| (signed || g.agreed_unsigned) && g.agreed_when.iter().any(|w| contains_words(&whole, w)))
        .map(|g| g.name.as_str())
        .collect();
    let agreed = |g: &knowledge::Genre| agreed_genres.contains(&g.name.as_str());
    // An attachment ("LAMPIRAN II" / "SURAT EDARAN ..." / "FORMAT NOTA KESEPAHAMAN"): the
    // regulation or circular named before the draft's title is the one it is attached to.
    let attached = title_at.is_some_and(|at| labels[..at].contains(&true) && text_below(lines, at + 1)) || attached_later.is_some();
    // (Not a web page's menu: "Beranda | Peraturan Daerah | Peraturan Bupati | ...". The
    // title's own line too: a genre's name that opens it ("MATRIKS PEMBAHASAN" /
    // "RANCANGAN NOTA KESEPAHAMAN ...", read as one broken title; "FORMULIR USULAN KERJA
    // SAMA"; "PERJANJIAN KINERJA") names the document.)
    let last = title_at.map_or(head.len(), |at| at + 1);
    // (Nor a clause's line that happens to open with a genre's name: "Dokumen Pelaksanaan
    // Anggaran Perangkat Daerah terkait; dan" is the end of a financing clause.)
    let clause = |l: &Line| l.sk.contains(';') || l.sk.trim_end().ends_with(',');
    // A collection of agreements ("HIMPUNAN NASKAH KERJA SAMA ...") whose page holds the
    // whole text of one, titled and signed, is a copy of that agreement.
    let one_of_a_collection = |t: &String| k.collections.contains(t) && title_at.is_some() && shape >= 3;
    // (Under an attachment's label, only a regulation, decree, circular or letter carries the
    // draft that follows; a report under "LAMPIRAN" is that attachment itself.)
    // (A report or minutes titled above the label, "LAPORAN PERJALANAN DINAS ..." then, at its
    // end, "LAMPIRAN 2 - SALINAN MoU" / "MEMORANDUM OF UNDERSTANDING", carry the agreement
    // attached to them as well.)
    let first_label = labels.iter().position(|&l| l);
    // (On the first page too, the title right under the label: "LAMPIRAN: Salinan Letter of
    // Intent" / "LETTER OF INTENT"; not a table of contents' "LAMPIRAN" far above a title.)
    // (Or on the label's own line: "LAMPIRAN: Salinan Letter of Intent".)
    // (Its fields and a draft's mark may stand between: "LAMPIRAN NOTA DINAS ..." / "NOMOR :
    // ..." / "TANGGAL : ..." / "D R A F V.3" / "NOTA KESEPAHAMAN".)
    let labelled_title = title_at.is_some_and(|at| {
        let above = (0..=at).rev().filter(|&j| j == at || labels[j] || !label_aside(&lines[j])).take(4);
        above.take_while(|&j| j + 7 > at).any(|j| labels[j]) && text_below(lines, at + 1)
    });
    // (Or minutes whose subject is the draft, "NOTULEN / RAPAT PERUNDINGAN ... / RANCANGAN
    // MEMORANDUM SALING PENGERTIAN ...", with the agreed text under "LAMPIRAN NOTULEN ..."
    // further on, on the first page or after it: the title of their first page names the
    // draft, the attachment holds it. Not a slide's or a newsletter's rule, "=== 2 ===".)
    let annexed = std::cell::OnceCell::new();
    let annexed = || *annexed.get_or_init(|| title_at.is_some_and(|at| attached_title(lines, &labels, at + 1, false, k).is_some()));
    let annexed_below = |i: usize| Some(i) != title_at && annexed() && first_label.is_some_and(|at| at > i);
    let carried_by = |i: usize, g: &knowledge::Genre| {
        Some(i) != title_at
            && ((attached && k.attachment_carriers.contains(&g.name))
                || ((attached_later.is_some() || labelled_title) && first_label.is_some_and(|at| at > i))
                || annexed_below(i))
    };
    // (Nor a line of links to files.)
    // (Nor an item of a site's menu, the name alone, not in capitals, in a row of four cells or
    // more: "Peraturan Daerah" between "Produk Hukum" and "Peraturan Wali Kota" files
    // documents, it titles none.)
    let menu_item = |i: usize, t: &String| {
        let row = || head.iter().filter(|l| l.location == head[i].location).nth(3).is_some();
        head[i].sk.trim() == t.as_str() && !in_capitals(&head[i].text) && row()
    };
    // (Slides that present a cooperation, a draft's title or a plan's headings on them, are
    // checked as the draft; their genre neither names nor scores them.)
    let plan = plan_shape(heads, k);
    let presents = |g: &knowledge::Genre| g.presents_drafts && (plan >= 3 || title_at.is_some_and(|at| at <= 8));
    // naskah's yearly work plan and report are known by their own titles, which decide
    // before the genres ("laporan pelaksanaan ..." alone is a report of activities); at the
    // top of the page, even over a genre's own name in them ("LAPORAN AKHIR PELAKSANAAN
    // KERJA SAMA", the procedure's final report, is no final report of a project). (Not a
    // title further down: an entry of a list of documents is no title.)
    let yearly = |title: &Option<(DocKind, String, u32)>| match title {
        Some((kind @ (DocKind::Rkt | DocKind::Report), written, 3)) => Some((*kind, written.to_lowercase())),
        _ => None,
    };
    let opens_its_line = |written: &str| {
        title_at.is_some_and(|at| at <= 8 && written.split(' ').next().is_some_and(|w| starts_with_words(head[at].sk.trim_start(), w)))
    };
    if let Some((kind, written)) = yearly(&title).filter(|(_, written)| opens_its_line(written)) {
        return recognised(Some(kind), 0.9, format!("the title says `{written}`"), format!("judulnya berbunyi `{written}`"));
    }
    let names_itself = (0..last)
        .filter(|&i| !head[i].wide_table && !head[i].chat && !clause(&head[i]) && !links_files(&head[i]))
        .filter_map(|i| {
            k.genres
                .iter()
                .filter(|g| !presents(g))
                .find_map(|g| g.names_itself.iter().find(|t| opens(i, t) && !menu_item(i, t)).map(|t| (i, g, t)))
        })
        // (Minutes whose own title runs on into a draft's ("BERITA ACARA KESEPAKATAN HASIL
        // RAPAT KOORDINASI" / "RENCANA KERJA SAMA ..."): minutes of a meeting on that draft,
        // whatever they record as agreed. A regulation that carries an attachment does not
        // hide what the attachment names itself: "LAMPIRAN III / PERATURAN GUBERNUR ... /
        // LEMBAR VERIFIKASI ... RANCANGAN NASKAH KERJA SAMA" is a form.)
        .find(|(i, g, t)| {
            let subject = title_at == Some(i + 1) && head[*i].text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            let legend = title_at.is_some_and(|at| at > *i) && k.legends.iter().any(|w| contains_words(&head[*i].sk, w));
            !carried_by(*i, g) && (subject || !agreed(g)) && !one_of_a_collection(t) && !legend
        })
        .map(|(_, g, _)| g);
    // (Or a header of its genre: "MEMORANDUM" alone on a line, then "To:" and "From:".)
    let headed = || {
        k.genres.iter().find(|g| {
            g.headed_by.as_ref().is_some_and(|(titles, fields)| {
                (0..last.min(12)).any(|i| {
                    let labelled = |l: &Line, f: &Vec<String>| {
                        f.iter().any(|w| l.sk.trim_start().strip_prefix(w.as_str()).is_some_and(|r| r.trim_start().starts_with(':')))
                    };
                    titles.iter().any(|t| head[i].sk.trim() == t.as_str())
                        && fields.iter().all(|f| head[i + 1..head.len().min(i + 9)].iter().any(|l| labelled(l, f)))
                })
            })
        })
    };
    let serves_a_cooperation = |g: &knowledge::Genre| g.subject_unless.iter().any(|w| contains_words(&whole, w));
    if let Some(g) =
        names_itself.or_else(headed).or_else(|| title_at.and_then(|at| subject_genre(head, at, k)).filter(|g| !serves_a_cooperation(g)))
    {
        return recognised(None, 0.8, g.reason.clone(), g.reason_id.clone());
    }
    if let Some((kind, written)) = yearly(&title) {
        return recognised(Some(kind), 0.9, format!("the title says `{written}`"), format!("judulnya berbunyi `{written}`"));
    }
    // The draft's title when it is strong and near the top of its page; or further down.
    let strong = title.as_ref().is_some_and(|(_, _, strength)| *strength == 3);
    let strong_title_at = title_at.filter(|&at| at <= 4 && strong);
    let strong_title_below = title_at.filter(|&at| at > 4 && strong);
    // The strongest other genre: titles opening a line of the first page, cues anywhere.
    let mut genre: Option<(&knowledge::Genre, u32)> = None;
    // The cues of every genre, counted in one pass over the lines.
    let mut cue_counts = vec![0usize; k.genres.len()];
    for l in lines {
        for (pat, _, _) in k.cue_index.phrases.matches(&l.sk) {
            cue_counts[k.cue_index.owners[pat]] += 1;
        }
    }
    // Slides under a draft's title ("Slide 1" / "PAPARAN RANCANGAN RENCANA KERJA SAMA") are
    // that draft: a slide's headings ("DASAR HUKUM", "TAHAPAN") make them no guidance.
    let slides_of_a_draft =
        strong && title_at.is_some_and(|at| at <= 8) && k.genres.iter().zip(&cue_counts).any(|(g, &c)| g.presents_drafts && c >= 2);
    for (g, cues) in k.genres.iter().zip(cue_counts) {
        if slides_of_a_draft {
            break;
        }
        // A letter of intent is a letter: its title decides over the letter's cues.
        if title.as_ref().is_some_and(|(kind, _, strength)| *strength >= 2 && g.yields_to.contains(kind)) || agreed(g) || presents(g) {
            continue;
        }
        // (Nor an e-mail that replies in a thread and quotes the draft it is about further on:
        // "Subject: Re: Draft Action Plan ..." / "Dear Ms. ..." / ... / "> ACTION PLAN" over a
        // plan's headings: the file holds the draft.)
        // (Or set off by a rule above it, whatever its shape: "=== pasted attachment: ToR.docx
        // ===" / "TERMS OF REFERENCE".)
        let pasted = thread
            && strong_title_below.is_some_and(|at| {
                in_capitals(&head[at].text) && (plan >= 3 || shape >= 3 || head[at.saturating_sub(3)..at].iter().any(fence))
            });
        if pasted && g.name == "letter" {
            continue;
        }
        // (Not a chat's message: "Undangan rapat Kamis ..." posted in a chat titles nothing.)
        // (Nor a cell of a wide row: a site's menu, "Beranda | Peraturan Daerah | Peraturan
        // Bupati | ...", lists what the site holds.)
        // (Nor minutes or a report that carry the draft in their attachment.)
        // (Nor an item of a list that cites a document: "2. Hasil Rapat Koordinasi ... tanggal
        // 19 Februari 2025 di Purwokerto." under a plan's "DASAR".)
        let cited = |l: &Line| sections::numbered(&l.text) && l.text.trim_end().ends_with(['.', ';', ',']);
        // (Nor a line in lower case under the draft's own title, as it opens the page:
        // "ARBEITSPLAN 2025-2027" / ... / "Pedoman bersama pemanfaatan" in its table names an
        // output, it titles nothing; a title in capitals further down still may.)
        let under_title = |i: usize| strong_title_at.is_some_and(|at| i > at + 1) && !in_capitals(&head[i].text) && !head[i].styled;
        // (Nor the end of a cell's text wrapped onto its own line: "Technical exchange on" /
        // "heritage building" / "inventory and facade" / "guidelines", an activity of a plan's
        // table flattened one cell to a line.)
        let wrapped = |i: usize| {
            i > 0
                && head[i].text.trim_start().starts_with(char::is_lowercase)
                && !head[i - 1].text.trim_end().ends_with(|c: char| c.is_ascii_punctuation())
                && head[i - 1].text.trim_end().rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_lowercase))
        };
        let titled = (0..head.len())
            .filter(|&i| !head[i].chat && !head[i].wide_table && !cited(&head[i]) && !under_title(i) && !wrapped(i))
            .any(|i| g.titles.iter().any(|t| opens(i, t) && !menu_item(i, t)) && !annexed_below(i));
        let mut score = 3 * titled as u32 + cues.min(5) as u32;
        if g.name == "news" {
            let datelines = lines
                .iter()
                .take(12)
                .filter(|l| {
                    DATELINE.is_match(l.text.as_bytes())
                        || k.weekdays.iter().any(|d| l.sk.strip_prefix(d.as_str()).is_some_and(|r| r.starts_with(',')))
                })
                .count();
            score += 2 * datelines.min(1) as u32;
        }
        // A chat export: messages stamped with a time and a sender, as a title would say.
        // (Unless its messages carry a draft's articles, pasted to be checked: "[14/05/25
        // 08.48] Ayu: Pasal 2" / "RUANG LINGKUP KERJA SAMA" / "(1) ...", and "Pasal 6" /
        // "PEMBIAYAAN" further on; the draft's checks are what the office wants of it.)
        let articles = || {
            lines
                .iter()
                .enumerate()
                .filter(|(i, l)| {
                    let rest = sections::article_line(&l.sk);
                    rest.as_ref().is_some_and(|r| !r.is_empty())
                        || (rest.is_some() && lines.get(i + 1).is_some_and(|n| sections::heading_like(&n.text)))
                })
                .nth(1)
                .is_some()
        };
        if g.name == "chat" && lines.iter().filter(|l| l.chat).nth(2).is_some() && !articles() {
            score += 3;
        }
        if genre.is_none_or(|(_, s)| score > s) {
            genre = Some((g, score));
        }
    }
    // Any other official letter (an invitation, a letter sending a draft to a ministry) is a
    // letter, unless an agreement or a plan follows it in the same file.
    // (No draft's title anywhere in the file: the numbered points of a letter are not
    // articles. The first page was searched already.)
    // (A title opening its line: "Menindaklanjuti Surat Pernyataan Kehendak (Letter of
    // Intent) antara ..." in a letter's paragraph refers to a draft, it does not title one.)
    let titled_anywhere = || {
        title.as_ref().is_some_and(|(_, _, strength)| *strength == 3)
            || self::title(&lines[page..], k).is_some_and(|(_, (_, _, strength))| strength == 3)
    };
    if letter && plan < 3 && (shape < 2 || !titled_anywhere()) {
        return recognised(
            None,
            0.8,
            "an official letter (Nomor, Lampiran, Yth.) addressed neither to the DPRD nor to the Minister of Home Affairs: a letter about a cooperation, not a draft of one",
            "surat dinas (Nomor, Lampiran, Yth.) yang tidak ditujukan kepada DPRD ataupun Menteri Dalam Negeri: surat mengenai kerja sama, bukan rancangan naskahnya",
        );
    }
    let title_points = title.as_ref().map_or(0, |(_, _, s)| *s);
    let draft_points = title_points + shape + (plan >= 3) as u32 + (plan >= 5) as u32;
    if let Some((g, score)) = genre {
        if score >= 3 && score > draft_points {
            return recognised(None, (0.5 + 0.1 * (score - draft_points) as f32).min(0.9), g.reason.clone(), g.reason_id.clone());
        }
    }
    if let Some((kind, written, strength)) = title {
        // A title alone (no parties, articles or signatures) is a thin draft: checked, less sure.
        let confidence = match (strength, shape) {
            (3, 1..) => 0.9,
            (3, 0) => 0.6,
            (_, 1..) => 0.7,
            _ => 0.5,
        };
        let written = written.to_lowercase();
        return recognised(Some(kind), confidence, format!("the title says `{written}`"), format!("judulnya berbunyi `{written}`"));
    }
    if shape >= 2 {
        let intent = found.iter().any(|f| f.section == crate::model::SectionId::Intent);
        let kind =
            if intent && shape <= 3 && lines.iter().all(|l| sections::article_line(&l.sk).is_none()) { DocKind::Loi } else { DocKind::Mou };
        let confidence = if shape >= 4 { 0.7 } else { 0.5 };
        let (en, id): (Vec<&str>, Vec<&str>) = why.into_iter().unzip();
        return recognised(
            Some(kind),
            confidence,
            format!("no title found, but it has the shape of an agreement ({})", en.join(", ")),
            format!("judul tidak ditemukan, tetapi bentuknya berupa naskah kerja sama ({})", id.join(", ")),
        );
    }
    if plan >= 3 {
        return recognised(
            Some(DocKind::Plan),
            0.5,
            format!("no title found, but it has {plan} headings of a plan (background, objectives, outputs, ...)"),
            format!(
                "judul tidak ditemukan, tetapi terdapat {plan} judul bagian rencana kerja sama (latar belakang, tujuan, keluaran, ...)"
            ),
        );
    }
    recognised(
        None,
        0.6,
        "no title of a cooperation document, and not the shape of one (parties who agree, articles, signatures; or the headings of a plan)",
        "tidak ada judul dokumen kerja sama dan bentuknya pun bukan dokumen kerja sama (para pihak yang bersepakat, pasal, tanda tangan; atau judul bagian rencana kerja sama)",
    )
}

/// A draft that names itself in its first sentence, with no title above: "Rencana kerja
/// sama antara Pemerintah Kabupaten ... dan Pemerintah Kota ... ini disusun berangkat dari
/// ...", "This Memorandum of Understanding sets out ...". Its kind's name, as a weak title
/// (strength 2): what the text says it is.
fn self_named(sk: &str, k: &Knowledge) -> Option<(DocKind, String, u32)> {
    let (rest, before) = match k.self_reference_before.iter().find_map(|w| sk.strip_prefix(w.as_str()).filter(|r| r.starts_with(' '))) {
        Some(rest) => (rest.trim_start(), true),
        None => (sk, false),
    };
    let clause = rest.split(['.', ';', ':', ',']).next().unwrap_or_default();
    // (The longest title at the opening: "rencana kerja sama", not "rencana kerja".)
    let mut found: Vec<(usize, usize)> =
        k.title_index.raw_matches(clause).filter(|(_, start, _)| *start == 0).map(|(p, _, end)| (p, end)).collect();
    found.sort_unstable_by_key(|&(_, end)| std::cmp::Reverse(end));
    let (p, end) = found.into_iter().find(|&(_, end)| !clause[end..].starts_with(char::is_alphanumeric))?;
    let after = || clause[end..].split_whitespace().take(15).any(|w| k.self_reference_after.iter().any(|a| a == w));
    (before || after()).then(|| (k.titles[p].kind, k.titles[p].written.clone(), 2))
}

/// The title of a draft on one of the three lines under an attachment's label, opening its
/// line (strength 3). An e-mail's rule that sets off a pasted draft ("===== DRAFT rev.2
/// (10 March 2025) =====") labels it as well, on the first page too; an attachment's label
/// only from line `page` on (the first page's were read with the title). `labels` says which
/// lines label an attachment; `rules`, whether a rule does too.
fn attached_title(lines: &[Line], labels: &[bool], page: usize, rules: bool, k: &Knowledge) -> Option<(DocKind, String, u32)> {
    // (Or by a draft's mark, where a plain rule above it was read as a table's: "-----" /
    // "DRAFT 2 - 10/10/2025 - NOT FOR SIGNATURE" / "MEMORANDUM OF UNDERSTANDING"; not a
    // table's cell, "Draf PKS" in a procedure's column of outputs.)
    lines
        .iter()
        .enumerate()
        .filter(|&(i, l)| (i >= page && labels[i]) || (rules && (fence(l) || (draft_mark(l) && !l.cell && !l.beside))))
        .find_map(|(i, _)| {
            (i + 1..lines.len())
                .filter(|&j| !label_aside(&lines[j]))
                .take(3)
                .take_while(|&j| j < i + 7)
                .find_map(|j| title_in(&lines[j].text, &lines[j].sk, k).map(|t| (j, t)))
                .filter(|(j, (_, _, strength))| *strength == 3 && text_below(lines, j + 1))
                .map(|(_, t)| t)
        })
}

/// A line that stands between an attachment's label and the title under it without
/// counting among the three lines the title may take: the label's own fields and a draft's
/// mark ("LAMPIRAN NOTA DINAS ..." / "NOMOR : ..." / "TANGGAL : ..." / "D R A F V.3" /
/// "NOTA KESEPAHAMAN").
fn label_aside(l: &Line) -> bool {
    let field = l.sk.split_once(':').is_some_and(|(label, _)| !label.trim().is_empty() && label.split_whitespace().count() <= 2);
    field || draft_mark(l)
}

/// A draft's mark on a line of its own: "D R A F V.3", "DRAFT 2 - 10/10/2025 - NOT FOR
/// SIGNATURE", "Rancangan".
fn draft_mark(l: &Line) -> bool {
    let letters: String = l.sk.chars().filter(|c| c.is_alphanumeric()).collect();
    let draft = letters.starts_with("draf") || letters.starts_with("rancangan");
    l.sk.split_whitespace().count() <= 8 && draft && !letters.contains("nota")
}

/// An e-mail's rule that sets off what it pastes: "===== DRAFT rev.2 =====", "=== pasted
/// attachment: ToR_draft_v1.docx ===".
fn fence(l: &Line) -> bool {
    let t = l.text.trim();
    let fence = |c: char| "=-_*#~".contains(c);
    t.chars().take_while(|&c| fence(c)).count() >= 3 && t.chars().rev().take_while(|&c| fence(c)).count() >= 3
}

/// Whether a text stands below line `from`, not a blank form: "LAMPIRAN SURAT EDARAN ..." /
/// "FORMAT LAPORAN PELAKSANAAN KERJA SAMA" over the empty rows of a table is a form to fill
/// in, not a draft attached. A sentence of six words or more, outside a table's rows and
/// the fields of a form ("Perangkat Daerah: ........  Penanggung jawab: ........").
fn text_below(lines: &[Line], from: usize) -> bool {
    let sentence = |l: &Line| !l.text.contains('|') && !l.text.contains("....") && l.sk.split_whitespace().nth(5).is_some();
    lines.get(from..).unwrap_or_default().iter().any(sentence)
}

/// Whether a line is a document's full title ("MEMORANDUM OF UNDERSTANDING"): where a
/// document, or its next language part, begins.
pub(super) fn opens_document(l: &Line, k: &Knowledge) -> bool {
    title_in(&l.text, &l.sk, k).is_some_and(|(_, _, strength)| strength == 3)
}

/// A line that labels an attachment: "LAMPIRAN", "Lampiran II", "ANNEX 2 - ...", not a
/// letter's "Lampiran : 1 (satu) berkas" nor a sentence.
pub(super) fn attachment_label(sk: &str, k: &Knowledge) -> bool {
    // (After an agenda item's reference: "Item 12.3.2 – Attachment 2".)
    if let Some((_, last)) = sk.rsplit_once(" – ").or_else(|| sk.rsplit_once(" - ")) {
        if attachment_label(last.trim(), k) {
            return true;
        }
    }
    let mut words = sk.split_whitespace();
    let first = words.next().unwrap_or_default();
    // ("ATTACHMENT 10.3.2(a)": an agenda item's number.)
    // (Or an agenda's reference with letters before its number: "Attachment CCS-112 (a)".)
    let item = |w: &str| {
        let reference = || w.contains('-') && w.chars().any(|c| c.is_ascii_digit());
        (w.starts_with(|c: char| c.is_ascii_digit()) || reference())
            && w.len() <= 12
            && w.chars().all(|c| c.is_ascii_alphanumeric() || ".()-".contains(c))
    };
    let numeral = |w: &str| w.chars().all(|c| c.is_ascii_digit() || matches!(c, 'l' | 'v' | 'x')) || w.len() == 1 || item(w);
    if !k.attachment_labels.iter().any(|l| l == first.trim_end_matches(':')) {
        return false;
    }
    // "LAMPIRAN: Salinan Letter of Intent" names what is attached; a letter's "Lampiran : 1
    // (satu) berkas" or "Lampiran : -" counts it.
    if let Some((label, value)) = sk.split_once(':') {
        let value = value.trim();
        return label.split_whitespace().count() <= 2
            && value.starts_with(char::is_alphabetic)
            && !k.number_words.iter().any(|n| starts_with_words(value, n))
            && value.split_whitespace().count() <= 8;
    }
    // "LAMPIRAN II" alone, or the header of an attachment naming what it is attached to
    // ("LAMPIRAN II SURAT DPRD PROVINSI ...", "LAMPIRAN NOTULEN RAPAT TANGGAL ...").
    let rest = sk[first.len()..].trim_start();
    let rest = rest.split_once(' ').filter(|(n, _)| numeral(n)).map_or(rest, |(_, r)| r);
    let of = || k.attachment_of.iter().any(|w| starts_with_words(rest, w));
    (words.next().is_none_or(numeral) && sk.split_whitespace().count() <= 6) || (sk.split_whitespace().count() <= 12 && of())
}

/// The genre whose subjects follow the draft title at `at` ("KERANGKA ACUAN KERJA (TERM OF
/// REFERENCE) / SEMINAR INTERNASIONAL ..."): the subject opens the rest of the title's line,
/// its words in brackets set aside, or one of the next two lines, within its first words.
fn subject_genre<'k>(head: &[Line], at: usize, k: &'k Knowledge) -> Option<&'k knowledge::Genre> {
    let opens_subject = |text: &str, g: &knowledge::Genre| {
        let words: Vec<&str> = text.split_whitespace().collect();
        (0..words.len().min(3)).any(|i| g.subjects.iter().any(|s| starts_with_words(&words[i..].join(" "), s)))
    };
    k.genres.iter().filter(|g| !g.subject_of.is_empty()).find(|g| {
        let l = &head[at].sk;
        let Some(rest) = g.subject_of.iter().find_map(|t| l.strip_prefix(t.as_str()).filter(|r| !r.starts_with(char::is_alphanumeric)))
        else {
            return false;
        };
        let mut rest = rest.trim_start();
        while let Some(inner) = rest.strip_prefix('(') {
            rest = inner.split_once(')').map_or("", |(_, after)| after.trim_start());
        }
        opens_subject(rest, g) || head.iter().skip(at + 1).take(2).any(|n| opens_subject(&n.sk, g))
    })
}

#[cfg(test)]
mod tests {
    use super::prefix_distance;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_damaged_prefix_is_near_and_a_line_too_short_has_no_distance() {
        assert_eq!(prefix_distance(&chars("MEMORANDUMOFUNDERSTANDING"), &chars("MEMORANDUMOFUNDERSTANDTNGBETWEEN"), 6), Some(1));
        // Three letters shorter than the title: no prefix to measure (it once overflowed).
        assert_eq!(prefix_distance(&chars("MEMORANDUMOFUNDERSTANDING"), &chars("MEMORANDUMOFUNDERSTAND"), 6), None);
    }

    /// Past the limit there is no distance, also when the table is left early; at the limit
    /// there is.
    #[test]
    fn a_distance_past_its_limit_is_none() {
        let (title, damaged) = (chars("NOTAKESEPAHAMAN"), chars("NOTAKFSFPAHAMANANTARA"));
        assert_eq!(prefix_distance(&title, &damaged, 2), Some(2));
        assert_eq!(prefix_distance(&title, &damaged, 1), None);
        assert_eq!(prefix_distance(&title, &chars("LAPORANKEGIATANTAHUNAN"), 3), None);
    }
}
