//! The DPRD packet (PP 28/2018 Pasal 30; DOMAIN.md §2 and §5): the kepala daerah's letter
//! and its attachments, each as DOCX and PDF, merged into `packet.pdf` behind a cover page
//! with the decision deadline, and a `manifest.json` that pins every byte.
//!
//! Everything is built in memory and cross-checked before the command layer writes a file:
//! the letter's Lampiran against the attachments, the plan's scope against the action plan,
//! and every generated document through the checker, read back from its own DOCX and PDF.
//! Neighbours: `assemble` drafts, `render` lays out, `check` and `read` verify, `merge` joins.

pub mod merge;

use crate::assemble::{Assembler, ClauseUse};
use crate::calendar::{Holiday, Holidays, DPRD_WORKING_DAYS};
use crate::check::normalise::{contains_words, skeleton};
use crate::diag::Error;
use crate::input::{Date, EnclosureKind, Input};
use crate::model::{Block, DocKind, Document, Lang, SectionId, Text};
use crate::render::{self, Layout};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// How to build a packet.
pub struct Options {
    /// The layout and fonts of the documents.
    pub render: render::Options,
    /// The date the DPRD received the letter; overrides `dprd_letter.received`.
    pub received: Option<Date>,
    pub holidays: Holidays,
    /// The PDF of each of `dprd_letter.enclosures`, in their order, read by the command layer.
    pub enclosures: Vec<Vec<u8>>,
    /// The letter the packet goes with: the DPRD letter (the default), or a letter to the
    /// Minister of Home Affairs (`MendagriPlan`, `MendagriMou`, `MendagriReport`).
    pub letter: DocKind,
    /// The year of the report the letter sends (`MendagriReport`).
    pub year: Option<i32>,
    /// The DPRD's decision as a PDF (`dprd_decision.file`), for the letter sending the plan.
    pub decision: Option<Vec<u8>>,
    /// The Minister's consideration as a PDF (`mendagri.consideration.file`), for the
    /// letter sending the draft MoU.
    pub consideration: Option<Vec<u8>>,
}

/// What a part of the packet is: a document naskah drafted, or one it did not write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    Drafted(DocKind),
    Enclosed(EnclosureKind),
    /// The DPRD's decision, attached to the letter sending the plan to the Minister.
    Decision,
    /// The Minister's consideration, attached to the letter sending the draft MoU.
    Consideration,
}

impl PartKind {
    /// The name in file names and the manifest.
    pub fn slug(self) -> &'static str {
        match self {
            PartKind::Drafted(k) => k.slug(),
            PartKind::Enclosed(EnclosureKind::SignedLoi) => "loi-signed",
            PartKind::Enclosed(EnclosureKind::FeasibilityStudy) => "feasibility-study",
            PartKind::Enclosed(EnclosureKind::PartnerProfile) => "partner-profile",
            PartKind::Enclosed(EnclosureKind::Other) => "enclosure",
            PartKind::Decision => "dprd-decision",
            PartKind::Consideration => "minister-consideration",
        }
    }
}

/// One document of the packet: drafted and rendered, or a PDF given with the input (whose
/// `doc` is empty and `docx` has no bytes).
pub struct Part {
    pub kind: PartKind,
    /// Its name in the packet, in Indonesian and English.
    pub names: (String, String),
    /// The attachment number in the letter's Lampiran; `None` for the letter itself.
    pub lampiran: Option<usize>,
    /// File name without extension, numbered in packet order: `02-plan`.
    pub stem: String,
    pub doc: Document,
    pub clauses: Vec<ClauseUse>,
    pub docx: Vec<u8>,
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// The checker's errors on the DOCX and the PDF as read back.
    pub findings: Vec<Statement>,
}

impl Part {
    /// The bookmark and contents title: `Lampiran I: Rencana Kerja Sama (Cooperation Plan)`.
    pub fn title(&self) -> String {
        let (id, en) = self.name();
        match self.lampiran {
            Some(n) => format!("Lampiran {}: {id} ({en})", crate::format::roman(n as u32)),
            None => format!("{id} ({en})"),
        }
    }
}

impl Part {
    /// The document's name in the packet: the MoU goes as a draft, the LoI as signed when it
    /// is the signed copy.
    pub fn name(&self) -> (&str, &str) {
        (&self.names.0, &self.names.1)
    }
}

/// The name of a drafted document in the packet (a yearly one with its year).
fn drafted_name(kind: DocKind, input: &Input, year: Option<i32>) -> (String, String) {
    match kind {
        DocKind::Report if year.is_some() => {
            let y = year.unwrap_or_default();
            (format!("{} Tahun {y}", kind.name().0), format!("{} {y}", kind.name().1))
        }
        DocKind::MendagriReport if year.is_some() => {
            let y = year.unwrap_or_default();
            (
                format!("Surat Penyampaian Laporan Pelaksanaan Kerja Sama Tahun {y} kepada Menteri Dalam Negeri"),
                format!("Letter Sending the Implementation Report {y} to the Minister of Home Affairs"),
            )
        }
        DocKind::Mou => (format!("Rancangan {}", crate::assemble::mou_name(input)), "Draft Memorandum of Understanding".into()),
        // (As the letter's Hal names the draft it sends: "... Rancangan Memorandum Saling
        // Pengertian".)
        DocKind::MendagriMou => {
            (format!("Surat Permohonan Persetujuan Rancangan {}", crate::assemble::mou_name(input)), kind.name().1.into())
        }
        kind => (kind.name().0.into(), kind.name().1.into()),
    }
}

