//! `/write/{id}/revisions/{revision}`: one saved text of a post, exactly as it was saved.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::write_api::{RevisionDetail, get_post_revision};
use crate::components::failure;
use crate::components::format_date;
use crate::error::AppError;
use crate::i18n::{t, t_args};

/// One revision of a post, for its author and editors.
#[component]
pub fn RevisionPage() -> impl IntoView {
    let params = use_params_map();
    let keys = move || {
        let params = params.read();
        (params.get("id"), params.get("revision"))
    };
    let revision = Resource::new_blocking(keys, |(id, revision)| async move {
        let number =
            |value: Option<String>| value.and_then(|v| v.parse::<i64>().ok()).ok_or(AppError::NotFound);
        get_post_revision(number(id)?, number(revision)?).await
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match revision.await {
                    Ok(revision) => view! { <RevisionView revision/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RevisionView(revision: RevisionDetail) -> impl IntoView {
    let RevisionDetail { post_id, post_title, number, count, is_current, item, title, summary, body } =
        revision;
    let heading = t_args("revision-heading", &[("number", number.to_string()), ("count", count.to_string())]);
    let when = item.when.clone();
    let saved = t_args(
        "revision-saved",
        &[("who", item.who.clone()), ("when", format_date(&item.when[..10.min(item.when.len())]))],
    );
    let note =
        (!item.note.is_empty()).then(|| view! { <p>{t("revision-note")}" "<q>{item.note.clone()}</q></p> });
    let current = is_current.then(|| view! { <p class="notice-muted">{t("revision-is-current")}</p> });
    view! {
        <Title text=format!("{heading} · {post_title}")/>
        <div class="write">
            <header class="page-header">
                <p class="eyebrow"><a href=format!("/write/{post_id}")>{post_title}</a></p>
                <h1>{heading}</h1>
                <p><time datetime=when>{saved}</time></p>
                {note}
                {current}
            </header>
            <dl class="facts">
                <dt>{t("field-title")}</dt>
                <dd>{title}</dd>
                <dt>{t("field-summary")}</dt>
                <dd>{summary}</dd>
            </dl>
            <h2>{t("revision-source")}</h2>
            <pre class="revision-source">{body}</pre>
        </div>
    }
}
