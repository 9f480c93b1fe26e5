//! Translation sets through the real router: a post in three languages as one work (one
//! started from the original's page, one declared in the content folder), the outdated mark
//! after the original changes, one search result per work with facet counts of works,
//! `hreflang` in the page head, the sitemap and the feed, the editors' list, and the errors
//! of bad input.

use crate::common::{Person, TestApp, TestResponse};
use app::auth::Role;
use app::db::entities::article;
use axum::http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const SPANISH_BODY: &str = "Los ministerios empezaron con una encuesta de **referencia**.\n\n## Encuesta de referencia\n\nLo que sabía el personal.";

fn spanish(action: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("_form", "post"),
        ("title", "Alfa: el uso de datos en los ministerios"),
        ("summary", "Cómo tres ministerios formaron a sus analistas en datos abiertos."),
        ("lang", "es"),
        ("issue", ""),
        ("body", SPANISH_BODY),
        ("tag:sdg:16", "on"),
        ("countries", "ke"),
        ("note", "traducción"),
        ("action", action),
    ]
}

const FRENCH: &str = "+++\ntitle = \"Alpha : l’usage des données dans les ministères\"\nsummary = \"Comment trois ministères ont formé leurs analystes aux données ouvertes.\"\ndate = 2026-10-02\nlang = \"fr\"\nissue = \"2026-10\"\ntranslation_of = \"alpha\"\n+++\n\nLes ministères ont commencé par une enquête de **référence**.\n";

async fn article_id(app: &TestApp, slug: &str) -> i64 {
    article::Entity::find()
        .filter(article::Column::Slug.eq(slug))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("the post exists")
        .id
}

fn draft_id(response: &TestResponse) -> i64 {
    let location = response.header("location").expect("a redirect");
    location
        .trim_start_matches("/write/")
        .split('?')
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("not a post draft: {location}"))
}

async fn review(app: &TestApp, editor: &Person, id: i64, action: &str) {
    let done = editor
        .post(app, &format!("/write/{id}"), &[("_form", "review"), ("action", action), ("comment", "")])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{action}: {}", done.texts(".error-summary li").join(" "));
}

