//! The input: YAML schema (serde structs), structural validation with line:column, and
//! the domain rules of DOMAIN.md §3 and §6 that apply to an input before drafting.
//!
//! Loading goes in three passes so that one run reports every problem: the YAML tree is
//! checked against the JSON Schema derived from the types (`validate`), then deserialised
//! by serde-saphyr, then checked by the domain rules (`rules`).

mod rules;
mod types;
mod validate;
pub mod yaml;

pub use types::*;

use crate::diag::{self, Diagnostic, Pos};

impl Input {
    /// The attachments of the DPRD letter, in the order its Lampiran lists them: the
    /// cooperation plan (PP 28/2018 Pasal 30 ayat (2)), the action plan and the signed LoI
    /// (practice), and the draft MoU when `dprd_letter.attach_mou` asks for it.
    pub fn attachments(&self) -> Vec<crate::model::DocKind> {
        use crate::model::DocKind;
        let mut kinds = vec![DocKind::Plan, DocKind::ActionPlan, DocKind::Loi];
        if self.dprd_letter.attach_mou {
            kinds.push(DocKind::Mou);
        }
        kinds
    }

    /// The signed LoI among the enclosures, if given: it goes instead of the LoI's text.
    pub fn signed_loi(&self) -> Option<&Enclosure> {
        self.dprd_letter.enclosures.iter().find(|e| e.kind == EnclosureKind::SignedLoi)
    }

    /// The enclosures that follow naskah's documents in the Lampiran (all but the signed
    /// LoI), with their titles: the given one, or the kind's.
    pub fn other_enclosures(&self) -> Vec<(&Enclosure, Bi)> {
        self.dprd_letter
            .enclosures
            .iter()
            .filter(|e| e.kind != EnclosureKind::SignedLoi)
            .map(|e| {
                let title = e.title.clone().unwrap_or_else(|| match e.kind {
                    EnclosureKind::FeasibilityStudy => Bi {
                        id: "Kajian Peluang dan Manfaat Kerja Sama".into(),
                        en: "Study of the Opportunities and Benefits of the Cooperation".into(),
                        third: None,
                    },
                    EnclosureKind::PartnerProfile => Bi {
                        id: format!("Profil {}", self.partner.name.id),
                        // ("Profile of the City of Perth", "Profile of Higashikawa Town": the article a name takes.)
                        en: format!("Profile of {}", crate::assemble::with_article(self.partner.name.en.trim_start_matches("the "))),
                        third: None,
                    },
                    _ => Bi { id: "Dokumen Pendukung".into(), en: "Supporting Document".into(), third: None },
                });
                (e, title)
            })
            .collect()
    }
}

/// The JSON Schema of the input, as `naskah schema` prints it: every `description` (the
/// English of the types' doc comments) has its Indonesian beside it, in `x-description-id`.
pub fn schema() -> serde_json::Value {
    schema_ref().clone()
}

/// The keyword of a description's Indonesian in the schema.
pub const DESCRIPTION_ID: &str = "x-description-id";

/// The Indonesian of the schema's descriptions, by place (`data/schema-id.yaml`).
const SCHEMA_ID: &str = include_str!("../../data/schema-id.yaml");

/// A description and its Indonesian, as the table holds them: the English is kept so that
/// a changed doc comment is noticed (a test compares them).
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Described {
    pub en: String,
    pub id: String,
}

/// The table of Indonesian descriptions.
pub fn schema_id_table() -> std::collections::BTreeMap<String, Described> {
    serde_saphyr::from_str(SCHEMA_ID).expect("data/schema-id.yaml is a mapping of {en, id}; its test reads it")
}

/// The schema of the input types as schemars derives it, without the Indonesian:
/// `data/input-schema.json`, written by the test `the_embedded_schema_is_the_types_schema`
/// (`UPDATE_GOLDEN=1`), which fails when the types and the file differ. Reading it costs a
/// tenth of deriving it, which was an eighth of `naskah validate`.
const PLAIN_SCHEMA: &str = include_str!("../../data/input-schema.json");

