//! The `naskah` binary: parses the arguments (`naskah::cli`), calls the library, prints
//! what it returns, and exits with the code: 0 done, 1 findings (a draft has an error, a
//! packet fails a cross-check), 2 could not run (`naskah::diag::Error`).

use clap::Parser;
use naskah::cli::{
    CheckArgs, ClauseAction, Cli, Command, CompareArgs, DraftArgs, PacketArgs, ReportFormat, ServeArgs, Sources, StatusArgs, StatusFormat,
};
use naskah::diag::{Diagnostic, Error};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // A closed pipe (`naskah clauses list | head`) ends the process as it ends any Unix
    // filter, not with a panic of `println!`.
    #[cfg(unix)]
    // SAFETY: restoring a signal's default disposition at start, before any thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // Double-clicked on Windows (no arguments, a console of its own): the page over the
    // folder it is in, opened in the browser (README, "On Windows").
    let args: Vec<std::ffi::OsString> = if cfg!(windows) && std::env::args_os().len() == 1 {
        ["naskah", "serve", ".", "--open"].iter().map(Into::into).collect()
    } else {
        std::env::args_os().collect()
    };
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            std::process::exit(if e.use_stderr() { Error::CODE } else { 0 });
        }
    };
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", e.render());
            Error::CODE
        }
    };
    std::process::exit(code);
}

/// Runs a command; `Ok` holds the exit code of a command that ran (0 or 1).
fn run(cli: Cli) -> Result<i32, Error> {
    match cli.command {
        Command::Draft(args) => draft(&args),
        Command::Check(args) => Ok(check(&args)),
        Command::Packet(args) => packet(&args),
        Command::Compare(args) => compare(&args),
        Command::Deadline { received, holidays } => deadline(&received, &holidays),
        Command::Status(args) => status(&args),
        Command::Validate { files, sources } => Ok(validate(&files, &sources)),
        Command::Schema => {
            println!("{}", serde_json::to_string_pretty(&naskah::input::schema()).unwrap_or_default());
            Ok(0)
        }
        Command::New => {
            print!("{}", naskah::cli::STARTER);
            Ok(0)
        }
        Command::Clauses { action, sources } => clauses(&action, &sources),
        Command::Serve(args) => serve(args),
        Command::CheckWorker => {
            naskah::check::batch::serve_worker().map_err(|e| Error::msg(format!("worker: {e}")))?;
            Ok(0)
        }
    }
}

fn print_warnings(warnings: &[Diagnostic], sources: &naskah::diag::Sources) {
    for w in warnings {
        eprintln!("{}", w.render(sources));
    }
}

fn validate(files: &[PathBuf], sources: &Sources) -> i32 {
    // Validation compiles no template: the library and the phrase languages are enough.
    let rules = match naskah::app::Rules::new(&sources.into()) {
        Ok(r) => r.with_texts(),
        Err(e) => {
            eprintln!("{}", e.render());
            return Error::CODE;
        }
    };
    let mut code = 0;
    for file in files {
        match rules.load(file) {
            Ok(input) => {
                print_warnings(input.warnings(), &input.sources());
                // The warnings went to stderr: say how many, so that stdout alone is not read as clean.
                match input.warnings().len() {
                    0 => println!("{}: ok", file.display()),
                    n => println!("{}: ok, {n} warning{}", file.display(), if n == 1 { "" } else { "s" }),
                }
            }
            Err(e) => {
                eprintln!("{}", e.render());
                let n = e.errors();
                if n > 0 {
                    eprintln!("{}: {n} error{}", file.display(), if n == 1 { "" } else { "s" });
                }
                code = Error::CODE;
            }
        }
    }
    code
}

