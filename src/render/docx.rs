//! The DOCX renderer: the document model as WordprocessingML, through docx-rs.
//!
//! Real styles (Title, Heading 1-2, body, list numbering) so that Word's navigation pane
//! and spelling work; A4; page numbers in the footer. docx-rs has no API for two things
//! this renderer needs, so it post-processes the XML it builds, with explicit markers:
//! a repeated table header row (`w:tblHeader`) and the language of a character style
//! (`w:lang`).

use super::{Layout, Options};
use crate::model::{item_label, Block, Document, ItemKind, Lang, Orientation, ParaStyle, Table as ModelTable, Text};
use docx_rs::*;
use std::collections::HashMap;

/// A header row is marked with this exact minimum height (in twips) and the marker is
/// replaced by `<w:tblHeader/>` after the XML is built. One twip "at least" is harmless if
/// the replacement ever failed.
const HEADER_ROW_MARKER: &str = r#"<w:trHeight w:val="1" w:hRule="atLeast" />"#;

const FONT: &str = "Arial";
const BODY_SIZE: usize = 22; // half-points: 11 pt

fn mm(v: f32) -> i32 {
    (v * 56.692_9).round() as i32
}

/// A4 in twips, portrait.
const A4: (u32, u32) = (11_906, 16_838);

fn lang_style(lang: &Lang) -> String {
    format!("Lang{}", lang.code().to_uppercase())
}

/// `w:lang` value of a language code.
fn locale(lang: &Lang) -> String {
    match lang.code() {
        "id" => "id-ID".into(),
        "en" => "en-GB".into(),
        "ko" => "ko-KR".into(),
        "ja" => "ja-JP".into(),
        "zh" => "zh-CN".into(),
        other => other.into(),
    }
}

/// Renders a document as a DOCX package.
pub fn render(doc: &Document, opts: &Options) -> Result<Vec<u8>, String> {
    let mut r = Renderer { doc, numbering: HashMap::new(), next_num: 10 };
    let columns = opts.layout == Layout::Columns && !doc.sequential_only && doc.languages.len() > 1;
    // Three languages side by side need the width of a landscape page.
    let landscape = doc.orientation == Orientation::Landscape || (columns && doc.languages.len() > 2);
    let (w, h) = if landscape { (A4.1, A4.0) } else { A4 };
    let margin = mm(20.0);
    let text_width = w as i32 - 2 * margin;
    let mut docx = Docx::new()
        .page_size(w, h)
        .page_margin(PageMargin::new().top(margin).bottom(margin).left(margin + mm(5.0)).right(margin - mm(5.0)).footer(mm(10.0)))
        .default_fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT).east_asia(FONT))
        .default_size(BODY_SIZE)
        .footer(Footer::new().add_paragraph(
            Paragraph::new().align(AlignmentType::Center).size(18).add_run(Run::new().add_text("")).add_page_num(PageNum::new()).add_run(Run::new().add_text(" / ")).add_num_pages(NumPages::new()),
        ));
    if landscape {
        docx = docx.page_orient(PageOrientationType::Landscape);
    }
    docx = styles(docx, &doc.languages);

    let text_width = (text_width - mm(5.0) + mm(5.0)) as usize;
    let mut body: Vec<DocumentChild> = Vec::new();
    if columns {
        r.columns(&mut body, text_width);
    } else {
        for (i, lang) in doc.languages.iter().enumerate() {
            if i > 0 {
                body.push(DocumentChild::Paragraph(Box::new(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)))));
            }
            r.single(&mut body, lang, text_width);
        }
    }
    for child in body {
        docx = match child {
            DocumentChild::Paragraph(p) => docx.add_paragraph(*p),
            DocumentChild::Table(t) => docx.add_table(*t),
            _ => docx,
        };
    }
    let mut nums: Vec<(usize, usize)> = r.numbering.values().flatten().copied().collect();
    nums.sort();
    // Each list gets an abstract numbering of its own: LibreOffice counts all lists that
    // share one together, whatever their `w:num` and start overrides say.
    for (num, kind) in nums {
        docx = docx.add_abstract_numbering(abstract_numbering(num, kind)).add_numbering(Numbering::new(num, num).add_override(LevelOverride::new(0).start(1)));
    }
    docx = docx.created_at("2000-01-01T00:00:00Z").updated_at("2000-01-01T00:00:00Z");
    let mut xml = docx.build();
    let document = String::from_utf8(xml.document).map_err(|e| e.to_string())?;
    xml.document = document.replace(HEADER_ROW_MARKER, "<w:tblHeader />").into_bytes();
    let styles = String::from_utf8(xml.styles).map_err(|e| e.to_string())?;
    xml.styles = add_style_languages(&styles, &doc.languages).into_bytes();
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|e| format!("cannot write the DOCX package: {e}"))?;
    Ok(out.into_inner())
}

