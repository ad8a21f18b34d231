//! Finding sections in a read draft: headings (styled, numbered "Pasal N" / "Article N",
//! or short heading-like lines) matched against bilingual keywords, and body sentences
//! that state a section inline ("in the following fields: ...").

use super::normalise::{contains_words, skeleton, Phrases};
use crate::model::{Block, Document, Location, SectionId};
use regex::Regex;
use std::sync::LazyLock;

/// How to recognise one section.
pub struct Cue {
    pub section: SectionId,
    /// A heading title that starts with (or has after "dan"/"and") one of these.
    pub heads: &'static [&'static str],
    /// Words that, right after a head, make it something else ("scope of the licence").
    pub not_after: &'static [&'static str],
    /// Body phrases that state the section without a heading.
    pub inline: &'static [&'static str],
    /// Words that, in a sentence introducing a list ("... will benefit: a; b; c"), state it.
    pub list_words: &'static [&'static str],
}

use SectionId as S;

pub static CUES: &[Cue] = &[
    Cue {
        section: S::Scope,
        heads: &[
            "ruang lingkup",
            "lingkup kerja sama",
            "bidang kerja sama",
            "bidang-bidang kerja sama",
            "bidang dan ruang lingkup",
            "bidang-bidang",
            "lapangan kerja sama",
            "cooperation activities",
            "programme areas",
            "program areas",
            "scope",
            "areas of cooperation",
            "area of cooperation",
            "areas of co-operation",
            "fields of cooperation",
            "field of cooperation",
            "areas of collaboration",
            "cooperation areas",
            "areas and scope",
            "forms and areas",
            "bidang",
            "field",
            "fields",
            "areas",
        ],
        not_after: &[
            "of licen",
            "of the licen",
            "of this licen",
            "of warrant",
            "of the warrant",
            "of this warrant",
            "of work",
            "of the work",
            "of services",
            "of supply",
            "of the software",
            "of use",
        ],
        inline: &[
            "in the following fields",
            "in the following areas",
            "in the following sectors",
            "the following activities",
            "dalam bidang sebagai berikut",
            "dalam bidang-bidang",
            "meliputi bidang",
            "in the fields of",
            "in the areas of",
            "agree to cooperate in",
            "agree to develop",
            "sepakat untuk bekerja sama dalam",
            "sepakat melaksanakan kerja sama dalam",
            "sepakat untuk melaksanakan kerja sama dalam",
            "cooperation shall cover",
            "ruang lingkup kerja sama",
            "scope of this cooperation",
            "scope of cooperation",
            "scope of the cooperation",
            "kerja sama ini meliputi",
            "cooperation shall include",
            "cooperation will include",
            "in such fields as",
            "in such areas as",
            "kerja sama di bidang",
            "kerja sama dalam bidang",
            "cooperation in the field",
            "cooperation in the area",
            "meliputi lapangan",
        ],
        list_words: &["bidang", "fields", "areas", "ruang lingkup", "scope", "sectors"],
    },
    Cue {
        section: S::Benefit,
        heads: &[
            "manfaat",
            "kemanfaatan",
            "benefit",
            "benefits",
            "expected benefits",
            "faedah",
            "kegunaan",
            "keuntungan",
            "value to",
            "added value",
            "nilai tambah",
        ],
        not_after: &[],
        inline: &[
            "manfaat kerja sama ini",
            "manfaat yang diharapkan",
            "memberikan manfaat sebagai berikut",
            "expected benefits",
            "benefits of this cooperation",
            "the following benefits",
            "benefits of the cooperation",
        ],
        list_words: &["manfaat", "benefit", "benefits"],
    },
    Cue {
        section: S::Output,
        heads: &[
            "keluaran",
            "output",
            "outputs",
            "hasil yang diharapkan",
            "expected outputs",
            "expected results",
            "expected output",
            "deliverables",
            "indikator keluaran",
            "outcome",
            "outcomes",
            "expected outcomes",
            "target capaian",
            "capaian",
            "target",
            "targets",
            "key performance indicators",
            "performance indicators",
            "indikator kinerja",
            "results",
        ],
        not_after: &[],
        inline: &[
            "keluaran yang diharapkan",
            "expected outputs",
            "expected output",
            "the outputs of",
            "deliverables of",
            "keluaran kerja sama",
            "hasil yang diharapkan dari",
            "shall deliver the following",
            "the following outputs",
            "expected deliverables",
            "deliverables are",
            "deliverables shall",
            "keluaran berupa",
            "menghasilkan keluaran",
        ],
        list_words: &["keluaran", "output", "outputs", "deliverables", "hasil"],
    },
    Cue {
        section: S::Duration,
        heads: &[
            "jangka waktu",
            "masa berlaku",
            "mulai berlaku",
            "berlakunya",
            "duration",
            "term",
            "validity",
            "entry into force",
            "period of validity",
            "effective date",
            "commencement",
            "masa laku",
            "period",
            "periode",
            "implementation period",
            "periode pelaksanaan",
            "waktu pelaksanaan",
        ],
        not_after: &["s and conditions", "s of reference", "inology"],
        inline: &[
            "berlaku untuk jangka waktu",
            "berlaku selama",
            "shall remain in force for",
            "shall remain valid for",
            "valid for a period",
            "for a period of",
            "remain valid for",
            "jangka waktu",
            "shall be valid for",
            "berlaku sejak",
        ],
        list_words: &[],
    },
    Cue {
        section: S::Financing,
        heads: &[
            "pembiayaan",
            "pendanaan",
            "biaya",
            "sumber pembiayaan",
            "sumber dana",
            "financ",
            "financial arrangement",
            "funding",
            "costs",
            "cost",
            "expenses",
        ],
        not_after: &[],
        inline: &[
            "biaya yang timbul",
            "own cost",
            "own expense",
            "own costs",
            "own expenses",
            "availability of funds",
            "ketersediaan anggaran",
            "ketersediaan dana",
            "dibebankan pada",
            "dibebankan kepada",
            "dibiayai",
            "shall be financed",
            "shall be funded",
            "financial arrangements",
            "bear the cost",
            "bear the costs",
            "bear the expenses",
            "bear its own",
            "bears its own",
            "bear their own",
            "shall be borne",
            "be borne by",
            "ditanggung oleh",
            "menanggung biaya",
            "apbd",
            "anggaran pendapatan dan belanja",
        ],
        list_words: &[],
    },
    Cue {
        section: S::Dispute,
        heads: &[
            "penyelesaian perselisihan",
            "penyelesaian sengketa",
            "perselisihan",
            "sengketa",
            "settlement of dispute",
            "settlement of differences",
            "dispute",
            "disputes",
            "resolution of dispute",
            "differences",
            "disagreement",
            "disagreements",
        ],
        not_after: &[],
        inline: &[
            "any dispute arising",
            "any difference arising",
            "any differences arising",
            "setiap perselisihan",
            "perselisihan yang timbul",
            "disputes arising",
            "sengketa yang timbul",
            "any dispute or difference",
            "perbedaan penafsiran dan pelaksanaan",
            "any dispute between the parties",
            "differences of opinion",
            "settled through friendly",
            "resolved through friendly",
            "settled by friendly",
            "resolved by friendly",
            "any disagreement",
            "resolved amicably",
            "settled amicably",
            "resolved through consultation",
            "diselesaikan secara musyawarah",
            "musyawarah untuk mufakat",
        ],
        list_words: &[],
    },
    Cue {
        section: S::Termination,
        heads: &["pengakhiran", "berakhirnya", "termination", "berakhir"],
        not_after: &[],
        inline: &[
            "terminate this",
            "may terminate",
            "may be terminated",
            "mengakhiri nota kesepahaman",
            "mengakhiri perjanjian",
            "mengakhiri kerja sama",
            "mengakhiri kesepakatan",
            "dapat diakhiri",
            "diakhiri oleh",
            "pengakhiran",
            "termination of this",
            "terminate",
            "mengakhiri",
            "diakhiri",
            "withdraw from",
            "mengundurkan diri",
        ],
        list_words: &[],
    },
    Cue {
        section: S::Parties,
        heads: &["para pihak", "the parties", "parties", "subjek kerja sama", "subjek", "pihak-pihak"],
        not_after: &[],
        inline: &["para pihak", "the parties", "pihak pertama", "first party", "selanjutnya disebut", "hereinafter referred to"],
        list_words: &[],
    },
    Cue {
        section: S::Objective,
        heads: &["maksud", "tujuan", "objective", "objectives", "purpose", "aims", "aim"],
        not_after: &[],
        inline: &["tujuan kerja sama", "the objective of", "the purpose of this", "bertujuan untuk", "aims to"],
        list_words: &[],
    },
    Cue {
        section: S::Amendment,
        heads: &["perubahan", "amendment", "amendments", "addendum", "revision", "modification"],
        not_after: &[],
        inline: &["dapat diubah", "may be amended", "may be revised", "may be modified", "perubahan atas", "amended by mutual"],
        list_words: &[],
    },
    Cue {
        section: S::Intent,
        heads: &["pernyataan kehendak", "kehendak", "maksud", "intent", "intention", "declaration of intent"],
        not_after: &[],
        inline: &[
            "menyatakan kehendak",
            "declare their intention",
            "declared their intention",
            "intend to",
            "berkehendak",
            "express their intention",
            "bermaksud untuk",
        ],
        list_words: &[],
    },
    Cue {
        section: S::Validity,
        heads: &["masa berlaku", "validity", "berlakunya", "jangka waktu"],
        not_after: &[],
        inline: &["berlaku selama", "valid for", "remain valid", "berlaku sejak", "berlaku untuk jangka waktu", "shall be valid"],
        list_words: &[],
    },
    Cue {
        section: S::Background,
        heads: &["latar belakang", "background", "pendahuluan", "introduction"],
        not_after: &[],
        inline: &["latar belakang"],
        list_words: &[],
    },
    Cue {
        section: S::Object,
        heads: &["objek", "object", "obyek"],
        not_after: &["ive", "ives"],
        inline: &["objek kerja sama", "object of the cooperation", "object of this cooperation"],
        list_words: &[],
    },
    Cue { section: S::Addressee, heads: &[], not_after: &[], inline: &["yth", "kepada yth", "the honourable"], list_words: &[] },
    Cue {
        section: S::Request,
        heads: &[],
        not_after: &[],
        inline: &[
            "mohon persetujuan",
            "memohon persetujuan",
            "mohon kiranya",
            "request for approval",
            "request the approval",
            "kami mohon",
        ],
        list_words: &[],
    },
    Cue { section: S::Copies, heads: &["tembusan"], not_after: &[], inline: &["tembusan", "copies to"], list_words: &[] },
    Cue {
        section: S::Language,
        heads: &["bahasa", "language", "languages"],
        not_after: &[],
        inline: &[
            "shall prevail",
            "text shall prevail",
            "equally authentic",
            "sama autentik",
            "sama otentik",
            "naskah dalam bahasa",
            "yang berlaku",
            "texts being equally",
        ],
        list_words: &[],
    },
];

