//! What a search asks for, as it travels in the URL: `q`, facet filters (repeatable), sort and
//! page. Parsing never fails: unknown keys and bad values are dropped, so any link works.

use serde::{Deserialize, Serialize};

/// Results per page.
pub const PAGE_SIZE: u32 = 20;
/// Highest page number served; deeper paging is a crawler, not a reader.
pub const MAX_PAGE: u32 = 50;
/// Longest query text kept, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most filter values kept in one request.
const MAX_FILTERS: usize = 32;

/// A facet results can be narrowed by. Its key is the URL parameter name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FacetName {
    /// Content kind: `article`, `case`, `organisation`.
    Kind,
    /// Competency domain of the framework.
    Domain,
    /// WSIS action line, `C1`…`C11`.
    Wsis,
    /// Sustainable Development Goal, `1`…`17`.
    Sdg,
    /// Country, ISO 3166-1 alpha-2.
    Country,
    /// UN M49 region.
    Region,
    /// Language of the text (BCP 47 primary subtag).
    Lang,
    /// Year of publication.
    Year,
    /// Level of government.
    Level,
    /// Theme.
    Theme,
    /// Maturity stage of a case.
    Stage,
    /// Evidence level of a case.
    Evidence,
    /// Organisation behind a case (the slug of its name).
    Org,
}

impl FacetName {
    /// Every facet.
    pub const ALL: [FacetName; 13] = [
        FacetName::Kind,
        FacetName::Lang,
        FacetName::Year,
        FacetName::Domain,
        FacetName::Wsis,
        FacetName::Sdg,
        FacetName::Country,
        FacetName::Region,
        FacetName::Level,
        FacetName::Theme,
        FacetName::Stage,
        FacetName::Evidence,
        FacetName::Org,
    ];

    /// The facets the search page shows, in its order.
    pub const SEARCH: [FacetName; 8] = [
        FacetName::Kind,
        FacetName::Lang,
        FacetName::Year,
        FacetName::Domain,
        FacetName::Wsis,
        FacetName::Sdg,
        FacetName::Country,
        FacetName::Region,
    ];

    /// The facets the case library shows, in its order.
    pub const CASES: [FacetName; 11] = [
        FacetName::Domain,
        FacetName::Wsis,
        FacetName::Sdg,
        FacetName::Country,
        FacetName::Region,
        FacetName::Level,
        FacetName::Theme,
        FacetName::Stage,
        FacetName::Evidence,
        FacetName::Year,
        FacetName::Org,
    ];

    /// URL parameter name, also the first segment of the facet path in the index.
    pub fn key(self) -> &'static str {
        match self {
            FacetName::Kind => "kind",
            FacetName::Domain => "domain",
            FacetName::Wsis => "wsis",
            FacetName::Sdg => "sdg",
            FacetName::Country => "country",
            FacetName::Region => "region",
            FacetName::Lang => "lang",
            FacetName::Year => "year",
            FacetName::Level => "level",
            FacetName::Theme => "theme",
            FacetName::Stage => "stage",
            FacetName::Evidence => "evidence",
            FacetName::Org => "org",
        }
    }

    /// The facet whose key is `key`.
    pub fn from_key(key: &str) -> Option<FacetName> {
        FacetName::ALL.into_iter().find(|facet| facet.key() == key)
    }
}

/// Result order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sort {
    /// Best match first (weighs title, phrase proximity and recency). Without query text,
    /// newest first.
    #[default]
    Relevance,
    /// Newest first.
    Newest,
    /// Most complete first (cases).
    Completeness,
}

impl Sort {
    /// As written in the URL; `None` for the default.
    pub fn code(self) -> Option<&'static str> {
        match self {
            Sort::Relevance => None,
            Sort::Newest => Some("newest"),
            Sort::Completeness => Some("completeness"),
        }
    }
}

/// A whole search request, as the URL carries it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchParams {
    /// What the reader typed, verbatim (trimmed, capped at [`MAX_QUERY_CHARS`]).
    pub q: String,
    /// Facet filters: values of one facet are alternatives, different facets all apply.
    pub filters: Vec<(FacetName, String)>,
    /// Result order.
    pub sort: Sort,
    /// Page number, from 1.
    pub page: u32,
}

