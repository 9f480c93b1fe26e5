//! The questionnaire's steps (one domain a step), and reading answers: those the form
//! carries from step to step, those stored, and those a step posts.

use std::collections::BTreeMap;

use super::framework::{Framework, ItemKind};
use super::scoring::{Answer, Answers};
use crate::assessment::api::{QuestionView, ScaleOption, StepView};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;

/// Longest answers string a form may carry.
const MAX_CARRIED: usize = 8 * 1024;

/// The answer problem shown at the top of a form.
fn invalid(key: &str) -> AppError {
    AppError::Invalid { field: "form".into(), message: key.into() }
}

/// Checks that `code` is an item of `framework` answered by people (`individual`) or by the
/// organisation, and that `value` is on its scale.
fn check(framework: &Framework, individual: bool, code: &str, value: &str) -> AppResult<Answer> {
    let Some((_, item)) = framework.item(code).filter(|(_, item)| item.kind.is_individual() == individual)
    else {
        return Err(invalid("assessment-error-unknown-item"));
    };
    Answer::parse(item.kind, value).ok_or_else(|| invalid("assessment-error-bad-answer"))
}

/// Reads the answers a form carries (`code:value,code:value`); every one is checked.
pub fn parse_carried(framework: &Framework, individual: bool, carried: &str) -> AppResult<Answers> {
    if carried.len() > MAX_CARRIED {
        return Err(invalid("assessment-error-bad-answer"));
    }
    let mut answers = Answers::new();
    for pair in carried.split(',').map(str::trim).filter(|pair| !pair.is_empty()) {
        let (code, value) = pair.split_once(':').ok_or_else(|| invalid("assessment-error-bad-answer"))?;
        answers.insert(code.to_owned(), check(framework, individual, code, value)?);
    }
    Ok(answers)
}

/// The answers as a form carries them.
pub fn carry(answers: &Answers) -> String {
    answers.iter().map(|(code, answer)| format!("{code}:{}", answer.code())).collect::<Vec<_>>().join(",")
}

/// Reads stored answers (a JSON object); what no longer reads is left out.
pub fn from_json(framework: &Framework, individual: bool, json: &str) -> Answers {
    let stored: BTreeMap<String, String> = serde_json::from_str(json).unwrap_or_default();
    stored
        .into_iter()
        .filter_map(|(code, value)| Some((code.clone(), check(framework, individual, &code, &value).ok()?)))
        .collect()
}

/// The answers as stored.
pub fn to_json(answers: &Answers) -> String {
    let map: BTreeMap<&str, String> =
        answers.iter().map(|(code, answer)| (code.as_str(), answer.code())).collect();
    serde_json::to_string(&map).unwrap_or_else(|_| "{}".to_owned())
}

/// The answers a step posted (fields `q.<code>`), every one checked: an item that is not in
/// this version, or a value off its scale, refuses the whole step.
pub fn posted_answers(
    framework: &Framework,
    individual: bool,
    posted: &crate::forms::ssr::Posted,
) -> AppResult<Answers> {
    let mut answers = Answers::new();
    for code in posted.names_after("q.") {
        if answers.len() > 200 {
            return Err(invalid("assessment-error-bad-answer"));
        }
        let value = posted.text(&format!("q.{code}"));
        answers.insert(code.to_owned(), check(framework, individual, code, &value)?);
    }
    Ok(answers)
}

/// The options of an item's scale.
fn options(framework: &Framework, kind: ItemKind, levels: &[&str], locale: Locale) -> Vec<ScaleOption> {
    match kind {
        ItemKind::Proficiency => levels
            .iter()
            .enumerate()
            .map(|(index, statement)| ScaleOption {
                value: (index + 1).to_string(),
                label: locale.text(&format!("assessment-level-{}", index + 1)),
                hint: Some((*statement).to_owned()),
            })
            .collect(),
        ItemKind::Practice => framework
            .bands
            .iter()
            .map(|band| ScaleOption {
                value: band.value.to_string(),
                label: format!("{} · {}", band.value, band.name_in(locale)),
                hint: Some(band.description_in(locale).to_owned()),
            })
            .collect(),
        ItemKind::Agreement => ["1", "2", "3", "4", "5", "na", "pns"]
            .into_iter()
            .map(|value| ScaleOption {
                value: value.to_owned(),
                label: locale.text(&format!("assessment-agree-{value}")),
                hint: None,
            })
            .collect(),
    }
}

