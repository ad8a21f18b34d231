//! `naskah serve`: the JSON endpoints, driven over HTTP against the real binary (the page
//! itself is driven in a browser in `browser.rs`).

use crate::harness::{sample, Sandbox};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A running `naskah serve`, stopped when dropped.
pub struct Server {
    child: Child,
    pub url: String,
    pub first_lines: Vec<String>,
}

impl Server {
    /// Starts `naskah serve DIR --port 0 EXTRA...` and waits for its address.
    pub fn start(dir: &std::path::Path, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_naskah"))
            .arg("serve")
            .arg(dir)
            .args(["--port", "0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start naskah serve");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let mut first_lines = Vec::new();
        // The address, then the token if any, then "stop with Ctrl+C".
        let mut url = String::new();
        loop {
            let line = lines.next().expect("naskah serve printed its address").expect("a line");
            first_lines.push(line.clone());
            if let Some(at) = line.find("http://") {
                url = line[at..].split_whitespace().next().unwrap_or_default().to_string();
            }
            if line.starts_with("stop with") {
                break;
            }
        }
        // The rest of its output is not read: keep the pipe drained.
        std::thread::spawn(move || lines.for_each(drop));
        let base = url.split("/?").next().unwrap_or(&url).trim_end_matches('/').to_string();
        Server { child, url: base, first_lines }
    }

    pub fn get(&self, path: &str) -> Reply {
        Reply::of(agent().get(&format!("{}{path}", self.url)).call())
    }

    pub fn post(&self, path: &str, content_type: &str, body: impl AsRef<[u8]>) -> Reply {
        Reply::of(agent().post(&format!("{}{path}", self.url)).header("content-type", content_type).send(body.as_ref()))
    }

    pub fn put_bytes(&self, path: &str, body: &[u8]) -> Reply {
        Reply::of(agent().put(&format!("{}{path}", self.url)).header("content-type", "application/octet-stream").send(body))
    }

    pub fn put_json(&self, path: &str, body: &Value) -> Reply {
        Reply::of(agent().put(&format!("{}{path}", self.url)).header("content-type", "application/json").send(body.to_string().as_bytes()))
    }

    /// A multipart form: (field, file name or none, bytes).
    pub fn multipart(&self, path: &str, parts: &[(&str, Option<&str>, &[u8])]) -> Reply {
        let boundary = "naskah-test-boundary-7f3a";
        let mut body = Vec::new();
        for (field, file, bytes) in parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            match file {
                Some(f) => body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{field}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
                ),
                None => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{field}\"\r\n\r\n").as_bytes()),
            }
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        self.post(path, &format!("multipart/form-data; boundary={boundary}"), body)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

/// An answer: status, headers that matter, body.
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub disposition: String,
    pub body: Vec<u8>,
}

