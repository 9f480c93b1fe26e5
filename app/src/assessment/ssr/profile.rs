//! Profiles as pages and exports show them: a person's, and an organisation's under the
//! fewer-than-5 rule.
//!
//! Policy: no figure about an organisation's staff is built from fewer than
//! [`MIN_RESPONDENTS`] respondents. Below that, there is no profile at all; above it, each
//! figure (a competency, a domain, the overall score, a role group) is shown only when at
//! least that many respondents scored something under it, and is `None` otherwise. Pages,
//! exports and benchmarks all read the profile built here, so the rule holds on each.

use std::collections::BTreeMap;

use super::framework::Framework;
use super::scoring::{self, Answers, Coverage, Profile};
use crate::assessment::api::{BarView, CoverageView, Disagreement, OrgProfile, SelfProfile};
use crate::i18n::Locale;

/// The fewest respondents any figure about an organisation's staff is built from.
pub const MIN_RESPONDENTS: usize = 5;

/// A score 0–1 as a whole percentage.
pub fn percent(score: f64) -> i64 {
    (score * 100.0).round() as i64
}

fn coverage_view(coverage: Coverage, respondents: usize) -> CoverageView {
    let possible = i64::from(coverage.items) * i64::try_from(respondents).unwrap_or(0);
    CoverageView {
        items: i64::from(coverage.items),
        scored: i64::from(coverage.scored),
        not_applicable: i64::from(coverage.not_applicable),
        prefer_not_to_say: i64::from(coverage.prefer_not_to_say),
        percent: if possible > 0 { i64::from(coverage.scored) * 100 / possible } else { 0 },
    }
}

fn domain_name(code: &str, locale: Locale) -> String {
    crate::taxonomy::term_name("domain", code, locale)
}

fn competency_name(framework: &Framework, code: &str, locale: Locale) -> String {
    framework.competency(code).map_or_else(|| code.to_owned(), |c| c.name_in(locale).to_owned())
}

/// A person's profile (reading links are added by the caller).
pub fn self_profile(framework: &Framework, answers: &Answers, locale: Locale) -> SelfProfile {
    let profile = scoring::score(framework, true, answers);
    let bar = |code: &str, label: String, score: Option<f64>| BarView {
        code: code.to_owned(),
        label,
        score: score.map(percent),
        respondents: None,
        spread: None,
    };
    let ranked = profile.ranked();
    let names = |list: &mut dyn Iterator<Item = &&scoring::Scored>| -> Vec<String> {
        list.take(2).map(|c| competency_name(framework, &c.code, locale)).collect()
    };
    let strongest = names(&mut ranked.iter());
    let weakest = if ranked.len() > 1 { names(&mut ranked.iter().rev()) } else { Vec::new() };
    SelfProfile {
        overall: profile.overall.map(percent),
        domains: profile
            .domains
            .iter()
            .map(|d| bar(&d.code, domain_name(&d.code, locale), d.score))
            .collect(),
        competencies: profile
            .competencies
            .iter()
            .map(|c| bar(&c.code, competency_name(framework, &c.code, locale), c.score))
            .collect(),
        strongest,
        weakest,
        weakest_domain: profile.weakest_domain().map(|d| domain_name(&d.code, locale)),
        reading: Vec::new(),
        more_reading: None,
        coverage: coverage_view(profile.coverage, 1),
    }
}

/// The code of a person's weakest domain.
pub fn weakest_domain(framework: &Framework, answers: &Answers) -> Option<String> {
    scoring::score(framework, true, answers).weakest_domain().map(|d| d.code.clone())
}

/// How many of `people` have a score for the competency or domain `code`.
fn contributors(people: &[Profile], code: &str, domain: bool) -> usize {
    people
        .iter()
        .filter(|person| {
            let list = if domain { &person.domains } else { &person.competencies };
            list.iter().any(|scored| scored.code == code && scored.score.is_some())
        })
        .count()
}

