//! Events through the real router and services: the shipped sessions, the list's facets, the
//! calendars read back by a real iCalendar parser, proposing and reviewing, field errors
//! that change nothing, registration with its capacity and waiting list (many at once, on
//! SQLite and PostgreSQL), the emails with their calendars, reminders, the outcome reminder
//! and the deletion of registrants' data.

use std::path::{Path, PathBuf};

use app::auth::Role;
use app::db::entities::{event, event_registration};
use app::i18n::Locale;
use axum::http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use time::OffsetDateTime;

use crate::common::{Person, TestApp, outbox};

/// The events the hub ships.
fn shipped_events() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/events")
}

/// Reads calendars (or the calendars attached to messages) with Debian's python3-icalendar;
/// `None` outside CI when it is not installed.
fn parse_calendars(paths: &[&Path]) -> Option<Vec<Vec<serde_json::Value>>> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ics_check.py");
    let available = std::process::Command::new("/usr/bin/python3")
        .args(["-c", "import icalendar"])
        .status()
        .is_ok_and(|status| status.success());
    if !available {
        assert!(std::env::var_os("CI").is_none(), "CI must install python3-icalendar");
        eprintln!("skipped: python3-icalendar is not installed");
        return None;
    }
    let output = std::process::Command::new("/usr/bin/python3")
        .arg(script)
        .args(paths)
        .output()
        .expect("the checker runs");
    assert!(
        output.status.success(),
        "the calendar parser refused: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(serde_json::from_slice(&output.stdout).expect("the checker's JSON"))
}

fn write_temp(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, body).expect("write");
    path
}

/// `at` as a record writes a local time in UTC.
fn local(at: OffsetDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute()
    )
}

/// Publishes an event from a content file written into a fresh folder.
async fn publish(app: &TestApp, slug: &str, extra: &str, starts: OffsetDateTime) -> event::Model {
    let dir = tempfile::tempdir().expect("dir");
    let text = format!(
        "title = \"Event {slug}\"\nsummary = \"A test event.\"\nkind = \"webinar\"\nformat = \"online\"\nstarts = \"{}\"\nends = \"{}\"\ntime_zone = \"UTC\"\n{extra}\n",
        local(starts),
        local(starts + time::Duration::hours(1)),
    );
    write_temp(dir.path(), &format!("{slug}.toml"), &text);
    let report = app::events::ssr::sync_dir(&app.state.db, dir.path()).await.expect("sync");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    event::Entity::find()
        .filter(event::Column::Slug.eq(slug))
        .one(&app.state.db)
        .await
        .expect("db")
        .expect("event")
}

async fn statuses(app: &TestApp, event_id: i64) -> Vec<String> {
    event_registration::Entity::find()
        .filter(event_registration::Column::EventId.eq(event_id))
        .all(&app.state.db)
        .await
        .expect("db")
        .into_iter()
        .map(|r| r.status)
        .collect()
}

