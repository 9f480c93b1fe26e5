//! `/write/{id}/revisions/{revision}`: one saved text of a post, exactly as it was saved.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::write_api::{RevisionDetail, get_post_revision};
use crate::components::failure;
use crate::editorial::components::{RevisionHeader, revision_keys};
use crate::i18n::t;

/// One revision of a post, for its author and editors.
#[component]
pub fn RevisionPage() -> impl IntoView {
    let params = use_params_map();
    let keys = move || {
        let params = params.read();
        (params.get("id"), params.get("revision"))
    };
    let revision = Resource::new_blocking(keys, |(id, revision)| async move {
        let (id, revision) = revision_keys(id, revision)?;
        get_post_revision(id, revision).await
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
    view! {
        <div class="write">
            <RevisionHeader item_title=post_title item_href=crate::paths::post_draft(post_id) number count is_current item/>
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
