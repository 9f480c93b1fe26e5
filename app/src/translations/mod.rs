//! Translation sets: one work (a post, a case, …) in several of the six UN languages. Each
//! version is the original, a translation (by whom, from which revision of the original) or an
//! outdated translation: the original has a newer revision than the one it was made from,
//! computed on every read, never stored. Any kind in the content-kind registry with a
//! [`crate::kinds::Translatable`] gets sets: its pages show "Also in" and `hreflang`
//! alternates, search shows one result per work, the sitemap lists the alternates, and
//! editors see what still needs translating.
//!
//! Rules: a version's language is one of [`LANGUAGES`], once per work; a translation is made
//! from the original, never from another translation (a translation's own "translate"
//! link starts from its original); drafts of translations stay out of search, feeds, the
//! sitemap and "Also in" until they are published through the kind's review.

pub mod api;
pub mod components;
#[cfg(feature = "ssr")]
mod lists;
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub use lists::{Listed, keep_one_per_work, one_per_work};
pub use pages::{StartTranslationPage, TranslationsDeskPage};
/// What the rest of the hub uses of translation sets on the server: the search documents of
/// a work, the alternates of the sitemap and feeds, a version's row, and linking a content
/// file's translation to its original. Everything else in `ssr` is the kernel's own.
#[cfg(feature = "ssr")]
pub use ssr::{Alternates, alternates, link_existing, row_of, with_versions, work_docs};

/// The content languages: the six UN languages, as (BCP 47 code, name in itself), in the
/// order lists show them.
pub const LANGUAGES: [(&str, &str); 6] = [
    ("ar", "العربية"),
    ("zh", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
];

/// The primary subtag of a BCP 47 code, lower case (`fr` for `fr-CA`).
pub fn primary(code: &str) -> String {
    code.split(['-', '_']).next().unwrap_or_default().trim().to_ascii_lowercase()
}

/// Whether `code` is one of the six content languages (exactly its primary subtag).
pub fn is_content_language(code: &str) -> bool {
    LANGUAGES.iter().any(|(known, _)| *known == code)
}

/// The name of language `code` in itself; the code when it is not one of the six.
pub fn native_name(code: &str) -> String {
    let primary = primary(code);
    LANGUAGES
        .iter()
        .find(|(known, _)| *known == primary)
        .map_or(primary.clone(), |(_, name)| (*name).to_owned())
}

/// Writing direction of language `code`.
pub fn dir(code: &str) -> &'static str {
    if primary(code) == "ar" { "rtl" } else { "ltr" }
}

/// What a version is to its work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    /// The text the others were translated from.
    Original,
    /// A translation made from the original's current revision.
    Translation,
    /// A translation made from an older revision of the original.
    Outdated,
}

impl Role {
    /// Key of its name in the message catalogues.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Original => "translations-role-original",
            Role::Translation => "translations-role-translation",
            Role::Outdated => "translations-role-outdated",
        }
    }

    /// As in URLs and filters.
    pub fn code(self) -> &'static str {
        match self {
            Role::Original => "original",
            Role::Translation => "translation",
            Role::Outdated => "outdated",
        }
    }
}

/// Whether a translation made from revision `source` of an original whose current revision
/// is `current` is outdated: the original changed since.
pub fn is_outdated(current: Option<i64>, source: Option<i64>) -> bool {
    match (current, source) {
        (Some(current), Some(source)) => current != source,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

/// One published version of a work, as a link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionLink {
    /// Primary language code.
    pub lang: String,
    /// The language's name in itself.
    pub name: String,
    /// Its page, from the site root.
    pub path: String,
    /// Its title.
    pub title: String,
    /// Original, translation or outdated translation.
    pub role: Role,
}

/// The versions of the work an item belongs to, as its page shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionSet {
    /// The item itself, when it is in a set.
    pub this: Option<VersionLink>,
    /// The other published versions, in the order of [`LANGUAGES`].
    pub others: Vec<VersionLink>,
    /// The original, when it is published (the target of `x-default`).
    pub original: Option<VersionLink>,
    /// The site's address, for absolute `hreflang` links.
    pub base: String,
    /// The original's key, from which a new translation starts.
    pub work_id: i64,
    /// Languages the work has no version in yet (published or not).
    pub missing: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_is_outdated_once_the_original_has_a_newer_revision() {
        assert!(!is_outdated(Some(7), Some(7)));
        assert!(is_outdated(Some(9), Some(7)));
        assert!(is_outdated(Some(9), None), "a translation of an unknown revision is not trusted");
        assert!(!is_outdated(None, None));
    }

    #[test]
    fn only_the_six_un_languages_are_content_languages() {
        for code in ["ar", "zh", "en", "fr", "ru", "es"] {
            assert!(is_content_language(code), "{code}");
        }
        for code in ["de", "fr-CA", "", "EN"] {
            assert!(!is_content_language(code), "{code}");
        }
        assert_eq!(native_name("es-419"), "Español");
        assert_eq!(dir("ar"), "rtl");
        assert_eq!(dir("zh-Hans"), "ltr");
    }
}
