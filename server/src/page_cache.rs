//! A short-lived cache of the public reading pages (the home page, the series, posts) for
//! readers without a session, so that a popular post is rendered once, not once a request.
//!
//! Policy:
//! - Only `GET`/`HEAD` without a query string, without a session cookie, on the reading
//!   paths ([`is_reading_path`]); only `200` answers that set no cookie. The key is the path
//!   and the interface language the request negotiates, so a French reader never gets the
//!   English page.
//! - An entry is used for at most [`TTL`], and never after a change: any state-changing
//!   request this process answered, or any change the search index applied (which is every
//!   content change, from this process, another hub, `hub import` or the scheduler), makes
//!   every entry stale. The counters are read before the page is rendered, so a page
//!   rendered while a change was being written is not kept past it.
//! - Each answer from the cache gets a fresh CSP nonce: the page's nonce is replaced in the
//!   body and in the `Content-Security-Policy` header.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use app::search::index::SearchIndex;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Longest an entry is used, whatever happens.
pub const TTL: Duration = Duration::from_secs(1);
/// Most entries kept; past it the cache starts again empty.
const MAX_ENTRIES: usize = 2_048;
/// Largest page kept.
const MAX_BODY: usize = 1 << 20;

/// The cache, shared by every request. Cheap to clone.
#[derive(Clone)]
pub struct PageCache {
    inner: Arc<Inner>,
}

struct Inner {
    entries: Mutex<HashMap<Key, Arc<Entry>>>,
    /// Counts state-changing requests answered by this process.
    writes: AtomicU64,
    search: SearchIndex,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    path: String,
    locale: &'static str,
}

/// What a page was rendered against: valid while both counters stay put.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Version {
    writes: u64,
    index: u64,
}

struct Entry {
    stored: Instant,
    version: Version,
    headers: HeaderMap,
    body: Bytes,
    nonce: Option<String>,
}

impl PageCache {
    /// An empty cache whose entries go stale when `search` applies a change.
    pub fn new(search: SearchIndex) -> Self {
        Self {
            inner: Arc::new(Inner { entries: Mutex::new(HashMap::new()), writes: AtomicU64::new(0), search }),
        }
    }

    fn version(&self) -> Version {
        Version { writes: self.inner.writes.load(Ordering::Acquire), index: self.inner.search.generation() }
    }

    fn get(&self, key: &Key, now: Version) -> Option<Arc<Entry>> {
        let entries = self.inner.entries.lock().ok()?;
        entries.get(key).filter(|entry| entry.version == now && entry.stored.elapsed() < TTL).cloned()
    }

    fn put(&self, key: Key, entry: Entry) {
        if let Ok(mut entries) = self.inner.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(key, Arc::new(entry));
        }
    }
}

/// Whether `path` is one of the public reading pages: the site's own and those each kind
/// declares (the library of cases and its world overview are; submitting is not, nor the
/// exports, which have their own cache headers).
fn is_reading_path(path: &str) -> bool {
    app::site::SITE_PAGES.contains(&path) || app::kinds::is_public_page(app::site::KINDS, path)
}

/// The cache key of `request`, when its answer may come from the cache.
fn key_of(request: &Request) -> Option<Key> {
    let cacheable_method = matches!(*request.method(), Method::GET | Method::HEAD);
    let path = request.uri().path();
    if !cacheable_method || request.uri().query().is_some() || !is_reading_path(path) {
        return None;
    }
    let headers = request.headers();
    // A session cookie, even a stale one, means a page that may be personal.
    let cookies = headers.get(header::COOKIE).and_then(|value| value.to_str().ok());
    if app::auth::ssr::token_from_cookies(cookies).is_some() {
        return None;
    }
    Some(Key { path: path.to_owned(), locale: app::state::request_locale(headers).code() })
}

