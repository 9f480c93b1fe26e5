//! Cases as CSV: one row a case, the columns of [`COLUMNS`]. Lists are separated by `;`;
//! a link is `label|url` (or just the URL) and an organisation `name|role|website`. When a
//! link or an organisation holds a `|` or a `;` itself, its column is written as a JSON array
//! instead (`[{"name":"…","role":"…"}]`), which the import reads too.
//!
//! No cell starts with what a spreadsheet takes for a formula (`=`, `+`, `-`, `@`, a tab or
//! a carriage return): such a cell is written with a `'` in front, as spreadsheets mark
//! text, and so is a cell that already starts with quotes before one of those; the import
//! takes that one `'` off again, so an export reads back exactly as it was.

use crate::cases::record::{CaseLink, CaseOrganisation, CaseRecord};

use super::import::ReadRow;

/// The columns, in export order. An import may give them in any order and leave any out but
/// `slug`, `title` and `summary`.
pub const COLUMNS: [&str; 28] = [
    "slug",
    "title",
    "summary",
    "lang",
    "problem",
    "solution",
    "technologies",
    "results",
    "lessons",
    "transfer",
    "evidence",
    "stage",
    "cost_band",
    "licence",
    "started_on",
    "ended_on",
    "contact",
    "links",
    "organisations",
    "domain",
    "wsis",
    "sdg",
    "country",
    "level",
    "theme",
    "adapted_from",
    "published_on",
    "completeness",
];

/// What a spreadsheet may run as a formula when a cell starts with it.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `cell`, past any leading `'`, starts like a formula.
fn formula_like(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// `cell` as written to a file: with a `'` in front when it looks like a formula.
pub fn defuse(cell: String) -> String {
    if formula_like(&cell) { format!("'{cell}") } else { cell }
}

/// A cell as read from a file: the `'` that [`defuse`] added taken off.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(cell) => rest,
        _ => cell,
    }
}

fn list(text: &str) -> Vec<String> {
    text.split(';').map(str::trim).filter(|item| !item.is_empty()).map(str::to_owned).collect()
}

/// Reads CSV text with a header row. A header that is not a known column fails the whole file
/// (every row would lose that column).
pub fn read(text: &str) -> anyhow::Result<Vec<ReadRow>> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers()?.iter().map(|h| h.trim().to_lowercase()).collect();
    if let Some(unknown) = headers.iter().find(|h| !COLUMNS.contains(&h.as_str())) {
        anyhow::bail!("unknown column \"{unknown}\"; the columns are: {}", COLUMNS.join(", "));
    }
    let mut rows = Vec::new();
    for result in reader.records() {
        let row = match result {
            Ok(row) => row,
            Err(err) => {
                let line = err.position().map_or(0, |position| position.line());
                rows.push(ReadRow { line, record: Err(("-".to_owned(), format!("not valid CSV: {err}"))) });
                continue;
            }
        };
        let line = row.position().map_or(0, |position| position.line());
        let mut record = CaseRecord::default();
        let mut bad = None;
        for (header, value) in headers.iter().zip(row.iter()) {
            let value = restore(value).to_owned();
            match header.as_str() {
                "slug" => record.slug = value,
                "title" => record.title = value,
                "summary" => record.summary = value,
                "lang" => record.lang = value,
                "problem" => record.problem = value,
                "solution" => record.solution = value,
                "technologies" => record.technologies = value,
                "results" => record.results = value,
                "lessons" => record.lessons = value,
                "transfer" => record.transfer = value,
                "evidence" => record.evidence = value,
                "stage" => record.stage = value,
                "cost_band" => record.cost_band = value,
                "licence" => record.licence = value,
                "started_on" => record.started_on = value,
                "ended_on" => record.ended_on = value,
                "contact" => record.contact = value,
                "links" if value.trim_start().starts_with('[') => match serde_json::from_str(&value) {
                    Ok(links) => record.links = links,
                    Err(err) => bad = Some(("links".to_owned(), format!("not a JSON list of links: {err}"))),
                },
                "organisations" if value.trim_start().starts_with('[') => {
                    match serde_json::from_str(&value) {
                        Ok(organisations) => record.organisations = organisations,
                        Err(err) => {
                            bad = Some((
                                "organisations".to_owned(),
                                format!("not a JSON list of organisations: {err}"),
                            ));
                        }
                    }
                }
                "links" => {
                    record.links = list(&value)
                        .into_iter()
                        .map(|item| match item.rsplit_once('|') {
                            Some((label, url)) => {
                                CaseLink { label: label.trim().to_owned(), url: url.trim().to_owned() }
                            }
                            None => CaseLink { label: String::new(), url: item },
                        })
                        .collect();
                }
                "organisations" => {
                    record.organisations = list(&value)
                        .into_iter()
                        .map(|item| {
                            let mut parts = item.split('|').map(str::trim);
                            CaseOrganisation {
                                name: parts.next().unwrap_or_default().to_owned(),
                                role: parts.next().unwrap_or_default().to_owned(),
                                website: parts.next().unwrap_or_default().to_owned(),
                            }
                        })
                        .collect();
                }
                "domain" => record.domain = list(&value),
                "wsis" => record.wsis = list(&value),
                "sdg" => record.sdg = list(&value),
                "country" => record.country = list(&value),
                "level" => record.level = list(&value),
                "theme" => record.theme = list(&value),
                "adapted_from" => record.adapted_from = value,
                "published_on" => record.published_on = value,
                // Written by the export for readers of the file; worked out again on import.
                _ => {}
            }
        }
        rows.push(ReadRow { line, record: bad.map_or(Ok(record), Err) });
    }
    Ok(rows)
}

