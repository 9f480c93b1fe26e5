//! Server side of the self-assessment: the framework data, scoring, the private
//! self-reflection, cycles and their anonymous answers, profiles under the fewer-than-5
//! rule, benchmarks, exports and the form handlers.

mod baseline;
mod benchmarks;
mod cycles;
mod export;
pub mod framework;
mod handlers;
mod profile;
mod questions;
mod reflection;
mod respond;
pub mod scoring;

pub use baseline::shared_baseline;
pub use benchmarks::{MIN_ORGANISATIONS, benchmarks};
pub use cycles::{Access, CycleInput, cycle_view, cycles_view, open_cycle, plan_view, practice_view};
pub use framework::{check_frameworks, parse_framework};
pub use handlers::routes;
pub use profile::MIN_RESPONDENTS;
pub use reflection::self_view;
pub use respond::{respond_view, staff_entry};

use crate::assessment::api::{DomainView, FrameworkOverview};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;

/// Now, in UTC.
fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// Today, in UTC: cycles open and close on UTC days.
fn today() -> time::Date {
    now().date()
}

/// The framework page: the newest version's domains, competencies and scales.
pub fn framework_overview(locale: Locale) -> AppResult<FrameworkOverview> {
    let framework = framework::current().ok_or(AppError::Internal)?;
    Ok(FrameworkOverview {
        version: framework.version.clone(),
        name: framework.name_in(locale).to_owned(),
        source: locale.text("assessment-framework-source"),
        domains: framework
            .domains()
            .into_iter()
            .map(|(term, competencies)| DomainView {
                code: term.code.clone(),
                name: term.name_in(locale).to_owned(),
                description: term.description_in(locale).to_owned(),
                competencies: competencies
                    .iter()
                    .map(|c| (c.name_in(locale).to_owned(), c.description_in(locale).to_owned()))
                    .collect(),
            })
            .collect(),
        bands: framework
            .bands
            .iter()
            .map(|band| {
                (
                    i64::from(band.value),
                    band.name_in(locale).to_owned(),
                    band.description_in(locale).to_owned(),
                )
            })
            .collect(),
    })
}
