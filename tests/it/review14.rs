//! Regressions of the fourteenth unseen review (Kota Singkawang and Meizhou City, China: a
//! friendship city, Chinese as the third language, a Plh. signing one letter, the classic
//! "Kepada Yth." layout, F4 and Times New Roman, an activity in kind only, one postponed and
//! one funded by a third party). Each finding is stated on a bundled sample with the same
//! shapes.

use crate::harness::{check_text, draft_pdf as drafted, pdf_text as text, read_sample as read, statuses, Sandbox};

/// Finding 1: when every budgeted activity of the year says what it spent, or was postponed
/// or cancelled, the year's realisation is known, at zero too: the report and its letter
/// say "Rp0,00", not "not yet reported".
#[test]
fn a_realisation_of_zero_is_reported_as_zero() {
    let sb = Sandbox::new();
    let src = read("jambi-goettingen-ksdll.yaml")
        .replacen("    spent: [{source: apbd, amount_idr: 142500000}, {source: partner, amount_idr: 287000000}]\n", "    spent_idr: 0\n", 1)
        .replacen("    spent: [{source: apbd, amount_idr: 178250000}]\n", "    spent_idr: 0\n", 1);
    assert_eq!(src.matches("spent_idr: 0\n").count(), 2);
    drafted(&sb, &src, &["report", "--year", "2026"]);
    let report = text(&sb, "out/report-2026.pdf");
    assert!(report.contains("realisasinya dari seluruh sumber tersebut adalah Rp0,00 (nol rupiah)"), "{report}");
    assert!(report.contains("the amount spent from all these sources is IDR 0 (zero rupiah)"), "{report}");
    assert!(!report.contains("belum dilaporkan.") && !report.contains("not yet reported"), "{report}");
    drafted(&sb, &src, &["mendagri-report", "--year", "2026"]);
    let letter = text(&sb, "out/mendagri-report-2026.pdf");
    assert!(letter.contains("dengan realisasi sebesar Rp0,00 (nol rupiah) atau 0% dari anggaran yang direncanakan"), "{letter}");
}

/// Finding 15: one postponed activity is "the postponed activity".
#[test]
fn one_postponed_activity_is_named_in_the_singular() {
    let sb = Sandbox::new();
    drafted(&sb, &read("jambi-goettingen-ksdll.yaml"), &["report", "--year", "2026"]);
    let report = text(&sb, "out/report-2026.pdf");
    assert!(report.contains("The budget of the postponed activity, IDR 95,000,000"), "{report}");
}

