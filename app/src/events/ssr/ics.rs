//! Events as iCalendar (RFC 5545) and as schema.org `Event` JSON-LD.
//!
//! Policy: each event has a stable `UID` (its key and the hub's host), `DTSTAMP` and
//! `LAST-MODIFIED` from its last change, `DTSTART`/`DTEND` in UTC (or as dates for an event
//! known by its dates only), the `SEQUENCE` that goes up when its time changes or it is
//! cancelled or postponed, its `URL` and `LOCATION`. The online room's link is written only
//! into the calendar a registrant gets for their own registration. Lines are folded at 75
//! octets (never inside a UTF-8 character) and end in CRLF; text values are escaped.

use super::when;
use crate::db::entities::event;
use crate::events::record::EventRecord;

/// Escapes an iCalendar TEXT value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends content line `line`, folded at 75 octets, with CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// The host part of `base` (`https://hub.example.org` → `hub.example.org`).
fn host(base: &str) -> &str {
    let rest = base.split_once("://").map_or(base, |(_, rest)| rest);
    rest.split('/').next().unwrap_or(rest)
}

/// The events `rows` as one calendar; `online_url` is the online room to add (a
/// registrant's own calendar of one event).
pub fn calendar(base: &str, rows: &[event::Model], online_url: Option<&str>) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Coalition Hub//Events//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    for row in rows {
        vevent(&mut out, base, row, online_url);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

fn vevent(out: &mut String, base: &str, row: &event::Model, online_url: Option<&str>) {
    let url = format!("{base}{}", crate::paths::event(&row.slug));
    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:event-{}@{}", row.id, host(base)));
    push_line(out, &format!("DTSTAMP:{}", when::ical_utc(row.updated_at)));
    push_line(out, &format!("LAST-MODIFIED:{}", when::ical_utc(row.updated_at)));
    push_line(out, &format!("CREATED:{}", when::ical_utc(row.created_at)));
    if row.all_day {
        push_line(out, &format!("DTSTART;VALUE=DATE:{}", when::ical_date(row.starts_at, &row.time_zone)));
        push_line(out, &format!("DTEND;VALUE=DATE:{}", when::ical_date(row.ends_at, &row.time_zone)));
    } else {
        push_line(out, &format!("DTSTART:{}", when::ical_utc(row.starts_at)));
        push_line(out, &format!("DTEND:{}", when::ical_utc(row.ends_at)));
    }
    push_line(out, &format!("SEQUENCE:{}", row.sequence));
    let status = match row.schedule.as_str() {
        "cancelled" => "CANCELLED",
        "postponed" => "TENTATIVE",
        _ => "CONFIRMED",
    };
    push_line(out, &format!("STATUS:{status}"));
    push_line(out, &format!("SUMMARY:{}", escape(&row.title)));
    let mut description = row.summary.clone();
    if !row.all_day {
        let local = when::show(row.starts_at, &row.time_zone);
        description.push_str(&format!("\n\n{} {} ({})", local.date, local.time, row.time_zone));
    }
    if let Some(online) = online_url.filter(|link| !link.is_empty()) {
        description.push_str(&format!("\n\n{online}"));
    }
    description.push_str(&format!("\n\n{url}"));
    push_line(out, &format!("DESCRIPTION:{}", escape(&description)));
    push_line(out, &format!("URL:{url}"));
    let location: Vec<&str> =
        [row.venue.as_str(), row.address.as_str()].into_iter().filter(|part| !part.is_empty()).collect();
    match (location.is_empty(), online_url.filter(|link| !link.is_empty())) {
        (false, _) => push_line(out, &format!("LOCATION:{}", escape(&location.join(", ")))),
        (true, Some(online)) => push_line(out, &format!("LOCATION:{}", escape(online))),
        (true, None) if row.format == "online" => push_line(out, "LOCATION:Online"),
        _ => {}
    }
    push_line(out, "END:VEVENT");
}

/// schema.org `Event` of `row`, safe inside a `<script>` element.
pub fn json_ld(row: &event::Model, record: &EventRecord, base: &str) -> String {
    let url = format!("{base}{}", crate::paths::event(&row.slug));
    let times = super::queries::times(row);
    let (start, end) = if row.all_day {
        (times.starts.date.clone(), times.ends.date.clone())
    } else {
        (times.starts.datetime.clone(), times.ends.datetime.clone())
    };
    let status = match row.schedule.as_str() {
        "cancelled" => "https://schema.org/EventCancelled",
        "postponed" => "https://schema.org/EventPostponed",
        _ => "https://schema.org/EventScheduled",
    };
    let mode = match row.format.as_str() {
        "online" => Some("https://schema.org/OnlineEventAttendanceMode"),
        "hybrid" => Some("https://schema.org/MixedEventAttendanceMode"),
        "in-person" => Some("https://schema.org/OfflineEventAttendanceMode"),
        _ => None,
    };
    let mut locations = Vec::new();
    if !row.venue.is_empty() || !row.address.is_empty() {
        locations.push(serde_json::json!({
            "@type": "Place",
            "name": if row.venue.is_empty() { &row.address } else { &row.venue },
            "address": row.address,
        }));
    }
    if matches!(row.format.as_str(), "online" | "hybrid") {
        // The room's own link is for registrants: the page stands for it.
        locations.push(serde_json::json!({ "@type": "VirtualLocation", "url": url }));
    }
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": row.title,
        "description": row.summary,
        "startDate": start,
        "endDate": end,
        "eventStatus": status,
        "url": url,
        "inLanguage": if record.languages.is_empty() { vec![row.lang.clone()] } else { record.languages.clone() },
        "organizer": record.organisers.iter().map(|name| serde_json::json!({ "@type": "Organization", "name": name })).collect::<Vec<_>>(),
        "performer": record.speakers.iter().map(|name| serde_json::json!({ "@type": "Person", "name": name })).collect::<Vec<_>>(),
    });
    if let Some(mode) = mode {
        value["eventAttendanceMode"] = serde_json::json!(mode);
    }
    if !locations.is_empty() {
        value["location"] = serde_json::json!(locations);
    }
    value.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::{escape, push_line};

    #[test]
    fn text_is_escaped_and_lines_fold_at_75_octets() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "é".repeat(60));
        push_line(&mut out, &line);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end_matches("\r\n"), line);
    }
}
