//! Parsing one content file: an article (post) or the `_issue.md` of an issue of the series.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::taxonomy;

/// An author as written in front matter: a name, or a name and an organisation.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
enum AuthorEntry {
    Name(String),
    #[serde(rename_all = "snake_case")]
    Full {
        name: String,
        #[serde(default)]
        organisation: Option<String>,
    },
}

/// An author of an article.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(from = "AuthorEntry")]
pub struct Author {
    /// Display name.
    pub name: String,
    /// The organisation they write for, by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

impl From<AuthorEntry> for Author {
    fn from(entry: AuthorEntry) -> Self {
        match entry {
            AuthorEntry::Name(name) => Author { name, organisation: None },
            AuthorEntry::Full { name, organisation } => Author { name, organisation },
        }
    }
}

/// Front matter of an article: the TOML between the `+++` lines at its top.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// Title shown on the page and in lists.
    pub title: String,
    /// One or two sentences shown in lists and previews.
    pub summary: String,
    /// Publication date, a TOML date such as `2026-11-16`.
    pub date: toml::value::Datetime,
    /// BCP 47 language of the text; English when absent.
    #[serde(default = "default_lang")]
    pub lang: String,
    /// Authors: names, or `{ name = "…", organisation = "…" }`.
    #[serde(default)]
    pub authors: Vec<Author>,
    /// The issue of the series (`YYYY-MM`); by default the name of the folder the file is in,
    /// when that is a month.
    #[serde(default)]
    pub issue: Option<String>,
    /// Taxonomy tags by facet (`domain`, `wsis`, `sdg`, `country`, `level`, `theme`).
    #[serde(default)]
    pub tags: BTreeMap<String, Vec<String>>,
    /// The slug of the post this one translates (its original, in another of the six UN
    /// languages): the two become versions of one work.
    #[serde(default)]
    pub translation_of: Option<String>,
}

/// Front matter of an issue of the series (`_issue.md` in the issue's `YYYY-MM` folder).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueFront {
    /// Issue number, from 1.
    pub number: i32,
    /// The theme of the issue.
    pub theme: String,
    /// One or two sentences.
    pub summary: String,
    /// Publication date.
    pub date: toml::value::Datetime,
    /// BCP 47 language of the introduction.
    #[serde(default = "default_lang")]
    pub lang: String,
    /// Who edited the issue.
    pub editor: String,
}

fn default_lang() -> String {
    "en".to_owned()
}

/// A content file, parsed and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentFile<F = FrontMatter> {
    /// Front matter fields.
    pub front: F,
    /// Publication date taken from the front matter.
    pub date: time::Date,
    /// Markdown after the front matter.
    pub body: String,
}

/// Why a content file was rejected, and where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ParseError {
    /// 1-based line in the file.
    pub line: usize,
    /// What is wrong, in plain words.
    pub message: String,
}

const FENCE: &str = "+++";

/// Front matter text, parsed as `F`, and where the body starts.
struct Split<'a, F> {
    front: F,
    front_text: &'a str,
    body: &'a str,
}

impl<F> Split<'_, F> {
    fn line_of(&self, key: &str) -> usize {
        self.front_text.lines().position(|l| l.trim_start().starts_with(key)).map_or(1, |i| i + 2)
    }

    fn invalid(&self, key: &str, message: impl Into<String>) -> ParseError {
        ParseError { line: self.line_of(key), message: message.into() }
    }
}

fn split<F: DeserializeOwned>(text: &str) -> Result<Split<'_, F>, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or_default();
    if first.trim_end() != FENCE {
        return Err(ParseError {
            line: 1,
            message: format!("the file must start with a `{FENCE}` line opening the front matter"),
        });
    }
    let front_start = first.len();
    let mut offset = front_start;
    let mut front_end = None;
    for line in lines {
        if line.trim_end() == FENCE {
            front_end = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((front_end, body_start)) = front_end else {
        return Err(ParseError {
            line: 1,
            message: format!("the front matter is never closed by a `{FENCE}` line"),
        });
    };
    let front_text = &text[front_start..front_end];
    let front: F = toml::from_str(front_text).map_err(|err| {
        let line = err
            .span()
            .map(|span| 2 + front_text[..span.start.min(front_text.len())].matches('\n').count())
            .unwrap_or(1);
        ParseError { line, message: err.message().trim().to_owned() }
    })?;
    Ok(Split { front, front_text, body: &text[body_start..] })
}

fn check_lang<F>(split: &Split<'_, F>, lang: &str) -> Result<(), ParseError> {
    if lang.is_empty() || lang.parse::<fluent_templates::LanguageIdentifier>().is_err() {
        return Err(split.invalid("lang", "`lang` must be a language tag such as \"en\" or \"fr\""));
    }
    Ok(())
}

fn check_date<F>(split: &Split<'_, F>, date: &toml::value::Datetime) -> Result<time::Date, ParseError> {
    match (date.date, date.time) {
        (Some(d), None) => time::Month::try_from(d.month)
            .ok()
            .and_then(|month| time::Date::from_calendar_date(i32::from(d.year), month, d.day).ok()),
        _ => None,
    }
    .ok_or_else(|| split.invalid("date", "`date` must be a plain date such as 2026-11-16"))
}

/// Whether `month` is an issue month, `YYYY-MM`.
pub fn is_issue_month(month: &str) -> bool {
    let bytes = month.as_bytes();
    bytes.len() == 7
        && bytes[4] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || b.is_ascii_digit())
        && matches!(month[5..].parse::<u8>(), Ok(1..=12))
}

