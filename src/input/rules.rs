//! Domain rules on a structurally valid input (DOMAIN.md §3 and §6: P1, P2, P4, A1), the
//! dates of the procedure (PP 28/2018 Pasal 28-30), and the drafting rules the documents
//! rely on (list items are phrases; `purpose` completes a sentence).
//!
//! Each rule names its basis so that the message can cite it.

use super::yaml::{Kind, Node};
use super::{Acting, Bi, CoopKind, Date, Form, Input, Level, Object, PartnerLevel, Prevailing, TermStart};
use crate::diag::{did_you_mean_both, Diagnostic};

/// Every domain problem of the input, errors and warnings.
pub fn check(input: &Input, tree: &Node) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let at = |path: &[&str]| tree.pos_of(path);

    // Lists the documents cannot do without (S1-S3 at the source).
    for (key, what, apa) in [
        ("fields", "field of cooperation", "bidang kerja sama"),
        ("scope", "scope item", "butir ruang lingkup"),
        ("benefits", "benefit", "manfaat"),
        ("outputs", "output", "keluaran"),
        ("activities", "activity", "kegiatan"),
        ("objectives", "objective", "tujuan"),
        ("background", "background paragraph", "paragraf latar belakang"),
    ] {
        if matches!(tree.at(&[key]).map(|n| &n.kind), Some(Kind::Seq(items)) if items.is_empty()) {
            out.push(Diagnostic::err(at(&[key]), format!("`{key}` is empty"), format!("`{key}` kosong")).help(
                format!("add at least one {what}; the DPRD sends back plans without it"),
                format!("tambahkan sekurang-kurangnya satu {apa}; DPRD mengembalikan rencana kerja sama tanpa butir ini"),
            ));
        }
    }

    if matches!(input.region.level, Level::Kabupaten | Level::Kota) && input.region.province.is_none() {
        out.push(Diagnostic::err(at(&["region"]), "missing key `province` in `region`", "kunci `province` belum ada di `region`").help(
            "a kabupaten or kota names its province, which receives a copy of the letter",
            "kabupaten atau kota menyebut provinsinya, yang menerima tembusan surat",
        ));
    }

    match input.kind {
        CoopKind::Ksdpl => partner_level(input, tree, &mut out),
        CoopKind::Ksdll => {
            if input.partner.institution_type.is_none() {
                out.push(
                    Diagnostic::err(at(&["partner"]), "missing key `institution_type` in `partner`", "kunci `institution_type` belum ada di `partner`")
                        .help("KSDLL partners are intergovernmental_organisation, foreign_non_profit, development_partner or other (PP 28/2018 Pasal 36)", "mitra KSDLL adalah intergovernmental_organisation, foreign_non_profit, development_partner atau other (PP 28/2018 Pasal 36)"),
                );
            }
        }
    }

    for (i, field) in input.fields.iter().enumerate() {
        let idx = i.to_string();
        match field.object {
            None => out.push(
                Diagnostic::warn(
                    at(&["fields", &idx]),
                    format!("field `{}` is not mapped to an object of PP 28/2018 Pasal 23 ayat (2)", field.name.id),
                    format!("bidang `{}` belum dipadankan dengan objek kerja sama PP 28/2018 Pasal 23 ayat (2)", field.name.id),
                )
                .help(
                    "add `object:` science_technology, cultural_exchange, capacity, promotion or other",
                    "tambahkan `object:` science_technology, cultural_exchange, capacity, promotion atau other",
                ),
            ),
            Some(Object::ScienceTechnology) if field.transfer.is_none() => out.push(
                Diagnostic::err(
                    at(&["fields", &idx]),
                    format!(
                        "science and technology field `{}` does not state the transfer of knowledge to Indonesian staff",
                        field.name.id
                    ),
                    format!(
                        "bidang ilmu pengetahuan dan teknologi `{}` tidak menyebut alih pengetahuan kepada aparatur Indonesia",
                        field.name.id
                    ),
                )
                .help(
                    "add `transfer:` with how Indonesian personnel will be trained (PP 28/2018 Pasal 27 ayat (2))",
                    "tambahkan `transfer:` yang menjelaskan cara aparatur Indonesia dilatih (PP 28/2018 Pasal 27 ayat (2))",
                ),
            ),
            _ => {}
        }
    }

    scope_and_activities(input, tree, &mut out);

    if let Some(third) = &input.languages.third {
        if third.code == "id" || third.code == "en" || !third.code.chars().all(|c| c.is_ascii_lowercase()) || third.code.len() != 2 {
            out.push(
                Diagnostic::err(
                    at(&["languages", "third", "code"]),
                    format!("`{}` is not a third language code", third.code),
                    format!("`{}` bukan kode bahasa ketiga", third.code),
                )
                .help(
                    "use a two-letter ISO 639-1 code other than id and en, for example `ko`",
                    "gunakan kode ISO 639-1 dua huruf selain id dan en, misalnya `ko`",
                ),
            );
        }
        // The LoI and the MoU print the partner's government (when given) rather than its
        // name, and a sister form rather than the subject in their titles: those `third`
        // texts are not needed, and printed nowhere if given.
        let sister = matches!(input.form, Form::SisterCity | Form::SisterProvince);
        let unused: Vec<&[&str]> =
            [input.partner.government.is_some().then_some(&["partner", "name"][..]), sister.then_some(&["subject"][..])]
                .into_iter()
                .flatten()
                .collect();
        missing_third(tree, &mut Vec::new(), &unused, &mut out);
        for path in &unused {
            if let Some(pos) = third_text(tree.at(path)) {
                let (why, alasan) = if path[0] == "subject" {
                    ("the LoI's and the MoU's titles name the sister relationship instead; the plan, the action plan and the letter are in Indonesian and English",
                        "judul Surat Pernyataan Kehendak dan Nota Kesepahaman menyebut hubungan bersaudara sebagai gantinya; rencana kerja sama, rencana aksi dan surat berbahasa Indonesia dan Inggris")
                } else {
                    (
                        "the LoI and the MoU name the partner by `partner.government`",
                        "Surat Pernyataan Kehendak dan Nota Kesepahaman menyebut mitra dengan `partner.government`",
                    )
                };
                out.push(
                    Diagnostic::warn(
                        pos,
                        format!("the `third` text of `{}` is printed nowhere", path.join(".")),
                        format!("teks `third` pada `{}` tidak dicetak di mana pun", path.join(".")),
                    )
                    .help(why.to_string(), alasan.to_string()),
                );
            }
        }
        // The plan, the action plan and the letter are Indonesian and English: a third text
        // of what only they print would be printed nowhere.
        for key in ["background", "targets", "activities", "progress", "financing"] {
            if let Some(pos) = third_text(tree.at(&[key])) {
                out.push(
                    Diagnostic::warn(pos, format!("the `third` texts of `{key}` are printed nowhere"), format!("teks `third` pada `{key}` tidak dicetak di mana pun"))
                        .help("only the LoI and the MoU, signed with the partner, are trilingual; the plan, the action plan, the work plan, the report and the letters are in Indonesian and English", "hanya Surat Pernyataan Kehendak dan Nota Kesepahaman, yang ditandatangani bersama mitra, yang tiga bahasa; rencana kerja sama, rencana aksi, rencana kerja tahunan, laporan dan surat-surat berbahasa Indonesia dan Inggris"),
                );
            }
        }
        if input.region.name_third.is_none() {
            out.push(
                Diagnostic::err(at(&["region"]), "missing key `name_third` in `region`", "kunci `name_third` belum ada di `region`").help(
                    format!("a third language is set: give the region's name in `{}`", third.code),
                    format!("bahasa ketiga telah ditetapkan: tuliskan nama daerah dalam bahasa `{}`", third.code),
                ),
            );
        }
    } else {
        for (path, p) in [(["region", "head", "name_third"], &input.region.head), (["partner", "head", "name_third"], &input.partner.head)]
        {
            if p.name_third.is_some() {
                out.push(
                    Diagnostic::warn(at(&path), format!("`{}` is printed nowhere: no third language is set", path.join(".")), format!("`{}` tidak dicetak di mana pun: bahasa ketiga belum ditetapkan", path.join(".")))
                        .help("a name in the third language is printed on its signature line of the LoI and the MoU; set `languages.third` or remove it", "nama dalam bahasa ketiga dicetak pada baris tanda tangan teks bahasa itu dalam Surat Pernyataan Kehendak dan Nota Kesepahaman; tetapkan `languages.third` atau hapus nama itu"),
                );
            }
        }
        // Texts written for a third language that is not set: said once, at the first.
        let named = |path: &[&str]| tree.at(path).map(|n| n.pos).filter(|_| input.region.name_third.is_some());
        if let Some(pos) = third_text(Some(tree)).or_else(|| named(&["region", "name_third"])) {
            out.push(
                Diagnostic::warn(pos, "`third` texts are printed nowhere: no third language is set", "teks `third` tidak dicetak di mana pun: bahasa ketiga belum ditetapkan")
                    .help("set `languages.third` (its code and name) for a trilingual LoI and MoU, or remove the `third` texts", "tetapkan `languages.third` (kode dan namanya) untuk Surat Pernyataan Kehendak dan Nota Kesepahaman tiga bahasa, atau hapus teks `third`"),
            );
        }
    }
    if input.languages.third.is_none() && input.languages.prevailing == Prevailing::Third {
        out.push(
            Diagnostic::err(
                at(&["languages", "prevailing"]),
                "the prevailing language is `third` but no third language is given",
                "bahasa yang berlaku adalah `third`, tetapi bahasa ketiga belum ditetapkan",
            )
            .help(
                "add `languages.third` or make `id` or `en` prevail",
                "tambahkan `languages.third`, atau tetapkan `id` atau `en` sebagai bahasa yang berlaku",
            ),
        );
    }

    if input.dprd_letter.received.is_some_and(|r| r < input.dprd_letter.date) {
        out.push(
            Diagnostic::err(
                at(&["dprd_letter", "received"]),
                "the DPRD received the letter before the date it bears",
                "DPRD menerima surat sebelum tanggal surat itu",
            )
            .help(
                "check `dprd_letter.received` (the DPRD's stamp of receipt) and `dprd_letter.date`; the 45 working days run from receipt",
                "periksa `dprd_letter.received` (cap penerimaan DPRD) dan `dprd_letter.date`; 45 hari kerja dihitung sejak surat diterima",
            ),
        );
    }

    if input.dprd_letter.date < input.loi.date {
        out.push(
            Diagnostic::err(
                at(&["dprd_letter", "date"]),
                format!("the DPRD letter ({}) is dated before the Letter of Intent ({})", input.dprd_letter.date, input.loi.date), format!("surat kepada DPRD ({}) bertanggal sebelum Surat Pernyataan Kehendak ({})", input.dprd_letter.date, input.loi.date),
            )
            .help("the cooperation plan follows the LoI (PP 28/2018 Pasal 28 ayat (5)) and goes to the DPRD with it (Pasal 30): check `dprd_letter.date` and `loi.date`", "rencana kerja sama disusun setelah Surat Pernyataan Kehendak (PP 28/2018 Pasal 28 ayat (5)) dan disampaikan kepada DPRD bersamanya (Pasal 30): periksa `dprd_letter.date` dan `loi.date`"),
        );
    }
    procedure(input, tree, &mut out);
    milestones(input, tree, &mut out);
    implementation(input, tree, &mut out);
    enclosures(input, tree, &mut out);
    wording(input, tree, &mut out);
    form_and_signers(input, tree, &mut out);
    drafting(input, tree, &mut out);
    empty_texts(tree, &mut Vec::new(), &mut out);
    untranslated(tree, &mut out);
    out
}

