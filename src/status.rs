//! Where a cooperation stands: its stage, the milestones done, the next step with the
//! command that drafts its document, and every deadline with the days left (DOMAIN.md §2;
//! PP 28/2018 Pasal 28-33 and 43).
//!
//! A milestone counts as done when its date is given and is not after `today`: a date in the
//! future is a plan. `today` comes from the caller (the command line's `--today`, else the
//! clock in `main.rs`), so that the same input and day give the same bytes. The outputs
//! (human table, JSON, CSV register, iCalendar) are built here and printed or written by the
//! command layer. Neighbours: `calendar` counts working days; `input` holds the dates.

use crate::calendar::{add_days, add_months, days_between, Holidays, DPRD_WORKING_DAYS};
use crate::input::{CoopKind, Date, Form, Input, Outcome, TermStart};
use serde_json::{json, Value};

/// Days before a deadline from which it is "due soon".
pub const DUE_SOON_DAYS: i64 = 30;

/// The stages of the procedure, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Nothing done yet: the LoI is still to be signed.
    Preparation,
    /// The LoI is signed; the plan has not gone to the DPRD.
    Loi,
    /// The plan is with the DPRD.
    Dprd,
    /// The DPRD did not approve the plan.
    DprdRefused,
    /// The DPRD approved; the plan has not gone to the Minister.
    DprdApproved,
    /// The plan is with the Minister of Home Affairs for consideration.
    MinisterPlan,
    /// The Minister asked for a revision.
    Revision,
    /// The Minister's consideration says proceed: the draft MoU is being prepared.
    Drafting,
    /// The draft MoU is with the Minister for approval.
    MinisterMou,
    /// The draft is approved: negotiation, Kemlu's confirmation, signature.
    Approved,
    /// Signed; the term has not begun.
    Signed,
    /// The term runs.
    Implementation,
    /// The term is over.
    Ended,
}

impl Stage {
    /// The name in JSON and CSV.
    pub fn slug(self) -> &'static str {
        match self {
            Stage::Preparation => "preparation",
            Stage::Loi => "loi",
            Stage::Dprd => "dprd",
            Stage::DprdRefused => "dprd-refused",
            Stage::DprdApproved => "dprd-approved",
            Stage::MinisterPlan => "minister-plan",
            Stage::Revision => "revision",
            Stage::Drafting => "drafting-mou",
            Stage::MinisterMou => "minister-mou",
            Stage::Approved => "approved",
            Stage::Signed => "signed",
            Stage::Implementation => "implementation",
            Stage::Ended => "ended",
        }
    }

    /// A short description for people, in Indonesian (the page of `naskah serve`).
    pub fn label_id(self) -> &'static str {
        match self {
            Stage::Preparation => "menyiapkan Surat Pernyataan Kehendak (LoI)",
            Stage::Loi => "LoI ditandatangani, rencana kerja sama belum dikirim ke DPRD",
            Stage::Dprd => "di DPRD",
            Stage::DprdRefused => "tidak disetujui DPRD",
            Stage::DprdApproved => "disetujui DPRD, belum dikirim ke Menteri Dalam Negeri",
            Stage::MinisterPlan => "di Menteri Dalam Negeri (rencana kerja sama)",
            Stage::Revision => "rencana kerja sama direvisi (Menteri Dalam Negeri)",
            Stage::Drafting => "menyusun rancangan MoU",
            Stage::MinisterMou => "di Menteri Dalam Negeri (rancangan MoU)",
            Stage::Approved => "rancangan MoU disetujui, menunggu penandatanganan",
            Stage::Signed => "MoU ditandatangani, jangka waktu belum mulai",
            Stage::Implementation => "dalam pelaksanaan",
            Stage::Ended => "jangka waktu berakhir",
        }
    }

    /// A short description for people.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Preparation => "preparing the Letter of Intent",
            Stage::Loi => "LoI signed, plan not yet sent to the DPRD",
            Stage::Dprd => "with the DPRD",
            Stage::DprdRefused => "not approved by the DPRD",
            Stage::DprdApproved => "approved by the DPRD, not yet sent to the Minister",
            Stage::MinisterPlan => "with the Minister of Home Affairs (plan)",
            Stage::Revision => "plan to be revised (Minister)",
            Stage::Drafting => "drafting the MoU",
            Stage::MinisterMou => "with the Minister of Home Affairs (draft MoU)",
            Stage::Approved => "draft MoU approved, to be signed",
            Stage::Signed => "MoU signed, term not begun",
            Stage::Implementation => "in implementation",
            Stage::Ended => "term ended",
        }
    }
}

