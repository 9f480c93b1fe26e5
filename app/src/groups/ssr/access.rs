//! Who may see and do what in a group.
//!
//! Policy: a group the viewer may not see does not exist for them: every page, list and
//! error answers as for an unknown address (404). A public group is seen by anyone, a
//! `members` group by anyone signed in, and a private group by its active members and the
//! people a lead invited (who must see what they are invited to). Working documents are read
//! and written by active members only; leads manage the group.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::auth::CurrentUser;
use crate::db::entities::{group, group_document, group_member};
use crate::error::{AppError, AppResult};
use crate::groups::api::{GroupRole, Standing, Visibility};

/// A group as one viewer sees it.
#[derive(Clone, Debug)]
pub struct Seen {
    /// The group.
    pub group: group::Model,
    /// The viewer's row, if any.
    pub me: Option<(GroupRole, Standing)>,
}

impl Seen {
    /// Whether the viewer is an active member.
    pub fn is_member(&self) -> bool {
        matches!(self.me, Some((_, Standing::Active)))
    }

    /// Whether the viewer is an active lead.
    pub fn is_lead(&self) -> bool {
        self.me == Some((GroupRole::Lead, Standing::Active))
    }

    /// Who may see the group.
    pub fn visibility(&self) -> Visibility {
        visibility_of(&self.group)
    }
}

/// A group's visibility; an unknown stored code counts as private.
pub fn visibility_of(group: &group::Model) -> Visibility {
    Visibility::from_code(&group.visibility).unwrap_or(Visibility::Private)
}

/// Whether someone with `me` (signed in or not) may see a group of `visibility`.
pub fn may_see(visibility: Visibility, signed_in: bool, me: Option<(GroupRole, Standing)>) -> bool {
    match visibility {
        Visibility::Public => true,
        Visibility::Members => signed_in,
        Visibility::Private => matches!(me, Some((_, Standing::Active | Standing::Invited))),
    }
}

/// The viewer's role and standing in group `group_id`.
pub async fn standing<C: ConnectionTrait>(
    db: &C,
    group_id: i64,
    user: Option<&CurrentUser>,
) -> AppResult<Option<(GroupRole, Standing)>> {
    let Some(user) = user else { return Ok(None) };
    let row = group_member::Entity::find_by_id((group_id, user.id)).one(db).await?;
    Ok(row.and_then(|row| Some((GroupRole::from_code(&row.role)?, Standing::from_code(&row.state)?))))
}

/// Group `slug` as the viewer sees it; 404 when they may not see it.
pub async fn visible<C: ConnectionTrait>(db: &C, user: Option<&CurrentUser>, slug: &str) -> AppResult<Seen> {
    let group = group::Entity::find()
        .filter(group::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let me = standing(db, group.id, user).await?;
    if !may_see(visibility_of(&group), user.is_some(), me) {
        return Err(AppError::NotFound);
    }
    Ok(Seen { group, me })
}

/// Group `slug` for one of its active members: 401 for the public and 403 for anyone else
/// who may see the group (404 for those who may not).
pub async fn as_member<C: ConnectionTrait>(
    db: &C,
    user: Option<&CurrentUser>,
    slug: &str,
) -> AppResult<Seen> {
    let seen = visible(db, user, slug).await?;
    match user {
        _ if seen.is_member() => Ok(seen),
        None => Err(AppError::Unauthorized),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// Group `slug` for one of its leads; 403 for anyone else who may see it.
pub async fn as_lead<C: ConnectionTrait>(db: &C, user: &CurrentUser, slug: &str) -> AppResult<Seen> {
    let seen = visible(db, Some(user), slug).await?;
    if seen.is_lead() { Ok(seen) } else { Err(AppError::Forbidden) }
}

/// Document `slug` of group `group_id`.
pub async fn document<C: ConnectionTrait>(
    db: &C,
    group_id: i64,
    slug: &str,
) -> AppResult<group_document::Model> {
    group_document::Entity::find()
        .filter(group_document::Column::GroupId.eq(group_id))
        .filter(group_document::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The groups `account_id` is an active member of.
pub async fn groups_of<C: ConnectionTrait>(db: &C, account_id: i64) -> AppResult<Vec<i64>> {
    group_member::Entity::find()
        .select_only()
        .column(group_member::Column::GroupId)
        .filter(group_member::Column::AccountId.eq(account_id))
        .filter(group_member::Column::State.eq(Standing::Active.code()))
        .into_tuple()
        .all(db)
        .await
        .map_err(AppError::from)
}
