//! A document as its articles, language by language.
//!
//! A drafted document knows its articles (`Block::Article`) and carries every language in
//! each block; a read draft is a flat run of paragraphs, each with a guessed language. Both
//! become, per language, a preamble and a list of articles (number, title, paragraphs), so
//! that two drafts laid out differently (columns or one language after the other, Word or
//! PDF) compare alike. Article headings are recognised in Indonesian and English, numbered
//! in digits, Roman numerals or words, with the title on the same line or the next.

use crate::model::{item_label, Block, Document, Lang};
use std::sync::LazyLock;

/// One article (or the preamble, number 0) in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The number as printed; 0 for the preamble.
    pub number: u32,
    /// The heading as printed ("PASAL 7"), empty for the preamble.
    pub label: String,
    pub title: String,
    /// The paragraphs, in order.
    pub body: Vec<String>,
}

impl Article {
    /// The whole text, paragraphs separated by line breaks.
    pub fn text(&self) -> String {
        self.body.join("\n")
    }

    /// "Pasal 7 PEMBIAYAAN", or "the preamble".
    pub fn name(&self) -> String {
        if self.number == 0 {
            return "the preamble".into();
        }
        let label = if self.label.is_empty() { format!("Article {}", self.number) } else { title_case(&self.label) };
        if self.title.is_empty() {
            label
        } else {
            format!("{label} {}", self.title)
        }
    }
}

fn title_case(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut c = lower.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// A document in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub lang: String,
    /// The preamble first (number 0), then the articles in document order.
    pub articles: Vec<Article>,
}

/// One unit of text in reading order: a heading line or a paragraph.
struct Unit {
    lang: String,
    text: String,
    /// The number of a known article heading (a drafted document).
    article: Option<u32>,
    /// The title of a known article heading.
    title: Option<String>,
}

/// The document split by language, each language into its articles. Languages appear in
/// the order of the document; text whose language cannot be told goes with the text
/// before it.
pub fn parts(doc: &Document) -> Vec<Part> {
    let units = units(doc);
    let mut langs: Vec<String> = Vec::new();
    for u in &units {
        if !langs.contains(&u.lang) {
            langs.push(u.lang.clone());
        }
    }
    langs
        .into_iter()
        .map(|lang| {
            if lang == NAMES {
                // A set: how often and where a layout prints a name does not matter.
                let mut names: Vec<String> = units.iter().filter(|u| u.lang == NAMES).map(|u| u.text.clone()).collect();
                names.sort();
                names.dedup();
                let articles = vec![Article { number: 0, label: String::new(), title: String::new(), body: names }];
                return Part { lang, articles };
            }
            Part { articles: articles(units.iter().filter(|u| u.lang == lang)), lang }
        })
        .collect()
}

