//! Regressions of the thirteenth unseen review (Kabupaten Bengkalis and the Melaka Historic
//! City Council, Malaysia: a Pj. Bupati, Malay as the third language, A4 and Arial 11, a
//! renewal, an activity postponed and planned again, one cancelled, one across two years).
//! The case needs the reviewer's own Malay texts, so these tests state each finding on the
//! Jambi sample (`jambi-goettingen-ksdll.yaml`), which has the same shapes.

use crate::harness::{draft_pdf as drafted, pdf_text as text, read_sample as read, Sandbox};

const CASE: &str = "jambi-goettingen-ksdll.yaml";

/// Finding 1: the work plan of the year a postponed activity is planned again in does not
/// list it among the activities "not included in the table", where its new row stands;
/// finding 20: a row of an activity begun the year before says it goes on from there.
#[test]
fn the_work_plan_lists_a_rescheduled_activity_once_and_says_what_goes_on() {
    let sb = Sandbox::new();
    drafted(&sb, &read(CASE), &["rkt", "--year", "2027"]);
    let rkt = text(&sb, "out/rkt-2027.pdf");
    assert!(rkt.contains("Dijadwalkan ulang dari Triwulan IV 2026"), "{rkt}");
    assert!(!rkt.contains("Lokakarya penyusunan basis data spasial lahan gambut (ditunda)"), "{rkt}");
    assert!(rkt.contains("Lanjutan dari Triwulan IV 2026") && rkt.contains("Continued from Q4 2026"), "{rkt}");
}

/// Finding 2: the financing sentence of a year's work plan names the sources the year's
/// activities use in that year, not a source an activity across two years uses only in the
/// next.
#[test]
fn a_year_s_financing_names_the_sources_of_that_year() {
    let sb = Sandbox::new();
    let src = read(CASE).replacen(
        "    funding: [apbd, partner]\n    costs:\n      - {source: apbd, amount_idr: 150000000, year: 2026}\n",
        "    funding: [apbd, partner, apbn]\n    costs:\n      - {source: apbn, amount_idr: 50000000, year: 2027}\n      - {source: apbd, amount_idr: 150000000, year: 2026}\n",
        1,
    );
    assert!(src.contains("{source: apbn, amount_idr: 50000000, year: 2027}"));
    drafted(&sb, &src, &["rkt", "--year", "2026"]);
    let rkt = text(&sb, "out/rkt-2026.pdf");
    let sentence = &rkt[rkt.find("Kegiatan tahun 2026 dibiayai dari").expect("the year's financing")..];
    let sentence = &sentence[..sentence.find('.').unwrap_or(sentence.len())];
    assert!(sentence.contains("APBD") && !sentence.contains("APBN"), "{sentence}");
}

/// Finding 3: the report says that a postponed activity's budget was not spent in the year,
/// as it says of a cancelled one's.
#[test]
fn the_report_says_a_postponed_activity_s_budget_was_not_spent() {
    let sb = Sandbox::new();
    drafted(&sb, &read(CASE), &["report", "--year", "2026"]);
    let report = text(&sb, "out/report-2026.pdf");
    assert!(
        report.contains("Anggaran kegiatan yang ditunda sebesar Rp95.000.000,00 (sembilan puluh lima juta rupiah) tidak direalisasikan pada tahun 2026."),
        "{report}"
    );
    assert!(report.contains("The budget of the postponed activity, IDR 95,000,000"), "{report}");
}

/// Finding 6: the texts of a renewal in a third language carry the renewed MoU's number, as
/// the Indonesian and English do ("Nomor ...", "No. ..."): equally authentic texts name the
/// same instrument. In Chinese, Korean and Japanese, in the recitals and in Article 1.
#[test]
fn a_renewal_names_the_renewed_mou_s_number_in_every_language() {
    let sb = Sandbox::new();
    drafted(&sb, &read("sulut-fujian.yaml"), &["mou"]);
    let mou = text(&sb, "out/mou.pdf").replace(' ', "");
    assert!(mou.matches("（编号：119/NK/KS/XI/2020）").count() >= 2, "{mou}");
    // (Korean and Japanese on the samples of those partners, made renewals.)
    let renewal = |third: &str| {
        format!("mou:\n  renews: {{date: 2021-03-01, number: 119/NK/KS/III/2021, place: {{id: Jeju, en: Jeju, third: {third}}}}}\n")
    };
    let korean = format!("{}{}", read("gianyar-gapyeong-ko.yaml"), renewal("제주"));
    let japanese = read("banyuwangi-minamiise.yaml").replacen("mou:\n", &renewal("済州"), 1);
    for (src, mark) in [(korean, "(번호:119/NK/KS/III/2021)"), (japanese, "（番号：119/NK/KS/III/2021）")] {
        drafted(&sb, &src, &["mou"]);
        let mou = text(&sb, "out/mou.pdf").replace(' ', "");
        assert!(mou.contains(mark), "{mark}: {mou}");
    }
}

