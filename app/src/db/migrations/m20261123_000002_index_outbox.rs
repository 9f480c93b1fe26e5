//! The outbox that feeds the search index.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IndexOutbox {
    Table,
    Id,
    Kind,
    ItemId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(IndexOutbox::Table)
                    .col(big_pk_auto(IndexOutbox::Id))
                    .col(string(IndexOutbox::Kind))
                    .col(big_integer(IndexOutbox::ItemId))
                    .col(timestamp_with_time_zone(IndexOutbox::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(IndexOutbox::Table).to_owned()).await
    }
}
