//! Checking a pledge and a progress report before anything is written: every problem named
//! by its field (a milestone's fields by their row), so the form shows each next to its
//! field and nothing is half-saved.

use time::Date;

use crate::error::FieldError;
use crate::pledges::record::{
    EVIDENCE_MAX, MILESTONES_MAX, Milestone, PledgeRecord, Report, TAG_FACETS, evidence_kind,
};
use crate::taxonomy;

/// Longest title, in characters.
const TITLE_MAX: usize = 200;
/// Longest paragraph (commitment, baseline, target).
const TEXT_MAX: usize = 5_000;
/// Longest progress report.
const REPORT_MAX: usize = 20_000;
/// Longest milestone title or evidence link.
const LINE_MAX: usize = 500;
/// Largest weight.
const WEIGHT_MAX: f64 = 1_000_000.0;
/// Most tags.
const TAGS_MAX: usize = 60;

/// A record that passed the checks, with its dates.
#[derive(Clone, Debug)]
pub struct CheckedPledge {
    /// The record.
    pub record: PledgeRecord,
    /// First day.
    pub starts: Date,
    /// Target date.
    pub ends: Date,
}

fn problem(problems: &mut Vec<FieldError>, field: &str, key: &str) {
    if !problems.iter().any(|p| p.field == field) {
        problems.push(FieldError::new(field, key));
    }
}

/// An ISO 8601 calendar date.
pub fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text.trim(), &time::format_description::well_known::Iso8601::DATE).ok()
}

fn text(problems: &mut Vec<FieldError>, field: &str, value: &str, required: bool, max: usize) {
    if required && value.trim().is_empty() {
        problem(problems, field, "error-required");
    } else if value.chars().count() > max {
        problem(problems, field, "error-too-long");
    }
}

/// Whether `link` is a page of the hub's events, cases or assessment cycles, or a web
/// address.
fn evidence_ok(link: &str) -> bool {
    let clean = link.len() <= LINE_MAX
        && !link.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    let web = (link.starts_with("https://") || link.starts_with("http://"))
        && link
            .split_once("://")
            .is_some_and(|(_, rest)| rest.split('/').next().is_some_and(|h| h.contains('.')));
    let hub = match evidence_kind(link) {
        "event" => link.len() > "/events/".len(),
        "case" => link.len() > "/cases/".len(),
        "cycle" => link["/assessment/cycles/".len()..].parse::<i64>().is_ok(),
        _ => false,
    };
    clean && (web || hub)
}

fn evidence(problems: &mut Vec<FieldError>, field: &str, links: &[String]) {
    if links.len() > EVIDENCE_MAX {
        problem(problems, field, "pledge-error-too-many-links");
    } else if links.iter().any(|link| !evidence_ok(link)) {
        problem(problems, field, "pledge-error-evidence");
    }
}

/// Checks the milestone in form row `row` against the pledge's dates.
fn milestone(problems: &mut Vec<FieldError>, row: usize, m: &Milestone, ends: Option<Date>) {
    let field = |name: &str| format!("milestone_{row}_{name}");
    text(problems, &field("title"), &m.title, true, LINE_MAX);
    match parse_date(&m.due) {
        None if m.due.is_empty() => problem(problems, &field("due"), "error-required"),
        None => problem(problems, &field("due"), "pledge-error-date"),
        Some(due) if ends.is_some_and(|ends| due > ends) => {
            problem(problems, &field("due"), "pledge-error-milestone-after-end");
        }
        Some(_) => {}
    }
    match m.weight {
        Some(w) if w.is_nan() => problem(problems, &field("weight"), "pledge-error-weight-number"),
        Some(w) if w < 0.0 => problem(problems, &field("weight"), "pledge-error-weight-negative"),
        Some(w) if w > WEIGHT_MAX || !w.is_finite() => {
            problem(problems, &field("weight"), "pledge-error-weight-large");
        }
        _ => {}
    }
}

/// Checks `record`.
pub fn check(mut record: PledgeRecord) -> Result<CheckedPledge, Vec<FieldError>> {
    let mut problems = Vec::new();
    text(&mut problems, "title", &record.title, true, TITLE_MAX);
    text(&mut problems, "commitment", &record.commitment, true, TEXT_MAX);
    text(&mut problems, "baseline", &record.baseline, false, TEXT_MAX);
    text(&mut problems, "target", &record.target, true, TEXT_MAX);
    if record.lang.is_empty() {
        record.lang = "en".to_owned();
    }
    if record.lang.len() > 12 || !record.lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        problem(&mut problems, "lang", "pledge-error-language");
    }
    let starts = parse_date(&record.starts);
    let ends = parse_date(&record.ends);
    for (field, value, date) in [("starts", &record.starts, starts), ("ends", &record.ends, ends)] {
        if value.is_empty() {
            problem(&mut problems, field, "error-required");
        } else if date.is_none() {
            problem(&mut problems, field, "pledge-error-date");
        }
    }
    if let (Some(starts), Some(ends)) = (starts, ends)
        && ends < starts
    {
        problem(&mut problems, "ends", "pledge-error-ends-before-start");
    }
    if record.milestones.len() > MILESTONES_MAX {
        problem(&mut problems, "form", "pledge-error-too-many-milestones");
    }
    for (row, m) in record.milestones.iter().enumerate().take(MILESTONES_MAX) {
        milestone(&mut problems, row, m, ends);
    }
    evidence(&mut problems, "evidence_links", &record.evidence);
    if record.tags.len() > TAGS_MAX
        || record
            .tags
            .iter()
            .any(|(facet, code)| !TAG_FACETS.contains(&facet.as_str()) || !taxonomy::is_known(facet, code))
    {
        problem(&mut problems, "tags", "pledge-error-tags");
    }
    record.tags.sort();
    record.tags.dedup();
    match (problems.is_empty(), starts, ends) {
        (true, Some(starts), Some(ends)) => Ok(CheckedPledge { record, starts, ends }),
        _ => Err(problems),
    }
}

