//! The frame around every page: skip link, header with navigation and language switch,
//! main landmark, footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::auth::api::current_user;
use crate::i18n::{LanguageSwitchForm, t};
use crate::search::SearchBox;

/// Where the "About" link points.
const ABOUT_PATH: &str = "/articles/welcome-to-the-coalition-hub";

/// Sign-in link for the public; account link and sign-out button for members.
#[component]
fn AccountLinks() -> impl IntoView {
    match current_user() {
        None => view! { <a class="account-link" href="/sign-in">{t("nav-sign-in")}</a> }.into_any(),
        Some(user) => view! {
            <div class="account-links">
                <a class="account-link" href="/account/posts">{t("nav-my-posts")}</a>
                <a class="account-link" href="/account/cases">{t("case-my-cases")}</a>
                {user.has(crate::auth::Role::Editor).then(|| view! { <a class="account-link" href="/editor">{t("nav-editor")}</a> })}
                <a class="account-link" href="/account" title=t("nav-account")><bdi translate="no">{user.name}</bdi></a>
                <form method="post" action="/sign-out" class="sign-out">
                    <input type="hidden" name="_form" value="sign-out"/>
                    <button type="submit" class="link-button">{t("nav-sign-out")}</button>
                </form>
            </div>
        }
        .into_any(),
    }
}

/// Wraps a page's content in the site's landmarks.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let current = move |href: &str| if path == href { Some("page") } else { None };
    view! {
        <a class="skip-link" href="#hub-main">{t("skip-to-content")}</a>
        <header class="site-header" id="hub-header">
            <div class="container header-inner">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    {t("site-name")}
                </a>
                <nav class="site-nav" aria-label=t("nav-label")>
                    <ul role="list">
                        <li><a href="/" aria-current=current("/")>{t("nav-home")}</a></li>
                        <li><a href="/blog" aria-current=current("/blog")>{t("nav-blog")}</a></li>
                        <li><a href="/cases" aria-current=current("/cases")>{t("nav-cases")}</a></li>
                        <li><a href="/events" aria-current=current("/events")>{t("nav-events")}</a></li>
                        <li><a href="/pledges" aria-current=current("/pledges")>{t("nav-pledges")}</a></li>
                        <li><a href="/groups" aria-current=current("/groups")>{t("nav-groups")}</a></li>
                        <li><a href="/assessment" aria-current=current("/assessment")>{t("nav-assessment")}</a></li>
                        <li><a href=ABOUT_PATH aria-current=current(ABOUT_PATH)>{t("nav-about")}</a></li>
                        <li><a href="/members" aria-current=current("/members")>{t("nav-members")}</a></li>
                    </ul>
                </nav>
                <AccountLinks/>
                <SearchBox/>
                <LanguageSwitchForm/>
            </div>
        </header>
        <main id="hub-main" class="container" tabindex="-1">{children()}</main>
        <footer class="site-footer" id="hub-footer">
            <div class="container">
                <p>{t("footer-about")}</p>
            </div>
        </footer>
    }
}
