//! Dates, times and numbers as each interface language writes them, from the Unicode CLDR
//! data compiled into ICU4X. Server only: the client bundle carries no locale data.

use std::sync::LazyLock;

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{T, YM, YMD};
use icu_datetime::input::Time;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale as IcuLocale;

use super::Locale;

/// The ICU locale of an interface language. English is British English ("6 December 2026",
/// a 24-hour clock), the hub's spelling; Arabic uses the Western digits (0–9), as the United
/// Nations' Arabic documents do and as the codes, ISO dates and user text around the numbers
/// on a page do; the other languages use their CLDR defaults.
fn icu_locale(locale: Locale) -> IcuLocale {
    let tag = match locale {
        Locale::En => "en-GB",
        Locale::Ar => "ar-u-nu-latn",
        other => other.lang_tag(),
    };
    IcuLocale::try_from_str(tag).unwrap_or(IcuLocale::UNKNOWN)
}

/// One formatter per language, built on first use.
struct PerLocale<F>([Option<F>; 6]);

impl<F> PerLocale<F> {
    fn new(build: impl Fn(IcuLocale) -> Option<F>) -> Self {
        PerLocale(Locale::ALL.map(|locale| build(icu_locale(locale))))
    }

    fn get(&self, locale: Locale) -> Option<&F> {
        let index = Locale::ALL.iter().position(|each| *each == locale)?;
        self.0.get(index)?.as_ref()
    }
}

static LONG_DATES: LazyLock<PerLocale<FixedCalendarDateTimeFormatter<Gregorian, YMD>>> =
    LazyLock::new(|| {
        PerLocale::new(|locale| FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long()).ok())
    });

static MONTHS: LazyLock<PerLocale<FixedCalendarDateTimeFormatter<Gregorian, YM>>> = LazyLock::new(|| {
    PerLocale::new(|locale| FixedCalendarDateTimeFormatter::try_new((&locale).into(), YM::long()).ok())
});

static TIMES: LazyLock<PerLocale<NoCalendarFormatter<T>>> =
    LazyLock::new(|| PerLocale::new(|locale| NoCalendarFormatter::try_new((&locale).into(), T::hm()).ok()));

static DECIMALS: LazyLock<PerLocale<DecimalFormatter>> = LazyLock::new(|| {
    PerLocale::new(|locale| DecimalFormatter::try_new((&locale).into(), Default::default()).ok())
});

/// An ISO date (`2026-12-06`, or the date part of a timestamp) written out in `locale`
/// ("6 December 2026", "6 décembre 2026", "2026年12月6日"); anything else comes back as it is.
pub fn long_date(locale: Locale, iso: &str) -> String {
    let day = iso.get(..10).unwrap_or(iso);
    let mut parts = day.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    let (Ok(year), Ok(month), Ok(day)) = (year.parse::<i32>(), month.parse::<u8>(), day.parse::<u8>()) else {
        return iso.to_owned();
    };
    let (Ok(date), Some(formatter)) = (Date::try_new_gregorian(year, month, day), LONG_DATES.get(locale))
    else {
        return iso.to_owned();
    };
    formatter.format(&date).to_string()
}

/// A month (`2026-12`) with its year in `locale` ("December 2026", "2026年12月"); anything
/// else comes back as it is.
pub fn month_year(locale: Locale, month: &str) -> String {
    let Some((year, number)) = month.split_once('-') else {
        return month.to_owned();
    };
    let (Ok(year), Ok(number)) = (year.parse::<i32>(), number.get(..2).unwrap_or(number).parse::<u8>())
    else {
        return month.to_owned();
    };
    let (Ok(date), Some(formatter)) = (Date::try_new_gregorian(year, number, 1), MONTHS.get(locale)) else {
        return month.to_owned();
    };
    formatter.format(&date).to_string()
}

