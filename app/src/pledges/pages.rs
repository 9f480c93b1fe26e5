//! Route components of pledges: the list with its facets, the world view, and a pledge's
//! page (who pledged, the baseline, the target, the milestones, the progress, the reports
//! with the editors' assessments and the pledgers' replies, the freshness light, the
//! evidence) with the forms of its pledger and of editors.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::api::{
    FacetGroup, LinkView, MilestoneView, PledgeDetail, PledgeList, PledgeSummary, PledgeWorld, ReportView,
    get_pledge, list_pledges, pledges_by_place,
};
use super::progress::Completion;
use crate::components::{ErrorPage, format_date};
use crate::forms::{HubForm, TextArea, form_reply};
use crate::i18n::{t, t_args};
use crate::translations::VersionSet;
use crate::translations::components::{Versions, read_with_versions};

/// The notices of pledge pages, by their `?done=` code.
const NOTICES: &[&str] = &[
    "pledge-saved",
    "pledge-submitted",
    "pledge-status-changed",
    "pledge-milestone-added",
    "pledge-report-filed",
    "pledge-assessed",
    "pledge-replied",
    "pledge-withdrawn",
];

/// The confirmation named by `?done=…`, for the pledge pages' own actions.
#[component]
pub fn PledgeNotice() -> impl IntoView {
    let query = use_query_map();
    let replying = !form_reply().form.is_empty();
    let done =
        query.read_untracked().get("done").filter(|done| !replying && NOTICES.contains(&done.as_str()));
    done.map(|done| view! { <p class="notice" role="status">{t(&format!("pledges-notice-{done}"))}</p> })
}

fn completion_name(code: &str) -> String {
    Completion::from_code(code).map_or_else(|| code.to_owned(), |level| t(&level.label_key()))
}

/// The freshness light: a coloured dot and its name (the colour is never the only sign).
#[component]
fn FreshnessLight(code: String) -> impl IntoView {
    (!code.is_empty()).then(|| {
        view! {
            <span class=format!("freshness freshness-{code}")>
                <span class="freshness-dot" aria-hidden="true"></span>
                {t(&format!("pledge-freshness-{code}"))}
            </span>
        }
    })
}

/// A progress bar with its figure in words.
#[component]
fn ProgressBar(progress: Option<i64>) -> impl IntoView {
    match progress {
        Some(value) => view! {
            <span class="pledge-progress">
                <progress max="100" value=value aria-label=t("pledge-progress")>{format!("{value} %")}</progress>
                " "{t_args("pledge-progress-value", &[("value", value.to_string())])}
            </span>
        }
        .into_any(),
        None => view! { <span class="pledge-progress">{t("pledge-progress-none")}</span> }.into_any(),
    }
}

/// A pledge in a list.
#[component]
fn PledgeCard(pledge: PledgeSummary) -> impl IntoView {
    let href = crate::paths::pledge(&pledge.slug);
    let meta: Vec<String> =
        [pledge.pledger.clone(), pledge.country.clone()].into_iter().filter(|s| !s.is_empty()).collect();
    let withdrawn = pledge.withdrawn_on.clone().map(|day| {
        view! { <span class="badge badge-withdrawn">{t_args("pledge-withdrawn-on", &[("date", format_date(&day))])}</span> }
    });
    view! {
        // The pledge's own words carry its language; the labels stay in the page's.
        <article class="card pledge-card">
            <h3 class="card-title" dir=crate::i18n::text_dir(&pledge.lang) lang=pledge.lang.clone()><a href=href>{pledge.title.clone()}</a></h3>
            <p class="card-meta">{meta.join(" · ")}</p>
            <p class="card-meta">
                {t_args("pledge-by-date", &[("date", format_date(&pledge.ends))])}" "
                <FreshnessLight code=pledge.freshness.clone()/>
                {withdrawn}
            </p>
            <p class="card-meta"><ProgressBar progress=pledge.progress/></p>
            <p class="card-summary" dir=crate::i18n::text_dir(&pledge.lang) lang=pledge.lang.clone()>{pledge.commitment.clone()}</p>
        </article>
    }
}

