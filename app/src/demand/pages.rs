//! `/editor/demand`, `/cases/calls/:slug` and the case library's demand panel.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{CallSummary, DemandReport, QueryStat, case_call, get_demand, get_library_demand};
use crate::components::{failure, format_date};
use crate::forms::{HubForm, TextField};
use crate::i18n::{t, t_args};

/// `/editor/demand`: what readers looked for in the last 30 days and did not find, or found
/// and did not open; each query can become a call for cases or a synonym. Editors only.
#[component]
pub fn DemandPage() -> impl IntoView {
    let query = use_query_map();
    let lang = query.with_untracked(|q| q.get("lang").unwrap_or_default());
    let facet = query.with_untracked(|q| q.get("facet").unwrap_or_default());
    let done = query.with_untracked(|q| q.get("done")).filter(|done| done == "synonym-added");
    let (shown_lang, shown_facet) = (lang.clone(), facet.clone());
    let report = Resource::new_blocking(
        move || (lang.clone(), facet.clone()),
        |(lang, facet)| get_demand(lang, facet),
    );
    view! {
        <Title text=t("demand-title")/>
        <div class="demand">
            <h1>{t("demand-title")}</h1>
            <p>{t("demand-intro")}</p>
            {done.map(|_| view! { <p class="notice" role="status">{t("demand-synonym-added")}</p> })}
            <Suspense fallback=|| ()>
                {move || {
                    let (lang, facet) = (shown_lang.clone(), shown_facet.clone());
                    Suspend::new(async move {
                        match report.await {
                            Ok(report) => view! { <Report report lang facet/> }.into_any(),
                            Err(error) => failure(error),
                        }
                    })
                }}
            </Suspense>
        </div>
    }
}