/// A dated milestone.
#[derive(Debug, Clone)]
pub struct Milestone {
    pub id: &'static str,
    pub label: String,
    pub date: Date,
    /// Its date is not after today.
    pub done: bool,
    /// A number or detail: the DPRD decision's number, the Minister's outcome.
    pub detail: Option<String>,
}

/// How close a deadline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    Overdue,
    DueSoon,
    Upcoming,
}

impl Urgency {
    pub fn slug(self) -> &'static str {
        match self {
            Urgency::Overdue => "overdue",
            Urgency::DueSoon => "due_soon",
            Urgency::Upcoming => "upcoming",
        }
    }
}

/// A deadline still open.
#[derive(Debug, Clone)]
pub struct Deadline {
    /// Stable id, for the calendar's UID: `dprd-decision`, `report-2025`.
    pub id: String,
    pub label: String,
    /// The label in Indonesian (the page of `naskah serve`).
    pub label_id: String,
    pub date: Date,
    /// Negative when overdue.
    pub days_left: i64,
    pub urgency: Urgency,
    /// Where the date comes from.
    pub basis: String,
    /// Counted from an estimate (the DPRD's receipt not recorded yet).
    pub estimate: bool,
}

/// The next step and the command that drafts its document, if any.
#[derive(Debug, Clone)]
pub struct Next {
    pub step: String,
    /// The step in Indonesian (the page of `naskah serve`).
    pub step_id: String,
    pub command: Option<String>,
}

/// A next step, in English and Indonesian.
fn step(step: impl Into<String>, step_id: impl Into<String>, command: Option<String>) -> Next {
    Next { step: step.into(), step_id: step_id.into(), command }
}

/// Where one cooperation stands.
#[derive(Debug, Clone)]
pub struct Status {
    /// The input file, as given.
    pub file: String,
    pub region: String,
    pub partner: String,
    pub country: String,
    /// `ksdpl` or `ksdll`.
    pub kind: &'static str,
    /// `sister_city`, `sister_province` or the name of another form.
    pub form: String,
    /// The objects of PP 28/2018 Pasal 23 ayat (2), in words.
    pub objects: String,
    pub fields: Vec<String>,
    pub stage: Stage,
    pub milestones: Vec<Milestone>,
    pub next: Next,
    pub deadlines: Vec<Deadline>,
    /// The term's first and last day, once its start is known.
    pub term: Option<(Date, Date)>,
    /// The year of the term today ("year 2 of 5"), while it runs.
    pub term_year: Option<(i32, u32)>,
    /// Things the officer should know that are not deadlines (a planned date passed).
    pub notes: Vec<String>,
}

impl Status {
    /// The most urgent open deadline.
    pub fn next_deadline(&self) -> Option<&Deadline> {
        self.deadlines.iter().min_by_key(|d| (d.days_left, d.id.clone()))
    }
}

/// The LoI's expiry: its date plus its validity in years (29 February becomes 28).
pub fn loi_expiry(input: &Input) -> Date {
    add_months(input.loi.date, 12 * input.loi.validity_years as i32)
}

/// When the MoU took effect: both signatures given and done, after the Minister's approval
/// of the draft (PP 28/2018 Pasal 32-33). A date of signature without a recorded approval is
/// taken for a plan that has passed (`mou.date` is also the planned date), and said so.
fn signed_on(input: &Input, today: Date) -> Option<Date> {
    input.mendagri.approval.as_ref().filter(|a| a.date <= today)?;
    let own = input.mou.date.filter(|d| *d <= today)?;
    match input.mou.signing {
        crate::input::Signing::Together => Some(own),
        crate::input::Signing::Separate => input.mou.partner_date.filter(|d| *d <= today).map(|p| p.max(own)),
    }
}

/// The term's first and last day: from its date, or from the signature.
pub fn term(input: &Input, signed: Option<Date>) -> Option<(Date, Date)> {
    let start = match input.term.start {
        TermStart::Date(d) => d,
        TermStart::Signature => signed?,
    };
    Some((start, add_days(add_months(start, 12 * input.term.years as i32), -1)))
}

fn deadline(id: impl Into<String>, label: (String, String), date: Date, today: Date, basis: impl Into<String>) -> Deadline {
    let days_left = days_between(today, date);
    let urgency = if days_left < 0 {
        Urgency::Overdue
    } else if days_left <= DUE_SOON_DAYS {
        Urgency::DueSoon
    } else {
        Urgency::Upcoming
    };
    let (label, label_id) = label;
    Deadline { id: id.into(), label, label_id, date, days_left, urgency, basis: basis.into(), estimate: false }
}

