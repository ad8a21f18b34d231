//! The PDF renderer: the document model laid out by typst, used as a library.
//!
//! The model goes in as data (`sys.inputs.doc`), never pasted into markup, so no name can
//! break or inject anything; the layout program below reads it. Fonts: Libertinus Serif
//! and the system's Noto CJK fonts come in through `Options::fonts` (`crate::fonts`): the
//! renderer reads no file. No clock is read: the PDF carries no creation date, so the same input gives the
//! same bytes.

use super::{Layout, Options};
use crate::model::{item_label, Block, Document, Keep, Lang, Orientation, ParaStyle, Text};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Array, Bytes, Datetime, Dict, IntoValue, Value};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The layout program: reads `sys.inputs.doc` and sets it.
const PROGRAM: &str = include_str!("pdf.typ");

/// The family a CJK language is set in: the first of its families the fonts have.
fn cjk_family(lang: &Lang, fonts: &[Font]) -> Option<String> {
    let families = crate::fonts::cjk_families(lang.code());
    families.iter().find(|f| fonts.iter().any(|font| font.info().family == **f)).or(families.first()).map(|f| f.to_string())
}

struct NaskahWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    source: Source,
}

impl World for NaskahWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }
    fn main(&self) -> FileId {
        self.source.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.source.id() {
            Ok(self.source.clone())
        } else {
            Err(FileError::NotFound(id.vpath().get_without_slash().into()))
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        Err(FileError::NotFound(id.vpath().get_without_slash().into()))
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }
    fn today(&self, _: Option<typst::foundations::Duration>) -> Option<Datetime> {
        // Documents take their dates from the input; the clock is never read.
        None
    }
}

fn text_dict(t: &Text) -> Value {
    let mut d = Dict::new();
    for (lang, s) in &t.0 {
        d.insert(lang.code().into(), s.as_str().into_value());
    }
    d.into_value()
}

fn per_lang(langs: &[Lang], f: impl Fn(&Lang) -> String) -> Value {
    let mut d = Dict::new();
    for l in langs {
        d.insert(l.code().into(), f(l).into_value());
    }
    d.into_value()
}

fn block_value(b: &Block, doc: &Document, keep: Keep) -> Option<Value> {
    let langs = &doc.languages[..];
    let mut d = Dict::new();
    // The closing formula (and a heading over it) before the signatures, and the letter's
    // lists after them: laid out with the signatures, on one page (`model::kept_with_signatures`).
    match keep {
        Keep::Before => d.insert("keep".into(), true.into_value()),
        Keep::After => d.insert("after".into(), true.into_value()),
        Keep::No => {}
    };
    // (A short row of the columns stays on one page: `model::short_row`.)
    if crate::model::short_row(&[b], langs.len()) {
        d.insert("short".into(), true.into_value());
    }
    let mut put = |k: &str, v: Value| {
        d.insert(k.into(), v);
    };
    match b {
        Block::Title(t) => {
            put("type", "title".into_value());
            put("text", text_dict(t));
        }
        Block::Subtitle(t) => {
            put("type", "subtitle".into_value());
            put("text", text_dict(t));
        }
        Block::Heading { level, text, .. } => {
            put("type", "heading".into_value());
            put("level", (*level as i64).into_value());
            put("text", text_dict(text));
        }
        Block::Article { number, title, .. } => {
            put("type", "article".into_value());
            put("label", per_lang(langs, |l| doc.article_label(l, *number)));
            put("text", text_dict(title));
        }
        Block::Para { style, text } => {
            put("type", "para".into_value());
            let s = match style {
                ParaStyle::Body => "body",
                ParaStyle::Center => "center",
                ParaStyle::Right => "right",
                ParaStyle::Bold => "bold",
                ParaStyle::Alert => "alert",
                ParaStyle::Recital | ParaStyle::Indent => "indent",
            };
            put("style", s.into_value());
            put("text", text_dict(text));
        }
        Block::Item { kind, number, text } => {
            put("type", "item".into_value());
            put("label", item_label(*kind, *number).into_value());
            put("depth", (if *kind == crate::model::ItemKind::Lettered { 2 } else { 1 } as i64).into_value());
            put("text", text_dict(text));
        }
        Block::Table(t) => {
            put("type", "table".into_value());
            put("bordered", t.bordered.into_value());
            put("widths", t.widths.iter().map(|w| (*w as i64).into_value()).collect::<Array>().into_value());
            put("header", (t.header_rows as i64).into_value());
            put("whole", t.whole.iter().map(|w| w.into_value()).collect::<Array>().into_value());
            let rows: Array = t.rows.iter().map(|row| row.iter().map(text_dict).collect::<Array>().into_value()).collect();
            put("rows", rows.into_value());
        }
        Block::Signatures(parties) => {
            put("type", "signatures".into_value());
            put("parties", parties.iter().map(text_dict).collect::<Array>().into_value());
        }
        Block::Letterhead(t) => {
            put("type", "letterhead".into_value());
            put("text", text_dict(t));
        }
        Block::PageBreak => put("type", "pagebreak".into_value()),
        Block::Marker(_) => return None,
    }
    Some(d.into_value())
}

