//! DOCX reader: unzips the package and walks `word/document.xml`.
//!
//! Understands: paragraphs, headings by style (Heading N, Judul N, Title) and by outline
//! level (direct or through the style), text in tables (every cell, so two-column bilingual
//! tables give both languages), tabs and line breaks, hyperlinks and content controls
//! (their text), list numbering: labels such as "Pasal 1" or "(2)" that Word draws from a
//! numbering definition are not text in the XML, so they are computed (decimal, Roman,
//! letters, `lvlText` patterns, restarts per `w:num`) and put before the paragraph's text.
//! Does not understand: text boxes and shapes
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
    let mut numbering = match part(&mut zip, "word/numbering.xml")? {
        Some(n) => Numbering::parse(&n),
        None => Numbering::default(),
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
        let num = ppr.and_then(|pp| pp.children().find(|n| n.has_tag_name((W, "numPr"))));
        if let Some(num) = num {
            let val = |tag: &str| {
                num.children().find(|n| n.has_tag_name((W, tag))).and_then(|n| n.attribute((W, "val"))).and_then(|v| v.parse::<u32>().ok())
            };
            if let (Some(id), level) = (val("numId"), val("ilvl").unwrap_or(0)) {
                if let Some(label) = numbering.next(id, level) {
                    text = format!("{label} {text}");
                }
            }
        }
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

/// A level of a numbering definition.
#[derive(Debug, Clone, Default)]
struct LevelDef {
    start: u32,
    format: String,
    text: String,
}

/// Numbering definitions and the counters of each list, to compute labels in order.
#[derive(Debug, Default)]
struct Numbering {
    /// numId -> levels (through its abstractNum), with start overrides applied.
    lists: std::collections::HashMap<u32, Vec<LevelDef>>,
    counters: std::collections::HashMap<u32, Vec<u32>>,
}

impl Numbering {
    fn parse(xml: &str) -> Numbering {
        let Ok(doc) = roxmltree::Document::parse(xml) else { return Numbering::default() };
        let attr = |n: roxmltree::Node, tag: &str| {
            n.children().find(|c| c.has_tag_name((W, tag))).and_then(|c| c.attribute((W, "val"))).map(str::to_string)
        };
        let mut abstracts = std::collections::HashMap::new();
        for a in doc.descendants().filter(|n| n.has_tag_name((W, "abstractNum"))) {
            let Some(id) = a.attribute((W, "abstractNumId")).and_then(|v| v.parse::<u32>().ok()) else { continue };
            let mut levels = vec![LevelDef::default(); 9];
            for l in a.children().filter(|n| n.has_tag_name((W, "lvl"))) {
                let Some(i) = l.attribute((W, "ilvl")).and_then(|v| v.parse::<usize>().ok()).filter(|i| *i < 9) else { continue };
                levels[i] = LevelDef {
                    start: attr(l, "start").and_then(|v| v.parse().ok()).unwrap_or(1),
                    format: attr(l, "numFmt").unwrap_or_else(|| "decimal".into()),
                    text: attr(l, "lvlText").unwrap_or_default(),
                };
            }
            abstracts.insert(id, levels);
        }
        let mut lists = std::collections::HashMap::new();
        for n in doc.descendants().filter(|n| n.has_tag_name((W, "num"))) {
            let Some(id) = n.attribute((W, "numId")).and_then(|v| v.parse::<u32>().ok()) else { continue };
            let Some(abs) = attr(n, "abstractNumId").and_then(|v| v.parse::<u32>().ok()) else { continue };
            let mut levels = abstracts.get(&abs).cloned().unwrap_or_default();
            for o in n.children().filter(|c| c.has_tag_name((W, "lvlOverride"))) {
                let i = o.attribute((W, "ilvl")).and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
                if let (Some(level), Some(start)) = (levels.get_mut(i), attr(o, "startOverride").and_then(|v| v.parse().ok())) {
                    level.start = start;
                }
            }
            lists.insert(id, levels);
        }
        Numbering { lists, counters: Default::default() }
    }

    /// The label of the next paragraph of list `id` at `level`.
    fn next(&mut self, id: u32, level: u32) -> Option<String> {
        let levels = self.lists.get(&id)?;
        let level = level as usize;
        let def = levels.get(level)?;
        if def.format == "none" || def.format == "bullet" {
            return None;
        }
        let counters = self.counters.entry(id).or_insert_with(|| levels.iter().map(|l| l.start.saturating_sub(1)).collect());
        counters[level] += 1;
        for (i, c) in counters.iter_mut().enumerate().skip(level + 1) {
            *c = levels.get(i).map(|l| l.start.saturating_sub(1)).unwrap_or(0);
        }
        let mut label = def.text.clone();
        for (i, l) in levels.iter().enumerate().take(level + 1) {
            label = label.replace(&format!("%{}", i + 1), &format_number(counters[i].max(1), &l.format));
        }
        Some(label)
    }
}

fn format_number(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" => crate::model::letters(n),
        "upperLetter" => crate::model::letters(n).to_uppercase(),
        "lowerRoman" => crate::format::roman(n).to_lowercase(),
        "upperRoman" => crate::format::roman(n),
        _ => n.to_string(),
    }
}