/// A text whose English is its Indonesian word for word (a sentence copied into `en`, or
/// left untranslated) would print Indonesian in the English text (DOMAIN.md §10). Names and
/// short terms may be the same in both languages: only texts of three words or more count.
fn untranslated(tree: &Node, out: &mut Vec<Diagnostic>) {
    fn walk(node: &Node, path: &mut Vec<String>, found: &mut Vec<(crate::diag::Pos, String)>) {
        match &node.kind {
            Kind::Map(entries) => {
                let scalar = |key: &str| {
                    entries.iter().find(|(k, _, _)| k == key).and_then(|(_, _, v)| match &v.kind {
                        Kind::Scalar { value, .. } => Some((v.pos, value.split_whitespace().collect::<Vec<_>>().join(" "))),
                        _ => None,
                    })
                };
                if let (Some((_, id)), Some((pos, en))) = (scalar("id"), scalar("en")) {
                    if id == en && id.split(' ').filter(|w| w.chars().any(char::is_alphabetic)).count() >= 3 {
                        // `objectives[0].en`, as the schema's messages name a place.
                        let mut name = String::new();
                        for step in path.iter() {
                            if step.chars().all(|c| c.is_ascii_digit()) {
                                name.push_str(&format!("[{step}]"));
                            } else {
                                if !name.is_empty() {
                                    name.push('.');
                                }
                                name.push_str(step);
                            }
                        }
                        found.push((pos, format!("{name}.en")));
                    }
                    return;
                }
                for (k, _, v) in entries {
                    path.push(k.clone());
                    walk(v, path, found);
                    path.pop();
                }
            }
            Kind::Seq(items) => {
                for (i, v) in items.iter().enumerate() {
                    path.push(i.to_string());
                    walk(v, path, found);
                    path.pop();
                }
            }
            Kind::Scalar { .. } => {}
        }
    }
    let mut found = Vec::new();
    // The texts of the documents' prose; names (the parties, places) may be the same.
    for key in
        ["subject", "background", "purpose", "objectives", "targets", "fields", "scope", "benefits", "outputs", "activities", "form_name"]
    {
        if let Some(node) = tree.at(&[key]) {
            walk(node, &mut vec![key.to_string()], &mut found);
        }
    }
    if let Some((pos, path)) = found.first() {
        let more = match found.len() {
            1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        out.push(
            Diagnostic::warn(*pos, format!("`{path}` is the same as its Indonesian text{more}"), format!("`{path}` sama dengan teks bahasa Indonesianya{}", if found.len() > 1 { format!(" (dan {} lainnya)", found.len() - 1) } else { String::new() }))
                .help("write the English text: it is printed beside the Indonesian in the plan, the action plan, the LoI and the MoU", "tulis teks bahasa Inggrisnya: teks itu dicetak di samping teks bahasa Indonesia dalam rencana kerja sama, rencana aksi, Surat Pernyataan Kehendak dan Nota Kesepahaman"),
        );
    }
}

/// The dates of the procedure: consultation before the LoI (Pasal 28 ayat (4)), the letter
/// while the LoI is valid, the MoU and the activities inside the term.
fn procedure(input: &Input, tree: &Node, out: &mut Vec<Diagnostic>) {
    let at = |path: &[&str]| tree.pos_of(path);
    if let Some(c) = input.loi.consultation_date.filter(|c| *c > input.loi.date) {
        out.push(
            Diagnostic::err(
                at(&["loi", "consultation_date"]),
                format!("the consultation with the Ministers ({c}) is dated after the Letter of Intent ({})", input.loi.date), format!("konsultasi dengan para Menteri ({c}) bertanggal setelah Surat Pernyataan Kehendak ({})", input.loi.date),
            )
            .help("the kepala daerah consults the Minister of Home Affairs and the Minister of Foreign Affairs before the LoI is signed (PP 28/2018 Pasal 28 ayat (4))", "kepala daerah berkonsultasi dengan Menteri Dalam Negeri dan Menteri Luar Negeri sebelum Surat Pernyataan Kehendak ditandatangani (PP 28/2018 Pasal 28 ayat (4))"),
        );
    }
    let l = input.loi.date;
    let expiry = Date { year: l.year + input.loi.validity_years as i32, ..l };
    let expiry = if Date::parse(&expiry.to_string()).is_none() { Date { day: 28, ..expiry } } else { expiry };
    if input.dprd_letter.date >= expiry {
        out.push(
            Diagnostic::warn(
                at(&["dprd_letter", "date"]),
                format!("the DPRD letter ({}) is dated after the Letter of Intent expired ({expiry})", input.dprd_letter.date),
                format!(
                    "surat kepada DPRD ({}) bertanggal setelah masa berlaku Surat Pernyataan Kehendak berakhir ({expiry})",
                    input.dprd_letter.date
                ),
            )
            .help(
                "the LoI is valid for `loi.validity_years`; renew it with the partner, or check the dates",
                "Surat Pernyataan Kehendak berlaku selama `loi.validity_years`; perbarui bersama mitra, atau periksa tanggal-tanggalnya",
            ),
        );
    }
    // The MoU is signed after the DPRD approves the plan, the Minister of Home Affairs
    // approves the draft and the Minister of Foreign Affairs confirms it (Pasal 30-33).
    for (key, date) in [("date", input.mou.date), ("partner_date", input.mou.partner_date)] {
        if let Some(d) = date.filter(|d| *d <= input.dprd_letter.date) {
            out.push(
                Diagnostic::err(
                    at(&["mou", key]),
                    format!("the MoU is signed ({d}) before the DPRD is asked to approve the plan ({})", input.dprd_letter.date), format!("Nota Kesepahaman ditandatangani ({d}) sebelum DPRD dimintai persetujuan atas rencana kerja sama ({})", input.dprd_letter.date),
                )
                .help("the MoU is signed after the DPRD's approval, the Minister of Home Affairs' approval of the draft and the Minister of Foreign Affairs' confirmation (PP 28/2018 Pasal 30-33): check `mou.date` and `dprd_letter.date`", "Nota Kesepahaman ditandatangani setelah persetujuan DPRD, persetujuan Menteri Dalam Negeri atas rancangannya dan konfirmasi Menteri Luar Negeri (PP 28/2018 Pasal 30-33): periksa `mou.date` dan `dprd_letter.date`"),
            );
        }
    }
    if let Some(r) = &input.mou.renews {
        if r.date >= input.loi.date {
            out.push(
                Diagnostic::err(
                    at(&["mou", "renews", "date"]),
                    format!(
                        "the MoU to be renewed is dated {}, not before the Letter of Intent of the renewal ({})",
                        r.date, input.loi.date
                    ),
                    format!(
                        "Nota Kesepahaman yang diperbarui bertanggal {}, tidak sebelum Surat Pernyataan Kehendak pembaruannya ({})",
                        r.date, input.loi.date
                    ),
                )
                .help(
                    "`mou.renews.date` is the date the earlier MoU was signed: check it",
                    "`mou.renews.date` adalah tanggal penandatanganan Nota Kesepahaman terdahulu: periksa tanggal itu",
                ),
            );
        }
        if let Some(since) = r.since.filter(|y| *y > r.date.year) {
            out.push(
                Diagnostic::err(
                    at(&["mou", "renews", "since"]),
                    format!("the cooperation began in {since}, after the MoU it renews ({})", r.date),
                    format!("kerja sama dimulai pada {since}, setelah Nota Kesepahaman yang diperbaruinya ({})", r.date),
                )
                .help(
                    "`since` is the year the cooperation began, at or before the earlier MoU's year",
                    "`since` adalah tahun dimulainya kerja sama, pada atau sebelum tahun Nota Kesepahaman terdahulu",
                ),
            );
        }
    }
    match (input.term.start, input.mou.date) {
        (TermStart::Date(start), Some(signed)) if signed > start => out.push(
            Diagnostic::warn(
                at(&["mou", "date"]),
                format!("the MoU is signed ({signed}) after the term it states has started ({start})"),
                format!("Nota Kesepahaman ditandatangani ({signed}) setelah jangka waktu yang dinyatakannya dimulai ({start})"),
            )
            .help(
                "set `term.start: signature`, or a start on or after the signature",
                "tetapkan `term.start: signature`, atau awal jangka waktu pada atau setelah penandatanganan",
            ),
        ),
        (TermStart::Signature, None) => out.push(
            Diagnostic::warn(
                at(&["term", "start"]),
                "the term starts on the MoU's signature, whose date is not known yet",
                "jangka waktu dimulai sejak penandatanganan Nota Kesepahaman, yang tanggalnya belum diketahui",
            )
            .help(
                "give the planned `mou.date`: the action plan's years and the activities' dates are checked against it",
                "isi rencana `mou.date`: tahun-tahun rencana aksi dan tanggal kegiatan diperiksa terhadapnya",
            ),
        ),
        _ => {}
    }
}

/// Documents attached to the letter that naskah did not write.
fn enclosures(input: &Input, tree: &Node, out: &mut Vec<Diagnostic>) {
    use super::EnclosureKind;
    let mut signed = 0;
    for (i, e) in input.dprd_letter.enclosures.iter().enumerate() {
        let idx = i.to_string();
        if e.kind == EnclosureKind::Other && e.title.is_none() {
            out.push(
                Diagnostic::err(
                    tree.pos_of(&["dprd_letter", "enclosures", &idx]),
                    "an enclosure of kind `other` has no `title`",
                    "lampiran berjenis `other` tidak memiliki `title`",
                )
                .help(
                    "give its title as the letter lists it: `title: {id: ..., en: ...}`",
                    "tuliskan judulnya sebagaimana disebut dalam surat: `title: {id: ..., en: ...}`",
                ),
            );
        }
        if e.kind == EnclosureKind::SignedLoi {
            signed += 1;
            if signed > 1 {
                out.push(
                    Diagnostic::err(
                        tree.pos_of(&["dprd_letter", "enclosures", &idx, "kind"]),
                        "a second signed LoI",
                        "Surat Pernyataan Kehendak bertanda tangan yang kedua",
                    )
                    .help(
                        "the letter attaches one signed Letter of Intent",
                        "surat hanya melampirkan satu Surat Pernyataan Kehendak yang telah ditandatangani",
                    ),
                );
            }
        }
    }
}

/// The MoU's wording against the partner's practice, and the user's texts against it.
fn wording(input: &Input, tree: &Node, out: &mut Vec<Diagnostic>) {
    use super::Wording;
    let at = |path: &[&str]| tree.pos_of(path);
    // Partners whose governments sign non-binding arrangements rather than treaty-worded MoUs.
    let non_binding = ["australia", "japan", "united kingdom", "new zealand", "canada"];
    let country = input.partner.country.en.trim().trim_start_matches("the ").to_lowercase();
    if input.mou.wording == Wording::Binding && input.kind == CoopKind::Ksdpl && non_binding.contains(&country.as_str()) {
        out.push(
            Diagnostic::warn(
                at(&["partner", "country"]),
                format!(
                    "partners in {} usually sign an MoU in non-binding wording (\"will\", \"Participants\", \"come into effect\")",
                    input.partner.country.en
                ), format!("mitra di {} lazimnya menandatangani Nota Kesepahaman dengan rumusan tidak mengikat (\"will\", \"Participants\", \"come into effect\")", input.partner.country.en),
            )
            .help("set `mou: {wording: arrangement}`, or keep the treaty wording if the partner agrees to it", "tetapkan `mou: {wording: arrangement}`, atau pertahankan rumusan perjanjian bila mitra menyetujuinya"),
        );
    }
    if input.mou.wording == Wording::Arrangement {
        let said = |b: &Bi| b.id.contains("Para Pihak") || b.en.contains("the Parties");
        if said(&input.purpose) || input.objectives.iter().any(said) {
            out.push(
                Diagnostic::warn(
                    at(&["purpose"]),
                    "the MoU's wording is non-binding, but `purpose` or `objectives` speak of \"Para Pihak\" / \"the Parties\"", "rumusan Nota Kesepahaman tidak mengikat, tetapi `purpose` atau `objectives` menyebut \"Para Pihak\" / \"the Parties\"",
                )
                .help("write \"Para Peserta\" / \"the Participants\", as the MoU does, or \"kedua daerah\" / \"both regions\"", "tulis \"Para Peserta\" / \"the Participants\", seperti dalam Nota Kesepahaman, atau \"kedua daerah\" / \"both regions\""),
            );
        }
    }
}

/// The form of PP 28/2018 Pasal 24 against the region's level; who signs.
fn form_and_signers(input: &Input, tree: &Node, out: &mut Vec<Diagnostic>) {
    let at = |path: &[&str]| tree.pos_of(path);
    let level = input.region.level;
    match (input.form, level) {
        (Form::SisterCity | Form::SisterProvince, _) if input.kind == CoopKind::Ksdll => out.push(
            Diagnostic::err(
                at(&["form"]),
                "a sister relationship is formed with a foreign local government, not an institution",
                "hubungan bersaudara dibentuk dengan pemerintah daerah di luar negeri, bukan dengan lembaga",
            )
            .help("a KSDLL uses `form: other` (PP 28/2018 Pasal 24 and 36)", "KSDLL memakai `form: other` (PP 28/2018 Pasal 24 dan 36)"),
        ),
        (Form::SisterCity, Level::Provinsi) => out.push(
            Diagnostic::err(
                at(&["form"]),
                "`sister_city` is a form for a kota or kabupaten, and the region is a provinsi",
                "`sister_city` adalah bentuk untuk kota atau kabupaten, sedangkan daerah ini provinsi",
            )
            .help(
                "a provinsi forms a sister province: `form: sister_province` (PP 28/2018 Pasal 24)",
                "provinsi membentuk provinsi bersaudara: `form: sister_province` (PP 28/2018 Pasal 24)",
            ),
        ),
        (Form::SisterProvince, Level::Kota | Level::Kabupaten) => out.push(
            Diagnostic::err(
                at(&["form"]),
                "`sister_province` is a form for a provinsi, and the region is a kota or kabupaten",
                "`sister_province` adalah bentuk untuk provinsi, sedangkan daerah ini kota atau kabupaten",
            )
            .help(
                "a kota or kabupaten forms a sister city or regency: `form: sister_city` (PP 28/2018 Pasal 24)",
                "kota atau kabupaten membentuk kota atau kabupaten bersaudara: `form: sister_city` (PP 28/2018 Pasal 24)",
            ),
        ),
        (Form::Other, _) if input.kind == CoopKind::Ksdpl && input.form_name.is_none() => out.push(
            Diagnostic::warn(
                at(&["form"]),
                "the form `other` has no name, so the plan says only \"kerja sama lainnya\"",
                "bentuk `other` belum bernama, sehingga rencana kerja sama hanya menyebut \"kerja sama lainnya\"",
            )
            .help(
                "name it with `form_name: {id: kerja sama persahabatan, en: friendship cooperation}`",
                "beri nama dengan `form_name: {id: kerja sama persahabatan, en: friendship cooperation}`",
            ),
        ),
        _ => {}
    }
    if input.partner.head.acting.is_some() {
        out.push(
            Diagnostic::err(
                at(&["partner", "head", "acting"]),
                "`acting` is for the region's head (Pj., Plt., Plh.)",
                "`acting` hanya untuk kepala daerah (Pj., Plt., Plh.)",
            )
            .help(
                "give the partner's title as it signs in `partner.head_title`",
                "tuliskan jabatan pimpinan mitra sebagaimana ia menandatangani di `partner.head_title`",
            ),
        );
    }
    // An acting head signs as Pj., Plt. or Plh. (DOMAIN.md §6, D1): the form is `acting`,
    // never written into the name, and a civil-service rank is a sign of one.
    let head = &input.region.head;
    for (path, name) in std::iter::once((&["region", "head"][..], &head.name))
        .chain(input.loi.signed_by.as_ref().map(|s| (&["loi", "signed_by"][..], &s.name)))
        .chain(input.mou.signed_by.as_ref().map(|s| (&["mou", "signed_by"][..], &s.name)))
    {
        if holds_office(name) {
            let key = format!("`{}.name`", path.join("."));
            let mut name_at = path.to_vec();
            name_at.push("name");
            out.push(
                Diagnostic::err(at(&name_at), format!("{key} holds an office or an acting form: `{name}`"), format!("{key} memuat jabatan atau sebutan pejabat sementara: `{name}`"))
                    .help(format!("give the name alone (`Dr. H. Sugirah, M.Si.`) and the acting form in `{}.acting: pj` (or `plt`, `plh`): the signature then reads \"Pj. GUBERNUR ...,\" above the name", path.join(".")), format!("tulis namanya saja (`Dr. H. Sugirah, M.Si.`) dan sebutan pejabat sementara di `{}.acting: pj` (atau `plt`, `plh`): tanda tangan lalu berbunyi \"Pj. GUBERNUR ...,\" di atas nama", path.join("."))),
            );
        }
    }
    if !holds_office(&head.name) && head.acting.is_none() && (head.rank.is_some() || head.nip.is_some()) {
        let key = if head.rank.is_some() { "rank" } else { "nip" };
        out.push(
            Diagnostic::warn(
                at(&["region", "head", key]),
                format!("`region.head.{key}` is given, but the head does not sign as an acting head"), format!("`region.head.{key}` diisi, tetapi kepala daerah tidak menandatangani sebagai pejabat sementara"),
            )
            .help("a kepala daerah signs without a civil-service rank or NIP; if a Penjabat, Pelaksana Tugas or Pelaksana Harian signs, add `acting: pj` (or `plt`, `plh`) under `region.head`, so that the signature reads \"Pj. GUBERNUR ...\"", "kepala daerah menandatangani tanpa pangkat dan NIP aparatur sipil negara; bila yang menandatangani Penjabat, Pelaksana Tugas atau Pelaksana Harian, tambahkan `acting: pj` (atau `plt`, `plh`) di bawah `region.head`, agar tanda tangan berbunyi \"Pj. GUBERNUR ...\""),
        );
    }
    if let Some(nip) = &head.nip {
        let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() != 18 || !digits.chars().all(|c| c.is_ascii_digit()) {
            out.push(
                Diagnostic::err(
                    at(&["region", "head", "nip"]),
                    format!("`region.head.nip` is not a NIP of 18 digits: `{nip}`"),
                    format!("`region.head.nip` bukan NIP 18 angka: `{nip}`"),
                )
                .help(
                    "write the 18 digits as the civil servant's card gives them, with or without spaces: `19700512 199503 1 002`",
                    "tulis 18 angka sebagaimana tertera pada kartu pegawai, dengan atau tanpa spasi: `19700512 199503 1 002`",
                ),
            );
        }
    }
    if input.partner.head.nip.is_some() {
        out.push(
            Diagnostic::err(
                at(&["partner", "head", "nip"]),
                "`nip` is for the region's head, a civil servant who signs as an acting head",
                "`nip` hanya untuk kepala daerah yang menandatangani sebagai pejabat sementara dan berstatus aparatur sipil negara",
            )
            .help(
                "remove `partner.head.nip`; the partner's head signs with a name, a title and, if the partner wishes, `rank`",
                "hapus `partner.head.nip`; pimpinan mitra menandatangani dengan nama, jabatan dan, bila mitra menghendaki, `rank`",
            ),
        );
    }
    // A Pelaksana Harian holds a mandate for a short absence, and an official acting by
    // mandate takes no strategic decision with budget consequences (UU 30/2014 Pasal 14
    // ayat (7)): the LoI and the MoU, which bind the region, are signed by another.
    for (doc, key, signed_by) in [("LoI", "loi", &input.loi.signed_by), ("MoU", "mou", &input.mou.signed_by)] {
        if signed_by.as_ref().map_or(head.acting, |s| s.acting) == Some(Acting::Plh) {
            let path: &[&str] = if signed_by.is_some() { &[key, "signed_by", "acting"] } else { &["region", "head", "acting"] };
            out.push(
                Diagnostic::warn(at(path), format!("the {doc} would be signed by a Pelaksana Harian (Plh.)"), format!("{doc} akan ditandatangani oleh Pelaksana Harian (Plh.)"))
                    .help(
                        format!("a Plh. acts by mandate and takes no strategic decision with budget consequences (UU 30/2014 Pasal 14 ayat (7)); if the head signs the {doc}, give `{key}.signed_by` with the `name` of who signs (and `acting` if a Pj. or Plt. signs); check the point with the legal bureau"),
                        format!("Plh. bertindak atas mandat dan tidak mengambil keputusan strategis yang berdampak pada anggaran (UU 30/2014 Pasal 14 ayat (7)); bila {doc} ditandatangani kepala daerah, isi `{key}.signed_by` dengan `name` penanda tangan (dan `acting` bila Pj. atau Plt. yang menandatangani); pastikan dengan biro/bagian hukum"),
                    ),
            );
        }
    }
    if let Some(t) = &input.region.head_title {
        let prefix = ["pj.", "pj ", "plt.", "plt ", "plh.", "plh ", "acting "];
        if prefix.iter().any(|p| t.id.to_lowercase().starts_with(p) || t.en.to_lowercase().starts_with(p)) {
            out.push(
                Diagnostic::warn(at(&["region", "head_title"]), "`head_title` holds an acting prefix, which the letterhead would print", "`head_title` memuat sebutan pejabat sementara, yang akan tercetak pada kop surat")
                    .help("give the office's title here and `acting: plt` (or `pj`, `plh`) under `region.head`: the letterhead keeps the office, the signature reads \"Plt. ...\"", "tuliskan nama jabatannya di sini dan `acting: plt` (atau `pj`, `plh`) di bawah `region.head`: kop surat tetap memuat jabatan, tanda tangan berbunyi \"Plt. ...\""),
            );
        }
    }
    if input.kind == CoopKind::Ksdpl && input.partner.institution_type.is_some() {
        out.push(
            Diagnostic::warn(
                at(&["partner", "institution_type"]),
                "`institution_type` is for a KSDLL partner and is not used here",
                "`institution_type` hanya untuk mitra KSDLL dan tidak dipakai di sini",
            )
            .help(
                "remove it, or set `kind: ksdll` if the partner is an institution",
                "hapus kunci ini, atau tetapkan `kind: ksdll` bila mitranya lembaga",
            ),
        );
    }
    let province = match level {
        Level::Provinsi => Some(input.region.name.as_str()),
        _ => input.region.province.as_deref(),
    };
    if let Some(p) = province.filter(|p| input.region.province_en.is_none() && crate::format::province(p).is_none()) {
        let path: &[&str] = if level == Level::Provinsi { &["region", "name"] } else { &["region", "province"] };
        let (hint, saran) = did_you_mean_both(p, crate::format::provinces().iter().map(|p| p.id.as_str())).unwrap_or_else(|| {
            (
                "give its English name in `region.province_en`".to_string(),
                "berikan nama bahasa Inggrisnya di `region.province_en`".to_string(),
            )
        });
        out.push(
            Diagnostic::warn(
                at(path),
                format!("`{p}` is not one of the 38 provinces, so the English texts would print it in Indonesian"),
                format!("`{p}` tidak termasuk 38 provinsi, sehingga teks bahasa Inggris akan mencetaknya dalam bahasa Indonesia"),
            )
            .help(hint, saran),
        );
    }
    if input.style.emblem.is_none() {
        out.push(
            Diagnostic::warn(
                tree.key_pos_of(&["style"]),
                "no `style.emblem`: the letterheads of the letters (to the DPRD, to the Minister) have an empty frame where the Lambang Negara goes", "`style.emblem` belum diisi: kop surat (kepada DPRD, kepada Menteri) memuat bingkai kosong di tempat Lambang Negara",
            )
            .help("give the Garuda Pancasila as a PNG or SVG file: `style: {emblem: garuda.png}` (UU 24/2009 Pasal 54 ayat (1) huruf i)", "berikan Garuda Pancasila sebagai berkas PNG atau SVG: `style: {emblem: garuda.png}` (UU 24/2009 Pasal 54 ayat (1) huruf i)"),
        );
    }
}

/// The drafting rules the templates rely on: list items are phrases that continue a
/// sentence; `purpose` completes "Maksud kerja sama ini adalah ..."; `subject` follows
/// "TENTANG".
fn drafting(input: &Input, tree: &Node, out: &mut Vec<Diagnostic>) {
    let at = |path: &[&str]| tree.pos_of(path);
    let sentence = |b: &Bi| {
        [&b.id, &b.en].iter().any(|s| {
            let s = s.trim();
            s.ends_with('.') && crate::format::run_in(s, &[]) != s
        })
    };
    let lists: [(&str, Vec<&Bi>, &str); 5] = [
        ("objectives", input.objectives.iter().collect(), "meningkatkan ..."),
        ("targets", input.targets.iter().collect(), "pembudi daya ikan ..."),
        ("benefits", input.benefits.iter().collect(), "meningkatnya pendapatan ..."),
        ("scope", input.scope.iter().map(|s| &s.text).collect(), "pertukaran pelajar ..."),
        ("fields", input.fields.iter().map(|f| &f.name).collect(), "promosi pariwisata"),
    ];
    for (key, items, example) in lists {
        let found: Vec<usize> = items.iter().enumerate().filter(|(_, b)| sentence(b)).map(|(i, _)| i).collect();
        if let Some(first) = found.first() {
            let idx = first.to_string();
            let mut path = vec![key, idx.as_str()];
            if key == "scope" {
                path.push("text");
            }
            if key == "fields" {
                path.push("name");
            }
            out.push(
                Diagnostic::warn(
                    at(&path),
                    format!(
                        "{} of `{key}` {} written as a sentence (a capital letter first, a full stop last)",
                        found.len(),
                        if found.len() == 1 { "item is" } else { "items are" }
                    ), format!("{} butir `{key}` ditulis sebagai kalimat (diawali huruf kapital, diakhiri titik)", found.len()),
                )
                .help(format!(
                    "items are phrases that continue a sentence: write `{example}`, without the full stop, with a capital only for a name; where an item runs into a sentence naskah lowers a first word such as `Meningkatkan`"
                ), format!("butir daftar adalah frasa yang melanjutkan kalimat: tulis `{example}`, tanpa titik, dengan huruf kapital hanya untuk nama; bila butir menyambung ke dalam kalimat, naskah mengecilkan kata pertama seperti `Meningkatkan`")),
            );
        }
    }
    let id = input.purpose.id.trim().to_lowercase();
    let en = input.purpose.en.trim().to_lowercase();
    let doubled_id =
        ["kerja sama ini", "maksud", "nota kesepahaman ini", "rencana kerja sama ini", "tujuan"].iter().any(|p| id.starts_with(p))
            || id.contains(" dimaksudkan ");
    let doubled_en =
        ["this cooperation", "the purpose", "this memorandum", "the cooperation is", "the objective"].iter().any(|p| en.starts_with(p))
            || en.contains(" is intended ");
    if doubled_id || doubled_en {
        out.push(
            Diagnostic::warn(
                at(&["purpose", if doubled_id { "id" } else { "en" }]),
                "`purpose` repeats the lead-in: the documents print \"Maksud kerja sama ini adalah ...\" / \"The purpose of this cooperation is ...\" before it", "`purpose` mengulang kalimat pembuka: naskah mencetak \"Maksud kerja sama ini adalah ...\" / \"The purpose of this cooperation is ...\" sebelumnya",
            )
            .help("write only what completes the sentence: `memberikan landasan bagi ...` / `to provide a basis for ...`", "tulis hanya bagian yang melengkapi kalimat: `memberikan landasan bagi ...` / `to provide a basis for ...`"),
        );
    }
    let s_id = input.subject.id.trim().to_lowercase();
    let s_en = input.subject.en.trim().to_lowercase();
    if s_id.starts_with("kerja sama")
        || s_id.starts_with("kerjasama")
        || s_en.starts_with("cooperation")
        || s_en.starts_with("co-operation")
    {
        out.push(
            Diagnostic::warn(at(&["subject"]), "`subject` starts with \"Kerja Sama\" / \"Cooperation\", which the titles already say", "`subject` diawali \"Kerja Sama\" / \"Cooperation\", yang sudah disebut dalam judul")
                .help("write the matter itself, as it follows \"TENTANG\": `Perikanan, Pariwisata dan Kebudayaan` / `Fisheries, Tourism and Culture`", "tulis pokok masalahnya, sebagaimana mengikuti \"TENTANG\": `Perikanan, Pariwisata dan Kebudayaan` / `Fisheries, Tourism and Culture`"),
        );
    }
}

/// A text given but empty (`en: ""`) would print a blank.
fn empty_texts(node: &Node, path: &mut Vec<String>, out: &mut Vec<Diagnostic>) {
    match &node.kind {
        Kind::Map(entries) => {
            let is_text = entries.iter().any(|(k, _, _)| k == "id") && entries.iter().any(|(k, _, _)| k == "en");
            for (k, _, v) in entries {
                path.push(k.clone());
                if is_text && matches!(k.as_str(), "id" | "en" | "third") {
                    if let Kind::Scalar { value, .. } = &v.kind {
                        if value.trim().is_empty() {
                            out.push(
                                Diagnostic::err(v.pos, format!("`{}` is empty", path.join(".")), format!("`{}` kosong", path.join(".")))
                                    .help(
                                        "write the text in this language; every language of a text is printed",
                                        "tulis teksnya dalam bahasa ini; setiap bahasa suatu teks dicetak",
                                    ),
                            );
                        }
                    }
                } else {
                    empty_texts(v, path, out);
                }
                path.pop();
            }
        }
        Kind::Seq(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(i.to_string());
                empty_texts(v, path, out);
                path.pop();
            }
        }
        Kind::Scalar { .. } => {}
    }
}

