//! Structural validation: walks the YAML tree against the JSON Schema derived from the
//! input types and collects every problem (unknown or missing keys, wrong types, values
//! outside an enumeration), each at its line and column.

use super::yaml::{Kind, Node};
use super::Date;
use crate::diag::{closest, did_you_mean_both, exceeded_id, Diagnostic};
use crate::limits::TEXT_CHARS;
use serde_json::{Map, Value};

/// Checks `node` against `root` (a schema with `$defs`) and returns every problem.
pub fn check(node: &Node, root: &Value) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    Walker { root, out: &mut out }.walk(node, root, "");
    out
}

/// Keys renamed since an earlier version: (old, new, why, why in Indonesian).
const RENAMED: &[(&str, &str, &str, &str)] = &[(
    "subject",
    "object",
    "PP 28/2018 Pasal 23 ayat (2) calls these the objects of cooperation; in Pasal 30 ayat (3) huruf a the subjects are the parties",
    "PP 28/2018 Pasal 23 ayat (2) menyebutnya objek kerja sama; dalam Pasal 30 ayat (3) huruf a, subjek adalah para pihak",
)];

struct Walker<'a> {
    root: &'a Value,
    out: &'a mut Vec<Diagnostic>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// How a path is named in a message: the top level is "the file".
fn name(path: &str) -> String {
    if path.is_empty() {
        "the top level".to_string()
    } else {
        format!("`{path}`")
    }
}

/// `name` in Indonesian.
fn name_id(path: &str) -> String {
    if path.is_empty() {
        "tingkat teratas".to_string()
    } else {
        format!("`{path}`")
    }
}

/// Characters XML 1.0 forbids (so Word refuses the document): control characters other
/// than tab and line breaks, and U+FFFE, U+FFFF.
fn forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Whether a character is one the Latin fonts of the documents have: anything but a
/// letter, or a Latin, Greek or Cyrillic letter.
fn in_font(c: char) -> bool {
    !c.is_alphabetic()
        || matches!(c as u32, 0x0000..=0x024F | 0x0250..=0x02FF | 0x0370..=0x03FF | 0x0400..=0x052F | 0x1E00..=0x1FFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xFB00..=0xFB06)
}

/// The schema of an array without `items`: anything.
static ANY: Value = Value::Bool(true);

/// Follows a `$ref` into the root's `$defs`.
fn resolve<'s>(root: &'s Value, schema: &'s Value) -> &'s Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.rsplit('/').next().unwrap_or_default();
            root.get("$defs").and_then(|defs| defs.get(name)).unwrap_or(schema)
        }
        None => schema,
    }
}

/// "in `region`", or "at the top level".
fn place(path: &str) -> String {
    if path.is_empty() {
        "at the top level".to_string()
    } else {
        format!("in `{path}`")
    }
}

/// `place` in Indonesian.
fn place_id(path: &str) -> String {
    if path.is_empty() {
        "di tingkat teratas".to_string()
    } else {
        format!("di `{path}`")
    }
}

/// The first sentence of a description, as a hint quotes it: "nama resmi, misalnya ...".
fn about_id(d: &str) -> String {
    let end = [". ", ": ", "; "].iter().filter_map(|p| d.find(p)).min().unwrap_or(d.len());
    let mut first = d[..end].trim_end_matches('.');
    // A long first clause ends at a comma, as the English quotes a first line.
    if first.chars().count() > 90 {
        let cut = first.char_indices().nth(90).map_or(first.len(), |(i, _)| i);
        first = first[..cut].rfind(", ").map_or(first, |i| &first[..i]);
    }
    let mut chars = first.chars();
    match (chars.next(), chars.next()) {
        // An acronym (`KSDPL ...`, `DPRD`) keeps its capitals.
        (Some(_), Some(b)) if b.is_uppercase() => first.to_string(),
        (Some(a), _) => a.to_lowercase().chain(first.chars().skip(1)).collect(),
        (None, _) => String::new(),
    }
}