/// Puts `w:lang` into the run properties of each language's character style.
fn add_style_languages(styles: &str, langs: &[Lang]) -> String {
    let mut out = styles.to_string();
    for lang in langs {
        let marker = format!(r#"<w:style w:type="character" w:styleId="{}">"#, lang_style(lang));
        if let Some(start) = out.find(&marker) {
            if let Some(rel) = out[start..].find("<w:rPr>") {
                let at = start + rel + "<w:rPr>".len();
                let l = locale(lang);
                out.insert_str(at, &format!(r#"<w:lang w:val="{l}" w:eastAsia="{l}" />"#));
            }
        }
    }
    out
}

/// The East Asian font of a language (Debian's `fonts-noto-cjk` provides them).
fn east_asian_font(lang: &Lang) -> Option<&'static str> {
    match lang.code() {
        "ko" => Some("Noto Serif CJK KR"),
        "ja" => Some("Noto Serif CJK JP"),
        "zh" => Some("Noto Serif CJK SC"),
        _ => None,
    }
}

fn styles(docx: Docx, langs: &[Lang]) -> Docx {
    let spacing = |before: u32, after: u32| LineSpacing::new().before(before).after(after);
    let mut docx = docx
        .add_style(Style::new("Normal", StyleType::Paragraph).name("Normal").size(BODY_SIZE).line_spacing(spacing(0, 120)))
        .add_style(
            Style::new("Title", StyleType::Paragraph).name("Title").based_on("Normal").bold().size(28).align(AlignmentType::Center).line_spacing(spacing(0, 60)),
        )
        .add_style(
            Style::new("Subtitle", StyleType::Paragraph).name("Subtitle").based_on("Normal").bold().size(BODY_SIZE).align(AlignmentType::Center).line_spacing(spacing(0, 120)),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph).name("heading 1").based_on("Normal").bold().size(BODY_SIZE).align(AlignmentType::Center).outline_lvl(0).line_spacing(spacing(240, 120)),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph).name("heading 2").based_on("Normal").bold().size(BODY_SIZE).outline_lvl(1).line_spacing(spacing(180, 60)),
        )
        .add_style(Style::new("BodyText", StyleType::Paragraph).name("Body Text").based_on("Normal").align(AlignmentType::Both))
        .add_style(
            Style::new("ListParagraph", StyleType::Paragraph).name("List Paragraph").based_on("BodyText").align(AlignmentType::Left),
        )
        .add_style(Style::new("Letterhead", StyleType::Paragraph).name("Letterhead").based_on("Normal").bold().align(AlignmentType::Center).line_spacing(spacing(0, 0)))
        .add_style(Style::new("TableText", StyleType::Paragraph).name("Table Text").based_on("Normal").size(16).line_spacing(spacing(0, 40)))
        .add_style(Style::new("Signature", StyleType::Paragraph).name("Signature").based_on("Normal").align(AlignmentType::Center).line_spacing(spacing(0, 0)));
    for lang in langs {
        let fonts = match east_asian_font(lang) {
            Some(cjk) => RunFonts::new().ascii(FONT).hi_ansi(FONT).east_asia(cjk).hint("eastAsia"),
            None => RunFonts::new().ascii(FONT).hi_ansi(FONT),
        };
        docx = docx.add_style(Style::new(&lang_style(lang), StyleType::Character).name(format!("Text {}", lang.code())).fonts(fonts));
    }
    docx
}

