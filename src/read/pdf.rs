//! PDF reader, on lopdf: the text layer of every page, line by line, with the page number.
//!
//! Understands: PDFs with a text layer (from Word, LibreOffice, typst, most printers'
//! "save as PDF"), truncated files lopdf can recover. Does not understand: scans without a
//! text layer (reported as such, with a hint to run OCR), encrypted files (refused),
//! headings (PDF has no styles: the checker recognises headings by their text).
//!
//! Bounded (`crate::limits`): pages, content streams per page, decompressed content per
//! page and per file, and content operators are counted, and a file over any of them is
//! refused with the budget named. Pages are listed once (lopdf's `extract_text` lists
//! them again for every page it is asked for), and content is read one operation at a
//! time by a tokenizer of its own (`super::content`: lopdf's content parser made an object
//! per operand, a fifth of the time of `naskah check` on a PDF), so memory does not grow
//! with the number of operators.
//!
//! The text is what lopdf's own extraction gives (the same operators, the same spacing),
//! so the checker's figures do not depend on which of the two ran; a test compares the two
//! on every PDF of the repository.

use super::content::Operand;
use super::{document, ReadError};
use crate::limits::{Budget, PDF_CONTENT_BYTES, PDF_OPERATORS, PDF_PAGES, PDF_PAGE_CONTENT_BYTES, PDF_PAGE_STREAMS};
use crate::model::{Document, Location};
use lopdf::{DecompressError, Encoding, Error};
use std::collections::BTreeMap;

const REEXPORT: &str = "export the PDF again from its source";

/// Reads a PDF; a scan without a text layer is read by OCR when Tesseract is installed.
pub fn read_or_ocr(bytes: &[u8]) -> Result<super::Draft, ReadError> {
    match read(bytes) {
        Ok(document) => Ok(super::Draft { document, ocr: false }),
        Err(e) if e.message.starts_with(NO_TEXT) => {
            if !super::ocr::available() {
                return Err(e.hint(format!(
                    "install Tesseract to read scans (Debian: `apt-get install {}`), or run OCR first, for example `ocrmypdf -l ind+eng scan.pdf text.pdf`",
                    super::ocr::PACKAGES
                )));
            }
            let pages = super::ocr::pdf(bytes)?;
            let mut paras = Vec::new();
            for (p, text) in pages.iter().enumerate() {
                for (l, line) in text.lines().enumerate() {
                    super::count_paragraph(paras.len() + 1)?;
                    paras.push((
                        line.to_string(),
                        false,
                        Location { page: Some(p as u32 + 1), line: Some(l as u32 + 1), ..Default::default() },
                    ));
                }
            }
            if paras.iter().all(|(t, _, _): &(String, bool, Location)| t.trim().is_empty()) {
                return Err(ReadError::new("the PDF has no text layer, and OCR found no text in it")
                    .hint("check that the scan is legible and the right way up"));
            }
            Ok(super::Draft { document: document(paras), ocr: true })
        }
        Err(e) => Err(e),
    }
}

/// The start of the message for a PDF whose pages hold no text.
const NO_TEXT: &str = "the PDF has no text layer";

pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    let options = lopdf::LoadOptions { max_decompressed_size: Some(PDF_PAGE_CONTENT_BYTES.limit as usize * 4), ..Default::default() };
    let pdf = lopdf::Document::load_mem_with_options(bytes, options).map_err(|e| load_error(&e))?;
    read_parsed(&pdf)
}

/// What went wrong while loading, in words a user can act on.
fn load_error(e: &Error) -> ReadError {
    match e {
        Error::Decompress(DecompressError::MemoryLimitExceeded { limit }) => ReadError::new(format!(
            "a compressed part of the PDF is {}",
            Budget { what: "bytes once decompressed", limit: *limit as u64 }.exceeded(None)
        ))
        .hint("the file may be a decompression bomb; if it is a real document, print it to PDF again"),
        Error::ReferenceCycle(_) | Error::ReferenceLimit | Error::RecursionLimit => {
            ReadError::new("the PDF's objects refer to each other in a loop").hint(REEXPORT)
        }
        Error::Decryption(_) | Error::InvalidPassword | Error::UnsupportedSecurityHandler(_) => {
            ReadError::new("the PDF is encrypted").hint("ask the sender for an unprotected copy, or remove the password")
        }
        _ => ReadError::new(format!("the PDF is damaged and could not be read ({e})")).hint(REEXPORT),
    }
}

