//! Indonesian and English formatting: dates, numbers in words ("terbilang") and rupiah.
//!
//! Pure functions used by the template helpers in `assemble`; legal style writes numbers
//! as "angka (huruf)": "5 (lima) tahun", "45 (empat puluh lima) hari kerja".

use crate::input::Date;

const BULAN: [&str; 12] =
    ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// "24 Juli 2024".
pub fn date_id(d: Date) -> String {
    format!("{} {} {}", d.day, BULAN[(d.month - 1) as usize], d.year)
}

/// "24 July 2024".
pub fn date_en(d: Date) -> String {
    format!("{} {} {}", d.day, MONTHS[(d.month - 1) as usize], d.year)
}

/// A date in the given language; other languages get the ISO form.
pub fn date(d: Date, lang: &str) -> String {
    match lang {
        "id" => date_id(d),
        "en" => date_en(d),
        "ko" => format!("{}년 {}월 {}일", d.year, d.month, d.day),
        "ja" | "zh" => format!("{}年{}月{}日", d.year, d.month, d.day),
        _ => d.to_string(),
    }
}

const SATUAN: [&str; 12] = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

/// Indonesian number in words: 45 -> "empat puluh lima", 1500000 -> "satu juta lima ratus ribu".
pub fn terbilang(n: u64) -> String {
    if n == 0 {
        return "nol".into();
    }
    words_id(n)
}

fn words_id(n: u64) -> String {
    let s = match n {
        0 => String::new(),
        1..=11 => SATUAN[n as usize].to_string(),
        12..=19 => format!("{} belas", SATUAN[(n - 10) as usize]),
        20..=99 => join(&format!("{} puluh", SATUAN[(n / 10) as usize]), &words_id(n % 10)),
        100..=199 => join("seratus", &words_id(n - 100)),
        200..=999 => join(&format!("{} ratus", SATUAN[(n / 100) as usize]), &words_id(n % 100)),
        1_000..=1_999 => join("seribu", &words_id(n - 1_000)),
        2_000..=999_999 => join(&format!("{} ribu", words_id(n / 1_000)), &words_id(n % 1_000)),
        1_000_000..=999_999_999 => join(&format!("{} juta", words_id(n / 1_000_000)), &words_id(n % 1_000_000)),
        1_000_000_000..=999_999_999_999 => join(&format!("{} miliar", words_id(n / 1_000_000_000)), &words_id(n % 1_000_000_000)),
        _ => join(&format!("{} triliun", words_id(n / 1_000_000_000_000)), &words_id(n % 1_000_000_000_000)),
    };
    s
}

