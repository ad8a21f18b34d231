//! The workspace of `naskah serve`: the cooperation files of one folder, the only files
//! the page reads or writes.
//!
//! A file is named by the page with its bare name (`denpasar-perth.yaml`): no folder, no
//! `..`, no hidden file, so that no request can reach outside the folder. Each saved text
//! has a version (the SHA-256 of its bytes); a save names the version it was edited from,
//! and is refused when the file changed since (another tab, an editor), so that no one's
//! changes are lost without a warning.

use crate::fsio;
use crate::limits::YAML_BYTES;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Why a request on a workspace file failed, with the HTTP status it maps to.
#[derive(Debug)]
pub enum Refusal {
    /// The name is not a bare `.yaml` name (400).
    BadName(String),
    /// No such file (404).
    Missing(String),
    /// The file exists (creating) or changed since it was read (saving) (409).
    Conflict { message: String, current: Option<String> },
    /// Reading or writing failed (500).
    Io(String),
    /// An upload over its budget (413).
    TooLarge(String),
    /// An upload that is not a PNG or SVG image naskah can use (422).
    NotAnImage(String),
}

impl Refusal {
    pub fn message(&self) -> &str {
        match self {
            Refusal::BadName(m) | Refusal::Missing(m) | Refusal::Io(m) | Refusal::TooLarge(m) | Refusal::NotAnImage(m) => m,
            Refusal::Conflict { message, .. } => message,
        }
    }
}

/// The folder and what it holds.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub dir: PathBuf,
}

/// A file's text and the version it was read at.
#[derive(Debug, Clone)]
pub struct Text {
    pub text: String,
    pub version: String,
}

