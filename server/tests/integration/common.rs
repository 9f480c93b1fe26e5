//! `TestApp`: the real router over a fresh database and a temporary index.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use app::auth::Role;
use app::db::entities::account;
use app::state::AppState;
use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt as _;
use leptos::config::LeptosOptions;
use sea_orm::{ActiveModelTrait as _, ActiveValue::Set};
use sea_orm::{ConnectionTrait, Database};
use server::config::Config;
use tempfile::TempDir;
use tower::ServiceExt as _;

/// Which database a test runs against.
#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs an async store test once per backend, as two named tests.
#[macro_export]
macro_rules! on_both_databases {
    ($check:ident) => {
        mod $check {
            #[tokio::test]
            async fn sqlite() {
                if let Some(app) = $crate::common::TestApp::start($crate::common::Backend::Sqlite).await {
                    super::$check(app).await;
                }
            }
            #[tokio::test]
            async fn postgres() {
                if let Some(app) = $crate::common::TestApp::start($crate::common::Backend::Postgres).await {
                    super::$check(app).await;
                }
            }
        }
    };
}

/// A running hub, without a socket: requests go straight into the router.
pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub config: Config,
    pub content_dir: PathBuf,
    _dir: TempDir,
}

/// A response, read whole.
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// Texts of the elements matching `selector`, trimmed.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).expect("valid selector");
        self.html()
            .select(&selector)
            .map(|element| element.text().collect::<String>().trim().to_owned())
            .collect()
    }

    /// The attribute `name` of every element matching `selector`.
    pub fn attrs(&self, selector: &str, name: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).expect("valid selector");
        self.html()
            .select(&selector)
            .filter_map(|element| element.value().attr(name).map(str::to_owned))
            .collect()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The fixture content shipped with the tests.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create content dir");
    for entry in std::fs::read_dir(from).expect("read fixtures") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy fixture");
        }
    }
}

/// A fresh, empty PostgreSQL database on the server named by `HUB_TEST_POSTGRES_URL`.
/// Without that variable the PostgreSQL variant is skipped, except under CI where it fails.
pub async fn postgres_database() -> Option<String> {
    let Ok(admin_url) = std::env::var("HUB_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the PostgreSQL tests: set HUB_TEST_POSTGRES_URL"
        );
        eprintln!("skipped: HUB_TEST_POSTGRES_URL is not set");
        return None;
    };
    let name = format!(
        "hub_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos())
    );
    let admin = Database::connect(&admin_url).await.expect("connect to the PostgreSQL test server");
    admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.expect("create test database");
    let (server, query) = admin_url.split_once('?').map_or((admin_url.as_str(), ""), |(s, q)| (s, q));
    let base = server.rsplit_once('/').map_or(server, |(base, _)| base);
    let query = if query.is_empty() { String::new() } else { format!("?{query}") };
    Some(format!("{base}/{name}{query}"))
}

impl TestApp {
    /// A hub over the fixture content, on `backend`; `None` when that backend is unavailable
    /// outside CI.
    pub async fn start(backend: Backend) -> Option<Self> {
        Self::start_with(backend, &[]).await
    }

    /// A hub as [`Self::start`] makes, with more settings (`HUB_*` variables).
    pub async fn start_with(backend: Backend, settings: &[(&str, &str)]) -> Option<Self> {
        let dir = tempfile::tempdir().expect("temp dir");
        let content_dir = dir.path().join("content");
        copy_dir(&fixtures(), &content_dir);
        let database_url = match backend {
            Backend::Sqlite => format!("sqlite://{}", dir.path().join("hub.db").display()),
            Backend::Postgres => postgres_database().await?,
        };
        let mut vars = vec![
            ("HUB_DATA_DIR", dir.path().display().to_string()),
            ("HUB_DATABASE_URL", database_url),
            ("HUB_CONTENT_DIR", content_dir.display().to_string()),
        ];
        vars.extend(settings.iter().map(|(name, value)| (*name, (*value).to_owned())));
        let leptos = LeptosOptions::builder()
            .output_name("hub")
            .site_root(dir.path().join("site").display().to_string())
            .build();
        let config = Config::from_vars(
            |name| vars.iter().find(|(key, _)| *key == name).map(|(_, value)| value.clone()),
            leptos,
        )
        .expect("test config");
        let state = server::startup::prepare(&config).await.expect("hub starts");
        let router = server::router::build(state.clone(), &config);
        Some(Self { router, state, config, content_dir, _dir: dir })
    }

