//! The typed input: what a cooperation officer writes in one YAML file.
//!
//! These structs are the single definition of the schema: `naskah schema` prints the
//! JSON Schema derived from them, the structural validator walks that schema, and the
//! assembler serialises them into the template context.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A text in Indonesian and English, with an optional text in the third language.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Bi {
    /// Indonesian text.
    pub id: String,
    /// English text.
    pub en: String,
    /// Text in the third language, when the input names one in `languages.third`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third: Option<String>,
}

/// The whole input file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Input {
    /// KSDPL (with a foreign local government) or KSDLL (with a foreign institution).
    pub kind: CoopKind,
    /// Form of the cooperation (PP 28/2018 Pasal 24): `sister_city` (kota/kabupaten
    /// bersaudara, for a kota or kabupaten), `sister_province` (provinsi bersaudara, for a
    /// provinsi) or `other`; KSDLL uses `other`. The LoI and the MoU name a sister form in
    /// their title; the plan names every form.
    pub form: Form,
    /// Name of an `other` form, as a phrase: `kerja sama persahabatan` / `friendship
    /// cooperation`. Printed in the plan (Subjek) and the DPRD letter.
    #[serde(default)]
    pub form_name: Option<Bi>,
    /// The Indonesian region.
    pub region: Region,
    /// The foreign partner.
    pub partner: Partner,
    /// Languages of the documents; Indonesian and English are always present.
    #[serde(default)]
    pub languages: Languages,
    /// Subject of the cooperation, one line, as it follows "TENTANG" / "ON" in the title of
    /// every document, unless the cooperation is a sister form, whose titles all name the form
    /// ("TENTANG KERJA SAMA KOTA BERSAUDARA"); the letters and the plan's sentences name it
    /// too. The matter itself (`Pertukaran Budaya dan Promosi Pariwisata`), not "Kerja Sama
    /// ..." (the titles already say so).
    pub subject: Bi,
    /// Background (latar belakang), one entry per paragraph.
    pub background: Vec<Bi>,
    /// Purpose (maksud): a phrase that completes "Maksud kerja sama ini adalah ..." /
    /// "The purpose of this cooperation is ...", for example `to provide a basis for ...`.
    pub purpose: Bi,
    /// Objectives (tujuan), each a phrase that continues "Tujuan kerja sama ini adalah ..."
    /// (`meningkatkan ...` / `to raise ...`): lower-case start unless a proper noun.
    pub objectives: Vec<Bi>,
    /// Targets (sasaran), each a phrase (`pembudi daya ikan ...` / `fish farmers ...`).
    pub targets: Vec<Bi>,
    /// Fields of cooperation (bidang), each a phrase mapped to an object of PP 28/2018
    /// Pasal 23 ayat (2).
    pub fields: Vec<Field>,
    /// Scope items (ruang lingkup), each a phrase; activities refer to them by `key`.
    pub scope: Vec<ScopeItem>,
    /// Benefits (manfaat) for the region, each a phrase (plan chapter VIII, MoU).
    pub benefits: Vec<Bi>,
    /// Outputs (keluaran) with indicators and targets.
    pub outputs: Vec<Output>,
    /// Activities of the action plan.
    pub activities: Vec<Activity>,
    /// Duration and start of the cooperation.
    pub term: Term,
    /// Financing of the cooperation.
    pub financing: Financing,
    /// The Letter of Intent.
    pub loi: Loi,
    /// The letter to the DPRD asking for approval.
    pub dprd_letter: DprdLetter,
    /// The MoU signature (place and date may be left open in a draft).
    #[serde(default)]
    pub mou: Mou,
    /// Clause choices and drafting options.
    #[serde(default)]
    pub options: Options,
    /// The region's letter format (tata naskah dinas): the emblem of the letterhead, paper,
    /// font, margins, the place of "Yth." and line spacing. A region writes it once and
    /// copies it into every cooperation file.
    #[serde(default)]
    pub style: Style,
    /// The initiative (prakarsa, PP 28/2018 Pasal 28 ayat (1)-(2)): when and by whom the
    /// cooperation was first proposed. `naskah status` only.
    #[serde(default)]
    pub initiative: Option<Initiative>,
    /// The DPRD's decision on the plan (Pasal 30 ayat (4)), once taken: the letters to the
    /// Minister of Home Affairs cite it and attach it.
    #[serde(default)]
    pub dprd_decision: Option<DprdDecision>,
    /// The exchanges with the Minister of Home Affairs after the DPRD (Pasal 31-32): the
    /// letter sending the approved plan, the Minister's consideration, the letter sending
    /// the draft MoU, and the approval.
    #[serde(default)]
    pub mendagri: Mendagri,
    /// The Minister of Foreign Affairs' letter of confirmation (surat konfirmasi, Pasal 33).
    /// `naskah status` only.
    #[serde(default)]
    pub kemlu_confirmation: Option<Reply>,
    /// Implementation after signature (Pasal 43-44): when yearly work plans and reports are
    /// due, and which were agreed and sent.
    #[serde(default)]
    pub implementation: Implementation,
    /// What each activity achieved (the yearly implementation report): one entry per
    /// activity (by its `key`) and year.
    #[serde(default)]
    pub progress: Vec<Progress>,
}

/// Who took the initiative (Pasal 28 ayat (1)-(2)).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum InitiativeBy {
    /// The region.
    Region,
    /// The partner, directly.
    Partner,
    /// The partner through the Ministry of Home Affairs or of Foreign Affairs.
    Ministry,
}

/// The initiative.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    /// When the cooperation was first proposed, `YYYY-MM-DD`.
    pub date: Date,
    /// `region`, `partner` or `ministry` (the partner through Kemendagri or Kemlu).
    pub by: InitiativeBy,
}

/// How the DPRD gave its decision.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DecisionForm {
    /// Keputusan DPRD (a decision of the council).
    Keputusan,
    /// A letter of the DPRD's leadership (surat pimpinan DPRD).
    Surat,
    /// The record of a plenary session (risalah rapat paripurna).
    Paripurna,
}