#[tokio::test]
async fn the_shipped_sessions_are_listed_with_their_times_outcome_and_calendars() {
    let app = TestApp::sqlite().await;
    let report = app::events::ssr::sync_dir(&app.state.db, &shipped_events()).await.expect("sync");
    assert_eq!((report.created, report.problems.len()), (3, 0), "{:?}", report.problems);
    let again = app::events::ssr::sync_dir(&app.state.db, &shipped_events()).await.expect("sync");
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 3), "the sync is idempotent");
    app.state.search.catch_up(&app.state.db).await.expect("index");

    let list = app.get("/events").await;
    assert_eq!(list.status, StatusCode::OK);
    let titles = list.texts(".event-card .card-title");
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert_eq!(
        titles[0],
        "UNESCO Conference on Capacity Building for AI and Digital Transformation in the Public Sector",
        "latest first"
    );
    let facet = list.texts(".facet a");
    assert!(facet.iter().any(|f| f.starts_with("Forum session") && f.contains('2')), "{facet:?}");
    let sessions = app.get("/events?kind=session").await;
    assert_eq!(sessions.texts(".event-card .card-title").len(), 2);
    // Another facet's counts follow the filter; its own values stay offered.
    let facets = sessions.texts(".facet a");
    assert!(facets.iter().any(|f| f.starts_with("Conference") && f.contains('1')), "{facets:?}");
    assert!(facets.iter().any(|f| f.starts_with("Session") || f.starts_with("Forum session2")), "{facets:?}");

    let page = app.get("/events/wsis-forum-2024-session-460").await;
    assert_eq!(page.status, StatusCode::OK);
    let times = page.attrs(".event-when time", "datetime");
    assert!(times.contains(&"2024-05-28T10:00:00+02:00".to_owned()), "local time: {times:?}");
    assert!(times.contains(&"2024-05-28T08:00:00+00:00".to_owned()), "UTC: {times:?}");
    assert!(page.texts("#event-outcome").len() == 1);
    let plan = page.texts(".event-outcome td");
    assert!(plan.iter().any(|cell| cell == "Governments"), "the plan item's owner: {plan:?}");
    let json_ld = page.texts("script[type='application/ld+json']").join("");
    let json: serde_json::Value = serde_json::from_str(&json_ld).expect("JSON-LD");
    assert_eq!(json["@type"], "Event");
    assert_eq!(json["startDate"], "2024-05-28T10:00:00+02:00");

    let paris = app.get("/events/unesco-capacity-building-conference-2025").await;
    assert_eq!(
        paris.attrs(".event-when time", "datetime"),
        ["2025-06-04", "2025-06-05"],
        "dates only, as published"
    );

    // Outcomes are found by search, and an organisation's events are listed by name.
    let hits = app.get_json("/api/search?q=pledges&kind=event", &[]).await;
    assert!(hits.body.contains("/events/wsis-forum-2024-session-460"), "{}", hits.body);
    let of_unesco = app::events::ssr::events_of_organisation(&app.state.db, "UNESCO").await.expect("events");
    assert_eq!(of_unesco.len(), 3);
    assert!(of_unesco.iter().any(|e| e.has_outcome));

    // Calendars: one event and the filtered list, read by a real parser.
    let dir = tempfile::tempdir().expect("dir");
    let one = app.get("/events/wsis-forum-2024-session-460.ics").await;
    assert_eq!(one.status, StatusCode::OK);
    assert!(one.header("content-type").is_some_and(|t| t.starts_with("text/calendar")));
    let past = app.get("/events.ics?when=past&kind=session").await;
    let upcoming = app.get("/events.ics").await;
    let files = [
        write_temp(dir.path(), "one.ics", &one.body),
        write_temp(dir.path(), "past.ics", &past.body),
        write_temp(dir.path(), "upcoming.ics", &upcoming.body),
    ];
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    if let Some(parsed) = parse_calendars(&paths) {
        let wsis = &parsed[0][0];
        assert_eq!(wsis["dtstart"], "2024-05-28T08:00:00+00:00");
        assert_eq!(wsis["dtend"], "2024-05-28T09:00:00+00:00");
        assert_eq!(wsis["sequence"], "0");
        assert_eq!(wsis["url"], format!("{}/events/wsis-forum-2024-session-460", app.state.site.public_url));
        assert!(wsis["uid"].as_str().is_some_and(|uid| uid.starts_with("event-")));
        assert!(wsis["summary"].as_str().is_some_and(|s| s.starts_with("Leading in the Digital Era")));
        assert_eq!(parsed[1].len(), 2, "the list's filters apply to its calendar");
        assert!(parsed[2].is_empty(), "nothing shipped is upcoming");
    }
    let igf = app.get("/events/igf-2023-open-forum-60.ics").await;
    assert!(igf.body.contains("DTSTART:20231009T233000Z\r\n"), "{}", igf.body);
    assert!(igf.body.contains("LOCATION:IGF 2023 Open Forum #60\\, WS 6 – Room E\r\n"), "{}", igf.body);
    let feed = app.get("/events/feed.xml").await;
    assert_eq!(feed.body.matches("<entry>").count(), 3);
    assert_eq!(app.get("/events/no-such-event.ics").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_proposal_with_bad_fields_names_each_and_saves_nothing() {
    let app = TestApp::sqlite().await;
    let member = Person::new(&app, "m@example.org", "Member", Role::Member, None).await;
    let fields = |starts: &'static str, ends: &'static str, zone: &'static str| {
        vec![
            ("_form", "event"),
            ("action", "save"),
            ("title", "Data stewardship webinar"),
            ("summary", "One hour."),
            ("kind", "webinar"),
            ("lang", "en"),
            ("starts", starts),
            ("ends", ends),
            ("time_zone", zone),
        ]
    };
    let reply = member
        .post(&app, "/events/propose", &fields("2031-03-01T10:00", "2031-03-01T09:00", "Europe/Paris"))
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.texts("#ends-error"), ["The end must come after the start."]);
    assert_eq!(reply.attrs("#event-title", "value"), ["Data stewardship webinar"], "what was typed is kept");
    let reply = member
        .post(&app, "/events/propose", &fields("2031-03-01T10:00", "2031-03-01T11:00", "Europe/Atlantis"))
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.texts("#time_zone-error")[0].contains("Europe/Atlantis"));
    assert_eq!(event::Entity::find().count(&app.state.db).await.expect("count"), 0, "nothing was written");

    // A good one is saved as a draft, goes to review, and is published by an editor.
    let saved = member
        .post(&app, "/events/propose", &fields("2031-03-01T10:00", "2031-03-01T11:00", "Europe/Paris"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let location = saved.header("location").expect("redirect").to_owned();
    let id: i64 = location
        .trim_start_matches("/events/propose/")
        .split('?')
        .next()
        .and_then(|id| id.parse().ok())
        .expect("id");
    assert_eq!(
        app.get("/events/data-stewardship-webinar").await.status,
        StatusCode::NOT_FOUND,
        "a draft is not public"
    );
    let revisions = member.get(&app, &format!("/events/propose/{id}")).await.attrs(".revisions a", "href");
    assert_eq!(revisions.len(), 1, "every save is a revision");
    let revision = member.get(&app, &revisions[0]).await;
    assert_eq!(revision.status, StatusCode::OK);
    assert!(revision.texts(".facts dd").contains(&"Data stewardship webinar".to_owned()));
    assert_eq!(app.get(&revisions[0]).await.status, StatusCode::UNAUTHORIZED, "not for the public");
    let submitted = member
        .post(
            &app,
            &format!("/events/propose/{id}"),
            &[("_form", "review"), ("action", "submit"), ("comment", "")],
        )
        .await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    let own = member
        .post(&app, &format!("/events/propose/{id}"), &[("_form", "review"), ("action", "approve")])
        .await;
    assert_eq!(own.status, StatusCode::FORBIDDEN, "a member does not approve");
    let editor = Person::new(&app, "e@example.org", "Editor", Role::Editor, None).await;
    for action in ["approve", "publish"] {
        let step = editor
            .post(&app, &format!("/events/propose/{id}"), &[("_form", "review"), ("action", action)])
            .await;
        assert_eq!(step.status, StatusCode::SEE_OTHER, "{action}");
    }
    let page = app.get("/events/data-stewardship-webinar").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.attrs(".event-when time", "datetime").contains(&"2031-03-01T10:00:00+01:00".to_owned()));
}

