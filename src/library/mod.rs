//! The clause library: one YAML file per clause, embedded in the binary and overridable
//! from a folder. Clauses are looked up by id or by slot (variants share a slot), and a
//! misspelt id gets a "did you mean".

use crate::diag::{did_you_mean, Diagnostic, Pos};
use crate::model::{DocKind, SectionId};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

static EMBEDDED: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/clauses");

/// The built-in clause files, by their path in the folder, to be copied and edited
/// (`naskah clauses export`).
pub fn embedded_files() -> Vec<(String, &'static [u8])> {
    crate::fsio::dir_files(&EMBEDDED)
}

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
    /// The file it came from (`clauses/mou.dispute.yaml`, or a path under `--clauses`).
    pub file: String,
    /// The file's text, for diagnostics that show the line.
    pub source: std::sync::Arc<str>,
}

impl Clause {
    /// The place in the clause file of a line and column of one of its texts
    /// (`part` is `title` or `text`).
    pub fn place(&self, part: &str, lang: &str, line: usize, col: usize) -> Pos {
        place(&self.source, part, lang, line, col)
    }
}

/// The place in a clause file's text of a line and column of one of its texts (`part` is
/// `title` or `text`). The file is read again for it: only a diagnostic needs it, so
/// loading the library does not parse every file twice.
pub fn place(source: &str, part: &str, lang: &str, line: usize, col: usize) -> Pos {
    match starts(source).get(&format!("{part}.{lang}")) {
        Some(start) if line > 0 => Pos { line: start.line + line - 1, col: start.col + col - 1 },
        _ => Pos::default(),
    }
}

/// Where each title and text of a clause file starts: for a block scalar (`|`, `>`), the
/// first line after its key, at the block's indentation; else the value itself.
fn starts(text: &str) -> BTreeMap<String, Pos> {
    let mut out = BTreeMap::new();
    let Ok(tree) = crate::input::yaml::parse(text) else { return out };
    let lines: Vec<&str> = text.lines().collect();
    for part in ["title", "text"] {
        let Some(crate::input::yaml::Node { kind: crate::input::yaml::Kind::Map(entries), .. }) = tree.at(&[part]) else { continue };
        for (lang, _, node) in entries {
            let pos = node.pos;
            let at = lines.get(pos.line.saturating_sub(1)).copied().unwrap_or_default();
            let rest: String = at.chars().skip(pos.col.saturating_sub(1)).collect();
            let start = if rest.starts_with('|') || rest.starts_with('>') {
                let next = lines.get(pos.line).copied().unwrap_or_default();
                Pos { line: pos.line + 1, col: next.len() - next.trim_start().len() + 1 }
            } else if rest.starts_with('"') || rest.starts_with('\'') {
                Pos { line: pos.line, col: pos.col + 1 }
            } else {
                pos
            };
            out.insert(format!("{part}.{lang}"), start);
        }
    }
    out
}

/// All clauses, by id.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub clauses: BTreeMap<String, Clause>,
    /// Built into the binary (its texts are compiled by the tests), not read from a folder.
    pub embedded: bool,
}

impl Library {
    /// The library built into the binary, read from the JSON that `build.rs` made of its YAML
    /// files (several times faster to read at every start; a test compares the two readings).
    pub fn embedded() -> Result<Library, Vec<Diagnostic>> {
        static JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/clauses.json"));
        let raws: BTreeMap<String, ClauseFile> = serde_json::from_str(JSON)
            .map_err(|e| vec![Diagnostic::in_file("clauses", format!("the embedded clause library does not read: {e}"))])?;
        let clauses = raws.into_iter().map(|(name, raw)| {
            let text = EMBEDDED.get_file(&name).and_then(|f| f.contents_utf8()).unwrap_or_default();
            checked_clause(&format!("clauses/{name}"), text, raw)
        });
        Library::from_clauses(clauses).map(|lib| Library { embedded: true, ..lib })
    }

    /// The library built into the binary, read from its YAML files as a folder would be.
    #[cfg(test)]
    fn embedded_yaml() -> Result<Library, Vec<Diagnostic>> {
        let files = EMBEDDED
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "yaml"))
            .map(|f| (format!("clauses/{}", f.path().display()), f.contents_utf8().unwrap_or_default().to_string()));
        Library::from_files(files).map(|lib| Library { embedded: true, ..lib })
    }

    /// The library in a folder (`--clauses DIR`).
    pub fn from_dir(dir: &Path) -> Result<Library, Vec<Diagnostic>> {
        let entries = std::fs::read_dir(dir).map_err(|e| {
            vec![Diagnostic {
                file: dir.display().to_string(),
                ..Diagnostic::error(Pos::default(), format!("cannot read the clause folder: {}", crate::fsio::plain_io(&e)))
            }]
        })?;
        let mut files = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "yaml") {
                let text = crate::fsio::read_text(&path, &crate::limits::YAML_BYTES)
                    .map_err(|e| vec![Diagnostic::in_file(path.display().to_string(), e.message).maybe_hint(e.hint)])?;
                files.push((path.display().to_string(), text));
            }
        }
        files.sort();
        Library::from_files(files)
    }

    fn from_files(files: impl IntoIterator<Item = (String, String)>) -> Result<Library, Vec<Diagnostic>> {
        Library::from_clauses(files.into_iter().map(|(file, text)| parse_clause(&file, &text)))
    }

    fn from_clauses(clauses: impl IntoIterator<Item = Result<Clause, Diagnostic>>) -> Result<Library, Vec<Diagnostic>> {
        let mut lib = Library::default();
        let mut errors = Vec::new();
        for clause in clauses {
            match clause {
                Ok(c) => {
                    if lib.clauses.contains_key(&c.id) {
                        errors.push(Diagnostic {
                            file: c.file.clone(),
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
    checked_clause(file, text, raw)
}

/// A clause as read, checked: its id matches its file, its kinds and sections exist, and it
/// has Indonesian and English texts.
fn checked_clause(file: &str, text: &str, raw: ClauseFile) -> Result<Clause, Diagnostic> {
    let located = |pos: Pos, msg: String| Diagnostic { file: file.to_string(), ..Diagnostic::error(pos, msg) };
    let top = Pos { line: 1, col: 1 };
    let stem = Path::new(file).file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if raw.id != stem {
        return Err(located(top, format!("clause id `{}` does not match its file name `{stem}`", raw.id)));
    }
    let mut documents = Vec::new();
    for d in &raw.documents {
        documents.push(DocKind::from_slug(d).ok_or_else(|| {
            located(top, format!("unknown document kind `{d}`")).maybe_hint(did_you_mean(d, DocKind::EVERY.map(DocKind::slug)))
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
        file: file.to_string(),
        source: text.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_library_reads_the_same_from_json_as_from_its_yaml() {
        let json = Library::embedded().expect("the embedded library reads from JSON");
        let yaml = Library::embedded_yaml().expect("the embedded library reads from YAML");
        assert!(json.clauses.len() > 20, "the library has its clauses");
        assert_eq!(format!("{:?}", json.clauses), format!("{:?}", yaml.clauses));
    }
}
