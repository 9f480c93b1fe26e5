//! Accounts end to end through the real router: who may do what (the permission matrix),
//! sign-in and session rotation, CSRF refusal, rate limits, and the invitation, reset and
//! join flows with the emails they send (written to the outbox folder).

use crate::common::{TestApp, TestResponse, outbox};
use app::auth::Role;
use axum::http::StatusCode;

const PASSWORD: &str = "correct horse battery staple";

/// The session token a response sets, if any.
fn session_token(response: &TestResponse) -> Option<String> {
    response.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).find_map(|cookie| {
        cookie
            .strip_prefix("__Host-hub_session=")
            .and_then(|rest| rest.split(';').next())
            .filter(|token| !token.is_empty())
            .map(str::to_owned)
    })
}

fn cookie(token: &str) -> String {
    format!("__Host-hub_session={token}")
}

async fn create(app: &TestApp, email: &str, role: Role) {
    app::auth::ssr::create_account(&app.state.db, email, "Test Person", role, PASSWORD)
        .await
        .expect("account created");
}

async fn sign_in(app: &TestApp, email: &str) -> String {
    let body = format!("_form=sign-in&email={}&password={}", enc(email), enc(PASSWORD));
    let response = app.post_form("/sign-in", &body, &[]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "sign-in of {email}: {}", response.body);
    session_token(&response).expect("a session cookie")
}

fn enc(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// The first `…?token=…` link to `path` in `messages`.
fn link(messages: &[String], path: &str) -> Option<String> {
    messages.iter().find_map(|message| {
        let start = message.find(&format!("{path}?token="))?;
        Some(message[start..].split_whitespace().next()?.to_owned())
    })
}

/// Who is asking.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Who {
    Public,
    Member,
    Editor,
    Admin,
}

/// What the answer means.
#[derive(Debug, PartialEq)]
enum Verdict {
    /// Sent to sign in, or told to.
    SignIn,
    /// Refused.
    Forbidden,
    /// Done (or shown).
    Allowed,
}

fn verdict(response: &TestResponse) -> Verdict {
    let location = response.header("location").unwrap_or_default();
    match response.status {
        StatusCode::UNAUTHORIZED => Verdict::SignIn,
        StatusCode::SEE_OTHER if location.starts_with("/sign-in") => Verdict::SignIn,
        StatusCode::FORBIDDEN => Verdict::Forbidden,
        status if status.is_success() || status == StatusCode::SEE_OTHER => Verdict::Allowed,
        status => panic!("unexpected status {status}: {}", response.body),
    }
}

/// A server function's answer: errors arrive as the JSON of `AppError`.
fn server_fn_verdict(response: &TestResponse) -> Verdict {
    match serde_json::from_str::<app::error::AppError>(&response.body) {
        Ok(app::error::AppError::Unauthorized) => Verdict::SignIn,
        Ok(app::error::AppError::Forbidden) => Verdict::Forbidden,
        _ if response.status.is_success() => Verdict::Allowed,
        _ => panic!("unexpected answer {}: {}", response.status, response.body),
    }
}

