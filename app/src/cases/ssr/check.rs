//! The rules every case record passes before anything is written, whoever sends it (the
//! import, a form). Each problem names its field and an i18n key that explains it in plain
//! words, with the offending value where it helps.

use std::collections::BTreeMap;

use time::Date;
use time::macros::format_description;

use crate::cases::record::{
    CaseLink, CaseOrganisation, CaseRecord, CostBand, Evidence, SECTIONS, Stage, completeness,
};
use crate::content::is_valid_slug;
use crate::taxonomy;
use crate::text::name_slug;

/// Longest title, in characters.
const TITLE_MAX: usize = 200;
/// Longest summary, in characters.
const SUMMARY_MAX: usize = 2_000;
/// Longest section, in characters.
const SECTION_MAX: usize = 20_000;
/// Longest short field (licence, contact, a link label, an organisation's name).
const SHORT_MAX: usize = 300;
/// Slugs that name pages of the library itself (`/cases/world`).
const RESERVED_SLUGS: [&str; 3] = ["world", "export", "submit"];
/// Most links and most organisations a case lists.
const LIST_MAX: usize = 20;

/// What is wrong with one field of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The field, as named in the record (`sdg`, `country`, `adapted_from`, …).
    pub field: String,
    /// i18n key of the explanation.
    pub key: String,
    /// The offending value, if one (`$value` in the message).
    pub value: Option<String>,
}

impl Problem {
    fn new(field: &str, key: &str, value: Option<&str>) -> Problem {
        Problem { field: field.to_owned(), key: key.to_owned(), value: value.map(str::to_owned) }
    }

    /// The explanation in `locale`; a problem without a key (a row that could not be read)
    /// is explained by its value.
    pub fn message(&self, locale: crate::i18n::Locale) -> String {
        if self.key.is_empty() {
            return self.value.clone().unwrap_or_default();
        }
        locale.text_args(&self.key, &[("value", self.value.clone().unwrap_or_default())])
    }
}

/// A record that passed every check: codes normalised, dates parsed, sections rendered.
#[derive(Clone, Debug)]
pub struct CheckedCase {
    /// The record as given (normalised: trimmed, codes in place of names).
    pub record: CaseRecord,
    /// Sanitised HTML of each non-empty section.
    pub sections_html: BTreeMap<String, String>,
    /// Plain text of every section, for the search index.
    pub plain_text: String,
    /// Taxonomy tags, `(facet, code)`, including `stage`, `evidence` and `org`.
    pub tags: Vec<(String, String)>,
    /// Start date.
    pub started_on: Option<Date>,
    /// End date.
    pub ended_on: Option<Date>,
    /// Publication date, if the record gives one.
    pub published_on: Option<Date>,
    /// 0–100.
    pub completeness: u8,
}

fn push(problems: &mut Vec<Problem>, field: &str, key: &str, value: Option<&str>) {
    problems.push(Problem::new(field, key, value));
}

/// Replaces the codes or names in `values` by codes of `facet`; each unknown one is a problem.
fn codes(facet: &str, values: &mut Vec<String>, problems: &mut Vec<Problem>) {
    let mut out = Vec::new();
    for value in values.iter().map(|value| value.trim()).filter(|value| !value.is_empty()) {
        let code = match facet {
            "country" => taxonomy::country_by_name(value).map(|country| country.code.clone()),
            "sdg" => value
                .trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == ' ')
                .parse::<u8>()
                .ok()
                .filter(|number| (1..=17).contains(number))
                .map(|number| number.to_string()),
            _ => taxonomy::term_by_name(facet, value).map(str::to_owned),
        };
        match code {
            Some(code) if !out.contains(&code) => out.push(code),
            Some(_) => {}
            None => push(problems, facet, &format!("case-error-unknown-{facet}"), Some(value)),
        }
    }
    *values = out;
}

fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text, format_description!("[year]-[month]-[day]")).ok()
}

fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}

pub use crate::cases::record::ATTACHMENT_PATH;

fn is_web_address(url: &str) -> bool {
    if let Some(file) = url.strip_prefix(ATTACHMENT_PATH) {
        return file.len() == 36
            && file.ends_with(".pdf")
            && file[..32].bytes().all(|b| b.is_ascii_hexdigit());
    }
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > "https://".len()
        && url.len() <= 2_000
        && !url.chars().any(char::is_whitespace)
}

