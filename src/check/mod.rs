//! The checker: what a draft contains, against the profile of its kind.
//!
//! Read (any format) -> document model -> sections found (`sections`) -> kind recognised ->
//! findings from the same profiles the generator uses (`crate::profile`), plus the text
//! rules of DOMAIN.md §6 (S6 dispute forum, S7 placeholders, B1 languages, B2 parity,
//! D1-D2 letters). A missing section is a finding, not an error.

pub mod batch;
pub(crate) mod normalise;
pub mod report;
mod sections;

use crate::model::{DocKind, Document, Location, SectionId};
use crate::profile::{profile, Severity};
use normalise::{contains_words, skeleton};
pub use sections::Found;

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
    pub languages: Vec<String>,
    pub found: Vec<Found>,
    pub findings: Vec<Finding>,
}

/// One problem in a draft.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub basis: &'static str,
    pub hint: String,
    pub location: Option<Location>,
}

impl Report {
    pub fn status(&self, s: SectionId) -> (&'static str, Option<&Found>) {
        match self.found.iter().find(|f| f.section == s) {
            Some(f) if f.heading => ("present", Some(f)),
            Some(f) => ("weak", Some(f)),
            None => ("missing", None),
        }
    }
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.severity == Severity::Error).count()
    }
}

const TITLES: &[(DocKind, &[&str])] = &[
    (DocKind::ActionPlan, &["rencana aksi", "plan of action", "action plan", "rencana kerja tahunan", "annual work plan", "work plan"]),
    (DocKind::Plan, &["rencana kerja sama", "cooperation plan", "rencana kerjasama"]),
    (
        DocKind::Loi,
        &["letter of intent", "pernyataan kehendak", "surat pernyataan kehendak", "declaration of intent", "statement of intent"],
    ),
    (
        DocKind::Mou,
        &[
            "nota kesepahaman",
            "memorandum of understanding",
            "memorandum saling pengertian",
            "memorandum of agreement",
            "perjanjian kerja sama",
            "perjanjian kerjasama",
            "cooperation agreement",
            "agreement on",
            "kesepakatan bersama",
            "memorandum of cooperation",
            "sister city agreement",
            "friendship agreement",
            "agreement between",
            "mou",
        ],
    ),
];

const NOT_AGREEMENTS: &[&str] = &[
    "licence agreement",
    "license agreement",
    "end user",
    "terms of service",
    "terms and conditions",
    "software",
    "abstract",
    "abstrak",
    "keywords",
    "kata kunci",
    "press release",
    "siaran pers",
    "berita",
    "news",
    "keputusan dewan",
    "resolution",
    "risalah",
    "wartawan",
    "reporters",
    "kata ketua",
    "ujar",
    "said the",
    "told",
    "pengadaan",
    "procurement",
    "jual beli",
    "purchase",
    "supply of goods",
    "sewa menyewa",
    "penyediaan jasa",
    "service contract",
    "services agreement",
    "contract for services",
    "kontrak",
];

/// Recognises the kind of a draft from its title lines and structure.
pub fn recognise(doc: &Document) -> (Option<DocKind>, String) {
    recognise_lines(&sections::lines(doc))
}