/// The DPRD's decision.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DprdDecision {
    /// Date of the decision, `YYYY-MM-DD`.
    pub date: Date,
    /// Its number, for example `4/KEP/DPRD/2025`.
    pub number: String,
    /// `keputusan` (Keputusan DPRD), `surat` (a letter of the DPRD's leadership) or
    /// `paripurna` (the record of a plenary session).
    #[serde(default = "default_decision_form")]
    pub form: DecisionForm,
    /// Whether the DPRD approved the plan (`true`) or sent it back (`false`).
    #[serde(default = "default_true")]
    pub approved: bool,
    /// The decision as a PDF beside the input: attached to the letter sending the plan to
    /// the Minister (`naskah packet --for mendagri-plan`).
    #[serde(default)]
    pub file: Option<String>,
}

fn default_decision_form() -> DecisionForm {
    DecisionForm::Keputusan
}

fn default_true() -> bool {
    true
}

/// The exchanges with the Minister of Home Affairs.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mendagri {
    /// The letter sending the DPRD-approved plan "untuk mendapatkan pertimbangan" (PP
    /// 28/2018 Pasal 31 ayat (1)): `naskah draft mendagri-plan`.
    #[serde(default)]
    pub plan_letter: Option<MinisterLetter>,
    /// The Minister's written consideration (Pasal 31 ayat (2)-(3)): revise the plan, or
    /// proceed to draft the MoU.
    #[serde(default)]
    pub consideration: Option<Consideration>,
    /// The letter sending the draft MoU for approval (Pasal 32 ayat (1)): `naskah draft
    /// mendagri-mou`.
    #[serde(default)]
    pub mou_letter: Option<MinisterLetter>,
    /// The Minister's approval of the draft MoU (Pasal 32). `naskah status`.
    #[serde(default)]
    pub approval: Option<Reply>,
}

/// A letter of the kepala daerah to the Minister of Home Affairs.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MinisterLetter {
    /// Letter number, for example `000.1.4/0112/Bag.KS`.
    pub number: String,
    /// Date of the letter, `YYYY-MM-DD`: the letter counts as sent on it.
    pub date: Date,
    /// Place of the letter.
    pub place: String,
    /// Sifat (classification): Biasa, Penting, Segera, Sangat Segera, Rahasia or Terbatas.
    #[serde(default = "default_sifat")]
    #[schemars(extend("enum" = SIFAT))]
    pub sifat: String,
    /// Who signs it, when not `region.head`: the head in office on its date (a Plt. while
    /// the head is on leave, or the head again after it), with `acting`, `rank` and `nip` as
    /// `region.head`.
    #[serde(default)]
    pub signed_by: Option<Person>,
}

/// What the Minister decided on the plan (PP 28/2018 Pasal 31 ayat (3)).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Revise the plan (huruf a).
    Revise,
    /// Draft the naskah kerja sama (huruf b).
    Proceed,
}

/// The Minister's consideration.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consideration {
    /// Date of the Minister's letter, `YYYY-MM-DD`.
    pub date: Date,
    /// Its number.
    pub number: String,
    /// Its subject (hal) as the letter words it, quoted by the letter that answers it; without
    /// it, that letter cites the number and the date alone.
    #[serde(default)]
    pub subject: Option<String>,
    /// `revise` (the plan goes back for revision) or `proceed` (draft the MoU).
    pub outcome: Outcome,
    /// The Minister's letter as a PDF beside the input: attached to the letter sending the
    /// draft MoU (`naskah packet --for mendagri-mou`).
    #[serde(default)]
    pub file: Option<String>,
}

/// A reply of a Minister: its date and number.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// Date of the letter, `YYYY-MM-DD`.
    pub date: Date,
    /// Its number.
    pub number: String,
}

/// Implementation after signature: deadlines and what was done.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Implementation {
    /// Days before a year begins by which its work plan (RKT) is to be agreed; 0 (the
    /// default) means by 31 December. No statute sets this date: a default to adapt.
    #[serde(default)]
    #[schemars(range(min = 0, max = 365))]
    pub work_plan_lead_days: u32,
    /// Days after a year ends by which its implementation report goes to the Minister of
    /// Home Affairs (PP 28/2018 Pasal 43); 31 (the default) means by 31 January. No statute
    /// sets this date: a default to adapt.
    #[serde(default = "default_report_days")]
    #[schemars(range(min = 1, max = 365))]
    pub report_due_days: u32,
    /// Work plans agreed with the partner: `{year: 2026, date: 2025-12-10}`.
    #[serde(default)]
    pub work_plans: Vec<YearDone>,
    /// Implementation reports sent to the Minister: `{year: 2025, date: 2026-01-28}`, with
    /// the covering letter's `number` and `place` for `naskah draft mendagri-report`.
    #[serde(default)]
    pub reports: Vec<ReportSent>,
}

impl Implementation {
    /// The report of `year` recorded as sent, with its letter's number and place if given.
    pub fn report(&self, year: i32) -> Option<&ReportSent> {
        self.reports.iter().find(|r| r.year == year)
    }
}

impl Default for Implementation {
    fn default() -> Implementation {
        Implementation { work_plan_lead_days: 0, report_due_days: default_report_days(), work_plans: Vec::new(), reports: Vec::new() }
    }
}

fn default_report_days() -> u32 {
    31
}

/// A yearly work plan agreed: the year it is for and the date it was agreed.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearDone {
    /// The year it covers.
    #[schemars(range(min = 1950, max = 2100))]
    pub year: i32,
    /// When it was agreed with the partner, `YYYY-MM-DD`.
    pub date: Date,
    /// Where it was agreed ("Disepakati di Bogor pada tanggal ..."), by default the place of
    /// the region's letters (`dprd_letter.place`).
    #[serde(default)]
    pub place: Option<String>,
    /// Who signs it, when not `region.head`: the head in office on its date (a Plt. while
    /// the head is on leave, or the head again after it), with `acting`, `rank` and `nip` as
    /// `region.head`.
    #[serde(default)]
    pub signed_by: Option<Person>,
}