/// A line of the cover's checklist, in Indonesian and English: a check that passed or a gap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub id: String,
    pub en: String,
}

/// The decision deadline of Pasal 30 ayat (4).
#[derive(Debug, Clone)]
pub struct Deadline {
    /// The date of receipt, or the letter's date while receipt is unknown.
    pub received: Date,
    /// Whether `received` is the recorded date of receipt rather than the estimate.
    pub known: bool,
    pub due: Date,
    /// Holidays and cuti bersama on weekdays inside the period.
    pub skipped: Vec<(Date, Holiday)>,
    /// The holiday list does not reach the due date.
    pub beyond_holidays: bool,
}

/// A built packet: every file's bytes, ready to be written.
pub struct Packet {
    /// The letter the packet goes with.
    pub letter: DocKind,
    pub parts: Vec<Part>,
    pub cover_pages: usize,
    pub deadline: Deadline,
    /// Checks that passed, as the cover lists them.
    pub checks: Vec<Statement>,
    pub gaps: Vec<Statement>,
    pub pdf: Vec<u8>,
    pub manifest: Vec<u8>,
}

impl Packet {
    /// Every file to write, by name, in packet order; `manifest.json` last.
    pub fn files(&self) -> Vec<(String, &[u8])> {
        let mut out = Vec::new();
        for p in &self.parts {
            if !p.docx.is_empty() {
                out.push((format!("{}.docx", p.stem), p.docx.as_slice()));
            }
            out.push((format!("{}.pdf", p.stem), p.pdf.as_slice()));
        }
        out.push(("packet.pdf".to_string(), self.pdf.as_slice()));
        out.push(("manifest.json".to_string(), self.manifest.as_slice()));
        out
    }
}

