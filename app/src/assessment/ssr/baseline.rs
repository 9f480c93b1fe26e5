//! An organisation's assessment as a baseline other features may show (a pledge's): the
//! domain scores of its latest cycle that it shares, under the fewer-than-5 rule.
//!
//! Policy: only a cycle the organisation chose to share (`share_benchmarks`) is read; its
//! figures are the masked ones the profile shows, so a domain fewer than
//! [`super::MIN_RESPONDENTS`] scored has no figure, and a cycle without a profile gives no
//! baseline at all.

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::cycles::{framework_of, sent_answers};
use super::framework::domain_terms;
use super::profile::{domain_scores, percent};
use super::scoring::Answers;
use crate::assessment::api::{BarView, SharedBaseline};
use crate::db::entities::assessment_cycle;
use crate::error::AppResult;
use crate::i18n::Locale;

/// Shared cycles looked at, newest first, for one with a profile.
const LOOKED_AT: u64 = 10;

/// The baseline of organisation `organisation_id`, when it shares one.
pub async fn shared_baseline(
    db: &DatabaseConnection,
    organisation_id: i64,
    locale: Locale,
) -> AppResult<Option<SharedBaseline>> {
    let cycles = assessment_cycle::Entity::find()
        .filter(assessment_cycle::Column::OrganisationId.eq(organisation_id))
        .filter(assessment_cycle::Column::ShareBenchmarks.eq(true))
        .order_by_desc(assessment_cycle::Column::Id)
        .limit(LOOKED_AT)
        .all(db)
        .await?;
    for cycle in &cycles {
        let Ok(framework) = framework_of(cycle) else { continue };
        let responses = sent_answers(db, cycle).await?;
        let group: Vec<&Answers> = responses.iter().map(|(_, answers)| answers).collect();
        let Some((domains, overall)) = domain_scores(framework, &group) else { continue };
        let bars = domain_terms()
            .iter()
            .map(|term| BarView {
                code: term.code.clone(),
                label: term.name_in(locale).to_owned(),
                score: domains.get(&term.code).copied().map(percent),
                respondents: None,
                spread: None,
            })
            .collect();
        return Ok(Some(SharedBaseline {
            cycle: cycle.name.clone(),
            closes_on: cycle.closes_on.to_string(),
            overall: overall.map(percent),
            domains: bars,
        }));
    }
    Ok(None)
}