/// Checks a progress report for a pledge of `milestones` milestones.
pub fn check_report(report: &Report, milestones: usize) -> Result<(), Vec<FieldError>> {
    let mut problems = Vec::new();
    text(&mut problems, "done", &report.done, true, REPORT_MAX);
    evidence(&mut problems, "evidence_links", &report.evidence);
    if report.completion.len() != milestones {
        problem(&mut problems, "form", "pledge-error-milestones-changed");
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// Checks an editor's comment or a pledger's reply.
pub fn check_comment(field: &str, value: &str) -> Result<(), Vec<FieldError>> {
    let mut problems = Vec::new();
    text(&mut problems, field, value, true, TEXT_MAX);
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pledges::record::Completion;

    fn record() -> PledgeRecord {
        PledgeRecord {
            title: "Train every new official in data use".to_owned(),
            commitment: "A course for all new officials.".to_owned(),
            target: "All new officials trained.".to_owned(),
            starts: "2027-01-01".to_owned(),
            ends: "2028-12-31".to_owned(),
            milestones: vec![Milestone {
                title: "Course written".to_owned(),
                due: "2027-06-30".to_owned(),
                weight: Some(1.0),
                completion: Completion::NotStarted,
            }],
            ..Default::default()
        }
    }

    fn fields(result: Result<CheckedPledge, Vec<FieldError>>) -> Vec<(String, String)> {
        result.err().unwrap_or_default().into_iter().map(|p| (p.field, p.key)).collect()
    }

    #[test]
    fn a_good_record_passes() {
        let checked = check(record()).expect("passes");
        assert_eq!(checked.record.lang, "en");
        assert_eq!(checked.ends.to_string(), "2028-12-31");
    }

    #[test]
    fn a_target_date_before_the_start_is_named() {
        let mut bad = record();
        bad.ends = "2026-12-31".to_owned();
        bad.milestones.clear();
        assert_eq!(fields(check(bad)), [("ends".to_owned(), "pledge-error-ends-before-start".to_owned())]);
    }

    #[test]
    fn a_milestone_after_the_end_and_a_negative_weight_are_named_by_row() {
        let mut bad = record();
        bad.milestones.push(Milestone {
            title: "Late".to_owned(),
            due: "2029-01-01".to_owned(),
            weight: Some(-1.0),
            completion: Completion::NotStarted,
        });
        assert_eq!(
            fields(check(bad)),
            [
                ("milestone_1_due".to_owned(), "pledge-error-milestone-after-end".to_owned()),
                ("milestone_1_weight".to_owned(), "pledge-error-weight-negative".to_owned()),
            ]
        );
    }

    #[test]
    fn required_fields_bad_dates_and_links() {
        let bad = PledgeRecord {
            starts: "soon".to_owned(),
            evidence: vec!["javascript:alert(1)".to_owned()],
            tags: vec![("sdg".to_owned(), "99".to_owned())],
            ..Default::default()
        };
        let found: Vec<String> = fields(check(bad)).into_iter().map(|(field, _)| field).collect();
        assert_eq!(found, ["title", "commitment", "target", "starts", "ends", "evidence_links", "tags"]);
    }

    #[test]
    fn evidence_is_a_hub_page_or_a_web_address() {
        for good in
            ["/events/a-session", "/cases/a-case", "/assessment/cycles/12", "https://example.org/report"]
        {
            assert!(evidence_ok(good), "{good}");
        }
        for bad in ["/events/", "/assessment/cycles/x", "/members", "ftp://x.org", "https://x.org/a b"] {
            assert!(!evidence_ok(bad), "{bad}");
        }
    }

    #[test]
    fn a_report_must_say_what_was_done_for_the_milestones_it_has() {
        let report =
            Report { done: String::new(), evidence: Vec::new(), completion: vec![Completion::Limited] };
        let problems = check_report(&report, 2).err().unwrap_or_default();
        let found: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(found, ["done", "form"]);
    }
}