/// Drafts, renders and cross-checks the packet; `input_bytes` is hashed into the manifest.
pub fn build(asm: &Assembler, input: &Input, input_name: &str, input_bytes: &[u8], opts: &Options) -> Result<Packet, Error> {
    if opts.letter != DocKind::DprdLetter {
        return build_minister(asm, input, input_name, input_bytes, opts);
    }
    // The signed LoI, when given, goes instead of the LoI's text.
    let signed = input.dprd_letter.enclosures.iter().position(|e| e.kind == EnclosureKind::SignedLoi);
    let order: Vec<(DocKind, Option<usize>)> = std::iter::once((DocKind::DprdLetter, None))
        .chain(input.attachments().into_iter().enumerate().map(|(i, k)| (k, Some(i + 1))))
        .filter(|(k, _)| !(*k == DocKind::Loi && signed.is_some()))
        .collect();
    // The letter goes to the DPRD in Indonesian only: its optional translation is for `draft`.
    let mut official = input.clone();
    official.dprd_letter.translation = false;
    let input = &official;
    // The documents are independent: draft, render and read back on every core.
    let (mut parts, mut parsed) = crate::parallel::map(&order, |_, &(kind, lampiran)| {
        let (doc, clauses) = asm.draft_as(kind, input, lampiran.is_some())?;
        let render_opts = &opts.render.with_page(crate::assemble::page(input, Some(kind)));
        let docx = render::docx::render(&doc, render_opts).map_err(|e| Error::msg(format!("{}.docx: {e}", kind.slug())))?;
        let pdf = render::pdf::render(&doc, render_opts).map_err(|e| Error::msg(format!("{}.pdf: {e}", kind.slug())))?;
        // Parsed once: to count its pages, to read it back and to merge it.
        let parsed = merge::Pdf::load(&pdf).map_err(Error::msg)?;
        let pages = parsed.pages();
        let stem = format!("{:02}-{}", lampiran.map_or(1, |n| n + 1), kind.slug());
        let findings = read_back(&stem, kind, &docx, &parsed);
        let names = drafted_name(kind, input, None);
        Ok((Part { kind: PartKind::Drafted(kind), names, lampiran, stem, doc, clauses, docx, pdf, pages, findings }, parsed))
    })
    .into_iter()
    .collect::<Result<(Vec<Part>, Vec<merge::Pdf>), Error>>()?;
    // The documents naskah did not write: the signed LoI in the LoI's place, the others after
    // naskah's attachments, as the letter lists them.
    let mut enclosed: Vec<(usize, EnclosureKind, (String, String))> = Vec::new();
    if let (Some(i), Some(n)) = (signed, input.attachments().iter().position(|k| *k == DocKind::Loi)) {
        let (id, en) = DocKind::Loi.name();
        enclosed.push((i, EnclosureKind::SignedLoi, (format!("{id} yang telah ditandatangani"), format!("Signed {en}"))));
        let _ = n;
    }
    let others = input.other_enclosures();
    for (e, title) in &others {
        let i = input.dprd_letter.enclosures.iter().position(|x| std::ptr::eq(x, *e)).unwrap_or(0);
        enclosed.push((i, e.kind, (title.id.clone(), title.en.clone())));
    }
    for (i, kind, names) in enclosed {
        let pdf = opts.enclosures.get(i).cloned().ok_or_else(|| Error::msg("an enclosure of the letter was not read"))?;
        let mut doc = merge::Pdf::load(&pdf).map_err(|e| Error::msg(format!("{}: {e}", input.dprd_letter.enclosures[i].file)))?;
        let lampiran = match kind {
            EnclosureKind::SignedLoi => input.attachments().iter().position(|k| *k == DocKind::Loi).map(|n| n + 1),
            _ => Some(
                input.attachments().len()
                    + 1
                    + others.iter().position(|(e, _)| std::ptr::eq(*e, &input.dprd_letter.enclosures[i])).unwrap_or(0),
            ),
        };
        // In packet.pdf its first page carries the attachment's header, as naskah's own
        // attachments do; the file beside it stays the PDF as given (a signed scan).
        if let Some(line) = lampiran.and_then(|n| crate::assemble::lampiran_line(input, DocKind::DprdLetter, None, n)) {
            doc.stamp(&line).map_err(|e| Error::msg(format!("{}: {e}", input.dprd_letter.enclosures[i].file)))?;
        }
        let stem = format!("{:02}-{}", lampiran.map_or(1, |n| n + 1), PartKind::Enclosed(kind).slug());
        let empty = Document {
            kind: None,
            languages: Vec::new(),
            title: names.0.clone(),
            orientation: Default::default(),
            sequential_only: true,
            blocks: Vec::new(),
            locations: Vec::new(),
            article_words: Vec::new(),
        };
        let part = Part {
            kind: PartKind::Enclosed(kind),
            names,
            lampiran,
            stem,
            doc: empty,
            clauses: Vec::new(),
            docx: Vec::new(),
            pages: doc.pages(),
            pdf,
            findings: Vec::new(),
        };
        // In Lampiran order.
        let at = parts.iter().position(|p| p.lampiran.is_some_and(|n| Some(n) > lampiran)).unwrap_or(parts.len());
        parts.insert(at, part);
        parsed.insert(at, doc);
    }

    let deadline = deadline(input, opts);
    let (checks, gaps) = cross_check(&parts);

    // The cover lists the pages of each document in packet.pdf, which depend on the
    // cover's own length: lay it out until that length is stable (once, in practice).
    let mut cover_pages = 1;
    let mut cover_pdf = None;
    for _ in 0..4 {
        let data = cover_data(&parts, cover_pages, &deadline, &checks, &gaps, &opts.holidays);
        let cover = asm.cover(input, data)?;
        let cover_opts = render::Options { layout: Layout::Columns, ..opts.render.with_page(crate::assemble::page(input, None)) };
        let pdf = render::pdf::render(&cover, &cover_opts).map_err(|e| Error::msg(format!("cover: {e}")))?;
        let pdf = merge::Pdf::load(&pdf).map_err(Error::msg)?;
        if pdf.pages() == cover_pages {
            cover_pdf = Some(pdf);
            break;
        }
        cover_pages = pdf.pages();
    }
    let cover_pdf = cover_pdf.ok_or_else(|| Error::msg("the cover page's length does not settle; report this with the input file"))?;

    let ctx = crate::assemble::context(input);
    let s = |path: &str| ctx.pointer(path).and_then(Value::as_str).unwrap_or_default().to_string();
    let meta = merge::Meta {
        title: format!("Berkas Permohonan Persetujuan DPRD: Rencana Kerja Sama {} dengan {}", s("/region_gov/id"), s("/partner_gov/id")),
        subject: format!("Permohonan persetujuan DPRD atas rencana kerja sama tentang {} (PP 28/2018 Pasal 30)", s("/subject/id")),
        author: s("/region_gov/id"),
        creator: format!("naskah {}", env!("CARGO_PKG_VERSION")),
        date: format!("{:04}{:02}{:02}", input.dprd_letter.date.year, input.dprd_letter.date.month, input.dprd_letter.date.day),
    };
    let mut sources = vec![("Sampul dan Daftar Isi (Cover and Contents)".to_string(), cover_pdf)];
    sources.extend(parts.iter().map(Part::title).zip(parsed));
    let pdf = merge::merge(sources, &meta).map_err(Error::msg)?;

    let mut packet = Packet { letter: DocKind::DprdLetter, parts, cover_pages, deadline, checks, gaps, pdf, manifest: Vec::new() };
    packet.manifest = manifest(&packet, input_name, input_bytes, opts.render.layout);
    Ok(packet)
}

/// A drafted part of a packet: drafted (as an attachment of `letter` when `lampiran`),
/// rendered to DOCX and PDF, and read back through the checker.
fn drafted_part(
    asm: &Assembler,
    input: &Input,
    opts: &Options,
    kind: DocKind,
    lampiran: Option<usize>,
) -> Result<(Part, merge::Pdf), Error> {
    let how = crate::assemble::Drafting { attached_to: lampiran.map(|_| opts.letter), year: opts.year };
    let (doc, clauses) = asm.draft_with(kind, input, &how)?;
    let render_opts = &opts.render.with_page(crate::assemble::page(input, Some(kind)));
    let docx = render::docx::render(&doc, render_opts).map_err(|e| Error::msg(format!("{}.docx: {e}", kind.slug())))?;
    let pdf = render::pdf::render(&doc, render_opts).map_err(|e| Error::msg(format!("{}.pdf: {e}", kind.slug())))?;
    let parsed = merge::Pdf::load(&pdf).map_err(Error::msg)?;
    let pages = parsed.pages();
    let stem = match opts.year.filter(|_| kind.yearly()) {
        Some(y) => format!("{:02}-{}-{y}", lampiran.map_or(1, |n| n + 1), kind.slug()),
        None => format!("{:02}-{}", lampiran.map_or(1, |n| n + 1), kind.slug()),
    };
    let findings = read_back(&stem, kind, &docx, &parsed);
    let names = drafted_name(kind, input, opts.year);
    Ok((Part { kind: PartKind::Drafted(kind), names, lampiran, stem, doc, clauses, docx, pdf, pages, findings }, parsed))
}

