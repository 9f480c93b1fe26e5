//! The search page, the search box every page carries, and the island that makes results
//! follow typing.

use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::use_location;

use super::api::{FacetCounts, SearchHit, SearchResults, search};
use super::params::{FacetName, SearchParams, Sort};
use crate::components::{ErrorPage, format_date};
use crate::i18n::{t, t_args};

/// The search form in the header of every page; a plain GET form.
#[component]
pub fn SearchBox() -> impl IntoView {
    view! {
        <form class="header-search" role="search" action="/search" method="get" aria-label=t("search-label")>
            <label for="site-search" class="visually-hidden">{t("search-label")}</label>
            <input id="site-search" type="search" name="q" placeholder=t("search-placeholder") maxlength="200"/>
            <button type="submit" class="button-secondary">{t("search-button")}</button>
        </form>
    }
}

/// `/search`: results across every kind of content, with facets, paging and a feed.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_location().search.get_untracked();
    let params = SearchParams::from_query_string(&query);
    let results = Resource::new_blocking(move || query.clone(), search);
    let feed = format!("{}{}format=atom", params.href(), if params.href().contains('?') { "&" } else { "?" });
    let title = if params.q.is_empty() {
        t("search-title")
    } else {
        t_args("search-title-for", &[("query", params.q.clone())])
    };
    view! {
        <Title text=title.clone()/>
        <Link rel="alternate" type_="application/atom+xml" href=feed.clone() title=t("search-feed")/>
        <h1>{title}</h1>
        <LiveSearch>
            <SearchForm params=params.clone()/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match results.await {
                        Ok(results) => view! { <Results results base="/search" shown=&FacetName::SEARCH/> }.into_any(),
                        Err(error) => view! { <ErrorPage error/> }.into_any(),
                    }
                })}
            </Suspense>
        </LiveSearch>
        <p class="feed-link"><a href=feed>{t("search-feed")}</a></p>
    }
}

/// The query form: text, sort, and the current filters carried along.
#[component]
fn SearchForm(params: SearchParams) -> impl IntoView {
    let newest = params.sort == Sort::Newest;
    view! {
        <form class="search-form" role="search" action="/search" method="get" aria-label=t("search-title")>
            <label for="search-q">{t("search-query-label")}</label>
            <div class="search-row">
                <input id="search-q" type="search" name="q" value=params.q.clone() maxlength="200" autocomplete="off"/>
                <button type="submit">{t("search-button")}</button>
            </div>
            <label for="search-sort" class="sort-label">{t("search-sort")}</label>
            <select id="search-sort" name="sort">
                <option value="relevance" selected=!newest>{t("search-sort-relevance")}</option>
                <option value="newest" selected=newest>{t("search-sort-newest")}</option>
            </select>
            {params
                .filters
                .iter()
                .map(|(facet, value)| view! { <input type="hidden" name=facet.key() value=value.clone()/> })
                .collect_view()}
        </form>
    }
}

/// The answer: status line, suggestion, facets, hits, pages, with links to the same search
/// at `base` and the facets `shown`. The live search swaps the container's contents and the
/// status line's text.
#[component]
pub(crate) fn Results(
    results: SearchResults,
    base: &'static str,
    shown: &'static [FacetName],
) -> impl IntoView {
    let status = if results.params.q.is_empty() && results.params.filters.is_empty() {
        t_args("search-count-all", &[("count", results.total.to_string())])
    } else {
        t_args("search-count", &[("count", results.total.to_string())])
    };
    let suggestion = results.suggestion.clone().map(|suggested| {
        let href = results.params.with_query(&suggested).href_at(base);
        view! {
            <p class="search-suggestion">
                {t("search-did-you-mean")}" "<a href=href>{suggested}</a>
            </p>
        }
    });
    let fuzzy = results.fuzzy.then(|| view! { <p class="search-note">{t("search-fuzzy")}</p> });
    let params = results.params.clone();
    let empty = results.hits.is_empty().then(|| view! { <p>{t("search-nothing")}</p> });
    view! {
        <p id="search-status" class="search-status" role="status">{status}</p>
        <div id="search-results" class="search-results">
            {fuzzy}
            {suggestion}
            <div class="search-layout">
                <section aria-labelledby="search-status" class="search-hits">
                    {empty}
                    <ol class="hit-list" role="list">
                        {results
                            .hits
                            .iter()
                            .cloned()
                            .enumerate()
                            .map(|(at, hit)| {
                                let rank = (u64::from(results.params.page.max(1)) - 1) * u64::from(results.page_size) + at as u64 + 1;
                                let href = opened_href(results.log.as_deref(), rank, &hit.url);
                                view! { <li><Hit hit href/></li> }
                            })
                            .collect_view()}
                    </ol>
                    <Pager results=results.clone() base/>
                </section>
                <Facets params=params base facets=results
                    .facets
                    .iter()
                    .filter(|counts| shown.contains(&counts.facet))
                    .cloned()
                    .collect()/>
            </div>
        </div>
    }
}

