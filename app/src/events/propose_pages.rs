//! `/events/propose` (a new proposal) and `/events/propose/{id}` (a proposal or an event,
//! its review and history): members propose events and editors review them through the
//! editorial kernel, as posts and cases.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::api::{EventDraft, get_event_draft};
use super::pages::EventNotice;
use super::record::{FORMATS, KINDS};
use crate::blog::write_api::{WriteChoices, write_options};
use crate::components::failure;
use crate::editorial::Status;
use crate::editorial::components::{ReviewHistory, StatusBadge, review_actions};
use crate::error::AppError;
use crate::forms::{Checkbox, HubForm, SelectField, TextArea, TextField, form_reply};
use crate::i18n::t;

/// `/events/propose` and `/events/propose/{id}`.
#[component]
pub fn EventProposePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id");
    let data = Resource::new_blocking(id, move |id| async move {
        let options = write_options().await?;
        let id = match id {
            None => None,
            Some(id) => Some(id.parse::<i64>().map_err(|_| AppError::NotFound)?),
        };
        let draft = get_event_draft(id).await?;
        let source = crate::translations::components::source_of("event", draft.id).await;
        Ok::<_, AppError>((options, draft, source))
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((options, draft, source)) => view! { <ProposeView options draft source/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ProposeView(
    options: WriteChoices,
    draft: EventDraft,
    source: Option<crate::translations::api::SourceText>,
) -> impl IntoView {
    let title = match &draft.id {
        None => t("event-propose-title"),
        Some(_) => draft.values.get("title").cloned().unwrap_or_default(),
    };
    let status = draft.id.map(|_| view! { <p><StatusBadge status=draft.status/></p> });
    let public_link = (draft.status == Status::Published).then(|| {
        let href = crate::paths::event(&draft.slug);
        view! { <p><a href=href>{t("event-view-public")}</a></p> }
    });
    let form = if draft.editable {
        view! { <EventForm options draft=draft.clone()/> }.into_any()
    } else {
        view! { <p class="notice-muted">{t("event-read-only")}</p> }.into_any()
    };
    let source = source
        .filter(|_| draft.editable)
        .map(|source| view! { <crate::translations::components::SourceTextView source/> });
    let review = draft.id.map(|_| view! { <EventReview draft=draft.clone()/> });
    let waiting = (!draft.waiting.is_empty()).then(|| {
        view! {
            <section aria-labelledby="events-waiting">
                <h2 id="events-waiting">{t("events-waiting")}</h2>
                <ul class="plain-list" role="list">
                    {draft.waiting.iter().map(|(id, title)| view! { <li><a href=crate::paths::event_draft(id)>{title.clone()}</a></li> }).collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        <Title text=title.clone()/>
        <div class="write">
            <header class="page-header">
                <p class="eyebrow"><a href="/events">{t("events-title")}</a></p>
                <h1>{title}</h1>
                {status}
                {public_link}
                <EventNotice/>
            </header>
            <div class="with-source">
                {source}
                <div class="with-source-form">{form}</div>
            </div>
            {review}
            {waiting}
        </div>
    }
}

#[component]
fn EventForm(options: WriteChoices, draft: EventDraft) -> impl IntoView {
    let saved: HashMap<String, String> = draft.values.clone();
    let text = {
        let saved = saved.clone();
        move |name: &str| saved.get(name).cloned().unwrap_or_default()
    };
    let on = {
        let saved = saved.clone();
        move |name: &str| saved.contains_key(name)
    };
    let kinds: Vec<(String, String)> =
        KINDS.iter().map(|code| ((*code).to_owned(), t(&format!("event-kind-{code}")))).collect();
    let formats: Vec<(String, String)> =
        FORMATS.iter().map(|code| ((*code).to_owned(), t(&format!("event-format-{code}")))).collect();
    let can_submit = matches!(draft.status, Status::Draft | Status::ChangesRequested);
    let reply = form_reply();
    let posted = reply.form == "event";
    let tags_error = reply.error("event", "tags").map(|error| crate::forms::problem_text(&error));
    let facets = options
        .facets
        .into_iter()
        .filter(|facet| ["domain", "wsis", "sdg", "theme"].contains(&facet.key.as_str()))
        .map(|facet| {
            let boxes = facet
                .terms
                .into_iter()
                .map(|term| {
                    let name = format!("tag:{}:{}", facet.key, term.code);
                    let id = format!("event-tag-{}-{}", facet.key, term.code);
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
        <HubForm name="event" class="post-form">
            <TextField name="title" label=t("field-title") required=true value=text("title") maxlength=200/>
            <TextArea name="summary" label=t("field-summary") required=true value=text("summary") rows=3/>
            <div class="field-row">
                <SelectField name="kind" label=t("field-kind") options=kinds required=true value=text("kind")/>
                <SelectField name="format" label=t("field-format") options=formats empty_label=t("event-not-stated") value=text("format")/>
                <SelectField name="lang" label=t("event-lang") options=options.languages required=true value=text("lang")/>
            </div>
            <div class="field-row">
                <TextField name="starts" label=t("field-starts") hint=t("event-hint-time") required=true value=text("starts") maxlength=32/>
                <TextField name="ends" label=t("field-ends") hint=t("event-hint-time") required=true value=text("ends") maxlength=32/>
                <TextField name="time_zone" label=t("field-time-zone") hint=t("event-hint-time-zone") required=true value=text("time_zone") maxlength=64/>
            </div>
            <TextField name="venue" label=t("field-venue") value=text("venue") maxlength=500/>
            <TextField name="address" label=t("field-address") value=text("address") maxlength=500/>
            <TextField name="online_url" label=t("field-online-url") hint=t("event-hint-online-url") kind="url" value=text("online_url") maxlength=500/>
            <TextField name="languages" label=t("field-languages") hint=t("event-hint-languages") value=text("languages")/>
            <TextField name="interpretation" label=t("field-interpretation") value=text("interpretation") maxlength=500/>
            <TextArea name="organisers" label=t("field-organisers") hint=t("event-hint-one-a-line") value=text("organisers") rows=3/>
            <TextArea name="moderators" label=t("field-moderators") hint=t("event-hint-one-a-line") value=text("moderators") rows=2/>
            <TextArea name="speakers" label=t("field-speakers") hint=t("event-hint-one-a-line") value=text("speakers") rows=4/>
            <TextArea name="agenda" label=t("field-agenda") hint=t("event-hint-agenda") value=text("agenda") rows=8/>
            <TextArea name="links" label=t("field-links") hint=t("event-hint-links") value=text("links") rows=3/>
            <TextField name="countries" label=t("field-countries") hint=t("write-countries-hint") value=text("countries")/>
            <section class="tags-section" id="event-tags" tabindex="-1" aria-labelledby="event-tags-heading">
                <h2 id="event-tags-heading">{t("write-tags")}</h2>
                {tags_error.map(|message| view! { <p class="field-error" id="event-tags-error">{message}</p> })}
                {facets}
            </section>
            <fieldset>
                <legend>{t("event-registration")}</legend>
                <Checkbox name="registration" label=t("field-registration") checked=on("registration")/>
                <TextField name="capacity" label=t("field-capacity") hint=t("event-hint-capacity") kind="number" value=text("capacity")/>
                <Checkbox name="waitlist" label=t("field-waitlist") checked=on("waitlist")/>
                <Checkbox name="moderated" label=t("field-moderated") checked=on("moderated")/>
            </fieldset>
            <TextField name="note" label=t("field-note") hint=t("write-note-hint") maxlength=300/>
            <div class="button-row">
                <button type="submit" class="button" name="action" value="save">{t("write-save")}</button>
                {can_submit.then(|| view! { <button type="submit" class="button button-secondary" name="action" value="submit">{t("write-submit")}</button> })}
            </div>
        </HubForm>
    }
}

#[component]
fn EventReview(draft: EventDraft) -> impl IntoView {
    let status = draft.status;
    let actions = review_actions(status, draft.is_editor, draft.is_owner, false);
    let own_note = (draft.is_editor && draft.is_owner && status == Status::Submitted)
        .then(|| view! { <p class="field-hint">{t("review-not-own")}</p> });
    let revision_base = format!("{}/revisions/", crate::paths::event_draft(draft.id.unwrap_or_default()));
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

/// `/events/propose/{id}/revisions/{revision}`: one saved revision of an event, read again.
#[component]
pub fn EventRevisionPage() -> impl IntoView {
    use crate::editorial::components::{RevisionHeader, revision_keys};
    let params = use_params_map();
    let keys = move || (params.read().get("id"), params.read().get("revision"));
    let data = Resource::new_blocking(keys, |(id, revision)| async move {
        let (id, revision) = revision_keys(id, revision)?;
        Ok::<_, AppError>((id, super::api::get_event_revision(id, revision).await?))
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((id, detail)) => view! {
                        <RevisionHeader
                            item_title=detail.title
                            item_href=crate::paths::event_draft(id)
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
