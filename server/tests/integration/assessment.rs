//! The capacity self-assessment: the framework page, the private self-reflection without
//! JavaScript, cycles with anonymous staff answers, the fewer-than-5 rule on every surface,
//! the permission matrix, the plan, the change between cycles and the benchmarks.

use app::auth::Role;
use app::db::entities::{assessment_response, organisation};
use axum::http::StatusCode;
use sea_orm::{ActiveModelTrait as _, ActiveValue::Set, EntityTrait as _, PaginatorTrait as _};

use crate::common::{Person, TestApp, TestResponse, enc, form};

fn framework() -> &'static app::assessment::ssr::framework::Framework {
    app::assessment::ssr::framework::current().expect("the shipped framework")
}

/// The individual items of step `step` (1-based) answered at `level` (1–5; proficiency
/// items take at most 4), as `q.<code>` fields.
fn step_fields(step: usize, level: u8) -> Vec<(String, String)> {
    let (_, competencies) = framework().domains().into_iter().nth(step - 1).expect("a domain");
    competencies
        .iter()
        .flat_map(|competency| competency.items.iter())
        .filter(|item| item.kind.is_individual())
        .map(|item| {
            let value = match item.kind {
                app::assessment::ssr::framework::ItemKind::Proficiency => level.min(4),
                _ => level,
            };
            (format!("q.{}", item.code), value.to_string())
        })
        .collect()
}

fn location(response: &TestResponse) -> String {
    response.header("location").unwrap_or_default().to_owned()
}

async fn post(app: &TestApp, path: &str, fields: &[(String, String)]) -> TestResponse {
    let body = fields.iter().map(|(k, v)| format!("{}={}", enc(k), enc(v))).collect::<Vec<_>>().join("&");
    app.post_form(path, &body, &[]).await
}

fn owned(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

async fn organisation(app: &TestApp, slug: &str, country: &str) -> i64 {
    organisation::ActiveModel {
        slug: Set(slug.into()),
        name: Set(format!("Organisation {slug}")),
        stakeholder_group: Set("government".into()),
        country: Set(Some(country.into())),
        website: Set(None),
        description: Set(String::new()),
        logo: Set(None),
        created_at: Set(time::OffsetDateTime::now_utc()),
        updated_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&app.state.db)
    .await
    .expect("organisation")
    .id
}

async fn responses(app: &TestApp) -> u64 {
    assessment_response::Entity::find().count(&app.state.db).await.expect("count")
}

/// Opens a cycle as `coordinator`; returns its page and its staff link.
async fn open_cycle(app: &TestApp, coordinator: &Person, name: &str, share: bool) -> (String, String) {
    let today = time::OffsetDateTime::now_utc().date();
    let closes = (today + time::Duration::days(30)).to_string();
    let today = today.to_string();
    let mut fields = vec![
        ("_form", "cycle"),
        ("cycle_name", name),
        ("version", "2026"),
        ("opens_on", today.as_str()),
        ("closes_on", closes.as_str()),
        ("role.senior-leadership", "on"),
        ("role.front-line-staff", "on"),
        ("level", "national"),
    ];
    if share {
        fields.push(("share", "on"));
    }
    let response = coordinator.post(app, "/assessment/cycles", &fields).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let page = location(&response).split('?').next().unwrap_or_default().to_owned();
    let cycle = coordinator.get(app, &page).await;
    assert_eq!(cycle.status, StatusCode::OK);
    let link = cycle.attrs("a.assessment-staff-link", "href").pop().expect("the staff link");
    (page, link)
}

/// One anonymous respondent answering every step at `level` and sending; returns their
/// private link.
async fn answer(app: &TestApp, staff_link: &str, role: &str, level: u8) -> String {
    let started = post(app, staff_link, &owned(&[("_form", "start"), ("role", role)])).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let link = location(&started).split('&').next().unwrap_or_default().to_owned();
    for step in 1..=3 {
        let mut fields = owned(&[("_form", "respond"), ("step", &step.to_string())]);
        fields.push(("action".into(), if step == 3 { "send" } else { "next" }.into()));
        fields.extend(step_fields(step, level));
        let saved = post(app, &link, &fields).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "step {step}: {}", saved.body);
    }
    link
}

