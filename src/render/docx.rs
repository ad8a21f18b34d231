//! The DOCX renderer: the document model as WordprocessingML.
//!
//! docx-rs builds the package: styles (Title, Heading 1-2, Body Text, List Paragraph, one
//! character style per language), list numbering, the footer with "page X / Y", page size
//! and margins. The body is written here, as XML text, for two reasons measured on real
//! output: docx-rs builds about 16 µs of element tree per paragraph (a 1000-article MoU took
//! 200 ms, ten times our budget), and it has no API for a repeated table header row
//! (`w:tblHeader`) or a run's language (`w:lang`), which this writer emits directly. The body
//! replaces a marker paragraph of the docx-rs document.

use super::{Layout, Options};
use crate::model::{article_label_in, Block, Document, ItemKind, Keep, Lang, Orientation, ParaStyle, Table as ModelTable, Text};
use docx_rs::{
    AlignmentType, Docx, Footer, LineSpacing, NumPages, PageMargin, PageNum, PageOrientationType, Paragraph, Run, RunFonts, Style,
    StyleType,
};
use std::fmt::Write;

/// Text of the paragraph that the body replaces; a private-use character keeps it unique.
const BODY_MARKER: &str = "\u{E000}naskah-body\u{E000}";

fn mm(v: f32) -> i32 {
    (v * 56.692_9).round() as i32
}

/// English Metric Units per millimetre, for drawings.
const EMU_PER_MM: f32 = 36_000.0;

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

/// Whether a character belongs to the Korean, Japanese or Chinese scripts (or their
/// punctuation and full-width forms).
fn is_cjk_char(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x2E80..=0x2FDF | 0x3000..=0x303F | 0x3040..=0x30FF | 0x3130..=0x318F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
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

/// Renders a document as a DOCX package.
pub fn render(doc: &Document, opts: &Options) -> Result<Vec<u8>, String> {
    let columns = opts.layout == Layout::Columns && !doc.sequential_only && doc.languages.len() > 1;
    // A letter followed by its unofficial translation: each in a section of its own, its
    // pages numbered from 1, as the signed original has only the letter's.
    let parts = !columns && doc.languages.len() > 1 && doc.kind.is_some_and(|k| k.letter());
    // Three languages side by side need the width of a landscape page.
    let landscape = doc.orientation == Orientation::Landscape || (columns && doc.languages.len() > 2);
    let page = &opts.page;
    let portrait = (mm(page.paper_mm.0 as f32) as u32, mm(page.paper_mm.1 as f32) as u32);
    let (w, h) = if landscape { (portrait.1, portrait.0) } else { portrait };
    let [top, right, bottom, left] = page.margins_mm.map(|m| mm(m as f32));
    let text_width = (w as i32 - left - right) as usize;
    let size = (page.font_size * 2) as usize;

    let mut body = Body {
        out: String::with_capacity(doc.blocks.len() * 600),
        lists: Vec::new(),
        open: Vec::new(),
        lead_in: false,
        loose: false,
        emblem: opts.emblem.as_deref().map(|e| (mm(e.width_mm()), mm(crate::emblem::HEIGHT_MM))),
        size,
        text_height: (h as i32 - top - bottom).max(0) as usize,
        article_words: doc.article_words.clone(),
    };
    if columns {
        body.columns(doc, text_width);
    } else {
        for (i, lang) in doc.languages.iter().enumerate() {
            if i > 0 && parts {
                body.out.push_str(SECTION_BREAK);
            } else if i > 0 {
                body.page_break();
            }
            body.single(doc, lang, text_width);
        }
    }

    let font = page.font.as_str();
    let mut docx = Docx::new()
        .page_size(w, h)
        .page_margin(PageMargin::new().top(top).bottom(bottom).left(left).right(right).footer(mm(10.0)))
        .default_fonts(RunFonts::new().ascii(font).hi_ansi(font).cs(font).east_asia(font))
        .default_size(size)
        .footer(Footer::new().add_paragraph(if parts {
            // (The page alone: Word counts a section's pages, LibreOffice does not.)
            Paragraph::new().align(AlignmentType::Center).size(18).add_page_num(PageNum::new())
        } else {
            Paragraph::new()
                .align(AlignmentType::Center)
                .size(18)
                .add_page_num(PageNum::new())
                .add_run(Run::new().add_text(" / "))
                .add_num_pages(NumPages::new())
        }))
        // docx-rs relates the numbering part to the document only when a paragraph has
        // numbering, so the marker has some; the part's content is `numbering_xml`.
        .add_paragraph(
            Paragraph::new()
                .numbering(docx_rs::NumberingId::new(1), docx_rs::IndentLevel::new(0))
                .add_run(Run::new().add_text(BODY_MARKER)),
        )
        .created_at("2000-01-01T00:00:00Z")
        .updated_at("2000-01-01T00:00:00Z");
    if landscape {
        docx = docx.page_orient(PageOrientationType::Landscape);
    }
    docx = styles(docx, &doc.languages, page);
    let mut xml = docx.build();
    // docx-rs writes a default "Normal" style before ours: Word keeps the first of two
    // styles with one id, so the default one goes.
    let styles = String::from_utf8(xml.styles).map_err(|e| e.to_string())?;
    let normal = r#"<w:style w:type="paragraph" w:styleId="Normal">"#;
    xml.styles = match (styles.find(normal), styles.rfind(normal)) {
        (Some(first), Some(last)) if first != last => {
            let end = styles[first..].find("</w:style>").map(|e| first + e + "</w:style>".len()).unwrap_or(first);
            [&styles[..first], &styles[end..]].concat()
        }
        _ => styles,
    }
    .into_bytes();
    // The file's properties name the document and the program that wrote it, not "unknown"
    // (review 14, finding 21); the dates stay fixed, so that the same input gives the same bytes.
    let core = String::from_utf8(xml.doc_props.core).map_err(|e| e.to_string())?;
    xml.doc_props.core = core
        .replacen(
            "<dc:creator>unknown</dc:creator>",
            &format!("<dc:title>{}</dc:title><dc:creator>naskah</dc:creator>", esc(&doc.title)),
            1,
        )
        .replacen("<cp:lastModifiedBy>unknown</cp:lastModifiedBy>", "<cp:lastModifiedBy>naskah</cp:lastModifiedBy>", 1)
        .into_bytes();
    if let Some(emblem) = &opts.emblem {
        xml.media.push(("emblem".to_string(), emblem.png.clone()));
        let rels = String::from_utf8(xml.document_rels).map_err(|e| e.to_string())?;
        let rel = format!(
            r#"<Relationship Id="{EMBLEM_REL}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/emblem.png"/>"#
        );
        xml.document_rels = rels.replacen("</Relationships>", &format!("{rel}</Relationships>"), 1).into_bytes();
    }
    let document = String::from_utf8(xml.document).map_err(|e| e.to_string())?;
    let marker = document.find(BODY_MARKER).ok_or("the body marker is missing from the document")?;
    let start =
        document[..marker].rfind("<w:p ").or_else(|| document[..marker].rfind("<w:p>")).ok_or("no paragraph around the body marker")?;
    let end = document[marker..].find("</w:p>").map(|e| marker + e + "</w:p>".len()).ok_or("the body marker paragraph is not closed")?;
    let mut document = [&document[..start], body.out.as_str(), &document[end..]].concat();
    if parts {
        document = sections(&document)?;
    }
    xml.document = document.into_bytes();
    xml.numberings = numbering_xml(&body.lists).into_bytes();
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|e| format!("cannot write the DOCX package: {e}"))?;
    Ok(out.into_inner())
}