fn join(a: &str, b: &str) -> String {
    if b.is_empty() {
        a.to_string()
    } else {
        format!("{a} {b}")
    }
}

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// English number in words: 45 -> "forty-five", 1500000 -> "one million five hundred thousand".
pub fn in_words_en(n: u64) -> String {
    if n < 20 {
        return ONES[n as usize].into();
    }
    if n < 100 {
        return match n % 10 {
            0 => TENS[(n / 10) as usize].into(),
            r => format!("{}-{}", TENS[(n / 10) as usize], ONES[r as usize]),
        };
    }
    if n < 1000 {
        let rest = n % 100;
        let head = format!("{} hundred", ONES[(n / 100) as usize]);
        return if rest == 0 { head } else { format!("{head} and {}", in_words_en(rest)) };
    }
    let scales: [(u64, &str); 4] =
        [(1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];
    for (size, name) in scales {
        if n >= size {
            let rest = n % size;
            let head = format!("{} {name}", in_words_en(n / size));
            return match rest {
                0 => head,
                1..=99 => format!("{head} and {}", in_words_en(rest)),
                _ => format!("{head} {}", in_words_en(rest)),
            };
        }
    }
    unreachable!("every n >= 1000 is above one of the scales")
}

/// "5 (lima)" / "5 (five)"; Chinese legal texts write a count in Chinese numerals ("五年",
/// "六个月"); other languages get the digits alone.
pub fn count(n: u64, lang: &str) -> String {
    match lang {
        "id" => format!("{n} ({})", terbilang(n)),
        "en" => format!("{n} ({})", in_words_en(n)),
        "zh" => chinese(n),
        _ => n.to_string(),
    }
}

/// A number in Chinese numerals (`model::chinese_numeral`): 5 -> "五", 12 -> "十二".
pub fn chinese(n: u64) -> String {
    crate::model::chinese_numeral(n)
}

/// Groups digits with dots: 1500000 -> "1.500.000".
/// An ordinal in words, as a year of a term is named: "pertama", "kedua", "kesebelas" /
/// "first", "second", "11th".
pub fn ordinal(n: u64, lang: &str) -> String {
    const EN: [&str; 10] = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    match (lang, n) {
        ("id", 1) => "pertama".into(),
        ("id", _) => format!("ke{}", terbilang(n)),
        (_, 1..=10) => EN[n as usize - 1].into(),
        _ => format!("{n}th"),
    }
}

pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// "Rp1.500.000.000,00 (satu miliar lima ratus juta rupiah)".
pub fn rupiah(n: u64) -> String {
    format!("Rp{},00 ({} rupiah)", group_thousands(n), terbilang(n))
}

/// Roman numerals for chapter numbers: 4 -> "IV".
pub fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// a, b, ..., z, aa, ab: letters for points, from a 0-based index.
pub fn letter(i: usize) -> String {
    crate::model::letters(i as u32 + 1)
}

/// "IDR 2,750,000,000 (two billion seven hundred and fifty million rupiah)", with a
/// no-break space after "IDR" so that a line never ends on the currency.
pub fn rupiah_en(n: u64) -> String {
    format!("IDR\u{a0}{} ({} rupiah)", group_thousands(n).replace('.', ","), in_words_en(n))
}

/// An amount of rupiah in the given language: Indonesian style, or English style for
/// every other language (a third language's text reads it as an English figure would).
pub fn rupiah_in(n: u64, lang: &str) -> String {
    if lang == "id" {
        rupiah(n)
    } else {
        rupiah_en(n)
    }
}

/// The items of a list that hold text, and the separator they take: semicolons when an item
/// holds a comma itself.
fn list_items<'a>(items: &'a [String], sep: &'a str) -> (Vec<&'a str>, &'a str) {
    let items: Vec<&str> = items.iter().map(|s| s.as_str()).filter(|s| !s.is_empty()).collect();
    let sep = if sep == "," && items.len() > 1 && items.iter().any(|i| i.contains(", ")) { ";" } else { sep };
    (items, sep)
}

/// The languages whose grammar (dates, numbers, lists) naskah knows; another language's
/// comes from its phrase file.
pub const BUILT_IN: [&str; 5] = ["id", "en", "ko", "ja", "zh"];

/// Joins a list in a language naskah does not ship, with its phrase file's conjunction and
/// no comma before it: "a, b et c".
pub fn join_list_with(items: &[String], sep: &str, and: &str) -> String {
    let (items, sep) = list_items(items, sep);
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        // (A comma before the conjunction when the last item holds it itself: "tourisme
        // gastronomique, et enseignement supérieur et échanges d'étudiants".)
        Some((last, head)) => {
            let before = if head.len() > 1 && last.contains(&format!(" {and} ")) { sep } else { "" };
            format!("{}{before} {and} {last}", head.join(&format!("{sep} ")))
        }
    }
}

