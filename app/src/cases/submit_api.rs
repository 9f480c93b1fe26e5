//! Wire types and server functions of submitting and reviewing cases.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use super::api::LinkItem;
use super::record::CaseRecord;
use crate::editorial::Status;
use crate::editorial::{HistoryItem, RevisionItem};
use crate::error::AppError;

/// A case in the lists of the submission pages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseRow {
    /// Key: its page is `/cases/submit/{id}`.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Workflow state.
    pub status: Status,
    /// Date of the last change.
    pub updated: String,
}

/// A case as its author and editors work on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDraft {
    /// Key.
    pub id: i64,
    /// Public URL segment.
    pub slug: String,
    /// Workflow state.
    pub status: Status,
    /// The current record.
    pub record: CaseRecord,
    /// Whether the viewer may change it.
    pub can_edit: bool,
    /// Whether the viewer wrote it.
    pub is_owner: bool,
    /// Whether the viewer is an editor.
    pub is_editor: bool,
    /// Files attached to it.
    pub attachments: Vec<LinkItem>,
    /// Every step of its review, oldest first.
    pub history: Vec<HistoryItem>,
    /// Every saved revision, newest first.
    pub revisions: Vec<RevisionItem>,
}

/// The cases the viewer submitted, and for editors the cases waiting for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyCases {
    /// Written by the viewer, newest change first.
    pub own: Vec<CaseRow>,
    /// Submitted or approved, oldest change first (editors only).
    pub waiting: Vec<CaseRow>,
}

/// Case `id` as its author or an editor sees it.
#[server(endpoint = "get_case_draft", input = GetUrl)]
pub async fn get_case_draft(id: i64) -> Result<CaseDraft, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::case_draft(&state.db, &user, id).await
}

/// The viewer's cases and, for editors, those waiting for review.
#[server(endpoint = "list_my_cases", input = GetUrl)]
pub async fn list_my_cases() -> Result<MyCases, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::my_case_rows(&state.db, &user).await
}

/// One saved revision of a case, exactly as it was saved, for its author and editors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseRevisionDetail {
    /// The case.
    pub case_id: i64,
    /// Its current title.
    pub case_title: String,
    /// This revision's number, from 1 (the first save).
    pub number: i64,
    /// How many revisions the case has.
    pub count: i64,
    /// Whether this is the current text.
    pub is_current: bool,
    /// Who saved it, when and why.
    pub item: RevisionItem,
    /// The record as saved.
    pub record: CaseRecord,
}

/// Revision `revision` of case `id`; 404 for anyone but its author and editors.
#[server(endpoint = "get_case_revision", input = GetUrl)]
pub async fn get_case_revision(id: i64, revision: i64) -> Result<CaseRevisionDetail, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::case_revision(&state.db, &user, id, revision).await
}
