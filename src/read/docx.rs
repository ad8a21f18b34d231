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
//! Bounded (`crate::limits`): each part is unzipped up to a budget (a zip bomb is refused),
//! and namespace declarations, XML nodes, nesting and numbering labels are counted; the
//! document is walked once, whatever its nesting.

use super::ReadError;
use crate::limits::{DOCX_PART_BYTES, LABEL_CHARS, XML_DEPTH, XML_NAMESPACES, XML_NODES};
use crate::model::{Document, Location};
use std::collections::HashSet;
use std::io::Read;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RESAVE: &str = "the file is not like one Word or LibreOffice writes; open it in Word and save it again";

fn part(zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>, name: &str) -> Result<Option<String>, ReadError> {
    let Ok(file) = zip.by_name(name) else { return Ok(None) };
    let limit = DOCX_PART_BYTES.limit;
    let mut buf = Vec::new();
    file.take(limit + 1).read_to_end(&mut buf).map_err(|e| ReadError::new(format!("the DOCX package is damaged: {e}")))?;
    if buf.len() as u64 > limit {
        return Err(
            ReadError::budget(&format!("`{name}`"), &DOCX_PART_BYTES, None).hint("the file may be a zip bomb; open and re-save it in Word")
        );
    }
    String::from_utf8(buf).map(Some).map_err(|_| ReadError::new(format!("`{name}` is not UTF-8 XML")))
}

/// Parses one XML part within the budgets: namespace declarations are counted before
/// roxmltree resolves them (its resolution is quadratic in their number), and nodes are
/// bounded by the parser itself.
fn parse<'a>(name: &str, xml: &'a str) -> Result<roxmltree::Document<'a>, ReadError> {
    let namespaces = xml.matches("xmlns").count() as u64;
    if namespaces > XML_NAMESPACES.limit {
        return Err(ReadError::budget(&format!("`{name}`"), &XML_NAMESPACES, Some(namespaces)).hint(RESAVE));
    }
    let options = roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: XML_NODES.limit as u32, ..Default::default() };
    roxmltree::Document::parse_with_options(xml, options).map_err(|e| match e {
        roxmltree::Error::NodesLimitReached => ReadError::budget(&format!("`{name}`"), &XML_NODES, None).hint(RESAVE),
        e => ReadError::new(format!("`{name}` is not well-formed XML ({e})")).hint("open and re-save it in Word or LibreOffice"),
    })
}

pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
        ReadError::new(format!("the file is not a valid DOCX package ({e})")).hint("open and re-save it in Word or LibreOffice")
    })?;
    let xml = part(&mut zip, "word/document.xml")?.ok_or_else(|| {
        ReadError::new("the zip file has no `word/document.xml`: it is not a Word document").hint("save the draft as .docx")
    })?;
    let heading_styles = match part(&mut zip, "word/styles.xml")? {
        Some(styles) => heading_styles(&parse("word/styles.xml", &styles)?),
        None => HashSet::new(),
    };
    let mut numbering = match part(&mut zip, "word/numbering.xml")? {
        Some(n) => Numbering::parse(&parse("word/numbering.xml", &n)?)?,
        None => Numbering::default(),
    };
    let doc = parse("word/document.xml", &xml)?;
    paragraphs(&doc, &heading_styles, &mut numbering).map(|(paras, cells)| {
        let (paras, cells) = at_line_breaks(paras, cells);
        super::document_in_columns(paras, &cells)
    })
}

/// A paragraph's lines, where Word breaks them (`w:br`), as lines of their own, in the same
/// paragraph and cell: a signature block's label in three languages, "UNTUK PEMERINTAH ..." /
/// "FOR THE ..." / "Voor het ...", is three lines, not one long one that labels nothing.
fn at_line_breaks(paras: Vec<Para>, cells: Vec<Cell>) -> (Vec<Para>, Vec<Cell>) {
    let mut out = (Vec::with_capacity(paras.len()), Vec::with_capacity(cells.len()));
    for ((text, heading, location), cell) in paras.into_iter().zip(cells) {
        if !text.contains('\n') {
            out.0.push((text, heading, location));
            out.1.push(cell);
            continue;
        }
        for line in text.split('\n').filter(|l| !l.trim().is_empty()) {
            out.0.push((line.to_string(), heading, location));
            out.1.push(cell);
        }
    }
    out
}

