//! The staff assessment through the real router: 200 generated staff answering a cycle
//! (the role page, then the three steps, each a form post), then the coordinator's profile
//! page rendered over their answers, and the CSV export. The framework page, which reads no
//! answers, is timed alongside as the baseline of an ordinary page.
//!
//! Run: `cargo bench -p server --bench assessment` (SQLite in a temporary folder), or with
//! `BENCH_DATABASE_URL=postgres://…` against a PostgreSQL database.

#![expect(clippy::expect_used, reason = "a benchmark that cannot set up has nothing to report")]

use std::time::{Duration, Instant};

use app::auth::Role;
use app::db::entities::{account, organisation};
use axum::Router;
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt as _;
use leptos::config::LeptosOptions;
use sea_orm::{ActiveModelTrait as _, ActiveValue::Set};
use server::config::Config;
use tower::ServiceExt as _;

const STAFF: usize = 200;
const RENDERS: usize = 40;
const PASSWORD: &str = "a long benchmark passphrase";
const ROLES: [&str; 5] = [
    "senior-leadership",
    "middle-management",
    "digital-data-specialist",
    "policy-programme-staff",
    "front-line-staff",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

/// A small deterministic generator, so every run answers the same.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

async fn send(
    router: &Router,
    method: &str,
    path: &str,
    body: String,
    cookie: &str,
) -> (u16, String, String) {
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header("accept", "text/html")
        .header("host", "127.0.0.1:3000")
        .header("content-type", "application/x-www-form-urlencoded");
    if !cookie.is_empty() {
        builder = builder.header("cookie", cookie);
    }
    let response =
        router.clone().oneshot(builder.body(Body::from(body)).expect("request")).await.expect("answer");
    let status = response.status().as_u16();
    let location =
        response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.split(';').next().filter(|c| c.starts_with("__Host-hub_session=")).map(str::to_owned))
        .unwrap_or_default();
    let body = response.into_body().collect().await.expect("body").to_bytes();
    let text = String::from_utf8_lossy(&body).into_owned();
    (status, if cookie.is_empty() { location } else { cookie }, text)
}

