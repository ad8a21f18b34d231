//! OCR of scans: images (PNG, JPEG, TIFF) and PDF pages without a text layer, through the
//! Tesseract command line (Debian `tesseract-ocr`, `tesseract-ocr-ind`,
//! `tesseract-ocr-eng`), in Indonesian and English. PDF pages are rasterised in process
//! by hayro (pure Rust, already in the build under typst) and handed to Tesseract as a
//! greyscale PNM on its standard input; nothing is written to disk.
//!
//! Bounded: pages OCR'd per file (`OCR_PAGES`) and pixels per page (`OCR_PIXELS`); each
//! Tesseract run is a child process that ends with the file's worker if the time budget
//! runs out.

use super::ReadError;
use crate::limits::{OCR_PAGES, OCR_PIXELS};
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// The packages that provide what OCR needs, for hints.
pub const PACKAGES: &str = "tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng";

/// Whether Tesseract is installed with the Indonesian and English models; asked once.
/// `NASKAH_OCR=off` turns OCR off (scans are then reported, not read: for fuzzing, and
/// for batches that should only list their scans).
pub fn available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        if std::env::var_os("NASKAH_OCR").is_some_and(|v| v == "off") {
            return false;
        }
        let Ok(out) = Command::new("tesseract").arg("--list-langs").stdin(Stdio::null()).output() else { return false };
        let langs = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
        let has = |l: &str| langs.lines().any(|line| line.trim() == l);
        out.status.success() && has("ind") && has("eng")
    })
}

/// The error when OCR is needed and Tesseract is missing.
pub fn missing(what: &str) -> ReadError {
    ReadError::new(format!("{what}: reading it needs OCR, and Tesseract is not installed")).hint(format!(
        "install it (Debian: `apt-get install {PACKAGES}`), or run OCR first, for example `ocrmypdf -l ind+eng scan.pdf text.pdf`"
    ))
}

/// The text of an image file (PNG, JPEG, TIFF: whatever Tesseract reads).
pub fn image(bytes: &[u8]) -> Result<String, ReadError> {
    if !available() {
        return Err(missing("the file is an image (a scan?)"));
    }
    tesseract(bytes)
}

/// The text of every page of a PDF, rasterised at 300 dpi.
pub fn pdf(bytes: &[u8]) -> Result<Vec<String>, ReadError> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    use hayro::vello_cpu::color::palette::css::WHITE;
    if !available() {
        return Err(missing("the PDF has no text layer (a scan?)"));
    }
    let pdf = Pdf::new(bytes.to_vec()).map_err(|_| ReadError::new("the scanned PDF could not be opened for OCR"))?;
    let pages = pdf.pages();
    if pages.len() as u64 > OCR_PAGES.limit {
        return Err(ReadError::budget("the scanned PDF", &OCR_PAGES, Some(pages.len() as u64))
            .hint("run OCR on it first, for example `ocrmypdf -l ind+eng scan.pdf text.pdf`, then check the result"));
    }
    let cache = hayro::RenderCache::new();
    let settings = InterpreterSettings::default();
    let mut out = Vec::new();
    for page in pages.iter() {
        let (w, h) = page.render_dimensions();
        // 300 dpi, unless the page is so large that it would pass the pixel budget.
        let mut scale = 300.0 / 72.0;
        let pixels = (w * scale) as f64 * (h * scale) as f64;
        if pixels > OCR_PIXELS.limit as f64 {
            scale *= (OCR_PIXELS.limit as f64 / pixels).sqrt() as f32;
        }
        let render = hayro::RenderSettings { x_scale: scale, y_scale: scale, bg_color: WHITE, ..Default::default() };
        let pixmap = hayro::render(page, &cache, &settings, &render);
        out.push(tesseract(&pnm(pixmap.width(), pixmap.height(), pixmap.data_as_u8_slice()))?);
    }
    Ok(out)
}

/// A greyscale PNM (P5) of RGBA pixels on white: the simplest image Tesseract reads.
fn pnm(width: u16, height: u16, rgba: &[u8]) -> Vec<u8> {
    let mut out = format!("P5\n{width} {height}\n255\n").into_bytes();
    out.extend(rgba.chunks_exact(4).map(|p| ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8));
    out
}

/// Runs Tesseract on an image given on its standard input.
fn tesseract(image: &[u8]) -> Result<String, ReadError> {
    let failed = |e: String| ReadError::new(format!("OCR failed: {e}")).hint(format!("check the Tesseract installation (`{PACKAGES}`)"));
    let mut child = Command::new("tesseract")
        .args(["stdin", "stdout", "-l", "ind+eng", "--psm", "3"])
        // One thread: Tesseract's OpenMP threads cost three times the time on a busy
        // machine (measured: 2.2 s against 6.5 s for a page), and a batch already reads a
        // file per core.
        .env("OMP_THREAD_LIMIT", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed(e.to_string()))?;
    let mut stdin = child.stdin.take().ok_or_else(|| failed("no input pipe".into()))?;
    let data = image.to_vec();
    // Written from a thread, so that a large image cannot fill the pipe while Tesseract
    // waits for its output to be read.
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child.wait_with_output().map_err(|e| failed(e.to_string()))?;
    let _ = writer.join();
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or("unknown error").to_string();
        return Err(
            ReadError::new(format!("OCR could not read the image ({why})")).hint("check that the file is a readable PNG, JPEG or TIFF")
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
