//! The index's fields, and how an item becomes a document.

use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions,
};
use tantivy::{DateTime, TantivyDocument};

use crate::search::analysis::{self, PLAIN, SLOTS};
use crate::search::document::{Audience, SearchDoc};
use crate::search::params::FacetName;

/// The `restricted` field's one term.
pub(super) const RESTRICTED: &str = "yes";

/// Field handles, kept from the schema builder.
#[derive(Clone, Copy)]
pub(super) struct Fields {
    pub(super) key: Field,
    pub(super) kind: Field,
    pub(super) url: Field,
    pub(super) title: Field,
    pub(super) summary: Field,
    pub(super) body: Field,
    pub(super) lang: Field,
    pub(super) organisation: Field,
    pub(super) date: Field,
    pub(super) completeness: Field,
    pub(super) audience: Field,
    /// Marks every item that is not public, so a search can leave out the few a viewer may
    /// not read instead of checking the audience of every match.
    pub(super) restricted: Field,
    pub(super) facets: Field,
    /// Title, summary and body per language slot, each with its language's analyzer: each
    /// field has its own length normalisation, so a short record's summary is not weighed
    /// against a long article's body.
    pub(super) title_in: [Field; SLOTS.len()],
    pub(super) summary_in: [Field; SLOTS.len()],
    pub(super) body_in: [Field; SLOTS.len()],
    /// Titles and summaries, plain words, for typo tolerance.
    pub(super) plain: Field,
    /// The work's other published versions (JSON list of [`StoredVersion`]), so a result can
    /// show the reader's language and link to the others.
    pub(super) versions: Field,
}

/// A version of a work as the index stores it beside the work's document.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub(super) struct StoredVersion {
    pub(super) lang: String,
    pub(super) url: String,
    pub(super) title: String,
    pub(super) summary: String,
}

impl Fields {
    pub(super) fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        let analyzed = |name: String| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&name)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
        };
        let title_in = std::array::from_fn(|slot| {
            builder.add_text_field(&format!("title_{}", SLOTS[slot]), analyzed(analysis::analyzer_name(slot)))
        });
        let summary_in = std::array::from_fn(|slot| {
            builder
                .add_text_field(&format!("summary_{}", SLOTS[slot]), analyzed(analysis::analyzer_name(slot)))
        });
        let body_in = std::array::from_fn(|slot| {
            builder.add_text_field(&format!("body_{}", SLOTS[slot]), analyzed(analysis::analyzer_name(slot)))
        });
        let fields = Fields {
            key: builder.add_text_field("key", STRING | STORED),
            kind: builder.add_text_field("kind", STRING | STORED),
            url: builder.add_text_field("url", STORED),
            title: builder.add_text_field("title", STORED),
            summary: builder.add_text_field("summary", STORED),
            body: builder.add_text_field("body", STORED),
            lang: builder.add_text_field("lang", STRING | STORED),
            organisation: builder.add_text_field("organisation", STORED),
            date: builder.add_date_field("date", INDEXED | FAST | STORED),
            completeness: builder.add_u64_field("completeness", FAST),
            audience: builder.add_text_field("audience", STRING),
            restricted: builder.add_text_field("restricted", STRING),
            facets: builder.add_facet_field("facets", FacetOptions::default()),
            title_in,
            summary_in,
            body_in,
            plain: builder.add_text_field(
                "plain",
                TextOptions::default().set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(PLAIN)
                        .set_index_option(IndexRecordOption::WithFreqs),
                ),
            ),
            versions: builder.add_text_field("versions", STORED),
        };
        (builder.build(), fields)
    }

    pub(super) fn text_fields(&self) -> Vec<Field> {
        self.title_in.iter().chain(&self.summary_in).chain(&self.body_in).copied().collect()
    }

    /// The document of a work: `doc`, and `versions` of it in other languages, each text in
    /// its language's fields, counted once in every facet (the languages facet lists each).
    pub(super) fn document(&self, doc: &SearchDoc, versions: &[SearchDoc]) -> TantivyDocument {
        let slot = analysis::slot(&doc.lang);
        let mut out = TantivyDocument::default();
        out.add_text(self.key, doc.key());
        out.add_text(self.kind, doc.kind);
        out.add_text(self.url, &doc.url);
        out.add_text(self.title, &doc.title);
        out.add_text(self.summary, &doc.summary);
        out.add_text(self.body, &doc.body);
        out.add_text(self.lang, &doc.lang);
        if let Some(organisation) = &doc.organisation {
            out.add_text(self.organisation, organisation);
        }
        let midnight = doc.date.midnight().assume_utc().unix_timestamp();
        out.add_date(self.date, DateTime::from_timestamp_secs(midnight));
        out.add_u64(self.completeness, doc.completeness);
        out.add_text(self.audience, doc.audience.term());
        if doc.audience != Audience::Public {
            out.add_text(self.restricted, RESTRICTED);
        }
        out.add_text(self.title_in[slot], &doc.title);
        out.add_text(self.summary_in[slot], &doc.summary);
        out.add_text(self.body_in[slot], &doc.body);
        // Typo tolerance looks at titles and summaries: the words a reader remembers, at a
        // fraction of the cost of indexing every body twice.
        out.add_text(self.plain, format!("{}\n{}", doc.title, doc.summary));
        let mut stored = Vec::new();
        let mut langs = Vec::new();
        for version in versions {
            let slot = analysis::slot(&version.lang);
            out.add_text(self.title_in[slot], &version.title);
            out.add_text(self.summary_in[slot], &version.summary);
            out.add_text(self.body_in[slot], &version.body);
            out.add_text(self.plain, format!("{}\n{}", version.title, version.summary));
            langs.push(version.lang.split('-').next().unwrap_or_default().to_ascii_lowercase());
            stored.push(StoredVersion {
                lang: version.lang.clone(),
                url: version.url.clone(),
                title: version.title.clone(),
                summary: version.summary.clone(),
            });
        }
        if !stored.is_empty() {
            out.add_text(self.versions, serde_json::to_string(&stored).unwrap_or_default());
        }
        let primary_lang = doc.lang.split('-').next().unwrap_or_default().to_ascii_lowercase();
        let year = doc.date.year().to_string();
        let implied = [
            (FacetName::Kind, doc.kind),
            (FacetName::Lang, primary_lang.as_str()),
            (FacetName::Year, year.as_str()),
        ];
        let mut added = std::collections::BTreeSet::new();
        let others =
            langs.iter().filter(|lang| **lang != primary_lang).map(|lang| (FacetName::Lang, lang.as_str()));
        for (facet, value) in
            implied.into_iter().chain(others).chain(doc.tags.iter().map(|(f, v)| (*f, v.as_str())))
        {
            // A facet value counts a work once, whichever of its versions carry it.
            if added.insert((facet.key(), value)) {
                out.add_facet(self.facets, facet_path(facet, value));
            }
        }
        out
    }
}

pub(super) fn facet_path(facet: FacetName, value: &str) -> Facet {
    Facet::from_path([facet.key(), value])
}
