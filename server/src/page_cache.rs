//! A short-lived cache of the public reading pages (the home page, the series, posts) for
//! readers without a session, so that a popular post is rendered once, not once a request.
//!
//! Policy:
//! - Only `GET`/`HEAD` without a query string, without a session cookie, on the reading
//!   paths ([`is_reading_path`]); only `200` answers that set no cookie. The key is the path
//!   and the interface language the request negotiates, so a French reader never gets the
//!   English page.
//! - An entry is used for at most [`TTL`], and never after a change: any state-changing
//!   request a signed-in person made and this process answered with success, or any change
//!   the search index applied (which is every content change, from this process, another
//!   hub, `hub import` or the scheduler), makes every entry stale. The counters are read
//!   before the page is rendered, so a page rendered while a change was being written is not
//!   kept past it. Requests without a session (a sign-in attempt, a join request, a stranger
//!   posting anything) change no reading page and leave the cache alone.
//! - One render per page at a time: when an entry is missing or stale, the first request
//!   renders the page and the others asking for the same page and language meanwhile wait
//!   for it (at most [`WAIT`]) and are answered from the entry it leaves, instead of all
//!   rendering the same page at once when a popular entry expires. A waiter whose page was
//!   not kept (not a `200`, too large, the renderer gone) renders it itself.
//! - A page's bytes do not depend on the request (its one script is allowed by hash, not by
//!   a per-response nonce), so an entry keeps them compressed: gzip and brotli, made once
//!   off the async workers. A request gets the coding it accepts, or `304` when its
//!   `If-None-Match` names the entry's tag.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::watch;

use app::search::index::SearchIndex;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::encoding::{Effort, Encoded};

/// Longest an entry is used, whatever happens.
pub const TTL: Duration = Duration::from_secs(1);
/// Most entries kept; past it the cache starts again empty.
const MAX_ENTRIES: usize = 2_048;
/// Largest page kept.
const MAX_BODY: usize = 1 << 20;
/// Longest a request waits for another one rendering the same page.
const WAIT: Duration = Duration::from_secs(5);

/// The cache, shared by every request. Cheap to clone.
#[derive(Clone)]
pub struct PageCache {
    inner: Arc<Inner>,
}

struct Inner {
    /// By path, then by interface language.
    entries: Mutex<HashMap<String, Languages>>,
    /// The pages being rendered now, by path and language: a receiver that wakes when the
    /// render ends (its sender is dropped).
    rendering: Mutex<HashMap<(String, &'static str), watch::Receiver<()>>>,
    /// Counts state-changing requests answered by this process.
    writes: AtomicU64,
    search: SearchIndex,
}

/// Which entry a request may be answered from (borrowed from the request: a hit allocates
/// nothing).
#[derive(Clone, Copy)]
struct Key<'a> {
    path: &'a str,
    locale: &'static str,
}

/// What a page was rendered against: valid while both counters stay put.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Version {
    writes: u64,
    index: u64,
}

/// A page's entries, one per interface language.
type Languages = Vec<(&'static str, Arc<Entry>)>;

struct Entry {
    stored: Instant,
    version: Version,
    /// The page's headers, without those of its coding and length.
    headers: HeaderMap,
    encoded: Encoded,
}

impl PageCache {
    /// An empty cache whose entries go stale when `search` applies a change.
    pub fn new(search: SearchIndex) -> Self {
        Self {
            inner: Arc::new(Inner {
                entries: Mutex::new(HashMap::new()),
                rendering: Mutex::new(HashMap::new()),
                writes: AtomicU64::new(0),
                search,
            }),
        }
    }

    fn version(&self) -> Version {
        Version { writes: self.inner.writes.load(Ordering::Acquire), index: self.inner.search.generation() }
    }

    fn get(&self, key: Key<'_>, now: Version) -> Option<Arc<Entry>> {
        let entries = self.inner.entries.lock().ok()?;
        let (_, entry) = entries.get(key.path)?.iter().find(|(locale, _)| *locale == key.locale)?;
        (entry.version == now && entry.stored.elapsed() < TTL).then(|| entry.clone())
    }

    fn put(&self, path: String, locale: &'static str, entry: Entry) {
        if let Ok(mut entries) = self.inner.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            let versions = entries.entry(path).or_default();
            versions.retain(|(kept, _)| *kept != locale);
            versions.push((locale, Arc::new(entry)));
        }
    }
}

