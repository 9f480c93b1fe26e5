//! Error pages: a real HTTP status, a plain explanation, a way on.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::error::AppError;
use crate::i18n::t;
use crate::response::set_status;

/// The page shown for any [`AppError`]; sets the response status to match.
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    set_status(error.status());
    view! {
        <Title text=t(error.title_key())/>
        <Meta name="robots" content="noindex"/>
        <section class="error-page" aria-labelledby="error-title">
            <h1 id="error-title">{t(error.title_key())}</h1>
            <p>{t(error.body_key())}</p>
            <p><a href="/">{t("error-go-home")}</a></p>
        </section>
    }
}

/// The page for an address that matches no route.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <ErrorPage error=AppError::NotFound/> }
}

/// An error of a page behind sign-in: an invitation to sign in for the public, the error
/// page otherwise.
pub fn failure(error: AppError) -> AnyView {
    if error == AppError::Unauthorized {
        crate::response::set_status(401);
        return view! {
            <Title text=t("write-sign-in-title")/>
            <div class="narrow">
                <h1>{t("write-sign-in-title")}</h1>
                <p>{t("account-sign-in")}" "<a href="/sign-in">{t("nav-sign-in")}</a></p>
            </div>
        }
        .into_any();
    }
    view! { <ErrorPage error/> }.into_any()
}