/// The version of a text: its SHA-256, in hex.
pub fn version(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The comment lines of a YAML text (a line whose first non-blank character is `#`).
fn comments(text: &str) -> usize {
    text.lines().filter(|l| l.trim_start().starts_with('#')).count()
}

impl Workspace {
    pub fn new(dir: &Path) -> std::io::Result<Workspace> {
        let dir = dir.canonicalize()?;
        if !dir.is_dir() {
            return Err(std::io::Error::other(format!("`{}` is not a folder", dir.display())));
        }
        Ok(Workspace { dir })
    }

    /// The path of a file the page names; only bare `.yaml`/`.yml` names are accepted.
    pub fn path(&self, name: &str) -> Result<PathBuf, Refusal> {
        let ok = !name.is_empty()
            && name.len() <= 120
            && !name.starts_with('.')
            && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' '))
            && (name.ends_with(".yaml") || name.ends_with(".yml"));
        if !ok {
            return Err(Refusal::BadName(format!(
                "`{name}` is not a cooperation file name: letters, digits, spaces, `-`, `_`, ending in `.yaml`"
            )));
        }
        Ok(self.dir.join(name))
    }

    /// The cooperation files of the folder (its own `.yaml` files with a top-level
    /// `region:` key), by name.
    pub fn files(&self) -> Vec<String> {
        let (files, _) = crate::app::status_files(std::slice::from_ref(&self.dir));
        let mut names: Vec<String> = files
            .iter()
            .filter(|p| p.parent() == Some(self.dir.as_path()))
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .filter(|n| self.path(n).is_ok())
            .collect();
        names.sort();
        names
    }

    /// Reads a file with its version.
    pub fn read(&self, name: &str) -> Result<Text, Refusal> {
        let path = self.path(name)?;
        if !path.is_file() {
            return Err(Refusal::Missing(format!("`{name}` is not in the workspace")));
        }
        let text = fsio::read_text(&path, &YAML_BYTES).map_err(|e| Refusal::Io(format!("`{name}`: {}", e.message)))?;
        let version = version(text.as_bytes());
        Ok(Text { text, version })
    }

    /// Creates a file; refused when it exists.
    pub fn create(&self, name: &str, text: &str) -> Result<Text, Refusal> {
        let path = self.path(name)?;
        if fsio::occupied(&path) {
            return Err(Refusal::Conflict { message: format!("`{name}` exists already: choose another name"), current: None });
        }
        fsio::write_new(&path, text.as_bytes(), false).map_err(|e| Refusal::Io(format!("`{name}`: {}", e.message)))?;
        Ok(Text { text: text.to_string(), version: version(text.as_bytes()) })
    }

    /// The path of an image the page uploads into the folder (the Lambang Negara of
    /// `style.emblem`): a bare `.png` or `.svg` name, by the same rules as the files.
    pub fn image_path(&self, name: &str) -> Result<PathBuf, Refusal> {
        let lower = name.to_lowercase();
        let ok = !name.is_empty()
            && name.len() <= 120
            && !name.starts_with('.')
            && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' '))
            && (lower.ends_with(".png") || lower.ends_with(".svg"));
        if !ok {
            return Err(Refusal::BadName(format!(
                "`{name}` is not an image name: letters, digits, spaces, `-`, `_`, ending in `.png` or `.svg`"
            )));
        }
        Ok(self.dir.join(name))
    }

    /// Reads an image of the folder (for the page's thumbnail).
    pub fn read_image(&self, name: &str) -> Result<Vec<u8>, Refusal> {
        let path = self.image_path(name)?;
        if !path.is_file() {
            return Err(Refusal::Missing(format!("`{name}` is not in the workspace")));
        }
        fsio::read_bounded(&path, &crate::emblem::EMBLEM_BYTES).map_err(|e| Refusal::Io(format!("`{name}`: {}", e.message)))
    }

    /// Writes an uploaded image atomically, after checking that the letterhead can use it
    /// (a PNG or an SVG naskah reads, within the emblem's budget); an existing file is
    /// replaced only when asked (`replace`).
    pub fn save_image(&self, name: &str, bytes: &[u8], replace: bool) -> Result<(), Refusal> {
        let path = self.image_path(name)?;
        let budget = &crate::emblem::EMBLEM_BYTES;
        if bytes.len() as u64 > budget.limit {
            return Err(Refusal::TooLarge(budget.exceeded(Some(bytes.len() as u64))));
        }
        crate::emblem::Emblem::new(bytes.to_vec()).map_err(Refusal::NotAnImage)?;
        if !replace && fsio::occupied(&path) {
            return Err(Refusal::Conflict { message: format!("`{name}` exists already"), current: None });
        }
        fsio::write_new(&path, bytes, replace).map_err(|e| match fsio::occupied(&path) && !replace {
            true => Refusal::Conflict { message: format!("`{name}` exists already"), current: None },
            false => Refusal::Io(format!("`{name}`: {}", e.message)),
        })
    }

    /// Saves a text edited from version `from`: refused when the file changed since,
    /// unless `force`. When the new text has fewer comment lines than the file had, the
    /// file is first kept as `NAME.bak` (returned), so that nothing written by hand is lost.
    pub fn save(&self, name: &str, text: &str, from: &str, force: bool) -> Result<(Text, Option<String>), Refusal> {
        let path = self.path(name)?;
        if text.len() as u64 > YAML_BYTES.limit {
            return Err(Refusal::Io(format!("`{name}`: {}", YAML_BYTES.exceeded(Some(text.len() as u64)))));
        }
        let current = self.read(name)?;
        if current.version != from && !force {
            return Err(Refusal::Conflict {
                message: format!("`{name}` was changed elsewhere (another tab or an editor) since this page read it"),
                current: Some(current.version),
            });
        }
        let mut backup = None;
        if comments(text) < comments(&current.text) {
            let bak = format!("{name}.bak");
            fsio::write_new(&self.dir.join(&bak), current.text.as_bytes(), true)
                .map_err(|e| Refusal::Io(format!("`{bak}`: {}", e.message)))?;
            backup = Some(bak);
        }
        if current.text != text {
            fsio::write_new(&path, text.as_bytes(), true).map_err(|e| Refusal::Io(format!("`{name}`: {}", e.message)))?;
        }
        Ok((Text { text: text.to_string(), version: version(text.as_bytes()) }, backup))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_uploaded_image_keeps_to_the_folder_and_is_not_overwritten_unasked() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::new(dir.path()).unwrap();
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="92" height="100"><circle cx="46" cy="50" r="30"/></svg>"#;
        for bad in ["../garuda.svg", "a/garuda.svg", ".garuda.svg", "garuda.gif", "garuda.yaml", ""] {
            assert!(matches!(ws.save_image(bad, svg, false), Err(Refusal::BadName(_))), "{bad}");
        }
        assert!(matches!(ws.save_image("garuda.svg", b"not an image", false), Err(Refusal::NotAnImage(_))));
        ws.save_image("garuda.svg", svg, false).unwrap();
        assert!(matches!(ws.save_image("garuda.svg", svg, false), Err(Refusal::Conflict { .. })));
        ws.save_image("garuda.svg", svg, true).unwrap();
        assert_eq!(ws.read_image("garuda.svg").unwrap(), svg.to_vec());
    }

    #[test]
    fn names_outside_the_folder_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::new(dir.path()).unwrap();
        for bad in ["../x.yaml", "a/b.yaml", ".hidden.yaml", "x.txt", "", "..\\x.yaml", "/etc/passwd"] {
            assert!(matches!(ws.path(bad), Err(Refusal::BadName(_))), "{bad}");
        }
        assert!(ws.path("denpasar-perth 2.yaml").is_ok());
    }

    #[test]
    fn a_save_from_an_old_version_is_refused_and_comments_are_kept_in_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::new(dir.path()).unwrap();
        let first = ws.create("a.yaml", "# note\nregion: x\n").unwrap();
        assert!(matches!(ws.create("a.yaml", "x"), Err(Refusal::Conflict { .. })));
        let (second, bak) = ws.save("a.yaml", "# note\nregion: y\n", &first.version, false).unwrap();
        assert_eq!(bak, None);
        // A second tab still holds the first version.
        let stale = ws.save("a.yaml", "region: z\n", &first.version, false);
        assert!(matches!(stale, Err(Refusal::Conflict { current: Some(ref v), .. }) if *v == second.version));
        // Saved without the comment: the file with it is kept.
        let (_, bak) = ws.save("a.yaml", "region: z\n", &second.version, false).unwrap();
        assert_eq!(bak.as_deref(), Some("a.yaml.bak"));
        assert_eq!(std::fs::read_to_string(dir.path().join("a.yaml.bak")).unwrap(), "# note\nregion: y\n");
        assert_eq!(std::fs::read_to_string(dir.path().join("a.yaml")).unwrap(), "region: z\n");
    }
}
