//! The PDF renderer: reproducible, text extractable in reading order, data set literally,
//! and a round trip through the checker.

use crate::harness::{read, sample, Sandbox};

fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF lopdf can read");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    // Words, one space apart: a title may wrap over two lines.
    doc.extract_text(&pages).expect("text").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn pdfs_are_reproducible_and_pass_the_check() {
    let sb = Sandbox::new();
    let input = sample("denpasar-perth.yaml");
    for dir in ["a", "b"] {
        let run = sb.run(&["draft", "all", input.to_str().unwrap(), "-o", dir, "--format", "both"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    for kind in ["loi", "mou", "plan", "action-plan", "dprd-letter"] {
        let a = read(&sb.path(&format!("a/{kind}.pdf")));
        assert!(a.starts_with(b"%PDF-"), "{kind}.pdf is a PDF");
        assert!(a == read(&sb.path(&format!("b/{kind}.pdf"))), "{kind}.pdf differs between two runs");
        assert!(sb.path(&format!("a/{kind}.docx")).exists(), "--format both writes the DOCX too");
    }
    let text = pdf_text(&read(&sb.path("a/mou.pdf")));
    assert!(text.contains("NOTA KESEPAHAMAN") && text.contains("MEMORANDUM OF UNDERSTANDING"), "{text}");
    assert!(text.contains("PASAL") && text.contains("ARTICLE") && text.contains("RUANG LINGKUP"), "{text}");
    let run = sb.run(&["check", "a/loi.pdf", "a/mou.pdf", "a/plan.pdf", "a/dprd-letter.pdf", "a/action-plan.pdf", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    for file in v["files"].as_array().unwrap() {
        let errors: Vec<&serde_json::Value> = file["findings"].as_array().unwrap().iter().filter(|f| f["severity"] == "error").collect();
        assert!(errors.is_empty(), "{}: {errors:?}", file["path"]);
    }
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn names_are_set_literally_in_the_pdf() {
    let sb = Sandbox::new();
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    sb.write("in.yaml", src.replace("name: Basil Zempilas", "name: \"Seoul & Co. #1 *x* $y$ <b>\""));
    let run = sb.run(&["draft", "loi", "in.yaml", "-o", "out", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&read(&sb.path("out/loi.pdf")));
    assert!(text.contains("SEOUL & CO. #1 *X* $Y$ <B>"), "{text}");
}

/// Korean needs a system CJK font: with Debian's fonts-noto-cjk it renders; without, the
/// error names the package to install.
#[test]
fn korean_text_uses_the_system_cjk_font_or_names_the_package() {
    let sb = Sandbox::new();
    let run = sb.run(&["draft", "mou", sample("gianyar-gapyeong-ko.yaml").to_str().unwrap(), "-o", "out", "--format", "pdf"]);
    if std::path::Path::new("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc").exists() {
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(pdf_text(&read(&sb.path("out/mou.pdf"))).contains("양해각서"));
    } else {
        assert_eq!(run.code, 2);
        assert_eq!(
            run.stderr,
            "error: mou.pdf: no font for the `ko` text: install the Debian package `fonts-noto-cjk` (it provides Noto Serif CJK KR)\n"
        );
    }
}