#[tokio::test]
async fn registration_fills_places_then_the_waiting_list_which_moves_up_on_cancellation() {
    let app = TestApp::sqlite().await;
    let starts = OffsetDateTime::now_utc() + time::Duration::days(10);
    let row = publish(
        &app,
        "small-room",
        "online_url = \"https://meet.example.org/room-42\"\nregistration = true\ncapacity = 1\nwaitlist = true",
        starts,
    )
    .await;
    let page = app.get("/events/small-room").await;
    assert!(!page.body.contains("room-42"), "the room's link is not public");
    assert!(!app.get("/events/small-room.ics").await.body.contains("room-42"), "nor in the public calendar");

    let shared = &app;
    let register = move |name: &'static str, email: &'static str| {
        let form = crate::common::form(&[("_form", "register"), ("name", name), ("email", email)]);
        async move { shared.post_form("/events/small-room", &form, &[]).await }
    };
    let first = register("Ana Lima", "ana@example.org").await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert!(first.header("location").is_some_and(|l| l.contains("done=registration-accepted")));
    let second = register("Ben Okoro", "ben@example.org").await;
    assert!(second.header("location").is_some_and(|l| l.contains("done=registration-waitlisted")));
    let again = register("Ana Lima", "ANA@example.org").await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(again.texts("#email-error"), ["This email address is already registered for this event."]);

    // The confirmation carries the registrant's own calendar, with the room.
    let messages = outbox(&app.config.outbox_dir, 2).await;
    let ana = messages.iter().find(|m| m.contains("To: ana@example.org")).expect("Ana's email");
    assert!(ana.contains("room-42") && ana.contains("text/calendar"), "{ana}");
    let ben = messages.iter().find(|m| m.contains("To: ben@example.org")).expect("Ben's email");
    assert!(!ben.contains("room-42"), "no room for the waiting list");
    let link = |message: &str| {
        let start = message.find("/events/registration?token=").expect("a link");
        message[start..].split_whitespace().next().expect("link").to_owned()
    };
    let ana_link = link(ana);
    let ben_link = link(ben);
    let ana_page = app.get(&ana_link).await;
    assert!(ana_page.body.contains("https://meet.example.org/room-42"), "the room for who has a place");
    assert!(!app.get(&ben_link).await.body.contains("room-42"));
    let dir = tempfile::tempdir().expect("dir");
    let eml = dir.path().join("ana.eml");
    std::fs::copy(
        std::fs::read_dir(&app.config.outbox_dir)
            .expect("outbox")
            .flatten()
            .map(|e| e.path())
            .find(|p| {
                std::fs::read_to_string(p)
                    .is_ok_and(|m| crate::common::decode_quoted_printable(&m).contains("To: ana@example.org"))
            })
            .expect("Ana's file"),
        &eml,
    )
    .expect("copy");
    if let Some(parsed) = parse_calendars(&[eml.as_path()]) {
        assert!(
            parsed[0][0]["description"]
                .as_str()
                .is_some_and(|d| d.contains("https://meet.example.org/room-42"))
        );
    }

    // Ana cancels through her link: Ben has her place, and is told.
    let token = ana_link.split("token=").nth(1).expect("token").to_owned();
    let cancel = app
        .post_form(
            &format!("/events/registration?token={token}"),
            &crate::common::form(&[("_form", "cancel"), ("token", &token)]),
            &[],
        )
        .await;
    assert_eq!(cancel.status, StatusCode::SEE_OTHER);
    let mut now = statuses(&app, row.id).await;
    now.sort();
    assert_eq!(now, ["accepted", "cancelled"]);
    let messages = outbox(&app.config.outbox_dir, 3).await;
    assert!(
        messages.iter().filter(|m| m.contains("To: ben@example.org")).any(|m| m.contains("room-42")),
        "Ben gets the room"
    );

    // The organiser's export escapes what a spreadsheet would run.
    register("=HYPERLINK(\"http://x\")", "carla@example.org").await;
    let editor = Person::new(&app, "ed@example.org", "Editor", Role::Editor, None).await;
    let csv = editor.get(&app, "/events/organise/small-room/registrations.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("'=HYPERLINK"), "{}", csv.body);
    assert_eq!(
        app.get("/events/organise/small-room/registrations.csv").await.status,
        StatusCode::UNAUTHORIZED
    );
    let member = Person::new(&app, "someone@example.org", "Someone", Role::Member, None).await;
    assert_eq!(member.get(&app, "/events/organise/small-room").await.status, StatusCode::FORBIDDEN);

    // A capacity below the accepted count is refused and changes nothing.
    let id = row.id.to_string();
    let draft = editor.get(&app, &format!("/events/propose/{id}")).await;
    assert_eq!(draft.status, StatusCode::OK);
    let mut form: Vec<(String, String)> = draft
        .html()
        .select(
            &scraper::Selector::parse("form input[name], form textarea[name], form select[name]")
                .expect("selector"),
        )
        .filter(|el| el.value().attr("type") != Some("checkbox") || el.value().attr("checked").is_some())
        .filter_map(|el| {
            let name = el.value().attr("name")?.to_owned();
            let value = match el.value().name() {
                "textarea" => el.text().collect(),
                "select" => el
                    .select(&scraper::Selector::parse("option[selected]").expect("selector"))
                    .next()
                    .and_then(|o| o.value().attr("value").map(str::to_owned))
                    .unwrap_or_default(),
                _ => el.value().attr("value").unwrap_or_default().to_owned(),
            };
            Some((name, value))
        })
        .filter(|(name, _)| !["_form", "comment"].contains(&name.as_str()))
        .collect();
    form.retain(|(name, _)| name != "capacity");
    form.push(("capacity".into(), "0".into()));
    form.push(("_form".into(), "event".into()));
    form.push(("action".into(), "save".into()));
    let fields: Vec<(&str, &str)> = form.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let refused = editor.post(&app, &format!("/events/propose/{id}"), &fields).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.texts(".field-error").join(" | ")
    );
    let capacity_fields: Vec<(&str, &str)> =
        fields.iter().map(|(n, v)| if *n == "capacity" { (*n, "1") } else { (*n, *v) }).collect();
    let before = event::Entity::find_by_id(row.id).one(&app.state.db).await.expect("db").expect("row");
    assert_eq!(before.capacity, Some(1), "nothing changed");
    let kept = editor.post(&app, &format!("/events/propose/{id}"), &capacity_fields).await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", kept.texts(".field-error").join(" | "));
}

