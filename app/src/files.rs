//! Where uploaded files (post images, organisation logos, case attachments) are kept.
//!
//! Policy: a file is written once under a random name and never changed, so any store that
//! can put and get bytes by name will do. The embedded default is a folder on this machine
//! (`<HUB_DATA_DIR>/uploads`). With several hubs on one database the files go into the
//! database itself, in chunks of [`CHUNK_BYTES`] (a table of names and sizes, and a table
//! of chunks), so every hub serves every file and a file is streamed chunk by chunk without
//! being held whole in memory. The chunks are written first and the name last, in one
//! transaction: a file is either whole or absent.

use std::path::PathBuf;

use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};

use crate::db::statement;

/// Bytes in one stored chunk.
pub const CHUNK_BYTES: usize = 256 * 1024;

/// A store of uploaded files.
#[derive(Clone, Debug)]
pub enum FileStore {
    /// Files in a folder of this machine.
    Folder(PathBuf),
    /// Files in the database, shared by every hub on it.
    Database(DatabaseConnection),
}

/// A file kept in the database: its size and how many chunks hold it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoredFile {
    /// Bytes.
    pub size: i64,
    /// Chunks, numbered from 0.
    pub chunks: i32,
}

/// A failure of the store (logged where it is handled; never shown as it is).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The folder could not be written or read.
    #[error("file store folder: {0}")]
    Io(#[from] std::io::Error),
    /// The database refused.
    #[error("file store database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

/// The key a file is kept under: `folder/name`.
fn key(folder: &str, name: &str) -> String {
    format!("{folder}/{name}")
}

impl FileStore {
    /// Keeps `bytes` as `folder/name`. A name already there is replaced.
    pub async fn put(&self, folder: &str, name: &str, bytes: &[u8]) -> Result<(), StoreError> {
        match self {
            FileStore::Folder(root) => {
                let dir = root.join(folder);
                tokio::fs::create_dir_all(&dir).await?;
                // Written under a temporary name and renamed: a reader never sees half a file.
                let temporary = dir.join(format!(".{name}.part"));
                tokio::fs::write(&temporary, bytes).await?;
                tokio::fs::rename(&temporary, dir.join(name)).await?;
                Ok(())
            }
            FileStore::Database(db) => {
                let path = key(folder, name);
                let txn = db.begin().await?;
                txn.execute_raw(statement(
                    &txn,
                    "DELETE FROM stored_file_chunk WHERE path = ?",
                    vec![path.clone().into()],
                ))
                .await?;
                txn.execute_raw(statement(
                    &txn,
                    "DELETE FROM stored_file WHERE path = ?",
                    vec![path.clone().into()],
                ))
                .await?;
                let mut chunks = 0i32;
                for (seq, chunk) in bytes.chunks(CHUNK_BYTES).enumerate() {
                    let seq = i32::try_from(seq).unwrap_or(i32::MAX);
                    txn.execute_raw(statement(
                        &txn,
                        "INSERT INTO stored_file_chunk (path, seq, content) VALUES (?, ?, ?)",
                        vec![path.clone().into(), seq.into(), chunk.to_vec().into()],
                    ))
                    .await?;
                    chunks = seq + 1;
                }
                let size = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
                let now = time::OffsetDateTime::now_utc().unix_timestamp();
                txn.execute_raw(statement(
                    &txn,
                    "INSERT INTO stored_file (path, size, chunks, created_at) VALUES (?, ?, ?, ?)",
                    vec![path.into(), size.into(), chunks.into(), now.into()],
                ))
                .await?;
                txn.commit().await?;
                Ok(())
            }
        }
    }

    /// The folder files are kept in, when they are kept in one.
    pub fn folder(&self) -> Option<&std::path::Path> {
        match self {
            FileStore::Folder(root) => Some(root),
            FileStore::Database(_) => None,
        }
    }

    /// Every file in the store, as `folder/name` keys (for exports).
    pub async fn list(&self) -> Result<Vec<String>, StoreError> {
        match self {
            FileStore::Folder(root) => {
                let mut keys = Vec::new();
                let Ok(mut folders) = tokio::fs::read_dir(root).await else { return Ok(keys) };
                while let Some(folder) = folders.next_entry().await? {
                    if !folder.file_type().await?.is_dir() {
                        continue;
                    }
                    let mut files = tokio::fs::read_dir(folder.path()).await?;
                    while let Some(file) = files.next_entry().await? {
                        let name = file.file_name().to_string_lossy().into_owned();
                        if file.file_type().await?.is_file() && !name.starts_with('.') {
                            keys.push(format!("{}/{name}", folder.file_name().to_string_lossy()));
                        }
                    }
                }
                keys.sort();
                Ok(keys)
            }
            FileStore::Database(db) => {
                let rows = db
                    .query_all_raw(statement(db, "SELECT path FROM stored_file ORDER BY path", vec![]))
                    .await?;
                Ok(rows.iter().filter_map(|row| row.try_get::<String>("", "path").ok()).collect())
            }
        }
    }

    /// The whole of `folder/name`, or `None` when there is no such file.
    pub async fn read(&self, folder: &str, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        match self {
            FileStore::Folder(root) => match tokio::fs::read(root.join(folder).join(name)).await {
                Ok(bytes) => Ok(Some(bytes)),
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(err) => Err(err.into()),
            },
            FileStore::Database(db) => {
                let Some(file) = stored(db, folder, name).await? else { return Ok(None) };
                let mut bytes = Vec::with_capacity(usize::try_from(file.size).unwrap_or(0));
                for seq in 0..file.chunks {
                    bytes.extend(chunk(db, folder, name, seq).await?.unwrap_or_default());
                }
                Ok(Some(bytes))
            }
        }
    }
}

/// The size and chunk count of `folder/name` in the database, if it is there.
pub async fn stored(
    db: &DatabaseConnection,
    folder: &str,
    name: &str,
) -> Result<Option<StoredFile>, StoreError> {
    let row = db
        .query_one_raw(statement(
            db,
            "SELECT size, chunks FROM stored_file WHERE path = ?",
            vec![key(folder, name).into()],
        ))
        .await?;
    Ok(row.and_then(|row| {
        Some(StoredFile { size: row.try_get("", "size").ok()?, chunks: row.try_get("", "chunks").ok()? })
    }))
}

/// Chunk `seq` of `folder/name` in the database.
pub async fn chunk(
    db: &DatabaseConnection,
    folder: &str,
    name: &str,
    seq: i32,
) -> Result<Option<Vec<u8>>, StoreError> {
    let row = db
        .query_one_raw(statement(
            db,
            "SELECT content FROM stored_file_chunk WHERE path = ? AND seq = ?",
            vec![key(folder, name).into(), seq.into()],
        ))
        .await?;
    Ok(row.and_then(|row| row.try_get::<Vec<u8>>("", "content").ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_file_comes_back_whole_from_either_store() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = crate::db::connect_and_migrate(&format!("sqlite://{}", dir.path().join("hub.db").display()))
            .await
            .expect("database");
        let big: Vec<u8> = (0..CHUNK_BYTES * 2 + 17).map(|n| (n % 251) as u8).collect();
        for store in [FileStore::Folder(dir.path().join("uploads")), FileStore::Database(db.clone())] {
            assert_eq!(store.read("images", "absent.png").await.expect("read"), None);
            store.put("images", "big.png", &big).await.expect("put");
            store.put("files", "small.pdf", b"%PDF-1.4").await.expect("put");
            assert_eq!(store.read("images", "big.png").await.expect("read").as_deref(), Some(&big[..]));
            store.put("files", "small.pdf", b"%PDF-1.7 again").await.expect("replace");
            assert_eq!(
                store.read("files", "small.pdf").await.expect("read").as_deref(),
                Some(&b"%PDF-1.7 again"[..])
            );
            assert_eq!(store.list().await.expect("list"), ["files/small.pdf", "images/big.png"]);
        }
        let file = stored(&db, "images", "big.png").await.expect("stored").expect("there");
        assert_eq!(file, StoredFile { size: big.len() as i64, chunks: 3 });
    }
}
