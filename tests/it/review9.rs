//! Regressions of the ninth unseen review (Provinsi Jawa Tengah and the Dutch province of
//! Zeeland, Dutch added as a third language through `naskah clauses export`): each finding
//! as a property of the tool, so that the mechanism stays fixed, not the sentence.

use crate::harness::{read, sample, Sandbox};

const MONTHS: &str = "januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december";

/// Exported texts in a sandbox and a case with Dutch (`nl`) as its third language: the
/// Korean sample, its Korean `third` texts standing in (the tests read the tool's
/// messages and the helpers' output, not the words).
fn dutch_case(sb: &Sandbox) -> String {
    assert_eq!(sb.run(&["clauses", "export", "texts"]).code, 0);
    let src = std::fs::read_to_string(sample("gianyar-gapyeong-ko.yaml")).unwrap().replace("code: ko", "code: nl");
    sb.write("nl.yaml", &src);
    std::fs::read_to_string(sb.path("texts/templates/phrases/ko.yaml")).unwrap()
}

/// The clauses of the export with a Dutch text (the Korean one, relabelled).
fn translate_clauses(sb: &Sandbox) {
    for entry in std::fs::read_dir(sb.path("texts/clauses")).unwrap() {
        let path = entry.unwrap().path();
        let src = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, src.replace("\n  ko: |", "\n  nl: |").replace("\n  ko: ", "\n  nl: ")).unwrap();
    }
}

const TEXTS: [&str; 4] = ["--templates", "texts/templates", "--clauses", "texts/clauses"];

fn with_texts<'a>(args: &[&'a str]) -> Vec<&'a str> {
    args.iter().copied().chain(TEXTS).collect()
}

/// Finding 1: `validate` finds what `draft` would refuse for a language naskah does not
/// ship (the phrase file's grammar keys missing or malformed, clauses without the
/// language's text), each message with the key, its format and the file; `months` and
/// `numbers` may be YAML lists.
#[test]
fn validate_finds_what_drafting_a_third_language_would_refuse() {
    let sb = Sandbox::new();
    let phrases = dutch_case(&sb);
    // The phrases translated, no grammar yet, no clause with a Dutch text.
    sb.write("texts/templates/phrases/nl.yaml", &phrases);
    let v = sb.run(&with_texts(&["validate", "nl.yaml"]));
    assert_eq!(v.code, 2, "{}{}", v.stdout, v.stderr);
    let file = std::path::Path::new("texts/templates").join("phrases").join("nl.yaml").display().to_string();
    for key in ["and", "months", "numbers", "article"] {
        assert!(v.stderr.contains(&format!("{file}:1:1: error: phrase `{key}` is missing")), "{key}: {}", v.stderr);
    }
    assert!(
        v.stderr.contains("add `months`: the twelve month names from January on, separated by commas or as a YAML list"),
        "{}",
        v.stderr
    );
    assert!(v.stderr.contains("error: clause `mou.closing` has no `nl` title and text"), "{}", v.stderr);
    assert!(v.stderr.contains(&std::path::Path::new("texts/clauses").join("mou.closing.yaml").display().to_string()), "{}", v.stderr);
    // What `draft` refuses: the same file.
    let d = sb.run(&with_texts(&["draft", "loi", "nl.yaml", "-o", "out"]));
    assert_eq!(d.code, 2, "{}", d.stderr);

    // The grammar written as a reviewer first wrote it: months by spaces, a date pattern
    // with a placeholder misspelt, a count with no figure.
    translate_clauses(&sb);
    let broken = format!("{phrases}\nand: en\nmonths: januari februari maart\nnumbers: nul één twee\ndate: '{{dag}} {{month}} {{year}}'\ncount: '{{words}}'\n");
    let at = sb.write("texts/templates/phrases/nl.yaml", &broken);
    let line = |key: &str| broken.lines().position(|l| l.starts_with(&format!("{key}:"))).unwrap() + 1;
    let v = sb.run(&with_texts(&["validate", "nl.yaml"]));
    assert_eq!(v.code, 2, "{}", v.stderr);
    assert!(at.exists());
    assert!(v.stderr.contains(&format!("{file}:{}:9: error: phrase `months` names 1 month, not 12", line("months"))), "{}", v.stderr);
    assert!(v.stderr.contains(&format!("{file}:{}:10: error: phrase `numbers` gives 1 word", line("numbers"))), "{}", v.stderr);
    assert!(
        v.stderr.contains("error: phrase `date` lacks {day}") && v.stderr.contains("with `{day}`, `{month}` and `{year}`"),
        "{}",
        v.stderr
    );
    assert!(v.stderr.contains("error: phrase `count` lacks {n}"), "{}", v.stderr);
    assert!(!v.stderr.contains("has no `nl`"), "the clauses have their Dutch now: {}", v.stderr);

    // As YAML lists, the names and the numbers are what a user writes: valid, and drafted.
    let listed =
        format!("{phrases}\nand: en\nmonths: [{MONTHS}]\nnumbers:\n  - nul\n  - één\n  - twee\n  - drie\narticle: \"ARTIKEL {{n}}\"\n");
    sb.write("texts/templates/phrases/nl.yaml", &listed);
    let v = sb.run(&with_texts(&["validate", "nl.yaml"]));
    assert_eq!(v.code, 0, "{}", v.stderr);
    let d = sb.run(&with_texts(&["draft", "loi", "nl.yaml", "-o", "out"]));
    assert_eq!(d.code, 0, "{}", d.stderr);
    let parts = crate::harness::unzip(&read(&sb.path("out/loi.docx")));
    let xml = String::from_utf8(parts.into_iter().find(|(n, _)| n == "word/document.xml").unwrap().1).unwrap();
    let dutch: String = xml.split("</w:tc>").filter(|cell| cell.contains("lang w:val=\"nl")).collect();
    assert!(MONTHS.split(", ").any(|m| dutch.contains(&format!(" {m} "))), "a date in Dutch: {dutch}");
    assert!(dutch.contains("ARTIKEL 1"), "the articles labelled in Dutch: {dutch}");

    // A mapping is neither: `draft` refuses it as `validate` does, naming the file.
    sb.write("texts/templates/phrases/nl.yaml", format!("{phrases}\nand: en\nmonths: {{jan: januari}}\nnumbers: nul, één\n"));
    for args in [vec!["validate", "nl.yaml"], vec!["draft", "loi", "nl.yaml", "-o", "out2"]] {
        let run = sb.run(&with_texts(&args));
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "{file}:{}:9: error: phrase `months` is neither a text nor a list of words",
                phrases.lines().count() + 3
            )),
            "{}",
            run.stderr
        );
    }

    // Without the texts, the hint says the keys and their format itself (no README ships
    // with the binary).
    let v = sb.run(&["validate", "nl.yaml"]);
    assert_eq!(v.code, 2, "{}", v.stderr);
    assert!(v.stderr.contains("`months` (the twelve names from January on, separated by commas or as a YAML list)"), "{}", v.stderr);
    assert!(!v.stderr.contains("README"), "{}", v.stderr);
}

