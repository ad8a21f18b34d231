//! Regressions of issue 10's second unseen review (the Sulawesi Utara - Fujian case): each
//! finding as a property of the drafted or rendered documents, on this case and on others,
//! so that the mechanism stays fixed, not the sentence.

use crate::harness::{read, sample, unzip, Sandbox};
use naskah::assemble::Assembler;
use naskah::library::Library;
use naskah::model::{dump, kept_with_signatures, Block, DocKind, Document, Keep, Lang};
use naskah::render::{Layout, Options};

fn asm() -> Assembler {
    Assembler::new(None, Library::embedded().expect("the embedded library loads")).expect("the templates load")
}

fn input(name: &str, edit: &dyn Fn(String) -> String) -> naskah::input::Input {
    let src = edit(std::fs::read_to_string(sample(&format!("{name}.yaml"))).expect("sample"));
    naskah::input::load("in.yaml", &src).unwrap_or_else(|e| panic!("{e:?}")).input
}

fn drafted(name: &str, edit: &dyn Fn(String) -> String, kind: DocKind) -> Document {
    asm().draft(kind, &input(name, edit)).expect("drafts").0
}

fn same(s: String) -> String {
    s
}

/// Every text of a document in one language, one block per line.
fn texts(doc: &Document, lang: &str) -> String {
    dump(doc).lines().filter_map(|l| l.trim_start().strip_prefix(&format!("{lang}| "))).collect::<Vec<_>>().join("\n")
}

