//! The shared taxonomy, from `content/taxonomy/` (compiled in, so every install has it):
//! countries with their UN M49 regions.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::i18n::Locale;

/// A country or area.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// English short name.
    pub name: String,
    /// French short name.
    pub name_fr: String,
    /// UN M49 numeric code ("" where M49 has none).
    pub m49: String,
    /// M49 region: Africa, Americas, Asia, Europe or Oceania.
    pub region: String,
    /// M49 sub-region.
    pub subregion: String,
}

impl Country {
    /// The name in `locale`.
    pub fn name_in(&self, locale: Locale) -> &str {
        match locale {
            Locale::Fr => &self.name_fr,
            Locale::En => &self.name,
        }
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
    match toml::from_str::<CountriesFile>(include_str!("../../content/taxonomy/countries.toml")) {
        Ok(file) => file.country,
        Err(err) => {
            tracing::error!(error = %err, "content/taxonomy/countries.toml cannot be read");
            Vec::new()
        }
    }
});

/// The M49 regions, by code.
pub const REGIONS: [&str; 5] = ["africa", "americas", "asia", "europe", "oceania"];

/// Every country, by code.
pub fn countries() -> &'static [Country] {
    &COUNTRIES
}

/// The country with `code` (any case).
pub fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|country| country.code.eq_ignore_ascii_case(code))
}

/// (code, name) of every country, sorted by name in `locale`.
pub fn country_options(locale: Locale) -> Vec<(String, String)> {
    let mut options: Vec<_> =
        COUNTRIES.iter().map(|country| (country.code.clone(), country.name_in(locale).to_owned())).collect();
    options.sort_by_key(|option| crate::members::collate(&option.1));
    options
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
}
