//! Scoring, without any input or output: answers in, scores out.
//!
//! Policy: every answer counts 0 to 1 (a proficiency level 1–4 as 0, ⅓, ⅔, 1; a practice
//! band 0–5 as band ÷ 5; an agreement 1–5 as 0, ¼, ½, ¾, 1). "Not applicable" and "prefer
//! not to say" leave the denominator and are counted. A competency is the mean of its
//! items' scores, a domain the mean of its competencies' scores, the overall score the mean
//! of the domains' scores: equal weights at every level, and a level with nothing to average
//! has no score (never zero). For an organisation, an item's score is the mean over the
//! respondents who scored it, and the same roll-up follows.

use std::collections::BTreeMap;

use super::framework::{Framework, Item, ItemKind};

/// One answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// A level, band or point on the item's scale.
    Value(u8),
    /// Not applicable to the respondent (agreement items).
    NotApplicable,
    /// The respondent preferred not to say (agreement items).
    PreferNotToSay,
}

/// A respondent's answers, by item code.
pub type Answers = BTreeMap<String, Answer>;

impl Answer {
    /// Reads an answer to an item of `kind` as a form or a file writes it (`3`, `na`, `pns`);
    /// `None` when it is not on that item's scale.
    pub fn parse(kind: ItemKind, text: &str) -> Option<Answer> {
        match (kind, text) {
            (ItemKind::Agreement, "na") => Some(Answer::NotApplicable),
            (ItemKind::Agreement, "pns") => Some(Answer::PreferNotToSay),
            _ => {
                let value = text.parse::<u8>().ok()?;
                let (low, high) = range(kind);
                (low..=high).contains(&value).then_some(Answer::Value(value))
            }
        }
    }

    /// As forms and files write it.
    pub fn code(self) -> String {
        match self {
            Answer::Value(value) => value.to_string(),
            Answer::NotApplicable => "na".to_owned(),
            Answer::PreferNotToSay => "pns".to_owned(),
        }
    }

    /// The score 0–1 of this answer to an item of `kind`; none for "not applicable" and
    /// "prefer not to say".
    pub fn score(self, kind: ItemKind) -> Option<f64> {
        let Answer::Value(value) = self else { return None };
        let (low, high) = range(kind);
        Some(f64::from(value.clamp(low, high) - low) / f64::from(high - low))
    }
}

/// The lowest and highest value of an item's scale.
pub fn range(kind: ItemKind) -> (u8, u8) {
    match kind {
        ItemKind::Proficiency => (1, 4),
        ItemKind::Practice => (0, 5),
        ItemKind::Agreement => (1, 5),
    }
}

/// How much of a questionnaire was answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Items asked.
    pub items: u32,
    /// Answers that count (summed over respondents for an organisation).
    pub scored: u32,
    /// "Not applicable" answers.
    pub not_applicable: u32,
    /// "Prefer not to say" answers.
    pub prefer_not_to_say: u32,
}

/// A competency's or a domain's score.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    /// Code of the competency or domain.
    pub code: String,
    /// Code of the domain (the domain itself for a domain).
    pub domain: String,
    /// 0–1; none when nothing under it was scored.
    pub score: Option<f64>,
}

/// Scores at every level.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    /// Every competency of the items asked, in framework order.
    pub competencies: Vec<Scored>,
    /// Every domain, in taxonomy order.
    pub domains: Vec<Scored>,
    /// The mean of the domains that have a score.
    pub overall: Option<f64>,
    /// What was answered.
    pub coverage: Coverage,
}

impl Profile {
    /// The score of the domain `code`.
    pub fn domain(&self, code: &str) -> Option<f64> {
        self.domains.iter().find(|domain| domain.code == code).and_then(|domain| domain.score)
    }

    /// Competencies with a score, strongest first (framework order among equals).
    pub fn ranked(&self) -> Vec<&Scored> {
        let mut ranked: Vec<&Scored> = self.competencies.iter().filter(|c| c.score.is_some()).collect();
        ranked.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap_or(std::cmp::Ordering::Equal));
        ranked
    }

    /// The domain with the lowest score (the first one in taxonomy order among equals).
    pub fn weakest_domain(&self) -> Option<&Scored> {
        self.domains.iter().filter(|domain| domain.score.is_some()).fold(
            None,
            |weakest: Option<&Scored>, d| match weakest {
                Some(w) if w.score <= d.score => Some(w),
                _ => Some(d),
            },
        )
    }
}

/// The mean of `values`; none when there are none.
pub fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.into_iter().fold((0.0, 0u32), |(sum, count), value| (sum + value, count + 1));
    (count > 0).then(|| sum / f64::from(count))
}

/// The median of `values`; none when there are none.
pub fn median(values: &[f64]) -> Option<f64> {
    quantile(values, 0.5)
}

