//! The shared taxonomy, from `content/taxonomy/` (compiled in, so every install has it):
//! countries with their UN M49 regions, and the facets that tag articles and cases:
//! competency domains, WSIS action lines, SDGs, levels of government and themes.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::i18n::Locale;
use crate::i18n::overlay::{Overlay, Translations};

/// A country or area.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// English short name.
    pub name: String,
    /// The name in the other interface languages (CLDR), from `country-names.toml`.
    #[serde(skip)]
    pub names: Translations,
    /// UN M49 numeric code ("" where M49 has none).
    pub m49: String,
    /// M49 region: Africa, Americas, Asia, Europe or Oceania.
    pub region: String,
    /// M49 sub-region.
    pub subregion: String,
    /// Other names the country goes by in imported data ("United States of America").
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl Country {
    /// The name in `locale`.
    pub fn name_in(&self, locale: Locale) -> &str {
        self.names.text(locale, "name", &self.name)
    }

    /// Code of the region (`africa`, `americas`, …).
    pub fn region_code(&self) -> String {
        self.region.to_lowercase()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountriesFile {
    country: Vec<Country>,
}

static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(|| {
    let mut countries =
        match toml::from_str::<CountriesFile>(include_str!("../../content/taxonomy/countries.toml")) {
            Ok(file) => file.country,
            Err(err) => {
                tracing::error!(error = %err, "content/taxonomy/countries.toml cannot be read");
                Vec::new()
            }
        };
    let names =
        Overlay::parse("country-names.toml", include_str!("../../content/taxonomy/country-names.toml"));
    for country in &mut countries {
        for locale in Locale::ALL {
            if let Some(fields) = names.field(&[locale.code(), &country.code], "name") {
                country.names.insert(locale, fields);
            }
        }
    }
    countries
});

/// The M49 regions, by code, and Antarctica, which M49 lists outside them.
pub const REGIONS: [&str; 6] = ["africa", "americas", "asia", "europe", "oceania", "antarctica"];

/// Every country, by code.
pub fn countries() -> &'static [Country] {
    &COUNTRIES
}

/// The country with `code` (any case).
pub fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|country| country.code.eq_ignore_ascii_case(code))
}

/// The country with `text` as its code, its English or French name or one of its aliases
/// (case and accents ignored).
pub fn country_by_name(text: &str) -> Option<&'static Country> {
    let text = text.trim();
    if text.len() == 2
        && let Some(country) = country(text)
    {
        return Some(country);
    }
    let wanted = crate::text::collate(text);
    COUNTRIES.iter().find(|country| {
        crate::text::collate(&country.name) == wanted
            || Locale::ALL.into_iter().any(|locale| crate::text::collate(country.name_in(locale)) == wanted)
            || country.aliases.iter().any(|alias| crate::text::collate(alias) == wanted)
    })
}

/// (code, name) of every country, sorted by name in `locale`.
pub fn country_options(locale: Locale) -> Vec<(String, String)> {
    let mut options: Vec<_> =
        COUNTRIES.iter().map(|country| (country.code.clone(), country.name_in(locale).to_owned())).collect();
    options.sort_by_key(|option| crate::text::collate(&option.1));
    options
}

/// The facets an article can be tagged with, in the order a page shows them. `country`
/// uses [`countries`]; the others come from their own file in `content/taxonomy/`.
pub const TAG_FACETS: [&str; 6] = ["domain", "wsis", "sdg", "country", "level", "theme"];

/// A facet: its key and names.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FacetInfo {
    /// Key as written in front matter and URLs (`domain`, `wsis`, …).
    pub key: String,
    /// English name.
    pub name: String,
    /// The name in the other languages, from `translations/<code>.toml`.
    #[serde(skip)]
    pub translations: Translations,
}

/// One term of a facet.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Code: lower-case ASCII, digits and hyphens.
    pub code: String,
    /// English name.
    pub name: String,
    /// What the term covers, in English.
    pub description: String,
    /// The name and description in the other languages, from `translations/<code>.toml`.
    #[serde(skip)]
    pub translations: Translations,
    /// Other names the term goes by in imported data (the registry's sector "Health").
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl Term {
    /// The name in `locale`.
    pub fn name_in(&self, locale: Locale) -> &str {
        self.translations.text(locale, "name", &self.name)
    }

    /// The description in `locale`.
    pub fn description_in(&self, locale: Locale) -> &str {
        self.translations.text(locale, "description", &self.description)
    }
}