const ABS_NUMBERED: usize = 2;
const ABS_LETTERED: usize = 3;
const ABS_DECIMAL: usize = 4;

/// The abstract numbering of list `id` of a kind (`ABS_*`). docx-rs writes its own
/// numbering with id 1, so ours start at 10.
fn abstract_numbering(id: usize, kind: usize) -> AbstractNumbering {
    let (fmt, text, left) = match kind {
        ABS_NUMBERED => ("decimal", "(%1)", mm(7.0)),
        ABS_LETTERED => ("lowerLetter", "%1.", mm(14.0)),
        _ => ("decimal", "%1.", mm(7.0)),
    };
    let level = Level::new(0, Start::new(1), NumberFormat::new(fmt), LevelText::new(text), LevelJc::new("left"))
        .indent(Some(left), Some(SpecialIndentType::Hanging(mm(7.0))), None, None);
    AbstractNumbering::new(id).add_level(level)
}

struct Renderer<'a> {
    doc: &'a Document,
    /// Numbering instances per (list kind, language): one instance per list, so that
    /// lists restart and the two columns of one row do not count together.
    numbering: HashMap<(u8, String), Vec<(usize, usize)>>,
    next_num: usize,
}

fn run(text: &str, lang: &Lang) -> Run {
    let mut run = Run::new().style(&lang_style(lang));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

impl Renderer<'_> {
    fn num_id(&mut self, kind: ItemKind, number: u32, lang: &Lang) -> usize {
        let (key, abs) = match kind {
            ItemKind::Numbered => (0, ABS_NUMBERED),
            ItemKind::Lettered => (1, ABS_LETTERED),
            ItemKind::Decimal => (2, ABS_DECIMAL),
        };
        let list = self.numbering.entry((key, lang.code().to_string())).or_default();
        if number == 1 || list.is_empty() {
            list.push((self.next_num, abs));
            self.next_num += 1;
        }
        list.last().map(|(n, _)| *n).unwrap_or(1)
    }

    /// The paragraphs of one flow block in one language.
    fn paragraphs(&mut self, block: &Block, lang: &Lang) -> Vec<Paragraph> {
        let get = |t: &Text| t.get(lang).unwrap_or_default().to_string();
        match block {
            Block::Title(t) => vec![Paragraph::new().style("Title").add_run(run(&get(t), lang))],
            Block::Subtitle(t) => vec![Paragraph::new().style("Subtitle").add_run(run(&get(t), lang))],
            Block::Heading { level, text, .. } => {
                let style = if *level <= 1 { "Heading1" } else { "Heading2" };
                vec![Paragraph::new().style(style).keep_next(true).add_run(run(&get(text), lang))]
            }
            Block::Article { number, title, .. } => {
                let label = crate::model::article_label(lang, *number);
                let title = get(title);
                let text = if title.is_empty() { label } else { format!("{label}\n{}", title.to_uppercase()) };
                vec![Paragraph::new().style("Heading1").keep_next(true).add_run(run(&text, lang))]
            }
            Block::Para { style, text } => {
                let p = Paragraph::new().style("BodyText");
                let p = match style {
                    ParaStyle::Body => p,
                    ParaStyle::Center => p.align(AlignmentType::Center),
                    ParaStyle::Right => p.align(AlignmentType::Right),
                    ParaStyle::Bold => p.align(AlignmentType::Left),
                    ParaStyle::Recital => p.indent(Some(mm(7.0)), None, None, None),
                    ParaStyle::Indent => p.indent(Some(mm(7.0)), None, None, None),
                };
                let r = run(&get(text), lang);
                let r = if *style == ParaStyle::Bold { r.bold() } else { r };
                vec![p.add_run(r)]
            }
            Block::Item { kind, number, text } => {
                let id = self.num_id(*kind, *number, lang);
                vec![Paragraph::new().style("ListParagraph").numbering(NumberingId::new(id), IndentLevel::new(0)).add_run(run(&get(text), lang))]
            }
            Block::Letterhead(t) => {
                let text = get(t);
                let lines: Vec<&str> = text.split('\n').collect();
                let n = lines.len();
                lines
                    .iter()
                    .enumerate()
                    .map(|(i, line)| {
                        let size = if i == 0 { 28 } else if i == 1 { 24 } else { 18 };
                        let r = Run::new().style(&lang_style(lang)).add_text(*line).size(size);
                        let r = if i < 2 { r.bold() } else { r };
                        let p = Paragraph::new().style("Letterhead").add_run(r);
                        if i + 1 == n {
                            p.set_borders(ParagraphBorders::with_empty().set(ParagraphBorder::new(ParagraphBorderPosition::Bottom).val(BorderType::Double).size(12).space(4)))
                                .line_spacing(LineSpacing::new().after(240))
                        } else {
                            p
                        }
                    })
                    .collect()
            }
            Block::Marker(_) | Block::PageBreak | Block::Table(_) | Block::Signatures(_) => Vec::new(),
        }
    }

    /// Blocks that span the whole width whatever the layout.
    fn wide(&mut self, block: &Block, langs: &[Lang], width: usize) -> Option<DocumentChild> {
        match block {
            Block::Table(t) => Some(DocumentChild::Table(Box::new(self.table(t, langs, width)))),
            Block::Signatures(s) => Some(DocumentChild::Table(Box::new(signatures(s, langs, width)))),
            Block::PageBreak => {
                Some(DocumentChild::Paragraph(Box::new(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)))))
            }
            _ => None,
        }
    }

    /// The whole document in one language.
    fn single(&mut self, out: &mut Vec<DocumentChild>, lang: &Lang, width: usize) {
        let langs = std::slice::from_ref(lang);
        for block in &self.doc.blocks {
            if let Some(child) = self.wide(block, langs, width) {
                out.push(child);
                continue;
            }
            for p in self.paragraphs(block, lang) {
                out.push(DocumentChild::Paragraph(Box::new(p)));
            }
        }
    }

    /// Flow blocks in a borderless table, one row per block, one column per language.
    fn columns(&mut self, out: &mut Vec<DocumentChild>, width: usize) {
        let langs = self.doc.languages.clone();
        let gap = mm(4.0) as usize;
        let col = (width - gap * (langs.len() - 1)) / langs.len();
        let mut rows: Vec<TableRow> = Vec::new();
        let flush = |rows: &mut Vec<TableRow>, out: &mut Vec<DocumentChild>| {
            if !rows.is_empty() {
                let grid = vec![col + gap / 2; langs.len()];
                let t = Table::without_borders(std::mem::take(rows)).set_grid(grid).layout(TableLayoutType::Fixed).width(width, WidthType::Dxa);
                out.push(DocumentChild::Table(Box::new(t)));
                out.push(DocumentChild::Paragraph(Box::new(Paragraph::new())));
            }
        };
        for block in &self.doc.blocks {
            if let Some(child) = self.wide(block, &langs, width) {
                flush(&mut rows, out);
                out.push(child);
                continue;
            }
            if matches!(block, Block::Marker(_)) {
                continue;
            }
            let cells: Vec<TableCell> = langs
                .iter()
                .map(|lang| {
                    let mut cell = TableCell::new().width(col + gap / 2, WidthType::Dxa);
                    for p in self.paragraphs(block, lang) {
                        cell = cell.add_paragraph(p);
                    }
                    cell
                })
                .collect();
            rows.push(TableRow::new(cells));
        }
        flush(&mut rows, out);
    }

    fn table(&mut self, t: &ModelTable, langs: &[Lang], width: usize) -> Table {
        let total: u32 = t.widths.iter().sum::<u32>().max(1);
        let grid: Vec<usize> = t.widths.iter().map(|w| width * *w as usize / total as usize).collect();
        let rows = t
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let header = i < t.header_rows;
                let cells = row
                    .iter()
                    .enumerate()
                    .map(|(c, text)| {
                        let mut cell = TableCell::new().width(grid.get(c).copied().unwrap_or(0), WidthType::Dxa);
                        if header {
                            cell = cell.shading(Shading::new().fill("D9E2F3"));
                        }
                        for p in stacked(text, langs, header, t.bordered) {
                            cell = cell.add_paragraph(p);
                        }
                        cell
                    })
                    .collect();
                // Data rows may break across pages: a bilingual activity row can be taller
                // than what is left of a page, and keeping it whole leaves half-empty pages.
                let row = TableRow::new(cells);
                if header {
                    row.row_height(1.0).height_rule(HeightRule::AtLeast)
                } else {
                    row
                }
            })
            .collect();
        let table = Table::new(rows).set_grid(grid).layout(TableLayoutType::Fixed).width(width, WidthType::Dxa);
        if t.bordered {
            table
        } else {
            table.set_borders(TableBorders::with_empty())
        }
    }
}

