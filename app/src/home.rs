//! `/`: the hub's front door, composed from the features: what the hub is and a search box,
//! the current issue of the series, the newest good-practice cases, the working groups
//! most recently active and the latest articles; each section links to its full list.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

use crate::blog::IssueView;
use crate::blog::api::current_issue;
use crate::blog::articles::LatestArticles;
use crate::cases::NewestCases;
use crate::forms::Notice;
use crate::groups::ActiveGroups;
use crate::i18n::t;

/// Cases the home page shows.
const CASES: u64 = 4;
/// Working groups the home page shows.
const GROUPS: usize = 3;

/// `/`.
#[component]
pub fn HomePage() -> impl IntoView {
    let issue = Resource::new_blocking(|| (), |_| current_issue());
    view! {
        <Title text=t("home-page-title")/>
        <Meta name="description" content=t("home-lead")/>
        <Link rel="alternate" type_="application/atom+xml" href="/blog/feed.xml" title=t("blog-feed-title")/>
        <section class="hero" aria-labelledby="hero-title">
            <Notice/>
            <h1 id="hero-title">{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
            <form class="home-search" role="search" action="/search" method="get" aria-labelledby="home-search-label">
                <label id="home-search-label" for="home-search">{t("home-search-label")}</label>
                <div class="home-search-row">
                    <input id="home-search" type="search" name="q" maxlength="200" placeholder=t("search-placeholder")/>
                    <button type="submit" class="button">{t("search-button")}</button>
                </div>
            </form>
        </section>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match issue.await {
                    Ok(Some(issue)) => view! {
                        <div class="current-issue">
                            <IssueView issue heading_level=2/>
                            <p class="section-more"><a href="/blog">{t("home-all-issues")}</a></p>
                        </div>
                    }
                    .into_any(),
                    Ok(None) => ().into_any(),
                    Err(error) => view! { <p>{t(error.body_key())}</p> }.into_any(),
                }
            })}
        </Suspense>
        <div class="home-grid">
            <NewestCases count=CASES/>
            <ActiveGroups count=GROUPS/>
        </div>
        <LatestArticles/>
    }
}
