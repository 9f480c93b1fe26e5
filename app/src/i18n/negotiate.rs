//! Choosing the interface language of a request.

use super::Locale;

/// Name of the cookie that remembers the reader's choice.
pub const COOKIE_NAME: &str = "hub_lang";

/// Picks the language for a request: the `hub_lang` cookie if it names a known language,
/// else the first known language of `Accept-Language`, else English.
pub fn negotiate(cookie_header: Option<&str>, accept_language: Option<&str>) -> Locale {
    let from_cookie = cookie_header.and_then(|header| {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == COOKIE_NAME)
            .and_then(|(_, value)| Locale::from_code(value.trim_matches('"')))
    });
    from_cookie
        .or_else(|| {
            accept_language.and_then(|header| {
                fluent_langneg::accepted_languages::parse(header)
                    .iter()
                    .find_map(|lang| Locale::from_code(lang.language.as_str()))
            })
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_wins_over_header() {
        let locale = negotiate(Some("a=b; hub_lang=fr"), Some("en-GB,en;q=0.9"));
        assert_eq!(locale, Locale::Fr);
    }

    #[test]
    fn header_is_used_without_cookie() {
        assert_eq!(negotiate(None, Some("fr-CH, fr;q=0.9, en;q=0.8")), Locale::Fr);
        assert_eq!(negotiate(Some("other=1"), Some("de-DE,fr;q=0.5")), Locale::Fr);
    }

    #[test]
    fn unknown_or_garbage_falls_back_to_english() {
        assert_eq!(negotiate(Some("hub_lang=xx"), Some("de, ja")), Locale::En);
        assert_eq!(negotiate(Some(";;=;"), Some(",,;q=")), Locale::En);
        assert_eq!(negotiate(None, None), Locale::En);
    }
}
