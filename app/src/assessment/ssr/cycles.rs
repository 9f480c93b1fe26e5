//! An organisation's assessment cycles: opening and closing them, the practice
//! questionnaire, the profile, the improvement plan, and who may do what.
//!
//! Policy (who coordinates): every account attached to a member organisation (its
//! `organisation_id`) coordinates that organisation's cycles: it may open one, answer the
//! practice questionnaire, read the profile and write the plan. The hub has no separate
//! coordinator role, so the organisation decides who coordinates by whom it invites. An
//! admin who is not attached to the organisation sees that its cycles exist (name, dates,
//! state) and never an answer or a figure. Everyone else is told the cycle does not exist.

use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait as _, QueryFilter, QueryOrder, QuerySelect,
};
use time::Date;

use super::framework::{self, Framework};
use super::scoring::Answers;
use super::{now, profile, questions, today};
use crate::assessment::api::{
    CycleState, CycleSummary, CycleView, CyclesView, OrgProfile, PlanItemView, StepView,
};
use crate::auth::{CurrentUser, Role};
use crate::db::entities::{assessment_cycle, assessment_plan_item, assessment_response, organisation};
use crate::error::{AppError, AppResult, FieldError};
use crate::forms::ssr::Problems;
use crate::i18n::Locale;

/// Most cycles an organisation may have (a bound on what one account can make).
const MAX_CYCLES: u64 = 100;

/// How the reader stands to a cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// An account of the cycle's organisation.
    Coordinator,
    /// An admin of another organisation: the cycle exists, its answers are not theirs.
    Admin,
}

/// The cycle `id` and how `user` stands to it; `NotFound` for anyone else.
pub async fn cycle_for(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
) -> AppResult<(assessment_cycle::Model, Access)> {
    let cycle = assessment_cycle::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    if user.organisation_id == Some(cycle.organisation_id) {
        Ok((cycle, Access::Coordinator))
    } else if user.has(Role::Admin) {
        Ok((cycle, Access::Admin))
    } else {
        Err(AppError::NotFound)
    }
}

/// The cycle `id`, for one of its coordinators only.
pub async fn coordinated(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
) -> AppResult<assessment_cycle::Model> {
    match cycle_for(db, user, id).await? {
        (cycle, Access::Coordinator) => Ok(cycle),
        (_, Access::Admin) => Err(AppError::Forbidden),
    }
}

/// Whether `cycle` takes answers on `day`.
pub fn state_of(cycle: &assessment_cycle::Model, day: Date) -> CycleState {
    if cycle.closed_at.is_some() || day > cycle.closes_on {
        CycleState::Closed
    } else if day < cycle.opens_on {
        CycleState::NotYetOpen
    } else {
        CycleState::Open
    }
}

/// The role codes a cycle asks.
pub fn roles_of(cycle: &assessment_cycle::Model) -> Vec<String> {
    cycle.roles.split(',').filter(|role| !role.is_empty()).map(str::to_owned).collect()
}

/// The framework a cycle uses.
pub fn framework_of(cycle: &assessment_cycle::Model) -> AppResult<&'static Framework> {
    framework::framework(&cycle.framework_version).ok_or_else(|| {
        tracing::error!(version = cycle.framework_version, "a cycle names a framework version the hub lacks");
        AppError::Internal
    })
}

/// The sent answers of a cycle: (role, answers) of each respondent who sent them.
pub async fn sent_answers(
    db: &DatabaseConnection,
    cycle: &assessment_cycle::Model,
) -> AppResult<Vec<(Option<String>, Answers)>> {
    let framework = framework_of(cycle)?;
    let rows: Vec<(Option<String>, String)> = assessment_response::Entity::find()
        .select_only()
        .columns([assessment_response::Column::Role, assessment_response::Column::Answers])
        .filter(assessment_response::Column::CycleId.eq(cycle.id))
        .filter(assessment_response::Column::SubmittedAt.is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(role, json)| (role, questions::from_json(framework, true, &json))).collect())
}