#[tokio::test]
async fn permission_matrix() {
    let app = TestApp::sqlite().await;
    create(&app, "member@example.org", Role::Member).await;
    create(&app, "editor@example.org", Role::Editor).await;
    create(&app, "admin@example.org", Role::Admin).await;
    let mut tokens = Vec::new();
    for who in [Who::Public, Who::Member, Who::Editor, Who::Admin] {
        let token = match who {
            Who::Public => None,
            Who::Member => Some(sign_in(&app, "member@example.org").await),
            Who::Editor => Some(sign_in(&app, "editor@example.org").await),
            Who::Admin => Some(sign_in(&app, "admin@example.org").await),
        };
        tokens.push((who, token));
    }
    let admin_only = |who: Who| match who {
        Who::Public => Verdict::SignIn,
        Who::Member | Who::Editor => Verdict::Forbidden,
        Who::Admin => Verdict::Allowed,
    };
    let signed_in = |who: Who| if who == Who::Public { Verdict::SignIn } else { Verdict::Allowed };
    let anyone = |_: Who| Verdict::Allowed;

    let pages: &[(&str, &dyn Fn(Who) -> Verdict)] = &[
        ("/members", &anyone),
        ("/join", &anyone),
        ("/sign-in", &anyone),
        ("/account", &signed_in),
        ("/admin", &admin_only),
        ("/admin/join-requests", &admin_only),
        ("/admin/invite", &admin_only),
        ("/admin/people", &admin_only),
        ("/admin/audit", &admin_only),
        ("/admin/organisations/new", &admin_only),
    ];
    let server_fns: &[(&str, &dyn Fn(Who) -> Verdict)] = &[
        ("/api/get_account", &signed_in),
        ("/api/list_join_requests", &admin_only),
        ("/api/list_people", &admin_only),
        ("/api/list_audit_events", &admin_only),
        ("/api/organisation_choices", &admin_only),
        ("/api/get_organisation_form?slug=", &admin_only),
        ("/api/list_organisations?group=&country=&region=", &anyone),
        ("/api/country_options", &anyone),
    ];
    let mut n = 0;
    let mut report = Vec::new();
    for (who, token) in &tokens {
        let cookie_header = token.as_deref().map(cookie);
        let headers: Vec<(&str, &str)> = cookie_header.iter().map(|c| ("cookie", c.as_str())).collect();
        for (path, expected) in pages {
            let response = app.get_with(path, &headers).await;
            assert_eq!(verdict(&response), expected(*who), "GET {path} as {who:?}");
            report.push(format!("GET {path} {who:?} {:?}", expected(*who)));
        }
        for (path, expected) in server_fns {
            let mut json_headers = headers.clone();
            json_headers.push(("accept", "application/json"));
            let response = app.get_json(path, &json_headers).await;
            assert_eq!(server_fn_verdict(&response), expected(*who), "server function {path} as {who:?}");
        }
        n += 1;
        let posts: Vec<(&str, String, Verdict)> = vec![
            ("/account", "_form=profile&name=Renamed&job_title=".to_owned(), signed_in(*who)),
            (
                "/admin/invite",
                format!("_form=invite&email=new{n}%40example.org&organisation=&role=member"),
                admin_only(*who),
            ),
            ("/admin/people", "_form=role&account=1&role=member&organisation=".to_owned(), admin_only(*who)),
            ("/admin/join-requests", "_form=decline&request=1&reason=Not+now".to_owned(), admin_only(*who)),
            (
                "/join",
                format!(
                    "_form=join&organisation_name=Org+{n}&group=academia&country=KE&website=&contact_name=C&contact_email=c{n}%40example.org&motivation=We+train+civil+servants."
                ),
                anyone(*who),
            ),
        ];
        for (path, body, expected) in posts {
            let response = app.post_form(path, &body, &headers).await;
            assert_eq!(verdict(&response), expected, "POST {path} as {who:?}: {}", response.body.len());
        }
    }
    // The join request posted by the public was declined by the admin alone.
    let requests = app
        .get_with(
            "/api/list_join_requests",
            &[("cookie", &cookie(tokens[3].1.as_deref().unwrap_or_default()))],
        )
        .await;
    assert!(requests.body.contains("Not now"), "{}", requests.body);
    // The member and the editor changed their own profile; nobody else did.
    assert!(report.len() >= 40);
}