/// The scores of `group` with every figure fewer than [`MIN_RESPONDENTS`] contributed to
/// removed; `None` when the group itself is smaller.
fn masked(framework: &Framework, group: &[&Answers]) -> Option<(Profile, Vec<Profile>)> {
    if group.len() < MIN_RESPONDENTS {
        return None;
    }
    let people: Vec<Profile> = group.iter().map(|answers| scoring::score(framework, true, answers)).collect();
    let mut profile = scoring::aggregate(framework, group);
    for competency in &mut profile.competencies {
        if contributors(&people, &competency.code, false) < MIN_RESPONDENTS {
            competency.score = None;
        }
    }
    for domain in &mut profile.domains {
        if contributors(&people, &domain.code, true) < MIN_RESPONDENTS {
            domain.score = None;
        }
    }
    if people.iter().filter(|person| person.overall.is_some()).count() < MIN_RESPONDENTS {
        profile.overall = None;
    }
    Some((profile, people))
}

/// The domain scores (0–1) of a group of respondents under the rule: what benchmarks and the
/// change between cycles compare. `None` under [`MIN_RESPONDENTS`].
pub fn domain_scores(
    framework: &Framework,
    group: &[&Answers],
) -> Option<(BTreeMap<String, f64>, Option<f64>)> {
    let (profile, _) = masked(framework, group)?;
    let domains = profile.domains.iter().filter_map(|d| Some((d.code.clone(), d.score?))).collect();
    Some((domains, profile.overall))
}

/// An organisation's profile from its respondents' `(role, answers)`; `roles` are the codes
/// the cycle asked. `None` under [`MIN_RESPONDENTS`].
pub fn org_profile(
    framework: &Framework,
    responses: &[(Option<String>, Answers)],
    roles: &[String],
    locale: Locale,
) -> Option<OrgProfile> {
    let all: Vec<&Answers> = responses.iter().map(|(_, answers)| answers).collect();
    let (profile, people) = masked(framework, &all)?;
    let domains = profile
        .domains
        .iter()
        .map(|domain| {
            let scores: Vec<f64> = people.iter().filter_map(|person| person.domain(&domain.code)).collect();
            let spread = (domain.score.is_some() && scores.len() >= MIN_RESPONDENTS)
                .then(|| {
                    Some((
                        percent(scoring::quantile(&scores, 0.25)?),
                        percent(scoring::quantile(&scores, 0.75)?),
                    ))
                })
                .flatten();
            BarView {
                code: domain.code.clone(),
                label: domain_name(&domain.code, locale),
                score: domain.score.map(percent),
                respondents: domain.score.map(|_| i64::try_from(scores.len()).unwrap_or(0)),
                spread,
            }
        })
        .collect();
    let competencies = profile
        .competencies
        .iter()
        .map(|competency| BarView {
            code: competency.code.clone(),
            label: competency_name(framework, &competency.code, locale),
            score: competency.score.map(percent),
            respondents: competency
                .score
                .map(|_| i64::try_from(contributors(&people, &competency.code, false)).unwrap_or(0)),
            spread: None,
        })
        .collect();
    // Role groups: only those of at least MIN_RESPONDENTS are compared. Every other role the
    // cycle asked is named as too small, whether 0 or 4 answered, so nothing tells them apart.
    let mut groups: Vec<(String, Profile)> = Vec::new();
    let mut small_roles = Vec::new();
    for role in roles {
        let group: Vec<&Answers> =
            responses.iter().filter(|(r, _)| r.as_deref() == Some(role.as_str())).map(|(_, a)| a).collect();
        let name = framework.role(role).map_or_else(|| role.clone(), |r| r.name_in(locale).to_owned());
        match masked(framework, &group) {
            Some((profile, _)) => groups.push((name, profile)),
            None => small_roles.push(name),
        }
    }
    let mut disagreements: Vec<Disagreement> = super::framework::domain_terms()
        .iter()
        .filter_map(|term| {
            let scores: Vec<(String, i64)> = groups
                .iter()
                .filter_map(|(name, profile)| Some((name.clone(), percent(profile.domain(&term.code)?))))
                .collect();
            if scores.len() < 2 {
                return None;
            }
            let high = scores.iter().map(|s| s.1).max()?;
            let low = scores.iter().map(|s| s.1).min()?;
            Some(Disagreement { domain: term.name_in(locale).to_owned(), gap: high - low, roles: scores })
        })
        .collect();
    disagreements.sort_by_key(|d| std::cmp::Reverse(d.gap));
    Some(OrgProfile {
        respondents: i64::try_from(responses.len()).unwrap_or(0),
        overall: profile.overall.map(percent),
        domains,
        competencies,
        disagreements,
        small_roles,
        coverage: coverage_view(profile.coverage, responses.len()),
    })
}

