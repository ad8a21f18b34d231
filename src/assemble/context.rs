//! The template context: the input as JSON plus names and sentences derived from it, so
//! that templates and clauses never repeat the rules of Indonesian official naming, of
//! signature forms or of joining a list into a sentence.

use crate::format::{self, join_list, name_caps, province};
use crate::input::{
    Acting, BenefitsPlace, CoopKind, Form, Funding, Input, Level, MouTitle, Object, Prevailing, Signing, TermStart, Wording,
};
use crate::model::DocKind;
use serde_json::{json, Value};

fn bi(id: impl Into<String>, en: impl Into<String>) -> Value {
    json!({"id": id.into(), "en": en.into()})
}

/// The region's names in English: the name of a provinsi, or of the province of a
/// kabupaten or kota, from the table of the 38 provinces (or `province_en`).
struct English {
    /// The province after "Governor of": "East Java".
    province_short: Option<String>,
    /// The province as a place: "East Java Province".
    province_place: Option<String>,
}

fn english(input: &Input) -> English {
    let r = &input.region;
    let indonesian = match r.level {
        Level::Provinsi => Some(r.name.as_str()),
        _ => r.province.as_deref(),
    };
    match (&r.province_en, indonesian.and_then(province)) {
        (Some(en), _) => English { province_short: Some(en.clone()), province_place: Some(format!("{en} Province")) },
        (None, Some(p)) => English { province_short: Some(p.short.clone()), province_place: Some(p.en.clone()) },
        (None, None) => {
            English { province_short: indonesian.map(str::to_string), province_place: indonesian.map(|p| format!("{p} Province")) }
        }
    }
}

/// The words that are names in this input (parties, countries, provinces): a list item
/// that starts with one keeps its capital when it runs into a sentence.
pub fn names(input: &Input) -> Vec<String> {
    let r = &input.region;
    let p = &input.partner;
    let mut out = vec![r.name.clone(), p.name.id.clone(), p.name.en.clone(), p.country.id.clone(), p.country.en.clone()];
    out.extend(r.province.clone());
    out.extend(r.province_en.clone());
    out.extend(r.official_name.iter().flat_map(|b| [b.id.clone(), b.en.clone()]));
    out.extend(["Indonesia", "Republik", "Republic", "Pemerintah", "Government"].map(String::from));
    out
}

/// The context every template and clause is rendered with.
pub fn context(input: &Input) -> Value {
    let mut ctx = serde_json::to_value(input).expect("the input always serialises");
    let r = &input.region;
    let name = &r.name;
    let en = english(input);
    let (region_name, head_title, gov) = match r.level {
        Level::Provinsi => {
            let short = en.province_short.clone().unwrap_or_else(|| name.clone());
            (
                bi(format!("Provinsi {name}"), en.province_place.clone().unwrap_or_else(|| format!("{name} Province"))),
                bi(format!("Gubernur {name}"), format!("Governor of {short}")),
                bi(format!("Pemerintah Provinsi {name}"), format!("Provincial Government of {short}")),
            )
        }
        Level::Kabupaten => (
            bi(format!("Kabupaten {name}"), format!("{name} Regency")),
            bi(format!("Bupati {name}"), format!("Regent of {name}")),
            bi(format!("Pemerintah Kabupaten {name}"), format!("Government of {name} Regency")),
        ),
        Level::Kota => (
            bi(format!("Kota {name}"), format!("City of {name}")),
            bi(format!("Wali Kota {name}"), format!("Mayor of {name}")),
            bi(format!("Pemerintah Kota {name}"), format!("Government of the City of {name}")),
        ),
    };
    let mut region_name = r.official_name.as_ref().map(|b| json!(b)).unwrap_or(region_name);
    // In English text the region's name carries its own article: "the City of Denpasar",
    // but "North Sulawesi Province", so that no template writes "the North Sulawesi Province".
    if let Some(en) = region_name["en"].as_str().map(with_article) {
        region_name["en"] = Value::String(en);
    }
    let gov = match &r.official_name {
        Some(official) => bi(format!("Pemerintah {}", official.id), format!("Government of {}", official.en)),
        None => gov,
    };
    let head_title = r.head_title.as_ref().map(|b| json!(b)).unwrap_or(head_title);
    let head_short = match r.level {
        Level::Provinsi => bi("Gubernur", "Governor"),
        Level::Kabupaten => bi("Bupati", "Regent"),
        Level::Kota => bi("Wali Kota", "Mayor"),
    };
    // The signer: the head, or an acting head whose prefix keeps its case in capitals
    // ("Plt. BUPATI BANYUWANGI,"); the letterhead keeps the office's title.
    let title_id = head_title["id"].as_str().unwrap_or_default().to_string();
    let (signer, signer_caps) = signer_titles(r.head.acting, &head_title);
    let p = &input.partner;
    let partner_gov = partner_named(input);
    let prevailing = match input.languages.prevailing {
        Prevailing::Id => bi("bahasa Indonesia", "Indonesian"),
        Prevailing::En => bi("bahasa Inggris", "English"),
        Prevailing::Third => match &input.languages.third {
            Some(t) => json!(t.name),
            None => bi("bahasa Inggris", "English"),
        },
    };
    let languages_list = match &input.languages.third {
        Some(t) => bi(
            format!("bahasa Indonesia, {}, dan bahasa Inggris", t.name.id),
            format!("the Indonesian, {} and English languages", t.name.en),
        ),
        None => bi("bahasa Indonesia dan bahasa Inggris", "the Indonesian and English languages"),
    };
    let province = r.province.as_ref().map(|p| {
        json!({
            "id": format!("Provinsi {p}"),
            "en": en.province_place.clone().unwrap_or_else(|| format!("{p} Province")),
            "governor": bi(format!("Gubernur {p}"), format!("Governor of {}", en.province_short.clone().unwrap_or_else(|| p.clone()))),
        })
    });
    // How the DPRD letter lists its attachments; the packet checks the letter against them.
    let signed = input.signed_loi().is_some();
    let mut attachments: Vec<Value> = input
        .attachments()
        .into_iter()
        .map(|kind| {
            let (id, en) = kind.name();
            match kind {
                // The LoI goes signed only when its signed copy is given; otherwise its text.
                DocKind::Loi if signed => bi(format!("{id} (Letter of Intent) yang telah ditandatangani"), format!("Signed {en}")),
                DocKind::Loi => bi(format!("{id} (Letter of Intent)"), en),
                DocKind::Mou => bi(format!("Rancangan {} (Memorandum of Understanding)", mou_name(input)), format!("Draft {en}")),
                _ => bi(id, en),
            }
        })
        .collect();
    attachments.extend(input.other_enclosures().into_iter().map(|(_, t)| bi(t.id, t.en)));
    let names = names(input);
    // The subject as a sentence that describes the cooperation runs it in ("kerja sama ...
    // di bidang pertanian, ..."); titles, and
    // sentences that name a document by its title, print it as written.
    let subject_run = bi(
        format::title_as_phrase(input.subject.id.trim().trim_end_matches('.'), &names, false),
        format::title_as_phrase(input.subject.en.trim().trim_end_matches('.'), &names, true),
    );
    let derived = json!({
        "attachments": attachments,
        "attachments_count": attachments.len(),
        "region_name": region_name,
        "region_gov": gov,
        "region_head_title": head_title,
        "region_head_short": head_short,
        "region_office_caps": title_id.to_uppercase(),
        "region_signer": signer,
        "region_signer_caps": signer_caps,
        "region_head_caps": name_caps(&r.head.name),
        "region_province": province.unwrap_or(Value::Null),
        "region_is_provinsi": r.level == Level::Provinsi,
        "partner_name": p.name,
        "partner_gov": partner_gov,
        "partner_head_title": p.head_title,
        "partner_head_caps": name_caps(&p.head.name),
        "prevailing_language": prevailing,
        "languages_list": languages_list,
        "originals": 2,
        "form_text": form_text(input),
        "sister": sister(input),
        "form_phrase": form_phrase(input),
        "objects": objects(input),
        "financing_text": financing(input),
        "term_text": term_text(input),
        "term_effective": term_text(input)["effective"].clone(),
        "term_first_year": term_years(input).0,
        "term_last_year": term_years(input).1,
        "addressee": addressee(input),
        "sifat_en": sifat_en(&input.dprd_letter.sifat),
        "lampiran": Value::Null,
        "mou_name": mou_name(input),
        "renewal": renewal(input),
        "arrangement": input.mou.wording == Wording::Arrangement,
        "benefits_annex": input.mou.benefits == BenefitsPlace::Annex,
        "background_summary": background_summary(input),
        "auto_renew": input.options.clauses.get("mou.duration").is_some_and(|v| v == "mou.duration.auto_renew"),
        "institution_text": institution_text(input),
        "names": names,
        "mendagri_cq": mendagri_cq(input),
        "lang": "id",
    });
    if let (Value::Object(c), Value::Object(d)) = (&mut ctx, derived) {
        c.extend(d);
    }
    signing(input, &mut ctx);
    ctx["benefits_in_plan"] = json!(input.mou.benefits == BenefitsPlace::Plan);
    ctx["legal"] = legal_bases(&input.region.legal_bases);
    ctx["subject_run"] = subject_run;
    ctx["about"] = about(input);
    ctx["both_places"] = both_places(input);
    // The LoI's place in a sentence, closed by a comma when it names its country too:
    // "ditandatangani di Regensburg, Republik Federal Jerman, pada tanggal ...".
    ctx["loi_place"] = bi(apposed(&input.loi.place.id), apposed(&input.loi.place.en));
    // The plan names a field's Pasal 23(2) object in brackets, unless the field's name is
    // the object itself ("pertukaran budaya (pertukaran budaya)").
    for (i, f) in input.fields.iter().enumerate() {
        let words = |lang: &str, name: &str| match f.object {
            Some(o) if !object_words(o, lang).trim_start_matches("the ").eq_ignore_ascii_case(name.trim()) => object_words(o, lang),
            _ => "",
        };
        ctx["fields"][i]["object_words"] = bi(words("id", &f.name.id), words("en", &f.name.en));
    }
    // A counterpart given as one name prints that name in both languages; the action plan
    // shows each activity's indicative costs beside its sources, when the input gives any.
    let partner = partner_named(input);
    for (i, a) in input.activities.iter().enumerate() {
        ctx["activities"][i]["counterpart"] = json!(a.counterpart.bi());
        ctx["activities"][i]["opd"] = json!(a.opd.bi());
        // (Every source of the activity, with its amount where one is given: "APBD:
        // Rp85.000.000,00; Anggaran Kota Regensburg".)
        // (Once one activity has costs, every row names its sources in the same words.)
        if input.activities.iter().any(|a| !a.costs.is_empty()) {
            let cells = a.funding.iter().filter(|f| **f != Funding::OwnCost || a.funding.len() == 1).map(|&f| {
                let amount: u64 = a.costs.iter().filter(|c| c.source == f).map(|c| c.amount_idr).sum();
                if amount > 0 {
                    cost_cell(&partner, input.financing.grantor.as_ref(), &crate::input::Cost { source: f, amount_idr: amount, year: None })
                } else {
                    let (id, en) = source_short(&partner, input.financing.grantor.as_ref(), f);
                    json!({"id": id, "en": en})
                }
            });
            ctx["activities"][i]["cost_cells"] = Value::Array(cells.chain(own_share(&a.funding)).collect());
        }
    }
    // The action plan's indicative costs added up by source, for the budget the DPRD looks
    // for: the sources in the order they first appear, then the total (a last row).
    let totals = by_source(input.activities.iter().flat_map(|a| &a.costs));
    if !totals.is_empty() {
        let rows = totals.iter().map(|&(source, amount_idr)| {
            cost_cell(&partner, input.financing.grantor.as_ref(), &crate::input::Cost { source, amount_idr, year: None })
        });
        ctx["cost_totals"] = Value::Array(rows.collect());
        ctx["cost_total"] = figures(totals.iter().map(|(_, t)| t).sum());
    }
    // Items of lists and phrases inside sentences get their punctuation from the clauses,
    // so a full stop typed at the end of an item must not double it.
    for path in ["/subject", "/purpose", "/form_name", "/partner/level_justification"] {
        ctx.pointer_mut(path).map(trim_bi);
    }
    for (list, fields) in [
        ("objectives", &[""][..]),
        ("targets", &[""]),
        ("benefits", &[""]),
        ("scope", &["/text"]),
        ("fields", &["/name", "/transfer"]),
        ("outputs", &["/text", "/indicator", "/target"]),
    ] {
        if let Some(Value::Array(items)) = ctx.get_mut(list) {
            for item in items {
                for f in fields {
                    item.pointer_mut(f).map(trim_bi);
                }
            }
        }
    }
    // The English names without an article (`en`, for titles and lists) and as they stand
    // in a sentence (`the`): "the City of Regensburg", but "Boseong County"; an article the
    // input gives is kept.
    for key in ["partner_gov", "partner_name", "region_gov"] {
        let Some(name) = ctx.get_mut(key).and_then(Value::as_object_mut) else { continue };
        let Some(en) = name.get("en").and_then(Value::as_str).map(str::to_string) else { continue };
        // `get`, not slicing: the fourth byte may fall inside a letter ("Ürümqi").
        let given = en.len() > 4 && en.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("the "));
        let bare = if given { en[4..].to_string() } else { en };
        let the = with_article(&if given { format!("the {bare}") } else { bare.clone() });
        name.insert("en".into(), Value::String(bare));
        name.insert("the".into(), Value::String(the));
    }
    one_line(&mut ctx);
    ctx
}

