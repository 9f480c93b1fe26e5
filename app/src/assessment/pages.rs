//! Public pages: the framework, the private self-reflection and the benchmarks.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use super::api::{
    Benchmarks, FrameworkOverview, SelfProfile, SelfView, get_benchmarks, get_framework, get_self_reflection,
};
use super::components::{AssessmentNotice, ScoreChart, StepFields, score_text};
use crate::components::ErrorPage;
use crate::forms::{HubForm, form_reply};
use crate::i18n::{t, t_args};

/// `/assessment`: the framework, its scales, and the ways in.
#[component]
pub fn AssessmentPage() -> impl IntoView {
    let overview = Resource::new_blocking(|| (), |()| get_framework());
    view! {
        <Title text=t("assessment-title")/>
        <div class="narrow assessment">
            <h1>{t("assessment-title")}</h1>
            <AssessmentNotice/>
            <p class="lead">{t("assessment-lead")}</p>
            <p class="assessment-actions">
                <a class="button" href="/assessment/self">{t("assessment-start-self")}</a>
                " "<a href="/assessment/cycles">{t("assessment-for-organisations")}</a>
                " · "<a href="/assessment/benchmarks">{t("assessment-benchmarks-link")}</a>
                " · "<a href="/assessment/framework.json">{t("assessment-framework-json")}</a>
            </p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match overview.await {
                        Ok(overview) => view! { <FrameworkView overview/> }.into_any(),
                        Err(error) => view! { <ErrorPage error/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn FrameworkView(overview: FrameworkOverview) -> impl IntoView {
    let FrameworkOverview { version, name, source, domains, bands } = overview;
    view! {
        <p class="card-meta">{name}" · "{t_args("assessment-version", &[("version", version)])}</p>
        <p>{source}</p>
        <h2>{t("assessment-domains")}</h2>
        {domains.into_iter().map(|domain| view! {
            <section class="assessment-domain" aria-labelledby=format!("domain-{}", domain.code)>
                <h3 id=format!("domain-{}", domain.code)>{domain.name}</h3>
                <p>{domain.description}</p>
                <dl>
                    {domain.competencies.into_iter().map(|(name, description)| view! {
                        <dt>{name}</dt><dd>{description}</dd>
                    }).collect_view()}
                </dl>
            </section>
        }).collect_view()}
        <h2>{t("assessment-scales")}</h2>
        <h3>{t("assessment-scale-proficiency")}</h3>
        <p>{t("assessment-scale-proficiency-text")}</p>
        <ol>
            {(1..=4).map(|level| view! { <li>{t(&format!("assessment-level-{level}"))}</li> }).collect_view()}
        </ol>
        <h3>{t("assessment-scale-practice")}</h3>
        <p>{t("assessment-scale-practice-text")}</p>
        <table class="assessment-table">
            <caption class="visually-hidden">{t("assessment-scale-practice")}</caption>
            <thead><tr><th scope="col">{t("assessment-band")}</th><th scope="col">{t("assessment-name")}</th><th scope="col">{t("assessment-meaning")}</th></tr></thead>
            <tbody>
                {bands.into_iter().map(|(value, name, description)| view! {
                    <tr><td>{value}</td><th scope="row">{name}</th><td>{description}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        <h3>{t("assessment-scale-agreement")}</h3>
        <p>{t("assessment-scale-agreement-text")}</p>
        <h2>{t("assessment-scoring")}</h2>
        <p>{t("assessment-scoring-text")}</p>
    }
}

/// `/assessment/self` (and `?token=…` once saved): the private self-reflection, one
/// domain a step, then the profile.
#[component]
pub fn SelfReflectionPage() -> impl IntoView {
    let query = use_query_map();
    let token = query.read_untracked().get("token").filter(|token| !token.is_empty());
    let reply = form_reply();
    let (step, carried) = if reply.form == "self" {
        (
            reply.values.get("step").cloned().unwrap_or_default(),
            reply.values.get("answers").cloned().unwrap_or_default(),
        )
    } else {
        (query.read_untracked().get("step").unwrap_or_default(), String::new())
    };
    let page = Resource::new_blocking(
        move || (token.clone(), step.clone(), carried.clone()),
        |(token, step, carried)| get_self_reflection(token, step, carried),
    );
    view! {
        <Title text=t("assessment-self-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <SelfBody page/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SelfBody(page: SelfView) -> impl IntoView {
    let SelfView { step, profile, carried, token } = page;
    let action = token.as_ref().map(|token| format!("/assessment/self?token={token}"));
    let saved = token.clone().map(|token| {
        let link = format!("/assessment/self?token={token}");
        view! {
            <section class="assessment-private-link" aria-labelledby="private-link">
                <h2 id="private-link">{t("assessment-private-link")}</h2>
                <p>{t("assessment-private-link-text")}</p>
                <p><a href=link.clone()>{link.clone()}</a></p>
                <HubForm name="delete" action=link>
                    <button type="submit" name="action" value="delete" class="link-button">{t("assessment-delete")}</button>
                </HubForm>
            </section>
        }
    });
    let first = step.as_ref().is_some_and(|step| step.number == 1) && token.is_none();
    let body = match (step, profile) {
        (Some(step), _) => {
            let number = step.number;
            let last = step.number >= step.total;
            let hidden = token
                .is_none()
                .then(|| view! { <input type="hidden" name="answers" value=carried.clone()/> });
            let save = token.is_none().then(|| view! {
                <button type="submit" name="action" value="save" class="button-secondary">{t("assessment-save-link")}</button>
            });
            view! {
                <HubForm name="self" action=action.clone().unwrap_or_else(|| "/assessment/self".to_owned())>
                    {hidden}
                    <StepFields step/>
                    <div class="form-actions">
                        <button type="submit" name="action" value="next" class="button">
                            {if last { t("assessment-see-profile") } else { t("assessment-next") }}
                        </button>
                        {(number > 1).then(|| view! { <button type="submit" name="action" value="back" class="button-secondary">{t("assessment-back")}</button> })}
                        {save}
                    </div>
                </HubForm>
            }
            .into_any()
        }
        (None, Some(profile)) => view! { <SelfProfileView profile carried token/> }.into_any(),
        (None, None) => ().into_any(),
    };
    view! {
        <div class="narrow assessment">
            <h1>{t("assessment-self-title")}</h1>
            <AssessmentNotice/>
            {first.then(|| view! { <p class="lead">{t("assessment-self-lead")}</p> })}
            {saved}
            {body}
        </div>
    }
}

#[component]
fn SelfProfileView(profile: SelfProfile, carried: String, token: Option<String>) -> impl IntoView {
    let SelfProfile {
        overall,
        domains,
        competencies,
        strongest,
        weakest,
        weakest_domain,
        reading,
        more_reading,
        coverage,
    } = profile;
    let coverage_text = t_args(
        "assessment-self-coverage",
        &[
            ("scored", coverage.scored.to_string()),
            ("items", coverage.items.to_string()),
            ("na", coverage.not_applicable.to_string()),
            ("pns", coverage.prefer_not_to_say.to_string()),
        ],
    );
    let downloads = match &token {
        Some(token) => view! {
            <p>
                <a href=format!("/assessment/self/profile.json?token={token}") download="">{t("assessment-download-json")}</a>
                " · "
                <a href=format!("/assessment/self/profile.csv?token={token}") download="">{t("assessment-download-csv")}</a>
            </p>
        }
        .into_any(),
        None => {
            let again = carried.clone();
            view! {
            <HubForm name="download" action="/assessment/self/download">
                <input type="hidden" name="answers" value=carried.clone()/>
                <div class="form-actions">
                    <button type="submit" name="format" value="json" class="button-secondary">{t("assessment-download-json")}</button>
                    <button type="submit" name="format" value="csv" class="button-secondary">{t("assessment-download-csv")}</button>
                </div>
            </HubForm>
            <HubForm name="self" action="/assessment/self">
                <input type="hidden" name="answers" value=again.clone()/>
                <input type="hidden" name="step" value="1"/>
                <div class="form-actions">
                    <button type="submit" name="action" value="save" class="button">{t("assessment-save-link")}</button>
                    <button type="submit" name="action" value="back" class="button-secondary">{t("assessment-change-answers")}</button>
                </div>
            </HubForm>
            }
            .into_any()
        }
    };
    let change = token.as_ref().map(|token| {
        view! { <p><a href=format!("/assessment/self?token={token}&step=1")>{t("assessment-change-answers")}</a></p> }
    });
    view! {
        <h2>{t("assessment-your-profile")}</h2>
        <p class="assessment-overall">{t("assessment-overall")}": "<strong>{score_text(overall)}</strong></p>
        <p>{coverage_text}</p>
        <ScoreChart bars=domains id="self-domains" caption=t("assessment-chart-domains")/>
        <ScoreChart bars=competencies id="self-competencies" caption=t("assessment-chart-competencies")/>
        {(!strongest.is_empty()).then(|| view! {
            <h3>{t("assessment-strongest")}</h3>
            <ul class="assessment-strongest">{strongest.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}</ul>
        })}
        {(!weakest.is_empty()).then(|| view! {
            <h3>{t("assessment-weakest")}</h3>
            <ul class="assessment-weakest">{weakest.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}</ul>
        })}
        {weakest_domain.map(|domain| view! {
            <h3>{t_args("assessment-reading", &[("domain", domain)])}</h3>
            {if reading.is_empty() {
                view! { <p>{t("assessment-reading-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="assessment-reading">
                        {reading.into_iter().map(|link| view! {
                            <li><a href=link.url>{link.title}</a>" "<span class="card-meta">{t(&format!("assessment-kind-{}", link.kind))}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {more_reading.map(|href| view! { <p><a href=href>{t("assessment-reading-more")}</a></p> })}
        })}
        <h3>{t("assessment-keep")}</h3>
        {downloads}
        {change}
    }
}

/// `/assessment/benchmarks`: medians by region and by level of government.
#[component]
pub fn BenchmarksPage() -> impl IntoView {
    let benchmarks = Resource::new_blocking(|| (), |()| get_benchmarks());
    view! {
        <Title text=t("assessment-benchmarks-title")/>
        <div class="assessment">
            <h1>{t("assessment-benchmarks-title")}</h1>
            <p class="lead">{t("assessment-benchmarks-lead")}</p>
            <p class="assessment-note">{t("assessment-benchmarks-note")}</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match benchmarks.await {
                        Ok(list) if list.is_empty() => view! { <p>{t("assessment-benchmarks-none")}</p> }.into_any(),
                        Ok(list) => list.into_iter().map(|b| view! { <BenchmarkTables benchmarks=b/> }).collect_view().into_any(),
                        Err(error) => view! { <ErrorPage error/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn BenchmarkTables(benchmarks: Benchmarks) -> impl IntoView {
    let Benchmarks { version, domains, regions, levels } = benchmarks;
    let table = move |caption: String, rows: Vec<super::api::BenchmarkRow>, domains: Vec<String>| {
        view! {
            <table class="assessment-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("assessment-group")}</th>
                        <th scope="col">{t("assessment-organisations")}</th>
                        <th scope="col">{t("assessment-overall")}</th>
                        {domains.into_iter().map(|d| view! { <th scope="col">{d}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>
                            <th scope="row">{row.group}</th>
                            <td>{row.organisations}</td>
                            <td>{score_text(row.overall)}</td>
                            {row.domains.into_iter().map(|d| view! { <td>{score_text(d)}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
    };
    view! {
        <h2>{t_args("assessment-version", &[("version", version)])}</h2>
        {table(t("assessment-by-region"), regions, domains.clone())}
        {table(t("assessment-by-level"), levels, domains)}
    }
}
