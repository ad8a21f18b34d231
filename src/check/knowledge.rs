//! The checker's knowledge: `checker/knowledge.yaml`, embedded in the binary, parsed and
//! reduced to skeletons once per process.
//!
//! One definition per section (its names, the headings and body phrases that state it, and
//! which kinds require it, at what severity, on what basis, with what hint), the titles of
//! each kind, the kinds of documents that are not cooperation drafts, the vocabulary of the
//! body rules, and the table of text rules. `crate::profile` reads the requirements from
//! here, so the generator and the checker share them; `sections`, `kind` and `rules` read
//! the rest. Nothing here is code: adding a heading or a title is a change to the YAML.

use super::normalise::{skeleton, Phrases, Vocabulary};
use crate::model::{DocKind, SectionId};
use crate::profile::{Requirement, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::{LazyLock, OnceLock};

/// The knowledge file, as shipped.
pub const SOURCE: &str = include_str!("../../checker/knowledge.yaml");

/// English titles that name their kind last ("COOPERATION AND SERVICES AGREEMENT").
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct HeadsLastDef {
    heads: Vec<String>,
    not_among: Vec<String>,
    most: usize,
}

/// English titles that name their kind last: the heads ("agreement"), the words that may not
/// stand before one in a title ("of", "entire"), and how many words may.
pub struct HeadsLast {
    pub heads: Vec<String>,
    pub not_among: Vec<String>,
    pub most: usize,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct File {
    sections: Vec<SectionDef>,
    kinds: Vec<KindDef>,
    title_separators: Vec<String>,
    list_separators: Vec<String>,
    letter_frame: LetterFrameDef,
    subject_labels: Vec<String>,
    #[serde(default)]
    subject_prefixes: Vec<String>,
    title_prefixes: Vec<String>,
    head_qualifiers: Vec<String>,
    component_labels: Vec<String>,
    collections: Vec<String>,
    #[serde(default)]
    legends: Vec<String>,
    list_copulas: Vec<String>,
    self_reference_before: Vec<String>,
    self_reference_after: Vec<String>,
    title_labels: Vec<String>,
    heads_last: HeadsLastDef,
    attachment_carriers: Vec<String>,
    part_labels: Vec<String>,
    attachment_labels: Vec<String>,
    attached_documents: Vec<String>,
    attachment_of: Vec<String>,
    attachment_lists: Vec<String>,
    ordinal_labels: Vec<String>,
    number_labels: Vec<String>,
    title_connectors: Vec<String>,
    signing_words: Vec<String>,
    contents_labels: Vec<String>,
    reply_prefixes: Vec<String>,
    party_connectors: Vec<String>,
    headline_words: Vec<String>,
    document_work: Vec<String>,
    genres: Vec<GenreDef>,
    weekdays: Vec<String>,
    period_titles: Vec<String>,
    commercial: Vec<String>,
    #[serde(default)]
    commercial_unless: Vec<String>,
    vocabulary: VocabularyDef,
    rules: Vec<RuleDef>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct LetterFrameDef {
    frame: Vec<String>,
    addressee: Vec<String>,
    #[serde(default)]
    minister: Vec<String>,
    #[serde(default)]
    minister_mou: Vec<String>,
    #[serde(default)]
    minister_plan: Vec<String>,
    #[serde(default)]
    minister_report: Vec<String>,
    #[serde(default)]
    minister_other: Vec<String>,
    #[serde(default)]
    copies: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct SectionDef {
    id: String,
    name: Names,
    #[serde(default)]
    heads: Vec<String>,
    #[serde(default)]
    heads_alone: Vec<String>,
    #[serde(default)]
    not_after: Vec<String>,
    #[serde(default)]
    not_before: Vec<String>,
    #[serde(default)]
    other_rule: Vec<String>,
    #[serde(default)]
    not_in_sentence: Vec<String>,
    #[serde(default)]
    in_sentence_anyway: Vec<String>,
    #[serde(default)]
    not_stated_with: Vec<String>,
    #[serde(default)]
    inline: Vec<String>,
    #[serde(default)]
    list_words: Vec<String>,
    #[serde(default)]
    measure_labels: Vec<String>,
    #[serde(default)]
    statements: Vec<Vec<Vec<String>>>,
    #[serde(default)]
    not_stated_after: Vec<String>,
    #[serde(default)]
    stands_for: Option<StandsForDef>,
    #[serde(default)]
    heads_if_stated: Option<HeadsIfStatedDef>,
    #[serde(default)]
    requires: BTreeMap<String, RequireDef>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct HeadsIfStatedDef {
    heads: Vec<String>,
    words: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct StandsForDef {
    section: String,
    not_in: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Names {
    en: String,
    id: String,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct RequireDef {
    rule: String,
    severity: Severity,
    basis: String,
    hint: Texts,
}

/// A text shown to people, in English and Indonesian: both are required, so that no
/// finding of a new rule reaches the Indonesian page in English.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    pub en: String,
    pub id: String,
}

impl Texts {
    /// Refuses an empty text in either language.
    fn checked(&self, what: &str) -> Result<(), String> {
        if self.en.trim().is_empty() || self.id.trim().is_empty() {
            return Err(format!("{what}: the text needs both `en` and `id`, not empty"));
        }
        Ok(())
    }
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct KindDef {
    kind: String,
    titles: Vec<String>,
    #[serde(default)]
    starts_only: Vec<String>,
    #[serde(default)]
    ends: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct GenreDef {
    name: String,
    reason: Texts,
    titles: Vec<String>,
    #[serde(default)]
    names_itself: Vec<String>,
    #[serde(default)]
    subject_of: Vec<String>,
    #[serde(default)]
    subjects: Vec<String>,
    #[serde(default)]
    subject_unless: Vec<String>,
    #[serde(default)]
    yields_to: Vec<String>,
    #[serde(default)]
    agreed_when: Vec<String>,
    #[serde(default)]
    agreed_unsigned: bool,
    #[serde(default)]
    headed_by: Option<HeaderDef>,
    #[serde(default)]
    presents_drafts: bool,
    cues: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct HeaderDef {
    titles: Vec<String>,
    fields: Vec<Vec<String>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct VocabularyDef {
    article_words: Vec<String>,
    intact_words: Vec<String>,
    glued_words: Vec<String>,
    number_words: Vec<String>,
    references: Vec<String>,
    reference_words: Vec<String>,
    recitals: Vec<String>,
    parties: Vec<String>,
    agree: Vec<String>,
    closing: Vec<String>,
    plan_headings: Vec<String>,
    fields: Vec<String>,
    organisations: Vec<String>,
    cooperation: Vec<String>,
    period_words: Vec<String>,
    period_units: Vec<String>,
    period_bounds: Vec<String>,
    period_fillers: Vec<String>,
    period_labels: Vec<String>,
    range_words: Vec<String>,
    months: Vec<String>,
    start_words: Vec<String>,
    end_words: Vec<String>,
    expiry_words: Vec<String>,
    currencies: Vec<String>,
    magnitudes: Vec<String>,
    citation_headings: Vec<String>,
    defined_periods: Vec<String>,
    frame_labels: Vec<String>,
    formulas_as_follows: Vec<String>,
    contents_formulas: Vec<String>,
    operative: Vec<String>,
    function_words: Vec<String>,
    cross_references: Vec<String>,
    tracked_deleted: Vec<String>,
    tracked_inserted: Vec<String>,
    comment_labels: Vec<String>,
    note_labels: Vec<String>,
    machine_reports: Vec<String>,
    negations: Vec<String>,
    negated_auxiliaries: Vec<String>,
    relatives: Vec<String>,
    conditions: Vec<String>,
    clause_nouns: Vec<String>,
    clause_others: Vec<String>,
    clause_connectors: Vec<String>,
    placeholders: Vec<String>,
    page_words: Vec<String>,
    open_ends: Vec<String>,
    deferrals: Vec<String>,
    deferred_after: Vec<String>,
    unchanged: Vec<String>,
    #[serde(default)]
    ended_not_agreement: Vec<String>,
    persons_benefiting: Vec<String>,
    auxiliaries: Vec<String>,
    deadline_words: Vec<String>,
    emptied: Vec<String>,
    mutual: Vec<String>,
    enumerators: Vec<String>,
    obligations: Vec<String>,
    signature: SignatureDef,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct SignatureDef {
    openers: Vec<String>,
    party_labels: Vec<String>,
    name_skips: Vec<String>,
    records: Vec<String>,
    dangling: Vec<String>,
    name_particles: Vec<String>,
    formulas: Vec<String>,
    recounting: Vec<String>,
    titles: Vec<String>,
    not_names: Vec<String>,
    marks: Vec<String>,
    run_marks: Vec<String>,
    contacts: Vec<String>,
    initials: Vec<String>,
    addressed: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    id: String,
    check: String,
    kinds: Vec<String>,
    severity: Severity,
    #[serde(default)]
    severity_for: BTreeMap<String, Severity>,
    basis: String,
    message: Texts,
    hint: Texts,
    #[serde(default)]
    words: BTreeMap<String, Vec<String>>,
}

/// How a reader recognises one section.
pub struct Section {
    pub id: SectionId,
    /// "scope (ruang lingkup)", for messages.
    pub label: String,
    /// "ruang lingkup", for Indonesian messages.
    pub label_id: String,
    pub heads: Vec<String>,
    pub heads_alone: Vec<String>,
    pub not_after: Vec<String>,
    pub not_before: Vec<String>,
    /// Words of another rule that a short body under the section's heading may state
    /// instead ("Differences of Interpretation: ... the MoU shall prevail" is a rule of
    /// precedence, not a settling of disputes).
    pub other_rule: Vec<String>,
    /// Words of a sentence in which the section's inline phrases state nothing ("hal-hal
    /// yang belum diatur ... diselesaikan secara musyawarah" is no dispute clause).
    pub not_in_sentence: Vec<String>,
    /// Words that make such a sentence state the section all the same ("Any matter not
    /// provided for ..., or any question on its interpretation, will be settled through
    /// friendly consultation": questions of interpretation are differences to settle).
    pub in_sentence_anyway: Vec<String>,
    /// Words of a sentence in which the section's statements state nothing, wherever they
    /// stand in it ("PIHAK KEDUA memperoleh imbalan jasa sebesar 12%" is a party's pay, not
    /// a benefit of the cooperation).
    pub not_stated_with: Vec<String>,
    pub list_words: Vec<String>,
    /// Labels of a measure set on each item ("Indicator: at least 8 of the 10 pass",
    /// "(indikator: penghematan minimal 15%)", "Hasil: 34 aparatur terlatih"): a label
    /// before a colon, counted, states the section.
    pub measure_labels: Vec<String>,
    /// The inline phrases, as skeletons (they are searched through `inline_index`).
    pub inline_words: Vec<String>,
    /// Sentences that state the section in words of their own: each statement is a list of
    /// word sets, and a sentence with a word of every set states it ("the differences ...
    /// shall be resolved by consultation": a difference, and its settling).
    pub statements: Vec<Vec<Phrases>>,
    /// The number of the section's first statement in `Knowledge::statement_openers`.
    pub first_statement: usize,
    /// Words that, right before a word of a statement, make it something else ("sebelum
    /// jangka waktu berakhir" is the term's end, not a termination).
    pub not_stated_after: Vec<String>,
    /// The section this one, found under its own heading, also stands for when that one is
    /// not found, except in the kinds listed: in an agreement, the article on its object
    /// ("OBJEK KERJA SAMA") says what it covers; a plan has both, as items of their own.
    pub stands_for: Option<(SectionId, Vec<DocKind>)>,
    /// Heads that name the section only when a word of the second list stands in the text
    /// under them ("MULAI BERLAKU" over "... berlaku pada tanggal ditandatangani" says when
    /// it starts, not for how long): (heads, words), as skeletons.
    pub heads_if_stated: (Vec<String>, Vec<String>),
}

/// A title that names a kind of document.
pub struct Title {
    pub kind: DocKind,
    pub sk: String,
    /// As written in the knowledge file, for messages.
    pub written: String,
    /// Counts only when it opens a line (abbreviations, generic words).
    pub starts_only: bool,
    /// Its letters alone, for matching titles damaged by OCR; and those of its first and
    /// last words.
    pub letters: Vec<char>,
    pub first_letters: Vec<char>,
    pub last_letters: Vec<char>,
}

/// A kind of document that is not a cooperation draft.
pub struct Genre {
    pub name: String,
    pub reason: String,
    pub reason_id: String,
    pub titles: Vec<String>,
    /// Titles by which a document names its own type ("PERATURAN DAERAH", "SURAT EDARAN"):
    /// opening a line of the first page before any draft's title, they decide.
    pub names_itself: Vec<String>,
    /// Draft titles (`subject_of`) that, when their subject opens with one of `subjects`,
    /// title a document of this genre: "KERANGKA ACUAN KERJA / SEMINAR INTERNASIONAL" is
    /// the terms of reference of an event, not of a cooperation.
    pub subject_of: Vec<String>,
    pub subjects: Vec<String>,
    /// Phrases that, anywhere in the document, make such a title a step of a cooperation
    /// after all: the terms of reference of the workshop or the signing held under a
    /// memorandum that the document names is a draft of that cooperation.
    pub subject_unless: Vec<String>,
    /// Kinds whose title decides over this genre: a letter of intent is a letter.
    pub yields_to: Vec<DocKind>,
    /// Phrases recording what both parties agreed ("both sides agreed on the following"):
    /// a document of the genre with one of them and signature blocks is an agreement
    /// (signed agreed minutes), checked as one.
    pub agreed_when: Vec<String>,
    /// Documents of the genre are sealed, not signed (a diplomatic note): one of the
    /// `agreed_when` phrases makes it an agreement without signature blocks ("this Note and
    /// the Department's affirmative reply shall constitute an Agreement").
    pub agreed_unsigned: bool,
    /// A header that makes a document of the genre: a line that is one of the titles
    /// ("MEMORANDUM"), then lines labelled with a word of each set ("To:", "From:").
    pub headed_by: Option<(Vec<String>, Vec<Vec<String>>)>,
    /// A document of the genre may present a draft's content (slides of a cooperation
    /// plan): when it has a draft's title or a plan's headings, it is checked as that draft.
    pub presents_drafts: bool,
}

/// One text rule of DOMAIN.md §6.
pub struct Rule {
    pub id: String,
    /// The name of the code that applies it (`rules::CHECKS`).
    pub check: String,
    pub kinds: Vec<DocKind>,
    pub severity: Severity,
    pub severity_for: BTreeMap<DocKind, Severity>,
    pub basis: String,
    /// The message, with `{}` for what the check found, in English and Indonesian.
    pub message: Texts,
    pub hint: Texts,
    /// The words the check reads, by role ("forum", "negation", "present", ...).
    pub words: BTreeMap<String, Vec<String>>,
}

impl Rule {
    /// The English message with its `{}` filled in order.
    pub fn message(&self, fill: &[&str]) -> String {
        fill_in(&self.message.en, fill)
    }

    /// The Indonesian message with its `{}` filled in order.
    pub fn message_id(&self, fill: &[&str]) -> String {
        fill_in(&self.message.id, fill)
    }
}

/// A message with its `{}` filled in order.
fn fill_in(template: &str, fill: &[&str]) -> String {
    let mut out = String::new();
    let mut parts = template.split("{}");
    out.push_str(parts.next().unwrap_or_default());
    for (k, part) in parts.enumerate() {
        out.push_str(fill.get(k).copied().unwrap_or_default());
        out.push_str(part);
    }
    out
}

/// Signature cues, as skeletons.
pub struct Signature {
    pub openers: Vec<String>,
    pub party_labels: Vec<String>,
    /// As written (the name after them is read in the text, with its case).
    pub name_skips: Vec<String>,
    pub records: Vec<String>,
    pub dangling: Vec<String>,
    /// As written, lowercase.
    pub name_particles: Vec<String>,
    pub formulas: Phrases,
    /// Words before a formula that recount a signing in a sentence ("... telah
    /// ditandatangani di Perth pada ...").
    pub recounting: Vec<String>,
    pub titles: Phrases,
    /// The titles in a script written without spaces between words (Japanese, Chinese), which
    /// end the word of an office and its place: "宮浜市長", the mayor of Miyahama.
    pub run_on_titles: Vec<String>,
    pub not_names: std::collections::HashSet<String>,
    pub marks: Vec<String>,
    /// Marks of a signature block run into one line, two of them with a title.
    pub run_marks: Vec<String>,
    /// Labels of a contact block ("Contact:", "Narahubung:"): its name and title sign nothing.
    pub contacts: Vec<String>,
    /// Labels of a row of initials on a page ("Paraf PIHAK PERTAMA | PIHAK KEDUA"): its
    /// parties and blanks sign nothing.
    pub initials: Vec<String>,
    /// What opens a line that receives the letter, its addressee or a copy's ("Yth. Menteri
    /// Dalam Negeri", "c.q. Kepala Pusat ..."): titles there sign nothing.
    pub addressed: Vec<String>,
}

/// Phrases of many owners in one automaton, so that a line is read once, not once per
/// section or genre: pattern `n` belongs to `owners[n]` (an index into their list).
pub struct Index {
    pub phrases: Phrases,
    pub owners: Vec<usize>,
    /// The phrase of each pattern, as a skeleton.
    pub texts: Vec<String>,
    /// For the heads of sections: whether the head names its section only alone.
    pub alone: Vec<bool>,
    /// Whether the phrase is a stem that may begin a longer word ("financ*").
    pub stem: Vec<bool>,
}

impl Index {
    fn new(entries: Vec<(usize, String, bool)>) -> Index {
        let entries: Vec<(usize, String, bool)> = entries.into_iter().filter(|(_, p, _)| !p.trim_end_matches('*').is_empty()).collect();
        let stem: Vec<bool> = entries.iter().map(|(_, p, _)| p.ends_with('*')).collect();
        let texts: Vec<String> = entries.iter().map(|(_, p, _)| p.trim_end_matches('*').to_string()).collect();
        Index {
            phrases: Phrases::from_skeletons(&texts),
            owners: entries.iter().map(|(o, _, _)| *o).collect(),
            alone: entries.iter().map(|(_, _, a)| *a).collect(),
            stem,
            texts,
        }
    }
}

/// Everything the checker knows.
pub struct Knowledge {
    pub sections: Vec<Section>,
    /// The heads of every section, by section index.
    pub head_index: Index,
    /// The inline phrases of every section, by section index.
    pub inline_index: Index,
    /// The first word set of every statement of every section, by statement number
    /// (`Section::first_statement` and on): one search over a line tells which statements
    /// may state something there, instead of one search for each.
    pub statement_openers: Index,
    /// The cues of every genre, by genre index.
    pub cue_index: Index,
    /// The phrases of an agreement's shape: 0 parties, 1 agreement, 2 a closing formula.
    pub shape_index: Index,
    /// The words of all section heads, for repairing damaged headings.
    pub head_words: Vocabulary,
    /// Short words OCR glues to the word before them.
    pub glued_words: Vec<String>,
    /// The titles of every kind, longest first.
    pub titles: Vec<Title>,
    /// The titles' skeletons in one automaton, pattern `n` being `titles[n]`: a line is read
    /// once for all of them.
    pub title_index: Phrases,
    /// Labels of a document's parts ("Bagian Kedua", "BAB IV"): the line under one is a
    /// part's title.
    pub part_labels: Vec<String>,
    /// Labels of an attachment ("LAMPIRAN III"): what is named under one is the document the
    /// draft is attached to.
    pub attachment_labels: Vec<String>,
    /// Headings alone on their line that open the document a record of discussions agrees
    /// ("THE ATTACHED DOCUMENT").
    pub attached_documents: Vec<String>,
    /// What an attachment's label may name after its number: the document it is attached to
    /// ("LAMPIRAN SURAT DPRD ...", "ANNEX TO THE LETTER OF ..."), as skeletons.
    pub attachment_of: Vec<String>,
    /// Labels of a list of attachments ("ATTACHMENTS"): a title in the list names a document
    /// attached, not the one that lists it.
    pub attachment_lists: Vec<String>,
    /// Ordinal words that number a clause by themselves ("SEVENTH.", "QUINTA."), as skeletons.
    pub ordinal_labels: Vec<String>,
    /// Labels of a document's number ("No.", "Nomor"), as skeletons.
    pub number_labels: Vec<String>,
    pub title_prefixes: Vec<String>,
    /// Words that may stand before any head of a section in a heading ("Proposed Scope",
    /// "Indicative Activities", "Usulan Bidang"): the head still names its section.
    pub head_qualifiers: Vec<String>,
    /// Labels of a project's parts, each with its number ("Component 1", "WP2"): a list of
    /// them is what the cooperation covers.
    pub component_labels: Vec<String>,
    /// Names of a collection of agreements ("himpunan naskah"): a page of one that holds a
    /// titled and signed agreement is a copy of it.
    pub collections: Vec<String>,
    /// Words of a legend that says where a draft's notes stand ("CATATAN FASILITASI ...
    /// TERTULIS DALAM KURUNG SIKU"): the line names the notes, the file is the annotated draft.
    pub legends: Vec<String>,
    pub list_copulas: Vec<String>,
    pub self_reference_before: Vec<String>,
    pub self_reference_after: Vec<String>,
    /// Labels of a stage or a document before a title and a colon ("STAGE 1: CONCEPT NOTE").
    pub title_labels: Vec<String>,
    /// English titles that name their kind last.
    pub heads_last: HeadsLast,
    /// The genres whose documents carry attachments (regulations, circulars, letters): named
    /// under an attachment's label, they are what the draft is attached to.
    pub attachment_carriers: Vec<String>,
    /// With a space on either side (" dan ", ", "), as skeletons.
    pub title_separators: Vec<String>,
    pub list_separators: Vec<String>,
    pub letter_frame: Vec<String>,
    pub letter_addressee: Vec<String>,
    /// A letter's first "Yth." naming one of these goes to the Minister of Home Affairs.
    pub letter_minister: Vec<String>,
    /// A subject line to the Minister naming one of these sends the draft MoU.
    pub letter_minister_mou: Vec<String>,
    /// A Hal to the Minister naming one of these (and no draft) sends the plan.
    pub letter_minister_plan: Vec<String>,
    /// Words of a letter's Hal that make it the letter sending the implementation report.
    pub letter_minister_report: Vec<String>,
    /// A subject line to the Minister opening with one of these is another letter about the
    /// cooperation ("Hal: Rekomendasi Rencana Kerja Sama ..."), not the region's own.
    pub letter_minister_other: Vec<String>,
    /// The label of a letter's or decree's copies ("Tembusan Yth."): its "Yth." is not the
    /// addressee's.
    pub letter_copies: Vec<String>,
    pub subject_labels: Vec<String>,
    /// What a letter's subject may say before the title it extends or amends.
    pub subject_prefixes: Vec<String>,
    pub title_connectors: Vec<String>,
    /// A kind's name that ends its title, in languages that put the head last (Japanese,
    /// Korean, Chinese): the longest first.
    pub final_titles: Vec<(DocKind, String)>,
    /// Words of a headline about a signing, which end it with the document's name.
    pub signing_words: Vec<String>,
    /// The labels of a table of contents ("DAFTAR ISI"), in skeleton form.
    pub contents_labels: Vec<String>,
    /// What opens the subject of a reply or a forward ("fwd:"), in skeleton form.
    pub reply_prefixes: Vec<String>,
    /// Words that name a title's parties after a dash ("between"), in skeleton form.
    pub party_connectors: Vec<String>,
    pub headline_words: Phrases,
    /// Work done on a document, named before its title inside a line ("penyusunan").
    pub document_work: Vec<String>,
    pub genres: Vec<Genre>,
    pub weekdays: Vec<String>,
    /// Titles of plans whose range of years is their period (`sections::titled_period`).
    pub period_titles: Vec<String>,
    pub commercial: Vec<String>,
    /// ... unless the title names the cooperation as well: a region's agreement with a third party.
    pub commercial_unless: Vec<String>,
    pub article_words: Vec<String>,
    pub number_words: Vec<String>,
    pub references: Vec<String>,
    /// The other words of a reference in running text: "sebagaimana dimaksud pada ayat (1)".
    pub reference_words: Vec<String>,
    pub recitals: Vec<String>,
    pub plan_headings: Phrases,
    pub fields: Phrases,
    /// Words of an organisation's name ("Dinas Kelautan, Perikanan dan Ketahanan Pangan"):
    /// a heading with one names a party, not a field.
    pub organisations: Phrases,
    pub cooperation: Phrases,
    pub period_words: Vec<String>,
    pub period_units: Vec<String>,
    pub period_bounds: Vec<String>,
    pub period_fillers: Vec<String>,
    pub period_labels: Vec<String>,
    pub range_words: Vec<String>,
    pub months: Vec<String>,
    pub start_words: Vec<String>,
    pub end_words: Vec<String>,
    pub expiry_words: Vec<String>,
    pub currencies: Vec<String>,
    /// Words of size between a number and its currency ("50 juta rupiah").
    pub magnitudes: Vec<String>,
    pub obligations: Phrases,
    pub citation_headings: Vec<String>,
    /// Terms a definition gives the cooperation's period by ("Project Period" means ...).
    pub defined_periods: Vec<String>,
    pub frame_labels: Vec<String>,
    pub formulas_as_follows: Vec<String>,
    /// "paling sedikit memuat:": what follows names what another document must contain.
    pub contents_formulas: Phrases,
    /// "dengan ini PARA PIHAK sepakat": a recital holding one states what follows it.
    pub operative: Vec<String>,
    /// Words a heading in title case keeps in lowercase, as written ("yang", "with").
    pub function_words: Vec<String>,
    /// "sebagaimana diatur dalam": before an article word, what precedes is cited.
    pub cross_references: Vec<String>,
    /// The labels of tracked changes left in a copy, lowercase as written ("deleted").
    pub tracked_deleted: Vec<String>,
    pub tracked_inserted: Vec<String>,
    /// The labels of a reviewer's markup exported line by line, lowercase ("comment",
    /// "formatted").
    pub comment_labels: Vec<String>,
    /// The first words of a party's note on a draft, before who wrote it.
    pub note_labels: Vec<String>,
    /// Titles of a machine's report appended to a copy ("TRANSMISSION REPORT").
    pub machine_reports: Vec<String>,
    pub negations: Vec<String>,
    pub negated_auxiliaries: Vec<String>,
    /// Words that open a relative clause: "the matters which are not stipulated".
    pub relatives: Vec<String>,
    /// Words that open a condition: "apabila salah satu pihak tidak melaksanakan ...,".
    pub conditions: Vec<String>,
    /// Words that name a clause, and the words that may stand between one and the clause's
    /// name: "pasal tentang pengakhiran" mentions a clause, it states none.
    pub clause_nouns: Vec<String>,
    pub clause_others: Vec<String>,
    pub clause_connectors: Vec<String>,
    /// What keeps a clause's place for a text to come: "isi menyusul", "[akan dilengkapi
    /// ...]", "TBC". A heading over these alone states nothing.
    pub placeholders: Vec<String>,
    /// The words of a page number's line ("Halaman 3 dari 5", "Page 3 of 4"), lower case as
    /// written: such a line holds no text.
    pub page_words: Vec<String>,
    /// Words a sentence cannot end on: a line that ends on one was broken off ("... or").
    pub open_ends: Vec<String>,
    /// "akan diatur lebih lanjut", "will specify": what a sentence leaves to a later document.
    pub deferrals: Phrases,
    /// Words after a section's phrase, in its sentence, that leave it to another document
    /// ("... serta pengakhiran kerja sama diatur lebih lanjut dalam Perjanjian Kerja Sama").
    pub deferred_after: Phrases,
    /// "Ketentuan lain ..., termasuk ketentuan mengenai pengakhiran, tetap berlaku": an
    /// amendment that names the provisions it leaves as they are states none of them.
    pub unchanged: Phrases,
    /// What may be ended besides the agreement ("pengakhiran kegiatan pelatihan",
    /// "termination of employment"): right after a termination phrase, no clause.
    pub ended_not_agreement: Vec<String>,
    /// People who benefit from something ("the experts will benefit from such facilities"):
    /// not the benefit of the cooperation for the region.
    pub persons_benefiting: Vec<String>,
    /// Auxiliaries between what is ended and the verb ("enrolment is terminated").
    pub auxiliaries: Vec<String>,
    /// Words before a period that make it a deadline ("within a period of twelve months").
    pub deadline_words: Vec<String>,
    /// What the body of an emptied article says ("Deleted.", "No change from draft v2").
    pub emptied: Vec<String>,
    pub mutual: Vec<String>,
    pub enumerators: Phrases,
    pub signature: Signature,
    pub rules: Vec<Rule>,
    profiles: BTreeMap<DocKind, Vec<Requirement>>,
}

impl Knowledge {
    /// The section with this id, if the checker knows how to find it.
    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// What a kind must contain, in the order of the sections in the file.
    pub fn profile(&self, kind: DocKind) -> &[Requirement] {
        self.profiles.get(&kind).map(Vec::as_slice).unwrap_or_default()
    }
}

fn sk(v: &[String]) -> Vec<String> {
    v.iter().map(|p| skeleton(p)).filter(|p| !p.is_empty()).collect()
}

/// Parses a knowledge file; the embedded one is checked by a test, so `get` may expect it.
pub fn parse(src: &str) -> Result<Knowledge, String> {
    parse_file(serde_saphyr::from_str(src).map_err(|e| e.to_string())?)
}

/// The embedded knowledge file, read into JSON by `build.rs` (serde_json reads it several
/// times faster than a YAML parser; a test compares the two readings).
const JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/knowledge.json"));

/// Builds the knowledge from a file as read.
fn parse_file(file: File) -> Result<Knowledge, String> {
    let kind = |s: &str| DocKind::from_slug(s).ok_or_else(|| format!("unknown document kind `{s}`"));
    let mut sections = Vec::new();
    let mut profiles: BTreeMap<DocKind, Vec<Requirement>> = BTreeMap::new();
    let mut vocabulary = Vec::new();
    let mut inline_sources: Vec<Vec<String>> = Vec::new();
    let mut openers: Vec<(usize, String, bool)> = Vec::new();
    let mut statement_count = 0;
    for def in file.sections {
        let id = SectionId::from_slug(&def.id).ok_or_else(|| format!("unknown section `{}`", def.id))?;
        let label = format!("{} ({})", def.name.en, def.name.id);
        requirements(id, &def.requires, &mut profiles)?;
        // A stem keeps its "*" past the skeleton, for `Index`.
        let heads: Vec<String> =
            def.heads.iter().map(|h| format!("{}{}", skeleton(h.trim_end_matches('*')), if h.ends_with('*') { "*" } else { "" })).collect();
        let heads_alone = sk(&def.heads_alone);
        inline_sources.push(def.inline.clone());
        vocabulary.extend(
            heads.iter().chain(&heads_alone).flat_map(|h| h.trim_end_matches('*').split(' ').map(str::to_string).collect::<Vec<_>>()),
        );
        sections.push(Section {
            id,
            label,
            label_id: def.name.id.clone(),
            heads,
            heads_alone,
            not_after: sk(&def.not_after),
            not_before: sk(&def.not_before),
            other_rule: sk(&def.other_rule),
            not_in_sentence: sk(&def.not_in_sentence),
            in_sentence_anyway: sk(&def.in_sentence_anyway),
            not_stated_with: sk(&def.not_stated_with),
            list_words: sk(&def.list_words),
            measure_labels: sk(&def.measure_labels),
            inline_words: sk(&def.inline),
            statements: def.statements.iter().map(|sets| sets.iter().map(|set| Phrases::new(set)).collect()).collect(),
            first_statement: {
                let first = statement_count;
                for (i, sets) in def.statements.iter().enumerate() {
                    openers.extend(sets.first().into_iter().flatten().map(|p| (first + i, skeleton(p), false)));
                }
                statement_count += def.statements.len();
                first
            },
            not_stated_after: sk(&def.not_stated_after),
            heads_if_stated: def.heads_if_stated.as_ref().map_or_else(Default::default, |h| (sk(&h.heads), sk(&h.words))),
            stands_for: match &def.stands_for {
                Some(f) => Some((
                    SectionId::from_slug(&f.section).ok_or_else(|| format!("unknown section `{}`", f.section))?,
                    f.not_in.iter().map(|s| kind(s)).collect::<Result<_, _>>()?,
                )),
                None => None,
            },
        });
    }
    let mut titles = Vec::new();
    let mut final_titles = Vec::new();
    for def in file.kinds {
        let k = kind(&def.kind)?;
        final_titles.extend(def.ends.iter().map(|t| (k, t.clone())));
        for t in &def.titles {
            let sk = skeleton(t);
            let letters_of = |w: &str| w.chars().filter(|c| c.is_alphabetic()).collect::<Vec<char>>();
            let letters = letters_of(&sk);
            let first_letters = letters_of(sk.split(' ').next().unwrap_or_default());
            let last_letters = letters_of(sk.rsplit(' ').next().unwrap_or_default());
            let starts_only = def.starts_only.contains(t);
            titles.push(Title { kind: k, sk, written: t.clone(), starts_only, letters, first_letters, last_letters });
        }
    }
    titles.sort_by_key(|t| std::cmp::Reverse(t.sk.len()));
    final_titles.sort_by_key(|(_, t)| std::cmp::Reverse(t.len()));
    let title_index = Phrases::from_skeletons(&titles.iter().map(|t| t.sk.clone()).collect::<Vec<_>>());
    let cue_index =
        Index::new(file.genres.iter().enumerate().flat_map(|(g, def)| def.cues.iter().map(move |c| (g, skeleton(c), false))).collect());
    let mut genres = Vec::new();
    for g in file.genres {
        g.reason.checked(&format!("genre `{}`", g.name))?;
        genres.push(Genre {
            name: g.name,
            reason: g.reason.en,
            reason_id: g.reason.id,
            titles: sk(&g.titles),
            names_itself: sk(&g.names_itself),
            subject_of: sk(&g.subject_of),
            subjects: sk(&g.subjects),
            subject_unless: sk(&g.subject_unless),
            yields_to: g.yields_to.iter().map(|s| kind(s)).collect::<Result<_, _>>()?,
            agreed_when: sk(&g.agreed_when),
            agreed_unsigned: g.agreed_unsigned,
            headed_by: g.headed_by.map(|h| (sk(&h.titles), h.fields.iter().map(|f| sk(f)).collect())),
            presents_drafts: g.presents_drafts,
        });
    }
    let head_index = Index::new(
        sections
            .iter()
            .enumerate()
            .flat_map(|(s, def): (usize, &Section)| {
                def.heads.iter().map(move |h| (s, h.clone(), false)).chain(def.heads_alone.iter().map(move |h| (s, h.clone(), true)))
            })
            .collect(),
    );
    let inline_index = Index::new(
        inline_sources
            .iter()
            .enumerate()
            .flat_map(|(s, phrases): (usize, &Vec<String>)| phrases.iter().map(move |p| (s, skeleton(p), false)))
            .collect(),
    );
    let statement_openers = Index::new(openers);
    let mut rules = Vec::new();
    for r in file.rules {
        let kinds = r.kinds.iter().map(|k| kind(k)).collect::<Result<Vec<_>, _>>()?;
        r.message.checked(&format!("rule {} `{}`: message", r.id, r.check))?;
        r.hint.checked(&format!("rule {} `{}`: hint", r.id, r.check))?;
        if r.message.en.matches("{}").count() != r.message.id.matches("{}").count() {
            return Err(format!("rule {} `{}`: the English and Indonesian messages have different `{{}}`", r.id, r.check));
        }
        let mut severity_for = BTreeMap::new();
        for (k, s) in &r.severity_for {
            severity_for.insert(kind(k)?, *s);
        }
        rules.push(Rule {
            id: r.id,
            check: r.check,
            kinds,
            severity: r.severity,
            severity_for,
            basis: r.basis,
            message: r.message,
            hint: r.hint,
            words: r.words,
        });
    }
    let v = file.vocabulary;
    let shape_index = Index::new(
        [&v.parties, &v.agree, &v.closing]
            .iter()
            .enumerate()
            .flat_map(|(n, words)| words.iter().map(move |w| (n, skeleton(w), false)))
            .collect(),
    );
    Ok(Knowledge {
        sections,
        shape_index,
        head_index,
        inline_index,
        statement_openers,
        cue_index,
        head_words: Vocabulary::new(vocabulary, sk(&v.intact_words)),
        glued_words: sk(&v.glued_words),
        titles,
        title_index,
        title_prefixes: sk(&file.title_prefixes),
        head_qualifiers: sk(&file.head_qualifiers),
        component_labels: sk(&file.component_labels),
        collections: sk(&file.collections),
        legends: sk(&file.legends),
        list_copulas: sk(&file.list_copulas),
        self_reference_before: sk(&file.self_reference_before),
        self_reference_after: sk(&file.self_reference_after),
        title_labels: sk(&file.title_labels),
        heads_last: HeadsLast { heads: sk(&file.heads_last.heads), not_among: sk(&file.heads_last.not_among), most: file.heads_last.most },
        attachment_carriers: file.attachment_carriers.clone(),
        part_labels: sk(&file.part_labels),
        attachment_labels: sk(&file.attachment_labels),
        attached_documents: sk(&file.attached_documents),
        attachment_of: sk(&file.attachment_of),
        attachment_lists: sk(&file.attachment_lists),
        ordinal_labels: sk(&file.ordinal_labels),
        number_labels: sk(&file.number_labels),
        // "dan" -> " dan ", "," -> ", ", "/" -> " / "; Japanese and Chinese "及び", "和"
        // as they are (those languages put no spaces between words).
        title_separators: file
            .title_separators
            .iter()
            .map(|w| {
                let w = skeleton(w);
                if w.chars().all(|c| !c.is_ascii() && !is_hangul(c)) {
                    w
                } else if w.chars().all(char::is_alphanumeric) || w == "/" || w == "&" {
                    format!(" {w} ")
                } else {
                    format!("{w} ")
                }
            })
            .collect(),
        list_separators: sk(&file.list_separators),
        letter_frame: sk(&file.letter_frame.frame),
        letter_addressee: sk(&file.letter_frame.addressee),
        letter_minister: sk(&file.letter_frame.minister),
        letter_minister_mou: sk(&file.letter_frame.minister_mou),
        letter_minister_plan: sk(&file.letter_frame.minister_plan),
        letter_minister_report: sk(&file.letter_frame.minister_report),
        letter_minister_other: sk(&file.letter_frame.minister_other),
        letter_copies: sk(&file.letter_frame.copies),
        subject_labels: sk(&file.subject_labels),
        subject_prefixes: sk(&file.subject_prefixes),
        title_connectors: sk(&file.title_connectors),
        final_titles,
        signing_words: file.signing_words,
        contents_labels: sk(&file.contents_labels),
        reply_prefixes: sk(&file.reply_prefixes),
        party_connectors: sk(&file.party_connectors),
        headline_words: Phrases::new(&file.headline_words),
        document_work: sk(&file.document_work),
        genres,
        weekdays: sk(&file.weekdays),
        period_titles: sk(&file.period_titles),
        commercial: sk(&file.commercial),
        commercial_unless: sk(&file.commercial_unless),
        article_words: sk(&v.article_words),
        number_words: sk(&v.number_words),
        references: sk(&v.references),
        reference_words: sk(&v.reference_words),
        recitals: sk(&v.recitals),
        plan_headings: Phrases::new(&v.plan_headings),
        fields: Phrases::longest(&v.fields),
        organisations: Phrases::new(&v.organisations),
        cooperation: Phrases::new(&v.cooperation),
        period_words: sk(&v.period_words),
        period_units: sk(&v.period_units),
        period_bounds: sk(&v.period_bounds),
        period_fillers: sk(&v.period_fillers),
        period_labels: sk(&v.period_labels),
        range_words: sk(&v.range_words),
        months: sk(&v.months),
        start_words: sk(&v.start_words),
        end_words: sk(&v.end_words),
        expiry_words: sk(&v.expiry_words),
        obligations: Phrases::new(&v.obligations),
        // Matched on the lowercase text, not the skeleton, where "aud" would read "and".
        currencies: v.currencies.iter().map(|c| c.to_lowercase()).collect(),
        magnitudes: v.magnitudes.iter().map(|c| c.to_lowercase()).collect(),
        citation_headings: sk(&v.citation_headings),
        defined_periods: sk(&v.defined_periods),
        frame_labels: sk(&v.frame_labels),
        formulas_as_follows: sk(&v.formulas_as_follows),
        contents_formulas: Phrases::new(&v.contents_formulas),
        operative: sk(&v.operative),
        function_words: v.function_words.clone(),
        cross_references: sk(&v.cross_references),
        tracked_deleted: v.tracked_deleted.clone(),
        tracked_inserted: v.tracked_inserted.clone(),
        comment_labels: v.comment_labels.clone(),
        note_labels: v.note_labels.clone(),
        machine_reports: sk(&v.machine_reports),
        negations: sk(&v.negations),
        negated_auxiliaries: sk(&v.negated_auxiliaries),
        relatives: sk(&v.relatives),
        conditions: sk(&v.conditions),
        clause_nouns: sk(&v.clause_nouns),
        clause_others: sk(&v.clause_others),
        clause_connectors: sk(&v.clause_connectors),
        placeholders: sk(&v.placeholders),
        page_words: v.page_words.iter().map(|w| w.to_lowercase()).collect(),
        open_ends: sk(&v.open_ends),
        deferrals: Phrases::new(&v.deferrals),
        deferred_after: Phrases::new(&v.deferred_after),
        unchanged: Phrases::new(&v.unchanged),
        ended_not_agreement: sk(&v.ended_not_agreement),
        persons_benefiting: sk(&v.persons_benefiting),
        auxiliaries: sk(&v.auxiliaries),
        deadline_words: sk(&v.deadline_words),
        emptied: sk(&v.emptied),
        mutual: sk(&v.mutual),
        enumerators: Phrases::new(&v.enumerators),
        signature: Signature {
            openers: sk(&v.signature.openers),
            party_labels: sk(&v.signature.party_labels),
            name_skips: v.signature.name_skips.iter().map(|w| w.to_lowercase()).collect(),
            records: sk(&v.signature.records),
            dangling: sk(&v.signature.dangling),
            name_particles: v.signature.name_particles.iter().map(|w| w.to_lowercase()).collect(),
            formulas: Phrases::new(&v.signature.formulas),
            recounting: sk(&v.signature.recounting),
            titles: Phrases::new(&v.signature.titles),
            run_on_titles: v
                .signature
                .titles
                .iter()
                .filter(|t| t.chars().all(|c| crate::read::is_kana(c) || crate::read::is_han(c)))
                .cloned()
                .collect(),
            not_names: sk(&v.signature.not_names).into_iter().collect(),
            marks: sk(&v.signature.marks),
            contacts: sk(&v.signature.contacts),
            initials: sk(&v.signature.initials),
            addressed: sk(&v.signature.addressed),
            run_marks: sk(&v.signature.run_marks),
        },
        rules,
        profiles,
    })
}

static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();

/// The embedded knowledge, parsed on first use.
pub fn get() -> &'static Knowledge {
    KNOWLEDGE.get_or_init(|| {
        serde_json::from_str(JSON)
            .map_err(|e| e.to_string())
            .and_then(parse_file)
            .expect("the embedded checker knowledge is valid (tested)")
    })
}

/// Only what the generator needs of the file: each section's id and the kinds that
/// require it (the other keys are skipped, not checked: `parse` checks the whole file).
#[derive(Deserialize)]
struct RequirementsFile {
    sections: Vec<RequirementsDef>,
}

#[derive(Deserialize)]
struct RequirementsDef {
    id: String,
    #[serde(default)]
    requires: BTreeMap<String, RequireDef>,
}

/// What each kind must contain, read from a knowledge file without building the rest.
fn requirements_of(file: RequirementsFile) -> Result<BTreeMap<DocKind, Vec<Requirement>>, String> {
    let mut profiles: BTreeMap<DocKind, Vec<Requirement>> = BTreeMap::new();
    for def in file.sections {
        let id = SectionId::from_slug(&def.id).ok_or_else(|| format!("unknown section `{}`", def.id))?;
        requirements(id, &def.requires, &mut profiles)?;
    }
    Ok(profiles)
}

/// Adds a section's requirements to the profiles of the kinds that require it.
fn requirements(
    id: SectionId,
    requires: &BTreeMap<String, RequireDef>,
    profiles: &mut BTreeMap<DocKind, Vec<Requirement>>,
) -> Result<(), String> {
    for (k, r) in requires {
        let kind = DocKind::from_slug(k).ok_or_else(|| format!("unknown document kind `{k}`"))?;
        r.hint.checked(&format!("section `{}`, kind `{k}`: hint", id.slug()))?;
        // Requirements are `'static` (the generator keeps them in tables); the file is
        // parsed once per process, so this is a one-time allocation, not a leak per use.
        let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
        profiles.entry(kind).or_default().push(Requirement {
            section: id,
            rule: leak(&r.rule),
            severity: r.severity,
            basis: leak(&r.basis),
            hint: leak(&r.hint.en),
            hint_id: leak(&r.hint.id),
        });
    }
    Ok(())
}

static REQUIREMENTS: LazyLock<BTreeMap<DocKind, Vec<Requirement>>> = LazyLock::new(|| {
    serde_json::from_str(JSON)
        .map_err(|e| e.to_string())
        .and_then(requirements_of)
        .expect("the embedded checker knowledge is valid (tested)")
});

/// What a kind must contain, with the default severities. Drafting needs only this, so it
/// does not build the checker's phrase automata (a few milliseconds per process); a
/// process that has loaded the whole knowledge reads it from there.
pub fn profile(kind: DocKind) -> &'static [Requirement] {
    match KNOWLEDGE.get() {
        Some(k) => k.profile(kind),
        None => REQUIREMENTS.get(&kind).map(Vec::as_slice).unwrap_or_default(),
    }
}

/// A Korean letter: Korean, unlike Japanese and Chinese, puts spaces between words.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_attachment_carrier_is_a_genre() {
        let k = parse(SOURCE).expect("valid knowledge");
        for name in &k.attachment_carriers {
            assert!(k.genres.iter().any(|g| &g.name == name), "`attachment_carriers` names no genre `{name}`");
        }
    }

    #[test]
    fn the_embedded_knowledge_reads_the_same_from_json_as_from_its_yaml() {
        let yaml: File = serde_saphyr::from_str(SOURCE).expect("the YAML parses");
        let json: File = serde_json::from_str(JSON).expect("the JSON parses");
        assert_eq!(format!("{yaml:?}"), format!("{json:?}"));
    }

    #[test]
    fn the_requirements_read_alone_equal_those_of_the_whole_knowledge() {
        let whole = parse(SOURCE).expect("valid knowledge");
        let alone = requirements_of(serde_json::from_str(JSON).expect("the JSON parses")).expect("valid requirements");
        let show = |r: &[Requirement]| r.iter().map(|r| format!("{:?}", r)).collect::<Vec<_>>();
        for kind in DocKind::ALL {
            assert!(!whole.profile(kind).is_empty(), "{kind:?} requires something");
            assert_eq!(show(whole.profile(kind)), show(alone.get(&kind).map(Vec::as_slice).unwrap_or_default()), "{kind:?}");
        }
    }
}