/// An English name as it stands in a sentence: "City of Denpasar" and a body ("Boseong
/// County Government", "Seoul Metropolitan Government") take "the"; a name that ends in
/// the kind of place it is ("North Sulawesi Province", "Gianyar Regency", "Boseong County")
/// does not, nor does one that has its article.
pub fn with_article(en: &str) -> String {
    /// Last words that make a name a body rather than a place.
    const BODIES: &[&str] = &[
        "Government",
        "Administration",
        "Council",
        "Authority",
        "Assembly",
        "Office",
        "Agency",
        "Bureau",
        "Ministry",
        "Department",
        "Commission",
        "Board",
        "Institute",
        "Foundation",
        "Fund",
        "Bank",
        "Union",
        "Organization",
        "Organisation",
        "Programme",
        "Association",
        "Centre",
        "Center",
    ];
    let en = en.trim();
    let has_article = en.starts_with("the ") || en.starts_with("The ");
    // (The name before an acronym in brackets: "Japan International Cooperation Agency (JICA)".)
    let core = en.split(" (").next().unwrap_or(en);
    let body = core.rsplit(' ').next().is_some_and(|last| BODIES.contains(&last));
    // (A body named in its own language: "Agence Française de Développement", "Deutsche
    // Gesellschaft für Internationale Zusammenarbeit".)
    let foreign_body = ["Agence ", "Deutsche ", "Fondation ", "Fundación ", "Stiftung ", "Banque "].iter().any(|w| core.starts_with(w));
    if !has_article && (en.contains(" of ") || body || foreign_body) {
        format!("the {en}")
    } else {
        en.to_string()
    }
}

/// The MoU's Indonesian name: "Nota Kesepahaman" or "Memorandum Saling Pengertian".
pub fn mou_name(input: &Input) -> &'static str {
    title_name(input.mou.title)
}

fn title_name(title: MouTitle) -> &'static str {
    match title {
        MouTitle::NotaKesepahaman => "Nota Kesepahaman",
        MouTitle::MemorandumSalingPengertian => "Memorandum Saling Pengertian",
    }
}

/// The earlier MoU a renewal renews, as a phrase: "Nota Kesepahaman Nomor 119/2020 yang
/// ditandatangani di Fuzhou pada tanggal 18 November 2020" / "the Memorandum of Understanding
/// No. 119/2020 signed in Fuzhou on 18 November 2020", under its own title (`renews.title`,
/// by default this MoU's), with its name alone, the year the cooperation began (`since`) and
/// the earlier MoU's year; null when the MoU is not a renewal.
fn renewal(input: &Input) -> Value {
    let Some(r) = &input.mou.renews else { return Value::Null };
    let name = r.title.map_or(mou_name(input), title_name);
    let (number_id, number_en) = match &r.number {
        Some(n) => (format!(" Nomor {n}"), format!(" No. {n}")),
        None => (String::new(), String::new()),
    };
    json!({
        "id": format!("{name}{number_id} yang ditandatangani di {} pada tanggal {}", apposed(&r.place.id), format::date_id(r.date)),
        "en": format!("the Memorandum of Understanding{number_en} signed in {} on {}", apposed(&r.place.en), format::date_en(r.date)),
        "name": name,
        "since": r.since,
        "year": r.date.year,
    })
}

/// The form of the cooperation as a phrase: "kota bersaudara" / "a sister city", or the
/// name of an `other` form.
fn form_text(input: &Input) -> Value {
    if let Some(name) = &input.form_name {
        return json!(name);
    }
    match (input.kind, sister(input)) {
        (CoopKind::Ksdpl, Value::Object(s)) => {
            bi(s["id"].as_str().unwrap_or_default().to_lowercase(), format!("a {}", s["en"].as_str().unwrap_or_default().to_lowercase()))
        }
        (CoopKind::Ksdpl, _) => bi("kerja sama lainnya", "another form of cooperation"),
        (CoopKind::Ksdll, _) => bi("kerja sama dengan lembaga di luar negeri", "cooperation with a foreign institution"),
    }
}

/// The cooperation named with its form, for the letters' opening sentence ("berencana
/// melaksanakan kerja sama kota bersaudara"): the sister form, or an `other` form's name
/// ("kerja sama persahabatan", or "kerja sama dalam bentuk ..." when the name does not say
/// "kerja sama"), else plain "kerja sama" / "cooperation". PP 28/2018 Pasal 24 names the
/// forms; the letters asking for approval must say which one.
fn form_phrase(input: &Input) -> Value {
    if let Some(name) = &input.form_name {
        let id = name.id.trim();
        let en = name.en.trim();
        let id = if id.to_lowercase().starts_with("kerja sama") { id.to_string() } else { format!("kerja sama dalam bentuk {id}") };
        let en = if en.to_lowercase().contains("cooperation") { en.to_string() } else { format!("cooperation in the form of {en}") };
        return named(bi(id, en));
    }
    match sister(input) {
        Value::Object(s) => named(bi(
            format!("kerja sama {}", s["id"].as_str().unwrap_or_default().to_lowercase()),
            format!("{} cooperation", s["adj"].as_str().unwrap_or_default()),
        )),
        _ => bi("kerja sama", "cooperation"),
    }
}

/// A phrase that names a form (`named` is true), for templates that mention the form only
/// when there is one to name.
fn named(mut v: Value) -> Value {
    v["named"] = Value::Bool(true);
    v
}

/// The sister relationship of PP 28/2018 Pasal 24 that the LoI and the MoU establish, as a
/// title: "KOTA BERSAUDARA" / "SISTER CITY"; null for other forms.
fn sister(input: &Input) -> Value {
    match (input.form, input.region.level) {
        (Form::SisterCity, Level::Kota) => with_adj(bi("Kota Bersaudara", "Sister City")),
        (Form::SisterCity, Level::Kabupaten) => with_adj(bi("Kabupaten Bersaudara", "Sister Regency")),
        (Form::SisterProvince, Level::Provinsi) => with_adj(bi("Provinsi Bersaudara", "Sister Province")),
        // A form that does not fit the level is refused by validation.
        _ => Value::Null,
    }
}

/// What the cooperation is about, as the LoI's and the MoU's titles say it after "TENTANG" /
/// "ON" (title case; a template sets it in capitals): the plan, the action plan, the work
/// plan, the report and the packets' covers repeat it word for word, so that each names the
/// same cooperation as the MoU, and the Ministry's register matches them.
fn about(input: &Input) -> Value {
    let renewal = input.mou.renews.is_some();
    let (sid, sen) = (&input.subject.id, &input.subject.en);
    match sister(input) {
        Value::Object(s) => {
            let (id, en) = (s["id"].as_str().unwrap_or_default(), s["en"].as_str().unwrap_or_default());
            if renewal {
                bi(format!("Kelanjutan Kerja Sama {id}"), format!("the Continuation of {en} Cooperation"))
            } else {
                bi(format!("Kerja Sama {id}"), format!("{en} Cooperation"))
            }
        }
        _ if renewal => bi(format!("Kelanjutan Kerja Sama {sid}"), format!("Continued Cooperation in {sen}")),
        _ => bi(sid.as_str(), sen.as_str()),
    }
}

/// A sister form with its English attributive form, hyphenated in running text: "a
/// sister-province relationship", "sister-city cooperation" (`adj`).
fn with_adj(mut v: Value) -> Value {
    let adj = v["en"].as_str().unwrap_or_default().to_lowercase().replace(' ', "-");
    v["adj"] = Value::String(adj);
    v
}

