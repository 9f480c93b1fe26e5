//! Working groups through the real router, as browsers without JavaScript use them: creating
//! a group, joining, inviting, co-writing with merges and conflicts, history, comparison,
//! restore, endorsement and publication; and what a private group hides from everyone else
//! (pages, lists, search, the sitemap, feeds and error answers). Each test runs on SQLite and
//! PostgreSQL.
use crate::common;

use crate::common::{Person, TestApp, TestResponse};
use app::auth::Role;
use app::db::entities::account;
use axum::http::StatusCode;
use sea_orm::{ActiveModelTrait as _, ColumnTrait, EntityTrait, QueryFilter};

fn location(response: &TestResponse) -> String {
    assert_eq!(response.status, StatusCode::SEE_OTHER, "a redirect, got:\n{}", response.body);
    response.header("location").expect("a location").to_owned()
}

/// Creates a group as `admin` and returns its slug.
async fn create(app: &TestApp, admin: &Person, name: &str, visibility: &str, quorum: &str) -> String {
    let response = admin
        .post(
            app,
            "/groups",
            &[
                ("_form", "group-new"),
                ("group_name", name),
                ("theme", "artificial-intelligence"),
                ("charter", "We write a guide to AI competencies.\n\nSecond paragraph."),
                ("visibility", visibility),
                ("quorum", quorum),
            ],
        )
        .await;
    let location = location(&response);
    location.trim_start_matches("/groups/").split('?').next().expect("slug").to_owned()
}

/// `person` joins group `slug` on `lead`'s invitation.
async fn invite(app: &TestApp, lead: &Person, person: &Person, email: &str, slug: &str) {
    let path = format!("/groups/{slug}");
    location(&lead.post(app, &path, &[("_form", "invite"), ("email", email)]).await);
    location(&person.post(app, &path, &[("_form", "invitation"), ("action", "accept")]).await);
}

async fn account_id(app: &TestApp, email: &str) -> i64 {
    account::Entity::find()
        .filter(account::Column::Email.eq(email))
        .one(&app.state.db)
        .await
        .expect("read")
        .expect("account")
        .id
}

/// The head revision number shown in the editor's hidden `base` field.
async fn base(app: &TestApp, person: &Person, doc: &str) -> String {
    let page = person.get(app, doc).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.attrs("input[name=base]", "value").into_iter().next().expect("a base field")
}

async fn save(app: &TestApp, person: &Person, doc: &str, base: &str, body: &str) -> String {
    location(
        &person.post(app, doc, &[("_form", "save"), ("base", base), ("body", body), ("note", "edit")]).await,
    )
}

