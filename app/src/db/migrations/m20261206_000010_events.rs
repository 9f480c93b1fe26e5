//! Events (conferences, forum sessions, webinars, trainings, seminars): the events, the
//! people registered for them, their revisions and the history of their review.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    Slug,
    Lang,
    Title,
    Summary,
    Kind,
    Format,
    StartsAt,
    EndsAt,
    AllDay,
    TimeZone,
    Venue,
    Address,
    OnlineUrl,
    Record,
    AgendaHtml,
    Tags,
    RegistrationOpen,
    Capacity,
    Waitlist,
    Moderated,
    Sequence,
    Schedule,
    Outcome,
    OutcomeRemindedAt,
    RegistrationsPurged,
    Status,
    OwnerId,
    PublishedOn,
    CurrentRevisionId,
    SourceHash,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventRegistrations {
    Table,
    Id,
    EventId,
    Name,
    Email,
    Status,
    TokenHash,
    RemindedDay,
    RemindedHour,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventRevisions {
    Table,
    Id,
    EventId,
    Record,
    Author,
    Note,
    CreatedAt,
}

#[derive(DeriveIden)]
enum EventSteps {
    Table,
    Id,
    EventId,
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
                    .table(Events::Table)
                    .col(big_pk_auto(Events::Id))
                    .col(string_uniq(Events::Slug))
                    .col(string(Events::Lang))
                    .col(string(Events::Title))
                    .col(text(Events::Summary))
                    .col(string(Events::Kind))
                    .col(string(Events::Format))
                    .col(timestamp_with_time_zone(Events::StartsAt))
                    .col(timestamp_with_time_zone(Events::EndsAt))
                    .col(boolean(Events::AllDay))
                    .col(string(Events::TimeZone))
                    .col(text(Events::Venue))
                    .col(text(Events::Address))
                    .col(text(Events::OnlineUrl))
                    .col(json(Events::Record))
                    .col(text(Events::AgendaHtml))
                    .col(json(Events::Tags))
                    .col(boolean(Events::RegistrationOpen))
                    .col(integer_null(Events::Capacity))
                    .col(boolean(Events::Waitlist))
                    .col(boolean(Events::Moderated))
                    .col(integer(Events::Sequence))
                    .col(string(Events::Schedule))
                    .col(json_null(Events::Outcome))
                    .col(timestamp_with_time_zone_null(Events::OutcomeRemindedAt))
                    .col(boolean(Events::RegistrationsPurged))
                    .col(string(Events::Status))
                    .col(big_integer_null(Events::OwnerId))
                    .col(date_null(Events::PublishedOn))
                    .col(big_integer_null(Events::CurrentRevisionId))
                    .col(string_null(Events::SourceHash))
                    .col(timestamp_with_time_zone(Events::CreatedAt))
                    .col(timestamp_with_time_zone(Events::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        for (name, column) in
            [("idx_events_status", Events::Status), ("idx_events_starts_at", Events::StartsAt)]
        {
            manager
                .create_index(Index::create().name(name).table(Events::Table).col(column).to_owned())
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(EventRegistrations::Table)
                    .col(big_pk_auto(EventRegistrations::Id))
                    .col(big_integer(EventRegistrations::EventId))
                    .col(string(EventRegistrations::Name))
                    .col(string(EventRegistrations::Email))
                    .col(string(EventRegistrations::Status))
                    .col(string_uniq(EventRegistrations::TokenHash))
                    .col(boolean(EventRegistrations::RemindedDay))
                    .col(boolean(EventRegistrations::RemindedHour))
                    .col(timestamp_with_time_zone(EventRegistrations::CreatedAt))
                    .col(timestamp_with_time_zone(EventRegistrations::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_event_registrations_event")
                            .from(EventRegistrations::Table, EventRegistrations::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_registrations_event_email")
                    .table(EventRegistrations::Table)
                    .col(EventRegistrations::EventId)
                    .col(EventRegistrations::Email)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventRevisions::Table)
                    .col(big_pk_auto(EventRevisions::Id))
                    .col(big_integer(EventRevisions::EventId))
                    .col(json(EventRevisions::Record))
                    .col(string(EventRevisions::Author))
                    .col(text(EventRevisions::Note))
                    .col(timestamp_with_time_zone(EventRevisions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_event_revisions_event")
                            .from(EventRevisions::Table, EventRevisions::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_revisions_event")
                    .table(EventRevisions::Table)
                    .col(EventRevisions::EventId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventSteps::Table)
                    .col(big_pk_auto(EventSteps::Id))
                    .col(big_integer(EventSteps::EventId))
                    .col(string_null(EventSteps::FromStatus))
                    .col(string(EventSteps::ToStatus))
                    .col(big_integer_null(EventSteps::ActorId))
                    .col(string(EventSteps::ActorName))
                    .col(text(EventSteps::Comment))
                    .col(big_integer_null(EventSteps::RevisionId))
                    .col(timestamp_with_time_zone(EventSteps::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_event_steps_event")
                            .from(EventSteps::Table, EventSteps::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_steps_event")
                    .table(EventSteps::Table)
                    .col(EventSteps::EventId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(EventSteps::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(EventRevisions::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(EventRegistrations::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Events::Table).to_owned()).await
    }
}
