//! What working groups publish and who is editing now: a document's proposed and endorsed
//! revisions, and the presence of editors.
//!
//! A lead proposes the head for endorsement (`proposed_revision_id`); once enough members
//! endorse that exact revision it becomes the group's published output
//! (`endorsed_revision_id`, `endorsed_at`). `group_presence` holds when each person last had a
//! document open in the editor; the hub counts only recent rows.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum GroupDocuments {
    Table,
    Id,
    ProposedRevisionId,
    EndorsedRevisionId,
    EndorsedAt,
}

#[derive(DeriveIden)]
enum GroupPresence {
    Table,
    DocumentId,
    AccountId,
    SeenAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        for column in [
            big_integer_null(GroupDocuments::ProposedRevisionId),
            big_integer_null(GroupDocuments::EndorsedRevisionId),
            timestamp_with_time_zone_null(GroupDocuments::EndorsedAt),
        ] {
            let mut column = column;
            manager
                .alter_table(Table::alter().table(GroupDocuments::Table).add_column(&mut column).to_owned())
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(GroupPresence::Table)
                    .col(big_integer(GroupPresence::DocumentId))
                    .col(big_integer(GroupPresence::AccountId))
                    .col(timestamp_with_time_zone(GroupPresence::SeenAt))
                    .primary_key(Index::create().col(GroupPresence::DocumentId).col(GroupPresence::AccountId))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_group_presence_document")
                            .from(GroupPresence::Table, GroupPresence::DocumentId)
                            .to(GroupDocuments::Table, GroupDocuments::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_group_presence_account")
                            .from(GroupPresence::Table, GroupPresence::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(GroupPresence::Table).to_owned()).await?;
        for column in [
            GroupDocuments::EndorsedAt,
            GroupDocuments::EndorsedRevisionId,
            GroupDocuments::ProposedRevisionId,
        ] {
            manager
                .alter_table(Table::alter().table(GroupDocuments::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
