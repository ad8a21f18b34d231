//! Benchmark of the checker (not a test): a 50-page text PDF against `pdftotext`, a DOCX
//! draft, and 1000 drafts in a folder through the real binary.
//!
//! `cargo bench --bench check`

use naskah::assemble::Assembler;
use naskah::library::Library;
use naskah::model::DocKind;
mod common;

use common::time;
use std::time::Instant;

/// A PDF of `pages` pages of agreement text (Helvetica, 45 lines a page).
fn long_pdf(pages: usize, lines: &[String]) -> Vec<u8> {
    use lopdf::{dictionary, Object, Stream};
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {"Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica"});
    let mut kids = Vec::new();
    let mut source = lines.iter().cycle();
    for _ in 0..pages {
        let mut content = String::from("BT /F1 9 Tf 11 TL 50 800 Td ");
        for _ in 0..45 {
            let line: String =
                source.next().expect("cycle").chars().filter(|c| c.is_ascii() && *c != '(' && *c != ')' && *c != '\\').take(110).collect();
            content.push_str(&format!("({line}) Tj T* "));
        }
        content.push_str("ET");
        let content_id = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            "Resources" => dictionary! {"Font" => dictionary! {"F1" => font}},
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        kids.push(page.into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(pages_id, Object::Dictionary(dictionary! {"Type" => "Pages", "Kids" => kids, "Count" => count}));
    let catalog = doc.add_object(dictionary! {"Type" => "Catalog", "Pages" => pages_id});
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("PDF");
    out
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let path = format!("{root}/samples/denpasar-perth.yaml");
    let src = std::fs::read_to_string(&path).expect("sample");
    let loaded = naskah::input::load(&path, &src).expect("valid");
    let asm = Assembler::new(None, Library::embedded().expect("library")).expect("templates");
    let mut docs = Vec::new();
    for kind in DocKind::ALL {
        let (doc, _) = asm.draft(kind, &loaded.input).expect("draft");
        docs.push((kind, naskah::render::docx::render(&doc, &Default::default()).expect("render"), naskah::model::dump(&doc)));
    }
    let dir = tempfile::tempdir().expect("tmp");

    // A 50-page PDF, against pdftotext on the same file.
    let mou_text: Vec<String> = docs
        .iter()
        .find(|d| d.0 == DocKind::Mou)
        .expect("mou")
        .2
        .lines()
        .map(|l| l.trim().trim_start_matches("id| ").trim_start_matches("en| ").to_string())
        .collect();
    let pdf = long_pdf(50, &mou_text);
    let pdf_path = dir.path().join("long.pdf");
    std::fs::write(&pdf_path, &pdf).expect("write");
    let ours = time(10, || {
        let doc = naskah::read::read(&std::fs::read(&pdf_path).expect("read")).expect("readable");
        std::hint::black_box(naskah::check::check(&doc, None));
    });
    println!("50-page text PDF ({} KB): naskah read + check {:.1} ms", pdf.len() / 1024, ours.as_secs_f64() * 1e3);
    match std::process::Command::new("pdftotext").arg("-v").output() {
        Ok(_) => {
            let theirs = time(10, || {
                let out = std::process::Command::new("pdftotext").arg(&pdf_path).arg("-").output().expect("pdftotext");
                std::hint::black_box(out);
            });
            println!("50-page text PDF: pdftotext (process, extraction only) {:.1} ms", theirs.as_secs_f64() * 1e3);
        }
        Err(_) => println!("pdftotext not installed (apt-get install poppler-utils) - no comparison"),
    }

    // A DOCX draft.
    let mou = &docs.iter().find(|d| d.0 == DocKind::Mou).expect("mou").1;
    let docx = time(30, || {
        let doc = naskah::read::read(mou).expect("readable");
        std::hint::black_box(naskah::check::check(&doc, None));
    });
    println!("DOCX MoU draft ({} KB): read + check {:.2} ms", mou.len() / 1024, docx.as_secs_f64() * 1e3);

    // 1000 drafts in a folder, through the binary.
    let folder = dir.path().join("drafts");
    std::fs::create_dir(&folder).expect("mkdir");
    for i in 0..1000 {
        let (kind, bytes, text) = &docs[i % docs.len()];
        if i % 2 == 0 {
            std::fs::write(folder.join(format!("{i:04}-{}.docx", kind.slug())), bytes).expect("write");
        } else {
            std::fs::write(folder.join(format!("{i:04}-{}.txt", kind.slug())), text).expect("write");
        }
    }
    let start = Instant::now();
    let out =
        std::process::Command::new(env!("CARGO_BIN_EXE_naskah")).args(["check", "--format", "json"]).arg(&folder).output().expect("run");
    let elapsed = start.elapsed();
    println!(
        "1000 drafts in a folder (500 DOCX, 500 text), `naskah check DIR --format json`: {:.2} s (exit {})",
        elapsed.as_secs_f64(),
        out.status.code().unwrap_or(-1)
    );
}