/// The packet of a letter to the Minister of Home Affairs: the letter, the documents it
/// attaches (the DPRD-approved plan and action plan with the DPRD's decision, or the draft
/// MoU with the Minister's consideration), a cover, `packet.pdf` and the manifest. No
/// statute sets the Minister a deadline, so the cover gives none.
fn build_minister(asm: &Assembler, input: &Input, input_name: &str, input_bytes: &[u8], opts: &Options) -> Result<Packet, Error> {
    use crate::assemble::Attachment;
    let attachments = crate::assemble::letter_attachments(input, opts.letter);
    let order: Vec<(Attachment, Option<usize>)> = std::iter::once((Attachment::Drafted(opts.letter), None))
        .chain(attachments.iter().enumerate().map(|(i, a)| (*a, Some(i + 1))))
        .collect();
    let results = crate::parallel::map(&order, |_, &(a, lampiran)| -> Result<(Part, merge::Pdf), Error> {
        match a {
            Attachment::Drafted(kind) => drafted_part(asm, input, opts, kind, lampiran),
            Attachment::DprdDecision | Attachment::Consideration => {
                let (bytes, kind, what) = match a {
                    Attachment::DprdDecision => (&opts.decision, PartKind::Decision, "`dprd_decision.file`"),
                    _ => (&opts.consideration, PartKind::Consideration, "`mendagri.consideration.file`"),
                };
                let pdf = bytes.clone().ok_or_else(|| {
                    Error::msg(format!("the letter attaches a document that is not given: {what}"))
                        .hint(format!("give it as a PDF beside the input file in {what} (a scan exported as PDF)"))
                })?;
                let mut parsed = merge::Pdf::load(&pdf).map_err(Error::msg)?;
                // Its first page in packet.pdf carries the attachment's header; the file beside
                // it stays the PDF as given.
                if let Some(line) = lampiran.and_then(|n| crate::assemble::lampiran_line(input, opts.letter, opts.year, n)) {
                    parsed.stamp(&line).map_err(Error::msg)?;
                }
                let names = match a {
                    Attachment::DprdDecision => ("Keputusan DPRD".to_string(), "Decision of the DPRD".to_string()),
                    _ => ("Pertimbangan Menteri Dalam Negeri".to_string(), "Consideration of the Minister of Home Affairs".to_string()),
                };
                let stem = format!("{:02}-{}", lampiran.map_or(1, |n| n + 1), kind.slug());
                let empty = Document {
                    kind: None,
                    languages: Vec::new(),
                    title: names.0.clone(),
                    orientation: Default::default(),
                    sequential_only: true,
                    blocks: Vec::new(),
                    locations: Vec::new(),
                    article_words: Vec::new(),
                };
                let pages = parsed.pages();
                Ok((
                    Part {
                        kind,
                        names,
                        lampiran,
                        stem,
                        doc: empty,
                        clauses: Vec::new(),
                        docx: Vec::new(),
                        pdf,
                        pages,
                        findings: Vec::new(),
                    },
                    parsed,
                ))
            }
            Attachment::Enclosure(_) => Err(Error::msg("a letter to the Minister attaches no enclosure of the DPRD letter")),
        }
    });
    let (parts, parsed): (Vec<Part>, Vec<merge::Pdf>) = results.into_iter().collect::<Result<Vec<_>, Error>>()?.into_iter().unzip();
    let (checks, gaps) = cross_check_letter(&parts, opts.letter);
    let deadline = Deadline {
        received: input.dprd_letter.date,
        known: false,
        due: input.dprd_letter.date,
        skipped: Vec::new(),
        beyond_holidays: false,
    };
    let mut cover_pages = 1;
    let mut cover_pdf = None;
    for _ in 0..4 {
        let mut data = cover_data(&parts, cover_pages, &deadline, &checks, &gaps, &opts.holidays);
        data["letter"] = json!(opts.letter.slug());
        // The report's year and the letter that sends it, as the cover names them.
        if let (Some(y), Some((number, date))) =
            (opts.year, crate::assemble::letter_frame(input, opts.letter, opts.year).filter(|_| opts.letter == DocKind::MendagriReport))
        {
            data["year"] = json!(y);
            data["report_letter"] = json!({"number": number, "date": date.to_string()});
        }
        let cover = asm.cover(input, data)?;
        let cover_opts = render::Options { layout: Layout::Columns, ..opts.render.with_page(crate::assemble::page(input, None)) };
        let pdf = render::pdf::render(&cover, &cover_opts).map_err(|e| Error::msg(format!("cover: {e}")))?;
        let pdf = merge::Pdf::load(&pdf).map_err(Error::msg)?;
        if pdf.pages() == cover_pages {
            cover_pdf = Some(pdf);
            break;
        }
        cover_pages = pdf.pages();
    }
    let cover_pdf = cover_pdf.ok_or_else(|| Error::msg("the cover page's length does not settle; report this with the input file"))?;
    let ctx = crate::assemble::context(input);
    let s = |path: &str| ctx.pointer(path).and_then(Value::as_str).unwrap_or_default().to_string();
    let (title, subject, date) = match opts.letter {
        DocKind::MendagriPlan => (
            format!(
                "Berkas Penyampaian Rencana Kerja Sama {} dengan {} kepada Menteri Dalam Negeri",
                s("/region_gov/id"),
                s("/partner_gov/id")
            ),
            format!(
                "Permohonan pertimbangan Menteri Dalam Negeri atas rencana kerja sama tentang {} (PP 28/2018 Pasal 31)",
                s("/subject/id")
            ),
            input.mendagri.plan_letter.as_ref().map(|l| l.date),
        ),
        DocKind::MendagriReport => {
            let y = opts.year.unwrap_or_default();
            (
                format!(
                    "Berkas Penyampaian Laporan Pelaksanaan Kerja Sama {} dengan {} Tahun {y} kepada Menteri Dalam Negeri",
                    s("/region_gov/id"),
                    s("/partner_gov/id")
                ),
                format!("Laporan pelaksanaan kerja sama tentang {} tahun {y} (PP 28/2018 Pasal 43)", s("/subject/id")),
                crate::assemble::letter_frame(input, DocKind::MendagriReport, opts.year).map(|(_, d)| d),
            )
        }
        _ => (
            format!(
                "Berkas Permohonan Persetujuan Rancangan {} {} dengan {}",
                crate::assemble::mou_name(input),
                s("/region_gov/id"),
                s("/partner_gov/id")
            ),
            format!(
                "Permohonan persetujuan Menteri Dalam Negeri atas rancangan naskah kerja sama tentang {} (PP 28/2018 Pasal 32)",
                s("/subject/id")
            ),
            input.mendagri.mou_letter.as_ref().map(|l| l.date),
        ),
    };
    let date = date.unwrap_or(input.dprd_letter.date);
    let meta = merge::Meta {
        title,
        subject,
        author: s("/region_gov/id"),
        creator: format!("naskah {}", env!("CARGO_PKG_VERSION")),
        date: format!("{:04}{:02}{:02}", date.year, date.month, date.day),
    };
    let mut sources = vec![("Sampul dan Daftar Isi (Cover and Contents)".to_string(), cover_pdf)];
    sources.extend(parts.iter().map(Part::title).zip(parsed));
    let pdf = merge::merge(sources, &meta).map_err(Error::msg)?;
    let mut packet = Packet { letter: opts.letter, parts, cover_pages, deadline, checks, gaps, pdf, manifest: Vec::new() };
    packet.manifest = manifest(&packet, input_name, input_bytes, opts.render.layout);
    Ok(packet)
}

