//! The template context: the input as JSON plus names derived from it, so that templates
//! and clauses never repeat the rules of Indonesian official naming.

use crate::input::{Input, Level, Prevailing};
use crate::model::DocKind;
use serde_json::{json, Value};

fn bi(id: impl Into<String>, en: impl Into<String>) -> Value {
    json!({"id": id.into(), "en": en.into()})
}

/// The context every template and clause is rendered with.
pub fn context(input: &Input) -> Value {
    let mut ctx = serde_json::to_value(input).expect("the input always serialises");
    let r = &input.region;
    let name = &r.name;
    let (region_name, head_title, gov) = match r.level {
        Level::Provinsi => (
            bi(format!("Provinsi {name}"), format!("{name} Province")),
            bi(format!("Gubernur {name}"), format!("Governor of {name}")),
            bi(format!("Pemerintah Provinsi {name}"), format!("Provincial Government of {name}")),
        ),
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
    let region_name = r.official_name.as_ref().map(|b| json!(b)).unwrap_or(region_name);
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
    let p = &input.partner;
    let partner_gov = p.government.as_ref().map(|b| json!(b)).unwrap_or_else(|| json!(p.name));
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
            format!("bahasa Indonesia, {} dan bahasa Inggris", t.name.id),
            format!("the Indonesian, {} and English languages", t.name.en),
        ),
        None => bi("bahasa Indonesia dan bahasa Inggris", "the Indonesian and English languages"),
    };
    let mou_place = input.mou.place.as_ref().map(|b| json!(b)).unwrap_or_else(|| bi("..............", ".............."));
    let mou_when = match input.mou.date {
        Some(d) => bi(format!("pada tanggal {}", crate::format::date_id(d)), format!("on {}", crate::format::date_en(d))),
        None => bi("pada tanggal sebagaimana tercantum di bawah", "on the date indicated below"),
    };
    let province = r.province.as_ref().map(|p| bi(format!("Provinsi {p}"), format!("{p} Province")));
    let term_end = {
        let s = input.term.start;
        crate::input::Date { year: s.year + input.term.years as i32, ..s }
    };
    // How the DPRD letter lists its attachments; the packet checks the letter against them.
    let attachments: Vec<Value> = input
        .attachments()
        .into_iter()
        .map(|kind| {
            let (id, en) = kind.name();
            match kind {
                DocKind::Loi => bi(format!("{id} (Letter of Intent) yang telah ditandatangani"), format!("the signed {en}")),
                DocKind::Mou => bi(format!("Rancangan {id} (Memorandum of Understanding)"), format!("the draft {en}")),
                _ => bi(id, en),
            }
        })
        .collect();
    let derived = json!({
        "attachments": attachments,
        "attachments_count": attachments.len(),
        "region_name": region_name,
        "region_gov": gov,
        "region_head_title": head_title,
        "region_head_short": head_short,
        "region_province": province.unwrap_or(Value::Null),
        "region_is_provinsi": r.level == Level::Provinsi,
        "partner_name": p.name,
        "partner_gov": partner_gov,
        "partner_head_title": p.head_title,
        "prevailing_language": prevailing,
        "languages_list": languages_list,
        "mou_place": mou_place,
        "mou_when": mou_when,
        "term_end": term_end.to_string(),
        "term_first_year": input.term.start.year,
        "term_last_year": if input.term.start.month == 1 && input.term.start.day == 1 { term_end.year - 1 } else { term_end.year },
        "lang": "id",
    });
    if let (Value::Object(c), Value::Object(d)) = (&mut ctx, derived) {
        c.extend(d);
    }
    // Items of lists and phrases inside sentences get their punctuation from the clauses,
    // so a full stop typed at the end of an item must not double it.
    for path in ["/subject", "/purpose"] {
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
    for path in ["/partner_gov/en", "/partner_name/en", "/region_gov/en"] {
        if let Some(Value::String(s)) = ctx.pointer_mut(path) {
            // `get`, not slicing: the fourth byte may fall inside a letter ("Ürümqi").
            if s.len() > 4 && s.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("the ")) {
                *s = s[4..].to_string();
            }
        }
    }
    one_line(&mut ctx);
    ctx
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
                let trimmed = s.trim_end().trim_end_matches(['.', ';', ',']).trim_end().to_string();
                *s = trimmed;
            }
        }
    }
}