/// A facet file: the facet and its terms.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facet {
    /// Key and names.
    pub facet: FacetInfo,
    /// Every term, in the order lists show them.
    pub term: Vec<Term>,
}

impl Facet {
    /// The facet's name in `locale`.
    pub fn name_in(&self, locale: Locale) -> &str {
        self.facet.translations.text(locale, "name", &self.facet.name)
    }

    /// The term with `code`.
    pub fn term(&self, code: &str) -> Option<&Term> {
        self.term.iter().find(|term| term.code == code)
    }
}

/// The translation files of the facets and terms, one per language other than English.
const TRANSLATIONS: [(Locale, &str, &str); 5] = [
    (Locale::Ar, "ar.toml", include_str!("../../content/taxonomy/translations/ar.toml")),
    (Locale::Zh, "zh.toml", include_str!("../../content/taxonomy/translations/zh.toml")),
    (Locale::Fr, "fr.toml", include_str!("../../content/taxonomy/translations/fr.toml")),
    (Locale::Ru, "ru.toml", include_str!("../../content/taxonomy/translations/ru.toml")),
    (Locale::Es, "es.toml", include_str!("../../content/taxonomy/translations/es.toml")),
];

fn overlays() -> Vec<(Locale, Overlay)> {
    TRANSLATIONS.iter().map(|(locale, name, text)| (*locale, Overlay::parse(name, text))).collect()
}

static FACETS: LazyLock<Vec<Facet>> = LazyLock::new(|| {
    let overlays = overlays();
    let mut facets: Vec<Facet> = [
        ("domains.toml", include_str!("../../content/taxonomy/domains.toml")),
        ("wsis.toml", include_str!("../../content/taxonomy/wsis.toml")),
        ("sdgs.toml", include_str!("../../content/taxonomy/sdgs.toml")),
        ("levels.toml", include_str!("../../content/taxonomy/levels.toml")),
        ("themes.toml", include_str!("../../content/taxonomy/themes.toml")),
    ]
    .into_iter()
    .filter_map(|(file, text)| match toml::from_str::<Facet>(text) {
        Ok(facet) => Some(facet),
        Err(err) => {
            tracing::error!(file, error = %err, "a taxonomy file in content/taxonomy/ cannot be read");
            None
        }
    })
    .collect();
    for facet in &mut facets {
        for (locale, overlay) in &overlays {
            if let Some(fields) = overlay.field(&["facets", &facet.facet.key], "name") {
                facet.facet.translations.insert(*locale, fields);
            }
            for term in &mut facet.term {
                if let Some(fields) = overlay.entry(&facet.facet.key, &term.code) {
                    term.translations.insert(*locale, fields);
                }
            }
        }
    }
    facets
});

/// The facet with `key`, except `country` (see [`country`]).
pub fn facet(key: &str) -> Option<&'static Facet> {
    FACETS.iter().find(|facet| facet.facet.key == key)
}

/// The code of the term of `facet` (not `country`) whose code, name or alias is `text`
/// (case and accents ignored).
pub fn term_by_name(facet_key: &str, text: &str) -> Option<&'static str> {
    let wanted = crate::text::collate(text.trim());
    facet(facet_key)?
        .term
        .iter()
        .find(|term| {
            term.code == wanted
                || crate::text::collate(&term.name) == wanted
                || Locale::ALL.into_iter().any(|locale| crate::text::collate(term.name_in(locale)) == wanted)
                || term.aliases.iter().any(|alias| crate::text::collate(alias) == wanted)
        })
        .map(|term| term.code.as_str())
}

/// Whether `code` is a known term of `facet` (a country code for `country`).
pub fn is_known(facet_key: &str, code: &str) -> bool {
    if facet_key == "country" {
        return country(code).is_some();
    }
    facet(facet_key).is_some_and(|facet| facet.term(code).is_some())
}

/// The name of a facet in `locale`.
pub fn facet_name(facet_key: &str, locale: Locale) -> String {
    match facet_key {
        "country" => locale.text("taxonomy-country"),
        key => facet(key).map(|facet| facet.name_in(locale).to_owned()).unwrap_or_else(|| key.to_owned()),
    }
}

