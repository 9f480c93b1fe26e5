//! Behind a proxy: the client's address comes from `X-Forwarded-For` only when the peer is a
//! trusted proxy, and rate limits, sessions and the audit log use that address.

use axum::http::StatusCode;

use crate::common::{Backend, PASSWORD, TestApp, TestResponse, enc};

/// A sign-in form posted by the TCP peer `peer`, with an `X-Forwarded-For` header.
async fn sign_in_from(app: &TestApp, peer: &str, forwarded_for: &str, password: &str) -> TestResponse {
    let peer = std::net::SocketAddr::new(peer.parse().expect("an address"), 40000);
    let form = format!("_form=sign-in&email=ana%40example.org&password={}", enc(password));
    let request = axum::http::Request::post("/sign-in")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "text/html")
        .header("host", "127.0.0.1:3000")
        .header("x-forwarded-for", forwarded_for)
        .extension(axum::extract::ConnectInfo(peer));
    app.request(request.body(axum::body::Body::from(form)).expect("request")).await
}

fn session_cookie(response: &TestResponse) -> String {
    response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("__Host-hub_session=").and_then(|rest| rest.split(';').next()))
        .map(|token| format!("__Host-hub_session={token}"))
        .expect("a session cookie")
}

async fn hub_behind(proxies: &str) -> TestApp {
    let app = TestApp::start_with(Backend::Sqlite, &[("HUB_TRUSTED_PROXIES", proxies)])
        .await
        .expect("SQLite is always available");
    app::auth::ssr::create_account(
        &app.state.db,
        "ana@example.org",
        "Ana",
        app::auth::Role::Member,
        PASSWORD,
    )
    .await
    .expect("account");
    app
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_reader_has_their_own_limit_and_address() {
    let app = hub_behind("127.0.0.1, 10.0.0.0/8").await;
    // Someone guessing from one address is slowed down ...
    let mut statuses = Vec::new();
    for _ in 0..8 {
        statuses.push(sign_in_from(&app, "127.0.0.1", "203.0.113.9", "guess-guess-guess").await.status);
    }
    assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    // ... and even a client-written entry before it does not free them.
    let sneaky = sign_in_from(&app, "127.0.0.1", "198.51.100.7, 203.0.113.9", PASSWORD).await;
    assert_eq!(sneaky.status, StatusCode::TOO_MANY_REQUESTS);
    // The owner, through the same proxy and a second trusted one, is not.
    let owner = sign_in_from(&app, "127.0.0.1", "198.51.100.7, 10.2.3.4", PASSWORD).await;
    assert_eq!(owner.status, StatusCode::SEE_OTHER, "{}", owner.body);
    // Their session list shows their own address, not the proxy's.
    let account = app.get_with("/account", &[("cookie", &session_cookie(&owner))]).await;
    let meta = account.texts(".session-meta").join(" ");
    assert!(meta.contains("198.51.100.7"), "{meta}");
    assert!(!meta.contains("127.0.0.1") && !meta.contains("10.2.3.4"), "{meta}");
}

#[tokio::test]
async fn an_untrusted_peer_cannot_pick_its_address_with_the_header() {
    let app = hub_behind("10.0.0.0/8").await;
    // Each guess claims another address; all are counted against the peer.
    let mut statuses = Vec::new();
    for n in 0..8 {
        statuses.push(
            sign_in_from(&app, "203.0.113.50", &format!("192.0.2.{n}"), "guess-guess-guess").await.status,
        );
    }
    assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    let still = sign_in_from(&app, "203.0.113.50", "198.51.100.99", PASSWORD).await;
    assert_eq!(still.status, StatusCode::TOO_MANY_REQUESTS);
    // A session opened from an untrusted peer records the peer, whatever the header says.
    let other = sign_in_from(&app, "198.51.100.20", "192.0.2.200", PASSWORD).await;
    assert_eq!(other.status, StatusCode::SEE_OTHER, "{}", other.body);
    let account = app.get_with("/account", &[("cookie", &session_cookie(&other))]).await;
    let meta = account.texts(".session-meta").join(" ");
    assert!(meta.contains("198.51.100.20") && !meta.contains("192.0.2.200"), "{meta}");
}