/// A paragraph read: its text, whether it is a heading, where it starts.
type Para = (String, bool, Location);

/// The table and column a paragraph sits in, if any (`cell_of`).
type Cell = Option<(usize, usize)>;

/// Where a paragraph sits in a table: the table (a node id) and the column of its cell.
fn cell_of(p: roxmltree::Node) -> Option<(usize, usize)> {
    let cell = p.ancestors().skip(1).find(|a| a.has_tag_name((W, "tc")))?;
    let table = cell.ancestors().find(|a| a.has_tag_name((W, "tbl")))?;
    let column = cell.prev_siblings().filter(|c| c.has_tag_name((W, "tc"))).count();
    Some((table.id().get() as usize, column))
}

/// A paragraph being read: its text so far, and its slot in document order.
struct Open {
    slot: usize,
    text: String,
}

/// Every paragraph in document order, in one walk of the tree: text goes to the innermost
/// open paragraph (a text box's paragraphs sit inside another paragraph), and a paragraph
/// keeps the place where it starts.
fn paragraphs(
    doc: &roxmltree::Document,
    heading_styles: &HashSet<String>,
    numbering: &mut Numbering,
) -> Result<(Vec<Para>, Vec<Cell>), ReadError> {
    let mut paras: Vec<Para> = Vec::new();
    let mut cells: Vec<Cell> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut depth = 0u64;
    let root = doc.root();
    // Pre-order with explicit steps (first child, next sibling, parent): no recursion and
    // no stack of pending nodes, whatever the depth.
    let mut node = root.first_child();
    while let Some(n) = node {
        if n.is_element() {
            depth += 1;
            if depth > XML_DEPTH.limit {
                return Err(ReadError::budget("`word/document.xml`", &XML_DEPTH, None).hint(RESAVE));
            }
            if n.has_tag_name((W, "p")) {
                super::count_paragraph(paras.len() + 1)?;
                let heading = is_heading(n, heading_styles);
                let location = Location { paragraph: Some(paras.len() as u32 + 1), ..Default::default() };
                let label = label(n, numbering)?;
                open.push(Open { slot: paras.len(), text: label.map(|l| l + " ").unwrap_or_default() });
                paras.push((String::new(), heading, location));
                cells.push(cell_of(n));
            } else if let Some(p) = open.last_mut() {
                if n.has_tag_name((W, "t")) {
                    // Tracked deletions use `w:delText`, so they are skipped here.
                    p.text.push_str(n.text().unwrap_or_default());
                } else if n.has_tag_name((W, "br")) && n.attribute((W, "type")).is_none_or(|t| t == "textWrapping") {
                    // A line break (not a page or column break): `at_line_breaks`.
                    p.text.push('\n');
                } else if n.has_tag_name((W, "tab")) || n.has_tag_name((W, "br")) {
                    p.text.push(' ');
                }
            }
            if let Some(child) = n.first_child() {
                node = Some(child);
                continue;
            }
        }
        // `n` has no children left to visit: close it and its ancestors until one has a
        // next sibling.
        let mut done = n;
        loop {
            if done.is_element() {
                depth -= 1;
                if done.has_tag_name((W, "p")) {
                    if let Some(p) = open.pop() {
                        paras[p.slot].0 = p.text;
                    }
                }
            }
            if let Some(next) = done.next_sibling() {
                node = Some(next);
                break;
            }
            match done.parent() {
                Some(parent) if parent != root => done = parent,
                _ => {
                    node = None;
                    break;
                }
            }
        }
    }
    Ok((paras, cells))
}

