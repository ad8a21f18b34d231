//! Assembly: input + templates + clause library -> document model.
//!
//! The only code that knows handlebars. Templates run in strict mode, so a missing
//! variable is an error that names the template, the line and the variable; values are
//! not HTML-escaped (the renderers escape for their own format), only their newlines are
//! flattened so that a value cannot start a block of the markup.

mod context;
mod helpers;
mod markup;
mod pieces;
pub mod third;

use crate::diag::{Diagnostic, Error, Pos, Sources};
use crate::input::Input;
use crate::library::{Clause, Library};
use crate::model::{Block, DocKind, Document, ItemKind, Lang, Orientation, Table, Text};
use crate::profile::{profile, Severity};
use handlebars::{Handlebars, RenderError, RenderErrorReason};
use markup::BodyBlock;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

pub use context::{context, letter_attachments, letter_frame, mou_name, term_start, term_years, with_article, Attachment};

/// The page of a document: the region's paper for the document's group (the letter and the
/// cover, the attachments drafted for the DPRD, the agreements signed with the partner),
/// its font, size, margins and line spacing.
pub fn page(input: &Input, kind: Option<DocKind>) -> crate::model::Page {
    use crate::input::{FontFamily, Paper};
    let style = &input.style;
    let paper = match kind {
        None | Some(DocKind::DprdLetter | DocKind::MendagriPlan | DocKind::MendagriMou | DocKind::MendagriReport) => style.paper.letter,
        // The report is the region's own, sent to the Minister; the work plan is agreed
        // with the partner.
        Some(DocKind::Plan | DocKind::ActionPlan | DocKind::Report) => style.paper.attachments,
        Some(DocKind::Loi | DocKind::Mou | DocKind::Rkt) => style.paper.agreements,
    };
    let m = &style.margins;
    crate::model::Page {
        paper_mm: match paper {
            Paper::A4 => (210, 297),
            Paper::F4 => (215, 330),
        },
        margins_mm: [m.top, m.right, m.bottom, m.left],
        font: match style.font {
            FontFamily::Arial => "Arial",
            FontFamily::TimesNewRoman => "Times New Roman",
            FontFamily::BookmanOldStyle => "Bookman Old Style",
        }
        .to_string(),
        font_size: style.font_size,
        line_spacing: style.line_spacing,
    }
}

/// The columns of an attachment's header ("LAMPIRAN I : SURAT GUBERNUR JAWA TENGAH / NOMOR :
/// ... / TANGGAL : ..."), in percent of the text width: the label's column as wide as
/// "LAMPIRAN III" needs and the values' column as wide as the longest value needs on one
/// line, in the page's font and size (the capitals' advance widths of the family's standard
/// metrics, which the PDF's metric-compatible fonts share), the label's from the usual 17%
/// (13% on a landscape page), the values' from 39% (31%) up to 60%; the empty column at the
/// left gives way. So "SURAT GUBERNUR JAWA TENGAH" does not wrap after "JAWA", nor "LAMPIRAN
/// I" before its numeral in Bookman, and a longer office still wraps under itself.
fn lampiran_widths(page: &crate::model::Page, landscape: bool, label: &str, values: &[&str]) -> String {
    let [top, right, bottom, left] = page.margins_mm;
    let (w, h) = page.paper_mm;
    let text_mm = if landscape { h.saturating_sub(top + bottom) } else { w.saturating_sub(left + right) }.max(1) as f32;
    // Advance widths in thousandths of an em: A to Z, a digit, a space, other marks.
    let (caps, digit, space, mark): (&[u16; 26], u16, u16, u16) = match page.font.as_str() {
        "Times New Roman" => (
            &[
                722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
                722, 611,
            ],
            500,
            250,
            333,
        ),
        "Bookman Old Style" => (
            &[
                680, 740, 740, 800, 720, 640, 800, 800, 340, 600, 720, 600, 920, 800, 820, 620, 820, 720, 660, 620, 780, 700, 960, 720,
                640, 640,
            ],
            620,
            320,
            340,
        ),
        _ => (
            &[
                667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
                667, 611,
            ],
            556,
            278,
            333,
        ),
    };
    let ems = |text: &str| -> f32 {
        let milli: u32 = text
            .chars()
            .map(|c| match c {
                'A'..='Z' => caps[(c as u8 - b'A') as usize],
                '0'..='9' => digit,
                ' ' => space,
                c if c.is_lowercase() => 556,
                c if c.is_alphabetic() => 722,
                _ => mark,
            } as u32)
            .sum();
        milli as f32 / 1000.0
    };
    // The percent of the text width a text needs, two more for the cell's padding.
    let percent = |text: &str| (ems(text) * page.font_size as f32 * 25.4 / 72.0 / text_mm * 100.0).ceil() as u32 + 2;
    let (least_label, least_value) = if landscape { (13, 31) } else { (17, 39) };
    let label = percent(label).clamp(least_label, 25);
    let value = values.iter().map(|v| percent(v)).max().unwrap_or(0).clamp(least_value, 60);
    format!("{},{label},2,{value}", 100 - label - 2 - value)
}

/// Typography every text gets: an en dash between the years of a range ("2026–2031"), one
/// full stop where an abbreviation ends a sentence ("M.Si." not "M.Si.."), and in titles
/// "KERJA SAMA" bound by a no-break space, so that a line never ends after "KERJA".
fn typography(doc: &mut Document) {
    static YEARS: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\b((?:19|20)[0-9]{2})-((?:19|20)[0-9]{2})\b").expect("valid regex"));
    static STOPS: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"([^.])\.\.([^.]|$)").expect("valid regex"));
    let fix = |t: &mut Text, title: bool| {
        for (_, s) in &mut t.0 {
            if s.contains('-') {
                *s = YEARS.replace_all(s, "$1\u{2013}$2").into_owned();
            }
            if s.contains("..") {
                *s = STOPS.replace_all(s, "$1.$2").into_owned();
            }
            if title {
                *s = s.replace("KERJA SAMA", "KERJA\u{a0}SAMA").replace("Kerja Sama", "Kerja\u{a0}Sama");
            }
        }
    };
    each_text(doc, fix);
}

