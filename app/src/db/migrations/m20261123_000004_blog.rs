//! The Knowledge Blog Series: issues of the series, the workflow state of each article
//! (post), its taxonomy tags, the editorial calendar's slots and the workflow history.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Articles {
    Table,
    Id,
    Status,
    IssueId,
    OrganisationId,
    OwnerId,
    PublishAt,
}

#[derive(DeriveIden)]
enum BlogIssues {
    Table,
    Id,
    Month,
    Number,
    Theme,
    Summary,
    Editor,
    Lang,
    IntroMarkdown,
    IntroHtml,
    Status,
    PublishedOn,
    SourceHash,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ArticleTags {
    Table,
    ArticleId,
    Facet,
    Code,
}

#[derive(DeriveIden)]
enum IssueSlots {
    Table,
    Id,
    IssueId,
    OrganisationId,
    Topic,
    Deadline,
    ArticleId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ArticleEvents {
    Table,
    Id,
    ArticleId,
    FromStatus,
    ToStatus,
    ActorId,
    ActorName,
    Comment,
    RevisionId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BlogIssues::Table)
                    .col(big_pk_auto(BlogIssues::Id))
                    .col(string_uniq(BlogIssues::Month))
                    .col(integer_uniq(BlogIssues::Number))
                    .col(string(BlogIssues::Theme))
                    .col(text(BlogIssues::Summary))
                    .col(string(BlogIssues::Editor))
                    .col(string(BlogIssues::Lang))
                    .col(text(BlogIssues::IntroMarkdown))
                    .col(text(BlogIssues::IntroHtml))
                    .col(string(BlogIssues::Status))
                    .col(date_null(BlogIssues::PublishedOn))
                    .col(string_null(BlogIssues::SourceHash))
                    .col(timestamp_with_time_zone(BlogIssues::CreatedAt))
                    .col(timestamp_with_time_zone(BlogIssues::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        // SQLite adds one column per statement.
        let columns = [
            ColumnDef::new(Articles::Status).string().not_null().default("published").to_owned(),
            ColumnDef::new(Articles::IssueId).big_integer().null().to_owned(),
            ColumnDef::new(Articles::OrganisationId).big_integer().null().to_owned(),
            ColumnDef::new(Articles::OwnerId).big_integer().null().to_owned(),
            ColumnDef::new(Articles::PublishAt).timestamp_with_time_zone().null().to_owned(),
        ];
        for mut column in columns {
            manager
                .alter_table(Table::alter().table(Articles::Table).add_column(&mut column).to_owned())
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_articles_status_issue")
                    .table(Articles::Table)
                    .col(Articles::Status)
                    .col(Articles::IssueId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ArticleTags::Table)
                    .col(big_integer(ArticleTags::ArticleId))
                    .col(string(ArticleTags::Facet))
                    .col(string(ArticleTags::Code))
                    .primary_key(
                        Index::create()
                            .col(ArticleTags::ArticleId)
                            .col(ArticleTags::Facet)
                            .col(ArticleTags::Code),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_article_tags_article")
                            .from(ArticleTags::Table, ArticleTags::ArticleId)
                            .to(Articles::Table, Articles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_article_tags_facet_code")
                    .table(ArticleTags::Table)
                    .col(ArticleTags::Facet)
                    .col(ArticleTags::Code)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(IssueSlots::Table)
                    .col(big_pk_auto(IssueSlots::Id))
                    .col(big_integer(IssueSlots::IssueId))
                    .col(big_integer(IssueSlots::OrganisationId))
                    .col(string(IssueSlots::Topic))
                    .col(date(IssueSlots::Deadline))
                    .col(big_integer_null(IssueSlots::ArticleId))
                    .col(timestamp_with_time_zone(IssueSlots::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_issue_slots_issue")
                            .from(IssueSlots::Table, IssueSlots::IssueId)
                            .to(BlogIssues::Table, BlogIssues::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ArticleEvents::Table)
                    .col(big_pk_auto(ArticleEvents::Id))
                    .col(big_integer(ArticleEvents::ArticleId))
                    .col(string_null(ArticleEvents::FromStatus))
                    .col(string(ArticleEvents::ToStatus))
                    .col(big_integer_null(ArticleEvents::ActorId))
                    .col(string(ArticleEvents::ActorName))
                    .col(text(ArticleEvents::Comment))
                    .col(big_integer_null(ArticleEvents::RevisionId))
                    .col(timestamp_with_time_zone(ArticleEvents::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_article_events_article")
                            .from(ArticleEvents::Table, ArticleEvents::ArticleId)
                            .to(Articles::Table, Articles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_article_events_article")
                    .table(ArticleEvents::Table)
                    .col(ArticleEvents::ArticleId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ArticleEvents::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(IssueSlots::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(ArticleTags::Table).to_owned()).await?;
        manager
            .drop_index(Index::drop().name("idx_articles_status_issue").table(Articles::Table).to_owned())
            .await?;
        for column in [
            Articles::PublishAt,
            Articles::OwnerId,
            Articles::OrganisationId,
            Articles::IssueId,
            Articles::Status,
        ] {
            manager.alter_table(Table::alter().table(Articles::Table).drop_column(column).to_owned()).await?;
        }
        manager.drop_table(Table::drop().table(BlogIssues::Table).to_owned()).await
    }
}