/// Where a cooperation stands on `today`; `file` is how the command line names the input.
pub fn status(input: &Input, file: &str, today: Date, holidays: &Holidays) -> Status {
    let ctx = crate::assemble::context(input);
    let s = |path: &str| ctx.pointer(path).and_then(Value::as_str).unwrap_or_default().to_string();
    let done = |d: Option<Date>| d.is_some_and(|d| d <= today);
    let m = &input.mendagri;
    let cmd = |what: &str| Some(format!("naskah {what}"));

    let mut milestones = Vec::new();
    let mut add = |id: &'static str, label: &str, date: Option<Date>, detail: Option<String>| {
        if let Some(date) = date {
            milestones.push(Milestone { id, label: label.to_string(), date, done: date <= today, detail });
        }
    };
    add("initiative", "initiative", input.initiative.as_ref().map(|i| i.date), None);
    add("consultation", "consultation with the Ministers", input.loi.consultation_date, None);
    add("loi", "Letter of Intent signed", Some(input.loi.date), None);
    add("dprd-letter", "letter to the DPRD", Some(input.dprd_letter.date), Some(input.dprd_letter.number.clone()));
    add("dprd-received", "received by the DPRD", input.dprd_letter.received, None);
    let decision = input.dprd_decision.as_ref();
    add(
        "dprd-decision",
        if decision.is_some_and(|d| !d.approved) { "DPRD decision: not approved" } else { "DPRD approval" },
        decision.map(|d| d.date),
        decision.map(|d| d.number.clone()),
    );
    add(
        "minister-plan",
        "plan sent to the Minister of Home Affairs",
        m.plan_letter.as_ref().map(|l| l.date),
        m.plan_letter.as_ref().map(|l| l.number.clone()),
    );
    let consideration = m.consideration.as_ref();
    add(
        "minister-consideration",
        match consideration.map(|c| c.outcome) {
            Some(Outcome::Revise) => "Minister's consideration: revise the plan",
            _ => "Minister's consideration: proceed to the MoU",
        },
        consideration.map(|c| c.date),
        consideration.map(|c| c.number.clone()),
    );
    add(
        "minister-mou",
        "draft MoU sent to the Minister",
        m.mou_letter.as_ref().map(|l| l.date),
        m.mou_letter.as_ref().map(|l| l.number.clone()),
    );
    add(
        "minister-approval",
        "Minister's approval of the draft MoU",
        m.approval.as_ref().map(|a| a.date),
        m.approval.as_ref().map(|a| a.number.clone()),
    );
    add(
        "kemlu-confirmation",
        "confirmation of the Minister of Foreign Affairs",
        input.kemlu_confirmation.as_ref().map(|k| k.date),
        input.kemlu_confirmation.as_ref().map(|k| k.number.clone()),
    );
    let separate = input.mou.signing == crate::input::Signing::Separate;
    add("mou-signed", if separate { "MoU signed by the region" } else { "MoU signed" }, input.mou.date, None);
    if separate {
        add("mou-signed-partner", "MoU signed by the partner", input.mou.partner_date, None);
    }
    for w in &input.implementation.work_plans {
        milestones.push(Milestone {
            id: "work-plan",
            label: format!("work plan {} agreed", w.year),
            date: w.date,
            done: w.date <= today,
            detail: None,
        });
    }
    for r in &input.implementation.reports {
        milestones.push(Milestone {
            id: "report",
            label: format!("report on {} sent", r.year),
            date: r.date,
            done: r.date <= today,
            // The number of the letter that sends it, when recorded.
            detail: r.number.clone(),
        });
    }
    milestones.sort_by_key(|m| m.date);

    let signed = signed_on(input, today);
    let term = term(input, signed);
    let mut notes = Vec::new();
    let mut deadlines = Vec::new();
    let f = file;

    // The stage and the next step, from the last milestone done.
    let (stage, next) = if let Some(signed) = signed {
        let (start, end) = term.unwrap_or((signed, signed));
        if today > end {
            (
                Stage::Ended,
                step(
                    "the term has ended: renew the cooperation with a new MoU, or close it",
                    "jangka waktu telah berakhir: perpanjang kerja sama dengan MoU baru, atau akhiri",
                    None,
                ),
            )
        } else if today < start {
            (
                Stage::Signed,
                step(
                    format!("prepare the work plan for {}", start.year),
                    format!("siapkan rencana kerja tahunan {}", start.year),
                    cmd(&format!("draft rkt {f} --year {} -o OUT", start.year)),
                ),
            )
        } else {
            (Stage::Implementation, step("", "", None))
        }
    } else if done(m.approval.as_ref().map(|a| a.date)) {
        let (en, id) = match input.mou.date {
            Some(d) if d > today => (format!("sign the MoU (planned {d})"), format!("tanda tangani MoU (direncanakan {d})")),
            _ => (
                "negotiate with the partner through the Ministry of Foreign Affairs and sign the MoU".into(),
                "rundingkan dengan mitra melalui Kementerian Luar Negeri, lalu tanda tangani MoU".into(),
            ),
        };
        (Stage::Approved, step(en, id, cmd(&format!("draft mou {f} -o OUT"))))
    } else if done(m.mou_letter.as_ref().map(|l| l.date)) {
        (
            Stage::MinisterMou,
            step(
                "await the Minister's approval of the draft MoU (PP 28/2018 Pasal 32)",
                "tunggu persetujuan Menteri atas rancangan MoU (PP 28/2018 Pasal 32)",
                None,
            ),
        )
    } else if let Some(c) = consideration.filter(|c| c.date <= today) {
        match c.outcome {
            Outcome::Proceed => (
                Stage::Drafting,
                step(
                    "send the draft MoU to the Minister for approval (PP 28/2018 Pasal 32 ayat (1))",
                    "kirim rancangan MoU kepada Menteri untuk disetujui (PP 28/2018 Pasal 32 ayat (1))",
                    cmd(&format!("packet {f} --for mendagri-mou -o OUT")),
                ),
            ),
            Outcome::Revise => (
                Stage::Revision,
                step(
                    "revise the plan as the Minister asks and send it again (PP 28/2018 Pasal 31 ayat (3) huruf a)",
                    "revisi rencana kerja sama sesuai permintaan Menteri dan kirim kembali (PP 28/2018 Pasal 31 ayat (3) huruf a)",
                    cmd(&format!("packet {f} --for mendagri-plan -o OUT")),
                ),
            ),
        }
    } else if done(m.plan_letter.as_ref().map(|l| l.date)) {
        (
            Stage::MinisterPlan,
            step(
                "await the Minister's consideration (PP 28/2018 Pasal 31 ayat (2))",
                "tunggu pertimbangan Menteri (PP 28/2018 Pasal 31 ayat (2))",
                None,
            ),
        )
    } else if let Some(d) = decision.filter(|d| d.date <= today) {
        if d.approved {
            (
                Stage::DprdApproved,
                step(
                    "send the approved plan to the Minister of Home Affairs for consideration (PP 28/2018 Pasal 31 ayat (1))",
                    "kirim rencana kerja sama yang disetujui DPRD kepada Menteri Dalam Negeri untuk mendapat pertimbangan (PP 28/2018 Pasal 31 ayat (1))",
                    cmd(&format!("packet {f} --for mendagri-plan -o OUT")),
                ),
            )
        } else {
            (
                Stage::DprdRefused,
                step(
                    "revise the plan and ask the DPRD again",
                    "revisi rencana kerja sama dan ajukan kembali kepada DPRD",
                    cmd(&format!("packet {f} --for dprd -o OUT")),
                ),
            )
        }
    } else if done(Some(input.dprd_letter.date)) {
        let next = if input.dprd_letter.received.is_some() {
            step("await the DPRD's decision (PP 28/2018 Pasal 30 ayat (4))", "tunggu keputusan DPRD (PP 28/2018 Pasal 30 ayat (4))", None)
        } else {
            step(
                "record the date the DPRD received the letter (`dprd_letter.received`): its 45 working days run from it",
                "catat tanggal surat diterima DPRD (`dprd_letter.received`): 45 hari kerja dihitung sejak tanggal itu",
                None,
            )
        };
        (Stage::Dprd, next)
    } else if done(Some(input.loi.date)) {
        (
            Stage::Loi,
            step(
                format!("send the cooperation plan to the DPRD for approval (letter dated {})", input.dprd_letter.date),
                format!("kirim rencana kerja sama kepada DPRD untuk mendapat persetujuan (surat tanggal {})", input.dprd_letter.date),
                cmd(&format!("packet {f} --for dprd -o OUT")),
            ),
        )
    } else {
        let (en, id) = match input.loi.consultation_date {
            Some(c) if c > today => (
                format!("consult the Ministers of Home and Foreign Affairs (planned {c}), then sign the LoI"),
                format!("konsultasikan dengan Menteri Dalam Negeri dan Menteri Luar Negeri (direncanakan {c}), lalu tanda tangani LoI"),
            ),
            _ => (
                format!("sign the Letter of Intent with the partner (planned {})", input.loi.date),
                format!("tanda tangani LoI dengan mitra (direncanakan {})", input.loi.date),
            ),
        };
        (Stage::Preparation, step(en, id, cmd(&format!("draft loi {f} -o OUT"))))
    };

    // The DPRD's 45 working days, while its decision is awaited.
    if stage == Stage::Dprd {
        let (from, estimate) = match input.dprd_letter.received {
            Some(r) => (r, false),
            None => (input.dprd_letter.date, true),
        };
        let due = holidays.add_working_days(from, DPRD_WORKING_DAYS);
        let mut d = deadline(
            "dprd-decision",
            if estimate {
                ("DPRD decision (estimated from the letter's date)".into(), "keputusan DPRD (perkiraan dari tanggal surat)".into())
            } else {
                ("DPRD decision".into(), "keputusan DPRD".into())
            },
            due,
            today,
            format!("{DPRD_WORKING_DAYS} working days from receipt on {from}, PP 28/2018 Pasal 30 ayat (4)"),
        );
        d.estimate = estimate;
        if due.year > holidays.years.1 {
            d.basis.push_str(&format!("; the holiday list ends in {}: add later holidays with --holidays", holidays.years.1));
        }
        deadlines.push(d);
    }
    // The LoI's validity, until the MoU is signed.
    if signed.is_none() {
        let expiry = loi_expiry(input);
        let years = input.loi.validity_years;
        deadlines.push(deadline(
            "loi-validity",
            ("Letter of Intent lapses".into(), "masa berlaku LoI berakhir".into()),
            expiry,
            today,
            format!("valid {years} year{} from {}", if years == 1 { "" } else { "s" }, input.loi.date),
        ));
        if let Some(d) = input.mou.date.filter(|d| *d > today && stage < Stage::Approved) {
            notes.push(format!(
                "the MoU's signature is planned for {d}, but the Minister's approval is not recorded yet (PP 28/2018 Pasal 31-33: consideration, approval, Kemlu's confirmation come first)"
            ));
        }
        if let Some(d) = input.mou.date.filter(|d| *d <= today) {
            notes.push(format!(
                "the MoU's date ({d}) has passed, but the Minister's approval of the draft is not recorded: the MoU is not counted as signed; record `mendagri.approval`, or the new planned date in `mou.date`"
            ));
        }
        if let TermStart::Date(s) = input.term.start {
            if s <= today {
                notes.push(format!("the term was to start on {s}, and the MoU is not signed"));
            }
        }
    }
    // The term: its end and the renewal window before it; the yearly plans and reports.
    let mut next = next;
    let mut term_year = None;
    if let (Some((start, end)), Some(_)) = (term, signed) {
        let notice = input.term.notice_months;
        if today <= end {
            deadlines.push(deadline(
                "renewal",
                (
                    "renewal: agree an extension, or give notice".into(),
                    "perpanjangan: sepakati perpanjangan, atau sampaikan pemberitahuan".into(),
                ),
                add_months(add_days(end, 1), -(notice as i32)),
                today,
                format!("{notice} months before the end of the term, the notice the MoU sets"),
            ));
            deadlines.push(deadline(
                "term-end",
                ("MoU's term ends".into(), "jangka waktu MoU berakhir".into()),
                end,
                today,
                format!("{} years from {start}", input.term.years),
            ));
        }
        if today >= start && today <= end {
            term_year =
                Some((today.year - start.year + 1 - i32::from((today.month, today.day) < (start.month, start.day)), input.term.years));
        }
        let imp = &input.implementation;
        let reported = |y: i32| imp.reports.iter().any(|r| r.year == y && r.date <= today);
        let planned = |y: i32| imp.work_plans.iter().any(|w| w.year == y && w.date <= today);
        // Reports: every year of the term that has ended, and the current one.
        for y in start.year..=end.year.min(today.year) {
            if reported(y) {
                continue;
            }
            let due = add_days(Date { year: y, month: 12, day: 31 }, imp.report_due_days as i64);
            deadlines.push(deadline(
                format!("report-{y}"),
                (
                    format!("implementation report on {y} to the Minister of Home Affairs"),
                    format!("laporan pelaksanaan tahun {y} kepada Menteri Dalam Negeri"),
                ),
                due,
                today,
                format!("PP 28/2018 Pasal 43; {} days after the end of the year, as the region sets it", imp.report_due_days),
            ));
        }
        // Work plans: this year's and next year's, inside the term.
        for y in today.year.max(start.year)..=(today.year + 1).min(end.year) {
            if planned(y) {
                continue;
            }
            // (Not before the term begins: the plan of a first year that starts in its course
            // is due when the term starts, not the December before.)
            let due = add_days(Date { year: y - 1, month: 12, day: 31 }, -(imp.work_plan_lead_days as i64)).max(start);
            deadlines.push(deadline(
                format!("work-plan-{y}"),
                (format!("work plan (RKT) for {y}"), format!("rencana kerja tahunan (RKT) {y}")),
                due,
                today,
                match imp.work_plan_lead_days {
                    0 => "agreed with the partner before the year begins".to_string(),
                    n => format!("agreed with the partner {n} days before the year begins, as the region sets it"),
                },
            ));
        }
        if stage == Stage::Implementation {
            // The most urgent yearly document is the next step.
            let first =
                deadlines.iter().filter(|d| d.id.starts_with("report-") || d.id.starts_with("work-plan-")).min_by_key(|d| d.days_left);
            next = match first {
                Some(d) if d.id.starts_with("report-") => {
                    let y = &d.id["report-".len()..];
                    // Once the letter is numbered, its packet (the letter and the report) is
                    // what goes to the Minister; before, the report is drafted to be checked.
                    let numbered = imp.reports.iter().any(|r| {
                        r.year.to_string() == y && [&r.number, &r.place].iter().all(|v| v.as_deref().is_some_and(|s| !s.trim().is_empty()))
                    });
                    if numbered {
                        step(
                            format!("send the implementation report on {y} to the Minister with its covering letter (PP 28/2018 Pasal 43)"),
                            format!("kirim laporan pelaksanaan tahun {y} beserta surat pengantarnya kepada Menteri Dalam Negeri (PP 28/2018 Pasal 43)"),
                            cmd(&format!("packet {f} --for mendagri-report --year {y} -o OUT")),
                        )
                    } else {
                        step(
                            format!("record the progress of {y}, draft the implementation report, then record its covering letter (number, date, place) and send both to the Minister"),
                            format!("catat kemajuan tahun {y}, susun laporan pelaksanaan, lalu catat surat pengantarnya (nomor, tanggal, tempat) dan kirim keduanya kepada Menteri Dalam Negeri"),
                            cmd(&format!("draft report {f} --year {y} -o OUT")),
                        )
                    }
                }
                Some(d) => {
                    let y = &d.id["work-plan-".len()..];
                    step(
                        format!("agree the work plan for {y} with the partner"),
                        format!("sepakati rencana kerja tahunan {y} dengan mitra"),
                        cmd(&format!("draft rkt {f} --year {y} -o OUT")),
                    )
                }
                None => step(
                    "carry out this year's work plan and record its progress",
                    "laksanakan rencana kerja tahun ini dan catat kemajuannya",
                    None,
                ),
            };
        }
    }
    deadlines.sort_by_key(|d| (d.date, d.id.clone()));

    let form = match (input.form, &input.form_name) {
        (_, Some(n)) => n.en.clone(),
        (Form::SisterCity, _) => "sister_city".into(),
        (Form::SisterProvince, _) => "sister_province".into(),
        (Form::Other, None) => "other".into(),
    };
    Status {
        file: file.to_string(),
        region: s("/region_name/id"),
        partner: input.partner.name.en.clone(),
        country: input.partner.country.en.clone(),
        kind: match input.kind {
            CoopKind::Ksdpl => "ksdpl",
            CoopKind::Ksdll => "ksdll",
        },
        form,
        objects: s("/objects/en"),
        fields: input.fields.iter().map(|f| f.name.en.clone()).collect(),
        stage,
        milestones,
        next,
        deadlines,
        term,
        term_year,
        notes,
    }
}

