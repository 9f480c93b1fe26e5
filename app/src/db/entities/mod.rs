//! sea-orm entities, one module per table.

pub mod article;
pub mod article_revision;
pub mod index_outbox;
