//! `naskah serve`: a page in the officer's browser over a workspace folder of cooperation
//! files: the list with each cooperation's stage and next deadline, a form generated from
//! the input's JSON Schema with the diagnostics of `validate` at their fields, a live
//! preview of every document, downloads (DOCX, PDF, the packet as a zip), a check page and
//! a compare page; and the JSON endpoints for scripts (README, "The page").
//!
//! Every answer comes from the same library functions as the command line (`app`,
//! `check::batch`, `status`, `compare`): this module only maps HTTP to them. It binds to
//! the loopback address unless told otherwise; another address needs the token printed at
//! start. Files are read and written only in the workspace (`workspace`); an uploaded
//! draft is held in a private temporary folder for the checker's worker process and
//! removed after the answer. The page (HTML, CSS, JS, and the `yaml` library that edits
//! the file in the browser keeping its comments) is embedded in the binary.

// The handlers' helpers return an early answer (`Result<T, Response>`), the axum idiom;
// a response is larger than clippy likes an error to be, and is built once per request.
#![allow(clippy::result_large_err)]

mod workspace;

pub use workspace::{Refusal, Workspace};

use crate::app::{self, Formats, InputFile, Origin, Rules};
use crate::assemble::Assembler;
use crate::diag::{Diagnostic, Error, Level};
use crate::model::DocKind;
use crate::render::{self, Layout};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Multipart, Path as UrlPath, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// How the page is served.
#[derive(Debug, Clone)]
pub struct Config {
    pub dir: PathBuf,
    pub host: IpAddr,
    /// 0 lets the system choose.
    pub port: u16,
    /// Asked of every API request; required when `host` is not the loopback address.
    pub token: Option<String>,
    pub origin: Origin,
    /// The checker's worker processes (`check::batch`): an uploaded draft that crashes a
    /// reader never takes the page down.
    pub isolation: crate::check::batch::Isolation,
}

