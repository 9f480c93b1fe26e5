//! Interface language.
//!
//! Policy: every string a reader sees goes through [`t`] (or [`t_args`]) with a key from the
//! Fluent files in `app/locales/<code>/*.ftl`; nothing user-visible is written inline in a
//! component. Adding a UN language is translation work: a new `.ftl` folder and one
//! [`Locale`] variant. The reader's choice lives in the `hub_lang` cookie; without it the
//! `Accept-Language` header decides; English is the fallback.

/// The query parameter an emailed link names its interface language with (an invitation
/// opens in the language its email was written in). Not `lang`, which filters lists and
/// search by the language of their content.
pub const LINK_LANGUAGE: &str = "ui_lang";

pub mod api;
mod components;
#[cfg(feature = "ssr")]
pub mod format;
mod negotiate;
#[cfg(feature = "ssr")]
pub mod overlay;

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
        // Arabic wraps every placeable (a number, a name, a date) in Unicode isolation marks,
        // so that Latin words and digits inside right-to-left text keep their order; the
        // left-to-right languages do without the invisible characters.
        customise: |bundle| {
            let rtl = bundle.locales.first().is_some_and(|lang| lang.language.as_str() == "ar");
            bundle.set_use_isolating(rtl);
            #[cfg(feature = "ssr")]
            bundle.set_formatter(number_formatter(bundle.locales.first().map(|lang| lang.language.as_str())));
        },
    };
}

/// The function that writes Fluent's numbers for the language with primary subtag `code`:
/// CLDR digits and grouping ("12 345" in French), on the server.
#[cfg(feature = "ssr")]
fn number_formatter<M>(code: Option<&str>) -> Option<fn(&FluentValue, &M) -> Option<String>> {
    fn write<const INDEX: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
        match value {
            FluentValue::Number(number) => Some(format::number(*Locale::ALL.get(INDEX)?, number.value)),
            _ => None,
        }
    }
    let locale = Locale::from_code(code?)?;
    let index = Locale::ALL.iter().position(|each| *each == locale)?;
    Some(match index {
        0 => write::<0, M>,
        1 => write::<1, M>,
        2 => write::<2, M>,
        3 => write::<3, M>,
        4 => write::<4, M>,
        _ => write::<5, M>,
    })
}

/// Arguments shown as the writer typed them even when they read as numbers (a value echoed
/// back in a form error, a year): never grouped like a count.
const VERBATIM_ARGS: [&str; 3] = ["value", "year", "token"];

/// An interface language the hub is translated into: the six official languages of the
/// United Nations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Locale {
    /// Arabic, written right to left.
    Ar,
    /// Chinese, in simplified characters.
    Zh,
    /// English, the fallback.
    #[default]
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Spanish.
    Es,
}

impl Locale {
    /// Every available interface language, in the order the switcher lists them: the
    /// United Nations' order (English alphabetical order of the languages' names).
    pub const ALL: [Locale; 6] = [Locale::Ar, Locale::Zh, Locale::En, Locale::Fr, Locale::Ru, Locale::Es];

    /// Short code, as used in the cookie, the catalogue folders, the content overlays and the
    /// stored language of an account or a registration.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Ru => "ru",
            Locale::Es => "es",
        }
    }

    /// BCP 47 tag for `lang` attributes and `xml:lang`: the code, except Chinese, which
    /// names its script (`zh-Hans`) so that browsers and screen readers pick simplified
    /// glyphs and voices whatever the reader's region.
    pub fn lang_tag(self) -> &'static str {
        match self {
            Locale::Zh => "zh-Hans",
            other => other.code(),
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Ar => "العربية",
            Locale::Zh => "中文",
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Ru => "Русский",
            Locale::Es => "Español",
        }
    }

    /// Writing direction of the language, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Locale::Ar
    }

    /// Parses a code such as `fr`, `fr-CA` or `zh-Hans-CN`; only the primary subtag counts,
    /// so every Chinese variant (`zh-TW`, `zh-Hant`) gets the simplified interface, the only
    /// Chinese one there is, and better for those readers than an English one.
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.split(['-', '_']).next().unwrap_or_default().trim();
        Locale::ALL.into_iter().find(|locale| locale.code().eq_ignore_ascii_case(primary))
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Locale::Ar => langid!("ar"),
            Locale::Zh => langid!("zh"),
            Locale::En => langid!("en"),
            Locale::Fr => langid!("fr"),
            Locale::Ru => langid!("ru"),
            Locale::Es => langid!("es"),
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
                    Ok(number) if !value.is_empty() && !VERBATIM_ARGS.contains(name) => {
                        FluentValue::from(number)
                    }
                    _ => FluentValue::from(value.clone()),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES.lookup_with_args(&self.langid(), key, &args)
    }
}

/// The writing direction of text in language `lang` (a BCP 47 tag), for the `dir` of user
/// content: `rtl` for the right-to-left scripts' languages, `auto` (the browser decides from
/// the first strong letter) when the language is unknown, else `ltr`.
pub fn text_dir(lang: &str) -> &'static str {
    const RTL: [&str; 10] = ["ar", "he", "fa", "ur", "ps", "sd", "yi", "dv", "ug", "ckb"];
    let primary = lang.split(['-', '_']).next().unwrap_or_default().trim().to_ascii_lowercase();
    if primary.is_empty() || primary == "und" {
        "auto"
    } else if RTL.contains(&primary.as_str()) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The `Set-Cookie` value that remembers `locale` as the reader's language for a year.
pub fn language_cookie(locale: Locale) -> String {
    format!("{COOKIE_NAME}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly", locale.code())
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
    fn user_text_gets_the_direction_of_its_language() {
        assert_eq!(text_dir("ar"), "rtl");
        assert_eq!(text_dir("fa-IR"), "rtl");
        assert_eq!(text_dir("zh-Hans"), "ltr");
        assert_eq!(text_dir("und"), "auto");
        assert_eq!(text_dir(""), "auto");
    }

    #[test]
    fn codes_parse_by_primary_subtag() {
        assert_eq!(Locale::from_code("fr-CA"), Some(Locale::Fr));
        assert_eq!(Locale::from_code("EN"), Some(Locale::En));
        assert_eq!(Locale::from_code("de"), None);
        assert_eq!(Locale::from_code("zh-TW"), Some(Locale::Zh));
        assert_eq!(Locale::from_code("zh-Hans-CN"), Some(Locale::Zh));
        assert_eq!(Locale::from_code("ar-EG"), Some(Locale::Ar));
        assert_eq!(Locale::from_code(""), None);
    }
}
