//! One test per kind of input error, with its exact message. Each input is the
//! Denpasar-Perth sample with one thing broken, so the positions are real.

use crate::harness::{sample, Sandbox};

/// Writes the sample with `from` replaced by `to` (which must occur) and validates it.
fn broken(from: &str, to: &str) -> (i32, String) {
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    assert!(src.contains(from), "the sample contains {from:?}");
    let sb = Sandbox::new();
    sb.write("in.yaml", src.replacen(from, to, 1));
    let run = sb.run(&["validate", "in.yaml"]);
    (run.code, run.stderr)
}

fn line_of(needle: &str) -> usize {
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    src.lines().position(|l| l.contains(needle)).expect(needle) + 1
}

#[test]
fn misspelt_key_gets_did_you_mean() {
    let (code, err) = broken("  address: Jalan", "  adress: Jalan");
    assert_eq!(code, 2);
    let l = line_of("  address: Jalan");
    assert_eq!(err, format!("in.yaml:{l}:3: error: unknown key `adress` in `region`\n  hint: did you mean `address`?\nin.yaml: 1 error\n"));
}

#[test]
fn missing_key_names_what_it_is_for() {
    let (code, err) = broken("  addressee_place: Denpasar\n", "");
    assert_eq!(code, 2);
    let l = line_of("  number: 000.1.4");
    assert_eq!(
        err,
        format!("in.yaml:{l}:3: error: missing key `addressee_place` in `dprd_letter`\n  hint: add `addressee_place:` (where the addressee is, for example `denpasar`)\nin.yaml: 1 error\n")
    );
}

#[test]
fn value_outside_an_enumeration() {
    let (code, err) = broken("  level: kota", "  level: kotta");
    assert_eq!(code, 2);
    let l = line_of("  level: kota");
    assert_eq!(
        err,
        format!("in.yaml:{l}:10: error: `kotta` is not a valid value for `region.level`\n  hint: did you mean `kota`?\nin.yaml: 1 error\n")
    );
}

#[test]
fn value_of_the_wrong_type() {
    let (code, err) = broken("  years: 5", "  years: five");
    assert_eq!(code, 2);
    let l = line_of("  years: 5");
    assert_eq!(
        err,
        format!("in.yaml:{l}:10: error: `term.years` must be a whole number, found `five`\n  hint: write digits only, without quotes, for example `5`\nin.yaml: 1 error\n")
    );
}

#[test]
fn impossible_date() {
    let (code, err) = broken("  date: 2024-09-10", "  date: 2024-02-30");
    assert_eq!(code, 2);
    let l = line_of("  date: 2024-09-10");
    assert_eq!(
        err,
        format!("in.yaml:{l}:9: error: `2024-02-30` is not a valid date for `dprd_letter.date`\n  hint: write dates as YYYY-MM-DD, for example 2024-07-24\nin.yaml: 1 error\n")
    );
}

#[test]
fn yaml_syntax_error() {
    let sb = Sandbox::new();
    sb.write("in.yaml", "kind: [ksdpl\n");
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "in.yaml:1:7: error: unclosed bracket '['\n  hint: check the indentation and quoting around this place\nin.yaml: 1 error\n"
    );
}

#[test]
fn duplicate_key() {
    let sb = Sandbox::new();
    sb.write("in.yaml", "kind: ksdpl\nkind: ksdll\n");
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr, "in.yaml:2:1: error: duplicate key `kind`\n  hint: each key may appear once in a mapping; remove or rename one of them\nin.yaml: 1 error\n");
}

#[test]
fn activity_with_unknown_scope_item() {
    let (code, err) = broken("  - scope: ecosystem", "  - scope: ecosytem");
    assert_eq!(code, 2);
    let l = line_of("  - scope: ecosystem");
    assert_eq!(err, format!("in.yaml:{l}:12: error: activity refers to unknown scope item `ecosytem`\n  hint: did you mean `ecosystem`?\nin.yaml: 1 error\n"));
}

#[test]
fn scope_item_without_activity() {
    let (code, err) =
        broken("  - key: promotion", "  - key: promotion\n    text: {id: Pertukaran pelajar, en: Student exchange}\n  - key: students");
    assert_eq!(code, 2);
    assert!(err.contains(": error: scope item `students` has no activity\n  hint: add an activity with `scope: students` to the action plan (Pasal 30 ayat (3))"), "{err}");
}

#[test]
fn activity_outside_the_term() {
    let (code, err) = broken("    year: 2027", "    year: 2031");
    assert_eq!(code, 2);
    let l = line_of("    year: 2027");
    assert!(
        err.starts_with(&format!("in.yaml:{l}:11: error: activity year 2031 falls outside the term 2025-2029\n  hint: move the activity inside the term or lengthen `term.years`\n")),
        "{err}"
    );
}

#[test]
fn partner_level_must_equal_the_region_level() {
    let (code, err) = broken("  level: city", "  level: province");
    assert_eq!(code, 2);
    let l = line_of("  level: city");
    assert_eq!(
        err,
        format!("in.yaml:{l}:10: error: partner level `province` is not equal to the region's level `kota` (P1)\n  hint: KSDPL requires equal status (PP 28/2018 Pasal 27 ayat (3) huruf a); pick an equal partner or give `level_justification`\nin.yaml: 1 error\n")
    );
    let (code, _) = broken("  level: city", "  level: province\n  level_justification: Perth is the capital of Western Australia");
    assert_eq!(code, 0, "a justification lifts P1");
}