/// Every text of a document, and whether it is a title's (a title, a heading, an article's).
fn each_text(doc: &mut Document, mut f: impl FnMut(&mut Text, bool)) {
    for b in &mut doc.blocks {
        match b {
            Block::Title(t) | Block::Subtitle(t) => f(t, true),
            Block::Heading { text, .. } => f(text, true),
            Block::Article { title, .. } => f(title, true),
            Block::Para { text, .. } | Block::Item { text, .. } | Block::Letterhead(text) => f(text, false),
            Block::Table(t) => t.rows.iter_mut().flatten().for_each(|c| f(c, false)),
            Block::Signatures(parties) => parties.iter_mut().for_each(|p| f(p, false)),
            Block::Marker(_) | Block::PageBreak => {}
        }
    }
}

/// The documents made under a non-binding MoU, which both sides carry out as "Para Peserta"
/// / "the Participants" (the work plans and the reports), name the sides by that term
/// throughout: "masing-masing Peserta", "kedua Peserta", "each Participant", never the
/// "pihak" / "party" of the binding wording beside it. A third party stays a "pihak ketiga"
/// / "third party". (The plan and the action plan are the region's own, read by the DPRD
/// with the letter: they say "Para Pihak", as the letter does; review 11, finding 1.)
fn one_term_for_the_sides(doc: &mut Document) {
    const TERMS: [(&str, &str); 10] = [
        ("masing-masing pihak", "masing-masing Peserta"),
        ("Masing-masing pihak", "Masing-masing Peserta"),
        ("kedua pihak", "kedua Peserta"),
        ("Kedua pihak", "Kedua Peserta"),
        ("each party's", "each Participant's"),
        ("Each party's", "Each Participant's"),
        ("each party", "each Participant"),
        ("Each party", "Each Participant"),
        ("both parties", "both Participants"),
        ("Both parties", "Both Participants"),
    ];
    each_text(doc, |t, _| {
        for (_, s) in &mut t.0 {
            for (from, to) in TERMS {
                if s.contains(from) {
                    *s = s.replace(from, to);
                }
            }
        }
    });
}

/// The template of the packet's cover page.
const COVER: &str = "packet-cover";

/// Templates that others include (`{{> name}}`): the header of an attachment.
const PARTIALS: [&str; 2] = ["lampiran", "letter-frame"];

static TEMPLATES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/templates");

/// The header of attachment `n` (from 1) of a letter, on one line, as the packet sets it
/// on a document naskah did not write: "LAMPIRAN III SURAT WALI KOTA DENPASAR NOMOR ...
/// TANGGAL 10 SEPTEMBER 2024" (its own attachments carry it as `lampiran.hbs` sets it).
/// `year` is the year of the report a letter sends.
pub fn lampiran_line(input: &Input, letter: DocKind, year: Option<i32>, n: usize) -> Option<String> {
    let (number, date) = context::letter_frame(input, letter, year)?;
    let office = context::context(input)["region_office_caps"].as_str().unwrap_or_default().to_string();
    Some(format!(
        "LAMPIRAN {} SURAT {office} NOMOR {number} TANGGAL {}",
        crate::format::roman(n as u32),
        crate::format::date_id(date).to_uppercase()
    ))
}

/// The built-in templates and phrase files, by their path in the folder, to be copied and
/// edited (`naskah clauses export`).
pub fn embedded_templates() -> Vec<(String, &'static [u8])> {
    crate::fsio::dir_files(&TEMPLATES)
}

/// How to draft a document beyond its kind.
#[derive(Debug, Clone, Copy, Default)]
pub struct Drafting {
    /// The letter it is attached to: it then carries the header "LAMPIRAN n SURAT ...".
    pub attached_to: Option<DocKind>,
    /// The year of a work plan, a report or the letter sending a report.
    pub year: Option<i32>,
}

/// What to add to the input for a letter to the Minister.
fn letter_hint(kind: DocKind) -> &'static str {
    match kind {
        DocKind::MendagriPlan => "add `mendagri: {plan_letter: {number: ..., date: YYYY-MM-DD, place: ...}}` and the DPRD's `dprd_decision: {date: ..., number: ...}`",
        _ => "add `mendagri: {mou_letter: {number: ..., date: YYYY-MM-DD, place: ...}}` and the Minister's `consideration: {date: ..., number: ..., outcome: proceed}`",
    }
}

/// Why a document could not be assembled: a template or clause bug, or a missing choice.
pub type AssembleError = Error;

/// A bare message as an assembly error (a template's output or a clause's shape).
fn fail(message: impl Into<String>) -> Error {
    Error::msg(message)
}

/// Where a registered template comes from: its file, its text, and where its line 1,
/// column 1 is in that file (a clause's text starts some lines into its YAML file).
#[derive(Debug, Clone)]
struct Origin {
    file: String,
    source: Arc<str>,
    start: Start,
}

/// Where a template's text starts in its file.
#[derive(Debug, Clone)]
enum Start {
    At(Pos),
    /// A clause's title or text (`part`) in a language: found in the clause file only
    /// when a diagnostic needs it.
    Clause {
        part: &'static str,
        lang: String,
    },
}

impl Origin {
    /// A diagnostic at a line and column of the template, placed in its file.
    fn at(&self, line: Option<usize>, col: Option<usize>, message: String) -> Error {
        let start = match &self.start {
            Start::At(pos) => *pos,
            Start::Clause { part, lang } => crate::library::place(&self.source, part, lang, 1, 1),
        };
        let pos = match (line, col) {
            (Some(l), c) if start.is_known() => Pos { line: start.line + l - 1, col: start.col + c.unwrap_or(1) - 1 },
            _ => Pos::default(),
        };
        Error::new(Diagnostic { file: self.file.clone(), ..Diagnostic::error(pos, message) })
            .with_sources(Sources::one(self.file.clone(), self.source.clone()))
    }
}

/// A clause used in a document, for manifests.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClauseUse {
    pub id: String,
    pub version: u32,
}

/// Templates and clauses, ready to draft.
pub struct Assembler {
    /// The helpers, the settings and the partials; other templates are in `templates`.
    hb: Handlebars<'static>,
    library: Library,
    /// Third languages with a phrase file.
    phrase_languages: Vec<String>,
    /// Registry name -> where it comes from.
    origins: HashMap<String, Origin>,
    /// Registry name -> its text, compiled when it is first rendered.
    templates: HashMap<String, Lazy>,
    /// `hb` with the phrases of one third language registered (the `phrase` helper looks
    /// them up), per language, made for the first input that has it: only that language's
    /// phrases are compiled.
    with_phrases: HashMap<String, std::sync::OnceLock<Result<Handlebars<'static>, Error>>>,
}

