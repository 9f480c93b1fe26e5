//! Wire types and the server function of search.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use super::params::{FacetName, SearchParams};
use crate::error::AppError;

/// A piece of a snippet; `hit` marks the words that matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnippetPart {
    /// Plain text.
    pub text: String,
    /// Whether this piece matched the query.
    pub hit: bool,
}

/// One result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchHit {
    /// Kind of item (`article`, …).
    pub kind: String,
    /// Title.
    pub title: String,
    /// Where to read it.
    pub url: String,
    /// The passage that matched, or the summary.
    pub snippet: Vec<SnippetPart>,
    /// BCP 47 language of the item.
    pub lang: String,
    /// Publication date, ISO 8601.
    pub date: String,
    /// Organisation behind it, if any.
    pub organisation: Option<String>,
    /// The work's other published versions, in other languages.
    pub versions: Vec<HitVersion>,
}

/// Another language version of a result's work.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HitVersion {
    /// BCP 47 language.
    pub lang: String,
    /// Where to read it.
    pub url: String,
    /// Its title.
    pub title: String,
    /// Its summary, shortened.
    pub summary: String,
}

impl SearchHit {
    /// The result shown in language `lang` when its work has a version in it: that version
    /// becomes the result (its summary the snippet) and the one shown so far joins the
    /// other versions.
    pub fn prefer(&mut self, lang: &str) {
        let primary = |code: &str| code.split('-').next().unwrap_or_default().to_ascii_lowercase();
        if primary(&self.lang) == lang {
            return;
        }
        let Some(at) = self.versions.iter().position(|version| primary(&version.lang) == lang) else {
            return;
        };
        let chosen = self.versions.remove(at);
        let shown = HitVersion {
            lang: std::mem::replace(&mut self.lang, chosen.lang),
            url: std::mem::replace(&mut self.url, chosen.url),
            title: std::mem::replace(&mut self.title, chosen.title),
            summary: self.snippet_text(),
        };
        self.snippet = vec![SnippetPart { text: chosen.summary, hit: false }];
        self.versions.insert(0, shown);
    }

    /// The snippet as one plain string.
    pub fn snippet_text(&self) -> String {
        self.snippet.iter().map(|part| part.text.as_str()).collect()
    }
}

/// Counts of one facet's values among all results (not only this page), most first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCounts {
    /// Which facet.
    pub facet: FacetName,
    /// `(value, count)` pairs.
    pub values: Vec<(String, u64)>,
    /// What each value is called in the interface language, in the order of `values`; empty
    /// when the page names them itself.
    pub labels: Vec<String>,
}

impl FacetCounts {
    /// The name of the value at `index`, if the server gave one.
    pub fn label(&self, index: usize) -> Option<&str> {
        self.labels.get(index).map(String::as_str).filter(|label| !label.is_empty())
    }
}

/// A page of results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchResults {
    /// What was asked.
    pub params: SearchParams,
    /// How many items match in all.
    pub total: u64,
    /// This page's results.
    pub hits: Vec<SearchHit>,
    /// Facet counts over every match.
    pub facets: Vec<FacetCounts>,
    /// The exact query found too little and these are typo-tolerant results.
    pub fuzzy: bool,
    /// "Did you mean": the query with its words corrected, when the results suggest one.
    pub suggestion: Option<String>,
    /// Results per page.
    pub page_size: u32,
    /// The search log's token for this search: result links go through `/search/open` so
    /// that the log learns which one was opened. None when it was not logged.
    #[serde(default)]
    pub log: Option<String>,
}

impl SearchResults {
    /// Number of pages.
    pub fn pages(&self) -> u32 {
        let size = u64::from(self.page_size.max(1));
        u32::try_from(self.total.div_ceil(size)).unwrap_or(u32::MAX).min(super::params::MAX_PAGE)
    }
}

/// Searches everything the reader may see. `query` is the URL query string of the search
/// page (`q=…&sdg=16&page=2`); anything in it that does not parse is ignored.
#[server(endpoint = "search_page", input = GetUrl)]
pub async fn search(query: String) -> Result<SearchResults, AppError> {
    let state = crate::state::app_state()?;
    let params = SearchParams::from_query_string(&query);
    let viewer =
        super::ssr::viewer_of(&state.db, &state.search, crate::auth::api::current_user().as_ref()).await?;
    let mut results =
        super::ssr::search(&state.search, params, viewer, super::params::PAGE_SIZE as usize).await?;
    results.log = super::ssr::log_search(&state.db, &results).await;
    Ok(results)
}