/// An implementation report sent to the Minister of Home Affairs (PP 28/2018 Pasal 43), and
/// the kepala daerah's letter that sends it (`naskah draft mendagri-report`).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportSent {
    /// The year it covers.
    #[schemars(range(min = 1950, max = 2100))]
    pub year: i32,
    /// Date of the letter sending it, `YYYY-MM-DD`: the report counts as sent on it and is
    /// signed on it.
    pub date: Date,
    /// Number of the letter, for example `000.1.4/0131/Bag.KS`: needed to draft the letter.
    #[serde(default)]
    pub number: Option<String>,
    /// Place of the letter and of the report's signature: needed to draft the letter.
    #[serde(default)]
    pub place: Option<String>,
    /// Sifat (classification) of the letter: Biasa, Penting, Segera, Sangat Segera, Rahasia
    /// or Terbatas.
    #[serde(default = "default_sifat")]
    #[schemars(extend("enum" = SIFAT))]
    pub sifat: String,
    /// Who signs it, when not `region.head`: the head in office on its date (a Plt. while
    /// the head is on leave, or the head again after it), with `acting`, `rank` and `nip` as
    /// `region.head`.
    #[serde(default)]
    pub signed_by: Option<Person>,
}

/// The state of an activity.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ProgressStatus {
    /// Not started.
    Planned,
    /// Under way.
    Ongoing,
    /// Completed.
    Done,
    /// Moved to a later date.
    Postponed,
    /// Dropped.
    Cancelled,
}

/// What an activity achieved in its year.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// The `key` of the activity.
    pub activity: String,
    /// The year reported on, for an activity that runs into a later year (one entry a year).
    #[serde(default)]
    pub year: Option<i32>,
    /// `planned`, `ongoing`, `done`, `postponed` or `cancelled`.
    pub status: ProgressStatus,
    /// When it started, `YYYY-MM-DD`.
    #[serde(default)]
    pub start: Option<Date>,
    /// When it ended, `YYYY-MM-DD`.
    #[serde(default)]
    pub end: Option<Date>,
    /// What was achieved, against the activity's output indicator and target: `2 (dua)
    /// pelatihan, 48 peserta` / `2 (two) trainings, 48 participants`.
    #[serde(default)]
    pub achieved: Option<Bi>,
    /// The amount spent, in rupiah, from all the activity's sources (set against its `costs`).
    #[serde(default)]
    #[schemars(range(max = 999_999_999_999_999i64))]
    pub spent_idr: Option<u64>,
    /// The amount spent from each source, `[{source: apbd, amount_idr: 150000000}, ...]`:
    /// the report then states the realisation of each source (the APBD's apart, which the
    /// region accounts for) against its `costs`; their sum stands for `spent_idr`.
    #[serde(default)]
    pub spent: Vec<Spent>,
    /// Problems met, if any.
    #[serde(default)]
    pub problems: Option<Bi>,
    /// What follows: the next step, or how a problem is being solved.
    #[serde(default)]
    pub follow_up: Option<Bi>,
}

/// The two kinds of regional cooperation abroad.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum CoopKind {
    /// Kerja sama daerah dengan pemerintah daerah di luar negeri.
    Ksdpl,
    /// Kerja sama daerah dengan lembaga di luar negeri.
    Ksdll,
}

/// Forms of KSDPL (PP 28/2018 Pasal 24).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// Kota/kabupaten bersaudara.
    SisterCity,
    /// Provinsi bersaudara.
    SisterProvince,
    /// Any other form.
    Other,
}

/// Administrative level of an Indonesian region.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Provinsi,
    Kabupaten,
    Kota,
}

/// The Indonesian region.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Name without the level, for example `Denpasar`.
    pub name: String,
    /// provinsi, kabupaten or kota.
    pub level: Level,
    /// Province of a kabupaten or kota, for example `Bali`; its customary English name
    /// ("East Java" for `Jawa Timur`) comes from naskah's table of the 38 provinces.
    #[serde(default)]
    pub province: Option<String>,
    /// English name of the province (of a provinsi: of the region itself) when the table of
    /// the 38 provinces does not have it, for example a province created later.
    #[serde(default)]
    pub province_en: Option<String>,
    /// Official name when it does not follow the usual pattern (`Kota Denpasar` / `City of Denpasar`).
    #[serde(default)]
    pub official_name: Option<Bi>,
    /// The kepala daerah, or the acting head (`acting: plt`), who signs the LoI, the DPRD
    /// letter and the MoU.
    pub head: Person,
    /// Title of the office when it does not follow the usual pattern (`Wali Kota Denpasar` /
    /// `Mayor of Denpasar`); an acting head is given by `head.acting`, not here.
    #[serde(default)]
    pub head_title: Option<Bi>,
    /// Name of the region in the third language (for example `덴파사르시`), when one is set.
    #[serde(default)]
    pub name_third: Option<String>,
    /// Street address for the letterhead.
    pub address: String,
    /// Telephone for the letterhead.
    #[serde(default)]
    pub phone: Option<String>,
    /// Web site or e-mail for the letterhead.
    #[serde(default)]
    pub website: Option<String>,
    /// The region's own legal bases, added to the plan's DASAR HUKUM: the law that forms a
    /// province, the Perda on the RPJMD. Each goes where its kind stands in the order of UU
    /// 12/2011 Pasal 7, known by how its Indonesian text starts: a law after the laws, a
    /// government or presidential regulation after its kind, a minister's regulation after
    /// the ministers', anything else (Perda, Peraturan Gubernur) at the end.
    #[serde(default)]
    pub legal_bases: Vec<Bi>,
}

