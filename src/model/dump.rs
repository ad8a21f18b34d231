//! A stable plain-text dump of a document, used by the golden tests and `--format text`.

use super::{Block, DocKind, Document, ParaStyle, Text};
use std::fmt::Write;

/// Writes one line per block (and per language), so that a diff shows what changed.
pub fn dump(doc: &Document) -> String {
    let mut out = String::new();
    let langs: Vec<&str> = doc.languages.iter().map(|l| l.code()).collect();
    let _ = writeln!(out, "document {} [{}] {:?}", doc.kind.map(DocKind::slug).unwrap_or("?"), langs.join(","), doc.orientation);

    for block in &doc.blocks {
        match block {
            Block::Title(t) => text(&mut out, "title", t),
            Block::Subtitle(t) => text(&mut out, "subtitle", t),
            Block::Heading { level, section, text: t } => {
                let tag = match section {
                    Some(s) => format!("heading{level} <{}>", s.slug()),
                    None => format!("heading{level}"),
                };
                text(&mut out, &tag, t)
            }
            Block::Article { number, sections, title } => {
                let s: Vec<&str> = sections.iter().map(|s| s.slug()).collect();
                text(&mut out, &format!("article {number} <{}>", s.join(",")), title)
            }
            Block::Para { style, text: t } => {
                let tag = match style {
                    ParaStyle::Body => "para".to_string(),
                    other => format!("para {other:?}").to_lowercase(),
                };
                text(&mut out, &tag, t)
            }
            Block::Item { kind, number, text: t } => {
                let tag = format!("item {}", super::item_label(*kind, *number));
                text(&mut out, &tag, t)
            }
            Block::Table(table) => {
                let _ = writeln!(out, "table bordered={} widths={:?} header_rows={}", table.bordered, table.widths, table.header_rows);
                for (r, row) in table.rows.iter().enumerate() {
                    for (c, cell) in row.iter().enumerate() {
                        text(&mut out, &format!("  cell {r}.{c}"), cell);
                    }
                }
            }
            Block::Signatures(parties) => {
                for (i, p) in parties.iter().enumerate() {
                    text(&mut out, &format!("signature {i}"), p);
                }
            }
            Block::Letterhead(t) => text(&mut out, "letterhead", t),

            Block::Marker(s) => {
                let s: Vec<&str> = s.iter().map(|s| s.slug()).collect();
                let _ = writeln!(out, "marker <{}>", s.join(","));
            }
            Block::PageBreak => out.push_str("pagebreak\n"),
        }
    }
    out
}

fn text(out: &mut String, tag: &str, t: &Text) {
    let _ = writeln!(out, "{tag}");
    for (lang, s) in &t.0 {
        let _ = writeln!(out, "  {}| {}", lang.code(), s.replace('\n', " / "));
    }
}
