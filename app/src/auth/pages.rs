//! The account pages: sign in, forgotten password, reset, invitation, account.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::api::{
    AccountDetail, SessionSummary, check_reset_token, current_user, get_account, get_invitation,
};
use crate::components::ErrorPage;
use crate::error::AppError;
use crate::forms::{Checkbox, HubForm, Notice, TextField};
use crate::i18n::{t, t_args};

/// `/sign-in`.
#[component]
pub fn SignInPage() -> impl IntoView {
    let signed_in = current_user().map(|user| {
        view! { <p class="notice" role="status">{t_args("sign-in-already", &[("name", user.name)])}" "<a href="/account">{t("nav-account")}</a></p> }
    });
    view! {
        <Title text=t("sign-in-title")/>
        <div class="narrow">
            <h1>{t("sign-in-title")}</h1>
            <Notice/>
            {signed_in}
            <HubForm name="sign-in">
                <TextField name="email" label=t("field-email") kind="email" autocomplete="username" required=true/>
                <TextField name="password" label=t("field-password") kind="password" autocomplete="current-password" required=true/>
                <button type="submit" class="button">{t("sign-in-submit")}</button>
            </HubForm>
            <p><a href="/forgot-password">{t("sign-in-forgot")}</a></p>
            <p>{t("sign-in-no-account")}" "<a href="/join">{t("nav-join")}</a></p>
        </div>
    }
}

/// `/forgot-password`: asks for a reset link.
#[component]
pub fn ResetRequestPage() -> impl IntoView {
    view! {
        <Title text=t("forgot-title")/>
        <div class="narrow">
            <h1>{t("forgot-title")}</h1>
            <Notice/>
            <p>{t("forgot-lead")}</p>
            <HubForm name="forgot">
                <TextField name="email" label=t("field-email") kind="email" autocomplete="email" required=true/>
                <button type="submit" class="button">{t("forgot-submit")}</button>
            </HubForm>
        </div>
    }
}

/// Explains a link that no longer works, with the way forward.
#[component]
fn DeadLink(message: String, again_href: &'static str, again_key: &'static str) -> impl IntoView {
    view! {
        <div class="error-summary" role="alert">
            <p>{message}</p>
            <p><a href=again_href>{t(again_key)}</a></p>
        </div>
    }
}

fn link_problem(error: &AppError) -> Option<String> {
    match error {
        AppError::Invalid { field, message } if field == "token" => Some(t(message)),
        _ => None,
    }
}

/// `/reset-password?token=…`: sets a new password.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let query = use_query_map();
    let token = query.read_untracked().get("token").unwrap_or_default();
    let check = Resource::new_blocking(move || token.clone(), check_reset_token);
    view! {
        <Title text=t("reset-title")/>
        <div class="narrow">
            <h1>{t("reset-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match check.await {
                        Ok(()) => view! {
                            <HubForm name="reset">
                                <TextField name="password" label=t("field-new-password") kind="password" autocomplete="new-password" required=true hint=t("password-hint")/>
                                <button type="submit" class="button">{t("reset-submit")}</button>
                            </HubForm>
                        }.into_any(),
                        Err(error) => match link_problem(&error) {
                            Some(message) => view! { <DeadLink message again_href="/forgot-password" again_key="reset-again"/> }.into_any(),
                            None => view! { <ErrorPage error/> }.into_any(),
                        },
                    }
                })}
            </Suspense>
        </div>
    }
}

