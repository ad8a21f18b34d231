//! Readers: one per input format of the checker; each produces the shared document model
//! with a location per block. A registry picks the reader by content, not by name, so a
//! `.doc` renamed `.docx` or a PDF called `.txt` is recognised for what it is.

mod content;
mod docx;
pub mod ocr;
mod pdf;
mod text;

use crate::model::{Block, Document, Lang, Location, Orientation, ParaStyle, Text};
use std::collections::HashMap;

use crate::limits::{Budget, INPUT_BYTES, PARAGRAPHS};

/// Why a draft could not be read: the one-line message of exit code 2.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReadError {
    pub message: String,
    pub hint: Option<String>,
}

impl ReadError {
    pub fn new(message: impl Into<String>) -> ReadError {
        ReadError { message: message.into(), hint: None }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> ReadError {
        self.hint = Some(hint.into());
        self
    }

    /// A refusal for a budget of `crate::limits`: "`subject` is over the budget of ...".
    pub fn budget(subject: &str, budget: &Budget, found: Option<u64>) -> ReadError {
        ReadError::new(format!("{subject} is {}", budget.exceeded(found)))
    }
}

/// Refuses a draft with more paragraphs or lines than `PARAGRAPHS`; readers call it as
/// they go, so that memory stays bounded before the whole file is read.
pub(crate) fn count_paragraph(count: usize) -> Result<(), ReadError> {
    if count as u64 > PARAGRAPHS.limit {
        return Err(ReadError::budget("the draft", &PARAGRAPHS, None).hint("split the file and check its parts"));
    }
    Ok(())
}

/// A draft as read, and whether its text came from OCR.
#[derive(Debug, Clone)]
pub struct Draft {
    pub document: Document,
    /// The text was recognised from images (a scan) rather than read.
    pub ocr: bool,
}

/// A reader: bytes in, draft out.
type DraftReader = fn(&[u8]) -> Result<Draft, ReadError>;

fn read_docx(bytes: &[u8]) -> Result<Draft, ReadError> {
    docx::read(bytes).map(|document| Draft { document, ocr: false })
}

fn read_text(bytes: &[u8]) -> Result<Draft, ReadError> {
    text::read(bytes).map(|document| Draft { document, ocr: false })
}

/// The formats, by what their bytes start with; plain text is the fallback (its empty
/// magic matches anything).
const READERS: [(&str, &[u8], DraftReader); 7] = [
    ("docx", b"PK\x03\x04", read_docx),
    ("pdf", b"%PDF-", pdf::read_or_ocr),
    ("png", b"\x89PNG\r\n\x1a\n", image),
    ("jpeg", b"\xFF\xD8\xFF", image),
    ("tiff", b"II*\x00", image),
    ("tiff", b"MM\x00*", image),
    ("text", b"", read_text),
];

/// An image, read by OCR.
fn image(bytes: &[u8]) -> Result<Draft, ReadError> {
    let text = ocr::image(bytes)?;
    let paras: Vec<(String, bool, Location)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (l.to_string(), false, Location { line: Some(i as u32 + 1), ..Default::default() }))
        .collect();
    if paras.iter().all(|(t, _, _)| t.trim().is_empty()) {
        return Err(ReadError::new("OCR found no text in the image").hint("check that the scan is legible and the right way up"));
    }
    Ok(Draft { document: document(paras), ocr: true })
}

/// Reads a draft, whatever its format; never panics.
pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    read_draft(bytes).map(|d| d.document)
}

/// Reads a draft and says whether its text came from OCR; never panics.
pub fn read_draft(bytes: &[u8]) -> Result<Draft, ReadError> {
    // The readers are written not to panic; this is the last line of defence for the
    // crates under them, so that one hostile file never stops a batch.
    std::panic::catch_unwind(|| read_draft_unguarded(bytes))
        .unwrap_or_else(|_| Err(ReadError::new("the file is damaged and could not be read")))
}

/// Reads a PDF that lopdf has already parsed (the packet parses each of its PDFs once, to
/// count pages, read it back and merge it); never panics.
pub fn read_pdf(pdf: &lopdf::Document) -> Result<Document, ReadError> {
    // Reading takes the document by shared reference and changes nothing in it, so a panic
    // half-way leaves it as it was.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pdf::read_parsed(pdf)))
        .unwrap_or_else(|_| Err(ReadError::new("the file is damaged and could not be read")))
}