/// Joins the items of a list into a phrase, with the conjunction before the last item:
/// "a, b, dan c" / "a, b and c" (`sep` ","), or "a; b; dan c" / "a; b; and c" (`sep` ";"),
/// the separator chosen for items that hold commas themselves; a list of commas whose item
/// holds a comma is set with semicolons, or "perdagangan, termasuk usaha mikro, kecil, dan
/// menengah, dan kesehatan" would read as one item.
pub fn join_list(items: &[String], lang: &str, sep: &str) -> String {
    let (items, sep) = list_items(items, sep);
    let (and, ideographic) = match lang {
        "id" => ("dan", false),
        "ko" => ("및", false),
        "ja" => ("及び", true),
        "zh" => ("和", true),
        _ => ("and", false),
    };
    match items.len() {
        0 => String::new(),
        1 => items[0].to_string(),
        // (Japanese joins the upper level with 並びに when an item holds 及び itself:
        // "防災、職業教育及び水産業並びに文化及び青少年交流".)
        n if ideographic => {
            let and = if lang == "ja" && items.iter().any(|i| i.contains("及び")) { "並びに" } else { and };
            format!("{}{and}{}", items[..n - 1].join("、"), items[n - 1])
        }
        // "ilmu pengetahuan dan teknologi dan promosi" reads as three items: after an item
        // that holds "and" itself, English puts a comma and Indonesian joins with "serta".
        2 if sep == "," && lang == "en" && items[0].contains(" and ") => format!("{}, and {}", items[0], items[1]),
        2 if sep == "," => format!("{} {} {}", items[0], if lang == "id" && has_dan(&items) { "serta" } else { and }, items[1]),
        n => {
            // "...; dan siswa dan guru ..." reads as one list: before a last item that holds
            // "dan" itself (and no "serta"), Indonesian joins with "serta".
            let and = if lang == "id" && has_dan(&items[n - 1..]) { "serta" } else { and };
            let head = items[..n - 1].join(&format!("{sep} "));
            // Indonesian puts a comma before "dan" in a list of three or more (PUEBI);
            // British English does not, unless the items are separated by semicolons or an
            // item holds "and" itself ("culinary tourism, and higher education and student
            // exchange": not three items run together).
            let holds_and = || lang == "en" && items.iter().any(|i| i.contains(" and "));
            let before = if lang == "id" || sep == ";" || holds_and() { sep } else { "" };
            format!("{head}{before} {and} {}", items[n - 1])
        }
    }
}

/// Whether an item of an Indonesian list holds "dan" and none "serta".
fn has_dan(items: &[&str]) -> bool {
    items.iter().any(|i| i.contains(" dan ")) && !items.iter().any(|i| i.contains(" serta "))
}

/// A list item or phrase run into a sentence: items are phrases, so a first word written
/// in sentence case ("Meningkatkan", "Aquaculture") is lowered ("... adalah meningkatkan
/// ..."), unless it is a name: a word of `names` (the parties, countries, provinces), or a
/// word followed by another capitalised word ("Festival Gandrung Sewu", "Kota Minamiise").
/// Acronyms ("APBD", "UMKM") and single letters keep their case.
pub fn run_in(s: &str, names: &[String]) -> String {
    run_in_lang(s, names, false)
}

/// English words of nationalities, peoples and languages that no suffix rule finds.
const PROPER_ADJECTIVES: [&str; 8] = ["Thai", "Dutch", "French", "Malay", "Greek", "Swiss", "Welsh", "Scots"];

/// Common nouns that head a group of people named after an institution or place
/// ("Aparatur Badan ...", "Staff of ...", "Pelaku UMKM ..."): written in lower case inside a
/// sentence even when a capital follows them.
const COMMON_HEADS: [&str; 36] = [
    "aparatur",
    "pegawai",
    "staf",
    "petugas",
    "pejabat",
    "masyarakat",
    "pelaku",
    "siswa",
    "mahasiswa",
    "guru",
    "tenaga",
    "kelompok",
    "komunitas",
    "warga",
    "pengelola",
    "pengurus",
    "anggota",
    "pelajar",
    "petani",
    "nelayan",
    "peserta",
    "pengusaha",
    "perajin",
    "pemuda",
    "penyuluh",
    "dosen",
    "peneliti",
    "personel",
    "officials",
    "staff",
    "officers",
    "members",
    "students",
    "teachers",
    "farmers",
    "residents",
];

