//! Fonts for the PDF renderer, owned by the caller and passed in `render::Options`, so the
//! renderer itself reads no file: the text fonts metric-compatible with the families of the
//! tata naskah dinas (Debian `fonts-liberation`, `fonts-urw-base35`), so that a DOCX opened
//! in Word or LibreOffice and the PDF of the same document break their lines and pages
//! alike; the embedded Libertinus Serif (typst-assets) for what no text font covers; and
//! the system's Noto CJK collections (Debian `fonts-noto-cjk`), mapped the first time a
//! document needs them.
//!
//! On Windows the families themselves are used (Arial, Times New Roman, Bookman Old Style
//! from `%WINDIR%\\Fonts`), and the CJK fonts Windows ships (Malgun Gothic, Yu Mincho or
//! MS Mincho, SimSun). A folder named by `NASKAH_FONTS` is searched first on every system.
//! The PDF names each family as its loaded file does, so nothing assumes one system.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use typst::foundations::Bytes;
use typst::text::Font;

/// Where Debian's fonts-noto-cjk puts its collections.
const CJK_FILES: [&str; 2] =
    ["/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"];

/// The CJK fonts of Windows, in its fonts folder: Korean, Japanese, Chinese.
const WINDOWS_CJK_FILES: [&str; 7] = ["malgun.ttf", "malgunbd.ttf", "yumin.ttf", "yuminbd.ttf", "msmincho.ttc", "simsun.ttc", "simhei.ttf"];

/// The families a CJK text may be set in, by preference: the Noto collections, then
/// Windows' own.
pub fn cjk_families(lang: &str) -> &'static [&'static str] {
    match lang {
        "ko" => &["Noto Serif CJK KR", "Malgun Gothic"],
        "ja" => &["Noto Serif CJK JP", "Yu Mincho", "MS Mincho"],
        "zh" => &["Noto Serif CJK SC", "SimSun", "SimHei"],
        _ => &[],
    }
}

/// The system's fonts folders: Windows' own, or none (Debian's are per family).
fn system_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("NASKAH_FONTS").map(|d| std::env::split_paths(&d).collect()).unwrap_or_default();
    if cfg!(windows) {
        let root = std::env::var_os("WINDIR").or_else(|| std::env::var_os("SystemRoot")).unwrap_or_else(|| "C:\\Windows".into());
        dirs.push(PathBuf::from(root).join("Fonts"));
    }
    dirs
}

/// A family of the tata naskah dinas, the metric-compatible family the PDF uses for it,
/// the Debian package that provides it, and its four files (regular, bold, italic, bold
/// italic) in the folders where Debian installs them.
pub struct TextFamily {
    /// As a word processor names it (and the DOCX asks for it): `Arial`.
    pub docx: &'static str,
    /// The family the PDF sets: `Liberation Sans`.
    pub pdf: &'static str,
    pub package: &'static str,
    files: [&'static str; 4],
    dirs: [&'static str; 2],
    /// The family's own four files, as Windows names them.
    windows: [&'static str; 4],
}

/// The families naskah knows (`style.font`): Liberation Sans and Serif have the metrics of
/// Arial and Times New Roman; URW Bookman is the closest free Bookman.
pub const FAMILIES: [TextFamily; 3] = [
    TextFamily {
        docx: "Arial",
        pdf: "Liberation Sans",
        package: "fonts-liberation",
        files: ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"],
        dirs: ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"],
        windows: ["arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"],
    },
    TextFamily {
        docx: "Times New Roman",
        pdf: "Liberation Serif",
        package: "fonts-liberation",
        files: ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"],
        dirs: ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"],
        windows: ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"],
    },
    TextFamily {
        docx: "Bookman Old Style",
        pdf: "URW Bookman",
        package: "fonts-urw-base35",
        files: ["URWBookman-Light.otf", "URWBookman-Demi.otf", "URWBookman-LightItalic.otf", "URWBookman-DemiItalic.otf"],
        dirs: ["/usr/share/fonts/opentype/urw-base35", "/usr/share/fonts/urw-base35"],
        windows: ["BOOKOS.TTF", "BOOKOSB.TTF", "BOOKOSI.TTF", "BOOKOSBI.TTF"],
    },
];

/// The family for a word processor's name; Arial's for an unknown one.
pub fn family(docx: &str) -> &'static TextFamily {
    FAMILIES.iter().find(|f| f.docx == docx).unwrap_or(&FAMILIES[0])
}

/// The fonts a PDF may use.
#[derive(Debug)]
pub struct Fonts {
    latin: OnceLock<Vec<Font>>,
    text: [OnceLock<Vec<Font>>; 3],
    cjk: OnceLock<Vec<Font>>,
    cjk_files: Vec<PathBuf>,
    /// Folders searched for the text families before Debian's (tests and other systems).
    text_dirs: Vec<PathBuf>,
}

impl Fonts {
    /// The embedded fonts, the text families in Debian's folders (and `text_dirs` first), and
    /// the CJK collections at `cjk_files` (none: CJK text is refused).
    pub fn new(cjk_files: Vec<PathBuf>, text_dirs: Vec<PathBuf>) -> Fonts {
        Fonts {
            latin: OnceLock::new(),
            text: [OnceLock::new(), OnceLock::new(), OnceLock::new()],
            cjk: OnceLock::new(),
            cjk_files,
            text_dirs,
        }
    }

    /// The embedded fonts and the system's fonts where Debian installs them, shared by
    /// every render of the process (parsing them once is most of their cost).
    pub fn system() -> Arc<Fonts> {
        static SYSTEM: OnceLock<Arc<Fonts>> = OnceLock::new();
        SYSTEM
            .get_or_init(|| {
                let dirs = system_dirs();
                let mut cjk: Vec<PathBuf> = CJK_FILES.iter().map(PathBuf::from).collect();
                cjk.extend(dirs.iter().flat_map(|d| WINDOWS_CJK_FILES.iter().map(move |f| d.join(f))));
                Arc::new(Fonts::new(cjk, dirs))
            })
            .clone()
    }

    /// Libertinus Serif, parsed once (the fallback for signs no text font has).
    pub fn latin(&self) -> &[Font] {
        self.latin.get_or_init(|| {
            typst_assets::fonts().flat_map(|data| Font::iter(Bytes::new(data))).filter(|f| f.info().family == "Libertinus Serif").collect()
        })
    }

    /// The four styles of a text family, read once; `Err` names the package to install.
    pub fn text(&self, family: &TextFamily) -> Result<&[Font], String> {
        let i = FAMILIES.iter().position(|f| f.docx == family.docx).unwrap_or(0);
        let fonts = self.text[i].get_or_init(|| {
            let dirs: Vec<PathBuf> = self.text_dirs.iter().cloned().chain(family.dirs.iter().map(PathBuf::from)).collect();
            // Each style from the first folder that has it, as the metric-compatible file or
            // the family's own (Windows).
            family
                .files
                .iter()
                .zip(family.windows)
                .filter_map(|(file, own)| dirs.iter().flat_map(|d| [d.join(file), d.join(own)]).find_map(|p| std::fs::read(p).ok()))
                .flat_map(|data| Font::iter(Bytes::new(data)))
                .collect()
        });
        if fonts.is_empty() {
            return Err(format!(
                "no font for {}: install the Debian package `{}` (it provides {}, which has the metrics of {}), or put the font files in a folder named by NASKAH_FONTS",
                family.docx, family.package, family.pdf, family.docx
            ));
        }
        Ok(fonts)
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