fn partner_level(input: &Input, tree: &Node, out: &mut Vec<Diagnostic>) {
    let at = |path: &[&str]| tree.pos_of(path);
    let Some(level) = input.partner.level else {
        out.push(Diagnostic::err(at(&["partner"]), "missing key `level` in `partner`", "kunci `level` belum ada di `partner`").help(
            "KSDPL partners are local governments: `province`, `city` or `regency` (PP 28/2018 Pasal 27 ayat (3))",
            "mitra KSDPL adalah pemerintah daerah: `province`, `city` atau `regency` (PP 28/2018 Pasal 27 ayat (3))",
        ));
        return;
    };
    // A kabupaten and a kota are both daerah kabupaten/kota: either is the equal of a
    // foreign city, town or county.
    let equal = matches!(
        (input.region.level, level),
        (Level::Provinsi, PartnerLevel::Province) | (Level::Kota | Level::Kabupaten, PartnerLevel::City | PartnerLevel::Regency)
    );
    let justified = input.partner.level_justification.as_ref().is_some_and(|j| !j.id.trim().is_empty());
    if !equal && !justified {
        let level_name = serde_json::to_value(level).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        let region_level = serde_json::to_value(input.region.level).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        out.push(
            Diagnostic::err(
                at(&["partner", "level"]),
                format!("partner level `{level_name}` is not equal to the region's level `{region_level}` (P1)"), format!("tingkat mitra `{level_name}` tidak setara dengan tingkat daerah `{region_level}` (P1)"),
            )
            .help(
                "KSDPL requires equal administrative status and/or equal territory (PP 28/2018 Pasal 27 ayat (3) huruf a); give `level_justification` (the plan prints it) or pick an equal partner", "KSDPL mensyaratkan kesetaraan status administrasi dan/atau kesetaraan wilayah (PP 28/2018 Pasal 27 ayat (3) huruf a); isi `level_justification` (dicetak dalam rencana kerja sama) atau pilih mitra yang setara",
            ),
        );
    }
}

