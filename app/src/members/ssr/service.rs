//! Directory queries and the services behind the join and admin forms.

use std::collections::{BTreeMap, HashMap};

use sea_orm::{
    ActiveModelTrait as _, ColumnTrait as _, EntityTrait as _, PaginatorTrait as _, QueryFilter as _,
    QueryOrder as _, QuerySelect as _, Set, TransactionTrait as _,
};
use time::OffsetDateTime;

use super::super::api::{
    AuditEntry, Directory, FilterOption, JoinRequestSummary, OrganisationDetail, OrganisationForm,
    OrganisationSummary, PersonAdminSummary, PersonSummary, StakeholderGroup,
};
use crate::audit;
use crate::auth::ssr::{new_invitation, revoke_all_sessions};
use crate::auth::{CurrentUser, Role};
use crate::db::DatabaseConnection;
use crate::db::entities::{account, audit_event, index_outbox, join_request, organisation, session};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::{Client, Problems};
use crate::i18n::Locale;
use crate::state::AppState;
use crate::taxonomy;

fn internal(err: sea_orm::DbErr) -> AppError {
    tracing::error!(error = %err, "member store failed");
    AppError::Internal
}

fn require_admin(user: &CurrentUser) -> AppResult<()> {
    if user.has(Role::Admin) { Ok(()) } else { Err(AppError::Forbidden) }
}

fn summary(org: organisation::Model, locale: Locale) -> OrganisationSummary {
    let country = org.country.as_deref().and_then(taxonomy::country);
    OrganisationSummary {
        slug: org.slug,
        name: org.name,
        group: org.stakeholder_group,
        country: country.map(|c| (c.code.clone(), c.name_in(locale).to_owned())),
        region: country.map(taxonomy::Country::region_code),
        website: org.website,
        description: org.description,
        logo_url: org.logo.map(|file| format!("/media/logos/{file}")),
    }
}

/// The directory filtered by `group`, `country` and `region` ("" = any), with the count of
/// each filter value among the organisations matching the other two filters.
pub async fn directory(
    db: &DatabaseConnection,
    group: &str,
    country: &str,
    region: &str,
    locale: Locale,
) -> AppResult<Directory> {
    let all: Vec<OrganisationSummary> = organisation::Entity::find()
        .all(db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|org| summary(org, locale))
        .collect();
    let country = country.to_uppercase();
    let by_group = |o: &OrganisationSummary| group.is_empty() || o.group == group;
    let by_country = |o: &OrganisationSummary| {
        country.is_empty() || o.country.as_ref().is_some_and(|(code, _)| *code == country)
    };
    let by_region = |o: &OrganisationSummary| region.is_empty() || o.region.as_deref() == Some(region);

    let mut group_counts: HashMap<String, i64> = HashMap::new();
    let mut country_counts: BTreeMap<String, (String, i64)> = BTreeMap::new();
    let mut region_counts: HashMap<String, i64> = HashMap::new();
    for org in &all {
        if by_country(org) && by_region(org) {
            *group_counts.entry(org.group.clone()).or_default() += 1;
        }
        if by_group(org)
            && by_region(org)
            && let Some((code, name)) = &org.country
        {
            country_counts.entry(code.clone()).or_insert_with(|| (name.clone(), 0)).1 += 1;
        }
        if by_group(org)
            && by_country(org)
            && let Some(region) = &org.region
        {
            *region_counts.entry(region.clone()).or_default() += 1;
        }
    }
    let groups = StakeholderGroup::ALL
        .into_iter()
        .map(|g| FilterOption {
            value: g.code().to_owned(),
            label: locale.text(&g.label_key()),
            count: group_counts.get(g.code()).copied().unwrap_or(0),
        })
        .collect();
    let mut countries: Vec<FilterOption> = country_counts
        .into_iter()
        .map(|(value, (label, count))| FilterOption { value, label, count })
        .collect();
    countries.sort_by_key(|option| super::super::collate(&option.label));
    let regions = taxonomy::REGIONS
        .into_iter()
        .map(|r| FilterOption {
            value: r.to_owned(),
            label: locale.text(&format!("region-{r}")),
            count: region_counts.get(r).copied().unwrap_or(0),
        })
        .collect();
    let mut organisations: Vec<_> =
        all.into_iter().filter(|o| by_group(o) && by_country(o) && by_region(o)).collect();
    organisations.sort_by_key(|o| super::super::collate(&o.name));
    Ok(Directory { organisations, groups, countries, regions })
}