/// The organisation's own practice profile: one bar a domain.
pub fn practice_bars(framework: &Framework, answers: &Answers, locale: Locale) -> Vec<BarView> {
    let profile = scoring::score(framework, false, answers);
    profile
        .domains
        .iter()
        .map(|domain| BarView {
            code: domain.code.clone(),
            label: domain_name(&domain.code, locale),
            score: domain.score.map(percent),
            respondents: None,
            spread: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::ssr::scoring::Answer;

    fn framework() -> &'static Framework {
        super::super::framework::framework("2026").expect("shipped")
    }

    fn person(level: u8) -> Answers {
        framework()
            .items(true)
            .map(|(_, item)| {
                let answer = match item.kind {
                    super::super::framework::ItemKind::Proficiency => Answer::Value(level.clamp(1, 4)),
                    _ => Answer::Value(level.clamp(1, 5)),
                };
                (item.code.clone(), answer)
            })
            .collect()
    }

    #[test]
    fn four_respondents_make_no_profile_and_five_do() {
        let four: Vec<(Option<String>, Answers)> =
            (1..=4).map(|l| (Some("senior-leadership".into()), person(l))).collect();
        assert!(org_profile(framework(), &four, &[], Locale::En).is_none());
        let mut five = four.clone();
        five.push((Some("front-line-staff".into()), person(2)));
        let profile = org_profile(
            framework(),
            &five,
            &["senior-leadership".into(), "front-line-staff".into()],
            Locale::En,
        )
        .expect("a profile from 5");
        assert_eq!(profile.respondents, 5);
        assert!(profile.domains.iter().all(|d| d.score.is_some() && d.spread.is_some()));
        // Neither role has 5: no comparison, and both are named as too small.
        assert!(profile.disagreements.is_empty());
        assert_eq!(profile.small_roles.len(), 2);
    }

    #[test]
    fn a_domain_only_four_people_answered_shows_no_figure() {
        let mut responses: Vec<(Option<String>, Answers)> = (0..6).map(|_| (None, person(3))).collect();
        for (_, answers) in responses.iter_mut().skip(4) {
            answers.retain(|code, _| {
                framework().item(code).is_none_or(|(c, _)| c.domain != "data-use-governance")
            });
        }
        let profile = org_profile(framework(), &responses, &[], Locale::En).expect("six respondents");
        let data = profile.domains.iter().find(|d| d.code == "data-use-governance").expect("domain");
        assert_eq!((data.score, data.respondents, data.spread), (None, None, None));
        let planning = profile.domains.iter().find(|d| d.code == "digital-planning-design").expect("domain");
        assert_eq!(planning.respondents, Some(6));
        assert!(
            profile
                .competencies
                .iter()
                .filter(|c| c.code.starts_with("data-") || c.code.starts_with("lawful"))
                .all(|c| c.score.is_none())
        );
    }

    #[test]
    fn role_groups_of_five_are_compared() {
        let mut responses: Vec<(Option<String>, Answers)> = Vec::new();
        responses.extend((0..5).map(|_| (Some("senior-leadership".to_owned()), person(4))));
        responses.extend((0..5).map(|_| (Some("front-line-staff".to_owned()), person(1))));
        let roles =
            ["senior-leadership".to_owned(), "front-line-staff".to_owned(), "middle-management".to_owned()];
        let profile = org_profile(framework(), &responses, &roles, Locale::En).expect("ten");
        assert_eq!(profile.disagreements.len(), 3);
        // Leadership: proficiency 4 → 1 and agreement 4 → ¾ in every competency: ⅞ → 88.
        // Front line: 1 on both scales → 0. The gap is 88 points in every domain.
        assert!(profile.disagreements.iter().all(|d| d.gap == 88), "{:?}", profile.disagreements);
        assert_eq!(
            profile.disagreements[0].roles,
            [("Senior leadership".to_owned(), 88), ("Front-line service staff".to_owned(), 0)]
        );
        assert_eq!(profile.small_roles, ["Middle management"]);
    }
}
