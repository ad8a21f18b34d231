//! `naskah compare`: generated drafts with known edits applied report exactly those
//! changes; the redline accepts to THEIRS and rejects to OURS.

use crate::harness::{read, sample, unzip, Sandbox};

/// Drafts the sample's MoU (DOCX, PDF) in `layout` into `out/`.
fn drafted(sb: &Sandbox, layout: &str) {
    let run =
        sb.run(&["draft", "mou", sample("denpasar-perth.yaml").to_str().unwrap(), "-o", "out", "--format", "both", "--layout", layout]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// A copy of a DOCX with replacements made in its text (as a partner edits in Word).
fn edited(sb: &Sandbox, from: &str, to: &str, edits: &[(&str, &str)]) {
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    for (name, bytes) in unzip(&read(&sb.path(from))) {
        let bytes = if name == "word/document.xml" {
            let mut xml = String::from_utf8(bytes).unwrap();
            for (a, b) in edits {
                assert!(xml.contains(a), "the draft holds {a:?}");
                xml = xml.replacen(a, b, 1);
            }
            xml.into_bytes()
        } else {
            bytes
        };
        zip.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut zip, &bytes).unwrap();
    }
    zip.finish().unwrap();
    sb.write(to, buf.into_inner());
}

fn json(sb: &Sandbox, args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["compare"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let run = sb.run(&all);
    (run.code, serde_json::from_str(&run.stdout).unwrap_or_else(|_| panic!("json: {}\n{}", run.stdout, run.stderr)))
}

fn rules(v: &serde_json::Value) -> Vec<String> {
    let mut r: Vec<String> =
        v["flags"].as_array().unwrap().iter().map(|f| format!("{}:{}", f["lang"].as_str().unwrap(), f["rule"].as_str().unwrap())).collect();
    r.sort();
    r
}

#[test]
fn the_same_draft_as_word_and_as_pdf_differs_only_in_layout() {
    let sb = Sandbox::new();
    drafted(&sb, "sequential");
    let (_, v) = json(&sb, &["out/mou.docx", "out/mou.pdf"]);
    assert!(v["flags"].as_array().unwrap().is_empty(), "{:#}", v["flags"]);
    // Every article but the closing one (whose signature blocks side by side a PDF reads
    // in another order than Word) has no substantive change: labels, page numbers and
    // words broken at line ends are editorial.
    for lang in v["languages"].as_array().unwrap() {
        let arts = lang["articles"].as_array().unwrap();
        for a in &arts[..arts.len() - 1] {
            let substantive: Vec<_> = a["changes"].as_array().unwrap().iter().filter(|c| c["class"] == "substantive").collect();
            assert!(substantive.is_empty(), "{}: {:#?}", lang["lang"], substantive);
        }
    }
    let (code, v) = json(&sb, &["out/mou.docx", "out/mou.docx"]);
    assert_eq!((code, &v["substantive"]), (0, &serde_json::json!(false)));
}

#[test]
fn a_counter_draft_reports_exactly_its_edits() {
    let sb = Sandbox::new();
    drafted(&sb, "columns");
    edited(
        &sb,
        "out/mou.docx",
        "theirs.docx",
        &[
            ("5 (five) years", "3 (three) years"),
            ("will not be referred to any third party, tribunal or court", "will be referred to arbitration in Singapore"),
            ("BASIL ZEMPILAS", "JANE SMITH"),
        ],
    );
    let (code, v) = json(&sb, &["out/mou.docx", "theirs.docx"]);
    assert_eq!(code, 1);
    assert_eq!(rules(&v), vec!["en:C1", "en:S6", "names:C4"], "{:#}", v["flags"]);
    // Changed in English only: each change is its own drift finding.
    let drift: Vec<String> = v["drift"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| format!("{} {}", d["article"].as_str().unwrap(), d["changed_in"].as_str().unwrap()))
        .collect();
    assert!(drift.iter().any(|d| d.starts_with("Article 11") && d.ends_with(" en")), "{drift:?}");
    assert!(drift.iter().any(|d| d.starts_with("Article 9") && d.ends_with(" en")), "{drift:?}");
    // The Indonesian text did not change at all.
    let id = v["languages"].as_array().unwrap().iter().find(|l| l["lang"] == "id").unwrap();
    assert!(id["articles"].as_array().unwrap().iter().all(|a| a["status"] == "same"), "{id:#}");
}

#[test]
fn an_amount_added_and_a_scope_item_removed_against_the_approved_plan() {
    let sb = Sandbox::new();
    drafted(&sb, "columns");
    edited(
        &sb,
        "out/mou.docx",
        "theirs.docx",
        &[
            ("peningkatan kapasitas pengelolaan ekosistem ekonomi kreatif.", ""),
            ("capacity building in the management of the creative-economy ecosystem.", ""),
            ("each Participant will bear its own costs", "the First Participant will contribute IDR 500,000,000"),
        ],
    );
    let (code, v) = json(&sb, &[sample("denpasar-perth.yaml").to_str().unwrap(), "theirs.docx"]);
    assert_eq!(code, 1);
    let r = rules(&v);
    assert!(r.contains(&"en:C3".to_string()), "{r:?}");
    assert!(r.contains(&"id:C5".to_string()) && r.contains(&"en:C5".to_string()), "{r:?}");
}

/// Text of a WordprocessingML body with revisions accepted or rejected.
fn resolved(xml: &str, accept: bool) -> String {
    let doc = roxmltree::Document::parse(xml).unwrap();
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let mut out = String::new();
    for n in doc.descendants() {
        let inside = |tag: &str| n.ancestors().any(|a| a.has_tag_name((w, tag)));
        // Accepted: the text, insertions included; rejected: the text outside insertions,
        // and the deleted text.
        let kept =
            if accept { n.has_tag_name((w, "t")) } else { (n.has_tag_name((w, "t")) && !inside("ins")) || n.has_tag_name((w, "delText")) };
        if kept {
            out.push_str(n.text().unwrap_or_default());
            out.push(' ');
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn words_of(sb: &Sandbox, docx: &str) -> String {
    let doc = naskah::read::read(&read(&sb.path(docx))).unwrap();
    let mut out = String::new();
    // The redline gives the languages in order, then the names that belong to none.
    let mut parts = naskah::compare::segment::parts(&doc);
    parts.sort_by_key(|p| p.lang == naskah::compare::segment::NAMES);
    for part in parts {
        for a in part.articles {
            out.push_str(&format!(" {} {}", a.name(), a.body.join(" ")));
        }
    }
    out.replace("the preamble", "").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_redline_accepts_to_theirs_and_rejects_to_ours() {
    let sb = Sandbox::new();
    drafted(&sb, "sequential");
    edited(&sb, "out/mou.docx", "theirs.docx", &[("5 (five) years", "3 (three) years"), ("will not be referred", "will be referred")]);
    let run = sb.run(&["compare", "out/mou.docx", "theirs.docx", "-o", "red.docx", "--date", "2026-11-30"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let parts = unzip(&read(&sb.path("red.docx")));
    let xml = String::from_utf8(parts.iter().find(|(n, _)| n == "word/document.xml").unwrap().1.clone()).unwrap();
    assert!(xml.contains(r#"w:author="naskah compare" w:date="2026-11-30T00:00:00Z""#));
    assert!(parts.iter().any(|(n, _)| n == "word/comments.xml"), "substantive changes carry comments");
    let norm = |s: &str| {
        s.replace(['(', ')'], " ")
            .split_whitespace()
            .map(|w| w.trim_end_matches(['.', ',', ';', ':']))
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    assert_eq!(norm(&resolved(&xml, true)), norm(&words_of(&sb, "theirs.docx")));
    assert_eq!(norm(&resolved(&xml, false)), norm(&words_of(&sb, "out/mou.docx")));
    // Same inputs, same bytes; and no overwrite without --force.
    let again = sb.run(&["compare", "out/mou.docx", "theirs.docx", "-o", "red.docx"]);
    assert_eq!(again.code, 2);
    let forced = sb.run(&["compare", "out/mou.docx", "theirs.docx", "-o", "red.docx", "--date", "2026-11-30", "--force"]);
    assert_eq!(forced.code, 1);
    assert_eq!(unzip(&read(&sb.path("red.docx"))), parts);
}

#[test]
fn an_article_inserted_renumbers_the_rest() {
    let sb = Sandbox::new();
    drafted(&sb, "sequential");
    // As text: the draft's articles, with a new English Article 10 before Amendment.
    let doc = naskah::read::read(&read(&sb.path("out/mou.docx"))).unwrap();
    let mut lines = Vec::new();
    for part in naskah::compare::segment::parts(&doc) {
        for a in part.articles {
            let (label, title) = (a.label.clone(), a.title.clone());
            if part.lang == "en" && a.number >= 10 {
                if a.number == 10 {
                    lines.push("ARTICLE 10".to_string());
                    lines.push("ARBITRATION".to_string());
                    lines
                        .push("Any dispute not settled within ninety (90) days shall be referred to arbitration in Singapore.".to_string());
                }
                lines.push(format!("ARTICLE {}", a.number + 1));
            } else if !label.is_empty() {
                lines.push(label);
            }
            if !title.is_empty() {
                lines.push(title);
            }
            lines.extend(a.body);
        }
    }
    sb.write("theirs.txt", lines.join("\n"));
    let (code, v) = json(&sb, &["out/mou.docx", "theirs.txt"]);
    assert_eq!(code, 1);
    let en = v["languages"].as_array().unwrap().iter().find(|l| l["lang"] == "en").unwrap();
    let arts = en["articles"].as_array().unwrap();
    let inserted: Vec<u64> = arts.iter().filter(|a| a["status"] == "inserted").map(|a| a["theirs"]["number"].as_u64().unwrap()).collect();
    assert_eq!(inserted, vec![10]);
    let renumbered: Vec<(u64, u64)> = arts
        .iter()
        .filter(|a| a["renumbered"] == true)
        .map(|a| (a["ours"]["number"].as_u64().unwrap(), a["theirs"]["number"].as_u64().unwrap()))
        .collect();
    assert_eq!(renumbered, vec![(10, 11), (11, 12), (12, 13)]);
    assert_eq!(rules(&v), vec!["en:S6"]);
    let human = sb.run(&["compare", "out/mou.docx", "theirs.txt"]);
    assert!(human.stdout.contains("structure: Article 10 ARBITRATION is new"), "{}", human.stdout);
    assert!(human.stdout.contains("structure: Article 10 AMENDMENT is now Article 11 AMENDMENT"), "{}", human.stdout);
}

/// The counter-draft of `tests/fixtures/lo` (made by its `make.py`): the sample's MoU with
/// six edits a partner makes in Word, saved by LibreOffice as DOCX (its own styles, runs and
/// numbering) and exported by it as PDF. Compare reports exactly those edits, no more.
#[test]
fn a_counter_draft_saved_by_libreoffice_reports_exactly_its_edits() {
    let fixtures = crate::harness::root().join("tests/fixtures/lo");
    let sb = Sandbox::new();
    let ours = fixtures.join("ours.docx");
    for theirs in ["theirs.docx", "theirs.pdf"] {
        let theirs = fixtures.join(theirs);
        let (code, v) = json(&sb, &[ours.to_str().unwrap(), theirs.to_str().unwrap()]);
        assert_eq!(code, 1);
        // Arbitration in both languages, an amount in both, the term in English, the signatory.
        assert_eq!(rules(&v), vec!["en:C1", "en:C3", "en:S6", "id:C3", "id:S6", "names:C4"], "{theirs:?}: {:#}", v["flags"]);
        for lang in v["languages"].as_array().unwrap() {
            let arts = lang["articles"].as_array().unwrap();
            // Articles 7 and 8 swapped places and numbers, their text unchanged.
            let swapped: Vec<(u64, u64)> = arts
                .iter()
                .filter(|a| a["renumbered"] == true)
                .map(|a| (a["ours"]["number"].as_u64().unwrap(), a["theirs"]["number"].as_u64().unwrap()))
                .collect();
            assert_eq!(swapped, vec![(8, 7), (7, 8)], "{theirs:?} {}", lang["lang"]);
            // Substantive changes where the edits are, and nothing else changed at all.
            let changed: Vec<u64> = arts
                .iter()
                .filter(|a| a["changes"].as_array().unwrap().iter().any(|c| c["class"] == "substantive"))
                .map(|a| a["ours"]["number"].as_u64().unwrap())
                .collect();
            let expected: Vec<u64> = if lang["lang"] == "en" { vec![2, 5, 9, 11] } else { vec![2, 5, 9] };
            assert_eq!(changed, expected, "{theirs:?} {}", lang["lang"]);
            let other: Vec<&serde_json::Value> =
                arts.iter().flat_map(|a| a["changes"].as_array().unwrap()).filter(|c| c["class"] != "substantive").collect();
            assert!(other.is_empty(), "{theirs:?} {}: {other:#?}", lang["lang"]);
        }
        let drift: Vec<String> = v["drift"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| format!("{} {}", d["article"].as_str().unwrap(), d["changed_in"].as_str().unwrap()))
            .collect();
        assert_eq!(drift, vec!["Article 11 COMMENCEMENT, DURATION AND TERMINATION en"], "{theirs:?}");
        // The terminal report names the signatory too.
        let run = sb.run(&["compare", ours.to_str().unwrap(), theirs.to_str().unwrap()]);
        assert!(
            run.stdout.contains("[names and signatures]\n  warning C4 a name changed (a signatory?): BASIL ZEMPILAS -> JANE SMITH"),
            "{}",
            run.stdout
        );
    }
}

/// Our own MoU against the input it was drafted from: nothing changed, nothing flagged (a
/// list item in a cell of its own, "c. peningkatan kapasitas ...", once read as English
/// for want of common words, made the approved scope look removed).
#[test]
fn our_own_mou_against_its_input_flags_nothing() {
    let sb = Sandbox::new();
    drafted(&sb, "columns");
    let (code, v) = json(&sb, &[sample("denpasar-perth.yaml").to_str().unwrap(), "out/mou.docx"]);
    assert_eq!(rules(&v), Vec::<String>::new());
    assert_eq!(code, 0, "{v:#}");
}

/// Two text drafts carry no date and no `--date` is given: the revisions are undated, not
/// dated with a made-up day (review of the page: "dated 2000-01-01").
#[test]
fn a_redline_of_undated_drafts_has_undated_revisions() {
    let sb = Sandbox::new();
    sb.write("ours.txt", "MEMORANDUM OF UNDERSTANDING\nArticle 1\nScope\nThe Parties will cooperate in tourism for five (5) years.\n");
    sb.write("theirs.txt", "MEMORANDUM OF UNDERSTANDING\nArticle 1\nScope\nThe Parties will cooperate in tourism for three (3) years.\n");
    let run = sb.run(&["compare", "ours.txt", "theirs.txt", "-o", "red.docx"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let parts = unzip(&read(&sb.path("red.docx")));
    let xml = String::from_utf8(parts.iter().find(|(n, _)| n == "word/document.xml").unwrap().1.clone()).unwrap();
    assert!(xml.contains(r#"<w:ins w:id="#) && xml.contains(r#"w:author="naskah compare""#), "{xml}");
    assert!(!xml.contains("w:date="), "{xml}");
}

/// The term and the notice cut in one article are paired by their units, and an output's
/// target cut is flagged (review of the page: "5 (lima) tahun, 6 (enam) bulan -> 3 (tiga)
/// bulan, 3 (tiga) tahun", and the target change only in the article's redline).
#[test]
fn term_changes_pair_by_unit_and_a_cut_output_target_is_flagged() {
    let sb = Sandbox::new();
    drafted(&sb, "columns");
    edited(
        &sb,
        "out/mou.docx",
        "theirs.docx",
        &[
            ("5 (five) years", "3 (three) years"),
            ("6 (six) months", "3 (three) months"),
            ("target: 20 (twenty) persons", "target: 12 (twelve) persons"),
        ],
    );
    let (code, v) = json(&sb, &["out/mou.docx", "theirs.docx"]);
    assert_eq!(code, 1);
    let messages: Vec<String> = v["flags"].as_array().unwrap().iter().map(|f| f["message"].as_str().unwrap().to_string()).collect();
    assert!(
        messages.iter().any(|m| m.ends_with(": 5 (five) years -> 3 (three) years; 6 (six) months -> 3 (three) months")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.starts_with("a figure of the benefits or outputs changed in Article ") && m.ends_with(": 20 -> 12")),
        "{messages:?}"
    );
}

/// In a side-by-side Word draft, a cell too short to tell its language ("ANTARA", a
/// country's name) takes its column's: the Indonesian title stays whole in the redline.
#[test]
fn short_cells_of_a_side_by_side_draft_keep_their_columns_language() {
    let sb = Sandbox::new();
    drafted(&sb, "columns");
    let doc = naskah::read::read(&read(&sb.path("out/mou.docx"))).unwrap();
    let parts = naskah::compare::segment::parts(&doc);
    let id = parts.iter().find(|p| p.lang == "id").unwrap();
    let preamble = id.articles[0].text();
    assert!(preamble.contains("ANTARA") && preamble.contains("DAN"), "{preamble}");
    let en = parts.iter().find(|p| p.lang == "en").unwrap();
    assert!(!en.articles[0].text().contains("ANTARA"), "{}", en.articles[0].text());
}
