//! The commands as library functions, for every front end (the command line, and the
//! local web page of `serve`): each returns its result or an `Error`, and none prints. Reading an
//! input happens once per command, so what is validated is what is drafted and hashed.
//!
//! Neighbours: `main.rs` parses arguments (`cli`), calls these and prints; `check::batch`
//! is the `check` command; `fsio` does every read and write of a document.

use crate::assemble::Assembler;
use crate::calendar::Holidays;
use crate::diag::{io_id, Diagnostic, Error, Sources};
use crate::input::Date;
use crate::library::Library;
use crate::limits::YAML_BYTES;
use crate::model::DocKind;
use crate::render;
use std::path::{Path, PathBuf};

/// Where templates and clauses come from: built in, or a folder each.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    pub templates: Option<PathBuf>,
    pub clauses: Option<PathBuf>,
}

/// The clause library.
pub fn library(origin: &Origin) -> Result<Library, Error> {
    let lib = match &origin.clauses {
        Some(dir) => Library::from_dir(dir),
        None => Library::embedded(),
    };
    lib.map_err(Error::from)
}

/// Templates and clauses, compiled.
pub fn assembler(origin: &Origin) -> Result<Assembler, Error> {
    Assembler::new(origin.templates.as_deref(), library(origin)?)
}

/// Templates and clauses for some kinds only (drafting one document compiles what it needs).
pub fn assembler_for(origin: &Origin, kinds: &[DocKind]) -> Result<Assembler, Error> {
    Assembler::for_kinds(origin.templates.as_deref(), library(origin)?, kinds, false)
}

/// The templates and clauses (for `kinds`, or all) and the input: compiled on one core
/// while the input is read and validated on the other, as neither needs the other (an
/// input that chooses clause variants has the library read for it too). The assembler's
/// error comes first, as when it was built first.
pub fn assembler_and_input(
    origin: &Origin,
    kinds: Option<&[DocKind]>,
    path: &Path,
) -> Result<(Assembler, Result<InputFile, Error>), Error> {
    std::thread::scope(|s| {
        let asm = s.spawn(|| match kinds {
            Some(kinds) => assembler_for(origin, kinds),
            None => assembler(origin),
        });
        let input = Rules::new(origin).and_then(|rules| rules.load(path));
        let asm = asm.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        Ok((asm, input))
    })
}

/// What validating an input needs besides the input: the clause library and the third
/// languages with phrases; nothing is compiled.
pub struct Rules {
    origin: Origin,
    /// Read when first needed: the built-in library only when an input chooses clause
    /// variants (most do not, and reading it is most of `validate`'s own work); a clause
    /// folder at once, so that its errors are reported whatever the input.
    library: std::sync::OnceLock<Library>,
    pub phrase_languages: Vec<String>,
    /// Whether the texts of an input's third language are checked too (`validate`): its
    /// phrase file and its text in the clauses of the LoI and the MoU. `draft` meets them
    /// when it renders those two, and drafts the other documents without them.
    texts: bool,
    /// Whether any third language is accepted, phrases or not (`drafting_nothing`).
    any_third: bool,
}

impl Rules {
    pub fn new(origin: &Origin) -> Result<Rules, Error> {
        let rules = Rules {
            origin: origin.clone(),
            library: std::sync::OnceLock::new(),
            phrase_languages: crate::assemble::phrase_languages(origin.templates.as_deref()),
            texts: false,
            any_third: false,
        };
        if origin.clauses.is_some() {
            rules.library()?;
        }
        Ok(rules)
    }

    /// The same rules, checking an input's third language's texts too (`texts`).
    pub fn with_texts(self) -> Rules {
        Rules { texts: true, ..self }
    }

    /// The same rules for a command that drafts nothing (`status`): a third language whose
    /// phrases the templates lack is no error, for no text of it is written (review 13,
    /// finding 15: a cooperation in Malay dropped from the register).
    pub fn drafting_nothing(self) -> Rules {
        Rules { any_third: true, ..self }
    }

    /// The third languages an input may name: any, when nothing is drafted.
    fn languages(&self) -> Option<&[String]> {
        (!self.any_third).then_some(self.phrase_languages.as_slice())
    }

    /// The clause library, read on first use.
    pub fn library(&self) -> Result<&Library, Error> {
        if let Some(lib) = self.library.get() {
            return Ok(lib);
        }
        let lib = library(&self.origin)?;
        Ok(self.library.get_or_init(|| lib))
    }

    /// Reads and validates an input (`load_lazily`), reading the library only if the input
    /// chooses clause variants.
    pub fn load(&self, path: &Path) -> Result<InputFile, Error> {
        load_lazily(path, &|| self.library(), self.languages(), self.texts.then_some(&self.origin))
    }

    /// Validates an input given as text, as if it were the file at `path`.
    pub fn load_source(&self, path: &Path, src: String) -> Result<InputFile, Error> {
        load_source(path, src, &|| self.library(), self.languages(), self.texts.then_some(&self.origin))
    }
}

impl From<&Assembler> for Rules {
    fn from(asm: &Assembler) -> Rules {
        Rules {
            origin: Origin::default(),
            library: std::sync::OnceLock::from(asm.library().clone()),
            phrase_languages: asm.phrase_languages().to_vec(),
            texts: false,
            any_third: false,
        }
    }
}

/// An input file, read once and validated.
pub struct InputFile {
    /// The name diagnostics use: the path as given.
    pub name: String,
    pub bytes: Vec<u8>,
    pub loaded: crate::input::Loaded,
    /// The Lambang Negara of `style.emblem`, read beside the input file.
    pub emblem: Option<std::sync::Arc<crate::emblem::Emblem>>,
    /// The PDF of each of `dprd_letter.enclosures`, read beside the input file.
    pub enclosures: Vec<Vec<u8>>,
    /// The input file's path, for the files it names beside it.
    pub path: PathBuf,
}

