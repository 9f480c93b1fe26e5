//! The public directory: organisations with filter counts, and an organisation's page.

use std::collections::{BTreeMap, HashMap};

use sea_orm::{ColumnTrait as _, EntityTrait as _, QueryFilter as _, QueryOrder as _};

use super::super::api::{
    Directory, FilterOption, OrganisationDetail, OrganisationSummary, PersonSummary, StakeholderGroup,
};
use crate::db::DatabaseConnection;
use crate::db::entities::{account, organisation};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::taxonomy;

fn summary(org: organisation::Model, locale: Locale) -> OrganisationSummary {
    let country = org.country.as_deref().and_then(taxonomy::country);
    OrganisationSummary {
        slug: org.slug,
        name: org.name,
        group: org.stakeholder_group,
        country: country.map(|c| (c.code.clone(), c.name_in(locale).to_owned())),
        region: country.map(taxonomy::Country::region_code),
        website: org.website,
        description: org.description,
        logo_url: org.logo.map(|file| format!("/media/logos/{file}")),
    }
}

/// The directory filtered by `group`, `country` and `region` ("" = any), with the count of
/// each filter value among the organisations matching the other two filters.
pub async fn directory(
    db: &DatabaseConnection,
    group: &str,
    country: &str,
    region: &str,
    locale: Locale,
) -> AppResult<Directory> {
    let all: Vec<OrganisationSummary> =
        organisation::Entity::find().all(db).await?.into_iter().map(|org| summary(org, locale)).collect();
    let country = country.to_uppercase();
    let by_group = |o: &OrganisationSummary| group.is_empty() || o.group == group;
    let by_country = |o: &OrganisationSummary| {
        country.is_empty() || o.country.as_ref().is_some_and(|(code, _)| *code == country)
    };
    let by_region = |o: &OrganisationSummary| region.is_empty() || o.region.as_deref() == Some(region);

    let mut group_counts: HashMap<String, i64> = HashMap::new();
    let mut country_counts: BTreeMap<String, (String, i64)> = BTreeMap::new();
    let mut region_counts: HashMap<String, i64> = HashMap::new();
    for org in &all {
        if by_country(org) && by_region(org) {
            *group_counts.entry(org.group.clone()).or_default() += 1;
        }
        if by_group(org)
            && by_region(org)
            && let Some((code, name)) = &org.country
        {
            country_counts.entry(code.clone()).or_insert_with(|| (name.clone(), 0)).1 += 1;
        }
        if by_group(org)
            && by_country(org)
            && let Some(region) = &org.region
        {
            *region_counts.entry(region.clone()).or_default() += 1;
        }
    }
    let groups = StakeholderGroup::ALL
        .into_iter()
        .map(|g| FilterOption {
            value: g.code().to_owned(),
            label: locale.text(&g.label_key()),
            count: group_counts.get(g.code()).copied().unwrap_or(0),
        })
        .collect();
    let mut countries: Vec<FilterOption> = country_counts
        .into_iter()
        .map(|(value, (label, count))| FilterOption { value, label, count })
        .collect();
    countries.sort_by_key(|option| crate::text::collate(&option.label));
    let regions = taxonomy::REGIONS
        .into_iter()
        .map(|r| FilterOption {
            value: r.to_owned(),
            label: locale.text(&format!("region-{r}")),
            count: region_counts.get(r).copied().unwrap_or(0),
        })
        .collect();
    let mut organisations: Vec<_> =
        all.into_iter().filter(|o| by_group(o) && by_country(o) && by_region(o)).collect();
    organisations.sort_by_key(|o| crate::text::collate(&o.name));
    Ok(Directory { organisations, groups, countries, regions })
}

/// An organisation's page: its summary and the people who chose to be listed.
pub async fn organisation_detail(
    db: &DatabaseConnection,
    kinds: &[crate::kinds::PublicKind],
    slug: &str,
    locale: Locale,
) -> AppResult<OrganisationDetail> {
    let org = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let people = account::Entity::find()
        .filter(account::Column::OrganisationId.eq(org.id))
        .filter(account::Column::Listed.eq(true))
        .order_by_asc(account::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|person| PersonSummary { name: person.name, job_title: person.job_title })
        .collect();
    let posts = crate::blog::organisation_posts(db, kinds, org.id, locale).await?;
    Ok(OrganisationDetail { summary: summary(org, locale), people, posts })
}
