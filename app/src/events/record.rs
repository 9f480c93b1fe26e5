//! An event as one record: what a content file holds, what the proposal form posts and
//! what a revision keeps. Times are written in the event's own time zone; checking turns
//! them into instants.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// A link (a recording, slides, the official page).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventLink {
    /// What it is.
    #[serde(default)]
    pub label: String,
    /// An `http` or `https` address.
    pub url: String,
}

/// One item of an outcome's actionable plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PlanItem {
    /// What is to be done.
    pub action: String,
    /// Who does it (a person, an organisation, "governments"), when stated.
    pub owner: String,
    /// By when, ISO 8601 date, when stated.
    pub due: String,
}

/// What came out of an event, written after it took place.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Outcome {
    /// The key issues discussed.
    pub key_issues: Vec<String>,
    /// Tangible outcomes: achievements, announcements, commitments.
    pub outcomes: Vec<String>,
    /// The actionable plan.
    pub plan: Vec<PlanItem>,
    /// Recordings.
    pub recordings: Vec<EventLink>,
    /// Slides and documents.
    pub slides: Vec<EventLink>,
    /// How many attended, when counted.
    pub attendance: Option<i64>,
    /// Organisations that attended.
    pub organisations: Vec<String>,
}

impl Outcome {
    /// Whether nothing was written.
    pub fn is_empty(&self) -> bool {
        self.key_issues.is_empty()
            && self.outcomes.is_empty()
            && self.plan.is_empty()
            && self.recordings.is_empty()
            && self.slides.is_empty()
            && self.attendance.is_none()
            && self.organisations.is_empty()
    }
}

/// One event. `slug`, `title`, `summary`, `kind`, `starts`, `ends` and `time_zone` are
/// required; the rest may be left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EventRecord {
    /// URL segment: lower-case ASCII words joined by hyphens.
    pub slug: String,
    /// Title.
    pub title: String,
    /// One paragraph, in the hub's own words.
    pub summary: String,
    /// BCP 47 language of the text (`en` when empty).
    pub lang: String,
    /// `conference`, `session`, `webinar`, `training` or `seminar`.
    pub kind: String,
    /// `in-person`, `online` or `hybrid`; empty when not stated.
    pub format: String,
    /// Start in the event's time zone: `2024-05-28T10:00`, or a date for an event whose
    /// times are not known.
    pub starts: String,
    /// End, written as `starts` is.
    pub ends: String,
    /// IANA time zone (`Europe/Paris`, `UTC`, `Etc/GMT-2`).
    pub time_zone: String,
    /// Venue and room.
    pub venue: String,
    /// Street address.
    pub address: String,
    /// The online room; shown to accepted registrants only.
    pub online_url: String,
    /// Languages spoken (BCP 47 codes).
    pub languages: Vec<String>,
    /// Interpretation offered, in words.
    pub interpretation: String,
    /// Organising organisations, by name.
    pub organisers: Vec<String>,
    /// Moderators, as the programme names them.
    pub moderators: Vec<String>,
    /// Speakers, as the programme names them.
    pub speakers: Vec<String>,
    /// Markdown: the agenda.
    pub agenda: String,
    /// Links: the official page, documents.
    pub links: Vec<EventLink>,
    /// Competency domains (codes).
    pub domain: Vec<String>,
    /// WSIS Action Lines (codes).
    pub wsis: Vec<String>,
    /// SDGs (numbers).
    pub sdg: Vec<String>,
    /// Countries (ISO codes or names).
    pub country: Vec<String>,
    /// Themes (codes).
    pub theme: Vec<String>,
    /// Whether people may register on the hub.
    pub registration: bool,
    /// Most accepted registrants; none for no limit.
    pub capacity: Option<i64>,
    /// Whether a full event takes people on a waiting list.
    pub waitlist: bool,
    /// Whether the organiser accepts each registration.
    pub moderated: bool,
    /// The outcome record, once written.
    pub outcome: Option<Outcome>,
}

