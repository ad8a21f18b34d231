//! The commands. Parses arguments with clap, calls the library, prints, and returns the
//! exit code: 0 done, 2 could not run (bad input, template bug, file exists).

use crate::assemble::{clauses_by_kind, Assembler};
use crate::diag::Diagnostic;
use crate::library::Library;
use crate::model::DocKind;
use crate::render::{self, Layout};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

/// Drafts and checks the documents of Indonesian regional cooperation with foreign partners.
#[derive(Parser, Debug)]
#[command(name = "naskah", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Draft documents from an input file as Word (DOCX) files.
    Draft(DraftArgs),
    /// Check drafts (DOCX, PDF, text) for the sections their kind must have.
    Check(CheckArgs),
    /// Write the DPRD packet: the letter and its attachments as DOCX and PDF, packet.pdf with a cover and bookmarks, manifest.json.
    Packet(PacketArgs),
    /// The DPRD's decision deadline: a receipt date plus 45 working days (PP 28/2018 Pasal 30 ayat (4)).
    Deadline {
        /// The date the DPRD received the letter, YYYY-MM-DD.
        received: String,
        /// More holidays or cuti bersama, in the format of data/holidays-id.yaml (repeatable).
        #[arg(long, value_name = "FILE")]
        holidays: Vec<PathBuf>,
    },
    /// Check an input file and report every problem with its line and column.
    Validate {
        /// Input files (YAML).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        sources: Sources,
    },
    /// Print the JSON Schema of the input, for editors.
    Schema,
    /// Print a commented starter input file.
    New,
    /// Browse the clause library.
    Clauses {
        #[command(subcommand)]
        action: ClauseAction,
        #[command(flatten)]
        sources: Sources,
    },
}

/// Where templates and clauses come from.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct Sources {
    /// Use the templates in this folder (`<kind>.hbs`) instead of the built-in ones.
    #[arg(long, value_name = "DIR", global = true)]
    pub templates: Option<PathBuf>,
    /// Use the clauses in this folder (one YAML file per clause) instead of the built-in ones.
    #[arg(long, value_name = "DIR", global = true)]
    pub clauses: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum ClauseAction {
    /// List the clauses by document kind.
    List,
    /// Show one clause: its variants, basis, variables and texts.
    Show {
        /// Clause id or slot, for example `mou.dispute`.
        id: String,
    },
}

/// The kind of draft to check against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckKind {
    /// Recognise the kind from the draft.
    Auto,
    Loi,
    Mou,
    Plan,
    ActionPlan,
    DprdLetter,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// For people: a verdict per file, then what is missing and where sections were found.
    Human,
    /// One JSON object `{"files": [...]}` for scripts (see README).
    Json,
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Drafts, or folders of drafts (.docx, .pdf, .txt, .md).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The kind of document; `auto` recognises it.
    #[arg(long, value_enum, default_value_t = CheckKind::Auto)]
    pub kind: CheckKind,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
}

/// Which documents to draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Which {
    /// The Letter of Intent.
    Loi,
    /// The Memorandum of Understanding.
    Mou,
    /// The cooperation plan (rencana kerja sama).
    Plan,
    /// The action plan (rencana aksi).
    ActionPlan,
    /// The letter asking the DPRD for approval.
    DprdLetter,
    /// All five documents.
    All,
}

#[derive(clap::Args, Debug)]
pub struct DraftArgs {
    /// Which document to draft.
    #[arg(value_enum)]
    pub which: Which,
    /// The input file (YAML).
    pub file: PathBuf,
    /// Folder for the documents; created if missing.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// Bilingual layout: side by side, or one language after the other.
    #[arg(long, value_enum, default_value_t = Layout::Columns)]
    pub layout: Layout,
    /// Output format: Word documents, PDF, or both.
    #[arg(long, value_enum, default_value_t = OutputFormat::Docx)]
    pub format: OutputFormat,
    /// Overwrite existing files.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub sources: Sources,
}

#[derive(clap::Args, Debug)]
pub struct PacketArgs {
    /// The input file (YAML).
    pub file: PathBuf,
    /// Folder for the packet; created if missing.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// Bilingual layout of the documents.
    #[arg(long, value_enum, default_value_t = Layout::Columns)]
    pub layout: Layout,
    /// The date the DPRD received the letter, YYYY-MM-DD (else `dprd_letter.received`, else the letter's date as an estimate).
    #[arg(long, value_name = "DATE")]
    pub received: Option<String>,
    /// More holidays or cuti bersama, in the format of data/holidays-id.yaml (repeatable).
    #[arg(long, value_name = "FILE")]
    pub holidays: Vec<PathBuf>,
    /// Write the packet even when a cross-check fails; the cover lists the gaps in red.
    #[arg(long)]
    pub allow_incomplete: bool,
    /// Overwrite existing files.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub sources: Sources,
}

