//! Progress of a pledge, as a pure function of its milestones, and the names of its
//! freshness states (computed from dates in `freshness`).
//!
//! Policy: nothing here is stored by hand. Progress is computed from the milestones each
//! time it is shown: weights that do not add up are scaled to their sum; a milestone
//! without a weight counts as much as the average weighted one, or as one when none is
//! weighted.

use serde::{Deserialize, Serialize};

/// How complete a milestone is, on the Open Government Partnership's scale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Completion {
    /// Nothing done yet.
    #[default]
    NotStarted,
    /// Some of it done.
    Limited,
    /// Most of it done.
    Substantial,
    /// Done.
    Complete,
}

impl Completion {
    /// Every level, in order.
    pub const ALL: [Completion; 4] =
        [Completion::NotStarted, Completion::Limited, Completion::Substantial, Completion::Complete];

    /// As written in forms and exports.
    pub fn code(self) -> &'static str {
        match self {
            Completion::NotStarted => "not_started",
            Completion::Limited => "limited",
            Completion::Substantial => "substantial",
            Completion::Complete => "complete",
        }
    }

    /// The level written `code`.
    pub fn from_code(code: &str) -> Option<Completion> {
        Completion::ALL.into_iter().find(|level| level.code() == code)
    }

    /// The share of the milestone it counts as done: 0, a quarter, three quarters, all.
    pub fn share(self) -> f64 {
        match self {
            Completion::NotStarted => 0.0,
            Completion::Limited => 0.25,
            Completion::Substantial => 0.75,
            Completion::Complete => 1.0,
        }
    }

    /// Key of its name in the message catalogues.
    pub fn label_key(self) -> String {
        format!("pledge-completion-{}", self.code().replace('_', "-"))
    }
}

/// Progress, 0–100, of milestones given as `(weight, completion)`; `None` without
/// milestones. Weights below zero count as zero; when every weight is zero, each milestone
/// counts the same.
pub fn progress(milestones: &[(Option<f64>, Completion)]) -> Option<i64> {
    if milestones.is_empty() {
        return None;
    }
    let given: Vec<f64> = milestones
        .iter()
        .filter_map(|(weight, _)| weight.map(|w| if w.is_finite() { w.max(0.0) } else { 0.0 }))
        .collect();
    let default = if given.is_empty() { 1.0 } else { given.iter().sum::<f64>() / given.len() as f64 };
    let weights: Vec<f64> = milestones
        .iter()
        .map(|(weight, _)| match weight {
            Some(w) if w.is_finite() => w.max(0.0),
            Some(_) => 0.0,
            None => default,
        })
        .collect();
    let total: f64 = weights.iter().sum();
    let done: f64 = if total > 0.0 {
        weights.iter().zip(milestones).map(|(w, (_, c))| w * c.share()).sum::<f64>() / total
    } else {
        milestones.iter().map(|(_, c)| c.share()).sum::<f64>() / milestones.len() as f64
    };
    Some((done * 100.0).round() as i64)
}

/// How recently a pledge reported its progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Freshness {
    /// Published less than eleven months ago and no report yet.
    New,
    /// Reported less than eleven months ago.
    Reported,
    /// Its yearly report is due within the month.
    Due,
    /// No report for more than a year.
    Overdue,
    /// No report for two years or more.
    Inactive,
}

impl Freshness {
    /// Every state, freshest first.
    pub const ALL: [Freshness; 5] =
        [Freshness::New, Freshness::Reported, Freshness::Due, Freshness::Overdue, Freshness::Inactive];

    /// As written in URLs and exports.
    pub fn code(self) -> &'static str {
        match self {
            Freshness::New => "new",
            Freshness::Reported => "reported",
            Freshness::Due => "due",
            Freshness::Overdue => "overdue",
            Freshness::Inactive => "inactive",
        }
    }

    /// Key of its name in the message catalogues.
    pub fn label_key(self) -> String {
        format!("pledge-freshness-{}", self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::Completion::*;
    use super::*;

    #[test]
    fn equal_weights_when_none_is_given() {
        assert_eq!(progress(&[]), None);
        assert_eq!(progress(&[(None, Complete), (None, NotStarted)]), Some(50));
        assert_eq!(progress(&[(None, Limited), (None, Substantial)]), Some(50));
        assert_eq!(progress(&[(None, Complete)]), Some(100));
    }

    #[test]
    fn weights_count_in_proportion() {
        assert_eq!(progress(&[(Some(75.0), Complete), (Some(25.0), NotStarted)]), Some(75));
        assert_eq!(progress(&[(Some(1.0), NotStarted), (Some(3.0), Complete)]), Some(75));
    }

    #[test]
    fn weights_that_do_not_add_up_are_scaled_to_their_sum() {
        // 30 + 30 = 60, not 100: the complete one is half of the whole.
        assert_eq!(progress(&[(Some(30.0), Complete), (Some(30.0), NotStarted)]), Some(50));
        // 200 in all.
        assert_eq!(progress(&[(Some(150.0), Complete), (Some(50.0), Limited)]), Some(81));
    }

    #[test]
    fn a_milestone_without_weight_counts_as_the_average_weighted_one() {
        // Weights 10 and 30 average 20: the unweighted complete one is 20 of 60.
        assert_eq!(
            progress(&[(Some(10.0), NotStarted), (Some(30.0), NotStarted), (None, Complete)]),
            Some(33)
        );
    }

    #[test]
    fn zero_and_negative_weights() {
        assert_eq!(progress(&[(Some(0.0), Complete), (Some(0.0), NotStarted)]), Some(50));
        assert_eq!(progress(&[(Some(-5.0), Complete), (Some(1.0), NotStarted)]), Some(0));
        assert_eq!(progress(&[(Some(f64::NAN), Complete), (Some(1.0), Complete)]), Some(100));
    }

    #[test]
    fn completion_codes_round_trip() {
        for level in Completion::ALL {
            assert_eq!(Completion::from_code(level.code()), Some(level));
        }
        assert_eq!(Completion::from_code("done"), None);
    }
}
