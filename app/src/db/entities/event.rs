//! An event: a conference, a session at a forum, a webinar, a training or a seminar. The
//! columns the list, the calendars and the registration read are columns; the whole record
//! as last saved is `record` (JSON), so a page shows exactly what was written.

use sea_orm::entity::prelude::*;

/// A row of `events`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// URL segment.
    #[sea_orm(unique)]
    pub slug: String,
    /// BCP 47 language of its text.
    pub lang: String,
    /// Title.
    pub title: String,
    /// One paragraph.
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    /// `conference`, `session`, `webinar`, `training` or `seminar`.
    pub kind: String,
    /// `in-person`, `online`, `hybrid`, or empty when not stated.
    pub format: String,
    /// Start, UTC.
    pub starts_at: TimeDateTimeWithTimeZone,
    /// End, UTC.
    pub ends_at: TimeDateTimeWithTimeZone,
    /// Whether only its dates are known (no times).
    pub all_day: bool,
    /// IANA time zone the event keeps its times in.
    pub time_zone: String,
    /// Venue and room.
    #[sea_orm(column_type = "Text")]
    pub venue: String,
    /// Street address.
    #[sea_orm(column_type = "Text")]
    pub address: String,
    /// The online room: shown to accepted registrants only.
    #[sea_orm(column_type = "Text")]
    pub online_url: String,
    /// The whole record (`crate::events::EventRecord`).
    pub record: Json,
    /// The agenda rendered (sanitised HTML).
    #[sea_orm(column_type = "Text")]
    pub agenda_html: String,
    /// Taxonomy tags: `[[facet, code], …]`.
    pub tags: Json,
    /// Whether people may register.
    pub registration_open: bool,
    /// Most accepted registrants; none for no limit.
    pub capacity: Option<i32>,
    /// Whether a full event takes people on a waiting list.
    pub waitlist: bool,
    /// Whether the organiser accepts each registration.
    pub moderated: bool,
    /// iCalendar `SEQUENCE`: raised when the time changes or the event is cancelled.
    pub sequence: i32,
    /// `scheduled`, `postponed` or `cancelled`.
    pub schedule: String,
    /// The outcome record (`crate::events::Outcome`), once written.
    pub outcome: Option<Json>,
    /// When the organiser was reminded that the outcome record is missing.
    pub outcome_reminded_at: Option<TimeDateTimeWithTimeZone>,
    /// Whether the registrants' data was deleted after the event.
    pub registrations_purged: bool,
    /// Review state (`crate::editorial::Status`).
    pub status: String,
    /// Who proposed it (none for content files).
    pub owner_id: Option<i64>,
    /// First publication.
    pub published_on: Option<TimeDate>,
    /// Its current revision.
    pub current_revision_id: Option<i64>,
    /// Hash of the content file it was synced from.
    pub source_hash: Option<String>,
    /// Created.
    pub created_at: TimeDateTimeWithTimeZone,
    /// Last changed.
    pub updated_at: TimeDateTimeWithTimeZone,
}

/// `events` has no relations used through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