/// `read` without the panic guard, for the fuzzers: a panic here is a bug to fix.
pub fn read_unguarded(bytes: &[u8]) -> Result<Document, ReadError> {
    read_draft_unguarded(bytes).map(|d| d.document)
}

fn read_draft_unguarded(bytes: &[u8]) -> Result<Draft, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::new("the file is empty"));
    }
    if bytes.len() as u64 > INPUT_BYTES.limit {
        return Err(ReadError::budget("the file", &INPUT_BYTES, Some(bytes.len() as u64)).hint("split the file and check its parts"));
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(ReadError::new("this is an old Word (.doc) or other OLE file, not DOCX")
            .hint("open it in Word or LibreOffice and save it as .docx"));
    }
    let reader = READERS.iter().find(|(_, magic, _)| bytes.starts_with(magic)).map_or(read_text as DraftReader, |(_, _, r)| *r);
    reader(bytes)
}

/// An entry of a table of contents: text, a leader of dots, a page number ("Pasal 5
/// Pembiayaan ............ 5", "Lampiran ... ii").
pub(crate) fn contents_entry(line: &str) -> bool {
    let t = line.trim_end();
    let page = t.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, 'i' | 'v' | 'x'));
    page.len() < t.len() && {
        let leader = page.trim_end();
        let dots = leader.len() - leader.trim_end_matches(['.', '…', ' ', '·']).len();
        dots >= 4 && leader.trim_end_matches(['.', '…', ' ', '·']).chars().any(char::is_alphabetic)
    }
}

/// Builds a read document from paragraphs with their locations and heading hints.
pub(crate) fn document(paras: Vec<(String, bool, Location)>) -> Document {
    document_in_columns(paras, &[])
}

/// A paragraph read, with its language guessed and its common Indonesian and English words
/// counted (`lang_votes`), once for its own language and the partner's.
struct Guessed {
    text: String,
    heading: bool,
    loc: Location,
    lang: Lang,
    votes: (u32, u32),
}

