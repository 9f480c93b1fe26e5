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
                Some(from) if from != item.to => {
                    format!("{} → {}", status_label(from), status_label(item.to))
                }
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
