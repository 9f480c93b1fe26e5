//! A good-practice use case: structured sections (Markdown, rendered once on write), the facts
//! box, its links and organisations, and the case it adapted. Its current record is the
//! revision `current_revision_id` points to.

use sea_orm::entity::prelude::*;

/// A row of `cases`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cases")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// URL segment, unique; the key of imports.
    #[sea_orm(unique)]
    pub slug: String,
    /// BCP 47 language of the text.
    pub lang: String,
    /// Title, plain text.
    pub title: String,
    /// One paragraph, plain text.
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    /// Markdown: the problem and its context.
    #[sea_orm(column_type = "Text")]
    pub problem: String,
    /// Markdown: what was done.
    #[sea_orm(column_type = "Text")]
    pub solution: String,
    /// Markdown: technologies used.
    #[sea_orm(column_type = "Text")]
    pub technologies: String,
    /// Markdown: results, with figures.
    #[sea_orm(column_type = "Text")]
    pub results: String,
    /// Markdown: lessons learned.
    #[sea_orm(column_type = "Text")]
    pub lessons: String,
    /// Markdown: what it takes to transfer it elsewhere.
    #[sea_orm(column_type = "Text")]
    pub transfer: String,
    /// Sanitised HTML of each non-empty section, by section key, rendered once on write.
    pub sections_html: Json,
    /// Evidence level code ([`crate::cases::Evidence`]).
    pub evidence: Option<String>,
    /// Maturity stage code ([`crate::cases::Stage`]).
    pub stage: Option<String>,
    /// Cost band code ([`crate::cases::CostBand`]).
    pub cost_band: Option<String>,
    /// Licence(s), as SPDX identifiers or words; empty when not stated.
    pub licence: String,
    /// When the work started.
    pub started_on: Option<TimeDate>,
    /// When it ended, if it did.
    pub ended_on: Option<TimeDate>,
    /// Who to contact, as given (a name, a role, an address).
    pub contact: String,
    /// Links as JSON: `[{"label":"…","url":"https://…"}]`.
    pub links: Json,
    /// Implementing organisations as JSON: `[{"name":"…","role":"…","website":"…"}]`.
    pub organisations: Json,
    /// The case this one adapted.
    pub adapted_from_id: Option<i64>,
    /// Workflow state, a [`crate::editorial::Status`] code; readers see `published` only.
    pub status: String,
    /// The account that submitted it in the hub (none for imported cases).
    pub owner_id: Option<i64>,
    /// The member organisation that submitted it.
    pub organisation_id: Option<i64>,
    /// How complete the case is, 0–100 ([`crate::cases::completeness`]).
    pub completeness: i32,
    /// Publication date shown to readers.
    pub published_on: TimeDate,
    /// The revision that holds the current record.
    pub current_revision_id: Option<i64>,
    /// SHA-256 of the imported record, so an unchanged row is not written again.
    pub source_hash: Option<String>,
    /// First stored.
    pub created_at: TimeDateTimeWithTimeZone,
    /// Last changed.
    pub updated_at: TimeDateTimeWithTimeZone,
}

/// Relations of `cases`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// Its taxonomy tags.
    #[sea_orm(has_many = "super::case_tag::Entity")]
    Tags,
    /// Every revision of the case.
    #[sea_orm(has_many = "super::case_revision::Entity")]
    Revisions,
}

impl Related<super::case_tag::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Tags.def()
    }
}

impl Related<super::case_revision::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Revisions.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