/// The objects of PP 28/2018 Pasal 23 ayat (2) the fields fall under, in words, joined:
/// "pertukaran budaya dan promosi potensi daerah".
fn objects(input: &Input) -> Value {
    let mut seen: Vec<Object> = Vec::new();
    for f in &input.fields {
        if let Some(o) = f.object {
            if !seen.contains(&o) {
                seen.push(o);
            }
        }
    }
    // In the order of Pasal 23 ayat (2), the residual "other objects" last.
    let rank = |o: &Object| match o {
        Object::ScienceTechnology => 0,
        Object::CulturalExchange => 1,
        Object::Capacity => 2,
        Object::Promotion => 3,
        Object::Other => 4,
    };
    seen.sort_by_key(rank);
    let words = |lang: &str| {
        let items: Vec<String> = seen.iter().map(|o| object_words(*o, lang).to_string()).collect();
        join_list(&items, lang, ",")
    };
    json!({"id": words("id"), "en": words("en"), "count": seen.len()})
}

/// An object of Pasal 23 ayat (2) in words.
pub fn object_words(o: Object, lang: &str) -> &'static str {
    let (id, en) = match o {
        Object::ScienceTechnology => ("pengembangan ilmu pengetahuan dan teknologi", "the development of science and technology"),
        Object::CulturalExchange => ("pertukaran budaya", "cultural exchange"),
        Object::Capacity => {
            ("peningkatan kemampuan teknis dan manajemen pemerintahan", "the improvement of technical and government-management capacity")
        }
        Object::Promotion => ("promosi potensi daerah", "the promotion of regional potential"),
        Object::Other => (
            "objek kerja sama lain yang tidak bertentangan dengan ketentuan peraturan perundang-undangan",
            "other objects not contrary to the laws and regulations",
        ),
    };
    if lang == "id" {
        id
    } else {
        en
    }
}

/// A source of funding as it is named in a sentence: the APBD of the region, the partner's
/// budget by the partner's name; `own_cost` is not a source but a sentence of its own, and
/// `none` no source at all.
fn funding_name(f: Funding, region: &Value, partner: &Value, grantor: Option<&crate::input::Bi>, lang: &str) -> Option<String> {
    let s = |v: &Value, k: &str| v[k].as_str().unwrap_or_default().to_string();
    Some(match (f, lang) {
        (Funding::Apbd, "id") => format!("Anggaran Pendapatan dan Belanja Daerah (APBD) {}", s(region, "id")),
        (Funding::Apbd, _) => format!("the regional budget (APBD) of {}", with_article(&s(region, "en"))),
        (Funding::Apbn, "id") => "Anggaran Pendapatan dan Belanja Negara (APBN)".into(),
        (Funding::Apbn, _) => "the state budget (APBN)".into(),
        (Funding::Partner, "id") => format!("anggaran {}", s(partner, "id")),
        (Funding::Partner, _) => format!("the budget of {}", with_article(&s(partner, "en"))),
        (Funding::PartnerInKind, "id") => format!("kontribusi natura (in-kind) {}", s(partner, "id")),
        (Funding::PartnerInKind, _) => format!("the contribution in kind of {}", with_article(&s(partner, "en"))),
        (Funding::Grant, "id") => grantor.map_or("hibah".into(), |g| format!("hibah dari {}", g.id.trim())),
        (Funding::Grant, _) => grantor.map_or("grants".into(), |g| format!("grants from {}", with_article(&g.en))),
        (Funding::OwnCost | Funding::None, _) => return None,
    })
}

/// The plan's financing sentences in each language, and the sources alone for the letter.
/// The region and the partner as the sources of funding name them.
fn funders(input: &Input) -> (Value, Value) {
    let region = match &input.region.official_name {
        Some(b) => json!(b),
        None => {
            let n = &input.region.name;
            match input.region.level {
                Level::Provinsi => bi(format!("Provinsi {n}"), english_place(input)),
                Level::Kabupaten => bi(format!("Kabupaten {n}"), format!("{n} Regency")),
                Level::Kota => bi(format!("Kota {n}"), format!("the City of {n}")),
            }
        }
    };
    let partner = partner_named(input);
    (region, partner)
}

/// "Pelaksanaan kerja sama ini dibiayai dari ... Masing-masing Pihak menanggung ...": the
/// sources named, and own costs as a sentence of their own.
/// `year`: the sentence of a work plan or report, which names the year's activities, not the
/// cooperation as a whole (review 10, finding 17: "the cooperation is financed from" two
/// sources read as a contradiction of the plan's four).
fn financed_by(input: &Input, sources: &[Funding], lang: &str, year: Option<i32>) -> String {
    let (region, partner) = funders(input);
    let names: Vec<String> =
        sources.iter().filter_map(|f| funding_name(*f, &region, &partner, input.financing.grantor.as_ref(), lang)).collect();
    let joined = join_list(&names, lang, ",");
    let text = match (names.is_empty(), lang) {
        (true, _) => String::new(),
        (false, "id") => {
            let what = year.map_or("Pelaksanaan kerja sama ini".to_string(), |y| format!("Kegiatan tahun {y}"));
            format!("{what} dibiayai dari {joined}, sesuai dengan ketersediaan anggaran dan ketentuan peraturan perundang-undangan.")
        }
        (false, _) => {
            let what = year.map_or("The cooperation is".to_string(), |y| format!("The activities of {y} are"));
            format!("{what} financed from {joined}, subject to the availability of funds and to the laws and regulations.")
        }
    };
    let text = match grant_route(input, sources, lang) {
        Some(route) => format!("{text} {route}"),
        None => text,
    };
    if !sources.contains(&Funding::OwnCost) {
        return text;
    }
    let own_text = if lang == "id" {
        "Masing-masing Pihak menanggung biaya pelaksanaan kegiatan yang menjadi tanggung jawabnya."
    } else {
        "Each Party bears the costs of the activities for which it is responsible."
    };
    [text.as_str(), own_text].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ")
}

/// How a grant from abroad reaches the region, as a sentence of its own: through the
/// central government (`financing.grant_abroad`; review 10, finding 4: a DPRD member or the
/// Minister asks how the region receives a foreign agency's money). `None` for no such grant.
fn grant_route(input: &Input, sources: &[Funding], lang: &str) -> Option<String> {
    if !sources.contains(&Funding::Grant) || input.financing.grant_abroad != Some(true) {
        return None;
    }
    let grantor = input.financing.grantor.as_ref();
    Some(match (grantor, lang) {
        (Some(g), "id") => {
            format!("Hibah dari {} diterima melalui Pemerintah Pusat sesuai dengan ketentuan peraturan perundang-undangan.", g.id.trim())
        }
        (None, "id") => {
            "Hibah dari luar negeri diterima melalui Pemerintah Pusat sesuai dengan ketentuan peraturan perundang-undangan.".into()
        }
        (Some(g), _) => format!(
            "The grant from {} is received through the central government in accordance with the laws and regulations.",
            with_article(&g.en)
        ),
        (None, _) => "Grants from abroad are received through the central government in accordance with the laws and regulations.".into(),
    })
}

fn financing(input: &Input) -> Value {
    let (region, partner) = funders(input);
    let own = input.financing.sources.contains(&Funding::OwnCost);
    let mut out = serde_json::Map::new();
    let mut letter = serde_json::Map::new();
    for lang in ["id", "en"] {
        let names: Vec<String> = input
            .financing
            .sources
            .iter()
            .filter_map(|f| funding_name(*f, &region, &partner, input.financing.grantor.as_ref(), lang))
            .collect();
        let sources = join_list(&names, lang, ",");
        let mut text = financed_by(input, &input.financing.sources, lang, None);
        if let Some(budget) = input.financing.budget_idr {
            let b = if lang == "id" {
                format!("Perkiraan anggaran daerah untuk seluruh jangka waktu kerja sama adalah {}.", format::rupiah_in(budget, "id"))
            } else {
                format!("The indicative regional budget for the whole term of the cooperation is {}.", format::rupiah_in(budget, "en"))
            };
            text = format!("{text} {b}");
        }
        // The letter's item of the plan, in the pattern of the others ("Sumber pembiayaan
        // kerja sama adalah ...").
        let mut item = match (names.is_empty(), lang) {
            (true, _) => String::new(),
            (false, "id") => format!(
                "Sumber pembiayaan kerja sama adalah {sources}, sesuai dengan ketersediaan anggaran dan ketentuan peraturan perundang-undangan."
            ),
            (false, _) => format!(
                "The sources of financing of the cooperation are {sources}, subject to the availability of funds and to the laws and regulations."
            ),
        };
        if let Some(route) = grant_route(input, &input.financing.sources, lang) {
            item = format!("{item} {route}");
        }
        if own {
            let own_text = match (names.is_empty(), lang) {
                (true, "id") => "Sumber pembiayaan kerja sama adalah anggaran masing-masing pihak: masing-masing pihak menanggung biaya pelaksanaan kegiatan yang menjadi tanggung jawabnya.",
                (true, _) => "The cooperation is financed by each party's own budget: each party bears the costs of the activities for which it is responsible.",
                (false, "id") => "Masing-masing pihak menanggung biaya pelaksanaan kegiatan yang menjadi tanggung jawabnya.",
                (false, _) => "Each party bears the costs of the activities for which it is responsible.",
            };
            item = [item.as_str(), own_text].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
        }
        if let Some(budget) = input.financing.budget_idr {
            let b = if lang == "id" {
                format!("Perkiraan anggaran daerah untuk seluruh jangka waktu kerja sama adalah {}.", format::rupiah_in(budget, "id"))
            } else {
                format!("The indicative regional budget for the whole term of the cooperation is {}.", format::rupiah_in(budget, "en"))
            };
            item = format!("{item} {b}");
        }
        letter.insert(lang.to_string(), Value::String(item));
        out.insert(lang.to_string(), Value::String(text));
        out.insert(format!("sources_{lang}"), Value::String(sources));
    }
    out.insert("letter".into(), Value::Object(letter));
    out.insert("own_cost".into(), Value::Bool(own));
    Value::Object(out)
}

fn english_place(input: &Input) -> String {
    english(input).province_place.unwrap_or_else(|| format!("{} Province", input.region.name))
}