/// The right to render a page while others wait for it: dropping it (however the render
/// ends) wakes them.
struct Rendering {
    cache: PageCache,
    key: (String, &'static str),
    _done: watch::Sender<()>,
}

impl Drop for Rendering {
    fn drop(&mut self) {
        if let Ok(mut rendering) = self.cache.inner.rendering.lock() {
            rendering.remove(&self.key);
        }
    }
}

/// Whose turn it is to render a page.
enum Turn {
    /// This request renders it.
    Render(Rendering),
    /// Another request is rendering it: wait on this.
    Wait(watch::Receiver<()>),
}

impl PageCache {
    fn turn(&self, key: Key<'_>) -> Turn {
        let owned = (key.path.to_owned(), key.locale);
        let (done, waiter) = watch::channel(());
        if let Ok(mut rendering) = self.inner.rendering.lock() {
            if let Some(running) = rendering.get(&owned) {
                return Turn::Wait(running.clone());
            }
            if rendering.len() < MAX_ENTRIES {
                rendering.insert(owned.clone(), waiter);
            }
        }
        Turn::Render(Rendering { cache: self.clone(), key: owned, _done: done })
    }
}

/// Whether `path` is one of the public reading pages: the site's own and those each kind
/// declares (the library of cases and its world overview are; submitting is not, nor the
/// exports, which have their own cache headers).
fn is_reading_path(path: &str) -> bool {
    app::site::SITE_PAGES.contains(&path) || app::kinds::is_public_page(app::site::KINDS, path)
}

/// The cache key of `request`, when its answer may come from the cache.
fn key_of(request: &Request) -> Option<Key<'_>> {
    let cacheable_method = matches!(*request.method(), Method::GET | Method::HEAD);
    let path = request.uri().path();
    if !cacheable_method || request.uri().query().is_some() || !is_reading_path(path) {
        return None;
    }
    let headers = request.headers();
    // A session cookie, even a stale one, means a page that may be personal.
    if has_session(headers) {
        return None;
    }
    Some(Key { path, locale: app::state::request_locale(headers).code() })
}