/// An organisation's page: its summary and the people who chose to be listed.
pub async fn organisation_detail(
    db: &DatabaseConnection,
    slug: &str,
    locale: Locale,
) -> AppResult<OrganisationDetail> {
    let org = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)?;
    let people = account::Entity::find()
        .filter(account::Column::OrganisationId.eq(org.id))
        .filter(account::Column::Listed.eq(true))
        .order_by_asc(account::Column::Name)
        .all(db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|person| PersonSummary { name: person.name, job_title: person.job_title })
        .collect();
    Ok(OrganisationDetail { summary: summary(org, locale), people })
}

/// A join request as typed into the form.
#[derive(Debug, Default)]
pub struct JoinInput {
    /// Organisation name.
    pub organisation_name: String,
    /// Stakeholder group code.
    pub group: String,
    /// Country code.
    pub country: String,
    /// Website.
    pub website: String,
    /// Contact name.
    pub contact_name: String,
    /// Contact email.
    pub contact_email: String,
    /// Motivation.
    pub motivation: String,
}

/// Records a request to join (rate-limited per client address).
pub async fn submit_join_request(state: &AppState, input: JoinInput, client: &Client) -> AppResult<()> {
    let mut problems = Problems::default();
    problems.text("organisation_name", &input.organisation_name, true, 200);
    if StakeholderGroup::from_code(&input.group).is_none() {
        problems.add("group", "error-choose-group");
    }
    let country = if input.country.is_empty() {
        None
    } else if let Some(country) = taxonomy::country(&input.country) {
        Some(country.code.clone())
    } else {
        problems.add("country", "error-country-unknown");
        None
    };
    let website = problems.website("website", &input.website);
    problems.text("contact_name", &input.contact_name, true, 120);
    let email = problems.email("contact_email", &input.contact_email);
    problems.text("motivation", &input.motivation, true, 2000);
    problems.into_result()?;
    state.limits.join(&client.address)?;
    join_request::ActiveModel {
        organisation_name: Set(input.organisation_name),
        stakeholder_group: Set(input.group),
        country: Set(country),
        website: Set(website),
        contact_name: Set(input.contact_name),
        contact_email: Set(email),
        motivation: Set(input.motivation),
        status: Set("pending".to_owned()),
        decided_by: Set(None),
        decided_at: Set(None),
        decline_reason: Set(None),
        organisation_id: Set(None),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&state.db)
    .await
    .map_err(internal)?;
    Ok(())
}

/// Join requests, pending first, newest first. Admins only.
pub async fn list_join_requests(
    db: &DatabaseConnection,
    user: &CurrentUser,
    locale: Locale,
) -> AppResult<Vec<JoinRequestSummary>> {
    require_admin(user)?;
    let mut rows = join_request::Entity::find()
        .order_by_desc(join_request::Column::CreatedAt)
        .limit(500)
        .all(db)
        .await
        .map_err(internal)?;
    rows.sort_by_key(|row| row.status != "pending");
    Ok(rows
        .into_iter()
        .map(|row| JoinRequestSummary {
            id: row.id,
            organisation_name: row.organisation_name,
            group: row.stakeholder_group,
            country: row.country.as_deref().and_then(taxonomy::country).map(|c| c.name_in(locale).to_owned()),
            website: row.website,
            contact_name: row.contact_name,
            contact_email: row.contact_email,
            motivation: row.motivation,
            status: row.status,
            decline_reason: row.decline_reason,
            created_at: audit::iso_minute(row.created_at),
        })
        .collect())
}