/// The name of term `code` of `facet` in `locale`, or the code itself when unknown.
pub fn term_name(facet_key: &str, code: &str, locale: Locale) -> String {
    let name = if facet_key == "country" {
        country(code).map(|country| country.name_in(locale).to_owned())
    } else {
        facet(facet_key).and_then(|facet| facet.term(code)).map(|term| term.name_in(locale).to_owned())
    };
    name.unwrap_or_else(|| code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_a_known_region() {
        assert!(countries().len() >= 240);
        for country in countries() {
            assert!(REGIONS.contains(&country.region_code().as_str()), "{}", country.code);
        }
        assert_eq!(country("fr").map(|c| c.subregion.as_str()), Some("Western Europe"));
        assert_eq!(country("KE").map(|c| c.region_code()), Some("africa".to_owned()));
    }

    #[test]
    fn every_facet_file_is_read_with_unique_well_formed_codes() {
        for key in TAG_FACETS.iter().filter(|key| **key != "country") {
            let facet = facet(key).unwrap_or_else(|| panic!("facet {key} is missing"));
            let mut codes: Vec<_> = facet.term.iter().map(|term| term.code.as_str()).collect();
            assert!(codes.iter().all(|code| crate::content::is_valid_slug(code)), "{key}: {codes:?}");
            assert!(facet.term.iter().all(|term| !term.description.is_empty()));
            codes.sort_unstable();
            codes.dedup();
            assert_eq!(codes.len(), facet.term.len(), "{key} has a code twice");
        }
        assert_eq!(facet("domain").map(|f| f.term.len()), Some(3));
        assert_eq!(facet("wsis").map(|f| f.term.len()), Some(11));
        assert_eq!(facet("sdg").map(|f| f.term.len()), Some(17));
        assert!(is_known("sdg", "16") && !is_known("sdg", "18") && is_known("country", "KE"));
        assert_eq!(term_name("wsis", "c4", Locale::En), "C4 · Capacity building");
        assert_eq!(term_by_name("wsis", "C4"), Some("c4"));
        assert_eq!(term_by_name("theme", "Health"), Some("health"));
    }

    #[test]
    fn countries_are_found_by_the_names_imported_data_uses() {
        let code = |name| country_by_name(name).map(|c| c.code.as_str());
        assert_eq!(code("United States of America"), Some("US"));
        assert_eq!(code("Côte d'Ivoire"), Some("CI"));
        assert_eq!(code("Eswatini (fmr. 'Swaziland')"), Some("SZ"));
        assert_eq!(code("ke"), Some("KE"));
        assert_eq!(code("Kenia"), Some("KE"), "Spanish, from the CLDR names");
        assert_eq!(code("Narnia"), None);
    }

    #[test]
    fn every_facet_and_term_reads_in_every_language() {
        for locale in Locale::ALL.into_iter().filter(|locale| *locale != Locale::En) {
            let mut missing = Vec::new();
            for key in TAG_FACETS.iter().filter(|key| **key != "country") {
                let Some(facet) = facet(key) else { continue };
                if !facet.facet.translations.has(locale, "name", None) {
                    missing.push(format!("facets.{key}"));
                }
                for term in &facet.term {
                    for field in ["name", "description"] {
                        if !term.translations.has(locale, field, None) {
                            missing.push(format!("{key}.{}.{field}", term.code));
                        }
                    }
                }
            }
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
            for country in countries() {
                assert_ne!(country.name_in(locale), "", "{} {}", locale.code(), country.code);
                assert!(country.names.has(locale, "name", None), "{} lacks {}", locale.code(), country.code);
            }
        }
    }

    #[test]
    fn translation_files_name_only_known_facets_and_terms() {
        for (locale, overlay) in overlays() {
            let facets = overlay.unknown_codes("facets", |key| facet(key).is_some());
            assert!(facets.is_empty(), "{}: unknown facets {facets:?}", locale.code());
            for key in TAG_FACETS.iter().filter(|key| **key != "country") {
                let terms = overlay.unknown_codes(key, |code| is_known(key, code));
                assert!(terms.is_empty(), "{}: unknown {key} terms {terms:?}", locale.code());
            }
        }
    }

    #[test]
    fn names_follow_the_reader_s_language_with_english_as_fallback() {
        assert_eq!(
            term_name("domain", "data-use-governance", Locale::Fr),
            "Utilisation et gouvernance des données"
        );
        assert_eq!(term_name("country", "KE", Locale::Zh), "肯尼亚");
        assert_eq!(term_name("country", "KE", Locale::Ar), "كينيا");
        assert_eq!(term_name("country", "ES", Locale::Es), "España");
        assert_eq!(country_by_name("Кения").map(|c| c.code.as_str()), Some("KE"));
        assert_eq!(term_name("domain", "nonexistent", Locale::Ru), "nonexistent");
    }
}