impl InputFile {
    /// A PDF the input names beside it (`dprd_decision.file`, `mendagri.consideration.file`),
    /// read when a packet needs it; an error points at the key.
    pub fn attached_pdf(&self, rel: Option<&String>, keys: &[&str]) -> Result<Option<Vec<u8>>, Error> {
        let Some(rel) = rel else { return Ok(None) };
        let pos = self.loaded.tree.pos_of(keys);
        let at = |en: String, id: String| Diagnostic { file: self.name.clone(), ..Diagnostic::err(pos, en, id) };
        let file = self.path.parent().unwrap_or(Path::new("")).join(rel);
        let bytes = crate::fsio::read_bounded(&file, &crate::limits::INPUT_BYTES).map_err(|err| {
            Error::new(
                at(
                    format!("`{}` cannot be read: {}", file.display(), err.message),
                    format!("`{}` tidak dapat dibaca: {}", file.display(), io_id(&err.message)),
                )
                .maybe_help(err.hint.map(|h| (io_id(&h), h)).map(|(id, en)| (en, id))),
            )
            .with_sources(self.sources())
        })?;
        crate::packet::merge::Pdf::load(&bytes).map_err(|err| {
            Error::new(
                at(
                    format!("`{}` is not a PDF naskah can merge: {err}", file.display()),
                    format!("`{}` bukan PDF yang dapat digabungkan naskah: {err}", file.display()),
                )
                .help(
                    "give the document as a PDF (a scan exported as PDF)",
                    "berikan dokumennya sebagai PDF (pindaian yang diekspor sebagai PDF)",
                ),
            )
            .with_sources(self.sources())
        })?;
        Ok(Some(bytes))
    }
}

impl InputFile {
    pub fn input(&self) -> &crate::input::Input {
        &self.loaded.input
    }

    /// The warnings validation raised (errors stop the loading).
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.loaded.warnings
    }

    /// The source, for diagnostics that show a line.
    pub fn sources(&self) -> Sources {
        Sources::one(self.name.clone(), String::from_utf8_lossy(&self.bytes).as_ref())
    }
}

/// Reads and validates an input, clause choices included; an `Err` holds every problem.
pub fn load(path: &Path, asm: &Assembler) -> Result<InputFile, Error> {
    load_lazily(path, &|| Ok(asm.library()), Some(asm.phrase_languages()), None)
}

/// `load`, the library asked for only when the input chooses clause variants.
fn load_lazily<'a>(
    path: &Path,
    lib: &dyn Fn() -> Result<&'a Library, Error>,
    phrase_languages: Option<&[String]>,
    texts: Option<&Origin>,
) -> Result<InputFile, Error> {
    let name = path.display().to_string();
    let src = crate::fsio::read_text(path, &YAML_BYTES).map_err(|e| Error::new(unreadable(&name, e)))?;
    load_source(path, src, lib, phrase_languages, texts)
}

/// Why an emblem image cannot be used (`Emblem::new`), in Indonesian.
fn emblem_id(en: &str) -> String {
    const PHRASES: [(&str, &str); 6] = [
        ("the PNG image is empty", "gambar PNG kosong"),
        ("the emblem is neither a PNG nor an SVG image", "lambang bukan gambar PNG ataupun SVG"),
        ("the SVG cannot be read", "SVG tidak dapat dibaca"),
        ("the SVG image has no size", "gambar SVG tidak memiliki ukuran"),
        ("the SVG image is far wider than an emblem", "gambar SVG jauh lebih lebar daripada lambang"),
        ("the SVG could not be rasterised", "SVG tidak dapat diubah menjadi gambar piksel"),
    ];
    PHRASES.iter().fold(en.to_string(), |s, (a, b)| s.replace(a, b))
}

/// An input file that cannot be read, in English and Indonesian.
fn unreadable(name: &str, e: crate::fsio::IoError) -> Diagnostic {
    let hint = e.hint.map(|h| (io_id(&h), h)).map(|(id, en)| (en, id));
    Diagnostic { file: name.to_string(), ..Diagnostic::err(crate::diag::Pos::default(), &e.message, io_id(&e.message)) }.maybe_help(hint)
}

