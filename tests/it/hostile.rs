//! The standing attack suite: hostile inputs built by small generators (never large files
//! in git), each run through the real binary under a 2 GB address-space limit, with the
//! exit code, the budget named in the message, and a generous time bound asserted. A
//! folder of them beside a good draft must still report the good draft.

use crate::harness::{sample, Sandbox};
use std::io::Write;
use std::time::{Duration, Instant};

/// Time any hostile file may take; generous, so that the test is never flaky, and far
/// below the minutes the unbounded readers took.
const SLOW: Duration = Duration::from_secs(60);

/// Runs naskah under `ulimit -v` (2 GB of address space), as the issue's reproducers do.
fn run_limited(sb: &Sandbox, args: &[&str]) -> (i32, String, String, Duration) {
    let exe = env!("CARGO_BIN_EXE_naskah");
    let quoted: Vec<String> = args.iter().map(|a| format!("'{}'", a.replace('\'', "'\\''"))).collect();
    let script = format!("ulimit -v 2000000; exec '{exe}' {}", quoted.join(" "));
    let start = Instant::now();
    let out = std::process::Command::new("sh").arg("-c").arg(script).current_dir(sb.dir.path()).output().expect("run sh");
    let took = start.elapsed();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        took,
    )
}

/// Checks one hostile file: exit 2, a message that contains `expect`, in bounded time.
fn refused(name: &str, bytes: &[u8], expect: &str) {
    let sb = Sandbox::new();
    sb.write(name, bytes);
    let (code, _, err, took) = run_limited(&sb, &["check", name]);
    assert_eq!(code, 2, "{name}: exit code; stderr: {err}");
    assert!(err.contains(expect), "{name}: expected {expect:?} in: {err}");
    assert!(took < SLOW, "{name}: took {took:?}");
}

/// Checks one file the readers must read despite its oddity: exit 0 or 1.
fn read_fine(name: &str, bytes: &[u8]) -> String {
    let sb = Sandbox::new();
    sb.write(name, bytes);
    let (code, out, err, took) = run_limited(&sb, &["check", name]);
    assert!(code == 0 || code == 1, "{name}: exit code {code}; stderr: {err}");
    assert!(took < SLOW, "{name}: took {took:?}");
    out
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A DOCX package of the given parts.
fn docx(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(*name, opts).expect("zip entry");
        zip.write_all(bytes).expect("zip write");
    }
    zip.finish().expect("zip finish");
    buf.into_inner()
}

fn document(body: &str) -> String {
    format!(r#"<w:document {W}><w:body>{body}</w:body></w:document>"#)
}

fn numbered(start: &str, format: &str, text: &str) -> Vec<u8> {
    let body = document(
        r#"<w:p><w:r><w:t>NOTA KESEPAHAMAN</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>RUANG LINGKUP</w:t></w:r></w:p><w:p><w:r><w:t>Kerja sama di bidang pendidikan.</w:t></w:r></w:p>"#,
    );
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{format}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>"#
    );
    docx(&[("word/document.xml", body.as_bytes()), ("word/numbering.xml", numbering.as_bytes())])
}

#[test]
fn a_roman_numbering_label_from_a_huge_start_stays_short() {
    let sb = Sandbox::new();
    sb.write("roman.docx", numbered("3999999999", "upperRoman", "Pasal %1"));
    let (code, out, err, took) = run_limited(&sb, &["check", "roman.docx", "--kind", "mou", "--format", "json"]);
    assert_eq!(code, 1, "{err}");
    // Beyond 3999 a Roman label is written in digits: short, whatever the start.
    assert!(out.contains("3999999999 RUANG LINGKUP"), "{out}");
    assert!(took < SLOW);
}

#[test]
fn a_numbering_label_pattern_of_a_megabyte_is_refused() {
    refused("label.docx", &numbered("1", "decimal", &"%1".repeat(500_000)), "characters in a numbering label");
}

