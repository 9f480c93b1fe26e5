//! The client bundle on the page: the one inline script that loads it ([`LOADER`]), the
//! addresses of the bundle's files, and the script's hash for the Content-Security-Policy.
//!
//! The loader is the same on every page and reads the bundle's addresses from its own
//! `data-` attributes, so a public page's bytes do not depend on the request: the page cache
//! can keep them compressed, and the policy names the script by hash instead of a nonce.

use leptos::prelude::*;

/// The loader (`loader.js`), the page's only inline script, the same on every page: it
/// wires the "copy link" buttons, loads the client bundle only when the page has islands and
/// hydrates them, then marks `<html data-hydrated>` once they all listen (or
/// `data-client-failed` when the bundle could not load: the page keeps working without it).
pub const LOADER: &str = include_str!("loader.js");

/// Where the page finds the stylesheet and the client bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    /// The stylesheet's address.
    pub css: String,
    /// The bundle's JavaScript glue.
    pub js: String,
    /// The bundle's WebAssembly.
    pub wasm: String,
}

impl Bundle {
    /// The unversioned addresses cargo-leptos writes (`/pkg/hub.css`, …): for a hub whose
    /// bundle was not read at start-up, as in tests.
    pub fn unversioned(pkg_dir: &str, output_name: &str) -> Self {
        let at = |extension: &str| format!("/{pkg_dir}/{output_name}.{extension}");
        Self { css: at("css"), js: at("js"), wasm: at("wasm") }
    }
}

/// The `<head>` lines of the bundle: its stylesheet and the loader.
#[component]
pub fn BundleTags(bundle: Bundle) -> impl IntoView {
    // Islands mode: only islands hydrate, so the page carries no serialized data for the rest.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    view! {
        <link rel="stylesheet" href=bundle.css/>
        <script type="module" id="hub-client" data-js=bundle.js data-wasm=bundle.wasm inner_html=LOADER></script>
    }
}

/// The two scripts Leptos ends every page with, as they are when the page hands no data to
/// its islands (none of the hub's do).
#[cfg(feature = "ssr")]
const LEPTOS_SCRIPTS: [&str; 2] = [
    "__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];",
    "__INCOMPLETE_CHUNKS=[];",
];

/// The `script-src` sources that allow the page's inline scripts (the loader and Leptos'
/// two): `'sha256-…'` of each text.
#[cfg(feature = "ssr")]
pub fn script_sources() -> &'static str {
    use base64::Engine;
    use sha2::Digest;
    static SOURCES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let hash = |text: &str| {
            let digest = sha2::Sha256::digest(text.as_bytes());
            format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
        };
        std::iter::once(LOADER).chain(LEPTOS_SCRIPTS).map(hash).collect::<Vec<_>>().join(" ")
    });
    &SOURCES
}