/// Records, in the caller's transaction, that organisation `id` changed, for the search
/// index.
async fn enqueue_index(txn: &impl sea_orm::ConnectionTrait, id: i64) -> AppResult<()> {
    index_outbox::ActiveModel {
        kind: Set("organisation".to_owned()),
        item_id: Set(id),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(txn)
    .await
    .map_err(internal)?;
    Ok(())
}

/// A free slug for `name` (`name`, `name-2`, …).
async fn free_slug(db: &impl sea_orm::ConnectionTrait, name: &str) -> AppResult<String> {
    let mut base: String = super::super::collate(name)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    base.truncate(80);
    if base.is_empty() {
        base = "organisation".to_owned();
    }
    for n in 1..1000 {
        let slug = if n == 1 { base.clone() } else { format!("{base}-{n}") };
        let taken = organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(&slug))
            .count(db)
            .await
            .map_err(internal)?;
        if taken == 0 {
            return Ok(slug);
        }
    }
    Err(AppError::Conflict)
}

async fn pending_request(db: &impl sea_orm::ConnectionTrait, id: i64) -> AppResult<join_request::Model> {
    let row =
        join_request::Entity::find_by_id(id).one(db).await.map_err(internal)?.ok_or(AppError::NotFound)?;
    if row.status != "pending" {
        return Err(AppError::Conflict);
    }
    Ok(row)
}

/// Accepts a join request: creates the organisation and invites its contact as a member.
/// Admins only.
pub async fn accept_join_request(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    client: &Client,
    locale: Locale,
) -> AppResult<()> {
    require_admin(user)?;
    let txn = state.db.begin().await.map_err(internal)?;
    let row = pending_request(&txn, id).await?;
    let now = OffsetDateTime::now_utc();
    let org = organisation::ActiveModel {
        slug: Set(free_slug(&txn, &row.organisation_name).await?),
        name: Set(row.organisation_name.clone()),
        stakeholder_group: Set(row.stakeholder_group.clone()),
        country: Set(row.country.clone()),
        website: Set(row.website.clone()),
        description: Set(String::new()),
        logo: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(internal)?;
    let email = row.contact_email.clone();
    let mut decided: join_request::ActiveModel = row.into();
    decided.status = Set("accepted".to_owned());
    decided.decided_by = Set(Some(user.id));
    decided.decided_at = Set(Some(now));
    decided.organisation_id = Set(Some(org.id));
    decided.update(&txn).await.map_err(internal)?;
    enqueue_index(&txn, org.id).await?;
    audit::record(
        &txn,
        Some(user.id),
        "join.accept",
        &format!("join_request:{id}"),
        &format!("organisation:{} {}", org.id, org.name),
        client,
    )
    .await?;
    new_invitation(state, user, &email, Some(org.id), Role::Member, client, locale, &txn).await?;
    txn.commit().await.map_err(internal)?;
    state.search.notify_changed();
    Ok(())
}

/// Declines a join request with a reason, which is emailed to the contact. Admins only.
pub async fn decline_join_request(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    reason: &str,
    client: &Client,
    locale: Locale,
) -> AppResult<()> {
    require_admin(user)?;
    let mut problems = Problems::default();
    problems.text("reason", reason, true, 1000);
    problems.into_result()?;
    let txn = state.db.begin().await.map_err(internal)?;
    let row = pending_request(&txn, id).await?;
    let (email, name, organisation_name) =
        (row.contact_email.clone(), row.contact_name.clone(), row.organisation_name.clone());
    let mut decided: join_request::ActiveModel = row.into();
    decided.status = Set("declined".to_owned());
    decided.decided_by = Set(Some(user.id));
    decided.decided_at = Set(Some(OffsetDateTime::now_utc()));
    decided.decline_reason = Set(Some(reason.to_owned()));
    decided.update(&txn).await.map_err(internal)?;
    audit::record(&txn, Some(user.id), "join.decline", &format!("join_request:{id}"), reason, client).await?;
    txn.commit().await.map_err(internal)?;
    let subject = locale.text("mail-declined-subject");
    let body = locale.text_args(
        "mail-declined-body",
        &[("name", name), ("organisation", organisation_name), ("reason", reason.to_owned())],
    );
    state.mail.send_in_background(email, subject, body);
    Ok(())
}

/// Invites `email` to `organisation` ("" = none) with `role`. Admins only.
pub async fn invite(
    state: &AppState,
    user: &CurrentUser,
    email: &str,
    organisation: &str,
    role: &str,
    client: &Client,
    locale: Locale,
) -> AppResult<()> {
    require_admin(user)?;
    let mut problems = Problems::default();
    let email = problems.email("email", email);
    let role = Role::from_code(role);
    if role.is_none() {
        problems.add("role", "error-choose-role");
    }
    let organisation_id = if organisation.is_empty() {
        None
    } else {
        match organisation.parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => {
                problems.add("organisation", "error-choose-organisation");
                None
            }
        }
    };
    problems.into_result()?;
    let role = role.ok_or(AppError::Internal)?;
    new_invitation(state, user, &email, organisation_id, role, client, locale, &state.db).await
}

