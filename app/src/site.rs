//! Site composition: the kinds of public content the hub holds, and what is made of all of
//! them together (the sitemap, robots.txt). Features declare their kinds; this is the one
//! place that lists them.

use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::error::AppError;
use crate::kinds::{PublicKind, PublicUrl};
use crate::state::AppState;

/// Every kind of public content, in the order the sitemap lists them. Search, the sitemap
/// and the page cache read this list.
pub static KINDS: &[PublicKind] = &[
    crate::blog::ssr::KIND,
    crate::cases::ssr::KIND,
    crate::events::ssr::KIND,
    crate::pledges::ssr::KIND,
    crate::members::ssr::KIND,
    crate::groups::ssr::GROUPS,
    crate::groups::ssr::OUTPUTS,
];

/// Pages of the site itself that are the same for every reader.
pub const SITE_PAGES: &[&str] = &["/"];

/// How long caches may keep the sitemap and robots.txt.
const CACHE: &str = "public, max-age=300";

/// `/sitemap.xml` and `/robots.txt`.
pub fn routes() -> Router<AppState> {
    Router::new().route("/sitemap.xml", get(sitemap_xml)).route("/robots.txt", get(robots_txt))
}

/// Every page anyone may read: the home page and every public page of every kind.
pub async fn public_urls(db: &sea_orm::DatabaseConnection) -> anyhow::Result<Vec<PublicUrl>> {
    let mut urls: Vec<PublicUrl> = SITE_PAGES.iter().map(|path| PublicUrl::page(path)).collect();
    for kind in KINDS {
        urls.extend((kind.sitemap)(db).await?);
    }
    Ok(urls)
}

async fn sitemap_xml(State(state): State<AppState>) -> Result<Response, AppError> {
    let urls = public_urls(&state.db).await.map_err(|err| {
        tracing::error!(error = %err, "the sitemap could not be read");
        AppError::Internal
    })?;
    let alternates = crate::translations::alternates(&state.db, KINDS, None).await.map_err(|err| {
        tracing::error!(error = %err, "the sitemap's translations could not be read");
        AppError::Internal
    })?;
    let body = sitemap(&state.site.public_url, &urls, &alternates);
    Ok(([(header::CONTENT_TYPE, "application/xml; charset=utf-8"), (header::CACHE_CONTROL, CACHE)], body)
        .into_response())
}

async fn robots_txt(State(state): State<AppState>) -> Response {
    let body = format!(
        "User-agent: *\nDisallow: /admin\nDisallow: /account\nDisallow: /api/\nDisallow: /search\n\nSitemap: {}/sitemap.xml\n",
        state.site.public_url
    );
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8"), (header::CACHE_CONTROL, CACHE)], body)
        .into_response()
}

/// The sitemap of `urls` on the site at `base`, each page with the other language versions of
/// its work (`alternates`, by path) as `xhtml:link` elements.
pub fn sitemap(base: &str, urls: &[PublicUrl], alternates: &crate::translations::Alternates) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for url in urls {
        xml.push_str("  <url><loc>");
        xml.push_str(&escape(&format!("{base}{}", url.path)));
        xml.push_str("</loc>");
        if let Some(date) = url.modified {
            xml.push_str(&format!("<lastmod>{date}</lastmod>"));
        }
        for (lang, path) in alternates.get(&url.path).into_iter().flatten() {
            xml.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                escape(lang),
                escape(&format!("{base}{path}"))
            ));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `text` with XML's special characters escaped.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_registered_once() {
        let mut names: Vec<&str> = KINDS.iter().map(|kind| kind.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), KINDS.len());
    }

    #[test]
    fn reading_pages_are_cached_and_forms_are_not() {
        for path in [
            "/blog",
            "/blog/2026-11",
            "/articles/a-post",
            "/cases",
            "/cases/world",
            "/cases/a-case",
            "/pledges",
            "/pledges/world",
            "/pledges/a-pledge",
        ] {
            assert!(crate::kinds::is_public_page(KINDS, path), "{path}");
        }
        for path in [
            "/cases/submit",
            "/cases/submit/3",
            "/cases/export.csv",
            "/blogs",
            "/write",
            "/members",
            "/pledges/new",
            "/pledges/draft/3",
            "/pledges/export.csv",
            "/pledges/feed.xml",
        ] {
            assert!(!crate::kinds::is_public_page(KINDS, path), "{path}");
        }
    }

    #[test]
    fn sitemap_escapes_addresses() {
        let xml = sitemap("https://hub.example", &[PublicUrl::page("/cases/a&b")], &Default::default());
        assert!(xml.contains("<loc>https://hub.example/cases/a&amp;b</loc>"));
    }

    #[test]
    fn sitemap_lists_the_other_language_versions() {
        let links = vec![("en".to_owned(), "/cases/a".to_owned()), ("fr".to_owned(), "/cases/b".to_owned())];
        let alternates = [("/cases/a".to_owned(), links)].into_iter().collect();
        let xml = sitemap("https://hub.example", &[PublicUrl::page("/cases/a")], &alternates);
        assert!(
            xml.contains(r#"<xhtml:link rel="alternate" hreflang="fr" href="https://hub.example/cases/b"/>"#)
        );
        assert!(xml.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    }
}
