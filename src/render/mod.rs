//! Renderers: one per output format, each a pure function of the model and options.
//!
//! They never read files, templates or the clock; only the command layer writes files.

pub mod docx;
pub mod pdf;

/// How a bilingual document is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
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
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub layout: Layout,
}
