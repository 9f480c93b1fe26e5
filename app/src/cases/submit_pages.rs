//! Route components of submitting cases: `/cases/submit` (a new case), `/cases/submit/{id}`
//! (a case, its completeness, attachments, review and history) and `/account/cases`.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::record::{
    CaseRecord, CostBand, Evidence, FORM_FACETS, Gap, REQUIRED_TO_SUBMIT, SECTIONS, Stage, completeness,
};
use super::submit_api::{CaseDraft, get_case_draft};
use crate::blog::write_api::{WriteChoices, write_options};
use crate::components::failure;
use crate::editorial::Status;
use crate::editorial::components::{ReviewHistory, StatusBadge, review_actions};
use crate::error::AppError;
use crate::forms::{HubForm, Notice, SelectField, TextArea, TextField, form_reply};
use crate::i18n::t;

/// Every part the completeness meter may name, in form order.
const PARTS: [&str; 15] = [
    "summary",
    "problem",
    "solution",
    "technologies",
    "results",
    "lessons",
    "transfer",
    "evidence",
    "cost_band",
    "started_on",
    "contact",
    "links",
    "tags",
    "country",
    "organisations",
];

/// `/cases/submit` and `/cases/submit/{id}`.
#[component]
pub fn CaseSubmitPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id");
    let data = Resource::new_blocking(id, move |id| async move {
        let options = write_options().await?;
        let draft = match id {
            None => None,
            Some(id) => Some(get_case_draft(id.parse::<i64>().map_err(|_| AppError::NotFound)?).await?),
        };
        let source =
            crate::translations::components::source_of("case", draft.as_ref().map(|draft| draft.id)).await;
        Ok::<_, AppError>((options, draft, source))
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((options, draft, source)) => view! { <SubmitView options draft source/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SubmitView(
    options: WriteChoices,
    draft: Option<CaseDraft>,
    source: Option<crate::translations::api::SourceText>,
) -> impl IntoView {
    let title = draft.as_ref().map_or_else(|| t("case-submit-title"), |draft| draft.record.title.clone());
    let status = draft.as_ref().map(|draft| view! { <p><StatusBadge status=draft.status/></p> });
    let public_link = draft.as_ref().filter(|draft| draft.status == Status::Published).map(|draft| {
        let href = crate::paths::case(&draft.slug);
        view! { <p><a href=href>{t("case-view-public")}</a></p> }
    });
    let editable = draft.as_ref().is_none_or(|draft| draft.can_edit);
    // What the meter measures: what was just posted, or else what is saved.
    let reply = form_reply();
    let record = if reply.form == "case" {
        CaseRecord::from_form(&reply.values)
    } else {
        draft.as_ref().map(|draft| draft.record.clone()).unwrap_or_default()
    };
    let form = if editable {
        view! { <CaseForm options draft=draft.clone() record/> }.into_any()
    } else {
        view! { <p class="notice-muted">{t("case-read-only")}</p> }.into_any()
    };
    let attachments = draft
        .as_ref()
        .filter(|draft| draft.can_edit)
        .map(|draft| view! { <AttachmentsPanel draft=draft.clone()/> });
    let source = source
        .filter(|_| draft.as_ref().is_some_and(|draft| draft.can_edit))
        .map(|source| view! { <crate::translations::components::SourceTextView source/> });
    let review = draft.map(|draft| view! { <CaseReview draft/> });
    view! {
        <Title text=title.clone()/>
        <div class="write">
            <header class="page-header">
                <p class="eyebrow"><a href="/account/cases">{t("case-my-cases")}</a></p>
                <h1>{title}</h1>
                {status}
                {public_link}
                <Notice/>
            </header>
            <div class="with-source">
                {source}
                <div class="with-source-form">{form}</div>
            </div>
            {attachments}
            {review}
        </div>
    }
}

/// The texts of the meter: for each part, what to say when it is missing and when it is thin.
fn gap_texts() -> Vec<(String, String, String)> {
    PARTS
        .iter()
        .map(|part| {
            let key = format!("case-gap-{}", part.replace('_', "-"));
            ((*part).to_owned(), t(&key), t(&format!("{key}-thin")))
        })
        .collect()
}

#[component]
fn CaseForm(options: WriteChoices, draft: Option<CaseDraft>, record: CaseRecord) -> impl IntoView {
    let saved = draft.as_ref().map(|draft| draft.record.clone()).unwrap_or_default();
    let value = |name: &str| Some(saved.form_value(name)).filter(|v| !v.is_empty());
    let v_title = value("title").unwrap_or_default();
    let v_summary = value("summary").unwrap_or_default();
    let v_evidence = value("evidence").unwrap_or_default();
    let v_stage = value("stage").unwrap_or_default();
    let v_cost_band = value("cost_band").unwrap_or_default();
    let v_started_on = value("started_on").unwrap_or_default();
    let v_ended_on = value("ended_on").unwrap_or_default();
    let v_organisations = value("organisations").unwrap_or_default();
    let v_countries = value("countries").unwrap_or_default();
    let v_licence = value("licence").unwrap_or_default();
    let v_contact = value("contact").unwrap_or_default();
    let v_links = value("links").unwrap_or_default();
    let v_adapted_from = value("adapted_from").unwrap_or_default();
    let v_lang = value("lang").unwrap_or_else(|| crate::i18n::current_locale().code().to_owned());
    let (score, gaps) = completeness(&record);
    let can_submit =
        draft.as_ref().is_none_or(|d| matches!(d.status, Status::Draft | Status::ChangesRequested));
    let vocabulary = |codes: Vec<&'static str>, prefix: &str| -> Vec<(String, String)> {
        codes.into_iter().map(|code| (code.to_owned(), t(&format!("{prefix}-{code}")))).collect()
    };
    let stages = vocabulary(Stage::ALL.iter().map(|s| s.code()).collect(), "case-stage");
    let evidence = vocabulary(Evidence::ALL.iter().map(|e| e.code()).collect(), "case-evidence");
    let costs = vocabulary(CostBand::ALL.iter().map(|c| c.code()).collect(), "case-cost");
    let reply = form_reply();
    let posted = reply.form == "case";
    let tags_error = reply.error("case", "tags").map(|error| crate::forms::problem_text(&error));
    let facets = options
        .facets
        .into_iter()
        .filter(|facet| FORM_FACETS.contains(&facet.key.as_str()))
        .map(|facet| {
            let boxes = facet
                .terms
                .into_iter()
                .map(|term| {
                    let name = format!("tag:{}:{}", facet.key, term.code);
                    let id = format!("case-tag-{}-{}", facet.key, term.code);
                    let checked = if posted {
                        reply.values.contains_key(&name)
                    } else {
                        saved.has_tag(&facet.key, &term.code)
                    };
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
    // Built inside the form (its fields find their form through the context it provides).
    let sections: Vec<(&'static str, String)> =
        SECTIONS.iter().map(|(key, _)| (*key, value(key).unwrap_or_default())).collect();
    view! {
        <CompletenessMeter score gaps texts=gap_texts() heading=t("case-completeness-title") done=t("case-gap-none")>
            <HubForm name="case" class="post-form case-form">
                <TextField name="title" label=t("field-title") required=true value=v_title maxlength=200/>
                <TextArea name="summary" label=t("field-summary") hint=t("case-hint-summary") required=true value=v_summary rows=3/>
                <SelectField name="lang" label=t("field-lang") options=options.languages required=true value=v_lang/>
                {sections
                    .into_iter()
                    .map(|(key, value)| view! {
                        <TextArea
                            name=key
                            label=t(&format!("case-section-{key}"))
                            hint=t(&format!("case-hint-{key}"))
                            required=REQUIRED_TO_SUBMIT.contains(&key)
                            value
                            rows=6
                        />
                    })
                    .collect_view()}
                <div class="field-row">
                    <SelectField name="evidence" label=t("case-fact-evidence") options=evidence empty_label=t("case-not-stated") value=v_evidence/>
                    <SelectField name="stage" label=t("case-fact-stage") options=stages empty_label=t("case-not-stated") value=v_stage/>
                    <SelectField name="cost_band" label=t("case-fact-cost") options=costs empty_label=t("case-not-stated") value=v_cost_band/>
                </div>
                <div class="field-row">
                    <TextField name="started_on" label=t("field-started-on") kind="date" value=v_started_on/>
                    <TextField name="ended_on" label=t("field-ended-on") kind="date" value=v_ended_on/>
                </div>
                <TextArea name="organisations" label=t("case-fact-organisations") hint=t("case-hint-organisations") value=v_organisations rows=3/>
                <TextField name="countries" label=t("field-countries") hint=t("write-countries-hint") value=v_countries/>
                <section class="tags-section" id="case-tags" tabindex="-1" aria-labelledby="case-tags-heading">
                    <h2 id="case-tags-heading">{t("write-tags")}</h2>
                    {tags_error.map(|message| view! { <p class="field-error" id="case-tags-error">{message}</p> })}
                    {facets}
                </section>
                <TextField name="licence" label=t("case-fact-licence") hint=t("case-hint-licence") value=v_licence maxlength=300/>
                <TextField name="contact" label=t("case-fact-contact") hint=t("case-hint-contact") value=v_contact maxlength=300/>
                <TextArea name="links" label=t("case-fact-links") hint=t("case-hint-links") value=v_links rows=3/>
                <TextField name="adapted_from" label=t("field-adapted-from") hint=t("case-hint-adapted-from") value=v_adapted_from/>
                <TextField name="note" label=t("field-note") hint=t("write-note-hint") maxlength=300/>
                <div class="button-row">
                    <button type="submit" class="button" name="action" value="save">{t("write-save")}</button>
                    <button type="submit" class="button button-secondary" name="action" value="preview">{t("case-check-button")}</button>
                    {can_submit.then(|| view! { <button type="submit" class="button button-secondary" name="action" value="submit">{t("write-submit")}</button> })}
                </div>
            </HubForm>
        </CompletenessMeter>
    }
}

/// How complete the case is and what it lacks, in plain words, above the form. Rendered by
/// the server from what was saved or posted; with the client bundle it follows typing.
#[island]
fn CompletenessMeter(
    score: u8,
    gaps: Vec<Gap>,
    /// (part, missing text, thin text).
    texts: Vec<(String, String, String)>,
    heading: String,
    /// What to say when nothing is missing.
    done: String,
    children: Children,
) -> impl IntoView {
    let score = RwSignal::new(score);
    let gaps = RwSignal::new(gaps);
    let on_input = move |event: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast as _;
            let Some(form) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|element| element.closest("form").ok().flatten())
                .and_then(|form| form.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let Ok(data) = web_sys::FormData::new_with_form(&form) else { return };
            let Ok(query) = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data) else { return };
            let query: String = query.to_string().into();
            let values: HashMap<String, String> = form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            let (now, missing) = completeness(&CaseRecord::from_form(&values));
            score.set(now);
            gaps.set(missing);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (event, score, gaps);
    };
    let texts: HashMap<String, (String, String)> =
        texts.into_iter().map(|(part, missing, thin)| (part, (missing, thin))).collect();
    let list = move || {
        let gaps = gaps.get();
        if gaps.is_empty() {
            return view! { <p>{done.clone()}</p> }.into_any();
        }
        view! {
            <ul>
                {gaps
                    .into_iter()
                    .map(|gap| {
                        let text = texts.get(&gap.part).map(|(missing, thin)| if gap.thin { thin.clone() } else { missing.clone() }).unwrap_or(gap.part);
                        view! { <li>{text}</li> }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <div class="completeness-layout" on:input=on_input>
            <aside class="completeness" aria-labelledby="completeness-title">
                <h2 id="completeness-title">{heading}</h2>
                <p class="completeness-score">
                    <meter min="0" max="100" low="50" high="80" optimum="100" value=move || score.get() aria-labelledby="completeness-title"></meter>
                    " "<span>{move || format!("{} %", score.get())}</span>
                </p>
                {list}
            </aside>
            {children()}
        </div>
    }
}

/// The case's PDF attachments and the upload form.
#[component]
fn AttachmentsPanel(draft: CaseDraft) -> impl IntoView {
    let action = format!("/cases/submit/{}/attachments", draft.id);
    let reply = form_reply();
    let error = reply.error("attachment", "file").map(|error| crate::forms::problem_text(&error));
    let invalid = error.is_some();
    let described =
        if invalid { "attachment-file-hint attachment-file-error" } else { "attachment-file-hint" };
    let list = draft
        .attachments
        .into_iter()
        .map(|file| view! { <li><a href=file.url>{file.label}</a></li> })
        .collect_view();
    view! {
        <section class="images" id="attachments" aria-labelledby="attachments-title">
            <h2 id="attachments-title">{t("case-attachments-title")}</h2>
            <ul class="plain-list" role="list">{list}</ul>
            <HubForm name="attachment" action=action multipart=true>
                <div class="field" class:field-invalid=invalid>
                    <label for="attachment-file">{t("field-file")}</label>
                    <p class="field-hint" id="attachment-file-hint">{t("case-hint-file")}</p>
                    {error.map(|message| view! { <p class="field-error" id="attachment-file-error">{message}</p> })}
                    <input id="attachment-file" name="file" type="file" accept="application/pdf" required=true aria-describedby=described aria-invalid=invalid.then_some("true")/>
                </div>
                <TextField name="label" label=t("field-file-label") hint=t("case-hint-file-label") required=true maxlength=200/>
                <button type="submit" class="button button-secondary">{t("case-attach")}</button>
            </HubForm>
        </section>
    }
}

/// The state, the review actions the viewer may take, the history and the revisions.
#[component]
fn CaseReview(draft: CaseDraft) -> impl IntoView {
    use Status::*;
    let status = draft.status;
    let actions = review_actions(status, draft.is_editor, draft.is_owner, false);
    let own_note = (draft.is_editor && draft.is_owner && status == Submitted)
        .then(|| view! { <p class="field-hint">{t("review-not-own")}</p> });
    let buttons = actions
        .into_iter()
        .map(|(code, label)| view! { <button type="submit" class="button button-secondary" name="action" value=code>{label}</button> })
        .collect_view();
    let (history, revisions) = (draft.history, draft.revisions);
    let revision_base = format!("/cases/submit/{}/revisions/", draft.id);
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
            <ReviewHistory history revisions revision_base/>
        </section>
    }
}
