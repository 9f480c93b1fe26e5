//! The language switch shown in the page header.

use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_router::hooks::use_location;

use super::{Locale, api::SetLocale, current_locale, t};

/// A small form with one button per other language. It posts to [`SetLocale`], so it works
/// with JavaScript off; the answer is a redirect back to the same page.
#[component]
pub fn LanguageSwitchForm() -> impl IntoView {
    let current = current_locale();
    let location = use_location();
    let back =
        format!("{}{}", location.pathname.get_untracked(), without_lang(&location.search.get_untracked()));
    let back = if back.is_empty() { "/".to_owned() } else { back };
    let action = SetLocale::url();
    view! {
        <form class="language-switch" method="post" action=action>
            <input type="hidden" name="back" value=back/>
            <span class="visually-hidden" id="language-switch-label">
                {t("language-switch-label")}
            </span>
            <ul role="list" aria-labelledby="language-switch-label">
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        let is_current = locale == current;
                        view! {
                            <li>
                                <button
                                    type="submit"
                                    name="lang"
                                    value=locale.code()
                                    lang=locale.lang_tag()
                                    dir=locale.dir()
                                    aria-pressed=if is_current { "true" } else { "false" }
                                >
                                    {locale.native_name()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </form>
    }
}

/// `search` (a query string, with or without its `?`) without the interface language an
/// emailed link named ([`super::LINK_LANGUAGE`]): the page a reader returns to after
/// choosing a language must not name another one. A `lang` filter on the content stays.
fn without_lang(search: &str) -> String {
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(super::LINK_LANGUAGE))
        .collect();
    if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) }
}

#[cfg(test)]
mod tests {
    use super::without_lang;

    #[test]
    fn the_way_back_drops_only_the_language() {
        assert_eq!(without_lang("?token=abc&ui_lang=ar"), "?token=abc");
        assert_eq!(without_lang("?ui_lang=zh"), "");
        assert_eq!(without_lang("?q=data&lang=fr&ui_lang=ar"), "?q=data&lang=fr", "a content filter stays");
        assert_eq!(without_lang("?language=x&q=ui_lang"), "?language=x&q=ui_lang");
        assert_eq!(without_lang(""), "");
    }
}