/// Everyone with an account. Admins only.
pub async fn list_people(db: &DatabaseConnection, user: &CurrentUser) -> AppResult<Vec<PersonAdminSummary>> {
    require_admin(user)?;
    let names: HashMap<i64, String> = organisation::Entity::find()
        .all(db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let now = OffsetDateTime::now_utc();
    let mut sessions: HashMap<i64, i64> = HashMap::new();
    for row in
        session::Entity::find().filter(session::Column::ExpiresAt.gt(now)).all(db).await.map_err(internal)?
    {
        *sessions.entry(row.account_id).or_default() += 1;
    }
    Ok(account::Entity::find()
        .order_by_asc(account::Column::Name)
        .all(db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|person| PersonAdminSummary {
            sessions: sessions.get(&person.id).copied().unwrap_or(0),
            organisation: person.organisation_id.and_then(|id| names.get(&id).cloned()),
            role: Role::from_code(&person.role).unwrap_or(Role::Member),
            id: person.id,
            name: person.name,
            email: person.email,
        })
        .collect())
}

/// Changes a person's role and organisation; their sessions end so the change applies at
/// their next sign-in. Admins only; an admin cannot demote themselves.
pub async fn change_role(
    db: &DatabaseConnection,
    user: &CurrentUser,
    account_id: i64,
    role: &str,
    organisation: &str,
    client: &Client,
) -> AppResult<()> {
    require_admin(user)?;
    let role = Role::from_code(role)
        .ok_or_else(|| AppError::Invalid { field: "role".into(), message: "error-choose-role".into() })?;
    if account_id == user.id && role != Role::Admin {
        return Err(AppError::Invalid { field: "role".into(), message: "error-own-role".into() });
    }
    let organisation_id = match organisation {
        "" => None,
        id => Some(id.parse::<i64>().map_err(|_| AppError::Invalid {
            field: "organisation".into(),
            message: "error-choose-organisation".into(),
        })?),
    };
    let txn = db.begin().await.map_err(internal)?;
    if let Some(id) = organisation_id {
        organisation::Entity::find_by_id(id).one(&txn).await.map_err(internal)?.ok_or_else(|| {
            AppError::Invalid { field: "organisation".into(), message: "error-choose-organisation".into() }
        })?;
    }
    let person = account::Entity::find_by_id(account_id)
        .one(&txn)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)?;
    let before = person.role.clone();
    let privilege_changed = before != role.code();
    let mut active: account::ActiveModel = person.into();
    active.role = Set(role.code().to_owned());
    active.organisation_id = Set(organisation_id);
    active.update(&txn).await.map_err(internal)?;
    if privilege_changed {
        revoke_all_sessions(&txn, account_id).await?;
    }
    audit::record(
        &txn,
        Some(user.id),
        "account.role",
        &format!("account:{account_id}"),
        &format!("{before} -> {}; organisation {organisation}", role.code()),
        client,
    )
    .await?;
    txn.commit().await.map_err(internal)?;
    Ok(())
}

