//! The emails of events: the registration's confirmation (with the event's calendar, the
//! online room included for an accepted registrant), a place freed from the waiting list,
//! the organiser's decision, the reminders, a cancellation or a new time, and the
//! organiser's reminder to write the outcome record.
//!
//! Policy: plain text in the language of the request that caused it (the reminders, sent by
//! the hub itself, in the event's language when the hub speaks it); every email to a
//! registrant carries the link to their registration, where they can cancel.

use crate::db::entities::event;
use crate::i18n::Locale;
use crate::state::AppState;

/// The link to a registration.
pub fn registration_link(base: &str, secret: &str) -> String {
    format!("{base}/events/registration?token={secret}")
}

fn when_text(row: &event::Model, locale: Locale) -> String {
    use crate::i18n::format::{long_date, time_of_day};
    let times = super::queries::times(row);
    if row.all_day {
        format!(
            "{} – {} ({})",
            long_date(locale, &times.starts.date),
            long_date(locale, &times.ends.date),
            row.time_zone
        )
    } else {
        format!(
            "{} {} {} ({}) · {} {} UTC",
            long_date(locale, &times.starts.date),
            time_of_day(locale, &times.starts.time),
            times.starts.zone,
            row.time_zone,
            long_date(locale, &times.starts_utc.date),
            time_of_day(locale, &times.starts_utc.time)
        )
    }
}

/// Tells a registrant where their registration stands (`status`), with the event's calendar
/// when they have a place.
pub fn registered(
    state: &AppState,
    row: &event::Model,
    name: &str,
    email: &str,
    status: &str,
    secret: &str,
    locale: Locale,
) {
    let base = &state.site.public_url;
    let link = registration_link(base, secret);
    let page = format!("{base}{}", crate::paths::event(&row.slug));
    let subject = locale.text_args(&format!("event-mail-{status}-subject"), &[("title", row.title.clone())]);
    let mut body = locale.text_args(
        &format!("event-mail-{status}-body"),
        &[
            ("name", name.to_owned()),
            ("title", row.title.clone()),
            ("when", when_text(row, locale)),
            ("page", page),
        ],
    );
    if status == super::registration::ACCEPTED && !row.online_url.is_empty() {
        body.push_str("\n\n");
        body.push_str(&locale.text_args("event-mail-online", &[("url", row.online_url.clone())]));
    }
    body.push_str("\n\n");
    body.push_str(&locale.text_args("event-mail-manage", &[("link", link)]));
    if status == super::registration::ACCEPTED {
        let online = (!row.online_url.is_empty()).then_some(row.online_url.as_str());
        let calendar = super::ics::calendar(base, std::slice::from_ref(row), online);
        state.mail.send_with_calendar_in_background(email.to_owned(), subject, body, calendar);
    } else {
        state.mail.send_in_background(email.to_owned(), subject, body);
    }
}

/// Reminds an accepted registrant that the event starts in a day (`day`) or an hour.
pub async fn reminder(
    state: &AppState,
    row: &event::Model,
    name: &str,
    email: &str,
    lang: &str,
    day: bool,
) -> anyhow::Result<()> {
    let locale = Locale::from_code(lang).unwrap_or_default();
    let base = &state.site.public_url;
    let key = if day { "event-mail-reminder-day" } else { "event-mail-reminder-hour" };
    let subject = locale.text_args(&format!("{key}-subject"), &[("title", row.title.clone())]);
    let mut body = locale.text_args(
        &format!("{key}-body"),
        &[
            ("name", name.to_owned()),
            ("title", row.title.clone()),
            ("when", when_text(row, locale)),
            ("page", format!("{base}{}", crate::paths::event(&row.slug))),
        ],
    );
    if !row.online_url.is_empty() {
        body.push_str("\n\n");
        body.push_str(&locale.text_args("event-mail-online", &[("url", row.online_url.clone())]));
    }
    body.push_str("\n\n");
    body.push_str(&locale.text("event-mail-manage-earlier"));
    state.mail.send(email, &subject, body).await
}

/// Tells a registrant the event was cancelled or postponed, or has a new time (`change`:
/// `cancelled`, `postponed`, `moved`), with the updated calendar.
pub fn changed(state: &AppState, row: &event::Model, name: &str, email: &str, change: &str, locale: Locale) {
    let base = &state.site.public_url;
    let subject = locale.text_args(&format!("event-mail-{change}-subject"), &[("title", row.title.clone())]);
    let body = locale.text_args(
        &format!("event-mail-{change}-body"),
        &[
            ("name", name.to_owned()),
            ("title", row.title.clone()),
            ("when", when_text(row, locale)),
            ("page", format!("{base}{}", crate::paths::event(&row.slug))),
        ],
    );
    let calendar = super::ics::calendar(base, std::slice::from_ref(row), None);
    state.mail.send_with_calendar_in_background(email.to_owned(), subject, body, calendar);
}

/// Reminds the organiser that the outcome record of `row` is missing.
pub async fn outcome_missing(
    state: &AppState,
    row: &event::Model,
    email: &str,
    lang: &str,
) -> anyhow::Result<()> {
    let locale = Locale::from_code(lang).unwrap_or_default();
    let base = &state.site.public_url;
    let subject = locale.text_args("event-mail-outcome-subject", &[("title", row.title.clone())]);
    let body = locale.text_args(
        "event-mail-outcome-body",
        &[
            ("title", row.title.clone()),
            ("link", format!("{base}{}", crate::paths::event_organiser(&row.slug))),
        ],
    );
    state.mail.send(email, &subject, body).await
}