/// Checks `record`. The `adapted_from` slug is only checked for its form here: whether it
/// exists is for the caller, who knows what else is being imported.
pub fn check(mut record: CaseRecord) -> Result<CheckedCase, Vec<Problem>> {
    let mut problems = Vec::new();

    for text in [
        &mut record.slug,
        &mut record.title,
        &mut record.summary,
        &mut record.lang,
        &mut record.evidence,
        &mut record.stage,
        &mut record.cost_band,
        &mut record.licence,
        &mut record.started_on,
        &mut record.ended_on,
        &mut record.contact,
        &mut record.adapted_from,
        &mut record.published_on,
    ] {
        *text = text.trim().to_owned();
    }
    if record.slug.is_empty() {
        push(&mut problems, "slug", "case-error-required", None);
    } else if !is_valid_slug(&record.slug) || RESERVED_SLUGS.contains(&record.slug.as_str()) {
        push(&mut problems, "slug", "case-error-slug", Some(&record.slug));
    }
    if record.title.chars().count() < 3 {
        push(&mut problems, "title", "case-error-required", None);
    } else if too_long(&record.title, TITLE_MAX) {
        push(&mut problems, "title", "case-error-too-long", None);
    }
    if record.summary.is_empty() {
        push(&mut problems, "summary", "case-error-required", None);
    } else if too_long(&record.summary, SUMMARY_MAX) {
        push(&mut problems, "summary", "case-error-too-long", None);
    }
    if record.lang.is_empty() {
        record.lang = "en".to_owned();
    } else if !(2..=3).contains(&record.lang.len()) || !record.lang.bytes().all(|b| b.is_ascii_lowercase()) {
        push(&mut problems, "lang", "case-error-lang", Some(&record.lang));
    }
    for (key, _) in SECTIONS {
        if too_long(record.section(key), SECTION_MAX) {
            push(&mut problems, key, "case-error-too-long", None);
        }
    }
    if !record.evidence.is_empty() && Evidence::from_code(&record.evidence).is_none() {
        push(&mut problems, "evidence", "case-error-evidence", Some(&record.evidence));
    }
    if !record.stage.is_empty() && Stage::from_code(&record.stage).is_none() {
        push(&mut problems, "stage", "case-error-stage", Some(&record.stage));
    }
    if !record.cost_band.is_empty() && CostBand::from_code(&record.cost_band).is_none() {
        push(&mut problems, "cost_band", "case-error-cost-band", Some(&record.cost_band));
    }
    for (field, text) in [("licence", &record.licence), ("contact", &record.contact)] {
        if too_long(text, SHORT_MAX) {
            push(&mut problems, field, "case-error-too-long", None);
        }
    }
    let mut dates = [None, None, None];
    for (slot, (field, text)) in [
        ("started_on", &record.started_on),
        ("ended_on", &record.ended_on),
        ("published_on", &record.published_on),
    ]
    .into_iter()
    .enumerate()
    {
        if text.is_empty() {
            continue;
        }
        match parse_date(text) {
            Some(date) => dates[slot] = Some(date),
            None => push(&mut problems, field, "case-error-date", Some(text)),
        }
    }
    let [started_on, ended_on, published_on] = dates;
    if let (Some(start), Some(end)) = (started_on, ended_on)
        && end < start
    {
        push(&mut problems, "ended_on", "case-error-ends-before-start", None);
    }

    if record.links.len() > LIST_MAX {
        push(&mut problems, "links", "case-error-too-many", None);
    }
    for link in &mut record.links {
        link.url = link.url.trim().to_owned();
        link.label = link.label.trim().to_owned();
        if !is_web_address(&link.url) {
            push(&mut problems, "links", "case-error-link", Some(&link.url));
        } else if too_long(&link.label, SHORT_MAX) {
            push(&mut problems, "links", "case-error-too-long", None);
        }
    }
    record.organisations.retain(|org| !org.name.trim().is_empty());
    if record.organisations.len() > LIST_MAX {
        push(&mut problems, "organisations", "case-error-too-many", None);
    }
    for org in &mut record.organisations {
        *org = CaseOrganisation {
            name: org.name.trim().to_owned(),
            role: org.role.trim().to_lowercase(),
            website: org.website.trim().to_owned(),
        };
        if too_long(&org.name, SHORT_MAX) || too_long(&org.role, 40) {
            push(&mut problems, "organisations", "case-error-too-long", None);
        }
        if !org.website.is_empty() && !is_web_address(&org.website) {
            push(&mut problems, "organisations", "case-error-link", Some(&org.website));
        }
    }
    if !record.adapted_from.is_empty() {
        if !is_valid_slug(&record.adapted_from) {
            push(&mut problems, "adapted_from", "case-error-adapted-from", Some(&record.adapted_from));
        } else if record.adapted_from == record.slug {
            push(&mut problems, "adapted_from", "case-error-adapted-from-self", None);
        }
    }

    let mut tags: Vec<(String, String)> = Vec::new();
    let mut tag = |facet: &str, code: String| {
        if !tags.iter().any(|(f, c)| f == facet && *c == code) {
            tags.push((facet.to_owned(), code));
        }
    };
    codes("domain", &mut record.domain, &mut problems);
    codes("wsis", &mut record.wsis, &mut problems);
    codes("sdg", &mut record.sdg, &mut problems);
    codes("country", &mut record.country, &mut problems);
    codes("level", &mut record.level, &mut problems);
    codes("theme", &mut record.theme, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    for (facet, values) in [
        ("domain", &record.domain),
        ("wsis", &record.wsis),
        ("sdg", &record.sdg),
        ("country", &record.country),
        ("level", &record.level),
        ("theme", &record.theme),
    ] {
        for value in values {
            tag(facet, value.clone());
        }
    }
    if !record.stage.is_empty() {
        tag("stage", record.stage.clone());
    }
    if !record.evidence.is_empty() {
        tag("evidence", record.evidence.clone());
    }
    for org in &record.organisations {
        let slug = name_slug(&org.name);
        if !slug.is_empty() {
            tag("org", slug);
        }
    }

    let mut sections_html = BTreeMap::new();
    let mut plain_text = String::new();
    for (key, _) in SECTIONS {
        let markdown = record.section(key);
        if markdown.trim().is_empty() {
            continue;
        }
        let rendered = crate::markdown::render(markdown);
        plain_text.push_str(&rendered.plain_text);
        plain_text.push('\n');
        sections_html.insert(key.to_owned(), rendered.html);
    }
    let (completeness, _) = completeness(&record);
    Ok(CheckedCase {
        record,
        sections_html,
        plain_text,
        tags,
        started_on,
        ended_on,
        published_on,
        completeness,
    })
}

/// The links of a record with an empty label named after their address's host.
pub fn labelled(links: &[CaseLink]) -> Vec<CaseLink> {
    links
        .iter()
        .map(|link| {
            let label = if link.label.is_empty() {
                link.url
                    .split("://")
                    .nth(1)
                    .and_then(|rest| rest.split('/').next())
                    .unwrap_or(&link.url)
                    .to_owned()
            } else {
                link.label.clone()
            };
            CaseLink { label, url: link.url.clone() }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> CaseRecord {
        CaseRecord {
            slug: "tax-chatbot".into(),
            title: "A tax chatbot".into(),
            summary: "Answers taxpayers' questions.".into(),
            ..CaseRecord::default()
        }
    }

    fn fields(problems: &[Problem]) -> Vec<(&str, &str)> {
        problems.iter().map(|p| (p.field.as_str(), p.key.as_str())).collect()
    }

    #[test]
    fn names_become_codes_and_tags() {
        let checked = check(CaseRecord {
            sdg: vec!["16".into(), "SDG 4".into()],
            wsis: vec!["C7".into()],
            country: vec!["Kenya".into(), "United States of America".into(), "KE".into()],
            theme: vec!["Health".into()],
            stage: "pilot".into(),
            organisations: vec![CaseOrganisation {
                name: "Kenya Revenue Authority".into(),
                ..Default::default()
            }],
            problem: "## Why\n\nQueues.".into(),
            ..record()
        })
        .map_err(|p| format!("{p:?}"));
        let Ok(checked) = checked else { panic!("{checked:?}") };
        assert_eq!(checked.record.country, vec!["KE", "US"]);
        assert_eq!(checked.record.sdg, vec!["16", "4"]);
        assert!(checked.tags.contains(&("wsis".into(), "c7".into())));
        assert!(checked.tags.contains(&("theme".into(), "health".into())));
        assert!(checked.tags.contains(&("stage".into(), "pilot".into())));
        assert!(checked.tags.contains(&("org".into(), "kenya-revenue-authority".into())));
        assert!(checked.sections_html["problem"].contains("<h2"));
        assert_eq!(checked.record.lang, "en");
    }

    #[test]
    fn every_bad_field_is_named() {
        let problems = check(CaseRecord {
            slug: "Not A Slug".into(),
            summary: String::new(),
            sdg: vec!["18".into()],
            country: vec!["Narnia".into()],
            evidence: "rumour".into(),
            started_on: "2024-13-01".into(),
            links: vec![CaseLink { label: "x".into(), url: "javascript:alert(1)".into() }],
            ..record()
        })
        .err()
        .unwrap_or_default();
        assert_eq!(
            fields(&problems),
            vec![
                ("slug", "case-error-slug"),
                ("summary", "case-error-required"),
                ("evidence", "case-error-evidence"),
                ("started_on", "case-error-date"),
                ("links", "case-error-link"),
                ("sdg", "case-error-unknown-sdg"),
                ("country", "case-error-unknown-country"),
            ]
        );
        assert_eq!(problems[5].value.as_deref(), Some("18"));
        assert_eq!(problems[6].value.as_deref(), Some("Narnia"));
    }

    #[test]
    fn a_case_cannot_adapt_itself_or_end_before_it_starts() {
        let problems = check(CaseRecord {
            adapted_from: "tax-chatbot".into(),
            started_on: "2024-05-01".into(),
            ended_on: "2023-01-01".into(),
            ..record()
        })
        .err()
        .unwrap_or_default();
        assert_eq!(
            fields(&problems),
            vec![
                ("ended_on", "case-error-ends-before-start"),
                ("adapted_from", "case-error-adapted-from-self")
            ]
        );
    }
}
