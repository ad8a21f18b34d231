//! The checker: what a draft contains, against the profile of its kind.
//!
//! Read (any format) -> document model -> lines (`sections::lines`) -> sections found, each
//! with its evidence, reason and confidence (`sections`) -> kind recognised, with how sure
//! (`kind`) -> findings from the same profiles the generator uses (`crate::profile`), at
//! the severities of the checking policy (`policy`), plus the text rules of DOMAIN.md §6
//! (`rules`). What the checker knows (names, cues, titles, genres, rules) is data, in
//! `checker/knowledge.yaml` (`knowledge`). A missing section is a finding, not an error.

pub mod batch;
pub(crate) mod kind;
pub mod knowledge;
pub(crate) mod normalise;
pub mod policy;
pub mod report;
mod rules;
mod sections;

use crate::model::{DocKind, Document, Location, SectionId};
use crate::profile::Severity;
pub use policy::Policy;
pub use sections::{Found, Reason};

/// The eight sections every report lists.
pub const KEY_SECTIONS: [SectionId; 8] = [
    SectionId::Scope,
    SectionId::Benefit,
    SectionId::Output,
    SectionId::Duration,
    SectionId::Financing,
    SectionId::Dispute,
    SectionId::Termination,
    SectionId::Signature,
];

/// What the checker concluded about one draft.
#[derive(Debug, Clone)]
pub struct Report {
    /// The kind checked against; `None` when the draft is not a cooperation document.
    pub kind: Option<DocKind>,
    /// How the kind was decided.
    pub kind_reason: String,
    /// The same in Indonesian.
    pub kind_reason_id: String,
    /// How sure the kind is, from 0 to 1 (1 when given on the command line).
    pub kind_confidence: f32,
    pub languages: Vec<String>,
    pub found: Vec<Found>,
    pub findings: Vec<Finding>,
}

/// One problem in a draft.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static str,
    /// The missing section, for a finding of the profile; `None` for a text rule.
    pub section: Option<SectionId>,
    pub severity: Severity,
    pub message: String,
    pub basis: &'static str,
    pub hint: String,
    /// The message and the hint in Indonesian, for the page: every builder of a finding
    /// gives both (the knowledge file refuses a rule or a requirement without them).
    pub message_id: String,
    pub hint_id: String,
    pub location: Option<Location>,
}

impl Report {
    /// `present` (under a heading, or shown by the structure), `weak` (stated in a body
    /// sentence) or `missing`, with the finding.
    pub fn status(&self, s: SectionId) -> (&'static str, Option<&Found>) {
        match self.found.iter().find(|f| f.section == s) {
            Some(f) if f.reason == Reason::Body => ("weak", Some(f)),
            Some(f) => ("present", Some(f)),
            None => ("missing", None),
        }
    }
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.severity == Severity::Error).count()
    }
}

/// Recognises the kind of a draft: the kind (`None`: not a cooperation document), the
/// reason and how sure.
pub fn recognise(doc: &Document) -> (Option<DocKind>, String) {
    let lines = sections::lines(doc);
    let heads = sections::headings(&lines);
    let found = sections::find(&lines, &heads);
    let r = kind::recognise(doc, &lines, &heads, &found);
    (r.kind, r.reason)
}

/// Checks a read draft with the shipped policy; `kind` forces the profile, else it is
/// recognised.
pub fn check(doc: &Document, kind: Option<DocKind>) -> Report {
    check_with(doc, kind, &Policy::default())
}

/// Builds what every check needs (the knowledge, its automata and patterns, built on first
/// use) by checking a small draft. A worker does it on a second thread while it reads its
/// first file: on a 35-page PDF the two take about as long.
pub fn warm() {
    const DRAFT: &str = "NOTA KESEPAHAMAN | MEMORANDUM OF UNDERSTANDING\nANTARA KOTA A DAN KOTA B | BETWEEN CITY A AND CITY B\n\n\
        Pasal 1 | Article 1\nRuang Lingkup | Scope\nKerja sama meliputi pendidikan. | The cooperation covers education.\n\
        Pasal 2 | Article 2\nJangka Waktu | Duration\nBerlaku selama 5 (lima) tahun. | It remains in force for five years.\n\n\
        WALI KOTA A, | MAYOR OF B,\nttd. | signed\nNAMA | NAME\n";
    if let Ok(draft) = crate::read::read_draft(DRAFT.as_bytes()) {
        let _ = check_with(&draft.document, None, &Policy::default());
    }
}