/// `document`, where `cells` gives each paragraph's table and column (a DOCX): in a table
/// whose columns are in different languages (a side-by-side draft), a paragraph whose
/// words do not tell its language ("ANTARA", "JEPANG", a short list item) takes its
/// column's.
pub(crate) fn document_in_columns(paras: Vec<(String, bool, Location)>, cells: &[Option<(usize, usize)>]) -> Document {
    // Japanese writes kana beside its kanji: a draft with kana anywhere is Japanese where
    // it writes Han characters only ("第3条"); one without is Chinese.
    let kana = paras.iter().any(|(t, _, _)| t.chars().any(is_kana));
    let mut blocks = Vec::new();
    let mut locations = Vec::new();
    let mut langs: Vec<Lang> = Vec::new();
    let guessed: Vec<Guessed> = paras
        .into_iter()
        .map(|(text, heading, loc)| {
            // A letter-spaced heading ("P A S A L   3") keeps its words, which only its
            // wider gaps separate, before runs of spaces become one.
            let text = crate::check::normalise::unspace(&text).split_whitespace().collect::<Vec<_>>().join(" ");
            let (lang, votes) = match script_lang(&text, kana) {
                _ if text.is_empty() => (Lang("und".into()), (0, 0)),
                Some(lang) => (lang, (0, 0)),
                None => {
                    let votes = lang_votes(&text);
                    (voted_lang(votes), votes)
                }
            };
            Guessed { text, heading, loc, lang, votes }
        })
        .collect();
    let columns = column_languages(&guessed, cells);
    let partners = partner_languages(&guessed);
    for (i, Guessed { text, heading, loc, lang, .. }) in guessed.into_iter().enumerate() {
        if text.is_empty() {
            continue;
        }
        let lang = match (lang.code(), cells.get(i).copied().flatten().and_then(|c| columns.get(&c))) {
            ("und", Some(l)) => l.clone(),
            _ => lang,
        };
        if !langs.contains(&lang) && lang.code() != "und" {
            langs.push(lang.clone());
        }
        let t = Text(vec![(lang, text)]);
        blocks.push(if heading {
            Block::Heading { level: 1, section: None, text: t }
        } else {
            Block::Para { style: ParaStyle::Body, text: t }
        });
        locations.push(loc);
    }
    for lang in partners {
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    // Indonesian first, then English, then any other.
    langs.sort_by_key(|l| match l.code() {
        "id" => 0,
        "en" => 1,
        _ => 2,
    });
    Document {
        kind: None,
        languages: langs,
        title: String::new(),
        orientation: Orientation::Portrait,
        sequential_only: false,
        blocks,
        locations,
        article_words: Vec::new(),
    }
}

const ID_WORDS: [&str; 20] = [
    "yang", "dan", "di", "ini", "dengan", "untuk", "dalam", "pihak", "kerja", "sama", "atau", "akan", "tidak", "pada", "oleh", "para",
    "dari", "sebagai", "tentang", "kepada",
];
const EN_WORDS: [&str; 20] = [
    "the",
    "and",
    "of",
    "to",
    "in",
    "shall",
    "this",
    "with",
    "for",
    "by",
    "parties",
    "be",
    "or",
    "on",
    "between",
    "party",
    "agreement",
    "which",
    "any",
    "each",
];

/// How many common Indonesian and English words a text has.
pub fn lang_votes(text: &str) -> (u32, u32) {
    let (mut id, mut en) = (0, 0);
    // (The words counted are ASCII and of nine letters at most: a word that is not cannot be
    // one, and the others are lowercased in place, with no copy on the heap.)
    const LONGEST: usize = 9;
    let mut lower = [0u8; LONGEST];
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && w.len() <= LONGEST && w.is_ascii()) {
        let lower = &mut lower[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        let w = std::str::from_utf8(lower).unwrap_or_default();
        id += ID_WORDS.contains(&w) as u32;
        en += EN_WORDS.contains(&w) as u32;
    }
    (id, en)
}

pub(crate) fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}')
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}')
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// The languages of a draft other than Indonesian, English and the CJK scripts: a partner's
/// text (Spanish, Portuguese, Russian, Arabic, Thai, ...), which the word votes and the scripts
/// above leave unnamed, named by whatlang (trigrams and scripts). Asked of runs of consecutive
/// paragraphs in which fewer than one word in twelve is a common Indonesian or English one,
/// joined up to 80 letters (a column read down is a paragraph a line); a language counts from
/// 200 letters, so that a quotation or a name in another language makes no language version.
/// (The paragraphs keep their own guesses: only the document's list of languages grows. Only
/// prose is asked about, not a title or a name in capitals; runs without an accented letter
/// only until 240 letters were found Indonesian, English or unsure (the lines of a column
/// with no common word); and the asking stops after 500 letters in other languages: enough
/// for two versions, and a long text costs no more. whatlang takes about 50 µs a run.)
fn partner_languages(guessed: &[Guessed]) -> Vec<Lang> {
    const ASKED: usize = 80;
    const VERSION: usize = 200;
    const OWN: usize = 240;
    const FOREIGN: usize = 500;
    let (own, foreign) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    let mut by_language: Vec<(&'static str, usize)> = Vec::new();
    let mut run = String::new();
    let mut run_letters = 0;
    let mut ask = |run: &mut String, run_letters: &mut usize| {
        // (A run in the Latin script without one accented letter is most often Indonesian or
        // English after all: asked about only within the first budget.)
        if *run_letters >= ASKED / 2 && (own.get() < OWN || run.chars().any(|c| c.is_alphabetic() && !c.is_ascii())) {
            match whatlang::detect(run).filter(whatlang::Info::is_reliable).and_then(|info| iso639_1(info.lang())) {
                Some(code) => {
                    foreign.set(foreign.get() + *run_letters);
                    match by_language.iter_mut().find(|(c, _)| *c == code) {
                        Some((_, total)) => *total += *run_letters,
                        None => by_language.push((code, *run_letters)),
                    }
                }
                None => own.set(own.get() + *run_letters),
            }
        }
        run.clear();
        *run_letters = 0;
    };
    for Guessed { text, lang, votes: (id, en), .. } in guessed {
        if foreign.get() >= FOREIGN {
            break;
        }
        let words = text.split_whitespace().count() as u32;
        // (Prose: a title or a name in capitals says little of its language.)
        let (alphabetic, capitals) =
            text.chars().filter(|c| c.is_alphabetic()).fold((0, 0), |(l, u), c| (l + 1, u + c.is_uppercase() as usize));
        if matches!(lang.code(), "ko" | "ja" | "zh") || (id + en) * 12 >= words.max(1) || capitals * 3 > alphabetic {
            ask(&mut run, &mut run_letters);
            continue;
        }
        run.push_str(text);
        run.push(' ');
        run_letters += alphabetic;
        if run_letters >= ASKED {
            ask(&mut run, &mut run_letters);
        }
    }
    ask(&mut run, &mut run_letters);
    by_language.into_iter().filter(|(_, n)| *n >= VERSION).map(|(code, _)| Lang(code.into())).collect()
}

/// The two-letter code (ISO 639-1) of a partner's language, as the document model writes
/// languages; `None` for the languages the votes and scripts name (and for Esperanto and
/// Latin, which no partner writes).
fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Ind | Eng | Cmn | Jpn | Kor | Epo | Lat => return None,
        // (Nor the languages whatlang gives for one it has no model of: Indonesian in capitals
        // or lists read as Javanese, Swahili as Shona, Zulu or Akan.)
        Jav | Sna | Zul | Aka => return None,
        Rus => "ru",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Afr => "af",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        _ => return None,
    })
}