/// A person who signs.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name with titles and degrees, as it is to be printed: `Dr. H. Sugirah, S.Pd.,
    /// M.Si.`. Where the signature line is set in capitals, the name is (`SUGIRAH`) but the
    /// titles before it (Prof., Dr., Drs., Dra., Ir., H., Hj., dr., drg., K.H.) and the
    /// degrees after its first comma keep their case.
    pub name: String,
    /// Signs as an acting head: `pj` (Penjabat), `plt` (Pelaksana Tugas) or `plh` (Pelaksana
    /// Harian). The letterhead keeps the office's title; the signature reads "Plt. BUPATI
    /// ...". Only the region's head.
    #[serde(default)]
    pub acting: Option<Acting>,
    /// Rank or grade printed under the name, for example `Pembina Utama Madya` (an acting
    /// head who is a civil servant); usually left out for a kepala daerah. The region's is
    /// printed in the Indonesian documents (the DPRD letter, the plan), not in the LoI and the
    /// MoU, where an Indonesian civil-service rank means nothing to the partner; the
    /// partner's, in the LoI and the MoU.
    #[serde(default)]
    pub rank: Option<String>,
    /// Civil servant's number (NIP, 18 digits), printed under the rank where the rank is:
    /// an acting head who is a civil servant (a Sekda as Plh.) signs with both. Only the
    /// region's head.
    #[serde(default)]
    pub nip: Option<String>,
    /// The name as the third language writes it, for the signature line of its text (the
    /// partner head `林建华` beside `LIN JIANHUA`); by default the name itself.
    #[serde(default)]
    pub name_third: Option<String>,
}

/// How an acting head holds the office (Permendagri 1/2023 on tata naskah dinas).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Acting {
    /// Penjabat: appointed until an elected head takes office.
    Pj,
    /// Pelaksana Tugas: carries out the duties while the head cannot.
    Plt,
    /// Pelaksana Harian: carries out the daily duties during a short absence.
    Plh,
}

/// The foreign partner.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// Official name, for example `City of Perth` / `Kota Perth`.
    pub name: Bi,
    /// Government or institution as a party, for example `the Government of the City of Perth`.
    #[serde(default)]
    pub government: Option<Bi>,
    /// Country.
    pub country: Bi,
    /// Level of a foreign local government (KSDPL).
    #[serde(default)]
    pub level: Option<PartnerLevel>,
    /// Type of a foreign institution (KSDLL, PP 28/2018 Pasal 36).
    #[serde(default)]
    pub institution_type: Option<InstitutionType>,
    /// Why the parties are equal although their levels differ: equal administrative status
    /// and/or equal territory (PP 28/2018 Pasal 27 ayat (3) huruf a). Printed in the plan
    /// (Subjek Kerja Sama).
    #[serde(default)]
    pub level_justification: Option<Bi>,
    /// Head of the partner: title in each language.
    pub head_title: Bi,
    /// Head of the partner.
    pub head: Person,
}

/// Levels of foreign local governments, mapped to Indonesian levels.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PartnerLevel {
    /// State, province, prefecture, region: the level of a provinsi.
    Province,
    /// City, municipality, town: the level of a kota.
    City,
    /// County, district, regency: the level of a kabupaten.
    Regency,
}

/// Foreign institutions a region may cooperate with (PP 28/2018 Pasal 36).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum InstitutionType {
    IntergovernmentalOrganisation,
    ForeignNonProfit,
    DevelopmentPartner,
    Other,
}

/// Languages of the documents.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    /// An optional third language, for example the partner's national language (`ko`, `ja`
    /// or `zh`). The LoI and the MoU then print it beside Indonesian and English, and these
    /// texts need a `third:` text: `purpose`, `objectives`, `fields` (`name`, `transfer`),
    /// `scope`, `benefits`, `outputs`, `partner` (`government`, `country`, `head_title`, and
    /// `name` when no `government` is given), `loi.place`, the places of `mou`, and
    /// `subject` unless the form is a sister city or province (whose titles name the form),
    /// and `form_name`, which the MoU's recital names;
    /// the region needs `region.name_third`, and a head may give `name_third`. The plan, the
    /// action plan and the letter stay in Indonesian and English.
    #[serde(default)]
    pub third: Option<ThirdLanguage>,
    /// The text that prevails in case of divergence: `id`, `en` or `third`.
    #[serde(default = "default_prevailing")]
    pub prevailing: Prevailing,
}

impl Default for Languages {
    fn default() -> Self {
        Languages { third: None, prevailing: default_prevailing() }
    }
}

fn default_prevailing() -> Prevailing {
    Prevailing::En
}

/// The prevailing text.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Prevailing {
    Id,
    En,
    Third,
}

/// A third language.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ThirdLanguage {
    /// ISO 639-1 code: `ko`, `ja` and `zh` are built in; another language (`de`, `nl`, ...) needs its phrases and clause texts, added to the texts that `naskah clauses export` writes (README).
    pub code: String,
    /// Name of the language in Indonesian, English and itself, for example `{id: bahasa
    /// Korea, en: Korean, third: 한국어}`: the LoI's and the MoU's language articles name it.
    pub name: Bi,
}

/// Objects of cooperation of PP 28/2018 Pasal 23 ayat (2) (objek; "subjek" in Pasal 30
/// ayat (3) huruf a means the parties).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Object {
    /// (a) pengembangan ilmu pengetahuan dan teknologi.
    ScienceTechnology,
    /// (b) pertukaran budaya.
    CulturalExchange,
    /// (c) peningkatan kemampuan teknis dan manajemen pemerintahan.
    Capacity,
    /// (d) promosi potensi daerah.
    Promotion,
    /// (e) objek kerja sama lainnya yang tidak bertentangan dengan peraturan perundang-undangan.
    Other,
}