/// A fresh token: 128 random bits, in hex.
pub fn new_token() -> Result<String, Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| Error::msg(format!("no random numbers for the token: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// What every request shares.
struct Shared {
    workspace: Workspace,
    assembler: Assembler,
    rules: Rules,
    token: Option<String>,
    /// The `Host` headers a loopback page answers (a guard against DNS rebinding).
    hosts: Option<Vec<String>>,
    isolation: crate::check::batch::Isolation,
    /// The last redlines of the compare page, by id, for their download.
    redlines: Mutex<BTreeMap<u64, (String, Vec<u8>)>>,
    next_redline: std::sync::atomic::AtomicU64,
}

type Ctx = Arc<Shared>;

/// The page's files, embedded.
const INDEX: &str = include_str!("page/index.html");
const SCRIPT: &str = include_str!("page/app.js");
const STYLE: &str = include_str!("page/style.css");
/// The `yaml` library (eemeli/yaml 2.9.1, ISC licence), bundled as one file.
const YAML_JS: &str = include_str!("page/yaml.min.js");

/// Serves until the process is stopped; `ready` is called with the address once it listens.
pub fn serve(cfg: Config, ready: impl FnOnce(SocketAddr)) -> Result<(), Error> {
    let workspace = Workspace::new(&cfg.dir).map_err(|e| {
        Error::msg(format!("`{}`: {}", cfg.dir.display(), crate::fsio::plain_io(&e))).hint("give the folder of the cooperation files")
    })?;
    let assembler = app::assembler(&cfg.origin)?;
    let rules = Rules::from(&assembler);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::msg(format!("the web server could not start: {e}")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind((cfg.host, cfg.port)).await.map_err(|e| {
            Error::msg(format!("cannot listen on {}:{}: {}", cfg.host, cfg.port, crate::fsio::plain_io(&e)))
                .hint("choose another port with `--port`")
        })?;
        let addr = listener.local_addr().map_err(|e| Error::msg(e.to_string()))?;
        let hosts = cfg.host.is_loopback().then(|| {
            let p = addr.port();
            vec![format!("127.0.0.1:{p}"), format!("localhost:{p}"), format!("[::1]:{p}")]
        });
        let shared = Arc::new(Shared {
            workspace,
            assembler,
            rules,
            token: cfg.token,
            hosts,
            isolation: cfg.isolation,
            redlines: Mutex::new(BTreeMap::new()),
            next_redline: std::sync::atomic::AtomicU64::new(1),
        });
        ready(addr);
        axum::serve(listener, router(shared)).await.map_err(|e| Error::msg(format!("the web server stopped: {e}")))
    })
}

fn router(shared: Ctx) -> Router {
    let api = Router::new()
        .route("/api/schema", get(schema))
        .route("/api/status", get(status))
        .route("/api/new", post(create))
        .route("/api/file/{file}", get(read_file).put(save_file))
        .route("/api/validate", post(validate))
        .route("/api/preview", post(preview))
        .route("/api/draft/{file}/{doc}", get(download))
        .route("/api/packet/{file}", get(packet))
        .route("/api/check", post(check))
        .route("/api/compare", post(compare))
        .route("/api/redline/{id}", get(redline))
        .route("/api/image/{name}", get(read_image).put(save_image))
        .layer(DefaultBodyLimit::max(crate::limits::INPUT_BYTES.limit as usize + 64 * 1024))
        .layer(middleware::from_fn_with_state(shared.clone(), guard));
    Router::new()
        .route("/", get(|| async { page(INDEX, "text/html; charset=utf-8") }))
        .route("/app.js", get(|| async { page(SCRIPT, "text/javascript; charset=utf-8") }))
        .route("/style.css", get(|| async { page(STYLE, "text/css; charset=utf-8") }))
        .route("/yaml.js", get(|| async { page(YAML_JS, "text/javascript; charset=utf-8") }))
        .merge(api)
        .with_state(shared)
}

fn page(body: &'static str, kind: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}

/// An answer with an error: `{"error": message, "hint": ...}` and a status.
fn refuse(status: StatusCode, message: impl Into<String>, hint: Option<String>) -> Response {
    (status, Json(json!({"error": message.into(), "hint": hint}))).into_response()
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::BadName(m) => refuse(StatusCode::BAD_REQUEST, m, None),
            Refusal::Missing(m) => refuse(StatusCode::NOT_FOUND, m, None),
            Refusal::Io(m) => refuse(StatusCode::INTERNAL_SERVER_ERROR, m, None),
            Refusal::TooLarge(m) => {
                refuse(StatusCode::PAYLOAD_TOO_LARGE, m, Some("an emblem is a small image: export it at about 600 pixels high".into()))
            }
            Refusal::NotAnImage(m) => {
                refuse(StatusCode::UNPROCESSABLE_ENTITY, m, Some("give the Lambang Negara as a PNG or SVG file".into()))
            }
            Refusal::Conflict { message, current } => (
                StatusCode::CONFLICT,
                Json(json!({"error": message, "current_version": current,
                    "hint": current.is_some().then_some("reload the file to see the other changes, or save again to replace them")})),
            )
                .into_response(),
        }
    }
}

/// The token and the `Host` header, before any API answer.
async fn guard(State(s): State<Ctx>, req: Request, next: Next) -> Response {
    if let Some(hosts) = &s.hosts {
        let host = req.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
        if !hosts.iter().any(|h| h == host) {
            return refuse(StatusCode::FORBIDDEN, format!("the page answers on {} only", hosts[0]), None);
        }
    }
    if let Some(token) = &s.token {
        let header = req.headers().get("x-naskah-token").and_then(|h| h.to_str().ok());
        let query = req.uri().query().unwrap_or_default().split('&').find_map(|kv| kv.strip_prefix("token="));
        if header.or(query) != Some(token.as_str()) {
            return refuse(StatusCode::UNAUTHORIZED, "this page needs the token printed when naskah serve started", None);
        }
    }
    next.run(req).await
}

/// Runs blocking library work off the async threads.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, Response> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| refuse(StatusCode::INTERNAL_SERVER_ERROR, "naskah failed on this request (a bug)", None))
}

/// A diagnostic as the page shows it: at its field (`path`), and at its line.
fn diagnostic(d: &Diagnostic, tree: Option<&crate::input::yaml::Node>) -> Value {
    let path = match tree {
        Some(t) if d.pos.is_known() => t.path_at(d.pos),
        _ => Vec::new(),
    };
    json!({
        "level": if d.level == Level::Error { "error" } else { "warning" },
        "line": d.pos.line, "column": d.pos.col,
        "path": path,
        "message": d.message, "hint": d.hint,
        "message_id": d.message_id(), "hint_id": d.hint_id(),
    })
}

