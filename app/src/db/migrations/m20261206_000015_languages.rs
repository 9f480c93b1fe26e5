//! The language each address the hub writes to is written to in: an account's, and a join
//! request's contact, an event registrant's. Existing rows read English, the language most
//! email went out in before.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Account {
    Table,
    Lang,
}

#[derive(DeriveIden)]
enum JoinRequest {
    Table,
    Lang,
}

#[derive(DeriveIden)]
enum EventRegistrations {
    Table,
    Lang,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Account::Table)
                    .add_column(string_len(Account::Lang, 16).default("en"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(JoinRequest::Table)
                    .add_column(string_len(JoinRequest::Lang, 16).default("en"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(EventRegistrations::Table)
                    .add_column(string_len(EventRegistrations::Lang, 16).default("en"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(EventRegistrations::Table)
                    .drop_column(EventRegistrations::Lang)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(Table::alter().table(JoinRequest::Table).drop_column(JoinRequest::Lang).to_owned())
            .await?;
        manager.alter_table(Table::alter().table(Account::Table).drop_column(Account::Lang).to_owned()).await
    }
}
