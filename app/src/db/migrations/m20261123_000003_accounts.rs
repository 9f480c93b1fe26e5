//! Member organisations, accounts, sessions, invitations, password resets, join requests
//! and the audit log.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
    Slug,
    Name,
    StakeholderGroup,
    Country,
    Website,
    Description,
    Logo,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
    Email,
    Name,
    PasswordHash,
    Role,
    OrganisationId,
    JobTitle,
    Listed,
    CreatedAt,
    PasswordChangedAt,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    Id,
    AccountId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
    UserAgent,
    ClientAddress,
}

#[derive(DeriveIden)]
enum Invitation {
    Table,
    Id,
    TokenHash,
    Email,
    OrganisationId,
    Role,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
}

#[derive(DeriveIden)]
enum PasswordReset {
    Table,
    Id,
    TokenHash,
    AccountId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum JoinRequest {
    Table,
    Id,
    OrganisationName,
    StakeholderGroup,
    Country,
    Website,
    ContactName,
    ContactEmail,
    Motivation,
    Status,
    DecidedBy,
    DecidedAt,
    DeclineReason,
    OrganisationId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuditEvent {
    Table,
    Id,
    ActorId,
    Action,
    Target,
    Detail,
    ClientAddress,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organisation::Table)
                    .col(big_pk_auto(Organisation::Id))
                    .col(string_uniq(Organisation::Slug))
                    .col(string(Organisation::Name))
                    .col(string(Organisation::StakeholderGroup))
                    .col(string_null(Organisation::Country))
                    .col(string_null(Organisation::Website))
                    .col(text(Organisation::Description))
                    .col(string_null(Organisation::Logo))
                    .col(timestamp_with_time_zone(Organisation::CreatedAt))
                    .col(timestamp_with_time_zone(Organisation::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Account::Table)
                    .col(big_pk_auto(Account::Id))
                    .col(string_uniq(Account::Email))
                    .col(string(Account::Name))
                    .col(string(Account::PasswordHash))
                    .col(string(Account::Role))
                    .col(big_integer_null(Account::OrganisationId))
                    .col(string_null(Account::JobTitle))
                    .col(boolean(Account::Listed))
                    .col(timestamp_with_time_zone(Account::CreatedAt))
                    .col(timestamp_with_time_zone(Account::PasswordChangedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Account::Table, Account::OrganisationId)
                            .to(Organisation::Table, Organisation::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .col(string(Session::Id).primary_key())
                    .col(big_integer(Session::AccountId))
                    .col(timestamp_with_time_zone(Session::CreatedAt))
                    .col(timestamp_with_time_zone(Session::LastSeenAt))
                    .col(timestamp_with_time_zone(Session::ExpiresAt))
                    .col(string(Session::UserAgent))
                    .col(string(Session::ClientAddress))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Session::Table, Session::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("session_account")
                    .table(Session::Table)
                    .col(Session::AccountId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Invitation::Table)
                    .col(big_pk_auto(Invitation::Id))
                    .col(string_uniq(Invitation::TokenHash))
                    .col(string(Invitation::Email))
                    .col(big_integer_null(Invitation::OrganisationId))
                    .col(string(Invitation::Role))
                    .col(big_integer_null(Invitation::InvitedBy))
                    .col(timestamp_with_time_zone(Invitation::CreatedAt))
                    .col(timestamp_with_time_zone(Invitation::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invitation::AcceptedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitation::Table, Invitation::OrganisationId)
                            .to(Organisation::Table, Organisation::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PasswordReset::Table)
                    .col(big_pk_auto(PasswordReset::Id))
                    .col(string_uniq(PasswordReset::TokenHash))
                    .col(big_integer(PasswordReset::AccountId))
                    .col(timestamp_with_time_zone(PasswordReset::CreatedAt))
                    .col(timestamp_with_time_zone(PasswordReset::ExpiresAt))
                    .col(timestamp_with_time_zone_null(PasswordReset::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PasswordReset::Table, PasswordReset::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(JoinRequest::Table)
                    .col(big_pk_auto(JoinRequest::Id))
                    .col(string(JoinRequest::OrganisationName))
                    .col(string(JoinRequest::StakeholderGroup))
                    .col(string_null(JoinRequest::Country))
                    .col(string_null(JoinRequest::Website))
                    .col(string(JoinRequest::ContactName))
                    .col(string(JoinRequest::ContactEmail))
                    .col(text(JoinRequest::Motivation))
                    .col(string(JoinRequest::Status))
                    .col(big_integer_null(JoinRequest::DecidedBy))
                    .col(timestamp_with_time_zone_null(JoinRequest::DecidedAt))
                    .col(text_null(JoinRequest::DeclineReason))
                    .col(big_integer_null(JoinRequest::OrganisationId))
                    .col(timestamp_with_time_zone(JoinRequest::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditEvent::Table)
                    .col(big_pk_auto(AuditEvent::Id))
                    .col(big_integer_null(AuditEvent::ActorId))
                    .col(string(AuditEvent::Action))
                    .col(string(AuditEvent::Target))
                    .col(text(AuditEvent::Detail))
                    .col(string(AuditEvent::ClientAddress))
                    .col(timestamp_with_time_zone(AuditEvent::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditEvent::Table.into_iden(),
            JoinRequest::Table.into_iden(),
            PasswordReset::Table.into_iden(),
            Invitation::Table.into_iden(),
            Session::Table.into_iden(),
            Account::Table.into_iden(),
            Organisation::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
