//! Images uploaded for articles, with their required alternative text.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Articles {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ArticleImages {
    Table,
    Id,
    ArticleId,
    File,
    Width,
    Height,
    Alt,
    UploadedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ArticleImages::Table)
                    .col(big_pk_auto(ArticleImages::Id))
                    .col(big_integer(ArticleImages::ArticleId))
                    .col(string_uniq(ArticleImages::File))
                    .col(integer(ArticleImages::Width))
                    .col(integer(ArticleImages::Height))
                    .col(string(ArticleImages::Alt))
                    .col(big_integer_null(ArticleImages::UploadedBy))
                    .col(timestamp_with_time_zone(ArticleImages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_article_images_article")
                            .from(ArticleImages::Table, ArticleImages::ArticleId)
                            .to(Articles::Table, Articles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_article_images_article")
                    .table(ArticleImages::Table)
                    .col(ArticleImages::ArticleId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ArticleImages::Table).to_owned()).await
    }
}
