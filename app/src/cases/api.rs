//! Wire types and server functions of the case library.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::search::api::SearchResults;

/// A case in a list or a lineage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    /// URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// One paragraph.
    pub summary: String,
    /// BCP 47 language.
    pub lang: String,
    /// Country names, in the interface language.
    pub countries: Vec<String>,
    /// How complete the case is, 0–100.
    pub completeness: i32,
}

/// A taxonomy tag of a case, named in the interface language, with the library view it
/// narrows to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseTag {
    /// Facet key (`domain`, `sdg`, …).
    pub facet: String,
    /// Code within the facet.
    pub code: String,
    /// The facet's name.
    pub facet_name: String,
    /// The term's name.
    pub name: String,
}

impl CaseTag {
    /// The library narrowed to this tag.
    pub fn href(&self) -> String {
        let query =
            form_urlencoded::Serializer::new(String::new()).append_pair(&self.facet, &self.code).finish();
        format!("/cases?{query}")
    }
}

/// A link of a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkItem {
    /// What it is.
    pub label: String,
    /// Where it goes.
    pub url: String,
}

/// An organisation behind a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationItem {
    /// Name.
    pub name: String,
    /// Its role (`owner`, `implementer`, …), as given.
    pub role: String,
    /// Its website.
    pub website: String,
    /// The library narrowed to its cases (`/cases?org=…`).
    pub href: String,
}

/// The facts box of a case; empty fields are not shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFacts {
    /// Countries.
    pub countries: Vec<CaseTag>,
    /// Organisations.
    pub organisations: Vec<OrganisationItem>,
    /// Levels of government.
    pub levels: Vec<CaseTag>,
    /// Start date, ISO 8601.
    pub started_on: Option<String>,
    /// End date, ISO 8601.
    pub ended_on: Option<String>,
    /// Maturity stage, named.
    pub stage: Option<CaseTag>,
    /// Evidence level, named.
    pub evidence: Option<CaseTag>,
    /// Cost band, named.
    pub cost_band: Option<String>,
    /// Licence(s).
    pub licence: String,
    /// Who to contact.
    pub contact: String,
    /// Links.
    pub links: Vec<LinkItem>,
}

/// One section of a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSection {
    /// Key (`problem`, `solution`, …), also the fragment id.
    pub key: String,
    /// Heading, in the interface language.
    pub heading: String,
    /// Sanitised HTML.
    pub html: String,
}

/// A whole case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDetail {
    /// Key, for the translation set it may belong to.
    pub id: i64,
    /// What a list shows.
    pub summary: CaseSummary,
    /// The non-empty sections, in reading order.
    pub sections: Vec<CaseSection>,
    /// The facts box.
    pub facts: CaseFacts,
    /// Domain, WSIS, SDG and theme tags.
    pub tags: Vec<CaseTag>,
    /// The case it adapted.
    pub adapted_from: Option<CaseSummary>,
    /// The cases that adapted it.
    pub adaptations: Vec<CaseSummary>,
    /// Other cases sharing the most tags with it.
    pub related: Vec<CaseSummary>,
    /// Publication date, ISO 8601.
    pub published_on: String,
    /// Last change, ISO 8601.
    pub updated_on: String,
}

/// How many published cases a country has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryCount {
    /// ISO code.
    pub code: String,
    /// Name, in the interface language.
    pub name: String,
    /// Cases.
    pub count: i64,
}

/// How many published cases a region has (a case counts once however many of the region's
/// countries it names), and its countries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionCount {
    /// Region code (`africa`, …).
    pub code: String,
    /// Name, in the interface language.
    pub name: String,
    /// Cases.
    pub count: i64,
    /// Its countries with cases, most first.
    pub countries: Vec<CountryCount>,
}

/// The library by place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorldOverview {
    /// Published cases in all.
    pub total: i64,
    /// Cases that name no country.
    pub without_country: i64,
    /// Regions, most cases first.
    pub regions: Vec<RegionCount>,
}

/// The library: the search of published cases, with their facets. `query` is the page's URL
/// query string (`q=…&sdg=16&sort=completeness&page=2`).
#[server(endpoint = "browse_cases", input = GetUrl)]
pub async fn browse_cases(query: String) -> Result<SearchResults, AppError> {
    let state = crate::state::app_state()?;
    let mut results = super::ssr::browse(&state.search, &query).await?;
    results.log = crate::search::log_search(&state.db, &results).await;
    Ok(results)
}

/// The newest published cases (at most 20), for the home page.
#[server(endpoint = "newest_cases", input = GetUrl)]
pub async fn newest_cases(limit: u64) -> Result<Vec<CaseSummary>, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::newest(&state.db, state.search.kinds(), limit, crate::i18n::current_locale()).await
}

/// One published case by slug.
#[server(endpoint = "get_case", input = GetUrl)]
pub async fn get_case(slug: String) -> Result<CaseDetail, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::get_case(&state.db, &slug, crate::i18n::current_locale()).await
}

/// How many published cases each region and country has.
#[server(endpoint = "cases_by_place", input = GetUrl)]
pub async fn cases_by_place() -> Result<WorldOverview, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::world_overview(&state.db, state.search.kinds(), crate::i18n::current_locale()).await
}
