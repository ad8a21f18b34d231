//! Section profiles: the one definition of what each document kind must contain.
//!
//! The requirements live in the checker's knowledge file (`checker/knowledge.yaml`, one
//! definition per section with the kinds that require it), so the assembler, which refuses
//! to emit a document whose template misses a required section, and the checker, which
//! reports the same requirements on drafts, share the rule, severity, basis and hint
//! (STYLE.md: one definition drives both). The severities there are the default checking
//! policy; `crate::check::Policy` lets a user override them when checking.

use crate::model::{DocKind, SectionId};
use serde::Deserialize;

/// How serious a missing section is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
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
    /// The hint in Indonesian.
    pub hint_id: &'static str,
}

/// The requirements of a document kind, with the default severities.
pub fn profile(kind: DocKind) -> &'static [Requirement] {
    crate::check::knowledge::profile(kind)
}