/// Checks a read draft with a checking policy (`Policy::from_yaml`); `kind` forces the
/// profile, else it is recognised.
pub fn check_with(doc: &Document, kind: Option<DocKind>, policy: &Policy) -> Report {
    let lines = sections::lines(doc);
    let heads = sections::headings(&lines);
    let found = sections::find(&lines, &heads);
    let recognised = match kind {
        Some(k) => kind::Recognised {
            kind: Some(k),
            reason: "given on the command line".to_string(),
            reason_id: "ditentukan oleh pengguna".to_string(),
            confidence: 1.0,
        },
        None => kind::recognise(doc, &lines, &heads, &found),
    };
    let languages: Vec<String> = doc.languages.iter().map(|l| l.code().to_string()).collect();
    let mut report = Report {
        kind: recognised.kind,
        kind_reason: recognised.reason,
        kind_reason_id: recognised.reason_id,
        kind_confidence: recognised.confidence,
        languages,
        found,
        findings: Vec::new(),
    };
    let Some(kind) = report.kind else { return report };
    if kind == DocKind::Plan {
        items_under_their_own_headings(&mut report.found);
    }
    standing_for_others(kind, &mut report.found);
    for req in crate::profile::profile(kind) {
        let present = if req.section == SectionId::Activities {
            has_table(doc, &lines)
        } else {
            report.found.iter().any(|f| f.section == req.section)
        };
        let Some(severity) = policy.section(kind, req.section, req.severity) else { continue };
        if !present {
            report.findings.push(Finding {
                rule: req.rule,
                section: Some(req.section),
                severity,
                message: format!("no {} section found", name(req.section)),
                basis: req.basis,
                hint: req.hint.to_string(),
                message_id: format!("bagian {} tidak ditemukan", name_id(req.section)),
                hint_id: req.hint_id.to_string(),
                location: None,
            });
        }
    }
    rules::apply(doc, &lines, kind, policy, &mut report);
    report
}

/// In a plan set out under the headings of the items of Pasal 30 ayat (3) (five of the seven
/// found by heading), each item is looked for under its own heading: a scope stated inside
/// the item on the object is part of that item, not the item on scope. Terms of reference
/// and other plans keep what their body states, and so does every plan for its benefits:
/// what each city gains is often stated under the objective, and stated all the same.
fn items_under_their_own_headings(found: &mut Vec<Found>) {
    let items: Vec<SectionId> = crate::profile::profile(DocKind::Plan).iter().map(|r| r.section).collect();
    const STATUTORY: [SectionId; 7] = [
        SectionId::Parties,
        SectionId::Background,
        SectionId::Objective,
        SectionId::Object,
        SectionId::Scope,
        SectionId::Financing,
        SectionId::Duration,
    ];
    let headed = found.iter().filter(|f| f.reason == Reason::Heading && STATUTORY.contains(&f.section)).count();
    if headed >= 5 {
        found.retain(|f| {
            // (A section that is no item of the plan is stated where it stands: "Kerja sama dapat
            // diakhiri ..." under "JANGKA WAKTU PELAKSANAAN".)
            let item = items.contains(&f.section);
            !(f.reason == Reason::Body
                && item
                && f.section != SectionId::Benefit
                && f.under.is_some_and(|u| u != f.section && items.contains(&u)))
        });
    }
}

/// A section found under its own heading that stands for another not found, in this kind
/// (`stands_for` in the knowledge file): the object of an agreement, for its scope. The
/// evidence is the heading's, a little less sure.
fn standing_for_others(kind: DocKind, found: &mut Vec<Found>) {
    for section in &knowledge::get().sections {
        let Some((other, not_in)) = &section.stands_for else { continue };
        if not_in.contains(&kind) || found.iter().any(|f| f.section == *other) {
            continue;
        }
        if let Some(f) = found.iter().find(|f| f.section == section.id && f.reason == Reason::Heading) {
            let stand_in = Found { section: *other, confidence: f.confidence * 0.8, under: None, ..f.clone() };
            found.push(stand_in);
        }
    }
}

