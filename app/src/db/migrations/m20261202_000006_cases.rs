//! The good-practice use-case library: cases, their taxonomy tags, their revisions and the
//! history of their review.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cases {
    Table,
    Id,
    Slug,
    Lang,
    Title,
    Summary,
    Problem,
    Solution,
    Technologies,
    Results,
    Lessons,
    Transfer,
    SectionsHtml,
    Evidence,
    Stage,
    CostBand,
    Licence,
    StartedOn,
    EndedOn,
    Contact,
    Links,
    Organisations,
    AdaptedFromId,
    Status,
    OwnerId,
    OrganisationId,
    Completeness,
    PublishedOn,
    CurrentRevisionId,
    SourceHash,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CaseTags {
    Table,
    CaseId,
    Facet,
    Code,
}

#[derive(DeriveIden)]
enum CaseRevisions {
    Table,
    Id,
    CaseId,
    Record,
    Origin,
    Author,
    Note,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CaseEvents {
    Table,
    Id,
    CaseId,
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
                    .table(Cases::Table)
                    .col(big_pk_auto(Cases::Id))
                    .col(string_uniq(Cases::Slug))
                    .col(string(Cases::Lang))
                    .col(string(Cases::Title))
                    .col(text(Cases::Summary))
                    .col(text(Cases::Problem))
                    .col(text(Cases::Solution))
                    .col(text(Cases::Technologies))
                    .col(text(Cases::Results))
                    .col(text(Cases::Lessons))
                    .col(text(Cases::Transfer))
                    .col(json(Cases::SectionsHtml))
                    .col(string_null(Cases::Evidence))
                    .col(string_null(Cases::Stage))
                    .col(string_null(Cases::CostBand))
                    .col(string(Cases::Licence))
                    .col(date_null(Cases::StartedOn))
                    .col(date_null(Cases::EndedOn))
                    .col(string(Cases::Contact))
                    .col(json(Cases::Links))
                    .col(json(Cases::Organisations))
                    .col(big_integer_null(Cases::AdaptedFromId))
                    .col(string(Cases::Status))
                    .col(big_integer_null(Cases::OwnerId))
                    .col(big_integer_null(Cases::OrganisationId))
                    .col(integer(Cases::Completeness))
                    .col(date(Cases::PublishedOn))
                    .col(big_integer_null(Cases::CurrentRevisionId))
                    .col(string_null(Cases::SourceHash))
                    .col(timestamp_with_time_zone(Cases::CreatedAt))
                    .col(timestamp_with_time_zone(Cases::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_cases_adapted_from")
                            .from(Cases::Table, Cases::AdaptedFromId)
                            .to(Cases::Table, Cases::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_cases_status_published_on", Cases::Status),
            ("idx_cases_adapted_from", Cases::AdaptedFromId),
        ] {
            manager
                .create_index(Index::create().name(name).table(Cases::Table).col(column).to_owned())
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(CaseTags::Table)
                    .col(big_integer(CaseTags::CaseId))
                    .col(string(CaseTags::Facet))
                    .col(string(CaseTags::Code))
                    .primary_key(
                        Index::create().col(CaseTags::CaseId).col(CaseTags::Facet).col(CaseTags::Code),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_case_tags_case")
                            .from(CaseTags::Table, CaseTags::CaseId)
                            .to(Cases::Table, Cases::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_case_tags_facet_code")
                    .table(CaseTags::Table)
                    .col(CaseTags::Facet)
                    .col(CaseTags::Code)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CaseRevisions::Table)
                    .col(big_pk_auto(CaseRevisions::Id))
                    .col(big_integer(CaseRevisions::CaseId))
                    .col(json(CaseRevisions::Record))
                    .col(string(CaseRevisions::Origin))
                    .col(string(CaseRevisions::Author))
                    .col(text(CaseRevisions::Note))
                    .col(timestamp_with_time_zone(CaseRevisions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_case_revisions_case")
                            .from(CaseRevisions::Table, CaseRevisions::CaseId)
                            .to(Cases::Table, Cases::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_case_revisions_case")
                    .table(CaseRevisions::Table)
                    .col(CaseRevisions::CaseId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CaseEvents::Table)
                    .col(big_pk_auto(CaseEvents::Id))
                    .col(big_integer(CaseEvents::CaseId))
                    .col(string_null(CaseEvents::FromStatus))
                    .col(string(CaseEvents::ToStatus))
                    .col(big_integer_null(CaseEvents::ActorId))
                    .col(string(CaseEvents::ActorName))
                    .col(text(CaseEvents::Comment))
                    .col(big_integer_null(CaseEvents::RevisionId))
                    .col(timestamp_with_time_zone(CaseEvents::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_case_events_case")
                            .from(CaseEvents::Table, CaseEvents::CaseId)
                            .to(Cases::Table, Cases::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_case_events_case")
                    .table(CaseEvents::Table)
                    .col(CaseEvents::CaseId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(CaseEvents::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(CaseRevisions::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(CaseTags::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Cases::Table).to_owned()).await
    }
}