    pub async fn sqlite() -> Self {
        Self::start(Backend::Sqlite).await.expect("SQLite is always available")
    }

    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        let response = self.router.clone().oneshot(request).await.expect("router answers");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.expect("body").to_bytes();
        TestResponse { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut builder = Request::get(path).header("accept", "text/html");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        self.request(builder.body(Body::empty()).expect("request")).await
    }

    /// A GET without `Accept: text/html` (as a script sends it).
    pub async fn get_json(&self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut builder = Request::get(path);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        self.request(builder.body(Body::empty()).expect("request")).await
    }

    /// Posts a form the way a browser without JavaScript does.
    pub async fn post_form(&self, path: &str, form: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut builder = Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", "text/html")
            .header("host", "127.0.0.1:3000");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        self.request(builder.body(Body::from(form.to_owned())).expect("request")).await
    }

    /// Writes a content file (relative to the content folder).
    pub fn write_content(&self, name: &str, text: &str) {
        std::fs::write(self.content_dir.join(name), text).expect("write content file");
    }

    /// Syncs the content folder and brings the index up to date, as a restart would.
    pub async fn sync(&self) -> app::content::SyncReport {
        let report = app::content::sync_dir(&self.state.db, &self.content_dir).await.expect("sync");
        self.state.search.catch_up(&self.state.db).await.expect("index catch-up");
        report
    }
}

pub const PASSWORD: &str = "a long test passphrase";

/// Where a result link leads: the `to` of a `/search/open` link (which notes the rank
/// opened), the link itself otherwise.
pub fn result_target(href: &str) -> String {
    match href.strip_prefix("/search/open?") {
        Some(query) => form_urlencoded::parse(query.as_bytes())
            .find(|(key, _)| key == "to")
            .map(|(_, to)| to.into_owned())
            .unwrap_or_default(),
        None => href.to_owned(),
    }
}

pub fn enc(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

pub fn form(fields: &[(&str, &str)]) -> String {
    fields.iter().map(|(name, value)| format!("{}={}", enc(name), enc(value))).collect::<Vec<_>>().join("&")
}

/// A signed-in person: their session cookie.
pub struct Person {
    pub cookie: String,
}

impl Person {
    pub async fn new(
        app: &TestApp,
        email: &str,
        name: &str,
        role: Role,
        organisation: Option<i64>,
    ) -> Person {
        let id = app::auth::ssr::create_account(&app.state.db, email, name, role, PASSWORD)
            .await
            .expect("account created");
        if organisation.is_some() {
            account::ActiveModel { id: Set(id), organisation_id: Set(organisation), ..Default::default() }
                .update(&app.state.db)
                .await
                .expect("organisation set");
        }
        let response = app
            .post_form(
                "/sign-in",
                &form(&[("_form", "sign-in"), ("email", email), ("password", PASSWORD)]),
                &[],
            )
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "sign-in of {email}");
        let token = response
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| {
                c.strip_prefix("__Host-hub_session=")
                    .and_then(|rest| rest.split(';').next())
                    .map(str::to_owned)
            })
            .expect("a session cookie");
        Person { cookie: format!("__Host-hub_session={token}") }
    }

    pub async fn post(&self, app: &TestApp, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        app.post_form(path, &form(fields), &[("cookie", &self.cookie)]).await
    }

    pub async fn get(&self, app: &TestApp, path: &str) -> TestResponse {
        app.get_with(path, &[("cookie", &self.cookie)]).await
    }
}

/// The messages in the outbox folder, waiting up to 5 s for at least `count`.
pub async fn outbox(dir: &std::path::Path, count: usize) -> Vec<String> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let messages: Vec<String> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "eml"))
            .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
            .map(|message| decode_quoted_printable(&message))
            .collect();
        if messages.len() >= count || std::time::Instant::now() > deadline {
            return messages;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Undoes quoted-printable encoding (soft line breaks and `=XX` escapes).
pub fn decode_quoted_printable(text: &str) -> String {
    let joined = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Some(byte) = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