/// The title block (title and subtitles) in one language.
fn title(doc: &Document, lang: &str) -> String {
    let l = Lang(lang.into());
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Title(t) | Block::Subtitle(t) => t.get(&l).map(str::to_string),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A renewal (`mou.renews`) continues the relationship in every language of the LoI and the
/// MoU, titles and Article 1 included, and never establishes it; the letter, the plan, the
/// action plan and the cover say it is a renewal and name the earlier MoU.
#[test]
fn a_renewal_continues_the_relationship_in_every_document_and_language() {
    for kind in [DocKind::Loi, DocKind::Mou] {
        let doc = drafted("sulut-fujian", &same, kind);
        assert!(title(&doc, "id").contains("TENTANG KELANJUTAN KERJA\u{a0}SAMA PROVINSI BERSAUDARA"), "{}", title(&doc, "id"));
        assert!(title(&doc, "en").contains("ON THE CONTINUATION OF SISTER PROVINCE COOPERATION"), "{}", title(&doc, "en"));
        assert!(title(&doc, "zh").contains("关于继续开展友好省合作的"), "{}", title(&doc, "zh"));
        let (id, en, zh) = (texts(&doc, "id"), texts(&doc, "en"), texts(&doc, "zh"));
        assert!(!id.contains("menjalin hubungan") && id.contains("melanjutkan hubungan provinsi bersaudara"), "{kind:?}: {id}");
        assert!(!en.contains("establish a sister") && en.contains("continue their sister-province relationship"), "{kind:?}: {en}");
        assert!(!zh.contains("建立"), "{kind:?}: {zh}");
        assert!(id.contains("18 November 2020") && en.contains("18 November 2020") && zh.contains("2020年11月18日"), "{kind:?}");
        assert!(id.contains("sejak tahun 2015") && en.contains("since 2015") && zh.contains("2015年以来"), "{kind:?}");
    }
    // Article 1 of the MoU says one thing: it continues the relationship and renews the MoU.
    let mou = texts(&drafted("sulut-fujian", &same, DocKind::Mou), "en");
    assert_eq!(mou.matches("renew").count(), 1, "{mou}");
    let letter = texts(&drafted("sulut-fujian", &same, DocKind::DprdLetter), "id");
    assert!(letter.contains("(Pembaruan Memorandum Saling Pengertian Tahun 2020)"), "the Hal: {letter}");
    assert!(letter.contains("berencana melanjutkan kerja sama provinsi bersaudara"), "{letter}");
    assert!(letter
        .contains("terakhir dituangkan dalam Memorandum Saling Pengertian Nomor 119/NK/KS/XI/2020 yang ditandatangani di Fuzhou pada tanggal 18 November 2020"));
    let plan = drafted("sulut-fujian", &same, DocKind::Plan);
    // Fifth review, finding 19: the plan's title names the cooperation as the MoU's does.
    assert!(title(&plan, "id").contains("TENTANG KELANJUTAN KERJA\u{a0}SAMA PROVINSI BERSAUDARA"), "{}", title(&plan, "id"));
    assert!(texts(&plan, "id").contains(
        "memperbarui Memorandum Saling Pengertian Nomor 119/NK/KS/XI/2020 yang ditandatangani di Fuzhou pada tanggal 18 November 2020"
    ));
    assert!(
        title(&drafted("sulut-fujian", &same, DocKind::ActionPlan), "en").contains("ON THE CONTINUATION OF SISTER PROVINCE COOPERATION")
    );
    let cover = asm()
        .cover(
            &input("sulut-fujian", &same),
            serde_json::json!({"letter": "dprd-letter", "parts": [], "working_days": 45, "received_known": false, "received": "2025-10-08", "due": "2025-12-10", "skipped": []}),
        )
        .expect("the cover");
    let cover = texts(&cover, "id");
    assert!(
        cover.contains("tentang Kelanjutan Kerja\u{a0}Sama Provinsi Bersaudara")
            || cover.contains("tentang Kelanjutan Kerja Sama Provinsi Bersaudara"),
        "{cover}"
    );
    assert!(
        cover.contains(
            "memperbarui Memorandum Saling Pengertian Nomor 119/NK/KS/XI/2020 yang ditandatangani di Fuzhou pada tanggal 18 November 2020"
        ),
        "{cover}"
    );
    // Without a renewal, the same case establishes the relationship, in the same words in
    // every language: no "建立…关系" in Chinese beside "KERJA SAMA" in the others.
    let new = |s: String| {
        s.replace(
            "  renews:\n    date: 2020-11-18\n    number: 119/NK/KS/XI/2020\n    place:\n      id: Fuzhou\n      en: Fuzhou\n      third: 福州\n    since: 2015\n",
            "",
        )
    };
    let loi = drafted("sulut-fujian", &new, DocKind::Loi);
    assert!(title(&loi, "zh").contains("关于友好省合作的意向书"), "{}", title(&loi, "zh"));
    assert!(texts(&loi, "en").contains("establish a sister-province relationship"));
}

/// The words of treaty wording that the non-binding wording replaces, per language.
fn binding_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => &[" shall ", "Parties", "Party", "enter into force", "agree to"],
        "id" => &["Para Pihak", "Pihak lainnya", "masing-masing Pihak", "sepakat untuk", "TELAH MENYETUJUI"],
        "zh" => &["应", "同意在", "达成协议"],
        // "合意する日" (the date agreed upon) is mutual consent, as "agreed upon" is in English.
        "ja" => &["当事者", "協力することに合意する", "次のとおり合意した"],
        "ko" => &["당사자", "합의한다", "합의하였다", "되어야"],
        _ => &[],
    }
}

/// With `mou.wording: arrangement` no text of the MoU, in any language, uses treaty words
/// ("shall", "Para Pihak", 应, 当事者, 당사자), the entry into effect included; with the
/// binding wording they are there (the test is not vacuous).
#[test]
fn the_non_binding_wording_holds_in_every_language_of_the_mou() {
    let arrangement = |s: String| {
        let s = s.replace("  wording: arrangement\n", "").replace("  wording: binding\n", "");
        if s.contains("\nmou:\n") {
            s.replacen("\nmou:\n", "\nmou:\n  wording: arrangement\n", 1)
        } else {
            format!("{}\nmou:\n  wording: arrangement\n", s.trim_end())
        }
    };
    let binding = |s: String| s.replace("  wording: arrangement\n", "");
    for (name, third) in [("sulut-fujian", "zh"), ("banyuwangi-minamiise", "ja"), ("gianyar-gapyeong-ko", "ko")] {
        let mou = drafted(name, &arrangement, DocKind::Mou);
        for lang in ["id", "en", third] {
            let text = texts(&mou, lang);
            for w in binding_words(lang) {
                assert!(!text.contains(w), "{name} {lang}: `{w}` in a non-binding MoU:\n{text}");
            }
        }
        let zh = texts(&mou, third);
        if third == "zh" {
            assert!(zh.contains("达成以下谅解") && zh.contains("双方有意在以下领域开展合作"), "{zh}");
        }
        let treaty = drafted(name, &binding, DocKind::Mou);
        for lang in ["en", third] {
            let text = texts(&treaty, lang);
            assert!(binding_words(lang).iter().any(|w| text.contains(w)), "{name} {lang}: the binding MoU has its treaty words");
        }
    }
}

