//! The use-case library on SQLite and PostgreSQL: importing the real registry corpus,
//! rejected rows, lineage, facet counts checked against the database, the pages and the
//! exports.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use crate::common::TestApp;
use app::cases::ssr::{ImportReport, import_rows, read_file, read_json_lines, read_toml_dir};
use app::db::entities::{case, case_tag};
use app::search::document::Viewer;
use app::search::params::{FacetName, SearchParams};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dpg-registry.jsonl")
}

async fn import_text(app: &TestApp, text: &str) -> ImportReport {
    let report = import_rows(&app.state.db, read_json_lines(text), "test.jsonl", false, |_, _| {})
        .await
        .expect("import runs");
    app.state.search.catch_up(&app.state.db).await.expect("index catch-up");
    report
}

async fn import_corpus(app: &TestApp) -> ImportReport {
    let rows = read_file(&corpus()).expect("the registry corpus is readable");
    let report =
        import_rows(&app.state.db, rows, "dpg-registry.jsonl", false, |_, _| {}).await.expect("import");
    app.state.search.catch_up(&app.state.db).await.expect("index catch-up");
    report
}

async fn the_whole_registry_imports_and_again_changes_nothing(app: TestApp) {
    let report = import_corpus(&app).await;
    assert!(report.rejected.is_empty(), "rejected: {:?}", report.rejected);
    assert_eq!((report.rows, report.created, report.updated), (750, 750, 0));
    assert_eq!(case::Entity::find().count(&app.state.db).await.expect("count"), 750);

    let again = import_corpus(&app).await;
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 750), "idempotent by slug");

    let dry = import_rows(
        &app.state.db,
        read_file(&corpus()).expect("readable"),
        "dpg-registry.jsonl",
        true,
        |_, _| {},
    )
    .await
    .expect("dry run");
    assert_eq!(dry.unchanged, 750);

    let page = app.get("/cases/api-gouv-fr").await;
    assert_eq!(page.status, 200, "the registry's dotted slug becomes a hub slug");
    assert_eq!(page.texts("article h1"), ["api.gouv.fr"]);
}
on_both_databases!(the_whole_registry_imports_and_again_changes_nothing);

async fn the_sitemap_lists_every_published_case(app: TestApp) {
    import_corpus(&app).await;
    let db = &app.state.db;
    // One case taken down: it leaves the sitemap with the library's count.
    let hidden = case::Entity::find().one(db).await.expect("query").expect("a case");
    case::Entity::update_many()
        .col_expr(case::Column::Status, sea_orm::sea_query::Expr::value("unpublished"))
        .filter(case::Column::Id.eq(hidden.id))
        .exec(db)
        .await
        .expect("unpublish");
    let published =
        case::Entity::find().filter(case::Column::Status.eq("published")).count(db).await.expect("count");
    assert_eq!(published, 749);
    let sitemap = app.get("/sitemap.xml").await;
    assert_eq!(sitemap.status, 200);
    let base = format!("<loc>{}/cases/", app.state.site.public_url);
    let listed: HashSet<&str> = sitemap
        .body
        .lines()
        .filter_map(|line| line.split(&base).nth(1))
        .filter_map(|rest| rest.split('<').next())
        .filter(|slug| *slug != "world")
        .collect();
    assert_eq!(listed.len() as u64, published, "every published case, once");
    assert!(!listed.contains(hidden.slug.as_str()), "an unpublished case is not listed");
    assert!(listed.contains("api-gouv-fr"));
    // Every kind: as many pages as the database has public items.
    let count_under = |prefix: &str| {
        let loc = format!("<loc>{}{prefix}", app.state.site.public_url);
        sitemap.body.lines().filter(|line| line.contains(&loc)).count() as u64
    };
    let articles = app::db::entities::article::Entity::find()
        .filter(app::db::entities::article::Column::Status.eq("published"))
        .count(db)
        .await
        .expect("count");
    assert!(articles > 0);
    assert_eq!(count_under("/articles/"), articles, "every published post");
    let organisations = app::db::entities::organisation::Entity::find().count(db).await.expect("count");
    assert_eq!(count_under("/members/"), organisations, "every member organisation");
    for path in ["/cases", "/cases/world", "/groups", "/members", "/join", "/blog"] {
        assert!(sitemap.body.contains(&format!("<loc>{}{path}</loc>", app.state.site.public_url)), "{path}");
    }
}
on_both_databases!(the_sitemap_lists_every_published_case);

