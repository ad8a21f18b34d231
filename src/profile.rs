//! Section profiles: the one definition of what each document kind must contain.
//!
//! The assembler refuses to emit a document whose template misses a required section, and
//! the checker reports the same requirements on drafts, with the same rule, severity,
//! basis and hint (STYLE.md: one definition drives both).

use crate::model::{DocKind, SectionId};

/// How serious a missing section is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One section a document kind must contain.
#[derive(Debug, Clone, Copy)]
pub struct Requirement {
    pub section: SectionId,
    /// Rule id of DOMAIN.md §6.
    pub rule: &'static str,
    pub severity: Severity,
    pub basis: &'static str,
    /// What to add when it is missing.
    pub hint: &'static str,
}

const fn req(section: SectionId, rule: &'static str, severity: Severity, basis: &'static str, hint: &'static str) -> Requirement {
    Requirement { section, rule, severity, basis, hint }
}

use SectionId as S;
use Severity::{Error, Warning};

const P30_3: &str = "PP 28/2018 Pasal 30 ayat (3)";

static LOI: &[Requirement] = &[
    req(S::Intent, "S1", Warning, "practice", "state that both parties intend to cooperate and on what subject"),
    req(S::Scope, "S1", Error, "PP 28/2018 Pasal 30 ayat (3) huruf e", "list the fields of cooperation"),
    req(S::Validity, "S5", Warning, "practice", "say how long the LoI is valid (usually 1 year)"),
    req(S::Language, "B1", Error, "UU 24/2009 Pasal 31; Perpres 63/2019 Pasal 26", "name the languages and the prevailing text"),
    req(S::Signature, "S5", Error, "PP 28/2018 Pasal 23 ayat (1)", "add the signature blocks of both heads"),
];

static MOU: &[Requirement] = &[
    req(S::Objective, "S5", Warning, "practice", "add an article on the objective of the cooperation"),
    req(S::Scope, "S1", Error, "PP 28/2018 Pasal 30 ayat (3) huruf e", "add an article listing the scope, as approved by the DPRD"),
    req(S::Benefit, "S2", Error, "PP 28/2018 Pasal 28 ayat (3)", "add the benefits of the cooperation for the region"),
    req(S::Output, "S3", Error, "practice (DPRD)", "add the outputs with their indicators"),
    req(
        S::Financing,
        "S5",
        Error,
        "PP 28/2018 Pasal 30 ayat (3) huruf f",
        "add an article on financing (subject to available funds, each party bears its own costs)",
    ),
    req(S::Duration, "S5", Error, "PP 28/2018 Pasal 30 ayat (3) huruf g", "add an article on entry into force and duration"),
    req(S::Dispute, "S5", Error, "PP 28/2018 Pasal 34", "add dispute settlement by consultation and negotiation"),
    req(S::Amendment, "S5", Warning, "practice", "add an article allowing amendment in writing by mutual consent"),
    req(S::Termination, "S5", Warning, "practice", "add termination with written notice (usually 6 months)"),
    req(S::Language, "B1", Error, "UU 24/2009 Pasal 31; Perpres 63/2019 Pasal 26", "name the languages and the prevailing text"),
    req(S::Signature, "S5", Warning, "PP 28/2018 Pasal 23 ayat (1)", "add the signature blocks of both heads"),
];

static PLAN: &[Requirement] = &[
    req(S::Parties, "S4", Error, P30_3, "add the subjects of the cooperation (huruf a)"),
    req(S::Background, "S4", Error, P30_3, "add the background (huruf b)"),
    req(S::Objective, "S4", Error, P30_3, "add the purpose, objectives and targets (huruf c)"),
    req(S::Object, "S4", Error, P30_3, "add the object of the cooperation (huruf d)"),
    req(S::Scope, "S1", Error, "PP 28/2018 Pasal 30 ayat (3) huruf e", "add the scope (huruf e)"),
    req(S::Benefit, "S2", Error, "PP 28/2018 Pasal 28 ayat (3)", "add the benefits for the region"),
    req(S::Output, "S3", Error, "practice (DPRD)", "add the outputs with indicators and targets"),
    req(S::Financing, "S4", Error, P30_3, "add the sources of financing (huruf f)"),
    req(S::Duration, "S4", Error, P30_3, "add the duration (huruf g)"),
];

static ACTION_PLAN: &[Requirement] = &[
    req(S::Activities, "A1", Error, P30_3, "add the table of activities"),
    req(S::Output, "S3", Error, "practice (DPRD)", "give every activity an output with indicator and target"),
];

static DPRD_LETTER: &[Requirement] = &[
    req(S::Addressee, "D1", Error, "PP 28/2018 Pasal 30 ayat (2)", "address the letter to the leadership of the DPRD"),
    req(S::Request, "D1", Error, "PP 28/2018 Pasal 30 ayat (1)", "ask for the DPRD's approval and attach the cooperation plan"),
    req(S::Signature, "D1", Error, "PP 28/2018 Pasal 23 ayat (1)", "the kepala daerah signs in person"),
    req(S::Copies, "D2", Warning, "practice", "send copies to the Minister of Home Affairs and the Minister of Foreign Affairs"),
];

/// The requirements of a document kind.
pub fn profile(kind: DocKind) -> &'static [Requirement] {
    match kind {
        DocKind::Loi => LOI,
        DocKind::Mou => MOU,
        DocKind::Plan => PLAN,
        DocKind::ActionPlan => ACTION_PLAN,
        DocKind::DprdLetter => DPRD_LETTER,
    }
}
