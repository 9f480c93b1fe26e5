//! Pledges: what countries and organisations commit to for their civil servants'
//! capabilities, their revisions (progress reports among them, with the editors'
//! assessments and the pledgers' replies) and the history of their review.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Pledges {
    Table,
    Id,
    Slug,
    Lang,
    Title,
    Commitment,
    Record,
    Tags,
    OrganisationId,
    Country,
    Region,
    StakeholderGroup,
    StartsOn,
    EndsOn,
    LastReportOn,
    WithdrawnOn,
    WithdrawnReason,
    Status,
    OwnerId,
    PublishedOn,
    CurrentRevisionId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PledgeRevisions {
    Table,
    Id,
    PledgeId,
    Record,
    Report,
    Assessment,
    Reply,
    Author,
    Note,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PledgeSteps {
    Table,
    Id,
    PledgeId,
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
                    .table(Pledges::Table)
                    .col(big_pk_auto(Pledges::Id))
                    .col(string_uniq(Pledges::Slug))
                    .col(string(Pledges::Lang))
                    .col(string(Pledges::Title))
                    .col(text(Pledges::Commitment))
                    .col(json(Pledges::Record))
                    .col(json(Pledges::Tags))
                    .col(big_integer_null(Pledges::OrganisationId))
                    .col(string_null(Pledges::Country))
                    .col(string_null(Pledges::Region))
                    .col(string(Pledges::StakeholderGroup))
                    .col(date(Pledges::StartsOn))
                    .col(date(Pledges::EndsOn))
                    .col(date_null(Pledges::LastReportOn))
                    .col(date_null(Pledges::WithdrawnOn))
                    .col(text(Pledges::WithdrawnReason))
                    .col(string(Pledges::Status))
                    .col(big_integer_null(Pledges::OwnerId))
                    .col(date_null(Pledges::PublishedOn))
                    .col(big_integer_null(Pledges::CurrentRevisionId))
                    .col(timestamp_with_time_zone(Pledges::CreatedAt))
                    .col(timestamp_with_time_zone(Pledges::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        for (name, column) in
            [("idx_pledges_status", Pledges::Status), ("idx_pledges_organisation", Pledges::OrganisationId)]
        {
            manager
                .create_index(Index::create().name(name).table(Pledges::Table).col(column).to_owned())
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(PledgeRevisions::Table)
                    .col(big_pk_auto(PledgeRevisions::Id))
                    .col(big_integer(PledgeRevisions::PledgeId))
                    .col(json(PledgeRevisions::Record))
                    .col(json_null(PledgeRevisions::Report))
                    .col(json_null(PledgeRevisions::Assessment))
                    .col(json_null(PledgeRevisions::Reply))
                    .col(string(PledgeRevisions::Author))
                    .col(text(PledgeRevisions::Note))
                    .col(timestamp_with_time_zone(PledgeRevisions::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_pledge_revisions_pledge")
                    .table(PledgeRevisions::Table)
                    .col(PledgeRevisions::PledgeId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PledgeSteps::Table)
                    .col(big_pk_auto(PledgeSteps::Id))
                    .col(big_integer(PledgeSteps::PledgeId))
                    .col(string_null(PledgeSteps::FromStatus))
                    .col(string(PledgeSteps::ToStatus))
                    .col(big_integer_null(PledgeSteps::ActorId))
                    .col(string(PledgeSteps::ActorName))
                    .col(text(PledgeSteps::Comment))
                    .col(big_integer_null(PledgeSteps::RevisionId))
                    .col(timestamp_with_time_zone(PledgeSteps::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_pledge_steps_pledge")
                    .table(PledgeSteps::Table)
                    .col(PledgeSteps::PledgeId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(PledgeSteps::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(PledgeRevisions::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Pledges::Table).to_owned()).await
    }
}