impl Walker<'_> {
    fn walk(&mut self, node: &Node, schema: &Value, path: &str) {
        let root = self.root;
        let schema = resolve(root, schema);
        let alternatives = schema.get("anyOf").or_else(|| schema.get("oneOf")).and_then(Value::as_array);
        if let Some(alts) = alternatives {
            return self.walk_alternatives(node, schema, alts, path);
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            let allowed: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
            return self.enumeration(node, &allowed, path);
        }
        let types: Vec<&str> = match schema.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => return,
        };
        if types.contains(&"null") && node.is_null() {
            return;
        }
        let ty = types.iter().find(|t| **t != "null").copied().unwrap_or("null");
        match (ty, &node.kind) {
            ("object", Kind::Map(entries)) => self.object(node, entries, schema, path),
            ("array", Kind::Seq(items)) => {
                let item_schema = schema.get("items").unwrap_or(&ANY);
                for (i, item) in items.iter().enumerate() {
                    self.walk(item, item_schema, &format!("{path}[{i}]"));
                }
            }
            ("string", Kind::Scalar { plain: true, .. }) if node.is_null() => self.wrong_type(node, "string", path),
            ("string", Kind::Scalar { value, .. }) => {
                self.text(node, value, path);
                // Patterns are those of dates (`Date`, `TermStart`): the day must exist too.
                if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
                    let words: Vec<&str> = pattern
                        .split(['|', '(', ')', '^', '$'])
                        .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()) && !w.is_empty())
                        .collect();
                    if !words.contains(&value.as_str()) && Date::parse(value).is_none() {
                        let or_words = words.iter().map(|w| format!(" or `{w}`")).collect::<String>();
                        let atau = words.iter().map(|w| format!(" atau `{w}`")).collect::<String>();
                        self.out.push(
                            Diagnostic::err(
                                node.pos,
                                format!("`{value}` is not a valid date for {}", name(path)),
                                format!("`{value}` bukan tanggal yang sah untuk {}", name_id(path)),
                            )
                            .help(
                                format!("write dates as YYYY-MM-DD, for example 2024-07-24{or_words}"),
                                format!("tulis tanggal sebagai YYYY-MM-DD, misalnya 2024-07-24{atau}"),
                            ),
                        );
                    }
                }
            }
            ("integer", Kind::Scalar { value, plain: true }) if value.parse::<i64>().is_ok() => {
                let n: i64 = value.parse().unwrap_or_default();
                let min = schema.get("minimum").and_then(Value::as_i64);
                let max = schema.get("maximum").and_then(Value::as_i64);
                if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
                    let (range, rentang) = match (min, max) {
                        (Some(a), Some(b)) => (format!("write a number from {a} to {b}"), format!("tulis angka dari {a} sampai {b}")),
                        (Some(a), None) => (format!("write a number of at least {a}"), format!("tulis angka sekurang-kurangnya {a}")),
                        (None, Some(b)) => (format!("write a number of at most {b}"), format!("tulis angka paling banyak {b}")),
                        (None, None) => (String::new(), String::new()),
                    };
                    self.out.push(
                        Diagnostic::err(
                            node.pos,
                            format!("{} is out of range: {n}", name(path)),
                            format!("{} di luar rentang: {n}", name_id(path)),
                        )
                        .help(range, rentang),
                    );
                }
            }
            ("boolean", Kind::Scalar { value, plain: true }) if value == "true" || value == "false" => {}
            _ => self.wrong_type(node, ty, path),
        }
    }

    /// What every text must be to print: characters XML allows, one line, a bounded
    /// length, and for the Indonesian and English texts a script the fonts can show.
    fn text(&mut self, node: &Node, value: &str, path: &str) {
        if let Some(c) = value.chars().find(|c| forbidden(*c)) {
            self.out.push(
                Diagnostic::err(
                    node.pos,
                    format!("{} holds the control character U+{:04X}, which documents cannot contain", name(path), c as u32),
                    format!("{} memuat karakter kendali U+{:04X}, yang tidak boleh ada dalam naskah", name_id(path), c as u32),
                )
                .help(
                    "retype the text, or paste it as plain text; the character is invisible in most editors",
                    "ketik ulang teksnya, atau tempelkan sebagai teks biasa; karakter ini tidak terlihat di kebanyakan penyunting",
                ),
            );
            return;
        }
        let chars = value.chars().count() as u64;
        if chars > TEXT_CHARS.limit {
            self.out.push(
                Diagnostic::err(
                    node.pos,
                    format!("{} is too long: {chars} characters, {}", name(path), TEXT_CHARS.exceeded(None)),
                    format!("{} terlalu panjang: {chars} karakter, {}", name_id(path), exceeded_id(&TEXT_CHARS, None)),
                )
                .help(
                    "split a long text into several entries of the list it belongs to",
                    "pecah teks yang panjang menjadi beberapa butir dalam daftarnya",
                ),
            );
            return;
        }
        if value.trim_end().contains(['\n', '\r']) {
            self.out.push(
                Diagnostic::err(node.pos, format!("{} has a line break inside it", name(path)), format!("{} memuat pergantian baris", name_id(path)))
                    .help("each text is one paragraph: write it on one line, or with `>` (which joins the lines); for several paragraphs, use several entries of the list",
                        "setiap teks adalah satu paragraf: tulis dalam satu baris, atau dengan `>` (yang menyambung baris-barisnya); untuk beberapa paragraf, gunakan beberapa butir daftar"),
            );
            return;
        }
        let latin_only = path.ends_with(".id") || path.ends_with(".en");
        if let Some(c) = value.chars().find(|c| latin_only && !in_font(*c)) {
            self.out.push(
                Diagnostic::err(
                    node.pos,
                    format!("{} has `{c}`, a letter the documents' fonts cannot show in an Indonesian or English text", name(path)),
                    format!("{} memuat `{c}`, huruf yang tidak dapat ditampilkan huruf naskah dalam teks bahasa Indonesia atau bahasa Inggris", name_id(path)),
                )
                .help(
                    "write `id` and `en` in Latin letters (a Korean, Japanese or Chinese name goes in `third`, with `languages.third`)",
                    "tulis `id` dan `en` dengan huruf Latin (nama dalam bahasa Korea, Jepang atau Tionghoa ditulis di `third`, dengan `languages.third`)",
                ),
            );
        }
    }

    fn wrong_type(&mut self, node: &Node, expected: &str, path: &str) {
        let (found, ditemukan) = match &node.kind {
            Kind::Scalar { value, .. } if node.is_null() && value.is_empty() => ("nothing".to_string(), "tetapi kosong".to_string()),
            Kind::Scalar { value, .. } => (format!("`{value}`"), format!("tetapi berisi `{value}`")),
            Kind::Seq(_) => ("a list".to_string(), "tetapi berupa daftar".to_string()),
            Kind::Map(_) => ("a mapping".to_string(), "tetapi berupa pemetaan kunci".to_string()),
        };
        let (what, hint, apa, saran) = match expected {
            "object" => (
                "a mapping of keys",
                "indent the keys under this name: `key: value` on the following lines",
                "pemetaan kunci",
                "tulis kunci-kuncinya menjorok di bawah nama ini: `kunci: nilai` pada baris-baris berikutnya",
            ),
            "array" => (
                "a list",
                "write one item per line, each starting with `- `",
                "daftar",
                "tulis satu butir per baris, masing-masing diawali `- `",
            ),
            "string" => (
                "a text",
                "write the text after the colon; quote it if it contains `: ` or starts with a special character",
                "teks",
                "tulis teksnya setelah titik dua; beri tanda kutip bila teks memuat `: ` atau diawali karakter khusus",
            ),
            "integer" => (
                "a whole number",
                "write digits only, without quotes, for example `5`",
                "bilangan bulat",
                "tulis angka saja, tanpa tanda kutip, misalnya `5`",
            ),
            "boolean" => (
                "true or false",
                "write `true` or `false` without quotes",
                "true atau false",
                "tulis `true` atau `false` tanpa tanda kutip",
            ),
            _ => (
                "a value",
                "see `naskah schema` for the expected shape",
                "suatu nilai",
                "lihat `naskah schema` untuk bentuk yang diharapkan",
            ),
        };
        self.out.push(
            Diagnostic::err(
                node.pos,
                format!("{} must be {what}, found {found}", name(path)),
                format!("{} harus berupa {apa}, {ditemukan}", name_id(path)),
            )
            .help(hint, saran),
        );
    }

    fn enumeration(&mut self, node: &Node, allowed: &[&str], path: &str) {
        match &node.kind {
            Kind::Scalar { value, .. } if allowed.contains(&value.as_str()) => {}
            Kind::Scalar { value, .. } => {
                let list = (format!("use one of: {}", allowed.join(", ")), format!("gunakan salah satu dari: {}", allowed.join(", ")));
                // Words of a document (`Sangat Segera`) are chosen among, not misspelt: all are listed.
                let words = allowed.iter().any(|a| a.contains(' ') || a.chars().any(char::is_uppercase));
                let hint = if words { list } else { did_you_mean_both(value, allowed.iter().copied()).unwrap_or(list) };
                self.out.push(
                    Diagnostic::err(
                        node.pos,
                        format!("`{value}` is not a valid value for {}", name(path)),
                        format!("`{value}` bukan nilai yang sah untuk {}", name_id(path)),
                    )
                    .help(hint.0, hint.1),
                );
            }
            _ => self.wrong_type(node, "string", path),
        }
    }

    fn walk_alternatives(&mut self, node: &Node, schema: &Value, alts: &[Value], path: &str) {
        let root = self.root;
        let alts: Vec<&Value> = alts.iter().map(|a| resolve(root, a)).collect();
        let nullable = alts.iter().any(|a| a.get("type").and_then(Value::as_str) == Some("null"));
        if nullable && node.is_null() {
            return;
        }
        let consts: Vec<&str> = alts
            .iter()
            .flat_map(|a| {
                let one = a.get("const").and_then(Value::as_str).into_iter();
                let many = a.get("enum").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str);
                one.chain(many)
            })
            .collect();
        if !consts.is_empty() {
            return self.enumeration(node, &consts, path);
        }
        // The alternative of the node's shape (a name given as one text, or as a mapping of
        // its languages), else the first that is not null.
        let shape = |a: &Value| match (&node.kind, a.get("type").and_then(Value::as_str)) {
            (Kind::Map(_), Some("object")) | (Kind::Seq(_), Some("array")) => true,
            (Kind::Map(_), None) => a.get("properties").is_some(),
            (Kind::Scalar { .. }, Some(t)) => !matches!(t, "object" | "array" | "null"),
            _ => false,
        };
        let chosen = alts.iter().find(|a| shape(a)).copied();
        match chosen.or_else(|| alts.into_iter().find(|a| a.get("type").and_then(Value::as_str) != Some("null"))) {
            Some(alt) => {
                let alt = alt.clone();
                self.walk(node, &alt, path)
            }
            None => {
                let _ = schema;
            }
        }
    }

    fn object(&mut self, node: &Node, entries: &[(String, crate::diag::Pos, Node)], schema: &Value, path: &str) {
        let root = self.root;
        let empty = Map::new();
        let props = schema.get("properties").and_then(Value::as_object).unwrap_or(&empty);
        let extra = schema.get("additionalProperties");
        let mut suggested: Vec<String> = Vec::new();
        for (key, key_pos, value) in entries {
            // A key renamed since an earlier version is still read, with a warning.
            if let Some((old, new, why, alasan)) = RENAMED.iter().find(|(old, new, _, _)| old == key && props.contains_key(*new)) {
                if entries.iter().any(|(k, _, _)| k == new) {
                    self.out.push(
                        Diagnostic::err(
                            *key_pos,
                            format!("`{old}` and `{new}` both given {}", place(path)),
                            format!("`{old}` dan `{new}` sama-sama diisi {}", place_id(path)),
                        )
                        .help(
                            format!("`{old}` is the old name of `{new}`: keep `{new}` only"),
                            format!("`{old}` adalah nama lama `{new}`: pertahankan `{new}` saja"),
                        ),
                    );
                } else {
                    self.out.push(
                        Diagnostic::warn(
                            *key_pos,
                            format!("`{old}` is deprecated {}: it is now called `{new}`", place(path)),
                            format!("`{old}` sudah tidak dipakai {}: namanya kini `{new}`", place_id(path)),
                        )
                        .help(format!("rename `{old}:` to `{new}:` ({why})"), format!("ganti `{old}:` menjadi `{new}:` ({alasan})")),
                    );
                }
                self.walk(value, &props[*new], &join(path, new));
                continue;
            }
            match props.get(key) {
                Some(prop) => self.walk(value, prop, &join(path, key)),
                None => match extra {
                    Some(Value::Object(_)) => {
                        let extra = extra.cloned().unwrap_or_default();
                        self.walk(value, &extra, &join(path, key))
                    }
                    Some(Value::Bool(true)) => {}
                    _ => {
                        let close = props.keys().map(String::as_str).filter(|k| !entries.iter().any(|(e, _, _)| e == k));
                        if let Some(best) = closest(key, close) {
                            suggested.push(best.to_string());
                        }
                        let keys = props.keys().cloned().collect::<Vec<_>>().join(", ");
                        // A key with no value in a mapping written on one line is, most likely,
                        // the rest of a value with commas: `{id: usaha mikro, kecil, dan
                        // menengah, en: ...}` reads `kecil` as a key.
                        let bare = matches!(&value.kind, super::yaml::Kind::Scalar { value: v, plain: true } if v.is_empty() || v == "~" || v == "null");
                        let hint = if bare && !key.contains('_') {
                            (
                                "if this belongs to the value before it, put that value in quotes: in a mapping written on one line, `{id: \"usaha mikro, kecil, dan menengah\", en: ...}`, a comma ends the value".to_string(),
                                "jika kata ini bagian dari nilai sebelumnya, beri tanda kutip pada nilai itu: dalam pemetaan yang ditulis pada satu baris, `{id: \"usaha mikro, kecil, dan menengah\", en: ...}`, koma mengakhiri nilai".to_string(),
                            )
                        } else {
                            did_you_mean_both(key, props.keys().map(String::as_str))
                                .unwrap_or_else(|| (format!("allowed keys here: {keys}"), format!("kunci yang boleh di sini: {keys}")))
                        };
                        self.out.push(
                            Diagnostic::err(
                                *key_pos,
                                format!("unknown key `{key}` {}", place(path)),
                                format!("kunci `{key}` tidak dikenal {}", place_id(path)),
                            )
                            .help(hint.0, hint.1),
                        );
                    }
                },
            }
        }
        let required = schema.get("required").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        for key in required.iter().filter_map(Value::as_str) {
            if !entries.iter().any(|(k, _, _)| k == key) && !suggested.iter().any(|s| s == key) {
                let described =
                    |word: &str| props.get(key).and_then(|p| p.get(word).or_else(|| resolve(root, p).get(word))).and_then(Value::as_str);
                let about = described("description")
                    .map(|d| d.lines().next().unwrap_or(d).trim_end_matches('.').to_lowercase())
                    .unwrap_or_else(|| "see `naskah schema`".to_string());
                let tentang = described(super::DESCRIPTION_ID).map(about_id).unwrap_or_else(|| "lihat `naskah schema`".to_string());
                self.out.push(
                    Diagnostic::err(
                        node.pos,
                        format!("missing key `{key}` {}", place(path)),
                        format!("kunci `{key}` belum ada {}", place_id(path)),
                    )
                    .help(format!("add `{key}:` ({about})"), format!("tambahkan `{key}:` ({tentang})")),
                );
            }
        }
    }
}