#[tokio::test]
async fn the_framework_is_public_as_a_page_and_as_json() {
    let app = TestApp::sqlite().await;
    let page = app.get("/assessment").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts(".assessment-domain h3"),
        ["Digital planning and design", "Data use and governance", "Digital management and execution"]
    );
    assert!(
        page.body.contains("not the framework&#x27;s text") || page.body.contains("not the framework's text")
    );
    let json = app.get_json("/assessment/framework.json", &[]).await;
    assert_eq!(json.status, StatusCode::OK);
    let value: serde_json::Value = serde_json::from_str(&json.body).expect("JSON");
    assert_eq!(value["frameworks"][0]["version"], "2026");
    assert_eq!(value["frameworks"][0]["competency"][0]["source"], "hub");
    assert_eq!(value["frameworks"][0]["band"].as_array().map(Vec::len), Some(6));
}

#[tokio::test]
async fn a_self_reflection_without_javascript_stores_nothing_and_ends_with_a_profile() {
    let app = TestApp::sqlite().await;
    let first = app.get("/assessment/self").await;
    assert_eq!(first.status, StatusCode::OK);
    // Each scale is a real radio group with a legend.
    assert_eq!(first.texts("fieldset.assessment-question legend").len(), 4);
    assert!(
        first
            .attrs("fieldset.assessment-question input[type=radio]", "name")
            .iter()
            .all(|n| n.starts_with("q."))
    );

    let mut carried = String::new();
    for (step, level) in [(1, 4), (2, 1), (3, 3)] {
        let mut fields = owned(&[
            ("_form", "self"),
            ("step", &step.to_string()),
            ("answers", &carried),
            ("action", "next"),
        ]);
        fields.extend(step_fields(step, level));
        let page = post(&app, "/assessment/self", &fields).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        carried = page.attrs("input[name=answers]", "value").into_iter().next().unwrap_or_default();
        assert_eq!(responses(&app).await, 0, "nothing is stored while answering");
        if step < 3 {
            assert!(page.texts(".assessment-progress")[0].contains(&format!("Step {} of 3", step + 1)));
        } else {
            // The profile: data use and governance (level 1) is the weakest domain, so the
            // fixture posts tagged with it are suggested.
            assert!(
                page.texts("h3").contains(&"To read on Data use and governance".to_owned()),
                "{}",
                page.body
            );
            assert!(
                page.texts(".assessment-reading a").iter().any(|t| t.starts_with("Alpha: data use")),
                "{}",
                page.body
            );
            assert_eq!(page.texts(".assessment-weakest li").len(), 2);
            assert!(page.texts(".assessment-strongest li").iter().any(|t| t == "Starting from users' needs"));
        }
    }
    // The carried answers download as a file, still without storing anything.
    let file = post(
        &app,
        "/assessment/self/download",
        &owned(&[("_form", "download"), ("answers", &carried), ("format", "json")]),
    )
    .await;
    assert_eq!(file.status, StatusCode::OK);
    assert!(file.header("content-disposition").unwrap_or_default().contains("attachment"));
    let json: serde_json::Value = serde_json::from_str(&file.body).expect("JSON");
    assert_eq!(json["answers"]["user-needs-skill"], "4");
    assert_eq!(json["domains"][1]["score"], 0);
    let csv = post(
        &app,
        "/assessment/self/download",
        &owned(&[("_form", "download"), ("answers", &carried), ("format", "csv")]),
    )
    .await;
    assert!(csv.body.starts_with("section,code,name,score"));
    assert_eq!(responses(&app).await, 0);

    // An answer to an item that is not in the version is refused, clearly, with nothing lost.
    let bad = post(
        &app,
        "/assessment/self",
        &owned(&[
            ("_form", "self"),
            ("step", "2"),
            ("answers", &carried),
            ("action", "next"),
            ("q.invented-item", "3"),
        ]),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.texts(".error-summary li")[0].contains("not in this version"));
    assert_eq!(bad.attrs("input[name=answers]", "value"), [carried.clone()]);
}

