//! Search quality: nDCG@10, MRR and the zero-result rate of the hub's search over judged
//! queries, with plain SQLite FTS5 ranked beside it as the baseline to beat.
//!
//! Run with `cargo bench -p server --bench search_quality`; add `-- --levers` to measure
//! each ranking lever switched off in turn (what the figures of the whole are owed to).
//!
//! The corpus is real: the 750 entries of `../shared/corpora/dpg-registry.jsonl` (relative to
//! the workspace root), each as an English article (slug = entry slug, title = name,
//! summary = description, body = description, sectors and organisation names, tagged with
//! its SDGs and the countries it is deployed in, all dated 2024-01-01); the translations of
//! some of them in `data/translated.toml` (slug `<entry>--<lang>`); and the hub's shipped
//! content (`content/`: blog posts and cases), imported as the hub does
//! (`app::content::sync_dir`). The index is rebuilt from that database, and each query runs
//! through `SearchIndex::search` as an anonymous reader.
//!
//! Two judged sets: `judged.toml` (beside this file, the project's first 40 queries) and
//! `data/judged.toml` (the hub's own, split into a tuning two thirds and a held-out third:
//! ranking changes are kept only when the held-out third says so).
//!
//! The baseline: an FTS5 table over the same documents' names and summaries, porter
//! stemming, every query word OR-ed, ranked by `bm25` with the name weighted 3×.
//!
//! Scores, over the top 10: nDCG@10 with gain `2^grade - 1` and discount `log2(rank + 1)`,
//! against the ideal order of the judged documents; reciprocal rank of the first document
//! judged relevant at all (0 when none is in the top 10); zero-result rate: the share of
//! queries answered with nothing at all.

#![expect(clippy::expect_used, reason = "a benchmark stops at the first failure and says where")]

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use app::db::entities::{article, article_tag};
use app::search::document::Viewer;
use app::search::index::{Ranking, SearchIndex};
use app::search::params::SearchParams;
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Statement,
    TransactionTrait,
};
use serde::Deserialize;
use time::{Date, Month};

/// Hits read per query (ranks beyond 10 are shown, not scored).
const DEPTH: usize = 50;
/// Cut-off of the scores.
const CUTOFF: usize = 10;

/// A judged-query file.
#[derive(Deserialize)]
struct Judged {
    query: Vec<Judgement>,
}

/// One judged query.
#[derive(Deserialize, Clone)]
struct Judgement {
    /// What is typed.
    q: String,
    /// Language of the query (`en` when not said).
    #[serde(default = "english")]
    lang: String,
    /// What kind of query it is (acronym, concept, single, typo, content).
    #[serde(default)]
    kind: String,
    /// `tune` or `held-out`; the project's first set has none.
    #[serde(default)]
    set: String,
    /// Slug → grade (2: the one, 1: also relevant).
    relevant: BTreeMap<String, u8>,
}

fn english() -> String {
    "en".to_owned()
}

/// `data/translated.toml`.
#[derive(Deserialize)]
struct Translations {
    entry: Vec<Translation>,
}

#[derive(Deserialize)]
struct Translation {
    of: String,
    lang: String,
    title: String,
    summary: String,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the server crate is in the workspace").to_owned()
}