async fn sent_count(db: &DatabaseConnection, cycle_id: i64) -> AppResult<u64> {
    Ok(assessment_response::Entity::find()
        .filter(assessment_response::Column::CycleId.eq(cycle_id))
        .filter(assessment_response::Column::SubmittedAt.is_not_null())
        .count(db)
        .await?)
}

async fn summary(
    db: &DatabaseConnection,
    cycle: &assessment_cycle::Model,
    organisation: &str,
    locale: Locale,
) -> AppResult<CycleSummary> {
    let framework = framework::framework(&cycle.framework_version);
    let roles = roles_of(cycle)
        .iter()
        .map(|code| {
            framework
                .and_then(|f| f.role(code))
                .map_or_else(|| code.clone(), |r| r.name_in(locale).to_owned())
        })
        .collect();
    Ok(CycleSummary {
        id: cycle.id,
        name: cycle.name.clone(),
        organisation: organisation.to_owned(),
        version: cycle.framework_version.clone(),
        opens_on: cycle.opens_on.to_string(),
        closes_on: cycle.closes_on.to_string(),
        state: state_of(cycle, today()),
        enough: sent_count(db, cycle.id).await? >= profile::MIN_RESPONDENTS as u64,
        roles,
        shared: cycle.share_benchmarks,
    })
}

async fn organisation_name(db: &DatabaseConnection, id: i64) -> AppResult<String> {
    Ok(organisation::Entity::find_by_id(id).one(db).await?.map(|o| o.name).unwrap_or_default())
}

/// `/assessment/cycles`.
pub async fn cycles_view(
    db: &DatabaseConnection,
    user: &CurrentUser,
    locale: Locale,
) -> AppResult<CyclesView> {
    let mut view = CyclesView {
        organisation: None,
        cycles: Vec::new(),
        all_cycles: Vec::new(),
        versions: framework::frameworks().iter().rev().map(|f| f.version.clone()).collect(),
        roles: framework::current()
            .map(|f| f.roles.iter().map(|r| (r.code.clone(), r.name_in(locale).to_owned())).collect())
            .unwrap_or_default(),
        levels: crate::taxonomy::facet("level")
            .map(|facet| facet.term.iter().map(|t| (t.code.clone(), t.name_in(locale).to_owned())).collect())
            .unwrap_or_default(),
    };
    if let Some(organisation_id) = user.organisation_id {
        let name = organisation_name(db, organisation_id).await?;
        let rows = assessment_cycle::Entity::find()
            .filter(assessment_cycle::Column::OrganisationId.eq(organisation_id))
            .order_by_desc(assessment_cycle::Column::Id)
            .limit(MAX_CYCLES)
            .all(db)
            .await?;
        for row in &rows {
            view.cycles.push(summary(db, row, &name, locale).await?);
        }
        view.organisation = Some(name);
    }
    if user.has(Role::Admin) {
        let rows = assessment_cycle::Entity::find()
            .order_by_desc(assessment_cycle::Column::Id)
            .limit(500)
            .all(db)
            .await?;
        for row in &rows {
            let name = organisation_name(db, row.organisation_id).await?;
            view.all_cycles.push(summary(db, row, &name, locale).await?);
        }
    }
    Ok(view)
}

/// What opening a cycle asks.
#[derive(Clone, Debug, Default)]
pub struct CycleInput {
    /// Name.
    pub name: String,
    /// Framework version.
    pub version: String,
    /// First day, `YYYY-MM-DD`.
    pub opens_on: String,
    /// Last day, `YYYY-MM-DD`.
    pub closes_on: String,
    /// Role codes asked.
    pub roles: Vec<String>,
    /// Level of government code, or empty.
    pub level: String,
    /// Whether its results may count in the benchmarks.
    pub share: bool,
}

fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text.trim(), time::macros::format_description!("[year]-[month]-[day]")).ok()
}

