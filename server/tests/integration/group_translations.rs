//! Working-group outputs in translation sets through the real router: a member starts a
//! translation from the output page (the original shown beside the editor), the group
//! co-writes and endorses it like any document, and then the output reads "Also in" with
//! `hreflang` alternates, the sitemap lists them, search shows the work once, and a change to
//! the original marks the translation outdated (for readers and on the editors' list). Someone
//! outside the group is refused with a reason, and a document's language is checked.

use crate::common::{Person, TestApp, TestResponse};
use app::auth::Role;
use app::db::entities::group_document;
use axum::http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const ENGLISH: &str = "Alpha: civil servants learn to read **data** before they buy AI tools.\n\nEach ministry names a mentor.\n";
const FRENCH: &str = "Alpha : les fonctionnaires apprennent à lire les **données** avant d’acheter des outils d’IA.\n\nChaque ministère désigne un mentor.\n";

fn location(response: &TestResponse) -> String {
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "a redirect, got {}: {:?}",
        response.status,
        response.texts(".error-summary li, .field-error")
    );
    response.header("location").expect("a location").to_owned()
}

fn path_of(location: &str) -> String {
    location.split('?').next().expect("a path").to_owned()
}

async fn document_id(app: &TestApp, slug: &str) -> i64 {
    group_document::Entity::find()
        .filter(group_document::Column::Slug.eq(slug))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("the document exists")
        .id
}