/// Sorts cooperations by urgency: the most overdue first, then the nearest deadline; those
/// with no open deadline last, by file name.
pub fn sort_by_urgency(all: &mut [Status]) {
    all.sort_by_key(|s| (s.next_deadline().map(|d| d.days_left).unwrap_or(i64::MAX), s.file.clone()));
}

/// "in 12 days", "today", "3 days overdue".
pub fn days_text(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "1 day overdue".into(),
        d if d < 0 => format!("{} days overdue", -d),
        d => format!("in {d} days"),
    }
}

/// ANSI colours for a terminal.
fn paint(s: &str, u: Urgency, colour: bool) -> String {
    if !colour {
        return s.to_string();
    }
    match u {
        Urgency::Overdue => format!("\x1b[1;31m{s}\x1b[0m"),
        Urgency::DueSoon => format!("\x1b[33m{s}\x1b[0m"),
        Urgency::Upcoming => s.to_string(),
    }
}

/// The report for people: a table of all cooperations sorted by urgency (when there are
/// several), then each one in detail. Overdue items are marked `OVERDUE` (and red on a
/// terminal), those due within 30 days `soon` (yellow).
pub fn human(all: &[Status], today: Date, colour: bool) -> String {
    let mut out = format!("Status on {} ({})\n", crate::format::date_en(today), weekday_name(today));
    if all.len() > 1 {
        out.push('\n');
        let rows: Vec<[String; 5]> = all
            .iter()
            .map(|s| {
                let (when, what) = match s.next_deadline() {
                    Some(d) => (format!("{} ({})", d.date, days_text(d.days_left)), d.label.clone()),
                    None => ("-".into(), "-".into()),
                };
                [format!("{} - {}", s.region, s.partner), s.stage.label().to_string(), when, what, s.file.clone()]
            })
            .collect();
        let heads = ["cooperation", "stage", "next deadline", "what", "file"];
        let widths: Vec<usize> =
            (0..5).map(|i| rows.iter().map(|r| r[i].chars().count()).chain([heads[i].len()]).max().unwrap_or(0)).collect();
        let line = |cells: [&str; 5]| {
            let mut l = String::new();
            for (i, c) in cells.iter().enumerate() {
                if i + 1 == cells.len() {
                    l.push_str(c);
                } else {
                    l.push_str(&format!("{c:<w$}  ", w = widths[i]));
                }
            }
            l.trim_end().to_string()
        };
        out.push_str(&line(heads));
        out.push('\n');
        for (s, r) in all.iter().zip(&rows) {
            let l = line([r[0].as_str(), r[1].as_str(), r[2].as_str(), r[3].as_str(), r[4].as_str()]);
            match s.next_deadline() {
                Some(d) if d.urgency != Urgency::Upcoming => out.push_str(&paint(&l, d.urgency, colour)),
                _ => out.push_str(&l),
            }
            out.push('\n');
        }
    }
    for s in all {
        out.push('\n');
        out.push_str(&format!("{}: {} - {}, {}\n", s.file, s.region, s.partner, s.country));
        let year = s.term_year.map(|(y, n)| format!(", year {y} of {n}")).unwrap_or_default();
        out.push_str(&format!("  stage: {}{year}\n", s.stage.label()));
        if let Some((a, b)) = s.term {
            out.push_str(&format!("  term: {a} to {b}\n"));
        }
        let done: Vec<&Milestone> = s.milestones.iter().filter(|m| m.done).collect();
        if !done.is_empty() {
            out.push_str("  done:\n");
            for m in done {
                let detail = m.detail.as_ref().map(|d| format!(" ({d})")).unwrap_or_default();
                out.push_str(&format!("    {}  {}{detail}\n", m.date, m.label));
            }
        }
        let planned: Vec<&Milestone> = s.milestones.iter().filter(|m| !m.done).collect();
        if !planned.is_empty() {
            out.push_str("  planned:\n");
            for m in planned {
                out.push_str(&format!("    {}  {}\n", m.date, m.label));
            }
        }
        out.push_str(&format!("  next: {}\n", s.next.step));
        if let Some(c) = &s.next.command {
            out.push_str(&format!("        {c}\n"));
        }
        if !s.deadlines.is_empty() {
            out.push_str("  deadlines:\n");
            for d in &s.deadlines {
                let mark = match d.urgency {
                    Urgency::Overdue => "OVERDUE ",
                    Urgency::DueSoon => "soon    ",
                    Urgency::Upcoming => "        ",
                };
                let l = format!("    {mark}{}  {:<18}  {}  [{}]", d.date, days_text(d.days_left), d.label, d.basis);
                out.push_str(&paint(&l, d.urgency, colour));
                out.push('\n');
            }
        }
        for n in &s.notes {
            out.push_str(&format!("  note: {n}\n"));
        }
    }
    out
}