fn benches() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches")
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn article_row(
    slug: &str,
    lang: &str,
    title: &str,
    summary: &str,
    body_text: String,
) -> article::ActiveModel {
    let date = Date::from_calendar_date(2024, Month::January, 1).expect("date");
    let at = date.midnight().assume_utc();
    let body_html =
        body_text.split("\n\n").map(|p| format!("<p>{}</p>", escape_html(p))).collect::<Vec<_>>().join("\n");
    article::ActiveModel {
        slug: Set(slug.to_owned()),
        lang: Set(lang.to_owned()),
        title: Set(title.to_owned()),
        summary: Set(summary.to_owned()),
        authors: Set(serde_json::json!([])),
        body_html: Set(body_html),
        body_text: Set(body_text),
        toc: Set(serde_json::json!([])),
        reading_minutes: Set(1),
        published_on: Set(date),
        current_revision_id: Set(None),
        source_hash: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
}

/// The registry entries as article rows, with their tags (facet, code) by slug.
fn registry_rows() -> (Vec<article::ActiveModel>, Vec<(String, &'static str, String)>) {
    let path = workspace_root().join("../shared/corpora/dpg-registry.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let mut rows = Vec::new();
    let mut tags = Vec::new();
    for line in text.lines().filter(|line| !line.trim().is_empty()) {
        let entry: serde_json::Value = serde_json::from_str(line).expect("a JSON object per line");
        let field = |name: &str| entry[name].as_str().unwrap_or_default().trim().to_owned();
        let list = |name: &str, key: Option<&str>| -> Vec<String> {
            entry[name]
                .as_array()
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|item| key.map_or(Some(item), |key| item.get(key)))
                        .filter_map(|value| value.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        let slug = field("slug");
        let description = field("description");
        let sectors = list("sectors", None);
        let organisations = list("organizations", Some("name"));
        let body_text = [description.clone(), sectors.join(", "), organisations.join(", ")]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        let mut row = article_row(&slug, "en", &field("name"), &description, body_text);
        row.authors = Set(serde_json::json!(organisations));
        rows.push(row);
        let mut codes = std::collections::BTreeSet::new();
        for sdg in entry["SDGs"].as_array().into_iter().flatten() {
            if let Some(n) = sdg["SDGNumber"].as_u64() {
                codes.insert(("sdg", n.to_string()));
            }
        }
        let countries = entry["locations"]["deploymentCountries"].as_array().into_iter().flatten();
        for name in countries.filter_map(|c| c.as_str()) {
            if let Some(country) = app::taxonomy::country_by_name(name) {
                codes.insert(("country", country.code.clone()));
            }
        }
        tags.extend(codes.into_iter().map(|(facet, code)| (slug.clone(), facet, code)));
    }
    (rows, tags)
}

fn translated_rows() -> Vec<article::ActiveModel> {
    let path = benches().join("data/translated.toml");
    let file: Translations = toml::from_str(&std::fs::read_to_string(&path).expect("translated.toml"))
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    file.entry
        .iter()
        .map(|t| {
            article_row(&format!("{}--{}", t.of, t.lang), &t.lang, &t.title, &t.summary, t.summary.clone())
        })
        .collect()
}

async fn load_corpus(db: &DatabaseConnection) -> u64 {
    let (mut rows, tags) = registry_rows();
    rows.extend(translated_rows());
    let txn = db.begin().await.expect("begin");
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(500).collect();
        article::Entity::insert_many(chunk).exec(&txn).await.expect("insert registry entries");
    }
    txn.commit().await.expect("commit");
    let ids: HashMap<String, i64> = article::Entity::find()
        .all(db)
        .await
        .expect("articles")
        .into_iter()
        .map(|a| (a.slug, a.id))
        .collect();
    let tag_rows: Vec<article_tag::ActiveModel> = tags
        .into_iter()
        .map(|(slug, facet, code)| article_tag::ActiveModel {
            article_id: Set(ids[&slug]),
            facet: Set(facet.to_owned()),
            code: Set(code),
        })
        .collect();
    for chunk in tag_rows.chunks(500) {
        article_tag::Entity::insert_many(chunk.to_vec()).exec(db).await.expect("insert tags");
    }
    let report = app::content::sync_dir(db, &workspace_root().join("content")).await.expect("content sync");
    assert!(report.problems.is_empty(), "content problems: {:?}", report.problems);
    // The shipped cases, imported as the hub does at start-up.
    let (_, rows) = app::cases::ssr::read_toml_dir(&workspace_root().join("content/cases")).expect("cases");
    let report =
        app::cases::ssr::import_rows(db, rows, "content/cases", false, |_, _| {}).await.expect("import");
    assert!(report.rejected.is_empty(), "content cases rejected");
    article::Entity::find().count(db).await.expect("count")
        + app::db::entities::case::Entity::find().count(db).await.expect("count")
}

/// The FTS5 baseline: names and summaries of every article and case.
async fn build_fts(db: &DatabaseConnection) {
    for sql in [
        "CREATE VIRTUAL TABLE baseline USING fts5(slug UNINDEXED, name, description, \
         tokenize = 'porter unicode61 remove_diacritics 2')",
        "INSERT INTO baseline (slug, name, description) SELECT slug, title, summary FROM articles",
        "INSERT INTO baseline (slug, name, description) SELECT slug, title, summary FROM cases",
    ] {
        db.execute_unprepared(sql).await.expect("FTS5 baseline");
    }
}

/// The FTS5 baseline's answer: every word OR-ed, `bm25` with the name 3×.
async fn fts_search(db: &DatabaseConnection, q: &str) -> Vec<String> {
    let words: Vec<String> = q
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let sql = format!(
        "SELECT slug FROM baseline WHERE baseline MATCH $1 ORDER BY bm25(baseline, 0.0, 3.0, 1.0) LIMIT {DEPTH}"
    );
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            db.get_database_backend(),
            sql,
            [words.join(" OR ").into()],
        ))
        .await
        .expect("FTS5 query");
    rows.into_iter().map(|row| row.try_get::<String>("", "slug").expect("slug")).collect()
}

/// nDCG over the first [`CUTOFF`] of `ranked` (grades of the hits in order).
fn ndcg(ranked: &[u8], judged: &BTreeMap<String, u8>) -> f64 {
    let dcg = |grades: &mut dyn Iterator<Item = u8>| -> f64 {
        grades
            .take(CUTOFF)
            .enumerate()
            .map(|(i, grade)| (2_f64.powi(i32::from(grade)) - 1.0) / ((i + 2) as f64).log2())
            .sum()
    };
    let mut ideal: Vec<u8> = judged.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let best = dcg(&mut ideal.into_iter());
    if best == 0.0 { 0.0 } else { dcg(&mut ranked.iter().copied()) / best }
}

/// The scores of one ranked answer.
#[derive(Clone, Copy, Default)]
struct Score {
    ndcg: f64,
    rr: f64,
    zero: bool,
    /// Rank of the first relevant hit, if any within [`DEPTH`].
    first: Option<usize>,
}

fn score(slugs: &[String], judgement: &Judgement) -> Score {
    let grades: Vec<u8> =
        slugs.iter().map(|slug| judgement.relevant.get(slug).copied().unwrap_or(0)).collect();
    let first = grades.iter().position(|grade| *grade > 0).map(|i| i + 1);
    Score {
        ndcg: ndcg(&grades, &judgement.relevant),
        rr: first.filter(|rank| *rank <= CUTOFF).map_or(0.0, |rank| 1.0 / rank as f64),
        zero: slugs.is_empty(),
        first,
    }
}

/// The slug of a hit's address (`/articles/x`, `/cases/x`).
fn slug_of(url: &str) -> String {
    url.rsplit('/').next().unwrap_or(url).to_owned()
}

/// The hub's answer to `q`: slugs in order, and whether the typo pass answered.
fn hub_search(index: &SearchIndex, q: &str) -> (Vec<String>, bool) {
    let query = form_urlencoded::Serializer::new(String::new()).append_pair("q", q).finish();
    let params = SearchParams::from_query_string(&query);
    let results = index.search(&params, &Viewer::public(), DEPTH).expect("search");
    (results.hits.iter().map(|hit| slug_of(&hit.url)).collect(), results.fuzzy)
}

/// Means over a set of scores.
#[derive(Clone, Copy, Default)]
struct Summary {
    n: usize,
    ndcg: f64,
    mrr: f64,
    zero: f64,
}

fn summarise<'a>(scores: impl Iterator<Item = &'a Score>) -> Summary {
    let mut s = Summary::default();
    for score in scores {
        s.n += 1;
        s.ndcg += score.ndcg;
        s.mrr += score.rr;
        s.zero += f64::from(u8::from(score.zero));
    }
    if s.n > 0 {
        let n = s.n as f64;
        s.ndcg /= n;
        s.mrr /= n;
        s.zero /= n;
    }
    s
}

