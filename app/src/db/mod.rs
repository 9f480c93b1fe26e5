//! The database: connection, schema migrations and entities.
//!
//! Policy: the database is the source of truth; everything else (the search index, rendered
//! pages) is derived from it. SQLite (WAL) is the embedded default and PostgreSQL the same
//! code behind another URL. Entities never cross the wire: features convert them into their
//! own wire types in their `ssr.rs`.

pub mod entities;
pub mod migrations;

pub use sea_orm::DatabaseConnection;

use std::time::Duration;

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DbBackend, DbErr};
use sea_orm_migration::MigratorTrait;

/// Opens the database at `url` and brings its schema up to date.
///
/// SQLite files and their folder are created when missing and switched to WAL.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let db = connect(url).await?;
    migrations::Migrator::up(&db, None).await?;
    Ok(db)
}

/// Opens the database at `url` without touching its schema.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let url = with_sqlite_create_mode(url);
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(16)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    let db = Database::connect(options).await?;
    if db.get_database_backend() == DbBackend::Sqlite {
        db.execute_unprepared("PRAGMA journal_mode = WAL").await?;
        db.execute_unprepared("PRAGMA synchronous = NORMAL").await?;
    }
    Ok(db)
}

/// SQLite URLs open read-write and create the file unless the URL says otherwise.
fn with_sqlite_create_mode(url: &str) -> String {
    if url.starts_with("sqlite:") && !url.contains("mode=") && !url.contains(":memory:") {
        let separator = if url.contains('?') { '&' } else { '?' };
        format!("{url}{separator}mode=rwc")
    } else {
        url.to_owned()
    }
}

/// Whether the database answers a trivial query.
pub async fn is_usable(db: &DatabaseConnection) -> bool {
    db.ping().await.is_ok()
}

#[cfg(test)]
mod tests {
    use super::with_sqlite_create_mode;

    #[test]
    fn sqlite_urls_get_create_mode_once() {
        assert_eq!(with_sqlite_create_mode("sqlite://data/hub.db"), "sqlite://data/hub.db?mode=rwc");
        assert_eq!(with_sqlite_create_mode("sqlite://x.db?mode=ro"), "sqlite://x.db?mode=ro");
        assert_eq!(with_sqlite_create_mode("postgres://h/db"), "postgres://h/db");
    }
}
