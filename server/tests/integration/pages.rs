//! The pages a reader sees, asserted on the HTML the real router returns.
use crate::common;

use crate::common::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn home_lists_the_articles_from_content_newest_first() {
    let app = TestApp::sqlite().await;
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.attrs("html", "lang"), ["en"]);
    assert_eq!(page.texts("main h1").len(), 1);
    assert_eq!(
        page.texts(".latest .card-title"),
        ["Bêta : la gouvernance des données", "Alpha: data use in ministries", "Hostile <b>markup</b>"]
    );
    assert_eq!(page.attrs(".latest .card", "lang"), ["fr", "en", "en"]);
    assert_eq!(page.texts("title"), ["Home · Coalition Hub"]);
}

#[tokio::test]
async fn an_article_page_shows_rendered_markdown_with_a_table_of_contents() {
    let app = TestApp::sqlite().await;
    let page = app.get("/articles/alpha").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("article h1"), ["Alpha: data use in ministries"]);
    assert_eq!(
        page.attrs("#hub-toc a", "href"),
        ["#baseline-survey", "#training-design", "#peer-learning", "#results"]
    );
    assert_eq!(page.attrs(".prose h2", "id"), ["baseline-survey", "training-design", "results"]);
    assert_eq!(page.texts(".prose table td"), ["Health", "40"]);
    assert_eq!(page.texts(".prose strong"), ["baseline"]);
    assert!(page.texts(".byline").concat().contains("By Ana Test (Test Ministry), Ben Test"));
    assert!(page.texts("time").concat().contains("1 October 2026"));
    assert_eq!(page.texts("title"), ["Alpha: data use in ministries · Coalition Hub"]);
}

#[tokio::test]
async fn hostile_content_is_served_inert() {
    let app = TestApp::sqlite().await;
    let page = app.get("/articles/hostile").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("article h1"), ["Hostile <b>markup</b>"], "a title is text, never markup");
    let prose = page.attrs(".prose img", "onerror");
    assert!(prose.is_empty());
    assert!(!page.body.contains("alert(\"owned\")"));
    assert!(!page.body.contains("javascript:alert"));
}

#[tokio::test]
async fn unknown_addresses_are_real_404_pages() {
    let app = TestApp::sqlite().await;
    let long = format!("/articles/{}", "a".repeat(5000));
    for path in
        ["/no-such-page", "/articles/no-such-article", "/articles/", long.as_str(), "/articles/%FF%FE"]
    {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(page.texts("main h1"), ["Page not found"], "{path}");
    }
}

#[tokio::test]
async fn the_interface_follows_accept_language_then_the_cookie() {
    let app = TestApp::sqlite().await;
    let french = app.get_with("/", &[("accept-language", "fr-CH, fr;q=0.9, en;q=0.5")]).await;
    assert_eq!(french.attrs("html", "lang"), ["fr"]);
    assert_eq!(
        french.texts("nav.site-nav a"),
        ["Accueil", "Série de blogs", "Cas d’usage", "Groupes de travail", "À propos", "Membres"]
    );
    assert_eq!(french.texts("#latest-title"), ["Derniers articles"]);

    let chosen = app.get_with("/", &[("accept-language", "fr"), ("cookie", "hub_lang=en")]).await;
    assert_eq!(chosen.attrs("html", "lang"), ["en"]);
    assert_eq!(chosen.texts("#latest-title"), ["Latest articles"]);

    let not_found = app.get_with("/nope", &[("cookie", "hub_lang=fr")]).await;
    assert_eq!(not_found.texts("main h1"), ["Page introuvable"]);
}

