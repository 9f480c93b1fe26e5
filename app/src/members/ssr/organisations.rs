//! Organisations as admins manage them: choices for forms, the edit form and saving
//! (which feeds the search index through the outbox).

use sea_orm::{
    ActiveModelTrait as _, ColumnTrait as _, EntityTrait as _, PaginatorTrait as _, QueryFilter as _, Set,
};
use time::OffsetDateTime;

use super::super::api::{OrganisationForm, StakeholderGroup};
use super::require_admin;
use crate::audit;
use crate::auth::CurrentUser;
use crate::db::DatabaseConnection;
use crate::db::entities::organisation;
use crate::error::{AppError, AppResult};
use crate::forms::ssr::{Client, Problems};
use crate::taxonomy;

/// The country code `value` names ("" = none), or a problem with the `country` field.
pub(super) fn checked_country(problems: &mut Problems, value: &str) -> Option<String> {
    if value.is_empty() {
        return None;
    }
    let country = taxonomy::country(value).map(|country| country.code.clone());
    if country.is_none() {
        problems.add("country", "error-country-unknown");
    }
    country
}

/// Records, in the caller's transaction, that organisation `id` changed, for the search
/// index.
pub(super) async fn enqueue_index(txn: &impl sea_orm::ConnectionTrait, id: i64) -> AppResult<()> {
    crate::search::index::enqueue(txn, "organisation", id).await.map(drop).map_err(AppError::from)
}

/// A free slug for `name` (`name`, `name-2`, …).
pub(super) async fn free_slug(db: &impl sea_orm::ConnectionTrait, name: &str) -> AppResult<String> {
    let mut base = crate::text::name_slug(name);
    if base.is_empty() {
        base = "organisation".to_owned();
    }
    for slug in crate::text::slug_candidates(&base) {
        let taken =
            organisation::Entity::find().filter(organisation::Column::Slug.eq(&slug)).count(db).await?;
        if taken == 0 {
            return Ok(slug);
        }
    }
    Err(AppError::Conflict)
}

/// (id, name) of every organisation. Admins only.
pub async fn organisation_choices(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> AppResult<Vec<(String, String)>> {
    require_admin(user)?;
    let mut choices: Vec<(String, String)> =
        organisation::Entity::find().all(db).await?.into_iter().map(|o| (o.id.to_string(), o.name)).collect();
    choices.sort_by_key(|(_, name)| crate::text::collate(name));
    Ok(choices)
}

/// An organisation for its edit form (`slug` empty: blank). Admins only.
pub async fn organisation_form(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
) -> AppResult<OrganisationForm> {
    require_admin(user)?;
    if slug.is_empty() {
        return Ok(OrganisationForm {
            name: String::new(),
            group: String::new(),
            country: String::new(),
            website: String::new(),
            description: String::new(),
            logo_url: None,
        });
    }
    let org = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(OrganisationForm {
        name: org.name,
        group: org.stakeholder_group,
        country: org.country.unwrap_or_default(),
        website: org.website.unwrap_or_default(),
        description: org.description,
        logo_url: org.logo.map(|file| format!("/media/logos/{file}")),
    })
}

/// An organisation as typed into its form.
#[derive(Debug, Default)]
pub struct OrganisationInput {
    /// Name.
    pub name: String,
    /// Stakeholder group code.
    pub group: String,
    /// Country code.
    pub country: String,
    /// Website.
    pub website: String,
    /// Description.
    pub description: String,
    /// A new logo, already re-encoded: the file name it was stored under.
    pub logo: Option<String>,
}

/// Creates (`slug` empty) or updates an organisation; returns its slug. Admins only.
pub async fn save_organisation(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    input: OrganisationInput,
    client: &Client,
) -> AppResult<String> {
    require_admin(user)?;
    let mut problems = Problems::default();
    problems.text("name", &input.name, true, 200);
    if StakeholderGroup::from_code(&input.group).is_none() {
        problems.add("group", "error-choose-group");
    }
    let country = checked_country(&mut problems, &input.country);
    let website = problems.website("website", &input.website);
    problems.text("description", &input.description, false, 2000);
    problems.into_result()?;
    let now = OffsetDateTime::now_utc();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let saved = if slug.is_empty() {
        organisation::ActiveModel {
            slug: Set(free_slug(&txn, &input.name).await?),
            name: Set(input.name),
            stakeholder_group: Set(input.group),
            country: Set(country),
            website: Set(website),
            description: Set(input.description),
            logo: Set(input.logo),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?
    } else {
        let org = organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(slug))
            .one(&txn)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut active: organisation::ActiveModel = org.into();
        active.name = Set(input.name);
        active.stakeholder_group = Set(input.group);
        active.country = Set(country);
        active.website = Set(website);
        active.description = Set(input.description);
        if input.logo.is_some() {
            active.logo = Set(input.logo);
        }
        active.updated_at = Set(now);
        active.update(&txn).await?
    };
    enqueue_index(&txn, saved.id).await?;
    let action = if slug.is_empty() { "organisation.create" } else { "organisation.update" };
    audit::record(&txn, Some(user.id), action, &format!("organisation:{}", saved.id), &saved.name, client)
        .await?;
    txn.commit().await?;
    Ok(saved.slug)
}