/// A cell's text in every language, one under the other; later languages in italics,
/// and a text equal to the one before it is not repeated.
fn stacked(text: &Text, langs: &[Lang], bold: bool, small: bool) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut previous: Option<&str> = None;
    for (i, lang) in langs.iter().enumerate() {
        let s = text.get(lang).unwrap_or_default();
        if previous == Some(s) {
            continue;
        }
        previous = Some(s);
        let mut r = run(s, lang);
        if bold {
            r = r.bold();
        }
        if i > 0 {
            r = r.italic();
        }
        let p = Paragraph::new().style(if small { "TableText" } else { "Normal" });
        out.push(p.add_run(r));
    }
    out
}

/// Signature blocks side by side; in several languages each line shows once per language.
fn signatures(parties: &[Text], langs: &[Lang], width: usize) -> Table {
    let n = parties.len().max(1);
    let col = width / n;
    let cells = parties
        .iter()
        .map(|party| {
            // The empty first line keeps the signatures clear of the text above them.
            let mut cell = TableCell::new().width(col, WidthType::Dxa).add_paragraph(Paragraph::new().style("Signature"));
            let per_lang: Vec<Vec<&str>> = langs.iter().map(|l| party.get(l).unwrap_or_default().split('\n').collect()).collect();
            let lines = per_lang.iter().map(Vec::len).max().unwrap_or(0);
            for i in 0..lines {
                let mut p = Paragraph::new().style("Signature");
                let mut previous: Option<&str> = None;
                for (li, lang) in langs.iter().enumerate() {
                    let s = per_lang[li].get(i).copied().unwrap_or_default();
                    if previous == Some(s) {
                        continue;
                    }
                    if previous.is_some() {
                        p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
                    }
                    previous = Some(s);
                    let r = Run::new().style(&lang_style(lang)).add_text(s);
                    p = p.add_run(if li > 0 { r.italic() } else { r.bold() });
                }
                cell = cell.add_paragraph(p);
            }
            cell
        })
        .collect();
    Table::without_borders(vec![TableRow::new(cells).cant_split()]).set_grid(vec![col; n]).layout(TableLayoutType::Fixed).width(width, WidthType::Dxa)
}

/// Item labels as text, for renderers and readers that cannot use Word numbering.
pub fn label(kind: ItemKind, number: u32) -> String {
    item_label(kind, number)
}
