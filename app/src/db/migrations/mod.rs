//! Schema migrations: schema only (seed content comes from the content sync), each with a
//! working `down`. Run at start-up and by `hub migrate`.

mod m20261123_000001_articles;
mod m20261123_000002_index_outbox;
mod m20261123_000003_accounts;
mod m20261123_000004_blog;
mod m20261123_000005_article_images;
mod m20261202_000006_cases;
mod m20261202_000007_groups;
mod m20261202_000008_group_outputs;
mod m20261206_000009_assessment;
mod m20261206_000010_events;
mod m20261206_000011_several_hubs;
mod m20261206_000012_search_demand;
mod m20261206_000013_pledges;
mod m20261206_000014_translation_sets;
mod m20261206_000015_languages;
mod m20261206_000016_group_document_lang;
mod m20261206_000017_invitation_language;

use sea_orm_migration::{MigrationTrait, MigratorTrait};

/// Every migration, oldest first.
pub struct Migrator;

impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_articles::Migration),
            Box::new(m20261123_000002_index_outbox::Migration),
            Box::new(m20261123_000003_accounts::Migration),
            Box::new(m20261123_000004_blog::Migration),
            Box::new(m20261123_000005_article_images::Migration),
            Box::new(m20261202_000006_cases::Migration),
            Box::new(m20261202_000007_groups::Migration),
            Box::new(m20261202_000008_group_outputs::Migration),
            Box::new(m20261206_000010_events::Migration),
            Box::new(m20261206_000012_search_demand::Migration),
            Box::new(m20261206_000011_several_hubs::Migration),
            Box::new(m20261206_000009_assessment::Migration),
            Box::new(m20261206_000013_pledges::Migration),
            Box::new(m20261206_000014_translation_sets::Migration),
            Box::new(m20261206_000015_languages::Migration),
            Box::new(m20261206_000016_group_document_lang::Migration),
            Box::new(m20261206_000017_invitation_language::Migration),
        ]
    }
}
