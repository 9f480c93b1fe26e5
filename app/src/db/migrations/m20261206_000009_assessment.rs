//! The capacity self-assessment: an organisation's cycles, the answers given (anonymous:
//! a response row holds no account), and each cycle's improvement plan.
//!
//! A response belongs to a cycle, or to nobody when a person saved a private
//! self-reflection; it is found by the SHA-256 of its private link's token. A cycle keeps the
//! framework version it was opened with.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum AssessmentCycles {
    Table,
    Id,
    OrganisationId,
    Name,
    FrameworkVersion,
    OpensOn,
    ClosesOn,
    Roles,
    Level,
    ShareBenchmarks,
    StaffToken,
    ClosedAt,
    CreatedBy,
    CreatedAt,
    PracticeAnswers,
    PracticeUpdatedAt,
}

#[derive(DeriveIden)]
enum AssessmentResponses {
    Table,
    Id,
    CycleId,
    TokenHash,
    Role,
    FrameworkVersion,
    Answers,
    SubmittedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AssessmentPlanItems {
    Table,
    Id,
    CycleId,
    Position,
    Competency,
    Actions,
    DueOn,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AssessmentCycles::Table)
                    .col(big_pk_auto(AssessmentCycles::Id))
                    .col(big_integer(AssessmentCycles::OrganisationId))
                    .col(string(AssessmentCycles::Name))
                    .col(string(AssessmentCycles::FrameworkVersion))
                    .col(date(AssessmentCycles::OpensOn))
                    .col(date(AssessmentCycles::ClosesOn))
                    .col(string(AssessmentCycles::Roles))
                    .col(string_null(AssessmentCycles::Level))
                    .col(boolean(AssessmentCycles::ShareBenchmarks))
                    .col(string_uniq(AssessmentCycles::StaffToken))
                    .col(timestamp_with_time_zone_null(AssessmentCycles::ClosedAt))
                    .col(big_integer_null(AssessmentCycles::CreatedBy))
                    .col(timestamp_with_time_zone(AssessmentCycles::CreatedAt))
                    .col(text_null(AssessmentCycles::PracticeAnswers))
                    .col(timestamp_with_time_zone_null(AssessmentCycles::PracticeUpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_assessment_cycles_organisation")
                            .from(AssessmentCycles::Table, AssessmentCycles::OrganisationId)
                            .to(Organisation::Table, Organisation::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_assessment_cycles_organisation")
                    .table(AssessmentCycles::Table)
                    .col(AssessmentCycles::OrganisationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AssessmentResponses::Table)
                    .col(big_pk_auto(AssessmentResponses::Id))
                    .col(big_integer_null(AssessmentResponses::CycleId))
                    .col(string_uniq(AssessmentResponses::TokenHash))
                    .col(string_null(AssessmentResponses::Role))
                    .col(string(AssessmentResponses::FrameworkVersion))
                    .col(text(AssessmentResponses::Answers))
                    .col(timestamp_with_time_zone_null(AssessmentResponses::SubmittedAt))
                    .col(timestamp_with_time_zone(AssessmentResponses::CreatedAt))
                    .col(timestamp_with_time_zone(AssessmentResponses::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_assessment_responses_cycle")
                            .from(AssessmentResponses::Table, AssessmentResponses::CycleId)
                            .to(AssessmentCycles::Table, AssessmentCycles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_assessment_responses_cycle")
                    .table(AssessmentResponses::Table)
                    .col(AssessmentResponses::CycleId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AssessmentPlanItems::Table)
                    .col(big_pk_auto(AssessmentPlanItems::Id))
                    .col(big_integer(AssessmentPlanItems::CycleId))
                    .col(integer(AssessmentPlanItems::Position))
                    .col(string(AssessmentPlanItems::Competency))
                    .col(text(AssessmentPlanItems::Actions))
                    .col(date(AssessmentPlanItems::DueOn))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_assessment_plan_items_cycle")
                            .from(AssessmentPlanItems::Table, AssessmentPlanItems::CycleId)
                            .to(AssessmentCycles::Table, AssessmentCycles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_assessment_plan_items_position")
                    .table(AssessmentPlanItems::Table)
                    .col(AssessmentPlanItems::CycleId)
                    .col(AssessmentPlanItems::Position)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(AssessmentPlanItems::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(AssessmentResponses::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(AssessmentCycles::Table).to_owned()).await
    }
}