/// Whether a paragraph is a heading: by its style or an outline level.
fn is_heading(p: roxmltree::Node, heading_styles: &HashSet<String>) -> bool {
    let ppr = p.children().find(|n| n.has_tag_name((W, "pPr")));
    let style =
        ppr.and_then(|pp| pp.children().find(|n| n.has_tag_name((W, "pStyle")))).and_then(|s| s.attribute((W, "val"))).unwrap_or_default();
    let outline = ppr.and_then(|pp| pp.children().find(|n| n.has_tag_name((W, "outlineLvl")))).is_some();
    outline || heading_styles.contains(style) || is_heading_name(style)
}

/// The numbering label Word draws before a paragraph, if it has one.
fn label(p: roxmltree::Node, numbering: &mut Numbering) -> Result<Option<String>, ReadError> {
    let ppr = p.children().find(|n| n.has_tag_name((W, "pPr")));
    let Some(num) = ppr.and_then(|pp| pp.children().find(|n| n.has_tag_name((W, "numPr")))) else { return Ok(None) };
    let val = |tag: &str| {
        num.children().find(|n| n.has_tag_name((W, tag))).and_then(|n| n.attribute((W, "val"))).and_then(|v| v.parse::<u32>().ok())
    };
    match (val("numId"), val("ilvl").unwrap_or(0)) {
        (Some(id), level) => Ok(numbering.next(id, level)),
        _ => Ok(None),
    }
}

fn is_heading_name(name: &str) -> bool {
    let n = name.to_lowercase().replace(' ', "");
    n.starts_with("heading") || n.starts_with("judul") || n == "title" || n.starts_with("berkas")
}

/// Ids of the styles that are headings: by name, or with an outline level.
fn heading_styles(doc: &roxmltree::Document) -> HashSet<String> {
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
    fn parse(doc: &roxmltree::Document) -> Result<Numbering, ReadError> {
        let attr = |n: roxmltree::Node, tag: &str| {
            n.children().find(|c| c.has_tag_name((W, tag))).and_then(|c| c.attribute((W, "val"))).map(str::to_string)
        };
        let mut abstracts = std::collections::HashMap::new();
        for a in doc.descendants().filter(|n| n.has_tag_name((W, "abstractNum"))) {
            let Some(id) = a.attribute((W, "abstractNumId")).and_then(|v| v.parse::<u32>().ok()) else { continue };
            let mut levels = vec![LevelDef::default(); 9];
            for l in a.children().filter(|n| n.has_tag_name((W, "lvl"))) {
                let Some(i) = l.attribute((W, "ilvl")).and_then(|v| v.parse::<usize>().ok()).filter(|i| *i < 9) else { continue };
                let text = attr(l, "lvlText").unwrap_or_default();
                let chars = text.chars().count() as u64;
                if chars > LABEL_CHARS.limit {
                    return Err(ReadError::budget("a list level in `word/numbering.xml`", &LABEL_CHARS, Some(chars)).hint(RESAVE));
                }
                levels[i] = LevelDef {
                    start: attr(l, "start").and_then(|v| v.parse().ok()).unwrap_or(1),
                    format: attr(l, "numFmt").unwrap_or_else(|| "decimal".into()),
                    text,
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
        Ok(Numbering { lists, counters: Default::default() })
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
        counters[level] = counters[level].saturating_add(1);
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

/// A number in a list's format; numbers beyond what the format can write sensibly (Roman
/// numerals above 3999) are written in digits, so a label stays short whatever its start.
fn format_number(n: u32, format: &str) -> String {
    match format {
        "lowerRoman" | "upperRoman" if n > 3999 => n.to_string(),
        "lowerLetter" => crate::model::letters(n),
        "upperLetter" => crate::model::letters(n).to_uppercase(),
        "lowerRoman" => crate::format::roman(n).to_lowercase(),
        "upperRoman" => crate::format::roman(n),
        _ => n.to_string(),
    }
}
