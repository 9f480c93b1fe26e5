//! Route components of the case library: the library with its facets, a case, and the
//! world overview.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::{use_location, use_params_map};

use super::api::{
    CaseDetail, CaseSummary, CaseTag, WorldOverview, browse_cases, cases_by_place, get_case, newest_cases,
};
use crate::components::{ErrorPage, format_count, format_date};
use crate::i18n::{t, t_args};
use crate::search::params::{FacetName, SearchParams, Sort};
use crate::search::{LiveSearch, Results};
use crate::translations::VersionSet;
use crate::translations::components::{Versions, read_with_versions};

/// `/cases`: every published case, searchable, narrowed by facets with live counts, in the
/// order asked for. Everything lives in the URL.
#[component]
pub fn CasesPage() -> impl IntoView {
    let query = use_location().search.get_untracked();
    let params = SearchParams::from_query_string(&query).without(FacetName::Kind);
    let results = Resource::new_blocking(move || query.clone(), browse_cases);
    let feed = {
        let mut feed = params.clone();
        feed.filters.insert(0, (FacetName::Kind, "case".to_owned()));
        feed.page = 1;
        let href = feed.href();
        format!("{href}&format=atom")
    };
    view! {
        <Title text=t("cases-title")/>
        <Meta name="description" content=t("cases-lead")/>
        <Link rel="alternate" type_="application/atom+xml" href=feed.clone() title=t("cases-feed")/>
        <h1>{t("cases-title")}</h1>
        <p class="lead">{t("cases-lead")}</p>
        <p class="cases-links">
            <a href="/cases/world">{t("cases-world-link")}</a>
            " · "
            <a href="/cases/export.csv">{t("cases-export-csv")}</a>
            " · "
            <a href="/cases/export.json">{t("cases-export-json")}</a>
            " · "
            <a href=feed>{t("cases-feed")}</a>
        </p>
        <LiveSearch>
            <CasesForm params/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match results.await {
                        Ok(results) => view! { <Results results base="/cases" shown=&FacetName::CASES/> }.into_any(),
                        Err(error) => view! { <ErrorPage error/> }.into_any(),
                    }
                })}
            </Suspense>
        </LiveSearch>
    }
}

/// The newest good-practice cases, for the home page, with a link to the library.
#[component]
pub fn NewestCases(count: u64) -> impl IntoView {
    let cases = Resource::new_blocking(|| (), move |()| newest_cases(count));
    view! {
        <section class="home-section" aria-labelledby="home-cases-title">
            <h2 id="home-cases-title" class="section-title">{t("home-cases-title")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match cases.await {
                        Ok(list) if list.is_empty() => view! { <p>{t("home-cases-empty")}</p> }.into_any(),
                        Ok(list) => card_list(list, 3).into_any(),
                        Err(error) => view! { <p>{t(error.body_key())}</p> }.into_any(),
                    }
                })}
            </Suspense>
            <p class="section-more"><a href="/cases">{t("home-cases-all")}</a></p>
        </section>
    }
}

/// The library's query form: words, order, and the current filters carried along.
#[component]
fn CasesForm(params: SearchParams) -> impl IntoView {
    let option = |sort: Sort, key: &str| {
        let value = sort.code().unwrap_or("relevance");
        view! { <option value=value selected=params.sort == sort>{t(key)}</option> }
    };
    view! {
        <form class="search-form" role="search" action="/cases" method="get" aria-label=t("cases-search")>
            <label for="cases-q">{t("cases-search")}</label>
            <div class="search-row">
                <input id="cases-q" type="search" name="q" value=params.q.clone() maxlength="200" autocomplete="off"/>
                <button type="submit">{t("search-button")}</button>
            </div>
            <label for="cases-sort" class="sort-label">{t("search-sort")}</label>
            <select id="cases-sort" name="sort">
                {option(Sort::Relevance, "search-sort-relevance")}
                {option(Sort::Newest, "search-sort-newest")}
                {option(Sort::Completeness, "cases-sort-completeness")}
            </select>
            {params
                .filters
                .iter()
                .map(|(facet, value)| view! { <input type="hidden" name=facet.key() value=value.clone()/> })
                .collect_view()}
        </form>
    }
}