/// A template's text and, once it has been rendered, its compiled form. Compiling is most
/// of a command's fixed cost, and a document renders a fraction of the texts it may use
/// (one variant of each clause, its own languages), so the built-in texts are compiled
/// when first used (tests compile them all); the texts of a `--templates` or `--clauses`
/// folder are compiled at once, so that their author sees every error in one run.
struct Lazy {
    text: String,
    compiled: std::sync::OnceLock<Result<handlebars::Template, handlebars::TemplateError>>,
}

/// The phrases of a third language rendered first, in this order, into the `third` text of
/// the context's value of the same name (a phrase file must have them all).
const DERIVED_PHRASES: [&str; 12] = [
    "region_name",
    "region_gov",
    "region_head_title",
    "region_signer",
    "prevailing_language",
    "languages_list",
    "mou_place",
    "mou_date",
    "mou_partner_place",
    "mou_partner_date",
    "sister",
    "term_effective",
];

/// A third language's phrase file, `phrases/<code>.yaml`: its text and the name diagnostics
/// show (as the user wrote the folder, or where the built-in one lives in the repository).
pub(crate) struct PhraseFile {
    pub code: String,
    pub file: String,
    pub text: String,
    /// From the templates folder, not built in.
    pub own: bool,
}

/// The phrase files of third languages: those of a templates folder, and the built-in ones
/// it does not replace (a folder holding only `mou.hbs` keeps the built-in languages, as it
/// keeps the other templates), sorted by code.
pub(crate) fn phrase_files(templates: Option<&Path>) -> Vec<PhraseFile> {
    let mut files: BTreeMap<String, PhraseFile> = TEMPLATES
        .get_dir("phrases")
        .into_iter()
        .flat_map(|d| d.files())
        .filter_map(|f| {
            let code = f.path().file_stem()?.to_str()?.to_string();
            let file = format!("templates/phrases/{code}.yaml");
            Some((code.clone(), PhraseFile { code, file, text: f.contents_utf8()?.to_string(), own: false }))
        })
        .collect();
    if let Some(dir) = templates {
        let own = std::fs::read_dir(dir.join("phrases")).into_iter().flatten().flatten().filter_map(|e| {
            let path = e.path();
            (path.extension()? == "yaml").then_some(())?;
            let code = path.file_stem()?.to_str()?.to_string();
            let text = std::fs::read_to_string(&path).ok()?;
            Some(PhraseFile { code, file: path.display().to_string(), text, own: true })
        });
        for file in own {
            files.insert(file.code.clone(), file);
        }
    }
    files.into_values().collect()
}

/// The phrase file of one third language, as drafting would take it: the folder's own, else
/// the built-in one.
pub(crate) fn phrase_file(templates: Option<&Path>, code: &str) -> Option<PhraseFile> {
    let own = templates.map(|dir| dir.join("phrases").join(format!("{code}.yaml"))).and_then(|path| {
        let text = std::fs::read_to_string(&path).ok()?;
        Some(PhraseFile { code: code.to_string(), file: path.display().to_string(), text, own: true })
    });
    own.or_else(|| {
        let text = TEMPLATES.get_file(format!("phrases/{code}.yaml"))?.contents_utf8()?.to_string();
        Some(PhraseFile { code: code.to_string(), file: format!("templates/phrases/{code}.yaml"), text, own: false })
    })
}

/// The third languages the templates have phrases for, without compiling anything.
pub fn phrase_languages(templates: Option<&Path>) -> Vec<String> {
    phrase_files(templates).into_iter().map(|f| f.code).collect()
}

/// A template or clause text that does not compile: where, what, and what to look for.
fn compile_error(origin: &Origin, src: &str, e: &handlebars::TemplateError) -> Error {
    use handlebars::TemplateErrorReason as Reason;
    let at_end = e.pos().is_some_and(|(line, _)| line > src.trim_end().lines().count());
    let (reason, hint) = match e.reason() {
        // The parser's own message lists every rule it expected: a dozen grammar names.
        Reason::InvalidSyntax(_) if at_end => (
            "the text ends while a block is still open".to_string(),
            "close every `{{#if}}`, `{{#each}}` and `{{#with}}` with its `{{/if}}`, `{{/each}}` or `{{/with}}`",
        ),
        Reason::InvalidSyntax(_) => (
            "invalid handlebars syntax".to_string(),
            "every `{{` needs its `}}`; a block opens with `{{#each list}}` and closes with `{{/each}}`",
        ),
        Reason::MismatchingClosedHelper(open, close) => {
            (format!("`{{{{#{open}}}}}` is closed by `{{{{/{close}}}}}`"), "close each block with its own name, innermost first")
        }
        other => (other.to_string(), "see \"Templates and clauses\" in README"),
    };
    let (line, col) = e.pos().map_or((None, None), |(l, c)| (Some(l), Some(c)));
    origin.at(line, col, reason).hint(hint)
}

/// The partials a template calls (`{{> name}}`, `{{#> name}}`).
/// Scanned by hand: a regex built for it cost more than the scan, at every start.
fn partials(src: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = src;
    while let Some(i) = rest.find("{{") {
        let open = &rest[i + 2..];
        let call = open.strip_prefix('~').unwrap_or(open);
        let call = call.strip_prefix('#').unwrap_or(call);
        if let Some(call) = call.strip_prefix('>') {
            let name = call.trim_start();
            let end = name.find(|c: char| !(c.is_ascii_alphanumeric() || "_./-".contains(c))).unwrap_or(name.len());
            if end > 0 {
                found.push(name[..end].to_string());
            }
        }
        rest = &rest[i + 1..];
    }
    found
}

/// Partials (`{{> name}}`) that call each other in a loop would recurse until the stack
/// overflows: refused when the templates are loaded, with the loop named.
fn partial_loop(sources: &[(String, String, Origin)]) -> Option<Error> {
    let calls: HashMap<&str, Vec<String>> = sources.iter().map(|(name, src, _)| (name.as_str(), partials(src))).collect();
    // Depth-first search from every template, with the path so far.
    fn visit<'a>(
        name: &'a str,
        calls: &'a HashMap<&str, Vec<String>>,
        path: &mut Vec<&'a str>,
        done: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| *p == name) {
            let mut cycle: Vec<String> = path[i..].iter().map(|s| s.to_string()).collect();
            cycle.push(name.to_string());
            return Some(cycle);
        }
        if done.contains(&name) {
            return None;
        }
        path.push(name);
        for callee in calls.get(name).into_iter().flatten() {
            if let Some((key, _)) = calls.get_key_value(callee.as_str()) {
                if let Some(c) = visit(key, calls, path, done) {
                    return Some(c);
                }
            }
        }
        path.pop();
        done.push(name);
        None
    }
    let mut done = Vec::new();
    for (name, _, origin) in sources {
        if let Some(cycle) = visit(name, &calls, &mut Vec::new(), &mut done) {
            return Some(
                origin
                    .at(None, None, format!("templates call each other in a loop: {}", cycle.join(" -> ")))
                    .hint("a partial (`{{> name}}`) must not call, directly or through others, the template it is in"),
            );
        }
    }
    None
}

