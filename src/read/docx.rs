//! DOCX reader: unzips the package and walks `word/document.xml`.
//!
//! Understands: paragraphs, headings by style (Heading N, Judul N, Title) and by outline
//! level (direct or through the style), text in tables (every cell, so two-column bilingual
//! tables give both languages), tabs and line breaks, hyperlinks and content controls
//! (their text), list items (numbered paragraphs keep their text; numbering labels are not
//! text in Word and are not reconstructed). Does not understand: text boxes and shapes
//! outside the main story, headers and footers, comments, tracked deletions (skipped).
//! Bounded: the document part is read at most `MAX_PART` bytes, so a zip bomb is refused.

use super::{document, ReadError};
use crate::model::{Document, Location};
use std::collections::HashSet;
use std::io::Read;

const MAX_PART: u64 = 64 * 1024 * 1024;
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn part(zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>, name: &str) -> Result<Option<String>, ReadError> {
    let Ok(file) = zip.by_name(name) else { return Ok(None) };
    let mut buf = Vec::new();
    file.take(MAX_PART + 1).read_to_end(&mut buf).map_err(|e| ReadError::new(format!("the DOCX package is damaged: {e}")))?;
    if buf.len() as u64 > MAX_PART {
        return Err(ReadError::new(format!("`{name}` unpacks to more than {} MB", MAX_PART / (1024 * 1024)))
            .hint("the file may be a zip bomb; open and re-save it in Word"));
    }
    String::from_utf8(buf).map(Some).map_err(|_| ReadError::new(format!("`{name}` is not UTF-8 XML")))
}

pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
        ReadError::new(format!("the file is not a valid DOCX package ({e})")).hint("open and re-save it in Word or LibreOffice")
    })?;
    let xml = part(&mut zip, "word/document.xml")?.ok_or_else(|| {
        ReadError::new("the zip file has no `word/document.xml`: it is not a Word document").hint("save the draft as .docx")
    })?;
    let heading_styles = match part(&mut zip, "word/styles.xml")? {
        Some(styles) => heading_styles(&styles),
        None => HashSet::new(),
    };
    let doc = roxmltree::Document::parse_with_options(&xml, roxmltree::ParsingOptions { allow_dtd: false, ..Default::default() })
        .map_err(|e| ReadError::new(format!("`word/document.xml` is not well-formed XML ({e})")))?;
    let mut paras = Vec::new();
    for (i, p) in doc.descendants().filter(|n| n.has_tag_name((W, "p"))).enumerate() {
        let mut text = String::new();
        for n in p.descendants() {
            if n.has_tag_name((W, "t")) {
                // Tracked deletions use `w:delText`, so they are skipped here.
                text.push_str(n.text().unwrap_or_default());
            } else if n.has_tag_name((W, "tab")) || n.has_tag_name((W, "br")) {
                text.push(' ');
            }
        }
        let ppr = p.children().find(|n| n.has_tag_name((W, "pPr")));
        let style = ppr
            .and_then(|pp| pp.children().find(|n| n.has_tag_name((W, "pStyle"))))
            .and_then(|s| s.attribute((W, "val")))
            .unwrap_or_default();
        let outline = ppr.and_then(|pp| pp.children().find(|n| n.has_tag_name((W, "outlineLvl")))).is_some();
        let heading = outline || heading_styles.contains(style) || is_heading_name(style);
        paras.push((text, heading, Location { paragraph: Some(i as u32 + 1), ..Default::default() }));
    }
    Ok(document(paras))
}

fn is_heading_name(name: &str) -> bool {
    let n = name.to_lowercase().replace(' ', "");
    n.starts_with("heading") || n.starts_with("judul") || n == "title" || n.starts_with("berkas")
}

/// Ids of the styles that are headings: by name, or with an outline level.
fn heading_styles(xml: &str) -> HashSet<String> {
    let Ok(doc) = roxmltree::Document::parse(xml) else { return HashSet::new() };
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "style")))
        .filter(|s| {
            let name = s.children().find(|n| n.has_tag_name((W, "name"))).and_then(|n| n.attribute((W, "val"))).unwrap_or_default();
            is_heading_name(name) || s.descendants().any(|n| n.has_tag_name((W, "outlineLvl")))
        })
        .filter_map(|s| s.attribute((W, "styleId")).map(str::to_string))
        .collect()
}