/// The activities of an action plan: a table, or a line naming them (their words are the
/// section's in the knowledge file).
fn has_table(doc: &Document, lines: &[sections::Line]) -> bool {
    let words = knowledge::get().section(SectionId::Activities).map(|s| &s.inline_words);
    doc.blocks.iter().any(|b| matches!(b, crate::model::Block::Table(_)))
        || words.is_some_and(|w| lines.iter().any(|l| w.iter().any(|p| normalise::contains_words(&l.sk, p))))
}

/// The name of a section in messages: "scope (ruang lingkup)".
pub fn name(s: SectionId) -> &'static str {
    knowledge::get().section(s).map(|d| d.label.as_str()).unwrap_or(s.slug())
}

/// The Indonesian name of a section in messages: "ruang lingkup".
pub fn name_id(s: SectionId) -> &'static str {
    knowledge::get().section(s).map(|d| d.label_id.as_str()).unwrap_or(s.slug())
}

#[cfg(test)]
mod tests {
    use super::knowledge;
    use crate::model::SectionId;

    #[test]
    fn the_embedded_knowledge_parses_and_every_rule_has_its_code() {
        let k = knowledge::parse(knowledge::SOURCE).expect("valid knowledge");
        for rule in &k.rules {
            assert!(
                super::rules::CHECKS.iter().any(|(name, _)| *name == rule.check),
                "rule {} names unknown check `{}`",
                rule.id,
                rule.check
            );
        }
        for (name, _) in super::rules::CHECKS {
            assert!(k.rules.iter().any(|r| r.check == *name), "check `{name}` is in no rule of the table");
        }
        for s in super::KEY_SECTIONS {
            assert!(k.section(s).is_some(), "{s:?} has a definition");
        }
        assert!(k.section(SectionId::Scope).is_some_and(|s| !s.heads.is_empty()));
    }

    /// Every text the page shows of the checker (the hints of the requirements, the
    /// messages and hints of the text rules, the reasons of the genres) is written in
    /// Indonesian too, and not in English again (the loader refuses one left out).
    #[test]
    fn every_text_of_the_knowledge_has_its_indonesian() {
        let k = knowledge::parse(knowledge::SOURCE).expect("valid knowledge");
        let english = [" the ", " add ", " no ", " is ", " not ", " and ", " of ", " has ", " to "];
        let check = |what: &str, en: &str, id: &str| {
            assert!(!id.trim().is_empty() && id != en, "{what}: no Indonesian for {en:?}");
            // Quoted draft text is the draft's; the rest reads as Indonesian.
            let bare: String = id.split('"').step_by(2).collect::<Vec<_>>().join(" ");
            let bare = format!(" {} ", bare.to_lowercase());
            assert!(english.iter().all(|w| !bare.contains(w)), "{what}: the Indonesian reads as English: {id:?}");
        };
        let mut n = 0;
        for kind in crate::model::DocKind::EVERY {
            for r in k.profile(kind) {
                check(r.rule, r.hint, r.hint_id);
                n += 1;
            }
        }
        for r in &k.rules {
            check(&r.id, &r.message.en, &r.message.id);
            check(&r.id, &r.hint.en, &r.hint.id);
            n += 2;
        }
        for g in &k.genres {
            check(&g.name, &g.reason, &g.reason_id);
            n += 1;
        }
        assert!(n >= 90, "{n} texts");
    }

    /// A knowledge file with a rule whose hint has no Indonesian is refused.
    #[test]
    fn a_rule_without_its_indonesian_is_refused() {
        let english_only = knowledge::SOURCE.replacen(
            r#"hint: {en: "settle disputes amicably by consultation and negotiation between the parties only", id: "selesaikan perselisihan secara damai hanya melalui konsultasi dan negosiasi antara para pihak"}"#,
            r#"hint: "settle disputes amicably by consultation and negotiation between the parties only""#,
            1,
        );
        assert_ne!(english_only, knowledge::SOURCE);
        assert!(knowledge::parse(&english_only).is_err());
        let empty = knowledge::SOURCE.replacen(
            r#"id: "selesaikan perselisihan secara damai hanya melalui konsultasi dan negosiasi antara para pihak""#,
            r#"id: " ""#,
            1,
        );
        assert_ne!(empty, knowledge::SOURCE);
        assert!(knowledge::parse(&empty).is_err_and(|e| e.contains("both `en` and `id`")), "an empty Indonesian is refused");
    }
}
