//! The small line markup that templates and clauses render to, and its parser into the
//! document model.
//!
//! A document template renders to lines. `::name key=value` starts a block; `id| text`,
//! `en| text` (or `*| text` for every language) give its text, and several lines of one
//! language become line breaks. Since every text line starts with a language tag and the
//! escape function turns newlines inside values into spaces, no value can start a block.
//!
//! Clause bodies use a lighter markup, one per language: blank lines separate paragraphs,
//! `+ ` starts a numbered paragraph (ayat) and `- ` a lettered point.

use crate::model::{Block, ItemKind, Lang, ParaStyle, SectionId, Table, Text};

/// A block as the template wrote it, before clauses are expanded.
#[derive(Debug)]
pub struct Directive {
    pub name: String,
    pub args: Vec<(String, String)>,
    pub line: usize,
    pub text: Vec<(String, String)>,
}

impl Directive {
    pub fn arg(&self, key: &str) -> Option<&str> {
        self.args.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
    pub fn flag(&self, key: &str) -> bool {
        self.args.iter().any(|(k, _)| k == key)
    }
}

/// Splits rendered template output into directives.
pub fn directives(src: &str) -> Result<Vec<Directive>, String> {
    let mut out: Vec<Directive> = Vec::new();
    for (i, raw) in src.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("::") {
            let mut words = rest.split_whitespace();
            let name = words.next().unwrap_or_default().to_string();
            let args = words
                .map(|w| match w.split_once('=') {
                    Some((k, v)) => (k.to_string(), v.to_string()),
                    None => (w.to_string(), String::new()),
                })
                .collect();
            out.push(Directive { name, args, line: i + 1, text: Vec::new() });
        } else if let Some((lang, text)) = line.split_once('|') {
            let lang = lang.trim();
            if !lang.chars().all(|c| c.is_ascii_lowercase() || c == '*') || lang.is_empty() {
                return Err(format!("output line {}: expected `::block` or `lang| text`, found `{line}`", i + 1));
            }
            let Some(current) = out.last_mut() else {
                return Err(format!("output line {}: text before the first `::block`", i + 1));
            };
            current.text.push((lang.to_string(), text.trim().to_string()));
        } else {
            return Err(format!("output line {}: expected `::block` or `lang| text`, found `{line}`", i + 1));
        }
    }
    Ok(out)
}

/// The text of a directive in each language; several lines join with a line break.
pub fn text_of(d: &Directive, langs: &[Lang]) -> Text {
    Text(
        langs
            .iter()
            .map(|l| {
                let lines: Vec<&str> = d.text.iter().filter(|(k, _)| k == l.code() || k == "*").map(|(_, t)| t.as_str()).collect();
                (l.clone(), lines.join("\n"))
            })
            .collect(),
    )
}

/// One block of a clause body in one language.
#[derive(Debug, PartialEq)]
pub enum BodyBlock {
    Para(String),
    Item(ItemKind, String),
}

/// Parses a clause body: paragraphs, `+ ` numbered paragraphs, `- ` lettered points.
pub fn body(src: &str) -> Vec<BodyBlock> {
    let mut out = Vec::new();
    let mut open: Option<BodyBlock> = None;
    for raw in src.lines() {
        let line = raw.trim();
        if line.is_empty() {
            out.extend(open.take());
            continue;
        }
        let started = if let Some(rest) = line.strip_prefix("+ ") {
            Some(BodyBlock::Item(ItemKind::Numbered, rest.trim().to_string()))
        } else {
            line.strip_prefix("- ").map(|rest| BodyBlock::Item(ItemKind::Lettered, rest.trim().to_string()))
        };
        match (started, &mut open) {
            (Some(block), _) => {
                out.extend(open.take());
                open = Some(block);
            }
            (None, Some(BodyBlock::Para(s) | BodyBlock::Item(_, s))) => {
                s.push(' ');
                s.push_str(line);
            }
            (None, None) => open = Some(BodyBlock::Para(line.to_string())),
        }
    }
    out.extend(open);
    out
}

/// Numbers list items: numbered paragraphs restart at every article, lettered points at
/// every paragraph or numbered paragraph, decimal items at every other block.
pub fn number_items(blocks: &mut [Block]) {
    let (mut numbered, mut lettered, mut decimal) = (0, 0, 0);
    for block in blocks {
        match block {
            Block::Item { kind, number, .. } => {
                let counter = match kind {
                    ItemKind::Numbered => {
                        lettered = 0;
                        &mut numbered
                    }
                    ItemKind::Lettered => &mut lettered,
                    ItemKind::Decimal => &mut decimal,
                };
                *counter += 1;
                *number = *counter;
                if *kind != ItemKind::Decimal {
                    decimal = 0;
                }
            }
            Block::Para { .. } => {
                lettered = 0;
                decimal = 0;
            }
            _ => {
                numbered = 0;
                lettered = 0;
                decimal = 0;
            }
        }
    }
}

/// Parses `style=...` of a paragraph.
pub fn para_style(d: &Directive) -> Result<ParaStyle, String> {
    Ok(match d.arg("style").unwrap_or("body") {
        "body" => ParaStyle::Body,
        "center" => ParaStyle::Center,
        "right" => ParaStyle::Right,
        "bold" => ParaStyle::Bold,
        "recital" => ParaStyle::Recital,
        "indent" => ParaStyle::Indent,
        "alert" => ParaStyle::Alert,
        other => return Err(format!("unknown paragraph style `{other}`")),
    })
}

/// Parses `sections=a,b`.
pub fn sections(d: &Directive) -> Result<Vec<SectionId>, String> {
    match d.arg("sections").or_else(|| d.arg("section")) {
        None => Ok(Vec::new()),
        Some(list) => list.split(',').map(|s| SectionId::from_slug(s).ok_or_else(|| format!("unknown section `{s}`"))).collect(),
    }
}

/// A new table from `::table widths=10,20 bordered header=1`.
pub fn table(d: &Directive) -> Result<Table, String> {
    let widths = d
        .arg("widths")
        .unwrap_or("100")
        .split(',')
        .map(|w| w.parse::<u32>().map_err(|_| format!("bad column width `{w}`")))
        .collect::<Result<Vec<_>, _>>()?;
    let header_rows = d.arg("header").map(|h| h.parse().unwrap_or(0)).unwrap_or(0);
    Ok(Table { bordered: d.flag("bordered"), widths, header_rows, rows: Vec::new(), whole: Vec::new() })
}
