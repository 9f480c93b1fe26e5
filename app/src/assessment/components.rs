//! Widgets of the self-assessment pages: a question as a radio group with a legend, a
//! step's questions, the bar chart (SVG served with the page, with the same figures in a
//! table), and the notice of a finished action.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{BarView, QuestionView, StepView};
use crate::i18n::{t, t_args};

/// One question: a real radio group whose legend is the question.
#[component]
pub fn Question(question: QuestionView) -> impl IntoView {
    let QuestionView { code, text, competency, options, chosen } = question;
    let name = format!("q.{code}");
    let options = options
        .into_iter()
        .map(|option| {
            let id = format!("q-{code}-{}", option.value);
            let checked = chosen.as_deref() == Some(option.value.as_str());
            let hint = option.hint.map(|hint| view! { <span class="assessment-option-hint">{hint}</span> });
            view! {
                <div class="assessment-option">
                    <input type="radio" id=id.clone() name=name.clone() value=option.value checked=checked/>
                    <label for=id>
                        <span class="assessment-option-label">{option.label}</span>
                        {hint}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="assessment-question">
            <legend>
                <span class="assessment-competency">{competency}</span>
                <span class="assessment-question-text">{text}</span>
            </legend>
            <div class="assessment-options">{options}</div>
        </fieldset>
    }
}

/// A step's heading and questions; one step of several carries the hidden `step` field and
/// says where it stands.
#[component]
pub fn StepFields(step: StepView, #[prop(optional)] whole: bool) -> impl IntoView {
    let progress = (!whole).then(|| {
        let text = t_args(
            "assessment-step-of",
            &[("step", step.number.to_string()), ("total", step.total.to_string())],
        );
        view! {
            <input type="hidden" name="step" value=step.number.to_string()/>
            <p class="assessment-progress">{text}</p>
        }
    });
    view! {
        {progress}
        <h2>{step.domain}</h2>
        <p>{step.description}</p>
        {step.questions.into_iter().map(|question| view! { <Question question/> }).collect_view()}
    }
}

const WIDTH: i64 = 640;
const LABEL: i64 = 250;
const ROW: i64 = 34;

/// A score for reading: `62 %`, or "no figure".
pub fn score_text(score: Option<i64>) -> String {
    match score {
        Some(score) => t_args("assessment-percent", &[("score", score.to_string())]),
        None => t("assessment-no-figure"),
    }
}

/// Horizontal bars 0–100 with the spread (quartiles) where there is one, then the same
/// figures as a table for screen readers and copying.
#[component]
pub fn ScoreChart(bars: Vec<BarView>, id: &'static str, caption: String) -> impl IntoView {
    let height = ROW * i64::try_from(bars.len()).unwrap_or(0) + 8;
    let track = WIDTH - LABEL - 70;
    let rows = bars
        .iter()
        .enumerate()
        .map(|(index, bar)| {
            let y = i64::try_from(index).unwrap_or(0) * ROW + 4;
            let width = bar.score.map_or(0, |score| track * score.clamp(0, 100) / 100);
            let spread = bar.spread.map(|(low, high)| {
                let x1 = LABEL + track * low.clamp(0, 100) / 100;
                let x2 = LABEL + track * high.clamp(0, 100) / 100;
                view! { <line x1=x1 x2=x2 y1=y + ROW / 2 y2=y + ROW / 2 class="chart-spread"/> }
            });
            let label: String = bar.label.chars().take(34).collect();
            view! {
                <text x=LABEL - 8 y=y + ROW / 2 + 5 text-anchor="end" class="chart-label">{label}</text>
                <rect x=LABEL y=y + 8 width=track height=ROW - 16 rx="3" class="chart-track"/>
                <rect x=LABEL y=y + 8 width=width.max(if bar.score.is_some() { 2 } else { 0 }) height=ROW - 16 rx="3" class="chart-bar"/>
                {spread}
                <text x=LABEL + track + 8 y=y + ROW / 2 + 5 class="chart-value">{bar.score.map_or_else(|| "–".to_owned(), |s| s.to_string())}</text>
            }
        })
        .collect_view();
    let caption_id = format!("{id}-caption");
    let with_spread = bars.iter().any(|bar| bar.spread.is_some() || bar.respondents.is_some());
    let table_rows = bars
        .into_iter()
        .map(|bar| {
            let extra = with_spread.then(|| {
                view! {
                    <td>{bar.respondents.map(|n| n.to_string()).unwrap_or_default()}</td>
                    <td>{bar.spread.map(|(low, high)| format!("{low}–{high}")).unwrap_or_default()}</td>
                }
            });
            view! { <tr><th scope="row">{bar.label}</th><td>{score_text(bar.score)}</td>{extra}</tr> }
        })
        .collect_view();
    let headings = with_spread.then(|| {
        view! {
            <th scope="col">{t("assessment-respondents")}</th>
            <th scope="col">{t("assessment-spread")}</th>
        }
    });
    view! {
        <figure class="assessment-chart" id=id>
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby=caption_id.clone()>{rows}</svg>
            <figcaption id=caption_id>{caption.clone()}</figcaption>
        </figure>
        <table class="assessment-table">
            <caption class="visually-hidden">{caption}</caption>
            <thead><tr><th scope="col">{t("assessment-name")}</th><th scope="col">{t("assessment-score")}</th>{headings}</tr></thead>
            <tbody>{table_rows}</tbody>
        </table>
    }
}

/// The confirmation of a finished action of this feature (`?done=…`).
#[component]
pub fn AssessmentNotice() -> impl IntoView {
    const KNOWN: &[&str] =
        &["saved", "deleted", "sent", "opened", "closed", "shared", "practice-saved", "plan-saved"];
    let query = use_query_map();
    let replying = !crate::forms::form_reply().form.is_empty();
    let done = query.read_untracked().get("done").filter(|done| !replying && KNOWN.contains(&done.as_str()));
    done.map(|done| view! { <p class="notice" role="status">{t(&format!("assessment-done-{done}"))}</p> })
}
