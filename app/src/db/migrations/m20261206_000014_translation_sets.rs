//! Translation sets: the versions of one work (a post, a case, an event, a group output) in
//! several languages. Each row says which work an item belongs to (the key of its original,
//! of the same kind), its language, and for a translation who made it from which revision of
//! the original. Whether a translation is outdated is computed, never stored.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TranslationVersions {
    Table,
    Id,
    Kind,
    ItemId,
    WorkId,
    Lang,
    TranslatorId,
    SourceRevisionId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TranslationVersions::Table)
                    .col(big_pk_auto(TranslationVersions::Id))
                    .col(string_len(TranslationVersions::Kind, 32))
                    .col(big_integer(TranslationVersions::ItemId))
                    .col(big_integer(TranslationVersions::WorkId))
                    .col(string_len(TranslationVersions::Lang, 16))
                    .col(big_integer_null(TranslationVersions::TranslatorId))
                    .col(big_integer_null(TranslationVersions::SourceRevisionId))
                    .col(timestamp_with_time_zone(TranslationVersions::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("translation_versions_item")
                    .table(TranslationVersions::Table)
                    .col(TranslationVersions::Kind)
                    .col(TranslationVersions::ItemId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("translation_versions_work_lang")
                    .table(TranslationVersions::Table)
                    .col(TranslationVersions::Kind)
                    .col(TranslationVersions::WorkId)
                    .col(TranslationVersions::Lang)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(TranslationVersions::Table).to_owned()).await
    }
}