/// Where a result links: through `/search/open`, which notes the rank opened and sends the
/// reader on, when the search was logged; straight to it otherwise.
pub(crate) fn opened_href(log: Option<&str>, rank: u64, url: &str) -> String {
    match log {
        Some(token) => {
            let query = form_urlencoded::Serializer::new(String::new())
                .append_pair("t", token)
                .append_pair("r", &rank.to_string())
                .append_pair("to", url)
                .finish();
            format!("/search/open?{query}")
        }
        None => url.to_owned(),
    }
}

#[component]
pub(crate) fn Hit(hit: SearchHit, #[prop(optional)] href: Option<String>) -> impl IntoView {
    let href = href.unwrap_or_else(|| hit.url.clone());
    let meta = format!("{} · {}", t(&format!("kind-{}", hit.kind)), format_date(&hit.date));
    // The item's own words carry its language ("und", undetermined: an empty `lang` says it is
    // unknown); the kind, date and links stay in the page's.
    let (lang, dir) =
        (if hit.lang == "und" { String::new() } else { hit.lang.clone() }, crate::i18n::text_dir(&hit.lang));
    view! {
        <article class="hit">
            <h2 class="hit-title" dir=dir lang=lang.clone()><a href=href>{hit.title.clone()}</a></h2>
            <p class="hit-meta">
                {meta}
                {hit.organisation.clone().map(|o| view! { " · "<bdi translate="no">{o}</bdi> })}
            </p>
            <p class="hit-snippet" dir=dir lang=lang>
                {hit
                    .snippet
                    .into_iter()
                    .map(|part| if part.hit { view! { <mark>{part.text}</mark> }.into_any() } else { part.text.into_any() })
                    .collect_view()}
            </p>
            {(!hit.versions.is_empty()).then(|| view! {
                <crate::translations::components::AlsoInLinks
                    links=hit.versions.iter().map(|version| (version.lang.clone(), version.url.clone(), version.title.clone())).collect()
                />
            })}
        </article>
    }
}

