//! Reading events: the list with its facets and counts, an event page, the pages of a
//! registrant and of an organiser, and an organisation's events.
//!
//! Policy: the list reads the published events (at most [`LIST_MAX`], the latest) and counts
//! facets over them: values of one facet are alternatives, different facets all apply, and
//! a facet's counts are taken over the events the other facets leave.

use std::collections::{BTreeMap, HashMap};

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use time::OffsetDateTime;

use super::{registration, when};
use crate::auth::{CurrentUser, Role};
use crate::db::entities::{event, event_registration};
use crate::editorial::Status;
use crate::error::{AppError, AppResult};
use crate::events::api::{
    EventDetail, EventList, EventSummary, EventTag, EventTimes, FacetGroup, FacetValue, Moment,
    MyRegistration, NamedLink, OrganisationEvent, OrganiserView, OutcomeView, PlanView, RegistrantRow,
    RegistrationState,
};
use crate::events::record::{EventRecord, Outcome};
use crate::i18n::Locale;
use crate::taxonomy;

/// Most events the list reads.
pub const LIST_MAX: u64 = 2_000;
/// The facets of the list, in the order the page shows them.
pub const FACETS: [&str; 11] =
    ["when", "kind", "format", "lang", "domain", "wsis", "sdg", "theme", "region", "country", "org"];
/// Most values a filter keeps.
const FILTER_MAX: usize = 40;

/// The record event `row` holds.
pub fn record_of(row: &event::Model) -> EventRecord {
    serde_json::from_value(row.record.clone()).unwrap_or_default()
}

fn moment(at: OffsetDateTime, zone: &str) -> Moment {
    let shown = when::show(at, zone);
    Moment { datetime: shown.datetime, date: shown.date, time: shown.time, zone: shown.abbreviation }
}

/// When event `row` takes place, in its zone and in UTC.
pub fn times(row: &event::Model) -> EventTimes {
    // An event known by its dates ends on the day before its exclusive end.
    let last = if row.all_day { row.ends_at - time::Duration::seconds(1) } else { row.ends_at };
    EventTimes {
        starts: moment(row.starts_at, &row.time_zone),
        ends: moment(last, &row.time_zone),
        starts_utc: moment(row.starts_at, "UTC"),
        ends_utc: moment(last, "UTC"),
        time_zone: row.time_zone.clone(),
        all_day: row.all_day,
    }
}

/// Event `row` as a list shows it.
pub fn summary(row: &event::Model, locale: Locale) -> EventSummary {
    EventSummary {
        slug: row.slug.clone(),
        title: row.title.clone(),
        summary: row.summary.clone(),
        lang: row.lang.clone(),
        kind: row.kind.clone(),
        kind_name: locale.text(&format!("event-kind-{}", row.kind)),
        format_name: if row.format.is_empty() {
            String::new()
        } else {
            locale.text(&format!("event-format-{}", row.format))
        },
        times: times(row),
        venue: row.venue.clone(),
        schedule: row.schedule.clone(),
        past: row.ends_at <= OffsetDateTime::now_utc(),
    }
}

fn language_name(code: &str) -> String {
    Locale::from_code(code).map_or_else(|| code.to_owned(), |locale| locale.native_name().to_owned())
}

/// The filters of a list's query string, by facet, each value once.
pub fn filters(query: &str) -> BTreeMap<String, Vec<String>> {
    let mut filters: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        let value = value.trim();
        if !FACETS.contains(&key.as_ref()) || value.is_empty() || value.len() > 100 {
            continue;
        }
        let values = filters.entry(key.into_owned()).or_default();
        if values.len() < FILTER_MAX && !values.iter().any(|v| v == value) {
            values.push(value.to_owned());
        }
    }
    filters
}

/// The query string of `filters`.
pub fn query_of(filters: &BTreeMap<String, Vec<String>>) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (key, values) in filters {
        for value in values {
            serializer.append_pair(key, value);
        }
    }
    serializer.finish()
}

