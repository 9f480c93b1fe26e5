//! A busy hub keeps answering: costly work one person asks for (comparing two long,
//! unrelated revisions) runs bounded and off the async workers, so health checks and pages
//! answer in the meantime.

use std::time::{Duration, Instant};

use app::auth::Role;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt as _;

use crate::common::{Person, TestApp, TestResponse};

fn location(response: &TestResponse) -> String {
    assert_eq!(response.status, StatusCode::SEE_OTHER, "a redirect, got:\n{}", response.body);
    response.header("location").expect("a location").to_owned()
}

/// A group document with long revisions that share no word: 1 and 2 (198 KB, one line
/// each), 3 and 4 (19,000 short lines each, as costly as a comparison may get within its
/// size caps); the document's path.
async fn two_unrelated_revisions(app: &TestApp, lead: &Person) -> String {
    let created = location(
        &lead
            .post(
                app,
                "/groups",
                &[
                    ("_form", "group-new"),
                    ("group_name", "Long texts"),
                    ("theme", "artificial-intelligence"),
                    ("charter", "We write long texts."),
                    ("visibility", "public"),
                    ("quorum", "1"),
                ],
            )
            .await,
    );
    let group = created.split('?').next().expect("path").to_owned();
    let doc = location(&lead.post(app, &group, &[("_form", "document"), ("title", "The guide")]).await);
    let doc = doc.split('?').next().expect("path").to_owned();
    for (base, body) in [
        ("0", "a ".repeat(99_000)),
        ("1", "b ".repeat(99_000)),
        ("2", "a\n".repeat(19_000)),
        ("3", "b\n".repeat(19_000)),
    ] {
        let saved =
            lead.post(app, &doc, &[("_form", "save"), ("base", base), ("body", &body), ("note", "")]).await;
        location(&saved);
    }
    doc
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_checks_answer_while_two_long_comparisons_run() {
    let app = TestApp::sqlite().await;
    let lead = Person::new(&app, "lead@example.org", "Lead", Role::Admin, None).await;
    let doc = two_unrelated_revisions(&app, &lead).await;

    // Both comparisons run on the runtime's two workers, as two browsers' requests would.
    let started = Instant::now();
    let comparisons: Vec<_> = [(1, 2), (3, 4), (3, 4)]
        .into_iter()
        .map(|(from, to)| {
            let request = Request::get(format!("{doc}/compare?from={from}&to={to}"))
                .header("accept", "text/html")
                .header("cookie", &lead.cookie)
                .body(Body::empty())
                .expect("request");
            let router = app.router.clone();
            tokio::spawn(async move {
                let response = router.oneshot(request).await.expect("router answers");
                (response.status(), Instant::now())
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(50)).await;

    for _ in 0..5 {
        let router = app.router.clone();
        let asked = Instant::now();
        let health = tokio::spawn(async move {
            let request = Request::get("/healthz").body(Body::empty()).expect("request");
            router.oneshot(request).await.expect("router answers").status()
        });
        let status = health.await.expect("health check task");
        let waited = asked.elapsed();
        eprintln!("/healthz answered in {waited:?} while the comparisons ran");
        assert_eq!(status, StatusCode::OK);
        assert!(waited < Duration::from_secs(1), "/healthz took {waited:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    let mut last = started;
    for comparison in comparisons {
        let (status, done) = comparison.await.expect("comparison task");
        assert_eq!(status, StatusCode::OK);
        let took = done - started;
        eprintln!("a comparison answered after {took:?}");
        assert!(took < Duration::from_secs(10), "a comparison took {took:?}");
        last = last.max(done);
    }
    assert!(last - started > Duration::from_millis(300), "the health checks ran while the comparisons did");
}

#[tokio::test]
async fn the_live_comparison_is_rate_limited_per_person() {
    let app = TestApp::sqlite().await;
    let lead = Person::new(&app, "lead@example.org", "Lead", Role::Admin, None).await;
    let doc = two_unrelated_revisions(&app, &lead).await;
    let (group, doc_slug) = doc.trim_start_matches("/groups/").split_once("/docs/").expect("a document path");
    let mut statuses = Vec::new();
    for _ in 0..40 {
        let body = crate::common::form(&[
            ("group", group),
            ("doc", doc_slug),
            ("base", "2"),
            ("text", "A short draft."),
        ]);
        let request = Request::post("/api/group_draft_diff")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", &lead.cookie)
            .header("origin", "http://127.0.0.1:3000")
            .header("host", "127.0.0.1:3000")
            .body(Body::from(body))
            .expect("request");
        let response = app.request(request).await;
        statuses.push((response.status, response.body.contains("RateLimited")));
    }
    assert_eq!(statuses.first(), Some(&(StatusCode::OK, false)), "{statuses:?}");
    assert!(statuses.last().is_some_and(|last| last.1), "refused as rate limited: {statuses:?}");
}
