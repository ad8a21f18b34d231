//! Working days: the DPRD decides on a cooperation plan within 45 working days of
//! receiving it (PP 28/2018 Pasal 30 ayat (4)). Working days exclude Saturdays, Sundays,
//! national holidays and cuti bersama, from `data/holidays-id.yaml` (2024-2027, generated
//! from the PyPI package `holidays`) plus any file of the user's in the same format.

use crate::diag::{Diagnostic, Pos};
use crate::input::{days_in_month, Date};
use serde::Deserialize;
use std::collections::BTreeMap;

static SHIPPED: &str = include_str!("../data/holidays-id.yaml");

/// The working days the DPRD has to decide (PP 28/2018 Pasal 30 ayat (4)).
pub const DPRD_WORKING_DAYS: u32 = 45;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    date: Date,
    kind: HolidayKind,
    name: String,
    #[serde(default)]
    name_id: Option<String>,
}

/// A day off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub kind: HolidayKind,
    /// The name in English.
    pub name: String,
    /// The name in Indonesian, when the file gives it.
    pub name_id: Option<String>,
}

impl Holiday {
    /// The name in `lang` (`id` or `en`), falling back to the English name.
    pub fn name_in(&self, lang: &str) -> &str {
        match (lang, &self.name_id) {
            ("id", Some(n)) => n,
            _ => &self.name,
        }
    }
}

/// National holiday or joint leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayKind {
    LiburNasional,
    CutiBersama,
}

/// Days off by date, with their names.
#[derive(Debug, Clone, Default)]
pub struct Holidays {
    days: BTreeMap<Date, Holiday>,
    /// The years the list covers; a deadline beyond them is flagged.
    pub years: (i32, i32),
}

impl Holidays {
    /// The list shipped with naskah.
    pub fn shipped() -> Holidays {
        let mut h = Holidays::default();
        h.add("data/holidays-id.yaml", SHIPPED).expect("the shipped holiday list is valid");
        h
    }

    /// Adds the dates of a file in the same format (`- {date: 2028-01-01, kind: libur_nasional, name: ...}`).
    pub fn add(&mut self, file: &str, src: &str) -> Result<(), Diagnostic> {
        let entries: Vec<Entry> = serde_saphyr::from_str(src).map_err(|e| {
            let pos = e.location().map(|l| Pos { line: l.line() as usize, col: l.column() as usize }).unwrap_or_default();
            Diagnostic { file: file.to_string(), ..Diagnostic::error(pos, e.without_snippet().to_string()) }
                .hint("each line reads `- {date: 2028-01-01, kind: libur_nasional, name: \"New Year's Day\", name_id: \"Tahun Baru Masehi\"}`; kind is libur_nasional or cuti_bersama; name_id may be left out")
        })?;
        for e in entries {
            let (lo, hi) = self.years;
            self.years = if self.days.is_empty() { (e.date.year, e.date.year) } else { (lo.min(e.date.year), hi.max(e.date.year)) };
            self.days.insert(e.date, Holiday { kind: e.kind, name: e.name, name_id: e.name_id });
        }
        Ok(())
    }

    /// The holiday on a date, if any.
    pub fn get(&self, d: Date) -> Option<&Holiday> {
        self.days.get(&d)
    }

    /// Whether `d` is a working day.
    pub fn is_working_day(&self, d: Date) -> bool {
        weekday(d) < 5 && !self.days.contains_key(&d)
    }

    /// The holidays and cuti bersama on weekdays after `from`, up to and including `to`:
    /// the days a deadline skipped besides weekends.
    pub fn skipped(&self, from: Date, to: Date) -> Vec<(Date, &Holiday)> {
        self.days.range(next_day(from)..=to).filter(|(d, _)| weekday(**d) < 5).map(|(d, h)| (*d, h)).collect()
    }

    /// The date `n` working days after `from` (the day of receipt does not count).
    pub fn add_working_days(&self, from: Date, n: u32) -> Date {
        let mut d = from;
        let mut left = n;
        while left > 0 {
            d = next_day(d);
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        d
    }
}

/// 0 = Monday ... 6 = Sunday (Sakamoto's method).
pub fn weekday(d: Date) -> u32 {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if d.month < 3 { d.year - 1 } else { d.year };
    let sunday_based = (y + y / 4 - y / 100 + y / 400 + T[(d.month - 1) as usize] + d.day as i32).rem_euclid(7);
    ((sunday_based + 6) % 7) as u32
}

/// The day after `d`.
pub fn next_day(d: Date) -> Date {
    if d.day < days_in_month(d.year, d.month) {
        Date { day: d.day + 1, ..d }
    } else if d.month < 12 {
        Date { month: d.month + 1, day: 1, ..d }
    } else {
        Date { year: d.year + 1, month: 1, day: 1 }
    }
}

/// Days since 1970-01-01 (negative before), in the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil`).
pub fn day_number(d: Date) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Today's date (UTC), from the clock: the only reads of the clock are the callers of this,
/// the command line's `status` without `--today` and the page's workspace.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default();
    from_day_number((secs / 86_400) as i64)
}

/// The date of a day number (`day_number`'s inverse).
pub fn from_day_number(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}

/// `d` plus `n` calendar days (`n` may be negative).
pub fn add_days(d: Date, n: i64) -> Date {
    from_day_number(day_number(d) + n)
}

/// Calendar days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    day_number(b) - day_number(a)
}

/// `d` plus `n` months (negative: minus), the day kept or, where the month is shorter, its
/// last day (31 August minus 6 months is 28 or 29 February).
pub fn add_months(d: Date, n: i32) -> Date {
    let total = d.year * 12 + (d.month as i32 - 1) + n;
    let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    Date { year, month, day: d.day.min(days_in_month(year, month)) }
}
