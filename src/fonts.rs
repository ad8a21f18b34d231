//! Fonts for the PDF renderer, owned by the caller and passed in `render::Options`, so the
//! renderer itself reads no file: the embedded Libertinus Serif (typst-assets), and the
//! system's Noto CJK collections (Debian `fonts-noto-cjk`), mapped the first time a
//! document needs them.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use typst::foundations::Bytes;
use typst::text::Font;

/// Where Debian's fonts-noto-cjk puts its collections.
const CJK_FILES: [&str; 2] =
    ["/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"];

/// The fonts a PDF may use.
#[derive(Debug)]
pub struct Fonts {
    latin: OnceLock<Vec<Font>>,
    cjk: OnceLock<Vec<Font>>,
    cjk_files: Vec<PathBuf>,
}

impl Fonts {
    /// The embedded fonts and the CJK collections at `cjk_files` (none: CJK text is refused).
    pub fn new(cjk_files: Vec<PathBuf>) -> Fonts {
        Fonts { latin: OnceLock::new(), cjk: OnceLock::new(), cjk_files }
    }

    /// The embedded fonts and the system's CJK fonts where Debian installs them, shared by
    /// every render of the process (parsing them once is most of their cost).
    pub fn system() -> Arc<Fonts> {
        static SYSTEM: OnceLock<Arc<Fonts>> = OnceLock::new();
        SYSTEM.get_or_init(|| Arc::new(Fonts::new(CJK_FILES.iter().map(PathBuf::from).collect()))).clone()
    }

    /// Libertinus Serif, parsed once (only the family the layout uses).
    pub fn latin(&self) -> &[Font] {
        self.latin.get_or_init(|| {
            typst_assets::fonts().flat_map(|data| Font::iter(Bytes::new(data))).filter(|f| f.info().family == "Libertinus Serif").collect()
        })
    }

    /// The CJK collections, mapped rather than read (about 50 MB, of which a document
    /// touches the glyphs it uses), parsed once; empty when they are not installed.
    pub fn cjk(&self) -> &[Font] {
        self.cjk.get_or_init(|| {
            self.cjk_files
                .iter()
                .filter_map(|p| std::fs::File::open(p).ok())
                // SAFETY: the font files are system files that nothing rewrites while naskah
                // runs (a package upgrade replaces them by renaming, which keeps this mapping
                // on the old file).
                .filter_map(|f| unsafe { memmap2::Mmap::map(&f) }.ok())
                .flat_map(|map| Font::iter(Bytes::new(map)))
                .collect()
        })
    }
}