/// A time of day (`14:30`) in `locale`'s clock ("2:30 PM", "14:30", "下午2:30"); anything
/// else comes back as it is.
pub fn time_of_day(locale: Locale, hh_mm: &str) -> String {
    let Some((hour, minute)) = hh_mm.split_once(':') else {
        return hh_mm.to_owned();
    };
    let minute = minute.get(..2).unwrap_or(minute);
    let (Ok(hour), Ok(minute)) = (hour.parse::<u8>(), minute.parse::<u8>()) else {
        return hh_mm.to_owned();
    };
    let (Ok(time), Some(formatter)) = (Time::try_new(hour, minute, 0, 0), TIMES.get(locale)) else {
        return hh_mm.to_owned();
    };
    formatter.format(&time).to_string()
}

/// A whole number with `locale`'s digits and grouping ("12,345", "12 345", "12.345").
pub fn integer(locale: Locale, value: i64) -> String {
    match DECIMALS.get(locale) {
        Some(formatter) => formatter.format(&Decimal::from(value)).to_string(),
        None => value.to_string(),
    }
}

/// A number as Fluent passes it: whole numbers through [`integer`], others as they are.
pub fn number(locale: Locale, value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        #[allow(clippy::cast_possible_truncation)]
        return integer(locale, value as i64);
    }
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_each_language_writes_them() {
        assert_eq!(long_date(Locale::En, "2026-12-06"), "6 December 2026");
        assert_eq!(long_date(Locale::Fr, "2026-12-06"), "6 décembre 2026");
        assert_eq!(long_date(Locale::Es, "2026-12-06"), "6 de diciembre de 2026");
        assert_eq!(long_date(Locale::Ru, "2026-12-06T10:00:00Z"), "6 декабря 2026\u{202f}г.");
        assert_eq!(long_date(Locale::Zh, "2026-12-06"), "2026年12月6日");
        assert!(
            long_date(Locale::Ar, "2026-12-06").contains("ديسمبر"),
            "{}",
            long_date(Locale::Ar, "2026-12-06")
        );
        assert!(long_date(Locale::Ar, "2026-12-06").contains("2026"));
    }

    #[test]
    fn months_read_with_their_year() {
        assert_eq!(month_year(Locale::En, "2026-12"), "December 2026");
        assert_eq!(month_year(Locale::Fr, "2026-12"), "décembre 2026");
        assert_eq!(month_year(Locale::Zh, "2026-12"), "2026年12月");
        assert_eq!(month_year(Locale::En, "2026-13"), "2026-13");
    }

    #[test]
    fn malformed_dates_and_times_are_shown_as_given() {
        assert_eq!(long_date(Locale::Fr, "2026-13-40"), "2026-13-40");
        assert_eq!(long_date(Locale::Fr, "soon"), "soon");
        assert_eq!(long_date(Locale::Fr, ""), "");
        assert_eq!(time_of_day(Locale::Fr, "25:00"), "25:00");
        assert_eq!(time_of_day(Locale::Fr, "noon"), "noon");
    }

    #[test]
    fn times_follow_each_language_s_clock() {
        assert_eq!(time_of_day(Locale::Fr, "14:30"), "14:30");
        assert_eq!(time_of_day(Locale::Ru, "09:05"), "09:05");
        assert_eq!(time_of_day(Locale::En, "14:30"), "14:30");
        assert!(time_of_day(Locale::Zh, "14:30").contains("14:30"), "{}", time_of_day(Locale::Zh, "14:30"));
    }

    #[test]
    fn numbers_are_grouped_per_language() {
        assert_eq!(integer(Locale::En, 12345), "12,345");
        assert_eq!(integer(Locale::Es, 12345), "12.345");
        assert_eq!(integer(Locale::Zh, 12345), "12,345");
        assert_eq!(integer(Locale::Ar, 12345), "12,345");
        assert_eq!(integer(Locale::Fr, 12345).replace(['\u{202f}', '\u{a0}'], " "), "12 345");
        assert_eq!(number(Locale::En, 7.0), "7");
        assert_eq!(number(Locale::En, 2.5), "2.5");
    }
}