/// The line box of a single line as word processors set it: the font's ascender plus line
/// gap, and its descender (OpenType `hhea`), in em. For Liberation Sans that is 1.15 em,
/// the 13.8 pt line of Arial 12 pt in Word and LibreOffice.
fn line_metrics(data: &[u8]) -> Option<(f64, f64)> {
    let u16_at = |o: usize| data.get(o..o + 2).map(|b| u16::from_be_bytes([b[0], b[1]]));
    let i16_at = |o: usize| u16_at(o).map(|v| v as i16);
    let u32_at = |o: usize| data.get(o..o + 4).map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
    // A collection's first font.
    let base = if data.get(..4) == Some(b"ttcf") { u32_at(12)? as usize } else { 0 };
    let tables = u16_at(base + 4)? as usize;
    let table = |tag: &[u8]| {
        (0..tables).find_map(|i| {
            let rec = base + 12 + 16 * i;
            (data.get(rec..rec + 4)? == tag).then(|| u32_at(rec + 8)).flatten().map(|o| o as usize)
        })
    };
    let per_em = u16_at(table(b"head")? + 18)? as f64;
    let hhea = table(b"hhea")?;
    let (ascender, descender, gap) = (i16_at(hhea + 4)? as f64, i16_at(hhea + 6)? as f64, i16_at(hhea + 8)? as f64);
    // The line gap goes above the ascender: the text sits at the foot of its line, and a
    // table's rule above a line never touches its capitals (URW Bookman's gap is 0.2 em).
    (per_em > 0.0).then_some(((ascender + gap.max(0.0)) / per_em, -descender / per_em))
}

/// Renders a document as PDF.
pub fn render(doc: &Document, opts: &Options) -> Result<Vec<u8>, String> {
    let paged = layout(doc, opts)?;
    let pdf = typst_pdf::pdf(&paged, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        let first = errors.first().map(|e| e.message.to_string()).unwrap_or_default();
        format!("the PDF export failed: {first}")
    });
    // typst memoises layouts for the next compile of an edited document; naskah compiles
    // each document once, so the cache is only memory.
    typst::comemo::evict(0);
    pdf.map(quiet_mark_info)
}

/// The pages of the PDF as SVG images, for a preview (the same layout as `render`).
pub fn render_svg(doc: &Document, opts: &Options) -> Result<Vec<String>, String> {
    let paged = layout(doc, opts)?;
    let svg = typst_svg::SvgOptions::default();
    let pages = paged.pages().iter().map(|p| typst_svg::svg(p, &svg)).collect();
    // A page's form compiles the same document again and again: the cache is kept a
    // few compiles, then dropped.
    typst::comemo::evict(4);
    Ok(pages)
}

