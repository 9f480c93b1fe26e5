//! The islands of the document editor: the textarea with a live comparison of what is typed
//! against the revision it started from, and who else is editing. Without JavaScript the
//! form is a plain textarea and nobody is announced.

use std::time::Duration;

use leptos::prelude::*;

use super::api::{group_draft_diff, group_presence};
use super::merge::{Change, DiffPart};
use crate::components::Latest;

/// How long typing must pause before the comparison is refreshed.
const DEBOUNCE_MS: u64 = 500;

/// The changes as `<ins>` and `<del>` runs.
#[component]
pub fn DiffView(parts: Vec<DiffPart>) -> impl IntoView {
    parts
        .into_iter()
        .map(|part| match part.change {
            Change::Same => view! { <span>{part.text}</span> }.into_any(),
            Change::Added => view! { <ins>{part.text}</ins> }.into_any(),
            Change::Removed => view! { <del>{part.text}</del> }.into_any(),
        })
        .collect_view()
}

/// The body field of a document and, with JavaScript, the live comparison with its base.
#[island]
pub fn DocumentEditor(
    /// The group's URL segment.
    group: String,
    /// The document's URL segment.
    doc: String,
    /// The revision the text started from (0: none).
    base: i32,
    /// `id` of the textarea.
    id: String,
    /// Label text.
    label: String,
    /// Help text.
    hint: String,
    /// The Markdown.
    value: String,
    /// The problem with the field, in words.
    error: Option<String>,
    /// Heading of the comparison.
    changes_label: String,
    /// Said while nothing changed.
    no_changes: String,
    /// Said when the comparison cannot be refreshed.
    failed: String,
    /// The changes the server compared when asked to without JavaScript.
    preview: Option<Vec<DiffPart>>,
) -> impl IntoView {
    let previewed = preview.is_some();
    let parts = RwSignal::new(preview.unwrap_or_default());
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let status = RwSignal::new(String::new());
    let latest = Latest::new();
    let hint_id = format!("{id}-hint");
    let error_id = "body-error".to_owned();
    let described = if error.is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() };
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        let (group, doc, failed) = (group.clone(), doc.clone(), failed.clone());
        latest.after_pause(
            Duration::from_millis(DEBOUNCE_MS),
            move || group_draft_diff(group, doc, base, text),
            move |result| match result {
                Ok(changes) => {
                    parts.set(changes);
                    status.set(String::new());
                }
                Err(_) => status.set(failed),
            },
        );
    };
    let invalid = error.is_some();
    let changed = move || parts.with(|parts| parts.iter().any(|p| p.change != Change::Same));
    view! {
        <div class="document-editor" data-live=move || live.get().then_some("true")>
            <div class="field" class:field-invalid=invalid>
                <label for=id.clone()>{label}</label>
                <p class="field-hint" id=hint_id>{hint}</p>
                {error.map(|message| view! { <p class="field-error" id=error_id>{message}</p> })}
                <textarea
                    id=id
                    name="body"
                    rows="18"
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=described
                    on:input=on_input
                >
                    {value}
                </textarea>
            </div>
            <section class="live-changes" aria-labelledby="live-changes-title" hidden=move || !(previewed || live.get())>
                <h3 id="live-changes-title">{changes_label}</h3>
                <p class="preview-status" role="status">{move || status.get()}</p>
                <div class="diff" aria-live="polite">
                    {move || if changed() {
                        view! { <DiffView parts=parts.get()/> }.into_any()
                    } else {
                        view! { <p class="notice-muted">{no_changes.clone()}</p> }.into_any()
                    }}
                </div>
            </section>
        </div>
    }
}

/// Who else has the document open, refreshed while the page is open.
#[island]
pub fn Presence(
    /// The group's URL segment.
    group: String,
    /// The document's URL segment.
    doc: String,
    /// Who the server saw editing when it rendered the page.
    names: Vec<String>,
    /// "Also editing now: {names}", with `{names}` to replace.
    template: String,
) -> impl IntoView {
    let names = RwSignal::new(names);
    Effect::new(move |_| {
        let ping = {
            let (group, doc) = (group.clone(), doc.clone());
            move || {
                let (group, doc) = (group.clone(), doc.clone());
                leptos::task::spawn_local(async move {
                    if let Ok(now) = group_presence(group, doc).await {
                        names.set(now);
                    }
                });
            }
        };
        ping();
        set_interval(ping, Duration::from_secs(super::PRESENCE_EVERY_SECS));
    });
    view! {
        <p class="presence" role="status">
            {move || names.with(|names| {
                (!names.is_empty()).then(|| template.replace("{names}", &names.join(", ")))
            })}
        </p>
    }
}
