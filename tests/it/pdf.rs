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

/// Pages of a PDF, each as its text.
fn pages(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF");
    doc.get_pages().keys().map(|p| doc.extract_text(&[*p]).unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

#[test]
fn the_pdf_uses_the_docx_font_family_and_the_regions_paper() {
    let sb = Sandbox::new();
    let run = sb.run(&["draft", "all", sample("gianyar-kabupaten.yaml").to_str().unwrap(), "-o", "out", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let letter = read(&sb.path("out/dprd-letter.pdf"));
    let doc = lopdf::Document::load_mem(&letter).unwrap();
    let fonts: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"BaseFont").ok().and_then(|n| n.as_name().ok()).map(|n| String::from_utf8_lossy(n).into_owned()))
        .collect();
    assert!(fonts.iter().any(|f| f.contains("LiberationSans")), "Liberation Sans, the metrics of the DOCX's Arial: {fonts:?}");
    let (_, page) = doc.get_pages().into_iter().next().unwrap();
    let media = doc.get_dictionary(page).unwrap().get(b"MediaBox").unwrap().as_array().unwrap().clone();
    let w = media[2].as_float().unwrap();
    let h = media[3].as_float().unwrap();
    assert!((w - 609.4).abs() < 1.0 && (h - 935.4).abs() < 1.0, "F4: {w} x {h}");
}

#[test]
fn signature_blocks_stay_on_the_page_of_the_closing_formula() {
    let sb = Sandbox::new();
    for s in ["banyuwangi-minamiise", "denpasar-perth", "gianyar-kabupaten"] {
        for layout in ["columns", "sequential"] {
            let out = format!("{s}-{layout}");
            let run = sb.run(&[
                "draft",
                "all",
                sample(&format!("{s}.yaml")).to_str().unwrap(),
                "-o",
                &out,
                "--format",
                "pdf",
                "--layout",
                layout,
            ]);
            assert_eq!(run.code, 0, "{}", run.stderr);
            for (kind, closing) in [("loi", "Ditandatangani di"), ("mou", "DIBUAT")] {
                let pages = pages(&read(&sb.path(&format!("{out}/{kind}.pdf"))));
                for (i, p) in pages.iter().enumerate().filter(|(_, p)| p.contains(closing)) {
                    let signed = p[p.find(closing).unwrap()..].contains("UNTUK PEMERINTAH");
                    assert!(signed, "{s} {layout} {kind}: the closing on page {} has no signature after it: {p}", i + 1);
                }
            }
        }
    }
}

#[test]
fn the_pdf_letterhead_places_the_emblem_image() {
    let sb = Sandbox::new();
    // A PNG emblem drawn here: a plain shape, not the Lambang Negara.
    let mut png = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png, 46, 50);
        enc.set_color(png::ColorType::Grayscale);
        let mut w = enc.write_header().unwrap();
        w.write_image_data(&[0u8; 46 * 50]).unwrap();
    }
    sb.write("garuda.png", &png);
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    sb.write("in.yaml", format!("{}\nstyle:\n  emblem: garuda.png\n", src.trim_end()));
    let run = sb.run(&["draft", "dprd-letter", "in.yaml", "-o", "out", "--format", "both"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("style.emblem"), "{}", run.stderr);
    let doc = lopdf::Document::load_mem(&read(&sb.path("out/dprd-letter.pdf"))).unwrap();
    let images = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").ok().and_then(|n| n.as_name().ok()) == Some(b"Image"))
        .count();
    assert_eq!(images, 1, "the emblem is an image of the PDF");
    assert!(!pages(&read(&sb.path("out/dprd-letter.pdf")))[0].contains("LAMBANG NEGARA"), "no empty frame");
}

/// The page of the first paragraph of a read PDF that contains `needle`.
fn page_of(doc: &naskah::model::Document, needle: &str) -> Option<u32> {
    doc.blocks.iter().zip(&doc.locations).find_map(|(b, location)| match b {
        naskah::model::Block::Para { text, .. } if text.0.iter().any(|(_, t)| t.contains(needle)) => location.page,
        _ => None,
    })
}

/// The closing heading ("X. PENUTUP") goes with the closing formula and the signature to the
/// signature's page, in both layouts: a heading is never left alone at a page's foot.
#[test]
fn the_closing_heading_stays_on_the_page_of_the_signature() {
    let sb = Sandbox::new();
    for layout in ["columns", "sequential"] {
        let run = sb.run(&[
            "draft",
            "plan",
            sample("denpasar-perth.yaml").to_str().unwrap(),
            "-o",
            layout,
            "--format",
            "pdf",
            "--layout",
            layout,
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let doc = naskah::read::read(&read(&sb.path(&format!("{layout}/plan.pdf")))).expect("readable");
        let heading = page_of(&doc, "PENUTUP").expect("the closing heading");
        let name = page_of(&doc, "I GUSTI NGURAH JAYA NEGARA").expect("the signature");
        assert_eq!(heading, name, "{layout}: the heading on page {heading}, the signature on page {name}");
    }
}

/// Sixth review, finding 5 (blocks signing): the rule that keeps a letter's number in one
/// box ("14/KEP/DPRD/2026") took a whole Chinese clause for one token at "和/或", so the
/// clause overran the column and its comma moved into a word. Only Latin letters, digits,
/// dots and hyphens around a slash make a number.
#[test]
fn only_latin_numbers_are_kept_whole_at_a_slash() {
    let typ = std::fs::read_to_string(crate::harness::root().join("src/render/pdf.typ")).unwrap();
    let line = typ.lines().find(|l| l.starts_with("#show regex(")).expect("the slash rule");
    let pattern = line.split('"').nth(1).unwrap().replace("\\\\", "\\");
    let re = regex::Regex::new(&pattern).unwrap();
    for number in ["14/KEP/DPRD/2026", "000.2.3/0418/Bag.KS", "dan/atau"] {
        assert_eq!(re.find(number).map(|m| m.as_str()), Some(number), "{pattern}");
    }
    assert_eq!(re.find("因本谅解备忘录的解释和/或实施而产生的任何争议"), None, "{pattern}");
    assert_eq!(re.find("本協定の解釈及び/又は実施"), None, "{pattern}");
    assert_eq!(re.find("해석 및/또는 이행"), None, "{pattern}");
}