/// The day of the week in English.
fn weekday_name(d: Date) -> &'static str {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][crate::calendar::weekday(d) as usize]
}

/// The JSON report: `{"today", "cooperations": [...]}`, sorted as given.
pub fn json(all: &[Status], today: Date) -> Value {
    let coop = |s: &Status| {
        json!({
            "file": s.file,
            "region": s.region,
            "partner": s.partner,
            "country": s.country,
            "kind": s.kind,
            "form": s.form,
            "stage": s.stage.slug(),
            "stage_label": s.stage.label(),
            "stage_label_id": s.stage.label_id(),
            "term": s.term.map(|(a, b)| json!({"start": a.to_string(), "end": b.to_string()})),
            "term_year": s.term_year.map(|(y, n)| json!({"year": y, "of": n})),
            "milestones": s.milestones.iter().map(|m| json!({
                "id": m.id, "label": m.label, "date": m.date.to_string(), "done": m.done, "detail": m.detail,
            })).collect::<Vec<_>>(),
            "next": {"step": s.next.step, "step_id": s.next.step_id, "command": s.next.command},
            "deadlines": s.deadlines.iter().map(|d| json!({
                "id": d.id, "label": d.label, "label_id": d.label_id, "date": d.date.to_string(), "days_left": d.days_left,
                "status": d.urgency.slug(), "estimate": d.estimate, "basis": d.basis,
            })).collect::<Vec<_>>(),
            "notes": s.notes,
        })
    };
    json!({"today": today.to_string(), "cooperations": all.iter().map(coop).collect::<Vec<_>>()})
}