/// The input as JSON, with every value that has an error (`bad`: the positions of the
/// errors) replaced by a minimal valid one, so that the domain rules can still run on a
/// file with type errors; and the top-level keys where something was replaced, whose
/// rules' findings would speak of the replacement rather than the file.
pub fn repair(node: &Node, root: &Value, bad: &[crate::diag::Pos]) -> (Value, std::collections::BTreeSet<String>) {
    let mut touched = std::collections::BTreeSet::new();
    let value = repaired(node, root, root, bad, "", &mut touched);
    (value, touched)
}

fn repaired(
    node: &Node,
    schema: &Value,
    root: &Value,
    bad: &[crate::diag::Pos],
    path: &str,
    touched: &mut std::collections::BTreeSet<String>,
) -> Value {
    let schema = resolve(root, schema);
    let top = || path.split(['.', '[']).next().unwrap_or_default().to_string();
    if let Some(alts) = schema.get("anyOf").or_else(|| schema.get("oneOf")).and_then(Value::as_array) {
        if node.is_null() && alts.iter().any(|a| a.get("type").and_then(Value::as_str) == Some("null")) {
            return Value::Null;
        }
        let consts: Vec<&Value> = alts.iter().filter_map(|a| a.get("const")).collect();
        if !consts.is_empty() {
            return match &node.kind {
                Kind::Scalar { value, .. } if consts.iter().any(|c| c.as_str() == Some(value)) => Value::String(value.clone()),
                _ => {
                    touched.insert(top());
                    consts[0].clone()
                }
            };
        }
        // The alternative of the node's shape ("Named": a name, or a name in each language).
        let shape = |a: &&Value| {
            let ty = resolve(root, a).get("type").and_then(Value::as_str);
            match &node.kind {
                Kind::Map(_) => ty == Some("object"),
                Kind::Seq(_) => ty == Some("array"),
                _ => !matches!(ty, Some("object" | "array" | "null")),
            }
        };
        let some = |a: &&Value| a.get("type").and_then(Value::as_str) != Some("null");
        if let Some(alt) = alts.iter().filter(some).find(shape).or_else(|| alts.iter().find(some)) {
            return repaired(node, alt, root, bad, path, touched);
        }
    }
    if bad.contains(&node.pos) && matches!(node.kind, Kind::Scalar { .. }) {
        touched.insert(top());
        return minimal(root, schema);
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return match &node.kind {
            Kind::Scalar { value, .. } if values.iter().any(|v| v.as_str() == Some(value)) => Value::String(value.clone()),
            // A misspelt value is read as the value it is closest to, as the hint says.
            Kind::Scalar { value, .. } => {
                touched.insert(top());
                closest(value, values.iter().filter_map(Value::as_str)).map_or_else(|| values[0].clone(), |c| Value::String(c.into()))
            }
            _ => {
                touched.insert(top());
                values[0].clone()
            }
        };
    }
    let ty = match schema.get("type") {
        Some(Value::String(t)) => t.as_str(),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).find(|t| *t != "null").unwrap_or("null"),
        _ => return Value::Null,
    };
    match (ty, &node.kind) {
        ("object", Kind::Map(entries)) => {
            let empty = Map::new();
            let props = schema.get("properties").and_then(Value::as_object).unwrap_or(&empty);
            let extra = schema.get("additionalProperties").filter(|e| e.is_object());
            let mut out = Map::new();
            for (key, _, value) in entries {
                // A renamed key is read under its new name.
                let key = RENAMED
                    .iter()
                    .find(|(old, new, _, _)| old == key && props.contains_key(*new))
                    .map_or(key.as_str(), |(_, new, _, _)| new);
                if let Some(prop) = props.get(key).or(extra) {
                    out.insert(key.to_string(), repaired(value, prop, root, bad, &join(path, key), touched));
                }
            }
            for key in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
                if !out.contains_key(key) {
                    touched.insert(if path.is_empty() { key.to_string() } else { top() });
                    out.insert(key.to_string(), minimal(root, &props[key]));
                }
            }
            Value::Object(out)
        }
        ("array", Kind::Seq(items)) => {
            let item = schema.get("items").unwrap_or(&ANY);
            Value::Array(items.iter().enumerate().map(|(i, n)| repaired(n, item, root, bad, &format!("{path}[{i}]"), touched)).collect())
        }
        ("string", Kind::Scalar { value, .. }) if !node.is_null() => Value::String(value.clone()),
        ("integer", Kind::Scalar { value, plain: true }) if value.parse::<i64>().is_ok() => Value::from(value.parse::<i64>().unwrap_or(0)),
        ("boolean", Kind::Scalar { value, plain: true }) if value == "true" || value == "false" => Value::Bool(value == "true"),
        _ => {
            touched.insert(top());
            minimal(root, schema)
        }
    }
}

