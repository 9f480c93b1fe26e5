//! Cases as a public kind: their search documents and their pages in the sitemap.

use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::db::entities::{case, case_tag};
use crate::editorial::Status;
use crate::i18n::Locale;
use crate::kinds::{PAGE, PublicKind, PublicUrl};
use crate::search::document::{Audience, SearchDoc};
use crate::search::params::FacetName;
use crate::taxonomy;

/// Cases, for the registry.
pub const KIND: PublicKind = PublicKind {
    name: "case",
    load: |db, ids| {
        Box::pin(async move {
            let rows = case_rows().filter(case::Column::Id.is_in(ids.iter().copied())).all(db).await?;
            case_docs(db, rows).await
        })
    },
    count: |db| Box::pin(async move { Ok(case_rows().count(db).await?) }),
    load_page: |db, after| {
        Box::pin(async move {
            let rows = case_rows()
                .filter(case::Column::Id.gt(after))
                .order_by_asc(case::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            case_docs(db, rows).await
        })
    },
    sitemap: |db| Box::pin(sitemap(db)),
    public_pages: &["/cases", "/cases/"],
    audiences_of: None,
    translations: Some(super::translatable::TRANSLATABLE),
    private_pages: &["/cases/submit", "/cases/export"],
};

/// The library, its world overview and every published case.
async fn sitemap(db: &DatabaseConnection) -> anyhow::Result<Vec<PublicUrl>> {
    let mut urls = vec![PublicUrl::page("/cases"), PublicUrl::page("/cases/world")];
    let cases: Vec<(String, time::OffsetDateTime)> = case_rows()
        .select_only()
        .columns([case::Column::Slug, case::Column::UpdatedAt])
        .order_by_asc(case::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    urls.extend(cases.into_iter().map(|(slug, updated)| PublicUrl {
        path: crate::paths::case(&slug),
        modified: Some(updated.date()),
    }));
    Ok(urls)
}

/// Published cases only.
fn case_rows() -> sea_orm::Select<case::Entity> {
    case::Entity::find().filter(case::Column::Status.eq(Status::Published.code()))
}

/// The facet of a case tag.
fn case_facet(facet: &str) -> Option<FacetName> {
    Some(match facet {
        "domain" => FacetName::Domain,
        "wsis" => FacetName::Wsis,
        "sdg" => FacetName::Sdg,
        "country" => FacetName::Country,
        "level" => FacetName::Level,
        "theme" => FacetName::Theme,
        "stage" => FacetName::Stage,
        "evidence" => FacetName::Evidence,
        "org" => FacetName::Org,
        _ => return None,
    })
}

/// Documents of cases: every section in the body, with the organisations' names and the
/// countries' names in every interface language; regions from the countries.
async fn case_docs(db: &DatabaseConnection, rows: Vec<case::Model>) -> anyhow::Result<Vec<SearchDoc>> {
    let tags = case_tag::Entity::find()
        .filter(case_tag::Column::CaseId.is_in(rows.iter().map(|row| row.id)))
        .all(db)
        .await?;
    let mut by_case = std::collections::HashMap::<i64, Vec<(FacetName, String)>>::new();
    for tag in tags {
        let Some(facet) = case_facet(&tag.facet) else { continue };
        let entry = by_case.entry(tag.case_id).or_default();
        if facet == FacetName::Country
            && let Some(country) = taxonomy::country(&tag.code)
        {
            let region = (FacetName::Region, country.region_code());
            if !entry.contains(&region) {
                entry.push(region);
            }
        }
        entry.push((facet, tag.code));
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let tags = by_case.remove(&row.id).unwrap_or_default();
            let organisations: Vec<crate::cases::CaseOrganisation> =
                serde_json::from_value(row.organisations.clone()).unwrap_or_default();
            let mut body: Vec<String> =
                [&row.problem, &row.solution, &row.technologies, &row.results, &row.lessons, &row.transfer]
                    .into_iter()
                    .filter(|text| !text.is_empty())
                    .map(|text| crate::markdown::to_plain_text(text))
                    .collect();
            body.extend(organisations.iter().map(|org| org.name.clone()));
            for (facet, code) in &tags {
                if *facet == FacetName::Country
                    && let Some(country) = taxonomy::country(code)
                {
                    body.extend(Locale::ALL.map(|locale| country.name_in(locale).to_owned()));
                }
            }
            SearchDoc {
                kind: "case",
                id: row.id,
                url: crate::paths::case(&row.slug),
                title: row.title,
                summary: row.summary,
                body: body.join("\n"),
                lang: row.lang,
                date: row.published_on,
                organisation: organisations.into_iter().next().map(|org| org.name),
                audience: Audience::Public,
                tags,
                completeness: u64::try_from(row.completeness).unwrap_or(0),
            }
        })
        .collect())
}
