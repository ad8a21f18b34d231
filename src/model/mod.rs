//! THE document model: plain data between the templates and the renderers (and, for the
//! checker, between the readers and the section profiles).
//!
//! It depends on nothing else in the crate and on no format or template crate. A block
//! carries its text in every language of the document side by side, so that a renderer
//! can lay the languages out in columns or one after the other without re-pairing them.

mod dump;

pub use dump::dump;

/// A language of a document: `id`, `en`, or a third language by its ISO 639-1 code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(pub String);

impl Lang {
    pub fn id() -> Lang {
        Lang("id".into())
    }
    pub fn en() -> Lang {
        Lang("en".into())
    }
    pub fn code(&self) -> &str {
        &self.0
    }
}

/// The kinds of documents in the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocKind {
    Loi,
    Mou,
    Plan,
    ActionPlan,
    DprdLetter,
    /// The letter sending the DPRD-approved plan to the Minister of Home Affairs (PP 28/2018
    /// Pasal 31 ayat (1)).
    MendagriPlan,
    /// The letter sending the draft MoU to the Minister for approval (Pasal 32 ayat (1)).
    MendagriMou,
    /// The yearly work plan (rencana kerja tahunan) of one year.
    Rkt,
    /// The yearly implementation report to the Minister (Pasal 43).
    Report,
    /// The letter sending the implementation report of a year to the Minister (Pasal 43).
    MendagriReport,
}

impl DocKind {
    /// The five documents `draft all` writes, in the order of the procedure up to the DPRD.
    pub const ALL: [DocKind; 5] = [DocKind::Loi, DocKind::Plan, DocKind::ActionPlan, DocKind::DprdLetter, DocKind::Mou];

    /// Every kind naskah drafts and checks: the five, the letters to the Minister of Home
    /// Affairs, and the yearly work plan, report and report's letter (which need a year).
    pub const EVERY: [DocKind; 10] = [
        DocKind::Loi,
        DocKind::Plan,
        DocKind::ActionPlan,
        DocKind::DprdLetter,
        DocKind::Mou,
        DocKind::MendagriPlan,
        DocKind::MendagriMou,
        DocKind::Rkt,
        DocKind::Report,
        DocKind::MendagriReport,
    ];

    /// Whether the document is drafted for one year (`--year`).
    pub fn yearly(self) -> bool {
        matches!(self, DocKind::Rkt | DocKind::Report | DocKind::MendagriReport)
    }

    /// Whether the document is a letter of the kepala daerah (Indonesian, on the letterhead).
    pub fn letter(self) -> bool {
        matches!(self, DocKind::DprdLetter | DocKind::MendagriPlan | DocKind::MendagriMou | DocKind::MendagriReport)
    }

    /// The name used on the command line, in clause files and in file names.
    pub fn slug(self) -> &'static str {
        match self {
            DocKind::Loi => "loi",
            DocKind::Mou => "mou",
            DocKind::Plan => "plan",
            DocKind::ActionPlan => "action-plan",
            DocKind::DprdLetter => "dprd-letter",
            DocKind::MendagriPlan => "mendagri-plan",
            DocKind::MendagriMou => "mendagri-mou",
            DocKind::Rkt => "rkt",
            DocKind::Report => "report",
            DocKind::MendagriReport => "mendagri-report",
        }
    }

    /// The document's name in Indonesian and English, as letters and bookmarks call it.
    pub fn name(self) -> (&'static str, &'static str) {
        match self {
            DocKind::Loi => ("Pernyataan Kehendak Kerja Sama", "Letter of Intent"),
            DocKind::Mou => ("Nota Kesepahaman", "Memorandum of Understanding"),
            DocKind::Plan => ("Rencana Kerja Sama", "Cooperation Plan"),
            DocKind::ActionPlan => ("Rencana Aksi Kerja Sama", "Plan of Action"),
            DocKind::DprdLetter => ("Surat Permohonan Persetujuan DPRD", "Letter Requesting the DPRD's Approval"),
            DocKind::MendagriPlan => (
                "Surat Penyampaian Rencana Kerja Sama kepada Menteri Dalam Negeri",
                "Letter Sending the Cooperation Plan to the Minister of Home Affairs",
            ),
            DocKind::MendagriMou => {
                ("Surat Permohonan Persetujuan Rancangan Naskah Kerja Sama", "Letter Requesting the Minister's Approval of the Draft MoU")
            }
            DocKind::Rkt => ("Rencana Kerja Tahunan", "Annual Work Plan"),
            DocKind::Report => ("Laporan Pelaksanaan Kerja Sama", "Implementation Report"),
            DocKind::MendagriReport => (
                "Surat Penyampaian Laporan Pelaksanaan Kerja Sama kepada Menteri Dalam Negeri",
                "Letter Sending the Implementation Report to the Minister of Home Affairs",
            ),
        }
    }

    pub fn from_slug(s: &str) -> Option<DocKind> {
        DocKind::EVERY.into_iter().find(|k| k.slug() == s)
    }
}

