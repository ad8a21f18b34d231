//! One test per kind of input error, with its exact message. Each input is the
//! Denpasar-Perth sample with one thing broken, so the positions are real.

use crate::harness::{sample, with_emblem, Sandbox, TEST_EMBLEM};

/// Writes the sample with `from` replaced by `to` (which must occur) and validates it;
/// the messages without their source snippets (`snippet_shows_the_line` tests those).
fn broken(from: &str, to: &str) -> (i32, String) {
    let (code, err) = broken_full(from, to);
    (code, plain(&err))
}

fn broken_full(from: &str, to: &str) -> (i32, String) {
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    assert!(src.contains(from), "the sample contains {from:?}");
    let sb = Sandbox::new();
    sb.write("emblem.svg", TEST_EMBLEM);
    sb.write("in.yaml", with_emblem(&src.replacen(from, to, 1)));
    let run = sb.run(&["validate", "in.yaml"]);
    (run.code, run.stderr)
}

/// Diagnostics without the source lines and carets printed under them.
fn plain(err: &str) -> String {
    err.lines()
        .filter(|l| !l.trim_start().trim_start_matches(|c: char| c.is_ascii_digit()).trim_start().starts_with('|'))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn snippet_shows_the_line_with_a_caret() {
    let (code, err) = broken_full("  address: Jalan", "  adress: Jalan");
    assert_eq!(code, 2);
    let l = line_of("  address: Jalan");
    let line = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap().lines().nth(l - 1).unwrap().replacen("address", "adress", 1);
    let pad = " ".repeat(l.to_string().len());
    assert_eq!(
        err,
        format!("in.yaml:{l}:3: error: unknown key `adress` in `region`\n{pad} |\n{l} | {line}\n{pad} |   ^^^^^^\n  hint: did you mean `address`?\nin.yaml: 1 error\n")
    );
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
        plain(&run.stderr),
        "in.yaml:1:7: error: unclosed bracket '['\n  hint: check the indentation and quoting around this place\nin.yaml: 1 error\n"
    );
}

#[test]
fn duplicate_key() {
    let sb = Sandbox::new();
    sb.write("in.yaml", "kind: ksdpl\nkind: ksdll\n");
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 2);
    assert_eq!(plain(&run.stderr), "in.yaml:2:1: error: duplicate key `kind`\n  hint: each key may appear once in a mapping; remove or rename one of them\nin.yaml: 1 error\n");
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
        format!("in.yaml:{l}:10: error: partner level `province` is not equal to the region's level `kota` (P1)\n  hint: KSDPL requires equal administrative status and/or equal territory (PP 28/2018 Pasal 27 ayat (3) huruf a); give `level_justification` (the plan prints it) or pick an equal partner\nin.yaml: 1 error\n")
    );
    let (code, _) = broken(
        "  level: city",
        "  level: province\n  level_justification: {id: Perth adalah ibu kota Australia Barat, en: Perth is the capital of Western Australia}",
    );
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
    assert_eq!(run.stderr, "in.yaml: error: the file is not UTF-8 text (byte 18)\n  hint: save it as UTF-8\nin.yaml: 1 error\n");
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
            text = text.replacen("{{loi_place.id}}", "{{loi.venue.id}}", 1);
        }
        sb.write(&format!("tpl/{name}"), text);
    }
    let line = std::fs::read_to_string(sb.path("tpl/loi.hbs")).unwrap().lines().position(|l| l.contains("loi.venue")).unwrap() + 1;
    let run = sb.run(&["draft", "loi", sb.with_emblem("denpasar-perth.yaml").to_str().unwrap(), "-o", "out", "--templates", "tpl"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with(&format!("tpl/loi.hbs:{line}:")), "{}", run.stderr);
    assert!(run.stderr.lines().next().unwrap().ends_with("error: variable `loi.venue.id` is missing"), "{}", run.stderr);
}