fn line(label: &str, s: Summary) -> String {
    format!("{label:<34} {:>4} {:>8.3} {:>8.3} {:>9.1}%", s.n, s.ndcg, s.mrr, s.zero * 100.0)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    runtime.block_on(run());
}

fn read_judged(path: &Path) -> Vec<Judgement> {
    let judged: Judged = toml::from_str(&std::fs::read_to_string(path).expect("judged file"))
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    judged.query
}

/// The ranking to measure: the hub's, with any `--set lever=value` given on the command line.
fn ranking_from_args() -> Ranking {
    let mut ranking = Ranking::default();
    let args: Vec<String> = std::env::args().collect();
    for pair in args.windows(2).filter(|pair| pair[0] == "--set").map(|pair| &pair[1]) {
        let (lever, value) = pair.split_once('=').expect("--set lever=value");
        let number = || value.parse::<f32>().expect("a number");
        let flag = || value.parse::<bool>().expect("true or false");
        match lever {
            "title_boost" => ranking.title_boost = number(),
            "summary_boost" => ranking.summary_boost = number(),
            "any_word" => ranking.any_word = flag(),
            "per_language_length" => ranking.per_language_length = flag(),
            "query_words" => ranking.query_words = flag(),
            "all_words_boost" => ranking.all_words_boost = number(),
            "synonyms" => ranking.synonyms = flag(),
            "synonym_boost" => ranking.synonym_boost = number(),
            "taxonomy_boost" => ranking.taxonomy_boost = number(),
            "phrase_boost" => ranking.phrase_boost = number(),
            "recency_weight" => ranking.recency_weight = number(),
            other => panic!("no lever {other}"),
        }
    }
    ranking
}

