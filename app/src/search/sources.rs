//! Where searchable documents come from: one function per content kind that turns database
//! rows into [`SearchDoc`]s. A new kind is a loader here and an arm in [`load`] and
//! [`KINDS`]; the outbox, the indexer, facets and the pages need nothing more.

use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::document::{Audience, SearchDoc};
use super::params::FacetName;
use crate::db::entities::{
    article, article_tag, case, case_tag, group, group_document, group_document_revision, organisation,
};
use crate::editorial::Status;
use crate::i18n::Locale;
use crate::members::StakeholderGroup;
use crate::taxonomy;

/// Every kind of content the index holds, as written in `index_outbox.kind`.
pub const KINDS: &[&str] = &["article", "case", "organisation", "group", "output"];

/// Rows read per database round trip when rebuilding.
pub const PAGE: u64 = 1_000;

/// The documents for items `ids` of `kind` that exist and are searchable; an id without a
/// document is removed from the index.
pub async fn load(db: &DatabaseConnection, kind: &str, ids: &[i64]) -> anyhow::Result<Vec<SearchDoc>> {
    match kind {
        "article" => {
            let rows = article_rows()
                .filter(article::Column::Id.is_in(ids.iter().copied()))
                .into_model::<ArticleRow>()
                .all(db)
                .await?;
            article_docs(db, rows).await
        }
        "case" => {
            let rows = case_rows().filter(case::Column::Id.is_in(ids.iter().copied())).all(db).await?;
            case_docs(db, rows).await
        }
        "organisation" => {
            let rows = organisation::Entity::find()
                .filter(organisation::Column::Id.is_in(ids.iter().copied()))
                .all(db)
                .await?;
            Ok(rows.into_iter().map(organisation_doc).collect())
        }
        "group" => {
            let rows =
                group::Entity::find().filter(group::Column::Id.is_in(ids.iter().copied())).all(db).await?;
            Ok(rows.into_iter().map(group_doc).collect())
        }
        "output" => {
            let rows =
                output_rows().filter(group_document::Column::Id.is_in(ids.iter().copied())).all(db).await?;
            output_docs(db, rows).await
        }
        _ => {
            tracing::warn!(kind, "outbox entry of an unknown kind ignored");
            Ok(Vec::new())
        }
    }
}

/// How many items of `kind` a rebuild reads.
pub async fn count(db: &DatabaseConnection, kind: &str) -> anyhow::Result<u64> {
    Ok(match kind {
        "article" => article_rows().count(db).await?,
        "case" => case_rows().count(db).await?,
        "organisation" => organisation::Entity::find().count(db).await?,
        "group" => group::Entity::find().count(db).await?,
        "output" => output_rows().count(db).await?,
        _ => 0,
    })
}

