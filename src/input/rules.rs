//! Domain rules on a structurally valid input (DOMAIN.md §3 and §6: P1, P2, P4, A1).
//!
//! Each rule names its basis so that the message can cite it.

use super::yaml::{Kind, Node};
use super::{CoopKind, Input, Level, PartnerLevel, Prevailing, Subject};
use crate::diag::{did_you_mean, Diagnostic};

/// Every domain problem of the input, errors and warnings.
pub fn check(input: &Input, tree: &Node) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let at = |path: &[&str]| tree.pos_of(path);

    // Lists the documents cannot do without (S1-S3 at the source).
    for (key, what) in [
        ("fields", "field of cooperation"),
        ("scope", "scope item"),
        ("benefits", "benefit"),
        ("outputs", "output"),
        ("activities", "activity"),
        ("objectives", "objective"),
        ("background", "background paragraph"),
    ] {
        if matches!(tree.at(&[key]).map(|n| &n.kind), Some(Kind::Seq(items)) if items.is_empty()) {
            out.push(
                Diagnostic::error(at(&[key]), format!("`{key}` is empty"))
                    .hint(format!("add at least one {what}; the DPRD sends back plans without it")),
            );
        }
    }

    if matches!(input.region.level, Level::Kabupaten | Level::Kota) && input.region.province.is_none() {
        out.push(
            Diagnostic::error(at(&["region"]), "missing key `province` in `region`")
                .hint("a kabupaten or kota names its province, which receives a copy of the letter"),
        );
    }

    match input.kind {
        CoopKind::Ksdpl => partner_level(input, tree, &mut out),
        CoopKind::Ksdll => {
            if input.partner.institution_type.is_none() {
                out.push(
                    Diagnostic::error(at(&["partner"]), "missing key `institution_type` in `partner`")
                        .hint("KSDLL partners are intergovernmental_organisation, foreign_non_profit, development_partner or other (PP 28/2018 Pasal 36)"),
                );
            }
        }
    }

    for (i, field) in input.fields.iter().enumerate() {
        let idx = i.to_string();
        match field.subject {
            None => out.push(
                Diagnostic::warning(
                    at(&["fields", &idx]),
                    format!("field `{}` is not mapped to a subject of PP 28/2018 Pasal 23 ayat (2)", field.name.id),
                )
                .hint("add `subject:` science_technology, cultural_exchange, capacity, promotion or other"),
            ),
            Some(Subject::ScienceTechnology) if field.transfer.is_none() => out.push(
                Diagnostic::error(
                    at(&["fields", &idx]),
                    format!(
                        "science and technology field `{}` does not state the transfer of knowledge to Indonesian staff",
                        field.name.id
                    ),
                )
                .hint("add `transfer:` with how Indonesian personnel will be trained (PP 28/2018 Pasal 27 ayat (2))"),
            ),
            _ => {}
        }
    }

    scope_and_activities(input, tree, &mut out);

    if let Some(third) = &input.languages.third {
        if third.code == "id" || third.code == "en" || !third.code.chars().all(|c| c.is_ascii_lowercase()) || third.code.len() != 2 {
            out.push(
                Diagnostic::error(at(&["languages", "third", "code"]), format!("`{}` is not a third language code", third.code))
                    .hint("use a two-letter ISO 639-1 code other than id and en, for example `ko`"),
            );
        }
        missing_third(tree, &mut Vec::new(), &mut out);
        if input.region.name_third.is_none() {
            out.push(
                Diagnostic::error(at(&["region"]), "missing key `name_third` in `region`")
                    .hint(format!("a third language is set: give the region's name in `{}`", third.code)),
            );
        }
    } else if input.languages.prevailing == Prevailing::Third {
        out.push(
            Diagnostic::error(at(&["languages", "prevailing"]), "the prevailing language is `third` but no third language is given")
                .hint("add `languages.third` or make `id` or `en` prevail"),
        );
    }

    if input.dprd_letter.received.is_some_and(|r| r < input.dprd_letter.date) {
        out.push(
            Diagnostic::warning(at(&["dprd_letter", "received"]), "the DPRD received the letter before the date it bears")
                .hint("check `dprd_letter.received` (the DPRD's stamp of receipt) and `dprd_letter.date`"),
        );
    }

    if input.dprd_letter.date < input.loi.date {
        out.push(
            Diagnostic::warning(at(&["dprd_letter", "date"]), "the DPRD letter is dated before the Letter of Intent")
                .hint("the plan goes to the DPRD after the LoI is signed (PP 28/2018 Pasal 28-30)"),
        );
    }
    out
}

