//! Every generated package is well-formed: all parts parse as XML, every part has a
//! content type, every relationship points at a part that exists.

use crate::harness::{read, sample, unzip, Sandbox};

pub fn check_package(name: &str, bytes: &[u8]) {
    let parts = unzip(bytes);
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    for (part, data) in &parts {
        if part.ends_with(".xml") || part.ends_with(".rels") {
            let text = std::str::from_utf8(data).unwrap_or_else(|_| panic!("{name}: {part} is not UTF-8"));
            roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{name}: {part} is not well-formed: {e}"));
        }
    }
    let types = parts.iter().find(|(n, _)| n == "[Content_Types].xml").expect("content types");
    let types = roxmltree::Document::parse(std::str::from_utf8(&types.1).unwrap()).unwrap();
    let defaults: Vec<&str> = types.descendants().filter(|n| n.has_tag_name("Default")).filter_map(|n| n.attribute("Extension")).collect();
    let overrides: Vec<&str> = types.descendants().filter(|n| n.has_tag_name("Override")).filter_map(|n| n.attribute("PartName")).collect();
    for part in &names {
        if part.ends_with('/') || *part == "[Content_Types].xml" {
            continue;
        }
        let ext = part.rsplit('.').next().unwrap_or_default();
        assert!(defaults.contains(&ext) || overrides.contains(&format!("/{part}").as_str()), "{name}: part {part} has no content type");
    }
    for over in &overrides {
        assert!(names.contains(&over.trim_start_matches('/')), "{name}: content type for missing part {over}");
    }
    for (part, data) in parts.iter().filter(|(n, _)| n.ends_with(".rels")) {
        let base = part.replace("_rels/", "").trim_end_matches(".rels").to_string();
        let dir = base.rsplit_once('/').map(|(d, _)| format!("{d}/")).unwrap_or_default();
        let rels = roxmltree::Document::parse(std::str::from_utf8(data).unwrap()).unwrap();
        for rel in rels.descendants().filter(|n| n.has_tag_name("Relationship")) {
            if rel.attribute("TargetMode") == Some("External") {
                continue;
            }
            let target = rel.attribute("Target").expect("a target");
            let resolved = if let Some(abs) = target.strip_prefix('/') { abs.to_string() } else { format!("{dir}{target}") };
            assert!(names.contains(&resolved.as_str()), "{name}: {part} points at missing part {resolved}");
        }
    }
}

#[test]
fn every_generated_package_is_well_formed() {
    let sb = Sandbox::new();
    for s in ["denpasar-perth", "denpasar-foodwaste-ksdll", "gianyar-kabupaten", "gianyar-gapyeong-ko", "banyuwangi-minamiise"] {
        for layout in ["columns", "sequential"] {
            let out = sb.path(&format!("{s}-{layout}"));
            let run =
                sb.run(&["draft", "all", sample(&format!("{s}.yaml")).to_str().unwrap(), "-o", out.to_str().unwrap(), "--layout", layout]);
            assert_eq!(run.code, 0, "{}", run.stderr);
            for entry in std::fs::read_dir(&out).unwrap() {
                let path = entry.unwrap().path();
                check_package(&path.display().to_string(), &read(&path));
            }
        }
    }
}

