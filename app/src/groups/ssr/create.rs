//! Creating groups and their (empty) documents.

use sea_orm::ActiveValue::Set;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr};
use time::OffsetDateTime;

use crate::db::entities::{group, group_document};

/// A group to create.
#[derive(Clone, Debug)]
pub struct NewGroup {
    /// URL segment, unique.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Theme code.
    pub theme: String,
    /// Charter, Markdown.
    pub charter: String,
    /// `public`, `members` or `private`.
    pub visibility: String,
    /// Endorsements a document's head needs (k).
    pub endorsement_quorum: i32,
}

/// Creates group `new`; returns its id.
pub async fn create_group<C: ConnectionTrait>(db: &C, new: &NewGroup) -> Result<i64, DbErr> {
    let now = OffsetDateTime::now_utc();
    let row = group::ActiveModel {
        slug: Set(new.slug.clone()),
        name: Set(new.name.clone()),
        theme: Set(new.theme.clone()),
        charter: Set(new.charter.clone()),
        visibility: Set(new.visibility.clone()),
        endorsement_quorum: Set(new.endorsement_quorum),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

/// Creates an empty document (no revision yet) in language `lang` in group `group_id`;
/// returns its id.
pub async fn create_document<C: ConnectionTrait>(
    db: &C,
    group_id: i64,
    slug: &str,
    title: &str,
    lang: &str,
) -> Result<i64, DbErr> {
    let now = OffsetDateTime::now_utc();
    let row = group_document::ActiveModel {
        group_id: Set(group_id),
        slug: Set(slug.to_owned()),
        title: Set(title.to_owned()),
        lang: Set(lang.to_owned()),
        head_revision_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}
