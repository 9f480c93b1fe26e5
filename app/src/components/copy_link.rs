//! "Copy link": an island, the only part of an article page that needs the client bundle.

use leptos::prelude::*;

/// A button that copies the page's address to the clipboard and says so. It stays hidden
/// until the client bundle has loaded, because without JavaScript it could not work.
#[island]
pub fn CopyLinkButton(
    /// Button text.
    label: String,
    /// Status announced after a successful copy.
    copied: String,
    /// Status announced when the browser refuses.
    failed: String,
) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (status, set_status) = signal(String::new());
    Effect::new(move |_| set_ready.set(true));
    let on_click = move |_| {
        let (copied, failed) = (copied.clone(), failed.clone());
        leptos::task::spawn_local(async move {
            let message = if copy_page_address().await { copied } else { failed };
            set_status.set(message);
        });
    };
    view! {
        <div class="copy-link">
            <button type="button" class="button-secondary" hidden=move || !ready.get() on:click=on_click>
                {label}
            </button>
            <span class="copy-link-status" role="status">{move || status.get()}</span>
        </div>
    }
}

/// Writes `location.href` to the clipboard; false when the browser refuses.
async fn copy_page_address() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Ok(href) = window.location().href() else { return false };
    let promise = window.navigator().clipboard().write_text(&href);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