/// The cross-checks of a letter to the Minister: its Lampiran against the attachments, and
/// the checker on every generated file.
fn cross_check_letter(parts: &[Part], letter: DocKind) -> (Vec<Statement>, Vec<Statement>) {
    let (mut checks, mut gaps) = (Vec::new(), Vec::new());
    let attached: Vec<&Part> = parts.iter().filter(|p| p.lampiran.is_some()).collect();
    let n = attached.len() as u64;
    if let Some(l) = parts.iter().find(|p| p.kind == PartKind::Drafted(letter)) {
        let (count, names) = letter_lampiran(&l.doc);
        let before = gaps.len();
        if count != Some(n) || names.len() != attached.len() {
            gaps.push(line(
                format!("Surat: Lampiran menyebut {} berkas, padahal yang dilampirkan {n} berkas.", count.unwrap_or(0)),
                format!("Letter: the Lampiran names {} files, but {n} are attached.", count.unwrap_or(0)),
            ));
        }
        for (i, (name, part)) in names.iter().zip(&attached).enumerate() {
            let expected = match part.kind {
                PartKind::Drafted(DocKind::Mou) => "Rancangan",
                PartKind::Drafted(k) => k.name().0,
                PartKind::Decision => "Dewan Perwakilan Rakyat Daerah",
                PartKind::Consideration => "Surat Menteri Dalam Negeri",
                PartKind::Enclosed(_) => part.name().0,
            };
            if !contains_words(&skeleton(name), &skeleton(expected)) {
                gaps.push(line(
                    format!("Surat: Lampiran {} tertulis \u{201c}{}\u{201d}, padahal berkasnya {}.", i + 1, name.trim(), part.name().0),
                    format!("Letter: attachment {} reads \u{201c}{}\u{201d}, but the file is the {}.", i + 1, name.trim(), part.name().1),
                ));
            }
        }
        if gaps.len() == before {
            let list: Vec<&str> = attached.iter().map(|p| p.name().0).collect();
            checks.push(line(
                format!(
                    "Lampiran surat menyebut {} berkas, sesuai dengan yang dilampirkan: {}.",
                    crate::format::count(n, "id"),
                    list.join(", ")
                ),
                format!(
                    "The letter's Lampiran names {} file{}, as attached.",
                    crate::format::count(n, "en"),
                    if n == 1 { "" } else { "s" }
                ),
            ));
        }
    }
    let before = gaps.len();
    gaps.extend(parts.iter().flat_map(|p| p.findings.iter().cloned()));
    if gaps.len() == before {
        let files = 2 * parts.iter().filter(|p| !p.docx.is_empty()).count() as u64;
        checks.push(line(
            format!("Pemeriksa naskah tidak menemukan kesalahan dalam {} berkas DOCX dan PDF.", crate::format::count(files, "id")),
            format!("The naskah checker finds no error in the {} DOCX and PDF files.", crate::format::count(files, "en")),
        ));
    }
    (checks, gaps)
}

