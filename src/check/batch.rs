//! A batch of drafts: folders walked within bounds, every file read and checked so that
//! one bad file never takes the others down, results delivered in order as they come.
//!
//! Two lines of defence. The readers work within budgets (`crate::limits`) and catch
//! panics, so a hostile file is refused with a message. Behind them, each file can be
//! read in a worker process (`Isolation::Workers`, what the command line uses): a worker
//! that aborts, overflows its stack, runs out of memory (it caps its own address space)
//! or runs past the time budget is killed and replaced, its file is reported as such, and
//! the batch goes on. Workers are started once per core, not once per file.
//!
//! Nothing here prints: outcomes go to a callback, in the order of the files, as soon as
//! each and those before it are done, so memory does not grow with the batch.

use crate::limits::{BATCH_FILES, FILE_SECONDS, FOLDER_DEPTH, INPUT_BYTES};
use crate::model::DocKind;
use crate::read::ReadError;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// The extensions a folder is searched for.
pub const EXTENSIONS: [&str; 10] = ["docx", "pdf", "txt", "md", "doc", "png", "jpg", "jpeg", "tif", "tiff"];

/// How each file is read.
#[derive(Debug, Clone)]
pub enum Isolation {
    /// In this process, on every core: fast, but an abort would end the batch.
    InProcess,
    /// In worker processes: `program args...` answers the worker protocol (`serve_worker`).
    Workers { program: PathBuf, args: Vec<String>, timeout: Duration },
}

impl Isolation {
    /// Workers that are this very program, started as `naskah check-worker`.
    pub fn this_program() -> Isolation {
        match std::env::current_exe() {
            Ok(program) => {
                Isolation::Workers { program, args: vec!["check-worker".into()], timeout: Duration::from_secs(FILE_SECONDS.limit) }
            }
            Err(_) => Isolation::InProcess,
        }
    }
}

/// What to check the drafts against.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `None` recognises each draft's kind.
    pub kind: Option<DocKind>,
    /// Colour in the human report.
    pub colour: bool,
    /// A checking policy (`check::policy`), as the YAML text the user gave.
    pub policy: Option<String>,
}

/// A checked draft, in the forms the front ends print.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Checked {
    /// `loi`, `mou`, ..., or `none` when it is not a cooperation document.
    pub kind: String,
    pub errors: usize,
    /// The human report.
    pub human: String,
    /// The JSON report (README's contract), without its `path`.
    pub json: serde_json::Value,
}

/// One file of the batch and what came of it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Outcome {
    pub path: PathBuf,
    pub result: Result<Checked, ReadError>,
}

/// The files of a batch: files as given, folders walked (sorted, at most `FOLDER_DEPTH`
/// deep, symlinks followed only to files inside the folder given). A folder or entry that
/// cannot be read is an `Err` in its place, so it is reported, never skipped.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<PathBuf, (PathBuf, ReadError)>> {
    let mut out = Vec::new();
    for p in paths {
        if !p.is_dir() {
            out.push(Ok(p.clone()));
            continue;
        }
        let root = std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
        let walk =
            walkdir::WalkDir::new(p).follow_links(false).follow_root_links(true).max_depth(FOLDER_DEPTH.limit as usize).sort_by_file_name();
        let mut found = 0usize;
        for entry in walk {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let path = e.path().map(Path::to_path_buf).unwrap_or_else(|| p.clone());
                    let why = e.io_error().map(crate::fsio::plain_io).unwrap_or_else(|| e.to_string());
                    out.push(Err((path, ReadError::new(format!("cannot read the folder: {why}")).hint("check its permissions"))));
                    continue;
                }
            };
            let path = entry.path();
            let wanted = path.extension().is_some_and(|e| EXTENSIONS.contains(&e.to_string_lossy().to_lowercase().as_str()));
            if !wanted || entry.file_type().is_dir() {
                continue;
            }
            if entry.path_is_symlink() {
                // A link is followed only to a regular file inside the folder given.
                match std::fs::canonicalize(path) {
                    Ok(target) if target.starts_with(&root) && target.is_file() => {}
                    Ok(_) => continue,
                    Err(_) => {
                        out.push(Err((path.to_path_buf(), ReadError::new("a link to nothing (dangling symlink)"))));
                        continue;
                    }
                }
            }
            found += 1;
            if found as u64 > BATCH_FILES.limit {
                out.push(Err((p.clone(), ReadError::budget("the folder", &BATCH_FILES, None).hint("check its sub-folders one by one"))));
                break;
            }
            out.push(Ok(path.to_path_buf()));
        }
        if found == 0 && out.is_empty() {
            out.push(Err((p.clone(), ReadError::new("the folder holds no draft (.docx, .pdf, .txt, .md, or a scan as .png, .jpg, .tif)"))));
        }
    }
    out
}