#[tokio::test]
async fn a_database_that_cannot_answer_signs_nobody_out() {
    let app = TestApp::sqlite().await;
    create(&app, "ana@example.org", Role::Member).await;
    let token = sign_in(&app, "ana@example.org").await;
    assert_eq!(app.get_with("/account", &[("cookie", &cookie(&token))]).await.status, StatusCode::OK);
    app.state.db.close_by_ref().await.expect("close the pool");
    let busy = app.get_with("/account", &[("cookie", &cookie(&token))]).await;
    assert_eq!(busy.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(busy.header("retry-after").is_some());
    assert!(busy.body.contains("still signed in"), "{}", busy.body);
    assert!(busy.header("set-cookie").is_none(), "the session cookie is kept");
}

#[tokio::test]
async fn sign_in_rotates_the_session_and_sign_out_ends_it() {
    let app = TestApp::sqlite().await;
    create(&app, "ana@example.org", Role::Member).await;
    let first = sign_in(&app, "ana@example.org").await;
    // Signing in again from the same browser replaces its session.
    let body = format!("_form=sign-in&email=ana%40example.org&password={}", enc(PASSWORD));
    let again = app.post_form("/sign-in", &body, &[("cookie", &cookie(&first))]).await;
    let second = session_token(&again).expect("new cookie");
    assert_ne!(first, second);
    assert_eq!(
        app.get_with("/account", &[("cookie", &cookie(&first))]).await.status,
        StatusCode::UNAUTHORIZED
    );
    let account = app.get_with("/account", &[("cookie", &cookie(&second))]).await;
    assert_eq!(account.status, StatusCode::OK);
    assert_eq!(account.header("cache-control"), Some("private, no-store"));
    // The cookie is host-only, Secure, HttpOnly and SameSite=Lax.
    let set = again.header("set-cookie").unwrap_or_default();
    for flag in ["Path=/", "HttpOnly", "Secure", "SameSite=Lax"] {
        assert!(set.contains(flag), "{set}");
    }
    let out = app.post_form("/sign-out", "_form=sign-out", &[("cookie", &cookie(&second))]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(out.header("set-cookie").unwrap_or_default().contains("Max-Age=0"));
    assert_eq!(
        app.get_with("/account", &[("cookie", &cookie(&second))]).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn wrong_passwords_and_unknown_emails_get_the_same_answer() {
    let app = TestApp::sqlite().await;
    create(&app, "ana@example.org", Role::Member).await;
    let wrong =
        app.post_form("/sign-in", "_form=sign-in&email=ana%40example.org&password=nope-nope-nope", &[]).await;
    let unknown = app
        .post_form("/sign-in", "_form=sign-in&email=nobody%40example.org&password=nope-nope-nope", &[])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.texts(".error-summary li"), unknown.texts(".error-summary li"));
    assert_eq!(wrong.texts(".error-summary li"), ["The email address or the password is not right."]);
    // What was typed stays, except the password.
    assert_eq!(wrong.attrs("#sign-in-email", "value"), ["ana@example.org"]);
    assert!(wrong.attrs("#sign-in-password", "value").is_empty());
    // The reset form answers the same for both, too.
    let known = app.post_form("/forgot-password", "_form=forgot&email=ana%40example.org", &[]).await;
    let nobody = app.post_form("/forgot-password", "_form=forgot&email=nobody%40example.org", &[]).await;
    assert_eq!(known.status, StatusCode::SEE_OTHER);
    assert_eq!(known.header("location"), nobody.header("location"));
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = TestApp::sqlite().await;
    create(&app, "ana@example.org", Role::Admin).await;
    let token = sign_in(&app, "ana@example.org").await;
    for (path, body) in [
        ("/admin/invite", "_form=invite&email=x%40example.org&organisation=&role=admin"),
        ("/account", "_form=profile&name=Hijacked"),
        ("/sign-out", "_form=sign-out"),
    ] {
        let response = app
            .post_form(
                path,
                body,
                &[
                    ("cookie", &cookie(&token)),
                    ("sec-fetch-site", "cross-site"),
                    ("origin", "https://evil.example"),
                ],
            )
            .await;
        assert_eq!(response.status, StatusCode::FORBIDDEN, "{path}");
    }
    let response = app
        .post_form(
            "/account",
            "_form=profile&name=Hijacked",
            &[("cookie", &cookie(&token)), ("origin", "https://evil.example")],
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    let account = app.get_with("/account", &[("cookie", &cookie(&token))]).await;
    assert!(!account.body.contains("Hijacked"));
}

/// A form posted from client address `from`, as the listener reports it.
async fn post_from(app: &TestApp, from: &str, path: &str, form: &str, cookie: Option<&str>) -> TestResponse {
    let peer = std::net::SocketAddr::new(from.parse().expect("an address"), 40000);
    let mut request = axum::http::Request::post(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "text/html")
        .header("host", "127.0.0.1:3000")
        .extension(axum::extract::ConnectInfo(peer));
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    app.request(request.body(axum::body::Body::from(form.to_owned())).expect("request")).await
}

#[tokio::test]
async fn wrong_passwords_slow_their_sender_but_never_lock_the_owner_out() {
    let app = TestApp::sqlite().await;
    create(&app, "ana@example.org", Role::Admin).await;
    let guess = "_form=sign-in&email=ana%40example.org&password=guess-guess-guess";
    let right = format!("_form=sign-in&email=ana%40example.org&password={}", enc(PASSWORD));
    let mut statuses = Vec::new();
    for _ in 0..8 {
        statuses.push(post_from(&app, "203.0.113.9", "/sign-in", guess, None).await.status);
    }
    assert!(statuses[..6].iter().all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY), "{statuses:?}");
    assert!(statuses[6..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    let limited = post_from(&app, "203.0.113.9", "/sign-in", &right, None).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS, "the guessing address waits");
    assert_eq!(limited.texts(".error-summary li"), ["Please wait a minute and try again."]);
    // Another address of the same IPv6 /64 is the same client; the owner elsewhere is not.
    for _ in 0..7 {
        post_from(&app, "2001:db8:5:6::1", "/sign-in", guess, None).await;
    }
    let same_network = post_from(&app, "2001:db8:5:6:ffff::2", "/sign-in", &right, None).await;
    assert_eq!(same_network.status, StatusCode::TOO_MANY_REQUESTS);

    // The owner, from their own address, signs in and changes their password at once.
    let owner = post_from(&app, "198.51.100.7", "/sign-in", &right, None).await;
    assert_eq!(owner.status, StatusCode::SEE_OTHER, "{}", owner.body);
    let token = owner
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("__Host-hub_session=").and_then(|rest| rest.split(';').next()))
        .expect("a session cookie")
        .to_owned();
    let changed = post_from(
        &app,
        "198.51.100.7",
        "/account",
        &format!(
            "_form=password&current_password={}&new_password={}",
            enc(PASSWORD),
            enc("another long passphrase")
        ),
        Some(&cookie(&token)),
    )
    .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
}

#[tokio::test]
async fn an_invitation_opens_an_account_once() {
    let app = TestApp::sqlite().await;
    create(&app, "admin@example.org", Role::Admin).await;
    let admin = sign_in(&app, "admin@example.org").await;
    let sent = app
        .post_form(
            "/admin/invite",
            "_form=invite&email=Bea%40Example.org&organisation=&role=editor",
            &[("cookie", &cookie(&admin))],
        )
        .await;
    assert_eq!(sent.header("location"), Some("/admin/invite?done=invitation-sent"));
    let messages = outbox(&app.config.outbox_dir, 1).await;
    let link = link(&messages, "/invitation").expect("an invitation link in the email");
    assert!(messages[0].contains("To: bea@example.org"), "{}", messages[0]);
    let path = link;
    let page = app.get(&path).await;
    assert!(page.body.contains("bea@example.org"), "{path}: {} {}", page.status, page.texts("main").join(""));
    // Bad input keeps the name and says what is wrong.
    let short = app.post_form(&path, "_form=invitation&name=Bea+Lee&password=short", &[]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(short.texts(".field-error"), ["Use at least 12 characters."]);
    assert_eq!(short.attrs("#invitation-name", "value"), ["Bea Lee"]);
    let accepted =
        app.post_form(&path, &format!("_form=invitation&name=Bea+Lee&password={}", enc(PASSWORD)), &[]).await;
    assert_eq!(accepted.header("location"), Some("/account?done=welcome"));
    let token = session_token(&accepted).expect("signed in");
    let account = app.get_with("/account", &[("cookie", &cookie(&token))]).await;
    assert!(account.body.contains("Editor"), "the invited role applies");
    // The link works once.
    let reused = app.get(&path).await;
    assert!(reused.body.contains("This link has already been used."));
    let reused =
        app.post_form(&path, &format!("_form=invitation&name=Eve&password={}", enc(PASSWORD)), &[]).await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The audit log names both steps.
    let audit = app.get_with("/admin/audit", &[("cookie", &cookie(&admin))]).await;
    assert!(audit.body.contains("invitation.send") && audit.body.contains("invitation.accept"));
}

#[tokio::test]
async fn a_password_reset_changes_the_password_and_ends_other_sessions() {
    let app = TestApp::sqlite().await;
    create(&app, "ana@example.org", Role::Member).await;
    let old_session = sign_in(&app, "ana@example.org").await;
    app.post_form("/forgot-password", "_form=forgot&email=ANA%40example.org", &[]).await;
    let messages = outbox(&app.config.outbox_dir, 1).await;
    let link = link(&messages, "/reset-password").expect("a reset link");
    let path = link;
    let new_password = "a brand new passphrase";
    let done = app.post_form(&path, &format!("_form=reset&password={}", enc(new_password)), &[]).await;
    assert_eq!(done.header("location"), Some("/account?done=password-changed"));
    assert!(session_token(&done).is_some());
    assert_eq!(
        app.get_with("/account", &[("cookie", &cookie(&old_session))]).await.status,
        StatusCode::UNAUTHORIZED
    );
    let old = app
        .post_form(
            "/sign-in",
            &format!("_form=sign-in&email=ana%40example.org&password={}", enc(PASSWORD)),
            &[],
        )
        .await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    let new = app
        .post_form(
            "/sign-in",
            &format!("_form=sign-in&email=ana%40example.org&password={}", enc(new_password)),
            &[],
        )
        .await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);
    assert!(app.get(&path).await.body.contains("This link has already been used."));
    assert!(app.get("/reset-password?token=made-up").await.body.contains("This link is not valid."));
}

#[tokio::test]
async fn accepting_a_join_request_creates_the_organisation_and_invites_its_contact() {
    let app = TestApp::sqlite().await;
    create(&app, "admin@example.org", Role::Admin).await;
    let admin = sign_in(&app, "admin@example.org").await;
    let bad = app.post_form("/join", "_form=join&organisation_name=&group=nope&country=Atlantis&website=example&contact_name=Kim&contact_email=kim&motivation=", &[]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.texts(".field-error").len(), 6, "{:?}", bad.texts(".field-error"));
    assert_eq!(bad.attrs("#join-contact_name", "value"), ["Kim"]);
    let form = "_form=join&organisation_name=Escuela+Nacional+de+Gobierno&group=school-of-public-administration&country=CL&website=https%3A%2F%2Fescuela.example.org&contact_name=Kim+Soto&contact_email=kim%40example.org&motivation=We+train+civil+servants.";
    assert_eq!(app.post_form("/join", form, &[]).await.header("location"), Some("/join?done=join-sent"));
    let accept =
        app.post_form("/admin/join-requests", "_form=accept&request=1", &[("cookie", &cookie(&admin))]).await;
    assert_eq!(accept.header("location"), Some("/admin/join-requests?done=request-accepted"));
    let again =
        app.post_form("/admin/join-requests", "_form=accept&request=1", &[("cookie", &cookie(&admin))]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let directory = app.get("/members?region=americas").await;
    assert_eq!(directory.texts(".org-card .card-title"), ["Escuela Nacional de Gobierno"]);
    assert!(app.get("/members?region=europe").await.texts(".org-card").is_empty());
    let page = app.get("/members/escuela-nacional-de-gobierno").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Chile"));
    let messages = outbox(&app.config.outbox_dir, 1).await;
    assert!(link(&messages, "/invitation").is_some());
    assert_eq!(app.get("/members/nobody-here").await.status, StatusCode::NOT_FOUND);
    // The new organisation is searchable, by name and by its country in either language.
    app.state.search.catch_up(&app.state.db).await.expect("index catch-up");
    let found = app.get("/search?q=escuela").await;
    let target = found.attrs(".hit a", "href").first().map(|href| crate::common::result_target(href));
    assert_eq!(target.as_deref(), Some("/members/escuela-nacional-de-gobierno"));
    let by_country = app.get("/search?q=chili&kind=organisation&region=americas").await;
    let target = by_country.attrs(".hit a", "href").first().map(|href| crate::common::result_target(href));
    assert_eq!(target.as_deref(), Some("/members/escuela-nacional-de-gobierno"));
}

/// A multipart body with text `fields` and one `logo` file.
fn multipart(fields: &[(&str, &str)], logo: &[u8]) -> (String, Vec<u8>) {
    let boundary = "hub-test-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    body.extend(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"logo.png\"\r\nContent-Type: image/png\r\n\r\n")
            .as_bytes(),
    );
    body.extend(logo);
    body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbaImage::from_pixel(width, height, image::Rgba([11, 92, 173, 255]));
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(image).write_to(&mut out, image::ImageFormat::Png).expect("encode");
    out.into_inner()
}

#[tokio::test]
async fn an_admin_adds_an_organisation_with_a_logo_and_it_becomes_searchable() {
    let app = TestApp::sqlite().await;
    create(&app, "admin@example.org", Role::Admin).await;
    let admin = cookie(&sign_in(&app, "admin@example.org").await);
    let post = |fields: Vec<(&'static str, &'static str)>, logo: Vec<u8>| {
        let (content_type, body) = multipart(&fields, &logo);
        axum::http::Request::post("/admin/organisations/new")
            .header("content-type", content_type)
            .header("accept", "text/html")
            .header("cookie", admin.clone())
            .body(axum::body::Body::from(body))
            .expect("request")
    };
    let fields = vec![
        ("_form", "organisation"),
        ("name", "Ministère de la Transformation numérique"),
        ("group", "government"),
        ("country", "BJ"),
        ("website", ""),
        ("description", "Forme les agents publics aux compétences numériques."),
    ];
    // Text that calls itself a PNG is refused, and what was typed stays.
    let refused = app.request(post(fields.clone(), b"<svg onload=alert(1)>".to_vec())).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.texts(".field-error"), ["The logo must be a PNG, JPEG, WebP or GIF image."]);
    assert_eq!(refused.attrs("#organisation-name", "value"), ["Ministère de la Transformation numérique"]);

    let saved = app.request(post(fields, png(600, 300))).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let location = saved.header("location").expect("redirect").to_owned();
    let page = app.get(&location).await;
    assert_eq!(page.texts(".notice"), ["The organisation is saved."]);
    let logo = page.attrs(".org-logo-large", "src").pop().expect("a logo");
    let served = app.get(&logo).await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(served.header("content-type"), Some("image/png"));
    assert!(served.header("cache-control").unwrap_or_default().contains("immutable"));

    app.state.search.catch_up(&app.state.db).await.expect("index catch-up");
    let found = app.get("/search?q=transformation+numerique&region=africa").await;
    let target = found.attrs(".hit a", "href").first().map(|href| crate::common::result_target(href));
    assert_eq!(target.as_deref(), location.split('?').next());
    // An organisation named like a page of the admin ("New") stays editable.
    let named_new = app
        .request(post(
            vec![
                ("_form", "organisation"),
                ("name", "New"),
                ("group", "government"),
                ("country", "BJ"),
                ("website", ""),
                ("description", ""),
            ],
            Vec::new(),
        ))
        .await;
    assert_eq!(named_new.status, StatusCode::SEE_OTHER, "{}", named_new.body);
    let new_location = named_new.header("location").expect("redirect").to_owned();
    let slug =
        new_location.split('?').next().unwrap_or_default().rsplit('/').next().unwrap_or_default().to_owned();
    assert_eq!(slug, "new-2");
    let edit = app.get_with(&format!("/admin/organisations/{slug}"), &[("cookie", &admin)]).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert_eq!(edit.attrs("#organisation-name", "value"), ["New"]);
    // A member cannot add one.
    create(&app, "member@example.org", Role::Member).await;
    let member = cookie(&sign_in(&app, "member@example.org").await);
    let (content_type, body) =
        multipart(&[("_form", "organisation"), ("name", "X"), ("group", "media")], &[]);
    let request = axum::http::Request::post("/admin/organisations/new")
        .header("content-type", content_type)
        .header("cookie", member)
        .body(axum::body::Body::from(body))
        .expect("request");
    assert_eq!(app.request(request).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn each_person_s_form_on_the_people_page_has_fields_of_its_own() {
    let app = TestApp::sqlite().await;
    create(&app, "admin@example.org", Role::Admin).await;
    create(&app, "bea@example.org", Role::Member).await;
    create(&app, "carl@example.org", Role::Editor).await;
    let admin = cookie(&sign_in(&app, "admin@example.org").await);
    let page = app.get_with("/admin/people", &[("cookie", &admin)]).await;
    assert_eq!(page.status, StatusCode::OK);
    // Every label names a control of its own: ids are unique and each label finds its control
    // inside its own person's card.
    let ids = page.attrs("[id]", "id");
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "repeated ids: {ids:?}");
    let html = page.html();
    let cards = scraper::Selector::parse("article.person").expect("selector");
    let labels = scraper::Selector::parse("label[for]").expect("selector");
    let mut checked = 0;
    for card in html.select(&cards) {
        for label in card.select(&labels) {
            let target = label.value().attr("for").unwrap_or_default();
            let inside = scraper::Selector::parse(&format!("#{target}")).expect("selector");
            assert!(card.select(&inside).next().is_some(), "{target} is not in its own card");
            checked += 1;
        }
    }
    assert_eq!(checked, 6, "two labelled fields for each of three people");
    // A refused change shows its problem on that person's form only, with what was chosen.
    let bea_form = page.attrs("article.person input[name=account]", "value");
    let bea = bea_form.get(1).expect("a second person").clone();
    let refused = app
        .post_form(
            "/admin/people",
            &format!("_form=role&_instance={bea}&account={bea}&role=nope&organisation="),
            &[("cookie", &admin)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.texts(".field-error").len(), 1, "one problem, under one person's field");
    assert_eq!(refused.attrs(".field-error", "id"), [format!("role-{bea}-role-error")]);
    assert_eq!(
        refused.attrs(&format!("#role-{bea}-role"), "aria-describedby"),
        [format!("role-{bea}-role-error")]
    );
}
