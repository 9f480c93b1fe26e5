//! Pledges through the real router and services, on SQLite and PostgreSQL: a ministry drafts
//! a pledge (field errors that save nothing), editors review and publish it, drafts stay out
//! of search, feeds, the sitemap and the exports, the pledger reports, an editor assesses,
//! the pledger replies, and a withdrawn pledge says so; who may do what (pledger, another
//! member, editor, the public); the freshness light read from dates.

use app::auth::Role;
use app::db::entities::{organisation, pledge, pledge_revision};
use axum::http::StatusCode;
use sea_orm::{ActiveModelTrait as _, ActiveValue::Set, EntityTrait, PaginatorTrait as _};

use crate::common::{Person, TestApp};

async fn organisation(app: &TestApp, slug: &str, name: &str, country: &str) -> i64 {
    organisation::ActiveModel {
        slug: Set(slug.into()),
        name: Set(name.into()),
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

/// The pledge form's fields, with `changes` in place of the defaults.
fn pledge_form<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("_form", "pledge"),
        ("action", "submit"),
        ("title", "Every new official trained in data use"),
        ("commitment", "The Ministry of Example Affairs trains every newly recruited official in data use."),
        ("baseline", "Today no induction course covers data use."),
        ("target", "All officials recruited from 2027 on have taken the course."),
        ("starts", "2027-01-01"),
        ("ends", "2028-12-31"),
        ("lang", "en"),
        ("milestone_0_title", "Course written with the school of administration"),
        ("milestone_0_due", "2027-06-30"),
        ("milestone_0_weight", "30"),
        ("milestone_0_completion", "not_started"),
        ("milestone_1_title", "First cohort trained"),
        ("milestone_1_due", "2028-01-31"),
        ("milestone_1_weight", "30"),
        ("milestone_1_completion", "not_started"),
        ("tag:sdg:16", "on"),
        ("evidence_links", "https://example.org/induction-review"),
    ];
    for (name, value) in changes {
        fields.retain(|(known, _)| known != name);
        fields.push((name, value));
    }
    fields
}

async fn pledges(app: &TestApp) -> (u64, u64) {
    (
        pledge::Entity::find().count(&app.state.db).await.expect("count"),
        pledge_revision::Entity::find().count(&app.state.db).await.expect("count"),
    )
}

/// Everything a reader can reach without signing in: search, the feed, the sitemap, the
/// exports and the list.
async fn public_mentions(app: &TestApp, text: &str, path: &str) -> Vec<&'static str> {
    app.state.search.catch_up(&app.state.db).await.expect("index");
    let mut found = Vec::new();
    for (name, page) in [
        ("search", "/api/search?q=induction"),
        ("feed", "/pledges/feed.xml"),
        ("sitemap", "/sitemap.xml"),
        ("csv", "/pledges/export.csv"),
        ("json", "/pledges/export.json"),
        ("list", "/pledges"),
    ] {
        let response = app.get_json(page, &[]).await;
        assert_eq!(response.status, StatusCode::OK, "{page}");
        if response.body.contains(text) || response.body.contains(&format!("{path}<")) {
            found.push(name);
        }
    }
    found
}

