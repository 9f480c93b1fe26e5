//! Admin pages: the overview, join requests, invitations, organisations, people and roles,
//! and the audit log. Each page's data comes from a server function that checks the admin
//! role; these pages only render what it allows.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::api::{
    JoinRequestSummary, PersonAdminSummary, StakeholderGroup, country_options, get_organisation_form,
    list_audit_events, list_join_requests, list_people, organisation_choices,
};
use super::pages::group_options;
use crate::auth::Role;
use crate::components::ErrorPage;
use crate::error::AppError;
use crate::forms::{HubForm, Notice, SelectField, TextArea, TextField};
use crate::i18n::{Locale, current_locale, t, t_args};

/// What a page shows when its data failed to load (the public is sent to sign in).
fn failure(error: AppError) -> AnyView {
    match error {
        AppError::Unauthorized => {
            crate::response::set_status(401);
            view! {
            <p>{t("account-sign-in")}" "<a href="/sign-in">{t("nav-sign-in")}</a></p>
            }
            .into_any()
        }
        error => view! { <ErrorPage error/> }.into_any(),
    }
}

fn role_options() -> Vec<(String, String)> {
    Role::ALL.into_iter().map(|role| (role.code().to_owned(), t(role.label_key()))).collect()
}

/// `/admin`: links to every admin page.
#[component]
pub fn AdminPage() -> impl IntoView {
    let allowed = crate::auth::api::current_user().map(|user| user.has(Role::Admin));
    view! {
        <Title text=t("admin-title")/>
        <h1>{t("admin-title")}</h1>
        {match allowed {
            None => failure(AppError::Unauthorized),
            Some(false) => failure(AppError::Forbidden),
            Some(true) => view! {
                <ul class="admin-links" role="list">
                    <li><a href="/admin/join-requests">{t("admin-join-requests")}</a></li>
                    <li><a href="/admin/invite">{t("admin-invite")}</a></li>
                    <li><a href="/admin/organisations/new">{t("admin-new-organisation")}</a></li>
                    <li><a href="/admin/people">{t("admin-people")}</a></li>
                    <li><a href="/admin/audit">{t("admin-audit")}</a></li>
                </ul>
            }.into_any(),
        }}
    }
}