/// The deadline: the date of receipt (or, until it is known, the letter's date) plus
/// 45 working days.
fn deadline(input: &Input, opts: &Options) -> Deadline {
    let recorded = opts.received.or(input.dprd_letter.received);
    let received = recorded.unwrap_or(input.dprd_letter.date);
    let due = opts.holidays.add_working_days(received, DPRD_WORKING_DAYS);
    let skipped = opts.holidays.skipped(received, due).into_iter().map(|(d, h)| (d, h.clone())).collect();
    Deadline { received, known: recorded.is_some(), due, skipped, beyond_holidays: due.year > opts.holidays.years.1 }
}

fn lang_text(t: &Text) -> String {
    t.get(&Lang::id()).unwrap_or_default().to_string()
}

/// The Indonesian text of a list item without its closing punctuation.
fn item_text(t: &Text) -> String {
    lang_text(t).trim().trim_end_matches(['.', ';', ',']).trim_end().to_string()
}

/// `item_text` as a skeleton, for comparing.
fn item_skeleton(t: &Text) -> String {
    skeleton(&item_text(t))
}

/// What the letter's Lampiran says: the count in its header and the listed names.
fn letter_lampiran(letter: &Document) -> (Option<u64>, Vec<String>) {
    let mut count = None;
    let mut names = Vec::new();
    for (i, b) in letter.blocks.iter().enumerate() {
        match b {
            Block::Table(t) => {
                for row in &t.rows {
                    let label = row.first().map(|c| skeleton(&lang_text(c))).unwrap_or_default();
                    if label == skeleton("Lampiran") {
                        // `Lampiran : 3 (tiga) berkas`: the first number after the label.
                        count = row[1..].iter().map(lang_text).find_map(|c| {
                            let digits: String = c.trim().chars().take_while(char::is_ascii_digit).collect();
                            digits.parse().ok()
                        });
                    }
                }
            }
            Block::Para { text, .. } if skeleton(lang_text(text).trim()) == skeleton("Lampiran:") => {
                names = letter.blocks[i + 1..]
                    .iter()
                    .map_while(|b| if let Block::Item { text, .. } = b { Some(lang_text(text)) } else { None })
                    .collect();
            }
            _ => {}
        }
    }
    (count, names)
}

/// The items of the plan's scope section, the points after its heading: (text, skeleton).
fn plan_scope(plan: &Document) -> Vec<(String, String)> {
    let start = plan.blocks.iter().position(|b| matches!(b, Block::Heading { section: Some(SectionId::Scope), .. }));
    let Some(start) = start else { return Vec::new() };
    plan.blocks[start + 1..]
        .iter()
        .take_while(|b| !matches!(b, Block::Heading { .. } | Block::Article { .. }))
        .filter_map(|b| if let Block::Item { text, .. } = b { Some((item_text(text), item_skeleton(text))) } else { None })
        .collect()
}

/// The scope cell of each row of the action plan's table, found by its header.
fn action_plan_scope(action_plan: &Document) -> Option<Vec<String>> {
    action_plan.blocks.iter().find_map(|b| {
        let Block::Table(t) = b else { return None };
        let header = t.rows.get(..t.header_rows.max(1))?;
        let column =
            header.iter().find_map(|row| row.iter().position(|c| contains_words(&skeleton(&lang_text(c)), &skeleton("ruang lingkup"))))?;
        // (The activities are the numbered rows: not the last row of totals.)
        let numbered = |row: &&Vec<Text>| row.first().is_some_and(|c| !lang_text(c).trim().is_empty());
        Some(
            t.rows[t.header_rows.max(1)..].iter().filter(numbered).map(|row| row.get(column).map(scope_cell).unwrap_or_default()).collect(),
        )
    })
}

/// The scope item a cell of the action plan names: its first line, without the letter of
/// the MoU's point it serves ("a. ") or the government affair on the lines under it.
fn scope_cell(t: &Text) -> String {
    let first = lang_text(t).lines().next().unwrap_or_default().trim().to_string();
    let item = match first.split_once(". ") {
        Some((label, rest)) if !label.is_empty() && label.len() <= 2 && label.chars().all(|c| c.is_ascii_lowercase()) => rest.to_string(),
        _ => first,
    };
    skeleton(item.trim_end_matches(['.', ';', ',']).trim_end())
}

fn line(id: impl Into<String>, en: impl Into<String>) -> Statement {
    Statement { id: id.into(), en: en.into() }
}

