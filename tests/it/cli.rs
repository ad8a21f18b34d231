//! The command line as a user meets it.

use crate::harness::{read, sample, Sandbox};

#[test]
fn same_input_gives_the_same_bytes() {
    let sb = Sandbox::new();
    let input = sample("denpasar-perth.yaml");
    for dir in ["a", "b"] {
        let run = sb.run(&["draft", "all", input.to_str().unwrap(), "-o", dir]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    for kind in ["loi", "mou", "plan", "action-plan", "dprd-letter"] {
        let a = read(&sb.path(&format!("a/{kind}.docx")));
        let b = read(&sb.path(&format!("b/{kind}.docx")));
        assert!(a == b, "{kind}.docx differs between two runs");
    }
}

#[test]
fn existing_files_are_kept_unless_forced() {
    let sb = Sandbox::new();
    let input = sb.with_emblem("gianyar-kabupaten.yaml");
    let kept = sb.write("out/mou.docx", "keep me");
    let run = sb.run(&["draft", "mou", input.to_str().unwrap(), "-o", "out"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr.trim(),
        format!(
            "error: would overwrite {}\n  hint: pass `--force` to overwrite, or choose another folder with `-o`",
            std::path::Path::new("out").join("mou.docx").display()
        )
    );
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "keep me");
    let run = sb.run(&["draft", "mou", input.to_str().unwrap(), "-o", "out", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(read(&kept).starts_with(b"PK"), "forced: the file is now a DOCX package");
}

#[test]
fn draft_writes_only_the_requested_document() {
    let sb = Sandbox::new();
    let run = sb.run(&["draft", "loi", sample("denpasar-perth.yaml").to_str().unwrap(), "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files: Vec<String> = std::fs::read_dir(sb.path("out")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert_eq!(files, vec!["loi.docx".to_string()]);
}

#[test]
fn schema_is_json_schema_of_the_input() {
    let run = Sandbox::new().run(&["schema"]);
    assert_eq!(run.code, 0);
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(schema["title"], "Input");
    assert!(schema["required"].as_array().unwrap().iter().any(|k| k == "scope"));
    assert!(schema["$defs"]["Activity"]["properties"]["scope"]["description"].as_str().unwrap().contains("scope item"));
}

#[test]
fn the_starter_file_is_valid_and_follows_its_own_rules() {
    let sb = Sandbox::new();
    let run = sb.run(&["new"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("# naskah starter file"));
    sb.write("mine.yaml", &run.stdout);
    let run = sb.run(&["validate", "mine.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), "mine.yaml: ok, 1 warning");
    // Its only warning is the emblem it cannot ship: no item written as a sentence, no
    // doubled lead-in, no deprecated key.
    let warnings: Vec<&str> = run.stderr.lines().filter(|l| l.contains(": warning: ")).collect();
    assert_eq!(warnings.len(), 1, "{}", run.stderr);
    assert!(warnings[0].contains("no `style.emblem`"), "{}", run.stderr);
    let run = sb.run(&["draft", "all", "mine.yaml", "-o", "out", "--format", "both"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = sb.run(&["check", "out"]);
    assert_eq!(run.code, 0, "the starter's drafts pass the checker: {}", run.stdout);
}

/// Every key of the schema appears in the starter (set, or commented out with its value),
/// and every key line carries a comment, on its line or on the line above; `id`, `en` and
/// `third` are explained once, at the top.
#[test]
fn the_starter_comments_every_key_of_the_schema() {
    let starter = naskah::cli::STARTER;
    let lines: Vec<&str> = starter.lines().collect();
    let key_of = |l: &str| -> Option<String> {
        let t = l.trim_start().trim_start_matches('#').trim_start().trim_start_matches("- ");
        let (k, _) = t.split_once(':')?;
        (!k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())).then(|| k.to_string())
    };
    let mut present: Vec<String> = lines.iter().filter_map(|l| key_of(l)).collect();
    // Keys inside a flow mapping: `{id: ..., en: ...}`.
    for l in &lines {
        if let Some(inside) = l.split_once('{').map(|(_, r)| r) {
            present.extend(inside.split(',').filter_map(|kv| kv.split_once(':')).map(|(k, _)| k.trim().to_string()));
        }
    }
    let schema = naskah::input::schema();
    let mut keys: Vec<String> = schema["properties"].as_object().unwrap().keys().cloned().collect();
    for def in schema["$defs"].as_object().unwrap().values() {
        if let Some(props) = def.get("properties").and_then(|p| p.as_object()) {
            keys.extend(props.keys().cloned());
        }
    }
    keys.sort();
    keys.dedup();
    let missing: Vec<&String> = keys.iter().filter(|k| !present.contains(k)).collect();
    assert!(missing.is_empty(), "keys of the schema the starter does not show: {missing:?}");
    for (i, l) in lines.iter().enumerate() {
        if l.trim_start().starts_with('#') || l.trim().is_empty() {
            continue;
        }
        let Some(k) = key_of(l) else { continue };
        if ["id", "en", "third"].contains(&k.as_str()) {
            continue;
        }
        let commented =
            l.contains(" # ") || lines[..i].iter().rev().find(|p| !p.trim().is_empty()).is_some_and(|p| p.trim_start().starts_with('#'));
        // A key met again (in the next item of a list) was explained the first time.
        let seen = lines[..i].iter().any(|p| key_of(p).as_deref() == Some(k.as_str()));
        assert!(commented || seen, "line {}: `{k}` has no comment", i + 1);
    }
}

#[test]
fn every_sample_validates() {
    let sb = Sandbox::new();
    for s in
        ["denpasar-perth", "denpasar-foodwaste-ksdll", "gianyar-kabupaten", "gianyar-gapyeong-ko", "banyuwangi-minamiise", "sulut-fujian"]
    {
        let run = sb.run(&["validate", sample(&format!("{s}.yaml")).to_str().unwrap()]);
        assert_eq!(run.code, 0, "{s}: {}", run.stderr);
    }
}

#[test]
fn clauses_can_be_listed_and_shown() {
    let sb = Sandbox::new();
    let run = sb.run(&["clauses", "list"]);
    assert_eq!(run.code, 0);
    for id in ["mou.dispute", "mou.duration.fixed", "mou.coordination.contact_points", "loi.language", "dprd.request"] {
        assert!(run.stdout.contains(id), "{id} listed");
    }
    let run = sb.run(&["clauses", "show", "mou.duration"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("mou.duration.fixed (version 4), default variant"));
    assert!(run.stdout.contains("mou.duration.auto_renew"));
    assert!(run.stdout.contains("[id] MULAI BERLAKU"));
    let run = sb.run(&["clauses", "show", "mou.dispte"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr.trim(), "error: unknown clause `mou.dispte`\n  hint: did you mean `mou.dispute`?");
}

#[test]
fn a_clause_variant_can_be_chosen() {
    let sb = Sandbox::new();
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    let input =
        sb.write("in.yaml", src.replace("options:\n", "options:\n  clauses:\n    mou.coordination: mou.coordination.contact_points\n"));
    assert!(std::fs::read_to_string(&input).unwrap().contains("contact_points"), "the sample has an options block");
    let run = sb.run(&["draft", "mou", "in.yaml", "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let parts = crate::harness::unzip(&read(&sb.path("out/mou.docx")));
    let xml = String::from_utf8(parts.into_iter().find(|(n, _)| n == "word/document.xml").unwrap().1).unwrap();
    assert!(!xml.contains("Joint Working Group"), "the contact-point variant has no joint working group");
}

#[test]
fn names_with_xml_characters_stay_literal() {
    let sb = Sandbox::new();
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    let src = src.replace("name: Basil Zempilas", "name: \"Basil <Zempilas> & Co\"");
    assert!(src.contains("&"));
    sb.write("in.yaml", src);
    let run = sb.run(&["draft", "loi", "in.yaml", "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let parts = crate::harness::unzip(&read(&sb.path("out/loi.docx")));
    let xml = String::from_utf8(parts.into_iter().find(|(n, _)| n == "word/document.xml").unwrap().1).unwrap();
    roxmltree::Document::parse(&xml).expect("still well-formed");
    assert!(xml.contains("BASIL &lt;ZEMPILAS&gt; &amp; CO"), "escaped once for XML, not HTML-escaped before");
}

#[test]
fn a_third_language_adds_a_column_to_the_loi_and_the_mou_only() {
    let sb = Sandbox::new();
    let run = sb.run(&["draft", "all", sample("gianyar-gapyeong-ko.yaml").to_str().unwrap(), "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let document = |kind: &str| {
        let parts = crate::harness::unzip(&read(&sb.path(&format!("out/{kind}.docx"))));
        String::from_utf8(parts.into_iter().find(|(n, _)| n == "word/document.xml").unwrap().1).unwrap()
    };
    let mou = document("mou");
    assert!(mou.contains("양해각서") && mou.contains("제1조"), "Korean title and article labels");
    assert!(mou.contains(r#"<w:lang w:val="ko-KR" w:eastAsia="ko-KR"/>"#));
    assert!(mou.contains(r#"w:orient="landscape""#) || mou.contains("w:w=\"16838\""), "three columns on a landscape page");
    assert!(document("loi").contains("의향서"));
    assert!(!document("plan").contains("ko-KR"), "the plan, for the DPRD, stays Indonesian and English");
}

/// A templates folder replaces only what it holds: one holding only `mou.hbs` keeps the
/// built-in phrases of the third languages, as it keeps the other templates (it once lost
/// them, and a Japanese case was refused with "third languages built in: ;").
#[test]
fn a_templates_folder_with_only_the_mou_keeps_the_built_in_third_languages() {
    let sb = Sandbox::new();
    let mou = std::fs::read_to_string(crate::harness::root().join("templates/mou.hbs")).unwrap();
    sb.write("tpl/mou.hbs", mou);
    let case = sample("gianyar-gapyeong-ko.yaml");
    let case = case.to_str().unwrap();
    let v = sb.run(&["validate", case, "--templates", "tpl"]);
    assert_eq!(v.code, 0, "{}", v.stderr);
    let d = sb.run(&["draft", "mou", case, "-o", "out", "--templates", "tpl"]);
    assert_eq!(d.code, 0, "{}", d.stderr);
    let built_in = sb.run(&["draft", "mou", case, "-o", "built-in"]);
    assert_eq!(built_in.code, 0, "{}", built_in.stderr);
    assert_eq!(read(&sb.path("out/mou.docx")), read(&sb.path("built-in/mou.docx")), "the same template, the same bytes");
    // A phrase file of its own replaces the built-in one, and is checked as the folder's.
    sb.write("tpl/phrases/ko.yaml", "and: [1\n");
    let v = sb.run(&["validate", case, "--templates", "tpl"]);
    assert_eq!(v.code, 2, "{}", v.stderr);
    let file = std::path::Path::new("tpl").join("phrases").join("ko.yaml").display().to_string();
    assert!(v.stderr.contains(&format!("{file}:1:")), "{}", v.stderr);
}

/// Eighth review, finding 26: a reader that closes the pipe early (`naskah clauses list |
/// head -1`) ends naskah quietly, as any Unix filter, with no panic on its standard error.
/// (The schema, 100 kB, is more than a pipe holds.)
#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_naskah"))
        .args(["schema"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("naskah starts");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("a line");
    // (The reader is dropped: the pipe is closed with most of the list unwritten.)
    let out = child.wait_with_output().expect("naskah ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!first.is_empty());
    assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{stderr}");
}