#[test]
fn the_redline_of_compare_is_a_well_formed_package() {
    let sb = Sandbox::new();
    let input = sample("denpasar-perth.yaml");
    let run = sb.run(&["draft", "mou", input.to_str().unwrap(), "-o", "out", "--layout", "sequential"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = sb.run(&["compare", input.to_str().unwrap(), "out/mou.docx", "-o", "red.docx"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    check_package("red.docx", &read(&sb.path("red.docx")));
}

#[test]
fn documents_carry_languages_styles_and_a_repeated_header_row() {
    let sb = Sandbox::new();
    let run = sb.run(&["draft", "all", sample("denpasar-perth.yaml").to_str().unwrap(), "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let part = |file: &str, name: &str| {
        let parts = unzip(&read(&sb.path(&format!("out/{file}"))));
        String::from_utf8(parts.into_iter().find(|(n, _)| n == name).expect(name).1).unwrap()
    };
    let styles = part("mou.docx", "word/styles.xml");
    assert!(styles.contains(r#"w:styleId="Heading1""#) && styles.contains(r#"w:styleId="Title""#));
    let mou = part("mou.docx", "word/document.xml");
    assert!(mou.contains(r#"<w:rStyle w:val="LangID"/>"#) && mou.contains(r#"<w:rStyle w:val="LangEN"/>"#));
    assert!(mou.contains(r#"<w:lang w:val="id-ID" w:eastAsia="id-ID"/>"#), "Indonesian runs are marked Indonesian");
    assert!(mou.contains(r#"<w:lang w:val="en-GB" w:eastAsia="en-GB"/>"#), "English runs are marked English");
    assert!(mou.contains("PASAL 12") && mou.contains("ARTICLE 12"));
    let action = part("action-plan.docx", "word/document.xml");
    assert!(action.contains("<w:tblHeader/>"), "the action plan repeats its header row");
    assert!(action.contains(r#"w:orient="landscape""#), "the action plan is landscape");
    let footer = part("mou.docx", "word/footer1.xml");
    assert!(footer.contains("PAGE") && footer.contains("NUMPAGES"), "page X / Y in the footer");
}

/// The `w:pgSz` of a DOCX's section: width and height in twips.
fn page_size(xml: &str) -> (u32, u32) {
    let doc = roxmltree::Document::parse(xml).unwrap();
    let sz = doc.descendants().find(|n| n.has_tag_name("pgSz")).expect("a page size");
    let attr = |k: &str| sz.attributes().find(|a| a.name() == k).unwrap().value().parse().unwrap();
    (attr("w"), attr("h"))
}

fn part(bytes: &[u8], name: &str) -> Option<String> {
    unzip(bytes).into_iter().find(|(n, _)| n == name).map(|(_, b)| String::from_utf8(b).unwrap())
}

#[test]
fn the_letterhead_carries_the_emblem_or_a_marked_frame_of_its_size() {
    let sb = Sandbox::new();
    let with = sb.with_emblem("denpasar-perth.yaml");
    let run = sb.run(&["draft", "dprd-letter", with.to_str().unwrap(), "-o", "with"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let docx = read(&sb.path("with/dprd-letter.docx"));
    check_package("with emblem", &docx);
    assert!(unzip(&docx).iter().any(|(n, _)| n == "word/media/emblem.png"), "the image is in the package");
    let body = part(&docx, "word/document.xml").unwrap();
    assert!(body.contains(r#"<a:blip r:embed="rIdEmblem"/>"#) && body.contains(r#"name="Lambang Negara""#), "placed above the title");
    assert!(part(&docx, "word/_rels/document.xml.rels").unwrap().contains("media/emblem.png"));
    assert!(body.find("Lambang Negara").unwrap() < body.find("WALI KOTA DENPASAR").unwrap());

    let run = sb.run(&["draft", "dprd-letter", sample("denpasar-perth.yaml").to_str().unwrap(), "-o", "without"]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains("warning: no `style.emblem`"), "said as a warning: {}", run.stderr);
    let docx = read(&sb.path("without/dprd-letter.docx"));
    assert!(!unzip(&docx).iter().any(|(n, _)| n.starts_with("word/media/")));
    let body = part(&docx, "word/document.xml").unwrap();
    assert!(body.contains("LAMBANG NEGARA") && body.contains(r#"w:val="dashed""#), "a marked, dashed frame");
    assert!(body.contains(r#"<w:trHeight w:val="1417" w:hRule="exact"/>"#), "25 mm high");
}

#[test]
fn paper_font_and_margins_follow_the_regions_style() {
    let sb = Sandbox::new();
    // gianyar-kabupaten: F4 for the letter and its attachments, A4 for the agreements.
    let run = sb.run(&["draft", "all", sample("gianyar-kabupaten.yaml").to_str().unwrap(), "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = |kind: &str| part(&read(&sb.path(&format!("out/{kind}.docx"))), "word/document.xml").unwrap();
    let f4 = (12_189, 18_709);
    assert_eq!(page_size(&doc("dprd-letter")), f4);
    assert_eq!(page_size(&doc("plan")), f4);
    assert_eq!(page_size(&doc("action-plan")), (f4.1, f4.0), "landscape F4");
    assert_eq!(page_size(&doc("mou")), (11_906, 16_838), "A4");
    assert!(doc("dprd-letter").contains(r#"w:left="1701""#), "a left margin of 3 cm");
    let styles = part(&read(&sb.path("out/dprd-letter.docx")), "word/styles.xml").unwrap();
    assert!(styles.contains(r#"w:ascii="Arial""#) && styles.contains(r#"<w:sz w:val="24" />"#), "Arial 12");
    assert_eq!(styles.matches(r#"w:styleId="Normal""#).count(), 1, "one Normal style");
    // The older layout: "Kepada / Yth." on the right, beside Lampiran and Hal.
    let letter = doc("dprd-letter");
    let kepada = letter.find("Kepada").unwrap();
    assert!(letter.find("Lampiran").unwrap() < kepada && kepada < letter.find(">Hal<").unwrap(), "Kepada stands in the header's rows");
    let run = sb.run(&["draft", "dprd-letter", sample("denpasar-perth.yaml").to_str().unwrap(), "-o", "left"]);
    assert_eq!(run.code, 0);
    let left = part(&read(&sb.path("left/dprd-letter.docx")), "word/document.xml").unwrap();
    assert!(!left.contains("Kepada") && left.find("Yth. Ketua").unwrap() > left.find(">Hal<").unwrap(), "Yth. under Hal");
}

/// The file's properties name the document in Indonesian and the program that wrote it, in
/// the DOCX and the PDF alike (review 14, finding 21: "unknown", and an English title for an
/// Indonesian letter).
#[test]
fn a_document_s_properties_name_it_in_indonesian() {
    let sb = Sandbox::new();
    let run = sb.run(&["draft", "dprd-letter", sample("denpasar-perth.yaml").to_str().unwrap(), "-o", "out", "--format", "both"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let core = part(&read(&sb.path("out/dprd-letter.docx")), "docProps/core.xml").expect("core properties");
    let title = "Surat Permohonan Persetujuan DPRD: Pemerintah Kota Denpasar - Pemerintah Kota Perth";
    assert!(core.contains(&format!("<dc:title>{title}</dc:title>")), "{core}");
    assert!(core.contains("<dc:creator>naskah</dc:creator>") && !core.contains("unknown"), "{core}");
    let pdf = lopdf::Document::load_mem(&read(&sb.path("out/dprd-letter.pdf"))).expect("a PDF");
    let info = pdf.trailer.get(b"Info").and_then(|i| i.as_reference()).and_then(|r| pdf.get_dictionary(r)).expect("an Info dictionary");
    let pdf_title = info.get(b"Title").ok().and_then(|t| lopdf::decode_text_string(t).ok()).unwrap_or_default();
    assert_eq!(pdf_title, title);
}