on_both_databases!(members_write_merge_reconcile_and_publish);
async fn members_write_merge_reconcile_and_publish(app: TestApp) {
    let admin = Person::new(&app, "admin@example.org", "Ada Admin", Role::Admin, None).await;
    let ana = Person::new(&app, "ana@example.org", "Ana", Role::Member, None).await;
    let ben = Person::new(&app, "ben@example.org", "Ben", Role::Member, None).await;
    let slug = create(&app, &admin, "AI competencies", "public", "2").await;
    assert_eq!(slug, "ai-competencies");

    // Ben asks to join; the lead accepts. Ana is invited and accepts.
    let group = format!("/groups/{slug}");
    location(&ben.post(&app, &group, &[("_form", "join")]).await);
    let asked = admin.get(&app, &group).await;
    assert!(asked.body.contains("asked to join"), "the lead sees the request");
    let ben_id = account_id(&app, "ben@example.org").await;
    location(
        &admin
            .post(
                &app,
                &group,
                &[("_form", "member"), ("account", &ben_id.to_string()), ("action", "accept")],
            )
            .await,
    );
    invite(&app, &admin, &ana, "ana@example.org", &slug).await;
    // The lead was told of Ben's request, Ben of the answer, Ana of her invitation.
    let mail = common::outbox(&app.config.outbox_dir, 3).await;
    for (to, text) in [
        ("admin@example.org", "Ben asks to join the working group “AI competencies”"),
        ("ben@example.org", "you are now a member of the working group “AI competencies”"),
        ("ana@example.org", "Ada Admin invites you to join the working group “AI competencies”"),
    ] {
        assert!(
            mail.iter().any(|m| m.contains(&format!("To: {to}"))
                && m.contains(text)
                && m.contains("/groups/ai-competencies")),
            "a message to {to}: {mail:?}"
        );
    }
    let members = admin.get(&app, &group).await.texts(".member-list strong");
    assert_eq!(members, ["Ada Admin", "Ana", "Ben"], "leads first, then members");
    let audit = admin.get(&app, "/admin/audit").await.texts("tbody tr");
    for action in ["group.create", "group.member.accept", "group.invite"] {
        assert!(
            audit.iter().any(|row| row.contains(action) && row.contains("Ada Admin")),
            "{action} in {audit:?}"
        );
    }

    // Inviting someone without an account is a clear field error, not a failure.
    let unknown = admin.post(&app, &group, &[("_form", "invite"), ("email", "nobody@example.org")]).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.body.contains("Nobody has an account with this address"));

    // A document; a first version.
    let created = location(
        &ana.post(&app, &group, &[("_form", "document"), ("title", "The guide"), ("lang", "en")]).await,
    );
    let doc = created.split('?').next().expect("path").to_owned();
    assert_eq!(doc, format!("{group}/docs/the-guide"));
    assert_eq!(base(&app, &ana, &doc).await, "0");
    save(&app, &ana, &doc, "0", "Alpha.\n\nBravo.\n\nCharlie.\n").await;

    // Outside the group: no working document, and only the members who chose to be listed.
    let outside = app.get(&group).await;
    assert!(!outside.body.contains("The guide"), "a working document's title stays inside");
    assert!(outside.texts(".member-list strong").is_empty(), "nobody chose to be listed yet");
    account::ActiveModel { id: sea_orm::Set(ben_id), listed: sea_orm::Set(true), ..Default::default() }
        .update(&app.state.db)
        .await
        .expect("Ben is listed");
    assert_eq!(app.get(&group).await.texts(".member-list strong"), ["Ben"]);
    assert_eq!(ana.get(&app, &group).await.texts(".member-list strong"), ["Ada Admin", "Ana", "Ben"]);

    // "Show my changes" without JavaScript compares the typed text and saves nothing.
    let draft = "Alpha.\n\nBravo, checked.\n\nCharlie.\n";
    // (Posted from the page the save led to, whose `done` is about the earlier save.)
    let shown = ana
        .post(
            &app,
            &format!("{doc}?done=group-saved"),
            &[("_form", "save"), ("base", "1"), ("body", draft), ("note", "check"), ("preview", "1")],
        )
        .await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    assert_eq!(shown.texts(".live-changes ins"), [", checked"], "the changes are shown");
    assert!(shown.texts(".notice").is_empty(), "no stale notice says it was saved");
    assert!(
        shown.texts("textarea[name=body]").concat().contains("Bravo, checked."),
        "the text stays in the editor"
    );
    assert_eq!(base(&app, &ana, &doc).await, "1", "nothing was saved");

    // Both open revision 1; Ana changes the first paragraph, Ben the last: merged.
    let opened = base(&app, &ben, &doc).await;
    assert_eq!(opened, "1");
    assert!(
        save(&app, &ana, &doc, &opened, "Alpha, revised.\n\nBravo.\n\nCharlie.\n")
            .await
            .ends_with("done=group-saved")
    );
    assert!(
        save(&app, &ben, &doc, &opened, "Alpha.\n\nBravo.\n\nCharlie, revised.\n")
            .await
            .ends_with("done=group-merged")
    );
    let page = ana.get(&app, &doc).await;
    assert!(
        page.body.contains("Alpha, revised.") && page.body.contains("Charlie, revised."),
        "both changes kept"
    );

    // Ben edits the first paragraph from the old base too: a conflict, kept whole, head unchanged.
    let conflict = save(&app, &ben, &doc, &opened, "Alpha, Ben's way.\n\nBravo.\n\nCharlie.\n").await;
    assert!(conflict.contains("/revisions/4?done=group-conflict"), "{conflict}");
    let conflict_page = ben.get(&app, conflict.split('?').next().expect("path")).await;
    assert_eq!(conflict_page.texts(".side-by-side pre.source").len(), 2, "side by side");
    assert!(
        conflict_page.body.contains("Alpha, Ben&#x27;s way.")
            || conflict_page.body.contains("Alpha, Ben's way.")
    );
    assert_eq!(base(&app, &ben, &doc).await, "3", "the head did not move");
    assert!(ben.get(&app, &doc).await.body.contains("/revisions/4"), "the editor links to the open conflict");

    // History and comparison with word-level highlights.
    let history = ana.get(&app, &format!("{doc}/history")).await;
    assert_eq!(history.texts(".history-table tbody tr").len(), 4);
    let compare = ana.get(&app, &format!("{doc}/compare?from=1&to=3")).await;
    assert_eq!(compare.texts(".diff ins"), [", revised", ", revised"], "Ana's and Ben's words");
    assert_eq!(
        compare.texts(".diff-rendered p ins"),
        [", revised", ", revised"],
        "marked in the rendered text"
    );
    assert!(compare.texts(".diff del").is_empty(), "nothing was removed");
    assert_eq!(ana.get(&app, &format!("{doc}/compare?from=1&to=99")).await.status, StatusCode::NOT_FOUND);

    // Restore revision 1 as a new revision 5.
    let restored = location(
        &ana.post(
            &app,
            &format!("{doc}/history"),
            &[("_form", "restore"), ("number", "1"), ("note", "back")],
        )
        .await,
    );
    assert!(restored.ends_with("done=group-restored"));
    assert_eq!(base(&app, &ana, &doc).await, "5");

    // Endorsement: the lead proposes 5; two approvals publish it; a later edit resets.
    location(&admin.post(&app, &doc, &[("_form", "propose"), ("number", "5")]).await);
    assert!(
        location(&ana.post(&app, &doc, &[("_form", "endorse"), ("number", "5")]).await)
            .contains("group-endorsed")
    );
    let output = format!("{group}/outputs/the-guide");
    assert_eq!(app.get(&output).await.status, StatusCode::NOT_FOUND, "not published before the quorum");
    assert!(
        location(&ben.post(&app, &doc, &[("_form", "endorse"), ("number", "5")]).await)
            .contains("group-published")
    );
    let published = app.get(&output).await;
    assert_eq!(published.status, StatusCode::OK);
    assert!(published.body.contains("Endorsed by working group AI competencies"));
    assert!(published.texts(".card-meta").iter().any(|t| t.contains("Ana, Ben")), "approvers listed");
    assert!(app.get("/groups").await.body.contains(&output), "outputs are listed with the groups");
    app.state.search.catch_up(&app.state.db).await.expect("index catch-up");
    assert!(app.get("/api/search?q=Alpha").await.body.contains(&output), "outputs are found by anyone");

    save(&app, &ana, &doc, "5", "Alpha.\n\nBravo, later.\n\nCharlie.\n").await;
    let after = ana.get(&app, &doc).await;
    assert!(
        after.body.contains("Propose revision 6") || after.body.contains("not proposed"),
        "approvals reset"
    );
    assert!(app.get(&output).await.body.contains("Bravo.</p>"), "the output stays the endorsed revision");

    // Stale proposals and endorsements are refused with a message.
    let stale = ana.post(&app, &doc, &[("_form", "endorse"), ("number", "5")]).await;
    assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(stale.body.contains("The text changed since you opened it"));

    // Revision 6 gets one endorsement of two; the lead then asks for one: it is published.
    location(&admin.post(&app, &doc, &[("_form", "propose"), ("number", "6")]).await);
    location(&ana.post(&app, &doc, &[("_form", "endorse"), ("number", "6")]).await);
    assert!(app.get(&output).await.body.contains("Bravo.</p>"), "one of two is not enough");
    let settings = [
        ("_form", "settings"),
        ("group_name", "AI competencies"),
        ("theme", "artificial-intelligence"),
        ("charter", "We write a guide to AI competencies."),
        ("visibility", "public"),
        ("quorum", "1"),
    ];
    location(&admin.post(&app, &group, &settings).await);
    let republished = app.get(&output).await;
    assert!(republished.body.contains("Bravo, later.</p>"), "the lower quorum is met: {}", republished.body);
}