/// The cross-checks of the issue: letter against attachments, scope against activities,
/// and the checker on every generated file. Returns what passed and what did not.
fn cross_check(parts: &[Part]) -> (Vec<Statement>, Vec<Statement>) {
    let (mut checks, mut gaps) = (Vec::new(), Vec::new());
    let find = |k: DocKind| parts.iter().find(|p| p.kind == PartKind::Drafted(k));
    let attached: Vec<&Part> = parts.iter().filter(|p| p.lampiran.is_some()).collect();
    let n = attached.len() as u64;

    if let Some(letter) = find(DocKind::DprdLetter) {
        let (count, names) = letter_lampiran(&letter.doc);
        let before = gaps.len();
        if count != Some(n) {
            let said = count.map(|c| c.to_string()).unwrap_or_else(|| "-".into());
            gaps.push(line(
                format!("Surat: Lampiran menyebut {said} berkas, padahal yang dilampirkan {n} berkas."),
                format!("Letter: the Lampiran line says {said} files, but {n} are attached."),
            ));
        }
        if names.len() != attached.len() {
            gaps.push(line(
                format!("Surat: daftar Lampiran memuat {} butir, padahal yang dilampirkan {n} berkas.", names.len()),
                format!("Letter: the list of attachments has {} items, but {n} files are attached.", names.len()),
            ));
        }
        for (i, (name, part)) in names.iter().zip(&attached).enumerate() {
            let (id, en) = match part.kind {
                PartKind::Drafted(k) => k.name(),
                PartKind::Enclosed(EnclosureKind::SignedLoi) => DocKind::Loi.name(),
                _ => part.name(),
            };
            // The MoU may be titled Memorandum Saling Pengertian.
            let also = if part.kind == PartKind::Drafted(DocKind::Mou) { "Memorandum Saling Pengertian" } else { id };
            if !contains_words(&skeleton(name), &skeleton(id)) && !contains_words(&skeleton(name), &skeleton(also)) {
                gaps.push(line(
                    format!("Surat: Lampiran {} tertulis \u{201c}{}\u{201d}, padahal berkasnya {id}.", i + 1, name.trim()),
                    format!("Letter: attachment {} reads \u{201c}{}\u{201d}, but the file is the {en}.", i + 1, name.trim()),
                ));
            }
        }
        if gaps.len() == before {
            let list_id: Vec<&str> = attached.iter().map(|p| p.name().0).collect();
            let list_en: Vec<&str> = attached.iter().map(|p| p.name().1).collect();
            checks.push(line(
                format!(
                    "Lampiran surat menyebut {} berkas, sesuai dengan yang dilampirkan: {}.",
                    crate::format::count(n, "id"),
                    list_id.join(", ")
                ),
                format!("The letter's Lampiran names {} files, as attached: {}.", crate::format::count(n, "en"), list_en.join(", ")),
            ));
        }
    }

    if let (Some(plan), Some(action_plan)) = (find(DocKind::Plan), find(DocKind::ActionPlan)) {
        let scope = plan_scope(&plan.doc);
        let before = gaps.len();
        match action_plan_scope(&action_plan.doc) {
            None => gaps.push(line(
                "Rencana aksi: tidak ada kolom Ruang Lingkup untuk mencocokkan kegiatan dengan ruang lingkup.",
                "Plan of action: no Scope column to match activities with the scope.",
            )),
            Some(rows) => {
                for (item, key) in &scope {
                    if !rows.iter().any(|r| r == key) {
                        gaps.push(line(
                            format!("Ruang lingkup \u{201c}{item}\u{201d} dalam rencana kerja sama tidak mempunyai kegiatan dalam rencana aksi."),
                            format!("Scope item \u{201c}{item}\u{201d} of the cooperation plan has no activity in the plan of action."),
                        ));
                    }
                }
                for (i, row) in rows.iter().enumerate() {
                    if !scope.iter().any(|(_, key)| key == row) {
                        gaps.push(line(
                            format!(
                                "Kegiatan {} dalam rencana aksi tidak melayani ruang lingkup mana pun dalam rencana kerja sama.",
                                i + 1
                            ),
                            format!("Activity {} of the plan of action serves no scope item of the cooperation plan.", i + 1),
                        ));
                    }
                }
                if scope.is_empty() {
                    gaps.push(line("Rencana kerja sama: ruang lingkup tidak ditemukan.", "Cooperation plan: no scope found."));
                }
                if gaps.len() == before {
                    checks.push(line(
                        format!(
                            "Setiap butir ruang lingkup ({}) mempunyai kegiatan, dan setiap kegiatan ({}) melayani satu butir ruang lingkup.",
                            scope.len(),
                            rows.len()
                        ),
                        format!("Every scope item ({}) has an activity, and every activity ({}) serves a scope item.", scope.len(), rows.len()),
                    ));
                }
            }
        }
    }

    // The checker on every file as written, read back the way a partner's draft would be.
    let before = gaps.len();
    let files = 2 * parts.len() as u64;
    gaps.extend(parts.iter().flat_map(|p| p.findings.iter().cloned()));
    if gaps.len() == before {
        checks.push(line(
            format!("Pemeriksa naskah tidak menemukan kesalahan dalam {} berkas DOCX dan PDF.", crate::format::count(files, "id")),
            format!("The naskah checker finds no error in the {} DOCX and PDF files.", crate::format::count(files, "en")),
        ));
        if find(DocKind::Plan).is_some() {
            checks.push(line(
                "Rencana kerja sama memuat ketujuh unsur Pasal 30 ayat (3) serta manfaat dan keluaran.",
                "The cooperation plan contains the seven items of Article 30 paragraph (3), the benefits and the outputs.",
            ));
        }
    }
    (checks, gaps)
}