impl Assembler {
    /// Builds the registry from the embedded templates or a folder of `<kind>.hbs` files.
    pub fn new(templates: Option<&Path>, library: Library) -> Result<Assembler, AssembleError> {
        Assembler::for_kinds(templates, library, &DocKind::EVERY, true)
    }

    /// Builds the registry for some kinds only: their templates and the clauses they use
    /// (and the packet's cover when `cover`). Compiling is most of a command's fixed cost,
    /// so drafting one document compiles what that document needs.
    pub fn for_kinds(templates: Option<&Path>, library: Library, kinds: &[DocKind], cover: bool) -> Result<Assembler, AssembleError> {
        let mut hb = Handlebars::new();
        hb.set_strict_mode(true);
        hb.register_escape_fn(|s| s.replace(['\r', '\n'], " "));
        helpers::register(&mut hb);
        // Every template, then compiled on every core (compiling is most of the start-up
        // time) and registered in order: (registry name, source, what to call it in an error).
        let mut sources: Vec<(String, String, Origin)> = Vec::new();
        // Whether each source is compiled at once (it comes from a folder, not the binary).
        let mut eager: Vec<bool> = Vec::new();
        // A templates folder overrides the templates it holds; the others stay built in.
        // The templates asked for, and the templates they call as partials, transitively.
        let mut wanted: Vec<&str> = kinds.iter().map(|k| k.slug()).chain(cover.then_some(COVER)).collect();
        let mut k = 0;
        while let Some(&name) = wanted.get(k) {
            k += 1;
            let file = format!("{name}.hbs");
            let (src, shown) = match templates.map(|dir| dir.join(&file)).filter(|p| p.exists()) {
                Some(path) => {
                    let src = crate::fsio::read_text(&path, &crate::limits::YAML_BYTES)
                        .map_err(|e| Error::new(Diagnostic::in_file(path.display().to_string(), e.message).maybe_hint(e.hint)))?;
                    (src, path.display().to_string())
                }
                None => (
                    TEMPLATES
                        .get_file(&file)
                        .and_then(|f| f.contents_utf8())
                        .ok_or_else(|| fail(format!("template `{file}` is not embedded")))?
                        .to_string(),
                    format!("templates/{file}"),
                ),
            };
            let origin = Origin { file: shown, source: src.as_str().into(), start: Start::At(Pos { line: 1, col: 1 }) };
            eager.push(templates.is_some_and(|dir| dir.join(&file).exists()));
            for callee in partials(&src) {
                if let Some(t) = DocKind::EVERY.iter().map(|k| k.slug()).chain([COVER]).chain(PARTIALS).find(|t| *t == callee) {
                    if !wanted.contains(&t) {
                        wanted.push(t);
                    }
                }
            }
            sources.push((name.to_string(), src, origin));
        }
        // Phrases of third languages: `phrases/<code>.yaml`, a map of key to snippet.
        let mut phrase_languages = Vec::new();
        for PhraseFile { code, file, text: src, own } in phrase_files(templates) {
            let map: BTreeMap<String, Value> = serde_saphyr::from_str(&src).map_err(|e| {
                let pos = e.location().map(|l| Pos { line: l.line() as usize, col: l.column() as usize }).unwrap_or_default();
                Error::new(Diagnostic { file: file.clone(), ..Diagnostic::error(pos, e.without_snippet().to_string()) })
                    .with_sources(Sources::one(file.clone(), src.as_str()))
            })?;
            let source: Arc<str> = src.as_str().into();
            for (key, value) in map {
                // A text; `months` and `numbers` also as a list of words.
                let snippet = third::snippet(&key, &value).ok_or_else(|| {
                    let pos = crate::input::yaml::parse(&src).map(|t| t.pos_of(&[&key])).unwrap_or_default();
                    let format = match third::grammar_format(&key) {
                        "" => format!("write `{key}: '...'`, a text (handlebars) in the language"),
                        f => format!("`{key}` is {f}"),
                    };
                    let what = if third::LISTS.contains(&key.as_str()) { "neither a text nor a list of words" } else { "not a text" };
                    Error::new(Diagnostic {
                        file: file.clone(),
                        ..Diagnostic::error(pos, format!("phrase `{key}` is {what}")).hint(format)
                    })
                    .with_sources(Sources::one(file.clone(), src.as_str()))
                })?;
                let origin = Origin { file: file.clone(), source: source.clone(), start: Start::At(Pos::default()) };
                sources.push((format!("phrase.{code}.{key}"), snippet, origin));
                eager.push(own);
            }
            phrase_languages.push(code);
        }
        for clause in library.clauses.values().filter(|c| c.documents.iter().any(|d| kinds.contains(d))) {
            for (part, map) in [("title", &clause.title), ("text", &clause.text)] {
                for (lang, src) in map {
                    let name = format!("{}.{part}.{lang}", clause.id);
                    let start = Start::Clause { part, lang: lang.clone() };
                    let origin = Origin { file: clause.file.clone(), source: clause.source.clone(), start };
                    sources.push((name, src.clone(), origin));
                    eager.push(!library.embedded);
                }
            }
        }
        if let Some(e) = partial_loop(&sources) {
            return Err(e);
        }
        // Partials are looked up by handlebars itself (`{{> lampiran}}`): registered
        // compiled (phrases too, in `with_phrases`). Texts from a folder are compiled at
        // once, on every core; the others when first rendered.
        let registered = |name: &str| PARTIALS.contains(&name);
        let now: Vec<bool> = sources.iter().zip(&eager).map(|((name, _, _), eager)| *eager || registered(name)).collect();
        let compiled = crate::parallel::map(&sources, |i, (name, src, _)| now[i].then(|| pieces::compile(src, name)));
        let mut origins = HashMap::new();
        let mut lazy = HashMap::new();
        for ((name, src, origin), template) in sources.into_iter().zip(compiled) {
            let compiled = std::sync::OnceLock::new();
            if let Some(template) = template {
                let template = template.map_err(|e| compile_error(&origin, &src, &e))?;
                if registered(&name) {
                    hb.register_template(&name, template.clone());
                }
                let _ = compiled.set(Ok(template));
            }
            lazy.insert(name.clone(), Lazy { text: src, compiled });
            origins.insert(name, origin);
        }
        let with_phrases = phrase_languages.iter().map(|code| (code.clone(), std::sync::OnceLock::new())).collect();
        Ok(Assembler { hb, library, phrase_languages, origins, templates: lazy, with_phrases })
    }