impl Reply {
    fn of(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Reply {
        let mut r = r.expect("an HTTP answer");
        let header = |r: &ureq::http::Response<ureq::Body>, h: &str| {
            r.headers().get(h).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string()
        };
        let (content_type, disposition) = (header(&r, "content-type"), header(&r, "content-disposition"));
        let body = r.body_mut().with_config().limit(200 << 20).read_to_vec().expect("a body");
        Reply { status: r.status().as_u16(), content_type, disposition, body }
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

/// A workspace with two samples and a file that is not a cooperation.
pub fn workspace() -> Sandbox {
    let sb = Sandbox::new();
    sb.with_emblem("denpasar-perth.yaml");
    std::fs::copy(sample("sulut-fujian.yaml"), sb.path("sulut-fujian.yaml")).expect("copy");
    sb.write("notes.yaml", "a: 1\n");
    sb
}

#[test]
fn status_lists_every_cooperation_of_the_workspace_with_its_stage_and_deadlines() {
    let sb = workspace();
    let server = Server::start(sb.dir.path(), &[]);
    let r = server.get("/api/status?today=2026-03-16");
    assert_eq!(r.status, 200);
    let v = r.json();
    let files: Vec<&str> = v["cooperations"].as_array().unwrap().iter().map(|c| c["file"].as_str().unwrap()).collect();
    assert_eq!(files.len(), 2, "{v}");
    assert!(files.contains(&"denpasar-perth.yaml") && files.contains(&"sulut-fujian.yaml"), "{files:?}");
    // The same as `naskah status --format json`, apart from the file names.
    let cli = sb.run(&["status", "denpasar-perth.yaml", "--today", "2026-03-16", "--format", "json"]);
    let cli: Value = serde_json::from_str(&cli.stdout).unwrap();
    let page = v["cooperations"].as_array().unwrap().iter().find(|c| c["file"] == "denpasar-perth.yaml").unwrap();
    assert_eq!(page["stage"], cli["cooperations"][0]["stage"]);
    assert_eq!(page["deadlines"], cli["cooperations"][0]["deadlines"]);
}

#[test]
fn validate_returns_the_diagnostics_of_the_command_line_each_at_its_field() {
    let sb = workspace();
    let server = Server::start(sb.dir.path(), &[]);
    let src = std::fs::read_to_string(sb.path("denpasar-perth.yaml")).unwrap();
    // An activity planned in a year after the term.
    let bad = src.replacen("    year: 2026", "    year: 2041", 1);
    assert_ne!(bad, src);
    sb.write("bad.yaml", &bad);
    let cli = sb.run(&["validate", "bad.yaml"]);
    assert_eq!(cli.code, 2, "{}", cli.stderr);
    let r = server.post("/api/validate?file=denpasar-perth.yaml", "text/yaml", &bad);
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(v["ok"], false);
    let d = &v["diagnostics"].as_array().unwrap().iter().find(|d| d["level"] == "error").cloned().unwrap();
    let line = d["line"].as_u64().unwrap();
    assert!(cli.stderr.contains(&format!("bad.yaml:{line}:")), "{d} vs {}", cli.stderr);
    assert!(cli.stderr.contains(d["message"].as_str().unwrap()), "{d}");
    let path: Vec<&str> = d["path"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    assert_eq!(path.first(), Some(&"activities"), "{d}");
    assert!(d["hint"].is_string(), "{d}");
    // The valid file: no error.
    let r = server.post("/api/validate?file=denpasar-perth.yaml", "text/yaml", &src).json();
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["errors"], 0);
}

#[test]
fn a_save_keeps_the_file_safe_from_a_second_tab_and_its_comments_in_a_backup() {
    let sb = workspace();
    let server = Server::start(sb.dir.path(), &[]);
    let first = server.get("/api/file/denpasar-perth.yaml").json();
    let text = first["text"].as_str().unwrap();
    let v1 = first["version"].as_str().unwrap();
    // Tab one saves an edit.
    let edited = format!("{text}# reviewed\n");
    let r = server.put_json("/api/file/denpasar-perth.yaml", &serde_json::json!({"text": edited, "version": v1}));
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(std::fs::read_to_string(sb.path("denpasar-perth.yaml")).unwrap(), edited);
    // Tab two still holds the first version: refused, with the current version.
    let r = server.put_json("/api/file/denpasar-perth.yaml", &serde_json::json!({"text": text, "version": v1}));
    assert_eq!(r.status, 409);
    assert!(r.json()["error"].as_str().unwrap().contains("changed elsewhere"));
    assert_eq!(std::fs::read_to_string(sb.path("denpasar-perth.yaml")).unwrap(), edited);
    // A text without the file's comments: the file is kept as a backup first.
    let current = r.json()["current_version"].as_str().unwrap().to_string();
    let stripped: String = edited.lines().filter(|l| !l.trim_start().starts_with('#')).map(|l| format!("{l}\n")).collect();
    let r = server.put_json("/api/file/denpasar-perth.yaml", &serde_json::json!({"text": stripped, "version": current})).json();
    assert_eq!(r["backup"], "denpasar-perth.yaml.bak");
    assert_eq!(std::fs::read_to_string(sb.path("denpasar-perth.yaml.bak")).unwrap(), edited);
}

#[test]
fn no_file_outside_the_workspace_is_reached() {
    let sb = workspace();
    sb.write("inner/secret.yaml", "region: x\n");
    let server = Server::start(&sb.path("inner"), &[]);
    for path in ["/api/file/..%2Fdenpasar-perth.yaml", "/api/file/%2Fetc%2Fpasswd", "/api/draft/..%2Fdenpasar-perth.yaml/mou.docx"] {
        let r = server.get(path);
        assert_eq!(r.status, 400, "{path}: {}", String::from_utf8_lossy(&r.body));
    }
    let r = server.post("/api/new", "application/json", r#"{"name": "../escape"}"#);
    assert_eq!(r.status, 400);
    assert!(!sb.path("escape.yaml").exists());
    // A new cooperation from the starter, then refused a second time.
    let r = server.post("/api/new", "application/json", r#"{"name": "semarang-brisbane"}"#);
    assert_eq!(r.status, 200);
    assert_eq!(std::fs::read_to_string(sb.path("inner/semarang-brisbane.yaml")).unwrap(), sb.run(&["new"]).stdout);
    assert_eq!(server.post("/api/new", "application/json", r#"{"name": "semarang-brisbane"}"#).status, 409);
}

#[test]
fn downloads_are_the_documents_and_the_packet_of_the_command_line() {
    let sb = workspace();
    let server = Server::start(sb.dir.path(), &[]);
    let r = server.get("/api/draft/denpasar-perth.yaml/mou.docx?layout=sequential");
    assert_eq!(r.status, 200);
    assert!(r.content_type.contains("wordprocessingml"), "{}", r.content_type);
    // Named after the cooperation, so that the documents of several do not mix in Downloads.
    assert!(r.disposition.contains("filename=\"denpasar-perth-mou.docx\""), "{}", r.disposition);
    let cli = sb.run(&["draft", "mou", "denpasar-perth.yaml", "-o", "out", "--layout", "sequential"]);
    assert_eq!(cli.code, 0, "{}", cli.stderr);
    assert_eq!(r.body, std::fs::read(sb.path("out/mou.docx")).unwrap(), "the page's DOCX is the command line's");
    let r = server.get("/api/draft/denpasar-perth.yaml/loi.pdf");
    assert_eq!(r.status, 200);
    assert!(r.body.starts_with(b"%PDF"));
    // The packet, as a zip of the folder `naskah packet` writes.
    let r = server.get("/api/packet/denpasar-perth.yaml");
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let cli = sb.run(&["packet", "denpasar-perth.yaml", "-o", "packet"]);
    assert_eq!(cli.code, 0, "{}", cli.stderr);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(r.body)).expect("a zip");
    let mut names: Vec<String> = (0..zip.len()).map(|i| zip.by_index(i).unwrap().name().to_string()).collect();
    names.sort();
    let mut written: Vec<String> = std::fs::read_dir(sb.path("packet"))
        .unwrap()
        .map(|e| format!("denpasar-perth-packet/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    written.sort();
    assert_eq!(names, written);
    let mut manifest = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("denpasar-perth-packet/manifest.json").unwrap(), &mut manifest).unwrap();
    assert_eq!(manifest, std::fs::read_to_string(sb.path("packet/manifest.json")).unwrap());
    // A document the input cannot give: the problem, located.
    let r = server.get("/api/draft/denpasar-perth.yaml/rkt.docx?year=2050");
    assert_eq!(r.status, 422);
    assert!(r.json()["diagnostics"][0]["message"].as_str().unwrap().contains("2050"));
}

#[test]
fn preview_gives_the_pages_of_the_pdf_as_svg() {
    let sb = workspace();
    let server = Server::start(sb.dir.path(), &[]);
    let src = std::fs::read(sb.path("denpasar-perth.yaml")).unwrap();
    let v = server.post("/api/preview?kind=mou&layout=columns&file=denpasar-perth.yaml", "text/yaml", &src).json();
    let pages = v["pages"].as_array().unwrap();
    let pdf = server.get("/api/draft/denpasar-perth.yaml/mou.pdf");
    let count = String::from_utf8_lossy(&pdf.body)
        .matches("/Type /Page\n")
        .count()
        .max(String::from_utf8_lossy(&pdf.body).matches("/Type/Page/").count());
    assert!(pages.len() >= 3, "{}", pages.len());
    if count > 0 {
        assert_eq!(pages.len(), count);
    }
    assert!(pages[0].as_str().unwrap().starts_with("<svg"));
    // An input with an error: the preview names it.
    let broken = String::from_utf8(src).unwrap().replacen("kind: ", "kind: nonsense #", 1);
    let r = server.post("/api/preview?kind=mou&file=denpasar-perth.yaml", "text/yaml", broken);
    assert_eq!(r.status, 422);
    assert!(!r.json()["diagnostics"].as_array().unwrap().is_empty());
}

#[test]
fn check_answers_the_json_of_the_command_line_and_a_cut_section_is_missing() {
    let sb = workspace();
    let server = Server::start(sb.dir.path(), &[]);
    let cli = sb.run(&["draft", "mou", "denpasar-perth.yaml", "-o", "out"]);
    assert_eq!(cli.code, 0, "{}", cli.stderr);
    let docx = std::fs::read(sb.path("out/mou.docx")).unwrap();
    let r = server.multipart("/api/check", &[("file", Some("mou.docx"), &docx)]);
    assert_eq!(r.status, 200);
    let page = r.json();
    let cli = sb.run(&["check", "out/mou.docx", "--format", "json"]);
    let mut cli: Value = serde_json::from_str(&cli.stdout).unwrap();
    cli["files"][0]["path"] = "mou.docx".into();
    assert_eq!(page, cli);
    // The scope cut out of a text draft is reported missing.
    let txt = sb.run(&["check", "out/mou.docx", "--format", "json"]);
    assert!(txt.stdout.contains("\"scope\""));
    let text = "NOTA KESEPAHAMAN\nANTARA\nPEMERINTAH KOTA DENPASAR\nDAN\nPEMERINTAH KOTA PERTH\n\nPASAL 1\nMAKSUD DAN TUJUAN\nMaksud Nota Kesepahaman ini adalah kerja sama.\n\nPASAL 2\nJANGKA WAKTU\nNota Kesepahaman ini berlaku selama 5 (lima) tahun.\n";
    let r = server.multipart("/api/check", &[("file", Some("cut.txt"), text.as_bytes()), ("kind", None, b"mou")]).json();
    assert_eq!(r["files"][0]["sections"]["scope"]["status"], "missing", "{r}");
    assert_eq!(r["files"][0]["sections"]["duration"]["status"], "present", "{r}");
}

#[test]
fn a_hostile_upload_is_refused_and_the_server_goes_on() {
    let sb = workspace();
    let server = Server::start(sb.dir.path(), &[]);
    let r = server.multipart("/api/check", &[("file", Some("broken.docx"), b"PK\x03\x04 not really a zip")]).json();
    assert!(r["files"][0]["error"].is_string(), "{r}");
    assert_eq!(server.get("/api/status").status, 200);
    let r = server.multipart("/api/check", &[]);
    assert_eq!(r.status, 400);
}

#[test]
fn compare_gives_the_changes_and_the_redline() {
    let sb = workspace();
    let server = Server::start(sb.dir.path(), &[]);
    let cli = sb.run(&["draft", "mou", "denpasar-perth.yaml", "-o", "out", "--format", "docx"]);
    assert_eq!(cli.code, 0);
    let ours = std::fs::read(sb.path("out/mou.docx")).unwrap();
    let theirs = std::fs::read(crate::harness::root().join("tests/fixtures/lo/theirs.docx")).unwrap();
    let ours_lo = std::fs::read(crate::harness::root().join("tests/fixtures/lo/ours.docx")).unwrap();
    let r = server.multipart(
        "/api/compare",
        &[("ours", Some("ours.docx"), &ours_lo), ("theirs", Some("theirs.docx"), &theirs), ("kind", None, b"mou")],
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    assert_eq!(v["substantive"], true);
    let edits = v["articles"].to_string();
    assert!(edits.contains("[\"-\",") && edits.contains("[\"+\","), "{edits}");
    let red = server.get(v["redline"].as_str().unwrap());
    assert_eq!(red.status, 200);
    assert!(red.body.starts_with(b"PK"));
    // Ours from the workspace: the input drafted first.
    let r = server.multipart("/api/compare", &[("ours_file", None, b"denpasar-perth.yaml"), ("theirs", Some("mou.docx"), &ours)]);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["substantive"], false);
}

#[test]
fn another_address_needs_the_token_and_the_loopback_page_answers_its_own_host_only() {
    let sb = workspace();
    let open = Server::start(sb.dir.path(), &["--host", "0.0.0.0"]);
    let token = open.first_lines.iter().find_map(|l| l.strip_prefix("token: ")).map(|l| l.split_whitespace().next().unwrap().to_string());
    let token = token.expect("the token is printed");
    assert_eq!(token.len(), 32);
    let url = open.url.replace("0.0.0.0", "127.0.0.1");
    let bare = Reply::of(agent().get(&format!("{url}/api/status")).call());
    assert_eq!(bare.status, 401);
    let ok = Reply::of(agent().get(&format!("{url}/api/status")).header("x-naskah-token", &token).call());
    assert_eq!(ok.status, 200);
    let ok = Reply::of(agent().get(&format!("{url}/api/file/denpasar-perth.yaml?token={token}")).call());
    assert_eq!(ok.status, 200);
    // The page itself loads without the token (it holds no data) and asks for it.
    assert_eq!(Reply::of(agent().get(&format!("{url}/")).call()).status, 200);
    // A loopback page refuses another Host (a page elsewhere rebinding its name to 127.0.0.1).
    let local = Server::start(sb.dir.path(), &[]);
    let r = Reply::of(agent().get(&format!("{}/api/status", local.url)).header("host", "evil.example:80").call());
    assert_eq!(r.status, 403);
}

#[test]
fn every_message_the_page_shows_has_its_indonesian_and_every_help_text_too() {
    let sb = workspace();
    let server = Server::start(sb.dir.path(), &[]);
    let src = std::fs::read_to_string(sb.path("denpasar-perth.yaml")).unwrap();
    // Invalid inputs of the tests (errors.rs, procedure.rs): a misspelt key and value, an
    // activity outside the term, a wrong type, a date, an unknown sifat, a broken YAML.
    let cases = [
        src.replacen("  address:", "  adress:", 1),
        src.replacen("level: kota", "level: kotta", 1),
        src.replacen("    year: 2026", "    year: 2041", 1),
        src.replacen("  years: ", "  years: lima # ", 1),
        src.replacen("  date: 2024-06-20", "  date: 2024-13-20", 1),
        src.replacen("sifat: Penting", "sifat: Sangat Penting", 1),
        src.replacen("region:\n", "region:\n  - [\n", 1),
        src.replacen("kind: ksdpl", "kind: ksdll", 1),
        "region: {}\n".to_string(),
    ];
    let mut seen = 0;
    for (i, text) in cases.iter().enumerate() {
        assert_ne!(text, &src, "case {i} changes the file");
        let v = server.post("/api/validate?file=denpasar-perth.yaml", "text/yaml", text).json();
        for d in v["diagnostics"].as_array().unwrap() {
            seen += 1;
            let id = d["message_id"].as_str().unwrap_or_else(|| panic!("case {i}: no Indonesian for {d}"));
            assert_ne!(id, d["message"].as_str().unwrap(), "case {i}: {d}");
            assert_eq!(d["hint"].is_string(), d["hint_id"].is_string(), "case {i}: {d}");
        }
    }
    assert!(seen > 20, "{seen} messages");
    // The sifat's message at its field, in both languages.
    let v = server.post("/api/validate?file=denpasar-perth.yaml", "text/yaml", &cases[5]).json();
    let d =
        v["diagnostics"].as_array().unwrap().iter().find(|d| d["path"] == serde_json::json!(["dprd_letter", "sifat"])).cloned().unwrap();
    assert_eq!(d["message_id"], "`Sangat Penting` bukan nilai yang sah untuk `dprd_letter.sifat`");
    assert_eq!(d["hint_id"], "gunakan salah satu dari: Biasa, Penting, Segera, Sangat Segera, Rahasia, Terbatas");
    // The schema the page builds its form from: each help text with its Indonesian.
    let schema = server.get("/api/schema").json();
    let text = schema.to_string();
    assert_eq!(text.matches("\"description\"").count(), text.matches("\"x-description-id\"").count());
    assert_eq!(schema["$defs"]["DprdLetter"]["properties"]["sifat"]["enum"][3], "Sangat Segera");
}

#[test]
fn the_emblem_is_uploaded_into_the_workspace_and_shown() {
    let sb = workspace();
    let server = Server::start(sb.dir.path(), &[]);
    // A PNG drawn here: a plain shape, not the Lambang Negara.
    let mut png = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png, 46, 50);
        enc.set_color(png::ColorType::Grayscale);
        let mut w = enc.write_header().unwrap();
        w.write_image_data(&[0u8; 46 * 50]).unwrap();
    }
    let r = server.put_bytes("/api/image/garuda.png", &png);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(std::fs::read(sb.path("garuda.png")).unwrap(), png);
    // Not replaced unasked; replaced when asked.
    let svg = crate::harness::TEST_EMBLEM.as_bytes();
    assert_eq!(server.put_bytes("/api/image/garuda.png", svg).status, 409);
    assert_eq!(std::fs::read(sb.path("garuda.png")).unwrap(), png);
    assert_eq!(server.put_bytes("/api/image/garuda.svg", svg).status, 200);
    assert_eq!(server.put_bytes("/api/image/garuda.svg?replace=true", svg).status, 200);
    // Only a bare PNG or SVG name inside the folder, only an image naskah can use.
    for bad in ["..%2Fgaruda.svg", ".garuda.svg", "garuda.gif", "denpasar-perth.yaml"] {
        assert_eq!(server.put_bytes(&format!("/api/image/{bad}"), svg).status, 400, "{bad}");
    }
    assert_eq!(server.put_bytes("/api/image/fake.svg", b"<html>not an image</html>").status, 422);
    assert!(!sb.path("fake.svg").exists());
    assert_eq!(server.put_bytes("/api/image/big.png", &vec![0u8; 9 << 20]).status, 413);
    // The thumbnail, as an inert image.
    let r = server.get("/api/image/garuda.svg");
    assert_eq!(r.status, 200);
    assert_eq!(r.content_type, "image/svg+xml");
    assert_eq!(r.body, svg);
    // The file names it: the letterhead has it, and validation no longer misses it.
    let src = std::fs::read_to_string(sb.path("denpasar-perth.yaml")).unwrap().replace("emblem: emblem.svg", "emblem: garuda.png");
    let v = server.post("/api/validate?file=denpasar-perth.yaml", "text/yaml", &src).json();
    assert_eq!(v["ok"], true, "{v}");
    assert!(!v.to_string().contains("style.emblem"), "{v}");
}