#[tokio::test]
async fn a_full_event_without_waiting_list_and_a_started_one_refuse_registration() {
    let app = TestApp::sqlite().await;
    let soon = OffsetDateTime::now_utc() + time::Duration::days(3);
    publish(&app, "no-list", "registration = true\ncapacity = 1", soon).await;
    publish(&app, "started", "registration = true", OffsetDateTime::now_utc() - time::Duration::minutes(10))
        .await;
    let shared = &app;
    let post = move |path: &'static str, email: &'static str| {
        let form = crate::common::form(&[("_form", "register"), ("name", "Dana"), ("email", email)]);
        async move { shared.post_form(path, &form, &[]).await }
    };
    assert_eq!(post("/events/no-list", "a@example.org").await.status, StatusCode::SEE_OTHER);
    let full = post("/events/no-list", "b@example.org").await;
    assert_eq!(full.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        full.texts(".error-summary li").iter().any(|t| t.contains("full")),
        "{:?}",
        full.texts(".error-summary li")
    );
    let late = post("/events/started", "c@example.org").await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(late.texts(".error-summary li").iter().any(|t| t.contains("already started")));
    assert_eq!(
        event_registration::Entity::find().count(&app.state.db).await.expect("count"),
        1,
        "nothing else written"
    );
}

/// Forty people register at once for five places: five are accepted, the others wait; with
/// no waiting list, the others are refused.
async fn concurrent_registrations_never_pass_capacity(app: TestApp) {
    let starts = OffsetDateTime::now_utc() + time::Duration::days(20);
    for (slug, extra, waitlisted) in [
        ("rush-with-list", "registration = true\ncapacity = 5\nwaitlist = true", 35),
        ("rush-without-list", "registration = true\ncapacity = 5", 0),
    ] {
        let row = publish(&app, slug, extra, starts).await;
        let tasks: Vec<_> = (0..40)
            .map(|n| {
                let state = app.state.clone();
                tokio::spawn(async move {
                    let email = format!("person{n}@example.org");
                    app::events::ssr::register(
                        &state,
                        slug,
                        "Person",
                        &email,
                        &format!("192.0.2.{n}"),
                        Locale::En,
                    )
                    .await
                    .map(|r| r.status)
                })
            })
            .collect();
        let mut refused = 0;
        for task in tasks {
            match task.await.expect("task") {
                Ok(_) => {}
                Err(app::error::AppError::InvalidFields(problems)) => {
                    assert_eq!(problems[0].key, "event-error-full");
                    refused += 1;
                }
                Err(other) => panic!("{other:?}"),
            }
        }
        let all = statuses(&app, row.id).await;
        assert_eq!(all.iter().filter(|s| *s == "accepted").count(), 5, "{slug}");
        assert_eq!(all.iter().filter(|s| *s == "waitlisted").count(), waitlisted, "{slug}");
        assert_eq!(refused, 35 - waitlisted, "{slug}");
    }
}
on_both_databases!(concurrent_registrations_never_pass_capacity);

