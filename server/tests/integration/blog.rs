//! The Knowledge Blog Series through the real router: issues, posts with their tags and
//! metadata, tag and author pages, Atom feeds, the sitemap, and what readers never see.

use std::str::FromStr as _;

use crate::common::TestApp;
use axum::http::StatusCode;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, EntityTrait as _, QueryFilter as _,
};

use app::db::entities::{article, index_outbox};

fn feed(body: &str) -> atom_syndication::Feed {
    atom_syndication::Feed::from_str(body).expect("a well-formed Atom feed")
}

#[tokio::test]
async fn the_series_lists_its_issues_and_an_issue_shows_its_introduction_and_posts() {
    let app = TestApp::sqlite().await;
    let blog = app.get("/blog").await;
    assert_eq!(blog.status, StatusCode::OK);
    assert_eq!(blog.texts(".issue-card .eyebrow"), ["No. 7 · October 2026"]);
    assert_eq!(blog.attrs(".issue-card a", "href"), ["/blog/2026-10"]);
    assert_eq!(blog.texts(".issue-card .byline"), ["One post"]);

    let issue = app.get("/blog/2026-10").await;
    assert_eq!(issue.status, StatusCode::OK);
    assert_eq!(issue.texts("h1"), ["Data in ministries"]);
    assert_eq!(issue.texts(".issue-intro strong"), ["introduction"]);
    assert_eq!(issue.texts(".card-title"), ["Alpha: data use in ministries"]);
    assert!(issue.texts(".page-header .byline").concat().contains("Edited by Eda Editor"));

    let home = app.get("/").await;
    assert_eq!(
        home.texts("#issue-title"),
        ["Data in ministries"],
        "the home page leads with the current issue"
    );

    for missing in
        ["/blog/2026-09", "/blog/2026-13", "/blog/latest", "/blog/tags/sdg/18", "/blog/tags/colour/red"]
    {
        assert_eq!(app.get(missing).await.status, StatusCode::NOT_FOUND, "{missing}");
    }
}

#[tokio::test]
async fn a_post_shows_its_tags_issue_authors_related_posts_and_metadata() {
    let app = TestApp::sqlite().await;
    let page = app.get("/articles/alpha").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.attrs(".article-header .eyebrow a", "href"), ["/blog/2026-10"]);
    assert_eq!(page.attrs(".byline-authors a", "href"), ["/blog/authors/ana-test", "/blog/authors/ben-test"]);
    assert!(page.texts(".byline-org").concat().contains("Test Ministry"));
    assert_eq!(
        page.attrs(".tag-list a", "href"),
        [
            "/blog/tags/domain/data-use-governance",
            "/blog/tags/sdg/16",
            "/blog/tags/country/KE",
            "/blog/tags/theme/data-governance"
        ]
    );
    assert_eq!(page.texts(".tag-list a")[1], "SDG 16 · Peace, justice and strong institutions");
    assert_eq!(page.texts(".related .card-title"), ["Bêta : la gouvernance des données"], "shares a domain");
    assert_eq!(page.attrs("meta[property='og:type']", "content"), ["article"]);
    assert_eq!(
        page.attrs("meta[property='og:url']", "content"),
        [format!("{}/articles/alpha", app.state.site.public_url)]
    );
    assert_eq!(page.attrs("meta[property='article:published_time']", "content"), ["2026-10-01"]);

    let json_ld = page.texts("script[type='application/ld+json']");
    assert_eq!(json_ld.len(), 1);
    let data: serde_json::Value = serde_json::from_str(&json_ld[0]).expect("JSON-LD parses");
    assert_eq!(data["@type"], "BlogPosting");
    assert_eq!(data["headline"], "Alpha: data use in ministries");
    assert_eq!(data["author"][0]["name"], "Ana Test");
    assert_eq!(data["author"][0]["affiliation"]["name"], "Test Ministry");
    assert_eq!(data["isPartOf"]["issueNumber"], 7);
}

