//! Template helpers: language selection, dates, numbers in words, rupiah, counters.
//!
//! A helper's language is its explicit last argument (`{{date loi.date "en"}}`) or the
//! context's `lang`, which a clause body gets for the language being rendered.

use crate::format;
use crate::input::{Date, Funding, Object};
use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext, RenderError, RenderErrorReason};
use serde_json::Value;

type HelperFn = fn(&Helper, &Handlebars, &Context, &mut RenderContext, &mut dyn Output) -> HelperResult;

pub fn register(hb: &mut Handlebars) {
    let table: [(&str, HelperFn); 19] = [
        ("w", w),
        ("worded", worded),
        ("cap", cap),
        ("phrase", phrase),
        ("title_line", title_line),
        ("t", t),
        ("tl", tl),
        ("t_item", t_item),
        ("list", list),
        ("date", date),
        ("count", count),
        ("rupiah", rupiah),
        ("upper", upper),
        ("lower", lower),
        ("inc", inc),
        ("letter", letter),
        ("funding", funding),
        ("object", object),
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
        "object" => "object",
        "phrase" => "phrase",
        "title_line" => "title_line",
        "tl" => "tl",
        "t_item" => "t_item",
        "cap" => "cap",
        "w" => "w",
        "list" => "list",
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

/// `{{t_item text last}}`: the third language's text of a list's item, closed as that
/// language closes an item: in Chinese "；" and, last, "。" (review 14, finding 13: the
/// Chinese annex's items had none), what the text ends with giving way to the mark; in
/// Japanese and Korean, whose numbered items close with nothing, as written.
fn t_item(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let Some(code) = ctx.data().pointer("/languages/third/code").and_then(Value::as_str) else { return Ok(()) };
    let s = param(h, 0)?.get("third").and_then(Value::as_str).ok_or_else(|| wrong(h, "a text with `third`"))?;
    let text = s.replace(['\r', '\n'], " ");
    if code != "zh" {
        out.write(&text)?;
        return Ok(());
    }
    let last = param(h, 1)?.as_bool().unwrap_or(false);
    out.write(text.trim_end().trim_end_matches(['.', ';', ',', '。', '；', '，', '、']))?;
    out.write(if last { "。" } else { "；" })?;
    Ok(())
}

/// The names of the input (`names` in the context), which keep their capital.
fn names(ctx: &Context) -> Vec<String> {
    ctx.data()
        .get("names")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
        .unwrap_or_default()
}

/// The text of a `{id, en, third}` value in a language; `None` for `third` without a third language.
fn text_in(v: &Value, lang: &str, ctx: &Context) -> Option<String> {
    let key = if lang == "id" || lang == "en" { lang } else { "third" };
    if key == "third" && ctx.data().pointer("/languages/third/code").and_then(Value::as_str).is_none() {
        return None;
    }
    v.get(key).and_then(Value::as_str).map(|s| s.replace(['\r', '\n'], " "))
}

/// `{{tl x}}`: like `t`, for a phrase run into a sentence: a first word in sentence case
/// is lowered unless it is a name (`format::run_in`), in Indonesian and English.
fn tl(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let v = param(h, 0)?;
    let lang = lang(h, 1, ctx);
    if let Some(s) = text_in(v, &lang, ctx) {
        out.write(&super::context::run_in_text(&s, &lang, &names(ctx)))?;
    } else if lang == "id" || lang == "en" || ctx.data().pointer("/languages/third/code").is_some() {
        return Err(wrong(h, "a text with `id` and `en`"));
    }
    Ok(())
}

/// `{{list items key="text" sep=";"}}`: the items (or each item's `key`) joined into a
/// phrase with "dan" / "and" before the last, each run into the sentence (`tl`).
fn list(h: &Helper, r: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let items = param(h, 0)?.as_array().ok_or_else(|| wrong(h, "a list"))?;
    let lang = lang(h, 1, ctx);
    let key = h.hash_get("key").and_then(|v| v.value().as_str().map(str::to_string));
    let sep = h.hash_get("sep").and_then(|v| v.value().as_str().map(str::to_string)).unwrap_or_else(|| ",".into());
    let names = names(ctx);
    let mut texts = Vec::new();
    for item in items {
        let v = match &key {
            Some(k) => item.get(k.as_str()).ok_or_else(|| wrong(h, "list items with the key given"))?,
            None => item,
        };
        match text_in(v, &lang, ctx) {
            Some(s) => texts.push(super::context::run_in_text(&s, &lang, &names)),
            None => return Ok(()),
        }
    }
    let joined = match grammar(r, ctx, &lang, "and")? {
        Some(and) => format::join_list_with(&texts, &sep, &and),
        None => format::join_list(&texts, &lang, &sep),
    };
    out.write(&joined)?;
    Ok(())
}

/// What a language naskah does not ship says in its phrase file for the helpers' grammar
/// (`third::GRAMMAR` says each key's format): `and` (before a list's last item), `months`
/// (the twelve names, separated by commas or a YAML list), `date` ("{day} {month} {year}"),
/// `first_day` (how the first of a month is written, when not "1"), `numbers` (the words
/// from zero on, as `months`) and `count` ("{words} ({n})"). `None` for a built-in language; an
/// error naming the key when the phrase file lacks one the document needs, so that no
/// English word or ISO date stands in another language's text.
fn grammar(r: &Handlebars, ctx: &Context, lang: &str, key: &str) -> Result<Option<String>, RenderError> {
    if format::BUILT_IN.contains(&lang) {
        return Ok(None);
    }
    let name = format!("phrase.{lang}.{key}");
    if r.get_template(&name).is_none() {
        let optional = matches!(key, "first_day" | "date" | "count");
        return if optional {
            Ok(None)
        } else {
            Err(RenderErrorReason::Other(format!(
                "phrase `{key}` is missing from phrases/{lang}.yaml: the {} of a language naskah does not ship come from its phrase file; add `{key}`: {}",
                match key {
                    "and" => "lists",
                    "months" => "dates",
                    _ => "numbers in words",
                },
                super::third::grammar_format(key)
            ))
            .into())
        };
    }
    Ok(Some(r.render_with_context(&name, ctx)?.trim().to_string()))
}

fn date(h: &Helper, r: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let d = param(h, 0)?.as_str().and_then(Date::parse).ok_or_else(|| wrong(h, "a date YYYY-MM-DD"))?;
    let lang = lang(h, 1, ctx);
    let text = match grammar(r, ctx, &lang, "months")? {
        Some(months) => {
            let months: Vec<&str> = months.split(',').map(str::trim).collect();
            let month = months.get(d.month as usize - 1).filter(|_| months.len() == 12).ok_or_else(|| {
                RenderErrorReason::Other(format!(
                    "phrase `months` of phrases/{lang}.yaml names {} months, not 12: `months` is {}",
                    months.len(),
                    super::third::grammar_format("months")
                ))
            })?;
            let day = match grammar(r, ctx, &lang, "first_day")? {
                Some(first) if d.day == 1 => first,
                _ => d.day.to_string(),
            };
            let pattern = grammar(r, ctx, &lang, "date")?.unwrap_or_else(|| "{day} {month} {year}".into());
            pattern.replace("{day}", &day).replace("{month}", month).replace("{year}", &d.year.to_string())
        }
        None => format::date(d, &lang),
    };
    // `whole=true`: a date that never breaks over two lines (a letter's place and date in a
    // narrow column).
    let whole = h.hash_get("whole").is_some_and(|v| v.value().as_bool() == Some(true));
    out.write(&if whole { text.replace(' ', "\u{a0}") } else { text })?;
    Ok(())
}

fn count(h: &Helper, r: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let n = param(h, 0)?.as_u64().ok_or_else(|| wrong(h, "a whole number"))?;
    let lang = lang(h, 1, ctx);
    let text = match grammar(r, ctx, &lang, "numbers")? {
        // (Past the words the file gives, the digits alone.)
        Some(numbers) => match numbers.split(',').map(str::trim).nth(n as usize).filter(|w| !w.is_empty()) {
            Some(words) => {
                let pattern = grammar(r, ctx, &lang, "count")?.unwrap_or_else(|| "{words} ({n})".into());
                pattern.replace("{words}", words).replace("{n}", &n.to_string())
            }
            None => n.to_string(),
        },
        None => format::count(n, &lang),
    };
    out.write(&text)?;
    Ok(())
}

fn rupiah(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let n = param(h, 0)?.as_u64().ok_or_else(|| wrong(h, "a whole number"))?;
    out.write(&format::rupiah_in(n, &lang(h, 1, ctx)))?;
    Ok(())
}

fn upper(h: &Helper, _: &Handlebars, _: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    out.write(&format::upper(param(h, 0)?.as_str().ok_or_else(|| wrong(h, "a text"))?))?;
    Ok(())
}

/// The words of the MoU's non-binding wording (`mou.wording: arrangement`), by language:
/// the binding word, as the clauses write it, and the word that replaces it.
const ARRANGEMENT: &[(&str, &str, &str)] = &[
    ("en", "shall", "will"),
    ("en", "Parties", "Participants"),
    ("en", "Party", "Participant"),
    ("en", "enter into force", "come into effect"),
    ("en", "ENTRY INTO FORCE", "COMMENCEMENT"),
    ("en", "remain in force", "remain in effect"),
    ("en", "agree to", "intend to"),
    ("en", "technical agreements", "technical arrangements"),
    ("en", "separate agreements", "separate arrangements"),
    ("en", "a separate agreement", "a separate arrangement"),
    ("en", "equally authentic", "equally valid"),
    ("id", "sama autentiknya", "sama keabsahannya"),
    ("id", "perjanjian teknis", "pengaturan teknis"),
    ("id", "Perjanjian teknis", "Pengaturan teknis"),
    ("id", "perjanjian tersendiri", "pengaturan tersendiri"),
    ("ja", "等しく正文とする", "等しく有効とする"),
    ("ko", "동등하게 정본이다", "동등하게 유효하다"),
    ("zh", "同等作准", "同等有效"),
    ("en", "HAVE AGREED AS FOLLOWS", "HAVE REACHED THE FOLLOWING UNDERSTANDING"),
    ("id", "Pihak", "Peserta"),
    ("id", "sepakat untuk", "bermaksud untuk"),
    ("id", "TELAH MENYETUJUI SEBAGAI BERIKUT", "TELAH MENCAPAI SALING PENGERTIAN SEBAGAI BERIKUT"),
    ("ja", "両当事者", "双方"),
    ("ja", "各当事者", "それぞれの側"),
    ("ja", "他方の当事者", "他方の側"),
    ("ja", "いずれかの当事者", "いずれか一方の側"),
    ("ja", "いずれの当事者", "いずれの側"),
    ("ja", "合意する", "意図する"),
    ("ja", "ことに合意する", "ことを意図する"),
    ("ja", "次のとおり合意した。", "次のとおり了解に達した。"),
    ("ko", "양 당사자", "양 참여자"),
    ("ko", "각 당사자", "각 참여자"),
    ("ko", "상대방 당사자", "상대방 참여자"),
    ("ko", "어느 한 당사자", "어느 한 참여자"),
    ("ko", "당사자", "참여자"),
    ("ko", "협력하기로 합의한다", "협력하고자 한다"),
    ("ko", "수반되어야 하며", "수반되며"),
    ("ko", "이용되어서는 아니 된다", "이용되지 아니한다"),
    ("ko", "다음과 같이 합의하였다:", "다음과 같은 양해에 도달하였다:"),
    ("zh", "应", "将"),
    ("zh", "同意", "有意"),
    ("zh", "不得被用于", "不用于"),
    ("zh", "达成协议如下：", "达成以下谅解："),
];

/// `{{w "shall"}}`: a word of the MoU's wording: the binding word itself, or with
/// `mou.wording: arrangement` its non-binding counterpart in the current language.
fn w(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let word = param(h, 0)?.as_str().ok_or_else(|| wrong(h, "a word"))?;
    let lang = lang(h, 1, ctx);
    let arrangement = ctx.data().get("arrangement").and_then(Value::as_bool).unwrap_or(false);
    let chosen = ARRANGEMENT.iter().find(|(l, b, _)| arrangement && *l == lang && *b == word).map_or(word, |(_, _, a)| a);
    out.write(chosen)?;
    Ok(())
}

/// `{{worded text "id"}}`: a text written with the binding words ("Masing-masing Pihak",
/// "Each Party"), in the MoU's wording: with `mou.wording: arrangement` its words for the
/// parties become the arrangement's ("Peserta", "Participant"), as in the MoU the work
/// plan and the report implement.
fn worded(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let text = param(h, 0)?.as_str().ok_or_else(|| wrong(h, "a text"))?;
    let lang = lang(h, 1, ctx);
    let arrangement = ctx.data().get("arrangement").and_then(Value::as_bool).unwrap_or(false);
    if !arrangement {
        out.write(text)?;
        return Ok(());
    }
    // The parties' names only: whole words, longest first ("Parties" before "Party").
    let mut words: Vec<(&str, &str)> = ARRANGEMENT
        .iter()
        .filter(|(l, b, _)| *l == lang && matches!(*b, "Pihak" | "Parties" | "Party"))
        .map(|(_, b, a)| (*b, *a))
        .collect();
    words.sort_by_key(|(b, _)| std::cmp::Reverse(b.len()));
    let mut s = text.to_string();
    for (b, a) in words {
        let re = regex::Regex::new(&format!(r"\b{}\b", regex::escape(b))).map_err(|_| wrong(h, "a word"))?;
        s = re.replace_all(&s, a).into_owned();
    }
    out.write(&s)?;
    Ok(())
}

/// `{{cap s}}`: a phrase as a table cell shows it, with a capital first letter.
fn cap(h: &Helper, _: &Handlebars, _: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    out.write(&crate::format::capitalised(param(h, 0)?.as_str().ok_or_else(|| wrong(h, "a text"))?))?;
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
    let Some(code) = third_code(ctx) else { return Ok(()) };
    let text =
        phrase_text(r, ctx, key)?.ok_or_else(|| RenderErrorReason::Other(format!("phrase `{key}` is missing from phrases/{code}.yaml")))?;
    out.write(&text)?;
    Ok(())
}

/// The code of the document's third language, if it has one.
fn third_code(ctx: &Context) -> Option<&str> {
    ctx.data().pointer("/languages/third/code").and_then(Value::as_str)
}

/// Phrase `key` of the third language, rendered in it on one line; None without a third
/// language or when its phrase file lacks the key.
fn phrase_text(r: &Handlebars, ctx: &Context, key: &str) -> Result<Option<String>, RenderError> {
    let Some(code) = third_code(ctx) else { return Ok(None) };
    let name = format!("phrase.{code}.{key}");
    if r.get_template(&name).is_none() {
        return Ok(None);
    }
    let mut data = ctx.data().clone();
    data["lang"] = Value::String(code.to_string());
    Ok(Some(r.render_with_context(&name, &Context::from(data))?.replace(['\r', '\n'], " ")))
}

/// `{{title_line "loi" n}}`: line `n` of the third language's title of the LoI or the MoU.
/// A language written in the Latin script in the Indonesian order (Malay, Dutch) gives its
/// title line by line in the phrase `loi_title_lines` (`mou_title_lines`), the lines parted
/// by "|", one for each of the Indonesian title's eight ("SURAT HASRAT | ANTARA | ..."), so
/// that its column reads beside the others (review 13, finding 4); otherwise the title is one
/// phrase in the language's own order (`loi_title_block`: Korean, Japanese, Chinese), on the
/// first line.
fn title_line(h: &Helper, r: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let doc = param(h, 0)?.as_str().ok_or_else(|| wrong(h, "loi or mou"))?;
    let n = param(h, 1)?.as_u64().ok_or_else(|| wrong(h, "a line number"))? as usize;
    if let Some(lines) = phrase_text(r, ctx, &format!("{doc}_title_lines"))? {
        out.write(lines.split('|').nth(n).map(str::trim).unwrap_or_default())?;
    } else if let (0, Some(code)) = (n, third_code(ctx)) {
        let block = phrase_text(r, ctx, &format!("{doc}_title_block"))?
            .ok_or_else(|| RenderErrorReason::Other(format!("phrase `{doc}_title_block` is missing from phrases/{code}.yaml")))?;
        out.write(&block)?;
    }
    Ok(())
}

/// `{{funding f}}`: a source of funding as a table cell names it, short.
fn funding(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let f: Funding = serde_json::from_value(param(h, 0)?.clone()).map_err(|_| wrong(h, "a funding source"))?;
    // (A grant by its grantor, when the input names one: "hibah AFD".)
    let grantor = ctx.data().pointer("/financing/grantor").and_then(|g| serde_json::from_value::<crate::input::Bi>(g.clone()).ok());
    if let (Funding::Grant, Some((id, en))) = (f, super::context::grant_short(grantor.as_ref())) {
        out.write(if lang(h, 1, ctx) == "id" { &id } else { &en })?;
        return Ok(());
    }
    let (id, en) = match f {
        Funding::Apbd => ("APBD", "APBD"),
        Funding::Apbn => ("APBN", "APBN"),
        Funding::Partner => ("anggaran mitra", "partner's budget"),
        Funding::PartnerInKind => ("kontribusi natura (in-kind) mitra", "partner's contribution in kind"),
        Funding::Grant => ("hibah", "grant"),
        Funding::OwnCost => ("biaya masing-masing pihak", "each party's own costs"),
        Funding::None => ("tanpa biaya", "no cost"),
    };
    out.write(if lang(h, 1, ctx) == "id" { id } else { en })?;
    Ok(())
}

/// `{{object o}}`: an object of PP 28/2018 Pasal 23 ayat (2) in words.
fn object(h: &Helper, _: &Handlebars, ctx: &Context, _: &mut RenderContext, out: &mut dyn Output) -> HelperResult {
    let o: Object = serde_json::from_value(param(h, 0)?.clone()).map_err(|_| wrong(h, "a Pasal 23(2) object"))?;
    out.write(super::context::object_words(o, &lang(h, 1, ctx)))?;
    Ok(())
}