/// The CSV row of `record` (with its completeness), in [`COLUMNS`] order, every cell
/// [`defuse`]d.
pub fn row(record: &CaseRecord, completeness: i32) -> Vec<String> {
    cells(record, completeness).into_iter().map(defuse).collect()
}

fn cells(record: &CaseRecord, completeness: i32) -> Vec<String> {
    let plain = |texts: &[&str]| texts.iter().all(|text| !text.contains(['|', ';']));
    let links = if record.links.iter().all(|link| plain(&[&link.label, &link.url])) {
        record
            .links
            .iter()
            .map(|link| {
                if link.label.is_empty() { link.url.clone() } else { format!("{}|{}", link.label, link.url) }
            })
            .collect::<Vec<_>>()
            .join("; ")
    } else {
        serde_json::to_string(&record.links).unwrap_or_default()
    };
    let organisations = if record.organisations.iter().all(|org| plain(&[&org.name, &org.role, &org.website]))
    {
        record
            .organisations
            .iter()
            .map(|org| {
                let mut parts = vec![org.name.as_str(), org.role.as_str(), org.website.as_str()];
                while parts.last().is_some_and(|part| part.is_empty()) && parts.len() > 1 {
                    parts.pop();
                }
                parts.join("|")
            })
            .collect::<Vec<_>>()
            .join("; ")
    } else {
        serde_json::to_string(&record.organisations).unwrap_or_default()
    };
    vec![
        record.slug.clone(),
        record.title.clone(),
        record.summary.clone(),
        record.lang.clone(),
        record.problem.clone(),
        record.solution.clone(),
        record.technologies.clone(),
        record.results.clone(),
        record.lessons.clone(),
        record.transfer.clone(),
        record.evidence.clone(),
        record.stage.clone(),
        record.cost_band.clone(),
        record.licence.clone(),
        record.started_on.clone(),
        record.ended_on.clone(),
        record.contact.clone(),
        links,
        organisations,
        record.domain.join("; "),
        record.wsis.join("; "),
        record.sdg.join("; "),
        record.country.join("; "),
        record.level.join("; "),
        record.theme.join("; "),
        record.adapted_from.clone(),
        record.published_on.clone(),
        completeness.to_string(),
    ]
}

#[cfg(test)]
mod tests {
    use proptest::strategy::Strategy as _;

    use super::*;

