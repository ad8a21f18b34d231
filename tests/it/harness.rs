//! Runs the real binary in a temporary folder and compares with golden files.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The output of one run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// A temporary working folder with the samples at hand.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample(name: &str) -> PathBuf {
    root().join("samples").join(name)
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox { dir: tempfile::tempdir().expect("a temporary folder") }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Writes a file in the sandbox.
    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().expect("a parent")).expect("mkdir");
        std::fs::write(&p, content).expect("write");
        p
    }

    /// A copy of a sample, in the sandbox, whose `style.emblem` names a test image (a plain
    /// shape, not the Lambang Negara) written beside it: drafting it raises no warning
    /// about the letterhead's emblem, so tests can compare what is printed exactly.
    pub fn with_emblem(&self, sample_name: &str) -> PathBuf {
        let src = std::fs::read_to_string(sample(sample_name)).expect("sample");
        self.write("emblem.svg", TEST_EMBLEM);
        self.write(sample_name, with_emblem(&src))
    }

    /// Runs `naskah` with arguments, in the sandbox. Every message it prints about an input
    /// file must have its Indonesian (the page shows it): `NASKAH_I18N_CHECK` makes the
    /// binary name any that has not, and the run fails on it.
    pub fn run(&self, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_naskah"))
            .args(args)
            .env("NASKAH_I18N_CHECK", "1")
            .env_remove("NASKAH_LANG")
            .current_dir(self.dir.path())
            .output()
            .expect("run naskah");
        let run = Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        assert!(!run.stderr.contains("naskah-i18n:"), "a message about the input has no Indonesian text:\n{}", run.stderr);
        // The JSON of `check` and `compare`: every finding, flag and reason with its Indonesian.
        let values: Vec<serde_json::Value> = match serde_json::from_str(&run.stdout) {
            Ok(v) => vec![v],
            Err(_) => run.stdout.lines().filter_map(|l| serde_json::from_str(l).ok()).collect(),
        };
        for v in &values {
            if let Err(e) = indonesian_beside_english(v) {
                panic!("{e}\n{}", run.stdout);
            }
        }
        run
    }
}

/// Every text of the page's reports in the JSON (a finding's or a flag's `message` and
/// `hint`, a change's `why`, the `kind_reason`) has its Indonesian (`message_id`, ...),
/// written and not the English again.
pub fn indonesian_beside_english(v: &serde_json::Value) -> Result<(), String> {
    match v {
        serde_json::Value::Object(m) => {
            let keys: &[&str] = if m.contains_key("rule") { &["message", "hint"] } else { &[] };
            for k in keys.iter().chain(&["why", "kind_reason"]) {
                let Some(en) = m.get(*k).and_then(|x| x.as_str()) else { continue };
                let id = m.get(&format!("{k}_id")).and_then(|x| x.as_str()).unwrap_or_default();
                if id.trim().is_empty() || id == en {
                    return Err(format!("`{k}` has no Indonesian `{k}_id`: {en:?} in {v}"));
                }
            }
            m.values().try_for_each(indonesian_beside_english)
        }
        serde_json::Value::Array(a) => a.iter().try_for_each(indonesian_beside_english),
        _ => Ok(()),
    }
}

/// An image for `style.emblem` in tests: a plain shape, not the Lambang Negara.
pub const TEST_EMBLEM: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="92" height="100"><rect x="2" y="2" width="88" height="96" fill="none" stroke="black" stroke-width="4"/><circle cx="46" cy="50" r="30"/></svg>"#;

/// An input's text with `style.emblem: emblem.svg` added (the lines above stay where they
/// are, so positions in messages do not move).
pub fn with_emblem(src: &str) -> String {
    if src.contains("\nstyle:\n") {
        src.replacen("\nstyle:\n", "\nstyle:\n  emblem: emblem.svg\n", 1)
    } else {
        format!("{}\nstyle:\n  emblem: emblem.svg\n", src.trim_end())
    }
}