#[tokio::test]
async fn reminders_go_out_once_the_outcome_is_asked_for_and_registrants_are_forgotten() {
    let app = TestApp::sqlite().await;
    let starts = OffsetDateTime::now_utc() + time::Duration::days(3);
    let row = publish(&app, "remind-me", "registration = true", starts).await;
    for n in 0..2 {
        app::events::ssr::register(
            &app.state,
            "remind-me",
            "Reader",
            &format!("r{n}@example.org"),
            "192.0.2.1",
            Locale::En,
        )
        .await
        .expect("registered");
    }
    outbox(&app.config.outbox_dir, 2).await;
    let tick = |at: OffsetDateTime| app::events::ssr::tasks::tick_at(&app.state, at);
    assert_eq!(tick(starts - time::Duration::hours(30)).await.expect("tick").day_reminders, 0, "not yet");
    assert_eq!(tick(starts - time::Duration::hours(20)).await.expect("tick").day_reminders, 2);
    assert_eq!(tick(starts - time::Duration::hours(19)).await.expect("tick").day_reminders, 0, "once");
    assert_eq!(tick(starts - time::Duration::minutes(30)).await.expect("tick").hour_reminders, 2);
    let messages = outbox(&app.config.outbox_dir, 6).await;
    assert_eq!(messages.iter().filter(|m| m.contains("Subject: Reminder: Event remind-me")).count(), 2);
    assert_eq!(messages.iter().filter(|m| m.contains("Subject: In an hour: Event remind-me")).count(), 2);

    // The organiser (its proposer) is asked for the outcome record two weeks after.
    let owner = app::auth::ssr::create_account(
        &app.state.db,
        "org@example.org",
        "Organiser",
        Role::Member,
        crate::common::PASSWORD,
    )
    .await
    .expect("account");
    event::Entity::update_many()
        .col_expr(event::Column::OwnerId, sea_orm::sea_query::Expr::value(owner))
        .filter(event::Column::Id.eq(row.id))
        .exec(&app.state.db)
        .await
        .expect("owner");
    let ended = row.ends_at;
    assert_eq!(tick(ended + time::Duration::days(13)).await.expect("tick").outcome_reminders, 0);
    assert_eq!(tick(ended + time::Duration::days(15)).await.expect("tick").outcome_reminders, 1);
    assert_eq!(tick(ended + time::Duration::days(16)).await.expect("tick").outcome_reminders, 0, "once");
    let messages = outbox(&app.config.outbox_dir, 7).await;
    assert!(
        messages
            .iter()
            .any(|m| m.contains("To: org@example.org") && m.contains("/events/organise/remind-me"))
    );

    let purged = tick(ended + time::Duration::days(31)).await.expect("tick");
    assert_eq!(purged.purged, 1);
    assert!(statuses(&app, row.id).await.is_empty(), "registrants' data is deleted");
}

