//! Lists that count works, not versions: a list of items of a translatable kind (the posts
//! of an issue or a tag, the home page's latest, the events or pledges list) shows each work
//! once, in the reader's interface language when the work has that version on the list, else
//! in its original, and names the other published versions beside it ("Also in").
//!
//! Policy: a list decides which items it holds (published ones, matching its filters); this
//! only chooses among the versions it holds, so a version that does not belong on the list
//! never appears through its work. An item in no set is a work of its own.

use std::collections::{BTreeSet, HashMap};

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::{LANGUAGES, Role, VersionLink, is_outdated, native_name, primary};
use crate::db::entities::translation_version as version;
use crate::error::{AppError, AppResult};
use crate::kinds::{ItemFacts, PublicKind};

/// An item a list keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    /// The version the list shows.
    pub id: i64,
    /// The key of its work (its original; its own id when it is in no set).
    pub work_id: i64,
    /// The work's other published versions, in the order of [`LANGUAGES`].
    pub others: Vec<VersionLink>,
}

/// Keeps one version per work of `items` (the ids and languages of a list of `kind`, in the
/// list's order): the version in `lang` (the reader's interface language, a primary subtag)
/// when the list holds one, else the original when the list holds it, else the work's first
/// version on the list. Each work keeps the place of its first version on the list.
pub async fn one_per_work(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    kind: &str,
    items: &[(i64, String)],
    lang: &str,
) -> AppResult<Vec<Listed>> {
    let alone = |id: i64| Listed { id, work_id: id, others: Vec::new() };
    let hooks = crate::kinds::find(kinds, kind).and_then(|kind| kind.translations);
    let Some(hooks) = hooks.filter(|_| !items.is_empty()) else {
        return Ok(items.iter().map(|(id, _)| alone(*id)).collect());
    };
    let own_rows = version::Entity::find()
        .filter(version::Column::Kind.eq(kind))
        .filter(version::Column::ItemId.is_in(items.iter().map(|(id, _)| *id)))
        .all(db)
        .await?;
    if own_rows.is_empty() {
        return Ok(items.iter().map(|(id, _)| alone(*id)).collect());
    }
    let work_of: HashMap<i64, i64> = own_rows.iter().map(|row| (row.item_id, row.work_id)).collect();
    let works: BTreeSet<i64> = own_rows.iter().map(|row| row.work_id).collect();
    let rows = version::Entity::find()
        .filter(version::Column::Kind.eq(kind))
        .filter(version::Column::WorkId.is_in(works.iter().copied()))
        .all(db)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|row| row.item_id).collect();
    let facts: HashMap<i64, ItemFacts> = (hooks.facts)(db, &ids)
        .await
        .map_err(|err| {
            tracing::error!(error = %err, "the versions of a list could not be read");
            AppError::Internal
        })?
        .into_iter()
        .map(|item| (item.id, item))
        .collect();

    // The works in the order of their first version on the list, each with its versions
    // there.
    let mut order: Vec<i64> = Vec::new();
    let mut on_list: HashMap<i64, Vec<(i64, String)>> = HashMap::new();
    for (id, item_lang) in items {
        let work = work_of.get(id).copied().unwrap_or(*id);
        let versions = on_list.entry(work).or_default();
        if versions.is_empty() {
            order.push(work);
        }
        if !versions.iter().any(|(seen, _)| seen == id) {
            versions.push((*id, primary(item_lang)));
        }
    }
    let mut out = Vec::with_capacity(order.len());
    for work in order {
        let versions = on_list.remove(&work).unwrap_or_default();
        let chosen = versions
            .iter()
            .find(|(_, item_lang)| item_lang == lang)
            .or_else(|| versions.iter().find(|(id, _)| *id == work))
            .or(versions.first())
            .map_or(work, |(id, _)| *id);
        let original = facts.get(&work);
        let mut others: Vec<VersionLink> = rows
            .iter()
            .filter(|row| row.work_id == work && row.item_id != chosen)
            .filter_map(|row| {
                let item = facts.get(&row.item_id).filter(|item| item.published)?;
                let role = if row.item_id == row.work_id {
                    Role::Original
                } else if is_outdated(original.and_then(|facts| facts.revision), row.source_revision_id) {
                    Role::Outdated
                } else {
                    Role::Translation
                };
                let lang = primary(&item.lang);
                Some(VersionLink {
                    name: native_name(&lang),
                    lang,
                    path: item.path.clone(),
                    title: item.title.clone(),
                    role,
                })
            })
            .collect();
        others.sort_by_key(|link| LANGUAGES.iter().position(|(code, _)| *code == link.lang));
        out.push(Listed { id: chosen, work_id: work, others });
    }
    Ok(out)
}

/// `rows` (a list of `kind`, each giving its id and language through `key`) less the versions
/// [`one_per_work`] leaves out, in their order: how a list whose items are not cards keeps
/// one version per work before it counts or sorts them.
pub async fn keep_one_per_work<T>(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    kind: &str,
    rows: Vec<T>,
    key: impl Fn(&T) -> (i64, String),
    lang: &str,
) -> AppResult<Vec<T>> {
    let items: Vec<(i64, String)> = rows.iter().map(&key).collect();
    let kept: BTreeSet<i64> =
        one_per_work(db, kinds, kind, &items, lang).await?.into_iter().map(|listed| listed.id).collect();
    Ok(rows.into_iter().filter(|row| kept.contains(&key(row).0)).collect())
}
