//! Working groups and their published outputs as public kinds: their search documents (for
//! the audience each group's visibility names) and, for public groups, their pages in the
//! sitemap.

use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::db::entities::{group, group_document, group_document_revision};
use crate::groups::api::Visibility;
use crate::kinds::{PAGE, PublicKind, PublicUrl};
use crate::search::document::{Audience, SearchDoc};
use crate::search::params::FacetName;

/// Working groups, for the registry.
pub const GROUPS: PublicKind = PublicKind {
    name: "group",
    load: |db, ids| {
        Box::pin(async move {
            let rows =
                group::Entity::find().filter(group::Column::Id.is_in(ids.iter().copied())).all(db).await?;
            Ok(rows.into_iter().map(group_doc).collect())
        })
    },
    count: |db| Box::pin(async move { Ok(group::Entity::find().count(db).await?) }),
    load_page: |db, after| {
        Box::pin(async move {
            let rows = group::Entity::find()
                .filter(group::Column::Id.gt(after))
                .order_by_asc(group::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            Ok(rows.into_iter().map(group_doc).collect())
        })
    },
    sitemap: |db| Box::pin(group_sitemap(db)),
    public_pages: &[],
    private_pages: &[],
    audiences_of: Some(audiences_of),
    translations: None,
};

/// Groups' published outputs, for the registry.
pub const OUTPUTS: PublicKind = PublicKind {
    name: "output",
    load: |db, ids| {
        Box::pin(async move {
            let rows =
                output_rows().filter(group_document::Column::Id.is_in(ids.iter().copied())).all(db).await?;
            output_docs(db, rows).await
        })
    },
    count: |db| Box::pin(async move { Ok(output_rows().count(db).await?) }),
    load_page: |db, after| {
        Box::pin(async move {
            let rows = output_rows()
                .filter(group_document::Column::Id.gt(after))
                .order_by_asc(group_document::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            output_docs(db, rows).await
        })
    },
    sitemap: |db| Box::pin(output_sitemap(db)),
    public_pages: &[],
    private_pages: &[],
    audiences_of: Some(audiences_of),
    translations: Some(super::translatable::TRANSLATABLE),
};

/// The groups `account_id` is an active member of: the audiences whose items it may find.
fn audiences_of(db: &DatabaseConnection, account_id: i64) -> crate::kinds::Loading<'_, Vec<i64>> {
    Box::pin(
        async move { super::access::groups_of(db, account_id).await.map_err(|err| anyhow::anyhow!("{err}")) },
    )
}

/// Public groups, keyed by id.
async fn public_groups(
    db: &DatabaseConnection,
) -> anyhow::Result<std::collections::HashMap<i64, group::Model>> {
    Ok(group::Entity::find()
        .order_by_asc(group::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|group| super::access::visibility_of(group) == Visibility::Public)
        .map(|group| (group.id, group))
        .collect())
}

/// The list of groups and every public group: the sitemap is read by anyone.
async fn group_sitemap(db: &DatabaseConnection) -> anyhow::Result<Vec<PublicUrl>> {
    let mut groups: Vec<group::Model> = public_groups(db).await?.into_values().collect();
    groups.sort_by_key(|group| group.id);
    let mut urls = vec![PublicUrl::page("/groups")];
    urls.extend(groups.into_iter().map(|group| PublicUrl {
        path: crate::paths::group(&group.slug),
        modified: Some(group.updated_at.date()),
    }));
    Ok(urls)
}

/// The published outputs of public groups.
async fn output_sitemap(db: &DatabaseConnection) -> anyhow::Result<Vec<PublicUrl>> {
    let groups = public_groups(db).await?;
    let rows = output_rows().order_by_asc(group_document::Column::Id).all(db).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let group = groups.get(&row.group_id)?;
            Some(PublicUrl {
                path: crate::paths::group_output(&group.slug, &row.slug),
                modified: Some(row.endorsed_at.map_or(row.updated_at.date(), |at| at.date())),
            })
        })
        .collect())
}

/// Who may find a group's items: its visibility as an audience.
fn group_audience(group: &group::Model) -> Audience {
    match super::access::visibility_of(group) {
        Visibility::Public => Audience::Public,
        Visibility::Members => Audience::Members,
        Visibility::Private => Audience::Group(group.id),
    }
}

/// A working group: its name and charter, for the audience its visibility names. Its
/// charter may be in any language (`und`).
fn group_doc(group: group::Model) -> SearchDoc {
    let body = crate::markdown::to_plain_text(&group.charter);
    let summary = super::views::summary_of(&group.charter);
    SearchDoc {
        kind: "group",
        id: group.id,
        url: crate::paths::group(&group.slug),
        audience: group_audience(&group),
        title: group.name,
        summary,
        body,
        lang: "und".to_owned(),
        date: group.updated_at.date(),
        organisation: None,
        tags: vec![(FacetName::Theme, group.theme)],
        completeness: 0,
    }
}

/// Documents with an endorsed revision: a group's published outputs.
fn output_rows() -> sea_orm::Select<group_document::Entity> {
    group_document::Entity::find().filter(group_document::Column::EndorsedRevisionId.is_not_null())
}

/// Outputs: the endorsed revision's text, found by the group's audience.
async fn output_docs(
    db: &DatabaseConnection,
    rows: Vec<group_document::Model>,
) -> anyhow::Result<Vec<SearchDoc>> {
    let groups: std::collections::HashMap<i64, group::Model> = group::Entity::find()
        .filter(group::Column::Id.is_in(rows.iter().map(|row| row.group_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|group| (group.id, group))
        .collect();
    let mut bodies: std::collections::HashMap<i64, String> = group_document_revision::Entity::find()
        .filter(
            group_document_revision::Column::Id.is_in(rows.iter().filter_map(|row| row.endorsed_revision_id)),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|revision| (revision.id, revision.body))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let group = groups.get(&row.group_id)?;
            let body = crate::markdown::to_plain_text(&bodies.remove(&row.endorsed_revision_id?)?);
            Some(SearchDoc {
                kind: "output",
                id: row.id,
                url: crate::paths::group_output(&group.slug, &row.slug),
                summary: body.chars().take(300).collect(),
                title: row.title,
                body,
                lang: row.lang,
                date: row.endorsed_at.map_or(row.updated_at.date(), |at| at.date()),
                organisation: Some(group.name.clone()),
                audience: group_audience(group),
                tags: vec![(FacetName::Theme, group.theme.clone())],
                completeness: 0,
            })
        })
        .collect())
}