/// Sections a document kind may contain; the profiles say which are required.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionId {
    Parties,
    Background,
    Objective,
    Object,
    Scope,
    Forms,
    Benefit,
    Output,
    Financing,
    Duration,
    Coordination,
    Ipr,
    Assets,
    Compliance,
    Dispute,
    Amendment,
    Termination,
    Language,
    Closing,
    Intent,
    FollowUp,
    Validity,
    Request,
    Activities,
    Signature,
    Addressee,
    Copies,
}

impl SectionId {
    pub const ALL: [SectionId; 27] = [
        SectionId::Parties,
        SectionId::Background,
        SectionId::Objective,
        SectionId::Object,
        SectionId::Scope,
        SectionId::Forms,
        SectionId::Benefit,
        SectionId::Output,
        SectionId::Financing,
        SectionId::Duration,
        SectionId::Coordination,
        SectionId::Ipr,
        SectionId::Assets,
        SectionId::Compliance,
        SectionId::Dispute,
        SectionId::Amendment,
        SectionId::Termination,
        SectionId::Language,
        SectionId::Closing,
        SectionId::Intent,
        SectionId::FollowUp,
        SectionId::Validity,
        SectionId::Request,
        SectionId::Activities,
        SectionId::Signature,
        SectionId::Addressee,
        SectionId::Copies,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SectionId::Parties => "parties",
            SectionId::Background => "background",
            SectionId::Objective => "objective",
            SectionId::Object => "object",
            SectionId::Scope => "scope",
            SectionId::Forms => "forms",
            SectionId::Benefit => "benefit",
            SectionId::Output => "output",
            SectionId::Financing => "financing",
            SectionId::Duration => "duration",
            SectionId::Coordination => "coordination",
            SectionId::Ipr => "ipr",
            SectionId::Assets => "assets",
            SectionId::Compliance => "compliance",
            SectionId::Dispute => "dispute",
            SectionId::Amendment => "amendment",
            SectionId::Termination => "termination",
            SectionId::Language => "language",
            SectionId::Closing => "closing",
            SectionId::Intent => "intent",
            SectionId::FollowUp => "follow_up",
            SectionId::Validity => "validity",
            SectionId::Request => "request",
            SectionId::Activities => "activities",
            SectionId::Signature => "signature",
            SectionId::Addressee => "addressee",
            SectionId::Copies => "copies",
        }
    }

    pub fn from_slug(s: &str) -> Option<SectionId> {
        SectionId::ALL.into_iter().find(|k| k.slug() == s)
    }
}

/// A piece of text in each language of the document, in the document's language order.
/// A `\n` inside a text is a line break within the paragraph.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Text(pub Vec<(Lang, String)>);

impl Text {
    /// The text in one language, if present.
    pub fn get(&self, lang: &Lang) -> Option<&str> {
        self.0.iter().find(|(l, _)| l == lang).map(|(_, s)| s.as_str())
    }

    /// The same text in every given language.
    pub fn neutral(langs: &[Lang], s: &str) -> Text {
        Text(langs.iter().map(|l| (l.clone(), s.to_string())).collect())
    }
}

/// How a paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ParaStyle {
    #[default]
    Body,
    Center,
    Right,
    Bold,
    Recital,
    Indent,
    /// Something the reader must act on: set in red (the gaps of an incomplete packet).
    Alert,
}

/// Numbering of list items; numbers restart at every article and every new list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// (1), (2), ... : an ayat of an article.
    Numbered,
    /// a., b., ... : points under a paragraph.
    Lettered,
    /// 1., 2., ... : a plain numbered list.
    Decimal,
}