/// Splits and parses an article file.
pub fn parse(text: &str) -> Result<ContentFile, ParseError> {
    let mut split = split::<FrontMatter>(text)?;
    let front = &split.front;
    if front.title.trim().is_empty() {
        return Err(split.invalid("title", "`title` must not be empty"));
    }
    if front.title.chars().count() > 200 {
        return Err(split.invalid("title", "`title` is longer than 200 characters"));
    }
    if front.summary.trim().is_empty() {
        return Err(split.invalid("summary", "`summary` must not be empty"));
    }
    check_lang(&split, &front.lang)?;
    if front.authors.iter().any(|author| author.name.trim().is_empty()) {
        return Err(split.invalid("authors", "every author needs a name"));
    }
    if let Some(issue) = &front.issue
        && !is_issue_month(issue)
    {
        return Err(split.invalid("issue", "`issue` must be a month such as \"2026-11\""));
    }
    for (facet, codes) in &front.tags {
        if !taxonomy::TAG_FACETS.contains(&facet.as_str()) {
            return Err(split.invalid(
                facet,
                format!("unknown tag facet `{facet}`; use {}", taxonomy::TAG_FACETS.join(", ")),
            ));
        }
        if let Some(code) = codes.iter().find(|code| !taxonomy::is_known(facet, code)) {
            return Err(split
                .invalid(facet, format!("`{code}` is not a {facet} of the taxonomy in content/taxonomy/")));
        }
    }
    let date = check_date(&split, &split.front.date)?;
    // Country codes are stored upper-case whatever the file says.
    if let Some(countries) = split.front.tags.get_mut("country") {
        for code in countries.iter_mut() {
            code.make_ascii_uppercase();
        }
    }
    Ok(ContentFile { date, body: split.body.to_owned(), front: split.front })
}

/// Splits and parses the `_issue.md` file of an issue.
pub fn parse_issue(text: &str) -> Result<ContentFile<IssueFront>, ParseError> {
    let split = split::<IssueFront>(text)?;
    let front = &split.front;
    if front.number < 1 {
        return Err(split.invalid("number", "`number` must be 1 or more"));
    }
    if front.theme.trim().is_empty() {
        return Err(split.invalid("theme", "`theme` must not be empty"));
    }
    if front.summary.trim().is_empty() {
        return Err(split.invalid("summary", "`summary` must not be empty"));
    }
    if front.editor.trim().is_empty() {
        return Err(split.invalid("editor", "`editor` must not be empty"));
    }
    check_lang(&split, &front.lang)?;
    let date = check_date(&split, &split.front.date)?;
    Ok(ContentFile { date, body: split.body.to_owned(), front: split.front })
}

