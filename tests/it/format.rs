//! The Indonesian and English formatting helpers.

use naskah::format::*;
use naskah::input::Date;

fn d(s: &str) -> Date {
    Date::parse(s).expect("a date")
}

#[test]
fn dates_in_both_languages() {
    assert_eq!(date_id(d("2024-07-24")), "24 Juli 2024");
    assert_eq!(date_en(d("2024-07-24")), "24 July 2024");
    assert_eq!(date_id(d("2025-01-01")), "1 Januari 2025");
    assert_eq!(date_id(d("2024-02-29")), "29 Februari 2024");
}

#[test]
fn impossible_dates_are_refused() {
    for bad in ["2023-02-29", "2024-13-01", "2024-04-31", "24-07-2024", "2024-7-24", ""] {
        assert!(Date::parse(bad).is_none(), "{bad} should be refused");
    }
}

#[test]
fn terbilang_follows_indonesian_rules() {
    let cases = [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (45, "empat puluh lima"),
        (100, "seratus"),
        (101, "seratus satu"),
        (111, "seratus sebelas"),
        (250, "dua ratus lima puluh"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (2024, "dua ribu dua puluh empat"),
        (100_000, "seratus ribu"),
        (1_500_000, "satu juta lima ratus ribu"),
        (1_500_000_000, "satu miliar lima ratus juta"),
        (2_000_000_000_000, "dua triliun"),
    ];
    for (n, words) in cases {
        assert_eq!(terbilang(n), words, "{n}");
    }
}

#[test]
fn english_numbers_in_words() {
    let cases = [
        (0, "zero"),
        (5, "five"),
        (13, "thirteen"),
        (45, "forty-five"),
        (100, "one hundred"),
        (115, "one hundred and fifteen"),
        (1000, "one thousand"),
        (1005, "one thousand and five"),
        (1_500_000, "one million five hundred thousand"),
    ];
    for (n, words) in cases {
        assert_eq!(in_words_en(n), words, "{n}");
    }
}

#[test]
fn counts_in_legal_style() {
    assert_eq!(count(5, "id"), "5 (lima)");
    assert_eq!(count(5, "en"), "5 (five)");
    assert_eq!(format!("{} hari kerja", count(45, "id")), "45 (empat puluh lima) hari kerja");
    assert_eq!(count(3, "ko"), "3");
}

#[test]
fn rupiah_with_dots_comma_and_words() {
    assert_eq!(rupiah(1_500_000_000), "Rp1.500.000.000,00 (satu miliar lima ratus juta rupiah)");
    assert_eq!(rupiah(750), "Rp750,00 (tujuh ratus lima puluh rupiah)");
    assert_eq!(group_thousands(1_000), "1.000");
    assert_eq!(group_thousands(999), "999");
}

#[test]
fn roman_numerals_and_letters() {
    assert_eq!(roman(4), "IV");
    assert_eq!(roman(9), "IX");
    assert_eq!(roman(14), "XIV");
    assert_eq!(letter(0), "a");
    assert_eq!(letter(25), "z");
    assert_eq!(letter(26), "aa");
}

// Regressions of issue 10 (a reviewer's reading of a new case).

#[test]
fn english_amounts_are_in_english() {
    assert_eq!(rupiah_en(2_750_000_000), "IDR\u{a0}2,750,000,000 (two billion seven hundred and fifty million rupiah)");
    assert_eq!(rupiah_in(875_000_000, "en"), "IDR\u{a0}875,000,000 (eight hundred and seventy-five million rupiah)");
    assert_eq!(rupiah_in(875_000_000, "id"), "Rp875.000.000,00 (delapan ratus tujuh puluh lima juta rupiah)");
}

#[test]
fn lists_are_joined_with_dan_and_and() {
    let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(join_list(&items(&["APBD", "APBN"]), "id", ","), "APBD dan APBN");
    assert_eq!(join_list(&items(&["APBD", "APBN", "hibah"]), "id", ","), "APBD, APBN, dan hibah");
    assert_eq!(join_list(&items(&["a", "b", "c"]), "en", ","), "a, b and c");
    assert_eq!(join_list(&items(&["a, x", "b", "c"]), "id", ";"), "a, x; b; dan c");
    assert_eq!(join_list(&items(&["a", "b", "c"]), "en", ";"), "a; b; and c");
    assert_eq!(join_list(&items(&["관광", "문화"]), "ko", ","), "관광 및 문화");
    assert_eq!(join_list(&items(&["観光", "文化", "防災"]), "ja", ","), "観光、文化及び防災");
    assert_eq!(join_list(&items(&["only"]), "en", ","), "only");
}

/// Fourth review, findings 5 and 9: "ilmu pengetahuan dan teknologi dan promosi" read as
/// three objects; an item that holds the conjunction makes the list join with "serta" / ", and".
#[test]
fn a_list_whose_item_holds_dan_joins_with_serta() {
    let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let two = items(&["pengembangan ilmu pengetahuan dan teknologi", "promosi potensi daerah"]);
    assert_eq!(join_list(&two, "id", ","), "pengembangan ilmu pengetahuan dan teknologi serta promosi potensi daerah");
    let two_en = items(&["the development of science and technology", "the promotion of regional potential"]);
    assert_eq!(join_list(&two_en, "en", ","), "the development of science and technology, and the promotion of regional potential");
    let three = items(&["pertanian", "pariwisata", "ilmu pengetahuan dan teknologi"]);
    assert_eq!(join_list(&three, "id", ","), "pertanian, pariwisata, serta ilmu pengetahuan dan teknologi");
}

#[test]
fn an_item_run_into_a_sentence_loses_its_sentence_capital() {
    let names: Vec<String> = ["Banyuwangi", "Kota Minamiise", "Minamiise Town", "Jepang"].iter().map(|s| s.to_string()).collect();
    assert_eq!(run_in("Meningkatkan produktivitas perikanan", &names), "meningkatkan produktivitas perikanan");
    assert_eq!(run_in("To raise the productivity", &names), "to raise the productivity");
    assert_eq!(run_in("Aquaculture and fish processing", &names), "aquaculture and fish processing");
    assert_eq!(run_in("On-the-job training", &names), "on-the-job training");
    assert_eq!(run_in("Pendidikan", &names), "pendidikan");
    // Names, acronyms and names of more than one word keep their capitals.
    assert_eq!(run_in("Banyuwangi sebagai destinasi", &names), "Banyuwangi sebagai destinasi");
    assert_eq!(run_in("Minamiise-chō dan Banyuwangi", &names), "Minamiise-chō dan Banyuwangi");
    assert_eq!(run_in("Festival Gandrung Sewu", &names), "Festival Gandrung Sewu");
    assert_eq!(run_in("UMKM di kedua daerah", &names), "UMKM di kedua daerah");
    assert_eq!(run_in("meningkatkan", &names), "meningkatkan");
}

#[test]
fn degrees_keep_their_case_in_a_signature_line_in_capitals() {
    assert_eq!(name_caps("Dr. H. Sugirah, S.Pd., M.Si."), "Dr. H. SUGIRAH, S.Pd., M.Si.");
    assert_eq!(name_caps("Drs. Ahmad Luthfi, S.H., S.St.M.K."), "Drs. AHMAD LUTHFI, S.H., S.St.M.K.");
    assert_eq!(name_caps("I Gusti Ngurah Jaya Negara"), "I GUSTI NGURAH JAYA NEGARA");
    assert_eq!(name_caps("Prof. Dr. Ir. Siti Aminah, M.Sc."), "Prof. Dr. Ir. SITI AMINAH, M.Sc.");
}

#[test]
fn the_38_provinces_have_their_customary_english_names() {
    assert_eq!(provinces().len(), 38);
    assert_eq!(province("Jawa Tengah").unwrap().short, "Central Java");
    assert_eq!(province("Jawa Timur").unwrap().en, "East Java Province");
    assert_eq!(province("DKI Jakarta").unwrap().short, "Jakarta");
    assert_eq!(province("Provinsi Papua Barat Daya").unwrap().short, "Southwest Papua");
    assert!(province("Jawa Tenggara").is_none());
}