/// Output formats of `draft`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Editable Word documents.
    Docx,
    /// PDF, laid out by typst, fonts embedded.
    Pdf,
    /// Both.
    Both,
}

/// Runs the command line; returns the exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    run(cli)
}

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> i32 {
    match cli.command {
        Command::Draft(args) => draft(&args),
        Command::Check(args) => check(&args),
        Command::Packet(args) => packet(&args),
        Command::Deadline { received, holidays } => deadline(&received, &holidays),
        Command::Validate { files, sources } => validate(&files, &sources),
        Command::Schema => {
            println!("{}", serde_json::to_string_pretty(&crate::input::schema()).unwrap_or_default());
            0
        }
        Command::New => {
            print!("{}", STARTER);
            0
        }
        Command::Clauses { action, sources } => clauses(&action, &sources),
    }
}

/// The commented starter file printed by `naskah new`.
pub const STARTER: &str = include_str!("../samples/starter.yaml");

fn print_diags(diags: &[Diagnostic]) {
    for d in diags {
        eprintln!("{d}");
    }
}

fn library(sources: &Sources) -> Result<Library, i32> {
    let lib = match &sources.clauses {
        Some(dir) => Library::from_dir(dir),
        None => Library::embedded(),
    };
    lib.map_err(|diags| {
        print_diags(&diags);
        2
    })
}

fn assembler(sources: &Sources) -> Result<Assembler, i32> {
    let lib = library(sources)?;
    Assembler::new(sources.templates.as_deref(), lib).map_err(|e| {
        eprintln!("error: {e}");
        2
    })
}

fn read(path: &Path) -> Result<String, i32> {
    let bytes = std::fs::read(path).map_err(|e| {
        eprintln!("{}: error: cannot read the file: {e}", path.display());
        2
    })?;
    String::from_utf8(bytes).map_err(|e| {
        eprintln!(
            "{}: error: the file is not UTF-8 text (byte {})\n  hint: save it as UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        );
        2
    })
}

/// Loads and validates an input, including clause choices against the library.
fn load(path: &Path, asm: &Assembler) -> Result<crate::input::Loaded, Vec<Diagnostic>> {
    let name = path.display().to_string();
    let src = read(path).map_err(|_| Vec::new())?;
    let loaded = crate::input::load(&name, &src)?;
    let mut errors = Vec::new();
    for (slot, choice) in &loaded.input.options.clauses {
        let pos = loaded.tree.pos_of(&["options", "clauses", slot]);
        let at = |msg: String| Diagnostic { file: name.clone(), ..Diagnostic::error(pos, msg) };
        let lib = asm.library();
        if lib.variants(slot).is_empty() {
            errors.push(at(format!("unknown clause slot `{slot}`")).maybe_hint(lib.suggest(slot)));
        } else if let Err(e) = lib.resolve(slot, &loaded.input.options.clauses) {
            let hint = lib.suggest(choice).unwrap_or_else(|| format!("variants of `{slot}`: {}", lib.variants(slot).join(", ")));
            errors.push(at(e).hint(hint));
        }
    }
    if errors.is_empty() {
        Ok(loaded)
    } else {
        Err(errors)
    }
}

fn validate(files: &[PathBuf], sources: &Sources) -> i32 {
    let asm = match assembler(sources) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let mut code = 0;
    for file in files {
        match load(file, &asm) {
            Ok(loaded) => {
                print_diags(&loaded.warnings);
                println!("{}: ok", file.display());
            }
            Err(diags) => {
                print_diags(&diags);
                let n = diags.iter().filter(|d| d.level == crate::diag::Level::Error).count();
                if n > 0 {
                    eprintln!("{}: {n} error{}", file.display(), if n == 1 { "" } else { "s" });
                }
                code = 2;
            }
        }
    }
    code
}

fn kinds(which: Which) -> Vec<DocKind> {
    match which {
        Which::Loi => vec![DocKind::Loi],
        Which::Mou => vec![DocKind::Mou],
        Which::Plan => vec![DocKind::Plan],
        Which::ActionPlan => vec![DocKind::ActionPlan],
        Which::DprdLetter => vec![DocKind::DprdLetter],
        Which::All => DocKind::ALL.to_vec(),
    }
}

/// Refuses, before anything is written, when any output exists and `--force` is not given.
fn refuse_overwrite<'a>(paths: impl Iterator<Item = &'a Path>, force: bool) -> Result<(), i32> {
    let existing: Vec<String> = paths.filter(|p| !force && p.exists()).map(|p| p.display().to_string()).collect();
    if existing.is_empty() {
        return Ok(());
    }
    eprintln!("error: would overwrite {}\n  hint: pass `--force` to overwrite, or choose another folder with `-o`", existing.join(", "));
    Err(2)
}

