//! A case as one record: what the import reads, the exports write and a revision keeps.
//! Lists (`sdg`, `country`, …) hold codes or names; checking turns them into codes.

use serde::{Deserialize, Deserializer, Serialize};

/// A link of a case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseLink {
    /// What the link is ("Website", "Source code", "Evaluation report").
    #[serde(default)]
    pub label: String,
    /// An `http` or `https` address.
    pub url: String,
}

/// An organisation behind a case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseOrganisation {
    /// Name.
    pub name: String,
    /// What it did: `owner`, `implementer`, `funder`, `maintainer`, … (free words).
    #[serde(default)]
    pub role: String,
    /// Its website.
    #[serde(default)]
    pub website: String,
}

/// One case, as imported and exported. Every field but `slug`, `title` and `summary` may be
/// left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CaseRecord {
    /// URL segment and key of the import: lower-case ASCII words joined by hyphens.
    pub slug: String,
    /// Title.
    pub title: String,
    /// One paragraph: what was done and why it matters.
    pub summary: String,
    /// BCP 47 language of the text (`en` when empty).
    pub lang: String,
    /// Markdown: the problem and its context.
    pub problem: String,
    /// Markdown: what was done.
    pub solution: String,
    /// Markdown: technologies used.
    pub technologies: String,
    /// Markdown: results, with figures.
    pub results: String,
    /// Markdown: lessons learned.
    pub lessons: String,
    /// Markdown: what it takes to transfer it.
    pub transfer: String,
    /// Evidence level code ([`Evidence`]).
    pub evidence: String,
    /// Maturity stage code ([`Stage`]).
    pub stage: String,
    /// Cost band code ([`CostBand`]).
    pub cost_band: String,
    /// Licence(s).
    pub licence: String,
    /// Start date, `YYYY-MM-DD`.
    pub started_on: String,
    /// End date, `YYYY-MM-DD`.
    pub ended_on: String,
    /// Who to contact.
    pub contact: String,
    /// Links.
    pub links: Vec<CaseLink>,
    /// Implementing organisations.
    pub organisations: Vec<CaseOrganisation>,
    /// Competency domains (codes or names).
    #[serde(deserialize_with = "texts")]
    pub domain: Vec<String>,
    /// WSIS action lines (`C7` or `c7`).
    #[serde(deserialize_with = "texts")]
    pub wsis: Vec<String>,
    /// SDG numbers, 1–17.
    #[serde(deserialize_with = "texts")]
    pub sdg: Vec<String>,
    /// Countries (ISO codes or names).
    #[serde(deserialize_with = "texts")]
    pub country: Vec<String>,
    /// Levels of government (codes or names).
    #[serde(deserialize_with = "texts")]
    pub level: Vec<String>,
    /// Themes (codes or names).
    #[serde(deserialize_with = "texts")]
    pub theme: Vec<String>,
    /// Slug of the case this one adapted.
    pub adapted_from: String,
    /// Publication date, `YYYY-MM-DD` (the import day when empty).
    pub published_on: String,
}

/// A list of words or numbers, read as text (`[3, 16]` and `["3", "16"]` alike).
fn texts<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Item {
        Text(String),
        Number(i64),
    }
    let items = Vec::<Item>::deserialize(deserializer)?;
    Ok(items
        .into_iter()
        .map(|item| match item {
            Item::Text(text) => text,
            Item::Number(number) => number.to_string(),
        })
        .collect())
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in the order forms and facets show them.
            pub const ALL: &[$name] = &[$($name::$variant),+];

            /// As stored and written in URLs.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The value stored as `code`.
            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|value| value.code() == code)
            }
        }
    };
}

vocabulary! {
    /// How strong the evidence of a case's results is.
    Evidence {
        /// Reported by the people who did it.
        Anecdotal = "anecdotal",
        /// Measured while it ran.
        Monitored = "monitored",
        /// Evaluated by its owners.
        Evaluated = "evaluated",
        /// Evaluated by someone independent.
        IndependentlyEvaluated = "independently-evaluated",
    }
}

vocabulary! {
    /// How far a case has come.
    Stage {
        /// An idea being shaped.
        Concept = "concept",
        /// Tried on a small scale.
        Pilot = "pilot",
        /// Being rolled out.
        Implementation = "implementation",
        /// Running at full scale.
        Scaled = "scaled",
        /// Part of how the institution works.
        Institutionalised = "institutionalised",
        /// Stopped.
        Discontinued = "discontinued",
    }
}

vocabulary! {
    /// What a case cost, in US dollars.
    CostBand {
        /// Under 10,000.
        Under10k = "under-10k",
        /// 10,000 to 100,000.
        From10kTo100k = "10k-100k",
        /// 100,000 to 1 million.
        From100kTo1m = "100k-1m",
        /// Over 1 million.
        Over1m = "over-1m",
    }
}

