//! Route components of the series: `/blog`, `/blog/{month}`, tag and author pages.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;

use super::api::{IssueDetail, IssueSummary, PostList, author_posts, get_issue, list_issues, tag_posts};
use crate::blog::articles::ArticleCard;
use crate::components::{ErrorPage, format_date};
use crate::i18n::{t, t_args};

/// "November 2026" for `2026-11`, in the interface language.
pub fn format_month(month: &str) -> String {
    crate::components::format_month(month)
}

/// "No. 1 · November 2026".
pub fn issue_label(issue: &IssueSummary) -> String {
    t_args("blog-issue-label", &[("number", issue.number.to_string()), ("month", format_month(&issue.month))])
}

/// `/blog`: every published issue, newest first.
#[component]
pub fn BlogPage() -> impl IntoView {
    let issues = Resource::new_blocking(|| (), |_| list_issues());
    view! {
        <Title text=t("blog-title")/>
        <Meta name="description" content=t("blog-lead")/>
        <Link rel="alternate" type_="application/atom+xml" href="/blog/feed.xml" title=t("blog-feed-title")/>
        <header class="page-header">
            <h1>{t("blog-title")}</h1>
            <p class="lead">{t("blog-lead")}</p>
            <p><a class="feed-link" href="/blog/feed.xml">{t("blog-feed-link")}</a></p>
        </header>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match issues.await {
                    Ok(list) if list.is_empty() => view! { <p>{t("blog-empty")}</p> }.into_any(),
                    Ok(list) => view! {
                        <ol class="issue-list" role="list">
                            {list.into_iter().map(|issue| view! { <li><IssueCard issue/></li> }).collect_view()}
                        </ol>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// An issue in a list.
#[component]
pub fn IssueCard(issue: IssueSummary) -> impl IntoView {
    let href = crate::paths::issue(&issue.month);
    let label = issue_label(&issue);
    let posts = t_args("blog-post-count", &[("count", issue.post_count.to_string())]);
    view! {
        <article class="card issue-card">
            <p class="eyebrow">{label}</p>
            // The issue's own words; their language is not recorded, so the browser reads
            // their direction from the text.
            <h2 class="card-title"><a href=href><bdi lang="">{issue.theme}</bdi></a></h2>
            <p class="card-summary" lang="" dir="auto">{issue.summary}</p>
            <p class="byline">{posts}</p>
        </article>
    }
}

/// `/blog/{month}`: an issue's number, theme, the editor's introduction and its posts.
#[component]
pub fn IssuePage() -> impl IntoView {
    let params = use_params_map();
    let month = move || params.read().get("month").unwrap_or_default();
    let issue = Resource::new_blocking(month, get_issue);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match issue.await {
                    Ok(issue) => view! { <IssueView issue heading_level=1/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// An issue: on its own page (`heading_level` 1: the editor's introduction and the posts)
/// or leading the home page (2: its theme, summary and posts; the introduction is one
/// click away).
#[component]
pub fn IssueView(issue: IssueDetail, heading_level: u8) -> impl IntoView {
    let IssueDetail { issue, editor, lang, intro_html, posts } = issue;
    let label = issue_label(&issue);
    let href = crate::paths::issue(&issue.month);
    let editor = t_args("blog-edited-by", &[("editor", editor)]);
    let published = issue.published_on.clone().map(|date| {
        let shown = format_date(&date);
        view! { <time datetime=date>{shown}</time> }
    });
    let title = issue.theme.clone();
    let heading = if heading_level == 1 {
        view! {
            <Title text=format!("{label}: {title}")/>
            <Meta name="description" content=issue.summary.clone()/>
            <h1 id="issue-title" dir=crate::i18n::text_dir(&lang) lang=lang.clone()>{title.clone()}</h1>
        }
        .into_any()
    } else {
        view! { <h2 id="issue-title" dir=crate::i18n::text_dir(&lang) lang=lang.clone()><a href=href.clone()>{title.clone()}</a></h2> }.into_any()
    };
    let posts_heading = t("blog-issue-posts");
    let intro = if heading_level == 1 {
        view! {
            <div class="prose issue-intro" dir=crate::i18n::text_dir(&lang) lang=lang inner_html=intro_html></div>
            <h2 class="section-title">{posts_heading}</h2>
        }
        .into_any()
    } else {
        let read = t("blog-issue-read-intro");
        view! {
            <p class="issue-summary" dir=crate::i18n::text_dir(&lang) lang=lang>{issue.summary.clone()}</p>
            <p class="section-more"><a href=href.clone()>{read}</a></p>
        }
        .into_any()
    };
    view! {
        <section class="issue" aria-labelledby="issue-title">
            <header class="page-header">
                <p class="eyebrow">{label}</p>
                {heading}
                <p class="byline">{editor} " · " {published}</p>
            </header>
            {intro}
            <ul class="card-list" role="list">
                {posts.into_iter().map(|article| view! { <li><ArticleCard article compact=heading_level != 1/></li> }).collect_view()}
            </ul>
        </section>
    }
}

/// A list of posts with its heading, description and feed.
#[component]
fn PostListView(list: PostList, eyebrow: String) -> impl IntoView {
    let PostList { heading, description, feed, posts } = list;
    let empty = posts.is_empty().then(|| view! { <p>{t("blog-list-empty")}</p> });
    view! {
        <Title text=heading.clone()/>
        <Meta name="description" content=description.clone()/>
        <Link rel="alternate" type_="application/atom+xml" href=feed.clone() title=heading.clone()/>
        <header class="page-header">
            <p class="eyebrow">{eyebrow}</p>
            <h1>{heading}</h1>
            <p class="lead">{description}</p>
            <p><a class="feed-link" href=feed>{t("blog-feed-link")}</a></p>
        </header>
        {empty}
        <ul class="card-list" role="list">
            {posts.into_iter().map(|article| view! { <li><ArticleCard article/></li> }).collect_view()}
        </ul>
    }
}

/// `/blog/tags/{facet}/{code}`: the posts with a taxonomy tag.
#[component]
pub fn TagPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let params = params.read();
        (params.get("facet").unwrap_or_default(), params.get("code").unwrap_or_default())
    };
    let list = Resource::new_blocking(key, |(facet, code)| tag_posts(facet, code));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! { <PostListView list eyebrow=t("blog-tag-eyebrow")/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/blog/authors/{slug}`: an author's posts.
#[component]
pub fn AuthorPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let list = Resource::new_blocking(slug, author_posts);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! { <PostListView list eyebrow=t("blog-author-eyebrow")/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
