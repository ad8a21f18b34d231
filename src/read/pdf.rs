//! PDF reader, on lopdf: the text layer of every page, line by line, with the page number.
//!
//! Understands: PDFs with a text layer (from Word, LibreOffice, typst, most printers'
//! "save as PDF"), truncated files lopdf can recover. Does not understand: scans without a
//! text layer (reported as such, with a hint to run OCR), encrypted files (refused),
//! headings (PDF has no styles: the checker recognises headings by their text).

use super::{document, ReadError};
use crate::model::{Document, Location};

pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    let pdf = lopdf::Document::load_mem(bytes).map_err(|e| {
        ReadError::new(format!("the PDF is damaged and could not be read ({e})")).hint("export the PDF again from its source")
    })?;
    read_parsed(&pdf)
}

/// Reads a PDF that lopdf has already parsed.
pub fn read_parsed(pdf: &lopdf::Document) -> Result<Document, ReadError> {
    if pdf.is_encrypted() {
        return Err(ReadError::new("the PDF is encrypted").hint("ask the sender for an unprotected copy, or remove the password"));
    }
    let mut paras = Vec::new();
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    if pages.is_empty() {
        return Err(ReadError::new("the PDF has no pages"));
    }
    for page in &pages {
        let text = pdf.extract_text(&[*page]).unwrap_or_default();
        for (i, line) in text.lines().enumerate() {
            paras.push((line.to_string(), false, Location { page: Some(*page), line: Some(i as u32 + 1), ..Default::default() }));
        }
    }
    if paras.iter().all(|(t, _, _)| t.trim().is_empty()) {
        return Err(ReadError::new(format!(
            "the PDF has no text layer ({} page{} of images: a scan?)",
            pages.len(),
            if pages.len() == 1 { "" } else { "s" }
        ))
        .hint("run OCR on it first, for example `ocrmypdf -l ind+eng scan.pdf text.pdf`, then check the result"));
    }
    Ok(document(paras))
}