/// Lays a document out in pages.
fn layout(doc: &Document, opts: &Options) -> Result<typst_layout::PagedDocument, String> {
    // The text font of the document's family (metric-compatible with the DOCX's), then
    // Libertinus Serif for any sign it lacks.
    let family = crate::fonts::family(&opts.page.font);
    let mut fonts: Vec<Font> = opts.fonts.text(family)?.to_vec();
    // The family as its file names it: Liberation Sans on Debian, Arial on Windows.
    let text_family = fonts.first().map(|f| f.info().family.clone()).unwrap_or_else(|| family.pdf.to_string());
    fonts.extend(opts.fonts.latin().iter().cloned());
    let mut families: Vec<String> = vec![text_family, "Libertinus Serif".into()];
    let mut cjk = Dict::new();
    for lang in &doc.languages {
        if crate::fonts::cjk_families(lang.code()).is_empty() {
            continue;
        }
        let loaded = opts.fonts.cjk();
        let Some(family) = cjk_family(lang, loaded).filter(|_| !loaded.is_empty()) else {
            let wanted = crate::fonts::cjk_families(lang.code());
            return Err(if cfg!(windows) {
                format!(
                    "no font for the `{}` text: install one of {} (Windows' optional language fonts)",
                    lang.code(),
                    wanted[1..].join(", ")
                )
            } else {
                format!("no font for the `{}` text: install the Debian package `fonts-noto-cjk` (it provides {})", lang.code(), wanted[0])
            });
        };
        cjk.insert(lang.code().into(), family.as_str().into_value());
        if !families.contains(&family) {
            if families.len() == 2 {
                fonts.extend(loaded.iter().cloned());
            }
            families.push(family);
        }
    }
    let columns = opts.layout == Layout::Columns && !doc.sequential_only && doc.languages.len() > 1;
    let mut input = Dict::new();
    let langs: Array = doc.languages.iter().map(|l| l.code().into_value()).collect();
    input.insert("languages".into(), langs.into_value());
    input.insert("columns".into(), columns.into_value());
    input.insert("landscape".into(), (doc.orientation == Orientation::Landscape || (columns && doc.languages.len() > 2)).into_value());
    input.insert("title".into(), doc.title.as_str().into_value());
    input.insert("fonts".into(), families.iter().map(|f| f.as_str().into_value()).collect::<Array>().into_value());
    let has_cjk = !cjk.is_empty();
    input.insert("cjk".into(), cjk.into_value());
    let page = &opts.page;
    let mm = |v: u32| (v as f64).into_value();
    input.insert("paper".into(), Array::from_iter([mm(page.paper_mm.0), mm(page.paper_mm.1)]).into_value());
    let [top, right, bottom, left] = page.margins_mm;
    let mut margins = Dict::new();
    for (k, v) in [("top", top), ("right", right), ("bottom", bottom), ("left", left)] {
        margins.insert(k.into(), mm(v));
    }
    input.insert("margins".into(), margins.into_value());
    input.insert("size".into(), (page.font_size as f64).into_value());
    // A word processor's single line is taller than typst's default line box: the text's
    // edges are set to the word processor's, so that a line is as high as in the DOCX.
    let (ascent, descent) = fonts.first().and_then(|f| line_metrics(f.data())).unwrap_or((0.9, 0.25));
    input.insert("ascent".into(), ascent.into_value());
    input.insert("descent".into(), descent.into_value());
    // A CJK text's lines are as high as its own font makes them in a word processor.
    if has_cjk {
        let (a, d) = opts.fonts.cjk().first().and_then(|f| line_metrics(f.data())).unwrap_or((ascent, descent));
        input.insert("cjk_ascent".into(), a.into_value());
        input.insert("cjk_descent".into(), d.into_value());
    }
    input.insert("spacing".into(), (page.line_spacing as f64 / 100.0).into_value());
    match &opts.emblem {
        Some(e) => {
            input.insert("emblem".into(), Bytes::new(e.bytes.clone()).into_value());
            let format = match e.format {
                crate::emblem::Format::Png => "png",
                crate::emblem::Format::Svg => "svg",
            };
            input.insert("emblem_format".into(), format.into_value());
        }
        None => {
            input.insert("emblem".into(), Value::None);
        }
    }
    input.insert("emblem_height".into(), (crate::emblem::HEIGHT_MM as f64).into_value());
    input.insert("frame_width".into(), (crate::emblem::FRAME_WIDTH_MM as f64).into_value());
    let kept = crate::model::kept_with_signatures(&doc.blocks);
    let with_table = crate::model::kept_with_table(&doc.blocks);
    let blocks: Array = doc
        .blocks
        .iter()
        .enumerate()
        .zip(kept.iter().copied())
        .zip(with_table)
        .filter_map(|(((i, b), keep), lead)| {
            let mut v = block_value(b, doc, keep)?;
            if let Value::Dict(d) = &mut v {
                // A small table's lead-in, laid out with it, unbreakable (`model::kept_with_table`).
                if lead {
                    d.insert("lead".into(), true.into_value());
                }
                if let Block::Table(t) = b {
                    d.insert("small".into(), crate::model::small_table(t).into_value());
                    // Its last row goes over with the signatures (`model::carried_to_signatures`).
                    if crate::model::carried_to_signatures(&doc.blocks, &kept, i) {
                        d.insert("carry".into(), true.into_value());
                    }
                }
            }
            Some(v)
        })
        .collect();
    input.insert("blocks".into(), blocks.into_value());
    let book = FontBook::from_fonts(&fonts);
    let compile = |inputs: Dict| {
        let world = NaskahWorld {
            library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
            book: LazyHash::new(book.clone()),
            fonts: fonts.clone(),
            source: Source::detached(PROGRAM),
        };
        typst::compile::<typst_layout::PagedDocument>(&world).output.map_err(|errors| {
            let first = errors.first().map(|e| e.message.to_string()).unwrap_or_default();
            format!("the PDF layout failed: {first}")
        })
    };
    let mut sheet_input = input.clone();
    let mut inputs = Dict::new();
    inputs.insert("doc".into(), input.into_value());
    let paged = compile(inputs)?;
    // The page numbers, laid out on a sheet of as many empty pages with the same settings
    // (pdf.typ), then laid over the document's pages: one layout of the document, where a
    // footer counting the pages makes typst lay it out again once it knows their number.
    sheet_input.insert("blocks".into(), Array::new().into_value());
    sheet_input.insert("sheet".into(), (paged.pages().len() as i64).into_value());
    // A letter followed by its unofficial translation: the letter is numbered over its own
    // pages ("1 / 2"), the translation over its own, as the signed original has only the
    // letter's. Where the translation begins: the pages of the letter laid out alone.
    if doc.kind.is_some_and(|k| k.letter()) && doc.languages.len() > 1 && !columns {
        let alone = Document { languages: doc.languages[..1].to_vec(), ..doc.clone() };
        let letter = layout(&alone, opts)?.pages().len();
        let total = paged.pages().len();
        if letter < total {
            let parts = Array::from_iter([(letter as i64).into_value(), ((total - letter) as i64).into_value()]);
            sheet_input.insert("parts".into(), parts.into_value());
        }
    }
    let mut inputs = Dict::new();
    inputs.insert("doc".into(), sheet_input.into_value());
    let sheet = compile(inputs)?;
    if sheet.pages().len() != paged.pages().len() {
        return Err(format!("the page numbers were laid out on {} pages for {}", sheet.pages().len(), paged.pages().len()));
    }
    let pages = paged
        .pages()
        .iter()
        .zip(sheet.pages())
        .map(|(page, numbers)| {
            let mut page = page.clone();
            page.frame.push_frame(typst::layout::Point::zero(), numbers.frame.clone());
            page
        })
        .collect();
    Ok(typst_layout::PagedDocument::new(pages, typst::model::Document::info(&paged).clone()))
}

/// typst writes `/MarkInfo<</Marked true/Suspects false>>`, which is valid PDF, but poppler
/// (pdfinfo, pdftotext, many viewers) reports "Suspects object is wrong type (boolean)" for
/// a false value. The entry is blanked out with spaces of the same length, so every byte
/// offset of the file stays right; a document without it (compressed) is left as it is.
fn quiet_mark_info(mut pdf: Vec<u8>) -> Vec<u8> {
    const ENTRY: &[u8] = b"/Suspects false";
    if let Some(i) = pdf.windows(ENTRY.len()).position(|w| w == ENTRY) {
        pdf[i..i + ENTRY.len()].fill(b' ');
    }
    pdf
}
