//! Articles and their revision history.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Articles {
    Table,
    Id,
    Slug,
    Lang,
    Title,
    Summary,
    Authors,
    BodyHtml,
    BodyText,
    Toc,
    ReadingMinutes,
    PublishedOn,
    CurrentRevisionId,
    SourceHash,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ArticleRevisions {
    Table,
    Id,
    ArticleId,
    Title,
    Summary,
    BodyMarkdown,
    Origin,
    Author,
    Note,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Articles::Table)
                    .col(big_pk_auto(Articles::Id))
                    .col(string_uniq(Articles::Slug))
                    .col(string(Articles::Lang))
                    .col(string(Articles::Title))
                    .col(text(Articles::Summary))
                    .col(json(Articles::Authors))
                    .col(text(Articles::BodyHtml))
                    .col(text(Articles::BodyText))
                    .col(json(Articles::Toc))
                    .col(integer(Articles::ReadingMinutes))
                    .col(date(Articles::PublishedOn))
                    .col(big_integer_null(Articles::CurrentRevisionId))
                    .col(string_null(Articles::SourceHash))
                    .col(timestamp_with_time_zone(Articles::CreatedAt))
                    .col(timestamp_with_time_zone(Articles::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_articles_published_on")
                    .table(Articles::Table)
                    .col(Articles::PublishedOn)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ArticleRevisions::Table)
                    .col(big_pk_auto(ArticleRevisions::Id))
                    .col(big_integer(ArticleRevisions::ArticleId))
                    .col(string(ArticleRevisions::Title))
                    .col(text(ArticleRevisions::Summary))
                    .col(text(ArticleRevisions::BodyMarkdown))
                    .col(string(ArticleRevisions::Origin))
                    .col(string(ArticleRevisions::Author))
                    .col(text(ArticleRevisions::Note))
                    .col(timestamp_with_time_zone(ArticleRevisions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_article_revisions_article")
                            .from(ArticleRevisions::Table, ArticleRevisions::ArticleId)
                            .to(Articles::Table, Articles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_article_revisions_article")
                    .table(ArticleRevisions::Table)
                    .col(ArticleRevisions::ArticleId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ArticleRevisions::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Articles::Table).to_owned()).await
    }
}