/// A field of cooperation.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Name of the field, a phrase (`promosi pariwisata` / `tourism promotion`).
    pub name: Bi,
    /// The object of PP 28/2018 Pasal 23 ayat (2) it falls under (the plan's "Objek Kerja
    /// Sama" names it). The old key `subject` is still read, with a warning.
    #[serde(default, alias = "subject")]
    pub object: Option<Object>,
    /// For science and technology: how knowledge is transferred to Indonesian staff (Pasal 27(2)).
    #[serde(default)]
    pub transfer: Option<Bi>,
}

/// A scope item.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScopeItem {
    /// Short key that activities use to refer to this item, for example `exchange`.
    pub key: String,
    /// What the item covers.
    pub text: Bi,
}

/// An output with its indicator and target.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Output {
    /// The output (keluaran).
    pub text: Bi,
    /// How it is measured (indikator).
    pub indicator: Bi,
    /// The target value (target).
    pub target: Bi,
}

/// One row of the action plan.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// A short key of its own, for `progress` to refer to (`exchange-2026`).
    #[serde(default)]
    pub key: Option<String>,
    /// Key of the scope item this activity serves.
    pub scope: String,
    /// The activity.
    pub activity: Bi,
    /// Its objective.
    pub objective: Bi,
    /// Its output.
    pub output: Bi,
    /// Indicator of the output.
    pub indicator: Bi,
    /// Target of the output.
    pub target: Bi,
    /// Benefit of the activity.
    pub benefit: Bi,
    /// Year of the activity (the year it starts in, when it runs into a later one).
    pub year: i32,
    /// Quarter of the year (1-4), if known.
    #[serde(default)]
    #[schemars(range(min = 1, max = 4))]
    pub quarter: Option<u8>,
    /// For an activity that runs into a later year, the year and quarter it ends in: `{year:
    /// 2028, quarter: 2}`. It then stands in the work plan and the report of each year it
    /// runs in, and each of its `costs` names its year.
    #[serde(default)]
    pub until: Option<Until>,
    /// Where it takes place.
    pub location: Bi,
    /// Responsible OPD (perangkat daerah), printed under "Penanggung Jawab": one name, or
    /// `{id, en}` for the English half of the tables ("Culture and Tourism Office of the City
    /// of Bogor").
    pub opd: Named,
    /// The partner's counterpart unit, printed as "Mitra: ..." / "Counterpart: ...": a name
    /// (`Fujian Fisheries Research Institute`), or its name in each language (`{id: Dinas
    /// Kelautan dan Perikanan Provinsi Fujian, en: Department of Ocean and Fisheries of Fujian
    /// Province}`) so that the Indonesian text does not print an English name.
    pub counterpart: Named,
    /// The target group (sasaran, penerima manfaat) of the activity, printed under its
    /// objective in the action plan and in its column of the work plan (RKT): `pembudi daya
    /// ikan kerapu di Kabupaten Minahasa Utara` / `grouper farmers in North Minahasa Regency`.
    #[serde(default)]
    pub target_group: Option<Bi>,
    /// The government affair (urusan pemerintahan, UU 23/2014) the activity belongs to,
    /// printed under its scope item: `Kelautan dan Perikanan` / `Marine Affairs and Fisheries`.
    #[serde(default)]
    pub urusan: Option<Bi>,
    /// Source of funding.
    pub funding: Vec<Funding>,
    /// Remarks (Keterangan), the last column of the action plan.
    #[serde(default)]
    pub remarks: Option<Bi>,
    /// Planned amounts per source of funding, in rupiah: `[{source: apbd, amount_idr:
    /// 150000000}]`. The work plan (RKT) totals them by source; the report sets the amount
    /// spent against them.
    #[serde(default)]
    pub costs: Vec<Cost>,
    /// Third parties involved (universities, associations, firms), printed in the RKT.
    #[serde(default)]
    pub third_parties: Option<Bi>,
    /// For an activity planned again after it was postponed: the `key` of the postponed one
    /// (`peat-data-workshop`). The work plans and reports show it as rescheduled from the
    /// postponed one's quarter; the documents of the approval (the plan, the action plan,
    /// the letters to the DPRD and the Minister, the MoU) keep the plan as it was approved,
    /// without it, and their budget counts the activity once.
    #[serde(default)]
    pub replaces: Option<String>,
}

/// Where an activity that runs into a later year ends.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Until {
    /// The year it ends in, after its `year`.
    pub year: i32,
    /// The quarter of that year (1-4), if known.
    #[serde(default)]
    #[schemars(range(min = 1, max = 4))]
    pub quarter: Option<u8>,
}

impl Activity {
    /// The last year the activity runs in.
    pub fn last_year(&self) -> i32 {
        self.until.map_or(self.year, |u| u.year.max(self.year))
    }

    /// Whether the activity runs in `year`.
    pub fn runs_in(&self, year: i32) -> bool {
        (self.year..=self.last_year()).contains(&year)
    }

    /// The quarters of `year` in which it runs: from its quarter in its first year, to its
    /// `until` quarter in its last, every quarter when not known.
    pub fn quarters_in(&self, year: i32) -> [bool; 4] {
        let from = if year == self.year { self.quarter.unwrap_or(1) } else { 1 };
        let to = match (year == self.year, self.until) {
            (_, Some(u)) if year == u.year => u.quarter.unwrap_or(4),
            (true, None) => self.quarter.unwrap_or(4),
            _ => 4,
        };
        std::array::from_fn(|i| (from..=to).contains(&(i as u8 + 1)))
    }

    /// Whether a later row of `all` plans the same activity again (one postponed and given
    /// anew for a later year).
    pub fn planned_again(&self, all: &[Activity]) -> bool {
        all.iter().any(|b| {
            (b.year > self.year && b.scope == self.scope && b.activity.id.trim() == self.activity.id.trim())
                || (self.key.is_some() && b.replaces == self.key)
        })
    }

    /// Its planned costs in `year`: those that name the year, or all of them when they name
    /// none (an activity of one year).
    pub fn costs_in(&self, year: i32) -> impl Iterator<Item = &Cost> {
        self.costs.iter().filter(move |c| c.year.is_none_or(|y| y == year))
    }
}

