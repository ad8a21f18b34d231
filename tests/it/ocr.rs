//! Scans: a generated MoU printed to an image and checked again finds the same sections
//! through OCR; without Tesseract, the message names the packages to install.

use crate::harness::{read, sample, Sandbox};

/// The pages of a PDF, rendered at `dpi` and stacked into one greyscale PNG.
fn scan(pdf: &[u8], dpi: f32) -> Vec<u8> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    use hayro::vello_cpu::color::palette::css::WHITE;
    let pdf = Pdf::new(pdf.to_vec()).expect("a PDF");
    let cache = hayro::RenderCache::new();
    let settings = hayro::RenderSettings { x_scale: dpi / 72.0, y_scale: dpi / 72.0, bg_color: WHITE, ..Default::default() };
    let pages: Vec<_> = pdf.pages().iter().map(|p| hayro::render(p, &cache, &InterpreterSettings::default(), &settings)).collect();
    let width = pages.iter().map(|p| p.width()).max().unwrap() as usize;
    let height: usize = pages.iter().map(|p| p.height() as usize).sum();
    let mut grey = vec![255u8; width * height];
    let mut top = 0;
    for p in &pages {
        let (w, h) = (p.width() as usize, p.height() as usize);
        for (i, px) in p.data_as_u8_slice().chunks_exact(4).enumerate() {
            grey[(top + i / w) * width + i % w] = ((px[0] as u32 * 299 + px[1] as u32 * 587 + px[2] as u32 * 114) / 1000) as u8;
        }
        top += h;
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, width as u32, height as u32);
    enc.set_color(png::ColorType::Grayscale);
    enc.write_header().unwrap().write_image_data(&grey).unwrap();
    out
}

fn sections(json: &str) -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(json).expect("json");
    let f = &v["files"][0];
    let mut out: Vec<(String, String)> =
        f["sections"].as_object().expect("sections").iter().map(|(k, s)| (k.clone(), s["status"].as_str().unwrap().to_string())).collect();
    out.sort();
    out
}

#[test]
fn a_scanned_mou_finds_the_sections_of_the_original() {
    let sb = Sandbox::new();
    let run = sb.run(&[
        "draft",
        "mou",
        sample("denpasar-perth.yaml").to_str().unwrap(),
        "-o",
        "out",
        "--format",
        "pdf",
        "--layout",
        "sequential",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    sb.write("scan.png", scan(&read(&sb.path("out/mou.pdf")), 150.0));
    let original = sb.run(&["check", "out/mou.pdf", "--format", "json"]);
    let scanned = sb.run(&["check", "scan.png", "--format", "json"]);
    if naskah::read::ocr::available() {
        assert_eq!(scanned.code, original.code, "{}\n{}", scanned.stdout, scanned.stderr);
        assert_eq!(sections(&scanned.stdout), sections(&original.stdout));
        let v: serde_json::Value = serde_json::from_str(&scanned.stdout).unwrap();
        assert_eq!(v["files"][0]["text_from"], "ocr");
        assert_eq!(v["files"][0]["kind"], "mou");
        let human = sb.run(&["check", "scan.png"]);
        assert!(human.stdout.contains("text recognised by OCR"), "{}", human.stdout);
    } else {
        assert_eq!(scanned.code, 2);
        assert!(
            scanned.stderr.contains("Tesseract is not installed") && scanned.stderr.contains("tesseract-ocr-ind"),
            "{}",
            scanned.stderr
        );
    }
}