/// Korean, Japanese or Chinese by their scripts, for a text written mostly in them;
/// `kana`: the draft writes kana somewhere (so Han characters alone are Japanese).
fn script_lang(text: &str, kana: bool) -> Option<Lang> {
    let (mut hangul, mut japanese, mut han, mut latin) = (0, 0, 0, 0);
    for c in text.chars() {
        if is_hangul(c) {
            hangul += 1;
        } else if is_kana(c) {
            japanese += 1;
        } else if is_han(c) {
            han += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    // A CJK letter says as much as a word of three Latin letters.
    if (hangul + japanese + han) * 3 < latin {
        return None;
    }
    let code = if hangul > japanese + han {
        "ko"
    } else if japanese > 0 || (han > 0 && kana) {
        "ja"
    } else if han > 0 {
        "zh"
    } else {
        return None;
    };
    Some(Lang(code.into()))
}

/// The language of each column of each table, where the columns of a table are in
/// different languages: the one nearly all of a column's paragraphs of known language are
/// in (at least two of them, three quarters).
fn column_languages(paras: &[Guessed], cells: &[Option<(usize, usize)>]) -> HashMap<(usize, usize), Lang> {
    let mut counts: HashMap<(usize, usize), HashMap<&str, usize>> = HashMap::new();
    for (Guessed { lang, .. }, cell) in paras.iter().zip(cells) {
        if let (Some(c), false) = (cell, lang.code() == "und") {
            *counts.entry(*c).or_default().entry(lang.code()).or_default() += 1;
        }
    }
    let mut columns: HashMap<(usize, usize), Lang> = HashMap::new();
    for (cell, by_lang) in &counts {
        let total: usize = by_lang.values().sum();
        // The most frequent language; ties go to the code first in order, for the same
        // answer on every run.
        if let Some((code, n)) = by_lang.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
            if *n >= 2 && n * 4 >= total * 3 {
                columns.insert(*cell, Lang(code.to_string()));
            }
        }
    }
    // A table counts only when its columns say different languages.
    let mut langs_of: HashMap<usize, Vec<&str>> = HashMap::new();
    for ((table, _), lang) in &columns {
        let v = langs_of.entry(*table).or_default();
        if !v.contains(&lang.code()) {
            v.push(lang.code());
        }
    }
    let bilingual: Vec<usize> = langs_of.into_iter().filter(|(_, v)| v.len() >= 2).map(|(t, _)| t).collect();
    columns.retain(|(t, _), _| bilingual.contains(t));
    columns
}

/// Indonesian or English, by the common words a text has (`lang_votes`): Indonesian on a
/// tie, "und" when neither is evident.
fn voted_lang((id, en): (u32, u32)) -> Lang {
    match id.cmp(&en) {
        std::cmp::Ordering::Greater => Lang::id(),
        std::cmp::Ordering::Less => Lang::en(),
        std::cmp::Ordering::Equal if id > 0 => Lang::id(),
        _ => Lang("und".into()),
    }
}
