//! Events as a public kind: their search documents (outcome records included, so what came
//! out of an event is found) and their pages in the sitemap.

use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::db::entities::event;
use crate::editorial::Status;
use crate::kinds::{PAGE, PublicKind, PublicUrl};
use crate::search::document::{Audience, SearchDoc};
use crate::search::params::FacetName;

/// The kind's name in the outbox and in search results.
pub const NAME: &str = "event";

/// Events, for the registry.
pub const KIND: PublicKind = PublicKind {
    name: NAME,
    load: |db, ids| {
        Box::pin(async move {
            let rows = rows().filter(event::Column::Id.is_in(ids.iter().copied())).all(db).await?;
            Ok(rows.iter().map(doc).collect())
        })
    },
    count: |db| Box::pin(async move { Ok(rows().count(db).await?) }),
    load_page: |db, after| {
        Box::pin(async move {
            let rows = rows()
                .filter(event::Column::Id.gt(after))
                .order_by_asc(event::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            Ok(rows.iter().map(doc).collect())
        })
    },
    sitemap: |db| Box::pin(sitemap(db)),
    public_pages: &["/events", "/events/"],
    private_pages: &["/events/propose", "/events/organise", "/events/registration"],
    audiences_of: None,
    translations: Some(super::translatable::TRANSLATABLE),
};

async fn sitemap(db: &DatabaseConnection) -> anyhow::Result<Vec<PublicUrl>> {
    let mut urls = vec![PublicUrl::page("/events")];
    let events: Vec<(String, time::OffsetDateTime)> = rows()
        .select_only()
        .columns([event::Column::Slug, event::Column::UpdatedAt])
        .order_by_asc(event::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    urls.extend(events.into_iter().map(|(slug, updated)| PublicUrl {
        path: crate::paths::event(&slug),
        modified: Some(updated.date()),
    }));
    Ok(urls)
}

fn rows() -> sea_orm::Select<event::Entity> {
    event::Entity::find().filter(event::Column::Status.eq(Status::Published.code()))
}

fn facet(name: &str) -> Option<FacetName> {
    Some(match name {
        "domain" => FacetName::Domain,
        "wsis" => FacetName::Wsis,
        "sdg" => FacetName::Sdg,
        "country" => FacetName::Country,
        "region" => FacetName::Region,
        "theme" => FacetName::Theme,
        _ => return None,
    })
}

/// The search document of event `row`: its text, agenda, people and outcome record.
fn doc(row: &event::Model) -> SearchDoc {
    let record = super::queries::record_of(row);
    let tags: Vec<(String, String)> = serde_json::from_value(row.tags.clone()).unwrap_or_default();
    let mut tags: Vec<(FacetName, String)> =
        tags.into_iter().filter_map(|(name, code)| facet(&name).map(|facet| (facet, code))).collect();
    let mut body = vec![crate::markdown::to_plain_text(&record.agenda), row.venue.clone()];
    body.extend(record.organisers.iter().cloned());
    body.extend(record.moderators.iter().cloned());
    body.extend(record.speakers.iter().cloned());
    let mut organisations = record.organisers.clone();
    if let Some(outcome) = record.outcome.as_ref().filter(|o| !o.is_empty()) {
        body.extend(outcome.key_issues.iter().cloned());
        body.extend(outcome.outcomes.iter().cloned());
        body.extend(outcome.plan.iter().map(|item| format!("{} {}", item.action, item.owner)));
        body.extend(outcome.organisations.iter().cloned());
        organisations.extend(outcome.organisations.iter().cloned());
    }
    for name in &organisations {
        let code = crate::text::name_slug(name);
        if !code.is_empty() && !tags.contains(&(FacetName::Org, code.clone())) {
            tags.push((FacetName::Org, code));
        }
    }
    SearchDoc {
        kind: NAME,
        id: row.id,
        url: crate::paths::event(&row.slug),
        title: row.title.clone(),
        summary: row.summary.clone(),
        body: body.into_iter().filter(|text| !text.is_empty()).collect::<Vec<_>>().join("\n"),
        lang: row.lang.clone(),
        date: row.starts_at.date(),
        organisation: record.organisers.first().cloned(),
        audience: Audience::Public,
        tags,
        completeness: 0,
    }
}
