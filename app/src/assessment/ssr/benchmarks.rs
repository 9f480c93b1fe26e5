//! `/assessment/benchmarks`: medians across organisations that chose to share, by UN M49
//! region and by level of government.
//!
//! Policy: an organisation counts with its latest shared cycle of each framework version
//! whose staff profile exists (at least 5 respondents), with the domain figures that profile
//! shows. A group of fewer than [`MIN_ORGANISATIONS`] organisations shows its count and no
//! figure; so does a domain fewer than that many of its organisations have a figure for.

use std::collections::BTreeMap;

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::cycles::{framework_of, sent_answers};
use super::scoring::{Answers, median};
use super::{framework, profile};
use crate::assessment::api::{BenchmarkRow, Benchmarks};
use crate::db::entities::{assessment_cycle, organisation};
use crate::error::AppResult;
use crate::i18n::Locale;

/// The fewest organisations a benchmark figure is built from.
pub const MIN_ORGANISATIONS: usize = 5;

/// Most cycles read for the benchmarks.
const MAX_CYCLES: u64 = 10_000;

/// One organisation's figures: (region, level, domain scores, overall).
type OrgFigures = (Option<String>, Option<String>, BTreeMap<String, f64>, Option<f64>);

fn rows(
    groups: BTreeMap<String, Vec<&OrgFigures>>,
    domains: &[String],
    name: impl Fn(&str) -> String,
) -> Vec<BenchmarkRow> {
    groups
        .into_iter()
        .map(|(code, members)| {
            let enough = members.len() >= MIN_ORGANISATIONS;
            let figure = |values: Vec<f64>| {
                (enough && values.len() >= MIN_ORGANISATIONS)
                    .then(|| median(&values).map(profile::percent))
                    .flatten()
            };
            BenchmarkRow {
                group: name(&code),
                organisations: i64::try_from(members.len()).unwrap_or(0),
                overall: figure(members.iter().filter_map(|m| m.3).collect()),
                domains: domains
                    .iter()
                    .map(|domain| figure(members.iter().filter_map(|m| m.2.get(domain).copied()).collect()))
                    .collect(),
            }
        })
        .collect()
}

/// The benchmarks of every framework version that has shared cycles.
pub async fn benchmarks(db: &DatabaseConnection, locale: Locale) -> AppResult<Vec<Benchmarks>> {
    let cycles = assessment_cycle::Entity::find()
        .filter(assessment_cycle::Column::ShareBenchmarks.eq(true))
        .order_by_desc(assessment_cycle::Column::Id)
        .limit(MAX_CYCLES)
        .all(db)
        .await?;
    // (version, organisation) → figures of its latest shared cycle that has a profile.
    let mut chosen: BTreeMap<(String, i64), OrgFigures> = BTreeMap::new();
    for cycle in &cycles {
        let key = (cycle.framework_version.clone(), cycle.organisation_id);
        if chosen.contains_key(&key) {
            continue;
        }
        let Ok(framework) = framework_of(cycle) else { continue };
        let responses = sent_answers(db, cycle).await?;
        let group: Vec<&Answers> = responses.iter().map(|(_, a)| a).collect();
        let Some((domains, overall)) = profile::domain_scores(framework, &group) else { continue };
        let region = organisation::Entity::find_by_id(cycle.organisation_id)
            .one(db)
            .await?
            .and_then(|o| o.country)
            .and_then(|code| crate::taxonomy::country(&code).map(|c| c.region_code()));
        chosen.insert(key, (region, cycle.level.clone(), domains, overall));
    }
    let domains: Vec<String> = framework::domain_terms().iter().map(|t| t.code.clone()).collect();
    let mut out = Vec::new();
    for framework in framework::frameworks().iter().rev() {
        let of_version: Vec<&OrgFigures> =
            chosen.iter().filter(|((version, _), _)| *version == framework.version).map(|(_, f)| f).collect();
        if of_version.is_empty() {
            continue;
        }
        let mut regions: BTreeMap<String, Vec<&OrgFigures>> = BTreeMap::new();
        let mut levels: BTreeMap<String, Vec<&OrgFigures>> = BTreeMap::new();
        for figures in &of_version {
            regions.entry(figures.0.clone().unwrap_or_default()).or_default().push(figures);
            levels.entry(figures.1.clone().unwrap_or_default()).or_default().push(figures);
        }
        let unknown = locale.text("assessment-benchmarks-unknown");
        out.push(Benchmarks {
            version: framework.version.clone(),
            domains: domains.iter().map(|code| crate::taxonomy::term_name("domain", code, locale)).collect(),
            regions: rows(regions, &domains, |code| {
                if code.is_empty() { unknown.clone() } else { locale.text(&format!("region-{code}")) }
            }),
            levels: rows(levels, &domains, |code| {
                if code.is_empty() {
                    unknown.clone()
                } else {
                    crate::taxonomy::term_name("level", code, locale)
                }
            }),
        });
    }
    Ok(out)
}