/// Finding 3: `status` takes the texts of a third language naskah does not ship, as
/// `validate` and `draft` do; since review 13, finding 15, it needs them not, as it drafts
/// nothing.
#[test]
fn status_takes_the_texts_of_a_third_language() {
    let sb = Sandbox::new();
    let phrases = dutch_case(&sb);
    translate_clauses(&sb);
    sb.write("texts/templates/phrases/nl.yaml", format!("{phrases}\nand: en\nmonths: {MONTHS}\nnumbers: nul, één, twee\n"));
    let without = sb.run(&["status", "nl.yaml", "--today", "2026-03-02"]);
    assert_eq!(without.code, 0, "{}", without.stderr);
    assert!(!without.stderr.contains("not included in the status"), "{}", without.stderr);
    let run = sb.run(&with_texts(&["status", "nl.yaml", "--today", "2026-03-02", "--format", "json"]));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(json["cooperations"].as_array().map(Vec::len), Some(1), "{}", run.stdout);
}

/// Finding 6: the starter says at `partner.name` which `third` text a third language prints.
#[test]
fn the_starter_says_at_the_partners_name_which_third_text_is_printed() {
    let starter = naskah::cli::STARTER;
    let partner = starter.find("\npartner:\n").expect("the partner block");
    let name = partner + starter[partner..].find("\n  name:\n").expect("its name");
    let comment = &starter[partner..name];
    assert!(comment.contains("third:") && comment.contains("government"), "{comment}");
}

/// Finding 7: `clauses list` shows titles without template code.
#[test]
fn the_clause_list_shows_readable_titles() {
    let run = Sandbox::new().run(&["clauses", "list"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("{{"), "{}", run.stdout);
    assert!(run.stdout.contains("ENTRY INTO FORCE, DURATION AND TERMINATION"), "{}", run.stdout);
    assert!(run.stdout.contains("INTELLECTUAL PROPERTY RIGHTS [AND ASSETS]"), "{}", run.stdout);
}