    #[test]
    fn a_row_reads_back_as_it_was_written() {
        let record = CaseRecord {
            slug: "one".into(),
            title: "One, \"quoted\"".into(),
            summary: "Line one\nline two".into(),
            links: vec![
                CaseLink { label: "Site".into(), url: "https://example.org/a".into() },
                CaseLink { label: String::new(), url: "https://example.org/b".into() },
            ],
            organisations: vec![CaseOrganisation {
                name: "Org".into(),
                role: "owner".into(),
                website: String::new(),
            }],
            sdg: vec!["4".into(), "16".into()],
            ..CaseRecord::default()
        };
        let mut writer = csv::Writer::from_writer(Vec::new());
        let _ = writer.write_record(COLUMNS);
        let _ = writer.write_record(row(&record, 12));
        let text = String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default();
        let rows = read(&text).unwrap_or_default();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].record.as_ref().ok(), Some(&record));
    }

    #[test]
    fn no_cell_starts_like_a_formula_and_each_reads_back() {
        let starts = ["=", "+", "-", "@", "\t", "\r", "'=", "''+", "'", "''", "'plain", "plain", ""];
        for start in starts {
            let text = format!("{start}HYPERLINK(\"https://evil.example\")");
            let record = CaseRecord {
                slug: "one".into(),
                title: text.clone(),
                summary: format!("{start}1+1"),
                problem: format!("{start}- a list item"),
                contact: format!("{start}@someone"),
                ..CaseRecord::default()
            };
            let mut writer = csv::Writer::from_writer(Vec::new());
            let _ = writer.write_record(COLUMNS);
            let _ = writer.write_record(row(&record, 0));
            let bytes = writer.into_inner().unwrap_or_default();
            let mut cells = csv::Reader::from_reader(bytes.as_slice());
            for written in cells.records().flatten() {
                for cell in written.iter() {
                    assert!(!cell.starts_with(FORMULA_STARTS), "{cell:?} starts like a formula");
                }
            }
            let text = String::from_utf8(bytes).unwrap_or_default();
            let rows = read(&text).unwrap_or_default();
            assert_eq!(rows[0].record.as_ref().ok(), Some(&record), "{start:?} reads back as written");
        }
    }

    #[test]
    fn an_unknown_column_is_named() {
        let err = read("slug,title,colour\na,b,c\n").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("\"colour\""), "{err}");
    }

    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        let starts =
            proptest::sample::select(vec!["", "=", "+", "-", "@", "\t", "\r", "'", "''=", "\"", ",", "\n"]);
        (starts, "\\PC{0,12}", proptest::sample::select(vec!["", "\r\n", "\n", ",", "\"", ";", "|"]))
            .prop_map(|(start, middle, end)| format!("{start}{middle}{end}"))
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config { cases: 300, failure_persistence: None, ..Default::default() })]

        /// Every text field of an export reads back exactly, whatever it holds.
        #[test]
        fn any_text_reads_back_from_an_export(title in text(), summary in text(), problem in text(), contact in text()) {
            let record = CaseRecord { slug: "one".into(), title, summary, problem, contact, ..CaseRecord::default() };
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(COLUMNS).map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            writer.write_record(row(&record, 0)).map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            let text = String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default();
            let rows = read(&text).unwrap_or_default();
            proptest::prop_assert_eq!(rows.len(), 1);
            proptest::prop_assert_eq!(rows[0].record.as_ref().ok(), Some(&record));
        }

        /// Whatever a CSV file holds, it is read row by row or refused as a whole, and
        /// every row read goes through the checks without failing.
        #[test]
        fn any_csv_is_read_or_refused(text in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::sample::select(vec!["slug", "title", "summary", "links", "organisations", "sdg", ",", "\n", "\"", "[", "{", "|", ";", "'=", "\r"]).prop_map(str::to_owned),
                "\\PC{0,6}",
            ],
            0..40,
        ).prop_map(|parts| format!("slug,title,summary,links,organisations,sdg\n{}", parts.concat()))) {
            if let Ok(rows) = read(&text) {
                for row in rows {
                    if let Ok(record) = row.record {
                        let _ = super::super::check::check(record);
                    }
                }
            }
            let _ = super::super::import::read_json_lines(&text);
        }
    }
}
