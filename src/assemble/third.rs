//! What validation checks of a third language's texts before anything is compiled: the
//! phrase file (`phrases/<code>.yaml`: the phrases the templates call, and for a language
//! naskah does not ship the grammar the helpers read) and a title and text in the language
//! in each clause of the LoI and the MoU. What `draft` would refuse when it renders, found
//! by `naskah validate` with the key, its format and the file.
//!
//! Neighbours: `helpers::grammar` reads the grammar keys when a document is drafted;
//! `app::load_source` calls `check` for `validate`.

use super::{pieces, DERIVED_PHRASES, TEMPLATES};
use crate::diag::{Diagnostic, Error, Pos, Sources};
use crate::input::yaml::{self, Kind, Node};
use crate::library::Library;
use crate::model::DocKind;
use std::collections::BTreeMap;
use std::path::Path;

/// The grammar keys of a phrase file and the format of each: `and`, `months`, `numbers`
/// and `article` are required of a language naskah does not ship. Said in the messages of `validate` and
/// `draft`; the starter's comment and README say the same.
pub const GRAMMAR: [(&str, &str); 7] = [
    ("and", "the word before a list's last item, `and: et`"),
    (
        "months",
        "the twelve month names from January on, separated by commas or as a YAML list: `months: janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre`",
    ),
    (
        "numbers",
        "the numbers in words from zero on, separated by commas or as a YAML list: `numbers: zéro, un, deux, trois` (past the last, a count is its digits)",
    ),
    ("article", "how the language labels an article, with `{n}` where the number goes: `article: \"ARTIKEL {n}\"`"),
    ("date", "optional: a date with `{day}`, `{month}` and `{year}`, `date: \"{day} {month} {year}\"` (the default)"),
    ("first_day", "optional: the first of a month when it is not `1`, `first_day: 1er`"),
    ("count", "optional: a number in words with `{words}` and `{n}`, `count: \"{words} ({n})\"` (the default)"),
];

/// The format of a grammar key, for a message.
pub fn grammar_format(key: &str) -> &'static str {
    GRAMMAR.iter().find(|(k, _)| *k == key).map_or("", |(_, f)| f)
}

/// How to add a third language naskah does not ship: the hint of `draft` and `validate`,
/// which names the keys and their format (README does not ship with the binary).
pub fn how_to_add(code: &str) -> String {
    format!(
        "run `naskah clauses export texts`; write `texts/templates/phrases/{code}.yaml`, a copy of `phrases/ko.yaml` with each phrase in the language and its grammar: `and` (the word before a list's last item: `and: et`), `months` (the twelve names from January on, separated by commas or as a YAML list) `numbers` (the words from zero on, the same way) and `article` (`article: \"ARTIKEL {{n}}\"`); add a `{code}:` title and text to each clause of the LoI and the MoU; `naskah validate FILE --templates texts/templates --clauses texts/clauses` then says what is missing, and `draft` takes the same options"
    )
}

/// `how_to_add` in Indonesian.
pub fn how_to_add_id(code: &str) -> String {
    format!(
        "jalankan `naskah clauses export texts`; tulis `texts/templates/phrases/{code}.yaml`, salinan `phrases/ko.yaml` dengan setiap frasa dalam bahasa itu beserta tata bahasanya: `and` (kata sebelum butir terakhir daftar: `and: et`), `months` (dua belas nama bulan mulai Januari, dipisahkan koma atau sebagai daftar YAML) `numbers` (kata bilangan mulai nol, dengan cara yang sama), dan `article` (`article: \"ARTIKEL {{n}}\"`); tambahkan judul dan teks `{code}:` pada setiap klausul Surat Pernyataan Kehendak dan Nota Kesepahaman; `naskah validate FILE --templates texts/templates --clauses texts/clauses` lalu menyebut apa yang kurang, dan `draft` menerima opsi yang sama"
    )
}

/// The keys whose value may be a YAML list (the words, in order).
pub const LISTS: [&str; 2] = ["months", "numbers"];

/// The placeholders of the patterns: each pattern needs all of its own.
const PATTERNS: [(&str, &[&str]); 3] = [("date", &["{day}", "{month}", "{year}"]), ("count", &["{words}", "{n}"]), ("article", &["{n}"])];

/// A phrase file's value as a snippet: a text, or (for `months` and `numbers`) a list
/// of words joined with commas, as the helpers split them. `None` for another shape.
pub fn snippet(key: &str, value: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(items) if LISTS.contains(&key) => {
            let words: Option<Vec<String>> = items.iter().map(|v| snippet("", v)).collect();
            Some(words?.join(", "))
        }
        _ => None,
    }
}

