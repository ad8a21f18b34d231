//! The PDF renderer: the document model laid out by typst, used as a library.
//!
//! The model goes in as data (`sys.inputs.doc`), never pasted into markup, so no name can
//! break or inject anything; the layout program below reads it. Fonts: Libertinus Serif
//! and the system's Noto CJK fonts come in through `Options::fonts` (`crate::fonts`): the
//! renderer reads no file. No clock is read: the PDF carries no creation date, so the same input gives the
//! same bytes.

use super::{Layout, Options};
use crate::model::{article_label, item_label, Block, Document, Lang, Orientation, ParaStyle, Text};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Array, Bytes, Datetime, Dict, IntoValue, Value};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The layout program: reads `sys.inputs.doc` and sets it.
const PROGRAM: &str = include_str!("pdf.typ");

fn cjk_family(lang: &Lang) -> Option<&'static str> {
    match lang.code() {
        "ko" => Some("Noto Serif CJK KR"),
        "ja" => Some("Noto Serif CJK JP"),
        "zh" => Some("Noto Serif CJK SC"),
        _ => None,
    }
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

fn block_value(b: &Block, langs: &[Lang]) -> Option<Value> {
    let mut d = Dict::new();
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
            put("label", per_lang(langs, |l| article_label(l, *number)));
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

/// Renders a document as PDF.
pub fn render(doc: &Document, opts: &Options) -> Result<Vec<u8>, String> {
    let mut fonts: Vec<Font> = opts.fonts.latin().to_vec();
    let mut families: Vec<&str> = vec!["Libertinus Serif"];
    let mut cjk = Dict::new();
    for lang in &doc.languages {
        if let Some(family) = cjk_family(lang) {
            cjk.insert(lang.code().into(), family.into_value());
            if !families.contains(&family) {
                let loaded = opts.fonts.cjk().to_vec();
                if loaded.is_empty() {
                    return Err(format!(
                        "no font for the `{}` text: install the Debian package `fonts-noto-cjk` (it provides {family})",
                        lang.code()
                    ));
                }
                fonts.extend(loaded);
                families.push(family);
            }
        }
    }
    let columns = opts.layout == Layout::Columns && !doc.sequential_only && doc.languages.len() > 1;
    let mut input = Dict::new();
    let langs: Array = doc.languages.iter().map(|l| l.code().into_value()).collect();
    input.insert("languages".into(), langs.into_value());
    input.insert("columns".into(), columns.into_value());
    input.insert("landscape".into(), (doc.orientation == Orientation::Landscape || (columns && doc.languages.len() > 2)).into_value());
    input.insert("title".into(), doc.title.as_str().into_value());
    input.insert("fonts".into(), families.iter().map(|f| f.into_value()).collect::<Array>().into_value());
    input.insert("cjk".into(), cjk.into_value());
    let blocks: Array = doc.blocks.iter().filter_map(|b| block_value(b, &doc.languages)).collect();
    input.insert("blocks".into(), blocks.into_value());
    let mut inputs = Dict::new();
    inputs.insert("doc".into(), input.into_value());

    let world = NaskahWorld {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        source: Source::detached(PROGRAM),
    };
    let paged: typst_layout::PagedDocument = typst::compile(&world).output.map_err(|errors| {
        let first = errors.first().map(|e| e.message.to_string()).unwrap_or_default();
        format!("the PDF layout failed: {first}")
    })?;
    let pdf = typst_pdf::pdf(&paged, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        let first = errors.first().map(|e| e.message.to_string()).unwrap_or_default();
        format!("the PDF export failed: {first}")
    });
    // typst memoises layouts for the next compile of an edited document; naskah compiles
    // each document once, so the cache is only memory.
    typst::comemo::evict(0);
    pdf
}
