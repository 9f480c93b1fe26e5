//! Reading the library: browsing (through the search index), a case with its lineage and
//! related cases, and the counts by place.

use std::collections::{BTreeMap, HashMap, HashSet};

use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::cases::api::{
    CaseDetail, CaseFacts, CaseSection, CaseSummary, CaseTag, CountryCount, LinkItem, OrganisationItem,
    RegionCount, WorldOverview,
};
use crate::cases::record::{CaseOrganisation, CostBand, SECTIONS};
use crate::db::entities::{case, case_tag};
use crate::editorial::Status;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::search::api::SearchResults;
use crate::search::index::SearchIndex;
use crate::search::params::{FacetName, PAGE_SIZE, SearchParams};
use crate::taxonomy;
use crate::text::name_slug;

/// Related cases shown on a case page.
const RELATED: usize = 4;
/// Tags that make two cases related.
const RELATING_FACETS: [&str; 5] = ["domain", "wsis", "sdg", "theme", "level"];

fn published() -> sea_orm::Select<case::Entity> {
    case::Entity::find().filter(case::Column::Status.eq(Status::Published.code()))
}

/// The library for the URL query string `query`: the search restricted to cases, its facets
/// named, the organisations by their names.
pub async fn browse(index: &SearchIndex, query: &str) -> AppResult<SearchResults> {
    let asked = SearchParams::from_query_string(query).without(FacetName::Kind);
    let mut params = asked.clone();
    params.filters.push((FacetName::Kind, "case".to_owned()));
    let mut results = crate::search::public_search(index, params, PAGE_SIZE as usize).await?;
    results.params = asked;
    results.facets.retain(|counts| counts.facet != FacetName::Kind);
    let state = crate::state::app_state()?;
    name_organisations(&state.db, &mut results).await?;
    Ok(results)
}

/// Replaces the slugs of the organisation facet by the organisations' names.
async fn name_organisations(db: &DatabaseConnection, results: &mut SearchResults) -> AppResult<()> {
    let Some(counts) = results.facets.iter_mut().find(|counts| counts.facet == FacetName::Org) else {
        return Ok(());
    };
    let slugs: Vec<String> = counts.values.iter().map(|(slug, _)| slug.clone()).collect();
    // One case per organisation is enough to read its name.
    let examples: Vec<(String, i64)> = case_tag::Entity::find()
        .select_only()
        .column(case_tag::Column::Code)
        .column_as(Expr::from(Func::min(Expr::col(case_tag::Column::CaseId))), "case_id")
        .filter(case_tag::Column::Facet.eq("org"))
        .filter(case_tag::Column::Code.is_in(slugs.iter().cloned()))
        .group_by(case_tag::Column::Code)
        .into_tuple()
        .all(db)
        .await?;
    let rows: Vec<serde_json::Value> = case::Entity::find()
        .select_only()
        .column(case::Column::Organisations)
        .filter(case::Column::Id.is_in(examples.iter().map(|(_, id)| *id)))
        .into_tuple()
        .all(db)
        .await?;
    let mut names: HashMap<String, String> = HashMap::new();
    for value in rows {
        let organisations: Vec<CaseOrganisation> = serde_json::from_value(value).unwrap_or_default();
        for org in organisations {
            names.entry(name_slug(&org.name)).or_insert(org.name);
        }
    }
    counts.labels =
        slugs.iter().map(|slug| names.get(slug).cloned().unwrap_or_else(|| slug.clone())).collect();
    Ok(())
}

fn tag(facet: &str, code: &str, locale: Locale) -> CaseTag {
    let name = match facet {
        "stage" | "evidence" => locale.text(&format!("case-{facet}-{code}")),
        "sdg" => locale.text_args("facet-sdg-value", &[("number", code.to_owned())]),
        _ => taxonomy::term_name(facet, code, locale),
    };
    let facet_name = match facet {
        "stage" | "evidence" | "sdg" => locale.text(&format!("facet-{facet}")),
        _ => taxonomy::facet_name(facet, locale),
    };
    CaseTag { facet: facet.to_owned(), code: code.to_owned(), facet_name, name }
}

/// The tags of the cases `ids`, by case.
async fn tags_of(db: &DatabaseConnection, ids: &[i64]) -> AppResult<HashMap<i64, Vec<case_tag::Model>>> {
    let rows = case_tag::Entity::find()
        .filter(case_tag::Column::CaseId.is_in(ids.iter().copied()))
        .order_by_asc(case_tag::Column::Facet)
        .order_by_asc(case_tag::Column::Code)
        .all(db)
        .await?;
    let mut by_case: HashMap<i64, Vec<case_tag::Model>> = HashMap::new();
    for row in rows {
        by_case.entry(row.case_id).or_default().push(row);
    }
    Ok(by_case)
}