/// Every case's tags as the database holds them, with each country's region added.
async fn tags_by_case(app: &TestApp) -> HashMap<i64, HashSet<(String, String)>> {
    let published: HashMap<i64, i32> = case::Entity::find()
        .filter(case::Column::Status.eq("published"))
        .all(&app.state.db)
        .await
        .expect("cases")
        .into_iter()
        .map(|row| (row.id, row.published_on.year()))
        .collect();
    let mut tags: HashMap<i64, HashSet<(String, String)>> = HashMap::new();
    for (id, year) in &published {
        let set = tags.entry(*id).or_default();
        set.insert(("year".to_owned(), year.to_string()));
        set.insert(("lang".to_owned(), "en".to_owned()));
    }
    for tag in case_tag::Entity::find().all(&app.state.db).await.expect("tags") {
        if !published.contains_key(&tag.case_id) {
            continue;
        }
        let set = tags.entry(tag.case_id).or_default();
        if tag.facet == "country" {
            let region = app::taxonomy::country(&tag.code).expect("known country").region_code();
            set.insert(("region".to_owned(), region));
        }
        set.insert((tag.facet, tag.code));
    }
    tags
}

async fn facet_counts_match_a_direct_count_of_the_database(app: TestApp) {
    import_corpus(&app).await;
    let tags = tags_by_case(&app).await;
    let combinations: [&[(&str, &str)]; 10] = [
        &[],
        &[("sdg", "3")],
        &[("country", "KE")],
        &[("region", "africa")],
        &[("theme", "health")],
        &[("sdg", "3"), ("region", "africa")],
        &[("sdg", "3"), ("sdg", "4")],
        &[("country", "IN"), ("theme", "health")],
        &[("org", "digital-impact-alliance")],
        &[("region", "asia"), ("sdg", "5"), ("theme", "education")],
    ];
    for filters in combinations {
        let query = filters.iter().map(|(f, v)| format!("{f}={v}")).collect::<Vec<_>>().join("&");
        let mut params = SearchParams::from_query_string(&query);
        params.filters.push((FacetName::Kind, "case".to_owned()));
        let results = app.state.search.search(&params, &Viewer::public(), 20).expect("search");
        // A case matches when, for every facet filtered, it has one of the values asked.
        let mut wanted: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (facet, value) in filters {
            wanted.entry(facet).or_default().push(value);
        }
        let matching: Vec<&HashSet<(String, String)>> = tags
            .values()
            .filter(|set| {
                wanted.iter().all(|(facet, values)| {
                    values.iter().any(|value| set.contains(&((*facet).to_owned(), (*value).to_owned())))
                })
            })
            .collect();
        assert_eq!(results.total, matching.len() as u64, "total for {query:?}");
        for counts in &results.facets {
            if counts.facet == FacetName::Kind {
                continue;
            }
            let key = counts.facet.key();
            let mut expected: HashMap<&str, u64> = HashMap::new();
            for set in &matching {
                for (facet, code) in set.iter() {
                    if facet == key {
                        *expected.entry(code.as_str()).or_default() += 1;
                    }
                }
            }
            for (value, count) in &counts.values {
                assert_eq!(Some(count), expected.get(value.as_str()), "{key}={value} under {query:?}");
            }
            // Only the most frequent values are listed; nothing left out beats one listed.
            let least_shown = counts.values.iter().map(|(_, count)| *count).min().unwrap_or(0);
            let shown: HashSet<&str> = counts.values.iter().map(|(value, _)| value.as_str()).collect();
            for (value, count) in &expected {
                assert!(
                    shown.contains(value) || *count <= least_shown,
                    "{key}={value} ({count}) missing under {query:?}"
                );
            }
        }
    }
}
on_both_databases!(facet_counts_match_a_direct_count_of_the_database);

const GOOD: &str = r#"{"slug":"tax-bot","title":"A tax chatbot","summary":"Answers taxpayers' questions day and night.","country":["Kenya"],"sdg":[16],"theme":["service-design"],"evidence":"monitored","stage":"scaled","organisations":[{"name":"Revenue Authority","role":"implementer"}],"results":"Calls fell by 40 % in a year.","published_on":"2026-05-04"}"#;

