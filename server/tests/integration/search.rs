//! Search through the real router: the page with JavaScript off, the JSON API, Atom feeds,
//! and changes reaching the index by themselves.

use std::time::{Duration, Instant};

use crate::common::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn the_search_page_finds_across_languages_with_facets_and_a_feed() {
    let app = TestApp::sqlite().await;
    let page = app.get("/search?q=ministries").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts(".hit-title"), ["Alpha: data use in ministries"]);
    let links = page.attrs(".hit-title a", "href");
    assert_eq!(
        links.iter().map(|href| crate::common::result_target(href)).collect::<Vec<_>>(),
        ["/articles/alpha"]
    );
    assert_eq!(page.texts("#search-status"), ["1 result"]);
    assert_eq!(page.attrs("#search-q", "value"), ["ministries"], "the form keeps what was typed");
    assert!(page.texts(".hit-snippet mark").iter().any(|m| m.eq_ignore_ascii_case("ministries")));
    assert_eq!(page.attrs("link[type='application/atom+xml']", "href"), ["/search?q=ministries&format=atom"]);

    let french = app.get("/search?q=gouvernances").await;
    assert_eq!(french.texts(".hit-title"), ["Bêta : la gouvernance des données"]);
    assert_eq!(french.attrs(".hit-title", "lang"), ["fr"]);

    let all = app.get("/search").await;
    assert_eq!(all.texts(".hit-title").len(), 3, "no query lists everything, newest first");
    assert_eq!(
        all.texts(".hit-title").first().map(String::as_str),
        Some("Bêta : la gouvernance des données")
    );
    let languages = all.texts(".facet a");
    assert!(languages.iter().any(|l| l.starts_with("Français") && l.ends_with('1')), "{languages:?}");
    let filtered = app.get("/search?lang=fr").await;
    assert_eq!(filtered.texts(".hit-title"), ["Bêta : la gouvernance des données"]);
    assert_eq!(
        filtered.attrs(".facet a[aria-current='true']", "href"),
        ["/search"],
        "the link removes the filter"
    );
}

#[tokio::test]
async fn every_page_has_a_search_box() {
    let app = TestApp::sqlite().await;
    for path in ["/", "/articles/alpha", "/no-such-page"] {
        let page = app.get(path).await;
        assert_eq!(page.attrs("header form[role='search']", "action"), ["/search"], "{path}");
        assert_eq!(page.attrs("header form[role='search'] input", "name"), ["q"], "{path}");
    }
}

#[tokio::test]
async fn whatever_is_typed_gets_a_page_never_an_error() {
    let app = TestApp::sqlite().await;
    for query in [
        "q=%22",
        "q=-",
        "q=AND",
        "q=(((",
        "q=%3Cscript%3Ealert(1)%3C/script%3E",
        "q=%3C/title%3E%3Cimg+src=x+onerror=alert(1)%3E",
        "page=-1",
        "page=abc",
        "sdg=%3Cb%3E",
        "q=minstries&page=99999",
        "q=%F0%9F%98%80",
        "q=",
    ] {
        let page = app.get(&format!("/search?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        assert!(
            !page.body.contains("<script>alert") && !page.body.contains("<img src=x"),
            "{query}: typed text is escaped"
        );
        let api = app.get(&format!("/api/search?{query}")).await;
        assert_eq!(api.status, StatusCode::OK, "{query}");
    }
    let typo = app.get("/search?q=minstries").await;
    assert_eq!(typo.texts(".hit-title"), ["Alpha: data use in ministries"]);
    assert_eq!(typo.texts(".search-suggestion a"), ["ministries"]);
    assert_eq!(typo.attrs(".search-suggestion a", "href"), ["/search?q=ministries"]);
}

#[tokio::test]
async fn the_json_api_answers_with_hits_and_facets() {
    let app = TestApp::sqlite().await;
    let response = app.get("/api/search?q=data+donn%C3%A9es&limit=1").await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.header("content-type").is_some_and(|v| v.starts_with("application/json")));
    let body: serde_json::Value = serde_json::from_str(&response.body).expect("json");
    assert_eq!(body["total"], 2);
    let hits = body["hits"].as_array().expect("hits");
    assert_eq!(hits.len(), 1, "limit applies");
    for key in ["kind", "title", "url", "snippet", "lang", "date"] {
        assert!(hits[0][key].is_string(), "hit has {key}");
    }
    assert_eq!(body["facets"]["kind"]["article"], 2);
    assert_eq!(body["facets"]["year"]["2026"], 2);
    let french: serde_json::Value =
        serde_json::from_str(&app.get("/api/search?q=data+donn%C3%A9es&lang=fr").await.body).expect("json");
    assert_eq!(french["total"], 1);
}

#[tokio::test]
async fn every_search_has_an_atom_feed() {
    let app = TestApp::sqlite().await;
    // A request naming another host does not change where the links point.
    let feed = app.get_with("/search?q=data+donn%C3%A9es&format=atom", &[("host", "evil.example")]).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.header("content-type").is_some_and(|v| v.starts_with("application/atom+xml")));
    let parsed: atom_syndication::Feed = feed.body.parse().expect("valid Atom");
    assert_eq!(parsed.title().as_str(), "Coalition Hub search: data données");
    let links: Vec<_> = parsed.entries().iter().map(|e| e.links()[0].href().to_owned()).collect();
    let base = &app.config.public_url;
    assert_eq!(links, [format!("{base}/articles/beta"), format!("{base}/articles/alpha")]);
    assert!(!feed.body.contains("evil.example"));
    let all = app.get("/search?format=atom&lang=fr").await;
    let parsed: atom_syndication::Feed = all.body.parse().expect("valid Atom");
    assert_eq!(parsed.entries().len(), 1);
}

#[tokio::test]
async fn a_new_article_becomes_searchable_by_itself() {
    let app = TestApp::sqlite().await;
    app.write_content(
        "gamma.md",
        "+++\ntitle = \"Gamma: blockchain registries\"\nsummary = \"Land registries.\"\ndate = 2026-11-20\n+++\nBody.\n",
    );
    app::content::sync_dir(&app.state.db, &app.content_dir).await.expect("sync");
    app.state.search.notify_changed();
    let started = Instant::now();
    loop {
        let found: serde_json::Value =
            serde_json::from_str(&app.get("/api/search?q=blockchain").await.body).expect("json");
        if found["total"] == 1 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "the indexer never applied the change");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}