/// The LoI is not an agreement: no "shall" in it, whatever the MoU's wording.
#[test]
fn the_loi_uses_no_treaty_shall() {
    for name in ["sulut-fujian", "denpasar-perth", "gianyar-kabupaten"] {
        let en = texts(&drafted(name, &same, DocKind::Loi), "en");
        assert!(!en.contains(" shall "), "{name}: {en}");
    }
}

/// Chinese: the acting head's title puts 代理 before the office (北苏拉威西省代理省长), the
/// articles are numbered 第一条, counts are in Chinese numerals, the recitals "recall" (忆及),
/// the partner's head signs by his Chinese name, and no text is run together with digits
/// by spaces.
#[test]
fn the_chinese_text_follows_chinese_legal_usage() {
    let loi = drafted("sulut-fujian", &same, DocKind::Loi);
    let zh = texts(&loi, "zh");
    assert!(zh.contains("北苏拉威西省代理省长") && !zh.contains("代理北苏拉威西"), "{zh}");
    assert!(zh.contains("有效期为一年") && zh.contains("于2025年8月21日"), "{zh}");
    assert!(zh.contains("陈明远"), "the partner's head by his Chinese name: {zh}");
    let mou = drafted("sulut-fujian", &same, DocKind::Mou);
    let zh = texts(&mou, "zh");
    assert!(zh.contains("忆及于2025年8月21日") && !zh.contains("提及"), "{zh}");
    assert!(zh.contains("有效期为五年") && zh.contains("六个月"), "{zh}");
    assert!(!zh.contains("友好解决"), "友好 once in the dispute clause: {zh}");
    let labels: Vec<String> = mou
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Article { number, .. } => Some(naskah::model::article_label(&Lang("zh".into()), *number)),
            _ => None,
        })
        .collect();
    assert_eq!(&labels[..3], ["第一条", "第二条", "第三条"]);
    assert_eq!(labels[9], "第十条");
    assert_eq!(naskah::format::chinese(45), "四十五");
    assert_eq!(naskah::format::chinese(105), "一百零五");
    // The Indonesian civil-service rank is not printed in the bilateral signature blocks.
    assert!(!texts(&loi, "en").contains("Pembina"), "no Indonesian rank in the LoI");
    assert!(texts(&drafted("sulut-fujian", &same, DocKind::DprdLetter), "id").contains("Pembina Utama Madya"), "the letter keeps it");
}

/// The non-binding MoU's entry into effect names no "Para Pihak" / "Parties"; a MoU signed
/// separately runs from the later signature in the plan, the letter and the MoU in one
/// formula, the date the side that signs last signs (review 10, finding 1: not
/// "penandatanganan terakhir", which reads as the last of several signings), the MoU in its
/// own wording ("Peserta"; review 11, finding 2).
#[test]
fn the_start_of_the_term_is_stated_alike_and_in_the_mou_s_wording() {
    let plan = texts(&drafted("sulut-fujian", &same, DocKind::Plan), "id");
    let letter = texts(&drafted("sulut-fujian", &same, DocKind::DprdLetter), "id");
    let mou = texts(&drafted("sulut-fujian", &same, DocKind::Mou), "id");
    for t in [&plan, &letter] {
        assert!(
            t.contains("5 (lima) tahun terhitung sejak tanggal Memorandum Saling Pengertian ditandatangani oleh pihak yang terakhir menandatanganinya"),
            "{t}"
        );
        assert!(!t.contains("penandatanganan terakhir"), "{t}");
    }
    assert!(mou.contains("mulai berlaku pada tanggal ditandatangani oleh Peserta yang terakhir menandatanganinya dan"), "{mou}");
}