/// The words of a list key (`months`, `numbers`), trimmed, in order.
pub fn words(snippet: &str) -> Vec<&str> {
    snippet.split(',').map(str::trim).collect()
}

/// Every problem of the third language `code` that drafting the LoI or the MoU would meet:
/// in its phrase file (under `templates`, else the built-in one) and, when `library` is
/// given, in the clauses the input uses (`choices` picks the variants). The file names in
/// the diagnostics are as the user wrote the folders.
pub fn check(templates: Option<&Path>, code: &str, library: Option<&Library>, choices: &BTreeMap<String, String>) -> Result<(), Error> {
    let mut errors = Vec::new();
    let mut sources = Sources::default();
    let (file, src) = match super::phrase_file(templates, code) {
        Some(f) => (f.file, f.text),
        // (Named where the user would write it.)
        None => match templates {
            Some(dir) => (dir.join("phrases").join(format!("{code}.yaml")).display().to_string(), String::new()),
            None => (format!("templates/phrases/{code}.yaml"), String::new()),
        },
    };
    sources.add(file.clone(), src.as_str());
    errors.extend(phrase_file(&file, &src, code, &called_phrases(templates)));
    if let Some(lib) = library {
        for clause in lib.clauses.values() {
            let used = clause.documents.iter().any(|d| matches!(d, DocKind::Loi | DocKind::Mou))
                && lib.resolve(&clause.slot, choices).is_ok_and(|c| c.id == clause.id);
            let missing: Vec<&str> = [("title", &clause.title), ("text", &clause.text)]
                .into_iter()
                .filter(|(_, m)| !m.contains_key(code))
                .map(|(p, _)| p)
                .collect();
            if !used || missing.is_empty() {
                continue;
            }
            let tree = yaml::parse(&clause.source).ok();
            let pos = tree.map(|t| t.key_pos_of(&[missing[0]])).unwrap_or_default();
            let documents: Vec<&str> = clause
                .documents
                .iter()
                .filter_map(|d| match d {
                    DocKind::Loi => Some("LoI"),
                    DocKind::Mou => Some("MoU"),
                    _ => None,
                })
                .collect();
            errors.push(
                Diagnostic {
                    file: clause.file.clone(),
                    ..Diagnostic::error(
                        pos,
                        format!(
                            "clause `{}` has no `{code}` {} (the {} prints each clause in every language)",
                            clause.id,
                            missing.join(" and "),
                            documents.join(" and ")
                        ),
                    )
                }
                .hint(format!("add `{code}:` under `title:` and under `text:`, with the same paragraphs and points as `en:`")),
            );
            sources.add(clause.file.clone(), clause.source.clone());
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::from(errors).with_sources(sources))
    }
}

/// The phrase keys the templates call (`{{phrase "key"}}`, `(phrase "key")`): those of a
/// templates folder, and the built-in ones it does not replace.
fn called_phrases(templates: Option<&Path>) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    for file in TEMPLATES.files().filter(|f| f.path().extension().is_some_and(|e| e == "hbs")) {
        let own = templates.map(|dir| dir.join(file.path())).filter(|p| p.exists());
        match own.and_then(|p| std::fs::read_to_string(p).ok()) {
            Some(text) => texts.push(text),
            None => texts.push(file.contents_utf8().unwrap_or_default().to_string()),
        }
    }
    let mut keys: Vec<String> = texts.iter().flat_map(|t| phrase_calls(t)).collect();
    keys.sort();
    keys.dedup();
    keys
}