on_both_databases!(a_private_group_is_invisible_to_everyone_else);
async fn a_private_group_is_invisible_to_everyone_else(app: TestApp) {
    let admin = Person::new(&app, "admin@example.org", "Ada Admin", Role::Admin, None).await;
    let member = Person::new(&app, "member@example.org", "Mo Member", Role::Member, None).await;
    let outsider = Person::new(&app, "outsider@example.org", "Oz Outsider", Role::Member, None).await;
    let slug = create(&app, &admin, "Secret sandbox", "private", "1").await;
    invite(&app, &admin, &member, "member@example.org", &slug).await;
    let group = format!("/groups/{slug}");
    let doc = location(
        &member.post(&app, &group, &[("_form", "document"), ("title", "Hidden plan"), ("lang", "en")]).await,
    );
    let doc = doc.split('?').next().expect("path").to_owned();
    save(&app, &member, &doc, "0", "Zebracorn strategy.\n").await;
    location(&admin.post(&app, &doc, &[("_form", "propose"), ("number", "1")]).await);
    location(&member.post(&app, &doc, &[("_form", "endorse"), ("number", "1")]).await);
    let output = format!("{group}/outputs/hidden-plan");
    app.state.search.catch_up(&app.state.db).await.expect("index catch-up");

    // Members see everything.
    assert_eq!(member.get(&app, &group).await.status, StatusCode::OK);
    assert_eq!(member.get(&app, &output).await.status, StatusCode::OK);
    assert!(member.get(&app, "/groups").await.body.contains("Secret sandbox"));
    assert!(member.get(&app, "/api/search?q=zebracorn").await.body.contains(&output), "members find it");

    // The public and other members: 404 everywhere, named nowhere.
    for path in [
        group.clone(),
        doc.clone(),
        format!("{doc}/history"),
        format!("{doc}/compare?from=1&to=1"),
        format!("{doc}/revisions/1"),
        output.clone(),
    ] {
        let anonymous = app.get(&path).await;
        assert_eq!(anonymous.status, StatusCode::NOT_FOUND, "anonymous {path}");
        let other = outsider.get(&app, &path).await;
        assert_eq!(other.status, StatusCode::NOT_FOUND, "outsider {path}");
        for response in [&anonymous, &other] {
            assert!(
                !response.body.contains("Secret sandbox") && !response.body.contains("Hidden plan"),
                "{path}"
            );
        }
    }
    // Writing to it answers as for an unknown address too.
    let join = outsider.post(&app, &group, &[("_form", "join")]).await;
    assert_eq!(join.status, StatusCode::NOT_FOUND);
    let write = outsider.post(&app, &doc, &[("_form", "save"), ("base", "1"), ("body", "x")]).await;
    assert_eq!(write.status, StatusCode::NOT_FOUND);
    assert!(!write.body.contains("Secret sandbox"));

    for (who, list) in
        [("anonymous", app.get("/groups").await), ("outsider", outsider.get(&app, "/groups").await)]
    {
        assert!(!list.body.contains("Secret sandbox") && !list.body.contains("Hidden plan"), "{who} list");
    }
    for query in ["zebracorn", "secret sandbox", "hidden plan"] {
        let path = format!("/api/search?q={}", common::enc(query));
        for response in [app.get(&path).await, outsider.get(&app, &path).await] {
            assert!(response.body.contains("\"total\":0"), "{query}: {}", response.body);
        }
        let feed = app.get(&format!("/search?q={}&format=atom", common::enc(query))).await;
        assert!(!feed.body.contains("Zebracorn") && !feed.body.contains("Hidden plan"), "feed");
        let page = outsider.get(&app, &format!("/search?q={}", common::enc(query))).await;
        assert!(!page.body.contains("Hidden plan") && !page.body.contains("Secret sandbox"), "search page");
    }
    let sitemap = app.get("/sitemap.xml").await;
    assert!(!sitemap.body.contains(&slug), "sitemap");

    // A members-only group: signed-in members of the hub see it, the public does not.
    let open = create(&app, &admin, "Hub circle", "members", "1").await;
    assert_eq!(app.get(&format!("/groups/{open}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(outsider.get(&app, &format!("/groups/{open}")).await.status, StatusCode::OK);
    assert!(!app.get("/sitemap.xml").await.body.contains(&open));

    // Making the private group public publishes it and its output everywhere.
    location(
        &admin
            .post(
                &app,
                &group,
                &[
                    ("_form", "settings"),
                    ("group_name", "Secret sandbox"),
                    ("theme", "artificial-intelligence"),
                    ("charter", "Now open."),
                    ("visibility", "public"),
                    ("quorum", "1"),
                ],
            )
            .await,
    );
    app.state.search.catch_up(&app.state.db).await.expect("index catch-up");
    assert_eq!(app.get(&output).await.status, StatusCode::OK);
    assert!(app.get("/api/search?q=zebracorn").await.body.contains(&output));
    assert!(app.get("/sitemap.xml").await.body.contains(&output));
    // Working documents stay for members: others who may see the group are refused, not misled.
    assert_eq!(outsider.get(&app, &doc).await.status, StatusCode::FORBIDDEN);
}

on_both_databases!(bad_input_gets_clear_errors);
async fn bad_input_gets_clear_errors(app: TestApp) {
    let admin = Person::new(&app, "admin@example.org", "Ada Admin", Role::Admin, None).await;
    let member = Person::new(&app, "member@example.org", "Mo Member", Role::Member, None).await;
    // Only admins create groups.
    let refused = member
        .post(
            &app,
            "/groups",
            &[
                ("_form", "group-new"),
                ("group_name", "Mine"),
                ("theme", "artificial-intelligence"),
                ("charter", "x"),
                ("visibility", "public"),
                ("quorum", "1"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    // Missing and wrong fields come back with the form and what was typed.
    let invalid = admin
        .post(
            &app,
            "/groups",
            &[
                ("_form", "group-new"),
                ("group_name", "Kept name"),
                ("theme", "nope"),
                ("charter", ""),
                ("visibility", "open"),
                ("quorum", "0"),
            ],
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(invalid.texts(".error-summary li").len(), 4, "{}", invalid.body);
    assert!(invalid.body.contains("Kept name"));
    // The last lead cannot leave.
    let slug = create(&app, &admin, "Solo", "public", "1").await;
    let leave = admin.post(&app, &format!("/groups/{slug}"), &[("_form", "leave")]).await;
    assert_eq!(leave.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(leave.body.contains("A group needs at least one lead"));
    // Non-members cannot write; a bad revision number is not found; signing in is asked first.
    let doc = location(
        &admin
            .post(
                &app,
                &format!("/groups/{slug}"),
                &[("_form", "document"), ("title", "Notes"), ("lang", "en")],
            )
            .await,
    );
    let doc = doc.split('?').next().expect("path").to_owned();
    let not_member = member.post(&app, &doc, &[("_form", "save"), ("base", "0"), ("body", "x")]).await;
    assert_eq!(not_member.status, StatusCode::FORBIDDEN);
    let bad_base = admin.post(&app, &doc, &[("_form", "save"), ("base", "seven"), ("body", "x")]).await;
    assert_eq!(bad_base.status, StatusCode::NOT_FOUND);
    let anonymous = app.post_form(&doc, "_form=save&base=0&body=x", &[]).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(anonymous.header("location").is_some_and(|l| l.starts_with("/sign-in")));
    // A too-long note keeps the typed text.
    let long_note = "n".repeat(400);
    let kept = admin
        .post(
            &app,
            &doc,
            &[("_form", "save"), ("base", "0"), ("body", "Typed text stays."), ("note", &long_note)],
        )
        .await;
    assert_eq!(kept.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(kept.body.contains("Typed text stays."));
}

on_both_databases!(documents_of_one_title_created_at_once_all_exist);
async fn documents_of_one_title_created_at_once_all_exist(app: TestApp) {
    let admin = Person::new(&app, "admin@example.org", "Ada Admin", Role::Admin, None).await;
    let slug = create(&app, &admin, "Notes group", "public", "1").await;
    let group = format!("/groups/{slug}");
    let app = std::sync::Arc::new(app);
    let cookie = std::sync::Arc::new(admin.cookie.clone());
    let tries: Vec<_> = (0..6)
        .map(|_| {
            let (app, cookie, group) = (app.clone(), cookie.clone(), group.clone());
            tokio::spawn(async move {
                let form = common::form(&[("_form", "document"), ("title", "Notes"), ("lang", "en")]);
                let response = app.post_form(&group, &form, &[("cookie", cookie.as_str())]).await;
                (response.status, response.header("location").map(str::to_owned))
            })
        })
        .collect();
    let mut slugs = Vec::new();
    for attempt in tries {
        let (status, location) = attempt.await.expect("task");
        assert_eq!(status, StatusCode::SEE_OTHER, "{location:?}");
        slugs.push(location.expect("a location").split('?').next().expect("path").to_owned());
    }
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), 6, "{slugs:?}");
}

on_both_databases!(groups_of_one_name_created_at_once_all_exist);
async fn groups_of_one_name_created_at_once_all_exist(app: TestApp) {
    let admin = Person::new(&app, "admin@example.org", "Ada Admin", Role::Admin, None).await;
    let app = std::sync::Arc::new(app);
    let cookie = std::sync::Arc::new(admin.cookie.clone());
    let tries: Vec<_> = (0..6)
        .map(|_| {
            let (app, cookie) = (app.clone(), cookie.clone());
            tokio::spawn(async move {
                let form = common::form(&[
                    ("_form", "group-new"),
                    ("group_name", "Same name"),
                    ("theme", "artificial-intelligence"),
                    ("charter", "We meet."),
                    ("visibility", "public"),
                    ("quorum", "1"),
                ]);
                let response = app.post_form("/groups", &form, &[("cookie", cookie.as_str())]).await;
                (response.status, response.header("location").map(str::to_owned))
            })
        })
        .collect();
    let mut slugs = Vec::new();
    for attempt in tries {
        let (status, location) = attempt.await.expect("task");
        assert_eq!(status, StatusCode::SEE_OTHER, "{location:?}");
        slugs.push(location.expect("a location").split('?').next().expect("path").to_owned());
    }
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), 6, "{slugs:?}");
}
