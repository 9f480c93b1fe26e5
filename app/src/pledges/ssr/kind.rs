//! Pledges as a public kind: their search documents (with the pledger's country and region,
//! so search narrows them by place) and their pages in the sitemap. Drafts and pledges in
//! review are never loaded.

use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::db::entities::{organisation, pledge};
use crate::editorial::Status;
use crate::kinds::{PAGE, PublicKind, PublicUrl};
use crate::search::document::{Audience, SearchDoc};
use crate::search::params::FacetName;

/// The kind's name in the outbox and in search results.
pub const NAME: &str = "pledge";

/// Pledges, for the registry.
pub const KIND: PublicKind = PublicKind {
    name: NAME,
    load: |db, ids| {
        Box::pin(async move {
            let rows = rows().filter(pledge::Column::Id.is_in(ids.iter().copied())).all(db).await?;
            docs(db, &rows).await
        })
    },
    count: |db| Box::pin(async move { Ok(rows().count(db).await?) }),
    load_page: |db, after| {
        Box::pin(async move {
            let rows = rows()
                .filter(pledge::Column::Id.gt(after))
                .order_by_asc(pledge::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            docs(db, &rows).await
        })
    },
    sitemap: |db| Box::pin(sitemap(db)),
    public_pages: &["/pledges", "/pledges/"],
    private_pages: &["/pledges/new", "/pledges/draft", "/pledges/export", "/pledges/feed"],
    audiences_of: None,
    translations: Some(super::translatable::TRANSLATABLE),
};

async fn sitemap(db: &DatabaseConnection) -> anyhow::Result<Vec<PublicUrl>> {
    let mut urls = vec![PublicUrl::page("/pledges"), PublicUrl::page("/pledges/world")];
    let pledges: Vec<(String, time::OffsetDateTime)> = rows()
        .select_only()
        .columns([pledge::Column::Slug, pledge::Column::UpdatedAt])
        .order_by_asc(pledge::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    urls.extend(pledges.into_iter().map(|(slug, updated)| PublicUrl {
        path: crate::paths::pledge(&slug),
        modified: Some(updated.date()),
    }));
    Ok(urls)
}

fn rows() -> sea_orm::Select<pledge::Entity> {
    pledge::Entity::find().filter(pledge::Column::Status.eq(Status::Published.code()))
}

fn facet(name: &str) -> Option<FacetName> {
    Some(match name {
        "domain" => FacetName::Domain,
        "wsis" => FacetName::Wsis,
        "sdg" => FacetName::Sdg,
        _ => return None,
    })
}

async fn docs(db: &DatabaseConnection, rows: &[pledge::Model]) -> anyhow::Result<Vec<SearchDoc>> {
    let ids: Vec<i64> = rows.iter().filter_map(|row| row.organisation_id).collect();
    let names: std::collections::HashMap<i64, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|org| (org.id, org.name))
        .collect();
    Ok(rows.iter().map(|row| doc(row, row.organisation_id.and_then(|id| names.get(&id)).cloned())).collect())
}

/// The search document of pledge `row` made by `pledger`.
fn doc(row: &pledge::Model, pledger: Option<String>) -> SearchDoc {
    let record = super::workflow::record_of(row);
    let mut tags: Vec<(FacetName, String)> = record
        .tags
        .iter()
        .filter_map(|(name, code)| facet(name).map(|facet| (facet, code.clone())))
        .collect();
    if let Some(country) = &row.country {
        tags.push((FacetName::Country, country.clone()));
    }
    if let Some(region) = &row.region {
        tags.push((FacetName::Region, region.clone()));
    }
    if let Some(name) = &pledger {
        let code = crate::text::name_slug(name);
        if !code.is_empty() {
            tags.push((FacetName::Org, code));
        }
    }
    let mut body = vec![record.baseline.clone(), record.target.clone()];
    body.extend(record.milestones.iter().map(|m| m.title.clone()));
    body.extend(pledger.iter().cloned());
    SearchDoc {
        kind: NAME,
        id: row.id,
        url: crate::paths::pledge(&row.slug),
        title: row.title.clone(),
        summary: row.commitment.clone(),
        body: body.into_iter().filter(|text| !text.is_empty()).collect::<Vec<_>>().join("\n"),
        lang: row.lang.clone(),
        date: row.published_on.unwrap_or_else(|| row.created_at.date()),
        organisation: pledger,
        audience: Audience::Public,
        tags,
        completeness: 0,
    }
}