fn recognise_lines(lines: &[sections::Line]) -> (Option<DocKind>, String) {
    let head: Vec<&str> = lines.iter().take(25).map(|l| l.sk.as_str()).collect();
    let all: String = lines.iter().map(|l| l.sk.as_str()).collect::<Vec<_>>().join("\n");
    let has = |text: &str, words: &[&str]| words.iter().find(|w| contains_words(text, &skeleton(w))).map(|w| w.to_string());
    let parties = ["para pihak", "the parties", "pihak pertama", "first party", "both parties", "kedua belah pihak", "party a"]
        .iter()
        .any(|p| all.contains(skeleton(p).as_str()));
    let articles = sections::headings(lines).len();
    // A letter to the DPRD: the letter frame and the addressee.
    let letter = ["nomor", "lampiran", "yth"].iter().all(|w| all.contains(skeleton(w).as_str()))
        && (all.contains(&skeleton("dprd")) || all.contains(&skeleton("dewan perwakilan rakyat daerah")));
    if letter {
        return (Some(DocKind::DprdLetter), "a letter with Nomor, Lampiran and Yth. to the DPRD".into());
    }
    let opening = head.iter().take(12).cloned().collect::<Vec<_>>().join("\n");
    if let Some(w) = has(&opening, NOT_AGREEMENTS) {
        let commercial = [
            "licen",
            "software",
            "terms",
            "pengadaan",
            "procurement",
            "jual beli",
            "purchase",
            "supply",
            "sewa",
            "jasa",
            "service",
            "kontrak",
        ];
        if !parties || commercial.iter().any(|c| w.contains(c)) {
            return (None, format!("its opening reads like a `{w}`, not a cooperation document"));
        }
    }
    // The title: the first short line that names a kind of document (sentences that merely
    // mention one, like a recital "referring to the Letter of Intent", do not count).
    let recital = ["merujuk", "referring", "mengingat", "menimbang", "recalling", "noting", "berkeinginan", "desiring", "whereas"];
    let title_like = |l: &&&str| {
        let upper = lines.iter().any(|raw| raw.sk == **l && raw.text.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()));
        !recital.iter().any(|r| l.starts_with(&skeleton(r))) && (l.split_whitespace().count() <= 14 || upper)
    };
    for line in head.iter().take(12).filter(title_like) {
        for (kind, words) in TITLES {
            if let Some(w) = has(line, words) {
                let structured = parties || articles >= 3 || matches!(kind, DocKind::ActionPlan | DocKind::Plan);
                if structured {
                    return (Some(*kind), format!("the title says `{w}`"));
                }
            }
        }
    }
    // A letter says what it is in its subject line: "Subject: Letter of Intent on ...".
    for line in &head {
        let subject = ["subject", "re", "perihal", "hal"]
            .iter()
            .find_map(|label| line.strip_prefix(skeleton(label).as_str()).and_then(|r| r.trim_start().strip_prefix(':')));
        for (kind, words) in TITLES.iter().filter(|(k, _)| matches!(k, DocKind::Loi | DocKind::Mou)) {
            if let Some(w) = subject.and_then(|s| has(s, words)) {
                return (Some(*kind), format!("its subject line says `{w}`"));
            }
        }
    }
    if parties && articles >= 3 {
        return (Some(DocKind::Mou), "it has parties and numbered articles, like an agreement".into());
    }
    (None, "no title of a cooperation document, and no parties with articles".into())
}

/// Checks a read draft; `kind` forces the profile, else it is recognised.
pub fn check(doc: &Document, kind: Option<DocKind>) -> Report {
    let lines = sections::lines(doc);
    let (kind, kind_reason) = match kind {
        Some(k) => (Some(k), "given on the command line".to_string()),
        None => recognise_lines(&lines),
    };
    let found = sections::find(&lines);
    let languages: Vec<String> = doc.languages.iter().map(|l| l.code().to_string()).collect();
    let mut report = Report { kind, kind_reason, languages, found, findings: Vec::new() };
    let Some(kind) = kind else { return report };
    for req in profile(kind) {
        let present =
            report.found.iter().any(|f| f.section == req.section) || (req.section == SectionId::Activities && has_table(doc, &lines));
        if !present {
            report.findings.push(Finding {
                rule: req.rule,
                severity: req.severity,
                message: format!("no {} section found", name(req.section)),
                basis: req.basis,
                hint: req.hint.to_string(),
                location: None,
            });
        }
    }
    rules::apply(&lines, kind, &mut report);
    report
}

fn has_table(doc: &Document, lines: &[sections::Line]) -> bool {
    doc.blocks.iter().any(|b| matches!(b, crate::model::Block::Table(_))) || {
        let words = [skeleton("kegiatan"), skeleton("activit")];
        lines.iter().any(|l| words.iter().any(|w| l.sk.contains(w.as_str())))
    }
}

