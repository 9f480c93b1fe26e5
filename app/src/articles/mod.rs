//! Articles: prose pages synced from `content/` (and later written in the hub), listed on
//! the home page and shown at `/articles/{slug}`.

pub mod api;
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use pages::{ArticleCard, ArticlePage, LatestArticles};
