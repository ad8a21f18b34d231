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
