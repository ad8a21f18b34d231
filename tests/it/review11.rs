//! Regressions of the eleventh unseen review (Kota Pekalongan and Tokamachi City, Japan: a
//! Plt. Wali Kota, A4 and Arial, a non-binding sister-city MoU in three languages, signed
//! separately, an activity across two years and one cancelled, a JICA grant): each finding
//! as a property of the tool, so that the mechanism stays fixed, not the sentence.

use crate::harness::{sample, Sandbox};
use naskah::assemble::{Assembler, Drafting};
use naskah::library::Library;
use naskah::model::{dump, DocKind};

fn input(src: &str) -> naskah::input::Input {
    naskah::input::load("in.yaml", src).unwrap_or_else(|e| panic!("{e:?}")).input
}

fn drafted(src: &str, kind: DocKind, how: &Drafting) -> naskah::model::Document {
    let asm = Assembler::new(None, Library::embedded().expect("the embedded library loads")).expect("the templates load");
    asm.draft_with(kind, &input(src), how).unwrap_or_else(|e| panic!("{kind:?}: {}", e.render())).0
}

fn read(name: &str) -> String {
    std::fs::read_to_string(sample(name)).expect("sample")
}

/// Banyuwangi and Minamiise, non-binding, in Japanese too, its term running from the later
/// of two signatures.
fn minamiise_signed_apart() -> String {
    read("banyuwangi-minamiise.yaml").replacen("  start: 2026-04-01\n", "  start: signature\n", 1).replacen(
        "  wording: arrangement\n  date: 2026-03-20\n",
        "  wording: arrangement\n  date: 2026-03-20\n  signing: separate\n  partner_date: 2026-03-27\n  partner_place: {id: Minamiise, en: Minamiise, third: 南伊勢町}\n",
        1,
    )
}

/// Finding 2: the MoU signed on two dates comes into effect when the side that signs last
/// signs, in the MoU's own wording in every language ("Peserta", 双方; no 両当事者, the
/// treaty's word), and the plan and the letter state the start of the term in the same
/// formula.
#[test]
fn the_start_of_a_separately_signed_arrangement_is_in_its_own_words() {
    let src = minamiise_signed_apart();
    let mou = dump(&drafted(&src, DocKind::Mou, &Drafting::default()));
    assert!(mou.contains("mulai berlaku pada tanggal ditandatangani oleh Peserta yang terakhir menandatanganinya"), "{mou}");
    assert!(mou.contains("本覚書は、双方のうち後に署名した側の署名の日に効力を生じ"), "{mou}");
    assert!(!mou.contains("両当事者"), "{mou}");
    for kind in [DocKind::Plan, DocKind::DprdLetter] {
        let doc = dump(&drafted(&src, kind, &Drafting::default()));
        assert!(doc.contains("ditandatangani oleh pihak yang terakhir menandatanganinya"), "{kind:?}: {doc}");
    }
}

/// Finding 3: a report's achievements per scope item are those of the activities that went
/// ahead, never what a cancelled activity's entry says.
#[test]
fn a_cancelled_activity_achieves_nothing_in_the_report() {
    let src = read("denpasar-perth.yaml").replacen(
        "  - activity: exchange-2025\n    status: done\n",
        "  - activity: exchange-2025\n    status: cancelled\n",
        1,
    );
    let report = dump(&drafted(&src, DocKind::Report, &Drafting { attached_to: None, year: Some(2025) }));
    let summary: Vec<&str> = report.lines().filter(|l| l.contains("Dalam ruang lingkup")).collect();
    assert!(summary.iter().any(|l| l.contains("1 (satu) dibatalkan.") && !l.contains("Capaian")), "{summary:?}");
    assert!(summary.iter().any(|l| l.contains("Capaian: 1 (satu) dokumen pemetaan")), "{summary:?}");
}

/// Finding 6: `validate` warns of spending above the plan, not only of more than twice it.
#[test]
fn validate_warns_of_spending_above_the_plan() {
    let sb = Sandbox::new();
    sb.write("over.yaml", read("denpasar-perth.yaml").replacen("    spent_idr: 168500000\n", "    spent_idr: 270000000\n", 1));
    let v = sb.run(&["validate", "over.yaml"]);
    assert_eq!(v.code, 0, "{}", v.stderr);
    assert!(
        v.stderr.contains("warning: activity `mapping-2025` spent 270000000, 154% of the 175000000 planned in its `costs`"),
        "{}",
        v.stderr
    );
    assert!(v.stderr.contains("say it in `problems`"), "{}", v.stderr);
}

