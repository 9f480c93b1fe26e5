//! Search quality: nDCG@10 and MRR of the hub's search over a judged set of real queries.
//!
//! Run with `cargo bench -p server --bench search_quality`.
//!
//! The corpus is real: the 750 entries of `../shared/corpora/dpg-registry.jsonl` (relative to
//! the workspace root), each as an English article (slug = entry slug, title = name,
//! summary = description, body = description, sectors and organisation names, all dated
//! 2024-01-01), plus the hub's own articles from `content/`, imported as the hub does
//! (`app::content::sync_dir`). The index is rebuilt from that database, and each query of
//! `judged.toml` (beside this file) runs through `SearchIndex::search` as an anonymous reader.
//!
//! Scores, over the top 10: nDCG@10 with gain `2^grade - 1` and discount `log2(rank + 1)`,
//! against the ideal order of the judged articles; reciprocal rank of the first article
//! judged relevant at all (0 when none is in the top 10). Everything is deterministic except
//! the hub's recency bonus, which moves with today's date (slowly: its half-life is a year).

#![expect(clippy::expect_used, reason = "a benchmark stops at the first failure and says where")]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use app::db::entities::article;
use app::search::document::Viewer;
use app::search::index::SearchIndex;
use app::search::params::SearchParams;
use sea_orm::{ActiveValue::Set, DatabaseConnection, EntityTrait, PaginatorTrait, TransactionTrait};
use serde::Deserialize;
use time::{Date, Month};

/// Hits read per query (ranks beyond 10 are shown, not scored).
const DEPTH: usize = 50;
/// Cut-off of the scores.
const CUTOFF: usize = 10;

/// `judged.toml`.
#[derive(Deserialize)]
struct Judged {
    query: Vec<Judgement>,
}

/// One judged query.
#[derive(Deserialize)]
struct Judgement {
    /// What is typed.
    q: String,
    /// Slug → grade (2: the one, 1: also relevant).
    relevant: BTreeMap<String, u8>,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the server crate is in the workspace").to_owned()
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The registry entries as article rows.
fn registry_rows() -> Vec<article::ActiveModel> {
    let path = workspace_root().join("../shared/corpora/dpg-registry.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let date = Date::from_calendar_date(2024, Month::January, 1).expect("date");
    let at = date.midnight().assume_utc();
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
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
            let description = field("description");
            let sectors = list("sectors", None);
            let organisations = list("organizations", Some("name"));
            let body_text = [description.clone(), sectors.join(", "), organisations.join(", ")]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n");
            let body_html = body_text
                .split("\n\n")
                .map(|p| format!("<p>{}</p>", escape_html(p)))
                .collect::<Vec<_>>()
                .join("\n");
            article::ActiveModel {
                slug: Set(field("slug")),
                lang: Set("en".to_owned()),
                title: Set(field("name")),
                summary: Set(description),
                authors: Set(serde_json::json!(organisations)),
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
        })
        .collect()
}

async fn load_corpus(db: &DatabaseConnection) -> u64 {
    let rows = registry_rows();
    let txn = db.begin().await.expect("begin");
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(500).collect();
        article::Entity::insert_many(chunk).exec(&txn).await.expect("insert registry entries");
    }
    txn.commit().await.expect("commit");
    let report = app::content::sync_dir(db, &workspace_root().join("content")).await.expect("content sync");
    assert!(report.problems.is_empty(), "content problems: {:?}", report.problems);
    article::Entity::find().count(db).await.expect("count")
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

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    runtime.block_on(run());
}

async fn run() {
    let judged_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/judged.toml");
    let judged: Judged = toml::from_str(&std::fs::read_to_string(&judged_path).expect("judged.toml"))
        .unwrap_or_else(|err| panic!("{}: {err}", judged_path.display()));

    let workdir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}?mode=rwc", workdir.path().join("quality.db").display());
    let db = app::db::connect_and_migrate(&url).await.expect("database");
    let articles = load_corpus(&db).await;
    let index = SearchIndex::open(&workdir.path().join("index"), app::site::KINDS).expect("open index");
    index.rebuild(&db, |_, _| {}).await.expect("rebuild");

    let slugs: Vec<String> =
        article::Entity::find().all(&db).await.expect("articles").into_iter().map(|a| a.slug).collect();
    for judgement in &judged.query {
        for slug in judgement.relevant.keys() {
            assert!(slugs.contains(slug), "judged.toml: no article `{slug}` (query {:?})", judgement.q);
        }
    }

    println!("{articles} articles, {} judged queries; scores over the top {CUTOFF}\n", judged.query.len());
    println!("{:>5} {:>5} {:>6}  {:<48} first hit", "first", "best", "nDCG", "query");
    let viewer = Viewer::public();
    let (mut ndcg_sum, mut rr_sum, mut found) = (0.0, 0.0, 0);
    let mut first_ranks = Vec::new();
    for judgement in &judged.query {
        let query = form_urlencoded::Serializer::new(String::new()).append_pair("q", &judgement.q).finish();
        let params = SearchParams::from_query_string(&query);
        let results = index.search(&params, &viewer, DEPTH).expect("search");
        let hits: Vec<&str> =
            results.hits.iter().map(|hit| hit.url.strip_prefix("/articles/").unwrap_or(&hit.url)).collect();
        let grades: Vec<u8> =
            hits.iter().map(|slug| judgement.relevant.get(*slug).copied().unwrap_or(0)).collect();
        let first = grades.iter().position(|grade| *grade > 0).map(|i| i + 1);
        let best = grades.iter().position(|grade| *grade == 2).map(|i| i + 1);
        let score = ndcg(&grades, &judgement.relevant);
        let rr = first.filter(|rank| *rank <= CUTOFF).map_or(0.0, |rank| 1.0 / rank as f64);
        ndcg_sum += score;
        rr_sum += rr;
        found += usize::from(first.is_some_and(|rank| rank <= CUTOFF));
        first_ranks.extend(first);
        let rank = |r: Option<usize>| r.map_or_else(|| format!(">{DEPTH}"), |r| r.to_string());
        let top = hits.first().map_or(String::from("(no hit)"), |slug| (*slug).to_owned());
        let fuzzy = if results.fuzzy { " (typo pass)" } else { "" };
        println!(
            "{:>5} {:>5} {:>6.3}  {:<48} {top}{fuzzy}",
            rank(first),
            rank(best),
            score,
            format!("{:?}", judgement.q)
        );
    }
    let n = judged.query.len() as f64;
    println!("\n== search quality: {} queries over {articles} articles ==", judged.query.len());
    println!("{:<40} {:>8.3}", format!("mean nDCG@{CUTOFF}"), ndcg_sum / n);
    println!("{:<40} {:>8.3}", format!("MRR@{CUTOFF}"), rr_sum / n);
    println!(
        "{:<40} {:>8}",
        format!("queries with a relevant hit in the top {CUTOFF}"),
        format!("{found}/{}", judged.query.len())
    );
    let mean_first = first_ranks.iter().sum::<usize>() as f64 / first_ranks.len().max(1) as f64;
    println!(
        "{:<40} {:>8.2}   ({} of {} queries have one in the top {DEPTH})",
        "mean rank of the first relevant hit",
        mean_first,
        first_ranks.len(),
        judged.query.len()
    );
}
