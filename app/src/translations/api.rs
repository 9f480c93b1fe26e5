//! Wire types and server functions of translation sets.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use super::VersionSet;
use crate::error::AppError;

/// The versions of the work item `id` of `kind` belongs to (published ones only).
#[server(endpoint = "get_versions", input = GetUrl)]
pub async fn get_versions(kind: String, id: i64) -> Result<VersionSet, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::version_set(&state.db, state.search.kinds(), &state.site.public_url, &kind, id).await
}

/// What the page that starts a translation shows of the original.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationStart {
    /// The kind, as in the registry.
    pub kind: String,
    /// The original's key.
    pub work_id: i64,
    /// Its title.
    pub title: String,
    /// Its page.
    pub path: String,
    /// Its language.
    pub lang: String,
    /// Languages it has no version in yet.
    pub missing: Vec<String>,
}

/// The original of item `id` of `kind`, for the page that starts a translation of it; a
/// translation leads to its original.
#[server(endpoint = "get_translation_start", input = GetUrl)]
pub async fn get_translation_start(kind: String, id: i64) -> Result<TranslationStart, AppError> {
    let state = crate::state::app_state()?;
    let kinds = state.search.kinds();
    let set = super::ssr::version_set(&state.db, kinds, &state.site.public_url, &kind, id).await?;
    let original = super::ssr::original_link(&state.db, kinds, &kind, set.work_id).await?;
    Ok(TranslationStart {
        kind,
        work_id: set.work_id,
        title: original.title,
        path: original.path,
        lang: original.lang,
        missing: set.missing,
    })
}

/// A work on the editors' list of what needs translating.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskRow {
    /// Its kind.
    pub kind: String,
    /// The original's key.
    pub work_id: i64,
    /// The original's title.
    pub title: String,
    /// The original's page.
    pub path: String,
    /// The original's language.
    pub lang: String,
    /// Languages it lacks.
    pub missing: Vec<String>,
    /// Outdated translations: (language, page, title).
    pub outdated: Vec<(String, String, String)>,
}

/// What the editors' list shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationDesk {
    /// Works lacking a language (the chosen one, when a language is chosen).
    pub missing: Vec<DeskRow>,
    /// Works with an outdated translation (in the chosen language, when one is chosen).
    pub outdated: Vec<DeskRow>,
    /// The translatable kinds, for the filter.
    pub kinds: Vec<String>,
}

/// Works missing a language, and outdated translations, filtered by `lang` and `kind`
/// (empty: all); editors only.
#[server(endpoint = "get_translation_desk", input = GetUrl)]
pub async fn get_translation_desk(lang: String, kind: String) -> Result<TranslationDesk, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    let kinds = state.search.kinds();
    let only = Some(kind.as_str()).filter(|kind| !kind.is_empty());
    let lang = Some(lang.as_str()).filter(|lang| super::is_content_language(lang));
    let works = super::ssr::desk(&state.db, kinds, &user, only).await?;
    let row = |work: &super::ssr::DeskWork| DeskRow {
        kind: work.kind.to_owned(),
        work_id: work.original.id,
        title: work.original.title.clone(),
        path: work.original.path.clone(),
        lang: super::primary(&work.original.lang),
        missing: work.missing.clone(),
        outdated: work
            .outdated
            .iter()
            .filter(|item| lang.is_none_or(|lang| super::primary(&item.lang) == lang))
            .map(|item| (super::primary(&item.lang), item.path.clone(), item.title.clone()))
            .collect(),
    };
    let missing = works
        .iter()
        .filter(|work| {
            lang.map_or(!work.missing.is_empty(), |lang| work.missing.iter().any(|code| code == lang))
        })
        .take(DESK_ROWS)
        .map(row)
        .collect();
    let outdated = works.iter().map(row).filter(|row| !row.outdated.is_empty()).take(DESK_ROWS).collect();
    let kinds =
        kinds.iter().filter(|kind| kind.translations.is_some()).map(|kind| kind.name.to_owned()).collect();
    Ok(TranslationDesk { missing, outdated, kinds })
}

/// Most rows each list of the editors' page shows.
pub const DESK_ROWS: usize = 200;

/// The original a draft translates, shown beside its form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceText {
    /// The original's language.
    pub lang: String,
    /// Its title.
    pub title: String,
    /// Its summary.
    pub summary: String,
    /// Its text, plain, in paragraphs.
    pub body: Vec<String>,
    /// Its page.
    pub path: String,
    /// The language the draft translates into.
    pub into: String,
}

/// The published original of item `id` of `kind` when that item is a translation; none
/// otherwise. Signed-in members (the draft's own page checks who may see it).
#[server(endpoint = "get_translation_source", input = GetUrl)]
pub async fn get_translation_source(kind: String, id: i64) -> Result<Option<SourceText>, AppError> {
    let state = crate::state::app_state()?;
    crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::source_text(&state.db, state.search.kinds(), &kind, id).await
}