fn scope_and_activities(input: &Input, tree: &Node, out: &mut Vec<Diagnostic>) {
    let at = |path: &[&str]| tree.pos_of(path);
    let keys: Vec<&str> = input.scope.iter().map(|s| s.key.as_str()).collect();
    for (i, item) in input.scope.iter().enumerate() {
        if keys[..i].contains(&item.key.as_str()) {
            out.push(
                Diagnostic::err(
                    at(&["scope", &i.to_string(), "key"]),
                    format!("duplicate scope key `{}`", item.key),
                    format!("kunci ruang lingkup `{}` ditulis dua kali", item.key),
                )
                .help("give each scope item its own key", "beri setiap butir ruang lingkup kuncinya sendiri"),
            );
        }
        if !input.activities.iter().any(|a| a.scope == item.key) {
            out.push(
                Diagnostic::err(
                    at(&["scope", &i.to_string()]),
                    format!("scope item `{}` has no activity", item.key),
                    format!("butir ruang lingkup `{}` belum memiliki kegiatan", item.key),
                )
                .help(
                    format!("add an activity with `scope: {}` to the action plan (Pasal 30 ayat (3))", item.key),
                    format!("tambahkan kegiatan dengan `scope: {}` ke dalam rencana aksi (Pasal 30 ayat (3))", item.key),
                ),
            );
        }
    }
    // The term as planned: from its date, or from the MoU's planned signature; quarters count.
    let start = crate::assemble::term_start(input);
    let (first_year, last_year) = crate::assemble::term_years(input);
    let quarter_of = |d: Date| (d.month as u8 - 1) / 3 + 1;
    for (i, act) in input.activities.iter().enumerate() {
        let idx = i.to_string();
        if !keys.contains(&act.scope.as_str()) {
            let (hint, saran) = did_you_mean_both(&act.scope, keys.iter().copied()).unwrap_or_else(|| {
                (format!("scope keys are: {}", keys.join(", ")), format!("kunci ruang lingkup yang ada: {}", keys.join(", ")))
            });
            out.push(
                Diagnostic::err(
                    at(&["activities", &idx, "scope"]),
                    format!("activity refers to unknown scope item `{}`", act.scope),
                    format!("kegiatan merujuk butir ruang lingkup `{}` yang tidak dikenal", act.scope),
                )
                .help(hint, saran),
            );
        }
        if let Some(q) = act.quarter {
            if !(1..=4).contains(&q) {
                out.push(
                    Diagnostic::err(
                        at(&["activities", &idx, "quarter"]),
                        format!("quarter {q} does not exist"),
                        format!("triwulan {q} tidak ada"),
                    )
                    .help("write 1, 2, 3 or 4", "tulis 1, 2, 3 atau 4"),
                );
            }
        }
        if act.year < first_year || act.year > last_year {
            out.push(
                Diagnostic::err(
                    at(&["activities", &idx, "year"]),
                    format!("activity year {} falls outside the term {first_year}-{last_year}", act.year),
                    format!("tahun kegiatan {} berada di luar jangka waktu {first_year}-{last_year}", act.year),
                )
                .help(
                    "move the activity inside the term or lengthen `term.years`",
                    "pindahkan kegiatan ke dalam jangka waktu atau perpanjang `term.years`",
                ),
            );
        } else if let (Some(s), Some(q)) = (start, act.quarter.filter(|q| (1..=4).contains(q))) {
            // The term's last day, as `status` gives it.
            let end = crate::calendar::add_days(crate::calendar::add_months(s, 12 * input.term.years as i32), -1);
            let before = act.year == s.year && q < quarter_of(s);
            let after = act.year == end.year && q > quarter_of(end);
            if before || after {
                out.push(
                    Diagnostic::err(
                        at(&["activities", &idx, "quarter"]),
                        format!(
                            "activity in quarter {q} of {} falls {} the term ({s} to {end})",
                            act.year,
                            if before { "before the start of" } else { "after the end of" }
                        ),
                        format!(
                            "kegiatan pada triwulan {q} tahun {} jatuh {} jangka waktu ({s} sampai {end})",
                            act.year,
                            if before { "sebelum awal" } else { "setelah akhir" }
                        ),
                    )
                    .help("move the activity to a quarter inside the term", "pindahkan kegiatan ke triwulan di dalam jangka waktu"),
                );
            } else if act.year == end.year && q == quarter_of(end) && quarter_of(crate::calendar::add_days(end, 1)) == q {
                // The quarter in which the term ends, before the quarter does: the activity
                // must be over by the term's last day.
                out.push(
                    Diagnostic::warn(
                        at(&["activities", &idx, "quarter"]),
                        format!("the term ends on {end}, within quarter {q} of {}: the activity must be over by then", act.year),
                        format!(
                            "jangka waktu berakhir pada {end}, di dalam triwulan {q} tahun {}: kegiatan harus selesai sebelumnya",
                            act.year
                        ),
                    )
                    .help(
                        "plan the activity in an earlier quarter, or make sure it ends by the term's last day",
                        "rencanakan kegiatan pada triwulan sebelumnya, atau pastikan kegiatan selesai sebelum hari terakhir jangka waktu",
                    ),
                );
            }
        }
        // An activity that runs into a later year: after its start, inside the term, and
        // each of its planned amounts in one of its years.
        if let Some(u) = act.until {
            let quarter_ok = u.quarter.is_none_or(|q| (1..=4).contains(&q));
            let before = u.year < act.year || (u.year == act.year && u.quarter.zip(act.quarter).is_some_and(|(e, b)| e < b));
            if !quarter_ok {
                out.push(
                    Diagnostic::err(
                        at(&["activities", &idx, "until", "quarter"]),
                        format!("quarter {} does not exist", u.quarter.unwrap_or(0)),
                        format!("triwulan {} tidak ada", u.quarter.unwrap_or(0)),
                    )
                    .help("write 1, 2, 3 or 4", "tulis 1, 2, 3 atau 4"),
                );
            } else if before || u.year == act.year {
                out.push(
                    Diagnostic::err(
                        at(&["activities", &idx, "until", "year"]),
                        format!("`until` ({}) is not in a year after the activity's `year` ({})", u.year, act.year),
                        format!("`until` ({}) tidak berada pada tahun setelah `year` kegiatan ({})", u.year, act.year),
                    )
                    .help(
                        "`until` is for an activity that runs into a later year; for one within its year, leave it out and give its `quarter`",
                        "`until` untuk kegiatan yang berlanjut ke tahun berikutnya; untuk kegiatan dalam satu tahun, hapus `until` dan isi `quarter`",
                    ),
                );
            } else if u.year > last_year {
                out.push(
                    Diagnostic::err(
                        at(&["activities", &idx, "until", "year"]),
                        format!("the activity ends in {}, after the term {first_year}-{last_year}", u.year),
                        format!("kegiatan berakhir pada tahun {}, setelah jangka waktu {first_year}-{last_year}", u.year),
                    )
                    .help(
                        "end the activity inside the term or lengthen `term.years`",
                        "akhiri kegiatan di dalam jangka waktu atau perpanjang `term.years`",
                    ),
                );
            } else if !act.costs.is_empty() {
                for (c, cost) in act.costs.iter().enumerate() {
                    let (c, span) = (c.to_string(), act.year..=u.year);
                    let (en, id) = match cost.year {
                        None => (
                            format!("the activity runs from {} to {}: its cost gives no `year`", act.year, u.year),
                            format!("kegiatan berlangsung dari {} sampai {}: biayanya tidak menyebut `year`", act.year, u.year),
                        ),
                        Some(y) if !span.contains(&y) => (
                            format!("cost of {y} is outside the activity's years ({}-{})", act.year, u.year),
                            format!("biaya tahun {y} berada di luar tahun kegiatan ({}-{})", act.year, u.year),
                        ),
                        Some(_) => continue,
                    };
                    out.push(
                        Diagnostic::err(at(&["activities", &idx, "costs", &c]), en, id).help(
                            "give each amount the year it is budgeted in, so that each year's work plan counts its own: `{source: apbd, amount_idr: 150000000, year: 2027}`",
                            "sebutkan tahun anggaran setiap jumlah, agar rencana kerja tiap tahun menghitung biayanya sendiri: `{source: apbd, amount_idr: 150000000, year: 2027}`",
                        ),
                    );
                }
            }
        } else if let Some((c, y)) = act.costs.iter().enumerate().find_map(|(c, cost)| cost.year.filter(|y| *y != act.year).map(|y| (c, y)))
        {
            out.push(
                Diagnostic::err(
                    at(&["activities", &idx, "costs", &c.to_string()]),
                    format!("cost of {y} for an activity of {}", act.year),
                    format!("biaya tahun {y} untuk kegiatan tahun {}", act.year),
                )
                .help(
                    "give the activity's `until` when it runs into a later year, or leave the cost's `year` out",
                    "isi `until` kegiatan bila berlanjut ke tahun berikutnya, atau hapus `year` pada biayanya",
                ),
            );
        }
        if act.funding.is_empty() {
            out.push(
                Diagnostic::err(
                    at(&["activities", &idx, "funding"]),
                    "activity has no source of funding",
                    "kegiatan belum memiliki sumber pendanaan",
                )
                .help(
                    "add at least one of apbd, apbn, partner, partner_in_kind, grant, own_cost, or `none` for an activity without cost",
                    "tambahkan sekurang-kurangnya satu dari apbd, apbn, partner, partner_in_kind, grant, own_cost, atau `none` untuk kegiatan tanpa biaya",
                ),
            );
        }
        // "No cost" stands alone, and has no amount.
        if act.funding.contains(&super::Funding::None) && (act.funding.len() > 1 || !act.costs.is_empty()) {
            out.push(
                Diagnostic::err(
                    at(&["activities", &idx, "funding"]),
                    "an activity without cost (`none`) has no other source and no costs",
                    "kegiatan tanpa biaya (`none`) tidak memiliki sumber lain dan tidak memiliki biaya",
                )
                .help(
                    "keep `none` alone and remove the activity's `costs`, or replace `none` with the sources that pay",
                    "biarkan `none` sendiri dan hapus `costs` kegiatan, atau ganti `none` dengan sumber yang membiayai",
                ),
            );
        }
        if act.opd.bi().id.trim().is_empty() {
            out.push(
                Diagnostic::err(
                    at(&["activities", &idx, "opd"]),
                    "activity has no responsible OPD",
                    "kegiatan belum memiliki perangkat daerah penanggung jawab",
                )
                .help("name the perangkat daerah that carries it out", "sebutkan perangkat daerah yang melaksanakannya"),
            );
        }
    }
    if let Some(n) = input.financing.sources.iter().position(|f| *f == super::Funding::None) {
        out.push(
            Diagnostic::err(
                at(&["financing", "sources", &n.to_string()]),
                "`none` is for an activity without cost, not a source of the cooperation's financing",
                "`none` untuk kegiatan tanpa biaya, bukan sumber pembiayaan kerja sama",
            )
            .help(
                "name the sources that pay: apbd, apbn, partner, grant, own_cost",
                "sebutkan sumber yang membiayai: apbd, apbn, partner, grant, own_cost",
            ),
        );
    }
    // A grant from abroad reaches a region through the central government: whether this one
    // does is the input's to say (review 10, finding 4).
    if let Some(n) =
        input.financing.sources.iter().position(|f| *f == super::Funding::Grant).filter(|_| input.financing.grant_abroad.is_none())
    {
        out.push(
            Diagnostic::warn(
                at(&["financing", "sources", &n.to_string()]),
                "a grant is a source, but whether it comes from abroad is not said",
                "hibah menjadi salah satu sumber, tetapi tidak dinyatakan apakah berasal dari luar negeri",
            )
            .help(
                "add `grant_abroad: true` under `financing` for a grant from a foreign agency, organisation or the partner (the documents then say it is received through the central government), or `grant_abroad: false`",
                "tambahkan `grant_abroad: true` di bawah `financing` untuk hibah dari lembaga atau organisasi asing atau dari mitra (naskah lalu menyatakan bahwa hibah diterima melalui Pemerintah Pusat), atau `grant_abroad: false`",
            ),
        );
    }
    // The plan's indicative regional budget and the action plan's APBD costs are the same
    // money: the DPRD reads both.
    // (A replacement of a postponed activity is the same money, counted once.)
    let apbd: u64 = input
        .activities
        .iter()
        .filter(|a| a.replaces.is_none())
        .flat_map(|a| &a.costs)
        .filter(|c| c.source == super::Funding::Apbd)
        .map(|c| c.amount_idr)
        .sum();
    // (Compared only when every activity the APBD funds gives its APBD cost, or when the
    // costs already exceed the budget.)
    let complete = input
        .activities
        .iter()
        .filter(|a| a.funding.contains(&super::Funding::Apbd))
        .all(|a| a.costs.iter().any(|c| c.source == super::Funding::Apbd));
    if let Some(budget) = input.financing.budget_idr.filter(|b| apbd > 0 && (apbd > *b || (complete && *b != apbd))) {
        let (b, a) = (crate::format::rupiah_in(budget, "id"), crate::format::rupiah_in(apbd, "id"));
        out.push(
            Diagnostic::warn(
                at(&["financing", "budget_idr"]),
                format!("the indicative regional budget ({b}) is not the sum of the activities' APBD costs ({a})"),
                format!("anggaran daerah indikatif ({b}) tidak sama dengan jumlah biaya APBD kegiatan ({a})"),
            )
            .help(
                "the plan states `budget_idr` and the action plan each activity's costs: make them agree, or give every activity its APBD cost",
                "rencana kerja sama memuat `budget_idr` dan rencana aksi memuat biaya setiap kegiatan: samakan keduanya, atau lengkapi biaya APBD setiap kegiatan",
            ),
        );
    }
}

