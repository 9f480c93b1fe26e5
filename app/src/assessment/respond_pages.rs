//! The staff's pages: the anonymous link's first page and the questionnaire behind each
//! respondent's private link.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use super::api::{CycleState, RespondView, StaffEntry, get_response, get_staff_entry};
use super::components::{AssessmentNotice, StepFields};
use crate::components::{ErrorPage, format_date};
use crate::forms::HubForm;
use crate::i18n::{t, t_args};

fn closed_text(state: CycleState) -> Option<String> {
    match state {
        CycleState::Open => None,
        CycleState::NotYetOpen => Some(t("assessment-not-open")),
        CycleState::Closed => Some(t("assessment-closed")),
    }
}

/// `/assessment/answer?token=…`: who is asking, what happens to the answers, and the role.
#[component]
pub fn StaffEntryPage() -> impl IntoView {
    let token = use_query_map().read_untracked().get("token").unwrap_or_default();
    let entry = Resource::new_blocking(move || token.clone(), get_staff_entry);
    view! {
        <Title text=t("assessment-staff-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match entry.await {
                    Ok(entry) => view! { <StaffEntryView entry/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn StaffEntryView(entry: StaffEntry) -> impl IntoView {
    let StaffEntry { cycle, organisation, state, closes_on, roles } = entry;
    let form = match closed_text(state) {
        Some(text) => view! { <p class="notice" role="status">{text}</p> }.into_any(),
        None => view! {
            <p>{t_args("assessment-closes-on", &[("date", format_date(&closes_on))])}</p>
            <HubForm name="start">
                <fieldset class="assessment-question">
                    <legend>{t("assessment-your-role")}</legend>
                    <div class="assessment-options">
                        {roles.into_iter().map(|(code, name)| {
                            let id = format!("role-{code}");
                            view! {
                                <div class="assessment-option">
                                    <input type="radio" id=id.clone() name="role" value=code required=true/>
                                    <label for=id><span class="assessment-option-label">{name}</span></label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
                <button type="submit" class="button">{t("assessment-start")}</button>
            </HubForm>
        }
        .into_any(),
    };
    view! {
        <div class="narrow assessment">
            <h1>{cycle}</h1>
            <p class="lead">{t_args("assessment-staff-lead", &[("organisation", organisation)])}</p>
            <p>{t("assessment-staff-anonymous")}</p>
            {form}
        </div>
    }
}

/// `/assessment/respond?token=…`: one respondent's questionnaire, saved as it goes.
#[component]
pub fn RespondPage() -> impl IntoView {
    let query = use_query_map().read_untracked();
    let token = query.get("token").unwrap_or_default();
    let step = query.get("step").unwrap_or_default();
    let page = Resource::new_blocking(
        move || (token.clone(), step.clone()),
        |(token, step)| get_response(token, step),
    );
    view! {
        <Title text=t("assessment-staff-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <RespondBody page/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RespondBody(page: RespondView) -> impl IntoView {
    let RespondView { cycle, organisation, state, submitted, step } = page;
    let body = if submitted {
        view! { <p class="notice" role="status">{t("assessment-already-sent")}</p> }.into_any()
    } else if let Some(text) = closed_text(state) {
        view! { <p class="notice" role="status">{text}</p> }.into_any()
    } else if let Some(step) = step {
        let number = step.number;
        let last = step.number >= step.total;
        view! {
            <p>{t("assessment-resume-text")}</p>
            <HubForm name="respond">
                <StepFields step/>
                <div class="form-actions">
                    {if last {
                        view! { <button type="submit" name="action" value="send" class="button">{t("assessment-send")}</button> }.into_any()
                    } else {
                        view! { <button type="submit" name="action" value="next" class="button">{t("assessment-next")}</button> }.into_any()
                    }}
                    {(number > 1).then(|| view! { <button type="submit" name="action" value="back" class="button-secondary">{t("assessment-back")}</button> })}
                </div>
            </HubForm>
        }
        .into_any()
    } else {
        ().into_any()
    };
    view! {
        <div class="narrow assessment">
            <h1>{cycle}</h1>
            <p class="card-meta">{organisation}</p>
            <AssessmentNotice/>
            {body}
        </div>
    }
}
