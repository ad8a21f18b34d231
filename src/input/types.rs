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
    /// Form of the cooperation (PP 28/2018 Pasal 24); KSDLL uses `other`.
    pub form: Form,
    /// The Indonesian region.
    pub region: Region,
    /// The foreign partner.
    pub partner: Partner,
    /// Languages of the documents; Indonesian and English are always present.
    #[serde(default)]
    pub languages: Languages,
    /// Subject of the cooperation, one line.
    pub subject: Bi,
    /// Background (latar belakang), one entry per paragraph.
    pub background: Vec<Bi>,
    /// Purpose (maksud): a phrase that completes "Maksud kerja sama ini adalah ..." /
    /// "The purpose of this cooperation is ...", for example `to provide a basis for ...`.
    pub purpose: Bi,
    /// Objectives (tujuan).
    pub objectives: Vec<Bi>,
    /// Targets (sasaran).
    pub targets: Vec<Bi>,
    /// Fields of cooperation, each mapped to a subject of PP 28/2018 Pasal 23(2).
    pub fields: Vec<Field>,
    /// Scope items (ruang lingkup); activities refer to them by `key`.
    pub scope: Vec<ScopeItem>,
    /// Benefits (manfaat) for the region.
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
    /// Province of a kabupaten or kota, for example `Bali`.
    #[serde(default)]
    pub province: Option<String>,
    /// Official name when it does not follow the usual pattern (`Kota Denpasar` / `City of Denpasar`).
    #[serde(default)]
    pub official_name: Option<Bi>,
    /// The kepala daerah.
    pub head: Person,
    /// Title of the kepala daerah when it does not follow the usual pattern (`Wali Kota Denpasar` / `Mayor of Denpasar`).
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
}

/// A person who signs.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name with degrees, as it is to be printed.
    pub name: String,
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
    /// Why the cooperation goes ahead although the levels differ (PP 28/2018 Pasal 27(3)(a)).
    #[serde(default)]
    pub level_justification: Option<String>,
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
    /// An optional third language, for example the partner's national language.
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
    /// ISO 639-1 code, for example `ko`.
    pub code: String,
    /// Name of the language in Indonesian and English, for example `bahasa Korea` / `Korean`.
    pub name: Bi,
}

/// Subjects of PP 28/2018 Pasal 23(2).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
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
    /// Name of the field.
    pub name: Bi,
    /// The Pasal 23(2) subject it falls under.
    #[serde(default)]
    pub subject: Option<Subject>,
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
    /// Year of the activity.
    pub year: i32,
    /// Quarter of the year (1-4), if known.
    #[serde(default)]
    pub quarter: Option<u8>,
    /// Where it takes place.
    pub location: Bi,
    /// Responsible OPD (perangkat daerah).
    pub opd: String,
    /// The partner's counterpart unit.
    pub counterpart: String,
    /// Source of funding.
    pub funding: Vec<Funding>,
    /// Remarks.
    #[serde(default)]
    pub remarks: Option<Bi>,
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
    /// A grant (hibah).
    Grant,
    /// Each party bears its own costs.
    OwnCost,
}

/// Duration and start.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Duration in years (practice: 3 or 5).
    #[schemars(range(min = 1, max = 30))]
    pub years: u32,
    /// Planned start of the cooperation, `YYYY-MM-DD`.
    pub start: Date,
    /// Months of written notice to terminate (practice: 6).
    #[serde(default = "default_notice")]
    #[schemars(range(min = 1, max = 24))]
    pub notice_months: u32,
}

fn default_notice() -> u32 {
    6
}

/// Financing.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Financing {
    /// Sources of funding.
    pub sources: Vec<Funding>,
    /// Indicative regional budget in rupiah, if any.
    #[serde(default)]
    #[schemars(range(max = 999_999_999_999_999i64))]
    pub budget_idr: Option<u64>,
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
    /// Date of the consultation with the Ministers before the LoI (PP 28/2018 Pasal 28(4)).
    #[serde(default)]
    pub consultation_date: Option<Date>,
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
    /// Sifat: Penting, Segera, Biasa.
    #[serde(default = "default_sifat")]
    pub sifat: String,
    /// Addressee, for example `Ketua Dewan Perwakilan Rakyat Daerah Kota Denpasar`.
    pub addressee: String,
    /// Where the addressee is, for example `Denpasar`.
    pub addressee_place: String,
    /// The date the DPRD received the letter, once known: its 45 working days run from it
    /// (PP 28/2018 Pasal 30 ayat (4)). Until then the packet estimates from the letter's date.
    #[serde(default)]
    pub received: Option<Date>,
    /// Whether the draft MoU goes with the letter as a fourth attachment (practice varies;
    /// the plan is required, the LoI and the action plan customary).
    #[serde(default)]
    pub attach_mou: bool,
}

fn default_sifat() -> String {
    "Penting".to_string()
}

/// The MoU signature.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mou {
    /// Place of signature, if known.
    #[serde(default)]
    pub place: Option<Bi>,
    /// Date of signature, if known.
    #[serde(default)]
    pub date: Option<Date>,
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
