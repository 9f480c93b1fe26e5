//! Route components of articles.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;

use super::api::{ArticleDetail, ArticleSummary, TagRef, get_article, list_articles};
use crate::components::{CopyLinkButton, ErrorPage, format_date};
use crate::i18n::{t, t_args};
use crate::translations::VersionSet;
use crate::translations::components::{Versions, read_with_versions};

/// How many articles the home page lists.
const HOME_LIMIT: i64 = 20;
/// An article gets a table of contents from this many headings on.
const TOC_MIN_ENTRIES: usize = 3;

/// The newest articles, for the home page.
#[component]
pub fn LatestArticles() -> impl IntoView {
    let articles = Resource::new_blocking(|| (), |_| list_articles(HOME_LIMIT));
    view! {
        <section class="latest" aria-labelledby="latest-title">
            <h2 id="latest-title" class="section-title">{t("home-latest")}</h2>
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
                        Err(error) => view! { <p>{t(error.body_key())}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// An article in a list: title link, summary, byline.
#[component]
pub fn ArticleCard(
    article: ArticleSummary,
    /// Title and byline only (a list that leads somewhere else, such as the home page's
    /// current issue).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let href = crate::paths::article(&article.slug);
    let (lang, title, summary) = (article.lang.clone(), article.title.clone(), article.summary.clone());
    // A list shows a work once; its other languages are a click away.
    let also_in = (!article.also_in.is_empty()).then(|| {
        let links = article
            .also_in
            .iter()
            .map(|version| (version.lang.clone(), version.path.clone(), version.title.clone()));
        view! { <crate::translations::components::AlsoInLinks links=links.collect()/> }
    });
    view! {
        // The post's own words carry its language; the byline stays in the page's.
        <article class="card" class:card-compact=compact>
            <h3 class="card-title" dir=crate::i18n::text_dir(&lang) lang=lang.clone()><a href=href>{title}</a></h3>
            {(!compact).then(|| view! { <p class="card-summary" dir=crate::i18n::text_dir(&lang) lang=lang.clone()>{summary}</p> })}
            <Byline article/>
            {also_in}
        </article>
    }
}

/// Authors (linked to their pages), date and reading time, in the interface language.
#[component]
fn Byline(article: ArticleSummary) -> impl IntoView {
    let authors = (!article.authors.is_empty()).then(|| {
        let names = article
            .authors
            .into_iter()
            .enumerate()
            .map(|(i, author)| {
                let separator = (i > 0).then_some(", ");
                let href = crate::paths::author(&author.slug);
                let organisation =
                    author.organisation.map(|name| view! { <span class="byline-org">" (" <bdi translate="no">{name}</bdi> ")"</span> });
                view! { {separator}<a href=href><bdi translate="no">{author.name}</bdi></a>{organisation} }
            })
            .collect_view();
        view! { <span class="byline-authors">{format!("{} ", t("byline-by-prefix"))}{names}</span> }
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
    // The article and its versions in one resource (see `Versions`).
    let article =
        Resource::new_blocking(slug, |slug| read_with_versions("article", get_article(slug), |item| item.id));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match article.await {
                    Ok((article, versions)) => view! { <ArticleView article versions/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ArticleView(article: ArticleDetail, versions: Option<VersionSet>) -> impl IntoView {
    let ArticleDetail {
        id: _,
        summary,
        body_html,
        toc,
        tags,
        issue,
        organisation,
        related,
        modified,
        url,
        json_ld,
    } = article;
    let lang = summary.lang.clone();
    let toc = (toc.len() >= TOC_MIN_ENTRIES).then(|| {
        view! {
            <nav class="toc" id="hub-toc" aria-labelledby="toc-title">
                <h2 id="toc-title">{t("article-contents")}</h2>
                <ol role="list">
                    {toc.into_iter().map(|item| {
                        let class = format!("toc-level-{}", item.level);
                        view! { <li class=class dir=crate::i18n::text_dir(&lang) lang=lang.clone()><a href=format!("#{}", item.id)>{item.title}</a></li> }
                    }).collect_view()}
                </ol>
            </nav>
        }
    });
    let issue_link = issue.map(|issue| {
        let href = crate::paths::issue(&issue.month);
        let label = t_args(
            "blog-issue-label",
            &[("number", issue.number.to_string()), ("month", crate::blog::format_month(&issue.month))],
        );
        view! { <p class="eyebrow"><a href=href>{label}</a>" · "<bdi lang="">{issue.theme}</bdi></p> }
    });
    let organisation = organisation.map(|org| {
        let href = crate::paths::member(&org.slug);
        view! { <p class="article-org">{t("article-organisation")} " " <a href=href>{org.name}</a></p> }
    });
    let og_tags = tags
        .iter()
        .map(|tag| view! { <Meta property="article:tag" content=tag.name.clone()/> })
        .collect_view();
    let og_authors = summary
        .authors
        .iter()
        .map(|author| view! { <Meta property="article:author" content=author.name.clone()/> })
        .collect_view();
    let related = (!related.is_empty()).then(|| {
        view! {
            <section class="related" aria-labelledby="related-title">
                <h2 id="related-title">{t("article-related")}</h2>
                <ul class="card-list" role="list">
                    {related.into_iter().map(|article| view! { <li><ArticleCard article/></li> }).collect_view()}
                </ul>
            </section>
        }
    });
    let published = summary.published_on.clone();
    view! {
        <Title text=summary.title.clone()/>
        <Meta name="description" content=summary.summary.clone()/>
        <Link rel="canonical" href=url.clone()/>
        <Meta property="og:type" content="article"/>
        <Meta property="og:title" content=summary.title.clone()/>
        <Meta property="og:description" content=summary.summary.clone()/>
        <Meta property="og:url" content=url/>
        <Meta property="og:site_name" content=t("site-name")/>
        <Meta property="og:locale" content=lang.replace('-', "_")/>
        <Meta property="article:published_time" content=published/>
        <Meta property="article:modified_time" content=modified/>
        {og_authors}
        {og_tags}
        <Meta name="twitter:card" content="summary"/>
        <article class="article">
            <header class="article-header">
                {issue_link}
                <h1 dir=crate::i18n::text_dir(&lang) lang=lang.clone()>{summary.title.clone()}</h1>
                <p class="lead" dir=crate::i18n::text_dir(&lang) lang=lang.clone()>{summary.summary.clone()}</p>
                <Byline article=summary.clone()/>
                <p class="article-lang">{t("article-language")} " " {language_name(&lang)}</p>
                <Versions kind="article" set=versions/>
                {organisation}
                <CopyLinkButton
                    label=t("copy-link")
                    copied=t("copy-link-done")
                    failed=t("copy-link-failed")
                />
            </header>
            {toc}
            <div class="prose" dir=crate::i18n::text_dir(&lang) lang=lang inner_html=body_html></div>
            <TagList tags/>
            <script type="application/ld+json" inner_html=json_ld></script>
        </article>
        {related}
    }
}

/// The article's taxonomy tags, grouped by facet, each linking to its page.
#[component]
fn TagList(tags: Vec<TagRef>) -> impl IntoView {
    if tags.is_empty() {
        return ().into_any();
    }
    let mut groups: Vec<(String, Vec<TagRef>)> = Vec::new();
    for tag in tags {
        match groups.last_mut() {
            Some((facet, list)) if *facet == tag.facet => list.push(tag),
            _ => groups.push((tag.facet.clone(), vec![tag])),
        }
    }
    view! {
        <section class="tags" aria-labelledby="tags-title">
            <h2 id="tags-title">{t("article-tags")}</h2>
            <dl class="tag-groups">
                {groups.into_iter().map(|(_, list)| {
                    let facet_name = list.first().map(|tag| tag.facet_name.clone()).unwrap_or_default();
                    view! {
                        <div>
                            <dt>{facet_name}</dt>
                            <dd>
                                <ul class="tag-list" role="list">
                                    {list.into_iter().map(|tag| {
                                        let href = tag.href();
                                        view! { <li><a class="tag" href=href>{tag.name}</a></li> }
                                    }).collect_view()}
                                </ul>
                            </dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
        </section>
    }
    .into_any()
}

/// The name of the language `code` in the interface language, or the code.
fn language_name(code: &str) -> String {
    let primary = code.split('-').next().unwrap_or(code);
    let key = format!("language-{primary}");
    let locale = crate::i18n::current_locale();
    if locale.has(&key) { locale.text(&key) } else { code.to_owned() }
}