/// Recital verbs: a sentence starting with one is a preamble, not a section.
const RECITALS: &[&str] = &[
    "recognising",
    "recognizing",
    "desiring",
    "considering",
    "noting",
    "conscious",
    "convinced",
    "bearing in mind",
    "referring",
    "mengingat",
    "menimbang",
    "berkeinginan",
    "mengakui",
    "menyadari",
    "merujuk",
    "memperhatikan",
    "acknowledging",
    "whereas",
    "reaffirming",
];

/// A heading found in the draft, with the title it carries.
#[derive(Debug, Clone)]
pub struct Heading {
    pub index: usize,
    pub title: String,
    pub text: String,
}

/// Where a section was found.
#[derive(Debug, Clone)]
pub struct Found {
    pub section: SectionId,
    /// True when found under a heading; false when only stated inline.
    pub heading: bool,
    pub index: usize,
    pub text: String,
    pub location: Location,
}

/// An article line, written in skeleton form (see `normalise`): "pasal 3", "article iii -
/// scope" (`i` is folded to `l`, so "artlcle" and Roman numerals in `[lvxc]`).
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:pasal|fasal|artlcle|artlkel|bab|khapter|sectlon|baglan|clanse|klansnl|§)\s*(?:ke\s*)?",
        // A number in figures, in Roman numerals or in words ("Article One", "Pasal Satu").
        r"(?:[0-9]+|[ivxlc]+|one|two|three|fonr|flve|slx|seven|elght|nlne|ten|eleven|twelve|",
        r"satn|kesatn|pertama|dna|kedna|tlga|ketlga|empat|keempat|llma|kellma|enam|keenam|tnynh|ketnynh|delapan|sembllan|sepnlnh)",
        r"\b[\s.:\-–—)]*(.*)$",
    ))
    .expect("valid regex")
});
/// Words that, right after "Pasal N" / "Article N", make the line a reference in running
/// text that a line break happened to start ("Article 26 of Government Regulation ...",
/// "Pasal 30 ayat (3) ..."), not an article heading. In skeleton form, like the lines.
static REFERENCE: LazyLock<Vec<String>> = LazyLock::new(|| {
    [
        "of",
        "ayat",
        "paragraph",
        "paragraphs",
        "huruf",
        "angka",
        "letter",
        "point",
        "peraturan",
        "undang",
        "government",
        "regulation",
        "law",
        "dan",
        "and",
        "or",
        "atau",
        "to",
        "sampai",
        "hingga",
        "juncto",
        "jo",
        "sebagaimana",
        "as",
        "under",
        "in",
        "pp",
        "uu",
        "perpres",
        "permendagri",
        "yang",
        "which",
        "that",
        "this",
        "ini",
        "tersebut",
    ]
    .iter()
    .map(|w| skeleton(w))
    .collect()
});

