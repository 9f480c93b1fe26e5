//! Route components of events: the list with its facets, an event page (times in the
//! event's zone and UTC, registration, the outcome record) and the events on an
//! organisation's page.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::api::{
    EventDetail, EventList, EventSummary, EventTimes, FacetGroup, Moment, NamedLink, OutcomeView,
    RegistrationState, get_event, list_events, organisation_events,
};
use crate::components::{ErrorPage, format_date, format_time};
use crate::forms::{HubForm, TextField, form_reply};
use crate::i18n::{t, t_args};
use crate::translations::VersionSet;
use crate::translations::components::{Versions, read_with_versions};

/// The notices of event pages, by their `?done=` code.
const NOTICES: &[&str] = &[
    "registration-accepted",
    "registration-waitlisted",
    "registration-pending",
    "registration-cancelled",
    "registration-decided",
    "outcome-saved",
    "event-schedule-changed",
    "event-submitted",
    "event-status-changed",
    "draft-saved",
];

/// The confirmation named by `?done=…`, for the event pages' own actions.
#[component]
pub fn EventNotice() -> impl IntoView {
    let query = use_query_map();
    let replying = !form_reply().form.is_empty();
    let done =
        query.read_untracked().get("done").filter(|done| !replying && NOTICES.contains(&done.as_str()));
    done.map(|done| view! { <p class="notice" role="status">{t(&format!("events-notice-{done}"))}</p> })
}

/// `<time>` of a moment: its date, and its time unless only dates are known.
fn time_tag(moment: &Moment, all_day: bool, utc: bool) -> impl IntoView + use<> {
    let text = if all_day {
        format_date(&moment.date)
    } else if utc {
        format!("{} {} UTC", format_date(&moment.date), format_time(&moment.time))
    } else {
        format!("{} {} {}", format_date(&moment.date), format_time(&moment.time), moment.zone)
    };
    let datetime = if all_day { moment.date.clone() } else { moment.datetime.clone() };
    view! { <time datetime=datetime>{text}</time> }
}

/// When an event is, in its zone (and in UTC when that differs).
#[component]
fn EventWhen(times: EventTimes, #[prop(optional)] full: bool) -> impl IntoView {
    let same_day = times.starts.date == times.ends.date;
    let local = if times.all_day && same_day {
        view! { {time_tag(&times.starts, true, false)} }.into_any()
    } else if times.all_day || !same_day {
        view! { {time_tag(&times.starts, times.all_day, false)}" – "{time_tag(&times.ends, times.all_day, false)} }.into_any()
    } else {
        let end = times.ends.time.clone();
        view! { {time_tag(&times.starts, false, false)}" – "<time datetime=times.ends.datetime.clone()>{end}</time> }.into_any()
    };
    let zone = (!times.all_day).then(|| format!(" ({})", times.time_zone));
    let utc = (full && !times.all_day && times.time_zone != "UTC").then(|| {
        view! {
            <span class="event-utc">{time_tag(&times.starts_utc, false, true)}" – "{time_tag(&times.ends_utc, false, true)}</span>
        }
    });
    // The page's loader script fills this in with the reader's own time; without it, it
    // stays hidden.
    let reader = (full && !times.all_day).then(|| {
        view! {
            <span
                class="event-reader-time"
                hidden
                data-reader-start=times.starts.datetime.clone()
                data-reader-end=times.ends.datetime.clone()
                data-reader-label=t("event-your-time")
            ></span>
        }
    });
    view! { <span class="event-when">{local}{zone}{utc}{reader}</span> }
}

fn status_badge(summary: &EventSummary) -> Option<impl IntoView + use<>> {
    (summary.schedule != "scheduled")
        .then(|| view! { <span class=format!("badge badge-{}", summary.schedule)>{t(&format!("event-schedule-{}", summary.schedule))}</span> })
}

