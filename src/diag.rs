//! Diagnostics and the one error type.
//!
//! A `Diagnostic` is a located message with a hint: `file:line:column: error: message`,
//! then the source line with a caret under the place when the source is known
//! (annotate-snippets), then `hint: ...`. An `Error` is what stops a command (exit code
//! 2): the diagnostics that explain it and the sources they point into (an input file,
//! a clause file, a template), so that one printer shows them all the same way.

use std::fmt;
use std::sync::Arc;

/// Where a diagnostic points; line and column start at 1, and line 0 means "the file as
/// a whole" (no position is printed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl Pos {
    /// Whether the position points at a place in the file.
    pub fn is_known(&self) -> bool {
        self.line > 0
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Error,
    Warning,
}

/// One problem found in an input file, a clause, a template or a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file it is about, as given by the user; empty for the command line itself.
    pub file: String,
    pub pos: Pos,
    pub level: Level,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic { file: String::new(), pos, level: Level::Error, message: message.into(), hint: None }
    }

    pub fn warning(pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic { level: Level::Warning, ..Diagnostic::error(pos, message) }
    }

    /// An error about a whole file (no position).
    pub fn in_file(file: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { file: file.into(), ..Diagnostic::error(Pos::default(), message) }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn maybe_hint(self, hint: Option<String>) -> Diagnostic {
        match hint {
            Some(h) => self.hint(h),
            None => self,
        }
    }

    pub fn file(mut self, file: impl Into<String>) -> Diagnostic {
        self.file = file.into();
        self
    }

    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }

    /// The diagnostic as it is printed, with the source line when `sources` has the file.
    pub fn render(&self, sources: &Sources) -> String {
        let mut out = self.head();
        if let Some(snippet) = self.snippet(sources) {
            out.push('\n');
            out.push_str(&snippet);
        }
        if let Some(h) = &self.hint {
            out.push_str(&format!("\n  hint: {h}"));
        }
        out
    }

    /// `file:line:col: error: message`, with the parts that are known.
    fn head(&self) -> String {
        let level = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        let at = match (self.file.is_empty(), self.pos.is_known()) {
            (true, _) => String::new(),
            (false, true) => format!("{}:{}:{}: ", self.file, self.pos.line, self.pos.col),
            (false, false) => format!("{}: ", self.file),
        };
        format!("{at}{level}: {}", self.message)
    }

    /// The source line with a caret under the token at the position.
    fn snippet(&self, sources: &Sources) -> Option<String> {
        use annotate_snippets::{AnnotationKind, Group, Level as L, Renderer, Snippet};
        if !self.pos.is_known() {
            return None;
        }
        let src = sources.get(&self.file)?;
        let line = src.lines().nth(self.pos.line - 1)?;
        // The column counts characters; the span is in bytes, up to the end of the word.
        let start = line.char_indices().nth(self.pos.col.saturating_sub(1)).map(|(i, _)| i)?;
        let rest = &line[start..];
        let first = rest.chars().next()?.len_utf8();
        let len = match rest.find(|c: char| c.is_whitespace() || c == ':' || c == ',') {
            Some(0) => first,
            Some(n) => n,
            None => rest.len().max(first),
        };
        let level = match self.level {
            Level::Error => L::ERROR,
            Level::Warning => L::WARNING,
        };
        let report = &[Group::with_level(level)
            .element(Snippet::source(line).line_start(self.pos.line).annotation(AnnotationKind::Primary.span(start..start + len)))];
        Some(Renderer::plain().render(report).trim_end().to_string())
    }
}

impl fmt::Display for Diagnostic {
    /// Without sources: the head and the hint.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&Sources::default()))
    }
}

/// The texts diagnostics point into, by file name.
#[derive(Debug, Clone, Default)]
pub struct Sources(Vec<(String, Arc<str>)>);

impl Sources {
    pub fn one(name: impl Into<String>, text: impl Into<Arc<str>>) -> Sources {
        Sources(vec![(name.into(), text.into())])
    }

    pub fn add(&mut self, name: impl Into<String>, text: impl Into<Arc<str>>) {
        self.0.push((name.into(), text.into()));
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, t)| &**t)
    }

    pub fn extend(&mut self, other: Sources) {
        self.0.extend(other.0);
    }
}

/// What stops a command: exit code 2, "could not run". Findings in a draft are not
/// errors (they are the result); an invalid input, an unreadable file, a broken template
/// or an output that exists are.
#[derive(Debug, Clone, Default)]
pub struct Error {
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Sources,
}

impl Error {
    /// The exit code of every error.
    pub const CODE: i32 = 2;

    pub fn new(d: Diagnostic) -> Error {
        Error { diagnostics: vec![d], sources: Sources::default() }
    }

    /// An error with no file or position, for the command line.
    pub fn msg(message: impl Into<String>) -> Error {
        Error::new(Diagnostic::error(Pos::default(), message))
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Error {
        if let Some(d) = self.diagnostics.last_mut() {
            d.hint = Some(hint.into());
        }
        self
    }

    pub fn with_sources(mut self, sources: Sources) -> Error {
        self.sources.extend(sources);
        self
    }

    /// Every diagnostic as printed, one after the other.
    pub fn render(&self) -> String {
        self.diagnostics.iter().map(|d| d.render(&self.sources)).collect::<Vec<_>>().join("\n")
    }

    /// The number of diagnostics that are errors.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Error {
        Error::new(d)
    }
}

impl From<Vec<Diagnostic>> for Error {
    fn from(diagnostics: Vec<Diagnostic>) -> Error {
        Error { diagnostics, sources: Sources::default() }
    }
}

impl From<crate::fsio::IoError> for Error {
    fn from(e: crate::fsio::IoError) -> Error {
        Error::new(Diagnostic::error(Pos::default(), e.message).maybe_hint(e.hint))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

impl std::error::Error for Error {}

/// The closest candidate to a misspelt name, if one is close enough to be a likely typo.
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(wrong, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// "did you mean `x`?" for the closest candidate, if any.
pub fn did_you_mean<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    closest(wrong, candidates).map(|c| format!("did you mean `{c}`?"))
}
