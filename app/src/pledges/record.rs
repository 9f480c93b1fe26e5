//! A pledge's record: what an organisation commits to, by when, with which milestones, and
//! the progress reports filed against it. One shape for the form, the revisions and the
//! exports.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

pub use super::progress::Completion;

/// Most milestones a pledge has.
pub const MILESTONES_MAX: usize = 20;
/// Empty milestone rows the form offers beyond those already written.
pub const MILESTONE_SPARE_ROWS: usize = 3;
/// Most evidence links a pledge or a report cites.
pub const EVIDENCE_MAX: usize = 20;
/// The taxonomy facets a pledge is tagged with.
pub const TAG_FACETS: [&str; 3] = ["domain", "wsis", "sdg"];

/// One dated step towards the target.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// What will be done.
    pub title: String,
    /// By when, ISO 8601 date.
    pub due: String,
    /// Its weight in the pledge's progress; none counts as the average weighted one.
    #[serde(default)]
    pub weight: Option<f64>,
    /// How complete it is, as the pledger last reported.
    #[serde(default)]
    pub completion: Completion,
}

/// A pledge as written by its pledger.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PledgeRecord {
    /// Title.
    pub title: String,
    /// What the pledger commits to, in a paragraph.
    pub commitment: String,
    /// The problem it answers and where things stand at the start.
    pub baseline: String,
    /// Whether the page shows the organisation's latest assessment domain scores (only
    /// those the organisation itself shares).
    pub share_assessment: bool,
    /// What will be true when it is done.
    pub target: String,
    /// First day, ISO 8601.
    pub starts: String,
    /// Target date, ISO 8601.
    pub ends: String,
    /// BCP 47 language of its text.
    pub lang: String,
    /// Milestones, in order.
    pub milestones: Vec<Milestone>,
    /// Evidence it cites: hub pages of events, cases and assessment cycles, or web addresses.
    pub evidence: Vec<String>,
    /// Taxonomy tags, `(facet, code)`.
    pub tags: Vec<(String, String)>,
}

impl PledgeRecord {
    /// The record the pledge form posted.
    pub fn from_form(values: &HashMap<String, String>) -> PledgeRecord {
        let text = |name: &str| values.get(name).map(|v| v.trim().to_owned()).unwrap_or_default();
        let mut milestones = Vec::new();
        for row in 0..MILESTONES_MAX + MILESTONE_SPARE_ROWS {
            let title = text(&format!("milestone_{row}_title"));
            let due = text(&format!("milestone_{row}_due"));
            let weight = text(&format!("milestone_{row}_weight"));
            if title.is_empty() && due.is_empty() && weight.is_empty() {
                continue;
            }
            milestones.push(Milestone {
                title,
                due,
                // A weight that is not a number is kept as NaN so the check can name it.
                weight: (!weight.is_empty()).then(|| weight.replace(',', ".").parse().unwrap_or(f64::NAN)),
                completion: Completion::from_code(&text(&format!("milestone_{row}_completion")))
                    .unwrap_or_default(),
            });
        }
        let mut tags = Vec::new();
        for name in values.keys() {
            if let Some((facet, code)) = name.strip_prefix("tag:").and_then(|rest| rest.split_once(':')) {
                tags.push((facet.to_owned(), code.to_owned()));
            }
        }
        tags.sort();
        PledgeRecord {
            title: text("title"),
            commitment: text("commitment"),
            baseline: text("baseline"),
            share_assessment: values.contains_key("share_assessment"),
            target: text("target"),
            starts: text("starts"),
            ends: text("ends"),
            lang: text("lang"),
            milestones,
            evidence: lines(&text("evidence_links")),
            tags,
        }
    }

