//! Submitting and reviewing cases through the real router, as browsers without JavaScript
//! do: drafts, the completeness check, field errors, submission, review, publication, PDF
//! attachments, and who may see what.

use crate::common::{Person, TestApp, TestResponse};
use app::auth::Role;
use app::db::entities::{case, case_event, case_revision};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

fn id_from(response: &TestResponse) -> i64 {
    let location = response.header("location").expect("a redirect");
    location
        .trim_start_matches("/cases/submit/")
        .split(['?', '#'])
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("no case id in {location}"))
}

const PROBLEM: &str = "Every filing season, queues at the service desks grew to several hours, and the call centre could answer only one call in three. Most questions were the same twenty questions about deadlines, forms and penalties, asked again and again.";

fn fields<'a>(action: &'a str, title: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("_form", "case"),
        ("action", action),
        ("title", title),
        ("summary", "A multilingual chatbot answers taxpayers' questions day and night."),
        ("lang", "en"),
        ("problem", PROBLEM),
        ("countries", "Kenya, Uganda"),
        ("tag:sdg:16", "on"),
        ("tag:theme:service-design", "on"),
        ("organisations", "Revenue Authority | implementer"),
        ("links", "Evaluation | https://example.org/evaluation"),
        ("note", "first draft"),
    ]
}

async fn upload(app: &TestApp, person: &Person, id: i64, file: &[u8], label: &str) -> TestResponse {
    let boundary = "XhubBoundary";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"_form\"\r\n\r\nattachment\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\n{label}\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").as_bytes());
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = Request::post(format!("/cases/submit/{id}/attachments"))
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .header("accept", "text/html")
        .header("host", "127.0.0.1:3000")
        .header("cookie", &person.cookie)
        .body(Body::from(body))
        .expect("request");
    app.request(request).await
}