/// Where a letter's translation begins: replaced by a paragraph that closes the letter's
/// section (`sections`).
/// (Of no height, as `page_break`'s paragraph: a line at the foot of a full page would make
/// a page of its own.)
const SECTION_BREAK: &str =
    r#"<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><!--naskah:section--></w:pPr></w:p>"#;

/// The letter's section closed where its translation begins, with the page setup and footer
/// of the body's own section, and the translation's section numbered from 1.
fn sections(document: &str) -> Result<String, String> {
    let start = document.rfind("<w:sectPr").ok_or("the body has no section properties")?;
    let end =
        document[start..].find("</w:sectPr>").map(|e| start + e + "</w:sectPr>".len()).ok_or("the section properties are not closed")?;
    let last = &document[start..end];
    // (After the page margins, where the schema puts the page numbering.)
    let margins = last.find("<w:pgMar").and_then(|m| last[m..].find("/>").map(|e| m + e + 2)).ok_or("the section has no page margins")?;
    let numbered = format!(r#"{}<w:pgNumType w:start="1"/>{}"#, &last[..margins], &last[margins..]);
    let out = [&document[..start], numbered.as_str(), &document[end..]].concat();
    Ok(out.replacen("<!--naskah:section-->", last, 1))
}

/// The relationship of the emblem's image part.
const EMBLEM_REL: &str = "rIdEmblem";

fn styles(docx: Docx, langs: &[Lang], page: &crate::model::Page) -> Docx {
    let body_size = (page.font_size * 2) as usize;
    // Line spacing in 240ths of a line ("auto" rule): 240 is single.
    let line = (240 * page.line_spacing / 100) as i32;
    let spacing = |before: u32, after: u32| LineSpacing::new().before(before).after(after);
    let font = page.font.as_str();
    let mut docx = docx
        .add_style(
            Style::new("Normal", StyleType::Paragraph)
                .name("Normal")
                .size(body_size)
                .line_spacing(spacing(0, 120).line(line).line_rule(docx_rs::LineSpacingType::Auto)),
        )
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .bold()
                .size(body_size + 4)
                .align(AlignmentType::Center)
                .line_spacing(spacing(0, 60)),
        )
        .add_style(
            Style::new("Subtitle", StyleType::Paragraph)
                .name("Subtitle")
                .based_on("Normal")
                .bold()
                .size(body_size)
                .align(AlignmentType::Center)
                .line_spacing(spacing(0, 120)),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("heading 1")
                .based_on("Normal")
                .bold()
                .size(body_size)
                .align(AlignmentType::Center)
                .outline_lvl(0)
                .line_spacing(spacing(240, 120)),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("heading 2")
                .based_on("Normal")
                .bold()
                .size(body_size)
                .outline_lvl(1)
                .line_spacing(spacing(180, 60)),
        )
        .add_style(Style::new("BodyText", StyleType::Paragraph).name("Body Text").based_on("Normal").align(AlignmentType::Both))
        .add_style(Style::new("ListParagraph", StyleType::Paragraph).name("List Paragraph").based_on("Normal").align(AlignmentType::Left))
        .add_style(
            Style::new("Letterhead", StyleType::Paragraph)
                .name("Letterhead")
                .based_on("Normal")
                .align(AlignmentType::Center)
                .line_spacing(spacing(0, 0)),
        )
        .add_style(
            Style::new("TableText", StyleType::Paragraph)
                .name("Table Text")
                .based_on("Normal")
                .size(table_size(body_size))
                .line_spacing(spacing(0, 40).line(240).line_rule(docx_rs::LineSpacingType::Auto)),
        )
        // Text in a bordered table of nine columns or more (the action plan): a point
        // smaller, so that the longest Indonesian words ("antarmasyarakat") fit a column.
        .add_style(
            Style::new("TableTextWide", StyleType::Paragraph)
                .name("Table Text Wide")
                .based_on("Normal")
                .size(wide_table_size(body_size))
                .line_spacing(spacing(0, 40).line(240).line_rule(docx_rs::LineSpacingType::Auto)),
        )
        // Text in borderless tables (the letter's Nomor, Sifat, Lampiran, Hal): no space
        // between the rows, as in the PDF.
        .add_style(Style::new("TableCompact", StyleType::Paragraph).name("Table Compact").based_on("Normal").line_spacing(spacing(0, 0)))
        .add_style(
            Style::new("Signature", StyleType::Paragraph)
                .name("Signature")
                .based_on("Normal")
                .align(AlignmentType::Center)
                .line_spacing(spacing(0, 0)),
        );
    for lang in langs {
        let fonts = match east_asian_font(lang) {
            Some(cjk) => RunFonts::new().east_asia(cjk).hint("eastAsia"),
            None => RunFonts::new().ascii(font).hi_ansi(font),
        };
        docx = docx.add_style(Style::new(lang_style(lang), StyleType::Character).name(format!("Text {}", lang.code())).fonts(fonts));
    }
    docx
}