/// The structured sections of a case, in reading order: (key, shortest text that is not
/// thin, in characters).
pub const SECTIONS: [(&str, usize); 6] = [
    ("problem", 200),
    ("solution", 200),
    ("technologies", 20),
    ("results", 100),
    ("lessons", 100),
    ("transfer", 100),
];

/// Where the hub serves the documents attached to cases; a link there is an attachment,
/// listed apart from the links typed in the form and kept by every save.
pub const ATTACHMENT_PATH: &str = "/media/files/";

/// Sections a case must have before it goes to review.
pub const REQUIRED_TO_SUBMIT: [&str; 3] = ["problem", "solution", "results"];

/// The taxonomy facets a form offers as checkboxes (`tag:{facet}:{code}`); countries are
/// typed.
pub const FORM_FACETS: [&str; 5] = ["domain", "wsis", "sdg", "level", "theme"];

impl CaseRecord {
    /// The record a submission form describes, from its fields by name (the same on the
    /// server, reading a post, and in the browser, reading the form as it is typed). Links
    /// are typed one a line, `label | address` or the address alone; organisations one a
    /// line, `name | role | website`; countries separated by commas; "adapted from" as a
    /// slug or the address of a case page.
    pub fn from_form(values: &std::collections::HashMap<String, String>) -> CaseRecord {
        let get = |name: &str| {
            values.get(name).map(|v| v.replace("\r\n", "\n").trim().to_owned()).unwrap_or_default()
        };
        let lines = |name: &str| -> Vec<String> {
            get(name).lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
        };
        let adapted = get("adapted_from");
        let adapted = adapted.trim_end_matches('/');
        let mut record = CaseRecord {
            title: get("title"),
            summary: get("summary"),
            lang: get("lang"),
            problem: get("problem"),
            solution: get("solution"),
            technologies: get("technologies"),
            results: get("results"),
            lessons: get("lessons"),
            transfer: get("transfer"),
            evidence: get("evidence"),
            stage: get("stage"),
            cost_band: get("cost_band"),
            licence: get("licence"),
            started_on: get("started_on"),
            ended_on: get("ended_on"),
            contact: get("contact"),
            adapted_from: adapted.rsplit_once("/cases/").map_or(adapted, |(_, slug)| slug).to_owned(),
            country: get("countries")
                .split([',', '\n', ';'])
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect(),
            links: lines("links")
                .into_iter()
                .map(|line| match line.rsplit_once('|') {
                    Some((label, url)) => {
                        CaseLink { label: label.trim().to_owned(), url: url.trim().to_owned() }
                    }
                    None => CaseLink { label: String::new(), url: line },
                })
                .collect(),
            organisations: lines("organisations")
                .into_iter()
                .map(|line| {
                    let mut parts = line.split('|').map(str::trim);
                    CaseOrganisation {
                        name: parts.next().unwrap_or_default().to_owned(),
                        role: parts.next().unwrap_or_default().to_owned(),
                        website: parts.next().unwrap_or_default().to_owned(),
                    }
                })
                .collect(),
            ..CaseRecord::default()
        };
        let mut tags: Vec<&String> = values.keys().filter(|name| name.starts_with("tag:")).collect();
        tags.sort();
        for name in tags {
            let Some((facet, code)) = name.trim_start_matches("tag:").split_once(':') else { continue };
            let list = match facet {
                "domain" => &mut record.domain,
                "wsis" => &mut record.wsis,
                "sdg" => &mut record.sdg,
                "level" => &mut record.level,
                "theme" => &mut record.theme,
                _ => continue,
            };
            list.push(code.to_owned());
        }
        record
    }