/// Where the first `third` text under a node is.
fn third_text(node: Option<&Node>) -> Option<crate::diag::Pos> {
    match &node?.kind {
        Kind::Map(entries) => entries.iter().find_map(|(k, pos, v)| if k == "third" { Some(*pos) } else { third_text(Some(v)) }),
        Kind::Seq(items) => items.iter().find_map(|v| third_text(Some(v))),
        Kind::Scalar { .. } => None,
    }
}

/// With a third language, every bilingual text needs its `third` version, except those
/// at `unused` (printed nowhere in the third language).
fn missing_third(node: &Node, path: &mut Vec<String>, unused: &[&[&str]], out: &mut Vec<Diagnostic>) {
    if unused.iter().any(|u| u.len() == path.len() && u.iter().zip(path.iter()).all(|(a, b)| a == b)) {
        return;
    }
    match &node.kind {
        Kind::Map(entries) => {
            let has = |k: &str| entries.iter().any(|(key, _, _)| key == k);
            // Only the texts of the LoI and the MoU, the documents signed with the partner, need it.
            let signed = ["subject", "purpose", "objectives", "fields", "scope", "benefits", "outputs", "partner", "loi", "mou"];
            // The justification of the levels is printed only in the plan.
            let in_signed =
                path.first().is_some_and(|p| signed.contains(&p.as_str())) && path.get(1).is_none_or(|p| p != "level_justification");
            if has("id") && has("en") && !has("third") && in_signed {
                out.push(
                    Diagnostic::err(
                        node.pos,
                        format!("`{}` has no `third` text", path.join(".")),
                        format!("`{}` belum memiliki teks `third`", path.join(".")),
                    )
                    .help(
                        "a third language is set in `languages.third`: add `third:` with the translation",
                        "bahasa ketiga ditetapkan di `languages.third`: tambahkan `third:` berisi terjemahannya",
                    ),
                );
            }
            for (k, _, v) in entries {
                path.push(k.clone());
                missing_third(v, path, unused, out);
                path.pop();
            }
        }
        Kind::Seq(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(i.to_string());
                missing_third(v, path, unused, out);
                path.pop();
            }
        }
        Kind::Scalar { .. } => {}
    }
}