/// The diagnostics of an error, each at its field when the text parses.
fn diagnostics(e: &Error, text: &str) -> Vec<Value> {
    let tree = crate::input::yaml::parse(text).ok();
    e.diagnostics.iter().map(|d| diagnostic(d, tree.as_ref())).collect()
}

#[derive(Deserialize)]
struct FileQuery {
    /// The workspace file the text is (for the files it names beside it).
    file: Option<String>,
}

/// The path an unsaved text stands for: its workspace file, or a name in the workspace.
fn standing_for(s: &Shared, file: Option<&str>) -> Result<PathBuf, Response> {
    match file {
        Some(f) => s.workspace.path(f).map_err(IntoResponse::into_response),
        None => Ok(s.workspace.dir.join("input.yaml")),
    }
}

fn text_of(body: &Bytes) -> Result<String, Response> {
    String::from_utf8(body.to_vec())
        .map_err(|_| refuse(StatusCode::BAD_REQUEST, "the input is not UTF-8 text", Some("save the file as UTF-8".into())))
}

async fn schema() -> Json<Value> {
    Json(crate::input::schema())
}

#[derive(Deserialize)]
struct StatusQuery {
    today: Option<String>,
}

/// `GET /api/status`: every cooperation of the workspace, by urgency, and the files that
/// could not be read, with their problems.
async fn status(State(s): State<Ctx>, Query(q): Query<StatusQuery>) -> Response {
    let today = match q.today.as_deref().map(app::date_arg).transpose() {
        Ok(Some(d)) => d,
        Ok(None) => crate::calendar::today(),
        Err(e) => return refuse(StatusCode::BAD_REQUEST, e.diagnostics[0].message.clone(), e.diagnostics[0].hint.clone()),
    };
    let run = move || {
        let names = s.workspace.files();
        let paths: Vec<PathBuf> = names.iter().map(|n| s.workspace.dir.join(n)).collect();
        let holidays = crate::calendar::Holidays::shipped();
        let (all, failed) = app::status(&paths, &s.rules, today, &holidays);
        let mut v = crate::status::json(&all, today);
        let bare = |p: &str| Path::new(p).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if let Some(list) = v["cooperations"].as_array_mut() {
            for c in list {
                let name = bare(c["file"].as_str().unwrap_or_default());
                c["file"] = name.into();
            }
        }
        v["failed"] = failed
            .iter()
            .map(|(p, e)| {
                let text = std::fs::read_to_string(p).unwrap_or_default();
                json!({"file": bare(&p.display().to_string()), "diagnostics": diagnostics(e, &text)})
            })
            .collect();
        v["workspace"] = s.workspace.dir.display().to_string().into();
        Json(v).into_response()
    };
    blocking(run).await.unwrap_or_else(|r| r)
}

#[derive(Deserialize)]
struct NewFile {
    name: String,
}

/// `POST /api/new {"name": ...}`: a new cooperation from the starter.
async fn create(State(s): State<Ctx>, Json(req): Json<NewFile>) -> Response {
    let name = if req.name.ends_with(".yaml") || req.name.ends_with(".yml") { req.name } else { format!("{}.yaml", req.name) };
    match s.workspace.create(&name, crate::cli::STARTER) {
        Ok(t) => Json(json!({"file": name, "version": t.version})).into_response(),
        Err(r) => r.into_response(),
    }
}

/// `GET /api/file/NAME`: the text and its version.
async fn read_file(State(s): State<Ctx>, UrlPath(file): UrlPath<String>) -> Response {
    match s.workspace.read(&file) {
        Ok(t) => Json(json!({"file": file, "text": t.text, "version": t.version})).into_response(),
        Err(r) => r.into_response(),
    }
}

#[derive(Deserialize)]
struct Save {
    text: String,
    /// The version the text was edited from.
    version: String,
    #[serde(default)]
    force: bool,
}

