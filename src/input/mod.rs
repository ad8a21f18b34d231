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
                        en: format!("Profile of the {}", self.partner.name.en.trim_start_matches("the ")),
                        third: None,
                    },
                    _ => Bi { id: "Dokumen Pendukung".into(), en: "Supporting Document".into(), third: None },
                });
                (e, title)
            })
            .collect()
    }
}

/// The JSON Schema of the input, as `naskah schema` prints it.
pub fn schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Input);
    serde_json::to_value(&schema).expect("a schema always serialises")
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
    let schema = schema();
    let mut problems = validate::check(&tree, &schema);
    if problems.iter().any(|d| d.level == diag::Level::Error) {
        // Type errors do not hide the domain rules: they run on the input with each wrong
        // value replaced by a minimal one, and what they find is kept unless it lies in a
        // part of the file where something was replaced (the dates of the procedure count
        // as one part), where it would speak of the replacement.
        let bad: Vec<Pos> = problems.iter().filter(|d| d.level == diag::Level::Error).map(|d| d.pos).collect();
        let (value, touched) = validate::repair(&tree, &schema, &bad);
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
    let input: Input = serde_saphyr::from_str(src).map_err(|e| {
        let pos = e.location().map(|l| Pos { line: l.line() as usize, col: l.column() as usize }).unwrap_or_default();
        let (message, hint) = plain_words(&e.without_snippet().to_string());
        located(vec![Diagnostic::error(pos, message).maybe_hint(hint)])
    })?;
    problems.extend(rules::check(&input, &tree));
    let diags = located(problems);
    if diags.iter().any(|d| d.level == diag::Level::Error) {
        return Err(diags);
    }
    Ok(Loaded { input, tree, warnings: diags })
}

/// A message of the YAML library in the words of the input, not of Rust: validation
/// catches nearly everything before, but a message that gets through must not say
/// "invalid u32" or "use Option<String>".
fn plain_words(message: &str) -> (String, Option<String>) {
    let lower = message.to_lowercase();
    let rust = ["u8", "u16", "u32", "u64", "i32", "i64", "usize"]
        .iter()
        .any(|t| lower.contains(&format!("invalid {t}")) || lower.contains(&format!("`{t}`")));
    if rust || lower.contains("out of range") || lower.contains("too large") {
        return (
            "the number is out of range".into(),
            Some("write a smaller whole number (see `naskah schema` for the allowed range)".into()),
        );
    }
    if lower.contains("option<") || lower.contains("null") {
        return ("a value is missing here".into(), Some("write the value after the colon, or remove the key if it is optional".into()));
    }
    if lower.contains("budget") {
        return (
            "the file is over a size budget of the YAML reader".into(),
            Some("an input is about 20 KB: check for a text pasted many times".into()),
        );
    }
    (message.to_string(), None)
}
