//! The demand dashboard through the real router, as browsers without JavaScript use it:
//! searches are logged without personal data, the result opened is noted through the
//! result link, editors see what found nothing and turn it into a call for cases or a
//! synonym, the library shows the call and what many readers look for, and a member's case
//! draft answers the call.

use crate::common::{Person, TestApp};
use app::auth::Role;
use axum::http::StatusCode;
use sea_orm::{ConnectionTrait, Statement};

async fn count(app: &TestApp, sql: &str) -> i64 {
    let db = &app.state.db;
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql.to_owned()))
        .await
        .expect("query")
        .expect("a row");
    row.try_get_by_index::<i64>(0).expect("a count")
}

fn marker(n: usize) -> String {
    format!("hub_sq={n:032x}")
}

async fn searches_become_calls_for_cases_that_members_answer(app: TestApp) {
    let editor = Person::new(&app, "editor@example.org", "Eda Editor", Role::Editor, None).await;
    let member = Person::new(&app, "member@example.org", "Mo Member", Role::Member, None).await;

    // A first search gets the anonymous marker; no address or account is stored.
    let first = app.get("/search?q=quokka+budgeting").await;
    assert_eq!(first.status, StatusCode::OK);
    let cookie = first.header("set-cookie").expect("the marker cookie");
    assert!(cookie.starts_with("hub_sq=") && cookie.contains("HttpOnly"), "{cookie}");
    // Ten more readers search the same words, one with a filter.
    for n in 1..=10 {
        let path = if n == 10 { "/search?q=Quokka+Budgeting&lang=fr" } else { "/search?q=quokka+budgeting" };
        let page = app.get_with(path, &[("cookie", &marker(n))]).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.header("set-cookie").is_none(), "a reader with a marker keeps it");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM search_log WHERE results = 0").await, 11);

    // A search with results: its links note the rank opened, then lead to the result.
    let found = app.get_with("/search?q=ministries", &[("cookie", &marker(20))]).await;
    let links = found.attrs(".hit-title a", "href");
    assert_eq!(links.len(), 1, "{links:?}");
    assert!(links[0].starts_with("/search/open?t="), "{links:?}");
    let opened = app.get(&links[0]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER);
    assert_eq!(opened.header("location"), Some("/articles/alpha"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM search_log WHERE opened_rank = 1").await, 1);
    // The redirect never leaves the site.
    let away = app.get("/search/open?t=0&r=1&to=https%3A%2F%2Fevil.example%2F").await;
    assert_eq!(away.header("location"), Some("/"));
    let away = app.get("/search/open?to=%2F%2Fevil.example").await;
    assert_eq!(away.header("location"), Some("/"));

    // Only editors see the dashboard.
    assert_ne!(member.get(&app, "/editor/demand").await.status, StatusCode::OK);
    let dashboard = editor.get(&app, "/editor/demand").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    let zero = dashboard.texts("#demand-zero + table tbody td:first-child");
    assert_eq!(zero, ["quokka budgeting"], "{}", dashboard.body);
    let readers = dashboard.texts("#demand-zero + table tbody td:nth-child(5)");
    assert_eq!(readers, ["11"]);
    let french = editor.get(&app, "/editor/demand?facet=lang").await;
    assert_eq!(french.texts("#demand-zero + table tbody td:first-child"), ["Quokka Budgeting"]);

    // One click: a call for cases, public at once.
    let made = editor.post(&app, "/editor/demand", &[("_form", "call"), ("topic", "quokka budgeting")]).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    assert_eq!(made.header("location"), Some("/cases/calls/quokka-budgeting"));
    let call = app.get("/cases/calls/quokka-budgeting").await;
    assert_eq!(call.status, StatusCode::OK);
    assert_eq!(call.texts("h1"), ["We are looking for cases about “quokka budgeting”"]);
    assert_eq!(app.get("/cases/calls/no-such-call").await.status, StatusCode::NOT_FOUND);
    let empty = editor.post(&app, "/editor/demand", &[("_form", "call"), ("topic", " ")]).await;
    assert_ne!(empty.status, StatusCode::SEE_OTHER, "a call needs a topic");

    // The library lists the call and, seen by ten readers, the query.
    let library = app.get("/cases").await;
    assert!(
        library.texts("#library-calls + ul a").contains(&"quokka budgeting".to_owned()),
        "{}",
        library.body
    );
    assert_eq!(library.attrs("#library-calls + ul a", "href"), ["/cases/calls/quokka-budgeting"]);
    assert_eq!(library.texts(".library-wanted li a"), ["quokka budgeting"]);

    // Signed out, answering asks to sign in; a member's answer is a case draft of theirs.
    let anonymous = app.post_form("/cases/calls/quokka-budgeting", "_form=answer", &[]).await;
    assert_ne!(anonymous.status, StatusCode::OK);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM case_call_answers").await, 0);
    let answered = member.post(&app, "/cases/calls/quokka-budgeting", &[("_form", "answer")]).await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    let draft = answered.header("location").expect("to the draft").to_owned();
    assert!(draft.starts_with("/cases/submit/"), "{draft}");
    let page = member.get(&app, &draft).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("quokka budgeting"), "the draft names the call's topic");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM case_call_answers").await, 1);
    let call = app.get("/cases/calls/quokka-budgeting").await;
    assert!(call.body.contains("one case draft answers it"));

    // A synonym from the dashboard applies to the next search.
    let added = editor
        .post(
            &app,
            "/editor/demand",
            &[("_form", "synonym"), ("query", "quokka budgeting"), ("synonyms", "ministries")],
        )
        .await;
    assert_eq!(added.header("location"), Some("/editor/demand?done=synonym-added"));
    let now_found = app.get("/search?q=quokka+budgeting").await;
    assert_eq!(now_found.texts(".hit-title"), ["Alpha: data use in ministries"]);
    let refused =
        editor.post(&app, "/editor/demand", &[("_form", "synonym"), ("query", "x"), ("synonyms", "")]).await;
    assert_ne!(refused.status, StatusCode::SEE_OTHER);
    assert_ne!(
        member
            .post(&app, "/editor/demand", &[("_form", "synonym"), ("query", "a"), ("synonyms", "b")])
            .await
            .status,
        StatusCode::SEE_OTHER,
        "members cannot add synonyms"
    );

    // The live search's pages of one typing burst make one row: the last.
    for typed in ["wom", "womba", "wombat"] {
        app.get_with(&format!("/search?q={typed}"), &[("cookie", &marker(30))]).await;
    }
    let burst = format!("SELECT COUNT(*) FROM search_log WHERE session = '{:032x}'", 30);
    assert_eq!(count(&app, &burst).await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM search_log WHERE query = 'wombat'").await, 1);

    // Searches older than the retention period are pruned.
    let before = count(&app, "SELECT COUNT(*) FROM search_log").await;
    let later = time::OffsetDateTime::now_utc() + time::Duration::days(app::search::log::RETENTION_DAYS + 1);
    let removed = app::search::log::prune(&app.state.db, later).await.expect("prune");
    assert_eq!(i64::try_from(removed).expect("count"), before);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM search_log").await, 0);
}

on_both_databases!(searches_become_calls_for_cases_that_members_answer);