/// `PUT /api/file/NAME {"text", "version", "force"}`: saved atomically, unless the file
/// changed since `version` (409, with the current version).
async fn save_file(State(s): State<Ctx>, UrlPath(file): UrlPath<String>, Json(req): Json<Save>) -> Response {
    match s.workspace.save(&file, &req.text, &req.version, req.force) {
        Ok((t, backup)) => Json(json!({"file": file, "version": t.version, "backup": backup})).into_response(),
        Err(r) => r.into_response(),
    }
}

/// The input of a request's text, validated; or its diagnostics.
fn load(s: &Shared, path: &Path, text: String) -> Result<InputFile, Vec<Value>> {
    s.rules.load_source(path, text.clone()).map_err(|e| diagnostics(&e, &text))
}

/// `POST /api/validate[?file=NAME]` with YAML: the diagnostics of `naskah validate`, each
/// with its line, column and field path.
async fn validate(State(s): State<Ctx>, Query(q): Query<FileQuery>, body: Bytes) -> Response {
    let path = match standing_for(&s, q.file.as_deref()) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let text = match text_of(&body) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let run = move || {
        let (ok, list) = match load(&s, &path, text.clone()) {
            Ok(input) => {
                let tree = &input.loaded.tree;
                (true, input.warnings().iter().map(|d| diagnostic(d, Some(tree))).collect())
            }
            Err(list) => (false, list),
        };
        let errors = list.iter().filter(|d| d["level"] == "error").count();
        Json(json!({"ok": ok, "errors": errors, "warnings": list.len() - errors, "diagnostics": list})).into_response()
    };
    blocking(run).await.unwrap_or_else(|r| r)
}

#[derive(Deserialize)]
struct DocQuery {
    file: Option<String>,
    kind: Option<String>,
    layout: Option<String>,
    year: Option<i32>,
    #[serde(rename = "for")]
    for_: Option<String>,
    #[serde(default)]
    allow_incomplete: bool,
}

fn kind_of(slug: Option<&str>) -> Result<DocKind, Response> {
    let slug = slug.unwrap_or("mou");
    DocKind::from_slug(slug).ok_or_else(|| {
        refuse(
            StatusCode::BAD_REQUEST,
            format!("`{slug}` is not a document naskah drafts"),
            Some(DocKind::EVERY.map(DocKind::slug).join(", ")),
        )
    })
}

/// The year a yearly document is drafted for when the page gives none: the last report
/// recorded for the letter sending one, else the first year of the activities.
fn default_year(input: &crate::input::Input, kind: DocKind) -> Option<i32> {
    if !kind.yearly() {
        return None;
    }
    let sent = input.implementation.reports.iter().map(|r| r.year).max().filter(|_| kind == DocKind::MendagriReport);
    sent.or_else(|| input.activities.iter().map(|a| a.year).min())
}

fn layout_of(s: Option<&str>) -> Layout {
    match s {
        Some("sequential") => Layout::Sequential,
        _ => Layout::Columns,
    }
}

fn options(layout: Layout) -> render::Options {
    render::Options::new(layout)
}

/// `POST /api/preview?kind=mou&layout=columns[&year=2026][&file=NAME]` with YAML: the
/// document's pages as SVG images, laid out as the PDF is.
async fn preview(State(s): State<Ctx>, Query(q): Query<DocQuery>, body: Bytes) -> Response {
    let path = match standing_for(&s, q.file.as_deref()) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let (text, kind) = match (text_of(&body), kind_of(q.kind.as_deref())) {
        (Ok(t), Ok(k)) => (t, k),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let layout = layout_of(q.layout.as_deref());
    let run = move || {
        let input = match load(&s, &path, text.clone()) {
            Ok(i) => i,
            Err(list) => return (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({"diagnostics": list}))).into_response(),
        };
        let year = q.year.or_else(|| default_year(input.input(), kind));
        let drafted = app::document(&s.assembler, &input, kind, &options(layout), year);
        match drafted.and_then(|(doc, opts)| render::pdf::render_svg(&doc, &opts).map_err(Error::msg)) {
            Ok(pages) => {
                let tree = &input.loaded.tree;
                let notes: Vec<Value> = app::draft_warnings(&input, kind, year).iter().map(|d| diagnostic(d, Some(tree))).collect();
                Json(json!({"kind": kind.slug(), "year": year, "pages": pages, "warnings": notes})).into_response()
            }
            Err(e) => (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({"diagnostics": diagnostics(&e, &text)}))).into_response(),
        }
    };
    blocking(run).await.unwrap_or_else(|r| r)
}

