//! Every uploaded file (the images of posts, the logos of organisations, the PDFs attached
//! to cases) is served here, from one place. From a folder, `tower_http`'s `ServeDir`
//! answers, with ranges, `ETag`/`Last-Modified` and conditional requests; from the database
//! (several hubs sharing their files), the file is streamed chunk by chunk with an `ETag`
//! (its name, which never changes) and answers `If-None-Match` with 304. Uploads
//! are stored under random names that never change, so a file found is cached for a year.
//! Only names of the shapes the hub writes, in its folders, are looked up; anything else is
//! 404 without touching the disk.
//!
//! A file is never a page of the hub: every answer carries `X-Content-Type-Options: nosniff`
//! and a Content-Security-Policy that sandboxes it and lets it load nothing, and files
//! people attached (the PDFs, kept as they were sent) are downloads
//! (`Content-Disposition: attachment`). Images and logos are shown inline: the hub decoded
//! and encoded them again itself.

use app::files::FileStore;
use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse as _, Response};
use tower_http::services::ServeDir;

/// The folders under the uploads folder, and the file extensions each holds.
const FOLDERS: &[(&str, &[&str])] = &[("images", &["jpg", "png"]), ("logos", &["png"]), ("files", &["pdf"])];

/// The folders whose files are kept as people sent them, and so are served as downloads.
const DOWNLOADS: &[&str] = &["files"];

/// The policy of every file answer: nothing runs, nothing loads, no origin.
const FILE_POLICY: &str = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/// `/media/{folder}/{file}`, served from `files`.
pub fn routes<S: Clone + Send + Sync + 'static>(files: &FileStore) -> Router<S> {
    let router = match files {
        FileStore::Folder(dir) => Router::new().nest_service("/media", ServeDir::new(dir)),
        FileStore::Database(db) => {
            let db = db.clone();
            Router::new().route(
                "/media/{folder}/{file}",
                axum::routing::get(move |request: Request| from_database(db.clone(), request)),
            )
        }
    };
    router.layer(middleware::from_fn(only_uploads))
}

/// The content type of a file the hub wrote, by its extension.
fn content_type(file: &str) -> &'static str {
    match file.rsplit_once('.').map(|(_, ext)| ext) {
        Some("png") => "image/png",
        Some("jpg") => "image/jpeg",
        Some("pdf") => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// Streams `/media/{folder}/{file}` from the database, one chunk read at a time.
async fn from_database(db: app::db::DatabaseConnection, request: Request) -> Response {
    let Some((folder, file)) =
        request.uri().path().strip_prefix("/media/").and_then(|rest| rest.split_once('/'))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (folder, file) = (folder.to_owned(), file.to_owned());
    let stored = match app::files::stored(&db, &folder, &file).await {
        Ok(Some(stored)) => stored,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "an uploaded file could not be read");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let etag = format!("\"{file}\"");
    let matches = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.split(',').any(|tag| tag.trim() == etag || tag.trim() == "*"));
    let mut response = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else if request.method() == axum::http::Method::HEAD {
        let mut response = Body::empty().into_response();
        response.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from(stored.size));
        response
    } else {
        let chunks = futures_util::stream::unfold(0, move |seq| {
            let (db, folder, file) = (db.clone(), folder.clone(), file.clone());
            async move {
                if seq >= stored.chunks {
                    return None;
                }
                let chunk = match app::files::chunk(&db, &folder, &file, seq).await {
                    Ok(Some(bytes)) => Ok(axum::body::Bytes::from(bytes)),
                    Ok(None) => Err(std::io::Error::other("a chunk of an uploaded file is missing")),
                    Err(error) => Err(std::io::Error::other(error.to_string())),
                };
                Some((chunk, seq + 1))
            }
        });
        let mut response = Body::from_stream(chunks).into_response();
        response.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from(stored.size));
        response
    };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(request.uri().path())));
    if let Ok(etag) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, etag);
    }
    response
}

/// Whether `path` (under `/media/`) names a file the hub could have written: a known folder,
/// a lower-case ASCII name of letters, digits and hyphens, and an extension that folder
/// holds.
pub fn is_upload_path(path: &str) -> bool {
    let Some((folder, file)) = path.strip_prefix("/media/").and_then(|rest| rest.split_once('/')) else {
        return false;
    };
    let Some((stem, ext)) = file.rsplit_once('.') else { return false };
    FOLDERS.iter().any(|(known, exts)| *known == folder && exts.contains(&ext))
        && (16..=120).contains(&stem.len())
        && stem.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'x')
}

async fn only_uploads(request: Request, next: Next) -> Response {
    if !is_upload_path(request.uri().path()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let download =
        DOWNLOADS.iter().any(|folder| request.uri().path().starts_with(&format!("/media/{folder}/")));
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(FILE_POLICY));
    if download {
        headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment"));
    }
    if matches!(response.status(), StatusCode::OK | StatusCode::PARTIAL_CONTENT | StatusCode::NOT_MODIFIED) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::is_upload_path;

    #[test]
    fn only_the_names_the_hub_writes_are_looked_up() {
        let hex = "0123456789abcdef0123456789abcdef";
        assert!(is_upload_path(&format!("/media/logos/{hex}.png")));
        assert!(is_upload_path(&format!("/media/files/{hex}.pdf")));
        assert!(is_upload_path(&format!("/media/images/{hex}-640x360.jpg")));
        assert!(!is_upload_path(&format!("/media/files/{hex}.png")), "a folder holds its own kinds");
        assert!(!is_upload_path(&format!("/media/other/{hex}.png")));
        assert!(!is_upload_path("/media/logos/../hub.db"));
        assert!(!is_upload_path("/media/logos/.png"));
        assert!(!is_upload_path(&format!("/media/logos/{}.png", hex.to_uppercase())));
        assert!(!is_upload_path(&format!("/media/logos/sub/{hex}.png")));
    }
}