/// Text in bordered tables (the outputs, the action plan): three points under the body,
/// at least 8 pt, so that ten columns fit a landscape page.
fn table_size(body: usize) -> usize {
    body.saturating_sub(6).max(16)
}

/// Text in bordered tables of nine columns or more: four points under the body, at least
/// 7 pt (the PDF's rule is the same).
fn wide_table_size(body: usize) -> usize {
    body.saturating_sub(8).max(14)
}

/// A bordered table row's height in points, estimated from its text: each cell's lines at
/// half an em a character (Arial's average) in its width less the cell's margins, each
/// language a paragraph with 2 pt after it, a line 1.15 of the size (Word's single line);
/// the row is its tallest cell.
fn row_height(cells: &[Text], grid: &[usize], langs: &[Lang], points: f32) -> f32 {
    let line = points * 1.15;
    cells
        .iter()
        .zip(grid)
        .map(|(text, &width)| {
            let per_line = (((width.saturating_sub(170)) as f32 / 20.0) / (points * 0.5)).max(1.0);
            let mut previous = None;
            let mut height = 0.0;
            for lang in langs {
                let s = text.get(lang).unwrap_or_default();
                if previous == Some(s) {
                    continue;
                }
                previous = Some(s);
                let lines: f32 = s.split('\n').map(|l| (l.chars().count() as f32 / per_line).ceil().max(1.0)).sum();
                height += lines * line + 2.0;
            }
            height
        })
        .fold(0.0, f32::max)
        + 2.0
}

/// Columns from which a bordered table's text is set smaller.
const WIDE_TABLE: usize = 9;

const ABS_NUMBERED: usize = 0;
const ABS_LETTERED: usize = 1;
const ABS_DECIMAL: usize = 2;

/// `word/numbering.xml`: each list gets an abstract numbering of its own, because
/// LibreOffice counts together all lists that share one, whatever their `w:num` and start
/// overrides say. Written here rather than through docx-rs, whose builder copies the whole
/// document for every numbering added (seconds for a long MoU).
fn numbering_xml(lists: &[(usize, usize)]) -> String {
    let mut o = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    );
    for (id, kind) in lists {
        let (fmt, text, left) = match *kind {
            ABS_NUMBERED => ("decimal", "(%1)", mm(7.0)),
            ABS_LETTERED => ("lowerLetter", "%1.", mm(14.0)),
            _ => ("decimal", "%1.", mm(7.0)),
        };
        let hanging = mm(7.0);
        let _ = write!(
            o,
            r#"<w:abstractNum w:abstractNumId="{id}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl></w:abstractNum>"#
        );
    }
    for (id, _) in lists {
        let _ = write!(o, r#"<w:num w:numId="{id}"><w:abstractNumId w:val="{id}"/></w:num>"#);
    }
    o.push_str("</w:numbering>");
    o
}

/// Whether the next block after `i` (markers aside) is a table.
fn before_table(blocks: &[Block], i: usize) -> bool {
    blocks[i + 1..].iter().find(|b| !matches!(b, Block::Marker(_))).is_some_and(|b| matches!(b, Block::Table(_)))
}

/// The blocks kept after the signatures at `s` (the letter's lists of attachments and copies).
fn after_signatures<'a>(blocks: &'a [Block], kept: &[Keep], s: usize) -> Vec<&'a Block> {
    blocks[s + 1..].iter().zip(&kept[s + 1..]).take_while(|(_, k)| **k == Keep::After).map(|(b, _)| b).collect()
}

/// Escapes text for XML character data and attribute values.
fn esc(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"']) && !s.chars().any(|c| (c as u32) < 0x20) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Control characters are not allowed in XML 1.0; a tab is kept as a space.
            c if (c as u32) < 0x20 => out.push(' '),
            c => out.push(c),
        }
    }
    out.into()
}

/// How a run is set.
#[derive(Clone, Copy, Default)]
struct RunFmt {
    bold: bool,
    italic: bool,
    /// Red, for what the reader must act on.
    red: bool,
    /// Font size in half-points, when not the style's.
    size: Option<usize>,
}

/// A run of a signature line: its text, language and format.
type SigRun<'a> = (String, &'a Lang, RunFmt);

/// What ends a document, on one page: the closing formula before the signature blocks, the
/// blocks, and the letter's lists after them (`model::kept_with_signatures`); `columns` sets
/// the formula and the lists in the languages' columns.
struct Close<'a> {
    closing: &'a [&'a Block],
    parties: &'a [Text],
    after: &'a [&'a Block],
    columns: bool,
}

/// Properties of a paragraph.
#[derive(Default)]
struct ParaFmt<'a> {
    style: &'a str,
    keep_next: bool,
    num: Option<usize>,
    /// Left indent in twips.
    indent: Option<i32>,
    align: Option<&'a str>,
    bottom_border: bool,
    space_after: Option<u32>,
}

/// The body being written, and the lists it has opened.
struct Body {
    out: String,
    /// (numId, kind) of every list, in order.
    lists: Vec<(usize, usize)>,
    /// The open list per (kind, language), so that the columns of one row count apart.
    open: Vec<((usize, String), usize)>,
    /// Every paragraph written while set keeps with the next: a lead-in before a table.
    lead_in: bool,
    /// Set while a heading and a long block share a row that may break: the heading does
    /// not keep with the next paragraph, for LibreOffice then moves the whole row to the
    /// next page rather than break it (the report's first chapter off its title page).
    loose: bool,
    /// The emblem's size on the page in twips, when an image is given.
    emblem: Option<(i32, i32)>,
    /// Body size in half-points.
    size: usize,
    /// The height of the page's text area in twips (`table_row`).
    text_height: usize,
    /// How a language a user adds labels an article (`Document::article_words`).
    article_words: Vec<(Lang, String)>,
}

