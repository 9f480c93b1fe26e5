//! What readers look for: the search log (no personal data), the synonyms editors add, and
//! the calls for cases made from it, with the case drafts that answer them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SearchLog {
    Table,
    Id,
    Token,
    CreatedAt,
    Query,
    QueryKey,
    Lang,
    Filters,
    Facet,
    Results,
    Session,
    OpenedRank,
    OpenedUrl,
}

#[derive(DeriveIden)]
enum SearchSynonyms {
    Table,
    Id,
    Terms,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum CaseCalls {
    Table,
    Id,
    Slug,
    Topic,
    Lang,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum CaseCallAnswers {
    Table,
    CallId,
    CaseId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SearchLog::Table)
                    .col(big_pk_auto(SearchLog::Id))
                    .col(string_len_uniq(SearchLog::Token, 32))
                    .col(timestamp_with_time_zone(SearchLog::CreatedAt))
                    .col(string_len(SearchLog::Query, 200))
                    .col(string_len(SearchLog::QueryKey, 200))
                    .col(string_len(SearchLog::Lang, 16))
                    .col(string_len(SearchLog::Filters, 400))
                    .col(string_len_null(SearchLog::Facet, 32))
                    .col(big_integer(SearchLog::Results))
                    .col(string_len_null(SearchLog::Session, 32))
                    .col(integer_null(SearchLog::OpenedRank))
                    .col(string_len_null(SearchLog::OpenedUrl, 400))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("search_log_by_time")
                    .table(SearchLog::Table)
                    .col(SearchLog::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SearchSynonyms::Table)
                    .col(big_pk_auto(SearchSynonyms::Id))
                    .col(string_len(SearchSynonyms::Terms, 400))
                    .col(timestamp_with_time_zone(SearchSynonyms::CreatedAt))
                    .col(big_integer(SearchSynonyms::CreatedBy))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CaseCalls::Table)
                    .col(big_pk_auto(CaseCalls::Id))
                    .col(string_len_uniq(CaseCalls::Slug, 120))
                    .col(string_len(CaseCalls::Topic, 200))
                    .col(string_len(CaseCalls::Lang, 16))
                    .col(timestamp_with_time_zone(CaseCalls::CreatedAt))
                    .col(big_integer(CaseCalls::CreatedBy))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CaseCallAnswers::Table)
                    .col(big_integer(CaseCallAnswers::CallId))
                    .col(big_integer(CaseCallAnswers::CaseId))
                    .col(timestamp_with_time_zone(CaseCallAnswers::CreatedAt))
                    .primary_key(Index::create().col(CaseCallAnswers::CallId).col(CaseCallAnswers::CaseId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CaseCallAnswers::Table, CaseCallAnswers::CallId)
                            .to(CaseCalls::Table, CaseCalls::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CaseCallAnswers::Table.into_iden(),
            CaseCalls::Table.into_iden(),
            SearchSynonyms::Table.into_iden(),
            SearchLog::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