/// Finding 7: the action plan, a document of the plan's stage, names the plan's chapter
/// where its scope is listed; the MoU's article only when the draft MoU goes with it to the
/// DPRD.
#[test]
fn the_action_plan_cites_the_scope_where_its_reader_finds_it() {
    let src = read("denpasar-perth.yaml");
    let alone = dump(&drafted(&src, DocKind::ActionPlan, &Drafting::default()));
    assert!(alone.contains("Ruang Lingkup (Bab V Rencana Kerja Sama) dan Urusan"), "{alone}");
    let to_minister = dump(&drafted(&src, DocKind::ActionPlan, &Drafting { attached_to: Some(DocKind::MendagriPlan), year: None }));
    assert!(to_minister.contains("Scope (Chapter V of the Cooperation Plan)"), "{to_minister}");
    assert!(!to_minister.contains("Article 2(2) of the MoU"), "{to_minister}");
    let with_mou = src.replacen("dprd_letter:\n", "dprd_letter:\n  attach_mou: true\n", 1);
    let to_dprd = dump(&drafted(&with_mou, DocKind::ActionPlan, &Drafting { attached_to: Some(DocKind::DprdLetter), year: None }));
    assert!(to_dprd.contains("Ruang Lingkup (Pasal 2 ayat (2) Nota Kesepahaman) dan Urusan"), "{to_dprd}");
}

