//! Freshness of a pledge, as a pure function of its dates and today's.
//!
//! Policy: freshness is never stored. It is computed from the date of the last progress
//! report (or, before the first, of publication) and today: reported within eleven months,
//! due in the twelfth, overdue after a year, inactive after two years without a report.

use time::Date;

use super::progress::Freshness;

/// The same day `years` later (28 February for 29 February in a common year).
fn years_after(day: Date, years: i32) -> Date {
    let year = day.year() + years;
    Date::from_calendar_date(year, day.month(), day.day())
        .or_else(|_| Date::from_calendar_date(year, day.month(), day.day() - 1))
        .unwrap_or(day)
}

/// The freshness on `today` of a pledge published on `published` whose last report was on
/// `last_report`.
pub fn freshness(published: Date, last_report: Option<Date>, today: Date) -> Freshness {
    let since = last_report.unwrap_or(published);
    let year_on = years_after(since, 1);
    if today >= years_after(since, 2) {
        Freshness::Inactive
    } else if today > year_on {
        Freshness::Overdue
    } else if today > year_on - time::Duration::days(31) {
        Freshness::Due
    } else if last_report.is_some() {
        Freshness::Reported
    } else {
        Freshness::New
    }
}

/// The day the next report is due: a year after the last one (or after publication).
pub fn next_report_due(published: Date, last_report: Option<Date>) -> Date {
    years_after(last_report.unwrap_or(published), 1)
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn freshness_with_a_fixed_clock() {
        let published = date!(2025 - 03 - 10);
        assert_eq!(freshness(published, None, date!(2025 - 03 - 10)), Freshness::New);
        assert_eq!(freshness(published, None, date!(2026 - 01 - 31)), Freshness::New);
        assert_eq!(freshness(published, None, date!(2026 - 02 - 20)), Freshness::Due);
        assert_eq!(freshness(published, None, date!(2026 - 03 - 10)), Freshness::Due);
        assert_eq!(freshness(published, None, date!(2026 - 03 - 11)), Freshness::Overdue);
        assert_eq!(freshness(published, None, date!(2027 - 03 - 09)), Freshness::Overdue);
        assert_eq!(freshness(published, None, date!(2027 - 03 - 10)), Freshness::Inactive);
        let report = Some(date!(2026 - 06 - 01));
        assert_eq!(freshness(published, report, date!(2026 - 12 - 01)), Freshness::Reported);
        assert_eq!(freshness(published, report, date!(2027 - 05 - 15)), Freshness::Due);
        assert_eq!(freshness(published, report, date!(2027 - 06 - 02)), Freshness::Overdue);
        assert_eq!(freshness(published, report, date!(2028 - 06 - 01)), Freshness::Inactive);
        assert_eq!(freshness(published, report, date!(2031 - 01 - 01)), Freshness::Inactive);
    }

    #[test]
    fn a_leap_day_report_is_due_on_the_last_day_of_february() {
        assert_eq!(next_report_due(date!(2028 - 02 - 29), None), date!(2029 - 02 - 28));
        assert_eq!(freshness(date!(2028 - 02 - 29), None, date!(2030 - 02 - 28)), Freshness::Inactive);
    }
}