/// An amount spent from one source of funding.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Spent {
    /// The source: `apbd`, `apbn`, `partner`, `grant`.
    pub source: Funding,
    /// The amount in rupiah.
    #[schemars(range(max = 999_999_999_999_999i64))]
    pub amount_idr: u64,
}

impl Progress {
    /// The amount spent: `spent_idr`, or the sum of `spent` by source.
    pub fn spent_total(&self) -> Option<u64> {
        self.spent_idr.or_else(|| (!self.spent.is_empty()).then(|| self.spent.iter().map(|s| s.amount_idr).sum()))
    }
}

/// A planned amount from one source of funding.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    /// The source: `apbd`, `apbn`, `partner`, `grant` (not `own_cost` nor `partner_in_kind`, which have no amount).
    pub source: Funding,
    /// The amount in rupiah.
    #[schemars(range(max = 999_999_999_999_999i64))]
    pub amount_idr: u64,
    /// The year of the amount, for an activity that runs into a later year (`until`).
    #[serde(default)]
    pub year: Option<i32>,
}

/// A name: the same in every language, or one per language.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(untagged)]
pub enum Named {
    /// One name for both languages.
    One(String),
    /// The name in Indonesian and English.
    Both(Bi),
}

impl Named {
    /// The name in Indonesian and English.
    pub fn bi(&self) -> Bi {
        match self {
            Named::One(s) => Bi { id: s.clone(), en: s.clone(), third: None },
            Named::Both(b) => b.clone(),
        }
    }
}

/// Sources of funding.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Funding {
    /// Anggaran Pendapatan dan Belanja Daerah.
    Apbd,
    /// Anggaran Pendapatan dan Belanja Negara.
    Apbn,
    /// The partner's budget.
    Partner,
    /// The partner's contribution in kind (lodging, meals, a venue, staff time): no budget
    /// allocation and no amount.
    PartnerInKind,
    /// A grant (hibah).
    Grant,
    /// Each party bears its own costs.
    OwnCost,
    /// No cost: an activity that needs no money (a meeting online); for an activity only,
    /// alone.
    None,
}

/// Duration and start.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Duration in years (practice: 3 or 5).
    #[schemars(range(min = 1, max = 30))]
    pub years: u32,
    /// When the term starts, stated the same way in the plan, the DPRD letter and the MoU:
    /// `signature` (on the MoU's signature) or a date `YYYY-MM-DD` (from that date).
    pub start: TermStart,
    /// Months of written notice to terminate (practice: 6).
    #[serde(default = "default_notice")]
    #[schemars(range(min = 1, max = 24))]
    pub notice_months: u32,
}

fn default_notice() -> u32 {
    6
}

/// The start of the term: on the MoU's signature, or a fixed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermStart {
    Signature,
    Date(Date),
}

impl Serialize for TermStart {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            TermStart::Signature => s.serialize_str("signature"),
            TermStart::Date(d) => s.collect_str(d),
        }
    }
}

impl<'de> Deserialize<'de> for TermStart {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<TermStart, D::Error> {
        let s = String::deserialize(d)?;
        if s == "signature" {
            return Ok(TermStart::Signature);
        }
        Date::parse(&s)
            .map(TermStart::Date)
            .ok_or_else(|| serde::de::Error::custom(format!("`{s}` is neither `signature` nor a date written YYYY-MM-DD")))
    }
}

impl JsonSchema for TermStart {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TermStart".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2}|signature)$",
            "description": "`signature` or a date written YYYY-MM-DD."
        })
    }
}

/// Financing.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Financing {
    /// Sources of funding: `apbd`, `apbn`, `partner`, `grant`; `own_cost` (each party bears
    /// its own costs) is stated as a sentence of its own.
    pub sources: Vec<Funding>,
    /// Indicative regional budget in rupiah for the whole term, if any (plan, chapter VI).
    #[serde(default)]
    #[schemars(range(max = 999_999_999_999_999i64))]
    pub budget_idr: Option<u64>,
    /// Who gives the grant, when `grant` is a source: the documents then say "hibah dari
    /// Japan International Cooperation Agency (JICA)" / "grants from ...", not "hibah" alone.
    #[serde(default)]
    pub grantor: Option<Bi>,
    /// Whether the grant comes from abroad (a foreign government's agency, an international
    /// organisation, the foreign partner): the plan, the letter, the work plans and the
    /// reports then say that the region receives it through the central government, as the
    /// rules on foreign grants to the regions require (a point of law to confirm: README).
    #[serde(default)]
    pub grant_abroad: Option<bool>,
}

/// The Letter of Intent.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Loi {
    /// Date of signature, `YYYY-MM-DD`.
    pub date: Date,
    /// Place of signature.
    pub place: Bi,
    /// Validity in years (practice: 1).
    #[serde(default = "default_loi_validity")]
    #[schemars(range(min = 1, max = 10))]
    pub validity_years: u32,
    /// Date of the consultation with the Minister of Home Affairs and the Minister of Foreign
    /// Affairs, before the LoI (PP 28/2018 Pasal 28 ayat (4)); the DPRD letter states it.
    #[serde(default)]
    pub consultation_date: Option<Date>,
    /// Who signed the LoI for the region, when not `region.head` (the LoI is signed months
    /// before the letters, and the head may have changed or been away since).
    #[serde(default)]
    pub signed_by: Option<Signatory>,
}

/// The region's signatory of the LoI or the MoU, when another than `region.head`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Full name with titles and degrees, as `region.head.name`.
    pub name: String,
    /// Signs as an acting head: `pj`, `plt` or `plh`, as `region.head.acting`.
    #[serde(default)]
    pub acting: Option<Acting>,
    /// The name as the third language writes it, as `region.head.name_third`.
    #[serde(default)]
    pub name_third: Option<String>,
}