/// The units of a document, each with its language.
fn units(doc: &Document) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut last = doc.languages.first().map(|l| l.code().to_string()).unwrap_or_else(|| "und".into());
    // Whether the unit before was an article heading without its title: the next line is
    // the title, in the heading's language.
    let mut after_heading = false;

    let mut push = |lang: &Lang, text: &str, article: Option<u32>, title: Option<String>, out: &mut Vec<Unit>| {
        let text = text.trim();
        if text.is_empty() || page_mark(text) {
            return;
        }
        // A line in no recognisable language goes with the language before it, unless it
        // is an article heading that says its language ("Pasal", "Article").
        // A label alone ("a.", "(2)") carries no text; where the reader put it is layout.
        if LABEL_ONLY.is_match(text) {
            return;
        }
        let lang = match lang.code() {
            // A line that starts in lower case continues the line before (a PDF's line
            // breaks): its language is that line's.
            // (Not an item of a list, "c. peningkatan kapasitas ...": a cell of its own,
            // whose words tell its language.)
            "und" if text.chars().next().is_some_and(char::is_lowercase) && !ITEM_START.is_match(text) => last.clone(),
            "und" => match heading_lang(text) {
                Some(l) => l.to_string(),
                // A name in no language ("BASIL ZEMPILAS", "I GUSTI NGURAH JAYA NEGARA",
                // "REPUBLIK INDONESIA") is kept apart: layouts place it in one language or
                // another, or once for both. (Before the word shapes: a Balinese name has
                // Indonesian affixes.)
                None if name_like(text)
                    && !after_heading
                    && text.split_whitespace().count() >= 2
                    && (!institutional(text) || morphology(text).is_none()) =>
                {
                    out.push(Unit { lang: NAMES.into(), text: text.to_string(), article, title });
                    return;
                }
                None => morphology(text).map_or_else(|| last.clone(), str::to_string),
            },
            code => code.to_string(),
        };
        last = lang.clone();
        after_heading = heading(text).is_some_and(|(_, _, t)| t.is_empty());
        out.push(Unit { lang, text: text.to_string(), article, title });
    };
    for block in &doc.blocks {
        match block {
            Block::Article { number, title, .. } => {
                for (lang, t) in &title.0 {
                    let label = doc.article_label(lang, *number);
                    push(lang, &format!("{label} {t}"), Some(*number), Some(t.clone()), &mut out);
                }
            }
            Block::Title(t) | Block::Subtitle(t) | Block::Heading { text: t, .. } | Block::Para { text: t, .. } | Block::Letterhead(t) => {
                for (lang, s) in &t.0 {
                    for line in s.split('\n') {
                        push(lang, line, None, None, &mut out);
                    }
                }
            }
            Block::Item { kind, number, text } => {
                for (lang, s) in &text.0 {
                    push(lang, &format!("{} {s}", item_label(*kind, *number)), None, None, &mut out);
                }
            }
            Block::Table(table) => {
                for row in &table.rows {
                    for cell in row {
                        for (lang, s) in &cell.0 {
                            push(lang, s, None, None, &mut out);
                        }
                    }
                }
            }
            Block::Signatures(parties) => {
                for party in parties {
                    for (lang, s) in &party.0 {
                        for line in s.split('\n') {
                            push(lang, line, None, None, &mut out);
                        }
                    }
                }
            }
            Block::Marker(_) | Block::PageBreak => {}
        }
    }
    out
}

/// A line that opens with the label of a list item: "c. ", "(2) ", "1) ".
static ITEM_START: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"^(\(?\d{1,2}[.)]|\(?[a-z][.)]|\(\d{1,2}\))\s").expect("valid regex"));

static LABEL_ONLY: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"^(\(?\d{1,2}[.)]|\(?[a-z][.)]|\(\d{1,2}\)|[-•])$").expect("valid regex"));

/// Indonesian or English by the shape of the words, for a line too short to hold the
/// common words `read::lang_votes` counts: Indonesian affixes (`ber-`, `me-`, `-kan`,
/// `-an`, `-nya`) against English endings (`-tion`, `-ing`, `-ment`, `-ity`, `-ed`).
fn morphology(text: &str) -> Option<&'static str> {
    static ID: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^(ber|mem|men|meng|meny|me|peng|pem|pen|per|ter|di|ke|se)[a-z]{3,}|[a-z]{3,}(kan|an|nya|i)$")
            .expect("valid regex")
    });
    static ID_WORDS: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^(dan|yang|untuk|atau|dari|pada|bagi|serta|oleh|kota|kabupaten|provinsi|pemerintah|wali|bupati|gubernur|bidang|kerja|sama|pasal|ayat|huruf|tahun|bulan)$").expect("valid regex")
    });
    static EN: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"[a-z]{3,}(tion|tions|ing|ment|ments|ity|ities|ness|ed|ly|ship|ance|ence)$").expect("valid regex")
    });
    static EN_WORDS: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^(the|and|of|for|with|city|government|mayor|regent|governor|article|field|fields|year|years|month|months|shall|will|each|party|parties|more|to|in|on|by|from|their|its|other)$").expect("valid regex")
    });
    let (mut id, mut en) = (0, 0);
    for (i, w) in text.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() > 1).enumerate() {
        // A capitalised word inside the line is a name ("Sleman", "Regency"): its shape
        // says nothing of the language around it; only the closed lists count for it.
        let name = i > 0 && w.starts_with(char::is_uppercase);
        let w = w.to_lowercase();
        id += (ID_WORDS.is_match(&w) || (!name && ID.is_match(&w))) as u32;
        en += (EN_WORDS.is_match(&w) || (!name && EN.is_match(&w))) as u32;
    }
    match id.cmp(&en) {
        std::cmp::Ordering::Greater => Some("id"),
        std::cmp::Ordering::Less => Some("en"),
        std::cmp::Ordering::Equal => None,
    }
}

/// The pseudo-language of names that belong to no language.
pub const NAMES: &str = "names";

/// A short line of capitalised words without final punctuation: a name or a title.
fn name_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=8).contains(&words.len())
        && !text.ends_with(['.', ';', ','])
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
}