async fn a_post_in_three_languages_is_one_work(app: TestApp) {
    let translator = Person::new(&app, "translator@example.org", "Tra Translator", Role::Member, None).await;
    let editor = Person::new(&app, "editor@example.org", "Eda Editor", Role::Editor, None).await;
    let alpha = article_id(&app, "alpha").await;
    let start = format!("/translate/article/{alpha}");
    let before = app.get("/search").await;
    let facet = |page: &TestResponse, name: &str| -> Vec<String> {
        page.texts(".facet a").into_iter().filter(|label| label.starts_with(name)).collect()
    };

    // The page that starts a translation offers the languages the work lacks.
    assert_eq!(app.get(&start).await.status, StatusCode::UNAUTHORIZED, "members only");
    let page = translator.get(&app, &start).await;
    assert_eq!(page.status, StatusCode::OK);
    let offered = page.attrs("#translate-lang option[value]", "value");
    assert_eq!(offered.iter().filter(|v| !v.is_empty()).collect::<Vec<_>>(), ["ar", "zh", "fr", "ru", "es"]);

    // Bad input is named next to its field and nothing is created.
    for (lang, message) in [
        ("de", "Choose one of the six languages: Arabic, Chinese, English, French, Russian or Spanish."),
        ("en", "This work already has a version in this language."),
        ("", "Fill in this field."),
    ] {
        let refused = translator.post(&app, &start, &[("_form", "translate"), ("lang", lang)]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
        assert_eq!(refused.texts("#lang-error"), [message], "{lang}");
    }
    assert_eq!(article::Entity::find().all(&app.state.db).await.expect("posts").len(), 3, "nothing created");

    // The Spanish translation starts as a draft prefilled with the original, shown beside it.
    let started = translator.post(&app, &start, &[("_form", "translate"), ("lang", "es")]).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.texts(".error-summary li").join(" "));
    assert!(started.header("location").is_some_and(|l| l.ends_with("?done=translation-started")));
    let es = draft_id(&started);
    let draft = translator.get(&app, &format!("/write/{es}")).await;
    assert_eq!(draft.status, StatusCode::OK);
    assert_eq!(draft.attrs("#post-title", "value"), ["Alpha: data use in ministries"], "prefilled");
    assert_eq!(draft.texts(".translation-source h3"), ["Alpha: data use in ministries"]);
    assert_eq!(draft.attrs(".translation-source [lang]", "lang"), ["en"]);
    let again = translator.post(&app, &start, &[("_form", "translate"), ("lang", "es")]).await;
    assert_eq!(again.texts("#lang-error"), ["This work already has a version in this language."]);

    // A draft translation is nowhere readers look, not even through the versions' API.
    let api = app.get_json(&format!("/api/get_versions?kind=article&id={es}"), &[]).await;
    assert_eq!(
        serde_json::from_str::<app::error::AppError>(&api.body).ok(),
        Some(app::error::AppError::NotFound),
        "{}",
        api.body
    );
    let original = app.get("/articles/alpha").await;
    assert!(original.texts(".also-in a").is_empty(), "{:?}", original.texts(".also-in"));
    assert!(!app.get("/sitemap.xml").await.body.contains("hreflang"));

    // Rewritten, submitted, reviewed and published as any post is.
    let saved = translator.post(&app, &format!("/write/{es}"), &spanish("submit")).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.texts(".error-summary li").join(" "));
    review(&app, &editor, es, "approve").await;
    review(&app, &editor, es, "publish").await;
    let es_slug =
        article::Entity::find_by_id(es).one(&app.state.db).await.expect("query").expect("post").slug;

    // The third version comes from the content folder, which names its original.
    app.write_content("alpha-fr.md", FRENCH);
    let report = app.sync().await;
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let fr = article_id(&app, "alpha-fr").await;

    // The original reads "Also in" with each language named in itself, and hreflang
    // alternates (itself included, the original as default) in the head.
    let original = app.get("/articles/alpha").await;
    assert_eq!(original.texts(".also-in a"), ["Français", "Español"]);
    assert_eq!(original.attrs(".also-in a", "hreflang"), ["fr", "es"]);
    assert_eq!(original.attrs(".also-in a", "lang"), ["fr", "es"]);
    let mut alternates = original.attrs("head link[rel='alternate'][hreflang]", "hreflang");
    alternates.sort();
    assert_eq!(alternates, ["en", "es", "fr", "x-default"]);
    assert!(
        original
            .attrs("head link[hreflang='x-default']", "href")
            .iter()
            .all(|href| href.ends_with("/articles/alpha"))
    );
    let spanish_page = app.get(&format!("/articles/{es_slug}")).await;
    assert_eq!(spanish_page.texts(".also-in a"), ["English", "Français"]);
    assert!(spanish_page.texts(".notice-outdated").is_empty(), "made from the current revision");
    assert_eq!(spanish_page.texts(".version-role a"), ["Read the original"]);

    // The sitemap and the series' feed carry the alternates.
    let sitemap = app.get("/sitemap.xml").await.body;
    assert!(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    assert!(
        sitemap.contains(&format!("hreflang=\"es\" href=\"http://127.0.0.1:3000/articles/{es_slug}\"")),
        "{sitemap}"
    );
    assert!(
        sitemap.contains("hreflang=\"fr\" href=\"http://127.0.0.1:3000/articles/alpha-fr\""),
        "{sitemap}"
    );
    let feed = app.get("/blog/feed.xml").await.body;
    assert!(feed.contains("hreflang=\"es\""), "{feed}");

    // Search: one result per work, in the reader's language where the work has it, the other
    // versions a click away; facets count works.
    app.state.search.catch_up(&app.state.db).await.expect("index");
    let found = app.get("/search?q=ministries").await;
    assert_eq!(found.texts("#search-status"), ["1 result"]);
    assert_eq!(found.texts(".hit-title"), ["Alpha: data use in ministries"]);
    assert_eq!(found.texts(".hit .also-in a"), ["Français", "Español"]);
    let in_french = app.get_with("/search?q=ministries", &[("cookie", "hub_lang=fr")]).await;
    assert_eq!(in_french.texts(".hit-title"), ["Alpha : l’usage des données dans les ministères"]);
    assert_eq!(in_french.attrs(".hit-title", "lang"), ["fr"]);
    let atom = app.get("/search?q=ministries&format=atom").await.body;
    assert!(atom.contains("hreflang=\"es\""), "{atom}");
    let in_spanish_words = app.get("/search?q=ministerios").await;
    assert_eq!(in_spanish_words.texts("#search-status"), ["1 result"]);
    let all = app.get("/search").await;
    assert_eq!(all.texts("#search-status"), before.texts("#search-status"), "as many works as before");
    assert_eq!(facet(&all, "Article"), facet(&before, "Article"), "the kind counts works, not versions");
    assert_eq!(facet(&all, "English"), facet(&before, "English"), "alpha's work was already in English");
    assert_eq!(facet(&all, "Español"), ["Español1"], "{:?}", all.texts(".facet a"));
    let french_before: u32 =
        facet(&before, "Français").concat().trim_start_matches("Français").parse().unwrap_or(0);
    assert_eq!(
        facet(&all, "Français"),
        [format!("Français{}", french_before + 1)],
        "alpha's work is now in French too"
    );

    // The original changes: its translations are outdated, say so and lead to it.
    let edit = editor.get(&app, &format!("/write/{alpha}")).await;
    assert_eq!(edit.status, StatusCode::OK);
    let changed = editor
        .post(
            &app,
            &format!("/write/{alpha}"),
            &[
                ("_form", "post"),
                ("title", "Alpha: data use in ministries"),
                ("summary", "How three ministries trained analysts to use open data."),
                ("lang", "en"),
                ("issue", "2026-10"),
                ("body", "Ministries started with a **baseline** survey, then a second one a year later."),
                ("countries", "ke"),
                ("note", "a second survey"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.texts(".error-summary li").join(" "));
    let outdated = app.get(&format!("/articles/{es_slug}")).await;
    assert_eq!(outdated.texts(".notice-outdated a"), ["Read the original"]);
    assert_eq!(outdated.attrs(".notice-outdated a", "href"), ["/articles/alpha"]);
    assert_eq!(app.get("/articles/alpha").await.texts(".notice-outdated").len(), 0);

    // Editors see what needs translating, by language and kind; members may not.
    assert_eq!(translator.get(&app, "/editor/translations").await.status, StatusCode::FORBIDDEN);
    let desk = editor.get(&app, "/editor/translations?lang=es&kind=article").await;
    assert_eq!(desk.status, StatusCode::OK);
    let outdated_rows = desk.texts("section[aria-labelledby='outdated-title'] tbody tr td:first-child");
    assert_eq!(outdated_rows, ["Alpha: data use in ministries"]);
    let missing_rows = desk.texts("section[aria-labelledby='missing-title'] tbody tr td:first-child");
    assert!(
        !missing_rows.contains(&"Alpha: data use in ministries".to_owned()),
        "it has Spanish: {missing_rows:?}"
    );
    assert!(missing_rows.contains(&"Bêta : la gouvernance des données".to_owned()), "{missing_rows:?}");
    let arabic = editor.get(&app, "/editor/translations?lang=ar").await;
    let missing_ar = arabic.texts("section[aria-labelledby='missing-title'] tbody tr td:first-child");
    assert!(missing_ar.contains(&"Alpha: data use in ministries".to_owned()), "{missing_ar:?}");
    assert!(arabic.texts("section[aria-labelledby='outdated-title'] tbody tr").is_empty(), "no Arabic yet");

    // A translation is never the original of another one.
    let from_translation = translator
        .post(&app, &format!("/translate/article/{fr}"), &[("_form", "translate"), ("lang", "ar")])
        .await;
    assert_eq!(from_translation.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        from_translation.texts(".error-summary li"),
        ["This is a translation: start from the original instead."]
    );
    let via_translation = translator.get(&app, &format!("/translate/article/{fr}")).await;
    assert_eq!(
        via_translation.texts(".translation-original a"),
        ["Alpha: data use in ministries"],
        "it leads to the original"
    );
}

on_both_databases!(a_post_in_three_languages_is_one_work);

const RUSSIAN: &str = "+++\ntitle = \"Альфа: использование данных в министерствах\"\nsummary = \"Как три министерства обучили аналитиков работе с открытыми данными.\"\ndate = 2026-10-03\nlang = \"ru\"\nissue = \"2026-10\"\ntranslation_of = \"alpha\"\nauthors = [{ name = \"Ana Test\", organisation = \"Test Ministry\" }, \"Ben Test\"]\n\n[tags]\ndomain = [\"data-use-governance\"]\nsdg = [\"16\"]\ncountry = [\"ke\"]\ntheme = [\"data-governance\"]\n+++\n\nМинистерства начали с **базового** обследования.\n";

async fn a_post_and_its_translation_are_listed_once(app: TestApp) {
    const ENGLISH_TITLE: &str = "Alpha: data use in ministries";
    const RUSSIAN_TITLE: &str = "Альфа: использование данных в министерствах";
    let issues_before = app.get("/blog").await.texts(".issue-card .byline");
    app.write_content("alpha-ru.md", RUSSIAN);
    let report = app.sync().await;
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let ru = article_id(&app, "alpha-ru").await;
    assert_eq!(app.get("/articles/alpha-ru").await.texts(".version-role a"), ["Read the original"]);

    // The issue, the tag, the author and both lists of the home page show the work once, in
    // the reader's language, its other version a click away on the card.
    let lists = [
        ("/blog/2026-10", "section.issue"),
        ("/blog/tags/sdg/16", "main"),
        ("/blog/authors/ana-test", "main"),
        ("/", ".current-issue"),
        ("/", ".latest"),
    ];
    for (path, list) in lists {
        let cards = |page: &TestResponse, title: &str| {
            page.texts(&format!("{list} .card-title")).into_iter().filter(|shown| shown == title).count()
        };
        let english = app.get(path).await;
        assert_eq!(english.status, StatusCode::OK, "{path}");
        assert_eq!(cards(&english, ENGLISH_TITLE), 1, "{path} {list}: {:?}", english.texts(".card-title"));
        assert_eq!(cards(&english, RUSSIAN_TITLE), 0, "{path} {list}: {:?}", english.texts(".card-title"));
        assert_eq!(english.texts(&format!("{list} .also-in a")), ["Русский"], "{path} {list}");
        assert_eq!(
            english.attrs(&format!("{list} .also-in a"), "href"),
            ["/articles/alpha-ru"],
            "{path} {list}"
        );
        let russian = app.get_with(path, &[("cookie", "hub_lang=ru")]).await;
        assert_eq!(russian.status, StatusCode::OK, "{path}");
        assert_eq!(cards(&russian, RUSSIAN_TITLE), 1, "{path} {list}: {:?}", russian.texts(".card-title"));
        assert_eq!(cards(&russian, ENGLISH_TITLE), 0, "{path} {list}: {:?}", russian.texts(".card-title"));
        assert_eq!(
            russian.attrs(&format!("{list} .card-title"), "lang").iter().filter(|l| *l == "ru").count(),
            1
        );
        assert_eq!(russian.texts(&format!("{list} .also-in a")), ["English"], "{path} {list}");
    }
    // A reader in a language the work lacks gets the original.
    let french = app.get_with("/blog/2026-10", &[("cookie", "hub_lang=fr")]).await;
    assert_eq!(french.texts("section.issue .card-title"), [ENGLISH_TITLE]);

    // The issue still counts one post, and a version is never "related" to its own work.
    assert_eq!(app.get("/blog").await.texts(".issue-card .byline"), issues_before);
    let related = app.get("/articles/alpha").await.texts(".related .card-title");
    assert!(!related.iter().any(|title| title == RUSSIAN_TITLE), "{related:?}");
    let related = app.get("/articles/alpha-ru").await.texts(".related .card-title");
    assert!(!related.iter().any(|title| title == ENGLISH_TITLE), "{related:?} ({ru})");
}

on_both_databases!(a_post_and_its_translation_are_listed_once);

#[tokio::test]
async fn a_content_file_naming_no_post_or_a_taken_language_is_reported() {
    let app = TestApp::sqlite().await;
    app.write_content(
        "ghost.md",
        &FRENCH.replace("translation_of = \"alpha\"", "translation_of = \"nowhere\""),
    );
    app.write_content("alpha-en.md", &FRENCH.replace("lang = \"fr\"", "lang = \"en\""));
    let report = app.sync().await;
    let messages: Vec<String> = report.problems.iter().map(|problem| problem.message.clone()).collect();
    assert!(messages.iter().any(|m| m == "translation_of: no post has the slug `nowhere`"), "{messages:?}");
    assert!(
        messages.iter().any(|m| m == "translation_of: This work already has a version in this language."),
        "{messages:?}"
    );
}