#[tokio::test]
async fn organisers_decide_write_the_outcome_and_cancel_and_calendars_follow() {
    let app = TestApp::sqlite().await;
    let starts = OffsetDateTime::now_utc() + time::Duration::days(5);
    let row = publish(
        &app,
        "moderated-seminar",
        "registration = true\nmoderated = true\norganisers = [\"School of Government\"]",
        starts,
    )
    .await;
    let registered = app::events::ssr::register(
        &app.state,
        "moderated-seminar",
        "Eve",
        "eve@example.org",
        "192.0.2.1",
        Locale::En,
    )
    .await
    .expect("registered");
    assert_eq!(registered.status, "pending");
    let editor = Person::new(&app, "ed@example.org", "Editor", Role::Editor, None).await;
    let page = editor.get(&app, "/events/organise/moderated-seminar").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts(".registrants tbody td:nth-child(2)"), ["eve@example.org"]);
    let id =
        event_registration::Entity::find().one(&app.state.db).await.expect("db").expect("row").id.to_string();
    let accepted = editor
        .post(
            &app,
            "/events/organise/moderated-seminar",
            &[("_form", "decide"), ("id", &id), ("action", "accept")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    assert_eq!(statuses(&app, row.id).await, ["accepted"]);
    let messages = outbox(&app.config.outbox_dir, 2).await;
    assert!(messages.iter().any(|m| m.contains("Subject: You are registered: Event moderated-seminar")));

    // An outcome with a bad plan date is refused, field by field; a good one is shown, found
    // and listed on the organisation's page.
    let bad = editor
        .post(
            &app,
            "/events/organise/moderated-seminar",
            &[
                ("_form", "outcome"),
                ("key_issues", "Stewardship roles"),
                ("plan", "Draft a charter | WG 2 | next spring"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.texts("#plan-error")[0].contains("next spring"));
    assert_eq!(bad.texts("#outcome-key_issues"), ["Stewardship roles"], "what was typed is kept");
    let good = editor
        .post(
            &app,
            "/events/organise/moderated-seminar",
            &[
                ("_form", "outcome"),
                ("key_issues", "Naming data stewards in every directorate"),
                ("plan", "Draft a stewardship charter | Working group 2 | 2031-04-30"),
                ("attendance", "42"),
                ("attending", "School of Government"),
            ],
        )
        .await;
    assert_eq!(good.status, StatusCode::SEE_OTHER);
    let event_page = app.get("/events/moderated-seminar").await;
    assert_eq!(
        event_page.texts(".event-outcome td"),
        ["Draft a stewardship charter", "Working group 2", "30 April 2031"]
    );
    app.state.search.catch_up(&app.state.db).await.expect("index");
    let hits = app.get_json("/api/search?q=stewardship+charter", &[]).await;
    assert!(hits.body.contains("/events/moderated-seminar"), "{}", hits.body);
    use sea_orm::{ActiveModelTrait as _, ActiveValue::Set};
    app::db::entities::organisation::ActiveModel {
        slug: Set("school-of-government".into()),
        name: Set("School of Government".into()),
        stakeholder_group: Set("academia".into()),
        country: Set(None),
        website: Set(None),
        description: Set(String::new()),
        logo: Set(None),
        created_at: Set(OffsetDateTime::now_utc()),
        updated_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&app.state.db)
    .await
    .expect("organisation");
    let organisation = app.get("/members/school-of-government").await;
    assert!(organisation.texts("#organisation-events").len() == 1, "the organisation lists its events");
    assert!(organisation.body.contains("/events/moderated-seminar"));
    let linked = app.get("/events/moderated-seminar").await;
    assert!(
        linked.attrs(".facts a", "href").contains(&"/members/school-of-government".to_owned()),
        "organisers link to members"
    );

    // Cancelling raises the calendar's SEQUENCE, marks it cancelled and tells the registrant.
    let before = app.get("/events/moderated-seminar.ics").await.body;
    assert!(before.contains("SEQUENCE:0\r\n") && before.contains("STATUS:CONFIRMED\r\n"));
    let cancelled = editor
        .post(&app, "/events/organise/moderated-seminar", &[("_form", "schedule"), ("change", "cancelled")])
        .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    let after = app.get("/events/moderated-seminar.ics").await.body;
    assert!(after.contains("SEQUENCE:1\r\n") && after.contains("STATUS:CANCELLED\r\n"), "{after}");
    let uid = |text: &str| text.lines().find(|l| l.starts_with("UID:")).map(str::to_owned);
    assert_eq!(uid(&before), uid(&after), "the same event for calendars");
    let messages = outbox(&app.config.outbox_dir, 3).await;
    assert!(messages.iter().any(|m| m.contains("Subject: Cancelled: Event moderated-seminar")));
    let late = app::events::ssr::register(
        &app.state,
        "moderated-seminar",
        "Fay",
        "fay@example.org",
        "192.0.2.1",
        Locale::En,
    )
    .await;
    assert!(late.is_err(), "a cancelled event takes no registration");
    assert!(app.get("/events/moderated-seminar").await.texts(".badge").contains(&"Cancelled".to_owned()));
}

#[tokio::test]
async fn a_new_time_raises_the_sequence_and_tells_registrants() {
    let app = TestApp::sqlite().await;
    let starts = OffsetDateTime::now_utc() + time::Duration::days(8);
    let row = publish(&app, "moving-webinar", "registration = true", starts).await;
    app::events::ssr::register(
        &app.state,
        "moving-webinar",
        "Gil",
        "gil@example.org",
        "192.0.2.1",
        Locale::En,
    )
    .await
    .expect("ok");
    let editor = app::auth::ssr::create_account(
        &app.state.db,
        "e@example.org",
        "Editor",
        Role::Editor,
        crate::common::PASSWORD,
    )
    .await
    .expect("account");
    let user = app::auth::CurrentUser {
        id: editor,
        name: "Editor".into(),
        role: Role::Editor,
        organisation_id: None,
        session_id: String::new(),
    };
    let mut record: app::events::EventRecord = serde_json::from_value(row.record.clone()).expect("record");
    let later = starts + time::Duration::days(1);
    record.starts = local(later);
    record.ends = local(later + time::Duration::hours(2));
    app::events::ssr::save_event(
        &app.state,
        &user,
        Some(row.id),
        record.clone(),
        "new date",
        false,
        Locale::En,
    )
    .await
    .expect("saved");
    let moved = event::Entity::find_by_id(row.id).one(&app.state.db).await.expect("db").expect("row");
    assert_eq!(moved.sequence, 1);
    let messages = outbox(&app.config.outbox_dir, 2).await;
    assert!(messages.iter().any(|m| m.contains("Subject: New time: Event moving-webinar")));
    // Another edit that keeps the time keeps the sequence.
    record.summary = "A test event, described better.".into();
    app::events::ssr::save_event(&app.state, &user, Some(row.id), record, "wording", false, Locale::En)
        .await
        .expect("saved");
    let same = event::Entity::find_by_id(row.id).one(&app.state.db).await.expect("db").expect("row");
    assert_eq!(same.sequence, 1);
}

#[tokio::test]
async fn one_address_cannot_make_the_hub_send_registration_mail_without_bound() {
    let app = TestApp::sqlite().await;
    let starts = OffsetDateTime::now_utc() + time::Duration::days(10);
    publish(&app, "open-webinar", "registration = true", starts).await;
    let register = |n: usize| {
        let email = format!("visitor{n}@example.org");
        let form = crate::common::form(&[("_form", "register"), ("name", "Visitor"), ("email", &email)]);
        let app = &app;
        async move { app.post_form("/events/open-webinar", &form, &[]).await }
    };
    // A whole office behind one address can register: twenty at once go through.
    for n in 0..20 {
        let done = register(n).await;
        assert_eq!(
            done.status,
            StatusCode::SEE_OTHER,
            "registration {n}: {}",
            done.texts(".error-summary li").join(" ")
        );
    }
    // The next one is refused with a plain message, keeps what was typed, and sends nothing.
    let refused = register(20).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(refused.texts(".error-summary li"), ["Please wait a minute and try again."]);
    assert_eq!(refused.attrs("#register-email", "value"), ["visitor20@example.org"]);
    assert_eq!(outbox(&app.config.outbox_dir, 21).await.len(), 20, "no email for the refused registration");
    let row = event::Entity::find().filter(event::Column::Slug.eq("open-webinar")).one(&app.state.db).await;
    let row = row.expect("db").expect("event");
    assert_eq!(statuses(&app, row.id).await.len(), 20);
}
