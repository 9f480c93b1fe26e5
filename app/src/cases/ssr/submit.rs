//! The POST routes of submitting and reviewing cases, PDF attachments, and serving them.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;
use axum::routing::post;

use super::workflow::{act_on_case, case_for, save_case, status_of};
use crate::auth::CurrentUser;
use crate::cases::record::{CaseLink, CaseRecord};
use crate::editorial::{Action, may_edit};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::{Outcome, Posted, Upload, UploadForm, render_page, respond};
use crate::secrets::Token;
use crate::state::AppState;

/// Largest case form accepted: six long sections and their fields.
const FORM_LIMIT: usize = 512 * 1024;
/// Largest PDF attachment.
pub const ATTACHMENT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// The routes of submission, review and attachments.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/cases/submit", post(submit_new).layer(DefaultBodyLimit::max(FORM_LIMIT)))
        .route("/cases/submit/{id}", post(submit_existing).layer(DefaultBodyLimit::max(FORM_LIMIT)))
        .route(
            "/cases/submit/{id}/attachments",
            post(upload_attachment).layer(DefaultBodyLimit::max(ATTACHMENT_FORM.body_limit())),
        )
}

/// The record the posted form describes.
pub fn record_of(posted: &Posted) -> CaseRecord {
    CaseRecord::from_form(&posted.reply(Vec::new()).values)
}

async fn submit_new(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    handle(state, parts, body, None).await
}

async fn submit_existing(
    State(state): State<AppState>,
    parts: Parts,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return respond(&state, parts, &Posted::parse(&body), AppError::NotFound.into()).await;
    };
    handle(state, parts, body, Some(id)).await
}

async fn handle(state: AppState, parts: Parts, body: Bytes, id: Option<i64>) -> Response {
    let posted = Posted::parse(&body);
    let user = match crate::forms::ssr::signed_in(&parts) {
        Ok(user) => user,
        Err(outcome) => return respond(&state, parts, &posted, outcome).await,
    };
    let action = posted.text("action");
    if posted.form() == "case" && action == "preview" {
        // The page again with what was typed and its completeness; nothing is saved.
        return render_page(&state, parts, posted.reply(Vec::new()), StatusCode::OK).await;
    }
    let outcome = match (posted.form().as_str(), id) {
        ("case", _) => {
            let submit = action == "submit";
            match save_case(&state.db, &user, id, record_of(&posted), &posted.text("note"), submit).await {
                Ok(saved) => {
                    state.search.notify_changed();
                    let done = if submit { "case-submitted" } else { "draft-saved" };
                    Outcome::go(format!("/cases/submit/{saved}?done={done}"))
                }
                Err(error) => error.into(),
            }
        }
        ("review", Some(id)) => match Action::from_code(&action) {
            None => AppError::NotFound.into(),
            Some(action) => match act_on_case(&state.db, &user, id, action, &posted.text("comment")).await {
                Ok(_) if action == Action::Comment => {
                    Outcome::go(format!("/cases/submit/{id}?done=comment-added"))
                }
                Ok(_) => {
                    state.search.notify_changed();
                    Outcome::go(format!("/cases/submit/{id}?done=case-status-changed"))
                }
                Err(error) => error.into(),
            },
        },
        _ => AppError::NotFound.into(),
    };
    respond(&state, parts, &posted, outcome).await
}

