//! Every uploaded file (the images of posts, the logos of organisations, the PDFs attached
//! to cases) is served here, from one place: `tower_http`'s `ServeDir` over the uploads
//! folder, which answers ranges, `ETag`/`Last-Modified` and conditional requests. Uploads
//! are stored under random names that never change, so a file found is cached for a year.
//! Only names of the shapes the hub writes, in its folders, are looked up; anything else is
//! 404 without touching the disk.
//!
//! A file is never a page of the hub: every answer carries `X-Content-Type-Options: nosniff`
//! and a Content-Security-Policy that sandboxes it and lets it load nothing, and files
//! people attached (the PDFs, kept as they were sent) are downloads
//! (`Content-Disposition: attachment`). Images and logos are shown inline: the hub decoded
//! and encoded them again itself.

use std::path::Path;

use axum::Router;
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

/// `/media/{folder}/{file}`, served from `uploads_dir`.
pub fn routes<S: Clone + Send + Sync + 'static>(uploads_dir: &Path) -> Router<S> {
    Router::new().nest_service("/media", ServeDir::new(uploads_dir)).layer(middleware::from_fn(only_uploads))
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