/// `run_in`, where `english` also keeps the capital of a proper adjective of nationality,
/// people or language ("Japanese", "Korean", "Javanese", "English", "Dutch"), as English
/// writes them inside a sentence. A word made from a name ("Balinese" from Bali,
/// "Indonesian" from Indonesia) keeps it in either language.
pub fn run_in_lang(s: &str, names: &[String], english: bool) -> String {
    let mut words = s.splitn(2, char::is_whitespace);
    let first = words.next().unwrap_or_default();
    let rest = words.next().unwrap_or_default();
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let sentence_case =
        first.chars().next().is_some_and(char::is_uppercase) && letters.len() > 1 && letters[1..].iter().all(|c| c.is_lowercase());
    let next_capital = rest.trim_start().chars().next().is_some_and(char::is_uppercase);
    // "Minamiise-chō" is named by "Minamiise".
    let bare = first.split('-').next().unwrap_or(first).trim_end_matches(|c: char| !c.is_alphanumeric());
    let named = names.iter().any(|n| {
        n.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).any(|w| {
            // (Not by a name's common head: "Pemerintahan" is no "Pemerintah Kota ..."; review
            // 14, finding 7.)
            let common = || NAME_HEADS.contains(&w.to_lowercase().as_str()) || COMMON_HEADS.contains(&w.to_lowercase().as_str());
            w == bare
                || (w.chars().count() >= 4
                    && bare.starts_with(w)
                    && bare.len() <= w.len() + 4
                    && w.starts_with(char::is_uppercase)
                    && !common())
        })
    });
    let proper = english
        && (["ese", "ian", "ean", "ish"].iter().any(|x| bare.len() > x.len() + 2 && bare.ends_with(x))
            || PROPER_ADJECTIVES.contains(&bare));
    // "Aparatur Badan Penanggulangan Bencana Daerah": a common noun heading a name is not
    // part of it, although the next word has a capital.
    // (Nor is English's article: "The City of Surakarta has ..." runs in as "the City of
    // Surakarta has ...", unless the article is a party's own, "The Hague".)
    let article = english && ["the", "a", "an"].contains(&bare.to_lowercase().as_str());
    let head_of_name = COMMON_HEADS.contains(&bare.to_lowercase().as_str()) || article;
    if !sentence_case || (next_capital && !head_of_name) || named || proper {
        return s.to_string();
    }
    let mut chars = s.chars();
    let head = chars.next().map(|c| c.to_lowercase().collect::<String>()).unwrap_or_default();
    head + chars.as_str()
}

/// A subject written in title case ("Pengurangan Risiko Bencana, Pendidikan Vokasi, dan
/// Perikanan") as it runs into a sentence that describes the cooperation: each word in lower
/// case unless a name, an acronym or (in English) a proper adjective; a subject already in
/// sentence case only loses its first capital (`run_in_lang`).
pub fn title_as_phrase(s: &str, names: &[String], english: bool) -> String {
    let words: Vec<&str> = s.split(' ').collect();
    let content: Vec<&&str> = words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    let capitalised = content.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    // (Title case starts with a capital: "pertukaran budaya dan Festival Gandrung Sewu" is a
    // phrase in sentence case with a name in it.)
    let opens_capital = s.trim_start().starts_with(char::is_uppercase);
    if content.len() < 2 || capitalised * 2 <= content.len() || !opens_capital {
        return run_in_lang(s, names, english);
    }
    let word = |w: &str| w.split('-').map(|part| run_in_lang(part, names, english)).collect::<Vec<_>>().join("-");
    let mut out: Vec<String> = words.iter().map(|w| word(w)).collect();
    // The head of a name ("Kota", "City") is a name's only beside one: "hubungan kota
    // bersaudara", but "Pemerintah Kota Pekanbaru", "Nanning City" (the words after it
    // decided first).
    let head = |w: &str| NAME_HEADS.contains(&w.trim_end_matches([',', ';']).to_lowercase().as_str());
    for i in (0..out.len()).rev() {
        let capital = |w: &String| w.starts_with(char::is_uppercase);
        let beside = out.get(i + 1).is_some_and(capital) || (i > 0 && capital(&out[i - 1]) && !head(&out[i - 1]));
        if head(&out[i]) {
            out[i] = if beside { words[i].to_string() } else { out[i].to_lowercase() };
        }
    }
    out.join(" ")
}

/// Words that head or close a name ("Kota Pekanbaru", "Nanning City"), common nouns
/// elsewhere.
const NAME_HEADS: [&str; 14] = [
    "kota",
    "kabupaten",
    "provinsi",
    "pemerintah",
    "daerah",
    "negara",
    "republik",
    "city",
    "regency",
    "province",
    "county",
    "state",
    "government",
    "republic",
];

