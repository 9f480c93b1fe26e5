//! Checking an event's record before anything is written: every problem named by its field,
//! so a form shows each next to its field and nothing changes.

use time::OffsetDateTime;

use super::when;
use crate::error::FieldError;
use crate::events::record::{EventRecord, FORMATS, KINDS, Outcome, TAG_FACETS};
use crate::taxonomy;

/// Longest title, in characters.
const TITLE_MAX: usize = 200;
/// Longest summary.
const SUMMARY_MAX: usize = 2_000;
/// Longest agenda (Markdown).
const AGENDA_MAX: usize = 50_000;
/// Longest short text (venue, address, a name, a line).
const LINE_MAX: usize = 500;
/// Most items in a list (speakers, links, plan items, …).
const LIST_MAX: usize = 100;
/// Largest capacity.
const CAPACITY_MAX: i64 = 100_000;

/// A record that passed the checks, with its instants and tags.
#[derive(Clone, Debug)]
pub struct CheckedEvent {
    /// The record, with codes in place of names.
    pub record: EventRecord,
    /// Start.
    pub starts_at: OffsetDateTime,
    /// End (for an event known by its dates, the first moment of the day after).
    pub ends_at: OffsetDateTime,
    /// Whether only its dates are known.
    pub all_day: bool,
    /// `(facet, code)` tags, regions included.
    pub tags: Vec<(String, String)>,
}

fn problem(problems: &mut Vec<FieldError>, field: &str, key: &str) {
    if !problems.iter().any(|p| p.field == field) {
        problems.push(FieldError::new(field, key));
    }
}

fn problem_value(problems: &mut Vec<FieldError>, field: &str, key: &str, value: &str) {
    if !problems.iter().any(|p| p.field == field) {
        let value: String = value.chars().take(80).collect();
        problems.push(FieldError { field: field.to_owned(), key: key.to_owned(), value: Some(value) });
    }
}

fn web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() <= 2_000
        && !url.chars().any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
}

/// Checks `record`; `accepted` is how many people are accepted now (a capacity below it is
/// refused).
pub fn check(mut record: EventRecord, accepted: u64) -> Result<CheckedEvent, Vec<FieldError>> {
    let mut problems = Vec::new();
    let text = |problems: &mut Vec<FieldError>, field: &str, value: &str, required: bool, max: usize| {
        if required && value.trim().is_empty() {
            problem(problems, field, "error-required");
        } else if value.chars().count() > max {
            problem(problems, field, "error-too-long");
        }
    };
    text(&mut problems, "title", &record.title, true, TITLE_MAX);
    text(&mut problems, "summary", &record.summary, true, SUMMARY_MAX);
    text(&mut problems, "agenda", &record.agenda, false, AGENDA_MAX);
    for (field, value) in [
        ("venue", &record.venue),
        ("address", &record.address),
        ("interpretation", &record.interpretation),
        ("online_url", &record.online_url),
    ] {
        text(&mut problems, field, value, false, LINE_MAX);
    }
    if record.lang.is_empty() {
        record.lang = "en".to_owned();
    }
    if record.lang.len() > 12 || !record.lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        problem(&mut problems, "lang", "event-error-language");
    }
    if !KINDS.contains(&record.kind.as_str()) {
        problem(&mut problems, "kind", "event-error-kind");
    }
    if !record.format.is_empty() && !FORMATS.contains(&record.format.as_str()) {
        problem(&mut problems, "format", "event-error-format");
    }
    if !record.online_url.is_empty() && !web_address(&record.online_url) {
        problem(&mut problems, "online_url", "event-error-url");
    }
    for (field, list) in [
        ("organisers", &record.organisers),
        ("moderators", &record.moderators),
        ("speakers", &record.speakers),
        ("languages", &record.languages),
    ] {
        if list.len() > LIST_MAX || list.iter().any(|item| item.chars().count() > LINE_MAX) {
            problem(&mut problems, field, "error-too-long");
        }
    }
    if record
        .languages
        .iter()
        .any(|code| code.len() > 12 || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    {
        problem(&mut problems, "languages", "event-error-language");
    }
    if record.links.len() > LIST_MAX {
        problem(&mut problems, "links", "error-too-long");
    }
    for link in &record.links {
        if !web_address(&link.url) {
            problem_value(&mut problems, "links", "event-error-link", &link.url);
        }
    }
    // Times, in the event's zone.
    let zone = when::zone(record.time_zone.trim());
    if record.time_zone.trim().is_empty() {
        problem(&mut problems, "time_zone", "error-required");
    } else if zone.is_none() {
        problem_value(&mut problems, "time_zone", "event-error-time-zone", &record.time_zone);
    }
    let mut instants = None;
    if let Some(zone) = &zone {
        let starts = when::read_local(&record.starts, zone);
        let ends = when::read_local(&record.ends, zone);
        if record.starts.is_empty() {
            problem(&mut problems, "starts", "error-required");
        } else if starts.is_none() {
            problem(&mut problems, "starts", "event-error-time");
        }
        if record.ends.is_empty() {
            problem(&mut problems, "ends", "error-required");
        } else if ends.is_none() {
            problem(&mut problems, "ends", "event-error-time");
        }
        if let (Some((starts_at, start_date)), Some((ends_at, end_date))) = (starts, ends) {
            if start_date != end_date {
                problem(&mut problems, "ends", "event-error-mixed-times");
            } else if start_date {
                match when::next_day(ends_at, zone) {
                    Some(end) if ends_at >= starts_at => instants = Some((starts_at, end, true)),
                    _ => problem(&mut problems, "ends", "event-error-end-before-start"),
                }
            } else if ends_at <= starts_at {
                problem(&mut problems, "ends", "event-error-end-before-start");
            } else {
                instants = Some((starts_at, ends_at, false));
            }
        }
        record.time_zone = record.time_zone.trim().to_owned();
    }
    // Registration.
    match record.capacity {
        Some(capacity) if !(1..=CAPACITY_MAX).contains(&capacity) => {
            problem(&mut problems, "capacity", "event-error-capacity");
        }
        Some(capacity) if u64::try_from(capacity).unwrap_or(0) < accepted => {
            problems.push(FieldError {
                field: "capacity".to_owned(),
                key: "event-error-capacity-below-accepted".to_owned(),
                value: Some(accepted.to_string()),
            });
        }
        _ => {}
    }
    // Tags: codes, or names the taxonomy knows.
    let mut tags = Vec::new();
    for facet in TAG_FACETS {
        let list = match facet {
            "domain" => &mut record.domain,
            "wsis" => &mut record.wsis,
            "sdg" => &mut record.sdg,
            "country" => &mut record.country,
            _ => &mut record.theme,
        };
        let mut codes = Vec::new();
        for value in list.iter() {
            let code = if facet == "country" {
                taxonomy::country(&value.to_uppercase())
                    .or_else(|| taxonomy::country_by_name(value))
                    .map(|country| country.code.clone())
            } else if taxonomy::is_known(facet, value) {
                Some(value.clone())
            } else {
                taxonomy::term_by_name(facet, value).map(str::to_owned)
            };
            match code {
                Some(code) if !codes.contains(&code) => codes.push(code),
                Some(_) => {}
                None => {
                    let field = if facet == "country" { "countries" } else { "tags" };
                    problem_value(&mut problems, field, "event-error-tag", value);
                }
            }
        }
        for code in &codes {
            if facet == "country"
                && let Some(country) = taxonomy::country(code)
            {
                let region = ("region".to_owned(), country.region_code());
                if !tags.contains(&region) {
                    tags.push(region);
                }
            }
            tags.push((facet.to_owned(), code.clone()));
        }
        *list = codes;
    }
    if let Some(outcome) = &record.outcome
        && let Err(found) = check_outcome(outcome)
    {
        problems.extend(found);
    }
    match (problems.is_empty(), instants) {
        (true, Some((starts_at, ends_at, all_day))) => {
            Ok(CheckedEvent { record, starts_at, ends_at, all_day, tags })
        }
        _ => {
            if problems.is_empty() {
                problem(&mut problems, "starts", "event-error-time");
            }
            Err(problems)
        }
    }
}