/// Drafts documents; nothing is written unless every document could be drafted.
fn draft(args: &DraftArgs) -> Result<i32, Error> {
    let kinds = args.which.kinds();
    let (asm, input) = naskah::app::assembler_and_input(&(&args.sources).into(), Some(&kinds), &args.file)?;
    let Some(input) = load_or_report(input, &args.file, "no document written") else { return Ok(Error::CODE) };
    if let Some(y) = args.year.filter(|_| !kinds.iter().any(|k| k.yearly())) {
        eprintln!("warning: `--year {y}` is for `rkt`, `report` and `mendagri-report`; the other documents cover the whole term");
    }
    let opts = naskah::render::Options::new(args.layout.into());
    let files = naskah::app::draft_for_year(&asm, &input, &kinds, &opts, args.format.into(), args.year)?;
    let notes: Vec<Diagnostic> = kinds.iter().flat_map(|k| naskah::app::draft_warnings(&input, *k, args.year)).collect();
    print_warnings(&notes, &input.sources());
    for path in naskah::app::write_files(&args.output, &files, args.force)? {
        println!("wrote {}", path.display());
    }
    Ok(0)
}

/// An input loaded; on failure prints every problem, then what was not done.
fn load_or_report(input: Result<naskah::app::InputFile, Error>, file: &std::path::Path, what: &str) -> Option<naskah::app::InputFile> {
    match input {
        Ok(input) => {
            print_warnings(input.warnings(), &input.sources());
            Some(input)
        }
        Err(e) => {
            eprintln!("{}", e.render());
            if e.errors() > 0 {
                eprintln!("{}: {what}", file.display());
            }
            None
        }
    }
}