async fn a_member_translates_an_output_the_group_then_endorses(app: TestApp) {
    let admin = Person::new(&app, "admin@example.org", "Ada Admin", Role::Admin, None).await;
    let ana = Person::new(&app, "ana@example.org", "Ana", Role::Member, None).await;
    let oz = Person::new(&app, "oz@example.org", "Oz Outsider", Role::Member, None).await;
    let created = admin
        .post(
            &app,
            "/groups",
            &[
                ("_form", "group-new"),
                ("group_name", "Data skills"),
                ("theme", "artificial-intelligence"),
                ("charter", "We write a guide to data skills."),
                ("visibility", "public"),
                ("quorum", "1"),
            ],
        )
        .await;
    let group = path_of(&location(&created));
    location(&admin.post(&app, &group, &[("_form", "invite"), ("email", "ana@example.org")]).await);
    location(&ana.post(&app, &group, &[("_form", "invitation"), ("action", "accept")]).await);

    // A document's language is one of the six, chosen when it is created.
    let page = ana.get(&app, &group).await;
    assert_eq!(page.attrs("#document-lang option[selected]", "value"), ["en"], "the reader's language");
    let german = ana.post(&app, &group, &[("_form", "document"), ("title", "Guide"), ("lang", "de")]).await;
    assert_eq!(german.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        german.texts("#lang-error"),
        ["Choose one of the six languages: Arabic, Chinese, English, French, Russian or Spanish."]
    );
    let doc = path_of(&location(
        &ana.post(&app, &group, &[("_form", "document"), ("title", "Data skills guide"), ("lang", "en")])
            .await,
    ));
    location(
        &ana.post(&app, &doc, &[("_form", "save"), ("base", "0"), ("body", ENGLISH), ("note", "")]).await,
    );
    location(&admin.post(&app, &doc, &[("_form", "propose"), ("number", "1")]).await);
    location(&ana.post(&app, &doc, &[("_form", "endorse"), ("number", "1")]).await);
    let original_output = doc.replace("/docs/", "/outputs/");
    let original_id = document_id(&app, "data-skills-guide").await;
    let start = format!("/translate/output/{original_id}");

    // The output carries its language on its own words and offers a translation.
    let output = app.get(&original_output).await;
    assert_eq!(output.status, StatusCode::OK);
    assert_eq!(output.attrs("h1", "lang"), ["en"]);
    assert_eq!(output.attrs(".translate-link a", "href"), [start.as_str()]);
    assert_eq!(ana.get(&app, &doc).await.attrs(".translate-link a", "href"), [start.as_str()]);

    // Only the group's members translate its documents; anyone else is told why.
    assert_eq!(app.get(&start).await.status, StatusCode::UNAUTHORIZED);
    let refused = oz.post(&app, &start, &[("_form", "translate"), ("lang", "fr")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.texts("#lang-error"),
        ["Only members of this working group can translate its documents: ask to join the group first."]
    );
    let documents = group_document::Entity::find().all(&app.state.db).await.expect("documents");
    assert_eq!(documents.len(), 1, "nothing created");

    // A member starts the French translation: a new document of the group, prefilled, with
    // the original beside the editor.
    let started = location(&ana.post(&app, &start, &[("_form", "translate"), ("lang", "fr")]).await);
    assert!(started.ends_with("?done=translation-started"), "{started}");
    let draft = location(&ana.get(&app, &started).await);
    assert_eq!(draft, format!("{group}/docs/data-skills-guide-2?done=translation-started"));
    assert_eq!(oz.get(&app, &started).await.status, StatusCode::SEE_OTHER, "the group is public");
    let draft = path_of(&draft);
    let page = ana.get(&app, &draft).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.attrs("h1", "lang"), ["fr"]);
    assert_eq!(page.texts(".translation-source h3"), ["Data skills guide"]);
    assert_eq!(page.attrs(".translation-source [lang]", "lang"), ["en"]);
    assert!(page.texts(".translation-source p").iter().any(|p| p.contains("Each ministry names a mentor.")));
    assert!(page.texts("#save-body").concat().contains("Each ministry names a mentor."), "prefilled");
    assert_eq!(oz.get(&app, &draft).await.status, StatusCode::FORBIDDEN, "working documents stay inside");

    // Until the group endorses it, readers see no French version.
    assert!(app.get(&original_output).await.texts(".also-in a").is_empty());
    assert!(!app.get("/sitemap.xml").await.body.contains("hreflang=\"fr\""));

    // Co-written, titled and endorsed as any document of the group.
    location(
        &ana.post(&app, &draft, &[("_form", "save"), ("base", "1"), ("body", FRENCH), ("note", "")]).await,
    );
    let untitled = ana.post(&app, &draft, &[("_form", "rename"), ("title", " ")]).await;
    assert_eq!(untitled.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(untitled.texts("#title-error"), ["Fill in this field."]);
    location(
        &ana.post(&app, &draft, &[("_form", "rename"), ("title", "Guide des compétences en données")]).await,
    );
    let french_output = draft.replace("/docs/", "/outputs/");
    assert_eq!(app.get(&french_output).await.status, StatusCode::NOT_FOUND, "not endorsed yet");
    location(&admin.post(&app, &draft, &[("_form", "propose"), ("number", "2")]).await);
    location(&ana.post(&app, &draft, &[("_form", "endorse"), ("number", "2")]).await);

    // Both outputs name each other, with hreflang alternates and the original as default.
    let original = app.get(&original_output).await;
    assert_eq!(original.texts(".also-in a"), ["Français"]);
    assert_eq!(original.attrs(".also-in a", "lang"), ["fr"]);
    let mut alternates = original.attrs("head link[rel='alternate'][hreflang]", "hreflang");
    alternates.sort();
    assert_eq!(alternates, ["en", "fr", "x-default"]);
    let french = app.get(&french_output).await;
    assert_eq!(french.texts("h1"), ["Guide des compétences en données"]);
    assert_eq!(french.attrs(".prose", "lang"), ["fr"]);
    assert_eq!(french.texts(".also-in a"), ["English"]);
    assert_eq!(french.texts(".version-role a"), ["Read the original"]);
    assert!(french.texts(".notice-outdated").is_empty(), "made from the current revision");
    let sitemap = app.get("/sitemap.xml").await.body;
    assert!(
        sitemap.contains(&format!("hreflang=\"fr\" href=\"http://127.0.0.1:3000{french_output}\"")),
        "{sitemap}"
    );
    assert!(
        sitemap.contains(&format!("hreflang=\"x-default\" href=\"http://127.0.0.1:3000{original_output}\"")),
        "{sitemap}"
    );

    // Search finds the work once, in either language's words.
    app.state.search.catch_up(&app.state.db).await.expect("index");
    for query in ["mentor", "fonctionnaires"] {
        let found = app.get(&format!("/search?q={query}")).await;
        assert_eq!(found.texts("#search-status"), ["1 result"], "{query}");
        assert_eq!(found.texts(".hit-title"), ["Data skills guide"], "{query}");
    }
    let in_french = app.get_with("/search?q=mentor", &[("cookie", "hub_lang=fr")]).await;
    assert_eq!(in_french.texts(".hit-title"), ["Guide des compétences en données"]);

    // The original changes: the translation is outdated, says so and leads to the original.
    location(
        &ana.post(
            &app,
            &doc,
            &[
                ("_form", "save"),
                ("base", "1"),
                ("body", &format!("{ENGLISH}\nA third paragraph.\n")),
                ("note", ""),
            ],
        )
        .await,
    );
    let outdated = app.get(&french_output).await;
    assert_eq!(outdated.texts(".notice-outdated a"), ["Read the original"]);
    assert_eq!(outdated.attrs(".notice-outdated a", "href"), [original_output.as_str()]);
    let desk = admin.get(&app, "/editor/translations?lang=fr&kind=output").await;
    assert_eq!(desk.status, StatusCode::OK);
    assert_eq!(
        desk.texts("section[aria-labelledby='outdated-title'] tbody tr td:first-child"),
        ["Data skills guide"]
    );
    let arabic = admin.get(&app, "/editor/translations?lang=ar&kind=output").await;
    assert_eq!(
        arabic.texts("section[aria-labelledby='missing-title'] tbody tr td:first-child"),
        ["Data skills guide"]
    );

    // A translation is never the original of another one.
    let french_id = document_id(&app, "data-skills-guide-2").await;
    let again = ana
        .post(&app, &format!("/translate/output/{french_id}"), &[("_form", "translate"), ("lang", "ar")])
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
}

on_both_databases!(a_member_translates_an_output_the_group_then_endorses);

async fn a_private_group_s_outputs_stay_out_of_translation_sets(app: TestApp) {
    let admin = Person::new(&app, "admin@example.org", "Ada Admin", Role::Admin, None).await;
    let oz = Person::new(&app, "oz@example.org", "Oz Outsider", Role::Member, None).await;
    let created = admin
        .post(
            &app,
            "/groups",
            &[
                ("_form", "group-new"),
                ("group_name", "Hidden plans"),
                ("theme", "artificial-intelligence"),
                ("charter", "Private work."),
                ("visibility", "private"),
                ("quorum", "1"),
            ],
        )
        .await;
    let group = path_of(&location(&created));
    let doc = path_of(&location(
        &admin.post(&app, &group, &[("_form", "document"), ("title", "Hidden plan"), ("lang", "ru")]).await,
    ));
    location(
        &admin.post(&app, &doc, &[("_form", "save"), ("base", "0"), ("body", "План.\n"), ("note", "")]).await,
    );
    location(&admin.post(&app, &doc, &[("_form", "propose"), ("number", "1")]).await);
    location(&admin.post(&app, &doc, &[("_form", "endorse"), ("number", "1")]).await);
    let id = document_id(&app, "hidden-plan").await;
    let output = admin.get(&app, &doc.replace("/docs/", "/outputs/")).await;
    assert_eq!(output.status, StatusCode::OK);
    assert_eq!(output.attrs("h1", "lang"), ["ru"]);
    assert!(output.texts(".translate-link").is_empty(), "its readers are not the public");
    for who in [&oz, &admin] {
        let api = who.get(&app, &format!("/api/get_versions?kind=output&id={id}")).await;
        assert!(!api.body.contains("Hidden plan"), "{}", api.body);
    }
    assert_eq!(
        oz.post(&app, &format!("/translate/output/{id}"), &[("_form", "translate"), ("lang", "fr")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(oz.get(&app, &format!("/groups/documents/{id}")).await.status, StatusCode::NOT_FOUND);
}

on_both_databases!(a_private_group_s_outputs_stay_out_of_translation_sets);