/// Reads and checks one file in this process; never panics.
pub fn check_file(path: &Path, opts: &Options) -> Result<Checked, ReadError> {
    let run = || -> Result<Checked, ReadError> {
        let bytes = crate::fsio::read_bounded(path, &INPUT_BYTES).map_err(|e| ReadError { message: e.message, hint: e.hint })?;
        let draft = crate::read::read_draft(&bytes)?;
        let policy = match &opts.policy {
            Some(src) => super::Policy::from_yaml(src).map_err(|e| ReadError::new(format!("the checking policy is not valid: {e}")))?,
            None => super::Policy::default(),
        };
        let report = super::check_with(&draft.document, opts.kind, &policy);
        let name = path.display().to_string();
        let mut json = super::report::json(&name, &report);
        if let Some(map) = json.as_object_mut() {
            map.remove("path");
            map.insert("text_from".into(), if draft.ocr { "ocr" } else { "file" }.into());
        }
        let mut human = super::report::human(&escape_name(&name), &report, opts.colour);
        if draft.ocr {
            human = human.replacen('\n', "\n  (text recognised by OCR from a scan: check the quotes against the original)\n", 1);
        }
        Ok(Checked { kind: report.kind.map(|k| k.slug()).unwrap_or("none").to_string(), errors: report.errors(), human, json })
    };
    std::panic::catch_unwind(run)
        .unwrap_or_else(|_| Err(ReadError::new("naskah failed on this file (a bug: please report it with the file)")))
}

/// A file name as it may be printed on a terminal: control characters (a newline that
/// would forge a report line, an escape sequence) are shown escaped.
pub fn escape_name(name: &str) -> String {
    if !name.chars().any(char::is_control) {
        return name.to_string();
    }
    name.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect()
}

/// Checks every file, calling `each` with the outcomes in the order of the files.
pub fn run(files: &[Result<PathBuf, (PathBuf, ReadError)>], opts: &Options, isolation: &Isolation, mut each: impl FnMut(Outcome)) {
    let (tx, rx) = mpsc::channel::<(usize, Outcome)>();
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(files.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || {
                let mut worker: Option<Worker> = None;
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let outcome = match file {
                        Err((path, e)) => Outcome { path: path.clone(), result: Err(e.clone()) },
                        Ok(path) => {
                            let result = match isolation {
                                Isolation::InProcess => check_file(path, opts),
                                Isolation::Workers { program, args, timeout } => {
                                    checked_by_worker(&mut worker, program, args, *timeout, path, opts)
                                }
                            };
                            Outcome { path: path.clone(), result }
                        }
                    };
                    if tx.send((i, outcome)).is_err() {
                        break;
                    }
                }
                if let Some(w) = worker {
                    w.stop();
                }
            });
        }
        drop(tx);
        // Deliver in order: hold back an outcome until those before it have come.
        let mut waiting = std::collections::BTreeMap::new();
        let mut due = 0usize;
        for (i, outcome) in rx {
            waiting.insert(i, outcome);
            while let Some(outcome) = waiting.remove(&due) {
                each(outcome);
                due += 1;
            }
        }
    });
}

/// A request to a worker: one line of JSON.
#[derive(Serialize, Deserialize)]
struct Request {
    path: PathBuf,
    /// The kind's slug, or none to recognise it.
    kind: Option<String>,
    colour: bool,
    policy: Option<String>,
}

impl Request {
    fn options(&self) -> Options {
        Options { kind: self.kind.as_deref().and_then(DocKind::from_slug), colour: self.colour, policy: self.policy.clone() }
    }
}

/// A running worker process and the lines it answers with.
struct Worker {
    child: Child,
    stdin: ChildStdin,
    lines: mpsc::Receiver<String>,
}