/// The values event `row` has in each facet.
fn facet_values(
    row: &event::Model,
    record: &EventRecord,
    now: OffsetDateTime,
) -> HashMap<&'static str, Vec<String>> {
    let mut values: HashMap<&'static str, Vec<String>> = HashMap::new();
    values.insert("when", vec![if row.ends_at > now { "upcoming" } else { "past" }.to_owned()]);
    values.insert("kind", vec![row.kind.clone()]);
    if !row.format.is_empty() {
        values.insert("format", vec![row.format.clone()]);
    }
    let mut langs = record.languages.clone();
    if langs.is_empty() {
        langs.push(row.lang.clone());
    }
    values.insert("lang", langs);
    let tags: Vec<(String, String)> = serde_json::from_value(row.tags.clone()).unwrap_or_default();
    for (facet, code) in tags {
        if let Some(key) = FACETS.iter().find(|key| **key == facet) {
            values.entry(key).or_default().push(code);
        }
    }
    let mut orgs: Vec<String> = record.organisers.iter().map(|name| crate::text::name_slug(name)).collect();
    if let Some(outcome) = &record.outcome {
        orgs.extend(outcome.organisations.iter().map(|name| crate::text::name_slug(name)));
    }
    orgs.sort();
    orgs.dedup();
    values.insert("org", orgs);
    values
}

fn value_name(facet: &str, code: &str, locale: Locale, org_names: &HashMap<String, String>) -> String {
    match facet {
        "when" => locale.text(&format!("events-when-{code}")),
        "kind" => locale.text(&format!("event-kind-{code}")),
        "format" => locale.text(&format!("event-format-{code}")),
        "lang" => language_name(code),
        "region" => locale.text(&format!("region-{code}")),
        "org" => org_names.get(code).cloned().unwrap_or_else(|| code.to_owned()),
        facet => taxonomy::term_name(facet, code, locale),
    }
}

fn facet_title(facet: &str, locale: Locale) -> String {
    match facet {
        "when" | "kind" | "format" | "lang" | "org" | "region" => {
            locale.text(&format!("events-facet-{facet}"))
        }
        facet => taxonomy::facet_name(facet, locale),
    }
}

/// Published events, latest first, at most [`LIST_MAX`].
pub async fn published(db: &DatabaseConnection) -> AppResult<Vec<event::Model>> {
    Ok(event::Entity::find()
        .filter(event::Column::Status.eq(Status::Published.code()))
        .order_by_desc(event::Column::StartsAt)
        .limit(LIST_MAX)
        .all(db)
        .await?)
}

/// The published events that `query` selects, soonest first.
pub async fn filtered(db: &DatabaseConnection, query: &str) -> AppResult<Vec<event::Model>> {
    let filters = filters(query);
    let now = OffsetDateTime::now_utc();
    let mut rows: Vec<event::Model> = published(db)
        .await?
        .into_iter()
        .filter(|row| {
            let values = facet_values(row, &record_of(row), now);
            filters.iter().all(|(facet, wanted)| {
                values.get(facet.as_str()).is_some_and(|have| have.iter().any(|v| wanted.contains(v)))
            })
        })
        .collect();
    rows.sort_by_key(|row| row.starts_at);
    Ok(rows)
}

/// The event list for `query`, with facets and counts: one version per event, in `locale`'s
/// language where it has it, so that counts are of events.
pub async fn list(
    db: &DatabaseConnection,
    kinds: &[crate::kinds::PublicKind],
    query: &str,
    locale: Locale,
) -> AppResult<EventList> {
    let filters = filters(query);
    let now = OffsetDateTime::now_utc();
    let rows = published(db).await?;
    let key = |row: &event::Model| (row.id, row.lang.clone());
    let rows = crate::translations::keep_one_per_work(db, kinds, super::kind::NAME, rows, key, locale.code())
        .await?;
    let mut org_names = HashMap::new();
    let described: Vec<(event::Model, HashMap<&'static str, Vec<String>>)> = rows
        .into_iter()
        .map(|row| {
            let record = record_of(&row);
            for name in
                record.organisers.iter().chain(record.outcome.iter().flat_map(|o| o.organisations.iter()))
            {
                org_names.entry(crate::text::name_slug(name)).or_insert_with(|| name.clone());
            }
            let values = facet_values(&row, &record, now);
            (row, values)
        })
        .collect();
    let passes = |values: &HashMap<&'static str, Vec<String>>, except: Option<&str>| {
        filters.iter().filter(|(facet, _)| Some(facet.as_str()) != except).all(|(facet, wanted)| {
            values.get(facet.as_str()).is_some_and(|have| have.iter().any(|v| wanted.contains(v)))
        })
    };
    let mut facets = Vec::new();
    for facet in FACETS {
        let mut counts: BTreeMap<String, i64> = BTreeMap::new();
        for (_, values) in described.iter().filter(|(_, values)| passes(values, Some(facet))) {
            for code in values.get(facet).into_iter().flatten() {
                *counts.entry(code.clone()).or_default() += 1;
            }
        }
        let chosen = filters.get(facet).cloned().unwrap_or_default();
        for code in &chosen {
            counts.entry(code.clone()).or_default();
        }
        let mut values: Vec<FacetValue> = counts
            .into_iter()
            .map(|(code, count)| {
                let selected = chosen.contains(&code);
                let mut next = filters.clone();
                let list = next.entry(facet.to_owned()).or_default();
                if selected {
                    list.retain(|v| *v != code);
                } else {
                    list.push(code.clone());
                }
                next.retain(|_, values| !values.is_empty());
                let query = query_of(&next);
                let href = if query.is_empty() { "/events".to_owned() } else { format!("/events?{query}") };
                FacetValue { name: value_name(facet, &code, locale, &org_names), code, count, selected, href }
            })
            .collect();
        if values.is_empty() {
            continue;
        }
        values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        facets.push(FacetGroup { key: facet.to_owned(), name: facet_title(facet, locale), values });
    }
    let (mut upcoming, mut past): (Vec<_>, Vec<_>) = described
        .into_iter()
        .filter(|(_, values)| passes(values, None))
        .map(|(row, _)| row)
        .partition(|row| row.ends_at > now);
    upcoming.sort_by_key(|row| row.starts_at);
    past.sort_by_key(|row| std::cmp::Reverse(row.starts_at));
    Ok(EventList {
        upcoming: upcoming.iter().map(|row| summary(row, locale)).collect(),
        past: past.iter().map(|row| summary(row, locale)).collect(),
        facets,
        query: query_of(&filters),
    })
}