/// Validates an input given as text (a page's form, not yet saved); `path` is where it
/// lives, for the files it names beside it and for the diagnostics.
fn load_source<'a>(
    path: &Path,
    src: String,
    lib: &dyn Fn() -> Result<&'a Library, Error>,
    phrase_languages: Option<&[String]>,
    texts: Option<&Origin>,
) -> Result<InputFile, Error> {
    let name = path.display().to_string();
    if src.len() as u64 > YAML_BYTES.limit {
        let size = Some(src.len() as u64);
        return Err(Error::new(Diagnostic {
            file: name.clone(),
            ..Diagnostic::err(crate::diag::Pos::default(), YAML_BYTES.exceeded(size), crate::diag::exceeded_id(&YAML_BYTES, size))
        }));
    }
    let sources = Sources::one(name.clone(), src.as_str());
    let loaded = crate::input::load(&name, &src).map_err(|d| Error::from(d).with_sources(sources.clone()))?;
    let mut errors = Vec::new();
    let choices = &loaded.input.options.clauses;
    let chosen = if choices.is_empty() { None } else { Some(lib()?) };
    for (lib, (slot, choice)) in chosen.iter().flat_map(|lib| choices.iter().map(move |c| (lib, c))) {
        let pos = loaded.tree.pos_of(&["options", "clauses", slot]);
        let at = |en: String, id: String| Diagnostic { file: name.clone(), ..Diagnostic::err(pos, en, id) };
        // "did you mean" in both languages, from the library's suggestion.
        let suggest = |id: &str| lib.suggest(id).map(|en| (en.clone(), en.replace("did you mean", "mungkin maksud Anda")));
        if lib.variants(slot).is_empty() {
            errors.push(
                at(format!("unknown clause slot `{slot}`"), format!("slot klausul `{slot}` tidak dikenal")).maybe_help(suggest(slot)),
            );
        } else if let Err(e) = lib.resolve(slot, &loaded.input.options.clauses) {
            let variants = lib.variants(slot).join(", ");
            let hint =
                suggest(choice).unwrap_or_else(|| (format!("variants of `{slot}`: {variants}"), format!("varian `{slot}`: {variants}")));
            let id = match lib.get(choice) {
                Some(c) => format!("klausul `{choice}` mengisi slot `{}`, bukan `{slot}`", c.slot),
                None => format!("klausul `{choice}` tidak dikenal"),
            };
            errors.push(at(e, id).help(hint.0, hint.1));
        }
    }
    let mut third_errors = None;
    if let Some(third) = &loaded.input.languages.third {
        if let Some(known) = phrase_languages.filter(|known| !known.contains(&third.code)) {
            let pos = loaded.tree.pos_of(&["languages", "third", "code"]);
            let known = known.join(", ");
            errors.push(
                Diagnostic {
                    file: name.clone(),
                    ..Diagnostic::err(
                        pos,
                        format!("the templates have no phrases for the third language `{}`", third.code),
                        format!("templat belum memiliki frasa untuk bahasa ketiga `{}`", third.code),
                    )
                }
                .help(
                    format!("third languages built in: {known}; for another, {}", crate::assemble::third::how_to_add(&third.code)),
                    format!("bahasa ketiga bawaan: {known}; untuk bahasa lain, {}", crate::assemble::third::how_to_add_id(&third.code)),
                ),
            );
        } else if let Some(origin) = texts {
            // `validate` checks what drafting the LoI and the MoU would refuse: the phrase
            // file and the clause texts of a language naskah does not ship, or of texts
            // from a folder (the built-in ones are tested).
            let shipped = crate::format::BUILT_IN.contains(&third.code.as_str());
            let library = if !shipped || origin.clauses.is_some() { Some(lib()?) } else { None };
            if !shipped || origin.templates.is_some() || library.is_some() {
                if let Err(e) = crate::assemble::third::check(origin.templates.as_deref(), &third.code, library, choices) {
                    third_errors = Some(e);
                }
            }
        }
    }
    // The emblem is read here, by the command layer, relative to the input file: the
    // renderers read no file.
    let mut emblem = None;
    if let Some(rel) = &loaded.input.style.emblem {
        let pos = loaded.tree.pos_of(&["style", "emblem"]);
        let at = |en: String, id: String| Diagnostic { file: name.clone(), ..Diagnostic::err(pos, en, id) };
        let file = path.parent().unwrap_or(Path::new("")).join(rel);
        match crate::fsio::read_bounded(&file, &crate::emblem::EMBLEM_BYTES) {
            Err(e) => errors.push(
                at(
                    format!("the emblem `{}` cannot be read: {}", file.display(), e.message),
                    format!("lambang `{}` tidak dapat dibaca: {}", file.display(), io_id(&e.message)),
                )
                .maybe_help(e.hint.map(|h| (io_id(&h), h)).map(|(id, en)| (en, id))),
            ),
            Ok(bytes) => match crate::emblem::Emblem::new(bytes) {
                Ok(e) => emblem = Some(std::sync::Arc::new(e)),
                Err(e) => errors.push(at(format!("`{}`: {e}", file.display()), format!("`{}`: {}", file.display(), emblem_id(&e))).help(
                    "give the Lambang Negara as a PNG or SVG file (its path relative to this input file)",
                    "berikan Lambang Negara sebagai berkas PNG atau SVG (dengan jalur relatif terhadap berkas masukan ini)",
                )),
            },
        }
    }
    // Documents naskah did not write, for the packet: PDFs beside the input file.
    let mut enclosures = Vec::new();
    for (i, e) in loaded.input.dprd_letter.enclosures.iter().enumerate() {
        let pos = loaded.tree.pos_of(&["dprd_letter", "enclosures", &i.to_string(), "file"]);
        let at = |en: String, id: String| Diagnostic { file: name.clone(), ..Diagnostic::err(pos, en, id) };
        let file = path.parent().unwrap_or(Path::new("")).join(&e.file);
        match crate::fsio::read_bounded(&file, &crate::limits::INPUT_BYTES) {
            Err(err) => errors.push(
                at(
                    format!("the enclosure `{}` cannot be read: {}", file.display(), err.message),
                    format!("lampiran `{}` tidak dapat dibaca: {}", file.display(), io_id(&err.message)),
                )
                .maybe_help(err.hint.map(|h| (io_id(&h), h)).map(|(id, en)| (en, id))),
            ),
            Ok(bytes) => match crate::packet::merge::Pdf::load(&bytes) {
                Ok(_) => enclosures.push(bytes),
                Err(err) => errors.push(
                    at(
                        format!("the enclosure `{}` is not a PDF naskah can merge: {err}", file.display()),
                        format!("lampiran `{}` bukan PDF yang dapat digabungkan naskah: {err}", file.display()),
                    )
                    .help(
                        "give the document as a PDF (a scan exported as PDF)",
                        "berikan dokumennya sebagai PDF (pindaian yang diekspor sebagai PDF)",
                    ),
                ),
            },
        }
    }
    if let Some(e) = third_errors {
        let mut all = Error::from(errors).with_sources(sources);
        all.diagnostics.extend(e.diagnostics);
        return Err(all.with_sources(e.sources));
    }
    if !errors.is_empty() {
        return Err(Error::from(errors).with_sources(sources));
    }
    Ok(InputFile { name, path: path.to_path_buf(), bytes: src.into_bytes(), loaded, emblem, enclosures })
}

