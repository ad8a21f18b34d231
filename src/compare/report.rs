//! The comparison for people (the structure first, then flags, drift and the substantive
//! changes; wording and editorial changes counted, shown with `all`) and as JSON.

use super::{Class, Comparison, Status};
use serde_json::{json, Value};

/// The report for a terminal.
pub fn human(ours: &str, theirs: &str, c: &Comparison, all: bool) -> String {
    // The flags in Indonesian with `NASKAH_LANG=id` (the frame of the report stays English).
    let id = crate::diag::Lang::from_env() == crate::diag::Lang::Id;
    let said = |f: &super::Flag| if id { f.message_id.clone() } else { f.message.clone() };
    let mut out = format!("{theirs} against {ours}\n");
    let verdict = if c.substantive() { "substantive changes" } else { "no substantive change" };
    out.push_str(&format!("  {verdict}\n"));
    for l in &c.missing_languages {
        out.push_str(&format!("  language `{l}` is in one draft only\n"));
    }
    for lang in &c.languages {
        let mut structure = Vec::new();
        for a in &lang.articles {
            let o = a.ours.as_ref().map(|h| h.name.clone()).unwrap_or_default();
            let t = a.theirs.as_ref().map(|h| h.name.clone()).unwrap_or_default();
            match a.status {
                Status::Inserted => structure.push(format!("{t} is new")),
                Status::Deleted => structure.push(format!("{o} was removed")),
                Status::Split => structure.push(format!("{o} was split: part of it is now {t}")),
                Status::Merged => structure.push(format!("{o} was merged into {t}")),
                Status::Same | Status::Changed => {
                    if a.renumbered && a.moved {
                        structure.push(format!("{o} moved and is now {t}"));
                    } else if a.renumbered {
                        structure.push(format!("{o} is now {t}"));
                    } else if a.moved {
                        structure.push(format!("{o} moved"));
                    }
                }
            }
        }
        let counts = |class: Class| lang.articles.iter().flat_map(|a| &a.changes).filter(|ch| ch.class == class).count();
        out.push_str(&format!(
            "\n[{}] {} substantive, {} wording, {} editorial change(s)\n",
            lang.lang,
            counts(Class::Substantive),
            counts(Class::Wording),
            counts(Class::Editorial)
        ));
        for s in structure {
            out.push_str(&format!("  structure: {s}\n"));
        }
        for f in c.flags.iter().filter(|f| f.lang == lang.lang) {
            out.push_str(&format!("  {} {} {} [{}]\n", f.severity, f.rule, said(f), f.basis));
        }
        for a in lang.articles.iter().filter(|a| matches!(a.status, Status::Changed)) {
            let name = a.theirs.as_ref().or(a.ours.as_ref()).map(|h| h.name.clone()).unwrap_or_else(|| "the preamble".into());
            for ch in a.changes.iter().filter(|ch| all || ch.class == Class::Substantive) {
                let class = match ch.class {
                    Class::Substantive => "substantive",
                    Class::Wording => "wording",
                    Class::Editorial => "editorial",
                };
                let why = ch.why.map(|w| format!(" ({})", w.en)).unwrap_or_default();
                out.push_str(&format!("  {name}: {class}{why}: \"{}\" -> \"{}\"\n", super::short(&ch.old), super::short(&ch.new)));
            }
        }
    }
    // Flags outside the languages: names set apart from any language (signatories).
    let elsewhere: Vec<_> = c.flags.iter().filter(|f| !c.languages.iter().any(|l| l.lang == f.lang)).collect();
    if !elsewhere.is_empty() {
        out.push_str("\n[names and signatures]\n");
        for f in elsewhere {
            out.push_str(&format!("  {} {} {} [{}]\n", f.severity, f.rule, said(f), f.basis));
        }
    }
    for d in &c.drift {
        out.push_str(&format!(
            "\ndrift: {} changed in `{}` only, not in `{}`: \"{}\" -> \"{}\"\n",
            d.article, d.changed_in, d.unchanged_in, d.old, d.new
        ));
    }
    if !all && c.languages.iter().flat_map(|l| &l.articles).flat_map(|a| &a.changes).any(|ch| ch.class != Class::Substantive) {
        out.push_str("\n(wording and editorial changes are counted, not shown: `--all` shows them)\n");
    }
    out
}

/// The JSON contract (README, "Comparing drafts").
pub fn json(ours: &str, theirs: &str, c: &Comparison) -> Value {
    json!({
        "ours": ours,
        "theirs": theirs,
        "substantive": c.substantive(),
        "missing_languages": c.missing_languages,
        "languages": c.languages,
        "flags": c.flags,
        "drift": c.drift,
    })
}
