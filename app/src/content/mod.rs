//! Content files: Markdown with TOML front matter in `content/`, synced into the database.
//!
//! Policy: the sync is idempotent (upsert by slug, keyed on a hash of the file) and never
//! overwrites an article edited in the hub since the last sync. A file that cannot be read
//! is reported with its path and line and skipped; the others still load.

mod front_matter;
mod sync;

pub use front_matter::{
    Author, ContentFile, FrontMatter, IssueFront, ParseError, is_issue_month, is_valid_slug, parse,
    parse_issue,
};
pub use sync::{FileProblem, SyncReport, sync_dir};