/// `/cases/{slug}`: one case, or a 404 page.
#[component]
pub fn CasePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    // The case and its versions in one resource (see `Versions`).
    let case =
        Resource::new_blocking(slug, |slug| read_with_versions("case", get_case(slug), |item| item.id));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match case.await {
                    Ok((case, versions)) => view! { <CaseView case versions/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A case in a list: title link (a heading of `level`, 3 or 4), countries, summary.
#[component]
fn CaseCard(case: CaseSummary, level: u8) -> impl IntoView {
    let href = crate::paths::case(&case.slug);
    let countries =
        (!case.countries.is_empty()).then(|| view! { <p class="card-meta">{case.countries.join(", ")}</p> });
    // The case's own words carry its language; the labels around them stay the page's.
    let (lang, dir) = (case.lang.clone(), crate::i18n::text_dir(&case.lang));
    let link = view! { <a href=href lang=lang.clone() dir=dir>{case.title.clone()}</a> };
    let title = if level >= 4 {
        view! { <h4 class="card-title">{link}</h4> }.into_any()
    } else {
        view! { <h3 class="card-title">{link}</h3> }.into_any()
    };
    view! {
        <article class="card">
            {title}
            {countries}
            <p class="card-summary" lang=lang dir=dir>{case.summary.clone()}</p>
        </article>
    }
}

fn card_list(cases: Vec<CaseSummary>, level: u8) -> impl IntoView {
    view! {
        <ul class="card-list" role="list">
            {cases.into_iter().map(|case| view! { <li><CaseCard case level/></li> }).collect_view()}
        </ul>
    }
}

fn tag_links(tags: Vec<CaseTag>) -> impl IntoView {
    view! {
        <ul class="tag-list" role="list">
            {tags.into_iter().map(|tag| {
                let href = tag.href();
                view! { <li><a class="tag" href=href>{tag.name}</a></li> }
            }).collect_view()}
        </ul>
    }
}

/// One line of the facts box, left out when empty.
fn fact(label: &str, value: Option<AnyView>) -> Option<impl IntoView + use<>> {
    let label = t(label);
    value.map(|value| view! { <dt>{label}</dt><dd>{value}</dd> })
}

#[component]
fn CaseView(case: CaseDetail, versions: Option<VersionSet>) -> impl IntoView {
    let CaseDetail {
        id: _,
        summary,
        sections,
        facts,
        tags,
        adapted_from,
        adaptations,
        related,
        published_on,
        updated_on,
    } = case;
    let lang = summary.lang.clone();
    let countries = (!facts.countries.is_empty()).then(|| tag_links(facts.countries).into_any());
    let organisations = (!facts.organisations.is_empty()).then(|| {
        view! {
            <ul class="plain-list" role="list">
                {facts.organisations.into_iter().map(|org| {
                    // The organisation's name and role are the case's words, in its language.
                    let role = (!org.role.is_empty()).then(|| format!(" ({})", org.role));
                    view! { <li dir=crate::i18n::text_dir(&lang) lang=lang.clone()><a href=org.href>{org.name}</a>{role}</li> }
                }).collect_view()}
            </ul>
        }
        .into_any()
    });
    let levels = (!facts.levels.is_empty()).then(|| tag_links(facts.levels).into_any());
    let dates = match (facts.started_on, facts.ended_on) {
        (Some(start), Some(end)) => Some(format!("{} – {}", format_date(&start), format_date(&end))),
        (Some(start), None) => Some(t_args("case-since", &[("date", format_date(&start))])),
        (None, Some(end)) => Some(t_args("case-until", &[("date", format_date(&end))])),
        (None, None) => None,
    };
    let tag_view = |tag: Option<CaseTag>| tag.map(|tag| tag_links(vec![tag]).into_any());
    let links = (!facts.links.is_empty()).then(|| {
        view! {
            <ul class="plain-list" role="list">
                {facts.links.into_iter().map(|link| view! { <li dir=crate::i18n::text_dir(&lang) lang=lang.clone()><a href=link.url rel="nofollow">{link.label}</a></li> }).collect_view()}
            </ul>
        }
        .into_any()
    });
    let text = |value: String| (!value.is_empty()).then(|| value.into_any());
    let facts_box = view! {
        <aside class="case-facts" aria-labelledby="facts-title">
            <h2 id="facts-title">{t("case-facts")}</h2>
            <dl class="facts">
                {fact("case-fact-countries", countries)}
                {fact("case-fact-organisations", organisations)}
                {fact("case-fact-level", levels)}
                {fact("case-fact-dates", dates.map(IntoAny::into_any))}
                {fact("case-fact-stage", tag_view(facts.stage))}
                {fact("case-fact-evidence", tag_view(facts.evidence))}
                {fact("case-fact-cost", facts.cost_band.map(IntoAny::into_any))}
                {fact("case-fact-licence", text(facts.licence))}
                {fact("case-fact-contact", text(facts.contact))}
                {fact("case-fact-links", links)}
                {fact("case-fact-published", Some(format_date(&published_on).into_any()))}
                {fact("case-fact-updated", (updated_on != published_on).then(|| format_date(&updated_on).into_any()))}
            </dl>
        </aside>
    };
    let lineage = (adapted_from.is_some() || !adaptations.is_empty()).then(|| {
        let from = adapted_from.map(|case| {
            view! {
                <h3>{t("case-adapted-from")}</h3>
                {card_list(vec![case], 4)}
            }
        });
        let to = (!adaptations.is_empty()).then(|| {
            view! {
                <h3>{t_args("case-adapted-by", &[("count", adaptations.len().to_string())])}</h3>
                {card_list(adaptations, 4)}
            }
        });
        view! {
            <section class="lineage" aria-labelledby="lineage-title">
                <h2 id="lineage-title">{t("case-lineage")}</h2>
                {from}
                {to}
            </section>
        }
    });
    let related = (!related.is_empty()).then(|| {
        view! {
            <section class="related" aria-labelledby="related-title">
                <h2 id="related-title">{t("case-related")}</h2>
                {card_list(related, 3)}
            </section>
        }
    });
    let empty = sections.is_empty().then(|| view! { <p class="note">{t("case-no-sections")}</p> });
    let topics = (!tags.is_empty()).then(|| {
        view! {
            <section class="tags" aria-labelledby="tags-title">
                <h2 id="tags-title">{t("article-tags")}</h2>
                {tag_links(tags)}
            </section>
        }
    });
    view! {
        <Title text=summary.title.clone()/>
        <Meta name="description" content=summary.summary.clone()/>
        <Meta property="og:type" content="article"/>
        <Meta property="og:title" content=summary.title.clone()/>
        <Meta property="og:description" content=summary.summary.clone()/>
        <article class="case">
            <header class="article-header">
                <p class="eyebrow"><a href="/cases">{t("cases-title")}</a></p>
                <h1 dir=crate::i18n::text_dir(&lang) lang=lang.clone()>{summary.title.clone()}</h1>
                <p class="lead" dir=crate::i18n::text_dir(&lang) lang=lang.clone()>{summary.summary.clone()}</p>
                <p class="case-completeness">{t_args("case-completeness", &[("score", summary.completeness.to_string())])}</p>
                <Versions kind="case" set=versions/>
            </header>
            <div class="case-layout">
                <div class="case-sections">
                    {empty}
                    {sections.into_iter().map(|section| view! {
                        <section id=section.key.clone() aria-labelledby=format!("{}-title", section.key)>
                            <h2 id=format!("{}-title", section.key)>{section.heading}</h2>
                            <div class="prose" dir=crate::i18n::text_dir(&lang) lang=lang.clone() inner_html=section.html></div>
                        </section>
                    }).collect_view()}
                    {topics}
                </div>
                {facts_box}
            </div>
        </article>
        {lineage}
        {related}
    }
}

/// Width of the world chart's drawing, in its own units.
const CHART_WIDTH: i64 = 640;
/// Height of one bar row.
const ROW: i64 = 36;
/// Room for the region names.
const LABEL_WIDTH: i64 = 150;

/// `/cases/world`: how many cases each region and country has, as a bar chart drawn in SVG
/// (served with the page, nothing fetched from elsewhere; an image, so its figures are also
/// in the tables below, whose headings and rows link to the cases) and as tables.
#[component]
pub fn CasesWorldPage() -> impl IntoView {
    let overview = Resource::new_blocking(|| (), |_| cases_by_place());
    view! {
        <Title text=t("cases-world-title")/>
        <h1>{t("cases-world-title")}</h1>
        <p class="lead">{t("cases-world-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(overview) => view! { <WorldView overview/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn WorldView(overview: WorldOverview) -> impl IntoView {
    let WorldOverview { total, without_country, regions } = overview;
    let most = regions.iter().map(|region| region.count).max().unwrap_or(0).max(1);
    let height = ROW * regions.len() as i64 + 8;
    // Right to left, the chart mirrors: labels on the right, bars growing leftwards. SVG
    // text follows the page's direction, so its anchors need no change.
    let rtl = crate::i18n::current_locale().is_rtl();
    let x = move |from_start: i64| if rtl { CHART_WIDTH - from_start } else { from_start };
    let bars = regions
        .iter()
        .enumerate()
        .map(|(row, region)| {
            let y = row as i64 * ROW + 4;
            let width = ((CHART_WIDTH - LABEL_WIDTH - 60) * region.count / most).max(2);
            let bar_x = if rtl { CHART_WIDTH - LABEL_WIDTH - width } else { LABEL_WIDTH };
            view! {
                <text x=x(LABEL_WIDTH - 8) y=y + ROW / 2 + 5 text-anchor="end" class="chart-label">{region.name.clone()}</text>
                <rect x=bar_x y=y + 6 width=width height=ROW - 12 rx="3" class="chart-bar"/>
                <text x=x(LABEL_WIDTH + width + 8) y=y + ROW / 2 + 5 class="chart-value">{format_count(region.count)}</text>
            }
        })
        .collect_view();
    let summary = t_args(
        "cases-world-summary",
        &[("total", total.to_string()), ("without", without_country.to_string())],
    );
    view! {
        <p>{summary}</p>
        <figure class="world-chart">
            <svg viewBox=format!("0 0 {CHART_WIDTH} {height}") role="img" aria-labelledby="world-chart-caption">
                {bars}
            </svg>
            <figcaption id="world-chart-caption">{t("cases-world-chart")}</figcaption>
        </figure>
        <div class="world-regions">
        {regions.into_iter().filter(|region| region.count > 0).map(|region| {
            let id = format!("region-{}", region.code);
            let labelled_by = id.clone();
            view! {
                <section class="world-region" aria-labelledby=labelled_by>
                    <h2 id=id>
                        <a href=format!("/cases?region={}", region.code)>{region.name.clone()}</a>
                        " "<span class="facet-count">{format_count(region.count)}</span>
                    </h2>
                    <table class="world-table">
                        <caption class="visually-hidden">{t_args("cases-world-countries", &[("region", region.name.clone())])}</caption>
                        <thead><tr><th scope="col">{t("taxonomy-country")}</th><th scope="col">{t("cases-world-count")}</th></tr></thead>
                        <tbody>
                            {region.countries.into_iter().map(|country| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/cases?country={}", country.code)>{country.name}</a></th>
                                    <td>{format_count(country.count)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
            }
        }).collect_view()}
        </div>
    }
}