    /// The form fields of this record (the inverse of [`CaseRecord::from_form`]).
    pub fn form_value(&self, name: &str) -> String {
        match name {
            "title" => self.title.clone(),
            "summary" => self.summary.clone(),
            "lang" => self.lang.clone(),
            "evidence" => self.evidence.clone(),
            "stage" => self.stage.clone(),
            "cost_band" => self.cost_band.clone(),
            "licence" => self.licence.clone(),
            "started_on" => self.started_on.clone(),
            "ended_on" => self.ended_on.clone(),
            "contact" => self.contact.clone(),
            "adapted_from" => self.adapted_from.clone(),
            "countries" => self.country.join(", "),
            "links" => self
                .links
                .iter()
                .filter(|link| !link.url.starts_with(ATTACHMENT_PATH))
                .map(|link| {
                    if link.label.is_empty() {
                        link.url.clone()
                    } else {
                        format!("{} | {}", link.label, link.url)
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            "organisations" => self
                .organisations
                .iter()
                .map(|org| {
                    let mut parts = vec![org.name.as_str(), org.role.as_str(), org.website.as_str()];
                    while parts.len() > 1 && parts.last().is_some_and(|p| p.is_empty()) {
                        parts.pop();
                    }
                    parts.join(" | ")
                })
                .collect::<Vec<_>>()
                .join("\n"),
            key => self.section(key).to_owned(),
        }
    }

    /// Whether the record is tagged `code` in `facet` (a form checkbox).
    pub fn has_tag(&self, facet: &str, code: &str) -> bool {
        let list = match facet {
            "domain" => &self.domain,
            "wsis" => &self.wsis,
            "sdg" => &self.sdg,
            "level" => &self.level,
            "theme" => &self.theme,
            _ => return false,
        };
        list.iter().any(|value| value.eq_ignore_ascii_case(code))
    }

    /// The Markdown of section `key` (one of [`SECTIONS`]).
    pub fn section(&self, key: &str) -> &str {
        match key {
            "problem" => &self.problem,
            "solution" => &self.solution,
            "technologies" => &self.technologies,
            "results" => &self.results,
            "lessons" => &self.lessons,
            "transfer" => &self.transfer,
            _ => "",
        }
    }
}

/// Something a case lacks: the i18n key of a plain-words explanation, and whether the part is
/// there but too thin (rather than missing).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gap {
    /// What is missing (`problem`, `results`, `evidence`, …).
    pub part: String,
    /// There, but too short to be useful.
    pub thin: bool,
}

/// How complete a case is, 0–100, and what it lacks. Sections weigh most; results count as
/// thin without a figure in them.
pub fn completeness(record: &CaseRecord) -> (u8, Vec<Gap>) {
    let mut score = 0u32;
    let mut gaps = Vec::new();
    let mut part = |name: &str, weight: u32, present: bool, enough: bool| {
        if present && enough {
            score += weight;
        } else {
            if present {
                score += weight / 2;
            }
            gaps.push(Gap { part: name.to_owned(), thin: present });
        }
    };
    let chars = |text: &str| text.trim().chars().count();
    part("summary", 5, chars(&record.summary) > 0, chars(&record.summary) >= 80);
    for (key, shortest) in SECTIONS {
        let text = record.section(key);
        let weight = if key == "technologies" { 5 } else { 10 };
        let enough =
            chars(text) >= shortest && (key != "results" || text.chars().any(|c| c.is_ascii_digit()));
        part(key, weight, chars(text) > 0, enough);
    }
    part("evidence", 8, !record.evidence.trim().is_empty(), true);
    part("cost_band", 5, !record.cost_band.trim().is_empty(), true);
    part("started_on", 5, !record.started_on.trim().is_empty(), true);
    part("contact", 4, !record.contact.trim().is_empty(), true);
    part("links", 4, !record.links.is_empty(), true);
    part("tags", 7, !(record.domain.is_empty() && record.theme.is_empty()), true);
    part("country", 4, !record.country.is_empty(), true);
    part("organisations", 3, !record.organisations.is_empty(), true);
    (u8::try_from(score.min(100)).unwrap_or(100), gaps)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn lists_read_numbers_and_words() {
        let record: CaseRecord =
            serde_json::from_str(r#"{"slug":"a","title":"T","summary":"S","sdg":[3,"16"],"wsis":["C7"]}"#)
                .unwrap_or_default();
        assert_eq!(record.sdg, vec!["3", "16"]);
        assert_eq!(record.wsis, vec!["C7"]);
        assert!(serde_json::from_str::<CaseRecord>(r#"{"slug":"a","colour":"red"}"#).is_err());
    }

    #[test]
    fn completeness_counts_what_is_there_and_names_what_is_not() {
        let empty = CaseRecord { title: "T".into(), summary: "Short.".into(), ..CaseRecord::default() };
        let (score, gaps) = completeness(&empty);
        assert!(score < 10, "{score}");
        assert!(gaps.iter().any(|gap| gap.part == "summary" && gap.thin));
        assert!(gaps.iter().any(|gap| gap.part == "problem" && !gap.thin));

        let long = "word ".repeat(60);
        let full = CaseRecord {
            summary: long.clone(),
            problem: long.clone(),
            solution: long.clone(),
            technologies: long.clone(),
            results: format!("{long} 42 % fewer days"),
            lessons: long.clone(),
            transfer: long.clone(),
            evidence: "evaluated".into(),
            cost_band: "10k-100k".into(),
            started_on: "2024-01-01".into(),
            contact: "someone".into(),
            links: vec![CaseLink { label: "Site".into(), url: "https://example.org".into() }],
            theme: vec!["health".into()],
            country: vec!["KE".into()],
            organisations: vec![CaseOrganisation { name: "Org".into(), ..CaseOrganisation::default() }],
            ..empty.clone()
        };
        assert_eq!(completeness(&full), (100, Vec::new()));

        let no_figures = CaseRecord { results: long.clone(), ..full };
        let (score, gaps) = completeness(&no_figures);
        assert_eq!(score, 95);
        assert_eq!(gaps, vec![Gap { part: "results".into(), thin: true }]);
    }

    #[test]
    fn vocabularies_round_trip() {
        for stage in Stage::ALL {
            assert_eq!(Stage::from_code(stage.code()), Some(*stage));
        }
        assert_eq!(Evidence::from_code("independently-evaluated"), Some(Evidence::IndependentlyEvaluated));
        assert_eq!(CostBand::from_code("cheap"), None);
    }
}