/// Facet value counts, each a link that switches its filter on or off.
#[component]
fn Facets(params: SearchParams, base: &'static str, facets: Vec<FacetCounts>) -> impl IntoView {
    (!facets.is_empty()).then(|| {
        view! {
            <aside class="facets" aria-label=t("search-facets")>
                {facets
                    .into_iter()
                    .map(|counts| {
                        let facet = counts.facet;
                        let labels: Vec<String> = (0..counts.values.len())
                            .map(|index| {
                                counts
                                    .label(index)
                                    .map_or_else(|| facet_label(facet, &counts.values[index].0), str::to_owned)
                            })
                            .collect();
                        let heading = t(&format!("facet-{}", facet.key()));
                        view! {
                            <section class="facet">
                                <h2 class="facet-title">{heading}</h2>
                                <ul role="list">
                                    {counts
                                        .values
                                        .into_iter()
                                        .zip(labels)
                                        .map(|((value, count), label)| {
                                            let on = params.has_filter(facet, &value);
                                            let href = params.toggled(facet, &value).href_at(base);
                                            // A language is named in itself, in its own language; an
                                            // organisation's name stays as it is written.
                                            let own = (facet == FacetName::Lang && language_name(&value).is_some())
                                                .then(|| value.clone());
                                            view! {
                                                <li>
                                                    <a href=href class:facet-on=on aria-current=on.then_some("true")>
                                                        <span lang=own translate=(facet == FacetName::Org).then_some("no")>{label}</span>
                                                        <span class="facet-count">{crate::components::format_count(count)}</span>
                                                        {on.then(|| view! { <span class="visually-hidden">{t("search-filter-on")}</span> })}
                                                    </a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })
                    .collect_view()}
            </aside>
        }
    })
}

/// How a facet value reads: kinds and languages by name, the rest as written.
fn facet_label(facet: FacetName, value: &str) -> String {
    match facet {
        FacetName::Kind => t(&format!("kind-{value}")),
        FacetName::Lang if value == "und" => t("facet-lang-und"),
        FacetName::Lang => language_name(value).map_or_else(|| value.to_owned(), str::to_owned),
        FacetName::Region => t(&format!("region-{value}")),
        FacetName::Sdg => t_args("facet-sdg-value", &[("number", value.to_owned())]),
        _ => value.to_owned(),
    }
}

/// A language's name in itself, for the languages the coalition publishes in most.
fn language_name(code: &str) -> Option<&'static str> {
    Some(match code {
        "en" => "English",
        "fr" => "Français",
        "es" => "Español",
        "ru" => "Русский",
        "ar" => "العربية",
        "zh" => "中文",
        "pt" => "Português",
        _ => return None,
    })
}

#[component]
fn Pager(results: SearchResults, base: &'static str) -> impl IntoView {
    let pages = results.pages();
    let page = results.params.page;
    (pages > 1).then(|| {
        let previous = (page > 1).then(|| {
            let href = results.params.with_page(page - 1).href_at(base);
            view! { <a href=href rel="prev">{t("search-previous")}</a> }
        });
        let next = (page < pages).then(|| {
            let href = results.params.with_page(page + 1).href_at(base);
            view! { <a href=href rel="next">{t("search-next")}</a> }
        });
        view! {
            <nav class="pager" aria-label=t("search-pages")>
                {previous}
                <span>{t_args("search-page-of", &[("page", page.to_string()), ("pages", pages.to_string())])}</span>
                {next}
            </nav>
        }
    })
}

/// Makes the search form answer while the reader types: after a short pause, the page for
/// the form's current values is fetched and its results replace the ones shown, and the
/// address follows. Without the client bundle the form submits as usual.
#[island]
pub(crate) fn LiveSearch(children: Children) -> impl IntoView {
    let latest = crate::components::Latest::new();
    let on_input = move |event: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast as _;
            let Some(form) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|element| element.closest("form").ok().flatten())
                .and_then(|form| form.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            latest.after_pause(
                std::time::Duration::from_millis(300),
                move || live::fetch(form),
                |page| {
                    if let Some((page, url)) = page {
                        live::show(&page, &url);
                    }
                },
            );
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (event, latest);
    };
    view! { <div class="live-search" on:input=on_input>{children()}</div> }
}

#[cfg(feature = "hydrate")]
mod live {
    use wasm_bindgen::JsCast as _;
    use wasm_bindgen_futures::JsFuture;

    /// Fetches the results page for `form`'s values: the page and its address. None when it
    /// cannot (the page then stays as it was).
    pub async fn fetch(form: web_sys::HtmlFormElement) -> Option<(web_sys::Document, String)> {
        let window = web_sys::window()?;
        let data = web_sys::FormData::new_with_form(&form).ok()?;
        let query: String =
            web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?.to_string().into();
        let action = form
            .get_attribute("action")
            .filter(|a| a.starts_with('/'))
            .unwrap_or_else(|| "/search".to_owned());
        let url = format!("{action}?{query}");
        let response: web_sys::Response =
            JsFuture::from(window.fetch_with_str(&url)).await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        let html = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
        let page = web_sys::DomParser::new()
            .ok()?
            .parse_from_string(&html, web_sys::SupportedType::TextHtml)
            .ok()?;
        Some((page, url))
    }

    /// Swaps the results of `fetched` in, and makes the address `url`.
    pub fn show(fetched: &web_sys::Document, url: &str) {
        let _ = try_show(fetched, url);
    }

    fn try_show(fetched: &web_sys::Document, url: &str) -> Option<()> {
        let window = web_sys::window()?;
        let document = window.document()?;
        let fresh = fetched.get_element_by_id("search-results")?;
        let shown = document.get_element_by_id("search-results")?;
        shown.set_inner_html(&fresh.inner_html());
        // The status line stays the same element, so screen readers announce the new count.
        if let (Some(fresh), Some(shown)) =
            (fetched.get_element_by_id("search-status"), document.get_element_by_id("search-status"))
        {
            shown.set_text_content(fresh.text_content().as_deref());
        }
        if let Some(title) = fetched.query_selector("title").ok().flatten() {
            document.set_title(&title.text_content().unwrap_or_default());
        }
        window.history().ok()?.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)).ok()?;
        Some(())
    }
}
