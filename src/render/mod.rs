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
    /// The fonts of the PDF renderer (the DOCX names its fonts and embeds none).
    pub fonts: std::sync::Arc<crate::fonts::Fonts>,
}

impl Options {
    /// A layout with the system's fonts.
    pub fn new(layout: Layout) -> Options {
        Options { layout, fonts: crate::fonts::Fonts::system() }
    }
}

impl Default for Options {
    fn default() -> Options {
        Options::new(Layout::default())
    }
}