/// The closing paragraphs ("Demikian saling pengertian ...", "Ditandatangani ...") stay on the page of the
/// signature blocks: in the model, both paragraphs are kept with them; in the PDF, in both
/// layouts, they are on the signatures' page; in the DOCX, they are in the one row that
/// cannot break, with the signatures.
#[test]
fn the_closing_formula_stays_on_the_page_of_the_signatures() {
    let mou = drafted("sulut-fujian", &same, DocKind::Mou);
    let kept = kept_with_signatures(&mou.blocks);
    let closing: Vec<&str> = mou
        .blocks
        .iter()
        .zip(&kept)
        .filter(|(_, k)| **k == Keep::Before)
        .filter_map(|(b, _)| match b {
            Block::Para { text, .. } => text.get(&Lang::id()).map(|s| s.split(',').next().unwrap_or_default()),
            _ => None,
        })
        .collect();
    // (The MoU of this sample is non-binding: the understanding reached, then the signature.)
    assert_eq!(
        closing,
        ["Demikian saling pengertian yang dicapai oleh Para Peserta mengenai hal-hal yang diuraikan dalam Memorandum Saling Pengertian ini.", "Ditandatangani dalam rangkap dua"]
    );
    let input = input("sulut-fujian", &same);
    let page = naskah::assemble::page(&input, Some(DocKind::Mou));
    for layout in [Layout::Columns, Layout::Sequential] {
        let opts = Options::new(layout).with_page(page.clone());
        let pdf = naskah::render::pdf::render(&mou, &opts).expect("a PDF");
        let pdf = lopdf::Document::load_mem(&pdf).expect("reads");
        let pages = pdf.get_pages().len() as u32;
        let on = |needle: &str| {
            (1..=pages)
                .find(|p| pdf.extract_text(&[*p]).unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ").contains(needle))
        };
        let (witness, done, signer) =
            (on("Demikian saling pengertian"), on("Ditandatangani dalam rangkap dua"), on("UNTUK PEMERINTAH PROVINSI"));
        assert!(witness.is_some() && witness == done && done == signer, "{layout:?}: {witness:?} {done:?} {signer:?}");
        let docx = naskah::render::docx::render(&mou, &opts).expect("a DOCX");
        let xml = String::from_utf8(unzip(&docx).into_iter().find(|(n, _)| n == "word/document.xml").unwrap().1).unwrap();
        let (a, b) = (xml.find("Demikian saling pengertian").unwrap(), xml.find("UNTUK PEMERINTAH PROVINSI").unwrap());
        assert!(a < b);
        // The outermost table around the formula is still open at the signatures.
        let mut open: Vec<usize> = Vec::new();
        let mut outer_at_a = None;
        for (i, _) in xml.match_indices("<w:tbl").chain(xml.match_indices("</w:tbl>")).collect::<std::collections::BTreeMap<_, _>>() {
            if i > b {
                break;
            }
            if i > a && outer_at_a.is_none() {
                outer_at_a = open.first().copied();
            }
            if xml[i..].starts_with("</w:tbl>") {
                open.pop();
            } else if xml[i..].starts_with("<w:tbl>") {
                open.push(i);
            }
        }
        assert!(outer_at_a.is_some() && open.first().copied() == outer_at_a, "{layout:?}: the formula and the signatures share one row");
    }
}

/// A letter's short list of copies follows the signature on its page; a long tail of
/// attachments and copies runs on to the next page rather than carry the letter's whole
/// ending over and leave half a page empty (review 10, finding 11).
#[test]
fn the_letter_s_copies_stay_on_the_signature_page_when_short() {
    let letter = drafted("sulut-fujian", &same, DocKind::DprdLetter);
    let kept = kept_with_signatures(&letter.blocks);
    let signatures = letter.blocks.iter().position(|b| matches!(b, Block::Signatures(_))).expect("signed");
    assert!(letter.blocks.len() - signatures - 1 > 5, "a long tail");
    assert!(kept[signatures + 1..].iter().all(|k| *k == Keep::No), "{kept:?}");
    // (Without the list of attachments: "Tembusan:" and its copies stay.)
    let mut short = letter.clone();
    let lampiran = short
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Para { text, .. } if text.get(&Lang::id()) == Some("Lampiran:")))
        .expect("Lampiran");
    let tembusan = short
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Para { text, .. } if text.get(&Lang::id()) == Some("Tembusan:")))
        .expect("Tembusan");
    short.blocks.drain(lampiran..tembusan);
    short.blocks.truncate(lampiran + 4);
    let kept = kept_with_signatures(&short.blocks);
    assert_eq!(kept[lampiran], Keep::After);
    assert_eq!(kept.last(), Some(&Keep::After));
}