async fn bad_rows_are_reported_by_line_and_field_and_never_half_written(app: TestApp) {
    let text = [
        GOOD,
        r#"{"slug":"bad-sdg","title":"Bad SDG","summary":"x","sdg":[18]}"#,
        r#"{"slug":"bad-country","title":"Bad country","summary":"x","country":["Narnia"]}"#,
        "",
        r#"{"slug":"orphan","title":"Adapted from nowhere","summary":"x","adapted_from":"no-such-case"}"#,
        r#"{"slug":"tax-bot","title":"Same slug again","summary":"x"}"#,
        r#"{"slug":"broken", "title": "#,
        r#"{"slug":"no-title","title":"","summary":""}"#,
        r#"{"slug":"colour","title":"Unknown field","summary":"x","colour":"red"}"#,
        r#"{"slug":"bad-link","title":"Bad link","summary":"x","links":[{"label":"x","url":"javascript:alert(1)"}]}"#,
    ]
    .join("\n");
    let report = import_text(&app, &text).await;
    assert_eq!(report.created, 1);
    let found: Vec<(u64, &str)> = report.rejected.iter().map(|r| (r.line, r.field.as_str())).collect();
    assert_eq!(
        found,
        [
            (2, "sdg"),
            (3, "country"),
            (5, "adapted_from"),
            (6, "slug"),
            (7, "-"),
            (8, "title"),
            (8, "summary"),
            (9, "-"),
            (10, "links"),
        ]
    );
    assert!(report.rejected[0].reason.contains("18"), "{}", report.rejected[0].reason);
    assert!(report.rejected[1].reason.contains("Narnia"));
    assert!(report.rejected[3].reason.contains("line 1"), "{}", report.rejected[3].reason);
    assert!(report.rejected[7].reason.contains("colour"), "{}", report.rejected[7].reason);
    assert_eq!(report.rejected_rows(), 8);
    let slugs: Vec<String> =
        case::Entity::find().all(&app.state.db).await.expect("cases").into_iter().map(|c| c.slug).collect();
    assert_eq!(slugs, ["tax-bot"], "nothing of a rejected row is written");
    assert_eq!(case_tag::Entity::find().count(&app.state.db).await.expect("tags"), 6);
}
on_both_databases!(bad_rows_are_reported_by_line_and_field_and_never_half_written);

