//! Merging and comparing versions of a group document: pure text functions, no I/O, built
//! for both the server and the browser.
//!
//! Policy: merging is line-based (a three-way merge, as version control does it). A group
//! writes Markdown with one paragraph per line, so a line is a paragraph: two people editing
//! different paragraphs from the same starting point merge cleanly, and two people editing
//! the same paragraph (or two paragraphs with no line between them) conflict. Nothing
//! smarter is tried on a conflict: merging words inside one paragraph would silently glue
//! two people's sentences into one that neither wrote, whereas a conflict keeps both texts
//! whole for a person to reconcile. Word-level comparison is only used to *show* a change
//! ([`word_diff`]).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};

/// What merging two versions that started from the same one gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Merge {
    /// Both sides' changes apply together; the merged text.
    Clean(String),
    /// Both sides changed the same lines differently.
    Conflict {
        /// The merged text with each conflicting region marked as version control marks it
        /// (`<<<<<<< ours`, ours, `||||||| original`, the base, `=======`, theirs,
        /// `>>>>>>> theirs`), for showing what overlaps.
        marked: String,
    },
}

/// Brings `text` to the form documents are stored and merged in: LF line endings, and a
/// final line break when the text is not empty (so that the last paragraph merges like the
/// others instead of conflicting with a paragraph added after it).
pub fn normalise(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') && (text.is_empty() || text.ends_with('\n')) {
        return Cow::Borrowed(text);
    }
    let mut out = text.replace("\r\n", "\n").replace('\r', "\n");
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    Cow::Owned(out)
}

/// Three-way merge of `ours` and `theirs`, both edited from `base`, line by line. The inputs
/// are [`normalise`]d first, so the result uses LF line endings.
pub fn merge(base: &str, ours: &str, theirs: &str) -> Merge {
    let (base, ours, theirs) = (normalise(base), normalise(ours), normalise(theirs));
    if ours == theirs || base == theirs {
        return Merge::Clean(ours.into_owned());
    }
    if base == ours {
        return Merge::Clean(theirs.into_owned());
    }
    match diffy::merge(&base, &ours, &theirs) {
        Ok(merged) => Merge::Clean(merged),
        Err(marked) => Merge::Conflict { marked },
    }
}

/// How a piece of text differs between two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    /// In both versions.
    Same,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
}

/// A run of text that changed in one way (words and the spaces between them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffPart {
    /// The text of the run.
    pub text: String,
    /// Whether it was kept, added or removed.
    pub change: Change,
}