/// Reads a PDF that lopdf has already parsed.
pub fn read_parsed(pdf: &lopdf::Document) -> Result<Document, ReadError> {
    if pdf.is_encrypted() {
        return Err(ReadError::new("the PDF is encrypted").hint("ask the sender for an unprotected copy, or remove the password"));
    }
    let pages: Vec<lopdf::ObjectId> = pdf.page_iter().take(PDF_PAGES.limit as usize + 1).collect();
    if pages.len() as u64 > PDF_PAGES.limit {
        return Err(ReadError::budget("the PDF", &PDF_PAGES, None).hint("split the file and check its parts"));
    }
    if pages.is_empty() {
        return Err(ReadError::new("the PDF has no pages"));
    }
    let mut budget = Spent::default();
    let mut fonts = Fonts::new();
    let mut paras = Vec::new();
    let mut unreadable: Vec<(u32, String)> = Vec::new();
    for (i, id) in pages.iter().enumerate() {
        let number = i as u32 + 1;
        match page_text(pdf, *id, &mut budget, &mut fonts) {
            Ok(text) => {
                // A label set apart from its text ("(1)", "a." hanging before an indented
                // paragraph: a text object of its own) opens the line after it, as a reader
                // sees them side by side.
                let mut label: Option<(usize, &str)> = None;
                let lines = join_number_fragments(&text);
                for (l, line) in lines.iter().map(String::as_str).enumerate() {
                    if is_label(line) && label.is_none() {
                        label = Some((l, line.trim()));
                        continue;
                    }
                    let (l, line) = match label.take() {
                        Some((at, lab)) => (at, format!("{lab} {}", line.trim_start())),
                        None => (l, line.to_string()),
                    };
                    super::count_paragraph(paras.len() + 1)?;
                    paras.push((line, false, Location { page: Some(number), line: Some(l as u32 + 1), ..Default::default() }));
                }
                if let Some((l, lab)) = label {
                    super::count_paragraph(paras.len() + 1)?;
                    paras.push((lab.to_string(), false, Location { page: Some(number), line: Some(l as u32 + 1), ..Default::default() }));
                }
            }
            Err(PageError::Budget(e)) => return Err(e),
            Err(PageError::Damaged(why)) => unreadable.push((number, why)),
        }
    }
    if paras.iter().all(|(t, _, _)| t.trim().is_empty()) {
        if let Some((page, why)) = unreadable.first() {
            return Err(ReadError::new(format!(
                "the text of {} of {} pages could not be read (page {page}: {why})",
                unreadable.len(),
                pages.len()
            ))
            .hint(REEXPORT));
        }
        return Err(ReadError::new(format!(
            "{NO_TEXT} ({} page{} of images: a scan?)",
            pages.len(),
            if pages.len() == 1 { "" } else { "s" }
        ))
        .hint("run OCR on it first, for example `ocrmypdf -l ind+eng scan.pdf text.pdf`, then check the result"));
    }
    Ok(document(paras))
}

/// The lines of a page, where the fragments of a page number that a word processor sets
/// as separate pieces ("3", "/", "10") are one line again ("3 / 10").
fn join_number_fragments(text: &str) -> Vec<String> {
    let fragment = |l: &str| {
        let t = l.trim();
        !t.is_empty() && t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit() || c == '/' || c == '-')
    };
    let mut out: Vec<String> = Vec::new();
    let mut previous_fragment = false;
    for line in text.lines() {
        let is = fragment(line);
        match out.last_mut() {
            Some(last) if is && previous_fragment => {
                last.push(' ');
                last.push_str(line.trim());
            }
            _ => out.push(line.to_string()),
        }
        previous_fragment = is;
    }
    out
}

/// A paragraph or point label alone: "(1)", "1.", "a.", "a)", "-", "•".
fn is_label(line: &str) -> bool {
    let t = line.trim();
    let b = t.as_bytes();
    match b {
        [b'-'] => true,
        _ if t == "•" => true,
        [b'(', inner @ .., b')'] => !inner.is_empty() && inner.len() <= 2 && inner.iter().all(u8::is_ascii_alphanumeric),
        [head @ .., b'.' | b')'] => {
            (1..=2).contains(&head.len()) && (head.iter().all(u8::is_ascii_digit) || (head.len() == 1 && head[0].is_ascii_lowercase()))
        }
        _ => false,
    }
}

/// What the pages have used so far of the budgets that span the whole file.
#[derive(Default)]
struct Spent {
    content_bytes: u64,
    operators: u64,
}

enum PageError {
    /// Over a budget: the whole file is refused.
    Budget(ReadError),
    /// This page's text could not be read; the others may be.
    Damaged(String),
}

fn over(e: Error) -> PageError {
    match e {
        Error::Decompress(DecompressError::MemoryLimitExceeded { .. }) => {
            PageError::Budget(ReadError::budget("a page of the PDF", &PDF_PAGE_CONTENT_BYTES, None).hint(REEXPORT))
        }
        other => PageError::Damaged(other.to_string()),
    }
}

