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
    assert_eq!(page.attrs(".latest .card-title", "lang"), ["fr", "en", "en"]);
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
        [
            "Accueil",
            "Série de blogs",
            "Cas d’usage",
            "Événements",
            "Engagements",
            "Groupes de travail",
            "Autodiagnostic",
            "À propos",
            "Membres"
        ]
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
async fn pages_carry_security_headers_and_a_policy_that_names_each_inline_script_by_hash() {
    use base64::Engine as _;
    use sha2::Digest as _;
    let app = TestApp::sqlite().await;
    for path in ["/", "/articles/alpha", "/search?q=data"] {
        let page = app.get(path).await;
        assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(page.header("referrer-policy"), Some("strict-origin-when-cross-origin"));
        let csp = page.header("content-security-policy").expect("CSP");
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains("nonce"), "{csp}");
        assert!(page.attrs("script[nonce]", "nonce").is_empty(), "no script carries a nonce");
        // The scripts' text exactly as sent (a parser would re-serialise it).
        let scripts: Vec<&str> = page
            .body
            .split("<script")
            .skip(1)
            .filter(|script| !script.starts_with(" type=\"application/ld+json\""))
            .filter_map(|script| script.split_once('>').and_then(|(_, rest)| rest.split_once("</script>")))
            .map(|(text, _)| text)
            .collect();
        assert!(scripts.len() >= 2, "the loader and Leptos' own scripts: {scripts:?}");
        for script in scripts {
            let hash =
                base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script.as_bytes()));
            assert!(
                csp.contains(&format!("'sha256-{hash}'")),
                "{path}: a script the policy would block: {script}"
            );
        }
    }
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

#[tokio::test]
async fn a_reading_page_served_again_is_the_same_bytes_compressed_in_its_readers_language_until_a_change() {
    let app = TestApp::sqlite().await;
    let first = app.get("/articles/alpha").await;
    let again = app.get("/articles/alpha").await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.body, first.body, "every reader gets the same page");
    let etag = again.header("etag").expect("an entity tag").to_owned();
    assert_eq!(first.header("etag"), Some(etag.as_str()));
    assert_eq!(again.header("cache-control"), Some("no-cache"));

    // A browser that has this version is told so, without the page.
    let known = app.get_with("/articles/alpha", &[("if-none-match", &etag)]).await;
    assert_eq!(known.status, StatusCode::NOT_MODIFIED);
    assert!(known.body.is_empty());
    for (accepts, coding) in [("gzip, deflate, br", Some("br")), ("gzip", Some("gzip")), ("identity", None)] {
        let page = app.get_with("/articles/alpha", &[("accept-encoding", accepts)]).await;
        assert_eq!(page.header("content-encoding"), coding, "{accepts}");
        assert_eq!(page.header("etag"), Some(etag.as_str()), "{accepts}");
        assert!(page.header("vary").is_some_and(|vary| vary.contains("accept-encoding")));
    }

    let french = app.get_with("/articles/alpha", &[("accept-language", "fr")]).await;
    assert_eq!(french.attrs("html", "lang"), ["fr"], "each language has its own page");
    assert_eq!(app.get("/articles/alpha").await.attrs("html", "lang"), ["en"]);

    // A stranger's form post changes no page and keeps the cache; a change shows at once.
    let _ = app.post_form("/sign-in", "_form=sign-in&email=nobody%40example.org&password=wrong", &[]).await;
    assert_eq!(app.get("/articles/alpha").await.header("etag"), Some(etag.as_str()));
    let text = std::fs::read_to_string(common::fixtures().join("alpha.md")).expect("fixture");
    app.write_content("alpha.md", &text.replace("Alpha: data use in ministries", "Alpha, revised"));
    app.sync().await;
    let changed = app.get_with("/articles/alpha", &[("if-none-match", &etag)]).await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_eq!(changed.texts("article h1"), ["Alpha, revised"]);
    assert_ne!(changed.header("etag"), Some(etag.as_str()));
}

#[tokio::test]
async fn the_client_bundle_is_served_under_versioned_names_for_a_year() {
    let app = TestApp::sqlite().await;
    let pkg = std::path::Path::new(app.config.leptos.site_root.as_ref()).join("pkg");
    std::fs::create_dir_all(&pkg).expect("pkg folder");
    let css = "body { color: #222; }\n".repeat(200);
    std::fs::write(pkg.join("hub.css"), &css).expect("css");
    std::fs::write(pkg.join("hub.css.br"), b"pretend brotli").expect("css.br");
    std::fs::write(pkg.join("hub.css.gz"), b"pretend gzip").expect("css.gz");
    std::fs::write(pkg.join("hub.js"), "export default async function () {}").expect("js");
    std::fs::write(pkg.join("hub.wasm"), b"\0asm\x01\0\0\0").expect("wasm");
    let router = server::router::build(app.state.clone(), &app.config);
    let get = |path: String, encodings: &'static str| {
        let router = router.clone();
        async move {
            use http_body_util::BodyExt as _;
            use tower::ServiceExt as _;
            let request = axum::http::Request::get(path)
                .header("accept-encoding", encodings)
                .body(axum::body::Body::empty())
                .expect("request");
            let response = router.oneshot(request).await.expect("answer");
            let headers = response.headers().clone();
            let status = response.status();
            (status, headers, response.into_body().collect().await.expect("body").to_bytes())
        }
    };
    let (_, _, page) = get("/articles/alpha".into(), "").await;
    let page = String::from_utf8_lossy(&page).into_owned();
    let address = |pattern: &str| {
        let start = page.find(pattern).unwrap_or_else(|| panic!("{pattern} in the page"));
        page[start..].split('"').next().expect("address").to_owned()
    };
    let css_address = address("/pkg/hub.");
    assert!(
        css_address.ends_with(".css") && css_address.len() == "/pkg/hub..css".len() + 16,
        "{css_address}"
    );
    let (status, headers, body) = get(css_address.clone(), "gzip, deflate, br").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(headers["content-type"], "text/css; charset=utf-8");
    assert_eq!(headers["content-encoding"], "br");
    assert_eq!(&body[..], b"pretend brotli", "the build's own compressed file, as it is");
    let (_, _, body) = get(css_address.clone(), "").await;
    assert_eq!(body.len(), css.len());
    assert!(page.contains("data-wasm=\"/pkg/hub.") && page.contains(".wasm\""));

    // A new build has new names; the old ones are gone rather than answered with new bytes.
    std::fs::write(pkg.join("hub.css"), css.replace("#222", "#111")).expect("css");
    let rebuilt = server::router::build(app.state.clone(), &app.config);
    let request = axum::http::Request::get(css_address).body(axum::body::Body::empty()).expect("request");
    let old = tower::ServiceExt::oneshot(rebuilt, request).await.expect("answer");
    assert_eq!(old.status(), StatusCode::NOT_FOUND);
    let (status, _, _) = get("/pkg/hub.0000000000000000.js".into(), "").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
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
