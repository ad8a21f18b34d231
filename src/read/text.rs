//! Plain text and Markdown reader.
//!
//! Understands: one paragraph per line (blank lines ignored), Markdown `#` headings,
//! two-column bilingual text whose columns are separated by a tab or ` | ` (each column
//! becomes its own paragraph), UTF-8 and, failing that, Latin-1 (old Windows exports).
//! Does not understand: Markdown tables beyond their cells, emphasis (kept as text).

use super::{document, ReadError};
use crate::model::{Document, Location};

pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            // Binary garbage is refused; text in a legacy 8-bit encoding is read as Latin-1.
            let control = bytes.iter().filter(|b| **b < 0x09 || (**b > 0x0d && **b < 0x20)).count();
            if control * 20 > bytes.len() {
                return Err(ReadError::new("the file is neither text, DOCX nor PDF").hint("save the draft as .docx, .pdf or plain text"));
            }
            bytes.iter().map(|b| *b as char).collect()
        }
    };
    if text.contains('\0') {
        return Err(ReadError::new("the file is neither text, DOCX nor PDF").hint("save the draft as .docx, .pdf or plain text"));
    }
    let mut paras = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let loc = Location { line: Some(i as u32 + 1), ..Default::default() };
        let line = raw.trim();
        if let Some(h) = line.strip_prefix('#') {
            paras.push((h.trim_start_matches('#').trim().to_string(), true, loc));
            continue;
        }
        let cells: Vec<&str> = if line.contains('\t') {
            line.split('\t').collect()
        } else if line.contains(" | ") {
            line.trim_matches('|').split(" | ").collect()
        } else {
            vec![line]
        };
        for cell in cells {
            paras.push((cell.trim().trim_matches('|').trim().to_string(), false, loc));
        }
    }
    Ok(document(paras))
}
