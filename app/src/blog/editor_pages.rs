//! `/editor`: the editor's desk: what waits for review, the editorial calendar with its late
//! slots, and the forms that plan issues, assign slots and publish an issue.

use leptos::prelude::*;
use leptos_meta::Title;

use super::format_month;
use super::write_api::{CalendarIssue, EditorialDesk, editor_desk, write_options};
use super::write_pages::PostTable;
use crate::components::failure;
use crate::components::format_date;
use crate::editorial::components::StatusBadge;
use crate::error::AppError;
use crate::forms::{HubForm, Notice, SelectField, TextArea, TextField};
use crate::i18n::{t, t_args};

/// `/editor`. Editors only.
#[component]
pub fn EditorPage() -> impl IntoView {
    let data = Resource::new_blocking(
        || (),
        |()| async move {
            let desk = editor_desk().await?;
            let options = write_options().await?;
            Ok::<_, AppError>((desk, options))
        },
    );
    view! {
        <Title text=t("editor-title")/>
        <div class="editor-desk">
            <h1>{t("editor-title")}</h1>
            <p><a href=crate::paths::TRANSLATIONS_DESK>{t("translations-desk-link")}</a></p>
            <Notice/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok((desk, options)) => view! { <Desk desk issues=options.issues organisations=options.organisations/> }.into_any(),
                        Err(error) => failure(error),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Desk(
    desk: EditorialDesk,
    issues: Vec<(String, String)>,
    organisations: Vec<(String, String)>,
) -> impl IntoView {
    let EditorialDesk { review, calendar } = desk;
    let planned: Vec<(String, String)> = calendar
        .iter()
        .filter(|issue| !issue.published)
        .map(|issue| {
            (
                issue.month.clone(),
                issues.iter().find(|(m, _)| *m == issue.month).map(|(_, l)| l.clone()).unwrap_or_default(),
            )
        })
        .collect();
    let review = if review.is_empty() {
        view! { <p>{t("editor-nothing-waiting")}</p> }.into_any()
    } else {
        view! { <PostTable posts=review/> }.into_any()
    };
    let calendar_view = if calendar.is_empty() {
        view! { <p>{t("editor-no-issues")}</p> }.into_any()
    } else {
        calendar.into_iter().map(|issue| view! { <IssuePlan issue/> }).collect_view().into_any()
    };
    view! {
        <section aria-labelledby="desk-review">
            <h2 id="desk-review">{t("editor-review")}</h2>
            {review}
        </section>
        <section aria-labelledby="desk-calendar">
            <h2 id="desk-calendar">{t("editor-calendar")}</h2>
            {calendar_view}
        </section>
        <div class="desk-forms">
            <section aria-labelledby="desk-new-issue">
                <h2 id="desk-new-issue">{t("editor-new-issue")}</h2>
                <HubForm name="issue">
                    <TextField name="month" label=t("field-month") kind="month" hint=t("editor-month-hint") required=true/>
                    <TextField name="number" label=t("field-number") kind="number" required=true/>
                    <TextField name="theme" label=t("field-theme") required=true maxlength=200/>
                    <button type="submit" class="button">{t("editor-create-issue")}</button>
                </HubForm>
            </section>
            <section aria-labelledby="desk-slot">
                <h2 id="desk-slot">{t("editor-assign-slot")}</h2>
                {if organisations.is_empty() {
                    view! { <p>{t("editor-no-organisations")}</p> }.into_any()
                } else {
                    view! {
                        <HubForm name="slot">
                            <SelectField name="slot_issue" label=t("field-slot-issue") options=issues required=true/>
                            <SelectField name="organisation" label=t("field-organisation") options=organisations required=true/>
                            <TextField name="topic" label=t("field-topic") required=true maxlength=200/>
                            <TextField name="deadline" label=t("field-deadline") kind="date" required=true/>
                            <button type="submit" class="button">{t("editor-assign")}</button>
                        </HubForm>
                    }
                    .into_any()
                }}
            </section>
            <section aria-labelledby="desk-publish">
                <h2 id="desk-publish">{t("editor-publish-issue")}</h2>
                {if planned.is_empty() {
                    view! { <p>{t("editor-nothing-to-publish")}</p> }.into_any()
                } else {
                    view! {
                        <HubForm name="publish-issue">
                            <SelectField name="publish_month" label=t("field-publish-month") options=planned required=true/>
                            <TextArea name="summary" label=t("field-summary") required=true rows=2/>
                            <TextArea name="intro" label=t("field-intro") hint=t("write-body-hint") required=true rows=8/>
                            <button type="submit" class="button">{t("editor-publish")}</button>
                        </HubForm>
                    }
                    .into_any()
                }}
            </section>
        </div>
    }
}

/// One issue on the calendar with its slots.
#[component]
fn IssuePlan(issue: CalendarIssue) -> impl IntoView {
    let heading = t_args(
        "blog-issue-label",
        &[("number", issue.number.to_string()), ("month", format_month(&issue.month))],
    );
    let state = if issue.published { t("editor-issue-published") } else { t("editor-issue-planned") };
    let slots = if issue.slots.is_empty() {
        view! { <p>{t("editor-no-slots")}</p> }.into_any()
    } else {
        view! {
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{t("field-organisation")}</th>
                        <th scope="col">{t("field-topic")}</th>
                        <th scope="col">{t("field-deadline")}</th>
                        <th scope="col">{t("editor-post")}</th>
                    </tr>
                </thead>
                <tbody>
                    {issue.slots.into_iter().map(|slot| {
                        let deadline = format_date(&slot.deadline);
                        let late = slot.late.then(|| view! { " " <span class="badge badge-late">{t("editor-late")}</span> });
                        let post = match slot.post {
                            Some(post) => {
                                let href = crate::paths::post_draft(post.id);
                                view! { <a href=href>{post.title}</a>" "<StatusBadge status=post.status/> }.into_any()
                            }
                            None => view! { <span>{t("editor-not-started")}</span> }.into_any(),
                        };
                        view! {
                            <tr class:slot-late=slot.late>
                                <td>{slot.organisation}</td>
                                <td>{slot.topic}</td>
                                <td><time datetime=slot.deadline>{deadline}</time>{late}</td>
                                <td>{post}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <article class="issue-plan">
            <h3>{heading}" · "<bdi lang="">{issue.theme}</bdi></h3>
            <p class="byline">{state}</p>
            {slots}
        </article>
    }
}