/// The middleware: answers from the cache when it can, fills it when it may.
pub async fn serve(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    let Some(key) = key_of(&request) else {
        let writes = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
        let response = next.run(request).await;
        if writes {
            cache.inner.writes.fetch_add(1, Ordering::AcqRel);
        }
        return response;
    };
    let head = request.method() == Method::HEAD;
    let version = cache.version();
    if let Some(entry) = cache.get(&key, version)
        && let Some(response) = answer(&entry, head)
    {
        return response;
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) || head {
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "page body could not be read");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if body.len() <= MAX_BODY {
        let nonce = parts.headers.get(header::CONTENT_SECURITY_POLICY).and_then(nonce_in);
        let entry = Entry {
            stored: Instant::now(),
            version,
            headers: parts.headers.clone(),
            body: body.clone(),
            nonce,
        };
        cache.put(key, entry);
    }
    Response::from_parts(parts, Body::from(body))
}

/// An answer from `entry`, with a nonce of its own; none when no nonce can be drawn.
fn answer(entry: &Entry, head: bool) -> Option<Response> {
    let mut headers = entry.headers.clone();
    // The body is sized anew: the new nonce need not be as long as the old one.
    headers.remove(header::CONTENT_LENGTH);
    let body = match &entry.nonce {
        Some(old) => {
            let new = app::auth::ssr::random_secret().ok()?;
            if let Some(policy) = headers.get(header::CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok())
                && let Ok(value) = HeaderValue::from_str(&policy.replace(old.as_str(), &new))
            {
                headers.insert(header::CONTENT_SECURITY_POLICY, value);
            }
            Bytes::from(replace_all(&entry.body, old.as_bytes(), new.as_bytes()))
        }
        None => entry.body.clone(),
    };
    let mut response = if head { Response::new(Body::empty()) } else { Response::new(Body::from(body)) };
    *response.headers_mut() = headers;
    Some(response)
}

/// The nonce of a `Content-Security-Policy` value (`'nonce-…'`), when it has a usable one.
fn nonce_in(policy: &HeaderValue) -> Option<String> {
    let policy = policy.to_str().ok()?;
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let nonce = &policy[start..start + policy[start..].find('\'')?];
    // A short nonce could also occur in the page's text by chance.
    (nonce.len() >= 16).then(|| nonce.to_owned())
}

/// `haystack` with every `from` replaced by `to`.
fn replace_all(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut last = 0;
    for at in memchr::memmem::find_iter(haystack, from) {
        out.extend_from_slice(&haystack[last..at]);
        out.extend_from_slice(to);
        last = at + from.len();
    }
    out.extend_from_slice(&haystack[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nonce_is_read_from_the_policy_and_replaced_everywhere() {
        let policy =
            HeaderValue::from_static("script-src 'self' 'nonce-AbCdEfGhIjKlMnOpQrStUv' 'wasm-unsafe-eval'");
        assert_eq!(nonce_in(&policy).as_deref(), Some("AbCdEfGhIjKlMnOpQrStUv"));
        assert_eq!(nonce_in(&HeaderValue::from_static("script-src 'nonce-'")), None);
        assert_eq!(nonce_in(&HeaderValue::from_static("default-src 'self'")), None);
        let page =
            b"<script nonce=\"AbCdEfGhIjKlMnOpQrStUv\">a</script><script nonce=\"AbCdEfGhIjKlMnOpQrStUv\">";
        let replaced = replace_all(page, b"AbCdEfGhIjKlMnOpQrStUv", b"NEW");
        assert_eq!(replaced, b"<script nonce=\"NEW\">a</script><script nonce=\"NEW\">");
    }

    #[test]
    fn only_the_reading_pages_are_cached() {
        for path in [
            "/",
            "/blog",
            "/blog/2026-11",
            "/blog/feed.xml",
            "/articles/a-post",
            "/cases",
            "/cases/world",
            "/cases/a-case",
        ] {
            assert!(is_reading_path(path), "{path}");
        }
        for path in [
            "/search",
            "/write",
            "/editor",
            "/account",
            "/members",
            "/sign-in",
            "/blogs",
            "/api/search",
            "/cases/submit",
            "/cases/submit/3",
            "/cases/export.csv",
        ] {
            assert!(!is_reading_path(path), "{path}");
        }
    }
}