/// The columns of the register, in order.
pub const CSV_COLUMNS: [&str; 20] = [
    "file",
    "region",
    "partner",
    "country",
    "kind",
    "form",
    "objects",
    "fields",
    "stage",
    "loi_date",
    "dprd_letter_date",
    "dprd_decision_date",
    "minister_consideration_date",
    "minister_approval_date",
    "mou_signed_date",
    "term_start",
    "term_end",
    "next_deadline",
    "next_deadline_date",
    "days_left",
];

/// The register: one row per cooperation, the columns of `CSV_COLUMNS`; dates `YYYY-MM-DD`,
/// empty when not done; fields joined with `; `.
pub fn csv(all: &[Status]) -> Result<Vec<u8>, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_COLUMNS).map_err(|e| e.to_string())?;
    for s in all {
        let done =
            |id: &str| s.milestones.iter().filter(|m| m.id == id && m.done).map(|m| m.date.to_string()).next_back().unwrap_or_default();
        let next = s.next_deadline();
        let row = [
            s.file.clone(),
            s.region.clone(),
            s.partner.clone(),
            s.country.clone(),
            s.kind.to_string(),
            s.form.clone(),
            s.objects.clone(),
            s.fields.join("; "),
            s.stage.slug().to_string(),
            done("loi"),
            done("dprd-letter"),
            done("dprd-decision"),
            done("minister-consideration"),
            done("minister-approval"),
            done("mou-signed"),
            s.term.map(|t| t.0.to_string()).unwrap_or_default(),
            s.term.map(|t| t.1.to_string()).unwrap_or_default(),
            next.map(|d| d.label.clone()).unwrap_or_default(),
            next.map(|d| d.date.to_string()).unwrap_or_default(),
            next.map(|d| d.days_left.to_string()).unwrap_or_default(),
        ];
        w.write_record(&row).map_err(|e| e.to_string())?;
    }
    w.into_inner().map_err(|e| e.to_string())
}

