//! Bulk import of use cases: the 750 real entries of the public digital-public-goods registry
//! (`server/tests/fixtures/dpg-registry.jsonl`), then a generated file of 100,000 cases, each
//! into a fresh SQLite database (and PostgreSQL when `HUB_TEST_POSTGRES_URL` names a server),
//! timing reading and checking, writing, and indexing.
//!
//! The 100k file is deterministic: case `i` starts from registry entry `i mod 750` (its name,
//! description, SDG evidence, organisations, links and licence) and gets, from a fixed-seed
//! generator, one to three countries, a competency domain, one or two WSIS action lines,
//! SDGs, a level of government, themes, a stage, an evidence level, a cost band, dates,
//! and 80 to 400 words in each of the solution, results, lessons and transfer sections (words
//! drawn from the registry's own descriptions); one case in ten adapts an earlier one.
//!
//! Run: `cargo bench -p server --bench cases_import`.

#![expect(clippy::expect_used, reason = "a benchmark that cannot set up has nothing to report")]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use app::cases::CaseRecord;
use app::cases::ssr::{import_rows, read_file};
use app::search::index::SearchIndex;

const GENERATED: usize = 100_000;

/// A small fixed-seed generator (64-bit LCG), so every run writes the same file.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn registry() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dpg-registry.jsonl")
}

fn generate(path: &Path) {
    let rows = read_file(&registry()).expect("registry");
    let base: Vec<CaseRecord> = rows.into_iter().filter_map(|row| row.record.ok()).collect();
    let words: Vec<String> = base
        .iter()
        .flat_map(|record| record.summary.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    let countries: Vec<String> = app::taxonomy::countries().iter().map(|c| c.code.clone()).collect();
    let themes = [
        "health",
        "education",
        "data-governance",
        "service-design",
        "artificial-intelligence",
        "cybersecurity",
    ];
    let domains = ["digital-planning-design", "data-use-governance", "digital-management-execution"];
    let levels = ["international", "national", "regional", "local"];
    let stages = ["concept", "pilot", "implementation", "scaled", "institutionalised", "discontinued"];
    let evidence = ["anecdotal", "monitored", "evaluated", "independently-evaluated"];
    let costs = ["under-10k", "10k-100k", "100k-1m", "over-1m"];
    let mut rng = Rng(2026);
    let text = |rng: &mut Rng| -> String {
        let length = 80 + rng.below(320);
        (0..length).map(|_| words[rng.below(words.len())].as_str()).collect::<Vec<_>>().join(" ")
    };
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    for i in 0..GENERATED {
        let mut record = base[i % base.len()].clone();
        record.slug = format!("{}-{i}", record.slug);
        record.title = format!("{} #{i}", record.title);
        record.country =
            (0..1 + rng.below(3)).map(|_| countries[rng.below(countries.len())].clone()).collect();
        record.domain = vec![domains[rng.below(3)].to_owned()];
        record.wsis = (0..1 + rng.below(2)).map(|_| format!("C{}", 1 + rng.below(11))).collect();
        record.sdg.push((1 + rng.below(17)).to_string());
        record.level = vec![levels[rng.below(4)].to_owned()];
        record.theme.push(themes[rng.below(themes.len())].to_owned());
        record.stage = stages[rng.below(stages.len())].to_owned();
        record.evidence = evidence[rng.below(evidence.len())].to_owned();
        record.cost_band = costs[rng.below(costs.len())].to_owned();
        record.started_on = format!("{}-{:02}-01", 2015 + rng.below(11), 1 + rng.below(12));
        record.published_on =
            format!("{}-{:02}-{:02}", 2020 + rng.below(7), 1 + rng.below(12), 1 + rng.below(28));
        record.solution = text(&mut rng);
        record.results = format!("{} {}% fewer days.", text(&mut rng), rng.below(90));
        record.lessons = text(&mut rng);
        record.transfer = text(&mut rng);
        if i >= 10 && rng.below(10) == 0 {
            let earlier = i - 1 - rng.below(i.min(5_000));
            record.adapted_from = format!("{}-{earlier}", base[earlier % base.len()].slug);
        }
        serde_json::to_writer(&mut out, &record).expect("write");
        out.write_all(b"\n").expect("write");
    }
    out.flush().expect("flush");
}

async fn run(label: &str, database_url: &str, dir: &Path, file: &Path) {
    let db = app::db::connect_and_migrate(database_url).await.expect("database");
    let search = SearchIndex::open(&dir.join(format!("index-{label}")), app::site::KINDS).expect("index");
    let started = Instant::now();
    let rows = read_file(file).expect("read");
    let count = rows.len();
    let read = started.elapsed();
    let report = import_rows(&db, rows, "bench", false, |_, _| {}).await.expect("import");
    let written = started.elapsed();
    assert!(report.rejected.is_empty(), "{label}: {:?}", report.rejected.first());
    let documents = search.catch_up(&db).await.expect("index");
    let indexed = started.elapsed();
    println!(
        "{label:<24} {count:>7} rows: read {:>6.2} s, checked and written {:>7.2} s ({:>6.0} rows/s), indexed {:>6.2} s ({documents} outbox entries); total {:>7.2} s",
        read.as_secs_f64(),
        (written - read).as_secs_f64(),
        count as f64 / (written - read).as_secs_f64(),
        (indexed - written).as_secs_f64(),
        indexed.as_secs_f64(),
    );
    let again = Instant::now();
    let report =
        import_rows(&db, read_file(file).expect("read"), "bench", false, |_, _| {}).await.expect("again");
    println!(
        "{label:<24} again, unchanged: {} of {count} rows in {:.2} s",
        report.unchanged,
        again.elapsed().as_secs_f64()
    );
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let generated = dir.path().join("cases-100k.jsonl");
    let started = Instant::now();
    generate(&generated);
    let size = std::fs::metadata(&generated).map(|m| m.len()).unwrap_or(0);
    println!(
        "generated {GENERATED} cases ({:.0} MB) in {:.1} s",
        size as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    let sqlite = |name: &str| format!("sqlite://{}", dir.path().join(name).display());
    run("sqlite, registry", &sqlite("registry.db"), dir.path(), &registry()).await;
    run("sqlite, generated", &sqlite("generated.db"), dir.path(), &generated).await;
    if let Ok(url) = std::env::var("HUB_TEST_POSTGRES_URL") {
        use sea_orm::ConnectionTrait as _;
        let admin = sea_orm::Database::connect(&url).await.expect("PostgreSQL");
        for name in ["bench_cases_registry", "bench_cases_generated"] {
            let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}")).await;
            admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.expect("create database");
        }
        let base = url.rsplit_once('/').map_or(url.as_str(), |(base, _)| base);
        run("postgres, registry", &format!("{base}/bench_cases_registry"), dir.path(), &registry()).await;
        run("postgres, generated", &format!("{base}/bench_cases_generated"), dir.path(), &generated).await;
    }
}