/// `/invitation?token=…`: accepts an invitation by choosing a name and a password.
#[component]
pub fn InvitationPage() -> impl IntoView {
    let query = use_query_map();
    let token = query.read_untracked().get("token").unwrap_or_default();
    let invitation = Resource::new_blocking(move || token.clone(), get_invitation);
    view! {
        <Title text=t("invitation-title")/>
        <div class="narrow">
            <h1>{t("invitation-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match invitation.await {
                        Ok(invitation) => {
                            let lead = match invitation.organisation {
                                Some(organisation) => t_args("invitation-lead-org", &[("email", invitation.email.clone()), ("organisation", organisation), ("role", t(invitation.role.label_key()))]),
                                None => t_args("invitation-lead", &[("email", invitation.email.clone()), ("role", t(invitation.role.label_key()))]),
                            };
                            view! {
                                <p>{lead}</p>
                                <HubForm name="invitation">
                                    <TextField name="name" label=t("field-name") autocomplete="name" required=true maxlength=120/>
                                    <TextField name="password" label=t("field-new-password") kind="password" autocomplete="new-password" required=true hint=t("password-hint")/>
                                    <button type="submit" class="button">{t("invitation-submit")}</button>
                                </HubForm>
                            }.into_any()
                        }
                        Err(error) => match link_problem(&error) {
                            Some(message) => view! { <DeadLink message again_href="/join" again_key="invitation-again"/> }.into_any(),
                            None => view! { <ErrorPage error/> }.into_any(),
                        },
                    }
                })}
            </Suspense>
        </div>
    }
}

/// `/account`: profile, password and open sessions of the signed-in person.
#[component]
pub fn AccountPage() -> impl IntoView {
    let account = Resource::new_blocking(|| (), |()| get_account());
    view! {
        <Title text=t("account-title")/>
        <h1>{t("account-title")}</h1>
        <Notice/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match account.await {
                    Ok(account) => view! { <AccountView account/> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        crate::response::set_status(401);
                        view! {
                            <p>{t("account-sign-in")}" "<a href="/sign-in?next=/account">{t("nav-sign-in")}</a></p>
                        }.into_any()
                    }
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AccountView(account: AccountDetail) -> impl IntoView {
    let organisation = account.organisation.map(|(name, slug)| {
        view! { <a href=crate::paths::member(&slug)>{name}</a> }
    });
    let is_admin = account.role == super::Role::Admin;
    view! {
        <dl class="facts">
            <dt>{t("field-email")}</dt><dd translate="no">{account.email}</dd>
            <dt>{t("account-role")}</dt><dd>{t(account.role.label_key())}</dd>
            <dt>{t("account-organisation")}</dt><dd>{organisation.map_or_else(|| t("account-no-organisation").into_any(), IntoAny::into_any)}</dd>
        </dl>
        {is_admin.then(|| view! { <p><a class="button" href="/admin">{t("nav-admin")}</a></p> })}
        <section aria-labelledby="profile-title">
            <h2 id="profile-title">{t("account-profile")}</h2>
            <HubForm name="profile">
                <TextField name="name" label=t("field-name") autocomplete="name" required=true value=account.name maxlength=120/>
                <TextField name="job_title" label=t("field-job-title") autocomplete="organization-title" value=account.job_title maxlength=120/>
                <Checkbox name="listed" label=t("field-listed") checked=account.listed/>
                <button type="submit" class="button">{t("save")}</button>
            </HubForm>
        </section>
        <section aria-labelledby="password-title">
            <h2 id="password-title">{t("account-password")}</h2>
            <HubForm name="password">
                <TextField name="current_password" label=t("field-current-password") kind="password" autocomplete="current-password" required=true/>
                <TextField name="new_password" label=t("field-new-password") kind="password" autocomplete="new-password" required=true hint=t("password-hint")/>
                <button type="submit" class="button">{t("account-change-password")}</button>
            </HubForm>
        </section>
        <section aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t("account-sessions")}</h2>
            <ul class="session-list" role="list">
                {account.sessions.into_iter().map(|session| view! { <SessionItem session/> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn SessionItem(session: SessionSummary) -> impl IntoView {
    let browser =
        if session.user_agent.is_empty() { t("session-unknown-browser") } else { session.user_agent.clone() };
    let label = if session.current { t("session-sign-out") } else { t("session-revoke") };
    view! {
        <li class="session">
            <p class="session-browser">{browser}{session.current.then(|| view! { " " <strong>{t("session-current")}</strong> })}</p>
            <p class="session-meta">{t_args("session-meta", &[("address", session.client_address), ("created", session.created_at), ("seen", session.last_seen_at)])}</p>
            <HubForm name="revoke">
                <input type="hidden" name="session" value=session.reference/>
                <button type="submit" class="button button-secondary">{label}</button>
            </HubForm>
        </li>
    }
}