/// The term as every document states it: "5 (lima) tahun terhitung sejak tanggal
/// penandatanganan Nota Kesepahaman" or "... terhitung mulai tanggal 1 April 2026".
fn term_text(input: &Input) -> Value {
    let years = input.term.years as u64;
    let (yid, yen) = (format::count(years, "id"), format::count(years, "en"));
    let plural = if years == 1 { "year" } else { "years" };
    let separate = input.mou.signing == Signing::Separate;
    match input.term.start {
        TermStart::Signature => json!({
            // Signed separately, the term runs from the later of the two signatures: the plan,
            // the letters and the MoU say so in one formula, the date on which the side that
            // signs last signs (not "penandatanganan terakhir", which reads as the last of
            // several signings; review 10, finding 1; review 11, finding 2). The MoU names
            // that side in its own wording ("Pihak", or "Peserta" in an arrangement); the
            // documents around it, which define neither, say "pihak".
            "id": if separate {
                format!("{yid} tahun terhitung sejak tanggal {} ditandatangani oleh pihak yang terakhir menandatanganinya", mou_name(input))
            } else {
                format!("{yid} tahun terhitung sejak tanggal penandatanganan {}", mou_name(input))
            },
            "en": if separate {
                format!("{yen} {plural} from the date of the later signature of the Memorandum of Understanding")
            } else {
                format!("{yen} {plural} from the date of signature of the Memorandum of Understanding")
            },
            "effective": bi(
                if !separate {
                    "pada tanggal penandatanganannya"
                } else if input.mou.wording == crate::input::Wording::Arrangement {
                    "pada tanggal ditandatangani oleh Peserta yang terakhir menandatanganinya"
                } else {
                    "pada tanggal ditandatangani oleh Pihak yang terakhir menandatanganinya"
                },
                if separate { "on the date of the later signature" } else { "on the date of its signature" },
            ),
            "signature": true,
        }),
        TermStart::Date(d) => json!({
            "id": format!("{yid} tahun terhitung mulai tanggal {}", format::date_id(d)),
            "en": format!("{yen} {plural} from {}", format::date_en(d)),
            "effective": bi(format!("pada tanggal {}", format::date_id(d)), format!("on {}", format::date_en(d))),
            "date": d.to_string(),
            "signature": false,
        }),
    }
}

/// The first day of the term as planned: its date, or the MoU's (planned) date of signature,
/// the later of the two when each side signs on its own date (as `status` counts it and
/// every document states it); `None` while that is open.
pub fn term_start(input: &Input) -> Option<crate::input::Date> {
    match input.term.start {
        TermStart::Date(d) => Some(d),
        TermStart::Signature => match (input.mou.signing, input.mou.date, input.mou.partner_date) {
            (Signing::Separate, Some(own), Some(partner)) => Some(own.max(partner)),
            (_, own, _) => own,
        },
    }
}

/// Which calendar year of the cooperation's implementation `year` is, in words: "kedua" /
/// "second" for the second calendar year in which it runs. (A term that starts in April
/// covers parts of two years of the term in each calendar year; "the first and second
/// years of the term" beside a report's "first year" read as two first years.)
fn year_of_term(year: i32, first: i32) -> Value {
    let n = (year - first + 1).max(1) as u64;
    bi(format::ordinal(n, "id"), format::ordinal(n, "en"))
}

/// The first and the last year of the term, for the action plan's title; from the
/// activities while the start is open.
pub fn term_years(input: &Input) -> (i32, i32) {
    match term_start(input) {
        Some(s) => {
            let end_year = s.year + input.term.years as i32;
            (s.year, if s.month == 1 && s.day == 1 { end_year - 1 } else { end_year })
        }
        None => {
            let first = input.activities.iter().map(|a| a.year).min().unwrap_or(input.dprd_letter.date.year + 1);
            (first, first + input.term.years as i32 - 1)
        }
    }
}

/// The first sentence of the background, for the letter's summary of the plan (the whole
/// background is chapter II of the attached plan).
fn background_summary(input: &Input) -> Value {
    let first = |s: &str| -> String {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            // A full stop, a space and a capital ends a sentence, unless the word before
            // the stop is an abbreviation (it holds a dot, or is one or two letters long).
            if c == '.' && chars.get(k + 1).is_some_and(|(_, n)| *n == ' ') && chars.get(k + 2).is_some_and(|(_, n)| n.is_uppercase()) {
                let word = s[..i].rsplit(' ').next().unwrap_or_default();
                if !word.contains('.') && word.chars().count() > 2 {
                    return s[..=i].to_string();
                }
            }
        }
        s.trim_end().to_string()
    };
    match input.background.first() {
        Some(b) => bi(first(&b.id), first(&b.en)),
        None => bi("", ""),
    }
}

/// What a KSDLL partner is (PP 28/2018 Pasal 36), as a phrase.
fn institution_text(input: &Input) -> Value {
    use crate::input::InstitutionType as T;
    match input.partner.institution_type {
        Some(T::IntergovernmentalOrganisation) => bi("organisasi antarpemerintah", "an intergovernmental organisation"),
        Some(T::ForeignNonProfit) => bi("badan nirlaba luar negeri", "a foreign non-profit organisation"),
        Some(T::DevelopmentPartner) => bi("mitra pembangunan luar negeri", "a foreign development partner"),
        Some(T::Other) => bi("lembaga luar negeri lainnya", "another foreign institution"),
        None => Value::Null,
    }
}

/// The letter's addressee in each language.
fn addressee(input: &Input) -> Value {
    let r = &input.region;
    let (name_id, name_en) = match r.level {
        Level::Provinsi => (format!("Provinsi {}", r.name), english_place(input)),
        Level::Kabupaten => (format!("Kabupaten {}", r.name), format!("{} Regency", r.name)),
        Level::Kota => (format!("Kota {}", r.name), format!("the City of {}", r.name)),
    };
    let default_en = format!("The Speaker of the Regional House of Representatives (DPRD) of {name_en}");
    match (&input.dprd_letter.addressee, &input.dprd_letter.addressee_en) {
        (Some(id), Some(en)) => bi(id, en),
        (Some(id), None) => bi(id, default_en),
        (None, _) => bi(format!("Ketua Dewan Perwakilan Rakyat Daerah {name_id}"), default_en),
    }
}

/// Sifat in English ("Classification").
fn sifat_en(sifat: &str) -> String {
    match sifat.trim().to_lowercase().as_str() {
        "biasa" => "Ordinary".into(),
        "penting" => "Important".into(),
        "segera" => "Urgent".into(),
        "sangat segera" => "Very urgent".into(),
        "rahasia" => "Confidential".into(),
        "terbatas" => "Restricted".into(),
        _ => sifat.to_string(),
    }
}

/// An amount in a table cell, in figures only, written as in the text: "Rp175.000.000,00" /
/// "IDR 175,000,000" (a no-break space after the currency).
fn figures(n: u64) -> Value {
    bi(format!("Rp{},00", format::group_thousands(n)), format!("IDR\u{a0}{}", format::group_thousands(n).replace('.', ",")))
}

/// Each party bearing its own costs beside other sources, as the last line of a cell: "Selebihnya
/// biaya masing-masing pihak" / "Other costs borne by each party" (alone, it is the source).
fn own_share(funding: &[Funding]) -> Option<Value> {
    (funding.contains(&Funding::OwnCost) && funding.iter().any(|f| *f != Funding::OwnCost))
        .then(|| bi("Selebihnya biaya masing-masing pihak", "Other costs borne by each party"))
}

/// A source of funding in a cell: its short name ("APBD", "Anggaran Kota Perth", "Hibah
/// AFD": a grant names its grantor, by the acronym in brackets when it has one).
fn source_short(partner: &Value, grantor: Option<&crate::input::Bi>, f: Funding) -> (String, String) {
    let p = |k: &str| partner[k].as_str().unwrap_or_default().to_string();
    match f {
        Funding::Apbd => ("APBD".into(), "APBD".into()),
        Funding::Apbn => ("APBN".into(), "APBN".into()),
        Funding::Partner => (format!("Anggaran {}", p("id")), format!("Budget of {}", with_article(&p("en")))),
        Funding::PartnerInKind => {
            (format!("Kontribusi natura (in-kind) {}", p("id")), format!("In-kind contribution of {}", with_article(&p("en"))))
        }
        Funding::Grant => grant_short(grantor).map_or_else(|| ("Hibah".into(), "Grant".into()), |(id, en)| (format!("H{}", &id[1..]), en)),
        Funding::OwnCost => ("Biaya masing-masing pihak".into(), "Each party's own cost".into()),
        Funding::None => ("Tanpa biaya".into(), "No cost".into()),
    }
}

/// A grant named by its grantor, short, in a cell: "hibah AFD" / "AFD grant" by the acronym
/// in brackets, else "hibah dari ..." / "Grant from the ..."; `None` without a grantor.
pub fn grant_short(grantor: Option<&crate::input::Bi>) -> Option<(String, String)> {
    let g = grantor?;
    Some(match acronym(&g.en).or_else(|| acronym(&g.id)) {
        Some(short) => (format!("hibah {short}"), format!("{short} grant")),
        None => (format!("hibah dari {}", g.id.trim()), format!("Grant from {}", with_article(&g.en))),
    })
}

/// The acronym in brackets at the end of a name: "Agence Française de Développement (AFD)"
/// -> "AFD".
fn acronym(name: &str) -> Option<&str> {
    let inner = name.trim().strip_suffix(')')?.rsplit_once('(')?.1.trim();
    (inner.len() >= 2 && inner.len() <= 10 && inner.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'))
        .then_some(inner)
}

/// The two places the parties govern, as a recital names their peoples: "kedua kota" /
/// "both cities" when both are cities (a kota and a city, town or municipality), "kedua
/// provinsi" for two provinces, "kedua daerah" / "both regions" otherwise.
fn both_places(input: &Input) -> Value {
    use crate::input::PartnerLevel;
    match (input.region.level, input.partner.level) {
        (Level::Kota, Some(PartnerLevel::City)) => bi("kedua kota", "both cities"),
        (Level::Provinsi, Some(PartnerLevel::Province)) => bi("kedua provinsi", "both provinces"),
        _ => bi("kedua daerah", "both regions"),
    }
}

/// A place written with its country ("Regensburg, Republik Federal Jerman") closed by a
/// comma in the middle of a sentence, as an apposition is.
fn apposed(place: &str) -> String {
    if place.contains(',') {
        format!("{place},")
    } else {
        place.to_string()
    }
}

/// The partner's government as named in the documents: its own name for it, or its name.
fn partner_named(input: &Input) -> Value {
    input.partner.government.as_ref().map(|b| json!(b)).unwrap_or_else(|| json!(input.partner.name))
}

/// Costs added up by source, the sources in the order they first appear.
fn by_source<'a>(costs: impl Iterator<Item = &'a crate::input::Cost>) -> Vec<(Funding, u64)> {
    let mut totals: Vec<(Funding, u64)> = Vec::new();
    for c in costs {
        match totals.iter_mut().find(|(f, _)| *f == c.source) {
            Some((_, t)) => *t += c.amount_idr,
            None => totals.push((c.source, c.amount_idr)),
        }
    }
    totals
}

/// A cost in a cell: "APBD: Rp175.000.000,00".
fn cost_cell(partner: &Value, grantor: Option<&crate::input::Bi>, c: &crate::input::Cost) -> Value {
    let (id, en) = source_short(partner, grantor, c.source);
    let f = figures(c.amount_idr);
    json!({"id": format!("{id}: {}", f["id"].as_str().unwrap_or_default()), "en": format!("{en}: {}", f["en"].as_str().unwrap_or_default())})
}

