//! Reading pledges: the list with its facets and counts, a pledge's page, and the world
//! view by region and country.
//!
//! Policy: readers see published pledges only, withdrawn ones included (saying so). The
//! list reads at most [`LIST_MAX`] of them, the newest, and counts facets over them: values
//! of one facet are alternatives, different facets all apply, and a facet's counts are taken
//! over the pledges the other facets leave. Freshness and progress are computed here from
//! the dates and milestones, on every read.

use std::collections::{BTreeMap, HashMap, HashSet};

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use time::OffsetDateTime;

use super::workflow::{published_pledge, record_of, speaks_for};
use crate::auth::{CurrentUser, Role};
use crate::db::entities::{organisation, pledge, pledge_revision};
use crate::editorial::Status;
use crate::error::AppResult;
use crate::i18n::Locale;
use crate::pledges::api::{
    AssessmentView, FacetGroup, FacetValue, LinkView, MilestoneView, PlaceCount, PledgeDetail, PledgeList,
    PledgeSummary, PledgeWorld, RegionCount, ReplyView, ReportView, TagView,
};
use crate::pledges::freshness::{freshness, next_report_due};
use crate::pledges::progress::Freshness;
use crate::pledges::record::{Assessment, PledgeRecord, Reply, Report, TAG_FACETS, evidence_kind};
use crate::taxonomy;

/// Most pledges the list reads.
pub const LIST_MAX: u64 = 2_000;
/// Most reports a pledge page shows.
const REPORTS_MAX: u64 = 200;
/// The facets of the list, in the order the page shows them.
pub const FACETS: [&str; 8] = ["status", "freshness", "region", "country", "group", "domain", "wsis", "sdg"];
/// Most values a filter keeps.
const FILTER_MAX: usize = 40;

/// A pledge of the list with its record and its values in each facet.
type Described = (pledge::Model, PledgeRecord, HashMap<&'static str, Vec<String>>);

/// Published pledges, newest first, at most [`LIST_MAX`].
pub async fn published(db: &DatabaseConnection) -> AppResult<Vec<pledge::Model>> {
    Ok(pledge::Entity::find()
        .filter(pledge::Column::Status.eq(Status::Published.code()))
        .order_by_desc(pledge::Column::Id)
        .limit(LIST_MAX)
        .all(db)
        .await?)
}

/// The organisations of `rows`, by id.
pub async fn organisations(
    db: &DatabaseConnection,
    rows: &[pledge::Model],
) -> AppResult<HashMap<i64, organisation::Model>> {
    let ids: HashSet<i64> = rows.iter().filter_map(|row| row.organisation_id).collect();
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|org| (org.id, org))
        .collect())
}

/// The freshness of pledge `row` on `today`; none once withdrawn.
pub fn freshness_of(row: &pledge::Model, today: time::Date) -> Option<Freshness> {
    if row.withdrawn_on.is_some() {
        return None;
    }
    let published = row.published_on.unwrap_or_else(|| row.created_at.date());
    Some(freshness(published, row.last_report_on, today))
}

/// `active`, `completed` (every milestone complete) or `withdrawn`.
pub fn state_of(row: &pledge::Model, record: &PledgeRecord) -> &'static str {
    if row.withdrawn_on.is_some() {
        "withdrawn"
    } else if record.progress() == Some(100) {
        "completed"
    } else {
        "active"
    }
}

/// Pledge `row` as a list shows it.
pub fn summary(
    row: &pledge::Model,
    record: &PledgeRecord,
    pledger: &str,
    today: time::Date,
    locale: Locale,
) -> PledgeSummary {
    PledgeSummary {
        slug: row.slug.clone(),
        title: row.title.clone(),
        commitment: row.commitment.clone(),
        lang: row.lang.clone(),
        pledger: pledger.to_owned(),
        country: row
            .country
            .as_deref()
            .and_then(taxonomy::country)
            .map(|c| c.name_in(locale).to_owned())
            .unwrap_or_default(),
        ends: row.ends_on.to_string(),
        progress: record.progress(),
        freshness: freshness_of(row, today).map(|f| f.code().to_owned()).unwrap_or_default(),
        withdrawn_on: row.withdrawn_on.map(|day| day.to_string()),
    }
}

