//! Working groups: the groups, their members, their documents, every revision of each
//! document and the endorsements of revisions.
//!
//! A document's current text is the revision `head_revision_id` points to; revisions are
//! numbered 1, 2, 3… per document without gaps, and conflict revisions sit beside the head
//! without becoming it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Groups {
    Table,
    Id,
    Slug,
    Name,
    Theme,
    Charter,
    Visibility,
    EndorsementQuorum,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum GroupMembers {
    Table,
    GroupId,
    AccountId,
    Role,
    State,
    CreatedAt,
}

#[derive(DeriveIden)]
enum GroupDocuments {
    Table,
    Id,
    GroupId,
    Slug,
    Title,
    HeadRevisionId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum GroupDocumentRevisions {
    Table,
    Id,
    DocumentId,
    Number,
    ParentId,
    BaseId,
    Kind,
    Body,
    Note,
    AuthorId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum GroupEndorsements {
    Table,
    DocumentId,
    RevisionId,
    AccountId,
    CreatedAt,
}

/// A foreign key named `name` from `table.column` to the key of `to`.
fn reference(
    name: &str,
    table: impl IntoIden,
    column: impl IntoIden,
    to: (impl IntoIden, impl IntoIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().name(name).from(table, column).to(to.0, to.1).on_delete(on_delete).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Groups::Table)
                    .col(big_pk_auto(Groups::Id))
                    .col(string_uniq(Groups::Slug))
                    .col(string(Groups::Name))
                    .col(string(Groups::Theme))
                    .col(text(Groups::Charter))
                    .col(string(Groups::Visibility))
                    .col(integer(Groups::EndorsementQuorum))
                    .col(timestamp_with_time_zone(Groups::CreatedAt))
                    .col(timestamp_with_time_zone(Groups::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GroupMembers::Table)
                    .col(big_integer(GroupMembers::GroupId))
                    .col(big_integer(GroupMembers::AccountId))
                    .col(string(GroupMembers::Role))
                    .col(string(GroupMembers::State))
                    .col(timestamp_with_time_zone(GroupMembers::CreatedAt))
                    .primary_key(Index::create().col(GroupMembers::GroupId).col(GroupMembers::AccountId))
                    .foreign_key(&mut reference(
                        "fk_group_members_group",
                        GroupMembers::Table,
                        GroupMembers::GroupId,
                        (Groups::Table, Groups::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        "fk_group_members_account",
                        GroupMembers::Table,
                        GroupMembers::AccountId,
                        (Account::Table, Account::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_group_members_account")
                    .table(GroupMembers::Table)
                    .col(GroupMembers::AccountId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GroupDocuments::Table)
                    .col(big_pk_auto(GroupDocuments::Id))
                    .col(big_integer(GroupDocuments::GroupId))
                    .col(string(GroupDocuments::Slug))
                    .col(string(GroupDocuments::Title))
                    .col(big_integer_null(GroupDocuments::HeadRevisionId))
                    .col(timestamp_with_time_zone(GroupDocuments::CreatedAt))
                    .col(timestamp_with_time_zone(GroupDocuments::UpdatedAt))
                    .foreign_key(&mut reference(
                        "fk_group_documents_group",
                        GroupDocuments::Table,
                        GroupDocuments::GroupId,
                        (Groups::Table, Groups::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_group_documents_group_slug")
                    .table(GroupDocuments::Table)
                    .col(GroupDocuments::GroupId)
                    .col(GroupDocuments::Slug)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GroupDocumentRevisions::Table)
                    .col(big_pk_auto(GroupDocumentRevisions::Id))
                    .col(big_integer(GroupDocumentRevisions::DocumentId))
                    .col(integer(GroupDocumentRevisions::Number))
                    .col(big_integer_null(GroupDocumentRevisions::ParentId))
                    .col(big_integer_null(GroupDocumentRevisions::BaseId))
                    .col(string(GroupDocumentRevisions::Kind))
                    .col(text(GroupDocumentRevisions::Body))
                    .col(text(GroupDocumentRevisions::Note))
                    .col(big_integer_null(GroupDocumentRevisions::AuthorId))
                    .col(timestamp_with_time_zone(GroupDocumentRevisions::CreatedAt))
                    .foreign_key(&mut reference(
                        "fk_group_document_revisions_document",
                        GroupDocumentRevisions::Table,
                        GroupDocumentRevisions::DocumentId,
                        (GroupDocuments::Table, GroupDocuments::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        "fk_group_document_revisions_author",
                        GroupDocumentRevisions::Table,
                        GroupDocumentRevisions::AuthorId,
                        (Account::Table, Account::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_group_document_revisions_number")
                    .table(GroupDocumentRevisions::Table)
                    .col(GroupDocumentRevisions::DocumentId)
                    .col(GroupDocumentRevisions::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GroupEndorsements::Table)
                    .col(big_integer(GroupEndorsements::DocumentId))
                    .col(big_integer(GroupEndorsements::RevisionId))
                    .col(big_integer(GroupEndorsements::AccountId))
                    .col(timestamp_with_time_zone(GroupEndorsements::CreatedAt))
                    .primary_key(
                        Index::create().col(GroupEndorsements::RevisionId).col(GroupEndorsements::AccountId),
                    )
                    .foreign_key(&mut reference(
                        "fk_group_endorsements_document",
                        GroupEndorsements::Table,
                        GroupEndorsements::DocumentId,
                        (GroupDocuments::Table, GroupDocuments::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        "fk_group_endorsements_revision",
                        GroupEndorsements::Table,
                        GroupEndorsements::RevisionId,
                        (GroupDocumentRevisions::Table, GroupDocumentRevisions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        "fk_group_endorsements_account",
                        GroupEndorsements::Table,
                        GroupEndorsements::AccountId,
                        (Account::Table, Account::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_group_endorsements_document")
                    .table(GroupEndorsements::Table)
                    .col(GroupEndorsements::DocumentId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(GroupEndorsements::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(GroupDocumentRevisions::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(GroupDocuments::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(GroupMembers::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Groups::Table).to_owned()).await
    }
}