    /// The registry for an input: with the phrases of its third language when it has one
    /// (a language without phrases gets none, and the `phrase` helper says which file lacks
    /// them).
    fn registry(&self, third: Option<&str>) -> Result<&Handlebars<'static>, AssembleError> {
        let Some(made) = third.and_then(|code| self.with_phrases.get(code).map(|once| (code, once))) else {
            return Ok(&self.hb);
        };
        let (code, once) = made;
        let prefix = format!("phrase.{code}.");
        let made = once.get_or_init(|| {
            let mut hb = self.hb.clone();
            for (name, lazy) in self.templates.iter().filter(|(name, _)| name.starts_with(&prefix)) {
                hb.register_template(name, self.compiled(name, lazy)?.clone());
            }
            Ok(hb)
        });
        made.as_ref().map_err(Clone::clone)
    }

    /// A template compiled, on first use.
    fn compiled<'a>(&self, name: &str, lazy: &'a Lazy) -> Result<&'a handlebars::Template, AssembleError> {
        lazy.compiled.get_or_init(|| pieces::compile(&lazy.text, name)).as_ref().map_err(|e| match self.origins.get(name) {
            Some(origin) => compile_error(origin, &lazy.text, e),
            None => fail(e.to_string()),
        })
    }

    /// Renders a template by its registry name with `hb`'s helpers, compiling it on first use.
    fn render(&self, hb: &Handlebars<'static>, name: &str, ctx: &handlebars::Context) -> Result<String, AssembleError> {
        use handlebars::Renderable;
        let lazy = self.templates.get(name).ok_or_else(|| fail(format!("template `{name}` is not loaded")))?;
        let template = self.compiled(name, lazy)?;
        // What `Handlebars::render_with_context` does with a registered template.
        let mut out = handlebars::StringOutput::new();
        let mut rc = handlebars::RenderContext::new(template.name.as_ref());
        template.render(hb, ctx, &mut rc, &mut out).map_err(|e| self.render_error(&e))?;
        out.into_string().map_err(|e| self.render_error(&RenderError::from(e)))
    }

    /// `render` with a JSON context, taken as it is (`Context::wraps` would serialise the
    /// value into a copy of itself).
    fn render_value(&self, hb: &Handlebars<'static>, name: &str, ctx: Value) -> Result<String, AssembleError> {
        self.render(hb, name, &handlebars::Context::from(ctx))
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    /// The third languages the templates have phrases for.
    pub fn phrase_languages(&self) -> &[String] {
        &self.phrase_languages
    }

    /// Drafts one document; returns it with the clauses it used. The plan and the action
    /// plan, attachments of the DPRD letter by nature, carry their "LAMPIRAN" header.
    pub fn draft(&self, kind: DocKind, input: &Input) -> Result<(Document, Vec<ClauseUse>), AssembleError> {
        let attached = matches!(kind, DocKind::Plan | DocKind::ActionPlan);
        self.draft_as(kind, input, attached)
    }

    /// Drafts a document, as an attachment of the DPRD letter (with the header "LAMPIRAN n
    /// SURAT ... NOMOR ... TANGGAL ...") when `attached`, as in the packet.
    pub fn draft_as(&self, kind: DocKind, input: &Input, attached: bool) -> Result<(Document, Vec<ClauseUse>), AssembleError> {
        self.draft_with(kind, input, &Drafting { attached_to: attached.then_some(DocKind::DprdLetter), year: None })
    }

    /// Drafts a document: as an attachment of a letter (the DPRD letter or a letter to the
    /// Minister), and for a year (the work plan and the report need one).
    pub fn draft_with(&self, kind: DocKind, input: &Input, how: &Drafting) -> Result<(Document, Vec<ClauseUse>), AssembleError> {
        // Each document is signed by whoever signs it, who may not be `region.head`: the
        // LoI and the MoU by their signatories, a letter (with the plan and action plan it
        // sends), a work plan or a report by the head in office on its date (a Plt. while
        // the head is on leave, the head again after it).
        let year = how.year;
        let signed_by: Option<crate::input::Person> = match kind {
            DocKind::Loi => input.loi.signed_by.as_ref().map(|s| s.as_head()),
            DocKind::Mou => input.mou.signed_by.as_ref().map(|s| s.as_head()),
            DocKind::DprdLetter | DocKind::Plan | DocKind::ActionPlan => input.dprd_letter.signed_by.clone(),
            DocKind::MendagriPlan => input.mendagri.plan_letter.as_ref().and_then(|l| l.signed_by.clone()),
            DocKind::MendagriMou => input.mendagri.mou_letter.as_ref().and_then(|l| l.signed_by.clone()),
            DocKind::Report | DocKind::MendagriReport => {
                year.and_then(|y| input.implementation.report(y)).and_then(|r| r.signed_by.clone())
            }
            DocKind::Rkt => {
                year.and_then(|y| input.implementation.work_plans.iter().find(|w| w.year == y)).and_then(|w| w.signed_by.clone())
            }
        };
        // The region is represented in the cooperation by its head, whoever signs this
        // document: the plan a Plt. sends during the head's leave names the head (review 9).
        let head = input.region.head.clone();
        // The documents of the approval keep the plan as the DPRD approved it: an activity
        // planned again after it was postponed stands only in the work plans and reports
        // (review 12, finding 5: a reprinted action plan counted the workshop twice).
        let approved = !kind.yearly() && input.activities.iter().any(|a| a.replaces.is_some());
        let changed;
        let input = if signed_by.is_some() || approved {
            let mut other = input.clone();
            if let Some(signer) = signed_by {
                other.region.head = signer;
            }
            if approved {
                other.activities.retain(|a| a.replaces.is_none());
            }
            changed = other;
            &changed
        } else {
            input
        };
        let mut ctx = context(input);
        let (title, _) = context::signer_titles(head.acting, &ctx["region_head_title"]);
        ctx["region_representative"] = serde_json::json!({"title": title, "name": head.name});
        ctx["attached_to"] = Value::String(how.attached_to.map_or("", |l| l.slug()).to_string());
        if let Some(letter) = how.attached_to {
            // A draft sent with a letter is not signed yet: its signature lines are blank,
            // whatever dates the input records since (PP 28/2018 Pasal 32 ayat (1)).
            if kind == DocKind::Mou {
                context::unsigned(&mut ctx);
            }
            // The LoI went before the letter and is signed: the copy the DPRD reads shows
            // "ttd." where the signatures are, unless the signed scan goes in its place
            // (review 10, finding 21: a retyped copy with blank space read as unsigned).
            if kind == DocKind::Loi && input.signed_loi().is_none() {
                ctx["loi_copy"] = Value::Bool(true);
            }
            // The plan sent to the Minister is the plan the DPRD approved: its closing
            // names the decision.
            if matches!(letter, DocKind::MendagriPlan | DocKind::MendagriMou) {
                if let Ok(Value::Object(extra)) = context::minister_letter(input, letter) {
                    if let Some(d) = extra.get("decision") {
                        ctx["decision"] = d.clone();
                    }
                }
            }
            let attachments = letter_attachments(input, letter);
            let position = attachments.iter().position(|a| *a == Attachment::Drafted(kind));
            if let (Some(n), Some(frame)) = (position, context::letter_frame(input, letter, how.year)) {
                let office = format!("SURAT {}", ctx["region_office_caps"].as_str().unwrap_or_default());
                let date = crate::format::date_id(frame.1).to_uppercase();
                // The action plan and the report are landscape: the header goes to the right
                // of the page.
                let landscape = matches!(kind, DocKind::ActionPlan | DocKind::Report);
                // The only attachment of its letter is "LAMPIRAN", without a numeral.
                let roman = if attachments.len() == 1 { String::new() } else { crate::format::roman(n as u32 + 1) };
                let widths =
                    lampiran_widths(&page(input, Some(kind)), landscape, &format!("LAMPIRAN {roman}"), &[&office, &frame.0, &date]);
                ctx["lampiran"] = serde_json::json!({
                    "roman": roman,
                    "office": ctx["region_office_caps"].clone(),
                    "number": frame.0,
                    "date": date,
                    "widths": widths,
                });
            }
        }
        if matches!(kind, DocKind::MendagriPlan | DocKind::MendagriMou) {
            let extra = context::minister_letter(input, kind).map_err(|e| fail(e.clone()).hint(letter_hint(kind)))?;
            if let (Value::Object(c), Value::Object(e)) = (&mut ctx, extra) {
                c.extend(e);
            }
        }
        if kind.yearly() {
            let year = how
                .year
                .ok_or_else(|| fail(format!("the {} is drafted for one year", kind.name().1)).hint("give the year with `--year YYYY`"))?;
            let extra = context::year(input, kind, year).map_err(|(e, h)| fail(e).hint(h))?;
            if let (Value::Object(c), Value::Object(e)) = (&mut ctx, extra) {
                c.extend(e);
            }
            // The letter sending the report reads the report's own data (`year`) and the
            // letter recorded for that year.
            if kind == DocKind::MendagriReport {
                let extra = context::report_letter(input, year).map_err(|(e, h)| fail(e).hint(h))?;
                if let (Value::Object(c), Value::Object(e)) = (&mut ctx, extra) {
                    c.extend(e);
                }
            }
        }
        self.assemble(kind.slug(), Some(kind), input, ctx)
    }

    /// Sets the cover page of the DPRD packet from `packet-cover.hbs`; `packet` is what
    /// the template reads under `packet` (attachments with pages, deadline, checks, gaps).
    pub fn cover(&self, input: &Input, packet: Value) -> Result<Document, AssembleError> {
        let mut ctx = context(input);
        ctx["packet"] = packet;
        self.assemble(COVER, None, input, ctx).map(|(doc, _)| doc)
    }

    /// Renders a template with its context and builds the document from its markup.
    fn assemble(
        &self,
        template: &str,
        kind: Option<DocKind>,
        input: &Input,
        mut ctx: Value,
    ) -> Result<(Document, Vec<ClauseUse>), AssembleError> {
        // The third language appears in the LoI and the MoU, the documents signed with the partner.
        let third = input.languages.third.as_ref().map(|t| t.code.clone()).filter(|_| matches!(kind, Some(DocKind::Loi | DocKind::Mou)));
        // Any document of an input with a third language may call `phrase`.
        let hb = self.registry(input.languages.third.as_ref().map(|t| t.code.as_str()))?;
        // The letter to the DPRD and the packet's cover are Indonesian; the letter's
        // unofficial English translation follows it only when asked for.
        let mut languages = match kind {
            None => vec![Lang::id()],
            Some(DocKind::DprdLetter) if !input.dprd_letter.translation => vec![Lang::id()],
            Some(DocKind::MendagriPlan | DocKind::MendagriMou | DocKind::MendagriReport) => vec![Lang::id()],
            _ => vec![Lang::id(), Lang::en()],
        };
        if let Some(code) = &third {
            if !self.phrase_languages.contains(code) {
                return Err(fail(format!("no phrases for the third language `{code}`")).hint(third::how_to_add(code)));
            }
            let mut in_third = ctx.clone();
            in_third["lang"] = Value::String(code.clone());
            for key in DERIVED_PHRASES {
                if ctx[key].is_null() {
                    continue;
                }
                let text = self.render_value(hb, &format!("phrase.{code}.{key}"), in_third.clone())?;
                let text = Value::String(text.trim().to_string());
                // Later phrases may use earlier ones (the signer's title uses the office's).
                in_third[key]["third"] = text.clone();
                ctx[key]["third"] = text;
            }
            languages.push(Lang(code.clone()));
        }
        let rendered = self.render_value(hb, template, ctx.clone())?;
        // One context per language, built once: clause bodies read `lang` from it.
        let lang_contexts: Vec<handlebars::Context> = languages
            .iter()
            .map(|l| {
                let mut c = ctx.clone();
                c["lang"] = Value::String(l.code().to_string());
                handlebars::Context::from(c)
            })
            .collect();
        let mut directives = markup::directives(&rendered).map_err(|e| fail(format!("template `{template}.hbs`: {e}")))?;
        for d in &mut directives {
            match &third {
                Some(code) => d.text.iter_mut().filter(|(k, _)| k == "third").for_each(|(k, _)| *k = code.clone()),
                None => d.text.retain(|(k, _)| k != "third"),
            }
        }
        let mut doc = Document {
            kind,
            languages: languages.clone(),
            title: String::new(),
            orientation: Orientation::Portrait,
            sequential_only: false,
            blocks: Vec::new(),
            locations: Vec::new(),
            article_words: Vec::new(),
        };
        // A language naskah does not ship labels its articles as its phrase file says: an
        // English "ARTICLE 1" over an authentic Dutch text would not be signed (review 9).
        if let Some(code) = third.as_ref().filter(|c| !crate::format::BUILT_IN.contains(&c.as_str())) {
            let name = format!("phrase.{code}.article");
            if hb.get_template(&name).is_none() {
                return Err(fail(format!("phrase `article` is missing from phrases/{code}.yaml: how the language labels an article"))
                    .hint(format!("add `article`: {}", crate::assemble::third::grammar_format("article"))));
            }
            let pattern = self.render_value(hb, &name, ctx.clone())?;
            doc.article_words.push((Lang(code.clone()), pattern.trim().to_string()));
        }
        let mut used = Vec::new();
        let mut article = 0u32;
        let mut table: Option<Table> = None;
        let mut signers: Option<Vec<Text>> = None;
        for d in &directives {
            let at = |e: String| fail(format!("template `{template}.hbs`, block `::{}` (output line {}): {e}", d.name, d.line));
            // Rows and cells continue the open table; anything else closes it.
            match d.name.as_str() {
                "row" => {
                    let t = table.as_mut().ok_or_else(|| at("`::row` outside a `::table`".into()))?;
                    t.rows.push(Vec::new());
                    t.whole.push(d.flag("whole"));
                    continue;
                }
                "cell" => {
                    let t = table.as_mut().ok_or_else(|| at("`::cell` outside a `::table`".into()))?;
                    let row = t.rows.last_mut().ok_or_else(|| at("`::cell` before the first `::row`".into()))?;
                    row.push(markup::text_of(d, &languages));
                    continue;
                }
                "signer" => {
                    let s = signers.as_mut().ok_or_else(|| at("`::signer` outside `::signatures`".into()))?;
                    s.push(markup::text_of(d, &languages));
                    continue;
                }
                _ => {}
            }
            if let Some(t) = table.take() {
                doc.blocks.push(Block::Table(t));
            }
            if let Some(s) = signers.take() {
                doc.blocks.push(Block::Signatures(s));
            }
            let text = || markup::text_of(d, &languages);
            match d.name.as_str() {
                "document" => {
                    doc.title = d.text.first().map(|(_, t)| t.clone()).unwrap_or_default();
                    doc.orientation = if d.flag("landscape") { Orientation::Landscape } else { Orientation::Portrait };
                    doc.sequential_only = d.flag("sequential");
                }
                "title" => doc.blocks.push(Block::Title(text())),
                "subtitle" => doc.blocks.push(Block::Subtitle(text())),
                "heading" => doc.blocks.push(Block::Heading {
                    level: d.arg("level").and_then(|l| l.parse().ok()).unwrap_or(1),
                    section: markup::sections(d).map_err(at)?.first().copied(),
                    text: text(),
                }),
                "article" => {
                    article += 1;
                    doc.blocks.push(Block::Article { number: article, sections: markup::sections(d).map_err(at)?, title: text() })
                }
                "para" => doc.blocks.push(Block::Para { style: markup::para_style(d).map_err(at)?, text: text() }),
                "item" => {
                    let kind = match d.arg("kind").unwrap_or("decimal") {
                        "numbered" => ItemKind::Numbered,
                        "lettered" => ItemKind::Lettered,
                        _ => ItemKind::Decimal,
                    };
                    doc.blocks.push(Block::Item { kind, number: 0, text: text() })
                }
                "marker" => doc.blocks.push(Block::Marker(markup::sections(d).map_err(at)?)),
                "letterhead" => doc.blocks.push(Block::Letterhead(text())),
                "pagebreak" => doc.blocks.push(Block::PageBreak),
                "table" => table = Some(markup::table(d).map_err(at)?),
                "signatures" => signers = Some(Vec::new()),
                "clause" => {
                    let slot = d.args.first().map(|(k, _)| k.as_str()).ok_or_else(|| at("`::clause` needs a clause id".into()))?;
                    let clause = self.library.resolve(slot, &input.options.clauses).map_err(|e| {
                        let hint = self.library.suggest(slot).map(|h| format!("; {h}")).unwrap_or_default();
                        at(format!("{e}{hint}"))
                    })?;
                    if !kind.is_some_and(|k| clause.documents.contains(&k)) {
                        return Err(at(format!("clause `{}` is not meant for the template `{template}`", clause.id)));
                    }
                    if clause.article {
                        article += 1;
                    }
                    self.expand(hb, clause, article, &lang_contexts, &languages, &mut doc.blocks)?;
                    used.push(ClauseUse { id: clause.id.clone(), version: clause.version });
                }
                other => return Err(at(format!("unknown block `::{other}`"))),
            }
        }
        if let Some(t) = table.take() {
            doc.blocks.push(Block::Table(t));
        }
        if let Some(s) = signers.take() {
            doc.blocks.push(Block::Signatures(s));
        }
        markup::number_items(&mut doc.blocks);
        typography(&mut doc);
        if input.mou.wording == crate::input::Wording::Arrangement && kind.is_some_and(|k| matches!(k, DocKind::Rkt | DocKind::Report)) {
            one_term_for_the_sides(&mut doc);
        }
        let present = doc.sections();
        let missing: Vec<&str> = kind
            .map(profile)
            .unwrap_or_default()
            .iter()
            .filter(|r| r.severity == Severity::Error && !present.contains(&r.section))
            .map(|r| r.section.slug())
            .collect();
        if !missing.is_empty() {
            return Err(fail(format!(
                "template `{template}.hbs` lacks required sections: {} (see the profile of `{template}`)",
                missing.join(", "),
            )));
        }
        used.sort();
        used.dedup();
        Ok((doc, used))
    }

    /// Renders a clause in every language and zips the languages block by block.
    fn expand(
        &self,
        hb: &Handlebars<'static>,
        clause: &Clause,
        number: u32,
        contexts: &[handlebars::Context],
        langs: &[Lang],
        out: &mut Vec<Block>,
    ) -> Result<(), AssembleError> {
        let mut titles = Vec::new();
        let mut bodies: Vec<(Lang, Vec<BodyBlock>)> = Vec::new();
        for (lang, c) in langs.iter().zip(contexts) {
            let name = |part: &str| format!("{}.{part}.{}", clause.id, lang.code());
            if !clause.text.contains_key(lang.code()) {
                return Err(Error::new(Diagnostic::in_file(
                    clause.file.clone(),
                    format!("clause `{}` has no text in `{}`", clause.id, lang.code()),
                )));
            }
            let title = self.render(hb, &name("title"), c)?;
            let text = self.render(hb, &name("text"), c)?;
            titles.push((lang.clone(), title.trim().to_string()));
            bodies.push((lang.clone(), markup::body(&text)));
        }
        let counts: Vec<String> = bodies.iter().map(|(l, b)| format!("{} in `{}`", b.len(), l.code())).collect();
        let shapes: Vec<Vec<Option<ItemKind>>> =
            bodies.iter().map(|(_, b)| b.iter().map(|x| if let BodyBlock::Item(k, _) = x { Some(*k) } else { None }).collect()).collect();
        if shapes.windows(2).any(|w| w[0] != w[1]) {
            return Err(Error::new(Diagnostic::in_file(
                clause.file.clone(),
                format!("clause `{}`: the languages do not have the same paragraphs and points ({})", clause.id, counts.join(", ")),
            ))
            .hint("keep the languages parallel: the same paragraphs and points in each"));
        }
        if clause.article {
            out.push(Block::Article { number, sections: clause.sections.clone(), title: Text(titles) });
        } else if !clause.sections.is_empty() {
            out.push(Block::Marker(clause.sections.clone()));
        }
        for i in 0..shapes[0].len() {
            let text = Text(
                bodies
                    .iter()
                    .map(|(l, b)| {
                        let s = match &b[i] {
                            BodyBlock::Para(s) | BodyBlock::Item(_, s) => s.clone(),
                        };
                        (l.clone(), s)
                    })
                    .collect(),
            );
            out.push(match shapes[0][i] {
                Some(kind) => Block::Item { kind, number: 0, text },
                None => Block::Para { style: Default::default(), text },
            });
        }
        Ok(())
    }
}