/// The word-level changes from `old` to `new`, for display: consecutive words that changed
/// the same way form one part. Words are Unicode word boundaries, so scripts without spaces
/// (Chinese) compare character by character rather than as one long word.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPart> {
    let diff = TextDiff::from_unicode_words(old, new);
    let mut parts: Vec<DiffPart> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => Change::Same,
            ChangeTag::Insert => Change::Added,
            ChangeTag::Delete => Change::Removed,
        };
        match parts.last_mut() {
            Some(last) if last.change == kind => last.text.push_str(change.value()),
            _ => parts.push(DiffPart { text: change.value().to_owned(), change: kind }),
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::{Change, DiffPart, Merge, merge, normalise, word_diff};

    fn clean(result: Merge) -> String {
        match result {
            Merge::Clean(text) => text,
            Merge::Conflict { marked } => panic!("unexpected conflict:\n{marked}"),
        }
    }

    const BASE: &str = "# Charter\n\nWe meet monthly.\n\nWe publish a guide.\n\nWe welcome members.\n";

    #[test]
    fn disjoint_edits_merge_cleanly_and_keep_both() {
        let ours = BASE.replace("monthly", "every two weeks");
        let theirs = BASE.replace("a guide", "two guides");
        let merged = clean(merge(BASE, &ours, &theirs));
        assert_eq!(
            merged,
            "# Charter\n\nWe meet every two weeks.\n\nWe publish two guides.\n\nWe welcome members.\n"
        );
        assert_eq!(clean(merge(BASE, &theirs, &ours)), merged, "the order of the sides does not matter");
    }

    #[test]
    fn overlapping_edits_conflict() {
        let ours = BASE.replace("monthly", "weekly");
        let theirs = BASE.replace("monthly", "quarterly");
        let Merge::Conflict { marked } = merge(BASE, &ours, &theirs) else {
            panic!("the same paragraph changed two ways must conflict");
        };
        assert!(marked.contains(
            "<<<<<<< ours\nWe meet weekly.\n||||||| original\nWe meet monthly.\n=======\nWe meet quarterly.\n>>>>>>> theirs\n"
        ));
        assert!(marked.contains("We publish a guide."), "the rest is kept around the conflict");
    }

    #[test]
    fn edits_of_neighbouring_lines_conflict() {
        let base = "one\ntwo\n";
        assert!(matches!(merge(base, "ONE\ntwo\n", "one\nTWO\n"), Merge::Conflict { .. }));
    }

    #[test]
    fn identical_edits_merge_into_one() {
        let both = BASE.replace("monthly", "weekly");
        assert_eq!(clean(merge(BASE, &both, &both)), both);
        let ours = format!("{both}\nA new closing line.\n");
        assert_eq!(clean(merge(BASE, &ours, &both)), ours, "a change one side also made is not doubled");
    }

    #[test]
    fn one_side_unchanged_takes_the_other() {
        let changed = BASE.replace("monthly", "weekly");
        assert_eq!(clean(merge(BASE, BASE, &changed)), changed);
        assert_eq!(clean(merge(BASE, &changed, BASE)), changed);
    }

    #[test]
    fn deletions_merge_with_edits_elsewhere() {
        let ours = BASE.replace("We welcome members.\n", "");
        let theirs = BASE.replace("monthly", "weekly");
        assert_eq!(
            clean(merge(BASE, &ours, &theirs)),
            "# Charter\n\nWe meet weekly.\n\nWe publish a guide.\n\n"
        );
        let edited_deleted = BASE.replace("We welcome members.", "We welcome all members.");
        assert!(
            matches!(merge(BASE, &ours, &edited_deleted), Merge::Conflict { .. }),
            "deleting a paragraph the other side rewrote conflicts"
        );
    }

    #[test]
    fn empty_base_merges_identical_text_and_conflicts_otherwise() {
        assert_eq!(clean(merge("", "", "Hello\n")), "Hello\n");
        assert_eq!(clean(merge("", "Hello\n", "Hello\n")), "Hello\n");
        assert!(matches!(merge("", "Hello\n", "Bonjour\n"), Merge::Conflict { .. }));
        assert_eq!(clean(merge("", "", "")), "");
    }

    #[test]
    fn a_missing_final_line_break_does_not_make_a_conflict() {
        let base = "first\n\nlast";
        assert_eq!(clean(merge(base, "FIRST\n\nlast", "first\n\nlast\n\nadded")), "FIRST\n\nlast\n\nadded\n");
    }

    #[test]
    fn windows_line_endings_merge_with_unix_ones() {
        let theirs = BASE.replace('\n', "\r\n").replace("monthly", "weekly");
        let ours = BASE.replace("a guide", "two guides");
        assert_eq!(
            clean(merge(BASE, &ours, &theirs)),
            "# Charter\n\nWe meet weekly.\n\nWe publish two guides.\n\nWe welcome members.\n"
        );
        assert_eq!(normalise("a\r\nb\rc"), "a\nb\nc\n");
        assert_eq!(normalise(""), "");
    }

    #[test]
    fn unicode_paragraphs_merge_by_line() {
        let base = "Les compétences numériques.\n\nالتحول الرقمي في الإدارة العامة.\n\n数字化转型能力框架。\n";
        let ours =
            base.replace("Les compétences numériques.", "Les compétences numériques des fonctionnaires.");
        let theirs = base.replace("数字化转型能力框架。", "人工智能与数字化转型能力框架。");
        assert_eq!(
            clean(merge(base, &ours, &theirs)),
            "Les compétences numériques des fonctionnaires.\n\nالتحول الرقمي في الإدارة العامة.\n\n人工智能与数字化转型能力框架。\n"
        );
        let arabic_a = base.replace("العامة", "المحلية");
        let arabic_b = base.replace("العامة", "الوطنية");
        assert!(matches!(merge(base, &arabic_a, &arabic_b), Merge::Conflict { .. }));
    }

    fn part(text: &str, change: Change) -> DiffPart {
        DiffPart { text: text.to_owned(), change }
    }

    #[test]
    fn word_diff_marks_changed_words() {
        assert_eq!(
            word_diff("We meet monthly in Geneva.", "We meet weekly in Geneva."),
            [
                part("We meet ", Change::Same),
                part("monthly", Change::Removed),
                part("weekly", Change::Added),
                part(" in Geneva.", Change::Same),
            ]
        );
        assert_eq!(word_diff("", "Bonjour"), [part("Bonjour", Change::Added)]);
        assert!(word_diff("", "").is_empty());
    }

    #[test]
    fn word_diff_handles_accents_arabic_and_chinese() {
        assert_eq!(
            word_diff("Les compétences numériques", "Les compétences numériques avancées"),
            [part("Les compétences numériques", Change::Same), part(" avancées", Change::Added)]
        );
        let arabic = word_diff("الإدارة العامة", "الإدارة المحلية");
        assert_eq!(arabic.first(), Some(&part("الإدارة ", Change::Same)));
        assert!(arabic.contains(&part("العامة", Change::Removed)));
        assert!(arabic.contains(&part("المحلية", Change::Added)));
        let chinese = word_diff("数字化转型", "数字化治理");
        assert_eq!(chinese.first().map(|p| p.change), Some(Change::Same), "shared characters are kept");
        let rebuilt_new: String =
            chinese.iter().filter(|p| p.change != Change::Removed).map(|p| p.text.as_str()).collect();
        let rebuilt_old: String =
            chinese.iter().filter(|p| p.change != Change::Added).map(|p| p.text.as_str()).collect();
        assert_eq!((rebuilt_old.as_str(), rebuilt_new.as_str()), ("数字化转型", "数字化治理"));
    }
}