fn summary_of(row: &case::Model, tags: &[case_tag::Model], locale: Locale) -> CaseSummary {
    CaseSummary {
        slug: row.slug.clone(),
        title: row.title.clone(),
        summary: row.summary.clone(),
        lang: row.lang.clone(),
        countries: tags
            .iter()
            .filter(|tag| tag.facet == "country")
            .map(|tag| taxonomy::term_name("country", &tag.code, locale))
            .collect(),
        completeness: row.completeness,
    }
}

/// Summaries of `rows`, in their order.
async fn summaries(
    db: &DatabaseConnection,
    rows: &[case::Model],
    locale: Locale,
) -> AppResult<Vec<CaseSummary>> {
    let ids: Vec<i64> = rows.iter().map(|row| row.id).collect();
    let tags = tags_of(db, &ids).await?;
    Ok(rows.iter().map(|row| summary_of(row, tags.get(&row.id).map_or(&[], Vec::as_slice), locale)).collect())
}

/// The `limit` newest published cases (at most 20), for the home page: one version per
/// case, in `locale`'s language where it has it.
pub async fn newest(
    db: &DatabaseConnection,
    kinds: &[crate::kinds::PublicKind],
    limit: u64,
    locale: Locale,
) -> AppResult<Vec<CaseSummary>> {
    let limit = Ord::min(limit, 20);
    // A case has at most one version per language: this many versions hold `limit` cases.
    let versions = limit * crate::translations::LANGUAGES.len() as u64;
    let rows = published()
        .order_by_desc(case::Column::PublishedOn)
        .order_by_desc(case::Column::Id)
        .limit(versions)
        .all(db)
        .await?;
    let key = |row: &case::Model| (row.id, row.lang.clone());
    let mut rows =
        crate::translations::keep_one_per_work(db, kinds, "case", rows, key, locale.code()).await?;
    rows.truncate(usize::try_from(limit).unwrap_or(20));
    summaries(db, &rows, locale).await
}