/// An attachment answer. The name goes as ASCII (`filename`, other characters as `_`) and
/// as UTF-8 (`filename*`, RFC 6266), so that a name in any script survives.
fn attachment(name: &str, kind: &'static str, bytes: Vec<u8>) -> Response {
    let ascii: String = name.chars().map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' }).collect();
    let encoded: String = name
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect();
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"))
        .unwrap_or(HeaderValue::from_static("attachment"));
    ([(header::CONTENT_TYPE, HeaderValue::from_static(kind)), (header::CONTENT_DISPOSITION, disposition)], bytes).into_response()
}

/// A download's name after the cooperation: `denpasar-perth-mou.docx` for the file
/// `denpasar-perth.yaml`, so that the documents of several cooperations do not mix in
/// the officer's Downloads folder.
fn named_after(file: &str, drafted: &str) -> String {
    let stem = file.trim_end_matches(".yaml").trim_end_matches(".yml").trim();
    format!("{stem}-{drafted}")
}

const DOCX_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// An input's problems as a 422 answer.
fn unprocessable(e: &Error, text: &str) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({"error": "the input has problems", "diagnostics": diagnostics(e, text)})))
        .into_response()
}

/// A saved workspace file, read and validated, with its text (for the diagnostics' fields).
fn saved(s: &Shared, file: &str) -> Result<(InputFile, String), Response> {
    let text = s.workspace.read(file).map_err(IntoResponse::into_response)?.text;
    let input = s.rules.load_source(&s.workspace.dir.join(file), text.clone()).map_err(|e| unprocessable(&e, &text))?;
    Ok((input, text))
}

/// `GET /api/draft/NAME/KIND.docx|pdf[?layout=sequential][&year=2026]`: a document of a
/// saved file, as `naskah draft` writes it.
async fn download(State(s): State<Ctx>, UrlPath((file, doc)): UrlPath<(String, String)>, Query(q): Query<DocQuery>) -> Response {
    let Some((slug, ext)) = doc.rsplit_once('.') else {
        return refuse(StatusCode::BAD_REQUEST, format!("`{doc}`: give KIND.docx or KIND.pdf"), None);
    };
    let (formats, mime) = match ext {
        "docx" => (Formats::Docx, DOCX_TYPE),
        "pdf" => (Formats::Pdf, "application/pdf"),
        _ => return refuse(StatusCode::BAD_REQUEST, format!("`{doc}`: give KIND.docx or KIND.pdf"), None),
    };
    let kind = match kind_of(Some(slug)) {
        Ok(k) => k,
        Err(r) => return r,
    };
    let layout = layout_of(q.layout.as_deref());
    let run = move || {
        let (input, text) = match saved(&s, &file) {
            Ok(loaded) => loaded,
            Err(r) => return r,
        };
        match app::draft_for_year(&s.assembler, &input, &[kind], &options(layout), formats, q.year) {
            Ok(mut files) if !files.is_empty() => {
                let (name, bytes) = files.remove(0);
                attachment(&named_after(&file, &name), mime, bytes)
            }
            Ok(_) => refuse(StatusCode::INTERNAL_SERVER_ERROR, "nothing was drafted", None),
            Err(e) => unprocessable(&e, &text),
        }
    };
    blocking(run).await.unwrap_or_else(|r| r)
}