/// The checker's errors on a document's DOCX and PDF, read back from their bytes.
fn read_back(stem: &str, kind: DocKind, docx: &[u8], pdf: &merge::Pdf) -> Vec<Statement> {
    let mut out = Vec::new();
    for (ext, read) in [("docx", crate::read::read(docx)), ("pdf", crate::read::read_pdf(pdf.document()))] {
        let file = format!("{stem}.{ext}");
        match read {
            Err(e) => out.push(line(
                format!("{file}: tidak dapat dibaca kembali ({}).", e.message),
                format!("{file}: cannot be read back ({}).", e.message),
            )),
            Ok(doc) => {
                let report = crate::check::check(&doc, Some(kind));
                for f in report.findings.iter().filter(|f| f.severity == crate::profile::Severity::Error) {
                    let s = format!("{file}: {} {} ({})", f.rule, f.message, f.basis);
                    out.push(line(s.clone(), s));
                }
            }
        }
    }
    out
}

/// What the cover template reads under `packet`.
fn cover_data(
    parts: &[Part],
    cover_pages: usize,
    deadline: &Deadline,
    checks: &[Statement],
    gaps: &[Statement],
    holidays: &Holidays,
) -> Value {
    let mut page = cover_pages + 1;
    let rows: Vec<Value> = parts
        .iter()
        .map(|p| {
            let (id, en) = p.name();
            let pages = if p.pages == 1 { page.to_string() } else { format!("{}\u{2013}{}", page, page + p.pages - 1) };
            page += p.pages;
            json!({
                "name": {"id": id, "en": en},
                "lampiran": p.lampiran.map(|n| crate::format::roman(n as u32)),
                "file": format!("{}.pdf", p.stem),
                "pages": pages,
            })
        })
        .collect();
    let bi = |g: &Statement| json!({"id": g.id, "en": g.en});
    json!({
        "letter": "dprd-letter",
        "parts": rows,
        "working_days": DPRD_WORKING_DAYS,
        "received": deadline.received.to_string(),
        "received_known": deadline.known,
        "due": deadline.due.to_string(),
        "skipped": deadline
            .skipped
            .iter()
            .map(|(d, h)| json!({"date": d.to_string(), "name": {"id": h.name_in("id"), "en": h.name_in("en")}}))
            .collect::<Vec<_>>(),
        "beyond_holidays": deadline.beyond_holidays,
        "holiday_years": format!("{}\u{2013}{}", holidays.years.0, holidays.years.1),
        "checks": checks.iter().map(bi).collect::<Vec<_>>(),
        "gaps": gaps.iter().map(bi).collect::<Vec<_>>(),
    })
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// `manifest.json`: every file with its SHA-256, the input's hash, the clauses and naskah's version.
fn manifest(packet: &Packet, input_name: &str, input_bytes: &[u8], layout: Layout) -> Vec<u8> {
    let mut files = Vec::new();
    for p in &packet.parts {
        for (ext, bytes) in [("docx", &p.docx), ("pdf", &p.pdf)] {
            // A document naskah did not write comes as its PDF only.
            if bytes.is_empty() {
                continue;
            }
            let mut entry = json!({
                "path": format!("{}.{ext}", p.stem),
                "document": p.kind.slug(),
                "bytes": bytes.len(),
                "sha256": sha256(bytes),
            });
            if ext == "pdf" {
                entry["pages"] = json!(p.pages);
            }
            files.push(entry);
        }
    }
    let total: usize = packet.cover_pages + packet.parts.iter().map(|p| p.pages).sum::<usize>();
    files.push(
        json!({"path": "packet.pdf", "document": "packet", "bytes": packet.pdf.len(), "sha256": sha256(&packet.pdf), "pages": total}),
    );
    let documents: Vec<Value> = packet
        .parts
        .iter()
        .map(|p| {
            json!({
                "document": p.kind.slug(),
                "lampiran": p.lampiran,
                "title": p.title(),
                "pages": p.pages,
                "clauses": p.clauses.iter().map(|c| json!({"id": c.id, "version": c.version})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let m = json!({
        "naskah": env!("CARGO_PKG_VERSION"),
        "input": {"file": input_name, "sha256": sha256(input_bytes)},
        "layout": match layout { Layout::Columns => "columns", Layout::Sequential => "sequential" },
        "deadline": if packet.letter == DocKind::DprdLetter { json!({
            "received": packet.deadline.received.to_string(),
            "received_recorded": packet.deadline.known,
            "working_days": DPRD_WORKING_DAYS,
            "due": packet.deadline.due.to_string(),
        }) } else { Value::Null },
        "cover_pages": packet.cover_pages,
        "documents": documents,
        "files": files,
        "checks": packet.checks.iter().map(|c| &c.en).collect::<Vec<_>>(),
        "gaps": packet.gaps.iter().map(|g| &g.en).collect::<Vec<_>>(),
    });
    let mut s = serde_json::to_string_pretty(&m).expect("a manifest always serialises");
    s.push('\n');
    s.into_bytes()
}