/// An event in a list.
#[component]
fn EventCard(event: EventSummary) -> impl IntoView {
    let href = crate::paths::event(&event.slug);
    let meta: Vec<String> = [event.kind_name.clone(), event.format_name.clone(), event.venue.clone()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let badge = status_badge(&event);
    view! {
        // The event's own words carry its language; the labels stay in the page's.
        <article class="card event-card">
            <h3 class="card-title" dir=crate::i18n::text_dir(&event.lang) lang=event.lang.clone()><a href=href>{event.title.clone()}</a></h3>
            <p class="card-meta"><EventWhen times=event.times.clone()/>" "{badge}</p>
            <p class="card-meta">{meta.join(" · ")}</p>
            <p class="card-summary" dir=crate::i18n::text_dir(&event.lang) lang=event.lang.clone()>{event.summary.clone()}</p>
        </article>
    }
}

fn event_list(events: Vec<EventSummary>) -> impl IntoView {
    view! {
        <ul class="card-list" role="list">
            {events.into_iter().map(|event| view! { <li><EventCard event/></li> }).collect_view()}
        </ul>
    }
}

#[component]
fn EventFacets(facets: Vec<FacetGroup>) -> impl IntoView {
    (!facets.is_empty()).then(|| {
        view! {
            <aside class="facets" aria-label=t("events-facets")>
                {facets.into_iter().map(|group| view! {
                    <section class="facet">
                        <h2 class="facet-title">{group.name}</h2>
                        <ul role="list">
                            {group.values.into_iter().map(|value| {
                                let on = value.selected;
                                // A language is named in itself, so marked with its own language.
                                let own = (group.key == "lang" && crate::i18n::Locale::from_code(&value.code).is_some())
                                    .then(|| value.code.clone());
                                let dir = own.as_deref().map(crate::i18n::text_dir);
                                view! {
                                    <li>
                                        <a href=value.href class:facet-on=on aria-current=on.then_some("true")>
                                            <span lang=own dir=dir>{value.name}</span>
                                            <span class="facet-count">{crate::components::format_count(value.count)}</span>
                                            {on.then(|| view! { <span class="visually-hidden">{t("search-filter-on")}</span> })}
                                        </a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }).collect_view()}
            </aside>
        }
    })
}

/// `/events`: upcoming and past events, narrowed by facets with live counts; the calendar
/// of the same selection and the feed.
#[component]
pub fn EventsPage() -> impl IntoView {
    let query = use_location().search.get_untracked();
    let list = Resource::new_blocking(move || query.clone(), list_events);
    view! {
        <Title text=t("events-title")/>
        <Meta name="description" content=t("events-lead")/>
        <Link rel="alternate" type_="application/atom+xml" href="/events/feed.xml" title=t("events-feed")/>
        <h1>{t("events-title")}</h1>
        <p class="lead">{t("events-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! { <EventsView list/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EventsView(list: EventList) -> impl IntoView {
    let EventList { upcoming, past, facets, query } = list;
    let calendar = if query.is_empty() { "/events.ics".to_owned() } else { format!("/events.ics?{query}") };
    let upcoming_view = if upcoming.is_empty() {
        view! { <p>{t("events-none-upcoming")}</p> }.into_any()
    } else {
        event_list(upcoming).into_any()
    };
    let past_view = (!past.is_empty()).then(|| {
        view! {
            <section aria-labelledby="events-past">
                <h2 id="events-past">{t("events-past")}</h2>
                {event_list(past)}
            </section>
        }
    });
    view! {
        <p class="cases-links">
            <a href=calendar>{t("events-calendar")}</a>
            " · "
            <a href="/events/feed.xml">{t("events-feed")}</a>
            " · "
            <a href="/events/propose">{t("events-propose")}</a>
        </p>
        <div class="search-layout">
            <div class="search-hits">
                <section aria-labelledby="events-upcoming">
                    <h2 id="events-upcoming">{t("events-upcoming")}</h2>
                    {upcoming_view}
                </section>
                {past_view}
            </div>
            <EventFacets facets/>
        </div>
    }
}

/// `/events/{slug}`: one event, or a 404 page.
#[component]
pub fn EventPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    // The event and its versions in one resource (see `Versions`).
    let event =
        Resource::new_blocking(slug, |slug| read_with_versions("event", get_event(slug), |item| item.id));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match event.await {
                    Ok((event, versions)) => view! { <EventView event versions/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn named_links(items: Vec<NamedLink>) -> impl IntoView {
    view! {
        <ul class="plain-list" role="list">
            {items.into_iter().map(|item| match item.href {
                Some(href) => view! { <li><a href=href>{item.name}</a></li> }.into_any(),
                None => view! { <li>{item.name}</li> }.into_any(),
            }).collect_view()}
        </ul>
    }
}

fn plain_list(items: Vec<String>) -> impl IntoView {
    view! { <ul class="plain-list" role="list">{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul> }
}

fn fact(label: &str, value: Option<AnyView>) -> Option<impl IntoView + use<>> {
    let label = t(label);
    value.map(|value| view! { <dt>{label}</dt><dd>{value}</dd> })
}

/// Languages given as (code, name in itself), each marked with its own language.
fn language_list(languages: Vec<(String, String)>) -> impl IntoView {
    let count = languages.len();
    languages
        .into_iter()
        .enumerate()
        .map(|(at, (code, name))| {
            let dir = crate::i18n::text_dir(&code);
            view! { <span lang=code dir=dir>{name}</span>{(at + 1 < count).then_some(", ")} }
        })
        .collect_view()
}

#[component]
fn EventView(event: EventDetail, versions: Option<VersionSet>) -> impl IntoView {
    let EventDetail {
        summary,
        address,
        online,
        languages,
        interpretation,
        organisers,
        moderators,
        speakers,
        agenda_html,
        links,
        tags,
        registration,
        outcome,
        json_ld,
        can_organise,
        id,
    } = event;
    let lang = summary.lang.clone();
    let place = {
        let parts: Vec<String> =
            [summary.venue.clone(), address].into_iter().filter(|s| !s.is_empty()).collect();
        (!parts.is_empty()).then(|| parts.join(", ").into_any())
    };
    let text = |value: String| (!value.is_empty()).then(|| value.into_any());
    let list = |items: Vec<String>| (!items.is_empty()).then(|| plain_list(items).into_any());
    let calendar = format!("{}.ics", crate::paths::event(&summary.slug));
    let organise = can_organise.then(|| {
        view! {
            <p class="event-organise">
                <a href=crate::paths::event_organiser(&summary.slug)>{t("event-organise-link")}</a>
                " · "
                <a href=crate::paths::event_draft(id)>{t("event-edit-link")}</a>
            </p>
        }
    });
    let badge = status_badge(&summary);
    let facts = view! {
        <aside class="case-facts" aria-labelledby="event-facts-title">
            <h2 id="event-facts-title">{t("event-facts")}</h2>
            <dl class="facts">
                {fact("event-fact-when", Some(view! { <EventWhen times=summary.times.clone() full=true/> }.into_any()))}
                {fact("event-fact-kind", Some(summary.kind_name.clone().into_any()))}
                {fact("event-fact-format", text(summary.format_name.clone()))}
                {fact("event-fact-place", place)}
                {fact("event-fact-online", online.then(|| t("event-online-for-registrants").into_any()))}
                {fact("event-fact-languages", (!languages.is_empty()).then(|| language_list(languages).into_any()))}
                {fact("event-fact-interpretation", text(interpretation))}
                {fact("event-fact-organisers", (!organisers.is_empty()).then(|| named_links(organisers).into_any()))}
                {fact("event-fact-links", (!links.is_empty()).then(|| named_links(links).into_any()))}
            </dl>
            <p><a class="button button-secondary" href=calendar>{t("event-add-to-calendar")}</a></p>
        </aside>
    };
    let people = (!moderators.is_empty() || !speakers.is_empty()).then(|| {
        view! {
            <section aria-labelledby="event-people">
                <h2 id="event-people">{t("event-people")}</h2>
                {(!moderators.is_empty()).then(|| view! { <h3>{t("event-moderators")}</h3>{list(moderators.clone())}})}
                {(!speakers.is_empty()).then(|| view! { <h3>{t("event-speakers")}</h3>{list(speakers.clone())}})}
            </section>
        }
    });
    let agenda = (!agenda_html.is_empty()).then(|| {
        view! {
            <section aria-labelledby="event-agenda">
                <h2 id="event-agenda">{t("event-agenda")}</h2>
                <div class="prose" dir=crate::i18n::text_dir(&lang) lang=lang.clone() inner_html=agenda_html></div>
            </section>
        }
    });
    let topics = (!tags.is_empty()).then(|| {
        view! {
            <section aria-labelledby="event-tags">
                <h2 id="event-tags">{t("article-tags")}</h2>
                <ul class="tag-list" role="list">
                    {tags.into_iter().map(|tag| view! { <li><a class="tag" href=tag.href title=tag.facet_name>{tag.name}</a></li> }).collect_view()}
                </ul>
            </section>
        }
    });
    let outcome = outcome.map(|outcome| view! { <OutcomeSection outcome lang=lang.clone()/> });
    let registration = registration.map(|state| view! { <RegistrationSection state/> });
    view! {
        <Title text=summary.title.clone()/>
        <Meta name="description" content=summary.summary.clone()/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:title" content=summary.title.clone()/>
        <Meta property="og:description" content=summary.summary.clone()/>
        <Link rel="alternate" type_="text/calendar" href=format!("{}.ics", crate::paths::event(&summary.slug)) title=t("event-add-to-calendar")/>
        <article class="case event">
            <header class="article-header">
                <p class="eyebrow"><a href="/events">{t("events-title")}</a></p>
                <h1 dir=crate::i18n::text_dir(&lang) lang=lang.clone()>{summary.title.clone()}</h1>
                <p class="lead" dir=crate::i18n::text_dir(&lang) lang=lang.clone()>{summary.summary.clone()}</p>
                <Versions kind="event" set=versions/>
                {badge}
                <EventNotice/>
                {organise}
            </header>
            <div class="case-layout">
                <div class="case-sections">
                    {registration}
                    {outcome}
                    {people}
                    {agenda}
                    {topics}
                </div>
                {facts}
            </div>
            <script type="application/ld+json" inner_html=json_ld></script>
        </article>
    }
}

#[component]
fn OutcomeSection(outcome: OutcomeView, lang: String) -> impl IntoView {
    let OutcomeView { key_issues, outcomes, plan, recordings, slides, attendance, organisations } = outcome;
    let section = |key: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| view! { <h3>{t(key)}</h3>{plain_list(items)} })
    };
    let plan = (!plan.is_empty()).then(|| {
        view! {
            <h3>{t("event-outcome-plan")}</h3>
            <table class="world-table">
                <caption class="visually-hidden">{t("event-outcome-plan")}</caption>
                <thead><tr>
                    <th scope="col">{t("event-plan-action")}</th>
                    <th scope="col">{t("event-plan-owner")}</th>
                    <th scope="col">{t("event-plan-due")}</th>
                </tr></thead>
                <tbody>
                    {plan.into_iter().map(|item| {
                        let due = (!item.due.is_empty()).then(|| view! { <time datetime=item.due.clone()>{format_date(&item.due)}</time> });
                        view! { <tr><td>{item.action}</td><td>{item.owner}</td><td>{due}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
        }
    });
    let links = |key: &'static str, items: Vec<NamedLink>| {
        (!items.is_empty()).then(|| view! { <h3>{t(key)}</h3>{named_links(items)} })
    };
    let attendance = attendance
        .map(|count| view! { <p>{t_args("event-outcome-attendance", &[("count", count.to_string())])}</p> });
    view! {
        <section class="event-outcome" aria-labelledby="event-outcome" dir=crate::i18n::text_dir(&lang) lang=lang>
            <h2 id="event-outcome">{t("event-outcome")}</h2>
            {attendance}
            {section("event-outcome-key-issues", key_issues)}
            {section("event-outcome-outcomes", outcomes)}
            {plan}
            {links("event-outcome-recordings", recordings)}
            {links("event-outcome-slides", slides)}
            {(!organisations.is_empty()).then(|| view! { <h3>{t("event-outcome-organisations")}</h3>{named_links(organisations)} })}
        </section>
    }
}

#[component]
fn RegistrationSection(state: RegistrationState) -> impl IntoView {
    let places = match (state.capacity, state.places_left) {
        (Some(capacity), Some(left)) => {
            Some(t_args("event-places", &[("left", left.to_string()), ("capacity", capacity.to_string())]))
        }
        _ => None,
    };
    let full = state.places_left == Some(0);
    // A refused registration shows its form again, with the reason, whatever the state says.
    let replied = form_reply().form == "register";
    let body = if !state.open && !replied {
        view! { <p>{t("event-registration-closed")}</p> }.into_any()
    } else if full && !state.waitlist && !state.moderated && !replied {
        view! { <p>{t("event-registration-full")}</p> }.into_any()
    } else {
        let note = if state.moderated {
            Some(t("event-registration-moderated"))
        } else if full {
            Some(t("event-registration-waitlist"))
        } else {
            None
        };
        view! {
            {note.map(|note| view! { <p>{note}</p> })}
            <HubForm name="register" action="#register">
                <TextField name="name" label=t("field-name") required=true autocomplete="name" maxlength=200/>
                <TextField name="email" label=t("field-email") kind="email" required=true autocomplete="email" maxlength=254/>
                <p class="field-hint">{t("event-registration-privacy")}</p>
                <div class="button-row">
                    <button type="submit" class="button">{t("event-register")}</button>
                </div>
            </HubForm>
        }
        .into_any()
    };
    view! {
        <section class="event-registration" id="register" aria-labelledby="event-register-title">
            <h2 id="event-register-title">{t("event-registration")}</h2>
            {places.map(|places| view! { <p>{places}</p> })}
            {body}
        </section>
    }
}

/// The events an organisation organised or attended, for its page (nothing when none).
#[component]
pub fn OrganisationEvents(name: String) -> impl IntoView {
    let events = Resource::new_blocking(move || name.clone(), organisation_events);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match events.await {
                    Ok(list) if !list.is_empty() => Some(view! {
                        <section aria-labelledby="organisation-events">
                            <h2 id="organisation-events">{t("events-of-organisation")}</h2>
                            <ul class="plain-list" role="list">
                                {list.into_iter().map(|event| {
                                    let outcome = event.has_outcome.then(|| view! { " · "{t("event-outcome")} });
                                    view! {
                                        <li>
                                            <a href=event.href>{event.title}</a>
                                            " · "<time datetime=event.date.clone()>{format_date(&event.date)}</time>
                                            {outcome}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    }),
                    _ => None,
                }
            })}
        </Suspense>
    }
}
