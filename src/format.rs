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

/// "5 (lima)" / "5 (five)"; other languages get the digits alone.
pub fn count(n: u64, lang: &str) -> String {
    match lang {
        "id" => format!("{n} ({})", terbilang(n)),
        "en" => format!("{n} ({})", in_words_en(n)),
        _ => n.to_string(),
    }
}

/// Groups digits with dots: 1500000 -> "1.500.000".
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