/// The schema without its Indonesian, read once: what validating a valid file needs.
fn plain_schema() -> &'static serde_json::Value {
    static SCHEMA: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    SCHEMA.get_or_init(|| serde_json::from_str(PLAIN_SCHEMA).expect("data/input-schema.json is JSON; its test reads it"))
}

/// The schema without its descriptions (written by `build.rs`), read once: what walking a
/// file needs until it has a problem, whose hints quote the descriptions.
fn bare_schema() -> &'static serde_json::Value {
    static SCHEMA: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    SCHEMA.get_or_init(|| {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/input-schema-bare.json"))).expect("build.rs writes JSON")
    })
}

/// The schema with the Indonesian of its descriptions, built once: for `naskah schema`,
/// the page, and the hints of a file with problems (reading the table costs more than
/// validating a file, so a valid file never pays for it).
fn schema_ref() -> &'static serde_json::Value {
    static SCHEMA: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut schema = plain_schema().clone();
        let table = schema_id_table();
        for (pointer, key) in described_places(&schema) {
            if let (Some(Described { id, .. }), Some(serde_json::Value::Object(at))) = (table.get(&key), schema.pointer_mut(&pointer)) {
                at.insert(DESCRIPTION_ID.into(), id.clone().into());
            }
        }
        schema
    })
}

/// Every place of the schema with a description: its JSON pointer and its key in the
/// table: `Input` (the file), `Input.kind` (a top-level key), `Region` (a definition),
/// `Region.name` (its property), `Form=sister_city` (a value of an enumeration),
/// `Named|0` (an alternative without a value).
pub fn described_places(schema: &serde_json::Value) -> Vec<(String, String)> {
    use serde_json::Value;
    let mut out = Vec::new();
    let described = |v: &Value| v.get("description").is_some_and(Value::is_string);
    if described(schema) {
        out.push((String::new(), "Input".to_string()));
    }
    for (name, prop) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
        if described(prop) {
            out.push((format!("/properties/{name}"), format!("Input.{name}")));
        }
    }
    for (def, d) in schema.get("$defs").and_then(Value::as_object).into_iter().flatten() {
        if described(d) {
            out.push((format!("/$defs/{def}"), def.clone()));
        }
        for (name, prop) in d.get("properties").and_then(Value::as_object).into_iter().flatten() {
            if described(prop) {
                out.push((format!("/$defs/{def}/properties/{name}"), format!("{def}.{name}")));
            }
        }
        for word in ["oneOf", "anyOf"] {
            for (i, alt) in d.get(word).and_then(Value::as_array).into_iter().flatten().enumerate() {
                if described(alt) {
                    let value = alt.get("const").or_else(|| alt.get("enum").and_then(|e| e.get(0))).and_then(Value::as_str);
                    let key = match value {
                        Some(v) => format!("{def}={v}"),
                        None => format!("{def}|{i}"),
                    };
                    out.push((format!("/$defs/{def}/{word}/{i}"), key));
                }
            }
        }
    }
    out
}

/// A loaded input with its YAML tree (for locations) and the warnings it raised.
#[derive(Debug)]
pub struct Loaded {
    pub input: Input,
    pub tree: yaml::Node,
    pub warnings: Vec<Diagnostic>,
}

/// The top-level keys of the file with the line each starts on, in order.
fn top_level_lines(tree: &yaml::Node) -> Vec<(String, usize)> {
    match &tree.kind {
        yaml::Kind::Map(entries) => entries.iter().map(|(k, pos, _)| (k.clone(), pos.line)).collect(),
        _ => Vec::new(),
    }
}

