//! Every generated package is well-formed: all parts parse as XML, every part has a
//! content type, every relationship points at a part that exists.

use crate::harness::{read, sample, unzip, Sandbox};

fn check_package(name: &str, bytes: &[u8]) {
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
    for s in ["denpasar-perth", "denpasar-foodwaste-ksdll", "gianyar-kabupaten", "gianyar-gapyeong-ko"] {
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