/// The deadlines as an iCalendar file (RFC 5545): one all-day event per deadline, with a
/// reminder a week before; UIDs derived from the file and the deadline, and the stamp from
/// `today`, so that the same input gives the same bytes and a re-import updates the events.
pub fn ics(all: &[Status], today: Date) -> String {
    use icalendar::{Alarm, Calendar, Component, Event, EventLike, Trigger};
    let naive = |d: Date| chrono::NaiveDate::from_ymd_opt(d.year, d.month, d.day).expect("a valid date");
    let stamp = naive(today).and_hms_opt(0, 0, 0).expect("midnight exists").and_utc();
    let mut cal = Calendar::new();
    cal.name("naskah: cooperation deadlines");
    for s in all {
        for d in &s.deadlines {
            use sha2::Digest;
            let hash: String =
                sha2::Sha256::digest(format!("{}\u{0}{}", s.file, d.id).as_bytes()).iter().take(12).map(|b| format!("{b:02x}")).collect();
            let mut description =
                format!("{} - {}, {}.\n{}: {}.\nStage: {}.", s.region, s.partner, s.country, d.label, d.basis, s.stage.label());
            if let Some(c) = &s.next.command {
                description.push_str(&format!("\nNext step: {} ({c}).", s.next.step));
            }
            description.push_str(&format!("\nFile: {}", s.file));
            // The library stamps any component without DTSTAMP and UID with the clock and a
            // random id: the alarm gets both too, derived like the event's.
            let alarm = Alarm::display(&format!("{} in 7 days", d.label), Trigger::before_start(chrono::Duration::days(7)))
                .uid(&format!("{hash}-alarm@naskah"))
                .timestamp(stamp)
                .done();
            let event = Event::new()
                .uid(&format!("{hash}@naskah"))
                .timestamp(stamp)
                .summary(&format!(
                    "{}{}: {} - {}",
                    if d.urgency == Urgency::Overdue { "OVERDUE " } else { "" },
                    d.label,
                    s.region,
                    s.partner
                ))
                .description(&description)
                .starts(naive(d.date))
                .ends(naive(add_days(d.date, 1)))
                .alarm(alarm)
                .done();
            cal.push(event);
        }
    }
    cal.done().to_string()
}