/// The middleware: answers from the cache when it can, fills it when it may.
pub async fn serve(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    let Some(key) = key_of(&request) else {
        let writes = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
        let signed_in = writes && has_session(request.headers());
        let response = next.run(request).await;
        let succeeded = response.status().is_success() || response.status().is_redirection();
        if signed_in && succeeded {
            cache.inner.writes.fetch_add(1, Ordering::AcqRel);
        }
        return response;
    };
    let head = request.method() == Method::HEAD;
    if let Some(entry) = cache.get(key, cache.version()) {
        return entry.encoded.answer(request.headers(), entry.headers.clone(), head);
    }
    let _turn = match cache.turn(key) {
        Turn::Render(rendering) => Some(rendering),
        Turn::Wait(mut done) => {
            // Woken when the render ends, whichever way; then the entry it left, if any.
            let _ = tokio::time::timeout(WAIT, done.changed()).await;
            if let Some(entry) = cache.get(key, cache.version()) {
                return entry.encoded.answer(request.headers(), entry.headers.clone(), head);
            }
            None
        }
    };
    let version = cache.version();
    let (path, locale) = (key.path.to_owned(), key.locale);
    // The page is rendered uncompressed (this cache compresses it), for any reader.
    let mut request = request;
    let asked = std::mem::take(request.headers_mut());
    for (name, value) in &asked {
        if name != header::ACCEPT_ENCODING
            && name != header::IF_NONE_MATCH
            && name != header::IF_MODIFIED_SINCE
        {
            request.headers_mut().append(name, value.clone());
        }
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) || head {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    if parts.headers.contains_key(header::CONTENT_ENCODING) {
        return Response::from_parts(parts, body);
    }
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "page body could not be read");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if body.len() > MAX_BODY {
        return Response::from_parts(parts, Body::from(body));
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    if !parts.headers.contains_key(header::CACHE_CONTROL) {
        // Anyone may keep it, but must ask again before using it (a `304` is cheap).
        parts.headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    let encoded = match tokio::task::spawn_blocking(move || Encoded::compress(body, Effort::Page)).await {
        Ok(encoded) => encoded,
        Err(error) => {
            tracing::error!(%error, "page could not be compressed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let answer = encoded.answer(&asked, parts.headers.clone(), false);
    cache.put(path, locale, Entry { stored: Instant::now(), version, headers: parts.headers, encoded });
    answer
}

/// Whether the request carries a session cookie (valid or not).
fn has_session(headers: &HeaderMap) -> bool {
    let cookies = headers.get(header::COOKIE).and_then(|value| value.to_str().ok());
    app::auth::ssr::token_from_cookies(cookies).is_some()
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use tower::ServiceExt as _;

    use super::*;

    /// A router whose home page takes a while to render and counts its renders, answering
    /// `status`, behind the cache.
    fn slow_home(status: StatusCode) -> (axum::Router, Arc<AtomicUsize>, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let search = SearchIndex::open(dir.path(), app::site::KINDS).unwrap();
        let renders = Arc::new(AtomicUsize::new(0));
        let counted = renders.clone();
        let router = axum::Router::new()
            .route(
                "/",
                axum::routing::get(move || {
                    let counted = counted.clone();
                    async move {
                        counted.fetch_add(1, Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(300)).await;
                        (status, "<p>The home page, long enough to be worth compressing.</p>".repeat(20))
                    }
                }),
            )
            .layer(axum::middleware::from_fn_with_state(PageCache::new(search), serve));
        (router, renders, dir)
    }

    /// Sends `count` requests for the home page at once, as browsers do; their statuses and
    /// codings.
    async fn at_once(router: &axum::Router, count: usize) -> Vec<(StatusCode, Option<HeaderValue>)> {
        let requests: Vec<_> = (0..count)
            .map(|_| {
                let router = router.clone();
                tokio::spawn(async move {
                    let request = Request::get("/")
                        .header(header::ACCEPT_ENCODING, "gzip, deflate, br")
                        .body(Body::empty())
                        .unwrap();
                    let response = router.oneshot(request).await.unwrap();
                    (response.status(), response.headers().get(header::CONTENT_ENCODING).cloned())
                })
            })
            .collect();
        let mut answers = Vec::new();
        for request in requests {
            answers.push(request.await.unwrap());
        }
        answers
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn readers_asking_at_once_for_a_page_share_one_render() {
        let (router, renders, _dir) = slow_home(StatusCode::OK);
        let answers = at_once(&router, 16).await;
        assert!(
            answers
                .iter()
                .all(|(status, coding)| *status == StatusCode::OK
                    && coding.as_ref().is_some_and(|c| c == "br")),
            "{answers:?}"
        );
        assert_eq!(renders.load(Ordering::SeqCst), 1, "the page was rendered once for all sixteen readers");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_page_that_is_not_kept_is_rendered_for_each_reader() {
        let (router, renders, _dir) = slow_home(StatusCode::NOT_FOUND);
        let answers = at_once(&router, 4).await;
        assert!(answers.iter().all(|(status, _)| *status == StatusCode::NOT_FOUND), "{answers:?}");
        assert_eq!(renders.load(Ordering::SeqCst), 4, "each reader got its own answer, none a stale one");
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
