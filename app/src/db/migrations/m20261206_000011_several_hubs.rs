//! What several hubs on one database share: uploaded files (in chunks), each process's
//! position in the search outbox and how far the outbox was pruned, and the rate limits
//! that must hold across processes.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StoredFile {
    Table,
    Path,
    Size,
    Chunks,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StoredFileChunk {
    Table,
    Path,
    Seq,
    Content,
}

#[derive(DeriveIden)]
enum IndexPosition {
    Table,
    Instance,
    Position,
    AppliedThrough,
    DocCount,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OutboxPruning {
    Table,
    Id,
    Through,
}

#[derive(DeriveIden)]
enum RateLimitHit {
    Table,
    Id,
    Bucket,
    At,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StoredFile::Table)
                    .col(string(StoredFile::Path).primary_key())
                    .col(big_integer(StoredFile::Size))
                    .col(integer(StoredFile::Chunks))
                    .col(big_integer(StoredFile::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StoredFileChunk::Table)
                    .col(string(StoredFileChunk::Path))
                    .col(integer(StoredFileChunk::Seq))
                    .col(blob(StoredFileChunk::Content))
                    .primary_key(Index::create().col(StoredFileChunk::Path).col(StoredFileChunk::Seq))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(IndexPosition::Table)
                    .col(string(IndexPosition::Instance).primary_key())
                    .col(big_integer(IndexPosition::Position))
                    .col(big_integer(IndexPosition::AppliedThrough))
                    .col(big_integer(IndexPosition::DocCount))
                    .col(big_integer(IndexPosition::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OutboxPruning::Table)
                    .col(integer(OutboxPruning::Id).primary_key())
                    .col(big_integer(OutboxPruning::Through))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RateLimitHit::Table)
                    .col(big_pk_auto(RateLimitHit::Id))
                    .col(string(RateLimitHit::Bucket))
                    .col(big_integer(RateLimitHit::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_rate_limit_hit_bucket_at")
                    .table(RateLimitHit::Table)
                    .col(RateLimitHit::Bucket)
                    .col(RateLimitHit::At)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(RateLimitHit::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(OutboxPruning::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(IndexPosition::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(StoredFileChunk::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(StoredFile::Table).to_owned()).await?;
        Ok(())
    }
}