/// Loads and validates an input; `Err` holds every error (and warning) found, sorted by position.
pub fn load(file: &str, src: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let located = |mut ds: Vec<Diagnostic>| {
        for d in &mut ds {
            d.file = file.to_string();
        }
        ds.sort_by_key(|d| d.pos);
        ds
    };
    let tree = yaml::parse(src).map_err(|d| located(vec![d]))?;
    let mut problems = validate::check(&tree, bare_schema());
    // Problems are told again with the schema's descriptions and their Indonesian at hand
    // (a missing key's hint quotes its description).
    let schema = if problems.is_empty() { bare_schema() } else { schema_ref() };
    if !problems.is_empty() {
        problems = validate::check(&tree, schema);
    }
    if problems.iter().any(|d| d.level == diag::Level::Error) {
        // Type errors do not hide the domain rules: they run on the input with each wrong
        // value replaced by a minimal one, and what they find is kept unless it lies in a
        // part of the file where something was replaced (the dates of the procedure count
        // as one part), where it would speak of the replacement.
        let bad: Vec<Pos> = problems.iter().filter(|d| d.level == diag::Level::Error).map(|d| d.pos).collect();
        let (value, touched) = validate::repair(&tree, schema, &bad);
        if let Ok(input) = serde_json::from_value::<Input>(value) {
            // Parts whose rules read each other: the dates of the procedure; the region's
            // level, the partner's and the form.
            const GROUPS: [&[&str]; 2] = [
                &[
                    "term",
                    "activities",
                    "loi",
                    "dprd_letter",
                    "mou",
                    "initiative",
                    "dprd_decision",
                    "mendagri",
                    "kemlu_confirmation",
                    "implementation",
                    "progress",
                ],
                &["kind", "form", "region", "partner"],
            ];
            let sections = top_level_lines(&tree);
            for d in rules::check(&input, &tree) {
                let section = sections.iter().rev().find(|(_, line)| *line <= d.pos.line).map(|(k, _)| k.as_str()).unwrap_or_default();
                let group_touched = GROUPS.iter().any(|g| g.contains(&section) && touched.iter().any(|t| g.contains(&t.as_str())));
                let spoilt = touched.contains(section) || group_touched || section.is_empty();
                if !spoilt {
                    problems.push(d);
                }
            }
        }
        return Err(located(problems));
    }
    // The typed input from the tree already read (the second reading of the text cost a
    // fifth of `validate`); the text is read again only when the tree does not map onto
    // the types value for value, for the YAML library's own message.
    let typed = typed_from_tree(&tree, schema);
    // In test builds every input read this way is read the old way too, and must agree:
    // each input of the integration tests is a case.
    #[cfg(debug_assertions)]
    if let Some(fast) = &typed {
        let slow = serde_saphyr::from_str::<Input>(src);
        assert!(slow.is_ok(), "{file}: read from the tree, refused by the YAML library: {slow:?}");
        if let Ok(slow) = slow {
            assert_eq!(serde_json::to_value(fast).ok(), serde_json::to_value(&slow).ok(), "{file}: the tree and the YAML library disagree");
        }
    }
    let input: Input = typed.map_or_else(|| serde_saphyr::from_str(src), Ok).map_err(|e| {
        let pos = e.location().map(|l| Pos { line: l.line() as usize, col: l.column() as usize }).unwrap_or_default();
        let ((en, id), hint) = plain_words(&e.without_snippet().to_string());
        located(vec![Diagnostic::err(pos, en, id).maybe_help(hint)])
    })?;
    problems.extend(rules::check(&input, &tree));
    let diags = located(problems);
    if diags.iter().any(|d| d.level == diag::Level::Error) {
        return Err(diags);
    }
    Ok(Loaded { input, tree, warnings: diags })
}

/// The input's types from its tree, when every value maps onto its type as the schema
/// says (nothing replaced, as `validate::repair` replaces what is wrong); `None` otherwise.
/// Test builds compare the result with the YAML library's reading of every input they
/// load (`load`), and a test that the samples take this way.
pub fn typed_from_tree(tree: &yaml::Node, schema: &serde_json::Value) -> Option<Input> {
    let (value, touched) = validate::repair(tree, schema, &[]);
    if !touched.is_empty() {
        return None;
    }
    serde_json::from_value(value).ok()
}

