//! Interface language.
//!
//! Policy: every string a reader sees goes through [`t`] (or [`t_args`]) with a key from the
//! Fluent files in `app/locales/<code>/*.ftl`; nothing user-visible is written inline in a
//! component. Adding a UN language is translation work: a new `.ftl` folder and one
//! [`Locale`] variant. The reader's choice lives in the `hub_lang` cookie; without it the
//! `Accept-Language` header decides; English is the fallback.

pub mod api;
mod components;
mod negotiate;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};
use leptos::prelude::use_context;
use serde::{Deserialize, Serialize};

pub use components::LanguageSwitchForm;
pub use negotiate::{COOKIE_NAME, negotiate};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// An interface language the hub is translated into.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// English, the fallback.
    #[default]
    En,
    /// French.
    Fr,
}

impl Locale {
    /// Every available interface language, in the order the switcher lists them.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Fr];

    /// BCP 47 code, as used in `lang` attributes, the cookie and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fr => "Français",
        }
    }

    /// Writing direction of the language, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::En | Locale::Fr => "ltr",
        }
    }

    /// Parses a code such as `fr` or `fr-CA`; only the primary subtag counts.
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.split(['-', '_']).next().unwrap_or_default().trim();
        Locale::ALL.into_iter().find(|locale| locale.code().eq_ignore_ascii_case(primary))
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Locale::En => langid!("en"),
            Locale::Fr => langid!("fr"),
        }
    }

    /// Looks `key` up in this language.
    pub fn text(self, key: &str) -> String {
        LOCALES.lookup(&self.langid(), key)
    }

    /// Whether the catalogue has `key`.
    pub fn has(self, key: &str) -> bool {
        LOCALES.try_lookup(&self.langid(), key).is_some()
    }
}

impl Locale {
    /// Looks `key` up in this language with Fluent arguments. Arguments that read as numbers
    /// are passed as numbers, so plural forms apply.
    pub fn text_args(self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(name, value)| {
                let value = match value.parse::<f64>() {
                    Ok(number) if !value.is_empty() => FluentValue::from(number),
                    _ => FluentValue::from(value.clone()),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES.lookup_with_args(&self.langid(), key, &args)
    }
}

/// The interface language of the current request (English outside a request).
pub fn current_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The text for `key` in the current interface language.
pub fn t(key: &str) -> String {
    current_locale().text(key)
}

/// The text for `key` with Fluent arguments, in the current interface language.
pub fn t_args(key: &str, args: &[(&'static str, String)]) -> String {
    current_locale().text_args(key, args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(code: &str) -> BTreeSet<String> {
        let dir = format!("{}/locales/{code}", env!("CARGO_MANIFEST_DIR"));
        let mut text = String::new();
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            if entry.path().extension().is_some_and(|ext| ext == "ftl") {
                text.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
                text.push('\n');
            }
        }
        text.lines()
            .filter(|line| !line.starts_with([' ', '#', '.', '*', '[', '}']) && line.contains(" ="))
            .filter_map(|line| line.split(" =").next())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_language_has_every_key() {
        let english = keys("en");
        assert!(english.len() > 20, "English catalogue looks empty");
        for locale in Locale::ALL {
            let theirs = keys(locale.code());
            let missing: Vec<_> = english.difference(&theirs).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(extra.is_empty(), "{} has unknown keys {extra:?}", locale.code());
        }
    }

    #[test]
    fn lookup_uses_the_language_asked_for() {
        assert_eq!(Locale::En.text("nav-home"), "Home");
        assert_eq!(Locale::Fr.text("nav-home"), "Accueil");
    }

    #[test]
    fn numbers_choose_plural_forms() {
        assert_eq!(Locale::En.text_args("search-count", &[("count", "1".into())]), "1 result");
        assert_eq!(Locale::En.text_args("search-count", &[("count", "0".into())]), "No results");
        assert_eq!(Locale::Fr.text_args("search-count", &[("count", "12".into())]), "12 résultats");
    }

    #[test]
    fn codes_parse_by_primary_subtag() {
        assert_eq!(Locale::from_code("fr-CA"), Some(Locale::Fr));
        assert_eq!(Locale::from_code("EN"), Some(Locale::En));
        assert_eq!(Locale::from_code("de"), None);
        assert_eq!(Locale::from_code(""), None);
    }
}
