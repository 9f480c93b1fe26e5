//! Public pages of the network: the member directory, an organisation's page, and the
//! request to join.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{
    Directory, FilterOption, OrganisationDetail, OrganisationSummary, StakeholderGroup, country_options,
    get_organisation, list_organisations,
};
use crate::components::ErrorPage;
use crate::forms::{HubForm, Notice, SelectField, TextArea, TextField};
use crate::i18n::{t, t_args};

/// The stakeholder groups as (code, label) choices.
pub(super) fn group_options() -> Vec<(String, String)> {
    StakeholderGroup::ALL.into_iter().map(|g| (g.code().to_owned(), t(&g.label_key()))).collect()
}

/// `/members`: organisations, filtered by stakeholder group, country and region.
#[component]
pub fn DirectoryPage() -> impl IntoView {
    let query = use_query_map();
    let filters = move || {
        let query = query.read();
        (
            query.get("group").unwrap_or_default(),
            query.get("country").unwrap_or_default(),
            query.get("region").unwrap_or_default(),
        )
    };
    let directory = Resource::new_blocking(filters, |(group, country, region)| {
        list_organisations(group, country, region)
    });
    view! {
        <Title text=t("members-title")/>
        <Meta name="description" content=t("members-lead")/>
        <div class="page-head">
            <h1>{t("members-title")}</h1>
            <p class="lead">{t("members-lead")}</p>
            <p><a class="button" href="/join">{t("nav-join")}</a></p>
        </div>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let (group, country, region) = filters();
                match directory.await {
                    Ok(directory) => view! { <DirectoryView directory group country region/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DirectoryView(directory: Directory, group: String, country: String, region: String) -> impl IntoView {
    let count = t_args("members-count", &[("count", directory.organisations.len().to_string())]);
    let empty = directory.organisations.is_empty();
    view! {
        <div class="directory">
            <form class="directory-filters" method="get" action="/members" aria-label=t("members-filters")>
                <FilterSelect name="group" label=t("filter-group") options=directory.groups chosen=group/>
                <FilterSelect name="region" label=t("filter-region") options=directory.regions chosen=region/>
                <FilterSelect name="country" label=t("filter-country") options=directory.countries chosen=country/>
                <button type="submit" class="button">{t("filter-apply")}</button>
                " "<a href="/members">{t("filter-clear")}</a>
            </form>
            <div>
                <p role="status" class="result-count">{count}</p>
                {empty.then(|| view! { <p>{t("members-empty")}</p> })}
                <ul class="card-list org-list" role="list">
                    {directory.organisations.into_iter().map(|organisation| view! { <li><OrganisationCard organisation/></li> }).collect_view()}
                </ul>
            </div>
        </div>
    }
}

#[component]
fn FilterSelect(
    name: &'static str,
    label: String,
    options: Vec<FilterOption>,
    chosen: String,
) -> impl IntoView {
    let id = format!("filter-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="">{t("filter-any")}</option>
                {options
                    .into_iter()
                    .map(|option| {
                        let selected = option.value == chosen;
                        let text = format!("{} ({})", option.label, option.count);
                        view! { <option value=option.value selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The group and country line of an organisation.
fn org_meta(organisation: &OrganisationSummary) -> String {
    let group =
        StakeholderGroup::from_code(&organisation.group).map(|g| t(&g.label_key())).unwrap_or_default();
    match &organisation.country {
        Some((_, country)) => format!("{group} · {country}"),
        None => group,
    }
}

#[component]
fn OrganisationCard(organisation: OrganisationSummary) -> impl IntoView {
    let href = crate::paths::member(&organisation.slug);
    let meta = org_meta(&organisation);
    view! {
        <article class="card org-card">
            {organisation.logo_url.map(|src| view! { <img class="org-logo" src=src alt="" width="64" height="64" loading="lazy"/> })}
            <h2 class="card-title"><a href=href>{organisation.name}</a></h2>
            <p class="card-meta">{meta}</p>
            {(!organisation.description.is_empty()).then(|| view! { <p class="card-summary">{organisation.description}</p> })}
        </article>
    }
}

/// `/members/{slug}`: an organisation and its listed people.
#[component]
pub fn OrganisationPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let organisation = Resource::new_blocking(slug, get_organisation);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match organisation.await {
                    Ok(detail) => view! { <OrganisationView detail/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn OrganisationView(detail: OrganisationDetail) -> impl IntoView {
    let organisation = detail.summary;
    let meta = org_meta(&organisation);
    let alt = t_args("org-logo-alt", &[("name", organisation.name.clone())]);
    let is_admin = crate::auth::api::current_user().is_some_and(|user| user.has(crate::auth::Role::Admin));
    let edit = format!("/admin/organisations/{}", organisation.slug);
    let feed = format!("/members/{}/feed.xml", organisation.slug);
    let events_of = organisation.name.clone();
    view! {
        <Title text=organisation.name.clone()/>
        <leptos_meta::Link rel="alternate" type_="application/atom+xml" href=feed.clone() title=t("organisation-posts-feed")/>
        <Meta name="description" content=organisation.description.clone()/>
        <article class="organisation">
            <Notice/>
            <header class="org-head">
                {organisation.logo_url.map(|src| view! { <img class="org-logo-large" src=src alt=alt width="128" height="128"/> })}
                <div>
                    <h1>{organisation.name}</h1>
                    <p class="card-meta">{meta}</p>
                    {organisation.website.map(|href| { let text = href.clone(); view! { <p><a href=href rel="noopener nofollow">{text}</a></p> } })}
                </div>
            </header>
            {(!organisation.description.is_empty()).then(|| view! { <p class="lead">{organisation.description}</p> })}
            {is_admin.then(|| view! { <p><a class="button button-secondary" href=edit>{t("org-edit")}</a></p> })}
            <section aria-labelledby="people-title">
                <h2 id="people-title">{t("org-people")}</h2>
                {if detail.people.is_empty() {
                    view! { <p>{t("org-people-empty")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="people-list" role="list">
                            {detail.people.into_iter().map(|person| view! {
                                <li><strong>{person.name}</strong>{person.job_title.map(|title| view! { <span class="card-meta">" · "{title}</span> })}</li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            <section aria-labelledby="posts-title">
                <h2 id="posts-title">{t("organisation-posts")}</h2>
                {if detail.posts.is_empty() {
                    view! { <p>{t("blog-list-empty")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list" role="list">
                            {detail.posts.into_iter().map(|article| view! { <li><crate::blog::articles::ArticleCard article/></li> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <p><a class="feed-link" href=feed>{t("organisation-posts-feed")}</a></p>
            </section>
            <crate::events::OrganisationEvents name=events_of/>
        </article>
    }
}

/// `/join`: an organisation asks to join the coalition.
#[component]
pub fn JoinPage() -> impl IntoView {
    let countries = Resource::new_blocking(|| (), |()| country_options());
    view! {
        <Title text=t("join-title")/>
        <div class="narrow">
            <h1>{t("join-title")}</h1>
            <p class="lead">{t("join-lead")}</p>
            <Notice/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let countries = countries.await.unwrap_or_default();
                    view! {
                        <HubForm name="join">
                            <fieldset>
                                <legend>{t("join-organisation")}</legend>
                                <TextField name="organisation_name" label=t("field-organisation-name") autocomplete="organization" required=true maxlength=200/>
                                <SelectField name="group" label=t("field-group") options=group_options() required=true empty_label=t("choose")/>
                                <SelectField name="country" label=t("field-country") options=countries empty_label=t("choose")/>
                                <TextField name="website" label=t("field-website") kind="url" autocomplete="url" hint=t("website-hint")/>
                            </fieldset>
                            <fieldset>
                                <legend>{t("join-contact")}</legend>
                                <TextField name="contact_name" label=t("field-name") autocomplete="name" required=true maxlength=120/>
                                <TextField name="contact_email" label=t("field-email") kind="email" autocomplete="email" required=true/>
                            </fieldset>
                            <TextArea name="motivation" label=t("field-motivation") required=true hint=t("motivation-hint")/>
                            <button type="submit" class="button">{t("join-submit")}</button>
                        </HubForm>
                    }
                })}
            </Suspense>
        </div>
    }
}
