//! `naskah packet`: the golden packet (manifest, pages, bookmarks, cover text), hashes that
//! match the files, determinism, the deadline, and the refusal path of the cross-checks.

use crate::harness::{golden, read, root, sample, Sandbox};
use sha2::{Digest, Sha256};

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The text of one page, words one space apart.
fn page_text(doc: &lopdf::Document, page: u32) -> String {
    doc.extract_text(&[page]).expect("text").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of one page as lopdf extracts it, one line per text line, for golden files.
/// (Words are joined by one space: lopdf reads a kerned word space as two.)
fn page_lines(doc: &lopdf::Document, page: u32) -> String {
    let text = doc.extract_text(&[page]).expect("text");
    let words = |l: &str| l.split_whitespace().collect::<Vec<_>>().join(" ");
    text.lines().map(words).filter(|l| !l.is_empty()).map(|l| format!("{l}\n")).collect()
}

/// Bookmark titles with the page each opens, one per line.
fn bookmarks(doc: &lopdf::Document) -> String {
    let toc = doc.get_toc().expect("an outline");
    toc.toc.iter().map(|e| format!("p.{} {}\n", e.page, e.title)).collect()
}

/// The manifest with what changes whenever a byte of output changes (hashes, sizes) masked;
/// the hashes themselves are checked against the files.
fn masked(manifest: &serde_json::Value) -> String {
    let mut m = manifest.clone();
    for f in m["files"].as_array_mut().unwrap() {
        f["sha256"] = "<sha256>".into();
        f["bytes"] = "<bytes>".into();
    }
    m["naskah"] = "<version>".into();
    m["input"]["sha256"] = "<sha256>".into();
    serde_json::to_string_pretty(&m).unwrap() + "\n"
}

#[test]
fn packet_of_the_sample_golden() {
    let sb = Sandbox::new();
    let input = sample("denpasar-perth.yaml");
    let run = sb.run(&["packet", input.to_str().unwrap(), "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let names: Vec<String> = {
        let mut v: Vec<String> =
            std::fs::read_dir(sb.path("out")).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    };
    assert_eq!(
        names,
        [
            "01-dprd-letter.docx",
            "01-dprd-letter.pdf",
            "02-plan.docx",
            "02-plan.pdf",
            "03-action-plan.docx",
            "03-action-plan.pdf",
            "04-loi.docx",
            "04-loi.pdf",
            "manifest.json",
            "packet.pdf"
        ]
    );

    let manifest: serde_json::Value = serde_json::from_slice(&read(&sb.path("out/manifest.json"))).expect("JSON");
    // Every hash is the hash of the file beside it; the input's is the input's.
    for f in manifest["files"].as_array().unwrap() {
        let bytes = read(&sb.path(&format!("out/{}", f["path"].as_str().unwrap())));
        assert_eq!(f["sha256"], sha256(&bytes), "{}", f["path"]);
        assert_eq!(f["bytes"], bytes.len(), "{}", f["path"]);
    }
    assert_eq!(manifest["input"]["sha256"], sha256(&read(&input)));
    assert_eq!(manifest["naskah"], env!("CARGO_PKG_VERSION"));
    golden("packet/denpasar-perth.manifest.json", &masked(&manifest));

    let packet = lopdf::Document::load_mem(&read(&sb.path("out/packet.pdf"))).expect("packet.pdf reads");
    // Page counts: the cover, then each document as rendered alone.
    let mut expected_pages = manifest["cover_pages"].as_u64().unwrap();
    for d in manifest["documents"].as_array().unwrap() {
        let files = manifest["files"].as_array().unwrap();
        let pdf = files.iter().find(|f| f["document"] == d["document"] && f["path"].as_str().unwrap().ends_with(".pdf")).unwrap();
        assert_eq!(pdf["pages"], d["pages"]);
        let file = format!("out/{}", pdf["path"].as_str().unwrap());
        let alone = lopdf::Document::load_mem(&read(&sb.path(&file))).unwrap();
        assert_eq!(d["pages"], alone.get_pages().len(), "{file}");
        expected_pages += d["pages"].as_u64().unwrap();
    }
    assert_eq!(packet.get_pages().len() as u64, expected_pages);
    golden("packet/denpasar-perth.bookmarks.txt", &bookmarks(&packet));
    golden("packet/denpasar-perth.cover.txt", &page_lines(&packet, 1));

    // Metadata: title, subject, author = the region; the date from the letter, not the clock.
    let info = packet.trailer.get(b"Info").and_then(|o| o.as_reference()).and_then(|id| packet.get_dictionary(id)).expect("Info");
    let text = |k: &[u8]| String::from_utf8_lossy(info.get(k).unwrap().as_str().unwrap()).into_owned();
    assert_eq!(text(b"Author"), "Pemerintah Kota Denpasar");
    assert!(text(b"Title").starts_with("Berkas Permohonan Persetujuan DPRD"), "{}", text(b"Title"));
    assert!(text(b"Subject").contains("PP 28/2018 Pasal 30"), "{}", text(b"Subject"));
    assert_eq!(text(b"CreationDate"), "D:20240910000000Z");

    // The letter starts on the page after the cover and is in reading order: the frame left
    // for the Lambang Negara (the sample gives no emblem), then the head's title.
    let letter = page_text(&packet, 2);
    assert!(letter.starts_with("LAMBANG NEGARA WALI KOTA DENPASAR"), "{letter}");
    assert!(letter.contains("Lampiran : 3 (tiga) berkas"), "{letter}");
}

#[test]
fn packet_pdf_is_the_same_bytes_twice_and_refuses_to_overwrite() {
    let sb = Sandbox::new();
    let input = sample("denpasar-perth.yaml");
    for dir in ["a", "b"] {
        let run = sb.run(&["packet", input.to_str().unwrap(), "-o", dir]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    for f in ["packet.pdf", "manifest.json", "01-dprd-letter.docx", "02-plan.pdf"] {
        assert!(read(&sb.path(&format!("a/{f}"))) == read(&sb.path(&format!("b/{f}"))), "{f} differs between two runs");
    }
    let before = read(&sb.path("a/packet.pdf"));
    let run = sb.run(&["packet", input.to_str().unwrap(), "-o", "a", "--received", "2024-09-12"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("error: a: the folder already holds") && run.stderr.contains("pass `--force` to replace an earlier packet"),
        "{}",
        run.stderr
    );
    assert!(read(&sb.path("a/packet.pdf")) == before, "nothing is overwritten without --force");
    let run = sb.run(&["packet", input.to_str().unwrap(), "-o", "a", "--received", "2024-09-12", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(read(&sb.path("a/packet.pdf")) != before);
}

/// The deadline on the cover and in the manifest: receipt on the Friday before the 2026
/// Idul Fitri cuti bersama, counted by hand to 2 June 2026 (see tests/it/calendar.rs).
#[test]
fn the_cover_gives_the_deadline_from_the_date_of_receipt() {
    let sb = Sandbox::new();
    let input = sample("denpasar-perth.yaml");
    let run = sb.run(&["packet", input.to_str().unwrap(), "-o", "out", "--received", "2026-03-13"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("decision due by 2 June 2026 (received 13 March 2026"), "{}", run.stdout);
    let manifest: serde_json::Value = serde_json::from_slice(&read(&sb.path("out/manifest.json"))).unwrap();
    assert_eq!(manifest["deadline"]["due"], "2026-06-02");
    assert_eq!(manifest["deadline"]["received_recorded"], true);
    let packet = lopdf::Document::load_mem(&read(&sb.path("out/packet.pdf"))).unwrap();
    let cover = page_text(&packet, 1);
    assert!(cover.contains("Surat diterima pada tanggal 13 Maret 2026; keputusan paling lambat tanggal 2 Juni 2026."), "{cover}");
    assert!(cover.contains("Hari Raya Idul Fitri"), "the holidays skipped are named: {cover}");

    let run = sb.run(&["packet", input.to_str().unwrap(), "-o", "early", "--received", "2024-09-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("warning: `--received 2024-09-01` is before the letter's date, 2024-09-10"), "{}", run.stderr);
    let src = std::fs::read_to_string(&input).unwrap();
    sb.write("early.yaml", src.replace("  addressee_place: Denpasar\n", "  addressee_place: Denpasar\n  received: 2024-09-01\n"));
    let run = sb.run(&["validate", "early.yaml"]);
    assert_eq!(run.code, 2, "a receipt before the letter's date is refused: {}", run.stderr);
    assert!(
        run.stderr.contains("early.yaml:") && run.stderr.contains("error: the DPRD received the letter before the date it bears"),
        "{}",
        run.stderr
    );

    let run = sb.run(&["packet", input.to_str().unwrap(), "-o", "bad", "--received", "2026-02-30"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("error: `2026-02-30` is not a date"), "{}", run.stderr);
    assert!(!sb.path("bad").exists());
}

/// An office's old letter template lists three attachments whatever is attached, and its
/// action-plan template drops the last activity: the packet is refused, nothing is written,
/// and each gap is named; `--allow-incomplete` writes it with the gaps in the manifest and on
/// the terminal, never on the cover, which is addressed to the DPRD.
#[test]
fn a_packet_that_fails_its_cross_checks_is_refused() {
    let sb = Sandbox::new();
    let src = std::fs::read_to_string(sample("denpasar-perth.yaml")).unwrap();
    sb.write("in.yaml", src.replace("  addressee_place: Denpasar\n", "  addressee_place: Denpasar\n  attach_mou: true\n"));
    let tpl = |name: &str| std::fs::read_to_string(root().join("templates").join(name)).unwrap();
    let letter = tpl("dprd-letter.hbs")
        .replace("{{count attachments_count \"id\"}} berkas", "3 (tiga) berkas")
        .replace("{{count attachments_count \"en\"}} {{#if (eq attachments_count 1)}}file{{else}}files{{/if}}", "3 (three) files");
    assert!(letter.contains("3 (tiga) berkas"));
    sb.write("old/dprd-letter.hbs", letter);
    // The plan of action keeps only its first activity.
    let action_plan = tpl("action-plan.hbs")
        .replace("{{#each activities}}", "{{#each activities}}{{#if @first}}")
        .replace("\n{{/each}}\n{{#if cost_totals}}", "\n{{/if}}{{/each}}\n{{#if cost_totals}}");
    assert!(action_plan.contains("{{/if}}{{/each}}"));
    sb.write("old/action-plan.hbs", action_plan);

    let run = sb.run(&["packet", "in.yaml", "-o", "out", "--templates", "old"]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(!sb.path("out").exists(), "nothing is written");
    let err = &run.stderr;
    assert!(err.contains("error: the packet fails"), "{err}");
    assert!(err.contains("Letter: the Lampiran line says 3 files, but 4 are attached."), "{err}");
    assert!(err.contains("of the cooperation plan has no activity in the plan of action."), "{err}");
    assert!(err.contains("hint: fix these and run again; `--allow-incomplete`"), "{err}");
    // (The hint says where the gaps go: not on the cover, which it once promised.)
    assert!(err.contains("listed under `gaps` in its manifest.json") && !err.contains("in red"), "{err}");
    assert!(err.contains("no packet written"), "{err}");

    let run = sb.run(&["packet", "in.yaml", "-o", "out", "--templates", "old", "--allow-incomplete"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("warning: the packet fails"), "{}", run.stderr);
    let manifest: serde_json::Value = serde_json::from_slice(&read(&sb.path("out/manifest.json"))).unwrap();
    assert!(manifest["gaps"].as_array().unwrap().len() >= 2, "{}", manifest["gaps"]);
    let packet = lopdf::Document::load_mem(&read(&sb.path("out/packet.pdf"))).unwrap();
    let cover = page_text(&packet, 1);
    assert!(!cover.contains("Lampiran menyebut") && !cover.contains("naskah"), "the cover speaks of no check: {cover}");
    assert!(bookmarks(&packet).contains("Lampiran IV: Rancangan Nota Kesepahaman (Draft Memorandum of Understanding)"));
}

/// Every sample makes a packet whose documents all pass the checker, as DOCX and as PDF
/// (the Korean and the Chinese ones where the system has a CJK font).
#[test]
fn every_sample_makes_a_complete_packet() {
    let sb = Sandbox::new();
    let cjk = std::path::Path::new("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc").exists();
    for s in ["denpasar-perth", "denpasar-foodwaste-ksdll", "gianyar-kabupaten", "gianyar-gapyeong-ko", "sulut-fujian"] {
        if (s.ends_with("-ko") || s == "sulut-fujian") && !cjk {
            continue;
        }
        for layout in ["columns", "sequential"] {
            let run =
                sb.run(&["packet", sample(&format!("{s}.yaml")).to_str().unwrap(), "-o", &format!("{s}-{layout}"), "--layout", layout]);
            assert_eq!(run.code, 0, "{s} {layout}: {}", run.stderr);
        }
    }
}

/// The signed LoI and a study of opportunities and benefits, PDFs naskah did not write, go
/// with the letter: listed in its Lampiran and on the cover, merged with their bookmarks,
/// hashed in the manifest; the signed LoI goes instead of the LoI's text. Without it the
/// letter does not call the LoI it attaches signed.
#[test]
fn the_packet_carries_documents_naskah_did_not_write() {
    let sb = Sandbox::new();
    let input = sample("denpasar-perth.yaml");
    // Stand-ins for a scan and a study: PDFs drafted here.
    let run = sb.run(&["draft", "all", input.to_str().unwrap(), "-o", "made", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::copy(sb.path("made/loi.pdf"), sb.path("loi-signed-scan.pdf")).unwrap();
    std::fs::copy(sb.path("made/plan.pdf"), sb.path("kajian.pdf")).unwrap();
    let src = std::fs::read_to_string(&input).unwrap();
    let without = src.clone();
    sb.write("plain.yaml", &without);
    let run = sb.run(&["draft", "dprd-letter", "plain.yaml", "-o", "plain"]);
    assert_eq!(run.code, 0);
    let letter = naskah::model::dump(&naskah::read::read(&read(&sb.path("plain/dprd-letter.docx"))).unwrap());
    assert!(!letter.contains("yang telah ditandatangani"), "an unsigned text is not called signed: {letter}");

    sb.write(
        "in.yaml",
        src.replace(
            "  addressee_place: Denpasar\n",
            "  addressee_place: Denpasar\n  enclosures:\n    - {kind: signed_loi, file: loi-signed-scan.pdf}\n    - {kind: feasibility_study, file: kajian.pdf}\n",
        ),
    );
    let run = sb.run(&["packet", "in.yaml", "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let manifest: serde_json::Value = serde_json::from_slice(&read(&sb.path("out/manifest.json"))).unwrap();
    let paths: Vec<&str> = manifest["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert!(paths.contains(&"04-loi-signed.pdf") && paths.contains(&"05-feasibility-study.pdf"), "{paths:?}");
    assert!(!paths.contains(&"04-loi.docx"), "the signed copy goes instead of the text: {paths:?}");
    let scan = read(&sb.path("out/04-loi-signed.pdf"));
    assert_eq!(scan, read(&sb.path("loi-signed-scan.pdf")), "the PDF as given");
    let entry = manifest["files"].as_array().unwrap().iter().find(|f| f["path"] == "04-loi-signed.pdf").unwrap();
    assert_eq!(entry["sha256"], sha256(&scan));
    let packet = lopdf::Document::load_mem(&read(&sb.path("out/packet.pdf"))).unwrap();
    let marks = bookmarks(&packet);
    assert!(marks.contains("Lampiran III: Pernyataan Kehendak Kerja Sama yang telah ditandatangani (Signed Letter of Intent)"), "{marks}");
    // In packet.pdf the first page of each enclosure carries its attachment's header, as
    // naskah's own attachments do (the file beside it is the PDF as given, above).
    let headed: Vec<u32> = (1..=packet.get_pages().len() as u32)
        .filter(|&p| {
            page_text(&packet, p).contains("LAMPIRAN III SURAT WALI KOTA DENPASAR NOMOR 000.1.4/1234/Bag.KS TANGGAL 10 SEPTEMBER 2024")
        })
        .collect();
    assert_eq!(headed.len(), 1, "{headed:?}");
    assert!((1..=packet.get_pages().len() as u32).any(|p| page_text(&packet, p).contains("LAMPIRAN IV SURAT WALI KOTA DENPASAR")));
    assert!(marks.contains("Lampiran IV: Kajian Peluang dan Manfaat Kerja Sama"), "{marks}");
    let cover = page_text(&packet, 1);
    assert!(cover.contains("Lampiran IV: Kajian Peluang dan Manfaat Kerja Sama"), "{cover}");
    let letter = page_text(&packet, 2) + " " + &page_text(&packet, 3) + " " + &page_text(&packet, 4);
    assert!(letter.contains("Lampiran : 4 (empat) berkas"), "{letter}");
    assert!(letter.contains("Pernyataan Kehendak Kerja Sama (Letter of Intent) yang telah ditandatangani;"), "{letter}");

    sb.write(
        "bad.yaml",
        src.replace("  addressee_place: Denpasar\n", "  addressee_place: Denpasar\n  enclosures:\n    - {kind: other, file: in.yaml}\n"),
    );
    let run = sb.run(&["packet", "bad.yaml", "-o", "bad"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("error: an enclosure of kind `other` has no `title`"), "{}", run.stderr);
}

/// Eighth review, finding 13: the header of an attachment ("LAMPIRAN I : SURAT ... /
/// NOMOR / TANGGAL") stands at the top right of its first page, as the tata naskah dinas
/// places it, in portrait attachments too: the empty column before it is the widest.
#[test]
fn the_attachments_header_stands_at_the_top_right() {
    let sb = Sandbox::new();
    let run = sb.run(&["packet", sample("gianyar-kabupaten.yaml").to_str().unwrap(), "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let parts = crate::harness::unzip(&read(&sb.path("out/02-plan.docx")));
    let xml = String::from_utf8(parts.into_iter().find(|(n, _)| n == "word/document.xml").unwrap().1).unwrap();
    let grid = xml.split("<w:tblGrid>").nth(1).and_then(|g| g.split("</w:tblGrid>").next()).expect("the header's table");
    let widths: Vec<u32> = grid.split("w:w=\"").skip(1).map(|w| w.split('"').next().unwrap().parse().unwrap()).collect();
    let total: u32 = widths.iter().sum();
    assert_eq!(widths.len(), 4, "{grid}");
    assert!(widths[0] * 100 / total >= 40 && widths[0] > widths[3], "{widths:?}");
    assert!(xml.contains("LAMPIRAN I"), "the header is the first table");
}

/// Seventh review, finding 10, and eighth, finding 11: the action plan's signature never
/// stands on a page of its own, away from the table it signs: the table's last row (the
/// totals) goes over with the closing formula and the signature.
#[test]
fn the_action_plans_signature_carries_the_tables_last_row() {
    let sb = Sandbox::new();
    let run = sb.run(&["draft", "action-plan", sample("denpasar-perth.yaml").to_str().unwrap(), "-o", "out", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = lopdf::Document::load_mem(&read(&sb.path("out/action-plan.pdf"))).unwrap();
    let last = pdf.get_pages().len() as u32;
    let text = page_text(&pdf, last);
    assert!(text.contains("WALI KOTA DENPASAR"), "{text}");
    assert!(text.contains("Jumlah perkiraan") || text.contains("Jumlah:"), "the totals row is on the signature's page: {text}");
}
