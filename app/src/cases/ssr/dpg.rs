//! The digital-public-goods registry format, read as case records.
//!
//! The mapping (documented in the README):
//!
//! | registry | case |
//! |---|---|
//! | `slug` | `slug`, lower-cased, every other character than a–z and 0–9 turned into `-` |
//! | `name` | `title` |
//! | `description` | `summary` |
//! | `SDGs[].SDGNumber` | `sdg` |
//! | `SDGs[].evidenceText` | `problem`: how the solution serves each SDG |
//! | `sectors` | `theme`, through the names and aliases of `content/taxonomy/themes.toml`; a sector no theme names is left out |
//! | `type` | `technologies` |
//! | `locations.deploymentCountries` | `country`, through the country names and aliases of the taxonomy |
//! | `organizations` | `organisations` (name, `org_type` as role, website) |
//! | `license[].spdx` | `licence` |
//! | `website`, `repositories[].url` | `links` (an address with words before `http` keeps the address) |
//!
//! The registry's `stage` (its own review status) and development countries are not mapped.

use serde::Deserialize;

use crate::cases::record::{CaseLink, CaseOrganisation, CaseRecord};

/// One entry of the registry, as far as the mapping reads it; other fields are ignored.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegistryEntry {
    slug: String,
    name: String,
    description: String,
    #[serde(default)]
    website: Option<String>,
    #[serde(default, rename = "SDGs")]
    sdgs: Vec<RegistrySdg>,
    #[serde(default)]
    sectors: Vec<String>,
    #[serde(default, rename = "type")]
    kind: OneOrMany,
    #[serde(default)]
    organizations: Vec<RegistryOrganisation>,
    #[serde(default)]
    license: Vec<RegistryLicence>,
    #[serde(default)]
    repositories: Vec<RegistryRepository>,
    #[serde(default)]
    locations: Option<RegistryLocations>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RegistrySdg {
    #[serde(rename = "SDGNumber")]
    sdg_number: serde_json::Value,
    #[serde(default)]
    evidence_text: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Deserialize)]
