//! Articles: the posts of the series as readers see them, synced from `content/` or written
//! in the hub, listed on the home page and shown at `/articles/{slug}`. Part of the series
//! (see `super`), which writes them.

pub mod api;
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use pages::{ArticleCard, ArticlePage, LatestArticles};