/// Legal forms that keep their case in a title set in capitals: "ZUSAMMENARBEIT (GIZ) GmbH".
const LEGAL_FORMS: [&str; 6] = ["GmbH", "gGmbH", "mbH", "e.V.", "KGaA", "AöR"];

/// A text in capitals, where legal forms keep their own case.
pub fn upper(s: &str) -> String {
    if !LEGAL_FORMS.iter().any(|f| s.contains(f)) {
        return s.to_uppercase();
    }
    s.split(' ')
        .map(|w| {
            let bare = w.trim_end_matches([',', '.', ';', ')']);
            if LEGAL_FORMS.contains(&bare) || LEGAL_FORMS.contains(&w) {
                w.to_string()
            } else {
                w.to_uppercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Titles before a name that keep their case when the name is set in capitals.
const TITLES: [&str; 13] = ["Prof.", "Dr.", "Drs.", "Dra.", "Ir.", "H.", "Hj.", "dr.", "drg.", "K.H.", "KH.", "Hon.", "Ny."];

/// A name as a signature line sets it, in capitals, where the titles before it (Dr., Drs.,
/// H., ...) and the degrees after its first comma (S.Pd., M.Si., S.St.M.K.) keep their
/// own case: "Dr. H. Sugirah, S.Pd., M.Si." -> "Dr. H. SUGIRAH, S.Pd., M.Si.".
pub fn name_caps(name: &str) -> String {
    let (person, degrees) = match name.find(',') {
        Some(i) => (&name[..i], &name[i..]),
        None => (name, ""),
    };
    let mut out: Vec<String> = Vec::new();
    let mut leading = true;
    for word in person.split_whitespace() {
        if leading && TITLES.contains(&word) {
            out.push(word.to_string());
        } else {
            leading = false;
            out.push(word.to_uppercase());
        }
    }
    format!("{}{degrees}", out.join(" "))
}

/// A province of Indonesia with its customary English names.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Province {
    /// The Indonesian name: `Jawa Timur`.
    pub id: String,
    /// After "Governor of": `East Java`.
    pub short: String,
    /// As a place: `East Java Province`.
    pub en: String,
    /// Other Indonesian forms of the name: `DKI Jakarta`.
    #[serde(default)]
    pub also: Vec<String>,
}

/// The 38 provinces (`data/provinces.yaml`, read into JSON by `build.rs`), parsed once.
pub fn provinces() -> &'static [Province] {
    static TABLE: std::sync::LazyLock<Vec<Province>> = std::sync::LazyLock::new(|| {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/provinces.json"))).expect("the shipped province table parses (tested)")
    });
    &TABLE
}

/// A province by its Indonesian name (any case, with or without "Provinsi").
pub fn province(name: &str) -> Option<&'static Province> {
    let key = |s: &str| s.trim().trim_start_matches("Provinsi ").to_lowercase();
    let wanted = key(name);
    provinces().iter().find(|p| key(&p.id) == wanted || p.also.iter().any(|a| key(a) == wanted))
}

/// A phrase with a capital first letter, as a sentence or a table cell opens with it.
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{provinces, run_in_lang, Province};

    #[test]
    fn the_province_table_reads_the_same_from_json_as_from_its_yaml() {
        let yaml: Vec<Province> = serde_saphyr::from_str(include_str!("../data/provinces.yaml")).expect("the YAML parses");
        assert_eq!(yaml.len(), 38);
        assert_eq!(format!("{yaml:?}"), format!("{:?}", provinces()));
    }

    #[test]
    fn a_phrase_run_into_a_sentence_keeps_the_capital_of_names_and_proper_adjectives() {
        let names = vec!["Provinsi Bali".to_string(), "Republic of Indonesia".to_string()];
        assert_eq!(run_in_lang("Meningkatkan kapasitas", &names, false), "meningkatkan kapasitas");
        assert_eq!(run_in_lang("Pelestarian budaya", &names, false), "pelestarian budaya");
        assert_eq!(run_in_lang("Balinese arts and culture", &names, true), "Balinese arts and culture");
        assert_eq!(run_in_lang("Indonesian language courses", &names, true), "Indonesian language courses");
        assert_eq!(run_in_lang("Japanese language courses", &[], true), "Japanese language courses");
        assert_eq!(run_in_lang("Dutch water management", &[], true), "Dutch water management");
        assert_eq!(run_in_lang("Capacity building", &names, true), "capacity building");
        // An Indonesian noun in -ian is not an English proper adjective.
        assert_eq!(run_in_lang("Penelitian bersama", &[], false), "penelitian bersama");
        // English's article before a name runs in lower case, unless it is the name's own
        // (third review, finding 4).
        assert_eq!(
            run_in_lang("The City of Surakarta has 172 heritage buildings", &[], true),
            "the City of Surakarta has 172 heritage buildings"
        );
        let hague = vec!["The Hague".to_string()];
        assert_eq!(run_in_lang("The Hague hosts the court", &hague, true), "The Hague hosts the court");
    }

    /// Sixth review, finding 4: an item that holds commas makes the list one of semicolons.
    #[test]
    fn a_list_whose_item_holds_a_comma_is_set_with_semicolons() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let fields =
            items(&["promosi pariwisata", "perdagangan dan investasi, termasuk usaha mikro, kecil, dan menengah", "kesehatan masyarakat"]);
        assert_eq!(
            super::join_list(&fields, "id", ","),
            "promosi pariwisata; perdagangan dan investasi, termasuk usaha mikro, kecil, dan menengah; dan kesehatan masyarakat"
        );
        let en = items(&["tourism promotion", "trade and investment, including micro, small and medium enterprises", "public health"]);
        assert_eq!(
            super::join_list(&en, "en", ","),
            "tourism promotion; trade and investment, including micro, small and medium enterprises; and public health"
        );
        assert_eq!(super::join_list(&items(&["a", "b", "c"]), "en", ","), "a, b and c");
        assert_eq!(super::join_list(&items(&["a", "b", "c"]), "id", ","), "a, b, dan c");
        // (An amount's decimal comma is not a list's.)
        assert_eq!(super::join_list(&items(&["APBD Rp5,00", "hibah Rp2,00"]), "id", ","), "APBD Rp5,00 dan hibah Rp2,00");
    }

    /// Sixth review, finding 1: "Kota" of "Kota Pekanbaru" among the names does not keep
    /// the capital of "hubungan kota bersaudara".
    #[test]
    fn a_name_head_alone_runs_in_lower_case() {
        let names = vec!["Kota Pekanbaru".to_string(), "City of Nanning".to_string()];
        assert_eq!(super::title_as_phrase("Pembentukan Hubungan Kota Bersaudara", &names, false), "pembentukan hubungan kota bersaudara");
        assert_eq!(
            super::title_as_phrase("Establishment of Sister City Relations", &names, true),
            "establishment of sister city relations"
        );
        assert_eq!(
            super::title_as_phrase("Pengembangan Pariwisata Pemerintah Kota Pekanbaru", &names, false),
            "pengembangan pariwisata Pemerintah Kota Pekanbaru"
        );
        let names = vec!["Nanning City".to_string()];
        assert_eq!(super::title_as_phrase("Tourism of Nanning City", &names, true), "tourism of Nanning City");
    }

    #[test]
    fn legal_forms_keep_their_case_in_capitals() {
        let name = "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH, Germany";
        assert_eq!(super::upper(name), "DEUTSCHE GESELLSCHAFT FÜR INTERNATIONALE ZUSAMMENARBEIT (GIZ) GmbH, GERMANY");
        assert_eq!(super::upper("Kota Perth"), "KOTA PERTH");
    }

    #[test]
    fn a_common_noun_before_a_name_is_lowered_but_the_name_keeps_its_capitals() {
        let aparatur = "Aparatur Badan Penanggulangan Bencana Daerah";
        assert_eq!(run_in_lang(aparatur, &[], false), "aparatur Badan Penanggulangan Bencana Daerah");
        // A name of several capitalised words is left as it is.
        assert_eq!(run_in_lang("Dinas Pariwisata Provinsi Bali", &[], false), "Dinas Pariwisata Provinsi Bali");
    }
}