impl Worker {
    fn start(program: &Path, args: &[String]) -> std::io::Result<Worker> {
        let mut child = Command::new(program).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn()?;
        let stdin = child.stdin.take().ok_or_else(|| std::io::Error::other("no stdin"))?;
        let stdout = child.stdout.take().ok_or_else(|| std::io::Error::other("no stdout"))?;
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Ok(Worker { child, stdin, lines })
    }

    fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Closes the worker's input and waits for it to exit, at most two seconds. It closes
    /// its output as it exits, which ends the reading thread: waiting on that is waiting
    /// on the exit, without polling (a poll every 10 ms made a one-file check 10 ms slower).
    fn stop(self) {
        let Worker { mut child, stdin, lines } = self;
        drop(stdin);
        let deadline = std::time::Instant::now() + Duration::from_secs(2);
        loop {
            match lines.recv_timeout(deadline.saturating_duration_since(std::time::Instant::now())) {
                Ok(_) => continue,
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    let _ = child.kill();
                    break;
                }
            }
        }
        let _ = child.wait();
    }
}

/// Checks one file in a worker, starting one if none runs; a worker that dies or runs out
/// of time is killed, its file reported, and the next file gets a new worker.
fn checked_by_worker(
    slot: &mut Option<Worker>,
    program: &Path,
    args: &[String],
    timeout: Duration,
    path: &Path,
    opts: &Options,
) -> Result<Checked, ReadError> {
    if slot.is_none() {
        match Worker::start(program, args) {
            Ok(w) => *slot = Some(w),
            // Without a worker the file is still checked, in this process.
            Err(_) => return check_file(path, opts),
        }
    }
    let Some(worker) = slot.as_mut() else { return check_file(path, opts) };
    let request = serde_json::to_string(&Request {
        path: path.to_path_buf(),
        kind: opts.kind.map(|k| k.slug().to_string()),
        colour: opts.colour,
        policy: opts.policy.clone(),
    })
    .unwrap_or_default();
    let sent = writeln!(worker.stdin, "{request}").and_then(|_| worker.stdin.flush());
    let answer = match sent {
        Ok(()) => worker.lines.recv_timeout(timeout).map_err(|e| matches!(e, mpsc::RecvTimeoutError::Timeout)),
        Err(_) => Err(false),
    };
    match answer.map(|line| serde_json::from_str::<Result<Checked, ReadError>>(&line)) {
        Ok(Ok(result)) => result,
        Ok(Err(_)) | Err(false) => {
            if let Some(w) = slot.take() {
                w.kill();
            }
            Err(ReadError::new("naskah stopped while reading this file: it ran out of memory or crashed")
                .hint("the other files were checked; if the file is a real document, please report it with the file"))
        }
        Err(true) => {
            if let Some(w) = slot.take() {
                w.kill();
            }
            Err(ReadError::new(format!("gave up on this file after {} seconds", timeout.as_secs()))
                .hint("the other files were checked; if the file is a real document, please report it with the file"))
        }
    }
}

/// The worker's side: caps its own memory, then answers one line per request on stdin
/// until stdin closes. `naskah check-worker` runs this.
pub fn serve_worker() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
        let cap = crate::limits::WORKER_MEMORY_BYTES.limit;
        let now = getrlimit(Resource::As);
        let current = now.current.map_or(cap, |c| c.min(cap));
        let _ = setrlimit(Resource::As, Rlimit { current: Some(current), maximum: now.maximum });
    }
    // A reader that panics is caught and reported as a damaged file; keep the panic quiet.
    std::panic::set_hook(Box::new(|_| {}));
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout().lock();
    let mut first = true;
    for line in stdin.lock().lines() {
        let line = line?;
        let result = match serde_json::from_str::<Request>(&line) {
            Ok(req) => {
                // The checker's knowledge is built on a second thread while the first file
                // is read, when reading it takes time: a PDF, a Word file or a scan, not a
                // text (where the thread would only compete).
                let plain = req
                    .path
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"));
                if std::mem::take(&mut first) && !plain {
                    std::thread::spawn(|| std::panic::catch_unwind(super::warm));
                }
                check_file(&req.path, &req.options())
            }
            Err(e) => Err(ReadError::new(format!("bad request to the worker: {e}"))),
        };
        writeln!(stdout, "{}", serde_json::to_string(&result).unwrap_or_default())?;
        stdout.flush()?;
    }
    Ok(())
}
