//! The Lambang Negara (Garuda Pancasila) of the kepala daerah's letterhead (UU 24/2009
//! Pasal 52 huruf a, Pasal 54 ayat (1) huruf i): an image the user supplies in
//! `style.emblem`, read by the command layer (`fsio::read_bounded`) and passed to the
//! renderers in `render::Options::emblem`. naskah ships no emblem image.
//!
//! A PNG is used as it is; an SVG is laid out as vectors in the PDF and rasterised once
//! here for the DOCX (Word needs a bitmap beside an SVG, LibreOffice reads either).

use crate::limits::Budget;

/// An emblem file: a few hundred KB at most in practice.
pub const EMBLEM_BYTES: Budget = Budget { what: "bytes in the emblem image", limit: 8 * 1024 * 1024 };

/// Height of the emblem on the letterhead, in millimetres (a Garuda of about 2.5 cm, as on
/// the letterheads of kepala daerah seen in practice).
pub const HEIGHT_MM: f32 = 25.0;

/// Width of the empty frame left when no emblem is given, in millimetres (the Garuda is
/// slightly narrower than tall).
pub const FRAME_WIDTH_MM: f32 = 23.0;

/// The image format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Svg,
}

/// An emblem ready for both renderers.
#[derive(Debug, Clone)]
pub struct Emblem {
    pub format: Format,
    /// The file as given.
    pub bytes: Vec<u8>,
    /// A PNG for the DOCX: the file itself, or the SVG rasterised.
    pub png: Vec<u8>,
    /// Size in pixels of `png`.
    pub width: u32,
    pub height: u32,
}

impl Emblem {
    /// Width on the page in millimetres, at `HEIGHT_MM` high.
    pub fn width_mm(&self) -> f32 {
        HEIGHT_MM * self.width as f32 / self.height.max(1) as f32
    }

    /// Recognises a PNG or an SVG by its content; `Err` says why it cannot be used.
    pub fn new(bytes: Vec<u8>) -> Result<Emblem, String> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            let (width, height) = png_size(&bytes).ok_or("the PNG file is truncated or has no image header")?;
            if width == 0 || height == 0 {
                return Err("the PNG image is empty".into());
            }
            return Ok(Emblem { format: Format::Png, png: bytes.clone(), bytes, width, height });
        }
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_lowercase();
        if !head.contains("<svg") {
            return Err("the emblem is neither a PNG nor an SVG image".into());
        }
        let png = rasterise(&bytes)?;
        let (width, height) = png_size(&png).ok_or("the SVG could not be rasterised")?;
        Ok(Emblem { format: Format::Svg, bytes, png, width, height })
    }
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    if b.len() < 24 || &b[12..16] != b"IHDR" {
        return None;
    }
    let w = u32::from_be_bytes(b[16..20].try_into().ok()?);
    let h = u32::from_be_bytes(b[20..24].try_into().ok()?);
    Some((w, h))
}

/// The SVG as a PNG about 600 pixels high (600 dpi at 2.5 cm), never reading a file it
/// refers to.
fn rasterise(svg: &[u8]) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let mut opt = usvg::Options::default();
    // An `<image href="...">` naming a file is not followed: the renderer reads no file.
    opt.image_href_resolver.resolve_string = Box::new(|_, _| None);
    // Text in the SVG (a motto ribbon "BHINNEKA TUNGGAL IKA", a label) needs fonts, which
    // usvg does not load by itself: without them it drops the text silently, and the
    // DOCX's emblem would differ from the PDF's. The fonts the PDF uses are loaded: the
    // text families naskah knows and the embedded Libertinus Serif.
    if String::from_utf8_lossy(svg).contains("<text") {
        let fonts = crate::fonts::Fonts::system();
        let db = opt.fontdb_mut();
        // The families as their files name them (Liberation Sans on Debian, Arial on Windows).
        let mut loaded: Vec<Option<String>> = Vec::new();
        for family in &crate::fonts::FAMILIES {
            let faces = fonts.text(family).unwrap_or_default();
            for f in faces {
                db.load_font_data(f.data().to_vec());
            }
            loaded.push(faces.first().map(|f| f.info().family.clone()));
        }
        for f in fonts.latin() {
            db.load_font_data(f.data().to_vec());
        }
        // FAMILIES[0] is the sans (Arial's), FAMILIES[1] the serif (Times New Roman's).
        let named = |i: usize| loaded.get(i).cloned().flatten().unwrap_or_else(|| "Libertinus Serif".into());
        db.set_sans_serif_family(named(0));
        db.set_serif_family(named(1));
    }
    let tree = usvg::Tree::from_data(svg, &opt).map_err(|e| format!("the SVG cannot be read: {e}"))?;
    let size = tree.size();
    if size.width() <= 0.0 || size.height() <= 0.0 {
        return Err("the SVG image has no size".into());
    }
    let scale = 600.0 / size.height();
    let (w, h) = ((size.width() * scale).ceil() as u32, 600u32);
    if w > 4000 {
        return Err("the SVG image is far wider than an emblem".into());
    }
    let mut pixmap = tiny_skia::Pixmap::new(w.max(1), h).ok_or("the SVG image has no size")?;
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("the SVG could not be rasterised: {e}"))
}