#[tokio::test]
async fn tag_and_author_pages_list_their_posts() {
    let app = TestApp::sqlite().await;
    let domain = app.get("/blog/tags/domain/data-use-governance").await;
    assert_eq!(domain.status, StatusCode::OK);
    assert_eq!(domain.texts("h1"), ["Data use and governance"]);
    assert_eq!(
        domain.texts(".card-title"),
        ["Bêta : la gouvernance des données", "Alpha: data use in ministries"]
    );
    assert_eq!(
        domain.attrs("link[type='application/atom+xml']", "href"),
        ["/blog/tags/domain/data-use-governance/feed.xml"]
    );
    let country = app.get("/blog/tags/country/ke").await;
    assert_eq!(country.texts("h1"), ["Kenya"], "country codes work in either case");
    assert_eq!(country.texts(".card-title"), ["Alpha: data use in ministries"]);
    let unused = app.get("/blog/tags/wsis/c9").await;
    assert_eq!(unused.status, StatusCode::OK, "a known tag without posts is an empty list, not an error");
    assert_eq!(unused.texts(".card-title").len(), 0);

    let author = app.get("/blog/authors/ben-test").await;
    assert_eq!(author.texts("h1"), ["Ben Test"]);
    assert_eq!(author.texts(".card-title"), ["Alpha: data use in ministries"]);
    assert_eq!(app.get("/blog/authors/nobody").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn feeds_are_atom_with_the_full_text_of_each_post() {
    let app = TestApp::sqlite().await;
    let series = app.get("/blog/feed.xml").await;
    assert_eq!(series.status, StatusCode::OK);
    assert_eq!(series.header("content-type"), Some("application/atom+xml; charset=utf-8"));
    let series = feed(&series.body);
    let base = &app.state.site.public_url;
    let links: Vec<_> = series.entries().iter().map(|entry| entry.links()[0].href().to_owned()).collect();
    assert_eq!(
        links,
        [
            format!("{base}/articles/beta"),
            format!("{base}/articles/alpha"),
            format!("{base}/articles/hostile")
        ]
    );
    let alpha = &series.entries()[1];
    assert_eq!(alpha.authors().iter().map(|p| p.name()).collect::<Vec<_>>(), ["Ana Test", "Ben Test"]);
    assert!(
        alpha
            .content()
            .and_then(|c| c.value())
            .is_some_and(|html| html.contains("<strong>baseline</strong>"))
    );
    assert!(alpha.categories().iter().any(|c| c.term() == "Kenya"));
    let hostile = &series.entries()[2];
    assert!(!hostile.content().and_then(|c| c.value()).unwrap_or_default().contains("<script"));
    assert_eq!(
        series.links().iter().find(|l| l.rel() == "self").map(|l| l.href().to_owned()),
        Some(format!("{base}/blog/feed.xml"))
    );

    let tag = feed(&app.get("/blog/tags/sdg/16/feed.xml").await.body);
    assert_eq!(tag.entries().len(), 1);
    assert!(tag.title().as_str().contains("SDG 16"));
    let author = feed(&app.get("/blog/authors/ana-test/feed.xml").await.body);
    assert_eq!(author.entries().len(), 1);
    for missing in ["/blog/tags/sdg/99/feed.xml", "/blog/authors/nobody/feed.xml", "/members/nobody/feed.xml"]
    {
        assert_eq!(app.get(missing).await.status, StatusCode::NOT_FOUND, "{missing}");
    }
}

#[tokio::test]
async fn the_sitemap_lists_public_pages_and_robots_points_to_it() {
    let app = TestApp::sqlite().await;
    let sitemap = app.get("/sitemap.xml").await;
    assert_eq!(sitemap.status, StatusCode::OK);
    let base = &app.state.site.public_url;
    for path in [
        "/",
        "/blog",
        "/blog/2026-10",
        "/articles/alpha",
        "/blog/tags/domain/data-use-governance",
        "/blog/authors/ana-test",
        "/members",
    ] {
        assert!(
            sitemap.body.contains(&format!("<loc>{base}{path}</loc>")),
            "{path} missing:\n{}",
            sitemap.body
        );
    }
    assert!(!sitemap.body.contains("/admin"));
    let robots = app.get("/robots.txt").await;
    assert!(robots.body.contains(&format!("Sitemap: {base}/sitemap.xml")));
    assert!(robots.body.contains("Disallow: /admin"));
}

#[tokio::test]
async fn a_post_that_is_not_published_is_nowhere_for_readers() {
    let app = TestApp::sqlite().await;
    let alpha = article::Entity::find()
        .filter(article::Column::Slug.eq("alpha"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("alpha exists");
    article::ActiveModel { id: Set(alpha.id), status: Set("unpublished".into()), ..Default::default() }
        .update(&app.state.db)
        .await
        .expect("unpublish");
    index_outbox::ActiveModel {
        kind: Set("article".into()),
        item_id: Set(alpha.id),
        created_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&app.state.db)
    .await
    .expect("outbox");
    app.state.search.catch_up(&app.state.db).await.expect("index catch-up");

    assert_eq!(app.get("/articles/alpha").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/blog/2026-10").await.texts(".card-title").len(), 0);
    assert_eq!(app.get("/blog/tags/sdg/16").await.texts(".card-title").len(), 0);
    assert_eq!(app.get("/blog/authors/ana-test").await.status, StatusCode::NOT_FOUND);
    assert!(!app.get("/").await.body.contains("/articles/alpha"));
    assert!(!app.get("/blog/feed.xml").await.body.contains("/articles/alpha"));
    assert!(!app.get("/sitemap.xml").await.body.contains("/articles/alpha"));
    assert_eq!(app.get("/search?q=ministries").await.texts(".hit-title").len(), 0);
    assert_eq!(app.get("/blog").await.texts(".issue-card .byline"), ["0 posts"]);
}

#[tokio::test]
async fn an_article_does_not_show_an_issue_still_being_planned() {
    use app::db::entities::blog_issue;
    use sea_orm::{ActiveModelTrait as _, ColumnTrait as _, EntityTrait as _, QueryFilter as _, Set};
    let app = TestApp::sqlite().await;
    // (Asked with a query string, so that the public page cache is not in the way.)
    let shown = app.get("/articles/alpha?fresh=1").await;
    assert!(shown.body.contains("/blog/2026-10"), "a published issue is named");
    let issue = blog_issue::Entity::find()
        .filter(blog_issue::Column::Month.eq("2026-10"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("the issue");
    blog_issue::ActiveModel { id: Set(issue.id), status: Set("planned".into()), ..Default::default() }
        .update(&app.state.db)
        .await
        .expect("unpublish the issue");
    let page = app.get("/articles/alpha?fresh=2").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("/blog/2026-10"), "no link to the planned issue");
    assert!(!page.body.contains(&issue.theme), "nor its theme");
    assert!(!page.body.contains(&format!("No. {}", issue.number)), "nor its number");
}