#[test]
fn many_namespace_declarations_are_refused_before_parsing() {
    let decls: String = (0..50_000).map(|i| format!(r#" xmlns:n{i}="urn:x{i}""#)).collect();
    let xml = format!(r#"<w:document {W}{decls}><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>"#);
    refused("ns.docx", &docx(&[("word/document.xml", xml.as_bytes())]), "XML namespace declarations");
}

#[test]
fn deeply_nested_paragraphs_are_refused() {
    let xml = document(&format!("{}{}", "<w:p>".repeat(100_000), "</w:p>".repeat(100_000)));
    refused("deep.docx", &docx(&[("word/document.xml", xml.as_bytes())]), "levels of nested XML elements");
}

#[test]
fn millions_of_empty_elements_are_refused() {
    let xml = document(&"<w:r/>".repeat(10_000_000));
    refused("nodes.docx", &docx(&[("word/document.xml", xml.as_bytes())]), "XML nodes");
}

/// A PDF of the given objects (object 1 the catalog), with a correct cross-reference table.
fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, obj) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(obj);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes());
    out
}

fn flate(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).expect("deflate");
    e.finish().expect("deflate")
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

const FONT: &str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

#[test]
fn a_page_of_millions_of_operators_is_refused() {
    // 25 million operators in about 50 KB: the content inflates to 100 MB.
    let content = flate(&b"q Q ".repeat(25_000_000));
    assert!(content.len() < 200_000);
    let objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        stream("/Filter /FlateDecode", &content),
        FONT.as_bytes().to_vec(),
    ];
    refused("ops.pdf", &pdf(&objects), "over the budget of");
}

#[test]
fn a_million_content_references_are_refused() {
    let refs = "4 0 R ".repeat(1_000_000);
    let objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [{refs}] /Resources << /Font << /F1 5 0 R >> >> >>")
            .into_bytes(),
        stream("", b"BT /F1 12 Tf 72 700 Td (NOTA KESEPAHAMAN) Tj ET"),
        FONT.as_bytes().to_vec(),
    ];
    refused("refs.pdf", &pdf(&objects), "content streams on one page");
}

/// A PDF with `n` pages of one line each.
fn pages(n: usize) -> Vec<u8> {
    let mut objects = vec![b"<< /Type /Catalog /Pages 2 0 R >>".to_vec()];
    let kids: String = (0..n).map(|i| format!("{} 0 R ", 5 + i)).collect();
    objects.push(format!("<< /Type /Pages /Kids [{kids}] /Count {n} >>").into_bytes());
    objects.push(FONT.as_bytes().to_vec());
    objects.push(stream("", b"BT /F1 12 Tf 72 700 Td (Pasal 1 Ruang lingkup kerja sama) Tj ET"));
    for _ in 0..n {
        objects.push(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>".to_vec(),
        );
    }
    pdf(&objects)
}

#[test]
fn twenty_thousand_pages_are_refused_quickly() {
    refused("pages.pdf", &pages(20_000), "over the budget of 5,000 pages");
}

#[test]
fn four_thousand_pages_are_read_in_linear_time() {
    let out = read_fine("many.pdf", &pages(4_000));
    assert!(out.contains("many.pdf"), "{out}");
}

#[test]
fn a_compressed_stream_that_inflates_without_end_is_named() {
    // An object stream is decompressed while loading: its budget is the loader's.
    let bomb = flate(&vec![b' '; 300 * 1024 * 1024]);
    let objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>".to_vec(),
        stream("/Filter /FlateDecode", &bomb),
    ];
    let sb = Sandbox::new();
    sb.write("bomb.pdf", pdf(&objects));
    let (code, _, err, took) = run_limited(&sb, &["check", "bomb.pdf"]);
    assert_eq!(code, 2, "{err}");
    assert!(!err.contains("a scan?"), "a budget is not a missing text layer: {err}");
    assert!(err.contains("budget"), "{err}");
    assert!(took < SLOW);
}

#[test]
fn a_text_of_millions_of_short_lines_is_refused() {
    refused("lines.txt", &b"a\n".repeat(5_000_000), "paragraphs or lines");
}

