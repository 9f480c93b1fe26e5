//! Translations of shipped content (the taxonomy, the self-assessment framework) kept beside
//! the English files, one overlay file per language: `[<table>.<code>]` sections whose
//! fields translate the English entry with that code. Whatever an overlay lacks reads in
//! English.

use std::collections::HashMap;

use super::Locale;

/// The fields of one entry in every language that has them.
#[derive(Clone, Debug, Default)]
pub struct Translations(HashMap<Locale, toml::Table>);

impl Translations {
    /// The field `field` in `locale`, or `english`.
    pub fn text<'a>(&'a self, locale: Locale, field: &str, english: &'a str) -> &'a str {
        self.0
            .get(&locale)
            .and_then(|table| table.get(field))
            .and_then(toml::Value::as_str)
            .unwrap_or(english)
    }

    /// The list field `field` in `locale` when it has as many entries as `english`, else
    /// `english`.
    pub fn list<'a>(&'a self, locale: Locale, field: &str, english: &'a [String]) -> Vec<&'a str> {
        let theirs: Option<Vec<&str>> = self
            .0
            .get(&locale)
            .and_then(|table| table.get(field))
            .and_then(toml::Value::as_array)
            .and_then(|values| values.iter().map(toml::Value::as_str).collect());
        match theirs {
            Some(theirs) if theirs.len() == english.len() => theirs,
            _ => english.iter().map(String::as_str).collect(),
        }
    }

    /// Whether `locale` has `field` (a non-empty text, or a list of `len` texts).
    pub fn has(&self, locale: Locale, field: &str, len: Option<usize>) -> bool {
        let Some(value) = self.0.get(&locale).and_then(|table| table.get(field)) else {
            return false;
        };
        match (value, len) {
            (toml::Value::String(text), None) => !text.trim().is_empty(),
            (toml::Value::Array(values), Some(len)) => {
                values.len() == len
                    && values.iter().all(|v| v.as_str().is_some_and(|text| !text.trim().is_empty()))
            }
            _ => false,
        }
    }

    /// Sets `locale`'s fields.
    pub fn insert(&mut self, locale: Locale, fields: toml::Table) {
        self.0.insert(locale, fields);
    }
}

/// One language's overlay file, parsed.
#[derive(Debug, Default)]
pub struct Overlay(toml::Table);

impl Overlay {
    /// Parses `text`; a file that does not parse is logged and reads as empty (English).
    pub fn parse(name: &str, text: &str) -> Overlay {
        match text.parse::<toml::Table>() {
            Ok(table) => Overlay(table),
            Err(err) => {
                tracing::error!(file = name, error = %err, "a translation file cannot be read; English is shown instead");
                Overlay::default()
            }
        }
    }

    /// The fields of entry `code` of table `table` (`[table.code]`).
    pub fn entry(&self, table: &str, code: &str) -> Option<toml::Table> {
        self.0.get(table)?.as_table()?.get(code)?.as_table().cloned()
    }

    /// A top-level text field, or a field of a flat table (`[facets] domain = "…"`), as the
    /// fields of an entry named `field`.
    pub fn field(&self, path: &[&str], field: &str) -> Option<toml::Table> {
        let (last, tables) = path.split_last()?;
        let mut table = &self.0;
        for name in tables {
            table = table.get(*name)?.as_table()?;
        }
        let value = table.get(*last)?.as_str()?;
        let mut fields = toml::Table::new();
        fields.insert(field.to_owned(), toml::Value::String(value.to_owned()));
        Some(fields)
    }

    /// Codes of table `table` that `known` does not know: typos in an overlay.
    pub fn unknown_codes(&self, table: &str, known: impl Fn(&str) -> bool) -> Vec<String> {
        self.0
            .get(table)
            .and_then(toml::Value::as_table)
            .map(|entries| entries.keys().filter(|code| !known(code)).cloned().collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_and_short_lists_read_in_english() {
        let overlay = Overlay::parse("t", "[item.a]\ntext = \"Texte\"\nlevels = [\"un\"]\n");
        let mut translations = Translations::default();
        if let Some(fields) = overlay.entry("item", "a") {
            translations.insert(Locale::Fr, fields);
        }
        let english = vec!["one".to_owned(), "two".to_owned()];
        assert_eq!(translations.text(Locale::Fr, "text", "Text"), "Texte");
        assert_eq!(translations.text(Locale::Ru, "text", "Text"), "Text");
        assert_eq!(translations.list(Locale::Fr, "levels", &english), ["one", "two"]);
        assert!(
            translations.has(Locale::Fr, "text", None) && !translations.has(Locale::Fr, "levels", Some(2))
        );
        assert!(Overlay::parse("bad", "[[[").entry("item", "a").is_none());
    }
}