/// Checks an outcome record: sizes, links, plan dates and a plausible attendance.
pub fn check_outcome(outcome: &Outcome) -> Result<(), Vec<FieldError>> {
    let mut problems = Vec::new();
    for (field, list) in [
        ("key_issues", &outcome.key_issues),
        ("outcomes", &outcome.outcomes),
        ("attending", &outcome.organisations),
    ] {
        if list.len() > LIST_MAX || list.iter().any(|item| item.chars().count() > 2 * LINE_MAX) {
            problem(&mut problems, field, "error-too-long");
        }
    }
    if outcome.plan.len() > LIST_MAX {
        problem(&mut problems, "plan", "error-too-long");
    }
    for item in &outcome.plan {
        if item.action.is_empty() {
            problem(&mut problems, "plan", "event-error-plan-action");
        }
        if !item.due.is_empty() && item.due.parse::<jiff::civil::Date>().is_err() {
            problem_value(&mut problems, "plan", "event-error-plan-date", &item.due);
        }
    }
    for (field, links) in [("recordings", &outcome.recordings), ("slides", &outcome.slides)] {
        if links.len() > LIST_MAX {
            problem(&mut problems, field, "error-too-long");
        }
        for link in links {
            if !web_address(&link.url) {
                problem_value(&mut problems, field, "event-error-link", &link.url);
            }
        }
    }
    if let Some(count) = outcome.attendance
        && !(0..=10_000_000).contains(&count)
    {
        problem(&mut problems, "attendance", "event-error-attendance");
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::check;
    use crate::events::record::EventRecord;

    fn record() -> EventRecord {
        EventRecord {
            slug: "a-webinar".into(),
            title: "A webinar".into(),
            summary: "An hour on data governance.".into(),
            kind: "webinar".into(),
            format: "online".into(),
            starts: "2030-03-01T10:00".into(),
            ends: "2030-03-01T11:00".into(),
            time_zone: "Europe/Paris".into(),
            country: vec!["France".into()],
            sdg: vec!["16".into()],
            ..EventRecord::default()
        }
    }

    fn fields(record: EventRecord, accepted: u64) -> Vec<String> {
        check(record, accepted).err().unwrap_or_default().into_iter().map(|p| p.field).collect()
    }

    #[test]
    fn a_good_record_passes_with_its_region() {
        let checked = check(record(), 0).expect("valid");
        assert_eq!(checked.record.country, vec!["FR".to_owned()]);
        assert!(checked.tags.contains(&("region".to_owned(), "europe".to_owned())), "{:?}", checked.tags);
        assert!(!checked.all_day);
    }

    #[test]
    fn each_bad_field_is_named() {
        assert_eq!(fields(EventRecord { ends: "2030-03-01T09:00".into(), ..record() }, 0), ["ends"]);
        assert_eq!(fields(EventRecord { time_zone: "Europe/Atlantis".into(), ..record() }, 0), ["time_zone"]);
        assert_eq!(fields(EventRecord { capacity: Some(5), ..record() }, 6), ["capacity"]);
        assert!(fields(EventRecord { capacity: Some(6), ..record() }, 6).is_empty());
        assert_eq!(fields(EventRecord { kind: "party".into(), ..record() }, 0), ["kind"]);
        assert_eq!(fields(EventRecord { starts: "2030-03-01".into(), ..record() }, 0), ["ends"]);
    }
}
