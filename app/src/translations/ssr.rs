//! Translation sets on the server: reading a work's versions, starting and linking
//! translations under the rules of `super`, the editors' list, and the search documents of a
//! work (one per work, carrying every published version).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    Set, SqlErr,
};

use super::{
    LANGUAGES, Role, VersionLink, VersionSet, is_content_language, is_outdated, native_name, primary,
};
use crate::auth::{CurrentUser, Role as AccountRole};
use crate::db::entities::translation_version as version;
use crate::error::{AppError, AppResult};
use crate::kinds::{ItemFacts, PublicKind, Translatable};
use crate::search::document::{SearchDoc, WorkDoc};

/// Most works of each kind the editors' list reads.
pub const DESK_LIMIT: u64 = 500;

/// The translatable kind named `name`.
pub fn translatable<'a>(kinds: &'a [PublicKind], name: &str) -> Option<(&'a PublicKind, Translatable)> {
    crate::kinds::find(kinds, name).and_then(|kind| kind.translations.map(|hooks| (kind, hooks)))
}

/// The set row of item `item_id` of `kind`, if it is in a set.
pub async fn row_of<C: ConnectionTrait>(
    db: &C,
    kind: &str,
    item_id: i64,
) -> Result<Option<version::Model>, sea_orm::DbErr> {
    version::Entity::find()
        .filter(version::Column::Kind.eq(kind))
        .filter(version::Column::ItemId.eq(item_id))
        .one(db)
        .await
}

/// Every row of the works `works` of `kind`.
async fn rows_of_works<C: ConnectionTrait>(
    db: &C,
    kind: &str,
    works: impl IntoIterator<Item = i64>,
) -> Result<Vec<version::Model>, sea_orm::DbErr> {
    version::Entity::find()
        .filter(version::Column::Kind.eq(kind))
        .filter(version::Column::WorkId.is_in(works))
        .order_by_asc(version::Column::Id)
        .all(db)
        .await
}

/// The link to a version.
fn link(facts: &ItemFacts, role: Role) -> VersionLink {
    let lang = primary(&facts.lang);
    VersionLink { name: native_name(&lang), lang, path: facts.path.clone(), title: facts.title.clone(), role }
}

/// The role of `row` given the original's facts.
fn role_of(row: &version::Model, original: Option<&ItemFacts>) -> Role {
    if row.item_id == row.work_id {
        Role::Original
    } else if is_outdated(original.and_then(|facts| facts.revision), row.source_revision_id) {
        Role::Outdated
    } else {
        Role::Translation
    }
}

/// The versions of the work item `item_id` of kind `kind` belongs to, as its page shows them:
/// published versions only. An item in no set is a work of its own.
pub async fn version_set(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    base: &str,
    kind: &str,
    item_id: i64,
) -> AppResult<VersionSet> {
    let Some((_, hooks)) = translatable(kinds, kind) else { return Err(AppError::NotFound) };
    let mut set = VersionSet { base: base.to_owned(), work_id: item_id, ..VersionSet::default() };
    let Some(row) = row_of(db, kind, item_id).await? else {
        let facts = (hooks.facts)(db, &[item_id]).await.map_err(internal)?;
        // Readers learn nothing of an item they may not read.
        let Some(item) = facts.first().filter(|item| item.published) else { return Err(AppError::NotFound) };
        let own = primary(&item.lang);
        set.missing =
            LANGUAGES.iter().map(|(code, _)| (*code).to_owned()).filter(|code| *code != own).collect();
        return Ok(set);
    };
    set.work_id = row.work_id;
    let rows = rows_of_works(db, kind, [row.work_id]).await?;
    let ids: Vec<i64> = rows.iter().map(|row| row.item_id).collect();
    let facts: HashMap<i64, ItemFacts> =
        (hooks.facts)(db, &ids).await.map_err(internal)?.into_iter().map(|facts| (facts.id, facts)).collect();
    if !facts.get(&item_id).is_some_and(|item| item.published) {
        return Err(AppError::NotFound);
    }
    let original = facts.get(&row.work_id);
    let had: BTreeSet<String> = rows.iter().map(|row| row.lang.clone()).collect();
    set.missing =
        LANGUAGES.iter().map(|(code, _)| (*code).to_owned()).filter(|code| !had.contains(code)).collect();
    let mut others = Vec::new();
    for version in &rows {
        let Some(item) = facts.get(&version.item_id) else { continue };
        let link = link(item, role_of(version, original));
        if version.item_id == item_id {
            set.this = Some(link.clone());
        } else if item.published {
            others.push(link.clone());
        }
        if version.item_id == version.work_id && item.published {
            set.original = Some(link);
        }
    }
    others.sort_by_key(|link| LANGUAGES.iter().position(|(code, _)| *code == link.lang));
    set.others = others;
    Ok(set)
}

