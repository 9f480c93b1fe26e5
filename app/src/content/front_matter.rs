//! Parsing one content file.

use serde::Deserialize;

/// Front matter of a content file: the TOML between the `+++` lines at its top.
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
    /// Authors' display names.
    #[serde(default)]
    pub authors: Vec<String>,
}

fn default_lang() -> String {
    "en".to_owned()
}

/// A content file, parsed and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentFile {
    /// Front matter fields.
    pub front: FrontMatter,
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

/// Splits and parses a content file.
pub fn parse(text: &str) -> Result<ContentFile, ParseError> {
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
    let front: FrontMatter = toml::from_str(front_text).map_err(|err| {
        let line = err
            .span()
            .map(|span| 2 + front_text[..span.start.min(front_text.len())].matches('\n').count())
            .unwrap_or(1);
        ParseError { line, message: err.message().trim().to_owned() }
    })?;
    let line_of =
        |key: &str| front_text.lines().position(|l| l.trim_start().starts_with(key)).map_or(1, |i| i + 2);
    let invalid = |key: &str, message: &str| ParseError { line: line_of(key), message: message.to_owned() };
    if front.title.trim().is_empty() {
        return Err(invalid("title", "`title` must not be empty"));
    }
    if front.title.chars().count() > 200 {
        return Err(invalid("title", "`title` is longer than 200 characters"));
    }
    if front.summary.trim().is_empty() {
        return Err(invalid("summary", "`summary` must not be empty"));
    }
    if front.lang.parse::<fluent_templates::LanguageIdentifier>().is_err() || front.lang.is_empty() {
        return Err(invalid("lang", "`lang` must be a language tag such as \"en\" or \"fr\""));
    }
    let date = match (front.date.date, front.date.time) {
        (Some(d), None) => time::Month::try_from(d.month)
            .ok()
            .and_then(|month| time::Date::from_calendar_date(i32::from(d.year), month, d.day).ok()),
        _ => None,
    }
    .ok_or_else(|| invalid("date", "`date` must be a plain date such as 2026-11-16"))?;
    Ok(ContentFile { front, date, body: text[body_start..].to_owned() })
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
        assert_eq!(file.front.authors, ["A. Author"]);
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
}