/// The encodings of the fonts read so far, by font dictionary, so that a font's ToUnicode
/// map is parsed once for the file, not once for every page that uses it (the pages of a
/// document share their fonts). The key is the dictionary's address in the parsed file,
/// which does not move while the file is read; `None` is a font whose encoding could not be
/// read (it shows no text, as in lopdf).
type Fonts<'a> = std::collections::HashMap<*const lopdf::Dictionary, Option<Font<'a>>>;

/// A font's encoding, and the strings decoded through its ToUnicode map so far. lopdf
/// looks each code up in a range map and allocates for it, which made decoding a fifth of
/// checking a PDF; the strings a page shows (words and runs between kerning adjustments)
/// repeat across a document, and each is decoded once.
struct Font<'a> {
    encoding: Encoding<'a>,
    decoded: std::cell::RefCell<std::collections::HashMap<Vec<u8>, String>>,
}

impl Font<'_> {
    /// Appends the text of `bytes` to `text`.
    fn decode(&self, bytes: &[u8], text: &mut String) {
        if !matches!(self.encoding, Encoding::UnicodeMapEncoding(_)) {
            // A string the font cannot decode shows nothing, as in lopdf.
            let _ = self.encoding.write_to_string(bytes, text);
            return;
        }
        let mut decoded = self.decoded.borrow_mut();
        if let Some(known) = decoded.get(bytes) {
            text.push_str(known);
            return;
        }
        let mut new = String::new();
        let _ = self.encoding.write_to_string(bytes, &mut new);
        text.push_str(&new);
        decoded.insert(bytes.to_vec(), new);
    }
}

/// The text of one page, as lopdf's `extract_text` gives it: a line break at `ET`, `T*`,
/// `'` and `"`, a space after a `TJ` array and at a gap wider than 100 thousandths of an em.
fn page_text<'a>(pdf: &'a lopdf::Document, page: lopdf::ObjectId, spent: &mut Spent, cache: &mut Fonts<'a>) -> Result<String, PageError> {
    let streams = pdf.get_page_contents(page).len() as u64;
    if streams > PDF_PAGE_STREAMS.limit {
        return Err(PageError::Budget(ReadError::budget("a page of the PDF", &PDF_PAGE_STREAMS, Some(streams)).hint(REEXPORT)));
    }
    let left = PDF_CONTENT_BYTES.limit.saturating_sub(spent.content_bytes);
    let limit = PDF_PAGE_CONTENT_BYTES.limit.min(left) as usize;
    let content = pdf.get_page_content_with_limit(page, limit).map_err(|e| match e {
        Error::Decompress(DecompressError::MemoryLimitExceeded { .. }) if left < PDF_PAGE_CONTENT_BYTES.limit => {
            PageError::Budget(ReadError::budget("the PDF", &PDF_CONTENT_BYTES, None).hint("split the file and check its parts"))
        }
        e => over(e),
    })?;
    spent.content_bytes += content.len() as u64;
    let fonts = pdf.get_page_fonts(page).map_err(over)?;
    for font in fonts.values() {
        let key: *const lopdf::Dictionary = *font;
        if cache.contains_key(&key) {
            continue;
        }
        let encoding = match font.get_font_encoding_with_limit(pdf, PDF_PAGE_CONTENT_BYTES.limit as usize) {
            Ok(encoding) => Some(Font { encoding, decoded: Default::default() }),
            Err(e @ Error::Decompress(DecompressError::MemoryLimitExceeded { .. })) => return Err(over(e)),
            // A font whose encoding cannot be read shows no text, as in lopdf.
            Err(_) => None,
        };
        cache.insert(key, encoding);
    }
    let encodings: BTreeMap<&[u8], &Font> = fonts
        .iter()
        .filter_map(|(name, font)| Some((name.as_slice(), cache.get(&(*font as *const lopdf::Dictionary))?.as_ref()?)))
        .collect();
    let mut text = String::new();
    let mut current: Option<&Font> = None;
    let mut ops = super::content::Operations::new(&content);
    while let Some(op) = ops.next() {
        spent.operators += 1;
        if spent.operators > PDF_OPERATORS.limit {
            return Err(PageError::Budget(ReadError::budget("the PDF", &PDF_OPERATORS, None).hint(REEXPORT)));
        }
        match op.operator {
            b"Tf" => {
                current = match op.operands.first() {
                    Some(Operand::Name(n)) => encodings.get(n.as_ref()).copied(),
                    _ => None,
                }
            }
            b"Tj" | b"TJ" => {
                if let Some(enc) = current {
                    collect(&mut text, enc, op.operands);
                }
            }
            b"'" | b"\"" => {
                if let Some(enc) = current {
                    if !text.ends_with('\n') {
                        text.push('\n');
                    }
                    let shown = unit(op.operands, if op.operator == b"'" { 0 } else { 2 });
                    collect(&mut text, enc, shown);
                }
            }
            b"T*" | b"ET" if !text.ends_with('\n') => text.push('\n'),
            _ => {}
        }
    }
    Ok(text)
}