fn links(list: &[crate::events::record::EventLink]) -> Vec<NamedLink> {
    list.iter()
        .map(|link| NamedLink {
            name: if link.label.is_empty() { link.url.clone() } else { link.label.clone() },
            href: Some(link.url.clone()),
        })
        .collect()
}

/// Organisations by name: the member organisation's page when the directory has one of that
/// name, else the events of that organisation.
async fn org_links(db: &DatabaseConnection, names: &[String]) -> AppResult<Vec<NamedLink>> {
    let members: HashMap<String, String> = if names.is_empty() {
        HashMap::new()
    } else {
        crate::db::entities::organisation::Entity::find()
            .select_only()
            .columns([
                crate::db::entities::organisation::Column::Name,
                crate::db::entities::organisation::Column::Slug,
            ])
            .filter(crate::db::entities::organisation::Column::Name.is_in(names.iter().cloned()))
            .into_tuple::<(String, String)>()
            .all(db)
            .await?
            .into_iter()
            .collect()
    };
    Ok(names
        .iter()
        .map(|name| NamedLink {
            name: name.clone(),
            href: Some(match members.get(name) {
                Some(slug) => format!("/members/{slug}"),
                None => format!("/events?org={}", crate::text::name_slug(name)),
            }),
        })
        .collect())
}

/// The outcome record as shown.
pub async fn outcome_view(db: &DatabaseConnection, outcome: &Outcome) -> AppResult<OutcomeView> {
    Ok(OutcomeView {
        key_issues: outcome.key_issues.clone(),
        outcomes: outcome.outcomes.clone(),
        plan: outcome
            .plan
            .iter()
            .map(|item| PlanView {
                action: item.action.clone(),
                owner: item.owner.clone(),
                due: item.due.clone(),
            })
            .collect(),
        recordings: links(&outcome.recordings),
        slides: links(&outcome.slides),
        attendance: outcome.attendance,
        organisations: org_links(db, &outcome.organisations).await?,
    })
}

/// Whether `user` organises event `row`: its proposer, or an editor.
pub fn organises(user: &CurrentUser, row: &event::Model) -> bool {
    user.has(Role::Editor) || (row.owner_id.is_some() && row.owner_id == Some(user.id))
}