struct RegistryOrganisation {
    name: String,
    #[serde(default)]
    org_type: Option<String>,
    #[serde(default)]
    website: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RegistryLicence {
    #[serde(default)]
    spdx: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RegistryRepository {
    #[serde(default)]
    name: Option<String>,
    url: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RegistryLocations {
    #[serde(default)]
    deployment_countries: Vec<String>,
}

/// Whether a JSON object looks like a registry entry (it has `name` and `description`, and no
/// `title`).
pub fn is_registry_entry(value: &serde_json::Value) -> bool {
    value.get("name").is_some() && value.get("description").is_some() && value.get("title").is_none()
}

/// The registry's slug as a case slug: `api.gouv.fr` → `api-gouv-fr`.
fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// What a registry `type` is called in a case.
fn technology(kind: &str) -> String {
    match kind {
        "software" => "Open-source software".to_owned(),
        "data" => "Open data".to_owned(),
        "content" => "Open content".to_owned(),
        "aimodel" => "Open AI model".to_owned(),
        "standard" => "Open standard".to_owned(),
        other => other.to_owned(),
    }
}

impl From<RegistryEntry> for CaseRecord {
    fn from(entry: RegistryEntry) -> CaseRecord {
        let number = |sdg: &RegistrySdg| match &sdg.sdg_number {
            serde_json::Value::String(text) => text.clone(),
            other => other.to_string(),
        };
        let sdg: Vec<String> = entry.sdgs.iter().map(number).collect();
        // The registry often gives one text for several goals: each text is written once.
        let mut evidence: Vec<(Vec<String>, String)> = Vec::new();
        for goal in &entry.sdgs {
            let Some(text) = goal.evidence_text.as_deref().map(str::trim).filter(|t| !t.is_empty()) else {
                continue;
            };
            match evidence.iter_mut().find(|(_, known)| known == text) {
                Some((numbers, _)) => numbers.push(number(goal)),
                None => evidence.push((vec![number(goal)], text.to_owned())),
            }
        }
        let problem = evidence
            .iter()
            .map(|(numbers, text)| format!("- **SDG {}**: {text}", numbers.join(", ")))
            .collect::<Vec<_>>()
            .join("\n");
        let kinds = match entry.kind {
            OneOrMany::None => Vec::new(),
            OneOrMany::One(kind) => vec![kind],
            OneOrMany::Many(kinds) => kinds,
        };
        let mut links = Vec::new();
        if let Some(website) = entry.website.filter(|site| !site.trim().is_empty()) {
            links.push(CaseLink { label: "Website".to_owned(), url: website.trim().to_owned() });
        }
        for repository in entry.repositories {
            // A few entries put a word before the address ("backend: https://…").
            let url = repository.url.trim();
            let url = url.find("http").map_or(url, |at| &url[at..]).to_owned();
            if url.is_empty() || links.iter().any(|link| link.url == url) {
                continue;
            }
            let label = match repository.name.as_deref().map(str::trim) {
                None | Some("" | "main") => "Source code".to_owned(),
                Some(name) => format!("Source code: {name}"),
            };
            links.push(CaseLink { label, url });
        }
        let mut licences: Vec<String> = Vec::new();
        for spdx in entry.license.into_iter().filter_map(|licence| licence.spdx) {
            if !spdx.trim().is_empty() && !licences.contains(&spdx) {
                licences.push(spdx);
            }
        }
        CaseRecord {
            slug: slug(&entry.slug),
            title: entry.name,
            summary: entry.description,
            lang: "en".to_owned(),
            problem,
            technologies: kinds.iter().map(|kind| technology(kind)).collect::<Vec<_>>().join(", "),
            licence: licences.join(", "),
            links,
            organisations: entry
                .organizations
                .into_iter()
                .map(|org| CaseOrganisation {
                    name: org.name,
                    role: org.org_type.unwrap_or_default(),
                    website: org.website.unwrap_or_default(),
                })
                .collect(),
            sdg,
            country: entry
                .locations
                .map(|locations| {
                    locations.deployment_countries.into_iter().filter(|c| !c.trim().is_empty()).collect()
                })
                .unwrap_or_default(),
            theme: entry
                .sectors
                .iter()
                .filter_map(|sector| crate::taxonomy::term_by_name("theme", sector).map(str::to_owned))
                .fold(Vec::new(), |mut themes, theme| {
                    if !themes.contains(&theme) {
                        themes.push(theme);
                    }
                    themes
                }),
            ..CaseRecord::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_registry_entry_maps_onto_a_case() {
        let line = r#"{"slug": "api.gouv.fr", "name": "API Gouv", "description": "APIs of the state.", "website": "https://api.gouv.fr", "SDGs": [{"SDGNumber": 16, "evidenceText": "Open government."}], "sectors": ["Governance", "Engineering"], "type": ["software"], "organizations": [{"name": "DINUM", "org_type": "owner"}], "stage": "DPG", "license": [{"spdx": "MIT", "licenseURL": "x"}], "repositories": [{"name": "main", "url": "https://example.org/api"}], "locations": {"deploymentCountries": ["France", ""], "developmentCountries": ["France"]}}"#;
        let value: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        assert!(is_registry_entry(&value));
        let entry: RegistryEntry =
            serde_json::from_value(value).map_err(|e| e.to_string()).unwrap_or_else(|e| panic!("{e}"));
        let record = CaseRecord::from(entry);
        assert_eq!(record.slug, "api-gouv-fr");
        assert_eq!(record.title, "API Gouv");
        assert_eq!(record.sdg, vec!["16"]);
        assert_eq!(record.problem, "- **SDG 16**: Open government.");
        assert_eq!(record.theme, vec!["justice-and-democracy"]);
        assert_eq!(record.country, vec!["France"]);
        assert_eq!(record.licence, "MIT");
        assert_eq!(record.technologies, "Open-source software");
        assert_eq!(record.links.len(), 2);
        assert_eq!(record.organisations[0].role, "owner");
    }
}
