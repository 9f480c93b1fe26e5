//! Route components of a group's documents: the document and its editor, its history, the
//! comparison of two revisions, one revision (and a conflict to reconcile), and an endorsed
//! output. Here the document and its endorsement; `history`: its history, comparisons,
//! single revisions and the published output.

mod history;

pub use history::{GroupComparePage, GroupHistoryPage, GroupOutputPage, GroupRevisionPage};

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use super::api::{DocumentView, EndorsementView, RevisionItem, get_group_document, group_draft_diff};
use super::editor::{DocumentEditor, Presence};
use super::merge::DiffPart;
use crate::components::failure;
use crate::components::format_date;
use crate::forms::{HubForm, Notice, TextField, form_reply, problem_text};
use crate::i18n::{t, t_args};
use crate::translations::components::SourceTextView;
use crate::translations::{dir, native_name};

/// The `group` and `doc` segments of the current address.
pub(super) fn segments() -> impl Fn() -> (String, String) + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || {
        let params = params.read();
        (params.get("slug").unwrap_or_default(), params.get("doc").unwrap_or_default())
    }
}

/// "Revision 3 · edit · Ana · 2026-12-02 10:00 UTC".
pub(super) fn revision_line(revision: &RevisionItem) -> String {
    t_args(
        "group-revision-line",
        &[
            ("number", revision.number.to_string()),
            ("kind", t(&format!("group-kind-{}", revision.kind))),
            ("author", revision.author.clone()),
            ("date", revision.saved_at.clone()),
        ],
    )
}

/// The breadcrumb above a document page's title.
#[component]
pub(super) fn Crumbs(group_slug: String, group_name: String, doc: Option<(String, String)>) -> impl IntoView {
    let doc = doc.map(|(slug, title)| {
        let href = crate::paths::group_document(&group_slug, &slug);
        view! { " · " <a href=href>{title}</a> }
    });
    view! {
        <p class="eyebrow"><a href=crate::paths::group(&group_slug)>{group_name}</a>{doc}</p>
    }
}