/// The filters of a list's query string, by facet, each value once.
pub fn filters(query: &str) -> BTreeMap<String, Vec<String>> {
    let mut filters: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        let value = value.trim();
        if !FACETS.contains(&key.as_ref()) || value.is_empty() || value.len() > 100 {
            continue;
        }
        let values = filters.entry(key.into_owned()).or_default();
        if values.len() < FILTER_MAX && !values.iter().any(|v| v == value) {
            values.push(value.to_owned());
        }
    }
    filters
}

fn query_of(filters: &BTreeMap<String, Vec<String>>) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (key, values) in filters {
        for value in values {
            serializer.append_pair(key, value);
        }
    }
    serializer.finish()
}

/// The values pledge `row` has in each facet.
fn facet_values(
    row: &pledge::Model,
    record: &PledgeRecord,
    today: time::Date,
) -> HashMap<&'static str, Vec<String>> {
    let mut values: HashMap<&'static str, Vec<String>> = HashMap::new();
    values.insert("status", vec![state_of(row, record).to_owned()]);
    if let Some(fresh) = freshness_of(row, today) {
        values.insert("freshness", vec![fresh.code().to_owned()]);
    }
    if let Some(country) = &row.country {
        values.insert("country", vec![country.clone()]);
    }
    if let Some(region) = &row.region {
        values.insert("region", vec![region.clone()]);
    }
    if !row.stakeholder_group.is_empty() {
        values.insert("group", vec![row.stakeholder_group.clone()]);
    }
    for (facet, code) in &record.tags {
        if let Some(key) = FACETS.iter().find(|key| **key == facet) {
            values.entry(key).or_default().push(code.clone());
        }
    }
    values
}

fn value_name(facet: &str, code: &str, locale: Locale) -> String {
    match facet {
        "status" => locale.text(&format!("pledges-status-{code}")),
        "freshness" => locale.text(&format!("pledge-freshness-{code}")),
        "region" => locale.text(&format!("region-{code}")),
        "group" => locale.text(&format!("group-{code}")),
        "country" => {
            taxonomy::country(code).map_or_else(|| code.to_owned(), |c| c.name_in(locale).to_owned())
        }
        facet => taxonomy::term_name(facet, code, locale),
    }
}

fn facet_title(facet: &str, locale: Locale) -> String {
    match facet {
        "status" | "freshness" | "region" | "group" => locale.text(&format!("pledges-facet-{facet}")),
        facet => taxonomy::facet_name(facet, locale),
    }
}

/// The pledge list for `query`, with facets and counts.
/// One version per pledge, in `locale`'s language where it has it, so that counts are of
/// pledges.
pub async fn list(
    db: &DatabaseConnection,
    kinds: &[crate::kinds::PublicKind],
    query: &str,
    locale: Locale,
) -> AppResult<PledgeList> {
    let filters = filters(query);
    let today = OffsetDateTime::now_utc().date();
    let rows = published(db).await?;
    let key = |row: &pledge::Model| (row.id, row.lang.clone());
    let rows = crate::translations::keep_one_per_work(db, kinds, super::kind::NAME, rows, key, locale.code())
        .await?;
    let orgs = organisations(db, &rows).await?;
    let described: Vec<Described> = rows
        .into_iter()
        .map(|row| {
            let record = record_of(&row);
            let values = facet_values(&row, &record, today);
            (row, record, values)
        })
        .collect();
    let passes = |values: &HashMap<&'static str, Vec<String>>, except: Option<&str>| {
        filters.iter().filter(|(facet, _)| Some(facet.as_str()) != except).all(|(facet, wanted)| {
            values.get(facet.as_str()).is_some_and(|have| have.iter().any(|v| wanted.contains(v)))
        })
    };
    let mut facets = Vec::new();
    for facet in FACETS {
        let mut counts: BTreeMap<String, i64> = BTreeMap::new();
        for (_, _, values) in described.iter().filter(|(_, _, values)| passes(values, Some(facet))) {
            for code in values.get(facet).into_iter().flatten() {
                *counts.entry(code.clone()).or_default() += 1;
            }
        }
        let chosen = filters.get(facet).cloned().unwrap_or_default();
        for code in &chosen {
            counts.entry(code.clone()).or_default();
        }
        let mut values: Vec<FacetValue> = counts
            .into_iter()
            .map(|(code, count)| {
                let selected = chosen.contains(&code);
                let mut next = filters.clone();
                let list = next.entry(facet.to_owned()).or_default();
                if selected {
                    list.retain(|v| *v != code);
                } else {
                    list.push(code.clone());
                }
                next.retain(|_, values| !values.is_empty());
                let query = query_of(&next);
                let href = if query.is_empty() { "/pledges".to_owned() } else { format!("/pledges?{query}") };
                FacetValue { name: value_name(facet, &code, locale), code, count, selected, href }
            })
            .collect();
        if values.is_empty() {
            continue;
        }
        values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        facets.push(FacetGroup { key: facet.to_owned(), name: facet_title(facet, locale), values });
    }
    let pledges = described
        .iter()
        .filter(|(_, _, values)| passes(values, None))
        .map(|(row, record, _)| {
            let pledger =
                row.organisation_id.and_then(|id| orgs.get(&id)).map(|o| o.name.as_str()).unwrap_or("");
            summary(row, record, pledger, today, locale)
        })
        .collect();
    Ok(PledgeList { pledges, facets })
}

