//! Emailed links: password resets and invitations. Each link carries a single-use token
//! stored only as its hash, and says plainly when it is unknown, used or expired.

use sea_orm::{ActiveModelTrait as _, ColumnTrait as _, EntityTrait as _, QueryFilter as _, Set};
use time::{Duration, OffsetDateTime};

use super::invalid;
use super::password::hash_password;
use super::service::{SignedIn, email_taken, insert_account};
use super::session::{open_session, revoke_all_sessions};
use crate::audit;
use crate::auth::api::{CurrentUser, InvitationSummary, Role};
use crate::db::DatabaseConnection;
use crate::db::entities::{account, invitation, organisation, password_reset};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::{Client, Problems};
use crate::i18n::Locale;
use crate::secrets::{Token, hash_token};
use crate::state::AppState;

/// How long an invitation link works.
pub const INVITATION_LIFETIME: Duration = Duration::days(7);
/// How long a password-reset link works.
const RESET_LIFETIME: Duration = Duration::hours(1);

/// Emails a reset link when `email` has an account; answers the same either way, at once
/// (the email goes out in the background).
pub async fn request_password_reset(
    state: &AppState,
    email: &str,
    client: &Client,
    locale: Locale,
) -> AppResult<()> {
    let mut problems = Problems::default();
    let email = problems.email("email", email);
    problems.into_result()?;
    state.limits.reset(&client.address, &email)?;
    let per_client = super::shared_limits::bucket("reset", &client.address, "");
    let per_account = super::shared_limits::bucket("reset", &client.address, &email);
    super::shared_limits::check(&state.db, &per_client, super::shared_limits::RESETS_PER_CLIENT).await?;
    super::shared_limits::take(&state.db, &per_account, super::shared_limits::RESETS_PER_ACCOUNT).await?;
    super::shared_limits::hit(&state.db, &per_client).await?;
    let Some(person) =
        account::Entity::find().filter(account::Column::Email.eq(&email)).one(&state.db).await?
    else {
        return Ok(());
    };
    let token = Token::generate()?;
    let now = OffsetDateTime::now_utc();
    password_reset::ActiveModel {
        token_hash: Set(token.hash),
        account_id: Set(person.id),
        created_at: Set(now),
        expires_at: Set(now + RESET_LIFETIME),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(&state.db)
    .await?;
    let link = format!("{}/reset-password?token={}", state.site.public_url, token.secret);
    // In the account's language: the person asking may be using someone else's machine.
    let locale = Locale::from_code(&person.lang).unwrap_or(locale);
    let subject = locale.text("mail-reset-subject");
    let body = locale.text_args("mail-reset-body", &[("name", person.name.clone()), ("link", link)]);
    state.mail.send_in_background(person.email, subject, body);
    Ok(())
}

/// Why an emailed link no longer works, if it does not: it was used, or it expired.
fn still_usable(used: bool, expires_at: OffsetDateTime) -> AppResult<()> {
    if used {
        return Err(invalid("token", "error-link-used"));
    }
    if expires_at <= OffsetDateTime::now_utc() {
        return Err(invalid("token", "error-link-expired"));
    }
    Ok(())
}

/// The usable reset row behind `token`, or why there is none.
async fn usable_reset(db: &DatabaseConnection, token: &str) -> AppResult<password_reset::Model> {
    let row = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(hash_token(token)))
        .one(db)
        .await?
        .ok_or_else(|| invalid("token", "error-link-unknown"))?;
    still_usable(row.used_at.is_some(), row.expires_at)?;
    Ok(row)
}

/// Whether a reset link still works.
pub async fn check_reset_token(db: &DatabaseConnection, token: &str) -> AppResult<()> {
    usable_reset(db, token).await.map(|_| ())
}

/// Sets a new password through a reset link, ends every session of the account and opens
/// a new one.
pub async fn reset_password(
    state: &AppState,
    token: &str,
    password: &str,
    client: &Client,
) -> AppResult<SignedIn> {
    let row = usable_reset(&state.db, token).await?;
    let mut problems = Problems::default();
    problems.new_password("password", password);
    problems.into_result()?;
    let hash = hash_password(password.to_owned()).await?;
    let (txn, _turn) = crate::db::begin_write(&state.db).await?;
    let now = OffsetDateTime::now_utc();
    let person = account::Entity::find_by_id(row.account_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    let account_id = person.id;
    let mut active: account::ActiveModel = person.into();
    active.password_hash = Set(hash);
    active.password_changed_at = Set(now);
    active.update(&txn).await?;
    let mut used: password_reset::ActiveModel = row.into();
    used.used_at = Set(Some(now));
    used.update(&txn).await?;
    revoke_all_sessions(&txn, account_id).await?;
    let token = open_session(&txn, account_id, client).await?;
    audit::record(&txn, Some(account_id), "password.reset", &format!("account:{account_id}"), "", client)
        .await?;
    txn.commit().await?;
    Ok(SignedIn { token, account_id })
}

/// The usable invitation behind `token`, or why there is none.
async fn usable_invitation(db: &DatabaseConnection, token: &str) -> AppResult<invitation::Model> {
    let row = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(hash_token(token)))
        .one(db)
        .await?
        .ok_or_else(|| invalid("token", "error-link-unknown"))?;
    still_usable(row.accepted_at.is_some(), row.expires_at)?;
    Ok(row)
}

