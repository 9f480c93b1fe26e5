//! One saved version of a pledge's record; a progress report is a revision that carries the
//! report, and later the editor's assessment of it and the pledger's reply.

use sea_orm::entity::prelude::*;

/// A row of `pledge_revisions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pledge_revisions")]
pub struct Model {
    /// Surrogate key, in order of saving.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The pledge.
    pub pledge_id: i64,
    /// The record as saved.
    pub record: Json,
    /// The progress report, when the revision is one.
    pub report: Option<Json>,
    /// An editor's independent assessment of the report.
    pub assessment: Option<Json>,
    /// The pledger's public reply to the assessment.
    pub reply: Option<Json>,
    /// Who saved it.
    pub author: String,
    /// What changed.
    #[sea_orm(column_type = "Text")]
    pub note: String,
    /// When.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// `pledge_revisions` has no relations used through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