#[tokio::test]
async fn a_saved_self_reflection_resumes_by_its_private_link_and_can_be_deleted() {
    let app = TestApp::sqlite().await;
    let mut fields = owned(&[("_form", "self"), ("step", "1"), ("answers", ""), ("action", "save")]);
    fields.extend(step_fields(1, 2));
    let saved = post(&app, "/assessment/self", &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let link = location(&saved);
    assert!(link.starts_with("/assessment/self?token=") && link.contains("done=saved"), "{link}");
    let path = link.split('&').next().unwrap_or_default().to_owned();
    let token = path.trim_start_matches("/assessment/self?token=").to_owned();
    assert_eq!(responses(&app).await, 1);
    let row = assessment_response::Entity::find().one(&app.state.db).await.expect("query").expect("row");
    assert_eq!(row.cycle_id, None);
    assert!(
        !row.token_hash.contains(path.trim_start_matches("/assessment/self/")),
        "only the hash is stored"
    );

    let resumed = app.get(&format!("{path}&step=1")).await;
    assert_eq!(resumed.status, StatusCode::OK);
    assert_eq!(
        resumed.attrs("input[type=radio][checked]", "value").len(),
        4,
        "the saved answers are chosen again"
    );
    let mut step2 = owned(&[("_form", "self"), ("step", "2"), ("action", "next")]);
    step2.extend(step_fields(2, 5));
    let next = post(&app, &path, &step2).await;
    assert_eq!(next.status, StatusCode::SEE_OTHER);
    assert_eq!(location(&next), format!("{path}&step=3"));
    let profile = app.get_json(&format!("/assessment/self/profile.json?token={token}"), &[]).await;
    let json: serde_json::Value = serde_json::from_str(&profile.body).expect("JSON");
    assert_eq!(json["answers"].as_object().map(|a| a.len()), Some(8), "saved as it went");

    let deleted = post(&app, &path, &owned(&[("_form", "delete"), ("action", "delete")])).await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert_eq!(responses(&app).await, 0);
    assert_eq!(app.get(&path).await.status, StatusCode::NOT_FOUND);
}

/// Every surface that could show a figure about a cycle's staff.
async fn figures_anywhere(app: &TestApp, coordinator: &Person, page: &str) -> (bool, bool, bool) {
    let html = coordinator.get(app, page).await;
    assert_eq!(html.status, StatusCode::OK);
    let page_has = !html.texts("#org-domains").is_empty() || html.body.contains("Built from");
    let csv = coordinator.get(app, &format!("{page}/export.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    let csv_has = csv.body.lines().any(|line| line.starts_with("domain,") || line.starts_with("overall,"));
    let json = coordinator.get(app, &format!("{page}/export.json")).await;
    let value: serde_json::Value = serde_json::from_str(&json.body).expect("JSON");
    let json_has = !value["profile"].is_null();
    (page_has, csv_has, json_has)
}

async fn a_cycle_shows_no_figure_under_five_and_keeps_its_permissions(app: TestApp) {
    let org = organisation(&app, "ministry-one", "KE").await;
    let other_org = organisation(&app, "ministry-two", "FR").await;
    let coordinator = Person::new(&app, "coord@example.org", "Coordinator", Role::Member, Some(org)).await;
    let other = Person::new(&app, "other@example.org", "Other Member", Role::Member, Some(other_org)).await;
    let admin = Person::new(&app, "admin@example.org", "Admin", Role::Admin, None).await;
    let (page, staff_link) = open_cycle(&app, &coordinator, "Digital skills survey 2026", false).await;

    for level in [1, 2, 3, 4] {
        answer(&app, &staff_link, "senior-leadership", level).await;
    }
    let cycle = coordinator.get(&app, &page).await;
    assert_eq!(cycle.texts(".assessment-too-few").len(), 1);
    assert_eq!(
        figures_anywhere(&app, &coordinator, &page).await,
        (false, false, false),
        "4 respondents: no figure"
    );
    // Neither search nor feeds nor the sitemap carry a cycle.
    app.state.search.catch_up(&app.state.db).await.expect("index");
    let search = app.get_json("/api/search?q=survey", &[]).await;
    assert!(!search.body.contains("Digital skills survey"), "{}", search.body);
    let feed = app.get("/search?q=survey&format=atom").await;
    assert!(!feed.body.contains("Digital skills survey"));
    assert!(!app.get("/sitemap.xml").await.body.contains("/assessment/cycles"));

    let replayed = answer(&app, &staff_link, "front-line-staff", 5).await;
    let (page_has, csv_has, json_has) = figures_anywhere(&app, &coordinator, &page).await;
    assert!(page_has && csv_has && json_has, "5 respondents: the profile");
    let cycle = coordinator.get(&app, &page).await;
    assert!(cycle.body.contains("Built from 5 respondents"), "{}", cycle.body);
    assert!(cycle.body.contains("Senior leadership") && cycle.body.contains("Front-line service staff"));
    assert!(cycle.texts(".assessment-disagreements li").is_empty(), "no role group has 5");

    // A sent link replayed changes nothing and says why.
    let before = assessment_response::Entity::find().all(&app.state.db).await.expect("rows");
    let mut fields = owned(&[("_form", "respond"), ("step", "1"), ("action", "next")]);
    fields.extend(step_fields(1, 1));
    let refused = post(&app, &replayed, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.texts(".notice").iter().any(|n| n.contains("can no longer be changed")),
        "{}",
        refused.body
    );
    assert_eq!(assessment_response::Entity::find().all(&app.state.db).await.expect("rows"), before);
    // A respondent's link shows their questionnaire's state, not others' answers.
    let own = app.get(&replayed).await;
    assert_eq!(own.status, StatusCode::OK);
    assert!(!own.body.contains("Built from") && own.texts("svg").is_empty());

    // The permission matrix on the cycle's page, its exports and its forms.
    assert_eq!(other.get(&app, &page).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.get(&app, &format!("{page}/export.csv")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.post(&app, &page, &[("_form", "close")]).await.status, StatusCode::NOT_FOUND);
    let admin_view = admin.get(&app, &page).await;
    assert_eq!(admin_view.status, StatusCode::OK);
    assert!(admin_view.body.contains("Digital skills survey 2026"));
    assert!(
        !admin_view.body.contains("Built from") && admin_view.texts("svg").is_empty(),
        "admins see no answers"
    );
    assert!(admin_view.attrs("a.assessment-staff-link", "href").is_empty());
    assert_eq!(admin.get(&app, &format!("{page}/export.json")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(admin.get(&app, &format!("{page}/practice")).await.status, StatusCode::FORBIDDEN);
    let admin_list = admin.get(&app, "/assessment/cycles").await;
    assert!(admin_list.body.contains("Organisation ministry-one"));
    assert_eq!(app.get(&page).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get_json(&format!("{page}/export.csv"), &[]).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.post_form(&page, &form(&[("_form", "close")]), &[]).await.status, StatusCode::SEE_OTHER);

    // Closing: the staff link and an unsent respondent say so, and take nothing.
    let unsent = post(&app, &staff_link, &owned(&[("_form", "start"), ("role", "senior-leadership")])).await;
    let unsent = location(&unsent).split('&').next().unwrap_or_default().to_owned();
    assert_eq!(coordinator.post(&app, &page, &[("_form", "close")]).await.status, StatusCode::SEE_OTHER);
    assert!(app.get(&staff_link).await.body.contains("This questionnaire is closed"));
    let late = post(&app, &staff_link, &owned(&[("_form", "start"), ("role", "senior-leadership")])).await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    let count = responses(&app).await;
    let mut fields = owned(&[("_form", "respond"), ("step", "1"), ("action", "next")]);
    fields.extend(step_fields(1, 2));
    let closed = post(&app, &unsent, &fields).await;
    assert_eq!(closed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(closed.body.contains("closed"));
    assert_eq!(responses(&app).await, count);
    let row = assessment_response::Entity::find().all(&app.state.db).await.expect("rows").pop().expect("row");
    assert_eq!(row.answers, "{}", "the closed cycle took nothing");
}
on_both_databases!(a_cycle_shows_no_figure_under_five_and_keeps_its_permissions);

#[tokio::test]
async fn coordinators_answer_the_practice_questionnaire_write_a_plan_and_see_the_change() {
    let app = TestApp::sqlite().await;
    let org = organisation(&app, "agency", "KE").await;
    let coordinator = Person::new(&app, "c@example.org", "Coordinator", Role::Member, Some(org)).await;
    let (first, link) = open_cycle(&app, &coordinator, "First cycle", false).await;
    for _ in 0..5 {
        answer(&app, &link, "senior-leadership", 2).await;
    }
    // Practice: an item that is not a practice item is refused.
    let wrong = coordinator
        .post(&app, &format!("{first}/practice"), &[("_form", "practice"), ("q.user-needs-skill", "3")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = coordinator
        .post(
            &app,
            &format!("{first}/practice"),
            &[("_form", "practice"), ("q.user-needs-practice", "5"), ("q.data-quality-practice", "0")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = coordinator.get(&app, &first).await;
    assert_eq!(page.attrs("#practice svg", "role"), ["img"], "the practice profile is drawn");

    // The plan takes two or three focus areas.
    let due = (time::OffsetDateTime::now_utc().date() + time::Duration::days(90)).to_string();
    let one = coordinator
        .post(
            &app,
            &format!("{first}/plan"),
            &[
                ("_form", "plan"),
                ("competency_1", "data-quality"),
                ("actions_1", "Train analysts"),
                ("due_1", &due),
            ],
        )
        .await;
    assert_eq!(one.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(one.body.contains("two or three focus areas"));
    let two = coordinator
        .post(
            &app,
            &format!("{first}/plan"),
            &[
                ("_form", "plan"),
                ("competency_1", "data-quality"),
                ("actions_1", "Train analysts"),
                ("due_1", &due),
                ("competency_2", "leading-change"),
                ("actions_2", "Give staff learning time"),
                ("due_2", &due),
            ],
        )
        .await;
    assert_eq!(two.status, StatusCode::SEE_OTHER);
    assert_eq!(
        coordinator.get(&app, &first).await.texts(".assessment-plan li strong"),
        ["Knowing data and its quality", "Leading change and learning"]
    );

    // A second cycle shows the change per domain.
    let (second, link) = open_cycle(&app, &coordinator, "Second cycle", false).await;
    for _ in 0..5 {
        answer(&app, &link, "front-line-staff", 4).await;
    }
    let page = coordinator.get(&app, &second).await;
    assert!(page.body.contains("Change since First cycle"), "{}", page.body);
    let rows = page.texts(".assessment-change tbody td");
    assert_eq!(rows.len(), 9);
    assert!(rows[2].starts_with('+'), "{rows:?}");
}

#[tokio::test]
async fn benchmarks_show_medians_from_five_organisations_and_no_figure_below() {
    let app = TestApp::sqlite().await;
    for index in 0..5 {
        let org = organisation(&app, &format!("org-{index}"), "KE").await;
        let coordinator =
            Person::new(&app, &format!("c{index}@example.org"), "C", Role::Member, Some(org)).await;
        // The fifth organisation does not share: 4 in the group, so no figure yet.
        let (_, link) = open_cycle(&app, &coordinator, "Cycle", index < 4).await;
        for _ in 0..5 {
            answer(&app, &link, "senior-leadership", 3).await;
        }
    }
    let page = app.get("/assessment/benchmarks").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("indicative"));
    let africa: Vec<String> = page.texts("tr").into_iter().filter(|row| row.starts_with("Africa")).collect();
    assert_eq!(africa.len(), 1, "{}", page.body);
    assert!(
        africa[0].contains('4') && africa[0].contains("no figure") && !africa[0].contains("/ 100"),
        "{africa:?}"
    );

    let org = organisation(&app, "org-5", "NG").await;
    let coordinator = Person::new(&app, "c5@example.org", "C", Role::Member, Some(org)).await;
    let (_, link) = open_cycle(&app, &coordinator, "Cycle", true).await;
    for _ in 0..5 {
        answer(&app, &link, "senior-leadership", 3).await;
    }
    let page = app.get("/assessment/benchmarks").await;
    let africa: Vec<String> = page.texts("tr").into_iter().filter(|row| row.starts_with("Africa")).collect();
    assert!(africa[0].contains("/ 100") && !africa[0].contains("no figure"), "{africa:?}");
}

#[tokio::test]
async fn opening_a_cycle_checks_every_field_and_needs_an_organisation() {
    let app = TestApp::sqlite().await;
    let loner = Person::new(&app, "l@example.org", "Loner", Role::Member, None).await;
    let list = loner.get(&app, "/assessment/cycles").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("not attached to a member organisation"));
    let refused = loner.post(&app, "/assessment/cycles", &[("_form", "cycle"), ("cycle_name", "X")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);

    let org = organisation(&app, "office", "FR").await;
    let coordinator = Person::new(&app, "o@example.org", "O", Role::Member, Some(org)).await;
    let bad = coordinator
        .post(
            &app,
            "/assessment/cycles",
            &[
                ("_form", "cycle"),
                ("cycle_name", ""),
                ("version", "1999"),
                ("opens_on", "2026-12-10"),
                ("closes_on", "2026-12-01"),
                ("level", "galactic"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["cycle_name", "version", "closes_on", "roles", "level"] {
        assert!(bad.body.contains(&format!("href=\"#cycle-{field}\"")), "{field} is named");
    }
    assert_eq!(app.get("/assessment/cycles").await.status, StatusCode::UNAUTHORIZED);
}
