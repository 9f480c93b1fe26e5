//! `/pledges/new` (a new pledge) and `/pledges/draft/{id}` (a pledge, its review and
//! history): a member organisation drafts a pledge and editors review it through the
//! editorial kernel, as posts, cases and events; an item of an event's actionable plan can
//! become one of its milestones.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::api::{PledgeDraft, get_pledge_draft};
use super::pages::PledgeNotice;
use super::progress::Completion;
use super::record::{MILESTONE_SPARE_ROWS, MILESTONES_MAX, TAG_FACETS};
use crate::blog::write_api::{WriteChoices, write_options};
use crate::components::failure;
use crate::editorial::Status;
use crate::editorial::components::{ReviewHistory, StatusBadge, review_actions};
use crate::error::AppError;
use crate::forms::{
    Checkbox, FieldError, HubForm, SelectField, TextArea, TextField, form_reply, problem_text,
};
use crate::i18n::t;

/// `/pledges/new` and `/pledges/draft/{id}`.
#[component]
pub fn PledgeWritePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id");
    let data = Resource::new_blocking(id, move |id| async move {
        let options = write_options().await?;
        let id = match id {
            None => None,
            Some(id) => Some(id.parse::<i64>().map_err(|_| AppError::NotFound)?),
        };
        let draft = get_pledge_draft(id).await?;
        let source = crate::translations::components::source_of("pledge", draft.id).await;
        Ok::<_, AppError>((options, draft, source))
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((options, draft, source)) => view! { <WriteView options draft source/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn WriteView(
    options: WriteChoices,
    draft: PledgeDraft,
    source: Option<crate::translations::api::SourceText>,
) -> impl IntoView {
    let title = match &draft.id {
        None => t("pledge-new-title"),
        Some(_) => draft.values.get("title").cloned().unwrap_or_default(),
    };
    let status = draft.id.map(|_| view! { <p><StatusBadge status=draft.status/></p> });
    let public_link = (draft.status == Status::Published).then(|| {
        let href = crate::paths::pledge(&draft.slug);
        view! { <p><a href=href>{t("pledge-view-public")}</a></p> }
    });
    let pledger = if draft.pledger.is_empty() {
        view! { <p class="notice-muted">{t("pledge-no-organisation")}</p> }.into_any()
    } else {
        view! { <p>{crate::i18n::t_args("pledge-for-organisation", &[("name", draft.pledger.clone())])}</p> }
            .into_any()
    };
    let form = if draft.editable {
        view! { <PledgeForm options draft=draft.clone()/> }.into_any()
    } else {
        view! { <p class="notice-muted">{t("pledge-read-only")}</p> }.into_any()
    };
    let source = source
        .filter(|_| draft.editable)
        .map(|source| view! { <crate::translations::components::SourceTextView source/> });
    let plan = (draft.editable && draft.id.is_some()).then(|| view! { <PlanForm/> });
    let review = draft.id.map(|_| view! { <PledgeReview draft=draft.clone()/> });
    let waiting = (!draft.waiting.is_empty()).then(|| {
        view! {
            <section aria-labelledby="pledges-waiting">
                <h2 id="pledges-waiting">{t("pledges-waiting")}</h2>
                <ul class="plain-list" role="list">
                    {draft.waiting.iter().map(|(id, title)| view! { <li><a href=crate::paths::pledge_draft(id)>{title.clone()}</a></li> }).collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        <Title text=title.clone()/>
        <div class="write">
            <header class="page-header">
                <p class="eyebrow"><a href="/pledges">{t("pledges-title")}</a></p>
                <h1>{title}</h1>
                {status}
                {pledger}
                {public_link}
                <PledgeNotice/>
            </header>
            <div class="with-source">
                {source}
                <div class="with-source-form">{form}</div>
            </div>
            {plan}
            {review}
            {waiting}
        </div>
    }
}

/// The error of field `name` of the pledge form, when the last post had one.
fn row_error(name: &str) -> Option<FieldError> {
    form_reply().error("pledge", name)
}

/// One labelled input of a milestone row (whose names are not known in advance).
#[component]
fn RowInput(
    name: String,
    label: String,
    value: String,
    #[prop(optional)] kind: &'static str,
    #[prop(optional)] hint: Option<String>,
) -> impl IntoView {
    let reply = form_reply();
    let value = reply.value("pledge", &name).unwrap_or(value);
    let error = row_error(&name);
    let id = format!("pledge-{name}");
    let error_id = format!("{name}-error");
    let hint_id = format!("{id}-hint");
    let invalid = error.is_some();
    let described: Vec<String> =
        hint.iter().map(|_| hint_id.clone()).chain(invalid.then(|| error_id.clone())).collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    view! {
        <div class="field" class:field-invalid=invalid>
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="field-hint" id=hint_id.clone()>{hint}</p> })}
            {error.map(|error| view! { <p class="field-error" id=error_id.clone()>{problem_text(&error)}</p> })}
            <input
                id=id
                name=name
                type=if kind.is_empty() { "text" } else { kind }
                value=value
                aria-invalid=invalid.then_some("true")
                aria-describedby=described
            />
        </div>
    }
}

#[component]
fn MilestoneRow(row: usize, values: HashMap<String, String>) -> impl IntoView {
    let value = |field: &str| values.get(&format!("milestone_{row}_{field}")).cloned().unwrap_or_default();
    let name = |field: &str| format!("milestone_{row}_{field}");
    let reply = form_reply();
    let completion_name = name("completion");
    let chosen = reply.value("pledge", &completion_name).unwrap_or_else(|| value("completion"));
    let select_id = format!("pledge-{completion_name}");
    let legend = crate::i18n::t_args("pledge-milestone-number", &[("number", (row + 1).to_string())]);
    view! {
        <fieldset class="milestone-row">
            <legend>{legend}</legend>
            <RowInput name=name("title") label=t("pledge-milestone") value=value("title")/>
            <div class="field-row">
                <RowInput name=name("due") label=t("pledge-milestone-due") value=value("due") kind="date" hint=t("pledge-hint-date")/>
                <RowInput name=name("weight") label=t("pledge-milestone-weight") value=value("weight") hint=t("pledge-hint-weight")/>
                <div class="field">
                    <label for=select_id.clone()>{t("pledge-milestone-completion")}</label>
                    <select id=select_id name=completion_name>
                        {Completion::ALL.into_iter().map(|level| view! {
                            <option value=level.code() selected=chosen == level.code()>{t(&level.label_key())}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
        </fieldset>
    }
}

#[component]
fn PledgeForm(options: WriteChoices, draft: PledgeDraft) -> impl IntoView {
    let saved: HashMap<String, String> = draft.values.clone();
    let text = {
        let saved = saved.clone();
        move |name: &str| saved.get(name).cloned().unwrap_or_default()
    };
    let can_submit = matches!(draft.status, Status::Draft | Status::ChangesRequested);
    let reply = form_reply();
    let posted = reply.form == "pledge";
    // Rows: those saved (or posted) and a few empty ones, at most the limit.
    let written = if posted {
        (0..MILESTONES_MAX + MILESTONE_SPARE_ROWS)
            .filter(|row| {
                reply.values.get(&format!("milestone_{row}_title")).is_some_and(|v| !v.trim().is_empty())
            })
            .map(|row| row + 1)
            .max()
            .unwrap_or(0)
    } else {
        usize::try_from(draft.milestones).unwrap_or(0)
    };
    let rows = (written + MILESTONE_SPARE_ROWS).min(MILESTONES_MAX);
    let tags_error = reply.error("pledge", "tags").map(|error| problem_text(&error));
    let facets = options
        .facets
        .into_iter()
        .filter(|facet| TAG_FACETS.contains(&facet.key.as_str()))
        .map(|facet| {
            let boxes = facet
                .terms
                .into_iter()
                .map(|term| {
                    let name = format!("tag:{}:{}", facet.key, term.code);
                    let id = format!("pledge-tag-{}-{}", facet.key, term.code);
                    let checked =
                        if posted { reply.values.contains_key(&name) } else { saved.contains_key(&name) };
                    view! {
                        <div class="field-checkbox">
                            <input type="checkbox" id=id.clone() name=name value="on" checked=checked/>
                            <label for=id title=term.description>{term.name}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="tag-choices">
                    <legend>{facet.name}</legend>
                    <div class="checkbox-grid">{boxes}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <HubForm name="pledge" class="post-form">
            <TextField name="title" label=t("field-title") required=true value=text("title") maxlength=200/>
            <TextArea name="commitment" label=t("field-commitment") hint=t("pledge-hint-commitment") required=true value=text("commitment") rows=4/>
            <TextArea name="baseline" label=t("field-baseline") hint=t("pledge-hint-baseline") value=text("baseline") rows=4/>
            <Checkbox name="share_assessment" label=t("field-share-assessment") checked=saved.contains_key("share_assessment")/>
            <TextArea name="target" label=t("field-target") hint=t("pledge-hint-target") required=true value=text("target") rows=3/>
            <div class="field-row">
                <TextField name="starts" label=t("pledge-starts") hint=t("pledge-hint-date") kind="date" required=true value=text("starts")/>
                <TextField name="ends" label=t("pledge-ends") hint=t("pledge-hint-date") kind="date" required=true value=text("ends")/>
                <SelectField name="lang" label=t("pledge-lang") options=options.languages required=true value=text("lang")/>
            </div>
            <section class="milestones-section" aria-labelledby="pledge-milestones-heading">
                <h2 id="pledge-milestones-heading">{t("pledge-milestones")}</h2>
                <p class="field-hint">{t("pledge-hint-milestones")}</p>
                {(0..rows).map(|row| view! { <MilestoneRow row values=saved.clone()/> }).collect_view()}
            </section>
            <TextArea name="evidence_links" label=t("field-evidence-links") hint=t("pledge-hint-evidence") value=text("evidence_links") rows=3/>
            <section class="tags-section" id="pledge-tags" tabindex="-1" aria-labelledby="pledge-tags-heading">
                <h2 id="pledge-tags-heading">{t("write-tags")}</h2>
                {tags_error.map(|message| view! { <p class="field-error" id="tags-error">{message}</p> })}
                {facets}
            </section>
            <TextField name="note" label=t("field-note") hint=t("write-note-hint") maxlength=300/>
            <div class="button-row">
                <button type="submit" class="button" name="action" value="save">{t("write-save")}</button>
                {can_submit.then(|| view! { <button type="submit" class="button button-secondary" name="action" value="submit">{t("write-submit")}</button> })}
            </div>
        </HubForm>
    }
}

/// Adding an item of an event's actionable plan as a milestone.
#[component]
fn PlanForm() -> impl IntoView {
    view! {
        <section class="pledge-form" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{t("pledge-plan-title")}</h2>
            <p class="field-hint">{t("pledge-plan-hint")}</p>
            <HubForm name="plan">
                <div class="field-row">
                    <TextField name="event" label=t("field-event") hint=t("pledge-hint-event") required=true maxlength=200/>
                    <TextField name="item" label=t("field-item") kind="number" required=true/>
                </div>
                <div class="button-row">
                    <button type="submit" class="button button-secondary">{t("pledge-plan-add")}</button>
                </div>
            </HubForm>
        </section>
    }
}

#[component]
fn PledgeReview(draft: PledgeDraft) -> impl IntoView {
    let status = draft.status;
    let actions = review_actions(status, draft.is_editor, draft.is_owner, false);
    let own_note = (draft.is_editor && draft.is_owner && status == Status::Submitted)
        .then(|| view! { <p class="field-hint">{t("review-not-own")}</p> });
    let revision_base = format!("{}/revisions/", crate::paths::pledge_draft(draft.id.unwrap_or_default()));
    let buttons = actions
        .into_iter()
        .map(|(code, label)| view! { <button type="submit" class="button button-secondary" name="action" value=code>{label}</button> })
        .collect_view();
    view! {
        <section class="review" aria-labelledby="review-title">
            <h2 id="review-title">{t("review-title")}</h2>
            <HubForm name="review">
                <TextArea name="comment" label=t("field-comment") hint=t("review-comment-hint") rows=4/>
                {own_note}
                <div class="button-row">
                    {buttons}
                    <button type="submit" class="button button-secondary" name="action" value="comment">{t("review-comment")}</button>
                </div>
            </HubForm>
            <ReviewHistory history=draft.history revisions=draft.revisions revision_base/>
        </section>
    }
}

/// `/pledges/draft/{id}/revisions/{revision}`: one saved revision of a pledge, read again.
#[component]
pub fn PledgeRevisionPage() -> impl IntoView {
    use crate::editorial::components::{RevisionHeader, revision_keys};
    let params = use_params_map();
    let keys = move || (params.read().get("id"), params.read().get("revision"));
    let data = Resource::new_blocking(keys, |(id, revision)| async move {
        let (id, revision) = revision_keys(id, revision)?;
        Ok::<_, AppError>((id, super::api::get_pledge_revision(id, revision).await?))
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((id, detail)) => view! {
                        <RevisionHeader
                            item_title=detail.title
                            item_href=crate::paths::pledge_draft(id)
                            number=detail.number
                            count=detail.count
                            is_current=detail.is_current
                            item=detail.item
                        />
                        <dl class="facts">
                            {detail.values.into_iter().map(|(name, value)| view! {
                                <dt>{t(&format!("field-{}", name.replace('_', "-")))}</dt>
                                <dd class="revision-source">{value}</dd>
                            }).collect_view()}
                        </dl>
                    }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}