/// "PASAL 3", "ARTICLE 3", "제3조": the label of an article in a language.
pub fn article_label(lang: &Lang, number: u32) -> String {
    match lang.code() {
        "id" => format!("PASAL {number}"),
        "ko" => format!("제{number}조"),
        // Chinese legal texts number their articles in Chinese numerals: 第一条, 第十条.
        "zh" => format!("第{}条", chinese_numeral(number as u64)),
        "ja" => format!("第{number}条"),
        _ => format!("ARTICLE {number}"),
    }
}

const HAN_DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// A number in Chinese numerals, as Chinese legal texts write counts and article numbers:
/// 1 -> "一", 10 -> "十", 12 -> "十二", 30 -> "三十", 105 -> "一百零五"; digits from 10,000.
pub fn chinese_numeral(n: u64) -> String {
    if n >= 10_000 {
        return n.to_string();
    }
    if n < 10 {
        return HAN_DIGITS[n as usize].to_string();
    }
    // 10-19 read "十", "十二", without a leading "一".
    if n < 20 {
        return format!("十{}", if n == 10 { String::new() } else { HAN_DIGITS[(n - 10) as usize].to_string() });
    }
    let units = [(1000, '千'), (100, '百'), (10, '十')];
    let mut out = String::new();
    let mut rest = n;
    let mut zero = false;
    for (size, unit) in units {
        let d = rest / size;
        rest %= size;
        if d > 0 {
            if zero {
                out.push('零');
                zero = false;
            }
            out.push(HAN_DIGITS[d as usize]);
            out.push(unit);
        } else if !out.is_empty() {
            zero = true;
        }
    }
    if rest > 0 {
        if zero {
            out.push('零');
        }
        out.push(HAN_DIGITS[rest as usize]);
    }
    out
}

/// Letters for the 1-based `n`: 1 -> "a", 26 -> "z", 27 -> "aa".
pub fn letters(n: u32) -> String {
    let mut n = n.max(1) as usize - 1;
    let mut s = Vec::new();
    loop {
        s.push((b'a' + (n % 26) as u8) as char);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s.iter().rev().collect()
}

/// The printed label of a list item: "(1)", "a.", "1.".
pub fn item_label(kind: ItemKind, number: u32) -> String {
    match kind {
        ItemKind::Numbered => format!("({number})"),
        ItemKind::Lettered => format!("{}.", letters(number)),
        ItemKind::Decimal => format!("{number}."),
    }
}

/// A table: borders, column widths in percent of the text width, rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub bordered: bool,
    pub widths: Vec<u32>,
    /// The first `header_rows` rows repeat on every page.
    pub header_rows: usize,
    pub rows: Vec<Vec<Text>>,
    /// Rows marked `::row whole` (a totals row) stay on one page, and the last of them stays
    /// with what follows the table, even in a table whose other rows may break.
    pub whole: Vec<bool>,
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The title lines of the document.
    Title(Text),
    Subtitle(Text),
    /// A chapter or part heading (BAB I, Bagian), level 1 or 2.
    Heading {
        level: u8,
        section: Option<SectionId>,
        text: Text,
    },
    /// An article: "PASAL n / ARTICLE n" and its title.
    Article {
        number: u32,
        sections: Vec<SectionId>,
        title: Text,
    },
    Para {
        style: ParaStyle,
        text: Text,
    },
    /// A list item; `number` counts from 1 and restarts with every new list.
    Item {
        kind: ItemKind,
        number: u32,
        text: Text,
    },
    Table(Table),
    /// Signature blocks side by side: one text per party, lines separated by `\n`.
    Signatures(Vec<Text>),
    /// The letterhead of the kepala daerah (kop surat jabatan): the Lambang Negara centred
    /// above these lines (UU 24/2009 Pasal 54 ayat (1) huruf i), then a rule.
    Letterhead(Text),

    /// Marks that the following blocks realise the sections named (for unnumbered parts).
    Marker(Vec<SectionId>),
    PageBreak,
}

/// How a block stands to the signature blocks near it (`kept_with_signatures`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Laid out in the flow.
    No,
    /// Before the signatures, on their page: the closing formula.
    Before,
    /// After the signatures, on their page: the letter's lists of attachments and copies.
    After,
}

/// The length of a closing formula kept with the signatures, in characters of its longest
/// language: about five lines of a letter.
const CLOSING_LENGTH: usize = 400;

/// The length of a text in its longest language, in bytes.
fn longest(text: &Text) -> usize {
    text.0.iter().map(|(_, s)| s.len()).max().unwrap_or(0)
}