/// Drafts documents; nothing is written unless every document could be drafted.
pub fn draft(args: &DraftArgs) -> i32 {
    let asm = match assembler(&args.sources) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let loaded = match load(&args.file, &asm) {
        Ok(l) => l,
        Err(diags) => {
            print_diags(&diags);
            if !diags.is_empty() {
                eprintln!("{}: no document written", args.file.display());
            }
            return 2;
        }
    };
    print_diags(&loaded.warnings);
    let opts = render::Options { layout: args.layout };
    let mut outputs = Vec::new();
    for kind in kinds(args.which) {
        let doc = match asm.draft(kind, &loaded.input) {
            Ok((doc, _)) => doc,
            Err(e) => {
                eprintln!("error: {e}");
                return 2;
            }
        };
        let mut formats: Vec<(&str, render::Renderer)> = Vec::new();
        if args.format != OutputFormat::Pdf {
            formats.push(("docx", render::docx::render));
        }
        if args.format != OutputFormat::Docx {
            formats.push(("pdf", render::pdf::render));
        }
        for (ext, renderer) in formats {
            match renderer(&doc, &opts) {
                Ok(bytes) => outputs.push((args.output.join(format!("{}.{ext}", kind.slug())), bytes)),
                Err(e) => {
                    eprintln!("error: {}.{ext}: {e}", kind.slug());
                    return 2;
                }
            }
        }
    }
    if let Err(code) = refuse_overwrite(outputs.iter().map(|(p, _)| p.as_path()), args.force) {
        return code;
    }
    for (path, bytes) in &outputs {
        if let Err(e) = crate::fsio::write_new(path, bytes, args.force) {
            eprintln!("error: {e}");
            return 2;
        }
        println!("wrote {}", path.display());
    }
    0
}

fn clauses(action: &ClauseAction, sources: &Sources) -> i32 {
    let lib = match library(sources) {
        Ok(l) => l,
        Err(code) => return code,
    };
    match action {
        ClauseAction::List => {
            for (kind, ids) in clauses_by_kind(&lib) {
                println!("{kind}:");
                for id in ids {
                    let c = &lib.clauses[&id];
                    let variant = if c.slot != c.id {
                        format!(" (variant of {}{})", c.slot, if c.default { ", default" } else { "" })
                    } else {
                        String::new()
                    };
                    println!("  {:<34} v{}  {}{variant}", c.id, c.version, c.title.get("en").map(String::as_str).unwrap_or_default());
                }
            }
            0
        }
        ClauseAction::Show { id } => {
            let found: Vec<_> = match lib.get(id) {
                Some(c) => vec![c],
                None => lib.clauses.values().filter(|c| &c.slot == id).collect(),
            };
            if found.is_empty() {
                let hint = lib.suggest(id).unwrap_or_else(|| "run `naskah clauses list`".into());
                eprintln!("error: unknown clause `{id}`\n  hint: {hint}");
                return 2;
            }
            for c in found {
                println!("{} (version {}){}", c.id, c.version, if c.default { ", default variant" } else { "" });
                println!("slot:      {}", c.slot);
                println!("documents: {}", c.documents.iter().map(|d| d.slug()).collect::<Vec<_>>().join(", "));
                println!("sections:  {}", c.sections.iter().map(|s| s.slug()).collect::<Vec<_>>().join(", "));
                println!("basis:     {}", c.basis);
                println!("variables: {}", c.variables.join(", "));
                for (lang, title) in &c.title {
                    println!("\n[{lang}] {title}\n{}", c.text.get(lang).map(String::as_str).unwrap_or_default().trim_end());
                }
                println!();
            }
            0
        }
    }
}

/// Expands folders into the drafts they hold, sorted.
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(p)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|f| {
                    f.is_dir()
                        || f.extension()
                            .is_some_and(|e| ["docx", "pdf", "txt", "md", "doc"].contains(&e.to_string_lossy().to_lowercase().as_str()))
                })
                .collect();
            inner.sort();
            out.extend(expand(&inner));
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// Reads a draft, refusing one larger than the readers accept before loading it.
fn read_bounded(path: &Path) -> Result<Vec<u8>, crate::read::ReadError> {
    let err = |e: std::io::Error| crate::read::ReadError::new(format!("cannot read the file: {e}"));
    let size = std::fs::metadata(path).map_err(err)?.len();
    if size > crate::read::MAX_INPUT_BYTES as u64 {
        return Err(crate::read::ReadError::new(format!("the file is too large ({} MB)", size / (1024 * 1024)))
            .hint(format!("drafts up to {} MB are checked", crate::read::MAX_INPUT_BYTES / (1024 * 1024))));
    }
    std::fs::read(path).map_err(err)
}

