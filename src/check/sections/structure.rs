//! Sections shown by the shape of the text rather than by a heading or a sentence: a plan's
//! period in its title, a project's components, a list of fields, a table's header row,
//! headings that are fields of cooperation.

use super::{ends_with_word, named, numbered, Found, Heading, Line, Reason};
use crate::check::knowledge::Knowledge;
use crate::check::normalise::{self, starts_with_words};
use crate::model::SectionId;
use regex::Regex;
use std::sync::LazyLock;

/// The period a plan's title gives: a range of years under it ("RENCANA AKSI KERJA SAMA" /
/// "... / TAHUN 2026 - 2030", "PERIOD 2025-2027") or closing it ("ACTION PLAN 2025-2027").
pub(super) fn titled_period(lines: &[Line], k: &Knowledge) -> Option<Found> {
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
pub(super) fn placeholder_clause(text: &str) -> bool {
    let t = text.trim();
    t.starts_with('[') && t.ends_with(']') && t.split_once(':').is_some_and(|(_, value)| !value.chars().any(char::is_alphanumeric))
}

/// The components or work packages of a project, two or more lines that open with their
/// label and number ("Component 1 - Early warning. ...", "WP2 - Polder operation",
/// "Komponen 3: ..."): what the cooperation covers, by its structure.
pub(super) fn components(lines: &[Line], citing: &[bool], k: &Knowledge) -> Option<Found> {
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
pub(super) fn field_list(lines: &[Line], citing: &[bool], under: &[Option<SectionId>], k: &Knowledge) -> Option<Found> {
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
pub(super) fn column_names(lines: &[Line], k: &Knowledge) -> Vec<bool> {
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
pub(super) fn table_header(lines: &[Line], citing: &[bool], found: &[Found], k: &Knowledge) -> Vec<Found> {
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
                .flat_map(|c| named(&normalise::skeleton(c), true, k))
                .filter(|id| !matches!(id, SectionId::Signature | SectionId::Duration))
                .collect();
            named_columns.sort_unstable();
            named_columns.dedup();
            // (A column of the activities counts among them: "Activity | Lead | Budget |
            // Expected result" heads a plan's table, no menu.)
            let activities = k.sections.iter().find(|s| s.id == SectionId::Activities);
            let activity_column = activities.is_some_and(|a| cells.iter().any(|c| a.inline_words.contains(&normalise::skeleton(c))));
            if named_columns.len() + usize::from(activity_column) >= 3 && named_columns.len() >= 2 {
                return named_columns.into_iter().filter(|id| !found.iter().any(|f| f.section == *id)).map(|id| column(id, l)).collect();
            }
        }
        // (Its names run together when the cells lost their spaces: "NoBidangKegiatanTarget/
        // KeluaranWaktuPenanggung JawabSumber Dana".)
        let raw = unjoined(&l.text);
        let parted = raw.as_deref().map(normalise::skeleton);
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
pub(super) fn unjoined(text: &str) -> Option<String> {
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
pub(super) fn field_headings(lines: &[Line], heads: &[Heading], k: &Knowledge) -> Option<Found> {
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
