//! Security headers on every kind of answer: pages, error pages, redirects, form errors,
//! JSON, feeds, exports, files, refusals and health checks.

use axum::body::Body;
use axum::http::{Request, StatusCode};

use crate::common::{TestApp, TestResponse};

fn check(what: &str, response: &TestResponse) {
    assert_eq!(response.header("x-content-type-options"), Some("nosniff"), "{what}");
    assert!(response.header("referrer-policy").is_some(), "{what}: referrer-policy");
    let csp = response.header("content-security-policy").unwrap_or_default();
    assert!(!csp.is_empty(), "{what}: content-security-policy");
    let framed_by_nobody = response.header("x-frame-options") == Some("DENY")
        || csp.contains("frame-ancestors 'none'")
        || csp.contains("sandbox");
    assert!(framed_by_nobody, "{what}: may be framed ({csp})");
}

#[tokio::test]
async fn every_kind_of_answer_carries_the_security_headers() {
    let app = TestApp::sqlite().await;
    let gets = [
        ("a page", "/", StatusCode::OK),
        ("an article", "/articles/alpha", StatusCode::OK),
        ("a missing page", "/no-such-page", StatusCode::NOT_FOUND),
        ("a page for members only", "/account", StatusCode::UNAUTHORIZED),
        ("the health check", "/healthz", StatusCode::OK),
        ("the search API", "/api/search?q=data", StatusCode::OK),
        ("a search feed", "/search?q=data&format=atom", StatusCode::OK),
        ("the series feed", "/blog/feed.xml", StatusCode::OK),
        ("the sitemap", "/sitemap.xml", StatusCode::OK),
        ("robots.txt", "/robots.txt", StatusCode::OK),
        ("the cases export", "/cases/export.csv", StatusCode::OK),
        ("a missing upload", "/media/files/0123456789abcdef0123456789abcdef.pdf", StatusCode::NOT_FOUND),
        ("a path outside the uploads", "/media/../hub.db", StatusCode::NOT_FOUND),
    ];
    for (what, path, status) in gets {
        let response = app.get(path).await;
        assert_eq!(response.status, status, "{what}: {path}");
        check(what, &response);
    }
    let json = app.get_json("/api/get_account", &[]).await;
    check("a server function's error", &json);
    let refused = app
        .post_form(
            "/sign-in",
            "_form=sign-in&email=a%40example.org&password=x",
            &[("origin", "https://evil.example")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    check("a cross-site write refused", &refused);
    let wrong =
        app.post_form("/sign-in", "_form=sign-in&email=a%40example.org&password=wrong-password", &[]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    check("a form answered with its errors", &wrong);
    app::auth::ssr::create_account(
        &app.state.db,
        "b@example.org",
        "B",
        app::auth::Role::Member,
        crate::common::PASSWORD,
    )
    .await
    .expect("account");
    let signed_in = app
        .post_form(
            "/sign-in",
            &crate::common::form(&[
                ("_form", "sign-in"),
                ("email", "b@example.org"),
                ("password", crate::common::PASSWORD),
            ]),
            &[],
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    check("a redirect", &signed_in);
    let head = app.request(Request::head("/").body(Body::empty()).expect("request")).await;
    check("a HEAD request", &head);
}

#[tokio::test]
async fn server_functions_send_browsers_only_to_the_hubs_own_pages() {
    let app = TestApp::sqlite().await;
    let evil = [("accept", "text/html"), ("referer", "https://evil.example/phish")];
    let read = app.get_with("/api/get_account", &evil[1..]).await;
    assert!(read.header("location").is_none(), "a read is answered, not redirected: {:?}", read.status);
    let write = app
        .request(
            Request::post("/api/group_presence")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("accept", "text/html")
                .header("referer", "https://evil.example/phish")
                .header("sec-fetch-site", "same-origin")
                .body(Body::from("group=a&doc=b"))
                .expect("request"),
        )
        .await;
    let location = write.header("location").unwrap_or_default();
    assert!(!location.contains("evil.example"), "sent to {location}");
    let own = format!("{}/groups", app.config.public_url);
    let back = app
        .request(
            Request::post("/api/group_presence")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("accept", "text/html")
                .header("referer", &own)
                .header("sec-fetch-site", "same-origin")
                .body(Body::from("group=a&doc=b"))
                .expect("request"),
        )
        .await;
    assert!(back.header("location").is_some_and(|l| l.starts_with(&own)), "a form comes back to its page");
}