/// The keys a text calls with the `phrase` helper.
fn phrase_calls(text: &str) -> Vec<String> {
    static CALL: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = CALL.get_or_init(|| regex::Regex::new(r#"(?:\{\{~?|\()\s*phrase\s+"([^"]+)""#).expect("a valid pattern"));
    re.captures_iter(text).map(|c| c[1].to_string()).collect()
}

/// The problems of one phrase file.
fn phrase_file(file: &str, src: &str, code: &str, called: &[String]) -> Vec<Diagnostic> {
    let at = |pos: Pos, message: String, hint: String| Diagnostic { file: file.to_string(), ..Diagnostic::error(pos, message) }.hint(hint);
    let top = Pos { line: 1, col: 1 };
    let tree = match yaml::parse(src) {
        Ok(t) => t,
        Err(d) => return vec![Diagnostic { file: file.to_string(), ..d }],
    };
    let Kind::Map(entries) = &tree.kind else {
        return vec![at(
            top,
            "a phrase file is a mapping of keys to texts".into(),
            "write one `key: text` a line, as in phrases/ko.yaml".into(),
        )];
    };
    let mut out = Vec::new();
    let mut snippets: BTreeMap<&str, (String, Pos)> = BTreeMap::new();
    for (key, key_pos, node) in entries {
        match text_of(key, node) {
            Some(s) => {
                snippets.insert(key.as_str(), (s, *key_pos));
            }
            None if LISTS.contains(&key.as_str()) => out.push(at(
                node.pos,
                format!("phrase `{key}` is neither a text nor a list of words"),
                format!("`{key}` is {}", grammar_format(key)),
            )),
            None => out.push(at(
                node.pos,
                format!("phrase `{key}` is not a text"),
                match grammar_format(key) {
                    "" => format!("write `{key}: '...'`, a text (handlebars) in the language"),
                    f => format!("`{key}` is {f}"),
                },
            )),
        }
    }
    // The phrases the templates and the file itself call, and the names derived first.
    let mut needed: Vec<String> = DERIVED_PHRASES.iter().map(|k| k.to_string()).chain(called.iter().cloned()).collect();
    needed.extend(snippets.values().flat_map(|(s, _)| phrase_calls(s)));
    // (The titles: in lines, `loi_title_lines`, or else one phrase, `loi_title_block`:
    // `helpers::title_line`.)
    for doc in ["loi", "mou"] {
        if !snippets.contains_key(format!("{doc}_title_lines").as_str()) {
            needed.push(format!("{doc}_title_block"));
        }
    }
    needed.sort();
    needed.dedup();
    let missing: Vec<&String> = needed.iter().filter(|k| !entries.iter().any(|(e, _, _)| e == *k)).collect();
    if !missing.is_empty() {
        let names = missing.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
        out.push(at(
            top,
            format!("the phrase file lacks {names}, which the LoI and the MoU use"),
            "add each key with its text in the language; `naskah clauses export` writes phrases/ko.yaml, whose comments say what each phrase is".into(),
        ));
    }
    if !crate::format::BUILT_IN.contains(&code) {
        out.extend(grammar(&snippets, entries, &at, code));
    }
    // A text that does not compile is refused by `draft` too.
    for (key, (s, _)) in &snippets {
        if let Err(e) = pieces::compile(s, key) {
            let pos = entries.iter().find(|(k, _, _)| k == key).map_or(top, |(_, _, n)| n.pos);
            out.push(at(
                pos,
                format!("phrase `{key}` is not valid handlebars: {}", e.reason()),
                "every `{{` needs its `}}`; close each `{{#if}}` with `{{/if}}`".into(),
            ));
        }
    }
    out.sort_by_key(|d| d.pos);
    out
}

/// The grammar of a language naskah does not ship, as `helpers::grammar` reads it.
fn grammar(
    snippets: &BTreeMap<&str, (String, Pos)>,
    entries: &[(String, Pos, Node)],
    at: &dyn Fn(Pos, String, String) -> Diagnostic,
    code: &str,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let top = Pos { line: 1, col: 1 };
    let value_pos = |key: &str| entries.iter().find(|(k, _, _)| k == key).map_or(top, |(_, _, n)| n.pos);
    for key in ["and", "months", "numbers", "article"] {
        if !entries.iter().any(|(k, _, _)| k == key) {
            out.push(at(
                top,
                format!("phrase `{key}` is missing: the grammar of `{code}`, a language naskah does not ship, comes from its phrase file"),
                format!("add `{key}`: {}", grammar_format(key)),
            ));
        }
    }
    let blank = |key: &str| snippets.get(key).is_some_and(|(s, _)| s.trim().is_empty());
    for key in ["and", "first_day"] {
        if blank(key) {
            out.push(at(value_pos(key), format!("phrase `{key}` is empty"), format!("`{key}` is {}", grammar_format(key))));
        }
    }
    if let Some((s, _)) = snippets.get("months") {
        let names = words(s);
        if names.len() != 12 || names.iter().any(|n| n.is_empty()) {
            let found = names.iter().filter(|n| !n.is_empty()).count();
            out.push(at(
                value_pos("months"),
                format!("phrase `months` names {found} month{}, not 12", if found == 1 { "" } else { "s" }),
                format!("`months` is {}", grammar_format("months")),
            ));
        }
    }
    if let Some((s, _)) = snippets.get("numbers") {
        let numbers = words(s);
        if numbers.len() < 2 || numbers.iter().any(|n| n.is_empty()) {
            out.push(at(
                value_pos("numbers"),
                format!(
                    "phrase `numbers` gives {} word{}: a count would be its digits alone",
                    numbers.len(),
                    if numbers.len() == 1 { "" } else { "s" }
                ),
                format!("`numbers` is {}", grammar_format("numbers")),
            ));
        }
    }
    // A pattern's placeholders are single braces; handlebars expressions are left out.
    static HANDLEBARS: std::sync::OnceLock<(regex::Regex, regex::Regex)> = std::sync::OnceLock::new();
    let (expr, placeholder) = HANDLEBARS.get_or_init(|| {
        (regex::Regex::new(r"\{\{.*?\}\}").expect("a valid pattern"), regex::Regex::new(r"\{[^{}]*\}").expect("a valid pattern"))
    });
    for (key, needs) in PATTERNS {
        let Some((s, _)) = snippets.get(key) else { continue };
        let lacking: Vec<&str> = needs.iter().copied().filter(|p| !s.contains(p)).collect();
        let plain = expr.replace_all(s, "");
        let unknown: Vec<String> =
            placeholder.find_iter(&plain).map(|m| m.as_str().to_string()).filter(|p| !needs.contains(&p.as_str())).collect();
        if !lacking.is_empty() || !unknown.is_empty() {
            let what = if lacking.is_empty() {
                format!("has an unknown placeholder {}", unknown.join(", "))
            } else {
                format!("lacks {}", lacking.join(", "))
            };
            out.push(at(value_pos(key), format!("phrase `{key}` {what}"), format!("`{key}` is {}", grammar_format(key))));
        }
    }
    out
}

/// A value of a phrase file as its snippet: a scalar, or a list of words for `months` and
/// `numbers` (joined with commas, as `snippet` does for `draft`).
fn text_of(key: &str, node: &Node) -> Option<String> {
    match &node.kind {
        Kind::Scalar { value, .. } if !node.is_null() => Some(value.clone()),
        Kind::Seq(items) if LISTS.contains(&key) => {
            let words: Option<Vec<String>> = items
                .iter()
                .map(|n| match &n.kind {
                    Kind::Scalar { value, .. } => Some(value.clone()),
                    _ => None,
                })
                .collect();
            Some(words?.join(", "))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in phrase files and clauses pass the check they share with a user's.
    #[test]
    fn the_built_in_third_languages_pass_their_own_check() {
        let lib = Library::embedded().expect("the built-in library");
        for code in ["ko", "ja", "zh"] {
            if let Err(e) = check(None, code, Some(&lib), &BTreeMap::new()) {
                panic!("{code}: {}", e.render());
            }
        }
    }

    #[test]
    fn the_grammar_of_another_language_is_checked_with_its_format() {
        let ko = TEMPLATES.get_file("phrases/ko.yaml").and_then(|f| f.contents_utf8()).unwrap();
        let called = called_phrases(None);
        let messages = |extra: &str| -> Vec<String> {
            phrase_file("nl.yaml", &format!("{ko}\n{extra}"), "nl", &called).iter().map(|d| d.message.clone()).collect()
        };
        let twelve = "januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december";
        assert!(messages(&format!("and: en\nmonths: {twelve}\nnumbers: nul, een, twee\narticle: \"ARTIKEL {{n}}\"\n")).is_empty());
        let list = format!("and: en\nmonths: [{twelve}]\nnumbers:\n  - nul\n  - een\narticle: \"ARTIKEL {{n}}\"\n");
        assert!(messages(&list).is_empty(), "{:?}", messages(&list));
        let found = messages("months: januari februari maart\nnumbers: nul een twee\ndate: '{dag} {month} {year}'\n");
        assert!(found.iter().any(|m| m.contains("`and` is missing")), "{found:?}");
        assert!(found.iter().any(|m| m == "phrase `months` names 1 month, not 12"), "{found:?}");
        assert!(found.iter().any(|m| m.contains("`numbers` gives 1 word")), "{found:?}");
        assert!(found.iter().any(|m| m == "phrase `date` lacks {day}"), "{found:?}");
        assert!(found.iter().any(|m| m.contains("`article` is missing")), "{found:?}");
        let unnumbered = messages(&format!("and: en\nmonths: {twelve}\nnumbers: nul, een\narticle: ARTIKEL\n"));
        assert!(unnumbered.iter().any(|m| m == "phrase `article` lacks {n}"), "{unnumbered:?}");
        let map = messages("and: en\nmonths: {jan: januari}\nnumbers: nul, een\n");
        assert!(map.iter().any(|m| m == "phrase `months` is neither a text nor a list of words"), "{map:?}");
    }
}
