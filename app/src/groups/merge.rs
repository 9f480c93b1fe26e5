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
//!
//! Every comparison and merge has a bounded cost, whatever two people wrote: a comparison
//! gives up on words past [`MAX_WORDS`] or after [`WORD_TIME`] and compares lines, all within
//! [`DIFF_TIME`] (and past those bounds, shows the whole text as replaced); a merge whose sides differ too much to
//! be compared within [`DIFF_TIME`] is a conflict, which keeps both texts whole. The
//! deadlines read the clock, so these functions are for the server (on the browser the
//! clock is not there and only the size caps apply).

use std::borrow::Cow;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use similar::{Algorithm, ChangeTag, TextDiff};

/// Words (and the spaces between them) a side may have to be compared word by word.
pub const MAX_WORDS: usize = 40_000;
/// Lines a side may have to be compared line by line, or merged.
pub const MAX_LINES: usize = 20_000;
/// Time one comparison may take before it settles for a coarser answer.
pub const DIFF_TIME: Duration = Duration::from_millis(300);
/// The part of [`DIFF_TIME`] a comparison may spend on words before it tries lines.
pub const WORD_TIME: Duration = Duration::from_millis(200);

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
    // diffy has no deadline: it only runs when both sides compare with the base in time
    // (which bounds its own work, the same algorithm on the same lines).
    if !lines_compare_in_time(&base, &ours) || !lines_compare_in_time(&base, &theirs) {
        return Merge::Conflict { marked: conflict_whole(&base, &ours, &theirs) };
    }
    match diffy::merge(&base, &ours, &theirs) {
        Ok(merged) => Merge::Clean(merged),
        Err(marked) => Merge::Conflict { marked },
    }
}

/// Whether the line-by-line comparison of `old` and `new` finishes within [`DIFF_TIME`]
/// and the size caps.
fn lines_compare_in_time(old: &str, new: &str) -> bool {
    if old.lines().count() > MAX_LINES || new.lines().count() > MAX_LINES {
        return false;
    }
    let started = Instant::now();
    let _ = TextDiff::configure().algorithm(Algorithm::Myers).timeout(DIFF_TIME).diff_lines(old, new);
    started.elapsed() < DIFF_TIME
}

/// The three texts marked as one conflict, for a merge too costly to do line by line.
fn conflict_whole(base: &str, ours: &str, theirs: &str) -> String {
    format!("<<<<<<< ours\n{ours}||||||| original\n{base}=======\n{theirs}>>>>>>> theirs\n")
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
///
/// Bounded: texts of more than [`MAX_WORDS`] words, or whose word comparison does not finish
/// within [`WORD_TIME`], are compared line by line; past [`MAX_LINES`] lines, or when that
/// does not finish within [`DIFF_TIME`] in all, the whole old text shows as removed and the new one as
/// added. Either way the parts still rebuild both texts exactly.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPart> {
    if old == new {
        let same = DiffPart { text: old.to_owned(), change: Change::Same };
        return if old.is_empty() { Vec::new() } else { vec![same] };
    }
    let started = Instant::now();
    if few_words(old) && few_words(new) {
        let deadline = started + WORD_TIME;
        let diff = TextDiff::configure().deadline(deadline).diff_unicode_words(old, new);
        if Instant::now() < deadline {
            return parts_of(&diff);
        }
    }
    if old.lines().count() <= MAX_LINES && new.lines().count() <= MAX_LINES {
        let deadline = started + DIFF_TIME;
        let diff = TextDiff::configure().deadline(deadline).diff_lines(old, new);
        if Instant::now() < deadline {
            return parts_of(&diff);
        }
    }
    replaced_whole(old, new)
}

/// The parts of a finished comparison.
fn parts_of<'a>(diff: &TextDiff<'a, 'a, '_, str>) -> Vec<DiffPart> {
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

/// `old` removed and `new` added, whole: the comparison too costly to make.
fn replaced_whole(old: &str, new: &str) -> Vec<DiffPart> {
    [(old, Change::Removed), (new, Change::Added)]
        .into_iter()
        .filter(|(text, _)| !text.is_empty())
        .map(|(text, change)| DiffPart { text: text.to_owned(), change })
        .collect()
}

/// Whether `text` has at most [`MAX_WORDS`] words and spaces, counted as an upper bound of
/// what [`TextDiff::from_unicode_words`] splits it into (every character outside a run of
/// ASCII letters and digits counts as one); stops counting past the cap.
fn few_words(text: &str) -> bool {
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        let ascii_word = c.is_ascii_alphanumeric();
        if !(ascii_word && in_word) {
            count += 1;
            if count > MAX_WORDS {
                return false;
            }
        }
        in_word = ascii_word;
    }
    true
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

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

    /// Both texts, rebuilt from the parts.
    fn rebuilt(parts: &[DiffPart]) -> (String, String) {
        let side =
            |skip: Change| parts.iter().filter(|p| p.change != skip).map(|p| p.text.as_str()).collect();
        (side(Change::Added), side(Change::Removed))
    }

    #[test]
    fn comparing_two_long_unrelated_texts_takes_bounded_time() {
        let old = "a ".repeat(99_000);
        let new = "b ".repeat(99_000);
        let started = Instant::now();
        let parts = word_diff(&old, &new);
        assert!(started.elapsed() < Duration::from_secs(3), "took {:?}", started.elapsed());
        assert_eq!(rebuilt(&parts), (old.clone(), new.clone()), "the parts still rebuild both texts");
        let (old_lines, new_lines) = ("a\n".repeat(99_000), "b\n".repeat(99_000));
        let started = Instant::now();
        let parts = word_diff(&old_lines, &new_lines);
        assert!(started.elapsed() < Duration::from_secs(3), "took {:?}", started.elapsed());
        assert_eq!(rebuilt(&parts), (old_lines, new_lines));
    }

    #[test]
    fn a_long_text_with_a_small_change_still_compares_word_by_word() {
        let old = "We meet monthly in Geneva. ".repeat(3_000);
        let new = old.replacen("monthly", "weekly", 1);
        let parts = word_diff(&old, &new);
        assert!(parts.contains(&part("monthly", Change::Removed)));
        assert!(parts.contains(&part("weekly", Change::Added)));
        assert_eq!(rebuilt(&parts), (old, new));
    }

    #[test]
    fn merging_long_unrelated_texts_takes_bounded_time_and_conflicts() {
        let base = "a\n".repeat(99_000);
        let ours = "b\n".repeat(99_000);
        let theirs = "c\n".repeat(99_000);
        let started = Instant::now();
        let result = merge(&base, &ours, &theirs);
        assert!(started.elapsed() < Duration::from_secs(3), "took {:?}", started.elapsed());
        assert!(matches!(result, Merge::Conflict { .. }), "too different to merge is a conflict");
        let base = "x\ny\n".repeat(9_000);
        let started = Instant::now();
        let result = merge(&base, &format!("new\n{base}"), &format!("{base}end\n"));
        assert!(started.elapsed() < Duration::from_secs(3), "took {:?}", started.elapsed());
        assert_eq!(clean(result), format!("new\n{base}end\n"), "a long text with small edits still merges");
    }
}