impl Signatory {
    /// The signatory as the head who signs: no rank or NIP, which the LoI and the MoU do
    /// not print.
    pub fn as_head(&self) -> Person {
        Person { name: self.name.clone(), acting: self.acting, rank: None, nip: None, name_third: self.name_third.clone() }
    }
}

fn default_loi_validity() -> u32 {
    1
}

/// The letter to the DPRD.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DprdLetter {
    /// Letter number, for example `000.1.4/1234/Bag.KS`.
    pub number: String,
    /// Date of the letter, `YYYY-MM-DD`.
    pub date: Date,
    /// Place of the letter.
    pub place: String,
    /// Sifat (classification): Biasa, Penting, Segera, Sangat Segera, Rahasia or Terbatas.
    #[serde(default = "default_sifat")]
    #[schemars(extend("enum" = SIFAT))]
    pub sifat: String,
    /// Addressee; by default `Ketua Dewan Perwakilan Rakyat Daerah` and the region's name.
    #[serde(default)]
    pub addressee: Option<String>,
    /// Who signs the letter and its plan and action plan, when not `region.head`, with
    /// `acting`, `rank` and `nip` as `region.head`.
    #[serde(default)]
    pub signed_by: Option<Person>,
    /// The addressee in English, for the optional translation, when `addressee` is given.
    #[serde(default)]
    pub addressee_en: Option<String>,
    /// Where the addressee is, for example `Denpasar`.
    pub addressee_place: String,
    /// Whether `draft` adds an unofficial English translation after the letter (never in the
    /// packet, never on the letterhead, with no signature space).
    #[serde(default)]
    pub translation: bool,
    /// The date the DPRD received the letter, once known: its 45 working days run from it
    /// (PP 28/2018 Pasal 30 ayat (4)). Until then the packet estimates from the letter's date.
    #[serde(default)]
    pub received: Option<Date>,
    /// Whether the draft MoU goes with the letter as a fourth attachment (practice varies;
    /// the plan is required, the LoI and the action plan customary).
    #[serde(default)]
    pub attach_mou: bool,
    /// Documents naskah does not write that go with the letter, as PDF files beside the
    /// input: the signed LoI (which then replaces the LoI's text in the packet), the study of
    /// opportunities and benefits (PP 28/2018 Pasal 28 ayat (3)), the partner's profile.
    /// Listed in the letter's Lampiran and on the cover, merged into packet.pdf.
    #[serde(default)]
    pub enclosures: Vec<Enclosure>,
}

/// A document naskah does not write, attached to the DPRD letter.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Enclosure {
    /// `signed_loi`, `feasibility_study` (kajian peluang dan manfaat, Pasal 28 ayat (3)),
    /// `partner_profile` or `other`.
    pub kind: EnclosureKind,
    /// The PDF file, its path relative to the input file.
    pub file: String,
    /// Its title as the letter lists it; by default the kind's (required for `other`).
    #[serde(default)]
    pub title: Option<Bi>,
}

/// Kinds of documents attached to the letter that naskah does not write.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum EnclosureKind {
    SignedLoi,
    FeasibilityStudy,
    PartnerProfile,
    Other,
}

/// The values of a letter's Sifat (tata naskah dinas): a closed list, since the letter
/// prints it as written and the English translation names it (`assemble::context`).
pub const SIFAT: [&str; 6] = ["Biasa", "Penting", "Segera", "Sangat Segera", "Rahasia", "Terbatas"];

fn default_sifat() -> String {
    "Penting".to_string()
}

/// The MoU: its form and its signature.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mou {
    /// Place of signature (of the region, when the parties sign separately), if known.
    #[serde(default)]
    pub place: Option<Bi>,
    /// Date of signature (of the region, when the parties sign separately), if known.
    #[serde(default)]
    pub date: Option<Date>,
    /// `together` (one place and date in the closing) or `separate` (each party signs in
    /// its own city, or virtually: a place and date under each signature block).
    #[serde(default)]
    pub signing: Signing,
    /// Where the partner signs, when `signing: separate`, if known.
    #[serde(default)]
    pub partner_place: Option<Bi>,
    /// When the partner signs, when `signing: separate`, if known.
    #[serde(default)]
    pub partner_date: Option<Date>,
    /// The Indonesian title: `nota_kesepahaman` (Nota Kesepahaman) or
    /// `memorandum_saling_pengertian` (Memorandum Saling Pengertian, the usual title with
    /// foreign governments); "Memorandum of Understanding" in English either way.
    #[serde(default)]
    pub title: MouTitle,
    /// `binding` (treaty wording: "shall", "the Parties", "enter into force") or
    /// `arrangement` (the non-binding wording many partners require, Australian, British and
    /// Japanese practice: "will", "the Participants", "come into effect", and a statement
    /// that it creates no legally binding obligations).
    #[serde(default)]
    pub wording: Wording,
    /// Where the benefits and outputs stand: `article` (an article of their own), `annex`
    /// (an annex after the signatures, which an article refers to) or `plan` (in the
    /// cooperation plan and the action plan only, as most signed MoUs leave them: no article
    /// and no annex).
    #[serde(default)]
    pub benefits: BenefitsPlace,
    /// The MoU renews an earlier one (many regions renew their sister relationships).
    #[serde(default)]
    pub renews: Option<Renewal>,
    /// Who will sign the MoU for the region, when not `region.head` (an acting head's
    /// mandate may end before the MoU is signed).
    #[serde(default)]
    pub signed_by: Option<Signatory>,
}

/// The Indonesian title of the MoU.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum MouTitle {
    #[default]
    NotaKesepahaman,
    MemorandumSalingPengertian,
}

/// Binding or non-binding wording of the MoU.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Wording {
    #[default]
    Binding,
    Arrangement,
}

/// Where the MoU states the benefits and outputs.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum BenefitsPlace {
    #[default]
    Article,
    Annex,
    Plan,
}