/// Reads and checks files on all cores, with a progress bar on a terminal for long runs.
fn check_all(files: &[PathBuf], kind: Option<DocKind>) -> Vec<Result<crate::check::Report, crate::read::ReadError>> {
    use std::io::IsTerminal;
    let bar = if files.len() >= 20 && std::io::stderr().is_terminal() {
        indicatif::ProgressBar::new(files.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let results = crate::parallel::map(files, |_, path| {
        // The readers catch their own panics; this also keeps a checker bug on one file from
        // stopping the batch.
        let result = std::panic::catch_unwind(|| {
            read_bounded(path).and_then(|bytes| crate::read::read(&bytes)).map(|doc| crate::check::check(&doc, kind))
        })
        .unwrap_or_else(|_| Err(crate::read::ReadError::new("naskah failed on this file (a bug: please report it with the file)")));
        bar.inc(1);
        result
    });
    bar.finish_and_clear();
    results
}

/// Checks drafts: 0 when no error finding, 1 when any, 2 when a file could not be read.
pub fn check(args: &CheckArgs) -> i32 {
    use std::io::IsTerminal;
    let kind = match args.kind {
        CheckKind::Auto => None,
        CheckKind::Loi => Some(DocKind::Loi),
        CheckKind::Mou => Some(DocKind::Mou),
        CheckKind::Plan => Some(DocKind::Plan),
        CheckKind::ActionPlan => Some(DocKind::ActionPlan),
        CheckKind::DprdLetter => Some(DocKind::DprdLetter),
    };
    // A reader that panics is caught and reported as a damaged file; keep the panic quiet.
    std::panic::set_hook(Box::new(|_| {}));
    let files = expand(&args.files);
    let colour = std::io::stdout().is_terminal();
    // Drafts are independent: read and check them on every core, report in order.
    let results = check_all(&files, kind);
    let (mut unreadable, mut failing) = (false, false);
    let mut json_files = Vec::new();
    let mut rows = Vec::new();
    for (path, result) in files.iter().zip(results) {
        let name = path.display().to_string();
        match result {
            Ok(report) => {
                failing |= report.errors() > 0;
                match args.format {
                    ReportFormat::Human => print!("{}", crate::check::report::human(&name, &report, colour)),
                    ReportFormat::Json => json_files.push(crate::check::report::json(&name, &report)),
                }
                rows.push((name, report.kind.map(|k| k.slug()).unwrap_or("none").to_string(), report.errors().to_string()));
            }
            Err(e) => {
                unreadable = true;
                let hint = e.hint.as_ref().map(|h| format!("\n  hint: {h}")).unwrap_or_default();
                eprintln!("{name}: error: {}{hint}", e.message);
                if args.format == ReportFormat::Json {
                    json_files.push(serde_json::json!({"path": name, "error": e.message, "hint": e.hint}));
                }
                rows.push((name, "unreadable".into(), "-".into()));
            }
        }
    }
    if args.format == ReportFormat::Json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({"files": json_files})).unwrap_or_default());
    } else if files.len() > 1 {
        let width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(4).max(4);
        println!("\n{:<width$}  {:<12}  errors", "file", "kind");
        for (n, k, e) in &rows {
            println!("{n:<width$}  {k:<12}  {e}");
        }
    }
    if unreadable {
        2
    } else if failing {
        1
    } else {
        0
    }
}

/// The shipped holidays plus the user's files.
fn holidays(files: &[PathBuf]) -> Result<crate::calendar::Holidays, i32> {
    let mut holidays = crate::calendar::Holidays::shipped();
    for f in files {
        let src = read(f)?;
        holidays.add(&f.display().to_string(), &src).map_err(|d| {
            eprintln!("{d}");
            2
        })?;
    }
    Ok(holidays)
}

/// A date given on the command line.
fn date_arg(s: &str) -> Result<crate::input::Date, i32> {
    crate::input::Date::parse(s).ok_or_else(|| {
        eprintln!("error: `{s}` is not a date\n  hint: write it as YYYY-MM-DD, for example 2026-03-13");
        2
    })
}