/// The letter: one "bersama ini kami sampaikan", the financing item in the pattern of the
/// others, and no "dan ... dan" where the last item of a list holds "dan" itself.
#[test]
fn the_letter_reads_as_one_voice() {
    let letter = texts(&drafted("sulut-fujian", &same, DocKind::DprdLetter), "id");
    assert_eq!(letter.matches("ersama ini kami sampaikan").count(), 1, "{letter}");
    assert!(
        letter.contains("Sumber pembiayaan kerja sama adalah Anggaran Pendapatan dan Belanja Daerah (APBD) Provinsi Sulawesi Utara"),
        "{letter}"
    );
    assert!(letter.contains("; serta siswa dan guru sekolah menengah kejuruan"), "{letter}");
    let en = texts(&drafted("sulut-fujian", &same, DocKind::DprdLetter), "en");
    assert!(en.contains("Its targets are fish farmers"), "{en}");
    assert!(!en.contains("the North Sulawesi Province"), "{en}");
}

/// The plan names a field's object in brackets only when it differs from the field's name.
#[test]
fn the_plan_does_not_repeat_a_field_as_its_object() {
    let plan = texts(&drafted("sulut-fujian", &same, DocKind::Plan), "id");
    assert!(!plan.contains("pertukaran budaya (pertukaran budaya)"), "{plan}");
    assert!(plan.contains("pariwisata (promosi potensi daerah)"), "{plan}");
}

/// The action plan: the scope item with the MoU article it serves and the government affair,
/// the target group, the counterpart in each language, and the signature that closes it.
#[test]
fn the_action_plan_has_the_rows_domain_md_asks_for() {
    let ap = drafted("sulut-fujian", &same, DocKind::ActionPlan);
    let id = texts(&ap, "id");
    let en = texts(&ap, "en");
    assert!(id.contains("Ruang Lingkup (Pasal 2 ayat (2) Memorandum Saling Pengertian) dan Urusan"), "{id}");
    assert!(en.contains("Scope (Article 2(2) of the MoU) and Government Affair"), "{en}");
    assert!(id.contains("a. Pelatihan dan magang budi daya laut") && id.contains("b. Promosi pariwisata bersama"), "{id}");
    assert!(id.contains("Urusan: Kelautan dan Perikanan") && en.contains("Government affair: Marine Affairs and Fisheries"));
    assert!(id.contains("Sasaran: pembudi daya ikan kerapu di Kabupaten Minahasa Utara"), "{id}");
    assert!(id.contains("Mitra: Dinas Kelautan dan Perikanan Provinsi Fujian"), "{id}");
    assert!(en.contains("Counterpart: Department of Ocean and Fisheries of Fujian Province"), "{en}");
    assert!(matches!(ap.blocks.last(), Some(Block::Signatures(_))), "signed, as the plan is");
    // The scope item the MoU's Article 2 paragraph (2) lists as letter b.
    let mou = texts(&drafted("sulut-fujian", &same, DocKind::Mou), "id");
    assert!(mou.contains("promosi pariwisata bersama dan pengembangan paket wisata"));
}

