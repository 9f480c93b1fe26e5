//! Member organisations as a public kind: their search documents and their pages in the
//! sitemap.

use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::db::entities::organisation;
use crate::i18n::Locale;
use crate::kinds::{PAGE, PublicKind, PublicUrl};
use crate::members::StakeholderGroup;
use crate::search::document::{Audience, SearchDoc};
use crate::search::params::FacetName;
use crate::taxonomy;

/// Member organisations, for the registry.
pub const KIND: PublicKind = PublicKind {
    name: "organisation",
    load: |db, ids| {
        Box::pin(async move {
            let rows = organisation::Entity::find()
                .filter(organisation::Column::Id.is_in(ids.iter().copied()))
                .all(db)
                .await?;
            Ok(rows.into_iter().map(organisation_doc).collect())
        })
    },
    count: |db| Box::pin(async move { Ok(organisation::Entity::find().count(db).await?) }),
    load_page: |db, after| {
        Box::pin(async move {
            let rows = organisation::Entity::find()
                .filter(organisation::Column::Id.gt(after))
                .order_by_asc(organisation::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            Ok(rows.into_iter().map(organisation_doc).collect())
        })
    },
    sitemap: |db| Box::pin(sitemap(db)),
    public_pages: &[],
    audiences_of: None,
    translations: None,
    private_pages: &[],
};

/// The directory, the join form and every organisation.
async fn sitemap(db: &DatabaseConnection) -> anyhow::Result<Vec<PublicUrl>> {
    let mut urls = vec![PublicUrl::page("/members"), PublicUrl::page("/join")];
    let orgs: Vec<(String, time::OffsetDateTime)> = organisation::Entity::find()
        .select_only()
        .columns([organisation::Column::Slug, organisation::Column::UpdatedAt])
        .order_by_asc(organisation::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    urls.extend(orgs.into_iter().map(|(slug, updated)| PublicUrl {
        path: crate::paths::member(&slug),
        modified: Some(updated.date()),
    }));
    Ok(urls)
}

/// A member organisation: found by its name, description, stakeholder group and country
/// (in every interface language), filtered by country and region. Its description may be
/// in any language, so it is marked `und` (undetermined) and analysed as plain words.
fn organisation_doc(org: organisation::Model) -> SearchDoc {
    let country = org.country.as_deref().and_then(taxonomy::country);
    let mut body = vec![org.description.clone()];
    if let Some(group) = StakeholderGroup::from_code(&org.stakeholder_group) {
        body.extend(Locale::ALL.map(|locale| locale.text(&group.label_key())));
    }
    let mut tags = Vec::new();
    if let Some(country) = country {
        body.extend(Locale::ALL.map(|locale| country.name_in(locale).to_owned()));
        tags.push((FacetName::Country, country.code.clone()));
        tags.push((FacetName::Region, country.region_code()));
    }
    SearchDoc {
        kind: "organisation",
        id: org.id,
        url: crate::paths::member(&org.slug),
        title: org.name,
        summary: org.description,
        body: body.join("\n"),
        lang: "und".to_owned(),
        date: org.updated_at.date(),
        organisation: None,
        audience: Audience::Public,
        tags,
        completeness: 0,
    }
}
