//! One saved version of a group document. Never updated, never deleted: the history of a
//! document is its revisions, numbered 1, 2, 3… without gaps.

use sea_orm::entity::prelude::*;

/// A row of `group_document_revisions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_document_revisions")]
pub struct Model {
    /// Surrogate key; increases with time.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The document this is a version of.
    pub document_id: i64,
    /// Position in the document's history, from 1, unique per document and without gaps.
    pub number: i32,
    /// The head this revision was appended after (none for the first).
    pub parent_id: Option<i64>,
    /// The revision its author started editing from (none for a new document); for a
    /// restore, the revision brought back.
    pub base_id: Option<i64>,
    /// `edit`, `merge` (an edit merged into a newer head), `conflict` (an edit that overlaps
    /// the head, kept beside it) or `restore` (an older text brought back).
    pub kind: String,
    /// The whole Markdown text.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// Change note.
    #[sea_orm(column_type = "Text")]
    pub note: String,
    /// Who saved it; none once their account is gone.
    pub author_id: Option<i64>,
    /// When it was saved.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// Relations of `group_document_revisions`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The document.
    #[sea_orm(
        belongs_to = "super::group_document::Entity",
        from = "Column::DocumentId",
        to = "super::group_document::Column::Id",
        on_delete = "Cascade"
    )]
    Document,
}

impl Related<super::group_document::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Document.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
