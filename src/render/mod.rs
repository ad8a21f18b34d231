//! Renderers: one per output format, each a pure function of the model and options.
//!
//! They never read files, templates or the clock; only the command layer writes files.

pub mod docx;
pub mod pdf;
pub mod redline;

/// How a bilingual document is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Indonesian left, English right, block by block.
    #[default]
    Columns,
    /// The whole Indonesian text, then the English.
    Sequential,
}

/// A renderer: the model in, the bytes of a file out.
pub type Renderer = fn(&crate::model::Document, &Options) -> Result<Vec<u8>, String>;

/// Options every renderer takes.
#[derive(Debug, Clone)]
pub struct Options {
    pub layout: Layout,
    /// Paper, margins and type of the document (the region's tata naskah dinas for its
    /// group of documents: `assemble::page`).
    pub page: crate::model::Page,
    /// The fonts of the PDF renderer (the DOCX names its fonts and embeds none).
    pub fonts: std::sync::Arc<crate::fonts::Fonts>,
    /// The Lambang Negara for the letterhead, read by the command layer; without it the
    /// letterhead has an empty, marked frame of its size.
    pub emblem: Option<std::sync::Arc<crate::emblem::Emblem>>,
}

impl Options {
    /// A layout with the default page, the system's fonts and no emblem.
    pub fn new(layout: Layout) -> Options {
        Options { layout, page: crate::model::Page::default(), fonts: crate::fonts::Fonts::system(), emblem: None }
    }

    /// The same options with another page.
    pub fn with_page(&self, page: crate::model::Page) -> Options {
        Options { page, ..self.clone() }
    }
}

impl Default for Options {
    fn default() -> Options {
        Options::new(Layout::default())
    }
}