/// The `q` quantile (0–1) of `values`, by linear interpolation between the closest ranks.
pub fn quantile(values: &[f64], q: f64) -> Option<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let position = q.clamp(0.0, 1.0) * (sorted.len() - 1) as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    let fraction = position - below as f64;
    Some(sorted[below] + (sorted[above] - sorted[below]) * fraction)
}

/// Rolls item scores up to competencies, domains and the overall score, over the items
/// that are `individual` (or the practice items).
fn roll_up(
    framework: &Framework,
    individual: bool,
    item_score: impl Fn(&Item) -> Option<f64>,
    coverage: Coverage,
) -> Profile {
    let mut competencies = Vec::new();
    for competency in &framework.competencies {
        let items: Vec<&Item> =
            competency.items.iter().filter(|item| item.kind.is_individual() == individual).collect();
        if items.is_empty() {
            continue;
        }
        competencies.push(Scored {
            code: competency.code.clone(),
            domain: competency.domain.clone(),
            score: mean(items.iter().filter_map(|item| item_score(item))),
        });
    }
    let domains: Vec<Scored> = super::framework::domain_terms()
        .iter()
        .map(|term| Scored {
            code: term.code.clone(),
            domain: term.code.clone(),
            score: mean(competencies.iter().filter(|c| c.domain == term.code).filter_map(|c| c.score)),
        })
        .collect();
    let overall = mean(domains.iter().filter_map(|domain| domain.score));
    Profile { competencies, domains, overall, coverage }
}

/// Counts what `answers` hold for the items that are `individual` (or the practice items).
fn count(framework: &Framework, individual: bool, answers: &Answers, coverage: &mut Coverage) {
    for (_, item) in framework.items(individual) {
        match answers.get(&item.code) {
            Some(Answer::Value(_)) => coverage.scored += 1,
            Some(Answer::NotApplicable) => coverage.not_applicable += 1,
            Some(Answer::PreferNotToSay) => coverage.prefer_not_to_say += 1,
            None => {}
        }
    }
}

/// One respondent's profile over the items that are `individual` (or the practice items).
pub fn score(framework: &Framework, individual: bool, answers: &Answers) -> Profile {
    let mut coverage = Coverage {
        items: u32::try_from(framework.items(individual).count()).unwrap_or(u32::MAX),
        ..Default::default()
    };
    count(framework, individual, answers, &mut coverage);
    roll_up(framework, individual, |item| answers.get(&item.code).and_then(|a| a.score(item.kind)), coverage)
}