impl Assembler {
    /// A handlebars error at its place in the template's or clause's file.
    fn render_error(&self, e: &RenderError) -> Error {
        let template = e.template_name.clone().unwrap_or_default();
        let what = match e.reason() {
            RenderErrorReason::MissingVariable(Some(var)) => format!("variable `{var}` is missing"),
            RenderErrorReason::MissingVariable(None) => "a variable is missing".to_string(),
            RenderErrorReason::HelperNotFound(h) => format!("unknown helper `{h}`"),
            RenderErrorReason::ParamNotFoundForName(helper, param) => format!("helper `{helper}` lacks its parameter `{param}`"),
            RenderErrorReason::ParamNotFoundForIndex(helper, i) => format!("helper `{helper}` lacks parameter {}", i + 1),
            RenderErrorReason::InvalidParamType(t) => format!("a helper got a value of the wrong type (expected {t})"),
            other => other.to_string(),
        };
        match self.origins.get(&template) {
            Some(origin) => origin.at(e.line_no, e.column_no, what),
            None => fail(what),
        }
    }
}

/// Ids of clauses by document kind, for `naskah clauses list`.
pub fn clauses_by_kind(lib: &Library) -> BTreeMap<&'static str, Vec<String>> {
    let mut out: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    for c in lib.clauses.values() {
        for d in &c.documents {
            out.entry(d.slug()).or_default().push(c.id.clone());
        }
    }
    out
}