/// Opens a cycle for the reader's organisation; returns its key.
pub async fn open_cycle(db: &DatabaseConnection, user: &CurrentUser, input: CycleInput) -> AppResult<i64> {
    let Some(organisation_id) = user.organisation_id else {
        return Err(AppError::Invalid {
            field: "form".into(),
            message: "assessment-error-no-organisation".into(),
        });
    };
    let mut problems = Problems::default();
    problems.text("cycle_name", &input.name, true, 200);
    let framework = framework::framework(&input.version);
    if framework.is_none() {
        problems.add("version", "assessment-error-version");
    }
    let opens = parse_date(&input.opens_on);
    let closes = parse_date(&input.closes_on);
    if opens.is_none() {
        problems.add("opens_on", "assessment-error-date");
    }
    match (opens, closes) {
        (_, None) => problems.add("closes_on", "assessment-error-date"),
        (Some(opens), Some(closes)) if closes < opens => {
            problems.add("closes_on", "assessment-error-dates-order")
        }
        _ => {}
    }
    if input.roles.is_empty() {
        problems.add("roles", "assessment-error-roles");
    } else if let Some(framework) = framework
        && input.roles.iter().any(|role| framework.role(role).is_none())
    {
        problems.add("roles", "assessment-error-roles");
    }
    if !input.level.is_empty() && !crate::taxonomy::is_known("level", &input.level) {
        problems.add("level", "assessment-error-level");
    }
    problems.into_result()?;
    let (Some(framework), Some(opens), Some(closes)) = (framework, opens, closes) else {
        return Err(AppError::Internal);
    };
    let existing = assessment_cycle::Entity::find()
        .filter(assessment_cycle::Column::OrganisationId.eq(organisation_id))
        .count(db)
        .await?;
    if existing >= MAX_CYCLES {
        return Err(AppError::Invalid { field: "form".into(), message: "assessment-error-too-many".into() });
    }
    // Roles in the framework's order, once each.
    let roles: Vec<&str> =
        framework.roles.iter().filter(|r| input.roles.contains(&r.code)).map(|r| r.code.as_str()).collect();
    let row = assessment_cycle::ActiveModel {
        organisation_id: Set(organisation_id),
        name: Set(input.name.trim().to_owned()),
        framework_version: Set(framework.version.clone()),
        opens_on: Set(opens),
        closes_on: Set(closes),
        roles: Set(roles.join(",")),
        level: Set((!input.level.is_empty()).then(|| input.level.clone())),
        share_benchmarks: Set(input.share),
        staff_token: Set(crate::secrets::random_secret()?),
        closed_at: Set(None),
        created_by: Set(Some(user.id)),
        created_at: Set(now()),
        practice_answers: Set(None),
        practice_updated_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

/// Closes a cycle now: no more answers are taken.
pub async fn close_cycle(db: &DatabaseConnection, user: &CurrentUser, id: i64) -> AppResult<()> {
    let cycle = coordinated(db, user, id).await?;
    if cycle.closed_at.is_none() {
        assessment_cycle::ActiveModel {
            id: Set(cycle.id),
            closed_at: Set(Some(now())),
            ..Default::default()
        }
        .update(db)
        .await?;
    }
    Ok(())
}

/// Chooses whether a cycle counts in the benchmarks.
pub async fn set_sharing(db: &DatabaseConnection, user: &CurrentUser, id: i64, share: bool) -> AppResult<()> {
    let cycle = coordinated(db, user, id).await?;
    assessment_cycle::ActiveModel { id: Set(cycle.id), share_benchmarks: Set(share), ..Default::default() }
        .update(db)
        .await?;
    Ok(())
}

/// The cycle's staff profile, under the fewer-than-5 rule.
pub async fn staff_profile(
    db: &DatabaseConnection,
    cycle: &assessment_cycle::Model,
    locale: Locale,
) -> AppResult<Option<OrgProfile>> {
    let framework = framework_of(cycle)?;
    let responses = sent_answers(db, cycle).await?;
    Ok(profile::org_profile(framework, &responses, &roles_of(cycle), locale))
}

/// The organisation's practice answers in a cycle.
pub fn practice_answers(cycle: &assessment_cycle::Model) -> AppResult<Answers> {
    let framework = framework_of(cycle)?;
    Ok(cycle
        .practice_answers
        .as_deref()
        .map(|json| questions::from_json(framework, false, json))
        .unwrap_or_default())
}

/// Cycle `id` as the reader may see it.
pub async fn cycle_view(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    locale: Locale,
) -> AppResult<CycleView> {
    let (cycle, access) = cycle_for(db, user, id).await?;
    let name = organisation_name(db, cycle.organisation_id).await?;
    let summary = summary(db, &cycle, &name, locale).await?;
    if access == Access::Admin {
        return Ok(CycleView {
            summary,
            coordinator: false,
            staff_link: None,
            profile: None,
            practice: None,
            change: Vec::new(),
            previous: None,
            plan: Vec::new(),
        });
    }
    let framework = framework_of(&cycle)?;
    let staff = staff_profile(db, &cycle, locale).await?;
    let practice = practice_answers(&cycle)?;
    let practice = (!practice.is_empty()).then(|| profile::practice_bars(framework, &practice, locale));
    let (previous, change) = change_since_previous(db, &cycle, locale).await?;
    Ok(CycleView {
        summary,
        coordinator: true,
        staff_link: Some(format!("/assessment/answer?token={}", cycle.staff_token)),
        profile: staff,
        practice,
        change,
        previous,
        plan: plan_items(db, framework, cycle.id, locale).await?,
    })
}

/// The change per domain since the organisation's previous cycle that has a profile:
/// (domain, before, now), for the domains both have a figure for.
async fn change_since_previous(
    db: &DatabaseConnection,
    cycle: &assessment_cycle::Model,
    locale: Locale,
) -> AppResult<(Option<String>, Vec<(String, i64, i64)>)> {
    let framework = framework_of(cycle)?;
    let responses = sent_answers(db, cycle).await?;
    let group: Vec<&Answers> = responses.iter().map(|(_, a)| a).collect();
    let Some((now_scores, _)) = profile::domain_scores(framework, &group) else {
        return Ok((None, Vec::new()));
    };
    let earlier = assessment_cycle::Entity::find()
        .filter(assessment_cycle::Column::OrganisationId.eq(cycle.organisation_id))
        .filter(assessment_cycle::Column::Id.lt(cycle.id))
        .order_by_desc(assessment_cycle::Column::Id)
        .limit(MAX_CYCLES)
        .all(db)
        .await?;
    for before in earlier {
        let Ok(before_framework) = framework_of(&before) else { continue };
        let responses = sent_answers(db, &before).await?;
        let group: Vec<&Answers> = responses.iter().map(|(_, a)| a).collect();
        let Some((before_scores, _)) = profile::domain_scores(before_framework, &group) else { continue };
        let change = framework::domain_terms()
            .iter()
            .filter_map(|term| {
                let was = before_scores.get(&term.code)?;
                let is = now_scores.get(&term.code)?;
                Some((term.name_in(locale).to_owned(), profile::percent(*was), profile::percent(*is)))
            })
            .collect();
        return Ok((Some(before.name), change));
    }
    Ok((None, Vec::new()))
}

/// The practice questionnaire of a cycle, every domain on one page.
pub async fn practice_view(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    locale: Locale,
) -> AppResult<(CycleSummary, Vec<StepView>)> {
    let cycle = coordinated(db, user, id).await?;
    let framework = framework_of(&cycle)?;
    let answers = practice_answers(&cycle)?;
    let name = organisation_name(db, cycle.organisation_id).await?;
    let steps = (1..=questions::step_count(framework))
        .map(|n| questions::step(framework, false, n, &answers, locale))
        .collect();
    Ok((summary(db, &cycle, &name, locale).await?, steps))
}

/// Saves the organisation's practice answers posted for cycle `id` (added to those saved).
pub async fn save_practice(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    posted: &crate::forms::ssr::Posted,
) -> AppResult<()> {
    let cycle = coordinated(db, user, id).await?;
    let framework = framework_of(&cycle)?;
    let answers = questions::posted_answers(framework, false, posted)?;
    let mut merged = practice_answers(&cycle)?;
    merged.extend(answers);
    assessment_cycle::ActiveModel {
        id: Set(cycle.id),
        practice_answers: Set(Some(questions::to_json(&merged))),
        practice_updated_at: Set(Some(now())),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

async fn plan_items(
    db: &DatabaseConnection,
    framework: &Framework,
    cycle_id: i64,
    locale: Locale,
) -> AppResult<Vec<PlanItemView>> {
    let rows = assessment_plan_item::Entity::find()
        .filter(assessment_plan_item::Column::CycleId.eq(cycle_id))
        .order_by_asc(assessment_plan_item::Column::Position)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| PlanItemView {
            name: framework
                .competency(&row.competency)
                .map_or_else(|| row.competency.clone(), |c| c.name_in(locale).to_owned()),
            competency: row.competency,
            actions: row.actions,
            due_on: row.due_on.to_string(),
        })
        .collect())
}

/// The plan form of cycle `id`.
pub async fn plan_view(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    locale: Locale,
) -> AppResult<(CycleSummary, Vec<(String, String)>, Vec<PlanItemView>)> {
    let cycle = coordinated(db, user, id).await?;
    let framework = framework_of(&cycle)?;
    let name = organisation_name(db, cycle.organisation_id).await?;
    let options =
        framework.competencies.iter().map(|c| (c.code.clone(), c.name_in(locale).to_owned())).collect();
    Ok((
        summary(db, &cycle, &name, locale).await?,
        options,
        plan_items(db, framework, cycle.id, locale).await?,
    ))
}

/// One focus area as posted: (competency, actions, due date).
pub type PlanInput = (String, String, String);

/// Replaces the plan of cycle `id` with the focus areas posted (two or three; empty rows are
/// left out).
pub async fn save_plan(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    areas: Vec<PlanInput>,
) -> AppResult<()> {
    let cycle = coordinated(db, user, id).await?;
    let framework = framework_of(&cycle)?;
    let mut problems = Problems::default();
    let mut rows = Vec::new();
    for (index, (competency, actions, due)) in areas.iter().enumerate() {
        let n = index + 1;
        if competency.is_empty() && actions.trim().is_empty() && due.is_empty() {
            continue;
        }
        if framework.competency(competency).is_none() {
            problems.add(&format!("competency_{n}"), "assessment-error-competency");
        }
        problems.text(&format!("actions_{n}"), actions.trim(), true, 2000);
        let due_on = parse_date(due);
        if due_on.is_none() {
            problems.add(&format!("due_{n}"), "assessment-error-date");
        }
        if let Some(due_on) = due_on {
            rows.push((n, competency.clone(), actions.trim().to_owned(), due_on));
        }
    }
    if problems.0.is_empty() && !(2..=3).contains(&rows.len()) {
        problems.0.push(FieldError::new("form", "assessment-error-plan-count"));
    }
    problems.into_result()?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    assessment_plan_item::Entity::delete_many()
        .filter(assessment_plan_item::Column::CycleId.eq(cycle.id))
        .exec(&txn)
        .await?;
    for (position, competency, actions, due_on) in rows {
        assessment_plan_item::ActiveModel {
            cycle_id: Set(cycle.id),
            position: Set(i32::try_from(position).unwrap_or(1)),
            competency: Set(competency),
            actions: Set(actions),
            due_on: Set(due_on),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// What the export of cycle `id` holds: the cycle, the staff profile (none under 5), the
/// practice profile and the plan. Coordinators only.
pub async fn export(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    locale: Locale,
) -> AppResult<CycleView> {
    let cycle = coordinated(db, user, id).await?;
    cycle_view(db, user, cycle.id, locale).await.map(|mut view| {
        view.staff_link = None;
        view
    })
}