/// Words of titles and institutions ("PEMERINTAH KOTA DENPASAR", "NOTA KESEPAHAMAN"): a
/// line in capitals with one of them is a title of the document, read in its language and
/// kept in its place; one without is a person's name.
fn institutional(text: &str) -> bool {
    const WORDS: [&str; 30] = [
        "pemerintah",
        "kota",
        "kabupaten",
        "provinsi",
        "republik",
        "government",
        "city",
        "regency",
        "province",
        "republic",
        "nota",
        "kesepahaman",
        "memorandum",
        "understanding",
        "antara",
        "between",
        "dan",
        "and",
        "tentang",
        "on",
        "untuk",
        "for",
        "wali",
        "mayor",
        "bupati",
        "gubernur",
        "governor",
        "kerja",
        "sama",
        "cooperation",
    ];
    text.split(|c: char| !c.is_alphabetic()).any(|w| WORDS.contains(&w.to_lowercase().as_str()))
}

/// The language an article heading names by its word.
fn heading_lang(text: &str) -> Option<&'static str> {
    let first = text.split_whitespace().next()?.to_lowercase();
    match first.as_str() {
        "pasal" | "fasal" => Some("id"),
        "article" | "clause" => Some("en"),
        _ => None,
    }
}

/// Page numbers in headers and footers ("3/6", "Page 3 of 6", "Halaman 3 dari 6", "- 3 -"):
/// where a page breaks is layout, not text. OCR reads the slash of "4/10" as a one, an
/// ell or a bar ("4110", "4l10"): a page of its count, the first number no greater than
/// the second, is one too (a year alone, "2015", is not: 20 > 5).
fn page_mark(text: &str) -> bool {
    if PAGE_MARK.is_match(text) {
        return true;
    }
    let page_of = |(page, sep, count): (&str, char, &str)| {
        matches!(sep, '1' | 'l' | 'I' | '|')
            && (1..=3).contains(&page.len())
            && (1..=3).contains(&count.len())
            && page.bytes().chain(count.bytes()).all(|b| b.is_ascii_digit())
            && !page.starts_with('0')
            && !count.starts_with('0')
            && page.parse::<u32>().ok() <= count.parse::<u32>().ok()
    };
    text.char_indices().filter(|&(i, c)| i > 0 && c.is_ascii()).any(|(i, c)| page_of((&text[..i], c, &text[i + 1..])))
}

static PAGE_MARK: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)^(\d{1,3}\s*/\s*\d{1,3}|(page|halaman|hal\.)\s*\d{1,3}(\s*(of|dari)\s*\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3})$")
        .expect("valid regex")
});

static HEADING: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)^(pasal|fasal|article|clause|artikel)\s+([0-9]{1,3}|[ivxlc]{1,7}|[a-z]+(?:\s+puluh(?:\s+[a-z]+)?|-[a-z]+)?)\b\.?\s*[-–:.]?\s*(.*)$")
        .expect("valid regex")
});

/// Numbers in words, Indonesian and English, as articles are numbered.
const WORDS: [(&str, u32); 42] = [
    ("satu", 1),
    ("dua", 2),
    ("tiga", 3),
    ("empat", 4),
    ("lima", 5),
    ("enam", 6),
    ("tujuh", 7),
    ("delapan", 8),
    ("sembilan", 9),
    ("sepuluh", 10),
    ("sebelas", 11),
    ("dua belas", 12),
    ("tiga belas", 13),
    ("empat belas", 14),
    ("lima belas", 15),
    ("enam belas", 16),
    ("tujuh belas", 17),
    ("delapan belas", 18),
    ("sembilan belas", 19),
    ("dua puluh", 20),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("kesatu", 1),
    ("pertama", 1),
];

