//! The history of a group document, comparisons of two revisions, one revision (and a
//! conflict to reconcile) and the published output.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::super::api::{
    CompareView, HistoryView, OutputView, RevisionView, compare_group_revisions, get_group_history,
    get_group_output, get_group_revision,
};
use super::super::editor::DiffView;
use crate::components::failure;
use crate::components::format_date;
use crate::error::AppError;
use crate::forms::{HubForm, Notice, form_reply, problem_text};
use crate::i18n::{t, t_args};
use crate::translations::VersionSet;
use crate::translations::components::{Versions, read_with_versions};
use crate::translations::dir;

use super::{Crumbs, revision_line, segments};

/// `/groups/{slug}/docs/{doc}/history`.
#[component]
pub fn GroupHistoryPage() -> impl IntoView {
    let segments = segments();
    let data = Resource::new_blocking(segments, |(group, doc)| get_group_history(group, doc));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(view) => view! { <HistoryDetail view/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

/// A `<select>` of revision numbers.
#[component]
fn NumberSelect(name: &'static str, label: String, numbers: Vec<i32>, chosen: i32) -> impl IntoView {
    let id = format!("compare-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                {numbers.into_iter().map(|n| view! { <option value=n.to_string() selected=n == chosen>{n}</option> }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn CompareForm(group_slug: String, slug: String, numbers: Vec<i32>, from: i32, to: i32) -> impl IntoView {
    let action = format!("/groups/{group_slug}/docs/{slug}/compare");
    view! {
        <form method="get" action=action class="compare-form inline-fields" aria-label=t("group-compare")>
            <NumberSelect name="from" label=t("group-compare-from") numbers=numbers.clone() chosen=from/>
            <NumberSelect name="to" label=t("group-compare-to") numbers=numbers chosen=to/>
            <button type="submit" class="button">{t("group-compare")}</button>
        </form>
    }
}

#[component]
fn HistoryDetail(view: HistoryView) -> impl IntoView {
    let numbers: Vec<i32> = view.revisions.iter().map(|r| r.number).collect();
    let newest = numbers.first().copied().unwrap_or(0);
    let compare = (numbers.len() > 1).then(|| {
        view! { <CompareForm group_slug=view.group_slug.clone() slug=view.slug.clone() numbers=numbers.clone() from=newest - 1 to=newest/> }
    });
    let problem = form_reply()
        .error("restore", "form")
        .map(|error| view! { <p class="field-error" role="alert">{problem_text(&error)}</p> });
    let rows = view
        .revisions
        .iter()
        .map(|r| {
            let base = crate::paths::group_document(&view.group_slug, &view.slug);
            let href = format!("{base}/revisions/{}", r.number);
            let current = (view.head == Some(r.number)).then(|| view! { " " <span class="badge badge-published">{t("group-current")}</span> });
            let previous = (r.number > 1).then(|| {
                let href = format!("{base}/compare?from={}&to={}", r.number - 1, r.number);
                view! { <a href=href>{t("group-compare-previous")}</a> }
            });
            let restore = (view.head != Some(r.number)).then(|| {
                view! {
                    <form method="post" class="button-form">
                        <input type="hidden" name="_form" value="restore"/>
                        <input type="hidden" name="number" value=r.number.to_string()/>
                        <input type="hidden" name="note" value=t_args("group-restore-note", &[("number", r.number.to_string())])/>
                        <button type="submit" class="button button-secondary">{t_args("group-restore", &[("number", r.number.to_string())])}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <th scope="row"><a href=href>{r.number}</a>{current}</th>
                    <td>{t(&format!("group-kind-{}", r.kind))}</td>
                    <td>{r.author.clone()}</td>
                    <td>{r.note.clone()}</td>
                    <td>{r.saved_at.clone()}</td>
                    <td class="history-actions">{previous}" "{restore}</td>
                </tr>
            }
        })
        .collect_view();
    let title = t_args("group-history-of", &[("title", view.title.clone())]);
    view! {
        <Title text=title.clone()/>
        <Meta name="robots" content="noindex"/>
        <header class="page-header">
            <Crumbs group_slug=view.group_slug.clone() group_name=view.group_name.clone() doc=Some((view.slug.clone(), view.title.clone()))/>
            <h1>{title}</h1>
            <Notice/>
            {problem}
        </header>
        {compare}
        <div class="table-scroll">
            <table class="history-table">
                <caption>{t("group-history-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("group-col-revision")}</th>
                        <th scope="col">{t("group-col-kind")}</th>
                        <th scope="col">{t("group-col-author")}</th>
                        <th scope="col">{t("group-col-note")}</th>
                        <th scope="col">{t("group-col-saved")}</th>
                        <th scope="col">{t("group-col-actions")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// `/groups/{slug}/docs/{doc}/compare?from=&to=`.
#[component]
pub fn GroupComparePage() -> impl IntoView {
    let segments = segments();
    let query = use_query_map();
    let key = move || {
        let query = query.read();
        let number = |name: &str| query.get(name).and_then(|v| v.parse::<i32>().ok());
        (segments(), number("from"), number("to"))
    };
    let data = Resource::new_blocking(key, |((group, doc), from, to)| async move {
        match (from, to) {
            (Some(from), Some(to)) => compare_group_revisions(group, doc, from, to).await,
            _ => Err(AppError::NotFound),
        }
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(view) => view! { <CompareDetail view/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CompareDetail(view: CompareView) -> impl IntoView {
    let title = t_args(
        "group-compare-title",
        &[("from", view.from.number.to_string()), ("to", view.to.number.to_string())],
    );
    let unchanged = view.parts.iter().all(|p| p.change == super::super::merge::Change::Same);
    view! {
        <Title text=format!("{title} · {}", view.title)/>
        <Meta name="robots" content="noindex"/>
        <header class="page-header">
            <Crumbs group_slug=view.group_slug.clone() group_name=view.group_name.clone() doc=Some((view.slug.clone(), view.title.clone()))/>
            <h1>{title}</h1>
            <p class="card-meta">{revision_line(&view.from)}</p>
            <p class="card-meta">{revision_line(&view.to)}</p>
        </header>
        <CompareForm group_slug=view.group_slug.clone() slug=view.slug.clone() numbers=view.numbers.clone() from=view.from.number to=view.to.number/>
        <p class="diff-legend"><ins>{t("group-diff-added")}</ins>" "<del>{t("group-diff-removed")}</del></p>
        {unchanged.then(|| view! { <p>{t("group-no-difference")}</p> })}
        <div class="prose diff-rendered" inner_html=view.html.clone()></div>
        <details class="panel">
            <summary>{t("group-diff-source")}</summary>
            <div class="diff diff-page"><DiffView parts=view.parts.clone()/></div>
        </details>
        <p><a href=format!("/groups/{}/docs/{}/history", view.group_slug, view.slug)>{t("group-history")}</a></p>
    }
}

/// `/groups/{slug}/docs/{doc}/revisions/{number}`.
#[component]
pub fn GroupRevisionPage() -> impl IntoView {
    let segments = segments();
    let params = use_params_map();
    let key = move || (segments(), params.read().get("number").and_then(|n| n.parse::<i32>().ok()));
    let data = Resource::new_blocking(key, |((group, doc), number)| async move {
        match number {
            Some(number) => get_group_revision(group, doc, number).await,
            None => Err(AppError::NotFound),
        }
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(view) => view! { <RevisionDetail view/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RevisionDetail(view: RevisionView) -> impl IntoView {
    let conflict = view.revision.kind == "conflict";
    let doc_href = crate::paths::group_document(&view.group_slug, &view.slug);
    let title = t_args(
        "group-revision-title",
        &[("number", view.revision.number.to_string()), ("title", view.title.clone())],
    );
    let body = match (&view.head, conflict) {
        (Some((head, head_body)), true) => {
            let head_number = head.number.to_string();
            view! {
                <p class="lead">{t("group-conflict-explained")}</p>
                <div class="side-by-side">
                    <section aria-labelledby="theirs-heading">
                        <h2 id="theirs-heading">{t("group-conflict-current")}</h2>
                        <p class="card-meta">{revision_line(head)}</p>
                        <pre class="source">{head_body.clone()}</pre>
                    </section>
                    <section aria-labelledby="yours-heading">
                        <h2 id="yours-heading">{t("group-conflict-yours")}</h2>
                        <p class="card-meta">{revision_line(&view.revision)}</p>
                        <pre class="source">{view.body.clone()}</pre>
                    </section>
                </div>
                <h2>{t("group-conflict-difference")}</h2>
                <p class="diff-legend"><ins>{t("group-diff-yours")}</ins>" "<del>{t("group-diff-theirs")}</del></p>
                <div class="diff"><DiffView parts=view.changes.clone()/></div>
                <section aria-labelledby="resolve-heading">
                    <h2 id="resolve-heading">{t("group-conflict-resolve")}</h2>
                    <p>{t("group-conflict-resolve-hint")}</p>
                    <HubForm name="save" action=doc_href.clone() class="post-form">
                        <input type="hidden" name="base" value=head_number/>
                        <div class="field">
                            <label for="resolve-body">{t("group-field-body")}</label>
                            <textarea id="resolve-body" name="body" rows="18">{view.body.clone()}</textarea>
                        </div>
                        <input type="hidden" name="note" value=t_args("group-resolve-note", &[("number", view.revision.number.to_string())])/>
                        <button type="submit" class="button">{t("group-conflict-save")}</button>
                    </HubForm>
                </section>
            }
            .into_any()
        }
        _ => {
            let restore = view.head.as_ref().map(|_| {
                view! {
                    <form method="post" action=format!("{doc_href}/history")>
                        <input type="hidden" name="_form" value="restore"/>
                        <input type="hidden" name="number" value=view.revision.number.to_string()/>
                        <input type="hidden" name="note" value=t_args("group-restore-note", &[("number", view.revision.number.to_string())])/>
                        <button type="submit" class="button button-secondary">{t_args("group-restore", &[("number", view.revision.number.to_string())])}</button>
                    </form>
                }
            });
            view! {
                {restore}
                <div class="prose" inner_html=view.html.clone()></div>
            }
            .into_any()
        }
    };
    view! {
        <Title text=title.clone()/>
        <Meta name="robots" content="noindex"/>
        <header class="page-header">
            <Crumbs group_slug=view.group_slug.clone() group_name=view.group_name.clone() doc=Some((view.slug.clone(), view.title.clone()))/>
            <h1>{title}</h1>
            <p class="card-meta">{revision_line(&view.revision)}</p>
            <Notice/>
        </header>
        {body}
    }
}

/// `/groups/{slug}/outputs/{doc}`.
#[component]
pub fn GroupOutputPage() -> impl IntoView {
    let segments = segments();
    // The output and its versions in one resource (see `Versions`).
    let data = Resource::new_blocking(segments, |(group, doc)| {
        read_with_versions("output", get_group_output(group, doc), |item| item.id)
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((view, versions)) => view! { <OutputDetail view versions/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn OutputDetail(view: OutputView, versions: Option<VersionSet>) -> impl IntoView {
    let endorsed = t_args(
        "group-endorsed-by",
        &[("group", view.group_name.clone()), ("date", format_date(&view.endorsed_on))],
    );
    let approvers = t_args("group-approved-by", &[("names", view.approvers.join(", "))]);
    let lang = view.lang.clone();
    view! {
        <Title text=view.title.clone()/>
        <Meta name="description" content=endorsed.clone()/>
        <article class="group-output">
            <header class="page-header">
                <p class="eyebrow"><a href=crate::paths::group(&view.group_slug)>{view.group_name.clone()}</a></p>
                <h1 lang=lang.clone() dir=dir(&lang)>{view.title.clone()}</h1>
                <p class="endorsed-by"><span class="badge badge-published">{t("group-badge-endorsed")}</span>" "{endorsed}</p>
                <p class="card-meta">{approvers}" · "{t_args("group-output-revision", &[("number", view.number.to_string())])}</p>
                <Versions kind="output" set=versions/>
            </header>
            <div class="prose" lang=lang.clone() dir=dir(&lang) inner_html=view.html.clone()></div>
        </article>
    }
}