/// A place or date to fill in at signature.
const TO_FILL: &str = "..............................";

/// The region's own legal bases (`region.legal_bases`) for the plan's DASAR HUKUM, by kind
/// in the order of UU 12/2011 Pasal 7 among the national ones the clause lists: `uu`, `pp`,
/// `perpres` after the clause's laws, government and presidential regulations, `tail` (a
/// minister's regulation, then the region's own) after the last, each with the end of its
/// item (";", "; dan", "."); `permenlu` and `permendagri`, the ends of the clause's last two
/// items, which the tail moves.
fn legal_bases(bases: &[crate::input::Bi]) -> Value {
    let kind = |b: &crate::input::Bi| {
        let t = b.id.trim_start().to_lowercase();
        if t.starts_with("undang-undang") {
            0
        } else if t.starts_with("peraturan pemerintah") {
            1
        } else if t.starts_with("peraturan presiden") {
            2
        } else if t.starts_with("peraturan menteri") {
            3
        } else {
            4
        }
    };
    let text = |s: &str| s.trim().trim_end_matches(['.', ';', ',']).to_string();
    // Within a kind, by date (Lampiran II UU 12/2011): its year and number, "Nomor 29 Tahun
    // 1959"; a text without them last, in the order given.
    let dated = |b: &crate::input::Bi| -> (i32, u32) {
        let words: Vec<&str> = b.id.split_whitespace().collect();
        let after = |w: &str| words.iter().position(|x| x.eq_ignore_ascii_case(w)).and_then(|i| words.get(i + 1));
        let number = after("Nomor").and_then(|n| n.trim_end_matches([',', ';']).parse().ok()).unwrap_or(u32::MAX);
        let year = after("Tahun").and_then(|y| y.trim_end_matches([',', ';', '.']).parse().ok()).unwrap_or(i32::MAX);
        (year, number)
    };
    let of = |k: usize| -> Vec<&crate::input::Bi> {
        let mut list: Vec<&crate::input::Bi> = bases.iter().filter(|b| kind(b) == k).collect();
        list.sort_by_key(|b| dated(b));
        list
    };
    let item = |b: &&crate::input::Bi| json!({"id": text(&b.id), "en": text(&b.en)});
    // The laws the clause names itself, by date: a region's own law goes before the first
    // one dated after it ("Undang-Undang Nomor 29 Tahun 1959 tentang Pembentukan ..." first).
    let between = |k: usize, from: (i32, u32), to: (i32, u32)| -> Value {
        of(k).iter().filter(|b| (from..to).contains(&dated(b))).map(item).collect()
    };
    // Those dated after `from`, then those without a date.
    let after = |k: usize, from: (i32, u32)| -> Value { of(k).iter().filter(|b| dated(b) >= from).map(item).collect() };
    let laws = [(1999, 37), (2000, 24), (2009, 24), (2014, 23)];
    let tail: Vec<&crate::input::Bi> = of(3).into_iter().chain(of(4)).collect();
    // The ends of the list's last items: the clause's two ministers' regulations, then the tail.
    let ends = |n: usize, i: usize| match n - i {
        1 => bi(".", "."),
        2 => bi("; dan", "; and"),
        _ => bi(";", ";"),
    };
    let n = tail.len() + 2;
    json!({
        // Before each of the clause's own regulations, the region's dated before it; after
        // the last of a kind, the rest.
        "before": {
            "uu_37_1999": between(0, (i32::MIN, 0), laws[0]),
            "uu_24_2000": between(0, laws[0], laws[1]),
            "uu_24_2009": between(0, laws[1], laws[2]),
            "uu_23_2014": between(0, laws[2], laws[3]),
            "pp_28_2018": between(1, (i32::MIN, 0), (2018, 28)),
            "perpres_63_2019": between(2, (i32::MIN, 0), (2019, 63)),
        },
        "uu": after(0, laws[3]),
        "pp": after(1, (2018, 28)),
        "perpres": after(2, (2019, 63)),
        "permenlu": ends(n, 0),
        "permendagri": ends(n, 1),
        "tail": tail.iter().enumerate().map(|(i, b)| {
            let end = ends(n, i + 2);
            json!({"id": format!("{}{}", text(&b.id), end["id"].as_str().unwrap_or_default()), "en": format!("{}{}", text(&b.en), end["en"].as_str().unwrap_or_default())})
        }).collect::<Vec<_>>(),
    })
}

/// The title of whoever signs for the region, as written and in capitals: the head's office
/// (`region_head_title`), or an acting head's, whose prefix keeps its case in capitals
/// ("Plt. BUPATI BANYUWANGI,").
pub fn signer_titles(acting: Option<Acting>, head_title: &Value) -> (Value, Value) {
    let title_id = head_title["id"].as_str().unwrap_or_default();
    let title_en = head_title["en"].as_str().unwrap_or_default();
    match acting {
        Some(acting) => {
            let prefix = match acting {
                Acting::Pj => "Pj.",
                Acting::Plt => "Plt.",
                Acting::Plh => "Plh.",
            };
            (
                bi(format!("{prefix} {title_id}"), format!("Acting {title_en}")),
                bi(format!("{prefix} {}", title_id.to_uppercase()), format!("ACTING {}", title_en.to_uppercase())),
            )
        }
        None => (head_title.clone(), bi(title_id.to_uppercase(), title_en.to_uppercase())),
    }
}

/// The MoU as a draft (rancangan) sent with a letter: lines to fill in where the place and
/// date of signature go.
pub fn unsigned(ctx: &mut Value) {
    // Blanks as short as a place or a date is written: under a signature block in a column
    // of its own, two of `TO_FILL` ran past the column in the PDF and wrapped in Word
    // (review 10, finding 9).
    const SHORT: &str = "....................";
    for key in ["mou_place", "mou_place_run", "mou_date", "mou_partner_place", "mou_partner_date"] {
        ctx[key] = bi(SHORT, SHORT);
    }
    // (The third language's phrases read the input's dates and places: blank there too.)
    if let Some(mou) = ctx.get_mut("mou").and_then(Value::as_object_mut) {
        for key in ["place", "date", "partner_place", "partner_date"] {
            mou.remove(key);
        }
    }
}

/// Place and date of the MoU's signature: one for both parties, or one each.
fn signing(input: &Input, ctx: &mut Value) {
    let m = &input.mou;
    let place = |p: &Option<crate::input::Bi>| p.as_ref().map(|b| json!(b)).unwrap_or_else(|| bi(TO_FILL, TO_FILL));
    let date = |d: Option<crate::input::Date>| match d {
        Some(d) => bi(format::date_id(d), format::date_en(d)),
        None => bi(TO_FILL, TO_FILL),
    };
    ctx["mou_place"] = place(&m.place);
    // In the closing's sentence, closed by a comma when it names its country too: "DIBUAT di
    // Meizhou, Republik Rakyat Tiongkok, pada tanggal ..." (review 14, finding 12).
    ctx["mou_place_run"] = m.place.as_ref().map_or_else(|| bi(TO_FILL, TO_FILL), |b| bi(apposed(&b.id), apposed(&b.en)));
    ctx["mou_date"] = date(m.date);
    ctx["mou_separate"] = Value::Bool(m.signing == Signing::Separate);
    ctx["mou_partner_place"] = place(&m.partner_place);
    ctx["mou_partner_date"] = date(m.partner_date);
    if let Some(d) = m.date {
        ctx["mou_date"]["iso"] = Value::String(d.to_string());
    }
    if let Some(d) = m.partner_date {
        ctx["mou_partner_date"]["iso"] = Value::String(d.to_string());
    }
}

/// Every text of the context on one line, without trailing blanks: the markup that
/// templates render to is line-based, so a value must not be able to start a line of its
/// own, whichever helper prints it (validation refuses line breaks inside a text; a block
/// scalar's final line break is dropped here).
fn one_line(v: &mut Value) {
    match v {
        Value::String(s) => {
            let t = s.trim_end();
            if t.len() != s.len() || t.contains(['\n', '\r']) {
                *s = t.replace("\r\n", " ").replace(['\n', '\r'], " ");
            }
        }
        Value::Array(items) => items.iter_mut().for_each(one_line),
        Value::Object(map) => map.values_mut().for_each(one_line),
        _ => {}
    }
}

/// Removes trailing full stops and semicolons from every language of a text.
fn trim_bi(v: &mut Value) {
    if let Value::Object(map) = v {
        for s in map.values_mut() {
            if let Value::String(s) = s {
                *s = s.trim_end().trim_end_matches(['.', ';', ',']).trim_end().to_string();
            }
        }
    }
}

/// A text run into a sentence in a language: the phrase rule of `format::run_in`.
pub fn run_in_text(s: &str, lang: &str, names: &[String]) -> String {
    if lang == "id" || lang == "en" {
        crate::format::run_in_lang(s, names, lang == "en")
    } else {
        s.to_string()
    }
}

/// The unit of the Ministry of Home Affairs the letters go to "c.q.".
fn mendagri_cq(input: &Input) -> Value {
    match &input.style.mendagri_cq {
        Some(b) => json!(b),
        None => bi(
            "Kepala Pusat Fasilitasi Kerja Sama Kementerian Dalam Negeri",
            "the Head of the Centre for Cooperation Facilitation, Ministry of Home Affairs",
        ),
    }
}

/// An attachment of a letter: a document naskah drafts, or one the user supplies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attachment {
    Drafted(DocKind),
    /// One of `dprd_letter.enclosures`, by index.
    Enclosure(usize),
    /// The DPRD's decision (`dprd_decision.file`).
    DprdDecision,
    /// The Minister's consideration (`mendagri.consideration.file`).
    Consideration,
}

/// The attachments of a letter, in the order its Lampiran lists them: for the DPRD, the
/// plan (Pasal 30 ayat (2)), the action plan, the LoI (or its signed copy), the draft MoU
/// when asked, then the other enclosures; for the Minister, the DPRD-approved plan with its
/// action plan and the DPRD's decision (Pasal 31 ayat (1)), or the draft MoU and the
/// Minister's consideration (Pasal 32 ayat (1)).
pub fn letter_attachments(input: &Input, letter: DocKind) -> Vec<Attachment> {
    match letter {
        DocKind::MendagriPlan => {
            vec![Attachment::Drafted(DocKind::Plan), Attachment::Drafted(DocKind::ActionPlan), Attachment::DprdDecision]
        }
        DocKind::MendagriMou => vec![Attachment::Drafted(DocKind::Mou), Attachment::Consideration],
        DocKind::MendagriReport => vec![Attachment::Drafted(DocKind::Report)],
        _ => {
            let mut out: Vec<Attachment> = input.attachments().into_iter().map(Attachment::Drafted).collect();
            out.extend(
                input
                    .dprd_letter
                    .enclosures
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.kind != crate::input::EnclosureKind::SignedLoi)
                    .map(|(i, _)| Attachment::Enclosure(i)),
            );
            out
        }
    }
}