/// The rest of an article heading line ("pasal 3 ruang lingkup" -> "ruang lingkup"), or
/// `None` when the line is not one, or is a reference that merely starts the line.
pub fn article_line(sk: &str) -> Option<String> {
    let rest = ARTICLE.captures(sk)?.get(1).map(|m| m.as_str().trim()).unwrap_or_default().to_string();
    let first = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    let ayat = rest.strip_prefix('(').is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    if REFERENCE.iter().any(|w| w == first) || ayat || rest.starts_with(',') {
        return None;
    }
    Some(rest)
}

/// A numbered heading, in skeleton form: "4.", "4.1", "lv.", "a)", "(3)".
static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[0-9]+(?:\.[0-9]+)*[.)]?|[lvxc]+[.)]|[a-z][.)]|\([0-9a-z]+\))\s*(.*)$").expect("valid regex"));

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
}

impl Line {
    fn new(block: usize, text: String, location: Location, styled: bool) -> Line {
        Line { block, sk: skeleton(&text), text, location, styled }
    }
}

/// The text of every block in reading order; computed once per check.
pub fn lines(doc: &Document) -> Vec<Line> {
    let mut out = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let loc = doc.locations.get(i).copied().unwrap_or_default();
        let (text, heading) = match b {
            Block::Heading { text, .. } | Block::Title(text) | Block::Subtitle(text) => (text, true),
            Block::Para { text, .. } | Block::Item { text, .. } | Block::Letterhead(text) => (text, false),
            Block::Article { title, number, .. } => {
                for (_, t) in &title.0 {
                    out.push(Line::new(i, format!("Pasal {number} {t}"), loc, true));
                }
                continue;
            }
            Block::Table(t) => {
                for row in &t.rows {
                    for cell in row {
                        for (_, s) in &cell.0 {
                            out.push(Line::new(i, s.clone(), loc, false));
                        }
                    }
                }
                continue;
            }
            Block::Signatures(parties) => {
                for p in parties {
                    for (_, s) in &p.0 {
                        out.push(Line::new(i, s.replace('\n', " "), loc, false));
                    }
                }
                continue;
            }
            Block::Marker(_) | Block::PageBreak => continue,
        };
        for (_, s) in &text.0 {
            out.push(Line::new(i, s.clone(), loc, heading));
        }
    }
    out
}