async fn a_pledge_goes_from_draft_to_report_assessment_reply_and_withdrawal(app: TestApp) {
    let ministry =
        organisation(&app, "ministry-of-example-affairs", "Ministry of Example Affairs", "KE").await;
    let school = organisation(&app, "example-school", "Example School of Administration", "FR").await;
    let pledger = Person::new(&app, "p@example.org", "Pat Pledger", Role::Member, Some(ministry)).await;
    let colleague = Person::new(&app, "c@example.org", "Cam Colleague", Role::Member, Some(ministry)).await;
    let other = Person::new(&app, "o@example.org", "Oli Other", Role::Member, Some(school)).await;
    let unattached = Person::new(&app, "u@example.org", "Uma Unattached", Role::Member, None).await;
    let editor = Person::new(&app, "e@example.org", "Eda Editor", Role::Editor, None).await;

    // The public is sent to sign in; an account of no organisation is told why.
    let public = app.post_form("/pledges/new", "_form=pledge&title=X", &[]).await;
    assert_eq!(public.status, StatusCode::SEE_OTHER);
    assert!(public.header("location").is_some_and(|l| l.starts_with("/sign-in")));
    let refused = unattached.post(&app, "/pledges/new", &pledge_form(&[])).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Only an account attached to a member organisation"));

    // Field-level errors, everything typed kept, nothing half-saved.
    let bad = pledger
        .post(
            &app,
            "/pledges/new",
            &pledge_form(&[
                ("ends", "2026-06-30"),
                ("milestone_1_due", "2029-03-01"),
                ("milestone_0_weight", "-5"),
            ]),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.texts("#ends-error"), ["The target date must not be before the start date."]);
    assert_eq!(bad.texts("#milestone_0_weight-error"), ["A weight cannot be below zero."]);
    assert_eq!(bad.attrs("#pledge-milestone_1_title", "value"), ["First cohort trained"]);
    assert_eq!(pledges(&app).await, (0, 0), "nothing saved");
    let late = pledger.post(&app, "/pledges/new", &pledge_form(&[("milestone_1_due", "2029-03-01")])).await;
    assert_eq!(
        late.texts("#milestone_1_due-error"),
        ["A milestone must be due on or before the pledge's target date."]
    );
    assert_eq!(pledges(&app).await, (0, 0), "nothing saved");

    // A good draft, sent to review.
    let saved = pledger.post(&app, "/pledges/new", &pledge_form(&[])).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let draft_path = saved.header("location").expect("location").split('?').next().unwrap_or("").to_owned();
    assert!(draft_path.starts_with("/pledges/draft/"), "{draft_path}");
    let row = pledge::Entity::find().one(&app.state.db).await.expect("read").expect("a pledge");
    assert_eq!(row.status, "submitted");
    assert_eq!((row.country.as_deref(), row.region.as_deref()), (Some("KE"), Some("africa")));
    let public_path = format!("/pledges/{}", row.slug);

    // Nobody but its drafter and editors sees the draft; nothing public mentions it.
    assert_eq!(other.get(&app, &draft_path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&public_path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(pledger.get(&app, &draft_path).await.status, StatusCode::OK);
    assert!(public_mentions(&app, "Every new official trained", &public_path).await.is_empty());

    // The drafter cannot publish; an editor approves and publishes.
    let review = |action: &'static str| vec![("_form", "review"), ("action", action), ("comment", "")];
    assert_eq!(pledger.post(&app, &draft_path, &review("publish")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(editor.post(&app, &draft_path, &review("approve")).await.status, StatusCode::SEE_OTHER);
    assert_eq!(editor.post(&app, &draft_path, &review("publish")).await.status, StatusCode::SEE_OTHER);
    let page = app.get(&public_path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), ["Every new official trained in data use"]);
    assert_eq!(page.texts(".freshness"), ["New, first report not yet due"]);
    assert!(page.body.contains("0 % done, weighted by milestone"));
    assert!(page.texts(".case-facts dd a").contains(&"Ministry of Example Affairs".to_owned()));
    let forms = page.attrs("input[name=_form]", "value");
    assert!(
        !forms.iter().any(|form| ["report", "assess", "reply", "withdraw"].contains(&form.as_str())),
        "the public sees no pledge form: {forms:?}"
    );
    assert_eq!(
        public_mentions(&app, "Every new official trained", &public_path).await,
        ["search", "feed", "sitemap", "csv", "json", "list"]
    );
    let list = app.get("/pledges?region=africa").await;
    assert_eq!(list.texts(".pledge-card h3"), ["Every new official trained in data use"]);
    assert!(app.get("/pledges?region=europe").await.texts(".pledge-card h3").is_empty());
    let world = app.get("/pledges/world").await;
    assert!(world.texts("#region-africa").iter().any(|text| text.contains('1')), "{:?}", world.texts("h2"));
    assert_eq!(world.texts("svg").len(), 1);

    // Only the pledging organisation reports.
    let report = vec![
        ("_form", "report"),
        ("done", "The course was written and tested with twenty officials."),
        ("evidence_links", "/cases/some-case"),
        ("milestone_0_completion", "complete"),
        ("milestone_1_completion", "limited"),
    ];
    let before = pledges(&app).await;
    assert_eq!(other.post(&app, &public_path, &report).await.status, StatusCode::FORBIDDEN);
    let empty = colleague.post(&app, &public_path, &[("_form", "report"), ("done", "")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(pledges(&app).await, before, "no revision added by a refused report");
    assert_eq!(colleague.post(&app, &public_path, &report).await.status, StatusCode::SEE_OTHER);
    let page = app.get(&public_path).await;
    assert_eq!(page.texts(".pledge-report h3"), [format!("Report 1, {}", today_shown())]);
    assert_eq!(page.texts(".freshness"), ["Reported within the year"]);
    // (30 × 1 + 30 × 0.25) / 60
    assert!(page.body.contains("63 % done, weighted by milestone"), "progress from weighted milestones");

    // An editor assesses; the pledger (not anyone else) replies.
    let report_id = pledge_revision::Entity::find()
        .all(&app.state.db)
        .await
        .expect("read")
        .into_iter()
        .find(|revision| revision.report.is_some())
        .expect("a report")
        .id
        .to_string();
    let assess = vec![
        ("_form", "assess"),
        ("report", report_id.as_str()),
        ("completion", "limited"),
        ("comment", "The course exists; the first cohort has not started."),
    ];
    assert_eq!(pledger.post(&app, &public_path, &assess).await.status, StatusCode::FORBIDDEN);
    assert_eq!(editor.post(&app, &public_path, &assess).await.status, StatusCode::SEE_OTHER);
    assert_eq!(editor.post(&app, &public_path, &assess).await.status, StatusCode::CONFLICT, "written once");
    let reply = vec![
        ("_form", "reply"),
        ("report", report_id.as_str()),
        ("reply", "The first cohort starts in March."),
    ];
    assert_eq!(other.post(&app, &public_path, &reply).await.status, StatusCode::FORBIDDEN);
    assert_eq!(pledger.post(&app, &public_path, &reply).await.status, StatusCode::SEE_OTHER);
    let page = app.get(&public_path).await;
    assert_eq!(
        page.texts(".pledge-assessment p:last-child"),
        ["The course exists; the first cohort has not started."]
    );
    assert_eq!(page.texts(".pledge-reply p:last-child"), ["The first cohort starts in March."]);

    // Withdrawal: kept, dated, with its reason; no more reports.
    let withdraw = vec![("_form", "withdraw"), ("withdraw_reason", "The recruitment plan changed.")];
    assert_eq!(other.post(&app, &public_path, &withdraw).await.status, StatusCode::FORBIDDEN);
    assert_eq!(pledger.post(&app, &public_path, &withdraw).await.status, StatusCode::SEE_OTHER);
    let page = app.get(&public_path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts(".pledge-withdrawn strong"), [format!("Withdrawn on {}", today_shown())]);
    assert!(page.body.contains("The recruitment plan changed."));
    assert_eq!(pledger.post(&app, &public_path, &report).await.status, StatusCode::CONFLICT);
    assert_eq!(pledges(&app).await.0, 1, "nothing deleted");
    let withdrawn = app.get("/pledges?status=withdrawn").await;
    assert_eq!(withdrawn.texts(".pledge-card h3"), ["Every new official trained in data use"]);
}
on_both_databases!(a_pledge_goes_from_draft_to_report_assessment_reply_and_withdrawal);

/// Today as the pages show a date.
fn today_shown() -> String {
    app::components::format_date(&time::OffsetDateTime::now_utc().date().to_string())
}

#[tokio::test]
async fn a_pledge_without_a_report_for_two_years_is_shown_inactive() {
    let app = TestApp::sqlite().await;
    let ministry =
        organisation(&app, "ministry-of-example-affairs", "Ministry of Example Affairs", "KE").await;
    let pledger = Person::new(&app, "p@example.org", "Pat Pledger", Role::Member, Some(ministry)).await;
    let editor = Person::new(&app, "e@example.org", "Eda Editor", Role::Editor, None).await;
    let saved = pledger.post(&app, "/pledges/new", &pledge_form(&[])).await;
    let draft_path = saved.header("location").expect("location").split('?').next().unwrap_or("").to_owned();
    for action in ["approve", "publish"] {
        let done =
            editor.post(&app, &draft_path, &[("_form", "review"), ("action", action), ("comment", "")]).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
    }
    let row = pledge::Entity::find().one(&app.state.db).await.expect("read").expect("a pledge");
    let path = format!("/pledges/{}", row.slug);
    let today = time::OffsetDateTime::now_utc().date();
    for (published_days_ago, reported_days_ago, shown) in [
        (400, None, "Report overdue"),
        (900, Some(500), "Report overdue"),
        (900, Some(731), "Inactive: no report for two years"),
        (800, None, "Inactive: no report for two years"),
    ] {
        pledge::ActiveModel {
            id: Set(row.id),
            published_on: Set(Some(today - time::Duration::days(published_days_ago))),
            last_report_on: Set(reported_days_ago.map(|days| today - time::Duration::days(days))),
            ..Default::default()
        }
        .update(&app.state.db)
        .await
        .expect("dates");
        // Signed in, so the page is built afresh (the public's page cache does not see a
        // change written straight to the database).
        let page = pledger.get(&app, &path).await;
        assert_eq!(page.texts(".freshness"), [shown], "{published_days_ago} {reported_days_ago:?}");
    }
    let inactive = pledger.get(&app, "/pledges?freshness=inactive").await;
    assert_eq!(inactive.texts(".pledge-card h3"), ["Every new official trained in data use"]);
}

#[tokio::test]
async fn an_item_of_an_events_plan_becomes_a_milestone() {
    let app = TestApp::sqlite().await;
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("capacity-clinic.toml"),
        "title = \"Capacity clinic\"\nsummary = \"A test session.\"\nkind = \"webinar\"\nformat = \"online\"\n\
         starts = \"2026-03-01T10:00\"\nends = \"2026-03-01T11:00\"\ntime_zone = \"UTC\"\n\n[outcome]\n\
         outcomes = [\"A plan.\"]\n\n[[outcome.plan]]\naction = \"Map the data skills of every ministry.\"\n\
         due = \"2027-09-30\"\n",
    )
    .expect("write");
    let report = app::events::ssr::sync_dir(&app.state.db, dir.path()).await.expect("sync");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let ministry =
        organisation(&app, "ministry-of-example-affairs", "Ministry of Example Affairs", "KE").await;
    let pledger = Person::new(&app, "p@example.org", "Pat Pledger", Role::Member, Some(ministry)).await;
    let saved = pledger.post(&app, "/pledges/new", &pledge_form(&[("action", "save")])).await;
    let draft = saved.header("location").expect("location").split('?').next().unwrap_or("").to_owned();
    let before = pledges(&app).await;
    let unknown = pledger
        .post(&app, &draft, &[("_form", "plan"), ("event", "/events/no-such-event"), ("item", "1")])
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.texts("#event-error"), ["No published event has this address."]);
    let missing = pledger
        .post(&app, &draft, &[("_form", "plan"), ("event", "/events/capacity-clinic"), ("item", "2")])
        .await;
    assert_eq!(missing.texts("#item-error"), ["The event's plan has no item with this number."]);
    assert_eq!(pledges(&app).await, before, "nothing written");
    let added = pledger
        .post(&app, &draft, &[("_form", "plan"), ("event", "/events/capacity-clinic"), ("item", "1")])
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let page = pledger.get(&app, &draft).await;
    assert_eq!(page.attrs("#pledge-milestone_2_title", "value"), ["Map the data skills of every ministry."]);
    assert_eq!(page.attrs("#pledge-milestone_2_due", "value"), ["2027-09-30"]);
    assert_eq!(pledges(&app).await.1, before.1 + 1, "one new revision");
}
