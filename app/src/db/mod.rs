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

/// Opens the database at `url` and brings its schema up to date, holding the start-up lock
/// (see [`StartUpLock`]) while it migrates.
///
/// SQLite files and their folder are created when missing and switched to WAL.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let lock = StartUpLock::take(url).await?;
    let db = connect(url).await?;
    let migrated = migrate(&db).await;
    lock.release().await;
    migrated.map(|()| db)
}

/// Brings the schema of `db` up to date (hold the [`StartUpLock`] around it).
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    migrations::Migrator::up(db, None).await
}

/// The PostgreSQL advisory lock key of start-up work (`"hubstart"` in ASCII).
const START_UP_LOCK_KEY: i64 = 0x6875_6273_7461_7274;

/// The right to do start-up work (migrations, the content sync) alone.
///
/// Policy: on PostgreSQL, several hubs may start at once on one database; each takes a
/// session advisory lock on a connection of its own before it migrates or syncs, so one
/// does the work while the others wait, then find it done. The lock goes with the
/// connection, so a process that dies holding it frees it. SQLite has one process per file
/// and needs nothing.
pub struct StartUpLock(Option<DatabaseConnection>);

impl StartUpLock {
    /// Waits for the lock on the database at `url`.
    pub async fn take(url: &str) -> Result<StartUpLock, DbErr> {
        if url.starts_with("sqlite:") {
            return Ok(StartUpLock(None));
        }
        let mut options = ConnectOptions::new(url.to_owned());
        options.max_connections(1).min_connections(1).sqlx_logging(false);
        let connection = Database::connect(options).await?;
        connection.execute_unprepared(&format!("SELECT pg_advisory_lock({START_UP_LOCK_KEY})")).await?;
        Ok(StartUpLock(Some(connection)))
    }

    /// Lets the next process in.
    pub async fn release(self) {
        if let Some(connection) = self.0 {
            let unlocked = connection
                .execute_unprepared(&format!("SELECT pg_advisory_unlock({START_UP_LOCK_KEY})"))
                .await;
            if let Err(error) = unlocked {
                tracing::warn!(%error, "the start-up lock could not be released; closing its connection frees it");
            }
            let _ = connection.close().await;
        }
    }
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

/// This process's writers on SQLite, in arrival order (a fair lock: first come, first
/// served). SQLite's busy handler lets waiting writers poll with growing sleeps, so without
/// it a writer that arrives late can overtake one that has waited long.
static SQLITE_WRITERS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// This process's turn to write on SQLite, held until the transaction it began is over.
/// Nothing on PostgreSQL, where rows are locked instead.
#[must_use = "the turn must be held until the transaction commits"]
pub struct WriteTurn(#[allow(dead_code)] Option<tokio::sync::MutexGuard<'static, ()>>);

/// Begins a transaction for a service that reads and then writes.
///
/// Policy (one write discipline): on SQLite the transaction begins `IMMEDIATE`, so it holds
/// the database's write lock before it reads anything (a deferred transaction that reads and
/// then writes fails at once with "database is locked" when another writer got in between;
/// an immediate one waits its turn), and this process's writers queue first. On PostgreSQL
/// it is an ordinary transaction; services lock the rows they change (`FOR UPDATE`, or an
/// update conditional on what was read). Keep the returned turn until the transaction is
/// committed or dropped; never begin a second write while holding one.
pub async fn begin_write(
    db: &DatabaseConnection,
) -> Result<(sea_orm::DatabaseTransaction, WriteTurn), DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    if db.get_database_backend() != DbBackend::Sqlite {
        return Ok((db.begin().await?, WriteTurn(None)));
    }
    let turn = SQLITE_WRITERS.lock().await;
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?;
    Ok((txn, WriteTurn(Some(turn))))
}

/// A raw statement for the backend of `db`, written with `?` placeholders (SQLite's), which
/// become `$1, $2, …` on PostgreSQL. For the few queries that are plainer in SQL than
/// through entities; values are always bound, never spliced in.
pub fn statement(db: &impl ConnectionTrait, sql: &str, values: Vec<sea_orm::Value>) -> sea_orm::Statement {
    let backend = db.get_database_backend();
    if backend != DbBackend::Postgres {
        return sea_orm::Statement::from_sql_and_values(backend, sql, values);
    }
    let mut numbered = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            numbered.push('$');
            numbered.push_str(&n.to_string());
        } else {
            numbered.push(c);
        }
    }
    sea_orm::Statement::from_sql_and_values(backend, numbered, values)
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