/// Which blocks stay on the page of the signature blocks: before them, the closing formula
/// ("SEBAGAI BUKTI ...", "DIBUAT ...", "Demikian ...": the last paragraph before the
/// signatures, and the one or two before it while the three together stay short) and a
/// heading right above it ("X. PENUTUP"); after them, a short tail that ends the document
/// (a letter's "Tembusan:" with a few copies, at most five paragraphs and items). A
/// signature page that carries no text of the document could be swapped (DOMAIN.md §10).
/// Both renderers lay these out with the signatures, unbreakable; more would move a
/// letter's whole ending to a page of its own and leave half a page empty (review 10,
/// finding 11): a longer tail of attachments and copies runs on to the next page.
pub fn kept_with_signatures(blocks: &[Block]) -> Vec<Keep> {
    let mut kept = vec![Keep::No; blocks.len()];
    for (s, b) in blocks.iter().enumerate() {
        if !matches!(b, Block::Signatures(_)) {
            continue;
        }
        let mut paras = 0;
        let mut length = 0;
        let mut i = s;
        while i > 0 {
            i -= 1;
            match &blocks[i] {
                Block::Marker(_) => {}
                Block::Para { text, .. } if paras == 0 || (paras < 3 && length + longest(text) <= CLOSING_LENGTH) => {
                    paras += 1;
                    length += longest(text);
                    kept[i] = Keep::Before;
                }
                Block::Heading { .. } if paras > 0 => {
                    kept[i] = Keep::Before;
                    break;
                }
                _ => break,
            }
        }
        let tail = &blocks[s + 1..];
        let short = tail.iter().filter(|b| !matches!(b, Block::Marker(_))).count() <= 5;
        if short && !tail.is_empty() && tail.iter().all(|b| matches!(b, Block::Para { .. } | Block::Item { .. } | Block::Marker(_))) {
            kept[s + 1..].iter_mut().for_each(|k| *k = Keep::After);
        }
    }
    kept
}

/// Whether the bordered table at `t`, not a small one, ends the text right before the
/// closing formula and the signatures (the action plan's activities and their totals row):
/// its last row goes over with them, unbreakable, so that the signatures never stand on a
/// page away from the table they sign (reviews 7 and 8). Both renderers carry the row.
pub fn carried_to_signatures(blocks: &[Block], kept: &[Keep], t: usize) -> bool {
    let Some(Block::Table(table)) = blocks.get(t) else { return false };
    // (A small table stays whole with its lead-in: `kept_with_table`.)
    if !table.bordered || small_table(table) || table.rows.len() <= table.header_rows + 1 {
        return false;
    }
    let mut closing = 0;
    for (b, k) in blocks[t + 1..].iter().zip(&kept[t + 1..]) {
        match (b, k) {
            (Block::Marker(_), _) | (_, Keep::After) => {}
            (Block::Signatures(_), _) => return closing > 0,
            (_, Keep::Before) => closing += 1,
            _ => return false,
        }
    }
    false
}

/// A bordered table short and narrow enough to stay on one page with its lead-in (the
/// plan's outputs, the MoU annex's outputs; not the action plan, which runs over pages).
pub fn small_table(t: &Table) -> bool {
    t.bordered && t.rows.len() <= 12 && t.widths.len() <= 6
}

/// Whether a row of the columns (a block in each language side by side) is kept on one
/// page: a paragraph of a few lines, whose end alone at the top of the next page would be
/// read apart from its text ("Cooperation." over the next article). A long one may break,
/// or it would leave most of a page empty. The longest text of the row, in bytes, against
/// what about twelve lines of its narrowest column hold. Both renderers keep such rows whole.
pub fn short_row(blocks: &[&Block], langs: usize) -> bool {
    let limit = if langs >= 3 { 450 } else { 700 };
    blocks.iter().all(|b| match b {
        Block::Title(t) | Block::Subtitle(t) => longest(t) <= limit,
        Block::Heading { text, .. } | Block::Para { text, .. } | Block::Item { text, .. } => longest(text) <= limit,
        Block::Article { title, .. } => longest(title) <= limit,
        _ => false,
    })
}

