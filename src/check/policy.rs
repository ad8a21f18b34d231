//! The checking policy: the severity of each finding, as shipped (the knowledge file) or as
//! a user's organisation sets it.
//!
//! DOMAIN.md §6: a missing benefit (S2) or output (S3) is an error in a cooperation plan
//! and an action plan, but real MoUs rarely have either article, so for the MoU the
//! default is a warning; a region whose DPRD wants them in the MoU raises it to an error.
//! A policy file is YAML:
//!
//! ```yaml
//! sections:          # per kind, per section: error | warning | info | off
//!   mou:
//!     benefit: error
//!     output: error
//! rules:             # per text rule id (S6, S7, B1, B2, D1, D2): error | warning | info | off
//!   S7: warning
//! ```
//!
//! `off` drops the finding. The command layer reads the file and passes the `Policy` to
//! `check::check_with`; this module never reads files.

use crate::model::{DocKind, SectionId};
use crate::profile::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A severity, or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Level {
    Error,
    Warning,
    Info,
    Off,
}

impl Level {
    fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Off => None,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    sections: BTreeMap<String, BTreeMap<String, Level>>,
    #[serde(default)]
    rules: BTreeMap<String, Level>,
}

/// Overrides of the shipped severities; the default overrides nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    sections: BTreeMap<(DocKind, SectionId), Option<Severity>>,
    rules: BTreeMap<String, Option<Severity>>,
}

impl Policy {
    /// Reads a policy from its YAML text; the error names the unknown kind, section, rule or
    /// level, or the line of a syntax error.
    pub fn from_yaml(src: &str) -> Result<Policy, String> {
        let file: File = if src.trim().is_empty() { File::default() } else { serde_saphyr::from_str(src).map_err(|e| e.to_string())? };
        let mut policy = Policy::default();
        for (kind, sections) in file.sections {
            let k = DocKind::from_slug(&kind)
                .ok_or_else(|| format!("unknown document kind `{kind}` (one of: {})", DocKind::EVERY.map(|k| k.slug()).join(", ")))?;
            for (section, level) in sections {
                let s = SectionId::from_slug(&section).ok_or_else(|| format!("unknown section `{section}`"))?;
                if !crate::profile::profile(k).iter().any(|r| r.section == s) {
                    return Err(format!("`{kind}` does not require `{section}`: no finding to set a severity for"));
                }
                policy.sections.insert((k, s), level.severity());
            }
        }
        let known: Vec<&str> = super::knowledge::get().rules.iter().map(|r| r.id.as_str()).collect();
        for (rule, level) in file.rules {
            if !known.contains(&rule.as_str()) {
                return Err(format!("unknown rule `{rule}` (one of: {})", dedup(&known).join(", ")));
            }
            policy.rules.insert(rule, level.severity());
        }
        Ok(policy)
    }

    /// The severity of a missing section of a kind: the override, or `shipped`; `None` off.
    pub fn section(&self, kind: DocKind, section: SectionId, shipped: Severity) -> Option<Severity> {
        self.sections.get(&(kind, section)).copied().unwrap_or(Some(shipped))
    }

    /// The severity of a text rule: the override, or `shipped`; `None` off.
    pub fn rule(&self, id: &str, shipped: Severity) -> Option<Severity> {
        self.rules.get(id).copied().unwrap_or(Some(shipped))
    }
}

fn dedup<'a>(v: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&str> = v.to_vec();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::Policy;
    use crate::model::{DocKind, SectionId};
    use crate::profile::Severity;

    #[test]
    fn a_policy_raises_lowers_or_silences_findings_and_names_what_it_does_not_know() {
        let p = Policy::from_yaml("sections:\n  mou:\n    benefit: error\n    output: off\nrules:\n  S7: info\n").unwrap();
        assert_eq!(p.section(DocKind::Mou, SectionId::Benefit, Severity::Warning), Some(Severity::Error));
        assert_eq!(p.section(DocKind::Mou, SectionId::Output, Severity::Warning), None);
        assert_eq!(p.section(DocKind::Plan, SectionId::Benefit, Severity::Error), Some(Severity::Error), "other kinds keep theirs");
        assert_eq!(p.rule("S7", Severity::Error), Some(Severity::Info));
        assert_eq!(Policy::from_yaml("").unwrap(), Policy::default());
        assert!(Policy::from_yaml("sections:\n  memo:\n    benefit: error\n").unwrap_err().contains("unknown document kind `memo`"));
        assert!(Policy::from_yaml("sections:\n  mou:\n    benefits: error\n").unwrap_err().contains("unknown section `benefits`"));
        assert!(Policy::from_yaml("sections:\n  loi:\n    benefit: error\n").unwrap_err().contains("`loi` does not require `benefit`"));
        assert!(Policy::from_yaml("rules:\n  S99: error\n").unwrap_err().contains("unknown rule `S99`"));
        assert!(Policy::from_yaml("sections:\n  mou:\n    benefit: fatal\n").is_err());
    }
}