fn clauses(action: &ClauseAction, sources: &Sources) -> Result<i32, Error> {
    // (The export copies the built-in texts: it reads no library.)
    let lib = || naskah::app::library(&sources.into());
    match action {
        ClauseAction::List => {
            let lib = lib()?;
            for (kind, ids) in naskah::assemble::clauses_by_kind(&lib) {
                println!("{kind}:");
                for id in ids {
                    let c = &lib.clauses[&id];
                    let variant = if c.slot != c.id {
                        format!(" (variant of {}{})", c.slot, if c.default { ", default" } else { "" })
                    } else {
                        String::new()
                    };
                    println!(
                        "  {:<34} v{}  {}{variant}",
                        c.id,
                        c.version,
                        naskah::assemble::readable_title(c.title.get("en").map(String::as_str).unwrap_or_default())
                    );
                }
            }
        }
        ClauseAction::Export { dir, force } => {
            let written = naskah::app::export_texts(dir, *force)?;
            println!("wrote {} files into {}", written.len(), dir.display());
            println!("use them with `--clauses {} --templates {}`", dir.join("clauses").display(), dir.join("templates").display());
        }
        ClauseAction::Show { id } => {
            let lib = lib()?;
            let found: Vec<_> = match lib.get(id) {
                Some(c) => vec![c],
                None => lib.clauses.values().filter(|c| &c.slot == id).collect(),
            };
            if found.is_empty() {
                let hint = lib.suggest(id).unwrap_or_else(|| "run `naskah clauses list`".into());
                return Err(Error::msg(format!("unknown clause `{id}`")).hint(hint));
            }
            for c in found {
                println!("{} (version {}){}", c.id, c.version, if c.default { ", default variant" } else { "" });
                println!("file:      {}", c.file);
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
        }
    }
    Ok(0)
}

/// Checks drafts: 0 when no error finding, 1 when any, 2 when a file could not be read.
/// Each file's report is printed as soon as it and those before it are done.
fn check(args: &CheckArgs) -> i32 {
    use naskah::check::batch;
    let colour = std::io::stdout().is_terminal();
    let policy = match &args.policy {
        Some(path) => {
            let name = path.display().to_string();
            let read = naskah::fsio::read_text(path, &naskah::limits::YAML_BYTES)
                .map_err(|e| Error::new(Diagnostic::in_file(&name, e.message).maybe_hint(e.hint)))
                .and_then(|src| {
                    naskah::check::Policy::from_yaml(&src).map(|_| src).map_err(|e| {
                        let first = e.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string();
                        Error::new(Diagnostic::in_file(&name, format!("the checking policy is not valid: {first}")))
                            .hint("see README, \"Checking drafts\", for the policy's keys")
                    })
                });
            match read {
                Ok(src) => Some(src),
                Err(e) => {
                    eprintln!("{}", e.render());
                    return Error::CODE;
                }
            }
        }
        None => None,
    };
    let files = batch::expand(&args.files);
    let opts = batch::Options { kind: args.kind.kind(), colour, policy };
    let bar = if files.len() >= 20 && std::io::stderr().is_terminal() {
        indicatif::ProgressBar::new(files.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let json = args.format == ReportFormat::Json;
    let mut out = std::io::stdout().lock();
    let (mut unreadable, mut failing) = (false, false);
    let mut rows: Vec<(String, String, String)> = Vec::new();
    if json {
        let _ = write!(out, "{{\"files\": [");
    }
    let mut first = true;
    batch::run(&files, &opts, &batch::Isolation::this_program(), |outcome| {
        bar.inc(1);
        let name = outcome.path.display().to_string();
        let shown = batch::escape_name(&name);
        let value = match outcome.result {
            Ok(checked) => {
                failing |= checked.errors > 0;
                if !json {
                    bar.suspend(|| {
                        let _ = write!(out, "{}", checked.human);
                    });
                }
                rows.push((shown, checked.kind.clone(), checked.errors.to_string()));
                let mut v = serde_json::json!({"path": name});
                if let (Some(map), serde_json::Value::Object(rest)) = (v.as_object_mut(), checked.json) {
                    map.extend(rest);
                }
                v
            }
            Err(e) => {
                unreadable = true;
                let hint = e.hint.as_ref().map(|h| format!("\n  hint: {h}")).unwrap_or_default();
                bar.suspend(|| eprintln!("{shown}: error: {}{hint}", e.message));
                rows.push((shown, "unreadable".into(), "-".into()));
                serde_json::json!({"path": name, "error": e.message, "hint": e.hint})
            }
        };
        if json {
            let text = serde_json::to_string_pretty(&value).unwrap_or_default().replace('\n', "\n  ");
            let _ = write!(out, "{}\n  {text}", if first { "" } else { "," });
            first = false;
        }
    });
    bar.finish_and_clear();
    if json {
        let _ = writeln!(out, "{}]}}", if first { "" } else { "\n" });
    } else if rows.len() > 1 {
        // (Each column as wide as its longest cell: "mendagri-report"; review 14, finding 6.)
        let width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(4).max(4);
        let kinds = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(4).max(4);
        let _ = writeln!(out, "\n{:<width$}  {:<kinds$}  errors", "file", "kind");
        for (n, k, e) in &rows {
            let _ = writeln!(out, "{n:<width$}  {k:<kinds$}  {e}");
        }
    }
    if unreadable {
        Error::CODE
    } else if failing {
        1
    } else {
        0
    }
}

/// Writes the DPRD packet: 0 written, 1 a cross-check failed (nothing written), 2 could not run.
fn packet(args: &PacketArgs) -> Result<i32, Error> {
    let (asm, input) = naskah::app::assembler_and_input(&(&args.sources).into(), None, &args.file)?;
    let holidays = naskah::app::holidays(&args.holidays)?;
    let received = args.received.as_deref().map(naskah::app::date_arg).transpose()?;
    let Some(input) = load_or_report(input, &args.file, "no packet written") else { return Ok(Error::CODE) };
    let letter_date = input.input().dprd_letter.date;
    if let Some(r) = received.filter(|r| *r < letter_date) {
        eprintln!(
            "warning: `--received {r}` is before the letter's date, {letter_date}\n  hint: give the date of the DPRD's stamp of receipt"
        );
    }
    let years = holidays.years;
    let letter: naskah::model::DocKind = args.for_.into();
    if let Some(y) = args.year.filter(|_| !letter.yearly()) {
        eprintln!("warning: `--year {y}` is for `--for mendagri-report`; the other packets cover the whole term");
    }
    let req = naskah::app::PacketRequest {
        letter,
        render: naskah::render::Options::new(args.layout.into()),
        received,
        holidays,
        year: args.year,
    };
    let packet = naskah::app::packet(&asm, &input, req)?;
    if !packet.gaps.is_empty() {
        let level = if args.allow_incomplete { "warning" } else { "error" };
        let n = packet.gaps.len();
        eprintln!("{}: {level}: the packet fails {n} cross-check{}:", args.file.display(), if n == 1 { "" } else { "s" });
        for g in &packet.gaps {
            eprintln!("  - {}", g.en);
        }
        if !args.allow_incomplete {
            eprintln!(
                "  hint: fix these and run again; `--allow-incomplete` writes the packet anyway, with the gaps listed under `gaps` in its manifest.json (the cover, addressed to the DPRD or the Minister, names none)"
            );
            eprintln!("{}: no packet written", args.file.display());
            return Ok(1);
        }
    }
    for path in naskah::app::write_packet(&args.output, &packet, args.force)? {
        println!("wrote {}", path.display());
    }
    let pages: Vec<String> = std::iter::once(format!("cover {}", packet.cover_pages))
        .chain(packet.parts.iter().map(|p| format!("{} {}", p.kind.slug(), p.pages)))
        .collect();
    let total = packet.cover_pages + packet.parts.iter().map(|p| p.pages).sum::<usize>();
    println!("packet.pdf: {total} pages ({})", pages.join(", "));
    if letter != naskah::model::DocKind::DprdLetter {
        return Ok(0);
    }
    let d = &packet.deadline;
    let from = if d.known { "received" } else { "if received on the letter's date" };
    println!(
        "decision due by {} ({from} {}; {} working days, PP 28/2018 Pasal 30 ayat (4))",
        naskah::format::date_en(d.due),
        naskah::format::date_en(d.received),
        naskah::calendar::DPRD_WORKING_DAYS
    );
    if d.beyond_holidays {
        eprintln!("warning: the holiday list covers {}-{} only\n  hint: add the later holidays with --holidays FILE", years.0, years.1);
    }
    // (The LoI was signed before the letter: without its scan the DPRD reads a retyped copy;
    // review 14, finding 4.)
    if input.input().signed_loi().is_none() && input.input().attachments().contains(&naskah::model::DocKind::Loi) {
        eprintln!(
            "note: the Letter of Intent goes in retyped, \"ttd.\" in place of its signatures\n  hint: to send the signed copy instead, add its scan to `dprd_letter.enclosures` as `{{kind: signed_loi, file: ...}}`"
        );
    }
    Ok(0)
}

/// Prints the DPRD decision deadline for a receipt date.
fn deadline(received: &str, files: &[PathBuf]) -> Result<i32, Error> {
    use naskah::calendar::DPRD_WORKING_DAYS;
    use naskah::format::{date_en, date_id};
    let date = naskah::app::date_arg(received)?;
    let holidays = naskah::app::holidays(files)?;
    let due = holidays.add_working_days(date, DPRD_WORKING_DAYS);
    // (Each date once, in English, with the due date as a letter writes it; review 14,
    // finding 20.)
    println!(
        "received {}; decision due by {} (in Indonesian: {}), {} working days (PP 28/2018 Pasal 30 ayat (4))",
        date_en(date),
        date_en(due),
        date_id(due),
        DPRD_WORKING_DAYS
    );
    let skipped: Vec<String> = holidays.skipped(date, due).iter().map(|(d, h)| format!("{} ({})", date_id(*d), h.name_in("id"))).collect();
    if !skipped.is_empty() {
        println!("holidays and cuti bersama skipped: {}", skipped.join(", "));
    }
    if due.year > holidays.years.1 {
        eprintln!(
            "warning: the holiday list covers {}-{} only\n  hint: add the later holidays with --holidays FILE",
            holidays.years.0, holidays.years.1
        );
    }
    Ok(0)
}

/// Compares a counter-draft with ours: 0 no substantive change, 1 substantive changes, 2
/// could not read.
fn compare(args: &CompareArgs) -> Result<i32, Error> {
    let compared = naskah::app::compare(&(&args.sources).into(), &args.ours, &args.theirs, args.kind.into(), args.date.as_deref())?;
    let c = &compared.comparison;
    let (ours, theirs) = (args.ours.display().to_string(), args.theirs.display().to_string());
    if let Some(out) = &args.output {
        let bytes =
            naskah::render::redline::render(c, &naskah::render::redline::Options { date: compared.date.clone() }).map_err(Error::msg)?;
        let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "redline.docx".into());
        naskah::app::write_files(dir, &[(name, bytes)], args.force)?;
        eprintln!("wrote {}", out.display());
    }
    match args.format {
        ReportFormat::Human => print!("{}", naskah::compare::report::human(&ours, &theirs, c, args.all)),
        ReportFormat::Json => {
            println!("{}", serde_json::to_string_pretty(&naskah::compare::report::json(&ours, &theirs, c)).unwrap_or_default())
        }
    }
    Ok(if c.substantive() { 1 } else { 0 })
}

/// Where each cooperation stands: 0 when every file loaded, 2 when one could not (the
/// others are still reported).
fn status(args: &StatusArgs) -> Result<i32, Error> {
    let today = match &args.today {
        Some(d) => naskah::app::date_arg(d)?,
        None => naskah::calendar::today(),
    };
    let holidays = naskah::app::holidays(&args.holidays)?;
    let rules = naskah::app::Rules::new(&(&args.sources).into())?.drafting_nothing();
    let (files, skipped) = naskah::app::status_files(&args.files);
    for s in &skipped {
        eprintln!("{}: skipped: not a cooperation file (no `region:`)", s.display());
    }
    if files.is_empty() {
        return Err(Error::msg("no cooperation file found").hint("give input files (YAML) or folders that hold them"));
    }
    let (all, failed) = naskah::app::status(&files, &rules, today, &holidays);
    for (f, e) in &failed {
        eprintln!("{}", e.render());
        eprintln!("{}: not included in the status", f.display());
    }
    match args.format {
        StatusFormat::Human => print!("{}", naskah::status::human(&all, today, std::io::stdout().is_terminal())),
        StatusFormat::Json => println!("{}", serde_json::to_string_pretty(&naskah::status::json(&all, today)).unwrap_or_default()),
        StatusFormat::Csv => {
            let bytes = naskah::status::csv(&all).map_err(|e| Error::msg(format!("the register could not be written: {e}")))?;
            let _ = std::io::stdout().lock().write_all(&bytes);
        }
    }
    if let Some(out) = &args.ics {
        let ics = naskah::status::ics(&all, today);
        let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "deadlines.ics".into());
        naskah::app::write_files(dir, &[(name, ics.into_bytes())], args.force)?;
        let n: usize = all.iter().map(|s| s.deadlines.len()).sum();
        eprintln!("wrote {} ({n} deadline{})", out.display(), if n == 1 { "" } else { "s" });
    }
    Ok(if failed.is_empty() { 0 } else { Error::CODE })
}

/// Serves the page until the process is stopped (Ctrl+C).
fn serve(args: ServeArgs) -> Result<i32, Error> {
    // Another address than the loopback one is reachable from other computers: the page
    // then asks for a token, printed here.
    let token = if args.host.is_loopback() { None } else { Some(naskah::serve::new_token()?) };
    let cfg = naskah::serve::Config {
        dir: args.dir.clone(),
        host: args.host,
        port: args.port,
        token: token.clone(),
        origin: (&args.sources).into(),
        isolation: naskah::check::batch::Isolation::this_program(),
    };
    let open = args.open;
    naskah::serve::serve(cfg, |addr| {
        let host = if addr.ip().is_loopback() { format!("127.0.0.1:{}", addr.port()) } else { addr.to_string() };
        let url = match &token {
            Some(t) => format!("http://{host}/?token={t}"),
            None => format!("http://{host}/"),
        };
        println!("naskah serves {} at {url}", args.dir.display());
        if let Some(t) = &token {
            println!("token: {t} (the page asks for it; give it only to those who may edit these files)");
        }
        println!("stop with Ctrl+C");
        let _ = std::io::stdout().flush();
        if open {
            if let Err(e) = webbrowser::open(&url) {
                eprintln!("warning: the browser could not be opened ({e}); open {url} yourself");
            }
        }
    })?;
    Ok(0)
}