/// Finding 15: `status` drafts nothing, so a cooperation whose third language has no phrases
/// yet (Malay, without `--templates`) is still in the register; `validate` and `draft` still
/// ask for them.
#[test]
fn status_includes_a_cooperation_in_a_language_without_phrases() {
    let sb = Sandbox::new();
    let src = read("pekalongan-tokamachi.yaml").replacen("  third:\n    code: ja\n", "  third:\n    code: ms\n", 1);
    assert!(src.contains("code: ms"));
    sb.write("case.yaml", &src);
    let status = sb.run(&["status", "case.yaml", "--today", "2026-12-05"]);
    assert_eq!(status.code, 0, "{}", status.stderr);
    assert!(status.stdout.contains("Kota Pekalongan") && !status.stderr.contains("not included"), "{}{}", status.stdout, status.stderr);
    let validate = sb.run(&["validate", "case.yaml"]);
    assert_eq!(validate.code, 2, "{}", validate.stderr);
    assert!(validate.stderr.contains("the templates have no phrases for the third language `ms`"), "{}", validate.stderr);
}

/// Findings 4 and 8: a third language in the Latin script (Malay) gives the LoI's title line by line
/// (`loi_title_lines`), each line beside the Indonesian and English ones, not one block beside
/// the first; a language without it keeps its one phrase (`loi_title_block`).
#[test]
fn a_latin_script_third_language_sets_its_title_line_by_line() {
    let sb = Sandbox::new();
    assert_eq!(sb.run(&["clauses", "export", "texts"]).code, 0);
    for entry in std::fs::read_dir(sb.path("texts/clauses")).unwrap() {
        let path = entry.unwrap().path();
        let src = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, src.replace("\n  ko: |", "\n  ms: |").replace("\n  ko: ", "\n  ms: ")).unwrap();
    }
    // (The signer's title in Malay as in Indonesian, "Bupati Gianyar": finding 8.)
    let korean: String = std::fs::read_to_string(sb.path("texts/templates/phrases/ko.yaml"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("region_signer:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let korean = format!("{korean}region_signer: '{{{{t region_head_title \"id\"}}}}'\n");
    let lines = "loi_title_lines: 'SURAT HASRAT | ANTARA | {{upper (t region_gov)}} | REPUBLIK INDONESIA | DAN | {{upper (t partner_gov)}} | {{upper (t partner.country)}} | MENGENAI KERJASAMA'\n";
    let grammar = "and: dan\nmonths: Januari, Februari, Mac, April, Mei, Jun, Julai, Ogos, September, Oktober, November, Disember\nnumbers: sifar, satu, dua, tiga\narticle: 'PERKARA {n}'\n";
    sb.write("texts/templates/phrases/ms.yaml", format!("{korean}\n{grammar}{lines}"));
    sb.write("ms.yaml", read("gianyar-gapyeong-ko.yaml").replace("code: ko", "code: ms"));
    let args = ["draft", "loi", "ms.yaml", "-o", "out", "--format", "docx", "--templates", "texts/templates", "--clauses", "texts/clauses"];
    let run = sb.run(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let docx = crate::harness::unzip(&std::fs::read(sb.path("out/loi.docx")).expect("docx"));
    let xml = String::from_utf8(docx.into_iter().find(|(n, _)| n == "word/document.xml").expect("document.xml").1).expect("utf-8");
    let rows: Vec<&str> = xml.split("<w:tr>").collect();
    let row = |text: &str| rows.iter().find(|r| r.contains(text)).unwrap_or_else(|| panic!("no row with {text}"));
    assert!(
        row("LETTER OF INTENT").contains("SURAT HASRAT") && !row("LETTER OF INTENT").contains("MENGENAI"),
        "{}",
        row("LETTER OF INTENT")
    );
    assert!(row("TENTANG").contains("MENGENAI KERJASAMA"), "{}", row("TENTANG"));
    // Finding 8: a signature line equal in two languages is printed once, as in the PDF,
    // though the English stands between them.
    assert_eq!(xml.matches("Bupati Gianyar").count(), 1, "{xml}");
}