/// An organisation's profile over several respondents' individual answers: each item's
/// score is the mean over those who scored it.
pub fn aggregate(framework: &Framework, responses: &[&Answers]) -> Profile {
    let mut coverage = Coverage {
        items: u32::try_from(framework.items(true).count()).unwrap_or(u32::MAX),
        ..Default::default()
    };
    for answers in responses {
        count(framework, true, answers, &mut coverage);
    }
    roll_up(
        framework,
        true,
        |item| {
            mean(
                responses
                    .iter()
                    .filter_map(|answers| answers.get(&item.code).and_then(|a| a.score(item.kind))),
            )
        },
        coverage,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framework() -> &'static Framework {
        super::super::framework::framework("2026").expect("the shipped framework")
    }

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs.iter().map(|(code, answer)| ((*code).to_owned(), *answer)).collect()
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn each_scale_maps_to_zero_to_one() {
        assert_eq!(Answer::Value(1).score(ItemKind::Proficiency), Some(0.0));
        assert!(close(Answer::Value(3).score(ItemKind::Proficiency), 2.0 / 3.0));
        assert_eq!(Answer::Value(0).score(ItemKind::Practice), Some(0.0));
        assert!(close(Answer::Value(2).score(ItemKind::Practice), 0.4));
        assert!(close(Answer::Value(4).score(ItemKind::Agreement), 0.75));
        assert_eq!(Answer::NotApplicable.score(ItemKind::Agreement), None);
        assert_eq!(Answer::parse(ItemKind::Agreement, "pns"), Some(Answer::PreferNotToSay));
        assert_eq!(Answer::parse(ItemKind::Proficiency, "na"), None, "only agreement items take na");
        assert_eq!(Answer::parse(ItemKind::Proficiency, "5"), None);
        assert_eq!(Answer::parse(ItemKind::Practice, "0"), Some(Answer::Value(0)));
        assert_eq!(Answer::parse(ItemKind::Agreement, "0"), None);
        assert_eq!(Answer::parse(ItemKind::Agreement, "x"), None);
    }

    /// Worked by hand:
    /// - user-needs: skill 3 → ⅔, habit 5 → 1: ⅚. fit-of-technology: skill 1 → 0, support
    ///   "not applicable" leaves: 0. Digital planning and design: (⅚ + 0) / 2 = 5/12.
    /// - Data use and governance: nothing answered: no score (not zero).
    /// - iterative-delivery: skill 4 → 1, correction "prefer not to say" leaves: 1.
    ///   leading-change: skill 2 → ⅓, time 3 → ½: 5/12. Management and execution:
    ///   (1 + 5/12) / 2 = 17/24.
    /// - Overall: (5/12 + 17/24) / 2 = 27/48 = 0.5625 (the domain without a score leaves).
    #[test]
    fn a_person_is_scored_as_computed_by_hand() {
        let answers = answers(&[
            ("user-needs-skill", Answer::Value(3)),
            ("user-needs-habit", Answer::Value(5)),
            ("fit-of-technology-skill", Answer::Value(1)),
            ("fit-of-technology-support", Answer::NotApplicable),
            ("iterative-delivery-skill", Answer::Value(4)),
            ("iterative-delivery-correction", Answer::PreferNotToSay),
            ("leading-change-skill", Answer::Value(2)),
            ("leading-change-time", Answer::Value(3)),
        ]);
        let profile = score(framework(), true, &answers);
        assert!(close(profile.domain("digital-planning-design"), 5.0 / 12.0));
        assert_eq!(profile.domain("data-use-governance"), None);
        assert!(close(profile.domain("digital-management-execution"), 17.0 / 24.0));
        assert!(close(profile.overall, 0.5625));
        assert_eq!(
            profile.coverage,
            Coverage { items: 12, scored: 6, not_applicable: 1, prefer_not_to_say: 1 }
        );
        let ranked: Vec<&str> = profile.ranked().iter().map(|c| c.code.as_str()).collect();
        assert_eq!(ranked, ["iterative-delivery", "user-needs", "leading-change", "fit-of-technology"]);
        assert_eq!(profile.weakest_domain().map(|d| d.code.as_str()), Some("digital-planning-design"));
        assert_eq!(profile.competencies.len(), 6, "every competency is listed, scored or not");
    }

    #[test]
    fn nothing_answered_has_no_score_at_all() {
        let profile = score(framework(), true, &Answers::new());
        assert!(profile.domains.iter().all(|domain| domain.score.is_none()));
        assert_eq!(profile.overall, None);
        assert!(profile.ranked().is_empty());
        assert_eq!(profile.weakest_domain(), None);
    }

    /// Practice items only: bands 5 → 1 and 0 → 0 in planning and design ((1 + 0) / 2 = ½),
    /// band 2 → 0.4 in data (one competency of two answered: 0.4).
    #[test]
    fn the_practice_questionnaire_is_scored_on_its_own_items() {
        let answers = answers(&[
            ("user-needs-practice", Answer::Value(5)),
            ("fit-of-technology-practice", Answer::Value(0)),
            ("data-quality-practice", Answer::Value(2)),
            ("user-needs-skill", Answer::Value(4)),
        ]);
        let profile = score(framework(), false, &answers);
        assert!(close(profile.domain("digital-planning-design"), 0.5));
        assert!(close(profile.domain("data-use-governance"), 0.4));
        assert_eq!(profile.domain("digital-management-execution"), None);
        assert!(close(profile.overall, 0.45));
        assert_eq!(
            profile.coverage,
            Coverage { items: 6, scored: 3, not_applicable: 0, prefer_not_to_say: 0 }
        );
    }

    /// Three respondents on user-needs-skill: 1, 4, and "not answered" → (0 + 1) / 2 = ½;
    /// user-needs-habit: 3, "not applicable", 5 → (½ + 1) / 2 = ¾; user-needs: (½ + ¾) / 2 = ⅝.
    #[test]
    fn an_organisation_averages_each_item_over_those_who_scored_it() {
        let a = answers(&[("user-needs-skill", Answer::Value(1)), ("user-needs-habit", Answer::Value(3))]);
        let b =
            answers(&[("user-needs-skill", Answer::Value(4)), ("user-needs-habit", Answer::NotApplicable)]);
        let c = answers(&[("user-needs-habit", Answer::Value(5))]);
        let profile = aggregate(framework(), &[&a, &b, &c]);
        let user_needs = profile.competencies.iter().find(|c| c.code == "user-needs").and_then(|c| c.score);
        assert!(close(user_needs, 0.625));
        assert!(close(profile.domain("digital-planning-design"), 0.625));
        assert_eq!(profile.coverage.scored, 4);
        assert_eq!(profile.coverage.not_applicable, 1);
    }

    #[test]
    fn medians_and_quartiles() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[0.3]), Some(0.3));
        assert!(close(median(&[0.9, 0.1, 0.5, 0.7]), 0.6));
        assert!(close(quantile(&[0.0, 0.25, 0.5, 0.75, 1.0], 0.25), 0.25));
        assert_eq!(mean([]), None);
    }
}