fn partner_level(input: &Input, tree: &Node, out: &mut Vec<Diagnostic>) {
    let at = |path: &[&str]| tree.pos_of(path);
    let Some(level) = input.partner.level else {
        out.push(
            Diagnostic::error(at(&["partner"]), "missing key `level` in `partner`")
                .hint("KSDPL partners are local governments: `province`, `city` or `regency` (PP 28/2018 Pasal 27 ayat (3))"),
        );
        return;
    };
    let equal = matches!(
        (input.region.level, level),
        (Level::Provinsi, PartnerLevel::Province) | (Level::Kota, PartnerLevel::City) | (Level::Kabupaten, PartnerLevel::Regency)
    );
    let justified = input.partner.level_justification.as_deref().is_some_and(|j| !j.trim().is_empty());
    if !equal && !justified {
        let level_name = serde_json::to_value(level).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        let region_level = serde_json::to_value(input.region.level).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        out.push(
            Diagnostic::error(
                at(&["partner", "level"]),
                format!("partner level `{level_name}` is not equal to the region's level `{region_level}` (P1)"),
            )
            .hint(
                "KSDPL requires equal status (PP 28/2018 Pasal 27 ayat (3) huruf a); pick an equal partner or give `level_justification`",
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
                Diagnostic::error(at(&["scope", &i.to_string(), "key"]), format!("duplicate scope key `{}`", item.key))
                    .hint("give each scope item its own key"),
            );
        }
        if !input.activities.iter().any(|a| a.scope == item.key) {
            out.push(
                Diagnostic::error(at(&["scope", &i.to_string()]), format!("scope item `{}` has no activity", item.key))
                    .hint(format!("add an activity with `scope: {}` to the action plan (Pasal 30 ayat (3))", item.key)),
            );
        }
    }
    let start = input.term.start;
    let last_day = super::Date { year: start.year + input.term.years as i32, ..start };
    let last_year = if start.month == 1 && start.day == 1 { last_day.year - 1 } else { last_day.year };
    for (i, act) in input.activities.iter().enumerate() {
        let idx = i.to_string();
        if !keys.contains(&act.scope.as_str()) {
            let hint = did_you_mean(&act.scope, keys.iter().copied()).unwrap_or_else(|| format!("scope keys are: {}", keys.join(", ")));
            out.push(
                Diagnostic::error(at(&["activities", &idx, "scope"]), format!("activity refers to unknown scope item `{}`", act.scope))
                    .hint(hint),
            );
        }
        if let Some(q) = act.quarter {
            if !(1..=4).contains(&q) {
                out.push(
                    Diagnostic::error(at(&["activities", &idx, "quarter"]), format!("quarter {q} does not exist"))
                        .hint("write 1, 2, 3 or 4"),
                );
            }
        }
        if act.year < start.year || act.year > last_year {
            out.push(
                Diagnostic::error(
                    at(&["activities", &idx, "year"]),
                    format!("activity year {} falls outside the term {}-{}", act.year, start.year, last_year),
                )
                .hint("move the activity inside the term or lengthen `term.years`"),
            );
        }
        if act.funding.is_empty() {
            out.push(
                Diagnostic::error(at(&["activities", &idx, "funding"]), "activity has no source of funding")
                    .hint("add at least one of apbd, apbn, partner, grant, own_cost"),
            );
        }
        if act.opd.trim().is_empty() {
            out.push(
                Diagnostic::error(at(&["activities", &idx, "opd"]), "activity has no responsible OPD")
                    .hint("name the perangkat daerah that carries it out"),
            );
        }
    }
}

/// With a third language, every bilingual text needs its `third` version.
fn missing_third(node: &Node, path: &mut Vec<String>, out: &mut Vec<Diagnostic>) {
    match &node.kind {
        Kind::Map(entries) => {
            let has = |k: &str| entries.iter().any(|(key, _, _)| key == k);
            // Only the texts of the LoI and the MoU, the documents signed with the partner, need it.
            let signed = ["subject", "purpose", "objectives", "fields", "scope", "benefits", "outputs", "partner", "loi", "mou"];
            let in_signed = path.first().is_some_and(|p| signed.contains(&p.as_str()));
            if has("id") && has("en") && !has("third") && in_signed {
                out.push(
                    Diagnostic::error(node.pos, format!("`{}` has no `third` text", path.join(".")))
                        .hint("a third language is set in `languages.third`: add `third:` with the translation"),
                );
            }
            for (k, _, v) in entries {
                path.push(k.clone());
                missing_third(v, path, out);
                path.pop();
            }
        }
        Kind::Seq(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(i.to_string());
                missing_third(v, path, out);
                path.pop();
            }
        }
        Kind::Scalar { .. } => {}
    }
}