/// Finding 9 (and review 10, finding 24): the blank places and dates of signature of the
/// draft MoU are no unfilled placeholder, alone or merged into the packet; a blank in the
/// letter still is.
#[test]
fn the_draft_mou_s_blanks_are_meant_in_the_packet_too() {
    let sb = Sandbox::new();
    // (Sulawesi Utara's letter takes the draft MoU as its fourth attachment.)
    let input = sb.with_emblem("sulut-fujian.yaml");
    let run = sb.run(&["packet", input.to_str().unwrap(), "-o", "packet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let check = sb.run(&["check", "packet/packet.pdf"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert!(!check.stdout.contains("S7"), "{}", check.stdout);
    // (A blank outside the draft is still reported.)
    let letter = "Nomor : ....................\nHal : Permohonan persetujuan\nYth. Ketua DPRD Kota Denpasar\ndi Denpasar\n";
    sb.write("letter.txt", format!("{letter}\nRANCANGAN\nNOTA KESEPAHAMAN\nPasal 1\n.........., ..........\n"));
    let blank = sb.run(&["check", "letter.txt", "--kind", "dprd-letter"]);
    assert!(blank.stdout.contains("S7 unfilled placeholder: \"Nomor : ....................\""), "{}", blank.stdout);
}

/// Finding 8: a letter to the Minister whose own "Yth." was lost is not a letter to the DPRD
/// by the copy its Tembusan sends the DPRD ("3. Yth. Ketua DPRD ..."): the addressee is read
/// above the copies only.
#[test]
fn a_letter_is_not_addressed_by_its_copies() {
    let sb = Sandbox::new();
    let letter = "WALI KOTA PEKALONGAN\n\nNomor : 100.4.5/0245/Bag.KS/2026\nLampiran : 3 (tiga) berkas\nHal : Penyampaian Rencana Kerja Sama untuk Mendapatkan Pertimbangan\n\n\
        Menteri Dalam Negeri Republik Indonesia\ndi\nJakarta\n\n\
        Dalam rangka pelaksanaan kerja sama daerah, bersama ini kami sampaikan rencana kerja sama yang telah disetujui DPRD untuk mendapatkan pertimbangan.\n\
        Demikian kami sampaikan.\n\nWALI KOTA PEKALONGAN,\n\nH. AHMAD AFZAN\n\n\
        Tembusan:\n1. Yth. Menteri Luar Negeri;\n2. Yth. Gubernur Jawa Tengah;\n3. Yth. Ketua Dewan Perwakilan Rakyat Daerah Kota Pekalongan.\n";
    sb.write("letter.txt", letter);
    let run = sb.run(&["check", "letter.txt"]);
    assert!(!run.stdout.contains("letter to the DPRD"), "{}", run.stdout);
    // (With its "Yth.", the same letter is the Minister's.)
    sb.write(
        "addressed.txt",
        letter.replace("Menteri Dalam Negeri Republik Indonesia\ndi", "Yth. Menteri Dalam Negeri Republik Indonesia\ndi"),
    );
    let run = sb.run(&["check", "addressed.txt"]);
    assert!(run.stdout.contains("to the Minister of Home Affairs"), "{}", run.stdout);
}

/// Finding 4: the work plan and the report of a year before an activity ends state its
/// target as the whole activity's, reached when it ends, not as that year's promise; the
/// year it ends states it plainly.
#[test]
fn an_activity_s_target_is_its_end_s_in_the_years_before() {
    let spanning = read("sulut-fujian.yaml").replacen(
        "    year: 2027\n    quarter: 3\n",
        "    year: 2027\n    quarter: 3\n    until: {year: 2028, quarter: 2}\n    costs: [{source: apbd, amount_idr: 100000000, year: 2027}, {source: apbd, amount_idr: 200000000, year: 2028}]\n",
        1,
    );
    let year = |y: i32| dump(&drafted(&spanning, DocKind::Rkt, &Drafting { attached_to: None, year: Some(y) }));
    let (first, second) = (year(2027), year(2028));
    assert!(first.contains("(target akhir kegiatan, Triwulan II 2028)"), "{first}");
    assert!(first.contains("(target at the end of the activity, Q2 2028)"), "{first}");
    assert!(!second.contains("target akhir kegiatan"), "{second}");
}

/// Finding 5: spending given by source is reported by source, the APBD's realisation apart
/// against its plan, with the budget of a cancelled activity said to be unspent; the total
/// and the amounts by source must agree when both are given.
#[test]
fn the_report_states_the_realisation_of_each_source() {
    let by_source = read("denpasar-perth.yaml").replacen(
        "    spent_idr: 168500000\n",
        "    spent:\n      - {source: apbd, amount_idr: 150000000}\n      - {source: partner, amount_idr: 18500000}\n",
        1,
    );
    let report = dump(&drafted(&by_source, DocKind::Report, &Drafting { attached_to: None, year: Some(2025) }));
    assert!(report.contains(", yaitu APBD Rp150.000.000,00 ("), "{report}");
    assert!(report.contains("anggaran Pemerintah Kota Perth Rp18.500.000,00"), "{report}");
    let sb = Sandbox::new();
    sb.write("both.yaml", by_source.replacen("    spent:\n", "    spent_idr: 170000000\n    spent:\n", 1));
    let v = sb.run(&["validate", "both.yaml"]);
    assert_eq!(v.code, 0, "{}", v.stderr);
    assert!(v.stderr.contains("the amounts spent by source add up to 168500000, not the 170000000 of `spent_idr`"), "{}", v.stderr);
    let cancelled = read("denpasar-perth.yaml").replacen(
        "  - activity: exchange-2025\n    status: done\n",
        "  - activity: exchange-2025\n    status: cancelled\n",
        1,
    );
    let report = dump(&drafted(&cancelled, DocKind::Report, &Drafting { attached_to: None, year: Some(2025) }));
    assert!(report.contains("Anggaran kegiatan yang dibatalkan sebesar Rp"), "{report}");
}

/// Finding 8, its second half: the signature's evidence is the signature block, not a
/// sentence of the body that a line breaks right after "ditandatangani di".
#[test]
fn a_sentence_broken_after_signed_in_is_no_signature() {
    let sb = Sandbox::new();
    let letter = "WALI KOTA PEKALONGAN\n\nNomor : 100.4.5/0245/Bag.KS/2026\nLampiran : 3 (tiga) berkas\nHal : Penyampaian Rencana Kerja Sama untuk Mendapatkan Pertimbangan\n\n\
        Yth. Menteri Dalam Negeri Republik Indonesia\ndi\nJakarta\n\n\
        Rencana kerja sama ini merupakan tindak lanjut Pernyataan Kehendak Kerja Sama antara Pemerintah Kota\nPekalongan dan Pemerintah Kota Tokamachi telah ditandatangani di\nPekalongan pada tanggal 5 Februari 2026.\n\
        Sehubungan dengan hal tersebut, bersama ini kami sampaikan rencana kerja sama yang telah disetujui DPRD\nbeserta kelengkapannya sebagaimana terlampir untuk mendapatkan pertimbangan.\n\
        Demikian kami sampaikan.\n\nPlt. WALI KOTA PEKALONGAN,\n\nDr. H. MUHAMMAD RIZAL FAHMI, S.H., M.H.\n\nTembusan:\n1. Yth. Menteri Luar Negeri.\n";
    sb.write("letter.txt", letter);
    let run = sb.run(&["check", "letter.txt", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    let evidence = &v["files"][0]["sections"]["signature"]["evidence"]["text"];
    assert_eq!(evidence, "Plt. WALI KOTA PEKALONGAN,", "{}", run.stdout);
}

/// Round 19 (290/16): "Insurance and Benefits of Visiting Personnel" are what the staff sent
/// are entitled to, not the benefits of the cooperation.
#[test]
fn the_benefits_of_visiting_personnel_are_no_benefits_of_the_cooperation() {
    let sb = Sandbox::new();
    let mou = "MEMORANDUM OF UNDERSTANDING\nBETWEEN THE REGENCY OF A AND THE B FOUNDATION\n\nArticle 1\nScope\nThe Parties will cooperate in eye care.\n\nArticle 8\nInsurance and Benefits of Visiting Personnel\n8.1 Staff visiting the Regency remain employees of the Foundation, which is responsible for their salaries and other employment benefits.\n";
    sb.write("mou.txt", mou);
    let run = sb.run(&["check", "mou.txt", "--kind", "mou", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    assert_eq!(v["files"][0]["sections"]["benefit"]["status"], "missing", "{}", run.stdout);
}

/// Twelfth review, finding 3: the plan of a cooperation with a foreign institution states
/// the form of cooperation the input names, as the letter and the MoU do.
#[test]
fn the_plan_of_a_ksdll_states_its_form() {
    let src = read("denpasar-foodwaste-ksdll.yaml");
    let named = format!(
        "{src}\nform_name: {{id: kemitraan penelitian dan pengembangan kapasitas, en: research and capacity development partnership}}\n"
    );
    let plan = dump(&drafted(&named, DocKind::Plan, &Drafting::default()));
    assert!(
        plan.contains("(KSDLL) dalam bentuk kemitraan penelitian dan pengembangan kapasitas sebagaimana dimaksud dalam Pasal 36"),
        "{plan}"
    );
    assert!(plan.contains("(KSDLL) in the form of research and capacity development partnership as referred to in Article 36"), "{plan}");
}

/// Twelfth review, finding 8: the report, which the region signs alone, shows the signer's
/// rank and NIP under the name, as the letter that sends it does.
#[test]
fn the_report_s_signer_shows_rank_and_nip_as_its_letter() {
    let src = read("sulut-fujian.yaml");
    let report = dump(&drafted(&src, DocKind::Report, &Drafting { attached_to: None, year: Some(2027) }));
    let signatures = report.lines().skip_while(|l| !l.starts_with("signature 1")).collect::<Vec<_>>().join("\n");
    assert!(signatures.contains("Pembina Utama Madya"), "{signatures}");
}

/// Twelfth review, finding 6: the packet of the letter sending the plan to the Minister is
/// that letter, though the action plan merged after it lists a draft ("Rancangan ...") as an
/// output: the letter names a draft MoU in its own text, not in its attachments.
#[test]
fn a_plan_letter_s_packet_is_not_the_mou_letter_for_a_draft_in_its_attachments() {
    let sb = Sandbox::new();
    let mut letter = String::from("WALI KOTA A\n\nNomor : 100/1/2026\nLampiran : 2 (dua) berkas\nHal : Penyampaian Rencana Kerja Sama untuk Mendapatkan Pertimbangan\n\nYth. Menteri Dalam Negeri\ndi\nJakarta\n\nBersama ini kami sampaikan rencana kerja sama yang telah disetujui DPRD untuk mendapatkan pertimbangan.\nDemikian kami sampaikan.\n\nWALI KOTA A,\n\nNAMA WALI KOTA\n\n");
    for n in 1..=90 {
        letter.push_str(&format!("Baris lampiran {n}.\n"));
    }
    letter.push_str("Keluaran: Rancangan pedoman pengelolaan sampah.\n");
    sb.write("packet.txt", &letter);
    let run = sb.run(&["check", "packet.txt"]);
    assert!(run.stdout.contains("letter sending the plan to the Minister"), "{}", run.stdout);
}

/// Twelfth review, finding 7: the Minister's consideration of a plan ("Pertimbangan atas
/// Rencana Kerja Sama") answers a plan and is not one: not checked as a plan.
#[test]
fn the_minister_s_consideration_of_a_plan_is_not_a_plan() {
    let sb = Sandbox::new();
    sb.write("pertimbangan.txt", "KEMENTERIAN DALAM NEGERI\nNomor 100.4.5/3311/Keuda\nPertimbangan atas Rencana Kerja Sama\n");
    let run = sb.run(&["check", "pertimbangan.txt"]);
    assert!(run.stdout.contains("not a cooperation document"), "{}", run.stdout);
}
