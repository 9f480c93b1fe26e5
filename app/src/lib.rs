//! Coalition Hub: the Leptos application.
//!
//! Organised by feature (`blog`, `search`, `i18n`, …). Inside a feature, `api.rs` holds
//! wire types and server functions (both targets) and `ssr.rs` the server-only logic. The
//! server-only infrastructure (`db`, `content`, `markdown`, `state`) is declared below under
//! the `ssr` feature and never reaches the client bundle. Pages render on the server; only
//! `#[island]` components hydrate in the browser.

#![recursion_limit = "256"]

pub mod app;
pub mod assessment;
pub mod auth;
pub mod blog;
pub mod cases;
pub mod client;
pub mod components;
pub mod demand;
pub mod editorial;
pub mod error;
pub mod events;
pub mod forms;
pub mod groups;
pub mod home;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod kinds;
pub mod layers;
pub mod members;
pub mod paths;
pub mod pledges;
pub mod response;
pub mod search;
pub mod text;
pub mod translations;

#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod files;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod secrets;
#[cfg(feature = "ssr")]
pub mod site;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod taxonomy;
#[cfg(feature = "ssr")]
pub mod work;

/// Entry point of the client bundle: starts the reactive system; the loader
/// ([`client::LOADER`]) then hydrates each island and marks the page `<html data-hydrated>`.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
