//! Accuracy of the checker on the labelled corpus (`tests/corpus/labels.yaml`): kind
//! recognition, and precision and recall per section. The figures are printed (run with
//! `--nocapture`) and reported in README; the test fails when they fall below the floor.

use crate::harness::root;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Label {
    file: String,
    kind: String,
    #[serde(default)]
    scan: bool,
    sections: BTreeMap<String, bool>,
    #[serde(default)]
    #[allow(dead_code, reason = "documentation for the reader of the labels")]
    languages: Vec<String>,
    #[serde(default)]
    #[allow(dead_code, reason = "documentation for the reader of the labels")]
    notes: String,
}

/// (true positives, false positives, false negatives) per section.
type Counts = BTreeMap<String, (u32, u32, u32)>;

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[test]
fn precision_and_recall_per_section_on_the_labelled_corpus() {
    let dir = root().join("tests/corpus");
    let labels: Vec<Label> = serde_saphyr::from_str(&std::fs::read_to_string(dir.join("labels.yaml")).unwrap()).expect("labels");
    assert!(labels.len() >= 30, "at least 30 labelled drafts");
    let mut counts: Counts = BTreeMap::new();
    let (mut kinds_right, mut kinds_total) = (0, 0);
    let mut misses = Vec::new();
    for label in &labels {
        let bytes = std::fs::read(dir.join(&label.file)).unwrap();
        let doc = match naskah::read::read(&bytes) {
            Ok(doc) => doc,
            Err(e) => {
                assert!(label.scan && !naskah::read::ocr::available(), "{}: unexpected read error {e:?}", label.file);
                assert!(e.message.contains("no text layer"), "{}: a scan is reported as such: {e:?}", label.file);
                continue;
            }
        };
        // A scan is read by OCR when Tesseract is installed, and then scored like any draft.
        assert!(!label.scan || naskah::read::ocr::available(), "{}: a scan was read as text without OCR", label.file);
        let report = naskah::check::check(&doc, None);
        let kind = report.kind.map(|k| k.slug()).unwrap_or("none");
        kinds_total += 1;
        if kind == label.kind {
            kinds_right += 1;
        } else {
            misses.push(format!("{}: kind {kind}, labelled {}", label.file, label.kind));
        }
        if label.kind == "none" {
            continue;
        }
        for (section, &expected) in &label.sections {
            let id = naskah::model::SectionId::from_slug(section).expect("a section name");
            let found = report.status(id).0 != "missing";
            let c = counts.entry(section.clone()).or_default();
            match (found, expected) {
                (true, true) => c.0 += 1,
                (true, false) => {
                    c.1 += 1;
                    misses.push(format!(
                        "{}: {section} found but labelled absent ({:?})",
                        label.file,
                        report.status(id).1.map(|f| &f.text)
                    ));
                }
                (false, true) => {
                    c.2 += 1;
                    misses.push(format!("{}: {section} missed", label.file));
                }
                (false, false) => {}
            }
        }
    }
    println!("kind: {kinds_right}/{kinds_total} right");
    println!("{:<12} {:>9} {:>7}", "section", "precision", "recall");
    let mut table = Vec::new();
    for (section, (tp, fp, fnn)) in &counts {
        let (p, r) = (ratio(*tp, tp + fp), ratio(*tp, tp + fnn));
        println!("{section:<12} {:>9.2} {:>7.2}", p, r);
        table.push((section.clone(), p, r));
    }
    for m in &misses {
        println!("  {m}");
    }
    let floor = |s: &str| if ["scope", "benefit", "output"].contains(&s) { 0.9 } else { 0.75 };
    for (section, p, r) in table {
        assert!(p >= floor(&section) && r >= floor(&section), "{section}: precision {p:.2}, recall {r:.2} below {}", floor(&section));
    }
    assert!(ratio(kinds_right, kinds_total) >= 0.9, "kind recognised in {kinds_right}/{kinds_total}");
}
