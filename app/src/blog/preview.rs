//! The Markdown editor of the writing form: a textarea that, with JavaScript, shows a live
//! preview rendered by the server exactly as a save would render it. Without JavaScript the
//! form's Preview button does the same by posting.

use std::time::Duration;

use leptos::prelude::*;

use crate::components::Latest;

/// How long typing must pause before the preview is refreshed.
const DEBOUNCE_MS: u64 = 400;

/// The body field and its preview.
#[island]
pub fn MarkdownEditor(
    /// `id` of the textarea (`{form}-{name}`), for the label and the error summary.
    id: String,
    /// Field name.
    name: String,
    /// Label text.
    label: String,
    /// Help text.
    hint: String,
    /// The Markdown.
    value: String,
    /// The problem with the field, in words.
    error: Option<String>,
    /// Heading of the preview.
    preview_label: String,
    /// The preview's HTML as the server rendered it.
    preview_html: String,
    /// Status shown when the preview cannot be refreshed.
    preview_failed: String,
) -> impl IntoView {
    let html = RwSignal::new(preview_html);
    // Marks the editor live once the browser runs it, for styles and tests.
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let status = RwSignal::new(String::new());
    let latest = Latest::new();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{name}-error");
    let described = match &error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        let failed = preview_failed.clone();
        latest.after_pause(
            Duration::from_millis(DEBOUNCE_MS),
            move || super::write_api::preview_markdown(text),
            move |result| match result {
                Ok(rendered) => {
                    html.set(rendered);
                    status.set(String::new());
                }
                Err(_) => status.set(failed),
            },
        );
    };
    let invalid = error.is_some();
    view! {
        <div class="markdown-editor" data-live=move || live.get().then_some("true")>
            <div class="field" class:field-invalid=invalid>
                <label for=id.clone()>{label}</label>
                <p class="field-hint" id=hint_id>{hint}</p>
                {error.map(|message| view! { <p class="field-error" id=error_id>{message}</p> })}
                <textarea
                    id=id
                    name=name
                    rows="22"
                    required=true
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=described
                    on:input=on_input
                >
                    {value}
                </textarea>
            </div>
            <section class="preview" aria-labelledby="preview-title">
                <h2 id="preview-title">{preview_label}</h2>
                <p class="preview-status" role="status">{move || status.get()}</p>
                <div class="prose" inner_html=move || html.get()></div>
            </section>
        </div>
    }
}