/// The newest 200 audit entries. Admins only.
pub async fn list_audit_events(db: &DatabaseConnection, user: &CurrentUser) -> AppResult<Vec<AuditEntry>> {
    require_admin(user)?;
    let names: HashMap<i64, String> = account::Entity::find()
        .all(db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    Ok(audit_event::Entity::find()
        .order_by_desc(audit_event::Column::Id)
        .limit(200)
        .all(db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|event| AuditEntry {
            at: audit::iso_minute(event.created_at),
            actor: event.actor_id.and_then(|id| names.get(&id).cloned()),
            action: event.action,
            target: event.target,
            detail: event.detail,
            client_address: event.client_address,
        })
        .collect())
}

/// (id, name) of every organisation. Admins only.
pub async fn organisation_choices(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> AppResult<Vec<(String, String)>> {
    require_admin(user)?;
    let mut choices: Vec<(String, String)> = organisation::Entity::find()
        .all(db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|o| (o.id.to_string(), o.name))
        .collect();
    choices.sort_by_key(|(_, name)| super::super::collate(name));
    Ok(choices)
}

/// An organisation for its edit form (`slug` empty: blank). Admins only.
pub async fn organisation_form(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
) -> AppResult<OrganisationForm> {
    require_admin(user)?;
    if slug.is_empty() {
        return Ok(OrganisationForm {
            name: String::new(),
            group: String::new(),
            country: String::new(),
            website: String::new(),
            description: String::new(),
            logo_url: None,
        });
    }
    let org = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)?;
    Ok(OrganisationForm {
        name: org.name,
        group: org.stakeholder_group,
        country: org.country.unwrap_or_default(),
        website: org.website.unwrap_or_default(),
        description: org.description,
        logo_url: org.logo.map(|file| format!("/media/logos/{file}")),
    })
}

/// An organisation as typed into its form.
#[derive(Debug, Default)]
pub struct OrganisationInput {
    /// Name.
    pub name: String,
    /// Stakeholder group code.
    pub group: String,
    /// Country code.
    pub country: String,
    /// Website.
    pub website: String,
    /// Description.
    pub description: String,
    /// A new logo, already re-encoded: the file name it was stored under.
    pub logo: Option<String>,
}

/// Creates (`slug` empty) or updates an organisation; returns its slug. Admins only.
pub async fn save_organisation(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    input: OrganisationInput,
    client: &Client,
) -> AppResult<String> {
    require_admin(user)?;
    let mut problems = Problems::default();
    problems.text("name", &input.name, true, 200);
    if StakeholderGroup::from_code(&input.group).is_none() {
        problems.add("group", "error-choose-group");
    }
    let country = if input.country.is_empty() {
        None
    } else if let Some(country) = taxonomy::country(&input.country) {
        Some(country.code.clone())
    } else {
        problems.add("country", "error-country-unknown");
        None
    };
    let website = problems.website("website", &input.website);
    problems.text("description", &input.description, false, 2000);
    problems.into_result()?;
    let now = OffsetDateTime::now_utc();
    let txn = db.begin().await.map_err(internal)?;
    let saved = if slug.is_empty() {
        organisation::ActiveModel {
            slug: Set(free_slug(&txn, &input.name).await?),
            name: Set(input.name),
            stakeholder_group: Set(input.group),
            country: Set(country),
            website: Set(website),
            description: Set(input.description),
            logo: Set(input.logo),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .map_err(internal)?
    } else {
        let org = organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(slug))
            .one(&txn)
            .await
            .map_err(internal)?
            .ok_or(AppError::NotFound)?;
        let mut active: organisation::ActiveModel = org.into();
        active.name = Set(input.name);
        active.stakeholder_group = Set(input.group);
        active.country = Set(country);
        active.website = Set(website);
        active.description = Set(input.description);
        if input.logo.is_some() {
            active.logo = Set(input.logo);
        }
        active.updated_at = Set(now);
        active.update(&txn).await.map_err(internal)?
    };
    enqueue_index(&txn, saved.id).await?;
    let action = if slug.is_empty() { "organisation.create" } else { "organisation.update" };
    audit::record(&txn, Some(user.id), action, &format!("organisation:{}", saved.id), &saved.name, client)
        .await?;
    txn.commit().await.map_err(internal)?;
    Ok(saved.slug)
}