/// A letter's number and date, when the input gives them (the letter sending a report: of
/// the report of `year`).
pub fn letter_frame(input: &Input, letter: DocKind, year: Option<i32>) -> Option<(String, crate::input::Date)> {
    match letter {
        DocKind::DprdLetter => Some((input.dprd_letter.number.clone(), input.dprd_letter.date)),
        DocKind::MendagriPlan => input.mendagri.plan_letter.as_ref().map(|l| (l.number.clone(), l.date)),
        DocKind::MendagriMou => input.mendagri.mou_letter.as_ref().map(|l| (l.number.clone(), l.date)),
        DocKind::MendagriReport => {
            let sent = input.implementation.report(year?)?;
            sent.number.as_ref().map(|n| (n.clone(), sent.date))
        }
        _ => None,
    }
}

/// What the letter sending the implementation report of `year` to the Minister reads
/// besides the input and the report's own data (`year`): its number, date, place and sifat
/// from `implementation.reports`, and its one attachment. An error (message, hint) when the
/// input does not record the letter.
pub fn report_letter(input: &Input, year: i32) -> Result<Value, (String, String)> {
    let add =
        format!("add `{{year: {year}, date: YYYY-MM-DD, number: ..., place: ...}}` under `implementation.reports` (PP 28/2018 Pasal 43)");
    let sent = input.implementation.report(year).ok_or_else(|| {
        (format!("`implementation.reports` has no entry for {year}: the letter needs its number, date and place"), add.clone())
    })?;
    let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    let (Some(number), Some(place)) = (given(&sent.number), given(&sent.place)) else {
        return Err((format!("the report on {year} in `implementation.reports` has no letter number or place"), add));
    };
    Ok(json!({
        "letter": {
            "number": number,
            "date": sent.date.to_string(),
            "place": place,
            "sifat": sent.sifat,
            "sifat_en": sifat_en(&sent.sifat),
            "attachments_count": 1,
            "kind": "report",
        },
        "letter_attachments": [bi(
            format!("Laporan Pelaksanaan Kerja Sama Tahun {year}"),
            format!("Implementation Report {year}"),
        )],
    }))
}

/// "Keputusan Dewan Perwakilan Rakyat Daerah Kota Denpasar Nomor ... tanggal ..." and its
/// English, for the letters to the Minister.
fn decision_text(input: &Input) -> Option<Value> {
    let d = input.dprd_decision.as_ref()?;
    let region = match input.region.level {
        Level::Provinsi => (format!("Provinsi {}", input.region.name), english_place(input)),
        Level::Kabupaten => (format!("Kabupaten {}", input.region.name), format!("{} Regency", input.region.name)),
        Level::Kota => (format!("Kota {}", input.region.name), format!("the City of {}", input.region.name)),
    };
    let (form_id, form_en, own_en) = match d.form {
        crate::input::DecisionForm::Keputusan => ("Keputusan", "Decision of", "its Decision"),
        crate::input::DecisionForm::Surat => ("Surat Pimpinan", "Letter of the Leadership of", "a Letter of its Leadership"),
        crate::input::DecisionForm::Paripurna => {
            ("Risalah Rapat Paripurna", "Record of the Plenary Session of", "the Record of its Plenary Session")
        }
    };
    Some(json!({
        "id": format!("{form_id} Dewan Perwakilan Rakyat Daerah {} Nomor {} tanggal {}", region.0, d.number, format::date_id(d.date)),
        "en": format!("{form_en} the Regional House of Representatives (DPRD) of {} Number {} of {}", region.1, d.number, format::date_en(d.date)),
        // (After the DPRD is named: "approved by the DPRD of ... by its Decision Number ...".)
        "own_en": format!("{own_en} Number {} of {}", d.number, format::date_en(d.date)),
        "short_id": format!("{form_id} DPRD"),
    }))
}

/// What a letter to the Minister of Home Affairs reads besides the input: its number, date
/// and place, its attachments, the DPRD's decision and the Minister's consideration.
pub fn minister_letter(input: &Input, kind: DocKind) -> Result<Value, String> {
    let m = &input.mendagri;
    let (letter, what) = match kind {
        DocKind::MendagriPlan => (m.plan_letter.as_ref(), "mendagri.plan_letter"),
        _ => (m.mou_letter.as_ref(), "mendagri.mou_letter"),
    };
    let letter = letter.ok_or_else(|| format!("`{what}` is not given: the letter needs its number, date and place"))?;
    let decision = decision_text(input)
        .ok_or("`dprd_decision` is not given: the letters to the Minister cite the DPRD's approval (PP 28/2018 Pasal 31 ayat (1))")?;
    if input.dprd_decision.as_ref().is_some_and(|d| !d.approved) {
        return Err(
            "the DPRD did not approve the plan (`dprd_decision.approved: false`): only an approved plan goes to the Minister".into()
        );
    }
    let consideration = match (kind, &m.consideration) {
        (DocKind::MendagriMou, None) => {
            return Err("`mendagri.consideration` is not given: the draft MoU follows the Minister's consideration (PP 28/2018 Pasal 31 ayat (3) huruf b)".into())
        }
        (_, Some(c)) => json!({
            "date": c.date.to_string(),
            "number": c.number,
            "subject": c.subject.as_deref().map(str::trim).filter(|s| !s.is_empty()),
            "proceed": c.outcome == crate::input::Outcome::Proceed,
        }),
        (_, None) => Value::Null,
    };
    let mou = mou_name(input);
    let attachments: Vec<Value> = letter_attachments(input, kind)
        .into_iter()
        .map(|a| match a {
            Attachment::Drafted(DocKind::Plan) => {
                bi("Rencana Kerja Sama yang telah disetujui DPRD", "Cooperation Plan approved by the DPRD")
            }
            Attachment::Drafted(DocKind::ActionPlan) => bi("Rencana Aksi Kerja Sama", "Plan of Action"),
            Attachment::Drafted(DocKind::Mou) => {
                bi(format!("Rancangan {mou} (Memorandum of Understanding)"), "Draft Memorandum of Understanding")
            }
            Attachment::DprdDecision => {
                let d = &decision;
                bi(d["id"].as_str().unwrap_or_default(), d["en"].as_str().unwrap_or_default())
            }
            Attachment::Consideration => {
                let c = m.consideration.as_ref().expect("checked above");
                // (Its subject as the letter words it, or none: review 14, finding 5.)
                let subject = c.subject.as_deref().map(str::trim).filter(|s| !s.is_empty());
                bi(
                    format!(
                        "Surat Menteri Dalam Negeri Nomor {} tanggal {}{}",
                        c.number,
                        format::date_id(c.date),
                        subject.map_or(String::new(), |s| format!(" perihal {s}"))
                    ),
                    format!(
                        "Letter of the Minister of Home Affairs Number {} of {}{}",
                        c.number,
                        format::date_en(c.date),
                        subject.map_or(String::new(), |s| format!(", \u{201c}{s}\u{201d}"))
                    ),
                )
            }
            _ => bi("", ""),
        })
        .collect();
    Ok(json!({
        "letter": {
            "number": letter.number,
            "date": letter.date.to_string(),
            "place": letter.place,
            "sifat": letter.sifat,
            "sifat_en": sifat_en(&letter.sifat),
            "attachments_count": attachments.len(),
            "kind": if kind == DocKind::MendagriPlan { "plan" } else { "mou" },
        },
        "letter_attachments": attachments,
        "decision": decision,
        "consideration": consideration,
    }))
}

/// The status of an activity's progress in words.
fn progress_words(s: crate::input::ProgressStatus) -> Value {
    use crate::input::ProgressStatus as P;
    match s {
        P::Planned => bi("Belum dimulai", "Not started"),
        P::Ongoing => bi("Sedang berjalan", "Ongoing"),
        P::Done => bi("Selesai", "Completed"),
        P::Postponed => bi("Ditunda", "Postponed"),
        P::Cancelled => bi("Dibatalkan", "Cancelled"),
    }
}

/// What the yearly work plan (RKT) and the implementation report read for their year: the
/// year's activities with their quarters, costs and progress, the totals by source of
/// funding, and a summary per scope item. An error (message, hint) when no activity falls in
/// the year.
/// The realisation of each source against its plan, when the progress gives spending by
/// source: "APBD Rp150.000.000,00 (75% dari Rp200.000.000,00), anggaran Pemerintah Kota
/// Tokamachi Rp80.000.000,00 ..." (review 11, finding 5: the APBD's realisation apart, which
/// the region accounts for, not one figure across the partner's money and a grant). Null
/// without it.
fn spent_by_source(planned: &[(Funding, u64)], spent: &[(Funding, u64)], partner: &Value, grantor: Option<&crate::input::Bi>) -> Value {
    if spent.is_empty() {
        return Value::Null;
    }
    let mut sources: Vec<Funding> = planned.iter().map(|(f, _)| *f).collect();
    for (f, _) in spent {
        if !sources.contains(f) {
            sources.push(*f);
        }
    }
    let part = |lang: &str| {
        let items: Vec<String> = sources
            .iter()
            .map(|f| {
                let (id, en) = source_short(partner, grantor, *f);
                let name = if lang == "id" { id } else { en };
                // (In a sentence: "anggaran ...", "hibah ..."; APBD and APBN keep their capitals.)
                let name = if name.starts_with(|c: char| c.is_uppercase()) && !name[1..].starts_with(|c: char| c.is_uppercase()) {
                    let mut c = name.chars();
                    c.next().map(|f| f.to_lowercase().collect::<String>() + c.as_str()).unwrap_or_default()
                } else {
                    name
                };
                let used: u64 = spent.iter().filter(|(s, _)| s == f).map(|(_, a)| a).sum();
                let plan = planned.iter().find(|(s, _)| s == f).map(|(_, a)| *a).unwrap_or(0);
                let money = |n: u64| figures(n)[lang].as_str().unwrap_or_default().to_string();
                let amount = money(used);
                match (plan, lang) {
                    (0, _) => format!("{name} {amount}"),
                    (p, "id") => format!("{name} {amount} ({}% dari {})", (used * 100 + p / 2) / p, money(p)),
                    (p, _) => format!("{name} {amount} ({}% of {})", (used * 100 + p / 2) / p, money(p)),
                }
            })
            .collect();
        join_list(&items, lang, ";")
    };
    json!({"id": part("id"), "en": part("en")})
}