/// The published event `slug`.
pub async fn published_event(db: &DatabaseConnection, slug: &str) -> AppResult<event::Model> {
    if slug.len() > 120 {
        return Err(AppError::NotFound);
    }
    event::Entity::find()
        .filter(event::Column::Slug.eq(slug))
        .filter(event::Column::Status.eq(Status::Published.code()))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The page of the published event `slug`.
pub async fn detail(
    db: &DatabaseConnection,
    base: &str,
    slug: &str,
    user: Option<&CurrentUser>,
    locale: Locale,
) -> AppResult<EventDetail> {
    let row = published_event(db, slug).await?;
    let record = record_of(&row);
    let now = OffsetDateTime::now_utc();
    let registration = if row.registration_open {
        let accepted = registration::accepted_count(db, row.id).await?;
        let capacity = row.capacity.map(i64::from);
        Some(RegistrationState {
            open: row.schedule != "cancelled" && row.starts_at > now,
            capacity,
            places_left: capacity.map(|c| (c - i64::try_from(accepted).unwrap_or(0)).max(0)),
            waitlist: row.waitlist,
            moderated: row.moderated,
        })
    } else {
        None
    };
    let tags: Vec<(String, String)> = serde_json::from_value(row.tags.clone()).unwrap_or_default();
    let tags = tags
        .into_iter()
        .map(|(facet, code)| EventTag {
            facet_name: facet_title(&facet, locale),
            name: value_name(&facet, &code, locale, &HashMap::new()),
            href: format!("/events?{}", query_of(&BTreeMap::from([(facet, vec![code])]))),
        })
        .collect();
    let summary = summary(&row, locale);
    let outcome = match record.outcome.as_ref().filter(|o| !o.is_empty()) {
        Some(outcome) => Some(outcome_view(db, outcome).await?),
        None => None,
    };
    Ok(EventDetail {
        json_ld: super::ics::json_ld(&row, &record, base),
        address: row.address.clone(),
        online: !row.online_url.is_empty(),
        languages: record.languages.iter().map(|code| (code.clone(), language_name(code))).collect(),
        interpretation: record.interpretation.clone(),
        organisers: org_links(db, &record.organisers).await?,
        moderators: record.moderators.clone(),
        speakers: record.speakers.clone(),
        agenda_html: row.agenda_html.clone(),
        links: links(&record.links),
        tags,
        registration,
        outcome,
        can_organise: user.is_some_and(|user| organises(user, &row)),
        id: row.id,
        summary,
    })
}

/// The registration holding `token`, as its holder sees it.
pub async fn registration_by_token(
    db: &DatabaseConnection,
    token: &str,
    locale: Locale,
) -> AppResult<MyRegistration> {
    let (registration, row) = registration::by_token(db, token).await?;
    let online_url =
        (registration.status == "accepted" && !row.online_url.is_empty() && row.schedule != "cancelled")
            .then(|| row.online_url.clone());
    Ok(MyRegistration {
        event: summary(&row, locale),
        name: registration.name,
        status: registration.status,
        online_url,
    })
}

/// What the organiser of `slug` sees: the registrations and the outcome form.
pub async fn organiser_view(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    locale: Locale,
) -> AppResult<OrganiserView> {
    let row = published_event(db, slug).await?;
    if !organises(user, &row) {
        return Err(AppError::Forbidden);
    }
    let registrants = event_registration::Entity::find()
        .filter(event_registration::Column::EventId.eq(row.id))
        .order_by_asc(event_registration::Column::Id)
        .limit(registration::LIST_MAX)
        .all(db)
        .await?
        .into_iter()
        .map(|r| RegistrantRow {
            id: r.id,
            name: r.name,
            email: r.email,
            status: r.status,
            when: crate::editorial::ssr::rfc3339(r.created_at),
        })
        .collect();
    let record = record_of(&row);
    Ok(OrganiserView {
        event: summary(&row, locale),
        id: row.id,
        registrants,
        purged: row.registrations_purged,
        outcome_form: record.outcome.unwrap_or_default().to_form(),
        can_cancel: row.schedule != "cancelled",
    })
}

/// The published events organisation `name` organised or attended, latest first (at most 50).
pub async fn events_of_organisation(
    db: &DatabaseConnection,
    name: &str,
) -> AppResult<Vec<OrganisationEvent>> {
    let wanted = crate::text::name_slug(name);
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    Ok(published(db)
        .await?
        .into_iter()
        .filter_map(|row| {
            let record = record_of(&row);
            let outcome = record.outcome.filter(|o| !o.is_empty());
            let named = record
                .organisers
                .iter()
                .chain(outcome.iter().flat_map(|o| o.organisations.iter()))
                .any(|org| crate::text::name_slug(org) == wanted);
            named.then(|| OrganisationEvent {
                title: row.title.clone(),
                href: crate::paths::event(&row.slug),
                date: when::show(row.starts_at, &row.time_zone).date,
                has_outcome: outcome.is_some(),
            })
        })
        .take(50)
        .collect())
}
