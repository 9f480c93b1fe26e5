//! Requests to join: the public form, the admin queue, accepting and declining.

use sea_orm::{ActiveModelTrait as _, EntityTrait as _, QueryOrder as _, QuerySelect as _, Set};
use time::OffsetDateTime;

use super::super::api::{JoinRequestSummary, StakeholderGroup};
use super::organisations::{checked_country, enqueue_index, free_slug};
use super::require_admin;
use crate::audit;
use crate::auth::new_invitation;
use crate::auth::{CurrentUser, Role};
use crate::db::DatabaseConnection;
use crate::db::entities::{join_request, organisation};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::{Client, Problems};
use crate::i18n::Locale;
use crate::state::AppState;
use crate::taxonomy;

/// A join request as typed into the form.
#[derive(Debug, Default)]
pub struct JoinInput {
    /// Organisation name.
    pub organisation_name: String,
    /// Stakeholder group code.
    pub group: String,
    /// Country code.
    pub country: String,
    /// Website.
    pub website: String,
    /// Contact name.
    pub contact_name: String,
    /// Contact email.
    pub contact_email: String,
    /// Motivation.
    pub motivation: String,
}

/// Records a request to join (rate-limited per client address).
pub async fn submit_join_request(
    state: &AppState,
    input: JoinInput,
    client: &Client,
    locale: Locale,
) -> AppResult<()> {
    let mut problems = Problems::default();
    problems.text("organisation_name", &input.organisation_name, true, 200);
    if StakeholderGroup::from_code(&input.group).is_none() {
        problems.add("group", "error-choose-group");
    }
    let country = checked_country(&mut problems, &input.country);
    let website = problems.website("website", &input.website);
    problems.text("contact_name", &input.contact_name, true, 120);
    let email = problems.email("contact_email", &input.contact_email);
    problems.text("motivation", &input.motivation, true, 2000);
    problems.into_result()?;
    crate::auth::limit_join(state, &client.address).await?;
    join_request::ActiveModel {
        organisation_name: Set(input.organisation_name),
        stakeholder_group: Set(input.group),
        country: Set(country),
        website: Set(website),
        contact_name: Set(input.contact_name),
        contact_email: Set(email),
        motivation: Set(input.motivation),
        status: Set("pending".to_owned()),
        decided_by: Set(None),
        decided_at: Set(None),
        decline_reason: Set(None),
        organisation_id: Set(None),
        created_at: Set(OffsetDateTime::now_utc()),
        lang: Set(locale.code().to_owned()),
        ..Default::default()
    }
    .insert(&state.db)
    .await?;
    Ok(())
}

/// Join requests, pending first, newest first. Admins only.
pub async fn list_join_requests(
    db: &DatabaseConnection,
    user: &CurrentUser,
    locale: Locale,
) -> AppResult<Vec<JoinRequestSummary>> {
    require_admin(user)?;
    let mut rows = join_request::Entity::find()
        .order_by_desc(join_request::Column::CreatedAt)
        .limit(500)
        .all(db)
        .await?;
    rows.sort_by_key(|row| row.status != "pending");
    Ok(rows
        .into_iter()
        .map(|row| JoinRequestSummary {
            id: row.id,
            organisation_name: row.organisation_name,
            group: row.stakeholder_group,
            country: row.country.as_deref().and_then(taxonomy::country).map(|c| c.name_in(locale).to_owned()),
            website: row.website,
            contact_name: row.contact_name,
            contact_email: row.contact_email,
            motivation: row.motivation,
            status: row.status,
            decline_reason: row.decline_reason,
            created_at: audit::iso_minute(row.created_at),
        })
        .collect())
}

async fn pending_request(db: &impl sea_orm::ConnectionTrait, id: i64) -> AppResult<join_request::Model> {
    let row = join_request::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    if row.status != "pending" {
        return Err(AppError::Conflict);
    }
    Ok(row)
}

/// Accepts a join request: creates the organisation and invites its contact as a member.
/// Admins only.
pub async fn accept_join_request(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    client: &Client,
    locale: Locale,
) -> AppResult<()> {
    require_admin(user)?;
    let (txn, _turn) = crate::db::begin_write(&state.db).await?;
    let row = pending_request(&txn, id).await?;
    let now = OffsetDateTime::now_utc();
    let org = organisation::ActiveModel {
        slug: Set(free_slug(&txn, &row.organisation_name).await?),
        name: Set(row.organisation_name.clone()),
        stakeholder_group: Set(row.stakeholder_group.clone()),
        country: Set(row.country.clone()),
        website: Set(row.website.clone()),
        description: Set(String::new()),
        logo: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let email = row.contact_email.clone();
    // The invitation is written in the language the contact asked in, not the deciding admin's.
    let theirs = Locale::from_code(&row.lang).unwrap_or(locale);
    let mut decided: join_request::ActiveModel = row.into();
    decided.status = Set("accepted".to_owned());
    decided.decided_by = Set(Some(user.id));
    decided.decided_at = Set(Some(now));
    decided.organisation_id = Set(Some(org.id));
    decided.update(&txn).await?;
    enqueue_index(&txn, org.id).await?;
    audit::record(
        &txn,
        Some(user.id),
        "join.accept",
        &format!("join_request:{id}"),
        &format!("organisation:{} {}", org.id, org.name),
        client,
    )
    .await?;
    new_invitation(state, user, &email, Some(org.id), Role::Member, client, theirs, &txn).await?;
    txn.commit().await?;
    state.search.notify_changed();
    Ok(())
}

/// Declines a join request with a reason, which is emailed to the contact. Admins only.
pub async fn decline_join_request(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    reason: &str,
    client: &Client,
    locale: Locale,
) -> AppResult<()> {
    require_admin(user)?;
    let mut problems = Problems::default();
    problems.text("reason", reason, true, 1000);
    problems.into_result()?;
    let (txn, _turn) = crate::db::begin_write(&state.db).await?;
    let row = pending_request(&txn, id).await?;
    let (email, name, organisation_name) =
        (row.contact_email.clone(), row.contact_name.clone(), row.organisation_name.clone());
    // In the language the contact asked in, not the deciding editor's.
    let locale = Locale::from_code(&row.lang).unwrap_or(locale);
    let mut decided: join_request::ActiveModel = row.into();
    decided.status = Set("declined".to_owned());
    decided.decided_by = Set(Some(user.id));
    decided.decided_at = Set(Some(OffsetDateTime::now_utc()));
    decided.decline_reason = Set(Some(reason.to_owned()));
    decided.update(&txn).await?;
    audit::record(&txn, Some(user.id), "join.decline", &format!("join_request:{id}"), reason, client).await?;
    txn.commit().await?;
    let subject = locale.text("mail-declined-subject");
    let body = locale.text_args(
        "mail-declined-body",
        &[("name", name), ("organisation", organisation_name), ("reason", reason.to_owned())],
    );
    state.mail.send_in_background(email, subject, body);
    Ok(())
}