/// The dated milestones of the procedure, in the order PP 28/2018 Pasal 28-33 sets them:
/// each one given must not be dated before the one given before it. (The consultation
/// against the LoI, the letter against the LoI and the receipt against the letter have
/// their own messages, in `procedure`.)
fn milestones(input: &Input, tree: &Node, out: &mut Vec<Diagnostic>) {
    let at = |path: &[&str]| tree.pos_of(path);
    let m = &input.mendagri;
    let chain: Vec<(&[&str], Option<Date>, &str, &str)> = vec![
        (&["initiative", "date"], input.initiative.as_ref().map(|i| i.date), "the initiative", "prakarsa"),
        (
            &["loi", "consultation_date"],
            input.loi.consultation_date,
            "the consultation with the Ministers",
            "konsultasi dengan para Menteri",
        ),
        (&["loi", "date"], Some(input.loi.date), "the Letter of Intent", "Surat Pernyataan Kehendak"),
        (&["dprd_letter", "date"], Some(input.dprd_letter.date), "the letter to the DPRD", "surat kepada DPRD"),
        (&["dprd_letter", "received"], input.dprd_letter.received, "the DPRD's receipt of the letter", "penerimaan surat oleh DPRD"),
        (&["dprd_decision", "date"], input.dprd_decision.as_ref().map(|d| d.date), "the DPRD's decision", "keputusan DPRD"),
        (
            &["mendagri", "plan_letter", "date"],
            m.plan_letter.as_ref().map(|l| l.date),
            "the letter sending the plan to the Minister of Home Affairs",
            "surat pengantar rencana kerja sama kepada Menteri Dalam Negeri",
        ),
        (
            &["mendagri", "consideration", "date"],
            m.consideration.as_ref().map(|c| c.date),
            "the Minister's consideration",
            "pertimbangan Menteri",
        ),
        (
            &["mendagri", "mou_letter", "date"],
            m.mou_letter.as_ref().map(|l| l.date),
            "the letter sending the draft MoU to the Minister",
            "surat pengantar rancangan Nota Kesepahaman kepada Menteri",
        ),
        (
            &["mendagri", "approval", "date"],
            m.approval.as_ref().map(|a| a.date),
            "the Minister's approval of the draft MoU",
            "persetujuan Menteri atas rancangan Nota Kesepahaman",
        ),
        (
            &["kemlu_confirmation", "date"],
            input.kemlu_confirmation.as_ref().map(|k| k.date),
            "the Minister of Foreign Affairs' confirmation",
            "konfirmasi Menteri Luar Negeri",
        ),
        (&["mou", "date"], input.mou.date, "the signature of the MoU", "penandatanganan Nota Kesepahaman"),
    ];
    let mut last: Option<(Date, &str, &str)> = None;
    for (path, date, what, apa) in &chain {
        let Some(date) = *date else { continue };
        if let Some((before, earlier, sebelumnya)) = last {
            // Pairs that `procedure` and `check` already report in their own words.
            let handled = matches!(
                (*what, earlier),
                ("the Letter of Intent", "the consultation with the Ministers")
                    | ("the letter to the DPRD", "the Letter of Intent")
                    | ("the DPRD's receipt of the letter", "the letter to the DPRD")
            );
            if date < before && !handled {
                out.push(
                    Diagnostic::err(at(path), format!("{what} ({date}) is dated before {earlier} ({before})"), format!("{apa} ({date}) bertanggal sebelum {sebelumnya} ({before})"))
                        .help(format!(
                            "the procedure runs in this order: initiative, consultation, LoI, DPRD letter, receipt, DPRD decision, plan to the Minister, consideration, draft MoU to the Minister, approval, confirmation, signature (PP 28/2018 Pasal 28-33); check `{}` and the date before it",
                            path.join(".")
                        ), format!("prosedur berjalan dengan urutan berikut: prakarsa, konsultasi, Surat Pernyataan Kehendak, surat kepada DPRD, penerimaan surat, keputusan DPRD, rencana kerja sama kepada Menteri, pertimbangan, rancangan Nota Kesepahaman kepada Menteri, persetujuan, konfirmasi, penandatanganan (PP 28/2018 Pasal 28-33); periksa `{}` dan tanggal sebelumnya", path.join("."))),
                );
            }
        }
        last = Some((date, what, apa));
    }
    if let Some(d) = input.dprd_decision.as_ref().filter(|d| !d.approved) {
        if m.plan_letter.is_some() {
            out.push(
                Diagnostic::err(at(&["mendagri", "plan_letter"]), format!("the plan goes to the Minister, but the DPRD did not approve it ({})", d.date), format!("rencana kerja sama disampaikan kepada Menteri, tetapi DPRD tidak menyetujuinya ({})", d.date))
                    .help("only the plan the DPRD approved goes to the Minister of Home Affairs (PP 28/2018 Pasal 31 ayat (1)); revise it and ask the DPRD again", "hanya rencana kerja sama yang disetujui DPRD yang disampaikan kepada Menteri Dalam Negeri (PP 28/2018 Pasal 31 ayat (1)); perbaiki lalu ajukan kembali kepada DPRD"),
            );
        }
    }
    if m.plan_letter.is_some() && input.dprd_decision.is_none() {
        out.push(
            Diagnostic::err(at(&["mendagri", "plan_letter"]), "the plan goes to the Minister, but the DPRD's decision is not recorded", "rencana kerja sama disampaikan kepada Menteri, tetapi keputusan DPRD belum dicatat")
                .help("add `dprd_decision: {date: ..., number: ...}`: the letter to the Minister cites and attaches it (PP 28/2018 Pasal 31 ayat (1))", "tambahkan `dprd_decision: {date: ..., number: ...}`: surat kepada Menteri menyebut dan melampirkannya (PP 28/2018 Pasal 31 ayat (1))"),
        );
    }
    if m.consideration.is_some() && m.plan_letter.is_none() {
        out.push(
            Diagnostic::warn(at(&["mendagri", "consideration"]), "the Minister's consideration is recorded, but not the letter that asked for it", "pertimbangan Menteri telah dicatat, tetapi surat yang memintanya belum")
                .help("add `mendagri.plan_letter` (number, date, place): the letter sending the DPRD-approved plan (PP 28/2018 Pasal 31 ayat (1))", "tambahkan `mendagri.plan_letter` (nomor, tanggal, tempat): surat pengantar rencana kerja sama yang telah disetujui DPRD (PP 28/2018 Pasal 31 ayat (1))"),
        );
    }
    if m.mou_letter.is_some() {
        match &m.consideration {
            None => out.push(
                Diagnostic::err(at(&["mendagri", "mou_letter"]), "the draft MoU goes to the Minister, but the Minister's consideration of the plan is not recorded", "rancangan Nota Kesepahaman disampaikan kepada Menteri, tetapi pertimbangan Menteri atas rencana kerja sama belum dicatat")
                    .help("add `mendagri.consideration` (date, number, outcome: proceed): the draft follows the Minister's consideration (PP 28/2018 Pasal 31 ayat (3) huruf b)", "tambahkan `mendagri.consideration` (tanggal, nomor, outcome: proceed): rancangan disusun setelah pertimbangan Menteri (PP 28/2018 Pasal 31 ayat (3) huruf b)"),
            ),
            Some(c) if c.outcome == super::Outcome::Revise => out.push(
                Diagnostic::warn(at(&["mendagri", "consideration", "outcome"]), "the Minister asked for the plan to be revised, yet the draft MoU goes to the Minister", "Menteri meminta rencana kerja sama diperbaiki, tetapi rancangan Nota Kesepahaman sudah disampaikan kepada Menteri")
                    .help("after a revision the plan goes back for a new consideration (PP 28/2018 Pasal 31 ayat (3) huruf a); record the new consideration with `outcome: proceed`", "setelah diperbaiki, rencana kerja sama diajukan kembali untuk pertimbangan baru (PP 28/2018 Pasal 31 ayat (3) huruf a); catat pertimbangan baru itu dengan `outcome: proceed`"),
            ),
            _ => {}
        }
    }
    if m.approval.is_some() && m.mou_letter.is_none() {
        out.push(
            Diagnostic::warn(
                at(&["mendagri", "approval"]),
                "the Minister's approval is recorded, but not the letter that sent the draft MoU",
                "persetujuan Menteri telah dicatat, tetapi surat pengantar rancangan Nota Kesepahaman belum",
            )
            .help(
                "add `mendagri.mou_letter` (number, date, place) (PP 28/2018 Pasal 32 ayat (1))",
                "tambahkan `mendagri.mou_letter` (nomor, tanggal, tempat) (PP 28/2018 Pasal 32 ayat (1))",
            ),
        );
    }
}