#[component]
fn PledgeFacets(facets: Vec<FacetGroup>) -> impl IntoView {
    (!facets.is_empty()).then(|| {
        view! {
            <aside class="facets" aria-label=t("pledges-facets")>
                {facets.into_iter().map(|group| view! {
                    <section class="facet">
                        <h2 class="facet-title">{group.name}</h2>
                        <ul role="list">
                            {group.values.into_iter().map(|value| {
                                let on = value.selected;
                                view! {
                                    <li>
                                        <a href=value.href class:facet-on=on aria-current=on.then_some("true")>
                                            <span>{value.name}</span>
                                            <span class="facet-count">{value.count}</span>
                                            {on.then(|| view! { <span class="visually-hidden">{t("search-filter-on")}</span> })}
                                        </a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }).collect_view()}
            </aside>
        }
    })
}

/// `/pledges`: published pledges, narrowed by facets with live counts.
#[component]
pub fn PledgesPage() -> impl IntoView {
    let query = use_location().search.get_untracked();
    let list = Resource::new_blocking(move || query.clone(), list_pledges);
    view! {
        <Title text=t("pledges-title")/>
        <Meta name="description" content=t("pledges-lead")/>
        <Link rel="alternate" type_="application/atom+xml" href="/pledges/feed.xml" title=t("pledges-feed")/>
        <h1>{t("pledges-title")}</h1>
        <p class="lead">{t("pledges-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! { <PledgesView list/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PledgesView(list: PledgeList) -> impl IntoView {
    let PledgeList { pledges, facets } = list;
    let count = pledges.len();
    let body = if pledges.is_empty() {
        view! { <p>{t("pledges-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="card-list" role="list">
                {pledges.into_iter().map(|pledge| view! { <li><PledgeCard pledge/></li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <p class="cases-links">
            <a href="/pledges/world">{t("pledges-world-link")}</a>
            " · "
            <a href="/pledges/feed.xml">{t("pledges-feed")}</a>
            " · "
            <a href="/pledges/export.csv">{t("pledges-export-csv")}</a>
            " · "
            <a href="/pledges/export.json">{t("pledges-export-json")}</a>
            " · "
            <a href="/pledges/new">{t("pledges-new")}</a>
        </p>
        <div class="search-layout">
            <section class="search-hits" aria-labelledby="pledges-list">
                <h2 id="pledges-list">{t_args("pledges-count", &[("count", count.to_string())])}</h2>
                {body}
            </section>
            <PledgeFacets facets/>
        </div>
    }
}

fn link_list(links: Vec<LinkView>) -> impl IntoView {
    view! {
        <ul class="plain-list" role="list">
            {links.into_iter().map(|link| view! {
                <li>{link.kind}": "<a href=link.href.clone()>{link.href.clone()}</a></li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn MilestoneTable(milestones: Vec<MilestoneView>) -> impl IntoView {
    if milestones.is_empty() {
        return view! { <p>{t("pledge-no-milestones")}</p> }.into_any();
    }
    view! {
        <table class="world-table pledge-milestones">
            <caption class="visually-hidden">{t("pledge-milestones")}</caption>
            <thead><tr>
                <th scope="col">{t("pledge-milestone")}</th>
                <th scope="col">{t("pledge-milestone-due")}</th>
                <th scope="col">{t("pledge-milestone-weight")}</th>
                <th scope="col">{t("pledge-milestone-completion")}</th>
            </tr></thead>
            <tbody>
                {milestones.into_iter().map(|m| view! {
                    <tr>
                        <th scope="row">{m.title}</th>
                        <td><time datetime=m.due.clone()>{format_date(&m.due)}</time></td>
                        <td>{m.weight.unwrap_or_else(|| t("pledge-milestone-unweighted"))}</td>
                        <td>{completion_name(&m.completion)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// `/pledges/{slug}`: one pledge, or a 404 page.
#[component]
pub fn PledgePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    // The pledge and its versions in one resource (see `Versions`).
    let pledge =
        Resource::new_blocking(slug, |slug| read_with_versions("pledge", get_pledge(slug), |item| item.id));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match pledge.await {
                    Ok((pledge, versions)) => view! { <PledgeView pledge versions/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PledgeView(pledge: PledgeDetail, versions: Option<VersionSet>) -> impl IntoView {
    let PledgeDetail {
        summary,
        id: _,
        pledger_href,
        stakeholder,
        region,
        baseline,
        assessment,
        target,
        starts,
        published_on,
        next_report,
        milestones,
        evidence,
        tags,
        reports,
        withdrawn_reason,
        json_ld,
        is_pledger,
        is_editor,
    } = pledge;
    let lang = summary.lang.clone();
    let dir = crate::i18n::text_dir(&lang);
    let withdrawn = summary.withdrawn_on.clone();
    let pledger = match pledger_href {
        Some(href) => view! { <a href=href>{summary.pledger.clone()}</a> }.into_any(),
        None => view! { <span>{summary.pledger.clone()}</span> }.into_any(),
    };
    let place: Vec<String> =
        [summary.country.clone(), region.clone()].into_iter().filter(|s| !s.is_empty()).collect();
    let status = match &withdrawn {
        Some(day) => view! {
            <div class="pledge-withdrawn" id="status">
                <p><strong>{t_args("pledge-withdrawn-on", &[("date", format_date(day))])}</strong></p>
                <p>{withdrawn_reason.clone()}</p>
            </div>
        }
        .into_any(),
        None => view! {
            <p id="status">
                <FreshnessLight code=summary.freshness.clone()/>
                " · "{t_args("pledge-next-report", &[("date", format_date(&next_report))])}
            </p>
        }
        .into_any(),
    };
    let shared = assessment.map(|baseline| {
        view! {
            <h3>{t("pledge-assessment-baseline")}</h3>
            <p class="field-hint">{t_args("pledge-assessment-cycle", &[("cycle", baseline.cycle.clone()), ("date", format_date(&baseline.closes_on))])}</p>
            <table class="world-table">
                <caption class="visually-hidden">{t("pledge-assessment-baseline")}</caption>
                <thead><tr><th scope="col">{t("pledge-assessment-domain")}</th><th scope="col">{t("pledge-assessment-score")}</th></tr></thead>
                <tbody>
                    {baseline.domains.into_iter().map(|bar| view! {
                        <tr>
                            <th scope="row">{bar.label}</th>
                            <td>{bar.score.map_or_else(|| t("pledge-assessment-too-few"), |s| format!("{s} %"))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
    });
    let evidence_view = (!evidence.is_empty()).then(|| {
        view! {
            <section aria-labelledby="pledge-evidence">
                <h2 id="pledge-evidence">{t("pledge-evidence")}</h2>
                {link_list(evidence)}
            </section>
        }
    });
    let tag_view = (!tags.is_empty()).then(|| {
        view! {
            <dt>{t("pledge-tags")}</dt>
            <dd>
                <ul class="plain-list" role="list">
                    {tags.into_iter().map(|tag| view! { <li>{tag.facet}": "<a href=tag.href>{tag.name}</a></li> }).collect_view()}
                </ul>
            </dd>
        }
    });
    let open = withdrawn.is_none();
    let milestone_names: Vec<(String, String)> =
        milestones.iter().map(|m| (m.title.clone(), m.completion.clone())).collect();
    let report_form =
        (is_pledger && open).then(|| view! { <ReportForm milestones=milestone_names.clone()/> });
    let withdraw_form = ((is_pledger || is_editor) && open).then(|| view! { <WithdrawForm/> });
    let report_views = if reports.is_empty() {
        view! { <p>{t("pledge-no-reports")}</p> }.into_any()
    } else {
        view! {
            <ol class="pledge-reports" role="list">
                {reports.into_iter().map(|report| view! { <li><ReportSection report is_pledger is_editor/></li> }).collect_view()}
            </ol>
        }
        .into_any()
    };
    view! {
        <Title text=summary.title.clone()/>
        <Meta name="description" content=summary.commitment.clone()/>
        <Meta property="og:title" content=summary.title.clone()/>
        <Meta property="og:description" content=summary.commitment.clone()/>
        <article class="case pledge">
            <header class="article-header">
                <p class="eyebrow"><a href="/pledges">{t("pledges-title")}</a></p>
                <h1 lang=lang.clone() dir=dir>{summary.title.clone()}</h1>
                <p class="lead" lang=lang.clone() dir=dir>{summary.commitment.clone()}</p>
                <Versions kind="pledge" set=versions/>
                <PledgeNotice/>
                {status}
            </header>
            <div class="case-layout">
                // The pledge's own words carry its language; headings and labels stay the page's.
                <div class="case-sections">
                    <section aria-labelledby="pledge-baseline">
                        <h2 id="pledge-baseline">{t("pledge-baseline")}</h2>
                        {(!baseline.is_empty()).then(|| view! { <p lang=lang.clone() dir=dir>{baseline.clone()}</p> })}
                        {shared}
                    </section>
                    <section aria-labelledby="pledge-target">
                        <h2 id="pledge-target">{t("pledge-target")}</h2>
                        <p lang=lang.clone() dir=dir>{target}</p>
                    </section>
                    <section aria-labelledby="pledge-milestones">
                        <h2 id="pledge-milestones">{t("pledge-milestones")}</h2>
                        <p><ProgressBar progress=summary.progress/></p>
                        <MilestoneTable milestones/>
                    </section>
                    {evidence_view}
                    <section aria-labelledby="reports-heading" id="reports">
                        <h2 id="reports-heading">{t("pledge-reports")}</h2>
                        {report_views}
                        {report_form}
                    </section>
                    {withdraw_form}
                </div>
                <aside class="case-facts" aria-labelledby="pledge-facts">
                    <h2 id="pledge-facts">{t("pledge-facts")}</h2>
                    <dl class="facts">
                        <dt>{t("pledge-pledger")}</dt>
                        <dd>{pledger}</dd>
                        {(!stakeholder.is_empty()).then(|| view! { <dt>{t("pledges-facet-group")}</dt><dd>{stakeholder.clone()}</dd> })}
                        {(!place.is_empty()).then(|| view! { <dt>{t("pledge-place")}</dt><dd>{place.join(", ")}</dd> })}
                        <dt>{t("pledge-dates")}</dt>
                        <dd><time datetime=starts.clone()>{format_date(&starts)}</time>" – "<time datetime=summary.ends.clone()>{format_date(&summary.ends)}</time></dd>
                        <dt>{t("pledge-published")}</dt>
                        <dd><time datetime=published_on.clone()>{format_date(&published_on)}</time></dd>
                        {tag_view}
                    </dl>
                </aside>
            </div>
            <script type="application/ld+json" inner_html=json_ld></script>
        </article>
    }
}

#[component]
fn ReportSection(report: ReportView, is_pledger: bool, is_editor: bool) -> impl IntoView {
    let ReportView { id, number, on, by, done, evidence, milestones, progress, assessment, reply } = report;
    let heading_id = format!("report-{id}-heading");
    let labelled_by = heading_id.clone();
    let evidence =
        (!evidence.is_empty()).then(|| view! { <h4>{t("pledge-evidence")}</h4>{link_list(evidence)} });
    let milestones = (!milestones.is_empty()).then(|| {
        view! {
            <ul class="plain-list" role="list">
                {milestones.into_iter().map(|(title, code)| view! { <li>{title}": "{completion_name(&code)}</li> }).collect_view()}
            </ul>
        }
    });
    let has_assessment = assessment.is_some();
    let has_reply = reply.is_some();
    let assessment_view = assessment.map(|a| {
        view! {
            <div class="pledge-assessment">
                <h4>{t("pledge-assessment")}</h4>
                <p>{t_args("pledge-assessment-by", &[("name", a.by.clone()), ("date", format_date(&a.on))])}</p>
                <p><strong>{t("pledge-assessment-completion")}": "</strong>{completion_name(&a.completion)}</p>
                <p>{a.comment}</p>
            </div>
        }
    });
    let reply_view = reply.map(|r| {
        view! {
            <div class="pledge-reply">
                <h4>{t("pledge-reply")}</h4>
                <p>{t_args("pledge-reply-by", &[("name", r.by.clone()), ("date", format_date(&r.on))])}</p>
                <p>{r.text}</p>
            </div>
        }
    });
    let assess_form = (is_editor && !has_assessment).then(|| view! { <AssessForm report=id/> });
    let reply_form = (is_pledger && has_assessment && !has_reply).then(|| view! { <ReplyForm report=id/> });
    view! {
        <section class="pledge-report" id=format!("report-{id}") aria-labelledby=labelled_by>
            <h3 id=heading_id>{t_args("pledge-report-heading", &[("number", number.to_string()), ("date", format_date(&on))])}</h3>
            <p class="card-meta">{t_args("pledge-report-by", &[("name", by)])}" · "<ProgressBar progress/></p>
            <p>{done}</p>
            {milestones}
            {evidence}
            {assessment_view}
            {assess_form}
            {reply_view}
            {reply_form}
        </section>
    }
}

/// The completion of one milestone as radio buttons, in a fieldset named by the milestone.
#[component]
fn CompletionChoice(
    #[prop(into)] form: String,
    name: String,
    legend: String,
    chosen: String,
) -> impl IntoView {
    let reply = form_reply();
    let chosen = reply.value(&form, &name).unwrap_or(chosen);
    view! {
        <fieldset class="completion-choice">
            <legend>{legend}</legend>
            {Completion::ALL.into_iter().map(|level| {
                let id = format!("{form}-{name}-{}", level.code());
                view! {
                    <div class="field-radio">
                        <input type="radio" id=id.clone() name=name.clone() value=level.code() checked=chosen == level.code()/>
                        <label for=id>{t(&level.label_key())}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
fn ReportForm(milestones: Vec<(String, String)>) -> impl IntoView {
    view! {
        <section class="pledge-form" aria-labelledby="report-form-heading">
            <h3 id="report-form-heading">{t("pledge-report-new")}</h3>
            <HubForm name="report">
                <TextArea name="done" label=t("field-done") hint=t("pledge-hint-done") required=true rows=6/>
                <TextArea name="evidence_links" label=t("field-evidence-links") hint=t("pledge-hint-evidence") rows=3/>
                {milestones.into_iter().enumerate().map(|(row, (title, code))| view! {
                    <CompletionChoice form="report" name=format!("milestone_{row}_completion") legend=title chosen=code/>
                }).collect_view()}
                <div class="button-row">
                    <button type="submit" class="button">{t("pledge-report-file")}</button>
                </div>
            </HubForm>
        </section>
    }
}

#[component]
fn AssessForm(report: i64) -> impl IntoView {
    view! {
        <div class="pledge-form">
            <h4>{t("pledge-assess")}</h4>
            <HubForm name="assess" instance=report.to_string()>
                <input type="hidden" name="report" value=report.to_string()/>
                <CompletionChoice form=format!("assess-{report}") name="completion".to_owned() legend=t("field-completion") chosen=String::new()/>
                <TextArea name="comment" label=t("field-comment") required=true rows=4/>
                <div class="button-row">
                    <button type="submit" class="button">{t("pledge-assess-save")}</button>
                </div>
            </HubForm>
        </div>
    }
}

#[component]
fn ReplyForm(report: i64) -> impl IntoView {
    view! {
        <div class="pledge-form">
            <h4>{t("pledge-reply-new")}</h4>
            <HubForm name="reply" instance=report.to_string()>
                <input type="hidden" name="report" value=report.to_string()/>
                <TextArea name="reply" label=t("field-reply") required=true rows=4/>
                <div class="button-row">
                    <button type="submit" class="button">{t("pledge-reply-save")}</button>
                </div>
            </HubForm>
        </div>
    }
}

#[component]
fn WithdrawForm() -> impl IntoView {
    view! {
        <section class="pledge-form" aria-labelledby="withdraw-heading">
            <h2 id="withdraw-heading">{t("pledge-withdraw")}</h2>
            <p class="field-hint">{t("pledge-withdraw-hint")}</p>
            <HubForm name="withdraw">
                <TextArea name="withdraw_reason" label=t("field-withdraw-reason") required=true rows=3/>
                <div class="button-row">
                    <button type="submit" class="button button-secondary">{t("pledge-withdraw-button")}</button>
                </div>
            </HubForm>
        </section>
    }
}

/// Width of the world chart's drawing, in its own units.
const CHART_WIDTH: i64 = 640;
/// Height of one bar row.
const ROW: i64 = 36;
/// Room for the region names.
const LABEL_WIDTH: i64 = 150;

/// `/pledges/world`: how many pledges each region and country has, as a bar chart drawn in
/// SVG served with the page (an image, so its figures are also in the tables below, whose
/// headings and rows link to the narrowed list).
#[component]
pub fn PledgesWorldPage() -> impl IntoView {
    let world = Resource::new_blocking(|| (), |_| pledges_by_place());
    view! {
        <Title text=t("pledges-world-title")/>
        <p class="eyebrow"><a href="/pledges">{t("pledges-title")}</a></p>
        <h1>{t("pledges-world-title")}</h1>
        <p class="lead">{t("pledges-world-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match world.await {
                    Ok(world) => view! { <WorldView world/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn WorldView(world: PledgeWorld) -> impl IntoView {
    let PledgeWorld { total, without_country, regions } = world;
    let most = regions.iter().map(|region| region.2).max().unwrap_or(0).max(1);
    let height = ROW * regions.len() as i64 + 8;
    let bars = regions
        .iter()
        .enumerate()
        .map(|(row, (_, name, count, _))| {
            let y = row as i64 * ROW + 4;
            let width = (CHART_WIDTH - LABEL_WIDTH - 60) * count / most;
            view! {
                <text x=LABEL_WIDTH - 8 y=y + ROW / 2 + 5 text-anchor="end" class="chart-label">{name.clone()}</text>
                <rect x=LABEL_WIDTH y=y + 6 width=width.max(2) height=ROW - 12 rx="3" class="chart-bar"/>
                <text x=LABEL_WIDTH + width.max(2) + 8 y=y + ROW / 2 + 5 class="chart-value">{*count}</text>
            }
        })
        .collect_view();
    let summary = t_args(
        "pledges-world-summary",
        &[("total", total.to_string()), ("without", without_country.to_string())],
    );
    view! {
        <p>{summary}</p>
        <figure class="world-chart">
            <svg viewBox=format!("0 0 {CHART_WIDTH} {height}") role="img" aria-labelledby="world-chart-caption">
                {bars}
            </svg>
            <figcaption id="world-chart-caption">{t("pledges-world-chart")}</figcaption>
        </figure>
        <div class="world-regions">
        {regions.into_iter().filter(|region| region.2 > 0).map(|(code, name, count, countries)| {
            let id = format!("region-{code}");
            let labelled_by = id.clone();
            view! {
                <section class="world-region" aria-labelledby=labelled_by>
                    <h2 id=id>
                        <a href=format!("/pledges?region={code}")>{name.clone()}</a>
                        " "<span class="facet-count">{count}</span>
                    </h2>
                    <table class="world-table">
                        <caption class="visually-hidden">{t_args("pledges-world-countries", &[("region", name.clone())])}</caption>
                        <thead><tr><th scope="col">{t("taxonomy-country")}</th><th scope="col">{t("pledges-world-count")}</th></tr></thead>
                        <tbody>
                            {countries.into_iter().map(|(code, name, count)| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/pledges?country={code}")>{name}</a></th>
                                    <td>{count}</td>
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