/// A quarter of a year as the work plans and reports name it, "Triwulan IV 2026" / "Q4
/// 2026"; the year alone when the quarter is not known ("tahun 2026" / "2026").
fn quarter_words(year: i32, quarter: Option<u8>) -> (String, String) {
    match quarter {
        Some(q) => (format!("Triwulan {} {year}", format::roman(u32::from(q))), format!("Q{q} {year}")),
        None => (format!("tahun {year}"), year.to_string()),
    }
}

/// An activity's remarks in a work plan or report of `year`; a replacement of a postponed
/// activity says first where it was planned, "Dijadwalkan ulang dari Triwulan IV 2026" /
/// "Rescheduled from Q4 2026" (review 12, finding 4), and an activity begun in an earlier
/// year that it goes on from there, "Lanjutan dari Triwulan IV 2026" / "Continued from Q4
/// 2026" (review 13, finding 20).
fn rescheduled(input: &Input, a: &crate::input::Activity, year: i32) -> Value {
    let when = |b: &crate::input::Activity| quarter_words(b.year, b.quarter);
    let from = a.replaces.as_ref().and_then(|k| input.activities.iter().find(|b| b.key.as_ref() == Some(k)));
    let lead = match from {
        Some(from) => {
            let (id, en) = when(from);
            Some((format!("Dijadwalkan ulang dari {id}"), format!("Rescheduled from {en}")))
        }
        None if a.year < year => {
            let (id, en) = when(a);
            Some((format!("Lanjutan dari {id}"), format!("Continued from {en}")))
        }
        None => None,
    };
    match (lead, &a.remarks) {
        // (A sentence each: the remark opens with its own capital; review 14, finding 8.)
        (Some((id, en)), Some(r)) => json!({"id": format!("{id}. {}", r.id.trim()), "en": format!("{en}. {}", r.en.trim())}),
        (Some((id, en)), None) => json!({"id": id, "en": en}),
        (None, r) => json!(r),
    }
}

/// The target of an activity that runs on after `year`, as that year's work plan and report
/// state it: the target of the whole activity, reached when it ends ("1 (satu) unit (target
/// akhir kegiatan, Triwulan II 2027)"), not a promise of the year (review 11, finding 4).
fn until_end(target: Value, a: &crate::input::Activity, year: i32) -> Value {
    let Some(until) = a.until.filter(|u| u.year > year) else { return target };
    let (id, en) = (target["id"].as_str().unwrap_or_default(), target["en"].as_str().unwrap_or_default());
    let (when_id, when_en) = quarter_words(until.year, until.quarter);
    json!({
        "id": format!("{id} (target akhir kegiatan, {when_id})"),
        "en": format!("{en} (target at the end of the activity, {when_en})"),
    })
}