/// Yearly work plans and reports, and the progress of activities.
fn implementation(input: &Input, tree: &Node, out: &mut Vec<Diagnostic>) {
    let at = |path: &[&str]| tree.pos_of(path);
    let imp = &input.implementation;
    let plans: Vec<(i32, Date)> = imp.work_plans.iter().map(|w| (w.year, w.date)).collect();
    let reports: Vec<(i32, Date)> = imp.reports.iter().map(|r| (r.year, r.date)).collect();
    for (key, list) in [("work_plans", &plans), ("reports", &reports)] {
        for (i, &(year, date)) in list.iter().enumerate() {
            let idx = i.to_string();
            if list[..i].iter().any(|x| x.0 == year) {
                out.push(
                    Diagnostic::err(
                        at(&["implementation", key, &idx, "year"]),
                        format!("a second entry for {year} in `implementation.{key}`"),
                        format!("butir kedua untuk tahun {year} di `implementation.{key}`"),
                    )
                    .help("give each year once", "tulis setiap tahun sekali saja"),
                );
            }
            if key == "reports" && date <= (Date { year, month: 12, day: 31 }) {
                out.push(
                    Diagnostic::err(
                        at(&["implementation", key, &idx, "date"]),
                        format!("the report on {year} is dated {date} , before the year ended").replace(" ,", ","), format!("laporan tahun {year} bertanggal {date}, sebelum tahun itu berakhir"),
                    )
                    .help("a yearly report goes after the year it covers (PP 28/2018 Pasal 43); check the year and the date", "laporan tahunan disampaikan setelah tahun yang dilaporkannya berakhir (PP 28/2018 Pasal 43); periksa tahun dan tanggalnya"),
                );
            }
        }
    }
    // The letter sending a report is drafted from its number and place: one without the
    // other is a letter half recorded (`naskah draft mendagri-report` refuses it).
    for (i, r) in imp.reports.iter().enumerate() {
        let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        let (number, place) = (given(&r.number), given(&r.place));
        let blank = |v: &Option<String>| v.as_deref().is_some_and(|s| s.trim().is_empty());
        let blanks = [("number", blank(&r.number)), ("place", blank(&r.place))];
        for (key, blank) in blanks {
            if blank {
                out.push(
                    Diagnostic::err(
                        at(&["implementation", "reports", &i.to_string(), key]),
                        format!("`implementation.reports.{i}.{key}` is empty"),
                        format!("`implementation.reports.{i}.{key}` kosong"),
                    )
                    .help(
                        "write the letter's number and place, or leave the key out until they are known",
                        "tulis nomor dan tempat surat, atau hapus kunci ini sampai keduanya diketahui",
                    ),
                );
            }
        }
        if number != place && blanks.iter().all(|(_, b)| !b) {
            let (has, lacks, ada, kurang) =
                if number { ("number", "place", "nomor", "tempat") } else { ("place", "number", "tempat", "nomor") };
            out.push(
                Diagnostic::warn(
                    at(&["implementation", "reports", &i.to_string()]),
                    format!("the letter sending the report on {} has its {has} but not its {lacks}", r.year),
                    format!("surat pengantar laporan tahun {} mempunyai {ada} tetapi belum mempunyai {kurang}", r.year),
                )
                .help(
                    format!("add `{lacks}` to the entry for {}: `naskah draft mendagri-report` needs both (PP 28/2018 Pasal 43)", r.year),
                    format!(
                        "tambahkan `{lacks}` pada butir tahun {}: `naskah draft mendagri-report` memerlukan keduanya (PP 28/2018 Pasal 43)",
                        r.year
                    ),
                ),
            );
        }
    }
    // Activities by key.
    let keys: Vec<&str> = input.activities.iter().filter_map(|a| a.key.as_deref()).collect();
    for (i, a) in input.activities.iter().enumerate() {
        let idx = i.to_string();
        if let Some(k) = &a.key {
            if input.activities[..i].iter().any(|b| b.key.as_deref() == Some(k)) {
                out.push(
                    Diagnostic::err(
                        at(&["activities", &idx, "key"]),
                        format!("duplicate activity key `{k}`"),
                        format!("kunci kegiatan `{k}` ditulis dua kali"),
                    )
                    .help("give each activity its own key", "beri setiap kegiatan kuncinya sendiri"),
                );
            }
        }
        for (j, c) in a.costs.iter().enumerate() {
            let path = ["activities", &idx, "costs", &j.to_string(), "source"];
            let name = serde_json::to_value(c.source).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            if c.source == super::Funding::OwnCost {
                out.push(
                    Diagnostic::err(
                        at(&path),
                        "`own_cost` has no amount: each party bears its own costs",
                        "`own_cost` tidak berjumlah: setiap pihak menanggung biayanya sendiri",
                    )
                    .help(
                        "give amounts for apbd, apbn, partner or grant; `own_cost` stays in `funding`",
                        "tuliskan jumlah untuk apbd, apbn, partner atau grant; `own_cost` tetap di `funding`",
                    ),
                );
            } else if c.source == super::Funding::PartnerInKind {
                out.push(
                    Diagnostic::err(
                        at(&path),
                        "`partner_in_kind` has no amount: a contribution in kind is no budget allocation",
                        "`partner_in_kind` tidak berjumlah: kontribusi natura bukan alokasi anggaran",
                    )
                    .help(
                        "keep `partner_in_kind` in `funding` and describe the contribution in `remarks`; give an amount under `partner` only for money from the partner's budget",
                        "biarkan `partner_in_kind` di `funding` dan uraikan kontribusinya di `remarks`; tuliskan jumlah pada `partner` hanya untuk dana dari anggaran mitra",
                    ),
                );
            } else if !a.funding.contains(&c.source) {
                out.push(
                    Diagnostic::err(
                        at(&path),
                        format!("the activity plans an amount from `{name}`, which is not among its `funding`"),
                        format!("kegiatan merencanakan jumlah dari `{name}`, yang tidak termasuk dalam `funding`-nya"),
                    )
                    .help(
                        format!("add `{name}` to the activity's `funding`, or correct the source"),
                        format!("tambahkan `{name}` ke `funding` kegiatan, atau perbaiki sumbernya"),
                    ),
                );
            }
        }
    }
    // A rescheduled activity names the postponed one it replaces, an earlier activity.
    for (i, a) in input.activities.iter().enumerate() {
        let Some(old) = &a.replaces else { continue };
        let replaced = input.activities.iter().find(|b| b.key.as_ref() == Some(old));
        let problem = match replaced {
            None => Some((
                format!("activity {} replaces unknown activity `{old}`", i + 1),
                format!("kegiatan {} menggantikan kegiatan `{old}` yang tidak dikenal", i + 1),
                did_you_mean_both(old, keys.iter().copied())
                    .unwrap_or_else(|| (format!("activity keys are: {}", keys.join(", ")), format!("kunci kegiatan yang ada: {}", keys.join(", ")))),
            )),
            Some(b) if std::ptr::eq(a, b) || b.replaces.is_some() || (b.year, b.quarter) >= (a.year, a.quarter) => Some((
                format!("activity {} replaces `{old}`, which is itself, a replacement or not earlier", i + 1),
                format!("kegiatan {} menggantikan `{old}`, yang adalah dirinya sendiri, pengganti, atau tidak lebih awal", i + 1),
                (
                    "`replaces` names the key of the postponed activity this one plans again, in an earlier year or quarter".to_string(),
                    "`replaces` berisi kunci kegiatan yang ditunda dan direncanakan kembali oleh kegiatan ini, pada tahun atau triwulan sebelumnya".to_string(),
                ),
            )),
            Some(_) => None,
        };
        if let Some((en, id, (hint, saran))) = problem {
            out.push(Diagnostic::err(at(&["activities", &i.to_string(), "replaces"]), en, id).help(hint, saran));
        }
    }
    for (i, p) in input.progress.iter().enumerate() {
        let idx = i.to_string();
        if !keys.contains(&p.activity.as_str()) {
            let (hint, saran) = did_you_mean_both(&p.activity, keys.iter().copied()).unwrap_or_else(|| {
                if keys.is_empty() {
                    (
                        "give the activity a `key:` in `activities` and refer to it here".to_string(),
                        "beri kegiatan itu `key:` di `activities` lalu rujuk kunci itu di sini".to_string(),
                    )
                } else {
                    (format!("activity keys are: {}", keys.join(", ")), format!("kunci kegiatan yang ada: {}", keys.join(", ")))
                }
            });
            out.push(
                Diagnostic::err(
                    at(&["progress", &idx, "activity"]),
                    format!("progress refers to unknown activity `{}`", p.activity),
                    format!("capaian merujuk kegiatan `{}` yang tidak dikenal", p.activity),
                )
                .help(hint, saran),
            );
        }
        // (One entry a year for an activity that runs into a later year.)
        if input.progress[..i].iter().any(|q| q.activity == p.activity && q.year == p.year) {
            out.push(
                Diagnostic::err(
                    at(&["progress", &idx, "activity"]),
                    format!("a second progress entry for activity `{}`", p.activity),
                    format!("capaian kedua untuk kegiatan `{}`", p.activity),
                )
                .help(
                    "record each activity's progress once; update the entry as the activity goes on",
                    "catat capaian setiap kegiatan sekali; perbarui butirnya selama kegiatan berjalan",
                ),
            );
        }
        if let (Some(s), Some(e)) = (p.start, p.end) {
            if e < s {
                out.push(
                    Diagnostic::err(
                        at(&["progress", &idx, "end"]),
                        format!("the activity ends ({e}) before it starts ({s})"),
                        format!("kegiatan berakhir ({e}) sebelum dimulai ({s})"),
                    )
                    .help("check `start` and `end`", "periksa `start` dan `end`"),
                );
            }
        }
        if p.status == super::ProgressStatus::Done && p.end.is_none() {
            out.push(
                Diagnostic::warn(
                    at(&["progress", &idx, "status"]),
                    format!("activity `{}` is done, but when it ended is not given", p.activity),
                    format!("kegiatan `{}` telah selesai, tetapi tanggal berakhirnya belum diisi", p.activity),
                )
                .help(
                    "add `start:` and `end:` (YYYY-MM-DD): the report's column of dates shows them",
                    "tambahkan `start:` dan `end:` (YYYY-MM-DD): kolom waktu pelaksanaan pada laporan menampilkannya",
                ),
            );
        }
        // Spending above the plan is a point the Inspectorate raises (review 11, finding 6);
        // far above it, more often a typing slip than a fact to report.
        let planned: u64 = input
            .activities
            .iter()
            .filter(|a| a.key.as_deref() == Some(p.activity.as_str()))
            .flat_map(|a| a.costs.iter().filter(|c| p.year.is_none() || c.year.is_none() || c.year == p.year))
            .map(|c| c.amount_idr)
            .sum();
        // (Spending by source and a total given both must agree: the report prints both.)
        if let (Some(total), false) = (p.spent_idr, p.spent.is_empty()) {
            let sum: u64 = p.spent.iter().map(|s| s.amount_idr).sum();
            if sum != total {
                out.push(
                    Diagnostic::warn(
                        at(&["progress", &idx, "spent"]),
                        format!("activity `{}`: the amounts spent by source add up to {sum}, not the {total} of `spent_idr`", p.activity),
                        format!(
                            "kegiatan `{}`: jumlah realisasi per sumber adalah {sum}, bukan {total} sebagaimana `spent_idr`",
                            p.activity
                        ),
                    )
                    .help(
                        "give one of the two, or correct the figure that is wrong",
                        "cantumkan salah satunya saja, atau perbaiki angka yang keliru",
                    ),
                );
            }
        }
        if let Some(spent) = p.spent_total().filter(|s| planned > 0 && *s > planned) {
            let twice = spent > planned.saturating_mul(2);
            let (en, id) = if twice {
                (
                    format!("activity `{}` spent {spent}, more than twice the {planned} planned in its `costs`", p.activity),
                    format!(
                        "kegiatan `{}` membelanjakan {spent}, lebih dari dua kali {planned} yang direncanakan dalam `costs`",
                        p.activity
                    ),
                )
            } else {
                let share = spent.saturating_mul(100) / planned;
                (
                    format!("activity `{}` spent {spent}, {share}% of the {planned} planned in its `costs`", p.activity),
                    format!("kegiatan `{}` membelanjakan {spent}, {share}% dari {planned} yang direncanakan dalam `costs`", p.activity),
                )
            };
            let diagnostic = Diagnostic::warn(at(&["progress", &idx, "spent_idr"]), en, id);
            out.push(if twice {
                diagnostic.help(
                    "check the figure (a digit too many?); if it is right, the report will show it against the plan",
                    "periksa angkanya (kelebihan satu digit?); bila benar, laporan akan menyandingkannya dengan rencana",
                )
            } else {
                diagnostic.help(
                    "spending above the plan needs its reason in the report: say it in `problems` (the budget's revision, a price that rose)",
                    "belanja melebihi rencana perlu dijelaskan dalam laporan: sebutkan sebabnya di `problems` (perubahan anggaran, kenaikan harga)",
                )
            });
        }
        // A postponed activity that no later row plans again drops out of every later work
        // plan (review 10, finding 8: said here, not only when the work plan is drafted).
        if p.status == super::ProgressStatus::Postponed {
            if let Some(a) = input.activities.iter().find(|a| a.key.as_deref() == Some(p.activity.as_str())) {
                if !a.planned_again(&input.activities) {
                    out.push(
                        Diagnostic::warn(
                            at(&["progress", &idx, "status"]),
                            format!("activity `{}` of {} is postponed and not planned again: the work plans after {} leave it out", p.activity, a.year, a.last_year()),
                            format!("kegiatan `{}` tahun {} ditunda dan belum direncanakan kembali: rencana kerja setelah tahun {} tidak memuatnya", p.activity, a.year, a.last_year()),
                        )
                        .help(
                            format!("add the activity again under `activities:` with its new `year` and `quarter`, a new `key` and `replaces: {}`, or mark it `cancelled`", p.activity),
                            format!("tambahkan kembali kegiatan itu di `activities:` dengan `year` dan `quarter` barunya, `key` baru dan `replaces: {}`, atau tandai `cancelled`", p.activity),
                        ),
                    );
                }
            }
        }
        if p.status == super::ProgressStatus::Done && p.achieved.is_none() {
            out.push(
                Diagnostic::warn(
                    at(&["progress", &idx, "status"]),
                    format!("activity `{}` is done, but what it achieved is not given", p.activity),
                    format!("kegiatan `{}` telah selesai, tetapi capaiannya belum diisi", p.activity),
                )
                .help(
                    "add `achieved: {id: ..., en: ...}` against the output's indicator and target: the report sets it beside the target",
                    "tambahkan `achieved: {id: ..., en: ...}` sesuai indikator dan target keluaran: laporan menyandingkannya dengan target",
                ),
            );
        }
    }
}

/// Whether a name holds an office or an acting form ("Pj. Bupati ...", "Wali Kota ...").
fn holds_office(name: &str) -> bool {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "pj" | "plt" | "plh" | "gubernur" | "bupati" | "walikota" | "penjabat")
            || (w == "wali" && words.get(i + 1).is_some_and(|n| n == "kota"))
    })
}