    /// The form's values for this record.
    pub fn to_form(&self) -> HashMap<String, String> {
        let mut values = HashMap::from([
            ("title".to_owned(), self.title.clone()),
            ("commitment".to_owned(), self.commitment.clone()),
            ("baseline".to_owned(), self.baseline.clone()),
            ("target".to_owned(), self.target.clone()),
            ("starts".to_owned(), self.starts.clone()),
            ("ends".to_owned(), self.ends.clone()),
            ("lang".to_owned(), self.lang.clone()),
            ("evidence_links".to_owned(), self.evidence.join("\n")),
        ]);
        if self.share_assessment {
            values.insert("share_assessment".to_owned(), "on".to_owned());
        }
        for (row, milestone) in self.milestones.iter().enumerate() {
            values.insert(format!("milestone_{row}_title"), milestone.title.clone());
            values.insert(format!("milestone_{row}_due"), milestone.due.clone());
            values.insert(
                format!("milestone_{row}_weight"),
                milestone.weight.map(|w| w.to_string()).unwrap_or_default(),
            );
            values.insert(format!("milestone_{row}_completion"), milestone.completion.code().to_owned());
        }
        for (facet, code) in &self.tags {
            values.insert(format!("tag:{facet}:{code}"), "on".to_owned());
        }
        values
    }

    /// Its progress, 0–100; none without milestones.
    pub fn progress(&self) -> Option<i64> {
        let milestones: Vec<_> = self.milestones.iter().map(|m| (m.weight, m.completion)).collect();
        super::progress::progress(&milestones)
    }
}

/// A progress report: what was done, its evidence and where each milestone stands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Report {
    /// What was done since the last report.
    pub done: String,
    /// Evidence links.
    pub evidence: Vec<String>,
    /// Completion of each milestone, in the pledge's order.
    pub completion: Vec<Completion>,
}

/// An editor's independent assessment of a report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Assessment {
    /// Completion of the whole pledge as the evidence shows it.
    pub completion: Completion,
    /// The editor's comment.
    pub comment: String,
    /// Who assessed it.
    pub by: String,
    /// When, ISO 8601 date.
    pub on: String,
}

/// The pledger's public reply to an assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reply {
    /// The reply.
    pub text: String,
    /// Who wrote it.
    pub by: String,
    /// When, ISO 8601 date.
    pub on: String,
}

/// The non-empty lines of `text`, trimmed.
pub fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|line| !line.is_empty()).map(str::to_owned).collect()
}

/// What a piece of evidence is: `event`, `case`, `cycle` (an assessment cycle) or `web`.
pub fn evidence_kind(link: &str) -> &'static str {
    if link.starts_with("/events/") {
        "event"
    } else if link.starts_with("/cases/") {
        "case"
    } else if link.starts_with("/assessment/cycles/") {
        "cycle"
    } else {
        "web"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_round_trips() {
        let record = PledgeRecord {
            title: "Train every new official".to_owned(),
            commitment: "A course".to_owned(),
            starts: "2027-01-01".to_owned(),
            ends: "2028-12-31".to_owned(),
            lang: "en".to_owned(),
            share_assessment: true,
            milestones: vec![
                Milestone {
                    title: "Course written".to_owned(),
                    due: "2027-06-30".to_owned(),
                    weight: Some(40.0),
                    completion: Completion::Substantial,
                },
                Milestone {
                    title: "First cohort".to_owned(),
                    due: "2028-01-31".to_owned(),
                    weight: None,
                    ..Default::default()
                },
            ],
            evidence: vec!["/events/a".to_owned()],
            tags: vec![("sdg".to_owned(), "4".to_owned())],
            ..Default::default()
        };
        assert_eq!(PledgeRecord::from_form(&record.to_form()), record);
    }

    #[test]
    fn a_weight_that_is_not_a_number_is_kept_for_the_check() {
        let values = HashMap::from([
            ("milestone_2_title".to_owned(), "A".to_owned()),
            ("milestone_2_weight".to_owned(), "a lot".to_owned()),
            ("milestone_5_weight".to_owned(), "2,5".to_owned()),
        ]);
        let record = PledgeRecord::from_form(&values);
        assert_eq!(record.milestones.len(), 2);
        assert!(record.milestones[0].weight.is_some_and(f64::is_nan));
        assert_eq!(record.milestones[1].weight, Some(2.5));
    }

    #[test]
    fn evidence_is_named_by_what_it_links_to() {
        assert_eq!(evidence_kind("/events/x"), "event");
        assert_eq!(evidence_kind("/cases/x"), "case");
        assert_eq!(evidence_kind("/assessment/cycles/3"), "cycle");
        assert_eq!(evidence_kind("https://example.org"), "web");
    }
}