/// Stores a PDF attached to case `id` under a random name and adds a link to it (a new
/// revision). Checked by content: it must be shaped as a PDF is (see [`looks_like_pdf`]).
/// It is served as a download in any case (`/media/`), never as a page of the hub.
async fn add_attachment(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    file: Option<Vec<u8>>,
    label: &str,
) -> AppResult<()> {
    let row = case_for(&state.db, user, id).await?;
    if !may_edit(row.owner_id == Some(user.id), user.has(crate::auth::Role::Editor), status_of(&row)) {
        return Err(AppError::Forbidden);
    }
    let invalid = |message: &str| AppError::Invalid { field: "file".into(), message: message.into() };
    let label = label.trim();
    if label.is_empty() {
        return Err(AppError::Invalid { field: "label".into(), message: "error-required".into() });
    }
    let bytes = file.filter(|bytes| !bytes.is_empty()).ok_or_else(|| invalid("case-error-file-missing"))?;
    if bytes.len() > ATTACHMENT_MAX_BYTES {
        return Err(invalid("case-error-file-too-big"));
    }
    if !looks_like_pdf(&bytes) {
        return Err(invalid("case-error-file-not-pdf"));
    }
    let name = format!("{}.pdf", &Token::generate()?.hash[..32]);
    if let Err(err) = state.site.files.put("files", &name, &bytes).await {
        tracing::error!(error = %err, "an attachment could not be stored");
        return Err(AppError::Internal);
    }
    let mut record = super::workflow::current_record(&state.db, &row).await?;
    record
        .links
        .push(CaseLink { label: label.chars().take(200).collect(), url: format!("/media/files/{name}") });
    save_case(&state.db, user, Some(id), record, &format!("attachment: {label}"), false).await.map(|_| ())
}

/// Whether `bytes` are shaped as a PDF: the `%PDF-1.n` or `%PDF-2.n` header at the start,
/// an end-of-file marker in the last kilobyte, and no HTML opening tag in the first one (a
/// file crafted to be read as a page too).
pub(super) fn looks_like_pdf(bytes: &[u8]) -> bool {
    let header = bytes.get(..8).is_some_and(|head| {
        head.starts_with(b"%PDF-")
            && matches!(head[5], b'1' | b'2')
            && head[6] == b'.'
            && head[7].is_ascii_digit()
    });
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    let head = &bytes[..bytes.len().min(1024)];
    let html = [&b"<html"[..], b"<script", b"<!doctype", b"<svg", b"<body", b"<iframe"];
    let lowered = head.to_ascii_lowercase();
    header
        && tail.windows(5).any(|window| window == b"%%EOF")
        && !html.iter().any(|tag| lowered.windows(tag.len()).any(|window| window == *tag))
}

/// The form that attaches a PDF to a case.
const ATTACHMENT_FORM: UploadForm = UploadForm {
    form: "attachment",
    file_field: "file",
    max_file_bytes: ATTACHMENT_MAX_BYTES,
    too_big: "case-error-file-too-big",
};

async fn upload_attachment(
    State(state): State<AppState>,
    parts: Parts,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Response {
    let Upload { posted, file, problem } = ATTACHMENT_FORM.read(&parts, multipart).await;
    let outcome = match (crate::forms::ssr::signed_in(&parts), id.parse::<i64>(), problem) {
        (Err(outcome), _, _) => outcome,
        (Ok(_), Err(_), _) => AppError::NotFound.into(),
        (Ok(_), Ok(_), Some(problem)) => problem.into(),
        (Ok(user), Ok(id), None) => {
            match add_attachment(&state, &user, id, file, &posted.text("label")).await {
                Ok(()) => Outcome::go(format!("/cases/submit/{id}?done=attachment-added#attachments")),
                Err(error) => error.into(),
            }
        }
    };
    let mut parts = parts;
    if let Ok(uri) = crate::paths::case_draft(&id).parse() {
        parts.uri = uri;
    }
    respond(&state, parts, &posted, outcome).await
}

#[cfg(test)]
mod tests {
    use super::looks_like_pdf;

    #[test]
    fn only_pdf_shaped_files_are_taken() {
        assert!(looks_like_pdf(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n"));
        assert!(!looks_like_pdf(b"%PDF-"), "five magic bytes are not a PDF");
        assert!(!looks_like_pdf(b"%PDF-1.7\n<html><script>alert(1)</script>\n%%EOF"));
        assert!(!looks_like_pdf(b"%PDF-1.4\nno end marker"));
        assert!(!looks_like_pdf(b"<html>%PDF-1.4 %%EOF"));
        assert!(!looks_like_pdf(b""));
    }
}
