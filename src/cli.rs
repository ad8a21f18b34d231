//! The command line's arguments (clap), and nothing else: `main.rs` calls the library
//! (`app`, `check::batch`) with them and prints what it returns.

use crate::model::DocKind;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

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
    /// Write a letter's packet (to the DPRD, or to the Minister with the plan, the draft MoU or a year's report): the letter and its attachments as DOCX and PDF, packet.pdf with a cover and bookmarks, manifest.json.
    Packet(PacketArgs),
    /// Compare a partner's counter-draft with ours: articles aligned, changes classified, a redline.
    Compare(CompareArgs),
    /// The DPRD's decision deadline: a receipt date plus 45 working days (PP 28/2018 Pasal 30 ayat (4)).
    Deadline {
        /// The date the DPRD received the letter, YYYY-MM-DD.
        received: String,
        /// More holidays or cuti bersama, in the format of data/holidays-id.yaml (repeatable).
        #[arg(long, value_name = "FILE")]
        holidays: Vec<PathBuf>,
    },
    /// Where each cooperation stands: stage, milestones, next step and deadlines (human, JSON, CSV register, iCalendar).
    Status(StatusArgs),
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
    /// Serve a page in the browser over a folder of cooperation files: the form, a live preview, check and compare.
    Serve(ServeArgs),
    /// Reads drafts for `check` in a separate process (internal).
    #[command(hide = true)]
    CheckWorker,
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
    /// Copy the built-in clauses and templates into a folder, to edit them or to add a
    /// third language (`DIR/clauses`, `DIR/templates`; pass them back with `--clauses` and
    /// `--templates`).
    Export {
        /// The folder to write into.
        dir: PathBuf,
        /// Overwrite files that exist.
        #[arg(long)]
        force: bool,
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
    MendagriPlan,
    MendagriMou,
    Rkt,
    Report,
    MendagriReport,
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
    /// A checking policy (YAML): the severity of each section per kind and of each text rule (see README).
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
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
    /// The letter sending the DPRD-approved plan to the Minister of Home Affairs (PP 28/2018 Pasal 31 ayat (1)).
    MendagriPlan,
    /// The letter sending the draft MoU to the Minister for approval (Pasal 32 ayat (1)).
    MendagriMou,
    /// The yearly work plan (rencana kerja tahunan) of `--year`.
    Rkt,
    /// The implementation report of `--year` (Pasal 43), from `progress`.
    Report,
    /// The letter sending the implementation report of `--year` to the Minister (Pasal 43).
    MendagriReport,
    /// All five documents up to the DPRD.
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
    #[arg(long, value_enum, default_value_t = LayoutArg::Columns)]
    pub layout: LayoutArg,
    /// Output format: Word documents, PDF, or both.
    #[arg(long, value_enum, default_value_t = OutputFormat::Docx)]
    pub format: OutputFormat,
    /// The year of a work plan (`rkt`), report (`report`) or report's letter (`mendagri-report`), YYYY.
    #[arg(long, value_name = "YYYY")]
    pub year: Option<i32>,
    /// Overwrite existing files.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub sources: Sources,
}

#[derive(clap::Args, Debug)]
pub struct CompareArgs {
    /// Our draft (DOCX, PDF, text), or the input file (YAML), drafted first as `--kind`.
    pub ours: PathBuf,
    /// Their draft (DOCX, PDF, text, or a scan).
    pub theirs: PathBuf,
    /// Write THEIRS with tracked changes against OURS to this Word file.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
    /// The document to draft when OURS is an input file.
    #[arg(long, value_enum, default_value_t = DraftKind::Mou)]
    pub kind: DraftKind,
    /// Show wording and editorial changes too, not only substantive ones.
    #[arg(long)]
    pub all: bool,
    /// The date of the tracked changes, YYYY-MM-DD (default: THEIRS's last modification, else the input's letter date).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Overwrite the redline if it exists.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub sources: Sources,
}

/// One kind of document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DraftKind {
    Loi,
    Mou,
    Plan,
    ActionPlan,
    DprdLetter,
}

