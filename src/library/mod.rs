//! The clause library: one YAML file per clause, embedded in the binary and overridable
//! from a folder. Clauses are looked up by id or by slot (variants share a slot), and a
//! misspelt id gets a "did you mean".

use crate::diag::{did_you_mean, Diagnostic, Pos};
use crate::model::{DocKind, SectionId};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

static EMBEDDED: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/clauses");

/// One clause as written in its file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClauseFile {
    pub id: String,
    pub version: u32,
    #[serde(default)]
    pub slot: Option<String>,
    #[serde(default)]
    pub default: bool,
    pub documents: Vec<String>,
    #[serde(default)]
    pub sections: Vec<String>,
    #[serde(default = "yes")]
    pub article: bool,
    pub basis: String,
    #[serde(default)]
    pub variables: Vec<String>,
    pub title: BTreeMap<String, String>,
    pub text: BTreeMap<String, String>,
}

fn yes() -> bool {
    true
}

/// A checked clause.
#[derive(Debug, Clone)]
pub struct Clause {
    pub id: String,
    pub version: u32,
    pub slot: String,
    pub default: bool,
    pub documents: Vec<DocKind>,
    pub sections: Vec<SectionId>,
    pub article: bool,
    pub basis: String,
    pub variables: Vec<String>,
    /// Title and text per language code.
    pub title: BTreeMap<String, String>,
    pub text: BTreeMap<String, String>,
}

/// All clauses, by id.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub clauses: BTreeMap<String, Clause>,
}

impl Library {
    /// The library built into the binary.
    pub fn embedded() -> Result<Library, Vec<Diagnostic>> {
        let files = EMBEDDED
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "yaml"))
            .map(|f| (format!("clauses/{}", f.path().display()), f.contents_utf8().unwrap_or_default().to_string()));
        Library::from_files(files)
    }

    /// The library in a folder (`--clauses DIR`).
    pub fn from_dir(dir: &Path) -> Result<Library, Vec<Diagnostic>> {
        let entries = std::fs::read_dir(dir).map_err(|e| {
            vec![Diagnostic {
                file: dir.display().to_string(),
                ..Diagnostic::error(Pos::default(), format!("cannot read the clause folder: {e}"))
            }]
        })?;
        let mut files = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "yaml") {
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    vec![Diagnostic { file: path.display().to_string(), ..Diagnostic::error(Pos::default(), format!("cannot read: {e}")) }]
                })?;
                files.push((path.display().to_string(), text));
            }
        }
        files.sort();
        Library::from_files(files)
    }

    fn from_files(files: impl IntoIterator<Item = (String, String)>) -> Result<Library, Vec<Diagnostic>> {
        let mut lib = Library::default();
        let mut errors = Vec::new();
        for (file, text) in files {
            match parse_clause(&file, &text) {
                Ok(c) => {
                    if lib.clauses.contains_key(&c.id) {
                        errors.push(Diagnostic {
                            file,
                            ..Diagnostic::error(Pos { line: 1, col: 1 }, format!("duplicate clause id `{}`", c.id))
                        });
                    } else {
                        lib.clauses.insert(c.id.clone(), c);
                    }
                }
                Err(d) => errors.push(d),
            }
        }
        if errors.is_empty() {
            Ok(lib)
        } else {
            Err(errors)
        }
    }

    pub fn get(&self, id: &str) -> Option<&Clause> {
        self.clauses.get(id)
    }

    /// A "did you mean" for an unknown clause id or slot.
    pub fn suggest(&self, id: &str) -> Option<String> {
        let names = self.clauses.values().flat_map(|c| [c.id.as_str(), c.slot.as_str()]);
        did_you_mean(id, names)
    }

    /// The clause that fills `slot`: the user's choice, else the default variant.
    pub fn resolve(&self, slot: &str, choices: &BTreeMap<String, String>) -> Result<&Clause, String> {
        if let Some(chosen) = choices.get(slot) {
            return match self.get(chosen) {
                Some(c) if c.slot == slot => Ok(c),
                Some(c) => Err(format!("clause `{chosen}` fills slot `{}`, not `{slot}`", c.slot)),
                None => Err(format!("unknown clause `{chosen}`")),
            };
        }
        let variants: Vec<&Clause> = self.clauses.values().filter(|c| c.slot == slot).collect();
        match variants.as_slice() {
            [] => Err(format!("unknown clause `{slot}`")),
            [one] => Ok(one),
            many => many.iter().find(|c| c.default).copied().ok_or_else(|| format!("slot `{slot}` has no default variant")),
        }
    }

    /// Ids of the variants of a slot.
    pub fn variants(&self, slot: &str) -> Vec<&str> {
        self.clauses.values().filter(|c| c.slot == slot).map(|c| c.id.as_str()).collect()
    }
}

fn parse_clause(file: &str, text: &str) -> Result<Clause, Diagnostic> {
    let located = |pos: Pos, msg: String| Diagnostic { file: file.to_string(), ..Diagnostic::error(pos, msg) };
    let raw: ClauseFile = serde_saphyr::from_str(text).map_err(|e| {
        let pos = e.location().map(|l| Pos { line: l.line() as usize, col: l.column() as usize }).unwrap_or_default();
        located(pos, e.without_snippet().to_string())
    })?;
    let top = Pos { line: 1, col: 1 };
    let stem = Path::new(file).file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if raw.id != stem {
        return Err(located(top, format!("clause id `{}` does not match its file name `{stem}`", raw.id)));
    }
    let mut documents = Vec::new();
    for d in &raw.documents {
        documents.push(DocKind::from_slug(d).ok_or_else(|| {
            located(top, format!("unknown document kind `{d}`")).maybe_hint(did_you_mean(d, DocKind::ALL.map(DocKind::slug)))
        })?);
    }
    let mut sections = Vec::new();
    for s in &raw.sections {
        sections.push(SectionId::from_slug(s).ok_or_else(|| {
            located(top, format!("unknown section `{s}`")).maybe_hint(did_you_mean(s, SectionId::ALL.map(SectionId::slug)))
        })?);
    }
    for lang in ["id", "en"] {
        if !raw.title.contains_key(lang) || !raw.text.contains_key(lang) {
            return Err(located(top, format!("clause `{}` has no title or text in `{lang}`", raw.id))
                .hint("every clause has Indonesian and English texts"));
        }
    }
    Ok(Clause {
        slot: raw.slot.unwrap_or_else(|| raw.id.clone()),
        id: raw.id,
        version: raw.version,
        default: raw.default,
        documents,
        sections,
        article: raw.article,
        basis: raw.basis,
        variables: raw.variables,
        title: raw.title,
        text: raw.text,
    })
}