fn heading_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if words == 0 || words > 9 || line.ends_with(',') || line.ends_with(';') {
        return false;
    }
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let mostly_upper = !letters.is_empty() && upper * 10 >= letters.len() * 7;
    // The first letter or digit, past an opening bracket or a bullet: "(2) Bidang Kerja Sama".
    let first = line.chars().find(|c| c.is_alphanumeric());
    mostly_upper || (!line.ends_with('.') && words <= 6 && first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
}

/// Headings and their titles: numbered article lines take their title from the same line,
/// or from the next (or previous) short line.
pub fn headings(lines: &[Line]) -> Vec<Heading> {
    let mut out = Vec::new();
    for (k, l) in lines.iter().enumerate() {
        let (line, sk) = (&l.text, &l.sk);
        if let Some(rest) = article_line(sk) {
            let mut titles = Vec::new();
            let is_article = |l: &Line| article_line(&l.sk).is_some();
            if !rest.is_empty() {
                if rest.split_whitespace().count() <= 10 {
                    titles.push((rest, line.clone()));
                }
            } else {
                // "Pasal 3" alone: its title is the next short line, or the one before it.
                if let Some(next) = lines.get(k + 1) {
                    if heading_like(&next.text) && !is_article(next) {
                        titles.push((next.sk.clone(), format!("{line} {}", next.text)));
                    }
                }
                if let Some(prev) = k.checked_sub(1).map(|p| &lines[p]) {
                    if heading_like(&prev.text) && !is_article(prev) {
                        titles.push((prev.sk.clone(), format!("{} {line}", prev.text)));
                    }
                }
            }
            for (title, text) in titles {
                out.push(Heading { index: k, title, text });
            }
            continue;
        }
        // "5. Ruang lingkup: (a) pariwisata; ..." - a short label before a colon is a heading.
        if let Some((label, _)) = sk.split_once(':') {
            let label = NUMBERED
                .captures(label)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().trim().to_string())
                .unwrap_or_else(|| label.trim().to_string());
            if (1..=5).contains(&label.split_whitespace().count()) {
                out.push(Heading { index: k, title: label, text: line.clone() });
                continue;
            }
        }
        if l.styled || heading_like(line) {
            let title = match NUMBERED.captures(sk) {
                Some(c) => c.get(1).map(|m| m.as_str().to_string()).unwrap_or_default(),
                None => sk.clone(),
            };
            out.push(Heading { index: k, title, text: line.clone() });
        }
    }
    out
}