/// The operand `n` of an operation whose arrays are flattened: a string, a number, or an
/// array with its brackets.
fn unit<'t, 'a>(operands: &'t [Operand<'a>], n: usize) -> &'t [Operand<'a>] {
    let (mut seen, mut depth, mut start) = (0, 0usize, 0);
    for (i, o) in operands.iter().enumerate() {
        match o {
            Operand::Open => depth += 1,
            Operand::Close => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 {
            if seen == n {
                return &operands[start..=i];
            }
            seen += 1;
            start = i + 1;
        }
    }
    &[]
}

/// The text of the operands of a text-showing operator (lopdf's `collect_text`): each
/// string decoded, a space after each array and at a gap wider than 100 thousandths of an
/// em. Arrays nested deeper than a few levels are not followed (real PDFs have none).
fn collect(text: &mut String, font: &Font, operands: &[Operand]) {
    let mut depth = 0usize;
    for operand in operands {
        match operand {
            Operand::Open => depth += 1,
            Operand::Close => {
                if depth <= 9 {
                    text.push(' ');
                }
                depth = depth.saturating_sub(1);
            }
            _ if depth > 8 => {}
            Operand::Str(bytes) => font.decode(bytes, text),
            Operand::Integer(i) if *i < -100 => text.push(' '),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use lopdf::{Encoding, Object};

    /// A page's text as lopdf's content parser gives it (the reader before its own
    /// tokenizer), with the same spacing rules.
    fn with_lopdf(pdf: &lopdf::Document, page: lopdf::ObjectId) -> String {
        fn collect(text: &mut String, enc: &Encoding, operands: &[Object], depth: usize) {
            if depth > 8 {
                return;
            }
            for o in operands {
                match o {
                    Object::String(bytes, _) => {
                        let _ = enc.write_to_string(bytes, text);
                    }
                    Object::Array(items) => {
                        collect(text, enc, items, depth + 1);
                        text.push(' ');
                    }
                    Object::Integer(i) if *i < -100 => text.push(' '),
                    _ => {}
                }
            }
        }
        let content = pdf.get_page_content(page);
        let fonts = pdf.get_page_fonts(page).unwrap_or_default();
        let encodings: std::collections::BTreeMap<Vec<u8>, Encoding> =
            fonts.iter().filter_map(|(n, f)| Some((n.clone(), f.get_font_encoding(pdf).ok()?))).collect();
        let mut text = String::new();
        let mut current: Option<&Encoding> = None;
        for op in lopdf::content::Content::decode_iter(&content) {
            let Ok(op) = op else { break };
            match op.operator.as_str() {
                "Tf" => current = op.operands.first().and_then(|o| o.as_name().ok()).and_then(|n| encodings.get(n)),
                "Tj" | "TJ" => {
                    if let Some(enc) = current {
                        collect(&mut text, enc, &op.operands, 0);
                    }
                }
                "'" | "\"" => {
                    if let Some(enc) = current {
                        if !text.ends_with('\n') {
                            text.push('\n');
                        }
                        let shown = if op.operator == "'" { op.operands.first() } else { op.operands.get(2) };
                        collect(&mut text, enc, shown.map(std::slice::from_ref).unwrap_or_default(), 0);
                    }
                }
                "T*" | "ET" if !text.ends_with('\n') => text.push('\n'),
                _ => {}
            }
        }
        text
    }

    /// The tokenizer gives the text lopdf's content parser gave, on every PDF of the
    /// repository (typst's, LibreOffice's, Word's, scans).
    #[test]
    fn the_tokenizer_reads_the_text_lopdf_read() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in ["tests/corpus", "tests/fixtures", "tests/fixtures/lo", "samples"] {
            for e in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
                if e.path().extension().is_some_and(|x| x == "pdf") {
                    files.push(e.path());
                }
            }
        }
        assert!(files.len() >= 8, "{files:?}");
        // More PDFs to compare on, from a folder and its subfolders: NASKAH_PDFS=DIR.
        let mut dirs: Vec<std::path::PathBuf> = std::env::var_os("NASKAH_PDFS").map(Into::into).into_iter().collect();
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "pdf") {
                    files.push(p);
                }
            }
        }
        let mut pages = 0;
        for f in &files {
            let Ok(pdf) = lopdf::Document::load(f) else { continue };
            for (_, id) in pdf.get_pages() {
                let mut fonts = super::Fonts::new();
                let ours = super::page_text(&pdf, id, &mut super::Spent::default(), &mut fonts).ok().unwrap_or_default();
                assert_eq!(ours, with_lopdf(&pdf, id), "{} page {id:?}", f.display());
                pages += 1;
            }
        }
        assert!(pages >= 20, "{pages} pages");
    }
}