/// The value of a Roman numeral, if `s` is one.
fn roman(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c.to_ascii_lowercase() {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            'c' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

/// An article heading: its number, label and the title on the same line.
fn heading(text: &str) -> Option<(u32, String, String)> {
    let c = HEADING.captures(text)?;
    let n = c[2].to_lowercase();
    let number = n.parse::<u32>().ok().or_else(|| roman(&n)).or_else(|| WORDS.iter().find(|(w, _)| *w == n).map(|(_, v)| *v))?;
    let label = format!("{} {}", &c[1], &c[2]);
    // "PASAL 1 / ARTICLE 1": the other language's label is not the title.
    let rest = c[3].trim().trim_start_matches('/').trim();
    let rest = match HEADING.captures(rest) {
        Some(inner) => inner[3].trim().to_string(),
        None => rest.to_string(),
    };
    // A sentence that cites an article ("Pasal 5 ayat (1) ...", "Article 5 of this
    // Memorandum ...") is not a heading: a title starts with a capital and is short.
    if rest.chars().next().is_some_and(|c| c.is_lowercase()) || rest.split_whitespace().count() > 12 {
        return None;
    }
    Some((number, label, rest))
}

/// Whether a line reads as an article's title: short, without a final full stop.
fn title_like(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=10).contains(&words) && !text.ends_with(['.', ';', ',']) && text.chars().next().is_some_and(|c| c.is_alphabetic())
}

/// Splits one language's units into the preamble and articles.
fn articles<'a>(units: impl Iterator<Item = &'a Unit>) -> Vec<Article> {
    let mut out = vec![Article { number: 0, label: String::new(), title: String::new(), body: Vec::new() }];
    let mut want_title = false;
    // A title in capitals whose last words a PDF set apart ("RUANG LINGKUP KERJA" / "SAMA").
    let mut title_open = false;
    let caps = |t: &str| {
        let mut letters = t.chars().filter(|c| c.is_alphabetic()).peekable();
        letters.peek().is_some() && letters.all(char::is_uppercase)
    };
    for u in units {
        let known = u.article.map(|n| {
            (n, u.text.trim_end_matches(u.title.as_deref().unwrap_or("")).trim().to_string(), u.title.clone().unwrap_or_default())
        });
        // A line that starts by citing an article of a regulation ("Pasal 26 Peraturan
        // Pemerintah ...") is not the next article: articles count up from where they are.
        let last_number = out.last().map_or(0, |a| a.number);
        let found = known.or_else(|| heading(&u.text).filter(|(n, _, _)| *n > last_number && *n <= last_number + 5));
        if let Some((number, label, title)) = found {
            want_title = title.is_empty();
            title_open = !title.is_empty() && caps(&title);
            out.push(Article { number, label, title, body: Vec::new() });
            continue;
        }
        let last = out.last_mut().expect("the preamble is always there");
        if want_title && title_like(&u.text) {
            last.title = u.text.clone();
            want_title = false;
            title_open = caps(&u.text);
            continue;
        }
        if title_open && last.body.is_empty() && caps(&u.text) && u.text.split_whitespace().count() <= 3 && title_like(&u.text) {
            last.title = format!("{} {}", last.title, u.text.trim());
            title_open = false;
            continue;
        }
        want_title = false;
        title_open = false;
        // A word broken at the end of a PDF line ("masing-" / "masing") is one word.
        match last.body.last_mut() {
            Some(prev) if prev.ends_with('-') && prev.chars().rev().nth(1).is_some_and(char::is_alphabetic) => prev.push_str(&u.text),
            _ => last.body.push(u.text.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn headings_in_every_numbering() {
        assert_eq!(super::heading("PASAL 7 PEMBIAYAAN"), Some((7, "PASAL 7".into(), "PEMBIAYAAN".into())));
        assert_eq!(super::heading("Article IX - Settlement of Disputes"), Some((9, "Article IX".into(), "Settlement of Disputes".into())));
        assert_eq!(super::heading("Pasal Tiga"), Some((3, "Pasal Tiga".into(), String::new())));
        assert_eq!(super::heading("ARTICLE 2 / PASAL 2"), Some((2, "ARTICLE 2".into(), String::new())));
        assert_eq!(super::heading("Article twelve: Arbitration"), Some((12, "Article twelve".into(), "Arbitration".into())));
        assert_eq!(super::heading("Articles of association"), None);
        assert_eq!(super::heading("Article 5 of this Memorandum shall apply"), None);
        assert_eq!(super::heading("Pasal 5 ayat (1) berlaku"), None);
    }

    #[test]
    fn page_marks_also_as_ocr_reads_them() {
        for mark in ["3/6", "Page 3 of 6", "Halaman 3 dari 6", "- 3 -", "4110", "4l10", "9|10", "10110"] {
            assert!(super::page_mark(mark), "{mark}");
        }
        for text in ["2015", "2024", "1990", "12 (dua belas)", "Pasal 4", "5100", "0110"] {
            assert!(!super::page_mark(text), "{text}");
        }
    }
}