fn links(list: &[String], locale: Locale) -> Vec<LinkView> {
    list.iter()
        .map(|href| LinkView {
            kind: locale.text(&format!("pledge-evidence-{}", evidence_kind(href))),
            href: href.clone(),
        })
        .collect()
}

fn json_ld(row: &pledge::Model, pledger: &str, base: &str) -> String {
    let url = format!("{base}{}", crate::paths::pledge(&row.slug));
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "additionalType": "Pledge",
        "name": row.title,
        "description": row.commitment,
        "url": url,
        "inLanguage": row.lang,
        "temporalCoverage": format!("{}/{}", row.starts_on, row.ends_on),
        "creator": { "@type": "Organization", "name": pledger },
    });
    if let Some(published) = row.published_on {
        value["datePublished"] = serde_json::json!(published.to_string());
    }
    value.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// The published pledge `slug` as `user` reads it.
pub async fn detail(
    db: &DatabaseConnection,
    base: &str,
    slug: &str,
    user: Option<&CurrentUser>,
    locale: Locale,
) -> AppResult<PledgeDetail> {
    let row = published_pledge(db, slug).await?;
    let record = record_of(&row);
    let today = OffsetDateTime::now_utc().date();
    let org = match row.organisation_id {
        Some(id) => organisation::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let pledger = org.as_ref().map(|o| o.name.clone()).unwrap_or_default();
    let assessment = match (&org, record.share_assessment) {
        (Some(org), true) => crate::assessment::shared_baseline(db, org.id, locale).await?,
        _ => None,
    };
    let revisions = pledge_revision::Entity::find()
        .filter(pledge_revision::Column::PledgeId.eq(row.id))
        .filter(pledge_revision::Column::Report.is_not_null())
        .order_by_asc(pledge_revision::Column::Id)
        .limit(REPORTS_MAX)
        .all(db)
        .await?;
    let reports = revisions
        .iter()
        .enumerate()
        .map(|(number, revision)| {
            let report: Report =
                revision.report.clone().and_then(|v| serde_json::from_value(v).ok()).unwrap_or_default();
            let at: PledgeRecord = serde_json::from_value(revision.record.clone()).unwrap_or_default();
            let assessment: Option<Assessment> =
                revision.assessment.clone().and_then(|v| serde_json::from_value(v).ok());
            let reply: Option<Reply> = revision.reply.clone().and_then(|v| serde_json::from_value(v).ok());
            ReportView {
                id: revision.id,
                number: i64::try_from(number + 1).unwrap_or(1),
                on: revision.created_at.date().to_string(),
                by: revision.author.clone(),
                done: report.done.clone(),
                evidence: links(&report.evidence, locale),
                milestones: at
                    .milestones
                    .iter()
                    .map(|m| (m.title.clone(), m.completion.code().to_owned()))
                    .collect(),
                progress: at.progress(),
                assessment: assessment.map(|a| AssessmentView {
                    completion: a.completion.code().to_owned(),
                    comment: a.comment,
                    by: a.by,
                    on: a.on,
                }),
                reply: reply.map(|r| ReplyView { text: r.text, by: r.by, on: r.on }),
            }
        })
        .collect();
    let tags = record
        .tags
        .iter()
        .filter(|(facet, _)| TAG_FACETS.contains(&facet.as_str()))
        .map(|(facet, code)| TagView {
            facet: taxonomy::facet_name(facet, locale),
            name: taxonomy::term_name(facet, code, locale),
            href: format!("/pledges?{facet}={code}"),
        })
        .collect();
    let published = row.published_on.unwrap_or_else(|| row.created_at.date());
    Ok(PledgeDetail {
        summary: summary(&row, &record, &pledger, today, locale),
        id: row.id,
        pledger_href: org.as_ref().map(|o| crate::paths::member(&o.slug)),
        stakeholder: if row.stakeholder_group.is_empty() {
            String::new()
        } else {
            locale.text(&format!("group-{}", row.stakeholder_group))
        },
        region: row.region.as_deref().map(|r| locale.text(&format!("region-{r}"))).unwrap_or_default(),
        baseline: record.baseline.clone(),
        assessment,
        target: record.target.clone(),
        starts: row.starts_on.to_string(),
        published_on: published.to_string(),
        next_report: next_report_due(published, row.last_report_on).to_string(),
        milestones: record
            .milestones
            .iter()
            .map(|m| MilestoneView {
                title: m.title.clone(),
                due: m.due.clone(),
                weight: m.weight.map(|w| w.to_string()),
                completion: m.completion.code().to_owned(),
            })
            .collect(),
        evidence: links(&record.evidence, locale),
        tags,
        reports,
        withdrawn_reason: row.withdrawn_reason.clone(),
        json_ld: json_ld(&row, &pledger, base),
        is_pledger: user.is_some_and(|user| speaks_for(user, &row)),
        is_editor: user.is_some_and(|user| user.has(Role::Editor)),
    })
}

/// How many published pledges each region and country has, a pledge in several languages
/// counted once.
pub async fn world(
    db: &DatabaseConnection,
    kinds: &[crate::kinds::PublicKind],
    locale: Locale,
) -> AppResult<PledgeWorld> {
    type Place = (i64, String, Option<String>, Option<String>);
    let places: Vec<Place> = pledge::Entity::find()
        .select_only()
        .columns([pledge::Column::Id, pledge::Column::Lang, pledge::Column::Country, pledge::Column::Region])
        .filter(pledge::Column::Status.eq(Status::Published.code()))
        .limit(LIST_MAX * 10)
        .into_tuple()
        .all(db)
        .await?;
    let key = |place: &Place| (place.0, place.1.clone());
    let places =
        crate::translations::keep_one_per_work(db, kinds, super::kind::NAME, places, key, locale.code())
            .await?;
    let total = i64::try_from(places.len()).unwrap_or(i64::MAX);
    let mut by_country: BTreeMap<String, i64> = BTreeMap::new();
    let mut by_region: BTreeMap<String, i64> = BTreeMap::new();
    let mut with_country = 0;
    for (_, _, country, region) in places {
        let Some(country) = country.as_deref().and_then(taxonomy::country) else { continue };
        with_country += 1;
        *by_country.entry(country.code.clone()).or_default() += 1;
        *by_region.entry(region.unwrap_or_else(|| country.region_code())).or_default() += 1;
    }
    let mut regions: Vec<RegionCount> = taxonomy::REGIONS
        .iter()
        .map(|region| {
            let mut countries: Vec<PlaceCount> = by_country
                .iter()
                .filter_map(|(code, count)| {
                    let country = taxonomy::country(code)?;
                    (country.region_code() == *region)
                        .then(|| (code.clone(), country.name_in(locale).to_owned(), *count))
                })
                .collect();
            countries.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
            (
                (*region).to_owned(),
                locale.text(&format!("region-{region}")),
                by_region.get(*region).copied().unwrap_or(0),
                countries,
            )
        })
        .collect();
    regions.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    Ok(PledgeWorld { total, without_country: total - with_country, regions })
}
