//! Synonyms and acronyms, applied when a search runs: the curated list shipped in
//! `content/taxonomy/synonyms.toml` (compiled in, reviewed per language) and the groups
//! editors add from the demand dashboard (stored in the database, handed to the index).
//!
//! A group is a set of expressions that mean the same thing ("EHR", "electronic health
//! record"). When the typed words contain one of them, the others are searched too.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::analysis;

/// Most expressions added to one query (a long query naming many acronyms stays cheap).
const MOST_EXPANSIONS: usize = 12;

/// One expression of a group, as typed and as plain words.
#[derive(Clone, Debug)]
struct Expression {
    text: String,
    words: Vec<String>,
    /// Written without spaces between words (Chinese): found inside the query as typed.
    unspaced: bool,
}

impl Expression {
    fn new(text: &str) -> Option<Self> {
        let text = text.trim();
        let words: Vec<String> = analysis::plain_words(text).iter().map(|word| singular(word)).collect();
        if words.is_empty() {
            return None;
        }
        let unspaced = text.chars().any(is_unspaced_script);
        Some(Self { text: text.to_owned(), words, unspaced })
    }

    /// Where the expression's words appear in `words`, as a run; for unspaced text, whether
    /// it is inside `raw`.
    fn found_in(&self, words: &[String], raw: &str) -> Option<std::ops::Range<usize>> {
        if self.unspaced {
            return raw.contains(&self.text).then_some(0..0);
        }
        let n = self.words.len();
        (0..=words.len().saturating_sub(n))
            .find(|&at| words.len() >= n && words[at..at + n] == self.words[..])
            .map(|at| at..at + n)
    }
}

/// A word without its plural `s` ("records", "EHRs"), so that an expression listed in the
/// singular is found in the plural, in the languages that mark it so.
fn singular(word: &str) -> String {
    match word.strip_suffix('s') {
        Some(stem) if stem.chars().count() >= 3 && !stem.ends_with('s') => stem.to_owned(),
        _ => word.to_owned(),
    }
}

fn is_unspaced_script(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// A list of synonym groups.
#[derive(Clone, Debug, Default)]
pub struct Synonyms {
    groups: Vec<Vec<Expression>>,
}

/// What the synonyms add to a query.
#[derive(Debug, Default, PartialEq)]
pub struct Expansion {
    /// Expressions to search as well, each as typed in the list.
    pub alternatives: Vec<String>,
    /// Which of the typed words (by position) an expression of the list covers: such a
    /// word is known even when no document contains it.
    pub covered: Vec<bool>,
}

#[derive(Deserialize)]
struct GroupFile {
    terms: Vec<String>,
}

impl Synonyms {
    /// Groups from lists of expressions; expressions without a word and groups of fewer than
    /// two are left out.
    pub fn from_groups<I, G, S>(groups: I) -> Self
    where
        I: IntoIterator<Item = G>,
        G: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let groups = groups
            .into_iter()
            .map(|group| {
                group.into_iter().filter_map(|text| Expression::new(text.as_ref())).collect::<Vec<_>>()
            })
            .filter(|group| group.len() >= 2)
            .collect();
        Self { groups }
    }

    /// The list in `synonyms.toml`'s format: a table per language, each an array of
    /// `{ terms = [...] }`.
    pub fn from_toml(text: &str) -> anyhow::Result<Self> {
        let by_lang: BTreeMap<String, Vec<GroupFile>> = toml::from_str(text)?;
        Ok(Self::from_groups(by_lang.into_values().flatten().map(|group| group.terms)))
    }

    /// This list and `other`'s groups.
    pub fn with(&self, other: &Synonyms) -> Synonyms {
        Synonyms { groups: self.groups.iter().chain(&other.groups).cloned().collect() }
    }

    /// How many groups it holds.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// Whether it holds no group.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// What to search besides `query`: the other expressions of every group one of whose
    /// expressions the query contains.
    pub fn expand(&self, query: &str) -> Expansion {
        let words: Vec<String> = analysis::plain_words(query).iter().map(|word| singular(word)).collect();
        let raw = query.to_lowercase();
        let mut expansion = Expansion { alternatives: Vec::new(), covered: vec![false; words.len()] };
        for group in &self.groups {
            let found: Vec<(usize, std::ops::Range<usize>)> = group
                .iter()
                .enumerate()
                .filter_map(|(i, expression)| expression.found_in(&words, &raw).map(|range| (i, range)))
                .collect();
            if found.is_empty() {
                continue;
            }
            for (_, range) in &found {
                for covered in &mut expansion.covered[range.clone()] {
                    *covered = true;
                }
            }
            for (i, expression) in group.iter().enumerate() {
                let typed = found.iter().any(|(at, _)| *at == i);
                if !typed && !expansion.alternatives.contains(&expression.text) {
                    expansion.alternatives.push(expression.text.clone());
                }
            }
        }
        expansion.alternatives.truncate(MOST_EXPANSIONS);
        expansion
    }
}

/// The curated list shipped with the hub.
pub fn curated() -> &'static Synonyms {
    static CURATED: LazyLock<Synonyms> = LazyLock::new(|| {
        Synonyms::from_toml(include_str!("../../../content/taxonomy/synonyms.toml")).unwrap_or_else(|err| {
            tracing::error!(error = %err, "content/taxonomy/synonyms.toml cannot be read");
            Synonyms::default()
        })
    });
    &CURATED
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_reads_and_every_group_has_two_expressions() {
        let list = curated();
        assert!(list.len() >= 40, "{} groups", list.len());
        let parsed: BTreeMap<String, Vec<GroupFile>> =
            toml::from_str(include_str!("../../../content/taxonomy/synonyms.toml")).expect("valid TOML");
        for (lang, groups) in parsed {
            for group in groups {
                assert!(group.terms.len() >= 2, "{lang}: {:?} has no synonym", group.terms);
            }
        }
    }

    #[test]
    fn an_acronym_finds_its_expansion_and_back() {
        let list = Synonyms::from_groups([["EHR", "electronic health record"]]);
        let expansion = list.expand("open source EHR");
        assert_eq!(expansion.alternatives, ["electronic health record"]);
        assert_eq!(expansion.covered, [false, false, true]);
        assert_eq!(list.expand("Electronic Health Record systems").alternatives, ["EHR"]);
        assert_eq!(list.expand("electronic health records").alternatives, ["EHR"]);
        assert_eq!(list.expand("EHRs").alternatives, ["electronic health record"]);
        assert!(list.expand("electronic records").alternatives.is_empty());
    }

    #[test]
    fn accents_and_case_do_not_matter_and_chinese_is_found_inside_the_query() {
        let list =
            Synonyms::from_groups([vec!["DME", "dossier médical électronique"], vec!["地理信息系统", "GIS"]]);
        assert_eq!(list.expand("Dossier medical electronique").alternatives, ["DME"]);
        assert_eq!(list.expand("开源地理信息系统").alternatives, ["GIS"]);
    }
}