/// The published case `slug`, with its facts, lineage and related cases.
pub async fn get_case(db: &DatabaseConnection, slug: &str, locale: Locale) -> AppResult<CaseDetail> {
    let row = published().filter(case::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let tags = tags_of(db, &[row.id]).await?.remove(&row.id).unwrap_or_default();
    let sections_html: BTreeMap<String, String> =
        serde_json::from_value(row.sections_html.clone()).unwrap_or_default();
    let sections = SECTIONS
        .iter()
        .filter_map(|(key, _)| {
            let html = sections_html.get(*key)?.clone();
            Some(CaseSection {
                key: (*key).to_owned(),
                heading: locale.text(&format!("case-section-{key}")),
                html,
            })
        })
        .collect();
    let organisations: Vec<CaseOrganisation> =
        serde_json::from_value(row.organisations.clone()).unwrap_or_default();
    let links: Vec<LinkItem> = serde_json::from_value(row.links.clone()).unwrap_or_default();
    let of_facet = |facet: &str| -> Vec<CaseTag> {
        tags.iter().filter(|t| t.facet == facet).map(|t| tag(facet, &t.code, locale)).collect()
    };
    let facts = CaseFacts {
        countries: of_facet("country"),
        organisations: organisations
            .into_iter()
            .map(|org| {
                let href = format!("/cases?org={}", name_slug(&org.name));
                OrganisationItem { name: org.name, role: org.role, website: org.website, href }
            })
            .collect(),
        levels: of_facet("level"),
        started_on: row.started_on.map(|date| date.to_string()),
        ended_on: row.ended_on.map(|date| date.to_string()),
        stage: row.stage.as_deref().map(|code| tag("stage", code, locale)),
        evidence: row.evidence.as_deref().map(|code| tag("evidence", code, locale)),
        cost_band: row
            .cost_band
            .as_deref()
            .and_then(CostBand::from_code)
            .map(|band| locale.text(&format!("case-cost-{}", band.code()))),
        licence: row.licence.clone(),
        contact: row.contact.clone(),
        links,
    };
    let mut topic_tags: Vec<CaseTag> = Vec::new();
    for facet in ["domain", "wsis", "sdg", "theme"] {
        topic_tags.extend(of_facet(facet));
    }
    let adapted_from = match row.adapted_from_id {
        Some(id) => {
            let rows = published().filter(case::Column::Id.eq(id)).all(db).await?;
            summaries(db, &rows, locale).await?.into_iter().next()
        }
        None => None,
    };
    let adaptation_rows = published()
        .filter(case::Column::AdaptedFromId.eq(row.id))
        .order_by_desc(case::Column::PublishedOn)
        .all(db)
        .await?;
    let adaptations = summaries(db, &adaptation_rows, locale).await?;
    let lineage: HashSet<i64> =
        adaptation_rows.iter().map(|r| r.id).chain(row.adapted_from_id).chain([row.id]).collect();
    let related = related(db, &tags, &lineage, locale).await?;
    let summary = summary_of(&row, &tags, locale);
    Ok(CaseDetail {
        id: row.id,
        summary,
        sections,
        facts,
        tags: topic_tags,
        adapted_from,
        adaptations,
        related,
        published_on: row.published_on.to_string(),
        updated_on: row.updated_at.date().to_string(),
    })
}

/// Published cases sharing the most topic tags with `tags`, leaving out `except` (the case and
/// its lineage, already shown).
async fn related(
    db: &DatabaseConnection,
    tags: &[case_tag::Model],
    except: &HashSet<i64>,
    locale: Locale,
) -> AppResult<Vec<CaseSummary>> {
    let mut shared = Condition::any();
    let mut any = false;
    for tag in tags.iter().filter(|tag| RELATING_FACETS.contains(&tag.facet.as_str())) {
        shared = shared.add(
            case_tag::Column::Facet.eq(tag.facet.clone()).and(case_tag::Column::Code.eq(tag.code.clone())),
        );
        any = true;
    }
    if !any {
        return Ok(Vec::new());
    }
    let candidates: Vec<(i64, i64)> = case_tag::Entity::find()
        .select_only()
        .column(case_tag::Column::CaseId)
        .column_as(Expr::from(Func::count(Expr::col(case_tag::Column::CaseId))), "shared")
        .filter(shared)
        .filter(case_tag::Column::CaseId.is_not_in(except.iter().copied()))
        .group_by(case_tag::Column::CaseId)
        .order_by_desc(Expr::from(Func::count(Expr::col(case_tag::Column::CaseId))))
        .order_by_desc(case_tag::Column::CaseId)
        .limit(RELATED as u64 * 3)
        .into_tuple()
        .all(db)
        .await?;
    let ids: Vec<i64> = candidates.iter().map(|(id, _)| *id).collect();
    let mut rows = published().filter(case::Column::Id.is_in(ids.iter().copied())).all(db).await?;
    rows.sort_by_key(|row| ids.iter().position(|id| *id == row.id));
    rows.truncate(RELATED);
    summaries(db, &rows, locale).await
}

/// How many published cases each region and country has, a case in several languages
/// counted once.
pub async fn world_overview(
    db: &DatabaseConnection,
    kinds: &[crate::kinds::PublicKind],
    locale: Locale,
) -> AppResult<WorldOverview> {
    let versions: Vec<(i64, String)> = published()
        .select_only()
        .column(case::Column::Id)
        .column(case::Column::Lang)
        .into_tuple()
        .all(db)
        .await?;
    let key = |version: &(i64, String)| version.clone();
    let cases: HashSet<i64> =
        crate::translations::keep_one_per_work(db, kinds, "case", versions, key, locale.code())
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
    let total = i64::try_from(cases.len()).unwrap_or(i64::MAX);
    let pairs: Vec<(i64, String)> = case_tag::Entity::find()
        .select_only()
        .column(case_tag::Column::CaseId)
        .column(case_tag::Column::Code)
        .inner_join(case::Entity)
        .filter(case_tag::Column::Facet.eq("country"))
        .filter(case::Column::Status.eq(Status::Published.code()))
        .into_tuple()
        .all(db)
        .await?;
    let mut by_country: HashMap<String, i64> = HashMap::new();
    let mut by_region: HashMap<String, HashSet<i64>> = HashMap::new();
    let mut with_country: HashSet<i64> = HashSet::new();
    for (case_id, code) in pairs.into_iter().filter(|(case_id, _)| cases.contains(case_id)) {
        let Some(country) = taxonomy::country(&code) else { continue };
        *by_country.entry(country.code.clone()).or_default() += 1;
        by_region.entry(country.region_code()).or_default().insert(case_id);
        with_country.insert(case_id);
    }
    let mut regions: Vec<RegionCount> = taxonomy::REGIONS
        .iter()
        .map(|region| {
            let mut countries: Vec<CountryCount> = by_country
                .iter()
                .filter_map(|(code, count)| {
                    let country = taxonomy::country(code)?;
                    (country.region_code() == *region).then(|| CountryCount {
                        code: code.clone(),
                        name: country.name_in(locale).to_owned(),
                        count: *count,
                    })
                })
                .collect();
            countries.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
            RegionCount {
                code: (*region).to_owned(),
                name: locale.text(&format!("region-{region}")),
                count: by_region.get(*region).map_or(0, |cases| cases.len() as i64),
                countries,
            }
        })
        .collect();
    regions.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.code.cmp(&b.code)));
    Ok(WorldOverview { total, without_country: total - with_country.len() as i64, regions })
}