/// `/groups/{slug}/docs/{doc}`.
#[component]
pub fn GroupDocumentPage() -> impl IntoView {
    let segments = segments();
    let data = Resource::new_blocking(segments, |(group, doc)| get_group_document(group, doc));
    // "Show my changes" without JavaScript: the typed text against the revision it started from.
    let reply = form_reply();
    let draft = reply
        .value("save", "preview")
        .and(reply.value("save", "base").and_then(|base| base.parse::<i32>().ok()))
        .zip(reply.value("save", "body"));
    let preview = Resource::new_blocking(segments, move |(group, doc)| {
        let draft = draft.clone();
        async move {
            match draft {
                Some((base, text)) => group_draft_diff(group, doc, base, text).await.ok(),
                None => None,
            }
        }
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let preview = preview.await;
                match data.await {
                    Ok(view) => view! { <DocumentDetail view preview/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DocumentDetail(view: DocumentView, preview: Option<Vec<DiffPart>>) -> impl IntoView {
    let base = view.head.as_ref().map_or(0, |h| h.number);
    let history = format!("/groups/{}/docs/{}/history", view.group_slug, view.slug);
    let head_line = view.head.as_ref().map(|h| view! { <p class="card-meta">{revision_line(h)}" · "<a href=history.clone()>{t("group-history")}</a></p> });
    let conflicts = (!view.my_conflicts.is_empty()).then(|| {
        let links = view
            .my_conflicts
            .iter()
            .map(|c| {
                let href = format!("/groups/{}/docs/{}/revisions/{}", view.group_slug, view.slug, c.number);
                view! { <li><a href=href>{revision_line(c)}</a></li> }
            })
            .collect_view();
        view! {
            <div class="panel panel-warning" role="note">
                <p>{t("group-open-conflicts")}</p>
                <ul>{links}</ul>
            </div>
        }
    });
    let lang = view.lang.clone();
    let current = if view.html.is_empty() {
        view! { <p class="notice-muted">{t("group-document-empty")}</p> }.into_any()
    } else {
        view! { <div class="prose" lang=lang.clone() dir=dir(&lang) inner_html=view.html.clone()></div> }
            .into_any()
    };
    let language = view! {
        <p class="card-meta document-language">
            {t("group-document-language")}" "<span lang=lang.clone() dir=dir(&lang)>{native_name(&lang)}</span>
        </p>
    };
    let translate = view.translate.clone().map(|href| {
        view! { <p class="translate-link"><a href=href>{t("translations-offer")}</a></p> }
    });
    let source = view.source.clone().map(|source| view! { <SourceTextView source/> });
    let reply = form_reply();
    let typed = reply.value("save", "body");
    let typed_base = reply.value("save", "base").and_then(|b| b.parse().ok());
    let body_error = reply.error("save", "body").map(|error| problem_text(&error));
    let endorsement = view! {
        <EndorsementPanel
            endorsement=view.endorsement.clone()
            head=view.head.clone()
            is_lead=view.is_lead
            group_slug=view.group_slug.clone()
            slug=view.slug.clone()
        />
    };
    view! {
        <Title text=view.title.clone()/>
        <Meta name="robots" content="noindex"/>
        <div class="group-document">
            <header class="page-header">
                <Crumbs group_slug=view.group_slug.clone() group_name=view.group_name.clone() doc=None/>
                <h1 lang=lang.clone() dir=dir(&lang)>{view.title.clone()}</h1>
                {head_line}
                {language}
                {translate}
                <Notice/>
                <Presence
                    group=view.group_slug.clone()
                    doc=view.slug.clone()
                    names=view.editing.clone()
                    template=t_args("group-also-editing", &[("names", "{names}".to_owned())])
                />
                {conflicts}
            </header>
            {source}
            <div class="document-columns">
                <section aria-labelledby="current-heading">
                    <h2 id="current-heading">{t("group-current-text")}</h2>
                    {current}
                </section>
                <section aria-labelledby="edit-heading">
                    <h2 id="edit-heading">{t("group-edit")}</h2>
                    <HubForm name="save" class="post-form">
                        <input type="hidden" name="base" value=typed_base.unwrap_or(base).to_string()/>
                        <DocumentEditor
                            group=view.group_slug.clone()
                            doc=view.slug.clone()
                            base=typed_base.unwrap_or(base)
                            id="save-body".to_owned()
                            label=t("group-field-body")
                            hint=t("group-hint-body")
                            value=typed.unwrap_or_else(|| view.body.clone())
                            error=body_error
                            changes_label=t("group-your-changes")
                            no_changes=t("group-no-changes")
                            failed=t("group-changes-failed")
                            preview
                        />
                        <TextField name="note" label=t("group-field-note") hint=t("group-hint-note") maxlength=300/>
                        <div class="button-row">
                            <button type="submit" class="button">{t("group-save")}</button>
                            <button type="submit" name="preview" value="1" class="button button-secondary show-changes">{t("group-show-changes")}</button>
                        </div>
                    </HubForm>
                </section>
            </div>
            <section aria-labelledby="rename-heading" class="panel">
                <h2 id="rename-heading">{t("group-rename-title")}</h2>
                <p>{t("group-rename-hint")}</p>
                <HubForm name="rename" class="inline-fields">
                    <TextField name="title" label=t("group-field-title") required=true maxlength=200 value=view.title.clone()/>
                    <button type="submit" class="button button-secondary">{t("group-rename")}</button>
                </HubForm>
            </section>
            {endorsement}
        </div>
    }
}

#[component]
fn EndorsementPanel(
    endorsement: EndorsementView,
    head: Option<RevisionItem>,
    is_lead: bool,
    group_slug: String,
    slug: String,
) -> impl IntoView {
    let reply = form_reply();
    let problem = reply
        .error("propose", "form")
        .or_else(|| reply.error("endorse", "form"))
        .map(|error| view! { <p class="field-error" role="alert">{problem_text(&error)}</p> });
    let published = endorsement.published.clone().map(|(number, date)| {
        let href = crate::paths::group_output(&group_slug, &slug);
        view! {
            <p>{t_args("group-published-revision", &[("number", number.to_string()), ("date", format_date(&date))])}" "
                <a href=href>{t("group-read-output")}</a></p>
        }
    });
    let number = head.as_ref().map(|h| h.number.to_string()).unwrap_or_default();
    let status = if endorsement.head_published {
        None
    } else if endorsement.proposed {
        let count = t_args(
            "group-endorsement-count",
            &[
                ("count", endorsement.approvers.len().to_string()),
                ("quorum", endorsement.quorum.to_string()),
                ("members", endorsement.members.to_string()),
                ("number", number.clone()),
            ],
        );
        let approvers = (!endorsement.approvers.is_empty())
            .then(|| view! { <p>{t_args("group-endorsed-so-far", &[("names", endorsement.approvers.join(", "))])}</p> });
        let button = (!endorsement.mine).then(|| {
            view! {
                <form method="post">
                    <input type="hidden" name="_form" value="endorse"/>
                    <input type="hidden" name="number" value=number.clone()/>
                    <button type="submit" class="button">{t_args("group-endorse", &[("number", number.clone())])}</button>
                </form>
            }
        });
        Some(view! { <p>{count}</p> {approvers} {button} }.into_any())
    } else if is_lead && head.is_some() {
        Some(view! {
            <p>{t("group-propose-hint")}</p>
            <form method="post">
                <input type="hidden" name="_form" value="propose"/>
                <input type="hidden" name="number" value=number.clone()/>
                <button type="submit" class="button button-secondary">{t_args("group-propose", &[("number", number.clone())])}</button>
            </form>
        }.into_any())
    } else {
        Some(view! { <p class="notice-muted">{t("group-not-proposed")}</p> }.into_any())
    };
    view! {
        <section id="endorsement" class="panel" aria-labelledby="endorsement-heading">
            <h2 id="endorsement-heading">{t("group-endorsement")}</h2>
            {problem}
            {published}
            {status}
        </section>
    }
}
