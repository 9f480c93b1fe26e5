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
    let back = format!("{}{}", location.pathname.get_untracked(), location.search.get_untracked());
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
