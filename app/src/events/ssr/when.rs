//! Times of events: local times read in an IANA time zone (jiff's bundled database), and the
//! same instant shown in the event's zone and in UTC.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use time::OffsetDateTime;

/// The time zone named `name`, if the IANA database knows it.
pub fn zone(name: &str) -> Option<TimeZone> {
    if name.is_empty() || name.len() > 64 {
        return None;
    }
    TimeZone::get(name).ok()
}

/// A moment written in the event's zone: `2024-05-28T10:00` (or with seconds), or a date
/// alone (`2024-05-28`), which is its first moment. Returns the instant and whether only the
/// date was given.
pub fn read_local(text: &str, zone: &TimeZone) -> Option<(OffsetDateTime, bool)> {
    let text = text.trim();
    if text.len() > 32 {
        return None;
    }
    let (civil, date_only) = match text.parse::<DateTime>() {
        Ok(civil) if text.contains('T') || text.contains(' ') => (civil, false),
        _ => (text.parse::<Date>().ok()?.to_datetime(jiff::civil::Time::midnight()), true),
    };
    let zoned = civil.to_zoned(zone.clone()).ok()?;
    Some((to_time(zoned.timestamp())?, date_only))
}

/// The day after the date of `at` in `zone`, at its first moment: the end of an event
/// known by its dates only.
pub fn next_day(at: OffsetDateTime, zone: &TimeZone) -> Option<OffsetDateTime> {
    let zoned = to_jiff(at)?.to_zoned(zone.clone());
    let next = zoned.date().tomorrow().ok()?.to_zoned(zone.clone()).ok()?;
    to_time(next.timestamp())
}

fn to_time(at: Timestamp) -> Option<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp(at.as_second()).ok()
}

fn to_jiff(at: OffsetDateTime) -> Option<Timestamp> {
    Timestamp::from_second(at.unix_timestamp()).ok()
}

/// How a moment reads in a zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// RFC 3339 with the zone's offset, for `<time datetime>`.
    pub datetime: String,
    /// `2024-05-28`.
    pub date: String,
    /// `10:00`.
    pub time: String,
    /// The zone's abbreviation or offset at that moment (`CEST`, `+02`).
    pub abbreviation: String,
}

/// `at` in `zone` (UTC when the zone is unknown).
pub fn show(at: OffsetDateTime, zone_name: &str) -> Shown {
    let zone = zone(zone_name).unwrap_or(TimeZone::UTC);
    let Some(stamp) = to_jiff(at) else {
        return Shown {
            datetime: String::new(),
            date: String::new(),
            time: String::new(),
            abbreviation: String::new(),
        };
    };
    let zoned = stamp.to_zoned(zone);
    Shown {
        datetime: zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        date: zoned.strftime("%Y-%m-%d").to_string(),
        time: zoned.strftime("%H:%M").to_string(),
        abbreviation: zoned.strftime("%Z").to_string(),
    }
}

/// `at` as iCalendar's UTC form, `20240528T080000Z`.
pub fn ical_utc(at: OffsetDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// The date of `at` in `zone` as iCalendar's `DATE` form, `20240528`.
pub fn ical_date(at: OffsetDateTime, zone_name: &str) -> String {
    show(at, zone_name).date.replace('-', "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_local_time_is_read_in_its_zone() {
        let paris = zone("Europe/Paris").expect("Paris is in the database");
        let (at, date_only) = read_local("2025-06-04T09:30", &paris).expect("a time");
        assert!(!date_only);
        assert_eq!(ical_utc(at), "20250604T073000Z", "Paris is two hours ahead in June");
        let shown = show(at, "Europe/Paris");
        assert_eq!(shown.datetime, "2025-06-04T09:30:00+02:00");
        assert_eq!(shown.abbreviation, "CEST");
        let (winter, _) = read_local("2025-01-15T09:30", &paris).expect("a time");
        assert_eq!(ical_utc(winter), "20250115T083000Z");
    }

    #[test]
    fn a_date_alone_is_its_first_moment_and_ends_the_next_day() {
        let paris = zone("Europe/Paris").expect("Paris");
        let (at, date_only) = read_local("2025-06-05", &paris).expect("a date");
        assert!(date_only);
        let end = next_day(at, &paris).expect("next day");
        assert_eq!(ical_date(end, "Europe/Paris"), "20250606");
    }

    #[test]
    fn unknown_zones_and_nonsense_are_refused() {
        assert!(zone("Mars/Olympus_Mons").is_none());
        assert!(zone("").is_none());
        assert!(zone("UTC").is_some());
        assert!(zone("Etc/GMT-2").is_some());
        let utc = zone("UTC").expect("UTC");
        assert!(read_local("tomorrow", &utc).is_none());
        assert!(read_local("2025-02-30T10:00", &utc).is_none());
    }
}
