//! The audit log: every privileged action, with who did it, when and from where.
//!
//! Policy: append-only; details name what changed but never carry a password or a token.

use sea_orm::{ActiveModelTrait as _, ConnectionTrait, Set};
use time::OffsetDateTime;

use crate::db::entities::audit_event;
use crate::error::{AppError, AppResult};
use crate::forms::ssr::Client;

/// Appends one event (in the caller's transaction when `db` is one).
pub async fn record(
    db: &impl ConnectionTrait,
    actor: Option<i64>,
    action: &str,
    target: &str,
    detail: &str,
    client: &Client,
) -> AppResult<()> {
    audit_event::ActiveModel {
        actor_id: Set(actor),
        action: Set(action.to_owned()),
        target: Set(target.to_owned()),
        detail: Set(detail.chars().take(500).collect()),
        client_address: Set(client.address.clone()),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|err| {
        tracing::error!(error = %err, "audit log write failed");
        AppError::Internal
    })?;
    Ok(())
}

/// A timestamp to the minute, UTC: `2026-11-23 14:05 UTC`.
pub fn iso_minute(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute()
    )
}