/// An SVG emblem's text (a motto ribbon) is drawn in the DOCX's bitmap too: resvg gets the
/// fonts the PDF uses.
#[test]
fn an_svg_emblem_keeps_its_text_in_the_docx_bitmap() {
    let with = r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="120"><rect width="100" height="120" fill="white"/><text x="5" y="110" font-family="sans-serif" font-size="20">MOTTO</text></svg>"#;
    let without = r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="120"><rect width="100" height="120" fill="white"/></svg>"#;
    let a = naskah::emblem::Emblem::new(with.as_bytes().to_vec()).expect("an emblem");
    let b = naskah::emblem::Emblem::new(without.as_bytes().to_vec()).expect("an emblem");
    assert_ne!(a.png, b.png, "the text is drawn");
    assert!(a.png.len() > b.png.len() + 200, "the text adds ink: {} vs {} bytes", a.png.len(), b.png.len());
}

/// The drafts of the case read back and pass the checker, DOCX and PDF, in both layouts.
#[test]
fn the_case_s_drafts_pass_the_checker() {
    let sb = Sandbox::new();
    let input = sample("sulut-fujian.yaml");
    for layout in ["columns", "sequential"] {
        let run = sb.run(&["draft", "all", input.to_str().unwrap(), "-o", layout, "--layout", layout, "--format", "both"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let run = sb.run(&["check", layout]);
        assert_eq!(run.code, 0, "{layout}: {}", run.stdout);
    }
    assert!(read(&sb.path("columns/mou.pdf")).starts_with(b"%PDF"));
}

/// A small table stays on one page with its lead-in and the heading over it ("IX.
/// KELUARAN", "Keluaran yang diharapkan ...:", the outputs): in the model, and in the DOCX
/// as one row that cannot break (LibreOffice keeps no row of the columns with a table after
/// it); the action plan's long table is not held so.
#[test]
fn a_heading_and_its_lead_in_stay_with_a_small_table() {
    let plan = drafted("sulut-fujian", &same, DocKind::Plan);
    let kept = naskah::model::kept_with_table(&plan.blocks);
    let held: Vec<String> = plan
        .blocks
        .iter()
        .zip(&kept)
        .filter(|(_, k)| **k)
        .filter_map(|(b, _)| match b {
            Block::Heading { text, .. } | Block::Para { text, .. } => text.get(&Lang::id()).map(|s| s.chars().take(20).collect()),
            _ => None,
        })
        .collect();
    assert_eq!(held, ["IX. KELUARAN", "Keluaran yang dihara"]);
    let ap = drafted("sulut-fujian", &same, DocKind::ActionPlan);
    assert!(!naskah::model::kept_with_table(&ap.blocks).iter().any(|k| *k), "the action plan runs over pages");
    let page = naskah::assemble::page(&input("sulut-fujian", &same), Some(DocKind::Plan));
    let docx = naskah::render::docx::render(&plan, &Options::new(Layout::Columns).with_page(page)).expect("a DOCX");
    let xml = String::from_utf8(unzip(&docx).into_iter().find(|(n, _)| n == "word/document.xml").unwrap().1).unwrap();
    let (h, t) = (xml.find("IX. KELUARAN").unwrap(), xml.find("Pembudi daya ikan yang terlatih").unwrap());
    // The outer table (no cell margins) opens before the heading and is still open at the
    // table: the tables closed after its opening are no more than those opened.
    let outer = xml[..h].rfind(r#"<w:tblCellMar><w:left w:w="0" w:type="dxa"/>"#).expect("an outer table before the heading");
    let seg = &xml[outer..t];
    assert!(seg.matches("</w:tbl>").count() <= seg.matches("<w:tbl>").count(), "the heading and the table share the outer row");
    assert!(xml[outer..h].contains("<w:cantSplit/>"), "a row that cannot break");
}