/// The next [`PAGE`] items of `kind` after key `after`, in key order (keyset paging: each
/// page costs the same however deep the rebuild is).
pub async fn load_page(db: &DatabaseConnection, kind: &str, after: i64) -> anyhow::Result<Vec<SearchDoc>> {
    match kind {
        "article" => {
            let rows = article_rows()
                .filter(article::Column::Id.gt(after))
                .order_by_asc(article::Column::Id)
                .limit(PAGE)
                .into_model::<ArticleRow>()
                .all(db)
                .await?;
            article_docs(db, rows).await
        }
        "case" => {
            let rows = case_rows()
                .filter(case::Column::Id.gt(after))
                .order_by_asc(case::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            case_docs(db, rows).await
        }
        "organisation" => {
            let rows = organisation::Entity::find()
                .filter(organisation::Column::Id.gt(after))
                .order_by_asc(organisation::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            Ok(rows.into_iter().map(organisation_doc).collect())
        }
        "group" => {
            let rows = group::Entity::find()
                .filter(group::Column::Id.gt(after))
                .order_by_asc(group::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            Ok(rows.into_iter().map(group_doc).collect())
        }
        "output" => {
            let rows = output_rows()
                .filter(group_document::Column::Id.gt(after))
                .order_by_asc(group_document::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            output_docs(db, rows).await
        }
        _ => Ok(Vec::new()),
    }
}

/// The columns of `articles` the index needs (not the rendered HTML).
#[derive(Debug, FromQueryResult)]
struct ArticleRow {
    id: i64,
    slug: String,
    title: String,
    summary: String,
    body_text: String,
    lang: String,
    published_on: time::Date,
}

/// Published articles only: a draft, a scheduled or an unpublished article has no document.
fn article_rows() -> sea_orm::Select<article::Entity> {
    use article::Column as C;
    article::Entity::find().filter(C::Status.eq(Status::Published.code())).select_only().columns([
        C::Id,
        C::Slug,
        C::Title,
        C::Summary,
        C::BodyText,
        C::Lang,
        C::PublishedOn,
    ])
}

/// Documents of `rows`, with their taxonomy tags as facets.
async fn article_docs(db: &DatabaseConnection, rows: Vec<ArticleRow>) -> anyhow::Result<Vec<SearchDoc>> {
    let tags = article_tag::Entity::find()
        .filter(article_tag::Column::ArticleId.is_in(rows.iter().map(|row| row.id)))
        .all(db)
        .await?;
    let mut by_article = std::collections::HashMap::<i64, Vec<(FacetName, String)>>::new();
    for tag in tags {
        let facet = match tag.facet.as_str() {
            "domain" => FacetName::Domain,
            "wsis" => FacetName::Wsis,
            "sdg" => FacetName::Sdg,
            "level" => FacetName::Level,
            "theme" => FacetName::Theme,
            "country" => {
                if let Some(country) = taxonomy::country(&tag.code) {
                    let entry = by_article.entry(tag.article_id).or_default();
                    let region = (FacetName::Region, country.region_code());
                    if !entry.contains(&region) {
                        entry.push(region);
                    }
                }
                FacetName::Country
            }
            _ => continue,
        };
        by_article.entry(tag.article_id).or_default().push((facet, tag.code));
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let tags = by_article.remove(&row.id).unwrap_or_default();
            SearchDoc { tags, ..article_doc(row) }
        })
        .collect())
}

fn article_doc(row: ArticleRow) -> SearchDoc {
    SearchDoc {
        kind: "article",
        id: row.id,
        url: format!("/articles/{}", row.slug),
        title: row.title,
        summary: row.summary,
        body: row.body_text,
        lang: row.lang,
        date: row.published_on,
        organisation: None,
        audience: Audience::Public,
        tags: Vec::new(),
        completeness: 0,
    }
}

/// A member organisation: found by its name, description, stakeholder group and country
/// (in every interface language), filtered by country and region. Its description may be
/// in any language, so it is marked `und` (undetermined) and analysed as plain words.
fn organisation_doc(org: organisation::Model) -> SearchDoc {
    let country = org.country.as_deref().and_then(taxonomy::country);
    let mut body = vec![org.description.clone()];
    if let Some(group) = StakeholderGroup::from_code(&org.stakeholder_group) {
        body.extend(Locale::ALL.map(|locale| locale.text(&group.label_key())));
    }
    let mut tags = Vec::new();
    if let Some(country) = country {
        body.extend(Locale::ALL.map(|locale| country.name_in(locale).to_owned()));
        tags.push((FacetName::Country, country.code.clone()));
        tags.push((FacetName::Region, country.region_code()));
    }
    SearchDoc {
        kind: "organisation",
        id: org.id,
        url: format!("/members/{}", org.slug),
        title: org.name,
        summary: org.description,
        body: body.join("\n"),
        lang: "und".to_owned(),
        date: org.updated_at.date(),
        organisation: None,
        audience: Audience::Public,
        tags,
        completeness: 0,
    }
}

/// Published cases only.
fn case_rows() -> sea_orm::Select<case::Entity> {
    case::Entity::find().filter(case::Column::Status.eq(Status::Published.code()))
}

/// The facet of a case tag.
fn case_facet(facet: &str) -> Option<FacetName> {
    Some(match facet {
        "domain" => FacetName::Domain,
        "wsis" => FacetName::Wsis,
        "sdg" => FacetName::Sdg,
        "country" => FacetName::Country,
        "level" => FacetName::Level,
        "theme" => FacetName::Theme,
        "stage" => FacetName::Stage,
        "evidence" => FacetName::Evidence,
        "org" => FacetName::Org,
        _ => return None,
    })
}

/// Documents of cases: every section in the body, with the organisations' names and the
/// countries' names in every interface language; regions from the countries.
async fn case_docs(db: &DatabaseConnection, rows: Vec<case::Model>) -> anyhow::Result<Vec<SearchDoc>> {
    let tags = case_tag::Entity::find()
        .filter(case_tag::Column::CaseId.is_in(rows.iter().map(|row| row.id)))
        .all(db)
        .await?;
    let mut by_case = std::collections::HashMap::<i64, Vec<(FacetName, String)>>::new();
    for tag in tags {
        let Some(facet) = case_facet(&tag.facet) else { continue };
        let entry = by_case.entry(tag.case_id).or_default();
        if facet == FacetName::Country
            && let Some(country) = taxonomy::country(&tag.code)
        {
            let region = (FacetName::Region, country.region_code());
            if !entry.contains(&region) {
                entry.push(region);
            }
        }
        entry.push((facet, tag.code));
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let tags = by_case.remove(&row.id).unwrap_or_default();
            let organisations: Vec<crate::cases::CaseOrganisation> =
                serde_json::from_value(row.organisations.clone()).unwrap_or_default();
            let mut body: Vec<String> =
                [&row.problem, &row.solution, &row.technologies, &row.results, &row.lessons, &row.transfer]
                    .into_iter()
                    .filter(|text| !text.is_empty())
                    .map(|text| crate::markdown::to_plain_text(text))
                    .collect();
            body.extend(organisations.iter().map(|org| org.name.clone()));
            for (facet, code) in &tags {
                if *facet == FacetName::Country
                    && let Some(country) = taxonomy::country(code)
                {
                    body.extend(Locale::ALL.map(|locale| country.name_in(locale).to_owned()));
                }
            }
            SearchDoc {
                kind: "case",
                id: row.id,
                url: format!("/cases/{}", row.slug),
                title: row.title,
                summary: row.summary,
                body: body.join("\n"),
                lang: row.lang,
                date: row.published_on,
                organisation: organisations.into_iter().next().map(|org| org.name),
                audience: Audience::Public,
                tags,
                completeness: u64::try_from(row.completeness).unwrap_or(0),
            }
        })
        .collect())
}

