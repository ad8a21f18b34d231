//! Benchmark of the whole drafting process (not a test): load and validate the input,
//! assemble, render DOCX. Prints the median of repeated runs.
//!
//! `cargo bench --bench draft`

use naskah::assemble::Assembler;
use naskah::library::Library;
use naskah::model::DocKind;
use naskah::render::{docx, Options};
mod common;

use common::time;

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let path = format!("{root}/samples/denpasar-perth.yaml");
    let src = std::fs::read_to_string(&path).expect("the sample");

    let all = time(30, || {
        let loaded = naskah::input::load(&path, &src).expect("valid");
        let asm = Assembler::new(None, Library::embedded().expect("library")).expect("templates");
        for kind in DocKind::ALL {
            let (doc, _) = asm.draft(kind, &loaded.input).expect("draft");
            std::hint::black_box(docx::render(&doc, &Options::default()).expect("render"));
        }
    });
    println!("all five documents of the sample (load, assemble, render): {:.1} ms", all.as_secs_f64() * 1e3);

    // An MoU of N articles: a template that repeats the twelve articles of the sample.
    let base = std::fs::read_to_string(format!("{root}/templates/mou.hbs")).expect("template");
    let (head, rest) = base.split_at(base.find("::clause mou.objective").expect("articles"));
    let (articles, tail) = rest.split_at(rest.find("::clause mou.closing").expect("closing"));
    let mut last: Option<(usize, f64)> = None;
    for n in [10usize, 100, 1000] {
        let dir = tempfile::tempdir().expect("tmp");
        for kind in DocKind::ALL {
            std::fs::copy(format!("{root}/templates/{}.hbs", kind.slug()), dir.path().join(format!("{}.hbs", kind.slug()))).expect("copy");
        }
        // Required articles first, so that even 10 articles make a complete MoU.
        let mut lines: Vec<&str> = articles.lines().filter(|l| !l.trim().is_empty()).collect();
        lines.sort_by_key(|l| !["scope", "benefits", "financing", "duration", "dispute", "language"].iter().any(|r| l.contains(r)));
        let body: String = lines.iter().cycle().take(n).map(|l| format!("{l}\n")).collect();
        std::fs::write(dir.path().join("mou.hbs"), format!("{head}{body}{tail}")).expect("write");
        let t = time(if n >= 1000 { 5 } else { 20 }, || {
            let loaded = naskah::input::load(&path, &src).expect("valid");
            let asm = Assembler::new(Some(dir.path()), Library::embedded().expect("library")).expect("templates");
            let (doc, _) = asm.draft(DocKind::Mou, &loaded.input).expect("draft");
            std::hint::black_box(docx::render(&doc, &Options::default()).expect("render"));
        });
        let ms = t.as_secs_f64() * 1e3;
        let growth = last.map(|(pn, pms)| format!(", x{:.1} for x{} articles", ms / pms, n / pn)).unwrap_or_default();
        println!("MoU of {n} articles (load, assemble, render): {ms:.1} ms{growth}");
        last = Some((n, ms));
    }
}