/// How many steps a questionnaire has: one a domain.
pub fn step_count(framework: &Framework) -> i64 {
    i64::try_from(framework.domains().len()).unwrap_or(0)
}

/// Reads a step number (`1`…); anything else is the first step.
pub fn step_number(framework: &Framework, step: &str) -> i64 {
    step.parse::<i64>().unwrap_or(1).clamp(1, step_count(framework).max(1))
}

/// Step `number` (1-based) of the questionnaire of `individual` items (or practice items),
/// with the answers chosen so far.
pub fn step(
    framework: &Framework,
    individual: bool,
    number: i64,
    answers: &Answers,
    locale: Locale,
) -> StepView {
    let domains = framework.domains();
    let index = usize::try_from(number - 1).unwrap_or(0).min(domains.len().saturating_sub(1));
    let total = step_count(framework);
    let Some((term, competencies)) = domains.into_iter().nth(index) else {
        return StepView {
            number,
            total,
            domain: String::new(),
            description: String::new(),
            questions: Vec::new(),
        };
    };
    let questions = competencies
        .iter()
        .flat_map(|competency| {
            competency.items.iter().filter(|item| item.kind.is_individual() == individual).map(|item| {
                QuestionView {
                    code: item.code.clone(),
                    text: item.text_in(locale).to_owned(),
                    competency: competency.name_in(locale).to_owned(),
                    options: options(framework, item.kind, &item.levels_in(locale), locale),
                    chosen: answers.get(&item.code).map(|answer| answer.code()),
                }
            })
        })
        .collect();
    StepView {
        number: i64::try_from(index + 1).unwrap_or(1),
        total,
        domain: term.name_in(locale).to_owned(),
        description: term.description_in(locale).to_owned(),
        questions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framework() -> &'static Framework {
        super::super::framework::framework("2026").expect("shipped")
    }

    #[test]
    fn carried_answers_round_trip_and_are_checked() {
        let answers =
            parse_carried(framework(), true, "user-needs-skill:3,user-needs-habit:na").expect("valid");
        assert_eq!(answers.len(), 2);
        assert_eq!(parse_carried(framework(), true, &carry(&answers)), Ok(answers.clone()));
        assert_eq!(from_json(framework(), true, &to_json(&answers)), answers);
        let unknown = parse_carried(framework(), true, "not-an-item:3").expect_err("refused");
        assert_eq!(unknown, invalid("assessment-error-unknown-item"));
        // A practice item is not the person's to answer, and a level off the scale is refused.
        assert!(parse_carried(framework(), true, "user-needs-practice:3").is_err());
        assert!(parse_carried(framework(), true, "user-needs-skill:7").is_err());
        assert!(parse_carried(framework(), true, &"x".repeat(MAX_CARRIED + 1)).is_err());
    }

    #[test]
    fn each_step_asks_one_domain() {
        let first = step(framework(), true, 1, &Answers::new(), Locale::En);
        assert_eq!((first.number, first.total), (1, 3));
        assert_eq!(first.domain, "Digital planning and design");
        assert_eq!(first.questions.len(), 4);
        assert_eq!(first.questions[0].options.len(), 4);
        assert_eq!(first.questions[1].options.len(), 7, "five points, not applicable, prefer not to say");
        let practice = step(framework(), false, 9, &Answers::new(), Locale::Fr);
        assert_eq!(practice.number, 3, "a step past the end is the last one");
        assert_eq!(practice.questions[0].options.len(), 6);
    }
}