fn internal(err: anyhow::Error) -> AppError {
    tracing::error!(error = %err, "a translation set could not be read");
    AppError::Internal
}

fn invalid(field: &str, message: &str) -> AppError {
    AppError::Invalid { field: field.to_owned(), message: message.to_owned() }
}

/// Checks that item `original` of `kind` may get a version in `lang`: one of the six
/// languages, not yet in its work, and `original` is an original (never a translation).
/// Returns the original's facts.
async fn check_new_version(
    db: &DatabaseConnection,
    hooks: Translatable,
    kind: &str,
    original: i64,
    lang: &str,
) -> AppResult<ItemFacts> {
    if !is_content_language(lang) {
        return Err(invalid("lang", "translations-error-language"));
    }
    let facts = (hooks.facts)(db, &[original]).await.map_err(internal)?;
    let Some(item) = facts.into_iter().next() else { return Err(AppError::NotFound) };
    let rows = match row_of(db, kind, original).await? {
        Some(row) if row.work_id != original => {
            return Err(invalid("form", "translations-error-of-translation"));
        }
        Some(row) => rows_of_works(db, kind, [row.work_id]).await?,
        None => Vec::new(),
    };
    if primary(&item.lang) == lang || rows.iter().any(|row| row.lang == lang) {
        return Err(invalid("lang", "translations-error-exists"));
    }
    Ok(item)
}