impl Body {
    fn num_id(&mut self, kind: ItemKind, number: u32, lang: &Lang) -> usize {
        let abs = match kind {
            ItemKind::Numbered => ABS_NUMBERED,
            ItemKind::Lettered => ABS_LETTERED,
            ItemKind::Decimal => ABS_DECIMAL,
        };
        let key = (abs, lang.code().to_string());
        let current = self.open.iter().position(|(k, _)| *k == key);
        match current {
            Some(i) if number != 1 => self.open[i].1,
            _ => {
                // docx-rs writes its own numbering with id 1, so ours start at 10.
                let id = 10 + self.lists.len();
                self.lists.push((id, abs));
                match current {
                    Some(i) => self.open[i].1 = id,
                    None => self.open.push((key, id)),
                }
                id
            }
        }
    }

    fn para(&mut self, p: &ParaFmt, runs: &[(&str, &Lang, RunFmt)]) {
        let o = &mut self.out;
        o.push_str("<w:p><w:pPr>");
        let _ = write!(o, r#"<w:pStyle w:val="{}"/>"#, p.style);
        if p.keep_next || self.lead_in {
            o.push_str("<w:keepNext/>");
        }
        if let Some(n) = p.num {
            let _ = write!(o, r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{n}"/></w:numPr>"#);
        }
        if p.bottom_border {
            o.push_str(r#"<w:pBdr><w:bottom w:val="double" w:sz="12" w:space="4" w:color="auto"/></w:pBdr>"#);
        }
        // No extra space between Han characters and digits or Latin letters: Chinese and
        // Japanese legal texts write "2025年8月21日" solid (Word and LibreOffice add it by default).
        if runs.iter().any(|(_, lang, _)| east_asian_font(lang).is_some()) {
            o.push_str(r#"<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>"#);
        }
        if let Some(after) = p.space_after {
            let _ = write!(o, r#"<w:spacing w:after="{after}"/>"#);
        }
        if let Some(left) = p.indent {
            let _ = write!(o, r#"<w:ind w:left="{left}"/>"#);
        }
        if let Some(jc) = p.align {
            let _ = write!(o, r#"<w:jc w:val="{jc}"/>"#);
        }
        o.push_str("</w:pPr>");
        for (text, lang, fmt) in runs {
            self.run(text, lang, *fmt);
        }
        self.out.push_str("</w:p>");
    }

    /// A run; `\n` in the text becomes a line break. Korean, Japanese and Chinese are never
    /// set in italics, and a run of such a language that holds no character of its script
    /// (a name in Latin letters on a signature line) is set as Latin text, so that it breaks
    /// between words only.
    fn run(&mut self, text: &str, lang: &Lang, fmt: RunFmt) {
        let cjk = east_asian_font(lang).is_some();
        let latin_only = cjk && !text.chars().any(is_cjk_char);
        let english = Lang::en();
        let lang = if latin_only { &english } else { lang };
        let fmt = RunFmt { italic: fmt.italic && !cjk, ..fmt };
        let o = &mut self.out;
        let _ = write!(o, r#"<w:r><w:rPr><w:rStyle w:val="{}"/>"#, lang_style(lang));
        if fmt.bold {
            o.push_str("<w:b/>");
        }
        if fmt.italic {
            o.push_str("<w:i/>");
        }
        if fmt.red {
            o.push_str(r#"<w:color w:val="C00000"/>"#);
        }
        if let Some(sz) = fmt.size {
            let _ = write!(o, r#"<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>"#);
        }
        let l = locale(lang);
        let _ = write!(o, r#"<w:lang w:val="{l}" w:eastAsia="{l}"/></w:rPr>"#);
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                o.push_str(r#"<w:br/>"#);
            }
            let _ = write!(o, r#"<w:t xml:space="preserve">{}</w:t>"#, esc(line));
        }
        o.push_str("</w:r>");
    }

    /// The Lambang Negara centred above the letterhead, or an empty frame of its size,
    /// marked, when no image is given.
    fn emblem(&mut self) {
        match self.emblem {
            Some((w, h)) => {
                let (cx, cy) = ((w as f32 / 56.6929 * EMU_PER_MM) as i64, (h as f32 / 56.6929 * EMU_PER_MM) as i64);
                let _ = write!(
                    self.out,
                    r#"<w:p><w:pPr><w:pStyle w:val="Letterhead"/><w:spacing w:after="60"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="Lambang Negara"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="emblem.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{EMBLEM_REL}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"#
                );
            }
            None => {
                let (w, h) = (mm(crate::emblem::FRAME_WIDTH_MM), mm(crate::emblem::HEIGHT_MM));
                let border = r#"w:val="dashed" w:sz="6" w:space="0" w:color="808080""#;
                let _ = write!(
                    self.out,
                    r#"<w:tbl><w:tblPr><w:tblW w:w="{w}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top {border}/><w:left {border}/><w:bottom {border}/><w:right {border}/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="{w}"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="{h}" w:hRule="exact"/><w:jc w:val="center"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="Letterhead"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b w:val="0"/><w:color w:val="808080"/><w:sz w:val="14"/><w:szCs w:val="14"/></w:rPr><w:t xml:space="preserve">LAMBANG NEGARA</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:pPr><w:pStyle w:val="Letterhead"/><w:spacing w:after="60"/></w:pPr></w:p>"#
                );
            }
        }
    }

    /// A page break in a paragraph of no height: the rest of the paragraph, after the break,
    /// would otherwise take a line at the top of the next page (the PDF's break takes none).
    fn page_break(&mut self) {
        self.out.push_str(
            r#"<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>"#,
        );
    }

    /// A paragraph 6 pt high after a table: it keeps two tables apart (Word would merge
    /// them) and is the PDF's space after a table.
    fn spacer(&mut self) {
        let keep = if self.lead_in { "<w:keepNext/>" } else { "" };
        let _ =
            write!(self.out, r#"<w:p><w:pPr>{keep}<w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/></w:pPr></w:p>"#);
    }

    /// A paragraph of no height, where one must stand (between two tables, at the end of
    /// the body).
    fn tiny_para(&mut self) {
        self.out.push_str(r#"<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>"#);
    }

    fn empty_para(&mut self) {
        self.out.push_str("<w:p/>");
    }

    /// The paragraphs of one flow block in one language.
    fn block(&mut self, block: &Block, lang: &Lang) {
        let text = |t: &Text| t.get(lang).unwrap_or_default().to_string();
        let plain = RunFmt::default();
        match block {
            Block::Title(t) => self.para(&ParaFmt { style: "Title", ..Default::default() }, &[(&text(t), lang, plain)]),
            Block::Subtitle(t) => self.para(&ParaFmt { style: "Subtitle", ..Default::default() }, &[(&text(t), lang, plain)]),
            Block::Heading { level, text: t, .. } => {
                let style = if *level <= 1 { "Heading1" } else { "Heading2" };
                self.para(&ParaFmt { style, keep_next: !self.loose, ..Default::default() }, &[(&text(t), lang, plain)])
            }
            Block::Article { number, title, .. } => {
                let label = article_label_in(&self.article_words, lang, *number);
                let title = text(title);
                let t = if title.is_empty() { label } else { format!("{label}\n{}", title.to_uppercase()) };
                self.para(&ParaFmt { style: "Heading1", keep_next: !self.loose, ..Default::default() }, &[(&t, lang, plain)])
            }
            Block::Para { style, text: t } => {
                let mut p = ParaFmt { style: "BodyText", ..Default::default() };
                match style {
                    ParaStyle::Body | ParaStyle::Bold | ParaStyle::Alert => {}
                    ParaStyle::Center => p.align = Some("center"),
                    ParaStyle::Right => p.align = Some("right"),
                    ParaStyle::Recital | ParaStyle::Indent => p.indent = Some(mm(7.0)),
                }
                // A bold line is a label ("Lampiran:", "Tembusan:"): kept with what follows.
                p.keep_next = *style == ParaStyle::Bold;
                let alert = *style == ParaStyle::Alert;
                let fmt = RunFmt { bold: *style == ParaStyle::Bold || alert, red: alert, ..plain };
                self.para(&p, &[(&text(t), lang, fmt)])
            }
            Block::Item { kind, number, text: t } => {
                let num = self.num_id(*kind, *number, lang);
                self.para(&ParaFmt { style: "ListParagraph", num: Some(num), ..Default::default() }, &[(&text(t), lang, plain)])
            }
            Block::Letterhead(t) => {
                let t = text(t);
                if t.is_empty() {
                    // A translation is never set on the letterhead.
                    return;
                }
                self.emblem();
                let lines: Vec<&str> = t.split('\n').collect();
                let big = self.size + 4;
                for (i, line) in lines.iter().enumerate() {
                    let last = i + 1 == lines.len();
                    let fmt = RunFmt {
                        bold: i < 2,
                        size: Some(if i == 0 {
                            big
                        } else if i == 1 {
                            self.size
                        } else {
                            18
                        }),
                        ..plain
                    };
                    let p = ParaFmt { style: "Letterhead", bottom_border: last, space_after: last.then_some(240), ..Default::default() };
                    self.para(&p, &[(line, lang, fmt)]);
                }
            }
            Block::Marker(_) | Block::PageBreak | Block::Table(_) | Block::Signatures(_) => {}
        }
    }

    /// Blocks that span the whole width whatever the layout; false for flow blocks.
    fn wide(&mut self, block: &Block, langs: &[Lang], width: usize) -> bool {
        match block {
            Block::Table(t) => self.table(t, langs, width, None),
            Block::Signatures(s) => {
                self.signatures(&Close { closing: &[], parties: s, after: &[], columns: false }, langs, width);
                self.spacer();
            }
            Block::PageBreak => self.page_break(),
            _ => return false,
        }
        true
    }

    /// The whole document in one language.
    fn single(&mut self, doc: &Document, lang: &Lang, width: usize) {
        let langs = std::slice::from_ref(lang);
        let kept = crate::model::kept_with_signatures(&doc.blocks);
        let with_table = crate::model::kept_with_table(&doc.blocks);
        let mut held: Vec<&Block> = Vec::new();
        let mut lead: Vec<&Block> = Vec::new();
        let mut carried: Option<&ModelTable> = None;
        for (i, block) in doc.blocks.iter().enumerate() {
            // A small table's lead-in goes with it into one row that cannot break.
            if with_table[i] {
                lead.push(block);
                continue;
            }
            // A table whose last row goes over with the signatures is laid out with them.
            if let (Block::Table(t), true) = (block, crate::model::carried_to_signatures(&doc.blocks, &kept, i)) {
                carried = Some(t);
                continue;
            }
            if let (Block::Table(t), false) = (block, lead.is_empty()) {
                self.keep_start(width);
                for b in &lead {
                    self.block(b, lang);
                }
                self.table(t, langs, width, None);
                self.keep_end();
                self.after_kept_table(&doc.blocks, i);
                lead.clear();
                continue;
            }
            match kept[i] {
                Keep::Before => {
                    held.push(block);
                    continue;
                }
                Keep::After => continue,
                Keep::No => {}
            }
            if let Block::Signatures(parties) = block {
                let after = after_signatures(&doc.blocks, &kept, i);
                let close = Close { closing: &held, parties, after: &after, columns: false };
                match carried.take() {
                    Some(t) => self.table(t, langs, width, Some(&close)),
                    None => self.signatures(&close, langs, width),
                }
                self.after_signatures_spacer(&doc.blocks, i);
                held.clear();
                continue;
            }
            if !self.wide(block, langs, width) {
                // A lead-in keeps with the table after it.
                self.lead_in = before_table(&doc.blocks, i);
                self.block(block, lang);
                self.lead_in = false;
            }
        }
    }

    fn table_start(&mut self, widths: &[usize], width: usize, bordered: bool) {
        let o = &mut self.out;
        let _ = write!(o, r#"<w:tbl><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/>"#);
        let border = if bordered { r#"w:val="single" w:sz="4" w:space="0" w:color="000000""# } else { r#"w:val="nil""# };
        o.push_str("<w:tblBorders>");
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            let _ = write!(o, "<w:{side} {border}/>");
        }
        // 85 twips left and right; in a bordered table 1 pt above and below, so that no
        // rule touches the text (the PDF's insets are the same).
        // (The schema's order: top, left, bottom, right.)
        let (top, bottom) = if bordered { (r#"<w:top w:w="20" w:type="dxa"/>"#, r#"<w:bottom w:w="20" w:type="dxa"/>"#) } else { ("", "") };
        let _ = write!(
            o,
            r#"</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>{top}<w:left w:w="85" w:type="dxa"/>{bottom}<w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#
        );
        for w in widths {
            let _ = write!(o, r#"<w:gridCol w:w="{w}"/>"#);
        }
        o.push_str("</w:tblGrid>");
    }

    fn cell_start(&mut self, width: usize, shade: bool) {
        let _ = write!(self.out, r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>"#);
        if shade {
            self.out.push_str(r#"<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>"#);
        }
        self.out.push_str("</w:tcPr>");
    }

    /// Flow blocks in a borderless table, one row per block, one column per language;
    /// rows may break across pages, but a heading and the block after it share one row that
    /// does not (as the PDF keeps them together).
    fn columns(&mut self, doc: &Document, width: usize) {
        let langs = &doc.languages;
        let col = width / langs.len();
        let widths = vec![col; langs.len()];
        let flow = |b: &Block| !matches!(b, Block::Table(_) | Block::Signatures(_) | Block::PageBreak | Block::Marker(_));
        let kept = crate::model::kept_with_signatures(&doc.blocks);
        let with_table = crate::model::kept_with_table(&doc.blocks);
        let mut held: Vec<&Block> = Vec::new();
        let mut lead: Vec<&Block> = Vec::new();
        let mut carried: Option<&ModelTable> = None;
        let mut open = false;
        let mut i = 0;
        while i < doc.blocks.len() {
            let block = &doc.blocks[i];
            // A small table's lead-in goes with it into one row that cannot break.
            if with_table[i] {
                lead.push(block);
                i += 1;
                continue;
            }
            // A table whose last row goes over with the signatures is laid out with them.
            if let (Block::Table(t), true) = (block, crate::model::carried_to_signatures(&doc.blocks, &kept, i)) {
                carried = Some(t);
                i += 1;
                continue;
            }
            if let (Block::Table(t), false) = (block, lead.is_empty()) {
                if open {
                    self.out.push_str("</w:tbl>");
                    self.spacer();
                    open = false;
                }
                self.keep_start(width);
                self.table_start(&widths, width, false);
                self.column_row(&lead, langs, col, true);
                self.out.push_str("</w:tbl>");
                self.spacer();
                self.table(t, langs, width, None);
                self.keep_end();
                self.after_kept_table(&doc.blocks, i);
                lead.clear();
                i += 1;
                continue;
            }
            // The closing formula goes into the row of the signatures that follow it, and
            // so do the lists after them.
            if kept[i] != Keep::No {
                if kept[i] == Keep::Before {
                    held.push(block);
                }
                i += 1;
                continue;
            }
            if let Block::Signatures(parties) = block {
                if open {
                    self.out.push_str("</w:tbl>");
                    self.spacer();
                    open = false;
                }
                let after = after_signatures(&doc.blocks, &kept, i);
                let close = Close { closing: &held, parties, after: &after, columns: true };
                match carried.take() {
                    Some(t) => self.table(t, langs, width, Some(&close)),
                    None => self.signatures(&close, langs, width),
                }
                self.after_signatures_spacer(&doc.blocks, i);
                held.clear();
                i += 1;
                continue;
            }
            if flow(block) && !open {
                self.table_start(&widths, width, false);
                open = true;
            }
            if !flow(block) {
                i += 1;
                if matches!(block, Block::Marker(_)) {
                    continue;
                }
                if open {
                    self.out.push_str("</w:tbl>");
                    // Between a lead-in's row and its table, the spacer keeps with the table.
                    self.lead_in = matches!(block, Block::Table(_));
                    self.spacer();
                    self.lead_in = false;
                    open = false;
                }
                self.wide(block, langs, width);
                continue;
            }
            let next = (i + 1..doc.blocks.len()).find(|&j| !matches!(doc.blocks[j], Block::Marker(_)));
            let pair = match next {
                Some(j) if matches!(block, Block::Heading { .. } | Block::Article { .. }) && flow(&doc.blocks[j]) => Some(j),
                _ => None,
            };
            let pair = pair.filter(|j| kept[*j] == Keep::No);
            let blocks: Vec<&Block> = std::iter::once(block).chain(pair.map(|j| &doc.blocks[j])).collect();
            // The row before a table keeps with it (a heading and its lead-in, "IX. KELUARAN").
            self.lead_in = before_table(&doc.blocks, pair.unwrap_or(i));
            // That row gets a table of its own: LibreOffice keeps a whole table with the
            // next one when its last row keeps with it, and would push every section
            // before a long table onto the table's page, leaving the title alone on page 1.
            if self.lead_in && open && self.out.ends_with("</w:tr>") {
                self.out.push_str("</w:tbl>");
                self.tiny_para();
                self.table_start(&widths, width, false);
            }
            // A heading and a short block after it stay on one page (`column_row`); over a
            // long block (an introduction of twenty lines) the row may break, its heading
            // keeping with the block's first lines, as in the PDF (review 12, finding 2).
            self.loose = pair.is_some() && !self.lead_in && !crate::model::short_row(&blocks, langs.len());
            // (In a table of its own, after a paragraph of a line's height: LibreOffice
            // breaks the row then, and not after the rows of a title that stay whole, nor
            // after a paragraph of one point.)
            if self.loose && open && self.out.ends_with("</w:tr>") {
                self.out.push_str("</w:tbl>");
                self.out.push_str(r#"<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>"#);
                self.table_start(&widths, width, false);
            }
            self.column_row(&blocks, langs, col, self.lead_in);
            self.loose = false;
            self.lead_in = false;
            i = pair.map_or(i + 1, |j| j + 1);
        }
        if open {
            self.out.push_str("</w:tbl>");
        }
    }

    /// One row of the columns: the blocks in each language's cell; `whole` keeps the row on
    /// one page (a heading and the block after it), and so does a short row (`model::short_row`).
    fn column_row(&mut self, blocks: &[&Block], langs: &[Lang], col: usize, whole: bool) {
        let whole = whole || crate::model::short_row(blocks, langs.len());
        self.out.push_str(if whole { "<w:tr><w:trPr><w:cantSplit/></w:trPr>" } else { "<w:tr>" });
        for lang in langs {
            self.cell_start(col, false);
            let before = self.out.len();
            for b in blocks {
                self.block(b, lang);
            }
            if self.out.len() == before {
                self.empty_para();
            }
            self.out.push_str("</w:tc>");
        }
        self.out.push_str("</w:tr>");
    }

    /// A table; with `carry`, its last row goes with what closes the document into one row
    /// that cannot break (`model::carried_to_signatures`), as the PDF lays them out:
    /// LibreOffice keeps no row of a table with what follows the table.
    fn table(&mut self, t: &ModelTable, langs: &[Lang], width: usize, carry: Option<&Close>) {
        let total: usize = t.widths.iter().map(|w| *w as usize).sum::<usize>().max(1);
        let grid: Vec<usize> = t.widths.iter().map(|w| width * *w as usize / total).collect();
        self.table_start(&grid, width, t.bordered);
        let lead_in = self.lead_in;
        // (The row carried to the signatures is the last: `model::carried_to_signatures`
        // holds for a table of two body rows or more.)
        let flowing = if carry.is_some() { t.rows.len().saturating_sub(1) } else { t.rows.len() };
        let last_whole = t.whole.iter().rposition(|w| *w).filter(|i| i + 1 == t.rows.len());
        for i in 0..flowing {
            // A totals row ending the table stays with what follows it (its paragraphs and the
            // spacer kept with the next).
            self.lead_in = lead_in || last_whole == Some(i);
            self.table_row(t, i, &grid, langs);
        }
        if let Some(close) = carry {
            // Closes the table with the rule under its row before, level with the carried
            // row's own rule on top when the two meet on one page.
            self.out.push_str("</w:tbl>");
            self.out.push_str(r#"<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="2" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>"#);
            self.lead_in = false;
            self.keep_start(width);
            self.table_start(&grid, width, t.bordered);
            for i in flowing..t.rows.len() {
                self.table_row(t, i, &grid, langs);
            }
            self.out.push_str("</w:tbl>");
            self.spacer();
            self.close_body(close, langs, width);
            self.keep_end();
            self.lead_in = lead_in;
            return;
        }
        self.out.push_str("</w:tbl>");
        self.spacer();
        self.lead_in = lead_in;
    }

    /// Row `i` of a table.
    fn table_row(&mut self, t: &ModelTable, i: usize, grid: &[usize], langs: &[Lang]) {
        let header = i < t.header_rows;
        let wide = t.widths.len() >= WIDE_TABLE;
        // Header rows repeat on every page; a short row of a bordered table (an output, an
        // activity of the action plan: a third of a page or less) and a totals row stay on
        // one page, and a taller row runs on under the repeated header, as in the PDF (which
        // also keeps a tall row whole when a few lines of it would stand alone: Word and
        // LibreOffice lay the pages out themselves).
        let points = if wide { wide_table_size(self.size) } else { table_size(self.size) } as f32 / 2.0;
        let short = || row_height(&t.rows[i], grid, langs, points) <= self.text_height as f32 / 20.0 / 3.0;
        self.out.push_str(if header {
            "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        } else if t.bordered && (t.whole.get(i).copied().unwrap_or(false) || short()) {
            "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        } else {
            "<w:tr>"
        });
        for (c, text) in t.rows[i].iter().enumerate() {
            self.cell_start(grid.get(c).copied().unwrap_or(0), header);
            let style = match (t.bordered, wide) {
                (true, true) => "TableTextWide",
                (true, false) => "TableText",
                (false, _) => "TableCompact",
            };
            self.stacked(text, langs, header, style);
            self.out.push_str("</w:tc>");
        }
        self.out.push_str("</w:tr>");
    }

    /// A cell's text in every language, one under the other; later languages in italics,
    /// and a text equal to one before it is not repeated (as in the PDF).
    fn stacked(&mut self, text: &Text, langs: &[Lang], bold: bool, style: &str) {
        let mut seen: Vec<&str> = Vec::new();
        let mut wrote = false;
        for (i, lang) in langs.iter().enumerate() {
            let s = text.get(lang).unwrap_or_default();
            if seen.contains(&s) {
                continue;
            }
            seen.push(s);
            self.para(&ParaFmt { style, ..Default::default() }, &[(s, lang, RunFmt { bold, italic: i > 0, ..Default::default() })]);
            wrote = true;
        }
        if !wrote {
            self.empty_para();
        }
    }

    /// Signature blocks side by side, kept on one page with the closing formula before them
    /// and the lists after them: the whole goes in one row that cannot break across pages,
    /// the formula's blocks and the signatures as tables nested in its cell.
    fn signatures(&mut self, close: &Close, langs: &[Lang], width: usize) {
        // The outer row keeps the signatures' rows (a row per line) on one page even with no
        // formula before them.
        self.keep_start(width);
        self.close_body(close, langs, width);
        self.keep_end();
    }

    /// What closes a document, in a cell: the formula, the signature blocks (each line of a
    /// block once per language), the lists after them; ends with a paragraph.
    fn close_body(&mut self, close: &Close, langs: &[Lang], width: usize) {
        self.flow_in_cell(close.closing, langs, width, close.columns);
        self.signature_table(close.parties, langs, width);
        // A cell ends with a paragraph. Some space between the name and the lists after it
        // (a letter's Lampiran and Tembusan), as the PDF leaves: LibreOffice set "Lampiran:"
        // against the name.
        self.spacer();
        if !close.after.is_empty() {
            self.flow_in_cell(close.after, langs, width, close.columns);
            if close.columns {
                self.spacer();
            }
        }
    }

    /// Opens a table of one column and one row that cannot break across pages: what goes in
    /// its cell (nested tables, paragraphs) stays on one page. No margins, so that nested
    /// tables have the width of the text, as everywhere else.
    fn keep_start(&mut self, width: usize) {
        let _ = write!(
            self.out,
            r#"<w:tbl><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>"#
        );
    }

    /// Closes `keep_start`'s table; its cell must end with a paragraph.
    fn keep_end(&mut self) {
        self.out.push_str("</w:tc></w:tr></w:tbl>");
    }

    /// The paragraph after a kept table's row: of no height (the table's own spacer, in the
    /// cell, gave the space after it), and none at the end of the body (Word adds its own
    /// mark; LibreOffice would set one on a page of its own when the row ends near the foot
    /// of a page).
    fn after_kept_table(&mut self, blocks: &[Block], t: usize) {
        if blocks[t + 1..].iter().any(|b| !matches!(b, Block::Marker(_))) {
            self.tiny_para();
        }
    }

    /// The paragraph after the signatures' table, unless a page break (itself a paragraph)
    /// follows: LibreOffice would set the two on a page of their own, left blank.
    fn after_signatures_spacer(&mut self, blocks: &[Block], s: usize) {
        let next = blocks[s + 1..].iter().find(|b| !matches!(b, Block::Marker(_)));
        if !matches!(next, Some(Block::PageBreak)) {
            self.spacer();
        }
    }

    /// Flow blocks inside the signatures' cell: paragraphs, or a table of the languages'
    /// columns when `columns`.
    fn flow_in_cell(&mut self, blocks: &[&Block], langs: &[Lang], width: usize, columns: bool) {
        if blocks.is_empty() {
            return;
        }
        if columns {
            let col = width / langs.len().max(1);
            self.table_start(&vec![col; langs.len()], width, false);
            for b in blocks {
                self.column_row(&[b], langs, col, true);
            }
            self.out.push_str("</w:tbl>");
            self.spacer();
        } else {
            for b in blocks {
                self.block(b, &langs[0]);
            }
        }
    }

    /// The signature blocks' table: equal columns, but a lone signer beside an empty block
    /// (a letter, a plan) takes two thirds, so that the name stays on one line.
    fn signature_table(&mut self, parties: &[Text], langs: &[Lang], width: usize) {
        let n = parties.len().max(1);
        let lone = n == 2 && parties[0].0.iter().all(|(_, s)| s.trim().is_empty());
        // A letter's lone block takes the right two thirds, or more when its longest line
        // needs it (estimated at 0.72 em a character, bold capitals), as the PDF measures.
        let widths: Vec<usize> = if lone {
            let longest = parties[1].0.iter().flat_map(|(_, s)| s.split('\n')).map(|l| l.chars().count()).max().unwrap_or(0);
            let need = longest * self.size * 10 * 72 / 100 + 2 * self.size * 10;
            let share = need.clamp(width - width / 3, width - 300);
            vec![width - share, share]
        } else {
            vec![width / n; n]
        };
        // Each line of each block: its text in each language, once; later languages in
        // italics under the first.
        let blocks: Vec<Vec<Vec<SigRun>>> = parties
            .iter()
            .map(|party| {
                let per_lang: Vec<Vec<&str>> = langs.iter().map(|l| party.get(l).unwrap_or_default().split('\n').collect()).collect();
                let lines = per_lang.iter().map(Vec::len).max().unwrap_or(0);
                (0..lines)
                    .map(|i| {
                        // (A line equal to one printed already is not repeated, whichever
                        // language printed it: "Bupati Bengkalis" in Indonesian and Malay
                        // once, as in the PDF; review 13, finding 8.)
                        let mut runs: Vec<SigRun> = Vec::new();
                        let mut seen: Vec<&str> = Vec::new();
                        for (li, lang) in langs.iter().enumerate() {
                            let s = per_lang[li].get(i).copied().unwrap_or_default();
                            if seen.contains(&s) {
                                continue;
                            }
                            let text = if seen.is_empty() { s.to_string() } else { format!("\n{s}") };
                            seen.push(s);
                            runs.push((text, lang, RunFmt { bold: li == 0, italic: li > 0, ..Default::default() }));
                        }
                        runs
                    })
                    .collect()
            })
            .collect();
        // One row per line, as the PDF's grid: the titles and the place and date lines of
        // the blocks stand level whatever wraps above them (a long government's name, a name
        // with a Chinese form beside one without). The first row is empty: it keeps the
        // signatures clear of the text above them.
        let lines = blocks.iter().map(Vec::len).max().unwrap_or(0);
        self.table_start(&widths, width, false);
        for i in 0..=lines {
            self.out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (block, col) in blocks.iter().zip(widths.iter().copied()) {
                self.cell_start(col, false);
                let runs: Vec<SigRun> = if i == 0 { Vec::new() } else { block.get(i - 1).cloned().unwrap_or_default() };
                let runs: Vec<(&str, &Lang, RunFmt)> = runs.iter().map(|(t, l, f)| (t.as_str(), *l, *f)).collect();
                self.para(&ParaFmt { style: "Signature", ..Default::default() }, &runs);
                self.out.push_str("</w:tc>");
            }
            self.out.push_str("</w:tr>");
        }
        self.out.push_str("</w:tbl>");
    }
}