/// A minimal valid value of a schema: required properties only, the first of an enumeration.
fn minimal(root: &Value, schema: &Value) -> Value {
    let schema = resolve(root, schema);
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return values.first().cloned().unwrap_or(Value::Null);
    }
    if let Some(alts) = schema.get("anyOf").or_else(|| schema.get("oneOf")).and_then(Value::as_array) {
        if alts.iter().any(|a| a.get("type").and_then(Value::as_str) == Some("null")) {
            return Value::Null;
        }
        return alts
            .iter()
            .find_map(|a| a.get("const").cloned())
            .unwrap_or_else(|| alts.first().map(|a| minimal(root, a)).unwrap_or(Value::Null));
    }
    let ty = match schema.get("type") {
        Some(Value::String(t)) => t.as_str(),
        Some(Value::Array(ts)) if ts.iter().any(|t| t == "null") => return Value::Null,
        _ => "",
    };
    match ty {
        "object" => {
            let empty = Map::new();
            let props = schema.get("properties").and_then(Value::as_object).unwrap_or(&empty);
            let mut out = Map::new();
            for key in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
                out.insert(key.to_string(), minimal(root, &props[key]));
            }
            Value::Object(out)
        }
        "array" => Value::Array(Vec::new()),
        "string" if schema.get("pattern").is_some() => Value::String("2000-01-01".into()),
        "string" => Value::String("-".into()),
        "integer" => Value::from(schema.get("minimum").and_then(Value::as_i64).unwrap_or(1)),
        "boolean" => Value::Bool(false),
        _ => Value::Null,
    }
}