pub fn year(input: &Input, kind: DocKind, year: i32) -> Result<Value, (String, String)> {
    let acts: Vec<(usize, &crate::input::Activity)> = input.activities.iter().enumerate().filter(|(_, a)| a.runs_in(year)).collect();
    if acts.is_empty() {
        let mut years: Vec<i32> = input.activities.iter().flat_map(|a| a.year..=a.last_year()).collect();
        years.sort_unstable();
        years.dedup();
        let list = years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ");
        return Err((
            format!("no activity of the action plan falls in {year}"),
            format!("the activities are planned in {list}; give one of these years, or add the year's activities to `activities`"),
        ));
    }
    let (region, partner) = funders(input);
    let scope_text = |key: &str| input.scope.iter().find(|s| s.key == key).map(|s| json!(s.text)).unwrap_or(Value::Null);
    // (An activity that runs into a later year has an entry a year; one of a year, one.)
    let progress = |a: &crate::input::Activity| {
        a.key.as_ref().and_then(|k| input.progress.iter().find(|p| &p.activity == k && p.year.is_none_or(|y| y == year)))
    };
    let money = |n: u64| bi(format::rupiah_in(n, "id"), format::rupiah_in(n, "en"));
    // In table cells an amount in figures only, written as in the text: "Rp175.000.000,00" /
    // "IDR 175,000,000" (a no-break space after the currency).
    let figures = figures;
    let short = |f: Funding| source_short(&partner, input.financing.grantor.as_ref(), f);
    let sources_of = |funding: &[Funding]| {
        let others = funding.iter().any(|f| *f != Funding::OwnCost);
        funding.iter().copied().filter(move |f| !others || *f != Funding::OwnCost).collect::<Vec<_>>().into_iter()
    };
    // Items of the action plan are phrases: no full stop at the end in a list or cell.
    let phrase = |b: &crate::input::Bi| {
        let t = |s: &str| s.trim_end().trim_end_matches(['.', ';']).to_string();
        json!({"id": t(&b.id), "en": t(&b.en)})
    };
    let totals = by_source(acts.iter().flat_map(|(_, a)| a.costs_in(year)));
    let mut rows = Vec::new();
    let (mut planned_total, mut spent_total, mut missing, mut unaccounted) = (0u64, 0u64, 0usize, 0usize);
    let (mut spent_by, mut cancelled_plan, mut postponed_plan): (Vec<(Funding, u64)>, u64, u64) = (Vec::new(), 0, 0);
    let (mut cancelled_count, mut postponed_count) = (0usize, 0usize);
    use crate::input::ProgressStatus as S;
    for (n, (_, a)) in acts.iter().enumerate() {
        let amount: u64 = a.costs_in(year).map(|c| c.amount_idr).sum();
        planned_total += amount;
        let quarters: Vec<bool> = a.quarters_in(year).to_vec();
        let costs: Vec<Value> = a
            .costs_in(year)
            .map(|c| cost_cell(&partner, input.financing.grantor.as_ref(), c))
            .chain(if a.costs.is_empty() { None } else { own_share(&a.funding) })
            .collect();
        let p = progress(a);
        if p.is_none() {
            missing += 1;
        }
        if let Some(spent) = p.and_then(|p| p.spent_total()) {
            spent_total += spent;
        }
        // (What a budgeted activity spent is known when its progress says so, or when it was
        // cancelled or postponed: nothing of it is spent in the year. Known for every one, the
        // year's realisation is known even at zero; review 14, finding 1.)
        if amount > 0 && !p.is_some_and(|p| p.spent_total().is_some() || matches!(p.status, S::Cancelled | S::Postponed)) {
            unaccounted += 1;
        }
        // Spent by source where the progress says so; a cancelled activity's plan is counted
        // apart (nothing of it is spent).
        for s in p.map(|p| p.spent.as_slice()).unwrap_or_default() {
            spent_by.push((s.source, s.amount_idr));
        }
        // (Counted too, for the number of the words: "the budget of the postponed activity";
        // review 14, finding 15.)
        if p.is_some_and(|p| p.status == S::Cancelled) && amount > 0 {
            cancelled_plan += amount;
            cancelled_count += 1;
        }
        // (A postponed activity's budget is not spent in the year either: review 13, finding 3.)
        if p.is_some_and(|p| p.status == S::Postponed) && amount > 0 {
            postponed_plan += amount;
            postponed_count += 1;
        }
        rows.push(json!({
            "no": n + 1,
            "key": a.key,
            "scope": scope_text(&a.scope),
            "activity": a.activity,
            "activity_phrase": phrase(&a.activity),
            "objective": a.objective,
            "output": phrase(&a.output),
            "indicator": phrase(&a.indicator),
            "target": until_end(phrase(&a.target), a, year),
            "location": a.location,
            "opd": a.opd.bi(),
            // One name prints in both languages; a name per language, each in its own.
            "counterpart": a.counterpart.bi(),
            "target_group": a.target_group,
            "third_parties": a.third_parties,
            "remarks": rescheduled(input, a, year),
            "quarter": a.quarter,
            "q": quarters,
            "costs": costs,
            // Without amounts, the sources the action plan names: "APBN; Hibah" (each party
            // bearing its own costs last, "Selebihnya ...", when something else funds it too).
            "sources": {
                "id": sources_of(&a.funding).map(|f| short(f).0).chain(own_share(&a.funding).map(|v| v["id"].as_str().unwrap_or_default().to_string())).collect::<Vec<_>>().join("; "),
                "en": sources_of(&a.funding).map(|f| short(f).1).chain(own_share(&a.funding).map(|v| v["en"].as_str().unwrap_or_default().to_string())).collect::<Vec<_>>().join("; "),
            },
            "amount": if amount > 0 { figures(amount) } else { Value::Null },
            "progress": p.map(|p| json!({
                "status": progress_words(p.status),
                "start": p.start.map(|d| bi(format::date_id(d), format::date_en(d))),
                // (An activity of one day is that day, not "26 November 2026 – 26 November 2026".)
                "end": p.end.filter(|e| Some(*e) != p.start).map(|d| bi(format::date_id(d), format::date_en(d))),
                "achieved": p.achieved,
                "spent": p.spent_total().map(figures),
                // (Run into the report's sentence: no full stop of their own.)
                "problems": p.problems.as_ref().map(phrase),
                "follow_up": p.follow_up.as_ref().map(phrase),
            })),
        }));
    }
    let totals_json: Vec<Value> = totals
        .iter()
        .map(|(f, t)| {
            json!({
                "source": {"id": funding_name(*f, &region, &partner, input.financing.grantor.as_ref(), "id").unwrap_or_default(), "en": funding_name(*f, &region, &partner, input.financing.grantor.as_ref(), "en").unwrap_or_default()},
                "amount": money(*t),
            })
        })
        .collect();
    // The planned amount by source in words, for the report's comparison of planned and
    // spent amounts: "APBD Kota Denpasar sebesar Rp495.000.000,00 dan anggaran ...".
    let by_source = |lang: &str| {
        let items: Vec<String> = totals
            .iter()
            .map(|(f, t)| {
                let name = funding_name(*f, &region, &partner, input.financing.grantor.as_ref(), lang).unwrap_or_default();
                let amount = figures(*t);
                match lang {
                    "id" => format!("{name} sebesar {}", amount["id"].as_str().unwrap_or_default()),
                    // The names carry their own article ("the regional budget ...", "grants").
                    _ => format!("{} from {name}", amount["en"].as_str().unwrap_or_default()),
                }
            })
            .collect();
        join_list(&items, lang, ",")
    };
    // The sources the year's activities use, in the order of the plan's.
    // (A source whose costs an activity across years names only in another year is not the
    // year's: review 13, finding 2, an APBN cost of 2027 named in the work plan of 2026.)
    let funds_in = |a: &crate::input::Activity, f: Funding| {
        a.funding.contains(&f) && (!a.costs.iter().any(|c| c.source == f) || a.costs_in(year).any(|c| c.source == f))
    };
    let used: Vec<Funding> = input
        .financing
        .sources
        .iter()
        .copied()
        .filter(|f| *f != Funding::PartnerInKind && acts.iter().any(|(_, a)| funds_in(a, *f)))
        .collect();
    // The partner's contributions in kind finance nothing in money: a sentence of their own,
    // whether or not the plan's sources name them (review 14, finding 2).
    let in_kind = acts.iter().filter(|(_, a)| a.funding.contains(&Funding::PartnerInKind)).count() as u64;
    let year_financing_in = |lang: &str| {
        let money = financed_by(input, &used, lang, Some(year));
        if in_kind == 0 {
            return money;
        }
        let (_, partner) = funders(input);
        let name = partner[lang].as_str().unwrap_or_default();
        let kind = if lang == "id" {
            format!(
                "{name} memberikan kontribusi natura (in-kind) untuk {} kegiatan, sebagaimana tercantum dalam tabel.",
                format::count(in_kind, "id")
            )
        } else {
            let n = format::count(in_kind, "en");
            format!(
                "{} contributes in kind to {n} {}, as shown in the table.",
                format::capitalised(&with_article(name)),
                if in_kind == 1 { "activity" } else { "activities" }
            )
        };
        [money, kind].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")
    };
    let year_financing = json!({"id": year_financing_in("id"), "en": year_financing_in("en")});
    let totals_text = if totals.len() > 1 { json!({"id": by_source("id"), "en": by_source("en")}) } else { Value::Null };
    // How far a set of activities went: "3 (tiga) selesai dan 1 (satu) ditunda".
    use crate::input::ProgressStatus as P;
    let status_words = |mine: &[&crate::input::Activity], lang: &str, unreported: bool| {
        let count = |s: Option<P>| mine.iter().filter(|a| progress(a).map(|p| p.status) == s).count() as u64;
        let mut v = Vec::new();
        for (s, id, en) in [
            (Some(P::Done), "selesai", "completed"),
            (Some(P::Ongoing), "sedang berjalan", "ongoing"),
            (Some(P::Planned), "belum dimulai", "not started"),
            (Some(P::Postponed), "ditunda", "postponed"),
            (Some(P::Cancelled), "dibatalkan", "cancelled"),
            (None, "tanpa laporan kemajuan", "with no progress recorded"),
        ] {
            let n = count(s);
            if n > 0 && (unreported || s.is_some()) {
                v.push(format!("{} {}", format::count(n, lang), if lang == "id" { id } else { en }));
            }
        }
        join_list(&v, lang, ",")
    };
    // The year's summary counts the activities reported on (those without are counted in
    // a sentence of their own).
    let all: Vec<&crate::input::Activity> = acts.iter().map(|(_, a)| *a).collect();
    let year_status = match status_words(&all, "id", false) {
        id if id.is_empty() => Value::Null,
        id => json!({"id": id, "en": status_words(&all, "en", false)}),
    };
    // A summary per scope item served in the year: its activities and how far they went.
    let mut scope_summary = Vec::new();
    for item in &input.scope {
        let mine: Vec<&crate::input::Activity> = acts.iter().map(|(_, a)| *a).filter(|a| a.scope == item.key).collect();
        if mine.is_empty() {
            continue;
        }
        let parts = |lang: &str| status_words(&mine, lang, true);
        let n = mine.len() as u64;
        // What the activities that went ahead achieved, each after its activity's name when
        // the item has more than one: a cancelled, postponed or unstarted activity achieved
        // nothing, whatever its `achieved` says (review 11, finding 3).
        let achieved: Vec<(&crate::input::Activity, &crate::input::Bi)> = mine
            .iter()
            .filter_map(|a| {
                progress(a).filter(|p| matches!(p.status, P::Done | P::Ongoing)).and_then(|p| p.achieved.as_ref()).map(|b| (*a, b))
            })
            .collect();
        let names = names(input);
        let ach = |lang: &str| {
            let items: Vec<String> = achieved
                .iter()
                .map(|(a, b)| {
                    let what = run_in_text(if lang == "id" { &b.id } else { &b.en }, lang, &names).trim_end_matches('.').to_string();
                    if mine.len() > 1 {
                        let name = if lang == "id" { &a.activity.id } else { &a.activity.en };
                        format!("{}: {what}", run_in_text(name, lang, &names).trim_end_matches('.'))
                    } else {
                        what
                    }
                })
                .collect();
            join_list(&items, lang, ";")
        };
        let text_id = format!(
            "Dalam ruang lingkup {}, {} kegiatan direncanakan pada tahun {year}: {}.{}",
            run_in_text(&item.text.id, "id", &names).trim_end_matches('.'),
            format::count(n, "id"),
            parts("id"),
            if achieved.is_empty() { String::new() } else { format!(" Capaian: {}.", ach("id")) }
        );
        let text_en = format!(
            "Within the scope of {}, {} {} planned for {year}: {}.{}",
            run_in_text(&item.text.en, "en", &names).trim_end_matches('.'),
            format::count(n, "en"),
            if n == 1 { "activity was" } else { "activities were" },
            parts("en"),
            if achieved.is_empty() { String::new() } else { format!(" Achievements: {}.", ach("en")) }
        );
        scope_summary.push(json!({"scope": item.text, "text": {"id": text_id, "en": text_en}}));
    }
    let first = term_years(input).0;
    let done_on = |list: &[crate::input::YearDone]| list.iter().find(|w| w.year == year).map(|w| w.date);
    // The report is signed on the date of the letter that sends it, at its place.
    let sent = input.implementation.report(year);
    let dated = match kind {
        DocKind::Rkt => done_on(&input.implementation.work_plans),
        _ => sent.map(|r| r.date),
    };
    // Activities of the year before still under way or postponed, which the work plan
    // carries on: each with what was done and the follow-up its progress report names.
    let carried: Vec<Value> = input
        .activities
        .iter()
        .filter(|a| a.last_year() == year - 1)
        .filter_map(|a| {
            let k = a.key.as_ref()?;
            let p = input.progress.iter().find(|p| &p.activity == k && p.year.is_none_or(|y| y == year - 1))?;
            matches!(p.status, P::Ongoing | P::Postponed).then_some((a, p))
        })
        // (Not one planned again in the year's own table: its row says "Dijadwalkan ulang
        // dari ..."; review 13, finding 1.)
        .filter(|(a, _)| !input.activities.iter().any(|b| b.replaces.is_some() && b.replaces == a.key && b.runs_in(year)))
        .map(|(a, p)| {
            json!({
                "activity": phrase(&a.activity),
                "status": progress_words(p.status),
                "follow_up": p.follow_up.as_ref().map(phrase),
            })
        })
        .collect();
    let place = match kind {
        DocKind::Rkt => input.implementation.work_plans.iter().find(|w| w.year == year).and_then(|w| w.place.as_deref()),
        _ => sent.and_then(|r| r.place.as_deref()),
    };
    let place = place.filter(|p| !p.trim().is_empty()).unwrap_or(&input.dprd_letter.place);
    let problems: Vec<&Value> =
        rows.iter().filter(|r| r["progress"]["problems"].is_object() || r["progress"]["follow_up"].is_object()).collect();
    let third: Vec<&Value> = rows.iter().filter(|r| r["third_parties"].is_object()).collect();
    let spent_known = spent_total > 0 || (planned_total > 0 && unaccounted == 0);
    Ok(json!({
        "year": year,
        "year_of_term": year - first + 1,
        "year_of_term_words": year_of_term(year, first),
        "year_rows": rows.clone(),
        "year_scope": scope_summary,
        "year_totals": totals_json,
        "year_totals_text": totals_text,
        "year_financing_text": year_financing,
        "year_total": if planned_total > 0 { money(planned_total) } else { Value::Null },
        "year_spent": if spent_known { money(spent_total) } else { Value::Null },
        "year_spent_by_source": spent_by_source(&totals, &spent_by, &partner, input.financing.grantor.as_ref()),
        "year_cancelled": if cancelled_plan > 0 { money(cancelled_plan) } else { Value::Null },
        "year_postponed": if postponed_plan > 0 { money(postponed_plan) } else { Value::Null },
        "year_cancelled_count": cancelled_count,
        "year_postponed_count": postponed_count,
        "year_status": year_status,
        // The share of the planned amount spent, in whole percent.
        "year_spent_percent": (planned_total > 0 && spent_known).then(|| (spent_total * 100 + planned_total / 2) / planned_total),
        "year_missing": missing,
        "year_count": rows.len(),
        "year_problems": problems,
        "year_third_parties": third,
        "year_target_groups": rows.iter().any(|r| r["target_group"].is_object()),
        "year_date": dated.map(|d| bi(format::date_id(d), format::date_en(d))),
        "year_place": place,
        "year_carried": carried,
        "year_before": year - 1,
        "year_plan_date": done_on(&input.implementation.work_plans).map(|d| bi(format::date_id(d), format::date_en(d))),
        "mou_signed": mou_signed(input),
    }))
}

/// The signed MoU a work plan or report implements, as a phrase: "Nota Kesepahaman yang
/// ditandatangani di Maumere pada tanggal 19 Januari 2026 dan di Jakarta pada tanggal 27
/// Januari 2026, yang berlaku sampai dengan tanggal 26 Januari 2030"; null before the
/// signature is recorded.
fn mou_signed(input: &Input) -> Value {
    let m = &input.mou;
    let (Some(date), Some(place)) = (m.date, m.place.as_ref()) else { return Value::Null };
    // "di Perth, Australia Barat, pada tanggal": a place with a comma is closed by one.
    let mut id = format!("{} yang ditandatangani di {} pada tanggal {}", mou_name(input), apposed(&place.id), format::date_id(date));
    let mut en = format!("the Memorandum of Understanding signed in {} on {}", apposed(&place.en), format::date_en(date));
    let mut last = date;
    if m.signing == Signing::Separate {
        if let (Some(d), Some(p)) = (m.partner_date, m.partner_place.as_ref()) {
            id.push_str(&format!(" dan di {} pada tanggal {}", apposed(&p.id), format::date_id(d)));
            en.push_str(&format!(" and in {} on {}", apposed(&p.en), format::date_en(d)));
            if d > last {
                last = d;
            }
        }
    }
    if let Some((_, end)) = crate::status::term(input, Some(last)) {
        id.push_str(&format!(", yang berlaku sampai dengan tanggal {}", format::date_id(end)));
        // (A non-binding MoU "comes into effect" and is "in effect": no treaty words.)
        let state = if m.wording == Wording::Arrangement { "in effect" } else { "in force" };
        en.push_str(&format!(", {state} until {}", format::date_en(end)));
    }
    bi(id, en)
}
