//! Writing and reviewing posts through the real router, as browsers without JavaScript do:
//! drafts, preview, review, the rule that nobody approves their own post, scheduling (the
//! scheduler publishes by itself), the history, and the editorial calendar.

use std::time::{Duration, Instant};

use crate::common::{Person, TestApp, TestResponse};
use app::auth::Role;
use app::db::entities::{article, organisation};
use axum::http::StatusCode;
use sea_orm::{ActiveModelTrait as _, ActiveValue::Set, EntityTrait as _};

const BODY: &str = "Our ministry trained 40 analysts.\n\n## What we did\n\nA **baseline** survey first.";

fn post_fields<'a>(action: &'a str, title: &'a str, body: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("_form", "post"),
        ("title", title),
        ("summary", "How analysts learned to use data."),
        ("lang", "en"),
        ("issue", ""),
        ("body", body),
        ("tag:sdg:16", "on"),
        ("tag:domain:data-use-governance", "on"),
        ("countries", "Kenya, fr"),
        ("note", ""),
        ("action", action),
    ]
}

fn id_from(response: &TestResponse) -> i64 {
    let location = response.header("location").expect("a redirect");
    location
        .trim_start_matches("/write/")
        .split('?')
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("not a post's page: {location}"))
}

async fn status_of(app: &TestApp, id: i64) -> String {
    article::Entity::find_by_id(id).one(&app.state.db).await.expect("query").expect("post").status
}

