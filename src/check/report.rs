//! Reports: human text (with colour on a terminal) and the JSON contract for scripts.

use super::{name, Report, KEY_SECTIONS};
use crate::model::Location;
use crate::profile::Severity;
use serde_json::{json, Value};

fn location(l: &Location) -> Value {
    json!({"page": l.page, "paragraph": l.paragraph, "line": l.line})
}

/// A confidence with two decimals, as a JSON number.
fn round(x: f32) -> f64 {
    (x as f64 * 100.0).round() / 100.0
}

/// One file in the JSON output.
pub fn json(path: &str, r: &Report) -> Value {
    let mut sections = serde_json::Map::new();
    for s in KEY_SECTIONS.iter().chain(r.found.iter().map(|f| &f.section)) {
        if sections.contains_key(s.slug()) {
            continue;
        }
        let (status, found) = r.status(*s);
        // The section's Indonesian name, for the page (the key is the English slug).
        let mut v = json!({"status": status, "name_id": super::name_id(*s)});
        if let Some(f) = found {
            v["evidence"] = json!({
                "text": f.text,
                "location": location(&f.location),
                "reason": f.reason.as_str(),
                "confidence": round(f.confidence),
            });
        }
        sections.insert(s.slug().to_string(), v);
    }
    json!({
        "path": path,
        "kind": r.kind.map(|k| k.slug()).unwrap_or("none"),
        "kind_reason": r.kind_reason,
        "kind_reason_id": r.kind_reason_id,
        "kind_confidence": round(r.kind_confidence),
        "languages": r.languages,
        "sections": sections,
        "findings": r.findings.iter().map(|f| json!({
            "rule": f.rule,
            "section": f.section.map(|s| s.slug()),
            "severity": f.severity.as_str(),
            "message": f.message,
            "basis": f.basis,
            "hint": f.hint,
            "message_id": f.message_id,
            "hint_id": f.hint_id,
            "location": f.location.as_ref().map(location),
        })).collect::<Vec<_>>(),
    })
}

struct Paint(bool);

impl Paint {
    fn c(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

fn kind_name(r: &Report) -> &'static str {
    use crate::model::DocKind::*;
    match r.kind {
        Some(Loi) => "Letter of Intent",
        Some(Mou) => "MoU",
        Some(Plan) => "cooperation plan",
        Some(ActionPlan) => "action plan",
        Some(DprdLetter) => "letter to the DPRD",
        Some(MendagriPlan) => "letter sending the plan to the Minister of Home Affairs",
        Some(MendagriMou) => "letter sending the draft MoU to the Minister of Home Affairs",
        Some(Rkt) => "annual work plan",
        Some(Report) => "implementation report",
        Some(MendagriReport) => "letter sending the implementation report to the Minister of Home Affairs",
        None => "not a cooperation document",
    }
}

/// The human report of one file.
pub fn human(path: &str, r: &Report, colour: bool) -> String {
    let p = Paint(colour);
    let mut out = String::new();
    let langs = if r.languages.is_empty() { "no language recognised".to_string() } else { r.languages.join(", ") };
    let errors = r.errors();
    let warnings = r.findings.iter().filter(|f| f.severity == Severity::Warning).count();
    let verdict = if r.kind.is_none() {
        p.c("33", "not checked")
    } else if errors > 0 {
        p.c("31;1", &format!("{errors} error{}", if errors == 1 { "" } else { "s" }))
    } else {
        p.c("32;1", "ok")
    };
    let extra = if warnings > 0 { format!(", {warnings} warning{}", if warnings == 1 { "" } else { "s" }) } else { String::new() };
    // How sure the recognition was, when it was not sure.
    let sure =
        if r.kind_confidence < 0.7 { format!("; recognised with {:.0}% confidence", r.kind_confidence * 100.0) } else { String::new() };
    out.push_str(&format!("{}: {} ({}; {}{sure}): {verdict}{extra}\n", p.c("1", path), kind_name(r), langs, r.kind_reason));
    if r.kind.is_none() {
        out.push_str("  hint: use `--kind mou` (or loi, plan, action-plan, dprd-letter) to check it anyway\n");
        return out;
    }
    // The findings in Indonesian with `NASKAH_LANG=id` (the frame of the report stays English).
    let id = crate::diag::Lang::from_env() == crate::diag::Lang::Id;
    for f in &r.findings {
        let (message, hint) = if id { (&f.message_id, &f.hint_id) } else { (&f.message, &f.hint) };
        let sev = match f.severity {
            Severity::Error => p.c("31", "error  "),
            Severity::Warning => p.c("33", "warning"),
            Severity::Info => "info   ".to_string(),
        };
        let at = f.location.map(|l| format!(" ({l})")).unwrap_or_default();
        out.push_str(&format!("  {sev} {} {message}{at} [{}]\n          hint: {hint}\n", f.rule, f.basis));
    }
    let found: Vec<String> = KEY_SECTIONS
        .iter()
        .filter_map(|s| {
            let (status, f) = r.status(*s);
            f.map(|f| {
                let weak = match (status, f.reason) {
                    ("weak", _) => ", stated inline",
                    (_, super::Reason::Structure) => ", by its structure",
                    _ => "",
                };
                format!("{} ({}{weak})", name(*s).split(' ').next().unwrap_or_default(), f.location)
            })
        })
        .collect();
    if !found.is_empty() {
        out.push_str(&format!("  found: {}\n", found.join(", ")));
    }
    out
}