/// `/admin/join-requests`: the queue, with accept and decline.
#[component]
pub fn JoinRequestsPage() -> impl IntoView {
    let requests = Resource::new_blocking(|| (), |()| list_join_requests());
    view! {
        <Title text=t("admin-join-requests")/>
        <h1>{t("admin-join-requests")}</h1>
        <Notice/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match requests.await {
                    Ok(requests) if requests.is_empty() => view! { <p>{t("join-requests-empty")}</p> }.into_any(),
                    Ok(requests) => view! {
                        <ul class="request-list" role="list">
                            {requests.into_iter().map(|request| view! { <li><JoinRequestCard request/></li> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn JoinRequestCard(request: JoinRequestSummary) -> impl IntoView {
    let group = StakeholderGroup::from_code(&request.group).map(|g| t(&g.label_key())).unwrap_or_default();
    let status = t(&format!("request-{}", request.status));
    let pending = request.status == "pending";
    let (id, decline_id) = (request.id.to_string(), request.id.to_string());
    let label = request.organisation_name.clone();
    view! {
        <article class="card request" aria-label=label>
            <h2 class="card-title">{request.organisation_name}</h2>
            <p class="card-meta">{group}{request.country.map(|c| format!(" · {c}"))}" · "{request.created_at}" · "<strong>{status}</strong></p>
            <p>{t_args("request-contact", &[("name", request.contact_name), ("email", request.contact_email)])}</p>
            {request.website.map(|href| { let text = href.clone(); view! { <p><a href=href rel="noopener nofollow">{text}</a></p> } })}
            <blockquote>{request.motivation}</blockquote>
            {request.decline_reason.map(|reason| view! { <p>{t_args("request-declined-because", &[("reason", reason)])}</p> })}
            {pending.then(move || view! {
                <div class="request-actions">
                    <HubForm name="accept">
                        <input type="hidden" name="request" value=id/>
                        <button type="submit" class="button">{t("request-accept")}</button>
                    </HubForm>
                    <HubForm name="decline" instance=decline_id.clone()>
                        <input type="hidden" name="request" value=decline_id/>
                        <TextArea name="reason" label=t("field-decline-reason") rows=2 required=true/>
                        <button type="submit" class="button button-secondary">{t("request-decline")}</button>
                    </HubForm>
                </div>
            })}
        </article>
    }
}

/// The languages an invitation can be written in, each named in itself.
fn invitation_languages() -> Vec<(String, String)> {
    Locale::ALL
        .into_iter()
        .map(|locale| (locale.code().to_owned(), locale.native_name().to_owned()))
        .collect()
}

/// `/admin/invite`: invites a person by email, in the language they read.
#[component]
pub fn InvitePage() -> impl IntoView {
    let choices = Resource::new_blocking(|| (), |()| organisation_choices());
    view! {
        <Title text=t("admin-invite")/>
        <div class="narrow">
            <h1>{t("admin-invite")}</h1>
            <Notice/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match choices.await {
                        Ok(organisations) => view! {
                            <HubForm name="invite">
                                <TextField name="email" label=t("field-email") kind="email" required=true/>
                                <SelectField name="organisation" label=t("field-organisation") options=organisations empty_label=t("account-no-organisation")/>
                                <SelectField name="role" label=t("field-role") options=role_options() required=true value="member"/>
                                <SelectField name="lang" label=t("field-invitation-lang") options=invitation_languages() required=true value=current_locale().code() languages=true/>
                                <button type="submit" class="button">{t("invite-submit")}</button>
                            </HubForm>
                        }.into_any(),
                        Err(error) => failure(error),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// `/admin/organisations/new` and `/admin/organisations/{slug}`: an organisation's form.
#[component]
pub fn OrganisationEditPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let data = Resource::new_blocking(slug, |slug| async move {
        let form = get_organisation_form(slug).await?;
        let countries = country_options().await?;
        Ok::<_, AppError>((form, countries))
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((form, countries)) => {
                        let title = if form.name.is_empty() { t("admin-new-organisation") } else { form.name.clone() };
                        view! {
                            <Title text=title.clone()/>
                            <div class="narrow">
                                <h1>{title}</h1>
                                <HubForm name="organisation" multipart=true>
                                    <TextField name="name" label=t("field-organisation-name") required=true value=form.name maxlength=200/>
                                    <SelectField name="group" label=t("field-group") options=group_options() required=true empty_label=t("choose") value=form.group/>
                                    <SelectField name="country" label=t("field-country") options=countries empty_label=t("choose") value=form.country/>
                                    <TextField name="website" label=t("field-website") kind="url" value=form.website hint=t("website-hint")/>
                                    <TextArea name="description" label=t("field-description") value=form.description/>
                                    {form.logo_url.map(|src| view! { <img class="org-logo-large" src=src alt=t("org-current-logo") width="128" height="128"/> })}
                                    <LogoField/>
                                    <button type="submit" class="button">{t("save")}</button>
                                </HubForm>
                            </div>
                        }.into_any()
                    }
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

/// The logo file input (its error comes back like any field's).
#[component]
fn LogoField() -> impl IntoView {
    let reply = crate::forms::form_reply();
    let error = reply.error("organisation", "logo");
    let invalid = error.is_some();
    view! {
        <div class="field" class:field-invalid=invalid>
            <label for="organisation-logo">{t("field-logo")}</label>
            <p class="field-hint" id="organisation-logo-hint">{t("logo-hint")}</p>
            {error.map(|error| view! { <p class="field-error" id="logo-error">{crate::forms::problem_text(&error)}</p> })}
            <input id="organisation-logo" name="logo" type="file" accept="image/png,image/jpeg,image/webp,image/gif" aria-describedby="organisation-logo-hint" aria-invalid=invalid.then_some("true")/>
        </div>
    }
}

/// `/admin/people`: everyone with an account, with their role and organisation.
#[component]
pub fn PeoplePage() -> impl IntoView {
    let data = Resource::new_blocking(
        || (),
        |()| async move {
            let people = list_people().await?;
            let organisations = organisation_choices().await?;
            Ok::<_, AppError>((people, organisations))
        },
    );
    view! {
        <Title text=t("admin-people")/>
        <h1>{t("admin-people")}</h1>
        <Notice/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((people, organisations)) => view! {
                        <ul class="people-admin" role="list">
                            {people.into_iter().map(|person| view! { <li><PersonRow person organisations=organisations.clone()/></li> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PersonRow(person: PersonAdminSummary, organisations: Vec<(String, String)>) -> impl IntoView {
    let organisation_id = organisations
        .iter()
        .find(|(_, name)| Some(name) == person.organisation.as_ref())
        .map(|(id, _)| id.clone())
        .unwrap_or_default();
    let heading = format!("person-{}", person.id);
    let labelled_by = heading.clone();
    view! {
        <article class="card person" aria-labelledby=labelled_by>
            <h2 class="card-title" id=heading translate="no">{person.name}</h2>
            <p class="card-meta"><bdi translate="no">{person.email}</bdi>" · "{t_args("person-sessions", &[("count", person.sessions.to_string())])}</p>
            <HubForm name="role" class="inline-form" instance=person.id.to_string()>
                <input type="hidden" name="account" value=person.id.to_string()/>
                <SelectField name="role" label=t("field-role") options=role_options() required=true value=person.role.code()/>
                <SelectField name="organisation" label=t("field-organisation") options=organisations empty_label=t("account-no-organisation") value=organisation_id/>
                <button type="submit" class="button button-secondary">{t("save")}</button>
            </HubForm>
        </article>
    }
}

/// `/admin/audit`: the newest privileged actions.
#[component]
pub fn AuditPage() -> impl IntoView {
    let events = Resource::new_blocking(|| (), |()| list_audit_events());
    view! {
        <Title text=t("admin-audit")/>
        <h1>{t("admin-audit")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match events.await {
                    Ok(events) => view! {
                        <div class="table-scroll">
                            <table class="audit">
                                <caption class="visually-hidden">{t("admin-audit")}</caption>
                                <thead><tr>
                                    <th scope="col">{t("audit-when")}</th>
                                    <th scope="col">{t("audit-who")}</th>
                                    <th scope="col">{t("audit-what")}</th>
                                    <th scope="col">{t("audit-target")}</th>
                                    <th scope="col">{t("audit-detail")}</th>
                                    <th scope="col">{t("audit-from")}</th>
                                </tr></thead>
                                <tbody>
                                    {events.into_iter().map(|event| view! {
                                        <tr>
                                            <td>{event.at}</td>
                                            <td>{event.actor.unwrap_or_else(|| t("audit-command-line"))}</td>
                                            <td><code>{event.action}</code></td>
                                            <td>{event.target}</td>
                                            <td>{event.detail}</td>
                                            <td>{event.client_address}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}