#[tokio::test]
async fn a_post_goes_from_draft_through_review_to_scheduled_publication() {
    let app = TestApp::sqlite().await;
    let author = Person::new(&app, "ana@example.org", "Ana Author", Role::Member, None).await;
    let other = Person::new(&app, "bo@example.org", "Bo Member", Role::Member, None).await;
    let editor = Person::new(&app, "eda@example.org", "Eda Editor", Role::Editor, None).await;

    // A draft is saved, with its tags and countries.
    let saved = author.post(&app, "/write", &post_fields("save", "Analysts and data", BODY)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let id = id_from(&saved);
    let page = author.get(&app, &format!("/write/{id}")).await;
    assert_eq!(page.texts(".badge"), ["Draft"]);
    assert_eq!(page.attrs("#post-title", "value"), ["Analysts and data"]);
    assert_eq!(page.attrs("#post-countries", "value"), ["FR, KE"]);
    assert_eq!(page.attrs("input[name='tag:sdg:16'][checked]", "name").len(), 1);
    assert_eq!(page.texts(".preview .prose h2"), ["What we did"], "the preview shows the saved text");

    // Nobody else sees it: not the public, not another member, not readers.
    assert_eq!(app.get("/articles/analysts-and-data").await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.get(&app, &format!("/write/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&format!("/write/{id}")).await.status, StatusCode::UNAUTHORIZED);

    // Preview without JavaScript: the page comes back with the typed text rendered, unsaved.
    let mut fields = post_fields("preview", "Analysts and data", "## A new heading\n\n<script>x()</script>");
    fields.push(("_ignored", ""));
    let preview = author.post(&app, &format!("/write/{id}"), &fields).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert_eq!(preview.texts(".preview .prose h2"), ["A new heading"]);
    assert!(preview.texts(".preview .prose script").is_empty(), "the preview is sanitised");
    assert!(
        author.get(&app, &format!("/write/{id}")).await.texts(".preview .prose h2") == ["What we did"],
        "nothing saved"
    );

    // Submitted for review.
    let submitted =
        author.post(&app, &format!("/write/{id}"), &post_fields("submit", "Analysts and data", BODY)).await;
    assert_eq!(submitted.header("location"), Some(format!("/write/{id}?done=submitted").as_str()));
    assert_eq!(status_of(&app, id).await, "submitted");
    assert_eq!(
        author
            .post(
                &app,
                &format!("/write/{id}"),
                &[("_form", "review"), ("action", "approve"), ("comment", "")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN,
        "a member cannot approve"
    );

    // Changes requested need a comment, which the author then reads.
    let bare = editor
        .post(
            &app,
            &format!("/write/{id}"),
            &[("_form", "review"), ("action", "request-changes"), ("comment", "")],
        )
        .await;
    assert_eq!(bare.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bare.texts(".field-error"), ["Fill in this field."]);
    let asked = editor
        .post(
            &app,
            &format!("/write/{id}"),
            &[("_form", "review"), ("action", "request-changes"), ("comment", "Add the results, please.")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let page = author.get(&app, &format!("/write/{id}")).await;
    assert_eq!(page.texts(".badge"), ["Changes requested"]);
    assert!(page.texts(".history blockquote").contains(&"Add the results, please.".to_owned()));

    // The author answers and submits again; the editor approves and schedules it.
    let revised = format!("{BODY}\n\n## Results\n\nThirty analysts now publish open data.");
    let answer = author
        .post(&app, &format!("/write/{id}"), &post_fields("submit", "Analysts and data", &revised))
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(
        editor
            .post(
                &app,
                &format!("/write/{id}"),
                &[("_form", "review"), ("action", "approve"), ("comment", "")]
            )
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(status_of(&app, id).await, "approved");
    let past = editor
        .post(
            &app,
            &format!("/write/{id}"),
            &[
                ("_form", "review"),
                ("action", "schedule"),
                ("publish_at", "2020-01-01T09:00"),
                ("comment", ""),
            ],
        )
        .await;
    assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(past.texts(".field-error"), ["Choose a time in the future."]);
    let soon =
        (time::OffsetDateTime::now_utc() + time::Duration::minutes(1)).replace_second(0).expect("valid");
    let soon_text = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        soon.year(),
        u8::from(soon.month()),
        soon.day(),
        soon.hour(),
        soon.minute()
    );
    let scheduled = editor
        .post(
            &app,
            &format!("/write/{id}"),
            &[("_form", "review"), ("action", "schedule"), ("publish_at", &soon_text), ("comment", "")],
        )
        .await;
    assert_eq!(scheduled.status, StatusCode::SEE_OTHER, "{}", scheduled.body);
    assert_eq!(status_of(&app, id).await, "scheduled");
    assert_eq!(
        app.get("/articles/analysts-and-data").await.status,
        StatusCode::NOT_FOUND,
        "not before its time"
    );

    // Its time comes (moved into the past here rather than waiting a minute): the scheduler
    // publishes it with no request asking for it.
    article::ActiveModel {
        id: Set(id),
        publish_at: Set(Some(time::OffsetDateTime::now_utc())),
        ..Default::default()
    }
    .update(&app.state.db)
    .await
    .expect("move the time");
    let deadline = Instant::now() + Duration::from_secs(10);
    while status_of(&app, id).await != "published" {
        assert!(Instant::now() < deadline, "the scheduler did not publish the post");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let public = app.get("/articles/analysts-and-data").await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(public.texts(".prose h2"), ["What we did", "Results"]);
    assert!(public.texts(".byline-authors").concat().contains("Ana Author"));
    assert!(app.get("/blog/feed.xml").await.body.contains("/articles/analysts-and-data"));
    assert_eq!(app.get("/blog/tags/country/FR").await.texts(".card-title"), ["Analysts and data"]);

    // Every step is in the history, with who did it.
    let history = author.get(&app, &format!("/write/{id}")).await.texts(".history strong");
    assert_eq!(
        history,
        [
            "Draft",
            "Draft → Submitted for review",
            "Submitted for review → Changes requested",
            "Changes requested → Submitted for review",
            "Submitted for review → Approved",
            "Approved → Scheduled",
            "Scheduled → Published"
        ]
    );
    assert_eq!(
        author.get(&app, &format!("/write/{id}")).await.texts(".revisions li").len(),
        3,
        "every save is a revision"
    );
    // Each revision can be read again, exactly as it was saved; only by who may see the post.
    let links = author.get(&app, &format!("/write/{id}")).await.attrs(".revisions a", "href");
    assert_eq!(links.len(), 3);
    let first = author.get(&app, links.last().expect("the first revision")).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.texts("h1"), ["Revision 1 of 3"]);
    assert_eq!(first.texts(".revision-source"), [BODY]);
    let newest = author.get(&app, links.first().expect("the newest revision")).await;
    assert_eq!(newest.texts("h1"), ["Revision 3 of 3"]);
    assert_eq!(newest.texts(".revision-source"), [revised.as_str()]);
    assert_eq!(newest.texts(".notice-muted"), ["This is the current text of the post."]);
    assert_eq!(other.get(&app, links.first().expect("a revision")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        author.get(&app, &format!("/write/{id}/revisions/999999")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(author.get(&app, &format!("/write/{id}/revisions/x")).await.status, StatusCode::NOT_FOUND);
    // Once public, its author can no longer change it; an editor can unpublish it.
    let late_edit = author.post(&app, &format!("/write/{id}"), &post_fields("save", "Changed", BODY)).await;
    assert_eq!(late_edit.status, StatusCode::FORBIDDEN);
    editor
        .post(&app, &format!("/write/{id}"), &[("_form", "review"), ("action", "unpublish"), ("comment", "")])
        .await;
    assert_eq!(app.get("/articles/analysts-and-data").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn nobody_approves_their_own_post_and_bad_input_is_named() {
    let app = TestApp::sqlite().await;
    let editor = Person::new(&app, "eda@example.org", "Eda Editor", Role::Editor, None).await;
    let saved = editor.post(&app, "/write", &post_fields("submit", "An editor's own post", BODY)).await;
    let id = id_from(&saved);
    let own = editor
        .post(&app, &format!("/write/{id}"), &[("_form", "review"), ("action", "approve"), ("comment", "")])
        .await;
    assert_eq!(own.status, StatusCode::FORBIDDEN);
    assert_eq!(status_of(&app, id).await, "submitted");
    assert!(
        editor
            .get(&app, &format!("/write/{id}"))
            .await
            .texts(".review .field-hint")
            .iter()
            .any(|h| h.contains("another editor"))
    );

    let mut bad = post_fields("save", "", "");
    bad.retain(|(name, _)| *name != "countries");
    bad.push(("countries", "Atlantis"));
    bad.push(("tag:sdg:18", "on"));
    let rejected = editor.post(&app, "/write", &bad).await;
    assert_eq!(rejected.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        rejected.attrs(".error-summary a", "href"),
        ["#post-title", "#post-body", "#post-tags", "#post-countries"]
    );
    assert_eq!(rejected.attrs("#post-countries", "value"), ["Atlantis"], "what was typed is kept");
    // With no member organisation and nothing planned, the desk says so instead of
    // offering empty choices.
    let desk = editor.get(&app, "/editor").await;
    assert!(
        desk.texts("#desk-slot + p").concat().contains("there is none yet"),
        "{:?}",
        desk.texts("main p")
    );
    assert!(desk.texts("#desk-publish + p").concat().contains("Every planned issue is published"));
    assert!(desk.texts("select[name='organisation']").is_empty());
    let anonymous = app.get("/write").await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(anonymous.texts("title"), ["Sign in to write · Coalition Hub"], "the page says what it is");
}

#[tokio::test]
async fn editors_plan_issues_assign_slots_and_see_what_is_late() {
    let app = TestApp::sqlite().await;
    let org = organisation::ActiveModel {
        slug: Set("school-of-government".into()),
        name: Set("School of Government".into()),
        stakeholder_group: Set("academia".into()),
        country: Set(Some("KE".into())),
        website: Set(None),
        description: Set(String::new()),
        logo: Set(None),
        created_at: Set(time::OffsetDateTime::now_utc()),
        updated_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&app.state.db)
    .await
    .expect("organisation");
    let editor = Person::new(&app, "eda@example.org", "Eda Editor", Role::Editor, None).await;
    let writer = Person::new(&app, "wu@example.org", "Wu Writer", Role::Member, Some(org.id)).await;
    assert_eq!(writer.get(&app, "/editor").await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        writer
            .post(
                &app,
                "/editor",
                &[("_form", "issue"), ("month", "2027-01"), ("number", "8"), ("theme", "T")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    let bad = editor
        .post(&app, "/editor", &[("_form", "issue"), ("month", "January"), ("number", "0"), ("theme", "")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.attrs(".error-summary a", "href"), ["#issue-month", "#issue-number", "#issue-theme"]);
    let planned = editor
        .post(
            &app,
            "/editor",
            &[("_form", "issue"), ("month", "2027-01"), ("number", "8"), ("theme", "AI in local government")],
        )
        .await;
    assert_eq!(planned.header("location"), Some("/editor?done=issue-created"));
    let twice = editor
        .post(
            &app,
            "/editor",
            &[("_form", "issue"), ("month", "2027-01"), ("number", "9"), ("theme", "Again")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.get("/blog/2027-01").await.status, StatusCode::NOT_FOUND, "a planned issue is not public");

    let org_id = org.id.to_string();
    let slot = editor
        .post(
            &app,
            "/editor",
            &[
                ("_form", "slot"),
                ("slot_issue", "2027-01"),
                ("organisation", &org_id),
                ("topic", "Training mayors"),
                ("deadline", "2026-01-15"),
            ],
        )
        .await;
    assert_eq!(slot.header("location"), Some("/editor?done=slot-assigned"));
    let desk = editor.get(&app, "/editor").await;
    assert_eq!(desk.texts(".slot-late td:first-child"), ["School of Government"]);
    assert_eq!(desk.texts(".badge-late"), ["Late"]);

    // The organisation's post for that issue fills the slot; submitted, it is no longer late.
    let mut fields = post_fields("submit", "Training mayors", BODY);
    fields.retain(|(name, _)| *name != "issue");
    fields.push(("issue", "2027-01"));
    writer.post(&app, "/write", &fields).await;
    let desk = editor.get(&app, "/editor").await;
    assert_eq!(desk.texts(".issue-plan td a"), ["Training mayors"]);
    assert!(desk.texts(".badge-late").is_empty());

    let published = editor
        .post(
            &app,
            "/editor",
            &[
                ("_form", "publish-issue"),
                ("publish_month", "2027-01"),
                ("summary", "Local AI."),
                ("intro", "Welcome to **issue 8**."),
            ],
        )
        .await;
    assert_eq!(published.header("location"), Some("/editor?done=issue-published"));
    let issue = app.get("/blog/2027-01").await;
    assert_eq!(issue.status, StatusCode::OK);
    assert_eq!(issue.texts(".issue-intro strong"), ["issue 8"]);
}

fn image_form(alt: &str, file: &[u8]) -> (String, Vec<u8>) {
    let boundary = "hub-image-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"_form\"\r\n\r\nimage\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n{alt}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"image\"; filename=\"chart.png\"\r\nContent-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(file);
    body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbaImage::from_pixel(width, height, image::Rgba([10, 80, 160, 200]));
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(image).write_to(&mut out, image::ImageFormat::Png).expect("encode");
    out.into_inner()
}

#[tokio::test]
async fn images_need_alt_text_and_are_served_resized_with_their_size() {
    let app = TestApp::sqlite().await;
    let author = Person::new(&app, "ana@example.org", "Ana Author", Role::Member, None).await;
    let id = id_from(&author.post(&app, "/write", &post_fields("save", "With a chart", BODY)).await);
    let upload = |alt: &str, file: Vec<u8>| {
        let (content_type, body) = image_form(alt, &file);
        axum::http::Request::post(format!("/write/{id}/images"))
            .header("content-type", content_type)
            .header("accept", "text/html")
            .header("cookie", author.cookie.clone())
            .body(axum::body::Body::from(body))
            .expect("request")
    };
    let no_alt = app.request(upload("", png(1000, 500))).await;
    assert_eq!(no_alt.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(no_alt.attrs(".error-summary a", "href"), ["#image-alt"]);
    let not_an_image = app.request(upload("A chart", b"<svg onload=alert(1)>".to_vec())).await;
    assert_eq!(not_an_image.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(not_an_image.texts(".field-error"), ["The image must be a PNG, JPEG, WebP or GIF file."]);

    let added = app.request(upload("Trained analysts per ministry", png(1000, 500))).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let page = author.get(&app, &format!("/write/{id}")).await;
    let markdown = page.texts(".image-item code");
    assert_eq!(markdown.len(), 1);
    assert!(markdown[0].starts_with("![Trained analysts per ministry](/media/images/"), "{markdown:?}");
    assert!(markdown[0].ends_with("-1000x500.png)"), "kept at its own width below 1280: {markdown:?}");
    let src = page.attrs(".image-item img", "src").remove(0);
    let served = app.get(&src).await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(served.header("content-type"), Some("image/png"));
    assert_eq!(served.header("cache-control"), Some("public, max-age=31536000, immutable"));
    assert_eq!(
        author.get(&app, &src).await.header("cache-control"),
        Some("public, max-age=31536000, immutable"),
        "the same file is cached just as long for someone signed in"
    );
    assert_eq!(author.get(&app, "/account/posts").await.header("cache-control"), Some("private, no-store"));
    let smaller = src.replace("-1000x500.png", "-640x320.png");
    assert_eq!(app.get(&smaller).await.status, StatusCode::OK, "the 640-pixel width is stored too");
    assert_eq!(app.get("/media/images/..%2Fhub.db").await.status, StatusCode::NOT_FOUND);

    // In the text, the image gets its size, its widths and lazy loading.
    let body = format!("{BODY}\n\n{}", markdown[0]);
    author.post(&app, &format!("/write/{id}"), &post_fields("save", "With a chart", &body)).await;
    let page = author.get(&app, &format!("/write/{id}")).await;
    assert_eq!(page.attrs(".preview .prose img", "width"), ["1000"]);
    assert_eq!(page.attrs(".preview .prose img", "height"), ["500"]);
    assert_eq!(page.attrs(".preview .prose img", "alt"), ["Trained analysts per ministry"]);
    assert!(page.attrs(".preview .prose img", "srcset")[0].contains("-640x320.png 640w"));
}