#[test]
fn science_field_without_transfer() {
    let src = std::fs::read_to_string(sample("denpasar-foodwaste-ksdll.yaml")).unwrap();
    let start = src.find("    transfer:").expect("the KSDLL sample has a transfer");
    let end = src[start..].find("\n  - ").map(|e| start + e + 1).expect("another field follows");
    let sb = Sandbox::new();
    sb.write("in.yaml", format!("{}{}", &src[..start], &src[end..]));
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("error: science and technology field `")
            && run.stderr.contains("hint: add `transfer:` with how Indonesian personnel will be trained (PP 28/2018 Pasal 27 ayat (2))"),
        "{}",
        run.stderr
    );
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    let src = src.replacen("  level: kota", "  level: kotta", 1).replacen("  address: Jalan", "  adress: Jalan", 1).replacen(
        "  years: 5",
        "  years: five",
        1,
    );
    let sb = Sandbox::new();
    sb.write("in.yaml", src);
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr.matches(": error: ").count(), 3, "{}", run.stderr);
    assert!(run.stderr.ends_with("in.yaml: 3 errors\n"));
}

#[test]
fn unknown_clause_choice() {
    let (code, err) = broken("options:\n", "options:\n  clauses:\n    mou.dispute: mou.dispute.arbitration\n");
    assert_eq!(code, 2);
    assert!(err.contains(": error: unknown clause `mou.dispute.arbitration`\n  hint: did you mean `mou.dispute`?"), "{err}");
    let (code, err) = broken("options:\n", "options:\n  clauses:\n    mou.coordinaton: mou.coordination.jwg\n");
    assert_eq!(code, 2);
    assert!(err.contains(": error: unknown clause slot `mou.coordinaton`\n  hint: did you mean `mou.coordination`?"), "{err}");
}

#[test]
fn nothing_is_written_from_invalid_input() {
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    let sb = Sandbox::new();
    sb.write("in.yaml", src.replacen("  level: kota", "  level: kotta", 1));
    let run = sb.run(&["draft", "all", "in.yaml", "-o", "out"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.ends_with("in.yaml: no document written\n"), "{}", run.stderr);
    assert!(!sb.path("out").exists());
}

#[test]
fn input_that_is_not_utf8() {
    let sb = Sandbox::new();
    sb.write("in.yaml", b"kind: ksdpl\nname: \xff\xfe\n");
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr, "in.yaml: error: the file is not UTF-8 text (byte 18)\n  hint: save it as UTF-8\n");
}

#[test]
fn missing_input_file() {
    let run = Sandbox::new().run(&["validate", "nowhere.yaml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("nowhere.yaml: error: cannot read the file: "), "{}", run.stderr);
}

#[test]
fn template_with_a_missing_variable_names_template_line_and_variable() {
    let sb = Sandbox::new();
    for entry in std::fs::read_dir(crate::harness::root().join("templates")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if name == "loi.hbs" {
            text = text.replacen("{{loi.place.id}}", "{{loi.venue.id}}", 1);
        }
        sb.write(&format!("tpl/{name}"), text);
    }
    let line = std::fs::read_to_string(sb.path("tpl/loi.hbs")).unwrap().lines().position(|l| l.contains("loi.venue")).unwrap() + 1;
    let run = sb.run(&["draft", "loi", sample("denpasar-perth.yaml").to_str().unwrap(), "-o", "out", "--templates", "tpl"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with(&format!("error: template `loi`, line {line}, column ")), "{}", run.stderr);
    assert!(run.stderr.trim_end().ends_with("variable `loi.venue.id` is missing"), "{}", run.stderr);
}

/// A templates folder holding only `loi.hbs` with `text`; the error of drafting the LoI.
fn loi_template_error(text: &str) -> String {
    let sb = Sandbox::new();
    sb.write("tpl/loi.hbs", text);
    let run = sb.run(&["draft", "loi", sample("denpasar-perth.yaml").to_str().unwrap(), "-o", "out", "--templates", "tpl"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(!sb.path("out").exists(), "nothing is written");
    run.stderr
}

#[test]
fn template_with_an_unclosed_block_says_so_with_the_line() {
    let err = loi_template_error("id| {{#if loi.place.id}}\nid| Denpasar\n");
    assert_eq!(
        err.trim_end(),
        "error: template `loi.hbs`, line 3, column 1: the text ends while a block is still open\n  \
         hint: close every `{{#if}}`, `{{#each}}` and `{{#with}}` with its `{{/if}}`, `{{/each}}` or `{{/with}}`"
    );
}

#[test]
fn template_with_a_block_closed_by_another_name_names_both() {
    let err = loi_template_error("id| {{#if loi.place.id}}\nid| Denpasar\n{{/each}}\n");
    assert_eq!(
        err.trim_end(),
        "error: template `loi.hbs`, line 3, column 1: `{{#if}}` is closed by `{{/each}}`\n  \
         hint: close each block with its own name, innermost first"
    );
}

#[test]
fn template_with_broken_braces_gives_line_and_column() {
    let err = loi_template_error("id| {{loi.place.id}\nid| Denpasar\n");
    assert!(
        err.starts_with("error: template `loi.hbs`, line 1, column 19: invalid handlebars syntax\n  hint: every `{{` needs its `}}`"),
        "{err}"
    );
}