/// Finding 2: the partner's contribution in kind is a source of its own, with no amount:
/// named so in the tables and in a sentence of the year's financing, and refused with an
/// amount.
#[test]
fn a_contribution_in_kind_is_its_own_source_without_an_amount() {
    let sb = Sandbox::new();
    let src = read("jambi-goettingen-ksdll.yaml");
    let at = src.find("  - key: guest-lectures").expect("the activity");
    let in_kind = format!("{}{}", &src[..at], src[at..].replacen("    funding: [none]\n", "    funding: [partner_in_kind]\n", 1));
    assert!(in_kind.contains("funding: [partner_in_kind]"));
    drafted(&sb, &in_kind, &["rkt", "--year", "2026"]);
    let rkt = text(&sb, "out/rkt-2026.pdf");
    assert!(rkt.contains("Kontribusi natura (in-kind) Georg-August-Universität Göttingen"), "{rkt}");
    assert!(rkt.contains("memberikan kontribusi natura (in-kind) untuk 1 (satu) kegiatan, sebagaimana tercantum dalam tabel."), "{rkt}");
    assert!(rkt.contains("contributes in kind to 1 (one) activity, as shown in the table."), "{rkt}");
    let with_amount = in_kind.replacen(
        "    funding: [partner_in_kind]\n",
        "    funding: [partner_in_kind]\n    costs: [{source: partner_in_kind, amount_idr: 10000000}]\n",
        1,
    );
    sb.write("amount.yaml", &with_amount);
    let run = sb.run(&["validate", "amount.yaml"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("`partner_in_kind` has no amount: a contribution in kind is no budget allocation"), "{}", run.stderr);
}

/// Finding 3: `mou.benefits: plan` leaves the benefits and outputs to the plan: no article,
/// no annex.
#[test]
fn benefits_left_to_the_plan_give_the_mou_no_article_and_no_annex() {
    let sb = Sandbox::new();
    let src = read("denpasar-perth.yaml");
    let plan = if src.contains("  benefits: article\n") {
        src.replacen("  benefits: article\n", "  benefits: plan\n", 1)
    } else {
        src.replacen("mou:\n", "mou:\n  benefits: plan\n", 1)
    };
    assert!(plan.contains("  benefits: plan\n"));
    drafted(&sb, &src, &["mou"]);
    let article = text(&sb, "out/mou.pdf");
    assert!(article.contains("MANFAAT DAN KELUARAN"), "{article}");
    drafted(&sb, &plan, &["mou"]);
    let mou = text(&sb, "out/mou.pdf");
    assert!(!mou.contains("MANFAAT DAN KELUARAN") && !mou.contains("BENEFITS AND OUTPUTS") && !mou.contains("LAMPIRAN"), "{mou}");
    assert!(mou.contains("PENYELESAIAN PERSELISIHAN"), "{mou}");
}

/// Finding 5: the letter answering the Minister's consideration quotes its subject as given,
/// or cites the number and the date alone; it invents none.
#[test]
fn the_minister_s_letter_is_cited_by_its_own_subject_or_by_number_and_date() {
    let sb = Sandbox::new();
    let src = read("denpasar-perth.yaml");
    drafted(&sb, &src, &["mendagri-mou"]);
    let letter = text(&sb, "out/mendagri-mou.pdf");
    assert!(!letter.contains("perihal pertimbangan"), "{letter}");
    assert!(
        letter.contains("Nomor 100.4.5/7731/Keuda tanggal 22 November 2024, yang memuat pertimbangan atas Rencana Kerja Sama"),
        "{letter}"
    );
    let subject = src.replacen(
        "consideration: {date: 2024-11-22, number: 100.4.5/7731/Keuda,",
        "consideration: {date: 2024-11-22, number: 100.4.5/7731/Keuda, subject: Pertimbangan Rencana Kerja Sama Kota Denpasar dan Kota Perth,",
        1,
    );
    assert!(subject.contains("subject: Pertimbangan"));
    drafted(&sb, &subject, &["mendagri-mou"]);
    let letter = text(&sb, "out/mendagri-mou.pdf");
    assert!(
        letter.contains("tanggal 22 November 2024 perihal Pertimbangan Rencana Kerja Sama Kota Denpasar dan Kota Perth, yang memuat"),
        "{letter}"
    );
}

/// Finding 4: a DPRD packet without the signed LoI's scan says that the LoI goes in retyped,
/// and how to send the signed copy.
#[test]
fn the_dprd_packet_says_when_the_loi_goes_in_retyped() {
    let sb = Sandbox::new();
    sb.write("case.yaml", read("jambi-goettingen-ksdll.yaml"));
    let run = sb.run(&["packet", "case.yaml", "--for", "dprd", "-o", "packet", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("note: the Letter of Intent goes in retyped, \"ttd.\" in place of its signatures"), "{}", run.stderr);
    assert!(run.stderr.contains("`{kind: signed_loi, file: ...}`"), "{}", run.stderr);
}

/// Finding 7: a word that only begins like a name's common head is no name: "Tata Kelola
/// Pemerintahan" runs in as "tata kelola pemerintahan" beside "Pemerintah Kota ...".
#[test]
fn a_subject_runs_in_without_capitals_a_name_s_head_does_not_give() {
    let names = ["Pemerintah Kota Singkawang".to_string(), "Pemerintah Rakyat Kota Meizhou".to_string()];
    assert_eq!(
        naskah::format::title_as_phrase("Kebudayaan, Pariwisata, Pertanian, dan Tata Kelola Pemerintahan", &names, false),
        "kebudayaan, pariwisata, pertanian, dan tata kelola pemerintahan"
    );
    // (A name's own word still keeps its capital: "Singkawang".)
    assert!(naskah::format::title_as_phrase("Promosi Budaya Singkawang dan Pariwisata", &names, false).contains("Singkawang"));
}

/// Finding 8: the note of a rescheduled activity and the user's remark are a sentence each.
#[test]
fn a_rescheduled_activity_s_remark_follows_the_note_as_its_own_sentence() {
    let sb = Sandbox::new();
    let src = read("jambi-goettingen-ksdll.yaml");
    let at = src.find("  - key: peat-data-workshop-2027").expect("the rescheduled activity");
    let remark = format!(
        "{}{}",
        &src[..at],
        src[at..].replacen(
            "    funding: [apbd, own_cost]\n",
            "    funding: [apbd, own_cost]\n    remarks: {id: Ditunda karena musim kebakaran, en: Postponed for the fire season}\n",
            1
        )
    );
    assert!(remark.contains("Ditunda karena musim kebakaran"));
    drafted(&sb, &remark, &["rkt", "--year", "2027"]);
    let rkt = text(&sb, "out/rkt-2027.pdf");
    assert!(rkt.contains("Dijadwalkan ulang dari Triwulan IV 2026. Ditunda karena musim kebakaran"), "{rkt}");
    assert!(rkt.contains("Rescheduled from Q4 2026. Postponed for the fire season"), "{rkt}");
}

/// Finding 12: a place of signature that names its country is closed by a comma in the
/// closing's sentence, as the LoI's is.
#[test]
fn the_mou_s_closing_closes_a_place_with_its_country_by_a_comma() {
    let sb = Sandbox::new();
    let src = read("denpasar-perth.yaml");
    let old = "mou:\n  place:\n    id: Denpasar\n    en: Denpasar\n";
    assert!(src.contains(old));
    let src = src.replacen(old, "mou:\n  place:\n    id: Denpasar, Indonesia\n    en: Denpasar, Indonesia\n", 1);
    drafted(&sb, &src, &["mou"]);
    let mou = text(&sb, "out/mou.pdf");
    assert!(mou.contains("di Denpasar, Indonesia, pada tanggal"), "{mou}");
    assert!(mou.contains("in Denpasar, Indonesia, on"), "{mou}");
}

/// Finding 6: a letter's request is found wherever a copy breaks its lines ("... dan" /
/// "sesuai dengan ketentuan ..., kami mohon ..." is no recital); its signature is the
/// signatory's block, not the addressee's "Yth." or "c.q." line; the batch's table fits
/// the longest kind.
#[test]
fn a_letter_s_request_and_signature_do_not_depend_on_where_its_lines_break() {
    let sb = Sandbox::new();
    let letter = "Nomor : 000.2.3/511/Bag.KS\nSifat : Penting\nLampiran : 3 (tiga) berkas\nHal : Penyampaian Rencana Kerja Sama\n\nYth. Menteri Dalam Negeri Republik Indonesia\nc.q. Kepala Pusat Fasilitasi Kerja Sama\ndi Jakarta\n\nBersama ini kami sampaikan Rencana Kerja Sama Pemerintah Kota Singkawang dengan Pemerintah Rakyat Kota Meizhou yang telah\ndisetujui Dewan Perwakilan Rakyat Daerah beserta kelengkapannya sebagaimana terlampir, dan\nsesuai dengan ketentuan Pasal 31 ayat (1) Peraturan Pemerintah Nomor 28 Tahun 2018 tentang\nKerja Sama Daerah, kami mohon kiranya Menteri Dalam Negeri berkenan memberikan\npertimbangan sebagai dasar penyusunan naskah kerja sama.\n\nDemikian kami sampaikan. Atas perhatian Menteri Dalam Negeri, kami ucapkan terima kasih.\n\nPlh. WALI KOTA SINGKAWANG,\n\nDrs. SUMASTRO, M.Si.\n\nLampiran:\n1. Rencana Kerja Sama yang telah disetujui DPRD;\n2. Keputusan DPRD Kota Singkawang Nomor 5 Tahun 2026;\n3. Kajian peluang dan manfaat.\n";
    let v = statuses(letter, "mendagri-plan");
    assert_ne!(v["request"], "missing", "{}", check_text(letter, "mendagri-plan"));
    sb.write("letter.txt", letter);
    let run = sb.run(&["check", "letter.txt", "--kind", "mendagri-plan", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let signature = &json["files"][0]["sections"]["signature"]["evidence"]["text"];
    assert_eq!(signature, "Plh. WALI KOTA SINGKAWANG,", "{}", run.stdout);
    // (The section's name fits the three letters' requests: approval or consideration.)
    let cut = letter.replace("kami mohon kiranya Menteri Dalam Negeri berkenan memberikan\npertimbangan", "demikian");
    assert!(
        check_text(&cut, "mendagri-plan").contains("M1 no request (permohonan) section found"),
        "{}",
        check_text(&cut, "mendagri-plan")
    );
    sb.write("short.txt", letter);
    let run = sb.run(&["check", "letter.txt", "short.txt", "--kind", "mendagri-report"]);
    let header = run.stdout.lines().find(|l| l.starts_with("file")).expect("the table");
    let row = run.stdout.lines().find(|l| l.starts_with("letter.txt ")).expect("a row");
    assert_eq!(header.find("errors"), row.rfind(char::is_whitespace).map(|i| i + 1), "{}", run.stdout);
}