async fn a_case_goes_from_draft_through_review_to_the_library(app: TestApp) {
    let author = Person::new(&app, "author@example.org", "Ama Author", Role::Member, None).await;
    let editor = Person::new(&app, "editor@example.org", "Eda Editor", Role::Editor, None).await;
    let other = Person::new(&app, "other@example.org", "Oto Other", Role::Member, None).await;

    // The form checks completeness without saving anything.
    let preview = author.post(&app, "/cases/submit", &fields("preview", "A tax chatbot")).await;
    assert_eq!(preview.status, StatusCode::OK);
    let gaps = preview.texts(".completeness li");
    assert!(gaps.iter().any(|gap| gap.contains("Say what was done")), "{gaps:?}");
    assert!(!gaps.iter().any(|gap| gap.contains("problem")), "the problem is there: {gaps:?}");
    assert_eq!(case::Entity::find().count(&app.state.db).await.expect("count"), 0);

    // A bad country and an SDG out of range are named next to their fields; nothing is saved.
    let mut bad = fields("save", "A tax chatbot");
    bad.retain(|(name, _)| *name != "countries");
    bad.push(("countries", "Narnia"));
    bad.push(("tag:sdg:18", "on"));
    let refused = author.post(&app, "/cases/submit", &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.texts("#countries-error"), ["“Narnia” is not a country we know."]);
    assert!(refused.texts(".error-summary li").iter().any(|t| t.contains("SDG number")));
    assert_eq!(refused.attrs("#case-title", "value"), ["A tax chatbot"], "what was typed is kept");
    assert_eq!(case::Entity::find().count(&app.state.db).await.expect("count"), 0);

    // Saved as a draft; submitting without the required sections names each of them.
    let saved = author.post(&app, "/cases/submit", &fields("save", "A tax chatbot")).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let id = id_from(&saved);
    let path = format!("/cases/submit/{id}");
    let draft_page = author.get(&app, &path).await;
    assert_eq!(draft_page.status, StatusCode::OK, "{}", draft_page.texts("main").join(" "));
    let early = author.post(&app, &path, &fields("submit", "A tax chatbot")).await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", early.texts("main").join(" "));
    assert_eq!(early.texts("#solution-error"), ["Fill in this section before you submit the case."]);
    assert_eq!(early.texts("#results-error").len(), 1);

    // Drafts are private: readers and other members get 404.
    let row = case::Entity::find_by_id(id).one(&app.state.db).await.expect("query").expect("case");
    assert_eq!(row.status, "draft");
    assert_eq!(app.get(&format!("/cases/{}", row.slug)).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.get(&app, &path).await.status, StatusCode::NOT_FOUND);

    // A PDF is attached (checked by content); anything else is refused.
    let refused = upload(&app, &author, id, b"GIF89a not a pdf", "Report").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.texts("#attachment-file-error"), ["This file is not a PDF."]);
    let mut huge = b"%PDF-1.4\n".to_vec();
    huge.resize(11 * 1024 * 1024, b' ');
    let refused = upload(&app, &author, id, &huge, "Too big").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.texts("#attachment-file-error"), ["The file is larger than 10 MB."]);
    let polyglot = b"%PDF-1.4\n<html><script>alert(document.cookie)</script>\n%%EOF\n";
    let refused = upload(&app, &author, id, polyglot, "Report").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "a PDF that is also a page is refused");
    let attached =
        upload(&app, &author, id, b"%PDF-1.4\n%fake but well-formed\n%%EOF\n", "Evaluation report").await;
    assert_eq!(attached.status, StatusCode::SEE_OTHER);
    let page = author.get(&app, &path).await;
    let href = page.attrs("#attachments a", "href");
    assert_eq!(href.len(), 1);
    let file = app.get(&href[0]).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.header("content-type"), Some("application/pdf"));
    assert_eq!(file.header("content-disposition"), Some("attachment"), "served as a download");
    assert_eq!(file.header("x-content-type-options"), Some("nosniff"));
    assert!(file.header("content-security-policy").is_some_and(|csp| csp.contains("sandbox")));

    // Complete and submit; the author cannot approve, an editor can and publishes.
    let mut complete = fields("submit", "A tax chatbot");
    complete.push(("solution", "Twelve civil servants learned conversational design and built it."));
    complete.push(("results", "Calls fell by 40 % in a year."));
    let submitted = author.post(&app, &path, &complete).await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.texts(".error-summary li").join(" | ")
    );
    let review = |action: &'static str| vec![("_form", "review"), ("action", action), ("comment", "")];
    assert_eq!(author.post(&app, &path, &review("approve")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(editor.post(&app, &path, &review("approve")).await.status, StatusCode::SEE_OTHER);
    assert_eq!(editor.post(&app, &path, &review("publish")).await.status, StatusCode::SEE_OTHER);
    app.state.search.catch_up(&app.state.db).await.expect("index");

    let public = app.get(&format!("/cases/{}", row.slug)).await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(public.texts("article h1"), ["A tax chatbot"]);
    assert!(
        public.texts(".case-facts a").contains(&"Evaluation report".to_owned()),
        "the attachment is a link"
    );
    let library = app.get("/cases?q=chatbot").await;
    assert_eq!(library.texts(".hit-title"), ["A tax chatbot"]);

    let history: Vec<String> = case_event::Entity::find()
        .filter(case_event::Column::CaseId.eq(id))
        .all(&app.state.db)
        .await
        .expect("events")
        .into_iter()
        .map(|event| event.to_status)
        .collect();
    assert_eq!(history, ["draft", "submitted", "approved", "published"]);
    let revisions = case_revision::Entity::find()
        .filter(case_revision::Column::CaseId.eq(id))
        .count(&app.state.db)
        .await
        .expect("revisions");
    assert_eq!(revisions, 3, "the draft, the attachment and the submitted text");
    // Every revision can be read again as it was saved; the first draft had no results yet.
    let page = author.get(&app, &path).await;
    let links = page.attrs(".revisions a", "href");
    assert_eq!(links.len(), 3);
    let first = author.get(&app, links.last().expect("the first revision")).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.texts("h1"), ["Revision 1 of 3"]);
    let headings = first.texts(".write h2");
    assert!(
        headings.contains(&"Problem and context".to_owned()) && !headings.contains(&"Results".to_owned())
    );
    assert_eq!(other.get(&app, &links[0]).await.status, StatusCode::NOT_FOUND);
    let mine = author.get(&app, "/account/cases").await;
    assert_eq!(mine.texts(".data-table td a"), ["A tax chatbot"]);
}
on_both_databases!(a_case_goes_from_draft_through_review_to_the_library);

#[tokio::test]
async fn the_public_is_asked_to_sign_in_and_bad_addresses_are_refused() {
    let app = TestApp::sqlite().await;
    let page = app.get("/cases/submit").await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    let posted = app.post_form("/cases/submit", "_form=case&action=save&title=Hello", &[]).await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    assert!(posted.header("location").is_some_and(|l| l.starts_with("/sign-in")));
    let member = Person::new(&app, "m@example.org", "Mo Member", Role::Member, None).await;
    assert_eq!(member.get(&app, "/cases/submit/abc").await.status, StatusCode::NOT_FOUND);
    assert_eq!(member.get(&app, "/cases/submit/999").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/media/files/..%2F..%2Fhub.db").await.status, StatusCode::NOT_FOUND);
}