/// A message of the YAML library in the words of the input, not of Rust: validation
/// catches nearly everything before, but a message that gets through must not say
/// "invalid u32" or "use Option<String>".
/// Each text in English and Indonesian.
type Both = (String, String);

fn plain_words(message: &str) -> (Both, Option<Both>) {
    let both = |en: &str, id: &str| (en.to_string(), id.to_string());
    let lower = message.to_lowercase();
    let rust = ["u8", "u16", "u32", "u64", "i32", "i64", "usize"]
        .iter()
        .any(|t| lower.contains(&format!("invalid {t}")) || lower.contains(&format!("`{t}`")));
    if rust || lower.contains("out of range") || lower.contains("too large") {
        return (
            both("the number is out of range", "angka di luar rentang"),
            Some(both(
                "write a smaller whole number (see `naskah schema` for the allowed range)",
                "tulis bilangan bulat yang lebih kecil (lihat `naskah schema` untuk rentang yang diizinkan)",
            )),
        );
    }
    if lower.contains("option<") || lower.contains("null") {
        return (
            both("a value is missing here", "nilai belum diisi di sini"),
            Some(both(
                "write the value after the colon, or remove the key if it is optional",
                "tulis nilainya setelah titik dua, atau hapus kuncinya bila tidak wajib",
            )),
        );
    }
    if lower.contains("budget") {
        return (
            both("the file is over a size budget of the YAML reader", "berkas melebihi batas ukuran pembaca YAML"),
            Some(both(
                "an input is about 20 KB: check for a text pasted many times",
                "berkas masukan biasanya sekitar 20 KB: periksa apakah ada teks yang tertempel berkali-kali",
            )),
        );
    }
    ((message.to_string(), format!("berkas masukan tidak dapat dibaca ({message})")), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Valid inputs are typed from the tree read for validation, not read twice.
    #[test]
    fn the_samples_are_typed_from_their_tree() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
        let mut n = 0;
        for e in std::fs::read_dir(root).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "yaml") {
                let src = std::fs::read_to_string(e.path()).unwrap();
                let tree = yaml::parse(&src).unwrap();
                let (value, touched) = validate::repair(&tree, bare_schema(), &[]);
                let typed = serde_json::from_value::<Input>(value).map_err(|e| e.to_string());
                assert!(touched.is_empty() && typed.is_ok(), "{}: replaced {touched:?}, {:?}", e.path().display(), typed.err());
                n += 1;
            }
        }
        assert!(n >= 6);
    }

    /// The schema a valid file is walked with is the embedded one less its descriptions:
    /// put the descriptions back by place and it is the same value.
    #[test]
    fn the_bare_schema_is_the_schema_without_its_descriptions() {
        let plain = plain_schema();
        let mut bare = bare_schema().clone();
        assert!(!serde_json::to_string(&bare).unwrap().contains("\"description\""));
        for (pointer, _) in described_places(plain) {
            let description = plain.pointer(&pointer).and_then(|v| v.get("description")).cloned().unwrap();
            match bare.pointer_mut(&pointer) {
                Some(serde_json::Value::Object(at)) => {
                    at.insert("description".into(), description);
                }
                _ => panic!("{pointer}: not in the bare schema"),
            }
        }
        assert!(&bare == plain, "the bare schema differs from the embedded one in more than its descriptions");
    }

    /// The embedded schema is the one the input types derive; `UPDATE_GOLDEN=1` rewrites it.
    #[test]
    fn the_embedded_schema_is_the_types_schema() {
        let derived = serde_json::to_value(schemars::schema_for!(Input)).unwrap();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/input-schema.json");
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(path, serde_json::to_string_pretty(&derived).unwrap() + "\n").unwrap();
            return;
        }
        let embedded: serde_json::Value = serde_json::from_str(PLAIN_SCHEMA).unwrap();
        assert!(
            embedded == derived,
            "data/input-schema.json differs from the schema of the input types; run `UPDATE_GOLDEN=1 cargo test --lib the_embedded_schema` and rebuild"
        );
    }

    /// Every description of the schema has its Indonesian in data/schema-id.yaml, written
    /// for the English it stands beside; and the table holds no place the schema lost.
    #[test]
    fn every_schema_description_has_its_indonesian() {
        let raw = serde_json::to_value(schemars::schema_for!(Input)).unwrap();
        let table = schema_id_table();
        let places = described_places(&raw);
        let mut problems = Vec::new();
        for (pointer, key) in &places {
            let en = raw.pointer(pointer).and_then(|v| v["description"].as_str()).unwrap_or_default();
            match table.get(key) {
                None => problems.push(format!("{key}: no Indonesian; add to data/schema-id.yaml:\n{key}:\n  en: {en:?}\n  id: \"...\"")),
                Some(d) if d.en != en => problems.push(format!(
                    "{key}: the English changed; review its Indonesian and copy the new English:\n  was: {:?}\n  now: {en:?}",
                    d.en
                )),
                Some(d) if d.id.trim().is_empty() => problems.push(format!("{key}: the Indonesian is empty")),
                Some(_) => {}
            }
        }
        for key in table.keys() {
            if !places.iter().any(|(_, k)| k == key) {
                problems.push(format!("{key}: in data/schema-id.yaml, but the schema has no such description"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        // The served schema carries each beside its description.
        let served = schema();
        for (pointer, _) in &places {
            assert!(served.pointer(pointer).and_then(|v| v[DESCRIPTION_ID].as_str()).is_some(), "{pointer}");
        }
    }

    /// The messages of the input are written with both texts: the English-only builders
    /// (kept for the command line's own messages) are not used in this module.
    #[test]
    fn input_messages_are_built_with_their_indonesian() {
        let sources = [
            ("mod.rs", include_str!("mod.rs")),
            ("rules.rs", include_str!("rules.rs")),
            ("validate.rs", include_str!("validate.rs")),
            ("yaml.rs", include_str!("yaml.rs")),
            ("types.rs", include_str!("types.rs")),
        ];
        // Spelt in pieces, so that this test does not find itself.
        let english_only = [
            format!("Diagnostic::{}(", "error"),
            format!("Diagnostic::{}(", "warning"),
            format!(".{}(", "hint"),
            format!(".maybe_{}(", "hint"),
        ];
        for (file, text) in sources {
            for (n, line) in text.lines().enumerate() {
                for e in &english_only {
                    assert!(!line.contains(e.as_str()), "src/input/{file}:{}: `{e}` has no Indonesian: use err, warn, help", n + 1);
                }
            }
        }
    }

    /// `sifat` is a choice of the tata naskah dinas's values; an unknown one is an error at
    /// its place, with the values listed.
    #[test]
    fn an_unknown_sifat_is_an_error_that_lists_the_values() {
        let src = include_str!("../../samples/denpasar-perth.yaml").replace("sifat: Penting", "sifat: Sangat Penting");
        let errors = load("in.yaml", &src).unwrap_err();
        let d = errors.iter().find(|d| d.message.contains("sifat")).expect("a message about sifat");
        assert_eq!(d.message, "`Sangat Penting` is not a valid value for `dprd_letter.sifat`");
        assert_eq!(d.hint.as_deref(), Some("use one of: Biasa, Penting, Segera, Sangat Segera, Rahasia, Terbatas"));
        assert_eq!(d.message_id(), Some("`Sangat Penting` bukan nilai yang sah untuk `dprd_letter.sifat`"));
        assert!(d.pos.line > 0);
        // Left out, it is Penting, as before.
        let src = include_str!("../../samples/denpasar-perth.yaml").replace("  sifat: Penting\n", "");
        assert_eq!(load("in.yaml", &src).unwrap().input.dprd_letter.sifat, "Penting");
    }
}