/// The kinds of event.
pub const KINDS: [&str; 5] = ["conference", "session", "webinar", "training", "seminar"];
/// The formats of event.
pub const FORMATS: [&str; 3] = ["in-person", "online", "hybrid"];
/// The taxonomy facets an event is tagged with.
pub const TAG_FACETS: [&str; 5] = ["domain", "wsis", "sdg", "country", "theme"];

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|line| !line.is_empty()).map(str::to_owned).collect()
}

fn links(text: &str) -> Vec<EventLink> {
    lines(text)
        .into_iter()
        .map(|line| match line.rsplit_once('|') {
            Some((label, url)) => EventLink { label: label.trim().to_owned(), url: url.trim().to_owned() },
            None => EventLink { label: String::new(), url: line },
        })
        .collect()
}

fn link_lines(links: &[EventLink]) -> String {
    links
        .iter()
        .map(
            |link| {
                if link.label.is_empty() {
                    link.url.clone()
                } else {
                    format!("{} | {}", link.label, link.url)
                }
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
}

impl EventRecord {
    /// The record a proposal form describes: lists one item a line, links `label | url`,
    /// tags as `tag:{facet}:{code}` checkboxes.
    pub fn from_form(values: &HashMap<String, String>) -> EventRecord {
        let get = |name: &str| {
            values.get(name).map(|v| v.replace("\r\n", "\n").trim().to_owned()).unwrap_or_default()
        };
        let on = |name: &str| values.get(name).is_some_and(|v| !v.is_empty());
        let mut record = EventRecord {
            title: get("title"),
            summary: get("summary"),
            lang: get("lang"),
            kind: get("kind"),
            format: get("format"),
            starts: get("starts"),
            ends: get("ends"),
            time_zone: get("time_zone"),
            venue: get("venue"),
            address: get("address"),
            online_url: get("online_url"),
            languages: get("languages")
                .split([',', '\n'])
                .map(str::trim)
                .filter(|code| !code.is_empty())
                .map(str::to_owned)
                .collect(),
            interpretation: get("interpretation"),
            organisers: lines(&get("organisers")),
            moderators: lines(&get("moderators")),
            speakers: lines(&get("speakers")),
            agenda: get("agenda"),
            links: links(&get("links")),
            country: get("countries")
                .split([',', '\n', ';'])
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect(),
            registration: on("registration"),
            capacity: None,
            waitlist: on("waitlist"),
            moderated: on("moderated"),
            ..EventRecord::default()
        };
        let capacity = get("capacity");
        // A capacity that is not a number is kept as an impossible one, so the check names it.
        record.capacity = (!capacity.is_empty()).then(|| capacity.parse().unwrap_or(-1));
        let mut names: Vec<&String> = values.keys().collect();
        names.sort();
        for name in names {
            let Some(rest) = name.strip_prefix("tag:") else { continue };
            let Some((facet, code)) = rest.split_once(':') else { continue };
            let list = match facet {
                "domain" => &mut record.domain,
                "wsis" => &mut record.wsis,
                "sdg" => &mut record.sdg,
                "theme" => &mut record.theme,
                _ => continue,
            };
            list.push(code.to_owned());
        }
        record
    }

    /// The form's values for this record (the inverse of [`EventRecord::from_form`]).
    pub fn to_form(&self) -> HashMap<String, String> {
        let mut values = HashMap::from([
            ("title".to_owned(), self.title.clone()),
            ("summary".to_owned(), self.summary.clone()),
            ("lang".to_owned(), self.lang.clone()),
            ("kind".to_owned(), self.kind.clone()),
            ("format".to_owned(), self.format.clone()),
            ("starts".to_owned(), self.starts.clone()),
            ("ends".to_owned(), self.ends.clone()),
            ("time_zone".to_owned(), self.time_zone.clone()),
            ("venue".to_owned(), self.venue.clone()),
            ("address".to_owned(), self.address.clone()),
            ("online_url".to_owned(), self.online_url.clone()),
            ("languages".to_owned(), self.languages.join(", ")),
            ("interpretation".to_owned(), self.interpretation.clone()),
            ("organisers".to_owned(), self.organisers.join("\n")),
            ("moderators".to_owned(), self.moderators.join("\n")),
            ("speakers".to_owned(), self.speakers.join("\n")),
            ("agenda".to_owned(), self.agenda.clone()),
            ("links".to_owned(), link_lines(&self.links)),
            ("countries".to_owned(), self.country.join(", ")),
            ("capacity".to_owned(), self.capacity.map(|c| c.to_string()).unwrap_or_default()),
        ]);
        for (name, on) in
            [("registration", self.registration), ("waitlist", self.waitlist), ("moderated", self.moderated)]
        {
            if on {
                values.insert(name.to_owned(), "on".to_owned());
            }
        }
        for (facet, codes) in
            [("domain", &self.domain), ("wsis", &self.wsis), ("sdg", &self.sdg), ("theme", &self.theme)]
        {
            for code in codes {
                values.insert(format!("tag:{facet}:{code}"), "on".to_owned());
            }
        }
        values
    }
}

impl Outcome {
    /// The outcome an outcome form describes: one item a line; plan items
    /// `action | owner | date`; links `label | url`.
    pub fn from_form(values: &HashMap<String, String>) -> Outcome {
        let get = |name: &str| {
            values.get(name).map(|v| v.replace("\r\n", "\n").trim().to_owned()).unwrap_or_default()
        };
        let attendance = get("attendance");
        Outcome {
            key_issues: lines(&get("key_issues")),
            outcomes: lines(&get("outcomes")),
            plan: lines(&get("plan"))
                .into_iter()
                .map(|line| {
                    let mut parts = line.split('|').map(str::trim);
                    PlanItem {
                        action: parts.next().unwrap_or_default().to_owned(),
                        owner: parts.next().unwrap_or_default().to_owned(),
                        due: parts.next().unwrap_or_default().to_owned(),
                    }
                })
                .collect(),
            recordings: links(&get("recordings")),
            slides: links(&get("slides")),
            attendance: (!attendance.is_empty()).then(|| attendance.parse().unwrap_or(-1)),
            organisations: lines(&get("attending")),
        }
    }

    /// The form's values for this outcome.
    pub fn to_form(&self) -> HashMap<String, String> {
        HashMap::from([
            ("key_issues".to_owned(), self.key_issues.join("\n")),
            ("outcomes".to_owned(), self.outcomes.join("\n")),
            (
                "plan".to_owned(),
                self.plan
                    .iter()
                    .map(|item| format!("{} | {} | {}", item.action, item.owner, item.due))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            ("recordings".to_owned(), link_lines(&self.recordings)),
            ("slides".to_owned(), link_lines(&self.slides)),
            ("attendance".to_owned(), self.attendance.map(|a| a.to_string()).unwrap_or_default()),
            ("attending".to_owned(), self.organisations.join("\n")),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::{EventRecord, Outcome};

    #[test]
    fn a_record_survives_its_form() {
        let record = EventRecord {
            title: "Webinar".into(),
            summary: "One hour.".into(),
            kind: "webinar".into(),
            starts: "2030-01-01T10:00".into(),
            ends: "2030-01-01T11:00".into(),
            time_zone: "Europe/Paris".into(),
            organisers: vec!["UNESCO".into()],
            languages: vec!["en".into(), "fr".into()],
            sdg: vec!["4".into()],
            capacity: Some(30),
            registration: true,
            waitlist: true,
            ..EventRecord::default()
        };
        assert_eq!(EventRecord::from_form(&record.to_form()), record);
    }

    #[test]
    fn plan_items_keep_owner_and_date() {
        let mut values = std::collections::HashMap::new();
        values.insert(
            "plan".to_owned(),
            "Publish the guide | Working group 1 | 2031-03-01\nMeet again".to_owned(),
        );
        let outcome = Outcome::from_form(&values);
        assert_eq!(outcome.plan[0].owner, "Working group 1");
        assert_eq!(outcome.plan[0].due, "2031-03-01");
        assert_eq!(outcome.plan[1].owner, "");
        assert_eq!(Outcome::from_form(&outcome.to_form()), outcome);
    }
}