#[test]
fn a_named_pipe_does_not_block() {
    let sb = Sandbox::new();
    let fifo = sb.path("pipe.txt");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo with a valid, NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let (code, _, err, took) = run_limited(&sb, &["check", "pipe.txt"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("named pipe"), "{err}");
    assert!(took < SLOW);
}

#[test]
fn a_device_is_not_read() {
    let sb = Sandbox::new();
    let (code, _, err, took) = run_limited(&sb, &["check", "/dev/zero"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("a device"), "{err}");
    assert!(took < SLOW);
}

#[test]
fn folder_links_loop_and_links_out_are_not_followed() {
    let sb = Sandbox::new();
    sb.write("d/mou.txt", "NOTA KESEPAHAMAN\nPasal 1\nRuang Lingkup\n");
    sb.write("outside/secret.txt", "NOTA KESEPAHAMAN\n");
    std::os::unix::fs::symlink(sb.path("d"), sb.path("d/a")).unwrap();
    std::os::unix::fs::symlink(sb.path("d"), sb.path("d/b")).unwrap();
    std::os::unix::fs::symlink(sb.path("outside/secret.txt"), sb.path("d/link.txt")).unwrap();
    let (code, out, err, took) = run_limited(&sb, &["check", "d", "--format", "json"]);
    assert!(code == 0 || code == 1, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let files: Vec<&str> = v["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(files, vec!["d/mou.txt"]);
    assert!(took < SLOW);
}

#[test]
fn an_unreadable_folder_is_an_error() {
    let sb = Sandbox::new();
    sb.write("d/sub/x.txt", "NOTA KESEPAHAMAN\n");
    let sub = sb.path("d/sub");
    std::fs::set_permissions(&sub, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    let readable = std::fs::read_dir(&sub).is_ok(); // root reads anything
    let (code, out, err, _) = run_limited(&sb, &["check", "d", "--format", "json"]);
    std::fs::set_permissions(&sub, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    if !readable {
        assert_eq!(code, 2, "{err}");
        assert!(out.contains("cannot read the folder"), "{out}");
    }
    let sb2 = Sandbox::new();
    std::fs::create_dir(sb2.path("empty")).unwrap();
    let (code, out, _, _) = run_limited(&sb2, &["check", "empty", "--format", "json"]);
    assert_eq!(code, 2);
    assert!(out.contains("holds no draft"), "{out}");
}

#[test]
fn a_batch_goes_on_past_every_hostile_file() {
    let sb = Sandbox::new();
    sb.write("batch/a-label.docx", numbered("1", "decimal", &"%1".repeat(500_000)));
    sb.write("batch/b-pages.pdf", pages(20_000));
    sb.write("batch/c-lines.txt", b"a\n".repeat(5_000_000));
    let deep = document(&format!("{}{}", "<w:p>".repeat(100_000), "</w:p>".repeat(100_000)));
    sb.write("batch/d-deep.docx", docx(&[("word/document.xml", deep.as_bytes())]));
    sb.write("batch/e-good.txt", "NOTA KESEPAHAMAN\nPasal 1\nRuang Lingkup\nBidang kerja sama meliputi pariwisata.\n");
    sb.write("batch/f-empty.txt", "");
    let (code, out, err, took) = run_limited(&sb, &["check", "batch", "--format", "json"]);
    assert_eq!(code, 2, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 6, "{out}");
    let good = files.iter().find(|f| f["path"] == "batch/e-good.txt").expect("the good draft is reported");
    assert_eq!(good["kind"], "mou");
    assert_eq!(files.iter().filter(|f| f.get("error").is_some()).count(), 5);
    assert!(took < SLOW * 2);
}

#[test]
fn a_file_name_cannot_forge_report_lines() {
    let sb = Sandbox::new();
    sb.write("evil\nok: fine\x1b[31m.txt", "NOTA KESEPAHAMAN\n");
    let run = sb.run(&["check", "evil\nok: fine\x1b[31m.txt"]);
    assert!(!run.stdout.contains('\x1b') && !run.stderr.contains('\x1b'), "{:?}", run.stdout);
    assert!(run.stdout.contains("evil\\nok: fine\\u{1b}[31m.txt"), "{}", run.stdout);
}

/// A worker that crashes or hangs costs its file only.
#[test]
fn a_crashing_or_hanging_worker_costs_only_its_file() {
    use naskah::check::batch::{run, Isolation, Options, Outcome};
    let sb = Sandbox::new();
    let files: Vec<_> = (0..3).map(|i| Ok(sb.write(&format!("f{i}.txt"), "NOTA KESEPAHAMAN\n"))).collect();
    for (script, expect) in
        [("read line; kill -SEGV $$", "ran out of memory or crashed"), ("read line; sleep 30", "gave up on this file after 1 seconds")]
    {
        let isolation =
            Isolation::Workers { program: "sh".into(), args: vec!["-c".into(), script.into()], timeout: Duration::from_secs(1) };
        let mut seen: Vec<Outcome> = Vec::new();
        run(&files, &Options::default(), &isolation, |o| seen.push(o));
        assert_eq!(seen.len(), 3);
        for (o, f) in seen.iter().zip(&files) {
            assert_eq!(&o.path, f.as_ref().unwrap());
            let e = o.result.as_ref().expect_err("the worker failed");
            assert!(e.message.contains(expect), "{}", e.message);
        }
    }
}

/// Two packets written into one folder at once: one wins, the other says so, and the
/// folder holds one whole packet.
#[test]
fn concurrent_packets_never_mix() {
    let sb = Sandbox::new();
    let input = sample("denpasar-perth.yaml");
    for round in 0..3 {
        let out = format!("p{round}");
        let exe = env!("CARGO_BIN_EXE_naskah");
        let spawn = || {
            std::process::Command::new(exe)
                .args(["packet", input.to_str().unwrap(), "-o", &out])
                .current_dir(sb.dir.path())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        };
        let (a, b) = (spawn(), spawn());
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        let codes = [a.status.code().unwrap(), b.status.code().unwrap()];
        assert!(codes.contains(&0), "{codes:?}");
        assert!(codes.contains(&2), "{codes:?}: {}", String::from_utf8_lossy(&b.stderr));
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(sb.path(&format!("{out}/manifest.json"))).unwrap()).unwrap();
        for f in manifest["files"].as_array().unwrap() {
            let name = f["path"].as_str().unwrap();
            let bytes = std::fs::read(sb.path(&format!("{out}/{name}"))).unwrap();
            assert_eq!(bytes.len() as u64, f["bytes"].as_u64().unwrap(), "{name}");
        }
        let leftovers: Vec<_> = std::fs::read_dir(sb.dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(".naskah"))
            .collect();
        assert!(leftovers.is_empty(), "temporary folders left behind");
    }
}

#[test]
fn a_dangling_symlink_at_an_output_path_is_not_replaced() {
    let sb = Sandbox::new();
    std::fs::create_dir(sb.path("out")).unwrap();
    std::os::unix::fs::symlink(sb.path("nowhere"), sb.path("out/mou.docx")).unwrap();
    let run = sb.run(&["draft", "mou", sample("denpasar-perth.yaml").to_str().unwrap(), "-o", "out"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("would overwrite"), "{}", run.stderr);
    assert!(std::fs::symlink_metadata(sb.path("out/mou.docx")).unwrap().file_type().is_symlink());
}

#[test]
fn force_replaces_a_packet_as_a_set() {
    let sb = Sandbox::new();
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    let with_mou = if src.contains("attach_mou: false") {
        src.replace("attach_mou: false", "attach_mou: true")
    } else {
        src.replace("dprd_letter:\n", "dprd_letter:\n  attach_mou: true\n")
    };
    sb.write("with.yaml", &with_mou);
    let without = with_mou.replace("attach_mou: true", "attach_mou: false");
    sb.write("without.yaml", &without);
    assert_eq!(sb.run(&["packet", "with.yaml", "-o", "p"]).code, 0);
    assert!(sb.path("p/05-mou.pdf").exists());
    let again = sb.run(&["packet", "without.yaml", "-o", "p"]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    let forced = sb.run(&["packet", "without.yaml", "-o", "p", "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(!sb.path("p/05-mou.pdf").exists(), "a stale file of the earlier packet");
    // A folder naskah did not fill is never replaced, even with --force.
    sb.write("mine/notes.txt", "keep me");
    let theirs = sb.run(&["packet", "without.yaml", "-o", "mine", "--force"]);
    assert_eq!(theirs.code, 2);
    assert!(sb.path("mine/notes.txt").exists());
}
