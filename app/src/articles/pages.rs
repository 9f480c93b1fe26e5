//! Route components of articles.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use super::api::{ArticleDetail, ArticleSummary, get_article, list_articles};
use crate::components::{CopyLinkButton, ErrorPage, format_date};
use crate::forms::Notice;
use crate::i18n::{t, t_args};

/// How many articles the home page lists.
const HOME_LIMIT: i64 = 20;
/// An article gets a table of contents from this many headings on.
const TOC_MIN_ENTRIES: usize = 3;

/// `/`: what the hub is, and the newest articles.
#[component]
pub fn HomePage() -> impl IntoView {
    let articles = Resource::new_blocking(|| (), |_| list_articles(HOME_LIMIT));
    view! {
        <Title text=t("home-page-title")/>
        <Meta name="description" content=t("home-lead")/>
        <section class="hero" aria-labelledby="hero-title">
            <Notice/>
            <h1 id="hero-title">{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
        </section>
        <section class="latest" aria-labelledby="latest-title">
            <h2 id="latest-title">{t("home-latest")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match articles.await {
                        Ok(list) if list.is_empty() => view! { <p>{t("home-empty")}</p> }.into_any(),
                        Ok(list) => view! {
                            <ul class="card-list" role="list">
                                {list.into_iter().map(|article| view! { <li><ArticleCard article/></li> }).collect_view()}
                            </ul>
                        }
                        .into_any(),
                        Err(error) => view! { <ErrorPage error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// An article in a list: title link, summary, byline.
#[component]
fn ArticleCard(article: ArticleSummary) -> impl IntoView {
    let href = format!("/articles/{}", article.slug);
    let (lang, title, summary) = (article.lang.clone(), article.title.clone(), article.summary.clone());
    view! {
        <article class="card" lang=lang>
            <h3 class="card-title"><a href=href>{title}</a></h3>
            <p class="card-summary">{summary}</p>
            <Byline article/>
        </article>
    }
}

/// Authors, date and reading time, in the interface language.
#[component]
fn Byline(article: ArticleSummary) -> impl IntoView {
    let authors = (!article.authors.is_empty()).then(|| {
        view! { <span class="byline-authors">{t_args("byline-by", &[("authors", article.authors.join(", "))])}</span> }
    });
    let minutes = t_args("reading-time", &[("minutes", article.reading_minutes.to_string())]);
    view! {
        <p class="byline">
            {authors}
            <time datetime=article.published_on.clone()>{format_date(&article.published_on)}</time>
            <span>{minutes}</span>
        </p>
    }
}

/// `/articles/{slug}`: one article, or a 404 page.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let article = Resource::new_blocking(slug, get_article);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match article.await {
                    Ok(article) => view! { <ArticleView article/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ArticleView(article: ArticleDetail) -> impl IntoView {
    let ArticleDetail { summary, body_html, toc } = article;
    let lang = summary.lang.clone();
    let toc = (toc.len() >= TOC_MIN_ENTRIES).then(|| {
        view! {
            <nav class="toc" id="hub-toc" aria-labelledby="toc-title">
                <h2 id="toc-title">{t("article-contents")}</h2>
                <ol role="list">
                    {toc.into_iter().map(|item| {
                        let class = format!("toc-level-{}", item.level);
                        view! { <li class=class><a href=format!("#{}", item.id)>{item.title}</a></li> }
                    }).collect_view()}
                </ol>
            </nav>
        }
    });
    view! {
        <Title text=summary.title.clone()/>
        <Meta name="description" content=summary.summary.clone()/>
        <article class="article">
            <header class="article-header">
                <h1 lang=lang.clone()>{summary.title.clone()}</h1>
                <p class="lead" lang=lang.clone()>{summary.summary.clone()}</p>
                <Byline article=summary/>
                <CopyLinkButton
                    label=t("copy-link")
                    copied=t("copy-link-done")
                    failed=t("copy-link-failed")
                />
            </header>
            {toc}
            <div class="prose" lang=lang inner_html=body_html></div>
        </article>
    }
}