/// For each block, whether it stays on one page with the small table after it
/// (`small_table`): the paragraph right before it (its lead-in, "Keluaran yang diharapkan
/// ... sebagai berikut:") and a heading right before that ("IX. KELUARAN"), or a heading
/// right before the table. Both renderers lay the group out unbreakable.
pub fn kept_with_table(blocks: &[Block]) -> Vec<bool> {
    let mut kept = vec![false; blocks.len()];
    for (t, b) in blocks.iter().enumerate() {
        let Block::Table(table) = b else { continue };
        if !small_table(table) {
            continue;
        }
        let before: Vec<usize> = (0..t).rev().filter(|&i| !matches!(blocks[i], Block::Marker(_))).take(2).collect();
        match before.first().map(|&i| &blocks[i]) {
            Some(Block::Para { .. }) => {
                kept[before[0]] = true;
                if let Some(&h) = before.get(1).filter(|&&h| matches!(blocks[h], Block::Heading { .. } | Block::Article { .. })) {
                    kept[h] = true;
                }
            }
            Some(Block::Heading { .. }) => kept[before[0]] = true,
            _ => {}
        }
    }
    kept
}

/// The page and type of a document: the region's tata naskah dinas for its group of
/// documents. The renderers take it in their options (`render::Options::page`).
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Paper width and height in millimetres, portrait (A4 210 x 297, F4 215 x 330).
    pub paper_mm: (u32, u32),
    /// Margins in millimetres: top, right, bottom, left (of a portrait page; a landscape
    /// page turns them with the paper).
    pub margins_mm: [u32; 4],
    /// The font family as a word processor names it: `Arial`, `Times New Roman`,
    /// `Bookman Old Style`. The PDF uses a metric-compatible font (`crate::fonts`).
    pub font: String,
    /// Body size in points.
    pub font_size: u32,
    /// Line spacing in percent of a single line.
    pub line_spacing: u32,
}

impl Default for Page {
    fn default() -> Page {
        Page { paper_mm: (210, 297), margins_mm: [20, 20, 20, 30], font: "Arial".into(), font_size: 12, line_spacing: 100 }
    }
}

/// Page orientation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Orientation {
    #[default]
    Portrait,
    Landscape,
}

/// A whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The kind, known for a drafted document; a read draft has none until the checker
    /// recognises it.
    pub kind: Option<DocKind>,
    /// Languages in order: Indonesian first.
    pub languages: Vec<Lang>,
    /// Title for the file metadata.
    pub title: String,
    pub orientation: Orientation,
    /// When true the document is never laid out in columns (letters, tables).
    pub sequential_only: bool,
    pub blocks: Vec<Block>,
    /// Where each block was found in a read draft (one per block); empty when drafted.
    pub locations: Vec<Location>,
    /// How a language naskah does not ship labels an article, from its phrase file's
    /// `article` ("ARTIKEL {n}"); empty for the languages naskah ships (`article_label`).
    pub article_words: Vec<(Lang, String)>,
}

impl Document {
    /// The label of article `number` in `lang`: "PASAL 3", "ARTICLE 3", "第三条", or as the
    /// phrase file of a language a user adds writes it ("ARTIKEL 3").
    pub fn article_label(&self, lang: &Lang, number: u32) -> String {
        article_label_in(&self.article_words, lang, number)
    }
}

/// `article_label`, or as `words` (a document's `article_words`) say for `lang`.
pub fn article_label_in(words: &[(Lang, String)], lang: &Lang, number: u32) -> String {
    match words.iter().find(|(l, _)| l == lang) {
        Some((_, pattern)) => pattern.replace("{n}", &number.to_string()),
        None => article_label(lang, number),
    }
}

/// Where a block of a read draft was: page (PDF), paragraph (DOCX) or line (text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Location {
    pub page: Option<u32>,
    pub paragraph: Option<u32>,
    pub line: Option<u32>,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts = Vec::new();
        if let Some(p) = self.page {
            parts.push(format!("page {p}"));
        }
        if let Some(p) = self.paragraph {
            parts.push(format!("paragraph {p}"));
        }
        if let Some(l) = self.line {
            parts.push(format!("line {l}"));
        }
        f.write_str(&parts.join(", "))
    }
}

impl Document {
    /// The sections this document realises, in order of first appearance.
    pub fn sections(&self) -> Vec<SectionId> {
        let mut out: Vec<SectionId> = Vec::new();
        let mut add = |s: &SectionId| {
            if !out.contains(s) {
                out.push(*s)
            }
        };
        for b in &self.blocks {
            match b {
                Block::Heading { section: Some(s), .. } => add(s),
                Block::Article { sections, .. } | Block::Marker(sections) => sections.iter().for_each(&mut add),
                Block::Signatures(_) => add(&SectionId::Signature),
                _ => {}
            }
        }
        out
    }
}