/// The earlier MoU that this one renews.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Renewal {
    /// Its date of signature.
    pub date: Date,
    /// Where it was signed.
    pub place: Bi,
    /// The year the cooperation began (the first MoU or agreement), if earlier.
    #[serde(default)]
    #[schemars(range(min = 1950, max = 2100))]
    pub since: Option<i32>,
    /// Its Indonesian title, when it differs from this MoU's (`mou.title`): a renewal may be
    /// titled differently from the instrument it renews.
    #[serde(default)]
    pub title: Option<MouTitle>,
    /// Its number, if it has one.
    #[serde(default)]
    pub number: Option<String>,
}

/// How the MoU is signed.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Signing {
    /// Both heads sign at one place on one date.
    #[default]
    Together,
    /// Each head signs in his own city (or virtually), possibly on different dates.
    Separate,
}

/// Drafting options and clause choices.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Options {
    /// Clause variant per slot, for example `mou.coordination: mou.coordination.contact_points`.
    #[serde(default)]
    pub clauses: std::collections::BTreeMap<String, String>,
    /// Whether goods may be produced or handed over, which calls for the asset clause (Pasal 26(2)).
    #[serde(default)]
    pub assets: bool,
}

/// The region's letter format (tata naskah dinas, implementing Permendagri 1/2023).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Style {
    /// The Lambang Negara (Garuda Pancasila) for the kepala daerah's letterhead (UU 24/2009
    /// Pasal 54 ayat (1) huruf i): a PNG or SVG file, its path relative to this input file.
    /// Without it the letterhead has an empty, marked frame of the emblem's size.
    #[serde(default)]
    pub emblem: Option<String>,
    /// Paper per group of documents: `a4` or `f4` (215 x 330 mm).
    #[serde(default)]
    pub paper: PaperSizes,
    /// Font family: `arial` (the PDF uses the metric-compatible Liberation Sans),
    /// `times_new_roman` (Liberation Serif) or `bookman_old_style` (TeX Gyre Bonum).
    #[serde(default)]
    pub font: FontFamily,
    /// Font size in points.
    #[serde(default = "default_font_size")]
    #[schemars(range(min = 9, max = 14))]
    pub font_size: u32,
    /// Page margins in millimetres.
    #[serde(default)]
    pub margins: Margins,
    /// Where the addressee stands in the letter: `left` ("Yth. ..." under Hal, the current
    /// layout) or `right` (the older "Kepada / Yth. ... / di ..." block right of Nomor).
    #[serde(default)]
    pub addressee: AddresseeLayout,
    /// Line spacing in percent of a single line: 100 (single), 115, 150.
    #[serde(default = "default_line_spacing")]
    #[schemars(range(min = 100, max = 200))]
    pub line_spacing: u32,
    /// The unit of the Ministry of Home Affairs the region's letters to the Minister go to
    /// "c.q." (for the attention of); by default `Kepala Pusat Fasilitasi Kerja Sama
    /// Kementerian Dalam Negeri` / `the Head of the Centre for Cooperation Facilitation,
    /// Ministry of Home Affairs`. Letters to the Minister and the DPRD letter's copies.
    #[serde(default)]
    pub mendagri_cq: Option<Bi>,
}

impl Default for Style {
    fn default() -> Style {
        Style {
            emblem: None,
            paper: PaperSizes::default(),
            font: FontFamily::default(),
            font_size: default_font_size(),
            margins: Margins::default(),
            addressee: AddresseeLayout::default(),
            line_spacing: default_line_spacing(),
            mendagri_cq: None,
        }
    }
}

fn default_font_size() -> u32 {
    12
}

fn default_line_spacing() -> u32 {
    100
}

/// Paper of each group of documents.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PaperSizes {
    /// The DPRD letter (and the packet's cover).
    #[serde(default)]
    pub letter: Paper,
    /// The region's own documents attached to its letters: the plan and the action plan (for
    /// the DPRD and the Minister) and the yearly implementation report (to the Minister).
    #[serde(default)]
    pub attachments: Paper,
    /// The documents signed with the partner: the LoI and the MoU (and the yearly work plan,
    /// which both sides agree).
    #[serde(default)]
    pub agreements: Paper,
}

/// A paper size.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// 210 x 297 mm.
    #[default]
    A4,
    /// Folio, 215 x 330 mm.
    F4,
}

/// Font families of the tata naskah dinas, each with a metric-compatible font for the PDF.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FontFamily {
    #[default]
    Arial,
    TimesNewRoman,
    BookmanOldStyle,
}

/// Page margins in millimetres.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Margins {
    #[serde(default = "default_margin")]
    #[schemars(range(min = 10, max = 50))]
    pub top: u32,
    #[serde(default = "default_margin")]
    #[schemars(range(min = 10, max = 50))]
    pub right: u32,
    #[serde(default = "default_margin")]
    #[schemars(range(min = 10, max = 50))]
    pub bottom: u32,
    #[serde(default = "default_left_margin")]
    #[schemars(range(min = 10, max = 50))]
    pub left: u32,
}

impl Default for Margins {
    fn default() -> Margins {
        Margins { top: default_margin(), right: default_margin(), bottom: default_margin(), left: default_left_margin() }
    }
}

fn default_margin() -> u32 {
    20
}

fn default_left_margin() -> u32 {
    30
}

/// Where the letter's addressee stands.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum AddresseeLayout {
    /// "Yth. ..." on the left, under Hal (the current layout).
    #[default]
    Left,
    /// "Kepada / Yth. ... / di ..." on the right, beside Nomor (the older layout).
    Right,
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD` and checks that the day exists.
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.split('-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date { year: y.parse().ok()?, month: m.parse().ok()?, day: d.parse().ok()? };
        (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= days_in_month(date.year, date.month)).then_some(date)
    }
}

/// Days in a month of the Gregorian calendar.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("`{s}` is not a date written YYYY-MM-DD")))
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A date written YYYY-MM-DD."
        })
    }
}