#[tokio::test]
async fn switching_language_without_javascript_sets_the_cookie_and_returns() {
    let app = TestApp::sqlite().await;
    let response = app
        .post_form(
            "/api/set_locale",
            "lang=fr&back=%2Farticles%2Falpha",
            &[("sec-fetch-site", "same-origin")],
        )
        .await;
    assert_eq!(response.status, StatusCode::FOUND);
    assert_eq!(response.header("location"), Some("/articles/alpha"));
    let cookie = response.header("set-cookie").expect("cookie set");
    assert!(cookie.starts_with("hub_lang=fr;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");

    let page = app.get_with("/articles/alpha", &[("cookie", "hub_lang=fr")]).await;
    assert_eq!(page.texts("#toc-title"), ["Sommaire"]);
}

#[tokio::test]
async fn the_language_switch_refuses_bad_input_without_a_server_error() {
    let app = TestApp::sqlite().await;
    let elsewhere = app
        .post_form(
            "/api/set_locale",
            "lang=fr&back=%2F%2Fevil.example%2F",
            &[("sec-fetch-site", "same-origin")],
        )
        .await;
    assert_eq!(elsewhere.header("location"), Some("/"), "never redirects off the site");

    for form in ["lang=xx&back=%2F", "back=%2F", "", "lang=%FF"] {
        let response = app.post_form("/api/set_locale", form, &[("sec-fetch-site", "same-origin")]).await;
        assert!(!response.status.is_server_error(), "{form}: {}", response.status);
        assert!(response.header("set-cookie").is_none(), "{form}");
    }
}

#[tokio::test]
async fn cross_site_writes_are_refused() {
    let app = TestApp::sqlite().await;
    let forged =
        app.post_form("/api/set_locale", "lang=fr&back=%2F", &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let forged =
        app.post_form("/api/set_locale", "lang=fr&back=%2F", &[("origin", "https://evil.example")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let same =
        app.post_form("/api/set_locale", "lang=fr&back=%2F", &[("origin", "http://127.0.0.1:3000")]).await;
    assert_eq!(same.status, StatusCode::FOUND);
}

#[tokio::test]
async fn pages_carry_security_headers_and_a_nonce_bound_policy() {
    let app = TestApp::sqlite().await;
    let page = app.get("/").await;
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(page.header("referrer-policy"), Some("strict-origin-when-cross-origin"));
    let csp = page.header("content-security-policy").expect("CSP");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    let nonce = page.attrs("script[nonce]", "nonce");
    assert!(!nonce.is_empty(), "the hydration script carries a nonce");
    assert!(csp.contains(&format!("'nonce-{}'", nonce[0])), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
}

#[tokio::test]
async fn health_reports_the_database_and_the_index() {
    let app = TestApp::sqlite().await;
    let health = app.get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    let body: serde_json::Value = serde_json::from_str(&health.body).expect("json");
    assert_eq!(body, serde_json::json!({ "status": "ok", "database": true, "index": true }));

    std::fs::remove_dir_all(&app.config.index_dir).expect("remove index");
    let health = app.get("/healthz").await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);
    let body: serde_json::Value = serde_json::from_str(&health.body).expect("json");
    assert_eq!(body["index"], false);
}

#[tokio::test]
async fn responses_are_compressed_for_slow_connections() {
    let app = TestApp::sqlite().await;
    let page = app.get_with("/articles/alpha", &[("accept-encoding", "br")]).await;
    assert_eq!(page.header("content-encoding"), Some("br"));
}

/// The nonce of a page's Content-Security-Policy.
fn csp_nonce(page: &common::TestResponse) -> String {
    let policy = page.header("content-security-policy").expect("a policy");
    let start = policy.find("'nonce-").expect("a nonce") + "'nonce-".len();
    policy[start..].split('\'').next().expect("the nonce").to_owned()
}

#[tokio::test]
async fn a_reading_page_served_again_has_a_new_nonce_its_readers_language_and_every_change() {
    let app = TestApp::sqlite().await;
    let first = app.get("/articles/alpha").await;
    let again = app.get("/articles/alpha").await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.texts("article h1"), first.texts("article h1"));
    let (old, new) = (csp_nonce(&first), csp_nonce(&again));
    assert_ne!(old, new, "every answer has a nonce of its own");
    assert!(first.body.contains(&format!("nonce=\"{old}\"")), "the page's scripts carry the nonce");
    assert!(again.body.contains(&format!("nonce=\"{new}\"")) && !again.body.contains(&old));

    let french = app.get_with("/articles/alpha", &[("accept-language", "fr")]).await;
    assert_eq!(french.attrs("html", "lang"), ["fr"], "each language has its own page");
    assert_eq!(app.get("/articles/alpha").await.attrs("html", "lang"), ["en"]);

    // A change shows at once, not when some time has passed.
    let text = std::fs::read_to_string(common::fixtures().join("alpha.md")).expect("fixture");
    app.write_content("alpha.md", &text.replace("Alpha: data use in ministries", "Alpha, revised"));
    app.sync().await;
    assert_eq!(app.get("/articles/alpha").await.texts("article h1"), ["Alpha, revised"]);
}

#[tokio::test]
async fn home_is_the_front_door_to_every_kind() {
    let app = TestApp::sqlite().await;
    let empty = app.get("/").await;
    assert_eq!(empty.texts("#home-cases-title"), ["Newest good-practice cases"]);
    let texts = empty.texts(".home-section p");
    assert!(texts.iter().any(|text| text == "No case has been published yet."), "{texts:?}");
    assert!(texts.iter().any(|text| text == "There is no working group you can see yet."), "{texts:?}");
    let cases = [
        r#"{"slug":"older-case","title":"Older case","summary":"Published first.","published_on":"2026-01-05","country":["KE"]}"#,
        r#"{"slug":"newer-case","title":"Newer case","summary":"Published last.","published_on":"2026-06-01","country":["RW"]}"#,
    ]
    .join("\n");
    let report = app::cases::ssr::import_rows(
        &app.state.db,
        app::cases::ssr::read_json_lines(&cases),
        "test.jsonl",
        false,
        |_, _| {},
    )
    .await
    .expect("import");
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    // Cached pages are renewed once the index took the change in.
    app.state.search.catch_up(&app.state.db).await.expect("index catch-up");
    let home = app.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert_eq!(home.texts(".home-section .card-title"), ["Newer case", "Older case"], "newest first");
    assert_eq!(home.texts(".home-section .card-meta"), ["Rwanda", "Kenya"]);
    for (href, section) in [("/cases", "cases"), ("/groups", "groups"), ("/blog", "the series")] {
        assert!(
            home.attrs(".section-more a", "href").contains(&href.to_owned()),
            "a link to all of {section}"
        );
    }
    assert_eq!(
        home.attrs("form.home-search", "action"),
        ["/search"],
        "a search box that works without JavaScript"
    );
    assert_eq!(home.attrs("#home-search", "name"), ["q"]);
    assert_eq!(home.texts("main h1").len(), 1);
}