#[component]
fn Report(report: DemandReport, lang: String, facet: String) -> impl IntoView {
    let DemandReport { searches, zero_results, low_click, weeks, langs, facets, calls, synonyms } = report;
    let lang_options = langs
        .into_iter()
        .map(|code| {
            let selected = code == lang;
            // Each language is named in itself, as the language menu names it.
            let name = crate::i18n::Locale::from_code(&code)
                .map_or(code.clone(), |locale| locale.native_name().to_owned());
            view! { <option value=code.clone() selected=selected lang=code.clone() dir=crate::i18n::text_dir(&code)>{name}</option> }
        })
        .collect_view();
    let facet_options = facets
        .into_iter()
        .map(|key| {
            let selected = key == facet;
            view! { <option value=key.clone() selected=selected>{key.clone()}</option> }
        })
        .collect_view();
    view! {
        <form class="demand-filters" method="get" action="/editor/demand">
            <label for="demand-lang">{t("demand-filter-lang")}</label>
            <select id="demand-lang" name="lang">
                <option value="">{t("demand-filter-all")}</option>
                {lang_options}
            </select>
            <label for="demand-facet">{t("demand-filter-facet")}</label>
            <select id="demand-facet" name="facet">
                <option value="">{t("demand-filter-all")}</option>
                {facet_options}
            </select>
            <button type="submit" class="button-secondary">{t("demand-filter-apply")}</button>
        </form>
        <p>{t_args("demand-searches", &[("count", searches.to_string())])}</p>
        <section aria-labelledby="demand-trend">
            <h2 id="demand-trend">{t("demand-trend")}</h2>
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{t("demand-week")}</th>
                        <th scope="col">{t("demand-col-searches")}</th>
                        <th scope="col">{t("demand-col-zero")}</th>
                    </tr>
                </thead>
                <tbody>
                    {weeks
                        .into_iter()
                        .map(|week| view! {
                            <tr>
                                <td>{format_date(&week.from)}</td>
                                <td>{week.searches}</td>
                                <td>{week.zero}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
        <section aria-labelledby="demand-zero">
            <h2 id="demand-zero">{t("demand-zero-title")}</h2>
            <QueryTable stats=zero_results empty=t("demand-none")/>
        </section>
        <section aria-labelledby="demand-low">
            <h2 id="demand-low">{t("demand-low-title")}</h2>
            <QueryTable stats=low_click empty=t("demand-none")/>
        </section>
        <section aria-labelledby="demand-actions">
            <h2 id="demand-actions">{t("demand-act-title")}</h2>
            <div class="desk-forms">
                <section aria-labelledby="demand-call-form">
                    <h3 id="demand-call-form">{t("demand-call-title")}</h3>
                    <HubForm name="call">
                        <TextField name="topic" label=t("demand-field-topic") hint=t("demand-topic-hint") required=true maxlength=200/>
                        <button type="submit" class="button">{t("demand-make-call")}</button>
                    </HubForm>
                </section>
                <section aria-labelledby="demand-synonym-form">
                    <h3 id="demand-synonym-form">{t("demand-synonym-title")}</h3>
                    <HubForm name="synonym">
                        <TextField name="query" label=t("demand-field-query") required=true maxlength=200/>
                        <TextField name="synonyms" label=t("demand-field-synonyms") hint=t("demand-synonyms-hint") required=true maxlength=400/>
                        <button type="submit" class="button">{t("demand-add-synonym")}</button>
                    </HubForm>
                </section>
            </div>
        </section>
        <section aria-labelledby="demand-calls">
            <h2 id="demand-calls">{t("demand-calls-title")}</h2>
            <CallList calls/>
        </section>
        <section aria-labelledby="demand-synonyms">
            <h2 id="demand-synonyms">{t("demand-synonyms-list")}</h2>
            {if synonyms.is_empty() {
                view! { <p>{t("demand-none")}</p> }.into_any()
            } else {
                view! { <ul>{synonyms.into_iter().map(|group| view! { <li>{group}</li> }).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}

/// One table of queries, each with a one-click call for cases and a synonym form link.
#[component]
fn QueryTable(stats: Vec<QueryStat>, empty: String) -> impl IntoView {
    if stats.is_empty() {
        return view! { <p>{empty}</p> }.into_any();
    }
    view! {
        <table class="data-table">
            <thead>
                <tr>
                    <th scope="col">{t("demand-col-query")}</th>
                    <th scope="col">{t("demand-col-lang")}</th>
                    <th scope="col">{t("demand-col-facet")}</th>
                    <th scope="col">{t("demand-col-searches")}</th>
                    <th scope="col">{t("demand-col-readers")}</th>
                    <th scope="col">{t("demand-col-opened")}</th>
                    <th scope="col">{t("demand-col-trend")}</th>
                    <th scope="col">{t("demand-col-act")}</th>
                </tr>
            </thead>
            <tbody>
                {stats
                    .into_iter()
                    .map(|stat| {
                        let trend = t_args(
                            "demand-trend-value",
                            &[("recent", stat.recent.to_string()), ("before", stat.before.to_string())],
                        );
                        let label = t_args("demand-make-call-for", &[("query", stat.query.clone())]);
                        view! {
                            <tr>
                                <td lang="" dir="auto">{stat.query.clone()}</td>
                                <td lang=stat.lang.clone() dir=crate::i18n::text_dir(&stat.lang)>{crate::i18n::Locale::from_code(&stat.lang).map_or(stat.lang.clone(), |locale| locale.native_name().to_owned())}</td>
                                <td>{stat.facet.clone()}</td>
                                <td>{stat.searches}</td>
                                <td>{stat.sessions}</td>
                                <td>{stat.opened}</td>
                                <td>{trend}</td>
                                <td>
                                    <HubForm name="call" class="inline-form">
                                        <input type="hidden" name="topic" value=stat.query.clone()/>
                                        <button type="submit" class="button-secondary" aria-label=label>{t("demand-make-call")}</button>
                                    </HubForm>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The calls for cases as a list of links.
#[component]
fn CallList(calls: Vec<CallSummary>) -> impl IntoView {
    if calls.is_empty() {
        return view! { <p>{t("demand-no-calls")}</p> }.into_any();
    }
    view! {
        <ul class="call-list">
            {calls
                .into_iter()
                .map(|call| {
                    let href = crate::paths::case_call(&call.slug);
                    let answers = t_args("demand-answers", &[("count", call.answers.to_string())]);
                    view! { <li><a href=href>{call.topic}</a>" · "{answers}</li> }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// `/cases/calls/:slug`: "We are looking for cases about …", and the form that starts a
/// case draft answering it.
#[component]
pub fn CallPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    let call = Resource::new_blocking(move || slug.clone(), case_call);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match call.await {
                    Ok(call) => {
                        let heading = t_args("demand-call-heading", &[("topic", call.topic.clone())]);
                        let action = crate::paths::case_call(&call.slug);
                        let answers = t_args("demand-answers", &[("count", call.answers.to_string())]);
                        view! {
                            <Title text=heading.clone()/>
                            <article class="case-call">
                                <h1>{heading}</h1>
                                <p class="hit-meta">{t_args("demand-call-since", &[("date", format_date(&call.created_on))])}" · "{answers}</p>
                                <p>{t("demand-call-body")}</p>
                                <HubForm name="answer" action=action>
                                    <button type="submit" class="button">{t("demand-answer")}</button>
                                </HubForm>
                                <p>{t("demand-answer-hint")}</p>
                                <p><a href="/cases">{t("demand-back-to-library")}</a></p>
                            </article>
                        }
                        .into_any()
                    }
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

/// The case library's panel: open calls for cases, and what many readers look for (only
/// queries seen from at least ten different readers: nothing that could point at one).
#[component]
pub fn LibraryPanel() -> impl IntoView {
    let demand = Resource::new_blocking(|| (), |()| get_library_demand());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let Ok(demand) = demand.await else { return ().into_any() };
                if demand.calls.is_empty() && demand.wanted.is_empty() {
                    return ().into_any();
                }
                let calls = (!demand.calls.is_empty()).then(|| view! {
                    <section aria-labelledby="library-calls" class="library-calls">
                        <h2 id="library-calls">{t("demand-library-calls")}</h2>
                        <CallList calls=demand.calls/>
                    </section>
                });
                let wanted = (!demand.wanted.is_empty()).then(|| view! {
                    <section aria-labelledby="library-wanted" class="library-wanted">
                        <h2 id="library-wanted">{t("demand-library-wanted")}</h2>
                        <p>{t("demand-library-wanted-intro")}</p>
                        <ul>
                            {demand
                                .wanted
                                .into_iter()
                                .map(|query| {
                                    let href = crate::search::params::SearchParams::from_query_string("").with_query(&query).href_at("/cases");
                                    view! { <li><a href=href>{query}</a></li> }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                });
                view! { <div class="library-demand">{calls}{wanted}</div> }.into_any()
            })}
        </Suspense>
    }
}