/// `GET /api/packet/NAME[?for=dprd|mendagri-plan|mendagri-mou|mendagri-report][&year=2025][&allow_incomplete=true]`:
/// the packet of a saved file as a zip (its folder as `naskah packet` writes it).
async fn packet(State(s): State<Ctx>, UrlPath(file): UrlPath<String>, Query(q): Query<DocQuery>) -> Response {
    let letter = match q.for_.as_deref().unwrap_or("dprd") {
        "dprd" | "dprd-letter" => DocKind::DprdLetter,
        "mendagri-plan" => DocKind::MendagriPlan,
        "mendagri-mou" => DocKind::MendagriMou,
        "mendagri-report" => DocKind::MendagriReport,
        other => {
            return refuse(
                StatusCode::BAD_REQUEST,
                format!("`{other}`: a packet is for dprd, mendagri-plan, mendagri-mou or mendagri-report"),
                None,
            )
        }
    };
    let layout = layout_of(q.layout.as_deref());
    let run = move || {
        let (input, text) = match saved(&s, &file) {
            Ok(loaded) => loaded,
            Err(r) => return r,
        };
        let year = q.year.or_else(|| default_year(input.input(), letter));
        let req =
            app::PacketRequest { letter, render: options(layout), received: None, holidays: crate::calendar::Holidays::shipped(), year };
        let packet = match app::packet(&s.assembler, &input, req) {
            Ok(p) => p,
            Err(e) => return unprocessable(&e, &text),
        };
        if !packet.gaps.is_empty() && !q.allow_incomplete {
            let gaps: Vec<&str> = packet.gaps.iter().map(|g| g.en.as_str()).collect();
            let gaps_id: Vec<&str> = packet.gaps.iter().map(|g| g.id.as_str()).collect();
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(json!({"error": format!("the packet fails {} cross-check(s)", gaps.len()), "gaps": gaps,
                    "error_id": format!("paket tidak lolos {} pemeriksaan silang", gaps.len()), "gaps_id": gaps_id,
                    "hint": "fix these, or download with allow_incomplete=true: the packet is written anyway, with the gaps listed under `gaps` in its manifest.json (the cover, addressed to the DPRD or the Minister, names none)",
                    "hint_id": "perbaiki hal-hal ini, atau unduh dengan allow_incomplete=true: berkas tetap disusun, dan kekurangannya dicatat pada `gaps` dalam manifest.json (sampul, yang ditujukan kepada DPRD atau Menteri, tidak memuatnya)"})),
            )
                .into_response();
        }
        let stem = file.trim_end_matches(".yaml").trim_end_matches(".yml");
        match zip_of(stem, &packet.files()) {
            Ok(bytes) => attachment(&format!("{stem}-packet.zip"), "application/zip", bytes),
            Err(e) => refuse(StatusCode::INTERNAL_SERVER_ERROR, format!("the zip could not be written: {e}"), None),
        }
    };
    blocking(run).await.unwrap_or_else(|r| r)
}