/// A cue with its phrases in skeleton form, computed once.
struct Prepared {
    heads: Vec<String>,
    not_after: Vec<String>,
    inline: Phrases,
    list_words: Vec<String>,
}

static PREPARED: LazyLock<Vec<Prepared>> = LazyLock::new(|| {
    let sk = |v: &[&str]| v.iter().map(|p| skeleton(p)).collect::<Vec<_>>();
    CUES.iter()
        .map(|c| Prepared { heads: sk(c.heads), not_after: sk(c.not_after), inline: Phrases::new(c.inline), list_words: sk(c.list_words) })
        .collect()
});

static RECITAL_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| RECITALS.iter().map(|r| skeleton(r)).collect());

fn starts_with_head(title: &str, cue: &Prepared) -> bool {
    // The title, and what follows "dan", "and", "&" or "," in it ("MANFAAT DAN KELUARAN").
    let mut parts = vec![title.to_string()];
    for sep in [" dan ", " and ", " & ", ", ", " serta ", " / "] {
        for (n, piece) in title.split(sep).enumerate() {
            if n > 0 {
                parts.push(piece.trim().to_string());
            }
        }
    }
    let follows = |rest: &str, h: &str| {
        let boundary = rest.is_empty() || !rest.starts_with(|c: char| c.is_alphanumeric()) || h.len() >= 6;
        boundary && !cue.not_after.iter().any(|n| rest.trim_start().starts_with(n.trim_start()))
    };
    // A distinctive head may also follow a qualifier in a short title: "Sumber Pendanaan",
    // "Mutual Benefits", "Tata Cara Penyelesaian Perselisihan". Short single words ("term",
    // "field", "cost") count only at the start, where they are headings.
    let short = title.split_whitespace().count() <= 6;
    let after_qualifier = |p: &str, h: &str| {
        short
            && (h.len() >= 7 || h.contains(' '))
            && p.match_indices(h).any(|(i, _)| p[..i].ends_with(' ') && follows(&p[i + h.len()..], h))
    };
    parts.iter().any(|p| cue.heads.iter().any(|h| p.strip_prefix(h.as_str()).is_some_and(|rest| follows(rest, h)) || after_qualifier(p, h)))
}

