//! "Copy link": the one control of an article page that needs JavaScript. The page's loader
//! script ([`crate::client::LOADER`]) shows and wires it, so an article page loads no client
//! bundle.

use leptos::prelude::*;

/// A button that copies the page's address to the clipboard and says so. It stays hidden
/// without JavaScript, because then it could not work.
#[component]
pub fn CopyLinkButton(
    /// Button text.
    label: String,
    /// Status announced after a successful copy.
    copied: String,
    /// Status announced when the browser refuses.
    failed: String,
) -> impl IntoView {
    view! {
        <div class="copy-link">
            <button type="button" class="button-secondary" data-copy-link="" data-copied=copied data-failed=failed hidden>
                {label}
            </button>
            <span class="copy-link-status" role="status"></span>
        </div>
    }
}