fn enc(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut vars = vec![
        ("HUB_DATA_DIR", dir.path().display().to_string()),
        ("HUB_CONTENT_DIR", dir.path().join("content").display().to_string()),
    ];
    if let Ok(url) = std::env::var("BENCH_DATABASE_URL") {
        vars.push(("HUB_DATABASE_URL", url));
    }
    let leptos =
        LeptosOptions::builder().output_name("hub").site_root(dir.path().display().to_string()).build();
    let config =
        Config::from_vars(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()), leptos)
            .expect("config");
    let state = server::startup::prepare(&config).await.expect("hub starts");
    let org = organisation::ActiveModel {
        slug: Set("bench-ministry".into()),
        name: Set("Bench Ministry".into()),
        stakeholder_group: Set("government".into()),
        country: Set(Some("KE".into())),
        website: Set(None),
        description: Set(String::new()),
        logo: Set(None),
        created_at: Set(time::OffsetDateTime::now_utc()),
        updated_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&state.db)
    .await
    .expect("organisation");
    let id =
        app::auth::ssr::create_account(&state.db, "coordinator@example.org", "C", Role::Member, PASSWORD)
            .await
            .expect("account");
    account::ActiveModel { id: Set(id), organisation_id: Set(Some(org.id)), ..Default::default() }
        .update(&state.db)
        .await
        .expect("attached");
    let router = server::router::build(state.clone(), &config);
    let (_, cookie, _) = send(
        &router,
        "POST",
        "/sign-in",
        format!("_form=sign-in&email=coordinator%40example.org&password={}", enc(PASSWORD)),
        "",
    )
    .await;
    let today = time::OffsetDateTime::now_utc().date();
    let closes = today + time::Duration::days(30);
    let roles: String = ROLES.iter().map(|r| format!("&role.{r}=on")).collect();
    let (status, cycle, _) = send(
        &router,
        "POST",
        "/assessment/cycles",
        format!("_form=cycle&cycle_name=Bench&version=2026&opens_on={today}&closes_on={closes}{roles}"),
        &cookie,
    )
    .await;
    assert_eq!(status, 303, "the cycle opens");
    let cycle = cycle.split('?').next().unwrap_or_default().to_owned();
    let (_, _, page) = send(&router, "GET", &cycle, String::new(), &cookie).await;
    let link = page
        .split("href=\"/assessment/answer?token=")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|token| format!("/assessment/answer?token={token}"))
        .expect("the staff link");

    let framework = app::assessment::ssr::framework::current().expect("framework");
    let steps: Vec<Vec<(String, app::assessment::ssr::framework::ItemKind)>> = framework
        .domains()
        .into_iter()
        .map(|(_, competencies)| {
            competencies
                .iter()
                .flat_map(|c| c.items.iter())
                .filter(|i| i.kind.is_individual())
                .map(|i| (i.code.clone(), i.kind))
                .collect()
        })
        .collect();
    let mut random = Lcg(42);
    let mut questionnaires = Vec::with_capacity(STAFF);
    let mut requests = Vec::with_capacity(STAFF * 4);
    let all = Instant::now();
    for person in 0..STAFF {
        let started = Instant::now();
        let role = ROLES[person % ROLES.len()];
        let t = Instant::now();
        let (status, respond, _) = send(&router, "POST", &link, format!("_form=start&role={role}"), "").await;
        requests.push(t.elapsed());
        assert_eq!(status, 303);
        let respond = respond.split('&').next().unwrap_or_default().to_owned();
        for (index, items) in steps.iter().enumerate() {
            let action = if index + 1 == steps.len() { "send" } else { "next" };
            let mut body = format!("_form=respond&step={}&action={action}", index + 1);
            for (code, kind) in items {
                let value = match kind {
                    app::assessment::ssr::framework::ItemKind::Proficiency => {
                        (1 + random.below(4)).to_string()
                    }
                    _ => match random.below(12) {
                        0 => "na".to_owned(),
                        1 => "pns".to_owned(),
                        n => (1 + n % 5).to_string(),
                    },
                };
                body.push_str(&format!("&q.{code}={value}"));
            }
            let t = Instant::now();
            let (status, _, _) = send(&router, "POST", &respond, body, "").await;
            requests.push(t.elapsed());
            assert_eq!(status, 303);
        }
        questionnaires.push(started.elapsed());
    }
    let total = all.elapsed();
    questionnaires.sort();
    requests.sort();
    println!(
        "{STAFF} staff answering (4 form posts each): {:.2} s in all; a questionnaire p50 {:.1} ms, p99 {:.1} ms; a post p50 {:.1} ms, p99 {:.1} ms",
        total.as_secs_f64(),
        ms(percentile(&questionnaires, 0.5)),
        ms(percentile(&questionnaires, 0.99)),
        ms(percentile(&requests, 0.5)),
        ms(percentile(&requests, 0.99)),
    );

    for (label, path) in [
        ("profile page (200 respondents)", cycle.clone()),
        ("CSV export (200 respondents)", format!("{cycle}/export.csv")),
        ("framework page (baseline, no answers read)", "/assessment".to_owned()),
    ] {
        let mut times = Vec::with_capacity(RENDERS);
        for _ in 0..RENDERS {
            let t = Instant::now();
            let (status, _, body) = send(&router, "GET", &path, String::new(), &cookie).await;
            times.push(t.elapsed());
            assert_eq!(status, 200, "{label}");
            assert!(!body.is_empty());
            if path == cycle {
                assert!(body.contains("Built from 200 respondents"), "the profile is drawn");
            }
        }
        times.sort();
        println!(
            "{label}: {RENDERS} renders, p50 {:.1} ms, p99 {:.1} ms",
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.99))
        );
    }
}
