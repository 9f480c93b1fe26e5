//! Staff answering a cycle through its anonymous link.
//!
//! Policy: the staff link only lets people start answering; it shows nothing of anyone's
//! answers. Starting creates an anonymous response (no account, no name, no address) with
//! its own private link, which saves as it goes and resumes. A response sent as final, or a
//! cycle that no longer takes answers, refuses every change with a clear message and
//! changes nothing: the update itself is conditional, so two posts racing cannot both pass.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait as _, QueryFilter,
};

use super::cycles::{framework_of, roles_of, state_of};
use super::{now, questions, today};
use crate::assessment::api::{CycleState, RespondView, StaffEntry};
use crate::db::entities::{assessment_cycle, assessment_response, organisation};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::secrets::{Token, hash_token};

/// Most responses a cycle takes: a bound on what one shared link can make.
const MAX_RESPONSES: u64 = 20_000;

fn refused(key: &str) -> AppError {
    AppError::Invalid { field: "form".into(), message: key.into() }
}

/// The cycle whose staff link is `token`.
async fn cycle_of_link(db: &DatabaseConnection, token: &str) -> AppResult<assessment_cycle::Model> {
    if token.is_empty() || token.len() > 64 {
        return Err(AppError::NotFound);
    }
    assessment_cycle::Entity::find()
        .filter(assessment_cycle::Column::StaffToken.eq(token))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

async fn organisation_name(db: &DatabaseConnection, id: i64) -> AppResult<String> {
    Ok(organisation::Entity::find_by_id(id).one(db).await?.map(|o| o.name).unwrap_or_default())
}

/// The staff link's first page.
pub async fn staff_entry(db: &DatabaseConnection, token: &str, locale: Locale) -> AppResult<StaffEntry> {
    let cycle = cycle_of_link(db, token).await?;
    let framework = framework_of(&cycle)?;
    Ok(StaffEntry {
        cycle: cycle.name.clone(),
        organisation: organisation_name(db, cycle.organisation_id).await?,
        state: state_of(&cycle, today()),
        closes_on: cycle.closes_on.to_string(),
        roles: roles_of(&cycle)
            .into_iter()
            .filter_map(|code| framework.role(&code).map(|r| (code.clone(), r.name_in(locale).to_owned())))
            .collect(),
    })
}

fn refuse_unless_open(cycle: &assessment_cycle::Model) -> AppResult<()> {
    match state_of(cycle, today()) {
        CycleState::Open => Ok(()),
        CycleState::NotYetOpen => Err(refused("assessment-error-not-open")),
        CycleState::Closed => Err(refused("assessment-error-closed")),
    }
}

/// Starts an anonymous response to the cycle of staff link `token` in `role`; returns the
/// response's private token.
pub async fn start(db: &DatabaseConnection, token: &str, role: &str) -> AppResult<String> {
    let cycle = cycle_of_link(db, token).await?;
    refuse_unless_open(&cycle)?;
    if !roles_of(&cycle).iter().any(|r| r == role) {
        return Err(AppError::Invalid { field: "role".into(), message: "assessment-error-role".into() });
    }
    let taken = assessment_response::Entity::find()
        .filter(assessment_response::Column::CycleId.eq(cycle.id))
        .count(db)
        .await?;
    if taken >= MAX_RESPONSES {
        return Err(refused("assessment-error-full"));
    }
    let secret = Token::generate()?;
    let at = now();
    assessment_response::ActiveModel {
        cycle_id: Set(Some(cycle.id)),
        token_hash: Set(secret.hash),
        role: Set(Some(role.to_owned())),
        framework_version: Set(cycle.framework_version.clone()),
        answers: Set("{}".to_owned()),
        submitted_at: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(secret.secret)
}

/// The response of private token `token` and its cycle.
async fn response_of(
    db: &DatabaseConnection,
    token: &str,
) -> AppResult<(assessment_response::Model, assessment_cycle::Model)> {
    if token.is_empty() || token.len() > 64 {
        return Err(AppError::NotFound);
    }
    let response = assessment_response::Entity::find()
        .filter(assessment_response::Column::TokenHash.eq(hash_token(token)))
        .filter(assessment_response::Column::CycleId.is_not_null())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let cycle = assessment_cycle::Entity::find_by_id(response.cycle_id.unwrap_or_default())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((response, cycle))
}

/// A respondent's page: step `step`, or where they stand.
pub async fn respond_view(
    db: &DatabaseConnection,
    token: &str,
    step: &str,
    locale: Locale,
) -> AppResult<RespondView> {
    let (response, cycle) = response_of(db, token).await?;
    let framework = framework_of(&cycle)?;
    let state = state_of(&cycle, today());
    let submitted = response.submitted_at.is_some();
    let step = (state == CycleState::Open && !submitted).then(|| {
        let answers = questions::from_json(framework, true, &response.answers);
        questions::step(framework, true, questions::step_number(framework, step), &answers, locale)
    });
    Ok(RespondView {
        cycle: cycle.name.clone(),
        organisation: organisation_name(db, cycle.organisation_id).await?,
        state,
        submitted,
        step,
    })
}

/// Saves the answers of a step posted by the respondent of `token`, and sends them all as
/// final when `send`. Refused, changing nothing, once sent or when the cycle is not open.
pub async fn save_step(
    db: &DatabaseConnection,
    token: &str,
    posted: &crate::forms::ssr::Posted,
    send: bool,
) -> AppResult<()> {
    let (response, cycle) = response_of(db, token).await?;
    if response.submitted_at.is_some() {
        return Err(refused("assessment-error-already-sent"));
    }
    refuse_unless_open(&cycle)?;
    let framework = framework_of(&cycle)?;
    let mut answers = questions::from_json(framework, true, &response.answers);
    answers.extend(questions::posted_answers(framework, true, posted)?);
    let at = now();
    let mut update = assessment_response::Entity::update_many()
        .col_expr(assessment_response::Column::Answers, Expr::value(questions::to_json(&answers)))
        .col_expr(assessment_response::Column::UpdatedAt, Expr::value(at));
    if send {
        update = update.col_expr(assessment_response::Column::SubmittedAt, Expr::value(Some(at)));
    }
    let result = update
        .filter(assessment_response::Column::Id.eq(response.id))
        .filter(assessment_response::Column::SubmittedAt.is_null())
        .filter(assessment_response::Column::UpdatedAt.eq(response.updated_at))
        .exec(db)
        .await?;
    if result.rows_affected == 0 {
        // Sent, or saved from another tab, in the meantime.
        return Err(AppError::Conflict);
    }
    Ok(())
}
