//! Template helpers: language selection, dates, numbers in words, rupiah, counters.
//!
//! A helper's language is its explicit last argument (`{{date loi.date "en"}}`) or the
//! context's `lang`, which a clause body gets for the language being rendered.

use crate::format;
use crate::input::{Date, Funding, Subject};
use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext, RenderError, RenderErrorReason};
use serde_json::Value;

type HelperFn = fn(&Helper, &Handlebars, &Context, &mut RenderContext, &mut dyn Output) -> HelperResult;

pub fn register(hb: &mut Handlebars) {
    let table: [(&str, HelperFn); 12] = [
        ("phrase", phrase),
        ("t", t),
        ("date", date),
        ("count", count),
        ("rupiah", rupiah),
        ("upper", upper),
        ("lower", lower),
        ("inc", inc),
        ("letter", letter),
        ("funding", funding),
        ("subject", subject),
        ("roman", roman),
    ];
    for (name, f) in table {
        hb.register_helper(name, Box::new(f));
    }
}

fn param<'a>(h: &'a Helper, i: usize) -> Result<&'a Value, RenderError> {
    h.param(i).map(|p| p.value()).ok_or_else(|| RenderErrorReason::ParamNotFoundForIndex(static_name(h.name()), i).into())
}

fn static_name(name: &str) -> &'static str {
    match name {
        "t" => "t",
        "date" => "date",
        "count" => "count",
        "rupiah" => "rupiah",
        "upper" => "upper",
        "lower" => "lower",
        "inc" => "inc",
        "letter" => "letter",
        "funding" => "funding",
        "subject" => "subject",
        "phrase" => "phrase",
        _ => "roman",
    }
}

/// The language: an explicit string parameter at `i`, else the context's `lang`.
fn lang(h: &Helper, i: usize, ctx: &Context) -> String {
    h.param(i)
        .and_then(|p| p.value().as_str().map(str::to_string))
        .or_else(|| ctx.data().get("lang").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_else(|| "id".into())
}

fn wrong(h: &Helper, expected: &'static str) -> RenderError {
    let _ = h;
    RenderErrorReason::InvalidParamType(expected).into()
}

fn t(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let v = param(h, 0)?;
    let lang = lang(h, 1, ctx);
    let key = if lang == "id" || lang == "en" { lang.as_str() } else { "third" };
    let no_third_language = ctx.data().pointer("/languages/third/code").and_then(Value::as_str).is_none();
    if key == "third" && no_third_language {
        // `third|` lines are dropped when the input has no third language.
        return Ok(());
    }
    let s = v.get(key).and_then(Value::as_str).ok_or_else(|| wrong(h, "a text with `id` and `en`"))?;
    out.write(&s.replace(['\r', '\n'], " "))?;
    Ok(())
}

fn date(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let d = param(h, 0)?.as_str().and_then(Date::parse).ok_or_else(|| wrong(h, "a date YYYY-MM-DD"))?;
    out.write(&format::date(d, &lang(h, 1, ctx)))?;
    Ok(())
}

fn count(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let n = param(h, 0)?.as_u64().ok_or_else(|| wrong(h, "a whole number"))?;
    out.write(&format::count(n, &lang(h, 1, ctx)))?;
    Ok(())
}

fn rupiah(h: &Helper, _: &Handlebars, _: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let n = param(h, 0)?.as_u64().ok_or_else(|| wrong(h, "a whole number"))?;
    out.write(&format::rupiah(n))?;
    Ok(())
}

fn upper(h: &Helper, _: &Handlebars, _: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    out.write(&param(h, 0)?.as_str().ok_or_else(|| wrong(h, "a text"))?.to_uppercase())?;
    Ok(())
}

fn lower(h: &Helper, _: &Handlebars, _: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    out.write(&param(h, 0)?.as_str().ok_or_else(|| wrong(h, "a text"))?.to_lowercase())?;
    Ok(())
}

fn inc(h: &Helper, _: &Handlebars, _: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let n = param(h, 0)?.as_u64().ok_or_else(|| wrong(h, "a whole number"))?;
    out.write(&(n + 1).to_string())?;
    Ok(())
}

fn letter(h: &Helper, _: &Handlebars, _: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let n = param(h, 0)?.as_u64().ok_or_else(|| wrong(h, "a whole number"))?;
    out.write(&format::letter(n as usize))?;
    Ok(())
}

fn roman(h: &Helper, _: &Handlebars, _: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let n = param(h, 0)?.as_u64().ok_or_else(|| wrong(h, "a whole number"))?;
    out.write(&format::roman(n as u32))?;
    Ok(())
}

/// `{{phrase "key"}}`: a snippet of the third language's phrase file, or nothing when the
/// input has no third language.
fn phrase(h: &Helper, r: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let key = param(h, 0)?.as_str().ok_or_else(|| wrong(h, "a phrase key"))?;
    let Some(code) = ctx.data().pointer("/languages/third/code").and_then(Value::as_str) else { return Ok(()) };
    let name = format!("phrase.{code}.{key}");
    if r.get_template(&name).is_none() {
        return Err(RenderErrorReason::Other(format!("phrase `{key}` is missing from phrases/{code}.yaml")).into());
    }
    let mut data = ctx.data().clone();
    data["lang"] = Value::String(code.to_string());
    out.write(&r.render(&name, &data)?.replace(['\r', '\n'], " "))?;
    Ok(())
}

fn funding(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let f: Funding = serde_json::from_value(param(h, 0)?.clone()).map_err(|_| wrong(h, "a funding source"))?;
    let short = h.hash_get("short").and_then(|v| v.value().as_bool()).unwrap_or(false);
    let (id, en) = match (f, short) {
        (Funding::Apbd, false) => ("Anggaran Pendapatan dan Belanja Daerah (APBD)", "Regional Budget (APBD)"),
        (Funding::Apbn, false) => ("Anggaran Pendapatan dan Belanja Negara (APBN)", "State Budget (APBN)"),
        (Funding::Apbd, true) => ("APBD", "APBD"),
        (Funding::Apbn, true) => ("APBN", "APBN"),
        (Funding::Partner, _) => ("anggaran mitra", "partner's budget"),
        (Funding::Grant, _) => ("hibah", "grant"),
        (Funding::OwnCost, false) => ("biaya masing-masing pihak", "each party's own costs"),
        (Funding::OwnCost, true) => ("biaya masing-masing", "own costs"),
    };
    out.write(if lang(h, 1, ctx) == "id" { id } else { en })?;
    Ok(())
}

fn subject(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let s: Subject = serde_json::from_value(param(h, 0)?.clone()).map_err(|_| wrong(h, "a Pasal 23(2) subject"))?;
    let (id, en) = match s {
        Subject::ScienceTechnology => ("pengembangan ilmu pengetahuan dan teknologi", "development of science and technology"),
        Subject::CulturalExchange => ("pertukaran budaya", "cultural exchange"),
        Subject::Capacity => {
            ("peningkatan kemampuan teknis dan manajemen pemerintahan", "improvement of technical and government-management capacity")
        }
        Subject::Promotion => ("promosi potensi daerah", "promotion of regional potential"),
        Subject::Other => ("objek kerja sama lainnya", "other objects of cooperation"),
    };
    out.write(if lang(h, 1, ctx) == "id" { id } else { en })?;
    Ok(())
}
