//! `/events/organise/{slug}` (the organiser's page: registrations and their decisions, the
//! CSV export, cancelling or postponing, the outcome record) and `/events/registration`
//! (a registrant's own registration, reached through the link in their email).

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{MyRegistration, OrganiserView, get_my_registration, organise_event};
use super::pages::EventNotice;
use crate::components::{failure, format_date};
use crate::forms::{HubForm, TextArea, TextField};
use crate::i18n::{t, t_args};

/// `/events/organise/{slug}`.
#[component]
pub fn EventOrganisePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let view_data = Resource::new_blocking(slug, organise_event);
    view! {
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match view_data.await {
                    Ok(data) => view! { <OrganiseView data/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn OrganiseView(data: OrganiserView) -> impl IntoView {
    let OrganiserView { event, id: _, registrants, purged, outcome_form, can_cancel } = data;
    let title = t_args("event-organise-title", &[("title", event.title.clone())]);
    let csv = format!("{}/registrations.csv", crate::paths::event_organiser(&event.slug));
    let value = move |name: &str| outcome_form.get(name).cloned().unwrap_or_default();
    let table = if purged {
        view! { <p>{t("event-registrations-purged")}</p> }.into_any()
    } else if registrants.is_empty() {
        view! { <p>{t("event-registrations-none")}</p> }.into_any()
    } else {
        view! {
            <p><a href=csv>{t("event-registrations-csv")}</a></p>
            <table class="world-table registrants">
                <caption class="visually-hidden">{t("event-registrations")}</caption>
                <thead><tr>
                    <th scope="col">{t("field-name")}</th>
                    <th scope="col">{t("field-email")}</th>
                    <th scope="col">{t("event-registration-status")}</th>
                    <th scope="col">{t("event-registration-when")}</th>
                    <th scope="col">{t("event-registration-decision")}</th>
                </tr></thead>
                <tbody>
                    {registrants.into_iter().map(|person| {
                        let decide = matches!(person.status.as_str(), "pending" | "waitlisted" | "accepted").then(|| {
                            let accept = (person.status != "accepted").then(|| view! {
                                <button type="submit" class="button button-secondary" name="action" value="accept">{t("event-accept")}</button>
                            });
                            let label = t_args("event-decide-for", &[("name", person.name.clone())]);
                            view! {
                                <HubForm name="decide" class="inline-form">
                                    <input type="hidden" name="id" value=person.id.to_string()/>
                                    <div class="button-row" role="group" aria-label=label>
                                        {accept}
                                        <button type="submit" class="button button-secondary" name="action" value="decline">{t("event-decline")}</button>
                                    </div>
                                </HubForm>
                            }
                        });
                        let date = person.when.get(..10).unwrap_or_default().to_owned();
                        view! {
                            <tr>
                                <td>{person.name}</td>
                                <td>{person.email}</td>
                                <td>{t(&format!("event-registration-{}", person.status))}</td>
                                <td><time datetime=person.when.clone()>{format_date(&date)}</time></td>
                                <td>{decide}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    let schedule = can_cancel.then(|| {
        view! {
            <section aria-labelledby="event-schedule-title">
                <h2 id="event-schedule-title">{t("event-schedule-title")}</h2>
                <p>{t("event-schedule-hint")}</p>
                <HubForm name="schedule">
                    <div class="button-row">
                        <button type="submit" class="button button-secondary" name="change" value="postponed">{t("event-postpone")}</button>
                        <button type="submit" class="button button-secondary" name="change" value="cancelled">{t("event-cancel")}</button>
                    </div>
                </HubForm>
            </section>
        }
    });
    view! {
        <Title text=title.clone()/>
        <header class="page-header">
            <p class="eyebrow"><a href=crate::paths::event(&event.slug)>{event.title.clone()}</a></p>
            <h1>{title}</h1>
            <EventNotice/>
        </header>
        <section aria-labelledby="event-registrations-title">
            <h2 id="event-registrations-title">{t("event-registrations")}</h2>
            {table}
        </section>
        {schedule}
        <section aria-labelledby="event-outcome-title">
            <h2 id="event-outcome-title">{t("event-outcome")}</h2>
            <p>{t("event-outcome-hint")}</p>
            <HubForm name="outcome" class="post-form">
                <TextArea name="key_issues" label=t("field-key-issues") hint=t("event-hint-one-a-line") value=value("key_issues") rows=5/>
                <TextArea name="outcomes" label=t("field-outcomes") hint=t("event-hint-one-a-line") value=value("outcomes") rows=4/>
                <TextArea name="plan" label=t("field-plan") hint=t("event-hint-plan") value=value("plan") rows=4/>
                <TextArea name="recordings" label=t("field-recordings") hint=t("event-hint-links") value=value("recordings") rows=2/>
                <TextArea name="slides" label=t("field-slides") hint=t("event-hint-links") value=value("slides") rows=2/>
                <TextField name="attendance" label=t("field-attendance") kind="number" value=value("attendance")/>
                <TextArea name="attending" label=t("field-attending") hint=t("event-hint-one-a-line") value=value("attending") rows=3/>
                <div class="button-row">
                    <button type="submit" class="button">{t("event-outcome-save")}</button>
                </div>
            </HubForm>
        </section>
    }
}

/// `/events/registration?token=…`: a registration as its holder sees it, with the online
/// room when they have a place, their calendar, and the button that cancels it.
#[component]
pub fn RegistrationPage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let data = Resource::new_blocking(token, get_my_registration);
    view! {
        <Meta name="robots" content="noindex"/>
        <Meta name="referrer" content="no-referrer"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <RegistrationView data token=token()/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RegistrationView(data: MyRegistration, token: String) -> impl IntoView {
    let MyRegistration { event, name, status, online_url } = data;
    let title = t("event-my-registration");
    let calendar = {
        let query = form_urlencoded::Serializer::new(String::new()).append_pair("token", &token).finish();
        format!("/events/registration.ics?{query}")
    };
    let active = !matches!(status.as_str(), "cancelled" | "declined");
    let online = online_url.map(|url| {
        view! { <p>{t("event-online-room")}" "<a href=url.clone() rel="noreferrer">{url.clone()}</a></p> }
    });
    let cancel = (active && !event.past).then(|| {
        view! {
            <HubForm name="cancel">
                <input type="hidden" name="token" value=token.clone()/>
                <div class="button-row">
                    <button type="submit" class="button button-secondary">{t("event-cancel-registration")}</button>
                </div>
            </HubForm>
        }
    });
    view! {
        <Title text=title.clone()/>
        <header class="page-header">
            <p class="eyebrow"><a href=crate::paths::event(&event.slug)>{event.title.clone()}</a></p>
            <h1>{title}</h1>
            <EventNotice/>
        </header>
        <p>{t_args("event-registration-holder", &[("name", name)])}</p>
        <p>{t(&format!("event-registration-is-{status}"))}</p>
        {online}
        {active.then(|| view! { <p><a class="button button-secondary" href=calendar>{t("event-add-to-calendar")}</a></p> })}
        {cancel}
    }
}