/// A clause's title as a list shows it, without its template code: a word of the wording
/// (`{{w "ENTRY INTO FORCE"}}`) as written, a part shown only for some inputs in brackets
/// ("INTELLECTUAL PROPERTY RIGHTS [AND ASSETS]", "[A | B]" with an `{{else}}`), any other
/// value as "...".
pub fn readable_title(src: &str) -> String {
    static EXPR: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let expr = EXPR.get_or_init(|| regex::Regex::new(r"\{\{~?\s*([^}]*?)\s*~?\}\}").expect("a valid pattern"));
    let literal = |inner: &str| {
        let mut parts = inner.splitn(2, char::is_whitespace);
        let (helper, rest) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default().trim());
        let quoted = rest.len() >= 2 && rest.starts_with('"') && rest.ends_with('"') && !rest[1..rest.len() - 1].contains('"');
        (!helper.starts_with(['#', '/', '>', '!']) && quoted).then(|| rest[1..rest.len() - 1].to_string())
    };
    let shown = expr.replace_all(src, |c: &regex::Captures| {
        let inner = &c[1];
        if let Some(text) = literal(inner) {
            text
        } else if inner.starts_with("#if") || inner.starts_with("#unless") {
            " [".into()
        } else if inner == "else" {
            " | ".into()
        } else if inner.starts_with("/if") || inner.starts_with("/unless") {
            "] ".into()
        } else {
            "...".into()
        }
    });
    let spaces = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    spaces.replace("[ ", "[").replace(" ]", "]").replace(" ,", ",").replace("] ,", "],")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_listed_without_its_template_code() {
        assert_eq!(readable_title(r#"{{w "ENTRY INTO FORCE"}}, DURATION AND TERMINATION"#), "ENTRY INTO FORCE, DURATION AND TERMINATION");
        assert_eq!(
            readable_title("INTELLECTUAL PROPERTY RIGHTS{{#if options.assets}} AND ASSETS{{/if}}"),
            "INTELLECTUAL PROPERTY RIGHTS [AND ASSETS]"
        );
        assert_eq!(readable_title("A{{#if x}} B{{else}} C{{/if}} D {{t partner.name}}"), "A [B | C] D ...");
        assert_eq!(readable_title("PLAIN TITLE"), "PLAIN TITLE");
    }

    /// The built-in texts are compiled when first rendered: every one of them must compile,
    /// and compiled in pieces must give the template handlebars makes of the whole text.
    #[test]
    fn every_built_in_text_compiles_and_its_pieces_equal_the_whole() {
        let asm = Assembler::new(None, Library::embedded().expect("the built-in library")).expect("the built-in templates");
        assert!(asm.templates.len() > 200, "templates, phrases and clause texts: {}", asm.templates.len());
        let mut split = 0;
        for (name, lazy) in &asm.templates {
            let whole = handlebars::Template::compile_with_name(&lazy.text, name.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
            let pieces = pieces::compile(&lazy.text, name).expect("compiles in pieces");
            assert_eq!(pieces::tests::normal(&pieces), pieces::tests::normal(&whole), "{name}");
            split += usize::from(pieces != whole);
        }
        assert!(split > 50, "most texts with expressions are compiled in pieces: {split}");
    }
}