/// Compares `actual` with the golden file `tests/golden/<rel>`; `UPDATE_GOLDEN=1` rewrites it.
pub fn golden(rel: &str, actual: &str) {
    let path = root().join("tests/golden").join(rel);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing golden file {}; run with UPDATE_GOLDEN=1", path.display()));
    if expected != actual {
        let diff_at = expected.lines().zip(actual.lines()).position(|(a, b)| a != b);
        let line = diff_at.unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the generated output at line {}:\n  expected: {}\n  actual:   {}\n(run with UPDATE_GOLDEN=1 to accept, and review the diff)",
            path.display(),
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            actual.lines().nth(line).unwrap_or("<end>")
        );
    }
}

/// The text of each page of a PDF as lopdf extracts it, words joined by one space.
pub fn pdf_pages(bytes: &[u8]) -> Vec<String> {
    let pdf = lopdf::Document::load_mem(bytes).expect("a PDF");
    (1..=pdf.get_pages().len() as u32)
        .map(|p| pdf.extract_text(&[p]).expect("text").split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// The parts of a DOCX package, by name.
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("an entry");
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut f, &mut buf).expect("read entry");
        out.push((f.name().to_string(), buf));
    }
    out
}

/// XML as one element per line, attributes sorted, so that golden diffs are readable.
pub fn normalise_xml(xml: &str) -> String {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    let mut out = String::new();
    write_node(doc.root_element(), 0, &mut out);
    out
}

fn write_node(node: roxmltree::Node, depth: usize, out: &mut String) {
    let name = qualified(node.tag_name().namespace(), node.tag_name().name());
    let mut attrs: Vec<String> = node.attributes().map(|a| format!("{}=\"{}\"", qualified(a.namespace(), a.name()), a.value())).collect();
    attrs.sort();
    let indent = "  ".repeat(depth);
    out.push_str(&format!("{indent}<{name}{}{}>\n", if attrs.is_empty() { "" } else { " " }, attrs.join(" ")));
    for child in node.children() {
        if child.is_element() {
            write_node(child, depth + 1, out);
        } else if let Some(t) = child.text() {
            if !t.trim().is_empty() {
                out.push_str(&format!("{indent}  \"{t}\"\n"));
            }
        }
    }
}

fn qualified(ns: Option<&str>, name: &str) -> String {
    let prefix = match ns {
        Some("http://schemas.openxmlformats.org/wordprocessingml/2006/main") => "w:",
        Some("http://schemas.openxmlformats.org/officeDocument/2006/relationships") => "r:",
        Some(_) => "x:",
        None => "",
    };
    format!("{prefix}{name}")
}

pub fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A bundled sample's text.
pub fn read_sample(name: &str) -> String {
    std::fs::read_to_string(sample(name)).expect("sample")
}

/// The text of a PDF in the sandbox, words joined by one space.
pub fn pdf_text(sb: &Sandbox, name: &str) -> String {
    pdf_pages(&std::fs::read(sb.path(name)).expect("pdf")).join(" ")
}

/// Drafts `args` (a kind and its options) from `src` as `case.yaml` into `out/` as PDF.
pub fn draft_pdf(sb: &Sandbox, src: &str, args: &[&str]) {
    sb.write("case.yaml", src);
    let mut all = vec!["draft"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["case.yaml", "-o", "out", "--format", "pdf", "--force"]);
    let run = sb.run(&all);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// The checker's report on a text draft checked as `kind`.
pub fn check_text(text: &str, kind: &str) -> String {
    let sb = Sandbox::new();
    sb.write("draft.txt", text);
    let run = sb.run(&["check", "draft.txt", "--kind", kind]);
    run.stdout
}

/// The status of each section in the JSON report of a text draft.
pub fn statuses(text: &str, kind: &str) -> serde_json::Value {
    let sb = Sandbox::new();
    sb.write("draft.txt", text);
    let run = sb.run(&["check", "draft.txt", "--kind", kind, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let sections = v["files"][0]["sections"].as_object().expect("sections").clone();
    sections.into_iter().map(|(k, s)| (k, s["status"].clone())).collect()
}
