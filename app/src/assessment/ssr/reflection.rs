//! The private self-reflection: nothing is stored until the person asks.
//!
//! Policy: while a person answers, their answers travel in the form itself (a hidden field
//! the server checks on every step), so the server keeps nothing and a closed tab forgets
//! everything. "Save and get a private link" stores the answers, without a name, under the
//! SHA-256 of a random token that only the link carries; from then on each step saves as it
//! goes, and the person can delete them at any time.

use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
};

use super::framework::{self, Framework};
use super::scoring::Answers;
use super::{now, profile, questions};
use crate::assessment::api::{LinkView, SelfView};
use crate::db::entities::assessment_response;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::search::params::{FacetName, SearchParams, Sort};
use crate::secrets::{Token, hash_token};
use crate::state::AppState;

/// How many readings the profile suggests.
const READING: usize = 6;

/// The saved self-reflection of `token` (a response that belongs to no cycle).
pub async fn saved(
    db: &DatabaseConnection,
    token: &str,
) -> AppResult<(assessment_response::Model, &'static Framework)> {
    if token.len() > 64 {
        return Err(AppError::NotFound);
    }
    let row = assessment_response::Entity::find()
        .filter(assessment_response::Column::TokenHash.eq(hash_token(token)))
        .filter(assessment_response::Column::CycleId.is_null())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let framework = framework::framework(&row.framework_version).ok_or(AppError::NotFound)?;
    Ok((row, framework))
}

/// The answers of a self-reflection: saved under `token`, or carried by the form.
pub async fn answers_of(
    db: &DatabaseConnection,
    token: Option<&str>,
    carried: &str,
) -> AppResult<(Answers, &'static Framework)> {
    match token {
        Some(token) => {
            let (row, framework) = saved(db, token).await?;
            Ok((questions::from_json(framework, true, &row.answers), framework))
        }
        None => {
            let framework = framework::current().ok_or(AppError::Internal)?;
            Ok((questions::parse_carried(framework, true, carried)?, framework))
        }
    }
}

/// A page of the self-reflection.
pub async fn self_view(
    state: &AppState,
    token: Option<&str>,
    step: &str,
    carried: &str,
    locale: Locale,
) -> AppResult<SelfView> {
    let (answers, framework) = answers_of(&state.db, token, carried).await?;
    let carried = questions::carry(&answers);
    let token = token.map(str::to_owned);
    if step == "profile" {
        let mut profile = profile::self_profile(framework, &answers, locale);
        if let Some(domain) = profile::weakest_domain(framework, &answers) {
            let (reading, more) = reading(state, &domain).await;
            profile.reading = reading;
            profile.more_reading = Some(more);
        }
        return Ok(SelfView { step: None, profile: Some(profile), carried, token });
    }
    let number = questions::step_number(framework, step);
    Ok(SelfView {
        step: Some(questions::step(framework, true, number, &answers, locale)),
        profile: None,
        carried,
        token,
    })
}

/// Published cases and posts tagged with `domain`, newest first, found through the search
/// index as the public sees it; and the search that lists all of them.
pub async fn reading(state: &AppState, domain: &str) -> (Vec<LinkView>, String) {
    let params = SearchParams {
        filters: vec![
            (FacetName::Domain, domain.to_owned()),
            (FacetName::Kind, "case".to_owned()),
            (FacetName::Kind, "article".to_owned()),
        ],
        sort: Sort::Newest,
        page: 1,
        ..SearchParams::default()
    };
    let more = params.href();
    match crate::search::public_search(&state.search, params, READING).await {
        Ok(results) => (
            results
                .hits
                .into_iter()
                .take(READING)
                .map(|hit| LinkView { title: hit.title, url: hit.url, kind: hit.kind })
                .collect(),
            more,
        ),
        // The profile is still worth showing without its reading list.
        Err(_) => (Vec::new(), more),
    }
}

/// Stores `answers` under a new private token, without a name; returns the token.
pub async fn save_new(
    db: &DatabaseConnection,
    framework: &Framework,
    answers: &Answers,
) -> AppResult<String> {
    let token = Token::generate()?;
    let at = now();
    assessment_response::ActiveModel {
        cycle_id: Set(None),
        token_hash: Set(token.hash),
        role: Set(None),
        framework_version: Set(framework.version.clone()),
        answers: Set(questions::to_json(answers)),
        submitted_at: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token.secret)
}

/// Adds `answers` to the self-reflection saved under `token`.
pub async fn update(db: &DatabaseConnection, token: &str, answers: &Answers) -> AppResult<()> {
    let (row, framework) = saved(db, token).await?;
    let mut merged = questions::from_json(framework, true, &row.answers);
    merged.extend(answers.iter().map(|(code, answer)| (code.clone(), *answer)));
    assessment_response::ActiveModel {
        id: Set(row.id),
        answers: Set(questions::to_json(&merged)),
        updated_at: Set(now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// Deletes the self-reflection saved under `token`.
pub async fn delete(db: &DatabaseConnection, token: &str) -> AppResult<()> {
    let (row, _) = saved(db, token).await?;
    assessment_response::Entity::delete_by_id(row.id).exec(db).await?;
    Ok(())
}