/// Every section found, by heading first and then inline.
pub fn find(lines: &[Line]) -> Vec<Found> {
    let heads = headings(lines);
    let recital: Vec<bool> = lines.iter().map(|l| RECITAL_KEYS.iter().any(|r| l.sk.starts_with(r.as_str()))).collect();
    let joined: Vec<std::borrow::Cow<'_, str>> = (0..lines.len()).map(|k| with_next(lines, k)).collect();
    let mut found: Vec<Found> = Vec::new();
    for (cue, prepared) in CUES.iter().zip(PREPARED.iter()) {
        if let Some(h) = heads.iter().find(|h| starts_with_head(&h.title, prepared)) {
            let l = &lines[h.index];
            found.push(Found { section: cue.section, heading: true, index: l.block, text: h.text.clone(), location: l.location });
            continue;
        }
        let hit = lines.iter().enumerate().zip(&recital).find(|((k, l), recital)| {
            let hay = &joined[*k];
            let span = || matches!(cue.section, S::Duration | S::Validity) && SPAN.find(hay).is_some_and(|m| m.start() < l.sk.len());
            !**recital && (prepared.inline.starts_in(hay, l.sk.len()) || introduces_list(&l.sk, &prepared.list_words) || span())
        });
        if let Some(((_, l), _)) = hit {
            found.push(Found { section: cue.section, heading: false, index: l.block, text: l.text.clone(), location: l.location });
        }
    }
    if let Some(sig) = signature(lines) {
        found.push(sig);
    }
    found
}

/// A period stated inline, in skeleton form: "berlaku 5 (lima) tahun", "valid for five (5)
/// years", "(term: 5 years, 2025-2030)", "Implementation period: July 2025 - June 2027".
static SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:berlakn|valld|ln force|term|perlod|perlode|jangka waktn|berlangsnng|selama)\b\W{0,3}(?:selama |for |of |nntnk )?(?:a perlod of )?",
        r"(?:[a-z]+ )?\(?\d+\)?\s*(?:\([a-z ]+\)\s*)?(?:tahnn|years?|bnlan|months?)\b",
        r"|\b(?:perlod|perlode|jangka waktn|tlmeframe|tlme frame|waktn pelaksanaan|masa berlakn)\b[^:]{0,40}:\s*",
        r"[^:]{0,25}?\d{4}\s*(?:-|–|—|to|sampal|hlngga|sd)\s*[^:]{0,25}?\d{4}",
    ))
    .expect("valid regex")
});

/// A line's skeleton with the start of the next line joined on, when the next line
/// continues the same text (hard-wrapped text and PDF lines), so that phrases cut by a line
/// break are found. Only as much of the next line as the longest phrase could reach.
fn with_next(lines: &[Line], k: usize) -> std::borrow::Cow<'_, str> {
    const REACH: usize = 80;
    match lines.get(k + 1) {
        Some(next) if !next.styled && article_line(&next.sk).is_none() => {
            let end = (0..=REACH.min(next.sk.len())).rev().find(|&i| next.sk.is_char_boundary(i)).unwrap_or(0);
            format!("{} {}", lines[k].sk, &next.sk[..end]).into()
        }
        _ => lines[k].sk.as_str().into(),
    }
}