/// Who an invitation is for.
pub async fn invitation_summary(db: &DatabaseConnection, token: &str) -> AppResult<InvitationSummary> {
    let row = usable_invitation(db, token).await?;
    let organisation = match row.organisation_id {
        Some(id) => organisation::Entity::find_by_id(id).one(db).await?.map(|org| org.name),
        None => None,
    };
    Ok(InvitationSummary {
        email: row.email,
        organisation,
        role: Role::from_code(&row.role).unwrap_or(Role::Member),
    })
}

/// Creates an invitation for `email` and emails its link, both written in `locale`, the
/// language the invited person reads (chosen by the admin; the accept page opens in it too).
/// Admins only.
#[expect(clippy::too_many_arguments, reason = "one argument per invitation field plus who and where")]
pub async fn new_invitation(
    state: &AppState,
    actor: &CurrentUser,
    email: &str,
    organisation_id: Option<i64>,
    role: Role,
    client: &Client,
    locale: Locale,
    txn: &impl sea_orm::ConnectionTrait,
) -> AppResult<()> {
    if !actor.has(Role::Admin) {
        return Err(AppError::Forbidden);
    }
    if email_taken(txn, email).await? {
        return Err(invalid("email", "error-email-taken"));
    }
    let organisation = match organisation_id {
        Some(id) => Some(
            organisation::Entity::find_by_id(id)
                .one(txn)
                .await?
                .ok_or_else(|| invalid("organisation", "error-choose-organisation"))?,
        ),
        None => None,
    };
    let token = Token::generate()?;
    let now = OffsetDateTime::now_utc();
    let row = invitation::ActiveModel {
        token_hash: Set(token.hash),
        email: Set(email.to_owned()),
        organisation_id: Set(organisation_id),
        role: Set(role.code().to_owned()),
        invited_by: Set(Some(actor.id)),
        created_at: Set(now),
        expires_at: Set(now + INVITATION_LIFETIME),
        accepted_at: Set(None),
        lang: Set(locale.code().to_owned()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        Some(actor.id),
        "invitation.send",
        &format!("invitation:{}", row.id),
        &format!("{email} as {} in {}", role.code(), locale.code()),
        client,
    )
    .await?;
    let link = format!(
        "{}/invitation?token={}&{}={}",
        state.site.public_url,
        token.secret,
        crate::i18n::LINK_LANGUAGE,
        locale.code()
    );
    let organisation = organisation.map_or_else(|| locale.text("site-name"), |org| org.name);
    let subject = locale.text_args("mail-invite-subject", &[("organisation", organisation.clone())]);
    let body = locale.text_args(
        "mail-invite-body",
        &[("organisation", organisation), ("inviter", actor.name.clone()), ("link", link)],
    );
    state.mail.send_in_background(email.to_owned(), subject, body);
    Ok(())
}

/// Accepts an invitation: creates the account with `name` and `password` and signs it in.
pub async fn accept_invitation(
    state: &AppState,
    token: &str,
    name: &str,
    password: &str,
    client: &Client,
    locale: Locale,
) -> AppResult<SignedIn> {
    let row = usable_invitation(&state.db, token).await?;
    let mut problems = Problems::default();
    problems.text("name", name, true, 120);
    problems.new_password("password", password);
    problems.into_result()?;
    let hash = hash_password(password.to_owned()).await?;
    let now = OffsetDateTime::now_utc();
    let (txn, _turn) = crate::db::begin_write(&state.db).await?;
    if email_taken(&txn, &row.email).await? {
        return Err(invalid("token", "error-link-used"));
    }
    let person =
        insert_account(&txn, &row.email, name, hash, &row.role, row.organisation_id, locale.code(), now)
            .await?;
    let mut used: invitation::ActiveModel = row.into();
    used.accepted_at = Set(Some(now));
    used.update(&txn).await?;
    let token = open_session(&txn, person.id, client).await?;
    audit::record(&txn, Some(person.id), "invitation.accept", &format!("account:{}", person.id), "", client)
        .await?;
    txn.commit().await?;
    Ok(SignedIn { token, account_id: person.id })
}