impl SearchParams {
    /// Reads a query string (`q=…&sdg=16&lang=fr&page=2`, with or without the leading `?`).
    pub fn from_query_string(query: &str) -> SearchParams {
        let query = query.strip_prefix('?').unwrap_or(query);
        Self::from_pairs(
            form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())),
        )
    }

    /// Reads decoded `(key, value)` pairs.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> SearchParams {
        let mut params = SearchParams { page: 1, ..SearchParams::default() };
        for (key, value) in pairs {
            let value = value.trim();
            match key.as_str() {
                "q" => params.q = value.chars().take(MAX_QUERY_CHARS).collect(),
                "sort" => {
                    params.sort = match value {
                        "newest" => Sort::Newest,
                        "completeness" => Sort::Completeness,
                        _ => Sort::Relevance,
                    };
                }
                "page" => params.page = value.parse::<u32>().unwrap_or(1).clamp(1, MAX_PAGE),
                _ => {
                    if let Some(facet) = FacetName::from_key(&key)
                        && is_facet_value(value)
                        && params.filters.len() < MAX_FILTERS
                        && !params.filters.iter().any(|(f, v)| *f == facet && v == value)
                    {
                        params.filters.push((facet, value.to_owned()));
                    }
                }
            }
        }
        params
    }

    /// The query string for these parameters (without `?`); empty parts are left out.
    pub fn to_query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if !self.q.is_empty() {
            out.append_pair("q", &self.q);
        }
        for (facet, value) in &self.filters {
            out.append_pair(facet.key(), value);
        }
        if let Some(sort) = self.sort.code() {
            out.append_pair("sort", sort);
        }
        if self.page > 1 {
            out.append_pair("page", &self.page.to_string());
        }
        out.finish()
    }

    /// `/search?…` for these parameters.
    pub fn href(&self) -> String {
        self.href_at("/search")
    }

    /// `{path}?…` for these parameters: the same search on another page (`/cases`).
    pub fn href_at(&self, path: &str) -> String {
        let query = self.to_query_string();
        if query.is_empty() { path.to_owned() } else { format!("{path}?{query}") }
    }

    /// These parameters without any filter of `facet`.
    pub fn without(&self, facet: FacetName) -> SearchParams {
        let mut next = self.clone();
        next.filters.retain(|(f, _)| *f != facet);
        next
    }

    /// Whether `facet` is filtered to `value`.
    pub fn has_filter(&self, facet: FacetName, value: &str) -> bool {
        self.filters.iter().any(|(f, v)| *f == facet && v == value)
    }

    /// These parameters with the filter `facet = value` switched on or off, back on page 1.
    pub fn toggled(&self, facet: FacetName, value: &str) -> SearchParams {
        let mut next = self.clone();
        next.page = 1;
        if self.has_filter(facet, value) {
            next.filters.retain(|(f, v)| !(*f == facet && v == value));
        } else {
            next.filters.push((facet, value.to_owned()));
        }
        next
    }

    /// These parameters on another page.
    pub fn with_page(&self, page: u32) -> SearchParams {
        SearchParams { page: page.clamp(1, MAX_PAGE), ..self.clone() }
    }

    /// These parameters with another query text (filters kept, back on page 1).
    pub fn with_query(&self, q: &str) -> SearchParams {
        SearchParams { q: q.to_owned(), page: 1, ..self.clone() }
    }
}

/// Facet values are short identifiers: letters, digits, `-`, `_` and `.`.
fn is_facet_value(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_repeated_filters_and_ignores_junk() {
        let params = SearchParams::from_query_string(
            "?q=digital+skills&sdg=16&sdg=4&lang=fr&sdg=16&page=3&color=red&country=<script>&sort=newest",
        );
        assert_eq!(params.q, "digital skills");
        assert_eq!(
            params.filters,
            vec![
                (FacetName::Sdg, "16".to_owned()),
                (FacetName::Sdg, "4".to_owned()),
                (FacetName::Lang, "fr".to_owned())
            ]
        );
        assert_eq!(params.page, 3);
        assert_eq!(params.sort, Sort::Newest);
    }

    #[test]
    fn bad_page_numbers_fall_back() {
        assert_eq!(SearchParams::from_query_string("page=-4").page, 1);
        assert_eq!(SearchParams::from_query_string("page=abc").page, 1);
        assert_eq!(SearchParams::from_query_string("page=999999").page, MAX_PAGE);
    }

    #[test]
    fn round_trips_through_the_url() {
        let params = SearchParams::from_query_string("q=l%27%C3%A9t%C3%A9+%26+co&wsis=C7&page=2");
        assert_eq!(params.q, "l'été & co");
        assert_eq!(SearchParams::from_query_string(&params.to_query_string()), params);
        assert_eq!(params.toggled(FacetName::Wsis, "C7").href(), "/search?q=l%27%C3%A9t%C3%A9+%26+co");
    }
}