/// A templates folder holding only `loi.hbs` with `text`; the error of drafting the LoI.
fn loi_template_error(text: &str) -> String {
    let sb = Sandbox::new();
    sb.write("tpl/loi.hbs", text);
    let run = sb.run(&["draft", "loi", sb.with_emblem("denpasar-perth.yaml").to_str().unwrap(), "-o", "out", "--templates", "tpl"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(!sb.path("out").exists(), "nothing is written");
    plain(&run.stderr)
}

#[test]
fn template_with_an_unclosed_block_says_so_with_the_line() {
    let err = loi_template_error("id| {{#if loi.place.id}}\nid| Denpasar\n");
    assert_eq!(
        err.trim_end(),
        "tpl/loi.hbs:3:1: error: the text ends while a block is still open\n  \
         hint: close every `{{#if}}`, `{{#each}}` and `{{#with}}` with its `{{/if}}`, `{{/each}}` or `{{/with}}`"
    );
}

#[test]
fn template_with_a_block_closed_by_another_name_names_both() {
    let err = loi_template_error("id| {{#if loi.place.id}}\nid| Denpasar\n{{/each}}\n");
    assert_eq!(
        err.trim_end(),
        "tpl/loi.hbs:3:1: error: `{{#if}}` is closed by `{{/each}}`\n  \
         hint: close each block with its own name, innermost first"
    );
}

#[test]
fn template_with_broken_braces_gives_line_and_column() {
    let err = loi_template_error("id| {{loi.place.id}\nid| Denpasar\n");
    assert!(err.starts_with("tpl/loi.hbs:1:19: error: invalid handlebars syntax\n  hint: every `{{` needs its `}}`"), "{err}");
}

#[test]
fn a_character_xml_forbids_is_refused_at_its_place() {
    let (code, err) = broken("  en: City of Perth", "  en: \"City of\\uFFFE Perth\"");
    assert_eq!(code, 2);
    let l = line_of("  en: City of Perth");
    assert!(err.starts_with(&format!("in.yaml:{l}:")), "{err}");
    assert!(
        err.contains(
            ": error: `partner.name.en` holds the control character U+FFFE, which documents cannot contain\n  hint: retype the text"
        ),
        "{err}"
    );
    let (code, err) = broken("  en: City of Perth", "  en: \"City of\\u0007 Perth\"");
    assert_eq!(code, 2);
    assert!(err.contains("U+0007"), "{err}");
}

#[test]
fn a_line_break_inside_a_text_is_refused() {
    let (code, err) = broken(
        "  en: Development of a Culture-Based Creative Economy Ecosystem",
        "  en: |\n    Development of a Culture-Based\n    Creative Economy Ecosystem",
    );
    assert_eq!(code, 2);
    assert!(err.contains("error: `subject.en` has a line break inside it\n  hint: each text is one paragraph"), "{err}");
    // A folded block joins its lines, and its final line break is dropped: valid.
    let (code, err) = broken(
        "  en: Development of a Culture-Based Creative Economy Ecosystem",
        "  en: >\n    Development of a Culture-Based\n    Creative Economy Ecosystem",
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_text_beyond_its_budget_is_refused() {
    let long = "Perth ".repeat(1_000);
    let (code, err) = broken("  en: City of Perth", &format!("  en: City of {long}"));
    assert_eq!(code, 2);
    assert!(
        err.contains("error: `partner.name.en` is too long: 6007 characters, over the budget of 5,000 characters in one text"),
        "{err}"
    );
}

#[test]
fn a_term_beyond_its_range_is_refused() {
    let (code, err) = broken("  years: 5", "  years: 4294967295");
    assert_eq!(code, 2);
    let l = line_of("  years: 5");
    assert_eq!(
        err,
        format!("in.yaml:{l}:10: error: `term.years` is out of range: 4294967295\n  hint: write a number from 1 to 30\nin.yaml: 1 error\n")
    );
}

#[test]
fn a_letter_the_fonts_cannot_show_is_refused_in_latin_texts() {
    let (code, err) = broken("  en: City of Perth", "  en: 퍼스 City");
    assert_eq!(code, 2);
    assert!(err.contains("error: `partner.name.en` has `퍼`, a letter the documents' fonts cannot show"), "{err}");
    assert!(err.contains("hint: write `id` and `en` in Latin letters"), "{err}");
}

#[test]
fn a_name_with_letters_beyond_ascii_drafts() {
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml"))
        .unwrap()
        .replacen("  en: City of Perth", "  en: Ürümqi City", 1)
        .replacen("  en: the City of Perth", "  en: Ürümqi City", 1);
    let sb = Sandbox::new();
    sb.write("in.yaml", src);
    let run = sb.run(&["draft", "all", "in.yaml", "-o", "out", "--format", "both"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = naskah::read::read(&std::fs::read(sb.path("out/loi.docx")).unwrap()).unwrap();
    let dump = naskah::model::dump(&text);
    assert!(dump.contains("Ürümqi") || dump.contains("ÜRÜMQI"), "{dump}");
}

#[test]
fn an_empty_text_says_what_it_must_be() {
    let (code, err) = broken("  en: City of Perth", "  en: ~");
    assert_eq!(code, 2);
    assert!(err.contains("error: `partner.name.en` must be a text, found `~`"), "{err}");
    assert!(!err.contains("Option<"), "library wording leaks: {err}");
}

#[test]
fn an_alias_bomb_is_refused_by_its_budget() {
    let mut src = String::from("a: &a \"");
    src.push_str(&"x".repeat(64 * 1024));
    src.push_str("\"\nb: [");
    src.push_str(&vec!["*a"; 40_000].join(", "));
    src.push_str("]\n");
    let sb = Sandbox::new();
    sb.write("in.yaml", src);
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("error: the aliases expand the file over the budget of 4,194,304 bytes of text after expanding aliases"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_input_file_over_its_budget_is_refused_before_parsing() {
    let sb = Sandbox::new();
    sb.write("in.yaml", format!("kind: ksdpl\nx: \"{}\"\n", "y".repeat(2 * 1024 * 1024)));
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("in.yaml: error: the file is over the budget of 1,048,576 bytes in an input file"), "{}", run.stderr);
}

#[test]
fn partials_that_call_each_other_are_refused() {
    let sb = Sandbox::new();
    sb.write("tpl/loi.hbs", "{{> plan}}\n");
    sb.write("tpl/plan.hbs", "{{> loi}}\n");
    let run = sb.run(&["draft", "loi", sb.with_emblem("denpasar-perth.yaml").to_str().unwrap(), "-o", "out", "--templates", "tpl"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("error: templates call each other in a loop: "), "{}", run.stderr);
    assert!(run.stderr.contains("hint: a partial"), "{}", run.stderr);
}

#[test]
fn a_clause_error_points_into_the_clause_file() {
    let sb = Sandbox::new();
    for entry in std::fs::read_dir(crate::harness::root().join("clauses")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if name == "mou.dispute.yaml" {
            text = text.replacen("+ Setiap perselisihan", "+ {{nonexistent_variable}} Setiap perselisihan", 1);
        }
        sb.write(&format!("cl/{name}"), text);
    }
    let run = sb.run(&["draft", "mou", sb.with_emblem("denpasar-perth.yaml").to_str().unwrap(), "-o", "out", "--clauses", "cl"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let first = run.stderr.lines().next().unwrap();
    let clause = std::fs::read_to_string(sb.path("cl/mou.dispute.yaml")).unwrap();
    let line = clause.lines().position(|l| l.contains("nonexistent_variable")).unwrap() + 1;
    let col = clause.lines().nth(line - 1).unwrap().find("{{").unwrap() + 1;
    assert!(first.starts_with(&format!("cl/mou.dispute.yaml:{line}:{col}: ")), "{}", run.stderr);
    assert!(first.ends_with("error: variable `nonexistent_variable` is missing"), "{}", run.stderr);
    assert!(run.stderr.contains("{{nonexistent_variable}}"), "the snippet shows the line: {}", run.stderr);
}

#[test]
fn a_number_too_large_for_its_field_is_said_in_plain_words() {
    let (code, err) = broken("    year: 2025", "    year: 99999999999");
    assert_eq!(code, 2);
    assert!(err.contains("error: the number is out of range\n  hint: write a smaller whole number"), "{err}");
    assert!(!err.contains("u32") && !err.contains("u16"), "no Rust type names: {err}");
}

// Validation of issue 10: what a reviewer caught by hand, each at its place with a hint.

#[test]
fn sister_city_is_refused_for_a_provinsi_and_sister_province_for_a_kota() {
    let (code, err) = broken("form: sister_city", "form: sister_province");
    assert_eq!(code, 2);
    let l = line_of("form: sister_city");
    assert!(
        err.contains(&format!("in.yaml:{l}:7: error: `sister_province` is a form for a provinsi, and the region is a kota or kabupaten\n  hint: a kota or kabupaten forms a sister city or regency: `form: sister_city` (PP 28/2018 Pasal 24)")),
        "{err}"
    );
    let (code, err) = broken("  level: kota", "  level: provinsi");
    assert_eq!(code, 2);
    assert!(err.contains("error: `sister_city` is a form for a kota or kabupaten, and the region is a provinsi"), "{err}");
}

#[test]
fn a_doubled_lead_in_in_purpose_is_warned() {
    let (code, err) = broken("    menjadi landasan bagi kedua kota", "    Kerja sama ini dimaksudkan sebagai landasan bagi kedua kota");
    assert_eq!(code, 0);
    let l = line_of("purpose:") + 2;
    assert!(err.contains(&format!("in.yaml:{l}:5: warning: `purpose` repeats the lead-in")), "{err}");
    assert!(err.contains("hint: write only what completes the sentence"), "{err}");
}

#[test]
fn items_written_as_sentences_are_warned_once_per_list() {
    let (code, err) = broken(
        "  - id: meningkatkan kapasitas dan daya saing pelaku usaha kreatif dan pemilik usaha rintisan Kota Denpasar\n",
        "  - id: Meningkatkan kapasitas dan daya saing pelaku usaha kreatif dan pemilik usaha rintisan Kota Denpasar.\n",
    );
    assert_eq!(code, 0);
    assert_eq!(err.matches("warning: ").count(), 1, "{err}");
    assert!(err.contains("warning: 1 of `objectives` item is written as a sentence (a capital letter first, a full stop last)"), "{err}");
    assert!(err.contains("hint: items are phrases that continue a sentence"), "{err}");
}

#[test]
fn the_old_key_subject_of_a_field_is_read_with_a_warning() {
    let (code, err) = broken("    object: promotion", "    subject: promotion");
    assert_eq!(code, 0, "{err}");
    let l = line_of("    object: promotion");
    assert!(err.contains(&format!("in.yaml:{l}:5: warning: `subject` is deprecated in `fields[0]`: it is now called `object`")), "{err}");
    let (code, err) = broken("    object: promotion", "    object: promotion\n    subject: promotion");
    assert_eq!(code, 2);
    assert!(err.contains("error: `subject` and `object` both given in `fields[0]`"), "{err}");
}

#[test]
fn a_consultation_after_the_loi_is_refused() {
    let (code, err) = broken("  consultation_date: 2024-05-14", "  consultation_date: 2024-07-01");
    assert_eq!(code, 2);
    assert!(
        err.contains("error: the consultation with the Ministers (2024-07-01) is dated after the Letter of Intent (2024-06-20)"),
        "{err}"
    );
    assert!(err.contains("(PP 28/2018 Pasal 28 ayat (4))"), "{err}");
}

#[test]
fn a_letter_dated_after_the_loi_expired_is_warned() {
    let (code, err) = broken("  validity_years: 1", "  validity_years: 1\n  # expired");
    assert_eq!(code, 0);
    assert!(!err.contains("expired"), "{err}");
    let (code, err) = broken("  date: 2024-06-20", "  date: 2023-06-20");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("warning: the DPRD letter (2024-09-10) is dated after the Letter of Intent expired (2024-06-20)"), "{err}");
}

#[test]
fn an_activity_before_the_term_starts_is_refused_by_its_quarter() {
    let (code, err) = broken("  start: 2025-01-01", "  start: 2025-07-01");
    assert_eq!(code, 2);
    assert!(err.contains("error: activity in quarter 2 of 2025 falls before the start of the term (2025-07-01 to 2030-06-30)"), "{err}");
    let (code, err) = broken("    quarter: 2", "    quarter: 7");
    assert_eq!(code, 2);
    assert!(err.contains("error: `activities[0].quarter` is out of range: 7\n  hint: write a number from 1 to 4"), "{err}");
}

#[test]
fn an_empty_text_is_refused() {
    let (code, err) = broken("  en: City of Perth", "  en: \"\"");
    assert_eq!(code, 2);
    assert!(err.contains("error: `partner.name.en` is empty\n  hint: write the text in this language"), "{err}");
}

#[test]
fn an_acting_prefix_in_the_title_is_warned() {
    let (code, err) = broken(
        "    name: I Gusti Ngurah Jaya Negara\n",
        "    name: I Gusti Ngurah Jaya Negara\n  head_title: {id: Plt. Wali Kota Denpasar, en: Acting Mayor of Denpasar}\n",
    );
    assert_eq!(code, 0);
    assert!(err.contains("warning: `head_title` holds an acting prefix, which the letterhead would print"), "{err}");
    assert!(err.contains("`acting: plt`"), "{err}");
}

#[test]
fn a_kabupaten_and_a_foreign_city_are_of_equal_level() {
    let (code, err) = broken("  level: kota", "  level: kabupaten");
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("P1"), "{err}");
}

#[test]
fn a_province_without_an_english_name_is_warned() {
    let (code, err) = broken("  province: Bali", "  province: Bali Utara");
    assert_eq!(code, 0);
    assert!(
        err.contains("warning: `Bali Utara` is not one of the 38 provinces, so the English texts would print it in Indonesian"),
        "{err}"
    );
    let (code, err) = broken("  province: Bali", "  province: Bali Utara\n  province_en: North Bali");
    assert_eq!((code, err.contains("38 provinces")), (0, false), "{err}");
}

#[test]
fn a_letterhead_without_an_emblem_is_warned() {
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    let sb = Sandbox::new();
    sb.write("in.yaml", src);
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr
            .contains("warning: no `style.emblem`: the letterheads of the letters (to the DPRD, to the Minister) have an empty frame where the Lambang Negara goes"),
        "{}",
        run.stderr
    );
    sb.write("bad.yaml", with_emblem(&std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap()));
    sb.write("emblem.svg", "not an image");
    let run = sb.run(&["validate", "bad.yaml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("emblem.svg`: the emblem is neither a PNG nor an SVG image"), "{}", run.stderr);
}

#[test]
fn treaty_wording_with_an_australian_partner_is_warned() {
    let (code, err) = broken("  wording: arrangement\n", "");
    assert_eq!(code, 0);
    assert!(err.contains("warning: partners in Australia usually sign an MoU in non-binding wording"), "{err}");
    assert!(err.contains("hint: set `mou: {wording: arrangement}`"), "{err}");
    let (code, err) = broken("    menjadi landasan bagi kedua kota", "    menjadi landasan bagi Para Pihak");
    assert_eq!(code, 0);
    assert!(err.contains("warning: the MoU's wording is non-binding, but `purpose` or `objectives` speak of"), "{err}");
}

#[test]
fn type_errors_do_not_hide_rule_errors() {
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    let src = src.replacen("  level: kota", "  level: kotta", 1).replacen("    year: 2027", "    year: 2031", 1);
    let sb = Sandbox::new();
    sb.write("in.yaml", with_emblem(&src));
    sb.write("emblem.svg", TEST_EMBLEM);
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 2);
    let err = plain(&run.stderr);
    assert!(err.contains("error: `kotta` is not a valid value for `region.level`"), "{err}");
    assert!(err.contains("error: activity year 2031 falls outside the term 2025-2029"), "the rule still runs: {err}");
    assert!(err.ends_with("in.yaml: 2 errors\n"), "{err}");
    // A rule that reads a wrong value is not run on its replacement: no second error about
    // the partner's level, which the region's level decides.
    assert!(!err.contains("P1"), "{err}");
}

// Regressions of issue 10's second review (the Sulawesi Utara - Fujian case): validation
// gaps a reviewer found with deliberately wrong inputs.

#[test]
fn an_acting_form_written_into_the_name_is_refused() {
    let (code, err) = broken("    name: I Gusti Ngurah Jaya Negara", "    name: Plt. Wali Kota I Gusti Ngurah Jaya Negara");
    assert_eq!(code, 2, "{err}");
    let l = line_of("    name: I Gusti Ngurah Jaya Negara");
    assert!(
        err.contains(&format!(
            "in.yaml:{l}:11: error: `region.head.name` holds an office or an acting form: `Plt. Wali Kota I Gusti Ngurah Jaya Negara`"
        )),
        "{err}"
    );
    assert!(err.contains("hint: give the name alone"), "{err}");
    // A name is not an office: "Wali" alone, or degrees, are names.
    let (code, err) = broken("    name: I Gusti Ngurah Jaya Negara", "    name: Dr. Drs. Wali Santoso, M.Si.");
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_rank_without_an_acting_form_is_warned() {
    let (code, err) =
        broken("    name: I Gusti Ngurah Jaya Negara\n", "    name: I Gusti Ngurah Jaya Negara\n    rank: Pembina Utama Madya\n");
    assert_eq!(code, 0, "{err}");
    let l = line_of("    name: I Gusti Ngurah Jaya Negara") + 1;
    assert!(
        err.contains(&format!("in.yaml:{l}:11: warning: `region.head.rank` is given, but the head does not sign as an acting head")),
        "{err}"
    );
    assert!(err.contains("add `acting: pj`"), "{err}");
    let (_, err) = broken(
        "    name: I Gusti Ngurah Jaya Negara\n",
        "    name: I Gusti Ngurah Jaya Negara\n    acting: pj\n    rank: Pembina Utama Madya\n",
    );
    assert!(!err.contains("rank"), "an acting head may give a rank: {err}");
}

#[test]
fn an_mou_signed_before_the_dprd_letter_is_refused() {
    let (code, err) = broken("  date: 2024-12-16", "  date: 2024-09-01");
    assert_eq!(code, 2, "{err}");
    let l = line_of("  date: 2024-12-16");
    assert!(
        err.contains(&format!(
            "in.yaml:{l}:9: error: the MoU is signed (2024-09-01) before the DPRD is asked to approve the plan (2024-09-10)"
        )),
        "{err}"
    );
    assert!(err.contains("(PP 28/2018 Pasal 30-33)"), "{err}");
}

#[test]
fn a_dprd_letter_dated_before_the_loi_is_refused() {
    let (code, err) = broken("  date: 2024-09-10", "  date: 2024-06-10");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("error: the DPRD letter (2024-06-10) is dated before the Letter of Intent (2024-06-20)"), "{err}");
    assert!(err.contains("Pasal 28 ayat (5)"), "{err}");
}

#[test]
fn a_renewed_mou_dated_after_the_renewal_is_refused() {
    let renews = |date: &str, since: u32| {
        format!("  wording: arrangement\n  renews: {{date: {date}, place: {{id: Perth, en: Perth}}, since: {since}}}\n")
    };
    let (code, err) = broken("  wording: arrangement\n", &renews("2024-08-01", 2025));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("error: the MoU to be renewed is dated 2024-08-01, not before the Letter of Intent of the renewal (2024-06-20)"),
        "{err}"
    );
    assert!(err.contains("error: the cooperation began in 2025, after the MoU it renews (2024-08-01)"), "{err}");
    let (code, err) = broken("  wording: arrangement\n", &renews("2019-08-01", 2009));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn an_english_text_that_is_the_indonesian_one_is_warned() {
    let (code, err) = broken(
        "    en: to improve the capacity and competitiveness of creative entrepreneurs and start-up owners of the City of Denpasar",
        "    en: meningkatkan kapasitas dan daya saing pelaku usaha kreatif dan pemilik usaha rintisan Kota Denpasar",
    );
    assert_eq!(code, 0, "{err}");
    let l = line_of("    en: to improve the capacity and competitiveness");
    assert!(err.contains(&format!("in.yaml:{l}:9: warning: `objectives[0].en` is the same as its Indonesian text")), "{err}");
}

#[test]
fn a_name_in_a_third_language_without_one_is_warned() {
    let (code, err) = broken("    name: Basil Zempilas", "    name: Basil Zempilas\n    name_third: 巴兹尔");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("warning: `partner.head.name_third` is printed nowhere: no third language is set"), "{err}");
}

#[test]
fn third_texts_the_documents_do_not_print_are_not_asked_for_and_are_warned() {
    // The Sulawesi Utara sample is a sister province (its titles name the relationship, not
    // the subject) and names the partner by its government: neither text needs Chinese.
    let src = std::fs::read_to_string(sample("sulut-fujian.yaml")).unwrap();
    let sb = Sandbox::new();
    sb.write("in.yaml", &src);
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("has no `third` text"), "{}", run.stderr);
    let given = src.replacen("    en: Fujian Province\n", "    en: Fujian Province\n    third: 福建省\n", 1);
    assert_ne!(given, src);
    sb.write("in.yaml", &given);
    let run = sb.run(&["validate", "in.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("warning: the `third` text of `partner.name` is printed nowhere"), "{}", run.stderr);
}

/// Sixth review, finding 24: a value with commas in a mapping written on one line ends at
/// its first comma, and the rest reads as keys; the hint says to quote the value.
#[test]
fn a_comma_in_a_one_line_mapping_gets_the_quoting_hint() {
    let (code, err) = broken(
        "subject:\n  id: Pengembangan Ekosistem Ekonomi Kreatif Berbasis Budaya\n  en: Development of a Culture-Based Creative Economy Ecosystem\n",
        "subject: {id: Pengembangan Ekosistem, Ekonomi Kreatif Berbasis Budaya, en: Development of a Culture-Based Creative Economy Ecosystem}\n",
    );
    assert_eq!(code, 2);
    assert!(err.contains("error: unknown key `Ekonomi Kreatif Berbasis Budaya` in `subject`"), "{err}");
    assert!(err.contains("hint: if this belongs to the value before it, put that value in quotes"), "{err}");
}

/// Seventh review, finding 14: an activity without cost is entered as `funding: [none]`
/// ("Tanpa biaya" in the action plan); `none` beside another source, or with amounts, or
/// as a source of the cooperation's financing, is refused with its place and a hint.
#[test]
fn an_activity_without_cost_is_none_alone() {
    let sb = Sandbox::new();
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    let alone = src.replacen("    funding: [own_cost]\n", "    funding: [none]\n", 1);
    sb.write("alone.yaml", &alone);
    let run = sb.run(&["validate", "alone.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = sb.run(&["draft", "action-plan", "alone.yaml", "-o", "out", "--format", "docx"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mixed = src.replacen("    funding: [own_cost]\n", "    funding: [none, apbd]\n", 1);
    sb.write("mixed.yaml", &mixed);
    let run = sb.run(&["validate", "mixed.yaml"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("an activity without cost (`none`) has no other source and no costs") && run.stderr.contains("hint:"),
        "{}",
        run.stderr
    );
}