async fn lineage_is_shown_both_ways_whatever_the_file_order(app: TestApp) {
    let text = [
        r#"{"slug":"rwanda-tax-bot","title":"Rwanda's tax chatbot","summary":"Adapted from Kenya.","adapted_from":"tax-bot","country":["RW"]}"#,
        r#"{"slug":"uganda-tax-bot","title":"Uganda's tax chatbot","summary":"Adapted from Rwanda.","adapted_from":"rwanda-tax-bot","country":["UG"]}"#,
        GOOD,
        r#"{"slug":"loop-a","title":"Loop A","summary":"x","adapted_from":"loop-b"}"#,
        r#"{"slug":"loop-b","title":"Loop B","summary":"x","adapted_from":"loop-a"}"#,
    ]
    .join("\n");
    let report = import_text(&app, &text).await;
    assert_eq!(report.created, 3);
    assert_eq!(report.rejected.iter().map(|r| r.line).collect::<Vec<_>>(), [4, 5], "a circle is rejected");

    let origin = app.get("/cases/tax-bot").await;
    assert_eq!(origin.status, 200);
    assert_eq!(origin.texts(".lineage .card-title a"), ["Rwanda's tax chatbot"]);
    assert_eq!(origin.texts(".case-facts dd a")[0], "Kenya");
    assert!(origin.texts(".case-facts dd").iter().any(|t| t.contains("Monitored")));
    assert_eq!(origin.texts("section#results h2"), ["Results"]);
    let middle = app.get("/cases/rwanda-tax-bot").await;
    assert_eq!(middle.texts(".lineage .card-title a"), ["A tax chatbot", "Uganda's tax chatbot"]);

    // Re-importing the adapted case alone still finds what it adapted in the library.
    let again = import_text(&app, r#"{"slug":"uganda-tax-bot","title":"Uganda's tax chatbot, revised","summary":"Adapted from Rwanda.","adapted_from":"rwanda-tax-bot"}"#).await;
    assert_eq!((again.updated, again.rejected.len()), (1, 0));
}
on_both_databases!(lineage_is_shown_both_ways_whatever_the_file_order);

#[tokio::test]
async fn the_library_pages_narrow_name_and_answer_bad_addresses() {
    let app = TestApp::sqlite().await;
    import_corpus(&app).await;

    let all = app.get("/cases").await;
    assert_eq!(all.status, 200);
    assert!(all.texts("#search-status").join("").starts_with("750 "), "{:?}", all.texts("#search-status"));
    assert_eq!(all.texts(".hit").len(), 20);
    let facets = all.texts(".facet-title");
    assert!(facets.contains(&"Sustainable Development Goal".to_owned()), "{facets:?}");
    assert!(facets.contains(&"Organisation".to_owned()));
    assert!(!facets.contains(&"Kind".to_owned()), "every hit is a case");
    assert!(all.texts(".facets a span:first-child").contains(&"Kenya".to_owned()), "countries by name");

    let narrowed = app.get("/cases?country=KE&sort=completeness").await;
    let status = narrowed.texts("#search-status").join("");
    let count: u64 = status.split_whitespace().next().and_then(|n| n.parse().ok()).expect("a count");
    assert!(count > 10 && count < 750, "{status}");
    let links = narrowed.attrs(".facets a", "href");
    assert!(links.iter().all(|href| href.starts_with("/cases?")), "facet links stay in the library");
    assert!(links.iter().any(|href| href.contains("country=KE") && href.contains("sort=completeness")));

    assert_eq!(app.get("/cases?q=%22&sdg=99&page=-3").await.status, 200, "junk in the URL is ignored");
    assert_eq!(app.get("/cases/no-such-case").await.status, 404);

    let world = app.get("/cases/world").await;
    assert_eq!(world.status, 200);
    assert_eq!(world.attrs("svg[role=img]", "aria-labelledby"), ["world-chart-caption"]);
    let kenya =
        world.texts(".world-table tr").into_iter().find(|row| row.contains("Kenya")).expect("Kenya row");
    let kenya_count: u64 = kenya.trim_start_matches("Kenya").trim().parse().expect("a number");
    assert_eq!(kenya_count, count, "the world overview and the library agree");
}

#[tokio::test]
async fn the_exports_read_back_into_another_hub_as_the_same_library() {
    let first = TestApp::sqlite().await;
    import_corpus(&first).await;
    let json = first.get_json("/cases/export.json", &[]).await;
    assert_eq!(json.status, 200);
    assert_eq!(json.header("content-type"), Some("application/json"));
    let csv = first.get_json("/cases/export.csv", &[]).await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.starts_with("slug,title,summary,"));

    for (name, body) in [("cases.json", &json.body), ("cases.csv", &csv.body)] {
        let second = TestApp::sqlite().await;
        let path = second.config.data_dir.join(name);
        std::fs::write(&path, body).expect("write export");
        let rows = read_file(&path).expect("export readable");
        let report = import_rows(&second.state.db, rows, name, false, |_, _| {}).await.expect("import");
        assert!(report.rejected.is_empty(), "{name}: {:?}", report.rejected.first());
        assert_eq!(report.created, 750, "{name}");
        let again = second.get_json("/cases/export.json", &[]).await;
        assert_eq!(again.body, json.body, "{name}: the same records come out again");
    }
}

async fn the_shipped_cases_are_valid_and_published_on_first_run(app: TestApp) {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let report = server::startup::sync_content_cases(&app.state.db, &content).await.expect("sync");
    assert!(report.rejected.is_empty(), "rejected: {:?}", report.rejected);
    assert!(report.created >= 8, "at least eight cases ship with the hub, got {}", report.created);
    let again = server::startup::sync_content_cases(&app.state.db, &content).await.expect("sync again");
    assert_eq!((again.created, again.updated), (0, 0), "a restart changes nothing");
    let (_, rows) = read_toml_dir(&content.join("cases")).expect("readable");
    for row in rows {
        let record = row.record.expect("a record");
        assert!(
            record.links.iter().any(|link| link.url.starts_with("https://")),
            "{} links to its programme",
            record.slug
        );
        assert!(!record.country.is_empty() && !record.domain.is_empty(), "{} is tagged", record.slug);
        let page = app.get(&format!("/cases/{}", record.slug)).await;
        assert_eq!(page.status, 200, "{} is readable", record.slug);
    }
    app.state.search.catch_up(&app.state.db).await.expect("index catch-up");
    let library = app.get("/cases").await;
    assert!(library.body.contains("/cases/elements-of-ai"), "the library lists them");
}
on_both_databases!(the_shipped_cases_are_valid_and_published_on_first_run);