/// Records item `item_id` as the `lang` translation of `original` (made from the
/// original's revision `source` by `translator`), and the original as the set's original.
async fn record(
    db: &DatabaseConnection,
    kind: &str,
    original: &ItemFacts,
    item_id: i64,
    lang: &str,
    translator: Option<i64>,
) -> AppResult<()> {
    let now = time::OffsetDateTime::now_utc();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    if row_of(&txn, kind, original.id).await?.is_none() {
        version::ActiveModel {
            kind: Set(kind.to_owned()),
            item_id: Set(original.id),
            work_id: Set(original.id),
            lang: Set(primary(&original.lang)),
            translator_id: Set(None),
            source_revision_id: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    let inserted = version::ActiveModel {
        kind: Set(kind.to_owned()),
        item_id: Set(item_id),
        work_id: Set(original.id),
        lang: Set(lang.to_owned()),
        translator_id: Set(translator),
        source_revision_id: Set(original.revision),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    match inserted {
        Ok(_) => {}
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(invalid("lang", "translations-error-exists"));
        }
        Err(err) => return Err(err.into()),
    }
    // The work's search document now carries the new version (once it is published).
    crate::search::index::enqueue(&txn, kind, original.id).await?;
    txn.commit().await?;
    Ok(())
}

/// Starts the `lang` translation of item `original` of `kind` for `user`: a draft of the
/// kind, prefilled with the original, that goes through the kind's review. Returns where
/// the draft is written.
pub async fn start(
    state: &crate::state::AppState,
    kinds: &[PublicKind],
    user: &CurrentUser,
    kind: &str,
    original: i64,
    lang: &str,
) -> AppResult<String> {
    let db = &state.db;
    let Some((_, hooks)) = translatable(kinds, kind) else { return Err(AppError::NotFound) };
    let item = check_new_version(db, hooks, kind, original, lang).await?;
    if !item.published && !user.has(AccountRole::Editor) && item.owner_id != Some(user.id) {
        return Err(AppError::NotFound);
    }
    let draft = (hooks.start)(state, user, original, lang).await?;
    record(db, kind, &item, draft, lang, Some(user.id)).await?;
    Ok((hooks.draft_path)(draft))
}

/// Links existing item `item_id` as the translation of `original` into `lang`, as the
/// content folder declares it; the link is kept when it is already there.
pub async fn link_existing(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    kind: &str,
    item_id: i64,
    original: i64,
) -> AppResult<()> {
    let Some((_, hooks)) = translatable(kinds, kind) else { return Err(AppError::NotFound) };
    if let Some(row) = row_of(db, kind, item_id).await? {
        return if row.work_id == original {
            Ok(())
        } else {
            Err(invalid("translation_of", "translations-error-other-set"))
        };
    }
    let facts = (hooks.facts)(db, &[item_id]).await.map_err(internal)?;
    let Some(item) = facts.first() else { return Err(AppError::NotFound) };
    let lang = primary(&item.lang);
    let original = check_new_version(db, hooks, kind, original, &lang).await?;
    record(db, kind, &original, item_id, &lang, None).await
}

/// A work on the editors' list.
#[derive(Clone, Debug)]
pub struct DeskWork {
    /// Its kind.
    pub kind: &'static str,
    /// The original.
    pub original: ItemFacts,
    /// Languages it has no version in, published or not.
    pub missing: Vec<String>,
    /// Published translations made from an older revision of the original.
    pub outdated: Vec<ItemFacts>,
}

/// The published works of the translatable kinds (`only` one when given): what each lacks
/// and which of its translations are outdated. Editors only.
pub async fn desk(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    user: &CurrentUser,
    only: Option<&str>,
) -> AppResult<Vec<DeskWork>> {
    if !user.has(AccountRole::Editor) {
        return Err(AppError::Forbidden);
    }
    let mut out = Vec::new();
    for kind in kinds.iter().filter(|kind| only.is_none_or(|name| name == kind.name)) {
        let Some(hooks) = kind.translations else { continue };
        let published = (hooks.published)(db, DESK_LIMIT).await.map_err(internal)?;
        let ids: Vec<i64> = published.iter().map(|item| item.id).collect();
        let own_rows = version::Entity::find()
            .filter(version::Column::Kind.eq(kind.name))
            .filter(version::Column::ItemId.is_in(ids.iter().copied()))
            .all(db)
            .await?;
        let translations: BTreeSet<i64> =
            own_rows.iter().filter(|row| row.item_id != row.work_id).map(|row| row.item_id).collect();
        let rows = rows_of_works(db, kind.name, ids.iter().copied()).await?;
        let mut by_work: BTreeMap<i64, Vec<&version::Model>> = BTreeMap::new();
        for row in &rows {
            by_work.entry(row.work_id).or_default().push(row);
        }
        let version_ids: Vec<i64> =
            rows.iter().map(|row| row.item_id).filter(|id| !ids.contains(id)).collect();
        let mut facts: HashMap<i64, ItemFacts> = (hooks.facts)(db, &version_ids)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|facts| (facts.id, facts))
            .collect();
        facts.extend(published.iter().map(|item| (item.id, item.clone())));
        for original in published.into_iter().filter(|item| !translations.contains(&item.id)) {
            let versions = by_work.get(&original.id).cloned().unwrap_or_default();
            let own = primary(&original.lang);
            let missing = LANGUAGES
                .iter()
                .map(|(code, _)| (*code).to_owned())
                .filter(|code| *code != own && !versions.iter().any(|row| row.lang == *code))
                .collect();
            let outdated = versions
                .iter()
                .filter(|row| row.item_id != row.work_id)
                .filter(|row| is_outdated(original.revision, row.source_revision_id))
                .filter_map(|row| facts.get(&row.item_id).filter(|item| item.published).cloned())
                .collect();
            out.push(DeskWork { kind: kind.name, original, missing, outdated });
        }
    }
    Ok(out)
}

/// Item `ids` of `kind` and every other version of their works, once each, sorted.
pub async fn with_versions(db: &DatabaseConnection, kind: &str, ids: &[i64]) -> anyhow::Result<Vec<i64>> {
    let works: BTreeSet<i64> = version::Entity::find()
        .filter(version::Column::Kind.eq(kind))
        .filter(version::Column::ItemId.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.work_id)
        .collect();
    let mut all: Vec<i64> = ids.to_vec();
    if !works.is_empty() {
        all.extend(rows_of_works(db, kind, works).await?.into_iter().map(|row| row.item_id));
    }
    all.sort_unstable();
    all.dedup();
    Ok(all)
}

/// The search documents of `docs` (searchable items of `kind`): one per work, carrying every
/// published version, under the key of its original (or, while the original is not
/// published, of its first published version). A work is written by the batch that holds
/// that version, so a rebuild that reads items in pages writes each work once.
pub async fn work_docs(
    db: &DatabaseConnection,
    kind: &PublicKind,
    docs: Vec<SearchDoc>,
) -> anyhow::Result<Vec<WorkDoc>> {
    if kind.translations.is_none() || docs.is_empty() {
        return Ok(docs.into_iter().map(WorkDoc::single).collect());
    }
    let ids: Vec<i64> = docs.iter().map(|doc| doc.id).collect();
    let own_rows = version::Entity::find()
        .filter(version::Column::Kind.eq(kind.name))
        .filter(version::Column::ItemId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    if own_rows.is_empty() {
        return Ok(docs.into_iter().map(WorkDoc::single).collect());
    }
    let rows = rows_of_works(db, kind.name, own_rows.iter().map(|row| row.work_id)).await?;
    let work_of: HashMap<i64, i64> = rows.iter().map(|row| (row.item_id, row.work_id)).collect();
    let lacking: Vec<i64> = rows.iter().map(|row| row.item_id).filter(|id| !ids.contains(id)).collect();
    let extra = if lacking.is_empty() { Vec::new() } else { (kind.load)(db, &lacking).await? };
    let mut out = Vec::new();
    let mut works: BTreeMap<i64, Vec<SearchDoc>> = BTreeMap::new();
    for doc in docs.into_iter().chain(extra) {
        match work_of.get(&doc.id) {
            Some(work) => works.entry(*work).or_default().push(doc),
            None => out.push(WorkDoc::single(doc)),
        }
    }
    for (work, mut versions) in works {
        versions.sort_by_key(|doc| (doc.id != work, doc.id));
        let primary = versions.remove(0);
        versions.sort_by_key(|doc| LANGUAGES.iter().position(|(code, _)| *code == super::primary(&doc.lang)));
        if ids.contains(&primary.id) {
            out.push(WorkDoc { doc: primary, versions });
        }
    }
    Ok(out)
}

/// The link to item `id` of `kind` as an original (published only).
pub async fn original_link(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    kind: &str,
    id: i64,
) -> AppResult<VersionLink> {
    let Some((_, hooks)) = translatable(kinds, kind) else { return Err(AppError::NotFound) };
    let facts = (hooks.facts)(db, &[id]).await.map_err(internal)?;
    match facts.first() {
        Some(item) if item.published => Ok(link(item, Role::Original)),
        _ => Err(AppError::NotFound),
    }
}

/// The POST route that starts a translation.
pub fn routes() -> axum::Router<crate::state::AppState> {
    axum::Router::new().route("/translate/{kind}/{id}", axum::routing::post(start_posted))
}

async fn start_posted(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    parts: axum::http::request::Parts,
    axum::extract::Path((kind, id)): axum::extract::Path<(String, String)>,
    body: axum::body::Bytes,
) -> axum::response::Response {
    use crate::forms::ssr::{Outcome, Posted, respond};
    let posted = Posted::parse(&body);
    let user = match crate::forms::ssr::signed_in(&parts) {
        Ok(user) => user,
        Err(outcome) => return respond(&state, parts, &posted, outcome).await,
    };
    let outcome = match (posted.form().as_str(), id.parse::<i64>()) {
        ("translate", Ok(id)) => {
            let lang = posted.text("lang");
            if lang.is_empty() {
                AppError::Invalid { field: "lang".into(), message: "error-required".into() }.into()
            } else {
                match start(&state, state.search.kinds(), &user, &kind, id, &lang).await {
                    Ok(path) => Outcome::go(format!("{path}?done=translation-started")),
                    Err(error) => error.into(),
                }
            }
        }
        _ => AppError::NotFound.into(),
    };
    respond(&state, parts, &posted, outcome).await
}

/// Longest original text shown beside a translation's form, in characters.
const SOURCE_CHARS: usize = 60_000;

/// The published original of item `id` when it is a translation (its search document: the
/// text readers see).
pub async fn source_text(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    kind: &str,
    id: i64,
) -> AppResult<Option<super::api::SourceText>> {
    let Some((kind, _)) = translatable(kinds, kind) else { return Ok(None) };
    let Some(row) = row_of(db, kind.name, id).await? else { return Ok(None) };
    if row.work_id == id {
        return Ok(None);
    }
    let docs = (kind.load)(db, &[row.work_id]).await.map_err(internal)?;
    // Only an original any signed-in member may read (a private group's output is not).
    let readable = |doc: &SearchDoc| {
        matches!(
            doc.audience,
            crate::search::document::Audience::Public | crate::search::document::Audience::Members
        )
    };
    Ok(docs.into_iter().find(readable).map(|doc| {
        let body: String = doc.body.chars().take(SOURCE_CHARS).collect();
        super::api::SourceText {
            lang: primary(&doc.lang),
            title: doc.title,
            summary: doc.summary,
            body: body
                .split('\n')
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned)
                .collect(),
            path: doc.url,
            into: row.lang,
        }
    }))
}

/// `hreflang` alternates of every published version that has others: its page → (language
/// or `x-default`, page) for every published version of its work, itself included, and the
/// original as the default.
pub type Alternates = HashMap<String, Vec<(String, String)>>;

/// The alternates of every translation set of `kinds` (published versions only), for the
/// sitemap and the feeds; `only` limits them to one kind.
pub async fn alternates(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    only: Option<&str>,
) -> anyhow::Result<Alternates> {
    let mut out = Alternates::new();
    for kind in kinds.iter().filter(|kind| only.is_none_or(|name| name == kind.name)) {
        let Some(hooks) = kind.translations else { continue };
        let rows = version::Entity::find().filter(version::Column::Kind.eq(kind.name)).all(db).await?;
        if rows.is_empty() {
            continue;
        }
        let mut facts: HashMap<i64, ItemFacts> = HashMap::new();
        for chunk in rows.chunks(crate::kinds::PAGE as usize) {
            let ids: Vec<i64> = chunk.iter().map(|row| row.item_id).collect();
            facts.extend((hooks.facts)(db, &ids).await?.into_iter().map(|item| (item.id, item)));
        }
        let mut works: BTreeMap<i64, Vec<&ItemFacts>> = BTreeMap::new();
        for row in &rows {
            if let Some(item) = facts.get(&row.item_id).filter(|item| item.published) {
                works.entry(row.work_id).or_default().push(item);
            }
        }
        for (work, versions) in works {
            if versions.len() < 2 {
                continue;
            }
            let mut links: Vec<(String, String)> =
                versions.iter().map(|item| (primary(&item.lang), item.path.clone())).collect();
            if let Some(original) = versions.iter().find(|item| item.id == work) {
                links.push(("x-default".to_owned(), original.path.clone()));
            }
            for item in versions {
                out.insert(item.path.clone(), links.clone());
            }
        }
    }
    Ok(out)
}