/// Writes the DPRD packet: 0 written, 1 a cross-check failed (nothing written), 2 could not run.
pub fn packet(args: &PacketArgs) -> i32 {
    match packet_inner(args) {
        Ok(code) | Err(code) => code,
    }
}

fn packet_inner(args: &PacketArgs) -> Result<i32, i32> {
    let asm = assembler(&args.sources)?;
    let holidays = holidays(&args.holidays)?;
    let received = args.received.as_deref().map(date_arg).transpose()?;
    let loaded = load(&args.file, &asm).map_err(|diags| {
        print_diags(&diags);
        if !diags.is_empty() {
            eprintln!("{}: no packet written", args.file.display());
        }
        2
    })?;
    print_diags(&loaded.warnings);
    if let Some(r) = received.filter(|r| *r < loaded.input.dprd_letter.date) {
        eprintln!(
            "warning: `--received {r}` is before the letter's date, {}\n  hint: give the date of the DPRD's stamp of receipt",
            loaded.input.dprd_letter.date
        );
    }
    let bytes = read(&args.file)?;
    let name = args.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let years = holidays.years;
    let opts = crate::packet::Options { layout: args.layout, received, holidays };
    let packet = crate::packet::build(&asm, &loaded.input, &name, bytes.as_bytes(), &opts).map_err(|e| {
        eprintln!("error: {e}");
        2
    })?;
    if !packet.gaps.is_empty() {
        let level = if args.allow_incomplete { "warning" } else { "error" };
        eprintln!(
            "{}: {level}: the packet fails {} cross-check{}:",
            args.file.display(),
            packet.gaps.len(),
            if packet.gaps.len() == 1 { "" } else { "s" }
        );
        for g in &packet.gaps {
            eprintln!("  - {}", g.en);
        }
        if !args.allow_incomplete {
            eprintln!("  hint: fix these and run again; `--allow-incomplete` writes the packet with the gaps listed in red on its cover");
            eprintln!("{}: no packet written", args.file.display());
            return Ok(1);
        }
    }
    let files: Vec<(PathBuf, &[u8])> = packet.files().into_iter().map(|(n, b)| (args.output.join(n), b)).collect();
    refuse_overwrite(files.iter().map(|(p, _)| p.as_path()), args.force)?;
    for (path, bytes) in &files {
        crate::fsio::write_new(path, bytes, args.force).map_err(|e| {
            eprintln!("error: {e}");
            2
        })?;
        println!("wrote {}", path.display());
    }
    let pages: Vec<String> = std::iter::once(format!("cover {}", packet.cover_pages))
        .chain(packet.parts.iter().map(|p| format!("{} {}", p.kind.slug(), p.pages)))
        .collect();
    let total = packet.cover_pages + packet.parts.iter().map(|p| p.pages).sum::<usize>();
    println!("packet.pdf: {total} pages ({})", pages.join(", "));
    let d = &packet.deadline;
    let from = if d.known { "received" } else { "if received on the letter's date" };
    println!(
        "decision due by {} ({from} {}; {} working days, PP 28/2018 Pasal 30 ayat (4))",
        crate::format::date_en(d.due),
        crate::format::date_en(d.received),
        crate::calendar::DPRD_WORKING_DAYS
    );
    if d.beyond_holidays {
        eprintln!("warning: the holiday list covers {}-{} only\n  hint: add the later holidays with --holidays FILE", years.0, years.1);
    }
    Ok(0)
}

/// Prints the DPRD decision deadline for a receipt date.
fn deadline(received: &str, files: &[PathBuf]) -> i32 {
    use crate::calendar::DPRD_WORKING_DAYS;
    let date = match date_arg(received) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let holidays = match holidays(files) {
        Ok(h) => h,
        Err(code) => return code,
    };
    let due = holidays.add_working_days(date, DPRD_WORKING_DAYS);
    println!(
        "received {} ({}); decision due by {} / {}: {} working days (PP 28/2018 Pasal 30 ayat (4))",
        crate::format::date_id(date),
        crate::format::date_en(date),
        crate::format::date_id(due),
        crate::format::date_en(due),
        DPRD_WORKING_DAYS
    );
    let skipped: Vec<String> =
        holidays.skipped(date, due).iter().map(|(d, h)| format!("{} ({})", crate::format::date_id(*d), h.name_in("id"))).collect();
    if !skipped.is_empty() {
        println!("holidays and cuti bersama skipped: {}", skipped.join(", "));
    }
    if due.year > holidays.years.1 {
        eprintln!(
            "warning: the holiday list covers {}-{} only\n  hint: add the later holidays with --holidays FILE",
            holidays.years.0, holidays.years.1
        );
    }
    0
}