async fn run() {
    let levers = std::env::args().any(|arg| arg == "--levers");
    let ranking = ranking_from_args();
    let first_set = read_judged(&benches().join("judged.toml"));
    let own_set = read_judged(&benches().join("data/judged.toml"));
    assert!(
        own_set.iter().all(|j| j.set == "tune" || j.set == "held-out"),
        "data/judged.toml: every query is `tune` or `held-out`"
    );

    let workdir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}?mode=rwc", workdir.path().join("quality.db").display());
    let db = app::db::connect_and_migrate(&url).await.expect("database");
    let documents = load_corpus(&db).await;
    build_fts(&db).await;
    let index = SearchIndex::open(&workdir.path().join("index"), app::site::KINDS).expect("open index");
    index.rebuild(&db, |_, _| {}).await.expect("rebuild");
    index.set_ranking(ranking);
    println!("ranking: {ranking:?}\n");

    let mut slugs: Vec<String> =
        article::Entity::find().all(&db).await.expect("articles").into_iter().map(|a| a.slug).collect();
    slugs.extend(
        app::db::entities::case::Entity::find().all(&db).await.expect("cases").into_iter().map(|c| c.slug),
    );
    for judgement in first_set.iter().chain(&own_set) {
        for slug in judgement.relevant.keys() {
            assert!(slugs.contains(slug), "judged: no document `{slug}` (query {:?})", judgement.q);
        }
    }

    let all: Vec<(&str, &Judgement)> =
        first_set.iter().map(|j| ("first", j)).chain(own_set.iter().map(|j| (j.set.as_str(), j))).collect();
    let mut fts = Vec::new();
    for (_, judgement) in &all {
        fts.push(score(&fts_search(&db, &judgement.q).await, judgement));
    }

    println!("{documents} documents, {} judged queries; scores over the top {CUTOFF}\n", all.len());
    println!(
        "{:<8} {:<3} {:<8} {:>6} {:>6} {:>5}  {:<44} first hit",
        "set", "lang", "kind", "hub", "fts5", "first", "query"
    );
    let mut hub = Vec::new();
    for ((set, judgement), baseline) in all.iter().zip(&fts) {
        let (hits, fuzzy) = hub_search(&index, &judgement.q);
        let s = score(&hits, judgement);
        let rank = s.first.map_or_else(|| format!(">{DEPTH}"), |r| r.to_string());
        let top = hits.first().map_or("(no hit)", String::as_str);
        println!(
            "{:<8} {:<3} {:<8} {:>6.3} {:>6.3} {:>5}  {:<44} {top}{}",
            set,
            judgement.lang,
            judgement.kind,
            s.ndcg,
            baseline.ndcg,
            rank,
            format!("{:?}", judgement.q),
            if fuzzy { " (typo pass)" } else { "" }
        );
        hub.push(s);
    }

    println!("\n== search quality: {} queries over {documents} documents ==", all.len());
    println!("{:<34} {:>4} {:>8} {:>8} {:>10}", "", "n", "nDCG@10", "MRR@10", "zero-res");
    for set in ["held-out", "tune", "first"] {
        let pick = |scores: &[Score]| -> Summary {
            summarise(all.iter().zip(scores).filter(|((s, _), _)| *s == set).map(|(_, score)| score))
        };
        println!("{}", line(&format!("{set}: hub"), pick(&hub)));
        println!("{}", line(&format!("{set}: FTS5 baseline"), pick(&fts)));
    }
    println!();
    for lang in ["en", "fr", "es", "ar", "zh", "ru"] {
        let own = |scores: &[Score]| -> Summary {
            summarise(
                all.iter()
                    .zip(scores)
                    .filter(|((s, j), _)| *s != "first" && j.lang == lang)
                    .map(|(_, score)| score),
            )
        };
        println!("{}", line(&format!("own set, {lang}: hub"), own(&hub)));
        println!("{}", line(&format!("own set, {lang}: FTS5 baseline"), own(&fts)));
    }

    if levers {
        println!("\n== each lever changed in turn (own set) ==");
        println!("{:<34} {:>17} {:>17} {:>10}", "", "held-out nDCG/MRR", "tune nDCG/MRR", "zero-res");
        let full = ranking;
        for (name, ranking) in std::iter::once(("all levers on", full)).chain(full.each_lever_changed()) {
            index.set_ranking(ranking);
            let scores: Vec<(&str, Score)> =
                own_set.iter().map(|j| (j.set.as_str(), score(&hub_search(&index, &j.q).0, j))).collect();
            let of = |set: &str| summarise(scores.iter().filter(|(s, _)| *s == set).map(|(_, s)| s));
            let (held, tune) = (of("held-out"), of("tune"));
            let zero = summarise(scores.iter().map(|(_, s)| s)).zero;
            println!(
                "{name:<34} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>9.1}%",
                held.ndcg,
                held.mrr,
                tune.ndcg,
                tune.mrr,
                zero * 100.0
            );
        }
        index.set_ranking(full);
    }
}