impl From<DraftKind> for DocKind {
    fn from(k: DraftKind) -> DocKind {
        match k {
            DraftKind::Loi => DocKind::Loi,
            DraftKind::Mou => DocKind::Mou,
            DraftKind::Plan => DocKind::Plan,
            DraftKind::ActionPlan => DocKind::ActionPlan,
            DraftKind::DprdLetter => DocKind::DprdLetter,
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct PacketArgs {
    /// The input file (YAML).
    pub file: PathBuf,
    /// Which letter the packet goes with: to the DPRD (Pasal 30), or to the Minister of Home Affairs with the approved plan (Pasal 31), the draft MoU (Pasal 32) or the implementation report of `--year` (Pasal 43).
    #[arg(long = "for", value_enum, default_value_t = PacketFor::Dprd)]
    pub for_: PacketFor,
    /// The year of the report, YYYY (`--for mendagri-report`).
    #[arg(long, value_name = "YYYY")]
    pub year: Option<i32>,
    /// Folder for the packet; created if missing.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// Bilingual layout of the documents.
    #[arg(long, value_enum, default_value_t = LayoutArg::Columns)]
    pub layout: LayoutArg,
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

/// Report formats of `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    /// A table sorted by urgency, then each cooperation in detail; overdue items in red on a terminal.
    Human,
    /// One JSON object `{"today", "cooperations": [...]}` (see README).
    Json,
    /// The register: one row per cooperation (partner, country, kind, form, objects, fields, stage, key dates, term, next deadline).
    Csv,
}

#[derive(clap::Args, Debug)]
pub struct StatusArgs {
    /// Input files (YAML), or folders of them.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StatusFormat::Human)]
    pub format: StatusFormat,
    /// Also write the deadlines to this iCalendar file (.ics), for the officer's calendar.
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,
    /// The day to count from, YYYY-MM-DD (default: today's date from the system clock).
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    /// More holidays or cuti bersama, in the format of data/holidays-id.yaml (repeatable).
    #[arg(long, value_name = "FILE")]
    pub holidays: Vec<PathBuf>,
    /// Overwrite the iCalendar file if it exists.
    #[arg(long)]
    pub force: bool,
    // The texts of a third language naskah does not ship, as for `draft`.
    #[command(flatten)]
    pub sources: Sources,
}

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The workspace: the folder of the cooperation files (YAML); nothing outside it is read or written.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The port to listen on (0 lets the system choose).
    #[arg(long, default_value_t = 8642)]
    pub port: u16,
    /// Listen on another address than this computer's own (127.0.0.1); the page then asks for the token printed at start.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub host: std::net::IpAddr,
    /// Open the page in the default browser.
    #[arg(long)]
    pub open: bool,
    #[command(flatten)]
    pub sources: Sources,
}

/// The letter a packet goes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PacketFor {
    /// The letter asking the DPRD for approval, with the plan, the action plan and the LoI.
    Dprd,
    /// The letter sending the approved plan to the Minister, with the plan, the action plan and the DPRD's decision.
    MendagriPlan,
    /// The letter sending the draft MoU to the Minister, with the draft and the Minister's consideration.
    MendagriMou,
    /// The letter sending the implementation report of `--year` to the Minister, with the report.
    MendagriReport,
}

impl From<PacketFor> for DocKind {
    fn from(p: PacketFor) -> DocKind {
        match p {
            PacketFor::Dprd => DocKind::DprdLetter,
            PacketFor::MendagriPlan => DocKind::MendagriPlan,
            PacketFor::MendagriMou => DocKind::MendagriMou,
            PacketFor::MendagriReport => DocKind::MendagriReport,
        }
    }
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

/// How a bilingual document is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LayoutArg {
    /// Indonesian left, English right, block by block.
    Columns,
    /// The whole Indonesian text, then the English.
    Sequential,
}

impl From<LayoutArg> for crate::render::Layout {
    fn from(l: LayoutArg) -> crate::render::Layout {
        match l {
            LayoutArg::Columns => crate::render::Layout::Columns,
            LayoutArg::Sequential => crate::render::Layout::Sequential,
        }
    }
}

impl From<OutputFormat> for crate::app::Formats {
    fn from(f: OutputFormat) -> crate::app::Formats {
        match f {
            OutputFormat::Docx => crate::app::Formats::Docx,
            OutputFormat::Pdf => crate::app::Formats::Pdf,
            OutputFormat::Both => crate::app::Formats::Both,
        }
    }
}

impl From<&Sources> for crate::app::Origin {
    fn from(s: &Sources) -> crate::app::Origin {
        crate::app::Origin { templates: s.templates.clone(), clauses: s.clauses.clone() }
    }
}

impl CheckKind {
    /// The kind to check against; `None` recognises it.
    pub fn kind(self) -> Option<DocKind> {
        match self {
            CheckKind::Auto => None,
            CheckKind::Loi => Some(DocKind::Loi),
            CheckKind::Mou => Some(DocKind::Mou),
            CheckKind::Plan => Some(DocKind::Plan),
            CheckKind::ActionPlan => Some(DocKind::ActionPlan),
            CheckKind::DprdLetter => Some(DocKind::DprdLetter),
            CheckKind::MendagriPlan => Some(DocKind::MendagriPlan),
            CheckKind::MendagriMou => Some(DocKind::MendagriMou),
            CheckKind::Rkt => Some(DocKind::Rkt),
            CheckKind::Report => Some(DocKind::Report),
            CheckKind::MendagriReport => Some(DocKind::MendagriReport),
        }
    }
}

impl Which {
    /// The kinds of documents to draft.
    pub fn kinds(self) -> Vec<DocKind> {
        match self {
            Which::Loi => vec![DocKind::Loi],
            Which::Mou => vec![DocKind::Mou],
            Which::Plan => vec![DocKind::Plan],
            Which::ActionPlan => vec![DocKind::ActionPlan],
            Which::DprdLetter => vec![DocKind::DprdLetter],
            Which::MendagriPlan => vec![DocKind::MendagriPlan],
            Which::MendagriMou => vec![DocKind::MendagriMou],
            Which::Rkt => vec![DocKind::Rkt],
            Which::Report => vec![DocKind::Report],
            Which::MendagriReport => vec![DocKind::MendagriReport],
            Which::All => DocKind::ALL.to_vec(),
        }
    }
}

/// The commented starter file printed by `naskah new`.
pub const STARTER: &str = include_str!("../samples/starter.yaml");