/// Who may find a group's items: its visibility as an audience.
fn group_audience(group: &group::Model) -> Audience {
    match crate::groups::ssr::access::visibility_of(group) {
        crate::groups::api::Visibility::Public => Audience::Public,
        crate::groups::api::Visibility::Members => Audience::Members,
        crate::groups::api::Visibility::Private => Audience::Group(group.id),
    }
}

/// A working group: its name and charter, for the audience its visibility names. Its
/// charter may be in any language (`und`).
fn group_doc(group: group::Model) -> SearchDoc {
    let body = crate::markdown::to_plain_text(&group.charter);
    let summary = crate::groups::ssr::views::summary_of(&group.charter);
    SearchDoc {
        kind: "group",
        id: group.id,
        url: format!("/groups/{}", group.slug),
        audience: group_audience(&group),
        title: group.name,
        summary,
        body,
        lang: "und".to_owned(),
        date: group.updated_at.date(),
        organisation: None,
        tags: vec![(FacetName::Theme, group.theme)],
        completeness: 0,
    }
}

/// Documents with an endorsed revision: a group's published outputs.
fn output_rows() -> sea_orm::Select<group_document::Entity> {
    group_document::Entity::find().filter(group_document::Column::EndorsedRevisionId.is_not_null())
}

/// Outputs: the endorsed revision's text, found by the group's audience.
async fn output_docs(
    db: &DatabaseConnection,
    rows: Vec<group_document::Model>,
) -> anyhow::Result<Vec<SearchDoc>> {
    let groups: std::collections::HashMap<i64, group::Model> = group::Entity::find()
        .filter(group::Column::Id.is_in(rows.iter().map(|row| row.group_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|group| (group.id, group))
        .collect();
    let mut bodies: std::collections::HashMap<i64, String> = group_document_revision::Entity::find()
        .filter(
            group_document_revision::Column::Id.is_in(rows.iter().filter_map(|row| row.endorsed_revision_id)),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|revision| (revision.id, revision.body))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let group = groups.get(&row.group_id)?;
            let body = crate::markdown::to_plain_text(&bodies.remove(&row.endorsed_revision_id?)?);
            Some(SearchDoc {
                kind: "output",
                id: row.id,
                url: format!("/groups/{}/outputs/{}", group.slug, row.slug),
                title: row.title,
                summary: body.chars().take(300).collect(),
                body,
                lang: "und".to_owned(),
                date: row.endorsed_at.map_or(row.updated_at.date(), |at| at.date()),
                organisation: Some(group.name.clone()),
                audience: group_audience(group),
                tags: vec![(FacetName::Theme, group.theme.clone())],
                completeness: 0,
            })
        })
        .collect())
}