/// Files as a zip under one folder, in order, with a fixed date (same input, same bytes).
fn zip_of(folder: &str, files: &[(String, &[u8])]) -> zip::result::ZipResult<Vec<u8>> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        zip.start_file(format!("{folder}-packet/{name}"), opts)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// The files of a multipart form: (field, file name, bytes), and the text fields.
async fn parts(mut form: Multipart) -> Result<(Vec<(String, String, Bytes)>, BTreeMap<String, String>), Response> {
    let (mut files, mut fields) = (Vec::new(), BTreeMap::new());
    loop {
        let field = match form.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                return Err(refuse(
                    StatusCode::BAD_REQUEST,
                    format!("the upload could not be read: {}", e.body_text()),
                    Some(format!("a draft is at most {} bytes", crate::limits::INPUT_BYTES.limit)),
                ))
            }
        };
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().map(str::to_string);
        let bytes = field
            .bytes()
            .await
            .map_err(|e| refuse(StatusCode::BAD_REQUEST, format!("the upload could not be read: {}", e.body_text()), None))?;
        match file_name {
            Some(f) => files.push((name, f, bytes)),
            None => {
                fields.insert(name, String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    Ok((files, fields))
}

/// A file name an upload may keep in the temporary folder: its last component, tamed.
fn upload_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base.chars().map(|c| if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect();
    if clean.trim_matches('.').is_empty() {
        "draft".into()
    } else {
        clean
    }
}

/// `POST /api/check` with the drafts as `file` fields (and optionally `kind`): the same
/// JSON as `naskah check --format json`, each read by the checker's worker process.
async fn check(State(s): State<Ctx>, form: Multipart) -> Response {
    let (files, fields) = match parts(form).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    if files.is_empty() {
        return refuse(StatusCode::BAD_REQUEST, "no draft was sent", Some("send the draft as the multipart field `file`".into()));
    }
    let kind = match fields.get("kind").map(String::as_str).filter(|k| !k.is_empty() && *k != "auto") {
        Some(k) => match kind_of(Some(k)) {
            Ok(k) => Some(k),
            Err(r) => return r,
        },
        None => None,
    };
    let run = move || {
        let tmp = match tempfile::Builder::new().prefix("naskah-upload-").tempdir() {
            Ok(t) => t,
            Err(e) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, format!("no temporary folder: {e}"), None),
        };
        let mut paths = Vec::new();
        for (i, (_, name, bytes)) in files.iter().enumerate() {
            let path = tmp.path().join(format!("{i}-{}", upload_name(name)));
            if let Err(e) = std::fs::write(&path, bytes) {
                return refuse(StatusCode::INTERNAL_SERVER_ERROR, format!("the upload could not be kept: {e}"), None);
            }
            paths.push((name.clone(), path));
        }
        let list: Vec<_> = paths.iter().map(|(_, p)| Ok(p.clone())).collect();
        let opts = crate::check::batch::Options { kind, colour: false, policy: None };
        let mut out = Vec::new();
        crate::check::batch::run(&list, &opts, &s.isolation, |outcome| {
            let name = paths.iter().find(|(_, p)| *p == outcome.path).map(|(n, _)| n.clone()).unwrap_or_default();
            out.push(match outcome.result {
                Ok(checked) => {
                    let mut v = json!({"path": name});
                    if let (Some(map), Value::Object(rest)) = (v.as_object_mut(), checked.json) {
                        map.extend(rest);
                    }
                    v
                }
                Err(e) => json!({"path": name, "error": e.message, "hint": e.hint}),
            });
        });
        Json(json!({"files": out})).into_response()
    };
    blocking(run).await.unwrap_or_else(|r| r)
}

/// `POST /api/compare` with `theirs` (a file) and either `ours` (a file) or `ours_file`
/// (a workspace cooperation, drafted as `kind` first): the JSON of `naskah compare
/// --format json`, and `redline`, the address of the redline as a Word file.
async fn compare(State(s): State<Ctx>, form: Multipart) -> Response {
    let (files, fields) = match parts(form).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let kind = match kind_of(fields.get("kind").map(String::as_str).filter(|k| !k.is_empty())) {
        Ok(k) => k,
        Err(r) => return r,
    };
    let theirs = files.iter().find(|(f, _, _)| f == "theirs").cloned();
    let ours = files.iter().find(|(f, _, _)| f == "ours").cloned();
    let ours_file = fields.get("ours_file").filter(|f| !f.is_empty()).cloned();
    let run = move || {
        let Some((_, theirs_name, theirs_bytes)) = theirs else {
            return refuse(StatusCode::BAD_REQUEST, "no counter-draft was sent", Some("send it as the multipart field `theirs`".into()));
        };
        let tmp = match tempfile::Builder::new().prefix("naskah-upload-").tempdir() {
            Ok(t) => t,
            Err(e) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, format!("no temporary folder: {e}"), None),
        };
        let theirs_path = tmp.path().join(format!("theirs-{}", upload_name(&theirs_name)));
        let (ours_path, ours_name) = match (&ours, &ours_file) {
            (_, Some(f)) => match s.workspace.path(f) {
                Ok(p) if p.is_file() => (p, f.clone()),
                Ok(_) => return Refusal::Missing(format!("`{f}` is not in the workspace")).into_response(),
                Err(r) => return r.into_response(),
            },
            (Some((_, name, bytes)), None) => {
                let p = tmp.path().join(format!("ours-{}", upload_name(name)));
                if let Err(e) = std::fs::write(&p, bytes) {
                    return refuse(StatusCode::INTERNAL_SERVER_ERROR, format!("the upload could not be kept: {e}"), None);
                }
                (p, name.clone())
            }
            (None, None) => {
                return refuse(
                    StatusCode::BAD_REQUEST,
                    "no draft of ours was given",
                    Some("send `ours` (a file) or `ours_file` (a cooperation of the workspace)".into()),
                )
            }
        };
        if let Err(e) = std::fs::write(&theirs_path, &theirs_bytes) {
            return refuse(StatusCode::INTERNAL_SERVER_ERROR, format!("the upload could not be kept: {e}"), None);
        }
        let compared = match app::compare(&Origin::default(), &ours_path, &theirs_path, kind, None) {
            Ok(c) => c,
            Err(e) => {
                let d = &e.diagnostics[0];
                return refuse(StatusCode::UNPROCESSABLE_ENTITY, d.message.replace(&tmp.path().display().to_string(), ""), d.hint.clone());
            }
        };
        let c = &compared.comparison;
        let mut report = crate::compare::report::json(&ours_name, &theirs_name, c);
        match render::redline::render(c, &render::redline::Options { date: compared.date.clone() }) {
            Ok(bytes) => {
                let id = s.next_redline.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let stem = upload_name(&theirs_name);
                let stem = stem.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or(stem);
                if let Ok(mut r) = s.redlines.lock() {
                    r.insert(id, (format!("redline-{stem}.docx"), bytes));
                    while r.len() > 8 {
                        r.pop_first();
                    }
                }
                report["redline"] = format!("/api/redline/{id}").into();
            }
            Err(e) => report["redline_error"] = e.into(),
        }
        report["articles"] = redline_view(c);
        Json(report).into_response()
    };
    blocking(run).await.unwrap_or_else(|r| r)
}

