//! The content-kind registry: each kind of public content declares once how it is found
//! (its search documents), where readers find it (its public URLs, for the sitemap) and which
//! of its pages are the same for every reader (for the page cache). Search, the sitemap and
//! the page cache read the registry the site composes (`crate::site::KINDS`) and import no
//! feature.

use std::future::Future;
use std::pin::Pin;

use sea_orm::DatabaseConnection;

use crate::auth::CurrentUser;
use crate::search::document::SearchDoc;
use crate::state::AppState;

/// A future a kind's loader returns.
pub type Loading<'a, T> = Pin<Box<dyn Future<Output = anyhow::Result<T>> + Send + 'a>>;

/// The audiences (groups) of an account, for a kind whose items only some may read.
pub type AudiencesOf = fn(&DatabaseConnection, i64) -> Loading<'_, Vec<i64>>;

/// A public page of a kind, for the sitemap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicUrl {
    /// Path from the site root (`/cases/some-case`).
    pub path: String,
    /// Last change, when known.
    pub modified: Option<time::Date>,
}

impl PublicUrl {
    /// A page without a known date of change.
    pub fn page(path: &str) -> Self {
        Self { path: path.to_owned(), modified: None }
    }
}

/// One kind of public content.
#[derive(Clone, Copy)]
pub struct PublicKind {
    /// Its name in `index_outbox.kind` and in search results (`article`, `case`, …).
    pub name: &'static str,
    /// The search documents of items `ids` that exist and are searchable; an id without a
    /// document is removed from the index.
    pub load: for<'a> fn(&'a DatabaseConnection, &'a [i64]) -> Loading<'a, Vec<SearchDoc>>,
    /// How many items a rebuild of the index reads.
    pub count: fn(&DatabaseConnection) -> Loading<'_, u64>,
    /// The next [`PAGE`] documents after key `after`, in key order.
    pub load_page: fn(&DatabaseConnection, i64) -> Loading<'_, Vec<SearchDoc>>,
    /// Every page of the kind anyone may read, for the sitemap.
    pub sitemap: fn(&DatabaseConnection) -> Loading<'_, Vec<PublicUrl>>,
    /// Path prefixes of pages that are the same for every reader (a prefix ending in `/`
    /// covers what is under it; any other is the exact path).
    pub public_pages: &'static [&'static str],
    /// Path prefixes under those that are not (forms, exports).
    pub private_pages: &'static [&'static str],
    /// For a kind with items only some people may read: the audiences (groups) account
    /// `.1` belongs to, whose restricted items it may find.
    pub audiences_of: Option<AudiencesOf>,
    /// For a kind whose items can be translated: how translation sets read and start its
    /// versions (see `crate::translations`).
    pub translations: Option<Translatable>,
}

/// What the translation sets need of a kind whose items exist in several languages.
#[derive(Clone, Copy)]
pub struct Translatable {
    /// The facts of items `ids` that exist (published or not).
    pub facts: for<'a> fn(&'a DatabaseConnection, &'a [i64]) -> Loading<'a, Vec<ItemFacts>>,
    /// Every published item, newest first, at most `.1` of them (the editors' list).
    pub published: fn(&DatabaseConnection, u64) -> Loading<'_, Vec<ItemFacts>>,
    /// Starts a draft in language `.3` (one of the six) by account `.1`, prefilled with the
    /// current text of item `.2`, under the kind's own rules; returns the draft's key.
    pub start: for<'a> fn(&'a AppState, &'a CurrentUser, i64, &'a str) -> Starting<'a>,
    /// Where the author and editors work on draft `id`.
    pub draft_path: fn(i64) -> String,
}

/// A future that starts a draft, with the kind's own errors.
pub type Starting<'a> = Pin<Box<dyn Future<Output = crate::error::AppResult<i64>> + Send + 'a>>;

/// What translation sets need to know of one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemFacts {
    /// Key of the item in its table.
    pub id: i64,
    /// Its public page.
    pub path: String,
    /// Title, plain text.
    pub title: String,
    /// BCP 47 language of its text.
    pub lang: String,
    /// Its current revision, when it keeps revisions.
    pub revision: Option<i64>,
    /// Whether readers can see it.
    pub published: bool,
    /// Who wrote it.
    pub owner_id: Option<i64>,
}

/// Items a rebuild reads per database round trip.
pub const PAGE: u64 = 1_000;

/// Whether `path` is a page of `kinds` that is the same for every reader.
pub fn is_public_page(kinds: &[PublicKind], path: &str) -> bool {
    let covers =
        |prefix: &&str| if prefix.ends_with('/') { path.starts_with(prefix) } else { path == *prefix };
    kinds.iter().any(|kind| kind.public_pages.iter().any(covers))
        && !kinds.iter().any(|kind| kind.private_pages.iter().any(|prefix| path.starts_with(prefix)))
}

/// Every audience (group) of account `account_id` among `kinds`, once each.
pub async fn audiences_of(
    kinds: &[PublicKind],
    db: &DatabaseConnection,
    account_id: i64,
) -> anyhow::Result<Vec<i64>> {
    let mut audiences = Vec::new();
    let mut asked = Vec::new();
    for audiences_of in kinds.iter().filter_map(|kind| kind.audiences_of) {
        // Kinds that share their audiences (groups and their outputs) share the function.
        if asked.contains(&(audiences_of as usize)) {
            continue;
        }
        asked.push(audiences_of as usize);
        audiences.extend(audiences_of(db, account_id).await?);
    }
    audiences.sort_unstable();
    audiences.dedup();
    Ok(audiences)
}

/// The kind named `name`.
pub fn find<'a>(kinds: &'a [PublicKind], name: &str) -> Option<&'a PublicKind> {
    kinds.iter().find(|kind| kind.name == name)
}
