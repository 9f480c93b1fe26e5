//! Where a server function's answer may send a browser.
//!
//! Policy: a server function called by a plain HTML form answers with a redirect back to the
//! page the form was on, which Leptos reads from the `Referer` header. Only a page of the hub
//! is such a page: a `Referer` from anywhere else is dropped before the server function runs
//! (a form then comes back to the home page), and a read (`GET`) is answered as the data it
//! is, never as a redirect.

use app::state::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::Response;

/// Whether `referer` is a page of the hub at `public_url` (no trailing slash).
pub fn is_own_page(referer: &str, public_url: &str) -> bool {
    referer == public_url
        || referer.strip_prefix(public_url).is_some_and(|rest| rest.starts_with(['/', '?', '#']))
}

/// The middleware: applies the policy to requests for server functions (`/api/…`).
pub async fn own_pages_only(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    if request.uri().path().starts_with("/api/") {
        let read = matches!(*request.method(), Method::GET | Method::HEAD);
        let headers = request.headers_mut();
        if read {
            headers.remove(header::REFERER);
            let wants_html = headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"));
            if wants_html {
                headers.insert(header::ACCEPT, HeaderValue::from_static("application/json"));
            }
        } else {
            let foreign = headers.get(header::REFERER).is_some_and(|v| {
                v.to_str().map_or(true, |referer| !is_own_page(referer, &state.site.public_url))
            });
            if foreign {
                headers.remove(header::REFERER);
            }
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::is_own_page;

    #[test]
    fn only_the_hubs_own_pages_are_its_pages() {
        let hub = "https://hub.example.org";
        assert!(is_own_page("https://hub.example.org/groups", hub));
        assert!(is_own_page("https://hub.example.org", hub));
        assert!(is_own_page("https://hub.example.org?x=1", hub));
        assert!(!is_own_page("https://hub.example.org.evil.example/", hub));
        assert!(!is_own_page("https://evil.example/?https://hub.example.org/", hub));
        assert!(!is_own_page("http://hub.example.org/", hub));
        assert!(!is_own_page("/groups", hub), "a Referer is a whole address");
    }
}
