//! The coordinator's pages: the organisation's cycles, a cycle with its profile, the
//! practice questionnaire and the improvement plan.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use super::api::{
    CycleState, CycleSummary, CycleView, CyclesView, OrgProfile, PlanItemView, get_cycle, get_plan,
    get_practice, list_cycles,
};
use super::components::{AssessmentNotice, ScoreChart, StepFields, score_text};
use crate::components::{failure, format_date};
use crate::forms::{Checkbox, HubForm, SelectField, TextArea, TextField, form_reply};
use crate::i18n::{t, t_args};

fn state_text(state: CycleState) -> String {
    t(match state {
        CycleState::Open => "assessment-state-open",
        CycleState::NotYetOpen => "assessment-state-not-open",
        CycleState::Closed => "assessment-state-closed",
    })
}

fn cycle_id() -> String {
    use_params_map().read_untracked().get("id").unwrap_or_default()
}

/// `/assessment/cycles`: the reader's organisation's cycles and the form that opens one;
/// for admins, every organisation's cycles (no figures).
#[component]
pub fn CyclesPage() -> impl IntoView {
    let cycles = Resource::new_blocking(|| (), |()| list_cycles());
    view! {
        <Title text=t("assessment-cycles-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match cycles.await {
                    Ok(view) => view! { <CyclesView view/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

fn cycle_table(caption: String, cycles: Vec<CycleSummary>, organisation: bool) -> impl IntoView {
    view! {
        <table class="assessment-table">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("assessment-cycle")}</th>
                    {organisation.then(|| view! { <th scope="col">{t("assessment-organisation")}</th> })}
                    <th scope="col">{t("assessment-dates")}</th>
                    <th scope="col">{t("assessment-state")}</th>
                </tr>
            </thead>
            <tbody>
                {cycles.into_iter().map(|cycle| view! {
                    <tr>
                        <th scope="row"><a href=format!("/assessment/cycles/{}", cycle.id)>{cycle.name}</a></th>
                        {organisation.then(|| view! { <td>{cycle.organisation.clone()}</td> })}
                        <td>{format_date(&cycle.opens_on)}" – "{format_date(&cycle.closes_on)}</td>
                        <td>{state_text(cycle.state)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn CyclesView(view: CyclesView) -> impl IntoView {
    let CyclesView { organisation, cycles, all_cycles, versions, roles, levels } = view;
    let reply = form_reply();
    let own = match organisation {
        None => view! { <p>{t("assessment-no-organisation")}</p> }.into_any(),
        Some(name) => {
            let versions: Vec<(String, String)> = versions.into_iter().map(|v| (v.clone(), v)).collect();
            view! {
                <h2>{t_args("assessment-cycles-of", &[("organisation", name)])}</h2>
                {if cycles.is_empty() {
                    view! { <p>{t("assessment-no-cycles")}</p> }.into_any()
                } else {
                    cycle_table(t("assessment-cycles-title"), cycles, false).into_any()
                }}
                <h2 id="open-cycle">{t("assessment-open-cycle")}</h2>
                <p>{t("assessment-open-cycle-text")}</p>
                <HubForm name="cycle">
                    <TextField name="cycle_name" label=t("field-cycle-name") required=true maxlength=200/>
                    <SelectField name="version" label=t("field-version") options=versions required=true/>
                    <TextField name="opens_on" label=t("field-opens-on") kind="date" required=true/>
                    <TextField name="closes_on" label=t("field-closes-on") kind="date" required=true/>
                    <fieldset id="cycle-roles" class="field" class:field-invalid=reply.error("cycle", "roles").is_some()>
                        <legend>{t("field-roles")}</legend>
                        {reply.error("cycle", "roles").map(|e| view! { <p class="field-error">{crate::forms::problem_text(&e)}</p> })}
                        {roles.into_iter().map(|(code, name)| {
                            let field = format!("role.{code}");
                            let checked = reply.form != "cycle" || reply.values.contains_key(&field);
                            let id = format!("cycle-role-{code}");
                            view! {
                                <div class="field field-checkbox">
                                    <input type="checkbox" id=id.clone() name=field value="on" checked=checked/>
                                    <label for=id>{name}</label>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                    <SelectField name="level" label=t("field-level") options=levels empty_label=t("assessment-level-none")/>
                    <Checkbox name="share" label=t("field-share")/>
                    <button type="submit" class="button">{t("assessment-open-cycle")}</button>
                </HubForm>
            }
            .into_any()
        }
    };
    let admin = (!all_cycles.is_empty()).then(|| {
        view! {
            <h2>{t("assessment-all-cycles")}</h2>
            <p>{t("assessment-admin-note")}</p>
            {cycle_table(t("assessment-all-cycles"), all_cycles, true)}
        }
    });
    view! {
        <div class="assessment">
            <h1>{t("assessment-cycles-title")}</h1>
            <p class="lead">{t("assessment-cycles-lead")}</p>
            {own}
            {admin}
        </div>
    }
}

/// `/assessment/cycles/{id}`: the cycle, its staff link and its profile.
#[component]
pub fn CyclePage() -> impl IntoView {
    let id = cycle_id();
    let cycle = Resource::new_blocking(move || id.clone(), get_cycle);
    view! {
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match cycle.await {
                    Ok(view) => view! { <CycleBody view/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CycleBody(view: CycleView) -> impl IntoView {
    let CycleView { summary, coordinator, staff_link, profile, practice, change, previous, plan } = view;
    let id = summary.id;
    let meta = view! {
        <dl class="facts">
            <dt>{t("assessment-organisation")}</dt><dd>{summary.organisation.clone()}</dd>
            <dt>{t("field-version")}</dt><dd>{summary.version.clone()}</dd>
            <dt>{t("assessment-dates")}</dt><dd>{format_date(&summary.opens_on)}" – "{format_date(&summary.closes_on)}</dd>
            <dt>{t("assessment-state")}</dt><dd>{state_text(summary.state)}</dd>
            <dt>{t("field-roles")}</dt><dd>{summary.roles.join(", ")}</dd>
        </dl>
    };
    let title = summary.name.clone();
    if !coordinator {
        return view! {
            <Title text=title.clone()/>
            <div class="assessment">
                <h1>{title}</h1>
                {meta}
                <p>{t("assessment-admin-note")}</p>
            </div>
        }
        .into_any();
    }
    let open = summary.state != CycleState::Closed;
    let link = staff_link.map(|link| {
        let href = link.clone();
        view! {
        <section aria-labelledby="staff-link">
            <h2 id="staff-link">{t("assessment-staff-link")}</h2>
            <p>{t("assessment-staff-link-text")}</p>
            <p><a class="assessment-staff-link" href=href>{link}</a></p>
        </section>
        }
    });
    let profile_view = match profile {
        Some(profile) => view! { <OrgProfileView profile/> }.into_any(),
        None => view! { <p class="assessment-too-few">{t("assessment-too-few")}</p> }.into_any(),
    };
    let practice_view = match practice {
        Some(bars) => view! {
            <p>{t("assessment-practice-own")}</p>
            <ScoreChart bars id="practice" caption=t("assessment-chart-practice")/>
        }
        .into_any(),
        None => view! { <p>{t("assessment-practice-none")}</p> }.into_any(),
    };
    let change_view = (!change.is_empty()).then(|| {
        view! {
            <h2>{t_args("assessment-change", &[("previous", previous.clone().unwrap_or_default())])}</h2>
            <table class="assessment-table assessment-change">
                <caption class="visually-hidden">{t_args("assessment-change", &[("previous", previous.unwrap_or_default())])}</caption>
                <thead><tr><th scope="col">{t("assessment-domain")}</th><th scope="col">{t("assessment-before")}</th><th scope="col">{t("assessment-now")}</th><th scope="col">{t("assessment-difference")}</th></tr></thead>
                <tbody>
                    {change.into_iter().map(|(domain, before, now)| {
                        let difference = now - before;
                        let sign = if difference > 0 { "+" } else { "" };
                        view! { <tr><th scope="row">{domain}</th><td>{before}</td><td>{now}</td><td>{format!("{sign}{difference}")}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
        }
    });
    view! {
        <Title text=title.clone()/>
        <div class="assessment">
            <h1>{title}</h1>
            <AssessmentNotice/>
            {meta}
            {link}
            <h2>{t("assessment-staff-profile")}</h2>
            {profile_view}
            <h2>{t("assessment-practice-title")}</h2>
            {practice_view}
            <p><a href=format!("/assessment/cycles/{id}/practice")>{t("assessment-practice-answer")}</a></p>
            {change_view}
            <h2>{t("assessment-plan-title")}</h2>
            <PlanList plan/>
            <p><a href=format!("/assessment/cycles/{id}/plan")>{t("assessment-plan-edit")}</a></p>
            <h2>{t("assessment-exports")}</h2>
            <p>
                <a href=format!("/assessment/cycles/{id}/export.csv") download="">{t("assessment-download-csv")}</a>
                " · "
                <a href=format!("/assessment/cycles/{id}/export.json") download="">{t("assessment-download-json")}</a>
            </p>
            <h2>{t("assessment-settings")}</h2>
            <HubForm name="share">
                <Checkbox name="share" label=t("field-share") checked=summary.shared/>
                <button type="submit" class="button-secondary">{t("assessment-save")}</button>
            </HubForm>
            {open.then(|| view! {
                <HubForm name="close">
                    <button type="submit" class="button-secondary">{t("assessment-close-cycle")}</button>
                </HubForm>
            })}
        </div>
    }
    .into_any()
}

#[component]
fn PlanList(plan: Vec<PlanItemView>) -> impl IntoView {
    if plan.is_empty() {
        return view! { <p>{t("assessment-plan-none")}</p> }.into_any();
    }
    view! {
        <ol class="assessment-plan">
            {plan.into_iter().map(|item| view! {
                <li>
                    <strong>{item.name}</strong>
                    " · "{t_args("assessment-due", &[("date", format_date(&item.due_on))])}
                    <p>{item.actions}</p>
                </li>
            }).collect_view()}
        </ol>
    }
    .into_any()
}

#[component]
fn OrgProfileView(profile: OrgProfile) -> impl IntoView {
    let OrgProfile { respondents, overall, domains, competencies, disagreements, small_roles, coverage } =
        profile;
    let coverage_text = t_args(
        "assessment-org-coverage",
        &[
            ("respondents", respondents.to_string()),
            ("percent", coverage.percent.to_string()),
            ("na", coverage.not_applicable.to_string()),
            ("pns", coverage.prefer_not_to_say.to_string()),
        ],
    );
    view! {
        <p class="assessment-overall">{t("assessment-overall")}": "<strong>{score_text(overall)}</strong></p>
        <p class="assessment-coverage">{coverage_text}</p>
        <ScoreChart bars=domains id="org-domains" caption=t("assessment-chart-org-domains")/>
        <ScoreChart bars=competencies id="org-competencies" caption=t("assessment-chart-competencies")/>
        <h3>{t("assessment-disagreement")}</h3>
        {if disagreements.is_empty() {
            view! { <p>{t("assessment-disagreement-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="assessment-disagreements">
                    {disagreements.into_iter().map(|d| {
                        let roles = d.roles.iter().map(|(role, score)| format!("{role}: {score}")).collect::<Vec<_>>().join(" · ");
                        let strong = d.gap >= 15;
                        view! {
                            <li class:assessment-gap=strong>
                                {t_args("assessment-gap", &[("domain", d.domain), ("gap", d.gap.to_string())])}
                                " ("{roles}")"
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {(!small_roles.is_empty()).then(|| view! {
            <p>{t_args("assessment-small-roles", &[("roles", small_roles.join(", "))])}</p>
        })}
    }
}

/// `/assessment/cycles/{id}/practice`: the organisation's practice questionnaire.
#[component]
pub fn PracticePage() -> impl IntoView {
    let id = cycle_id();
    let page = Resource::new_blocking(move || id.clone(), get_practice);
    view! {
        <Title text=t("assessment-practice-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok((summary, steps)) => view! {
                        <div class="narrow assessment">
                            <h1>{t("assessment-practice-title")}</h1>
                            <p class="card-meta"><a href=format!("/assessment/cycles/{}", summary.id)>{summary.name.clone()}</a></p>
                            <p class="lead">{t("assessment-practice-lead")}</p>
                            <HubForm name="practice">
                                {steps.into_iter().map(|step| view! { <StepFields step whole=true/> }).collect_view()}
                                <button type="submit" class="button">{t("assessment-save")}</button>
                            </HubForm>
                        </div>
                    }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

const COMPETENCY: [&str; 3] = ["competency_1", "competency_2", "competency_3"];
const ACTIONS: [&str; 3] = ["actions_1", "actions_2", "actions_3"];
const DUE: [&str; 3] = ["due_1", "due_2", "due_3"];

/// `/assessment/cycles/{id}/plan`: two or three focus areas, each with actions and a date.
#[component]
pub fn PlanPage() -> impl IntoView {
    let id = cycle_id();
    let page = Resource::new_blocking(move || id.clone(), get_plan);
    view! {
        <Title text=t("assessment-plan-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok((summary, options, plan)) => view! {
                        <div class="narrow assessment">
                            <h1>{t("assessment-plan-title")}</h1>
                            <p class="card-meta"><a href=format!("/assessment/cycles/{}", summary.id)>{summary.name.clone()}</a></p>
                            <p class="lead">{t("assessment-plan-lead")}</p>
                            <HubForm name="plan">
                                {(0..3).map(|index| {
                                    let item = plan.get(index).cloned();
                                    view! {
                                        <fieldset>
                                            <legend>{t_args("assessment-focus-area", &[("number", (index + 1).to_string())])}</legend>
                                            <SelectField name=COMPETENCY[index] label=t("field-competency") options=options.clone()
                                                empty_label=t("choose") value=item.as_ref().map(|i| i.competency.clone()).unwrap_or_default()/>
                                            <TextArea name=ACTIONS[index] label=t("field-actions") rows=3
                                                value=item.as_ref().map(|i| i.actions.clone()).unwrap_or_default()/>
                                            <TextField name=DUE[index] label=t("field-due") kind="date"
                                                value=item.as_ref().map(|i| i.due_on.clone()).unwrap_or_default()/>
                                        </fieldset>
                                    }
                                }).collect_view()}
                                <button type="submit" class="button">{t("assessment-save")}</button>
                            </HubForm>
                        </div>
                    }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}