/// Output formats of `draft`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formats {
    Docx,
    Pdf,
    Both,
}

impl Formats {
    fn renderers(self) -> Vec<(&'static str, render::Renderer)> {
        let mut out: Vec<(&'static str, render::Renderer)> = Vec::new();
        if self != Formats::Pdf {
            out.push(("docx", render::docx::render));
        }
        if self != Formats::Docx {
            out.push(("pdf", render::pdf::render));
        }
        out
    }
}

/// Drafts documents in memory: every file of every kind, or the first error.
pub fn draft(
    asm: &Assembler,
    input: &InputFile,
    kinds: &[DocKind],
    opts: &render::Options,
    formats: Formats,
) -> Result<Vec<(String, Vec<u8>)>, Error> {
    draft_for_year(asm, input, kinds, opts, formats, None)
}

/// What a document needs from the input beyond validation: a letter to the Minister its
/// number, date and place and the decisions it cites; a work plan or report a year with
/// activities. Every problem, located in the input file.
pub fn requirements(input: &InputFile, kind: DocKind, year: Option<i32>) -> Result<(), Error> {
    let i = input.input();
    let tree = &input.loaded.tree;
    let mut errors = Vec::new();
    let at = |path: &[&str], (en, id): (String, String), (hint, saran): (&str, &str)| {
        Diagnostic { file: input.name.clone(), ..Diagnostic::err(tree.pos_of(path), en, id) }.help(hint, saran)
    };
    let m = &i.mendagri;
    if matches!(kind, DocKind::MendagriPlan | DocKind::MendagriMou) {
        let (letter, key, basis) = match kind {
            DocKind::MendagriPlan => (m.plan_letter.is_some(), "plan_letter", "PP 28/2018 Pasal 31 ayat (1)"),
            _ => (m.mou_letter.is_some(), "mou_letter", "PP 28/2018 Pasal 32 ayat (1)"),
        };
        if !letter {
            let add = format!("add `mendagri: {{{key}: {{number: ..., date: YYYY-MM-DD, place: ...}}}}` ({basis})");
            let tambah = format!("tambahkan `mendagri: {{{key}: {{number: ..., date: YYYY-MM-DD, place: ...}}}}` ({basis})");
            errors.push(at(
                &["mendagri"],
                (
                    format!("`mendagri.{key}` is not given: the letter to the Minister needs its number, date and place"),
                    format!("`mendagri.{key}` belum diisi: surat kepada Menteri memerlukan nomor, tanggal dan tempatnya"),
                ),
                (&add, &tambah),
            ));
        }
        match &i.dprd_decision {
            None => errors.push(at(
                &["dprd_letter"],
                (
                    "`dprd_decision` is not given: the letters to the Minister cite the DPRD's approval of the plan".into(),
                    "`dprd_decision` belum diisi: surat kepada Menteri menyebut persetujuan DPRD atas rencana kerja sama".into(),
                ),
                (
                    "add `dprd_decision: {date: YYYY-MM-DD, number: ..., form: keputusan}` (PP 28/2018 Pasal 30 ayat (4), Pasal 31 ayat (1))",
                    "tambahkan `dprd_decision: {date: YYYY-MM-DD, number: ..., form: keputusan}` (PP 28/2018 Pasal 30 ayat (4), Pasal 31 ayat (1))",
                ),
            )),
            Some(d) if !d.approved => errors.push(at(
                &["dprd_decision", "approved"],
                (
                    "the DPRD did not approve the plan: only an approved plan goes to the Minister".into(),
                    "DPRD tidak menyetujui rencana kerja sama: hanya rencana yang disetujui yang disampaikan kepada Menteri".into(),
                ),
                (
                    "revise the plan and ask the DPRD again (`naskah packet FILE --for dprd`)",
                    "perbaiki rencana kerja sama lalu ajukan kembali kepada DPRD (`naskah packet FILE --for dprd`)",
                ),
            )),
            _ => {}
        }
        if kind == DocKind::MendagriMou && m.consideration.is_none() {
            errors.push(at(
                &["mendagri"],
                (
                    "`mendagri.consideration` is not given: the draft MoU goes to the Minister after the Minister's consideration of the plan"
                        .into(),
                    "`mendagri.consideration` belum diisi: rancangan Nota Kesepahaman disampaikan kepada Menteri setelah pertimbangan Menteri atas rencana kerja sama"
                        .into(),
                ),
                (
                    "add `mendagri: {consideration: {date: YYYY-MM-DD, number: ..., outcome: proceed}}` (PP 28/2018 Pasal 31 ayat (3) huruf b)",
                    "tambahkan `mendagri: {consideration: {date: YYYY-MM-DD, number: ..., outcome: proceed}}` (PP 28/2018 Pasal 31 ayat (3) huruf b)",
                ),
            ));
        }
    }
    if kind.yearly() {
        match year {
            None => errors.push(
                Diagnostic::err(
                    crate::diag::Pos::default(),
                    format!("the {} is drafted for one year", kind.name().1),
                    format!("{} disusun untuk satu tahun", kind.name().0),
                )
                .help(
                    format!("give the year: `naskah draft {} FILE --year YYYY -o DIR`", kind.slug()),
                    format!("sebutkan tahunnya: `naskah draft {} FILE --year YYYY -o DIR`", kind.slug()),
                ),
            ),
            Some(y) if !i.activities.iter().any(|a| a.runs_in(y)) => {
                let mut years: Vec<i32> = i.activities.iter().flat_map(|a| a.year..=a.last_year()).collect();
                years.sort_unstable();
                years.dedup();
                let years = years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ");
                errors.push(at(
                    &["activities"],
                    (format!("no activity of the action plan falls in {y}"), format!("tidak ada kegiatan rencana aksi pada tahun {y}")),
                    (
                        &format!("the activities are planned in {years}; give one of these years with `--year`"),
                        &format!("kegiatan direncanakan pada tahun {years}; sebutkan salah satu tahun itu dengan `--year`"),
                    ),
                ));
            }
            _ => {}
        }
    }
    // The letter sending a report: its number, date and place, recorded with the report.
    if let (DocKind::MendagriReport, Some(y)) = (kind, year) {
        let reports = &i.implementation.reports;
        match reports.iter().position(|r| r.year == y) {
            None => errors.push(at(
                &["implementation", "reports"],
                (
                    format!("`implementation.reports` has no entry for {y}: the letter sending the report needs its number, date and place"),
                    format!("`implementation.reports` belum memuat butir tahun {y}: surat pengantar laporan memerlukan nomor, tanggal dan tempatnya"),
                ),
                (
                    &format!("add `{{year: {y}, date: YYYY-MM-DD, number: ..., place: ...}}` under `implementation.reports` (PP 28/2018 Pasal 43)"),
                    &format!("tambahkan `{{year: {y}, date: YYYY-MM-DD, number: ..., place: ...}}` di `implementation.reports` (PP 28/2018 Pasal 43)"),
                ),
            )),
            Some(n) => {
                let r = &reports[n];
                let blank = |v: &Option<String>| v.as_deref().is_none_or(|s| s.trim().is_empty());
                let missing: Vec<(&str, &str)> =
                    [(blank(&r.number), ("`number`", "`number` (nomor)")), (blank(&r.place), ("`place`", "`place` (tempat)"))]
                        .into_iter()
                        .filter_map(|(b, names)| b.then_some(names))
                        .collect();
                if !missing.is_empty() {
                    let en = missing.iter().map(|m| m.0).collect::<Vec<_>>().join(" and ");
                    let id = missing.iter().map(|m| m.1).collect::<Vec<_>>().join(" dan ");
                    errors.push(at(
                        &["implementation", "reports", &n.to_string()],
                        (
                            format!("the report on {y} in `implementation.reports` has no {en}: the letter sending it to the Minister needs its number and place"),
                            format!("laporan tahun {y} di `implementation.reports` belum memuat {id}: surat pengantarnya kepada Menteri memerlukan nomor dan tempat surat"),
                        ),
                        (
                            &format!("add the letter's {en} to the entry for {y}: `{{year: {y}, date: {}, number: ..., place: ...}}`", r.date),
                            &format!("tambahkan {id} surat pada butir tahun {y}: `{{year: {y}, date: {}, number: ..., place: ...}}`", r.date),
                        ),
                    ));
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::from(errors).with_sources(input.sources()))
    }
}

/// What the officer should know about a document that can be drafted but not yet sent: a
/// report for a year whose activities have no progress recorded (its rows say "not
/// reported"). Warnings, located in the input; the front ends print or show them.
pub fn draft_warnings(input: &InputFile, kind: DocKind, year: Option<i32>) -> Vec<Diagnostic> {
    let i = input.input();
    let mut out = Vec::new();
    // A work plan or report implements a signed MoU, which needs the DPRD's approval first
    // (PP 28/2018 Pasal 30 ayat (4)).
    // (The letter sending a report is warned of what its report is.)
    let named = if kind == DocKind::MendagriReport { DocKind::Report } else { kind };
    if kind.yearly() && !i.dprd_decision.as_ref().is_some_and(|d| d.approved) {
        let pos = input.loaded.tree.key_pos_of(if i.dprd_decision.is_some() { &["dprd_decision", "approved"] } else { &["dprd_letter"] });
        let (what, apa) = if i.dprd_decision.is_some() {
            ("the DPRD did not approve the plan", "DPRD tidak menyetujui rencana kerja sama")
        } else {
            ("no DPRD approval is recorded (`dprd_decision`)", "persetujuan DPRD belum dicatat (`dprd_decision`)")
        };
        out.push(
            Diagnostic {
                file: input.name.clone(),
                ..Diagnostic::warn(
                    pos,
                    format!("{what}: the {} implements an MoU that cannot be signed yet", named.name().1.to_lowercase()),
                    format!("{apa}: {} melaksanakan Nota Kesepahaman yang belum dapat ditandatangani", named.name().0.to_lowercase()),
                )
            }
            .help(
                "record the DPRD's decision: `dprd_decision: {date: YYYY-MM-DD, number: ..., form: keputusan}` (PP 28/2018 Pasal 30 ayat (4))",
                "catat keputusan DPRD: `dprd_decision: {date: YYYY-MM-DD, number: ..., form: keputusan}` (PP 28/2018 Pasal 30 ayat (4))",
            ),
        );
    }
    if let (DocKind::Report | DocKind::MendagriReport, Some(y)) = (kind, year) {
        let of_year: Vec<&crate::input::Activity> = i.activities.iter().filter(|a| a.runs_in(y)).collect();
        let reported = |a: &&crate::input::Activity| {
            a.key.as_ref().is_some_and(|k| i.progress.iter().any(|p| &p.activity == k && p.year.is_none_or(|py| py == y)))
        };
        let missing = of_year.iter().filter(|a| !reported(a)).count();
        if missing > 0 {
            let pos = input.loaded.tree.key_pos_of(if i.progress.is_empty() { &["activities"] } else { &["progress"] });
            let (what, apa) = if missing == of_year.len() {
                (
                    format!("no progress is recorded for the activities of {y}: every row of the report says \"not reported\""),
                    format!("capaian kegiatan tahun {y} belum dicatat: setiap baris laporan berbunyi \"belum dilaporkan\""),
                )
            } else {
                (
                    format!(
                        "{missing} of the {} activities of {y} have no progress recorded: their rows say \"not reported\"",
                        of_year.len()
                    ),
                    format!(
                        "{missing} dari {} kegiatan tahun {y} belum dicatat capaiannya: barisnya berbunyi \"belum dilaporkan\"",
                        of_year.len()
                    ),
                )
            };
            out.push(
                Diagnostic { file: input.name.clone(), ..Diagnostic::warn(pos, what, apa) }
                    .help("record each activity's progress under `progress:` (its `activity` key, status, dates, what was achieved, what was spent) before the report is sent",
                        "catat capaian setiap kegiatan di `progress:` (kunci `activity`-nya, status, tanggal, apa yang dicapai, apa yang dibelanjakan) sebelum laporan disampaikan"),
            );
        }
    }
    // A work plan carries only the activities dated in its year: one postponed from an
    // earlier year is in it only if the input gives it again for a later year.
    if let (DocKind::Rkt, Some(y)) = (kind, year) {
        for p in i.progress.iter().filter(|p| p.status == crate::input::ProgressStatus::Postponed) {
            let Some(a) = i.activities.iter().find(|a| a.key.as_deref() == Some(p.activity.as_str())) else { continue };
            if a.last_year() < y && !a.planned_again(&i.activities) {
                let pos = input.loaded.tree.key_pos_of(&["progress"]);
                out.push(
                    Diagnostic {
                        file: input.name.clone(),
                        ..Diagnostic::warn(
                            pos,
                            format!("activity `{}` of {} was postponed and is not planned again: the work plan for {y} leaves it out", p.activity, a.year),
                            format!("kegiatan `{}` tahun {} ditunda dan belum direncanakan kembali: rencana kerja tahun {y} tidak memuatnya", p.activity, a.year),
                        )
                    }
                    .help(
                        "add the activity again under `activities:` with its new `year` and `quarter` (and a new `key`), or mark it `cancelled`",
                        "tambahkan kembali kegiatan itu di `activities:` dengan `year` dan `quarter` barunya (dan `key` baru), atau tandai `cancelled`",
                    ),
                );
            }
        }
    }
    // A work plan or report whose date is not recorded is signed on a line left blank (the
    // letter sending a report cannot be drafted without it: `requirements`).
    if let (true, Some(y)) = (matches!(kind, DocKind::Rkt | DocKind::Report), year) {
        let imp = &i.implementation;
        let (dated, key) = if kind == DocKind::Rkt {
            (imp.work_plans.iter().any(|d| d.year == y), "work_plans")
        } else {
            (imp.reports.iter().any(|d| d.year == y), "reports")
        };
        if !dated {
            let pos = input.loaded.tree.key_pos_of(&["implementation"]);
            out.push(
                Diagnostic {
                    file: input.name.clone(),
                    ..Diagnostic::warn(
                        pos,
                        format!("no date for {y} in `implementation.{key}`: the place and date of signature are left as lines to fill in"),
                        format!("tanggal tahun {y} belum ada di `implementation.{key}`: tempat dan tanggal penandatanganan dibiarkan berupa titik-titik untuk diisi"),
                    )
                }
                .help(
                    format!("add `{{year: {y}, date: YYYY-MM-DD}}` under `implementation.{key}` once the date is known"),
                    format!("tambahkan `{{year: {y}, date: YYYY-MM-DD}}` di `implementation.{key}` setelah tanggalnya diketahui"),
                ),
            );
        }
    }
    out
}

/// The file name of a drafted document: `rkt-2026.docx` for a yearly one.
pub fn file_stem(kind: DocKind, year: Option<i32>) -> String {
    match year.filter(|_| kind.yearly()) {
        Some(y) => format!("{}-{y}", kind.slug()),
        None => kind.slug().to_string(),
    }
}

/// `draft` with the year of a work plan or report.
pub fn draft_for_year(
    asm: &Assembler,
    input: &InputFile,
    kinds: &[DocKind],
    opts: &render::Options,
    formats: Formats,
    year: Option<i32>,
) -> Result<Vec<(String, Vec<u8>)>, Error> {
    // Each document on the next free core; the files, and the first error, in the order
    // of `kinds`, as if drafted one after the other.
    let drafted = crate::parallel::map(kinds, |_, &kind| -> Result<Vec<(String, Vec<u8>)>, Error> {
        let (doc, opts) = document(asm, input, kind, opts, year)?;
        let stem = file_stem(kind, year);
        formats
            .renderers()
            .into_iter()
            .map(|(ext, renderer)| {
                let bytes = renderer(&doc, &opts).map_err(|e| Error::msg(format!("{stem}.{ext}: {e}")))?;
                Ok((format!("{stem}.{ext}"), bytes))
            })
            .collect()
    });
    let mut files = Vec::new();
    for one in drafted {
        files.extend(one?);
    }
    Ok(files)
}

/// One document in the model, with the options it is rendered with (the region's page for
/// the document's group, the input's emblem); `requirements` first.
pub fn document(
    asm: &Assembler,
    input: &InputFile,
    kind: DocKind,
    opts: &render::Options,
    year: Option<i32>,
) -> Result<(crate::model::Document, render::Options), Error> {
    requirements(input, kind, year)?;
    let how = crate::assemble::Drafting { attached_to: None, year };
    let (doc, _) = if kind.yearly() || (kind.letter() && kind != DocKind::DprdLetter) {
        asm.draft_with(kind, input.input(), &how)?
    } else {
        asm.draft(kind, input.input())?
    };
    let opts = render::Options { emblem: input.emblem.clone(), ..opts.with_page(crate::assemble::page(input.input(), Some(kind))) };
    Ok((doc, opts))
}

/// Writes files into a folder: all refused before any is written when one exists and
/// `force` is not given; each written atomically and without replacing a file another
/// run wrote meanwhile.
/// Writes the built-in texts into `dir` to be edited: `clauses/` (one YAML file per clause)
/// and `templates/` (the documents' templates and the phrases of each third language), to
/// be passed back with `--clauses DIR/clauses --templates DIR/templates`. A language the
/// partner speaks that naskah does not ship (German, Dutch, ...) is added there: a
/// `templates/phrases/<code>.yaml` and a `<code>:` text in each clause of the LoI and MoU.
pub fn export_texts(dir: &Path, force: bool) -> Result<Vec<PathBuf>, Error> {
    let files: Vec<(String, Vec<u8>)> = crate::library::embedded_files()
        .into_iter()
        .map(|(name, bytes)| (format!("clauses/{name}"), bytes.to_vec()))
        .chain(crate::assemble::embedded_templates().into_iter().map(|(name, bytes)| (format!("templates/{name}"), bytes.to_vec())))
        .collect();
    write_files(dir, &files, force)
}

pub fn write_files(dir: &Path, files: &[(String, Vec<u8>)], force: bool) -> Result<Vec<PathBuf>, Error> {
    let paths: Vec<PathBuf> = files.iter().map(|(n, _)| dir.join(n)).collect();
    let existing: Vec<String> = paths.iter().filter(|p| !force && crate::fsio::occupied(p)).map(|p| p.display().to_string()).collect();
    if !existing.is_empty() {
        return Err(Error::msg(format!("would overwrite {}", existing.join(", ")))
            .hint("pass `--force` to overwrite, or choose another folder with `-o`"));
    }
    for (path, (_, bytes)) in paths.iter().zip(files) {
        crate::fsio::write_new(path, bytes, force)?;
    }
    Ok(paths)
}

/// The shipped holidays plus the user's files.
pub fn holidays(files: &[PathBuf]) -> Result<Holidays, Error> {
    let mut holidays = Holidays::shipped();
    for f in files {
        let name = f.display().to_string();
        let src =
            crate::fsio::read_text(f, &YAML_BYTES).map_err(|e| Error::new(Diagnostic::in_file(&name, e.message).maybe_hint(e.hint)))?;
        holidays.add(&name, &src).map_err(|d| Error::new(d).with_sources(Sources::one(name.clone(), src.as_str())))?;
    }
    Ok(holidays)
}

/// A date given on the command line.
pub fn date_arg(s: &str) -> Result<Date, Error> {
    Date::parse(s).ok_or_else(|| {
        Error::both(format!("`{s}` is not a date"), format!("`{s}` bukan tanggal"))
            .help("write it as YYYY-MM-DD, for example 2026-03-13", "tulis sebagai YYYY-MM-DD, misalnya 2026-03-13")
    })
}

/// What `packet` needs besides the input.
pub struct PacketRequest {
    /// The letter the packet goes with (the DPRD letter, or a letter to the Minister).
    pub letter: DocKind,
    /// The layout and fonts of the documents.
    pub render: render::Options,
    pub received: Option<Date>,
    pub holidays: Holidays,
    /// The year of the report the letter sends (`--for mendagri-report`).
    pub year: Option<i32>,
}

/// Builds the DPRD packet in memory (drafts, renders, reads back, cross-checks).
pub fn packet(asm: &Assembler, input: &InputFile, req: PacketRequest) -> Result<crate::packet::Packet, Error> {
    let name = Path::new(&input.name).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let render = render::Options { emblem: input.emblem.clone(), ..req.render };
    if req.letter.yearly() && req.year.is_none() {
        return Err(Error::both(
            "the packet of the implementation report is made for one year",
            "berkas laporan pelaksanaan disusun untuk satu tahun",
        )
        .help(
            "give the year: `naskah packet FILE --for mendagri-report --year YYYY -o DIR`",
            "sebutkan tahunnya: `naskah packet FILE --for mendagri-report --year YYYY -o DIR`",
        ));
    }
    if req.letter != DocKind::DprdLetter {
        requirements(input, req.letter, req.year)?;
    }
    let opts = crate::packet::Options {
        render,
        received: req.received,
        holidays: req.holidays,
        enclosures: input.enclosures.clone(),
        letter: req.letter,
        year: req.year.filter(|_| req.letter.yearly()),
        decision: match req.letter {
            DocKind::MendagriPlan => {
                input.attached_pdf(input.input().dprd_decision.as_ref().and_then(|d| d.file.as_ref()), &["dprd_decision", "file"])?
            }
            _ => None,
        },
        consideration: match req.letter {
            DocKind::MendagriMou => input.attached_pdf(
                input.input().mendagri.consideration.as_ref().and_then(|c| c.file.as_ref()),
                &["mendagri", "consideration", "file"],
            )?,
            _ => None,
        },
    };
    crate::packet::build(asm, input.input(), &name, &input.bytes, &opts)
}

/// Writes a packet as a set (all files or none; `force` replaces an earlier packet).
pub fn write_packet(dir: &Path, packet: &crate::packet::Packet, force: bool) -> Result<Vec<PathBuf>, Error> {
    Ok(crate::fsio::write_set(dir, &packet.files(), force)?)
}

/// The kinds `draft all` writes, in the order of the procedure.
pub fn all_kinds() -> Vec<DocKind> {
    DocKind::ALL.to_vec()
}

/// A draft to compare: a file the checker reads, or an input drafted first.
pub struct Compared {
    pub comparison: crate::compare::Comparison,
    /// The revision date for the redline: given, or from THEIRS (a Word file's last
    /// modification, a PDF's), or from the input.
    pub date: Option<String>,
}

/// Reads a draft for `compare` (within the budgets of `check`).
fn read_for_compare(path: &Path) -> Result<(crate::model::Document, Vec<u8>), Error> {
    let name = path.display().to_string();
    let bytes = crate::fsio::read_bounded(path, &crate::limits::INPUT_BYTES)
        .map_err(|e| Error::new(Diagnostic::in_file(&name, e.message).maybe_hint(e.hint)))?;
    let draft = crate::read::read_draft(&bytes).map_err(|e| Error::new(Diagnostic::in_file(&name, e.message).maybe_hint(e.hint)))?;
    Ok((draft.document, bytes))
}

/// Compares THEIRS with OURS; OURS may be an input file (YAML), drafted as `kind` first,
/// which also gives the scope the DPRD approved.
pub fn compare(origin: &Origin, ours: &Path, theirs: &Path, kind: DocKind, date: Option<&str>) -> Result<Compared, Error> {
    let is_input = ours.extension().is_some_and(|e| e == "yaml" || e == "yml");
    let mut opts = crate::compare::Options::default();
    let mut input_date = None;
    let ours_doc = if is_input {
        let asm = assembler(origin)?;
        let input = load(ours, &asm)?;
        // The fields and scope items of the plan the DPRD approved.
        let i = input.input();
        opts.approved_scope =
            i.fields.iter().map(|f| &f.name).chain(i.scope.iter().map(|s| &s.text)).map(|b| (b.id.clone(), b.en.clone())).collect();
        input_date = Some(input.input().dprd_letter.date);
        // Drafted, rendered as Word and read back: both drafts then go through the same
        // reader, so that layout (signature tables, labels) never shows as a change.
        let doc = asm.draft(kind, input.input())?.0;
        let docx = render::docx::render(&doc, &render::Options::new(render::Layout::Columns)).map_err(Error::msg)?;
        crate::read::read(&docx).map_err(|e| Error::msg(format!("the drafted {} could not be read back: {}", kind.slug(), e.message)))?
    } else {
        read_for_compare(ours)?.0
    };
    let (theirs_doc, theirs_bytes) = read_for_compare(theirs)?;
    let date = match date {
        Some(d) => Some(date_arg(d)?.to_string()),
        None => revision_date(&theirs_bytes).or(input_date.map(|d| d.to_string())),
    }
    .map(|d| if d.len() == 10 { format!("{d}T00:00:00Z") } else { d });
    Ok(Compared { comparison: crate::compare::compare(&ours_doc, &theirs_doc, &opts), date })
}

/// The last modification recorded in a Word file (`docProps/core.xml`) or a PDF (`/ModDate`).
fn revision_date(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(b"PK") {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut std::io::Read::take(zip.by_name("docProps/core.xml").ok()?, 1 << 20), &mut xml).ok()?;
        let start = xml.find("modified")?;
        let value = xml[start..].split('>').nth(1)?.split('<').next()?;
        return (value.len() >= 10 && crate::input::Date::parse(&value[..10]).is_some()).then(|| value.to_string());
    }
    let pdf = lopdf::Document::load_mem(bytes).ok()?;
    let info = pdf.trailer.get(b"Info").ok()?.as_reference().ok()?;
    let d = pdf.get_dictionary(info).ok()?.get(b"ModDate").ok()?.as_str().ok()?;
    let d = std::str::from_utf8(d).ok()?.trim_start_matches("D:");
    (d.len() >= 8).then(|| format!("{}-{}-{}", &d[0..4], &d[4..6], &d[6..8])).filter(|s| crate::input::Date::parse(s).is_some())
}

/// The input files of `status`: files as given, and the `.yaml`/`.yml` files of folders
/// (walked in name order, links not followed) that look like a cooperation (a top-level
/// `region:` key); the others in folders are skipped and named in the second list.
pub fn status_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let (mut files, mut skipped) = (Vec::new(), Vec::new());
    for p in paths {
        if !p.is_dir() {
            files.push(p.clone());
            continue;
        }
        let walk = walkdir::WalkDir::new(p).follow_links(false).max_depth(crate::limits::FOLDER_DEPTH.limit as usize).sort_by_file_name();
        for entry in walk.into_iter().flatten() {
            let path = entry.path();
            if !entry.file_type().is_file() || !path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                continue;
            }
            let looks = crate::fsio::read_text(path, &YAML_BYTES).is_ok_and(|s| s.lines().any(|l| l.starts_with("region:")));
            if looks {
                files.push(path.to_path_buf());
            } else {
                skipped.push(path.to_path_buf());
            }
        }
    }
    (files, skipped)
}

/// Where each cooperation stands on `today`, sorted by urgency; the inputs that could not
/// be loaded come back as errors (each with every problem of its file).
pub fn status(files: &[PathBuf], rules: &Rules, today: Date, holidays: &Holidays) -> (Vec<crate::status::Status>, Vec<(PathBuf, Error)>) {
    let (mut out, mut failed) = (Vec::new(), Vec::new());
    for f in files {
        match rules.load(f) {
            Ok(input) => out.push(crate::status::status(input.input(), &input.name, today, holidays)),
            Err(e) => failed.push((f.clone(), e)),
        }
    }
    crate::status::sort_by_urgency(&mut out);
    (out, failed)
}