/// The articles of each language with their word edits, for the page's redline:
/// `[{"lang", "articles": [{"status", "ours", "theirs", "edits": [["=", text], ["-", text], ["+", text]]}]}]`.
fn redline_view(c: &crate::compare::Comparison) -> Value {
    use crate::compare::Edit;
    c.languages
        .iter()
        .map(|l| {
            let articles: Vec<Value> = l
                .articles
                .iter()
                .map(|a| {
                    let edits: Vec<Value> = a
                        .edits
                        .iter()
                        .map(|e| match e {
                            Edit::Equal(s) => json!(["=", s]),
                            Edit::Delete(s) => json!(["-", s]),
                            Edit::Insert(s) => json!(["+", s]),
                        })
                        .collect();
                    json!({"status": a.status, "ours": a.ours, "theirs": a.theirs, "changes": a.changes, "edits": edits})
                })
                .collect();
            json!({"lang": l.lang, "articles": articles})
        })
        .collect()
}

#[derive(Deserialize)]
struct ImageQuery {
    #[serde(default)]
    replace: bool,
}

/// `PUT /api/image/NAME[?replace=true]` with the image's bytes: the Lambang Negara,
/// written into the workspace (a bare `.png`/`.svg` name, an image naskah can use, within
/// its budget, atomically; an existing file only with `replace`), for `style.emblem`.
async fn save_image(State(s): State<Ctx>, UrlPath(name): UrlPath<String>, Query(q): Query<ImageQuery>, body: Bytes) -> Response {
    let run = move || match s.workspace.save_image(&name, &body, q.replace) {
        Ok(()) => Json(json!({"name": name, "bytes": body.len()})).into_response(),
        Err(r) => r.into_response(),
    };
    blocking(run).await.unwrap_or_else(|r| r)
}

/// `GET /api/image/NAME`: an image of the workspace, for the page's thumbnail. An SVG is
/// shown in an `<img>`, where its scripts never run; opened on its own it runs none either.
async fn read_image(State(s): State<Ctx>, UrlPath(name): UrlPath<String>) -> Response {
    match s.workspace.read_image(&name) {
        Ok(bytes) => {
            let kind = if name.to_lowercase().ends_with(".svg") { "image/svg+xml" } else { "image/png" };
            (
                [
                    (header::CONTENT_TYPE, kind),
                    (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'"),
                    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                    (header::CACHE_CONTROL, "no-cache"),
                ],
                bytes,
            )
                .into_response()
        }
        Err(r) => r.into_response(),
    }
}

/// `GET /api/redline/ID`: a redline the compare page made (the last eight are kept).
async fn redline(State(s): State<Ctx>, UrlPath(id): UrlPath<u64>) -> Response {
    let found = s.redlines.lock().ok().and_then(|r| r.get(&id).cloned());
    match found {
        Some((name, bytes)) => attachment(&name, DOCX_TYPE, bytes),
        None => refuse(StatusCode::NOT_FOUND, "this redline is no longer kept", Some("compare the drafts again".into())),
    }
}
