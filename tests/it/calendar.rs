//! Working days for the DPRD deadline (PP 28/2018 Pasal 30 ayat (4)). The expected dates
//! were counted by hand on a calendar with the holidays of `data/holidays-id.yaml`.

use crate::harness::Sandbox;
use naskah::calendar::{next_day, weekday, Holidays, DPRD_WORKING_DAYS};
use naskah::input::Date;

fn d(s: &str) -> Date {
    Date::parse(s).expect("a date")
}

#[test]
fn weekdays_and_next_days() {
    assert_eq!(weekday(d("2026-03-13")), 4, "a Friday");
    assert_eq!(weekday(d("2026-12-01")), 1, "a Tuesday");
    assert_eq!(weekday(d("2024-02-29")), 3, "a Thursday");
    assert_eq!(next_day(d("2026-12-31")), d("2027-01-01"));
    assert_eq!(next_day(d("2024-02-28")), d("2024-02-29"));
    assert_eq!(next_day(d("2026-02-28")), d("2026-03-01"));
}

/// Received on the Friday before the Idul Fitri cuti bersama of 2026 (18-24 March).
#[test]
fn receipt_on_the_friday_before_the_idul_fitri_cuti_bersama() {
    let h = Holidays::shipped();
    assert!(!h.is_working_day(d("2026-03-20")), "cuti bersama");
    assert!(!h.is_working_day(d("2026-03-24")), "cuti bersama");
    assert!(h.is_working_day(d("2026-03-25")));
    assert_eq!(h.add_working_days(d("2026-03-13"), DPRD_WORKING_DAYS), d("2026-06-02"));
}

#[test]
fn across_a_year_end() {
    let h = Holidays::shipped();
    assert_eq!(h.add_working_days(d("2026-12-01"), DPRD_WORKING_DAYS), d("2027-02-09"));
    assert_eq!(h.add_working_days(d("2026-12-31"), 1), d("2027-01-04"), "New Year's Day, then a weekend");
}

#[test]
fn users_add_holidays_announced_later() {
    let sb = Sandbox::new();
    sb.write("extra.yaml", "- {date: 2026-06-02, kind: cuti_bersama, name: \"Cuti bersama tambahan\"}\n");
    let run = sb.run(&["deadline", "2026-03-13", "--holidays", "extra.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("received 13 March 2026; decision due by 3 June 2026 (in Indonesian: 3 Juni 2026), 45 working days"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("2 Juni 2026 (Cuti bersama tambahan)"));
}

#[test]
fn a_bad_holiday_file_is_located() {
    let sb = Sandbox::new();
    sb.write("extra.yaml", "- {date: 2026-06-02, kind: cuti, name: x}\n");
    let run = sb.run(&["deadline", "2026-03-13", "--holidays", "extra.yaml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("extra.yaml:1:"), "{}", run.stderr);
    assert!(run.stderr.contains("hint: each line reads `- {date: 2028-01-01, kind: libur_nasional"), "{}", run.stderr);
}

#[test]
fn a_deadline_beyond_the_list_is_flagged() {
    let run = Sandbox::new().run(&["deadline", "2027-12-01"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stderr, "warning: the holiday list covers 2024-2027 only\n  hint: add the later holidays with --holidays FILE\n");
    let run = Sandbox::new().run(&["deadline", "13-03-2026"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr, "error: `13-03-2026` is not a date\n  hint: write it as YYYY-MM-DD, for example 2026-03-13\n");
}
