//! What every reviewed kind shows of its workflow: the state badge, the review buttons an
//! editor gets, the history of the review and the saved revisions.

use leptos::prelude::*;

use super::{HistoryItem, RevisionItem, Status};
use crate::components::format_date;
use crate::i18n::{t, t_args};

/// The label of a workflow state.
pub fn status_label(status: Status) -> String {
    t(&status.label_key())
}

/// A state as a badge.
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    let class = format!("badge badge-{}", status.code().replace('_', "-"));
    view! { <span class=class>{status_label(status)}</span> }
}

/// The review buttons an editor gets for an item (a post or a case) in `status`, as (action,
/// label); nobody approves their own item, and only posts can be scheduled.
pub fn review_actions(
    status: Status,
    is_editor: bool,
    is_owner: bool,
    can_schedule: bool,
) -> Vec<(&'static str, String)> {
    use Status::*;
    let mut actions: Vec<(&'static str, String)> = Vec::new();
    if !is_editor {
        return actions;
    }
    match status {
        Submitted => {
            if !is_owner {
                actions.push(("approve", t("review-approve")));
            }
            actions.push(("request-changes", t("review-request-changes")));
        }
        Approved => {
            if can_schedule {
                actions.push(("schedule", t("review-schedule")));
            }
            actions.push(("publish", t("review-publish")));
            actions.push(("request-changes", t("review-request-changes")));
        }
        Scheduled => actions.push(("publish", t("review-publish"))),
        Published => {
            actions.push(("unpublish", t("review-unpublish")));
            actions.push(("archive", t("review-archive")));
        }
        Unpublished => {
            actions.push(("publish", t("review-publish")));
            actions.push(("archive", t("review-archive")));
        }
        Draft | ChangesRequested | Archived => {}
    }
    actions
}

/// The history of a post's or a case's review and its saved revisions, each revision
/// linking to `{revision_base}{id}`.
#[component]
pub fn ReviewHistory(
    history: Vec<HistoryItem>,
    revisions: Vec<RevisionItem>,
    revision_base: String,
) -> impl IntoView {
    let history = history
        .into_iter()
        .map(|item| {
            let change = match item.from {
                Some(from) if from != item.to => t_args(
                    "history-status-change",
                    &[("from", status_label(from)), ("to", status_label(item.to))],
                ),
                Some(_) => t("history-comment"),
                None => status_label(item.to),
            };
            let when = item.when.clone();
            let shown = format_date(&item.when[..10.min(item.when.len())]);
            let comment =
                (!item.comment.is_empty()).then(|| view! { <blockquote>{item.comment}</blockquote> });
            view! {
                <li>
                    <p><strong>{change}</strong>" · "{item.who}" · "<time datetime=when>{shown}</time></p>
                    {comment}
                </li>
            }
        })
        .collect_view();
    let revisions = revisions
        .into_iter()
        .map(|revision| {
            let shown = format_date(&revision.when[..10.min(revision.when.len())]);
            let words = t_args("revision-words", &[("count", revision.words.to_string())]);
            let href = format!("{revision_base}{}", revision.id);
            view! {
                <li>
                    <a href=href><time datetime=revision.when>{shown}</time></a>
                    " · "{revision.who}" · "{revision.note}" · "{words}
                </li>
            }
        })
        .collect_view();
    view! {
        <h3>{t("history-title")}</h3>
        <ol class="history" role="list">{history}</ol>
        <h3>{t("revisions-title")}</h3>
        <ol class="revisions" role="list">{revisions}</ol>
    }
}

/// The head of a page that shows one saved revision of an item (a post, a case): the item
/// it belongs to (linking to `item_href`), its number among `count`, who saved it and when,
/// its note, and whether it is the current text. Sets the page title.
#[component]
pub fn RevisionHeader(
    item_title: String,
    item_href: String,
    number: i64,
    count: i64,
    is_current: bool,
    item: RevisionItem,
) -> impl IntoView {
    use leptos_meta::Title;
    let heading = t_args("revision-heading", &[("number", number.to_string()), ("count", count.to_string())]);
    let saved = t_args(
        "revision-saved",
        &[("who", item.who.clone()), ("when", format_date(&item.when[..10.min(item.when.len())]))],
    );
    let note =
        (!item.note.is_empty()).then(|| view! { <p>{t("revision-note")}" "<q>{item.note.clone()}</q></p> });
    let current = is_current.then(|| view! { <p class="notice-muted">{t("revision-is-current")}</p> });
    view! {
        <Title text=format!("{heading} · {item_title}")/>
        <header class="page-header">
            <p class="eyebrow"><a href=item_href>{item_title.clone()}</a></p>
            <h1>{heading}</h1>
            <p><time datetime=item.when.clone()>{saved}</time></p>
            {note}
            {current}
        </header>
    }
}

/// The two numbers of a revision page's address (`…/{id}/revisions/{revision}`); not found
/// when either is not a number.
pub fn revision_keys(
    id: Option<String>,
    revision: Option<String>,
) -> Result<(i64, i64), crate::error::AppError> {
    let number = |value: Option<String>| {
        value.and_then(|v| v.parse::<i64>().ok()).ok_or(crate::error::AppError::NotFound)
    };
    Ok((number(id)?, number(revision)?))
}