/// Whether `slug` is lower-case ASCII words joined by single hyphens.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 120
        && slug.split('-').all(|word| {
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\ntitle = \"Hello\"\nsummary = \"A summary.\"\ndate = 2026-11-16\nlang = \"fr\"\nauthors = [\"A. Author\"]\n+++\n\n## Body\n";

    #[test]
    fn parses_front_matter_and_body() {
        let file = parse(GOOD).expect("valid file");
        assert_eq!(file.front.title, "Hello");
        assert_eq!(file.front.lang, "fr");
        assert_eq!(file.front.authors, [Author { name: "A. Author".into(), organisation: None }]);
        assert_eq!(file.date, time::macros::date!(2026 - 11 - 16));
        assert_eq!(file.body, "\n## Body\n");
    }

    #[test]
    fn language_defaults_to_english() {
        let file = parse("+++\ntitle = \"T\"\nsummary = \"S\"\ndate = 2026-01-02\n+++\nx").expect("valid");
        assert_eq!(file.front.lang, "en");
        assert!(file.front.authors.is_empty());
    }

    #[test]
    fn unknown_fields_are_rejected_with_their_line() {
        let err = parse("+++\ntitle = \"T\"\nsummary = \"S\"\ndate = 2026-01-02\ncolour = \"red\"\n+++\n")
            .expect_err("unknown field");
        assert_eq!(err.line, 5, "{err}");
        assert!(err.message.contains("colour"), "{err}");
    }

    #[test]
    fn syntax_errors_point_at_their_line() {
        let err = parse("+++\ntitle = \"T\"\nsummary = \"S\ndate = 2026-01-02\n+++\n").expect_err("bad toml");
        assert_eq!(err.line, 3, "{err}");
    }

    #[test]
    fn missing_fields_and_fences_are_reported() {
        assert!(
            parse("+++\ntitle = \"T\"\ndate = 2026-01-02\n+++\n")
                .expect_err("no summary")
                .message
                .contains("summary")
        );
        assert_eq!(parse("title = \"T\"").expect_err("no fence").line, 1);
        assert!(parse("+++\ntitle = \"T\"\n").expect_err("unclosed").message.contains("never closed"));
    }

    #[test]
    fn values_are_checked() {
        let err =
            parse("+++\ntitle = \"  \"\nsummary = \"S\"\ndate = 2026-01-02\n+++\n").expect_err("empty title");
        assert_eq!(err.line, 2);
        let err = parse("+++\ntitle = \"T\"\nsummary = \"S\"\ndate = 2026-01-02T10:00:00Z\n+++\n")
            .expect_err("datetime");
        assert_eq!(err.line, 4);
        let err =
            parse("+++\ntitle = \"T\"\nsummary = \"S\"\ndate = 2026-01-02\nlang = \"not a tag!\"\n+++\n")
                .expect_err("lang");
        assert_eq!(err.line, 5);
    }

    #[test]
    fn slugs_are_checked() {
        assert!(is_valid_slug("three-competency-domains"));
        assert!(is_valid_slug("c11"));
        assert!(!is_valid_slug("Three"));
        assert!(!is_valid_slug("a--b"));
        assert!(!is_valid_slug("-a"));
        assert!(!is_valid_slug("é"));
        assert!(!is_valid_slug(""));
    }

    #[test]
    fn authors_tags_and_issue_are_read_and_checked() {
        let file = parse(
            "+++\ntitle = \"T\"\nsummary = \"S\"\ndate = 2026-11-02\nissue = \"2026-11\"\nauthors = [{ name = \"A\", organisation = \"O\" }, \"B\"]\n\n[tags]\nsdg = [\"16\"]\ncountry = [\"ke\"]\n+++\n",
        )
        .expect("valid");
        assert_eq!(file.front.authors[0].organisation.as_deref(), Some("O"));
        assert_eq!(file.front.authors[1].name, "B");
        assert_eq!(file.front.tags["country"], ["KE"]);
        let err =
            parse("+++\ntitle = \"T\"\nsummary = \"S\"\ndate = 2026-11-02\n\n[tags]\nsdg = [\"18\"]\n+++\n")
                .expect_err("SDG 18");
        assert_eq!(err.line, 7, "{err}");
        assert!(err.message.contains("`18`"), "{err}");
        let err = parse("+++\ntitle = \"T\"\nsummary = \"S\"\ndate = 2026-11-02\nissue = \"2026-13\"\n+++\n")
            .expect_err("month 13");
        assert_eq!(err.line, 5, "{err}");
    }

    #[test]
    fn issues_are_read_and_checked() {
        let issue = parse_issue(
            "+++\nnumber = 2\ntheme = \"Data\"\nsummary = \"S\"\ndate = 2026-12-14\neditor = \"E\"\n+++\nIntro\n",
        )
        .expect("valid");
        assert_eq!(issue.front.number, 2);
        assert_eq!(issue.body, "Intro\n");
        let err = parse_issue(
            "+++\nnumber = 0\ntheme = \"Data\"\nsummary = \"S\"\ndate = 2026-12-14\neditor = \"E\"\n+++\n",
        )
        .expect_err("number 0");
        assert_eq!(err.line, 2);
        assert!(is_issue_month("2026-11") && !is_issue_month("2026-1") && !is_issue_month("2026-00"));
    }

    /// Pieces front matter (and mistakes in it) are made of.
    fn front_matter_pieces() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy as _;
        let pieces = proptest::sample::select(vec![
            "+++",
            "+++\n",
            "\n",
            "title = ",
            "summary = ",
            "date = ",
            "2026-01-02",
            "2026-13-45",
            "\"",
            "'",
            "\"\"\"",
            "[tags]",
            "domain = [",
            "]",
            "issue = ",
            "authors = [{ name = ",
            "}",
            "lang = ",
            "=",
            ",",
            "[",
            "[[",
            "colour = ",
            "\u{feff}",
            "\r\n",
            "#",
            "数字",
            "1e999",
            "-",
            "true",
        ]);
        proptest::collection::vec(proptest::prop_oneof![pieces.prop_map(str::to_owned), "\\PC{0,6}"], 0..40)
            .prop_map(|parts| parts.concat())
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config { cases: 500, failure_persistence: None, ..Default::default() })]

        /// Whatever a file holds, it is read or refused with a line inside the file.
        #[test]
        fn any_file_is_read_or_refused_with_its_line(text in front_matter_pieces()) {
            let lines = text.lines().count() + 1;
            for result in [parse(&text).map(|_| ()), parse_issue(&text).map(|_| ())] {
                if let Err(err) = result {
                    proptest::prop_assert!(err.line <= lines, "line {} of {lines}: {err}", err.line);
                    proptest::prop_assert!(!err.message.is_empty());
                }
            }
        }
    }
}
