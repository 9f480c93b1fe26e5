//! `/cases/submit/{id}/revisions/{revision}`: one saved record of a case, exactly as it was
//! saved.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::record::SECTIONS;
use super::submit_api::{CaseRevisionDetail, get_case_revision};
use crate::components::failure;
use crate::editorial::components::{RevisionHeader, revision_keys};
use crate::i18n::t;

/// `/cases/submit/{id}/revisions/{revision}`: one saved record of a case, exactly as it was
/// saved, for its author and editors.
#[component]
pub fn CaseRevisionPage() -> impl IntoView {
    let params = use_params_map();
    let keys = move || {
        let params = params.read();
        (params.get("id"), params.get("revision"))
    };
    let revision = Resource::new_blocking(keys, |(id, revision)| async move {
        let (id, revision) = revision_keys(id, revision)?;
        get_case_revision(id, revision).await
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match revision.await {
                    Ok(revision) => view! { <CaseRevisionView revision/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CaseRevisionView(revision: CaseRevisionDetail) -> impl IntoView {
    let CaseRevisionDetail { case_id, case_title, number, count, is_current, item, record } = revision;
    let facts: Vec<(String, String)> = [
        ("field-title", "title"),
        ("field-summary", "summary"),
        ("field-countries", "countries"),
        ("case-fact-organisations", "organisations"),
        ("case-fact-links", "links"),
        ("field-adapted-from", "adapted_from"),
    ]
    .into_iter()
    .map(|(label, name)| (t(label), record.form_value(name)))
    .filter(|(_, value)| !value.is_empty())
    .collect();
    let sections: Vec<(String, String)> = SECTIONS
        .iter()
        .map(|(key, _)| (t(&format!("case-section-{key}")), record.section(key).to_owned()))
        .filter(|(_, text)| !text.is_empty())
        .collect();
    view! {
        <div class="write">
            <RevisionHeader item_title=case_title item_href=crate::paths::case_draft(case_id) number count is_current item/>
            <dl class="facts">
                {facts.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd class="pre-line">{value}</dd> }).collect_view()}
            </dl>
            {sections.into_iter().map(|(heading, text)| view! {
                <h2>{heading}</h2>
                <pre class="revision-source">{text}</pre>
            }).collect_view()}
        </div>
    }
}