/// The name of a section in messages.
pub fn name(s: SectionId) -> &'static str {
    match s {
        SectionId::Scope => "scope (ruang lingkup)",
        SectionId::Benefit => "benefit (manfaat)",
        SectionId::Output => "output (keluaran)",
        SectionId::Duration => "duration (jangka waktu)",
        SectionId::Financing => "financing (pembiayaan)",
        SectionId::Dispute => "dispute settlement (penyelesaian perselisihan)",
        SectionId::Termination => "termination (pengakhiran)",
        SectionId::Signature => "signature",
        SectionId::Parties => "parties (para pihak)",
        SectionId::Objective => "objective (maksud dan tujuan)",
        SectionId::Amendment => "amendment (perubahan)",
        SectionId::Language => "language and prevailing text (bahasa)",
        other => other.slug(),
    }
}

mod rules {
    //! Text rules beyond presence: S6, S7, B1, D1-D2.

    use super::{skeleton, Finding, Report};
    use crate::model::{DocKind, SectionId};
    use crate::profile::Severity;

    use regex::Regex;
    use std::sync::LazyLock;

    pub fn apply(lines: &[super::sections::Line], kind: DocKind, report: &mut Report) {
        // S7: unfilled placeholders.
        static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\.{4,}|\[\s*\.{2,}\s*\]|\bXXX+\b|\b_[A-Z]+_\b|\{\{|\}\}|\[(?:NAME|NAMA|DATE|TANGGAL|TBD)\]").expect("valid regex")
        });
        let placeholder = &*PLACEHOLDER;
        if let Some(super::sections::Line { text: line, location: loc, .. }) = lines.iter().find(|l| placeholder.is_match(&l.text)) {
            report.findings.push(Finding {
                rule: "S7",
                severity: if kind == DocKind::Mou { Severity::Warning } else { Severity::Error },
                message: format!("unfilled placeholder: \"{}\"", excerpt(line)),
                basis: "-",
                hint: "fill in the blank (name, date, number or place) before signature".into(),
                location: Some(*loc),
            });
        }
        // S6: the dispute clause must not send disputes to arbitration, courts or foreign law.
        if kind == DocKind::Mou {
            if let Some(l) = dispute_forum(lines) {
                report.findings.push(Finding {
                    rule: "S6",
                    severity: Severity::Error,
                    message: format!("disputes go to arbitration, a court or a foreign law: \"{}\"", excerpt(&l.text)),
                    basis: "PP 28/2018 Pasal 34, 41",
                    hint: "settle disputes amicably by consultation and negotiation between the parties only".into(),
                    location: Some(l.location),
                });
            }
        }
        // B1: an Indonesian text and a foreign one, for the documents signed with the partner.
        if matches!(kind, DocKind::Mou | DocKind::Loi) {
            let has = |c: &str| report.languages.iter().any(|l| l == c);
            if !has("id") {
                report.findings.push(Finding {
                    rule: "B1",
                    severity: Severity::Error,
                    message: "no Indonesian text".into(),
                    basis: "UU 24/2009 Pasal 31; Perpres 63/2019 Pasal 26",
                    hint: "an agreement signed by an Indonesian region has an Indonesian text; add it beside the English".into(),
                    location: None,
                });
            }
            if !has("en") && report.languages.len() < 2 {
                report.findings.push(Finding {
                    rule: "B1",
                    severity: Severity::Error,
                    message: "no English or partner-language text".into(),
                    basis: "UU 24/2009 Pasal 31 ayat (2)",
                    hint: "an agreement with a foreign party is also written in its language or in English".into(),
                    location: None,
                });
            }
        }
        // B2: the languages of a bilingual agreement say the same thing.
        if matches!(kind, DocKind::Mou | DocKind::Loi) {
            parity(lines, report);
        }
        // D1: the letter itself.
        if kind == DocKind::DprdLetter {
            let all: Vec<&str> = lines.iter().map(|l| l.sk.as_str()).collect();
            let any = |w: &str| all.iter().any(|l| super::normalise::contains_words(l, &skeleton(w)));
            let mut d1 = |message: &str, hint: &str| {
                report.findings.push(Finding {
                    rule: "D1",
                    severity: Severity::Error,
                    message: message.into(),
                    basis: "PP 28/2018 Pasal 23 ayat (1), Pasal 30 ayat (2)",
                    hint: hint.into(),
                    location: None,
                })
            };
            if !any("nomor") && !any("number") {
                d1("the letter has no Nomor", "give the letter its number from the agenda");
            }
            if !any("hal") && !any("perihal") {
                d1("the letter has no Hal (subject)", "state the subject: Permohonan Persetujuan Rencana Kerja Sama ...");
            }
            if !any("rencana kerja sama") && !any("rencana kerjasama") && !any("cooperation plan") {
                d1(
                    "the cooperation plan is not named as an attachment",
                    "attach the rencana kerja sama (Pasal 30 ayat (2)) and list it under Lampiran",
                );
            }
            let tail = &all[all.len() * 2 / 3..];
            if tail
                .iter()
                .any(|l| l.starts_with(&skeleton("a.n.")) || l.starts_with(&skeleton("an. ")) || l.starts_with(&skeleton("atas nama")))
            {
                d1("the letter is signed on behalf of (a.n.) the head", "the kepala daerah signs the letter in person, without a.n.");
            }
        }
        // D2: copies of the letter.
        if kind == DocKind::DprdLetter {
            let all: String = lines.iter().map(|l| l.sk.as_str()).collect::<Vec<_>>().join(" ");
            for (who, words) in [
                ("the Minister of Home Affairs", ["menteri dalam negeri", "mendagri"]),
                ("the Minister of Foreign Affairs", ["menteri luar negeri", "menlu"]),
            ] {
                if !words.iter().any(|w| all.contains(skeleton(w).as_str())) {
                    report.findings.push(Finding {
                        rule: "D2",
                        severity: Severity::Warning,
                        message: format!("no copy (tembusan) to {who}"),
                        basis: "practice",
                        hint: format!("add {who} to the Tembusan"),
                        location: None,
                    });
                }
            }
            let _ = SectionId::Copies;
        }
    }

    /// S6: the first line that sends disputes to arbitration or a court, or puts the
    /// agreement under a foreign law. A negation just before the forum ("shall not be
    /// referred to any court") clears it; a condition ("if not resolved within 30 days, ...
    /// arbitration", "which cannot be settled amicably") does not, since that is the
    /// escalation the rule is about. The dispute may be named a line or two before the
    /// forum, in wrapped text.
    fn dispute_forum(lines: &[super::sections::Line]) -> Option<&super::sections::Line> {
        const FORUM: [&str; 9] =
            ["arbitrat", "arbitrase", "court", "pengadilan", "mahkamah", "tribunal", "yurisdiksi", "jurisdiction", "badan peradilan"];
        // Not "subject to the laws of each country": that is the usual reservation, not a choice of law.
        const FOREIGN_LAW: [&str; 5] =
            ["governing law", "governed by the law", "governed by and construed", "tunduk pada hukum", "hukum yang mengatur"];
        const NEGATION: [&str; 8] = ["not ", "n't ", "tidak", "no ", "without", "bukan", "neither", "nor "];
        const CONDITION: [&str; 9] =
            ["if not", "jika tidak", "apabila tidak", "bila tidak", "cannot", "can not", "tidak dapat", "tidak berhasil", "failing"];
        let lower: Vec<String> = lines.iter().map(|l| l.text.to_lowercase()).collect();
        let about_disputes = |s: &str| ["disput", "sengketa", "perselisihan", "differen"].iter().any(|w| s.contains(w));
        let negated = |before: &str, after: &str| {
            let mut near: String = before.chars().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect();
            near.push(' ');
            near.extend(after.chars().take(25));
            for c in CONDITION {
                near = near.replace(c, " ");
            }
            NEGATION.iter().any(|n| near.contains(n))
        };
        (0..lines.len())
            .find(|&k| {
                let s = &lower[k];
                let first = |words: &[&str]| words.iter().filter_map(|f| s.find(f).map(|i| (i, f.len()))).min();
                let (forum, law) = (first(&FORUM), first(&FOREIGN_LAW).filter(|_| !s.contains("indonesia")));
                if forum.is_none() && law.is_none() {
                    return false;
                }
                let clause = lower[k.saturating_sub(2)..=k].join(" ");
                let offset = clause.len() - s.len();
                let clear = |(i, n): (usize, usize)| !negated(&clause[..offset + i], &clause[offset + i + n..]);
                forum.is_some_and(|f| about_disputes(&clause) && clear(f)) || law.is_some_and(clear)
            })
            .map(|k| &lines[k])
    }

    /// B2: as many articles in each language, and the same numbers (dates, durations,
    /// amounts, counts) in the Indonesian and the English text.
    fn parity(lines: &[super::sections::Line], report: &mut Report) {
        let mut articles = [0usize; 2];
        // Numbers from lines clearly in one language, and numbers anywhere a language may be
        // (a PDF of a two-column draft can put both columns on one line): a number is
        // reported only when it is clearly in one language and nowhere in the other.
        let mut clean: [std::collections::BTreeSet<String>; 2] = Default::default();
        let mut anywhere: [std::collections::BTreeSet<String>; 2] = Default::default();
        static ARTICLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(pasal|fasal|artlcle)\s+(\d+|[lvxc]+)\b").expect("valid regex"));
        // Digits glued to letters ("wi11", "Pasa1") are OCR's misreadings of letters, not numbers.
        static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{L}*\d{2,}\p{L}*").expect("valid regex"));
        let (article, digits) = (&*ARTICLE, &*DIGITS);
        for super::sections::Line { text, sk, .. } in lines {
            if let Some(c) = article.captures(sk).filter(|_| super::sections::article_line(sk).is_some()) {
                articles[if c[1].starts_with("artlcle") { 1 } else { 0 }] += 1;
            }
            let (id, en) = crate::read::lang_votes(text);
            for d in digits.find_iter(text).filter(|d| d.as_str().chars().all(|c| c.is_ascii_digit())) {
                let n = d.as_str().trim_start_matches('0').to_string();
                if id > 0 && en == 0 {
                    clean[0].insert(n.clone());
                }
                if en > 0 && id == 0 {
                    clean[1].insert(n.clone());
                }
                if id > 0 || en == 0 {
                    anywhere[0].insert(n.clone());
                }
                if en > 0 || id == 0 {
                    anywhere[1].insert(n);
                }
            }
        }
        let numbers = [
            clean[0].difference(&anywhere[1]).cloned().collect::<std::collections::BTreeSet<_>>(),
            clean[1].difference(&anywhere[0]).cloned().collect(),
        ];
        if articles[0] > 0 && articles[1] > 0 && articles[0] != articles[1] {
            report.findings.push(Finding {
                rule: "B2",
                severity: Severity::Error,
                message: format!("the Indonesian text has {} articles (Pasal), the English {} (Article)", articles[0], articles[1]),
                basis: "consistency of the language versions",
                hint: "make both texts have the same articles, in the same order".into(),
                location: None,
            });
        }
        let bilingual = !clean[0].is_empty() && !clean[1].is_empty();
        if bilingual && (!numbers[0].is_empty() || !numbers[1].is_empty()) {
            let list = |v: &std::collections::BTreeSet<String>| v.iter().take(5).map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
            report.findings.push(Finding {
                rule: "B2",
                severity: Severity::Error,
                message: format!(
                    "numbers differ between the languages: only in Indonesian [{}], only in English [{}]",
                    list(&numbers[0]),
                    list(&numbers[1])
                ),
                basis: "consistency of the language versions",
                hint: "check dates, durations, amounts and counts in both texts".into(),
                location: None,
            });
        }
    }

    pub fn excerpt(line: &str) -> String {
        let mut s: String = line.chars().take(90).collect();
        if line.chars().count() > 90 {
            s.push('…');
        }
        s
    }
}