/// A sentence that names the section and introduces a list of it: "... will benefit the
/// city: a; b; c" or one that ends with a colon before the items.
fn introduces_list(sk: &str, words: &[String]) -> bool {
    let Some((head, rest)) = sk.split_once(':') else { return false };
    let listed = rest.trim().is_empty() || rest.matches([';', ',']).count() >= 2;
    listed && head.split_whitespace().count() <= 25 && words.iter().any(|w| contains_words(head, w) || head.contains(&format!("{w} ")))
}

/// A line of party labels only, over the signatures: "PIHAK KEDUA   PIHAK PERTAMA",
/// "FIRST PARTY,".
fn party_labels(sk: &str) -> bool {
    let words: Vec<&str> = sk.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let labels = ["plhak", "pertama", "kedna", "flrst", "second", "party", "the"].map(|w| w.to_string());
    words.len() >= 2 && words.iter().all(|w| labels.iter().any(|l| l == w)) && words.iter().any(|w| *w == "plhak" || *w == "party")
}

/// Signature blocks: "FOR THE CITY OF ..." / "UNTUK PEMERINTAH ..." / "IN WITNESS WHEREOF"
/// in the last part of the draft.
fn signature(lines: &[Line]) -> Option<Found> {
    // Cues that only open a signature block may stand anywhere after the first third: in a
    // sequential draft of three languages, the last text may be one whose cues are not
    // known here, so the block of an earlier language is the one to find. Loose cues
    // ("untuk", "bupati", "signed") count only in the last two fifths.
    let strong = ["untuk pemerintah", "untuk dan atas nama", "atas nama", "for the government", "for and on behalf", "on behalf of"];
    let loose = [
        "in witness whereof",
        "sebagai bukti",
        "signed by",
        "tanda tangan",
        "ttd",
        "for the city",
        "for the",
        "untuk",
        "signature",
        "signed",
        // A letter is signed by the head in person: "WALI KOTA DENPASAR," then the name.
        "wali kota",
        "walikota",
        "bupati",
        "gubernur",
        "mayor of",
        "regent of",
        "governor of",
        "lord mayor",
    ];
    let strong: Vec<String> = strong.iter().map(|c| skeleton(c)).collect();
    let loose: Vec<String> = loose.iter().map(|c| skeleton(c)).chain(strong.iter().cloned()).collect();
    let found = |from: usize, cues: &[String]| {
        lines.iter().skip(from).find_map(|l| {
            let short = l.text.split_whitespace().count() <= 14;
            // "(Signature)", "[ttd]", "t.t.d.": a word or two in brackets, and dots, set aside
            // (not a note like "[Signature pages to follow]").
            let bracketed = l.sk.strip_prefix(['(', '[']).map(|r| r.split([')', ']']).next().unwrap_or(r));
            let bare = match bracketed {
                Some(inside) if inside.split_whitespace().count() <= 3 => inside.replace('.', ""),
                Some(_) => String::new(),
                None => l.sk.replace('.', ""),
            };
            // A list item ("- for the Province: [name, email];") is not a signature block.
            let text = l.text.trim();
            let item = text.ends_with(';') || ["- ", "* ", "• "].iter().any(|b| text.starts_with(b));
            let hit = !item
                && (cues.iter().any(|c| bare.starts_with(c.as_str())) || party_labels(&bare))
                && (short || l.sk.starts_with(&skeleton("in witness")) || l.sk.starts_with(&skeleton("sebagai bukti")));
            hit.then(|| Found { section: SectionId::Signature, heading: true, index: l.block, text: l.text.clone(), location: l.location })
        })
    };
    found(lines.len() * 3 / 5, &loose).or_else(|| found(lines.len() / 3, &strong))
}
