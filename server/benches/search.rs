//! Search throughput: corpus insert, index rebuild, query latency, against SQLite FTS5.
//!
//! Run with `cargo bench -p server --bench search`; `HUB_BENCH_DOCS=5000` for a quick run
//! (default 100,000 documents); `HUB_BENCH_FTS=off` leaves FTS5 out.
//!
//! # The corpus
//!
//! Generated, never downloaded, and identical on every run:
//!
//! - **Vocabulary.** Every word (letters only, lower-cased, 2 to 20 characters) of the
//!   `name`, `description` and `sectors` fields of the real registry corpus
//!   `../shared/corpora/dpg-registry.jsonl` (relative to the workspace root), ranked by how
//!   often it occurs there (ties alphabetically), plus [`DOMAIN_TERMS`] (digital government
//!   and competency vocabulary, some of them two or three words emitted together): domain term
//!   `k` has `c30 · 6 / (k + 6)` added to its registry count, where `c30` is the count of the
//!   registry's 30th most frequent word, so the domain vocabulary lands among the frequent
//!   content words. Words are drawn by rank with Zipf weights `1 / rank^1.05`.
//! - **Languages.** 70% `en`, 15% `fr`, 8% `es`, 4% `ru`, 2% `pt` and 1% `sw` (the last two
//!   take the index's "other" analyzer). English text draws only from the shared vocabulary;
//!   the other languages draw 60% of their words (Zipf by list position) from a short word
//!   list of their own ([`LOCAL_WORDS`]: function words and the domain vocabulary in that
//!   language) and 40% from the shared vocabulary (names and technical terms stay as they are).
//! - **Shape.** Title 4–12 words; summary 1–2 sentences of 12–28 words; body
//!   `150 + 750 · u^1.6` words (`u` uniform in [0, 1): 150–900, median ≈ 400) in sentences of
//!   8–24 words and paragraphs of 3–6 sentences; `body_html` is the same paragraphs in `<p>`.
//! - **Dates.** Uniform over the days from 2019-01-01 to 2026-12-31.
//! - **Randomness.** SplitMix64; document `i` uses its own generator seeded from
//!   [`CORPUS_SEED`] and `i`, so the first N documents are the same whatever the corpus size.
//!
//! # The queries
//!
//! 300 queries from their own seed ([`QUERY_SEED`]): 110 one-word, 100 two-word, 50
//! three-word (word ranks drawn log-uniformly between 20 and the vocabulary size, so
//! frequent and rare words both appear; every tenth one-word query is in French, Spanish or
//! Russian), 20 quoted phrases of 2–3 consecutive words cut from generated bodies, and 20
//! misspelt queries (one or two words, one of them with a dropped, swapped or replaced
//! letter). Each engine answers every query once to warm up, then once measured.
//!
//! # The comparison
//!
//! The hub: `SearchIndex::search` with limit 10 (ranking, facet counts, total, snippets, and
//! the fallback passes when every word together finds nothing). FTS5: the same
//! rows in an FTS5 table (`title`, `summary`, `body`; `porter unicode61 remove_diacritics 2`),
//! queried through the same sea-orm connection pool: every word required (as the hub's first
//! pass does) or the phrase, ranked by `bm25()` with the title weighted 3, `snippet()`, `LIMIT 10`,
//! plus a `COUNT(*)` for the total. FTS5 has no typo tolerance and no facets.
//!
//! Besides the full `rebuild`, the same paged database reads are timed again without
//! indexing, to show how much of the rebuild is spent reading rows.
//!
//! # The server
//!
//! When `target/release/hub` is built (`cargo build --release -p server`), the bench then
//! starts it on the same database and index, sends every query twice to `/api/search` over
//! HTTP (one connection each, one at a time), and reports the server's own memory after
//! that: `VmRSS`, split into anonymous memory and file-backed pages (the index is
//! memory-mapped, and the pages queries touched count as resident until the kernel needs
//! them), with the end-to-end latency of the second pass; then the same for the `/search`
//! page, and both again from 16 connections at once (every request as a browser sends it,
//! with `Accept-Encoding`).

#![expect(clippy::expect_used, reason = "a benchmark stops at the first failure and says where")]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use app::db::entities::article;
use app::search::document::Viewer;
use app::search::index::SearchIndex;
use app::search::params::SearchParams;
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, Statement,
    TransactionTrait,
};
use time::{Date, Month};

/// Seed of the corpus generator.
const CORPUS_SEED: u64 = 0x00C0_A117_1011_2026;
/// Seed of the query generator.
const QUERY_SEED: u64 = 0x0051_EA8C_4E55_0001;
/// Documents when `HUB_BENCH_DOCS` does not say.
const DEFAULT_DOCS: usize = 100_000;
/// Rows per `INSERT`.
const INSERT_CHUNK: usize = 500;
/// Hits asked for per query.
const LIMIT: usize = 10;
/// Zipf exponent of word frequencies.
const ZIPF_EXPONENT: f64 = 1.05;
/// Share of a non-English document's words taken from its language's own list.
const LOCAL_SHARE: f64 = 0.6;

/// Digital-government and competency vocabulary mixed into the registry's words.
const DOMAIN_TERMS: &[&str] = &[
    "digital",
    "government",
    "civil servants",
    "competency",
    "data governance",
    "procurement",
    "cybersecurity",
    "AI",
    "artificial intelligence",
    "digital transformation",
    "public servants",
    "capacity building",
    "competencies",
    "public administration",
    "interoperability",
    "digital skills",
    "training",
    "ministry",
    "policy",
    "e-government",
    "digital public infrastructure",
    "digital public goods",
    "data protection",
    "privacy",
    "digital identity",
    "service design",
    "user research",
    "agile",
    "cloud",
    "data literacy",
    "learning paths",
    "competency framework",
    "regulation",
    "leadership",
    "change management",
    "e-procurement",
    "open data",
    "data sharing",
    "algorithm",
    "machine learning",
    "ethics",
    "accountability",
    "transparency",
    "inclusion",
    "broadband",
    "connectivity",
    "digital literacy",
    "civil service",
    "workforce",
    "upskilling",
    "reskilling",
    "curriculum",
    "micro-credentials",
    "assessment",
    "maturity model",
    "strategy",
    "budget",
    "governance",
    "risk management",
    "resilience",
    "vendor lock-in",
    "WSIS action lines",
    "SDG",
    "school of public administration",
];

/// Per language: its code, its share of the corpus (percent) and its own words, most
/// frequent first (`None`: the shared vocabulary only).
const LOCAL_WORDS: &[(&str, u32, Option<&str>)] = &[
    ("en", 70, None),
    (
        "fr",
        15,
        Some(
            "de la le les des et à en du pour un une dans sur par au est que qui avec plus \
             numérique administration publique données compétences agents fonctionnaires \
             gouvernement formation services santé éducation plateforme ouverte gestion \
             transformation intelligence artificielle marchés publics cybersécurité gouvernance \
             ministère collectivités territoriales citoyens outils logiciel libre sécurité accès \
             information système développement renforcement capacités programme projet pays \
             réseau évaluation coopération innovation politique stratégie ressources humaines \
             apprentissage emploi démarches parcours",
        ),
    ),
    (
        "es",
        8,
        Some(
            "de la el los las y en a del para un una por con que se es más digital gobierno \
             administración pública datos competencias funcionarios servidores públicos \
             formación servicios salud educación plataforma abierta gestión transformación \
             inteligencia artificial contratación ciberseguridad gobernanza ministerio \
             ciudadanos herramientas software libre seguridad acceso información sistema \
             desarrollo fortalecimiento capacidades programa proyecto país red evaluación \
             cooperación innovación política estrategia recursos aprendizaje empleo",
        ),
    ),
    (
        "ru",
        4,
        Some(
            "и в на с по для не что как из о от это цифровой цифровые государственные \
             государство данные компетенции служащие госслужащие обучение услуги \
             здравоохранение образование платформа открытые управление трансформация \
             искусственный интеллект закупки кибербезопасность министерство граждане \
             инструменты программное обеспечение безопасность доступ информация система \
             развитие потенциал программа проект страна сеть оценка сотрудничество инновации \
             политика стратегия ресурсы навыки",
        ),
    ),
    (
        "pt",
        2,
        Some(
            "de a o os as e em do da para um uma por com que se é mais digital governo \
             administração pública dados competências servidores formação serviços saúde \
             educação plataforma aberta gestão transformação inteligência artificial compras \
             cibersegurança governança ministério cidadãos ferramentas sistema desenvolvimento \
             capacidades programa projeto país",
        ),
    ),
    (
        "sw",
        1,
        Some(
            "na ya wa kwa katika za la serikali kidijitali data huduma afya elimu mafunzo \
             watumishi umma mfumo usalama teknolojia maendeleo uwezo mradi nchi ujuzi sera",
        ),
    ),
];

// ---------------------------------------------------------------------------------------------
// Randomness

/// SplitMix64: small, fast and good enough for test data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1_u64 << 53) as f64
    }

    /// Uniform in `low..=high`.
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + (self.next_u64() % (high - low + 1) as u64) as usize
    }
}

/// Ranks drawn with weight `1 / rank^s`.
struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(n: usize) -> Zipf {
        let mut total = 0.0;
        let cumulative = (1..=n)
            .map(|rank| {
                total += 1.0 / (rank as f64).powf(ZIPF_EXPONENT);
                total
            })
            .collect();
        Zipf { cumulative }
    }

    fn sample(&self, rng: &mut Rng) -> usize {
        let total = self.cumulative.last().copied().unwrap_or_default();
        let x = rng.unit() * total;
        self.cumulative.partition_point(|&c| c <= x).min(self.cumulative.len() - 1)
    }
}

// ---------------------------------------------------------------------------------------------
// The corpus

/// A word list with its frequency distribution.
struct Words {
    words: Vec<String>,
    zipf: Zipf,
}

impl Words {
    fn new(words: Vec<String>) -> Words {
        let zipf = Zipf::new(words.len());
        Words { words, zipf }
    }

    fn draw(&self, rng: &mut Rng) -> &str {
        &self.words[self.zipf.sample(rng)]
    }
}

/// Everything the generator needs.
struct Corpus {
    shared: Words,
    /// Per language, in [`LOCAL_WORDS`] order.
    local: Vec<Option<Words>>,
    /// Words of the registry in the shared vocabulary.
    registry_words: usize,
}

/// One generated article, before it becomes a row.
struct Doc {
    lang: &'static str,
    title: String,
    summary: String,
    paragraphs: Vec<String>,
    words: usize,
    date: Date,
}

fn registry_path() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the server crate is in the workspace");
    root.join("../shared/corpora/dpg-registry.jsonl")
}

fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| (2..=20).contains(&word.chars().count()))
        .map(str::to_lowercase)
}

impl Corpus {
    fn load() -> Corpus {
        let path = registry_path();
        let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        let mut counts: HashMap<String, u64> = HashMap::new();
        for line in text.lines().filter(|line| !line.trim().is_empty()) {
            let entry: serde_json::Value = serde_json::from_str(line).expect("a JSON object per line");
            let mut fields = vec![
                entry["name"].as_str().unwrap_or_default(),
                entry["description"].as_str().unwrap_or_default(),
            ];
            if let Some(sectors) = entry["sectors"].as_array() {
                fields.extend(sectors.iter().filter_map(|sector| sector.as_str()));
            }
            for field in fields {
                for word in words_of(field) {
                    *counts.entry(word).or_default() += 1;
                }
            }
        }
        let registry_words = counts.len();
        let mut ranked: Vec<(String, u64)> = counts.clone().into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let c30 = ranked.get(29).map_or(1, |(_, count)| *count);
        for (k, term) in DOMAIN_TERMS.iter().enumerate() {
            *counts.entry((*term).to_owned()).or_default() += c30 * 6 / (k as u64 + 6);
        }
        let mut ranked: Vec<(String, u64)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let shared = Words::new(ranked.into_iter().map(|(word, _)| word).collect());
        let local = LOCAL_WORDS
            .iter()
            .map(|(_, _, words)| {
                words.map(|list| Words::new(list.split_whitespace().map(str::to_owned).collect()))
            })
            .collect();
        Corpus { shared, local, registry_words }
    }

    fn word<'a>(&'a self, rng: &mut Rng, lang: usize) -> &'a str {
        match &self.local[lang] {
            Some(local) if rng.unit() < LOCAL_SHARE => local.draw(rng),
            _ => self.shared.draw(rng),
        }
    }

    fn words(&self, rng: &mut Rng, lang: usize, count: usize) -> Vec<&str> {
        (0..count).map(|_| self.word(rng, lang)).collect()
    }

    fn sentence(&self, rng: &mut Rng, lang: usize, count: usize) -> String {
        capitalised(&format!("{}.", self.words(rng, lang, count).join(" ")))
    }

    /// Document `i`: the same whatever else is generated.
    fn doc(&self, i: usize) -> Doc {
        let mut rng = Rng::new(CORPUS_SEED ^ (i as u64).wrapping_mul(0xD1B5_4A32_D192_ED03));
        let pick = rng.between(0, 99) as u32;
        let mut lang = 0;
        let mut below = 0;
        for (slot, (_, share, _)) in LOCAL_WORDS.iter().enumerate() {
            below += share;
            if pick < below {
                lang = slot;
                break;
            }
        }
        let title_words = rng.between(4, 12);
        let title = capitalised(&self.words(&mut rng, lang, title_words).join(" "));
        let summary = (0..rng.between(1, 2))
            .map(|_| {
                let count = rng.between(12, 28);
                self.sentence(&mut rng, lang, count)
            })
            .collect::<Vec<_>>()
            .join(" ");
        let target = 150 + (750.0 * rng.unit().powf(1.6)) as usize;
        let mut words = 0;
        let mut paragraphs = Vec::new();
        while words < target {
            let mut sentences = Vec::new();
            for _ in 0..rng.between(3, 6) {
                let count = rng.between(8, 24).min(target.saturating_sub(words).max(4));
                words += count;
                sentences.push(self.sentence(&mut rng, lang, count));
                if words >= target {
                    break;
                }
            }
            paragraphs.push(sentences.join(" "));
        }
        let first = Date::from_calendar_date(2019, Month::January, 1).expect("date");
        let last = Date::from_calendar_date(2026, Month::December, 31).expect("date");
        let days = (last - first).whole_days() as usize;
        let date = first + time::Duration::days(rng.between(0, days) as i64);
        Doc { lang: LOCAL_WORDS[lang].0, title, summary, paragraphs, words, date }
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn row(i: usize, doc: Doc) -> article::ActiveModel {
    let body_text = doc.paragraphs.join("\n\n");
    let body_html = doc.paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect::<Vec<_>>().join("\n");
    let at = doc.date.midnight().assume_utc();
    article::ActiveModel {
        slug: Set(format!("bench-{i:06}")),
        lang: Set(doc.lang.to_owned()),
        title: Set(doc.title),
        summary: Set(doc.summary),
        authors: Set(serde_json::json!([format!("Author {}", i % 97)])),
        body_html: Set(body_html),
        body_text: Set(body_text),
        toc: Set(serde_json::json!([])),
        reading_minutes: Set(i32::try_from(doc.words / 200).unwrap_or(i32::MAX).max(1)),
        published_on: Set(doc.date),
        current_revision_id: Set(None),
        source_hash: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
}

/// Statistics of the generated corpus, gathered while inserting it.
#[derive(Default)]
struct CorpusStats {
    body_words: Vec<usize>,
    per_lang: HashMap<&'static str, usize>,
    /// Phrases cut from generated bodies, for the phrase queries.
    phrases: Vec<String>,
}

async fn insert_corpus(db: &DatabaseConnection, corpus: &Corpus, n: usize) -> CorpusStats {
    let mut stats = CorpusStats::default();
    let phrase_every = (n / 20).max(1);
    let mut want_phrase = false;
    let txn = db.begin().await.expect("begin");
    let mut start = 0;
    while start < n {
        let end = (start + INSERT_CHUNK).min(n);
        let rows: Vec<article::ActiveModel> = (start..end)
            .map(|i| {
                let doc = corpus.doc(i);
                stats.body_words.push(doc.words);
                *stats.per_lang.entry(doc.lang).or_default() += 1;
                want_phrase |= i % phrase_every == 0;
                if want_phrase && doc.lang == "en" {
                    stats.phrases.push(phrase_from(&doc, i));
                    want_phrase = false;
                }
                row(i, doc)
            })
            .collect();
        article::Entity::insert_many(rows).exec(&txn).await.expect("insert articles");
        start = end;
    }
    txn.commit().await.expect("commit");
    stats
}

/// Two or three consecutive words (letters only) from the middle of a document's first
/// paragraph.
fn phrase_from(doc: &Doc, i: usize) -> String {
    let words: Vec<String> =
        doc.paragraphs[0].split_whitespace().map(|w| w.trim_end_matches('.').to_lowercase()).collect();
    let len = 2 + i % 2;
    let plain = |from: &usize| words[*from..*from + len].iter().all(|w| w.chars().all(char::is_alphabetic));
    let starts = 0..words.len().saturating_sub(len - 1);
    let from =
        starts.clone().skip(words.len() / 2).find(plain).or_else(|| starts.clone().find(plain)).unwrap_or(0);
    words[from..(from + len).min(words.len())].join(" ")
}

// ---------------------------------------------------------------------------------------------
// The queries

fn queries(corpus: &Corpus, phrases: &[String]) -> Vec<String> {
    let mut rng = Rng::new(QUERY_SEED);
    let size = corpus.shared.words.len();
    // Single words only: a domain term of several words would make a phrase of its own.
    let content_word = |rng: &mut Rng| -> String {
        loop {
            let rank = (20.0 * (size as f64 / 20.0).powf(rng.unit())) as usize;
            let word = &corpus.shared.words[rank.min(size - 1)];
            if !word.contains(' ') {
                return word.clone();
            }
        }
    };
    let mut out = Vec::new();
    for i in 0..110 {
        if i % 10 == 9 {
            let slot = 1 + i / 10 % 3;
            let local = corpus.local[slot].as_ref().expect("fr, es and ru have words");
            // Skip the function words at the top of each list.
            out.push(local.words[rng.between(15, local.words.len() - 1)].clone());
        } else {
            out.push(content_word(&mut rng));
        }
    }
    for words in [2, 3] {
        for _ in 0..(if words == 2 { 100 } else { 50 }) {
            out.push((0..words).map(|_| content_word(&mut rng)).collect::<Vec<_>>().join(" "));
        }
    }
    out.extend(phrases.iter().take(20).map(|phrase| format!("\"{phrase}\"")));
    for i in 0..20 {
        let word = loop {
            let word = content_word(&mut rng);
            if word.chars().count() >= 6 {
                break word;
            }
        };
        let typo = misspelt(&word, &mut rng);
        out.push(if i % 2 == 0 { typo } else { format!("{} {typo}", content_word(&mut rng)) });
    }
    out
}

fn misspelt(word: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let at = rng.between(1, chars.len() - 2);
    match rng.between(0, 2) {
        0 => {
            chars.remove(at);
        }
        1 => chars.swap(at, at + 1),
        _ => chars[at] = if chars[at] == 'e' { 'a' } else { 'e' },
    }
    chars.into_iter().collect()
}

// ---------------------------------------------------------------------------------------------
// Measuring

struct Latencies(Vec<Duration>);

impl Latencies {
    fn percentile(&self, p: f64) -> Duration {
        let mut sorted = self.0.clone();
        sorted.sort();
        let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
        sorted[rank.clamp(1, sorted.len()) - 1]
    }

    fn mean(&self) -> Duration {
        self.0.iter().sum::<Duration>() / u32::try_from(self.0.len()).unwrap_or(1).max(1)
    }

    fn total(&self) -> Duration {
        self.0.iter().sum()
    }
}

fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

fn secs(duration: Duration) -> String {
    format!("{:.2} s", duration.as_secs_f64())
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// `VmRSS` and `VmHWM` of this process, in bytes.
fn memory() -> (u64, u64) {
    (status_bytes("VmRSS:"), status_bytes("VmHWM:"))
}

/// A size field of `/proc/self/status`, in bytes.
fn status_bytes(name: &str) -> u64 {
    status_field(&std::fs::read_to_string("/proc/self/status").unwrap_or_default(), name)
}

/// A size field (`VmRSS:`…) of a process's `status` text, in bytes.
fn status_field(status: &str, name: &str) -> u64 {
    status
        .lines()
        .find_map(|line| line.strip_prefix(name))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// CPU time this process has used, every thread together (`utime + stime` of
/// `/proc/self/stat`, in clock ticks of 10 ms).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

/// The documents of each segment in the index's last commit, largest first.
fn segments(dir: &Path) -> Vec<u64> {
    let meta: serde_json::Value = std::fs::read_to_string(dir.join("meta.json"))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let mut sizes: Vec<u64> = meta["segments"]
        .as_array()
        .map(|segments| segments.iter().filter_map(|segment| segment["max_doc"].as_u64()).collect())
        .unwrap_or_default();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    sizes
}

/// The query classes, in the order [`queries`] makes them: (name, first, end).
const CLASSES: [(&str, usize, usize); 5] = [
    ("one word", 0, 110),
    ("two words", 110, 210),
    ("three words", 210, 260),
    ("quoted phrase", 260, 280),
    ("misspelt", 280, 300),
];

fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| {
                    let path = entry.path();
                    if path.is_dir() { dir_size(&path) } else { entry.metadata().map_or(0, |m| m.len()) }
                })
                .sum()
        })
        .unwrap_or(0)
}

/// Size of the database file after a checkpoint folded the WAL into it.
async fn db_size(db: &DatabaseConnection, path: &Path) -> u64 {
    db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)").await.expect("checkpoint");
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// One pass of the hub's search over `queries`: latencies, totals and how many went fuzzy.
fn hub_pass(index: &SearchIndex, queries: &[SearchParams]) -> (Latencies, Vec<u64>, usize) {
    let viewer = Viewer::public();
    let mut latencies = Vec::with_capacity(queries.len());
    let mut totals = Vec::with_capacity(queries.len());
    let mut fuzzy = 0;
    for params in queries {
        let start = Instant::now();
        let results = index.search(params, &viewer, LIMIT).expect("search");
        latencies.push(start.elapsed());
        totals.push(results.total);
        fuzzy += usize::from(results.fuzzy);
        std::hint::black_box(results);
    }
    (Latencies(latencies), totals, fuzzy)
}

/// The FTS5 expression for a query: the phrase, or every word required (as the hub's first
/// pass requires them).
fn fts_expression(query: &str) -> String {
    let words: Vec<&str> = query.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if query.starts_with('"') {
        format!("\"{}\"", words.join(" "))
    } else {
        words.iter().map(|word| format!("\"{word}\"")).collect::<Vec<_>>().join(" AND ")
    }
}

const FTS_TOP: &str = "SELECT rowid, title, snippet(articles_fts, -1, '[', ']', '…', 24) AS snippet \
     FROM articles_fts WHERE articles_fts MATCH $1 ORDER BY bm25(articles_fts, 3.0, 1.0, 1.0) LIMIT 10";
const FTS_COUNT: &str = "SELECT COUNT(*) AS total FROM articles_fts WHERE articles_fts MATCH $1";

/// One pass of FTS5 over `expressions`: latencies and totals.
async fn fts_pass(db: &DatabaseConnection, expressions: &[String]) -> (Latencies, Vec<u64>) {
    let mut latencies = Vec::with_capacity(expressions.len());
    let mut totals = Vec::with_capacity(expressions.len());
    for expression in expressions {
        let start = Instant::now();
        let top = db
            .query_all_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                FTS_TOP,
                [expression.clone().into()],
            ))
            .await
            .expect("FTS5 query");
        let count = db
            .query_one_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                FTS_COUNT,
                [expression.clone().into()],
            ))
            .await
            .expect("FTS5 count")
            .map_or(0, |row| row.try_get::<i64>("", "total").expect("count"));
        latencies.push(start.elapsed());
        for row in &top {
            std::hint::black_box(row.try_get::<String>("", "snippet").expect("snippet"));
        }
        totals.push(u64::try_from(count).unwrap_or_default());
    }
    (Latencies(latencies), totals)
}

// ---------------------------------------------------------------------------------------------

fn main() {
    let docs =
        std::env::var("HUB_BENCH_DOCS").ok().and_then(|v| v.parse::<usize>().ok()).unwrap_or(DEFAULT_DOCS);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    runtime.block_on(run(docs.max(20)));
}

async fn run(n: usize) {
    let workdir = tempfile::tempdir().expect("temporary folder");
    let db_path = workdir.path().join("bench.db");
    let index_dir = workdir.path().join("index");
    let url = format!("sqlite://{}?mode=rwc", db_path.display());
    let db = app::db::connect_and_migrate(&url).await.expect("database");

    let start = Instant::now();
    let corpus = Corpus::load();
    let vocabulary_time = start.elapsed();
    println!(
        "vocabulary: {} words ({} from the registry, {} domain terms), loaded in {}",
        corpus.shared.words.len(),
        corpus.registry_words,
        DOMAIN_TERMS.len(),
        ms(vocabulary_time)
    );

    // (a) corpus insert
    println!("generating and inserting {n} articles…");
    let start = Instant::now();
    let stats = insert_corpus(&db, &corpus, n).await;
    let insert_time = start.elapsed();
    let mut body = stats.body_words.clone();
    body.sort_unstable();
    let mut langs: Vec<_> = stats.per_lang.iter().map(|(lang, count)| (*lang, *count)).collect();
    langs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    println!(
        "  inserted in {} ({:.0} rows/s); body words min {} / median {} / max {}; languages {}",
        secs(insert_time),
        n as f64 / insert_time.as_secs_f64(),
        body.first().copied().unwrap_or_default(),
        body[body.len() / 2],
        body.last().copied().unwrap_or_default(),
        langs.iter().map(|(lang, count)| format!("{lang} {count}")).collect::<Vec<_>>().join(", ")
    );
    let db_articles = db_size(&db, &db_path).await;

    // (b) rebuild
    let index = SearchIndex::open(&index_dir, app::site::KINDS).expect("open index");
    println!("rebuilding the index…");
    let start = Instant::now();
    let indexed = index.rebuild(&db, |_, _| {}).await.expect("rebuild");
    let rebuild_time = start.elapsed();
    let index_bytes = dir_size(&index_dir);
    println!(
        "  {indexed} documents in {} ({:.0} docs/s), index {} on disk",
        secs(rebuild_time),
        indexed as f64 / rebuild_time.as_secs_f64(),
        mib(index_bytes)
    );
    let (rss_built, _) = memory();
    // How much of the rebuild is reading the rows: the same paged reads, without indexing.
    let start = Instant::now();
    let mut after = i64::MIN;
    loop {
        let docs = (app::blog::ssr::KIND.load_page)(&db, after).await.expect("read a page");
        if (docs.len() as u64) < app::kinds::PAGE {
            break;
        }
        after = docs.last().map_or(after, |doc| doc.id);
    }
    let read_time = start.elapsed();
    println!("  reading the same pages again, without indexing: {}", secs(read_time));

    // (c) hub query latency
    let texts = queries(&corpus, &stats.phrases);
    let params: Vec<SearchParams> = texts
        .iter()
        .map(|q| {
            SearchParams::from_query_string(
                &form_urlencoded::Serializer::new(String::new()).append_pair("q", q).finish(),
            )
        })
        .collect();
    println!(
        "{} queries, e.g. {:?}",
        texts.len(),
        [&texts[0], &texts[115], &texts[215], &texts[262], &texts[281]]
    );
    let (warm_hub, _, _) = hub_pass(&index, &params);
    let cpu_before = cpu_time();
    let (hub, hub_totals, fuzzy) = hub_pass(&index, &params);
    let hub_cpu = cpu_time().saturating_sub(cpu_before);
    let zero_hub = hub_totals.iter().filter(|total| **total == 0).count();
    let (rss_queried, hwm) = memory();
    let (anon, file) = (status_bytes("RssAnon:"), status_bytes("RssFile:"));
    let segments = segments(&index_dir);
    // The server opens the index for writing: this process lets go of it first.
    drop(index);
    let server = serve_and_query(workdir.path(), &db_path, &texts, indexed);

    // (d) FTS5
    let fts = if std::env::var("HUB_BENCH_FTS").is_ok_and(|v| v == "off") {
        Err(sea_orm::DbErr::Custom("left out (HUB_BENCH_FTS=off)".to_owned()))
    } else {
        db.execute_unprepared(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, summary, body, \
             tokenize = 'porter unicode61 remove_diacritics 2')",
        )
        .await
    };
    let fts_results = match fts {
        Err(err) => {
            println!("FTS5: {err}");
            None
        }
        Ok(_) => {
            println!("building the FTS5 table…");
            let start = Instant::now();
            db.execute_unprepared(
                "INSERT INTO articles_fts(rowid, title, summary, body) \
                 SELECT id, title, summary, body_text FROM articles",
            )
            .await
            .expect("fill FTS5");
            db.execute_unprepared("INSERT INTO articles_fts(articles_fts) VALUES('optimize')")
                .await
                .expect("optimize FTS5");
            let build = start.elapsed();
            let fts_bytes = db_size(&db, &db_path).await.saturating_sub(db_articles);
            println!("  built in {} (with optimize), {} in the database", secs(build), mib(fts_bytes));
            let expressions: Vec<String> = texts.iter().map(|q| fts_expression(q)).collect();
            let (warm_fts, _) = fts_pass(&db, &expressions).await;
            let (fts, fts_totals) = fts_pass(&db, &expressions).await;
            Some((build, fts_bytes, warm_fts, fts, fts_totals))
        }
    };

    // Sample answers, to see that both engines find the same kind of thing.
    println!("\nsample totals (hub / FTS5):");
    for i in [0, 1, 115, 215, 262, 263, 281, 282] {
        let fts_total =
            fts_results.as_ref().map_or(String::from("-"), |(_, _, _, _, totals)| totals[i].to_string());
        println!("  {:<40} {:>7} / {:>7}", format!("{:?}", texts[i]), hub_totals[i], fts_total);
    }

    // The table.
    println!("\n== search benchmark: {n} articles, {} queries, limit {LIMIT} ==", texts.len());
    println!("{:<44} {:>14}", "corpus insert (generate + insert_many)", secs(insert_time));
    println!("{:<44} {:>14}", "database, articles only", mib(db_articles));
    println!("{:<44} {:>14}   (goal <= 20 s)", "hub index rebuild", secs(rebuild_time));
    println!("{:<44} {:>14}", "  the database reads alone (second pass)", secs(read_time));
    println!("{:<44} {:>14}", "hub index on disk", mib(index_bytes));
    println!("{:<44} {:>14}", "RSS after rebuild (VmRSS)", mib(rss_built));
    println!("{:<44} {:>14}", "RSS after queries (VmRSS)", mib(rss_queried));
    println!(
        "{:<44} {:>14}",
        "  of which anonymous / file-backed (index)",
        format!("{} / {}", mib(anon), mib(file))
    );
    println!("{:<44} {:>14}", "peak RSS so far (VmHWM)", mib(hwm));
    println!(
        "{:<44} {:>14}   ({})",
        "index segments",
        segments.len(),
        segments.iter().map(u64::to_string).collect::<Vec<_>>().join(", ")
    );
    println!("{:<44} {:>14}", "hub warm-up pass (all queries)", format!("{} total", ms(warm_hub.total())));
    println!("{:<44} {:>9} {:>9} {:>9} {:>9}", "query latency", "p50", "p95", "p99", "mean");
    println!(
        "{:<44} {:>9} {:>9} {:>9} {:>9}",
        "  hub SearchIndex::search",
        ms(hub.percentile(50.0)),
        ms(hub.percentile(95.0)),
        ms(hub.percentile(99.0)),
        ms(hub.mean())
    );
    println!(
        "{:<44} {:>14}",
        "  CPU time per query, all threads (mean)",
        ms(hub_cpu / u32::try_from(hub.0.len()).unwrap_or(1).max(1))
    );
    for (class, from, to) in CLASSES {
        let part = Latencies(hub.0[from..to.min(hub.0.len())].to_vec());
        if part.0.is_empty() {
            continue;
        }
        println!(
            "{:<44} {:>9} {:>9} {:>9} {:>9}",
            format!("    {class} ({})", part.0.len()),
            ms(part.percentile(50.0)),
            ms(part.percentile(95.0)),
            ms(part.percentile(99.0)),
            ms(part.mean())
        );
    }
    match &server {
        Ok(server) => {
            println!(
                "{:<44} {:>9} {:>9} {:>9} {:>9}",
                "  the release hub, over HTTP (/api/search)",
                ms(server.latencies.percentile(50.0)),
                ms(server.latencies.percentile(95.0)),
                ms(server.latencies.percentile(99.0)),
                ms(server.latencies.mean())
            );
            let line = |label: &str, latencies: &Latencies| {
                println!(
                    "{:<44} {:>9} {:>9} {:>9} {:>9}",
                    label,
                    ms(latencies.percentile(50.0)),
                    ms(latencies.percentile(95.0)),
                    ms(latencies.percentile(99.0)),
                    ms(latencies.mean())
                );
            };
            line("  the release hub, over HTTP (/search page)", &server.page);
            let (api, api_rate) = &server.api_concurrent;
            let (page, page_rate) = &server.page_concurrent;
            line(&format!("  /api/search, {CONCURRENCY} at once ({api_rate:.0}/s)"), api);
            line(&format!("  /search page, {CONCURRENCY} at once ({page_rate:.0}/s)"), page);
            println!(
                "{:<44} {:>14}   (goal <= 3x)",
                "  cost of the page / the API, 16 at once",
                format!("{:.2}x", api_rate / page_rate)
            );
        }
        Err(err) => println!("  the release hub: {err:#}"),
    }
    if let Some((build, fts_bytes, warm_fts, fts, fts_totals)) = &fts_results {
        println!(
            "{:<44} {:>9} {:>9} {:>9} {:>9}",
            "  FTS5 bm25 + snippet + COUNT(*)",
            ms(fts.percentile(50.0)),
            ms(fts.percentile(95.0)),
            ms(fts.percentile(99.0)),
            ms(fts.mean())
        );
        let ratio = |p: f64| hub.percentile(p).as_secs_f64() / fts.percentile(p).as_secs_f64();
        println!(
            "{:<44} {:>9} {:>9} {:>9} {:>9}",
            "  ratio hub / FTS5",
            format!("{:.2}x", ratio(50.0)),
            format!("{:.2}x", ratio(95.0)),
            format!("{:.2}x", ratio(99.0)),
            format!("{:.2}x", hub.mean().as_secs_f64() / fts.mean().as_secs_f64())
        );
        println!("{:<44} {:>14}", "FTS5 build (insert + optimize)", secs(*build));
        println!("{:<44} {:>14}", "FTS5 table in the database", mib(*fts_bytes));
        println!(
            "{:<44} {:>14}",
            "FTS5 warm-up pass (all queries)",
            format!("{} total", ms(warm_fts.total()))
        );
        let zero_fts = fts_totals.iter().filter(|total| **total == 0).count();
        println!("{:<44} {:>14}", "queries with no hit: hub / FTS5", format!("{zero_hub} / {zero_fts}"));
    } else {
        println!("{:<44} {:>14}", "queries with no hit: hub", zero_hub);
    }
    println!("{:<44} {:>14}", "hub queries answered by the typo pass", fuzzy);
    if let Ok(server) = &server {
        println!("{:<44} {:>14}   (goal <= 300 MiB)", "release hub RSS after the queries", mib(server.rss));
        println!(
            "{:<44} {:>14}",
            "  of which anonymous / file-backed (index)",
            format!("{} / {}", mib(server.anon), mib(server.file))
        );
    }
}

/// What the release hub measured.
struct Server {
    latencies: Latencies,
    /// `/search` (the page), one query at a time.
    page: Latencies,
    /// `/api/search` and `/search` from [`CONCURRENCY`] connections at once, with the
    /// requests per second each answered.
    api_concurrent: (Latencies, f64),
    page_concurrent: (Latencies, f64),
    rss: u64,
    anon: u64,
    file: u64,
}

/// Stops the child process when dropped.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the release hub on the bench's database and index (`workdir/index`), asks it every
/// query twice, and reads its memory.
fn serve_and_query(workdir: &Path, db_path: &Path, texts: &[String], docs: u64) -> anyhow::Result<Server> {
    use anyhow::Context as _;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let binary = root.join("target/release/hub");
    anyhow::ensure!(binary.is_file(), "not measured: build target/release/hub first");
    let site = workdir.join("site");
    let content = workdir.join("content");
    std::fs::create_dir_all(&site)?;
    std::fs::create_dir_all(&content)?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let child = std::process::Command::new(&binary)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HUB_DATA_DIR", workdir)
        .env("HUB_DATABASE_URL", format!("sqlite://{}", db_path.display()))
        .env("HUB_CONTENT_DIR", &content)
        .env("LEPTOS_OUTPUT_NAME", "hub")
        .env("LEPTOS_SITE_ROOT", &site)
        .env("LEPTOS_SITE_ADDR", addr.to_string())
        .env("RUST_LOG", "warn")
        .current_dir(workdir)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .context("starting the hub")?;
    let child = Child(child);
    let started = Instant::now();
    // Ready when it searches every document (a hub whose schema differs rebuilds first).
    let ready = format!("\"total\":{docs},");
    while http_get(addr, "/api/search?limit=1")
        .map_or(true, |(status, body)| status != 200 || !body.contains(&ready))
    {
        anyhow::ensure!(
            started.elapsed() < Duration::from_secs(300),
            "the hub did not search all {docs} documents within 5 minutes"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let paths: Vec<String> = texts
        .iter()
        .map(|q| {
            format!(
                "/api/search?{}",
                form_urlencoded::Serializer::new(String::new())
                    .append_pair("q", q)
                    .append_pair("limit", &LIMIT.to_string())
                    .finish()
            )
        })
        .collect();
    let mut latencies = Vec::new();
    for pass in 0..2 {
        for path in &paths {
            let start = Instant::now();
            let (status, _) = http_get(addr, path)?;
            anyhow::ensure!(status == 200, "GET {path} answered {status}");
            if pass == 1 {
                latencies.push(start.elapsed());
            }
        }
    }
    let pages: Vec<String> = paths.iter().map(|path| path.replacen("/api/search?", "/search?", 1)).collect();
    let mut page = Vec::new();
    for (pass, path) in pages.iter().chain(&pages).enumerate() {
        let start = Instant::now();
        let status = browser_get(addr, path)?;
        anyhow::ensure!(status == 200, "GET {path} answered {status}");
        if pass >= pages.len() {
            page.push(start.elapsed());
        }
    }
    let api_concurrent = concurrently(addr, &paths)?;
    let page_concurrent = concurrently(addr, &pages)?;
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.0.id()))?;
    let field = |name: &str| status_field(&status, name);
    Ok(Server {
        latencies: Latencies(latencies),
        page: Latencies(page),
        api_concurrent,
        page_concurrent,
        rss: field("VmRSS:"),
        anon: field("RssAnon:"),
        file: field("RssFile:"),
    })
}

/// Connections at once in the concurrent passes.
const CONCURRENCY: usize = 16;

/// Every path asked by each of [`CONCURRENCY`] threads at once (each starting at its own
/// place in the list), as a browser asks (`Accept-Encoding`): the latencies and the answers
/// per second.
fn concurrently(addr: std::net::SocketAddr, paths: &[String]) -> anyhow::Result<(Latencies, f64)> {
    let started = Instant::now();
    let threads: Vec<_> = (0..CONCURRENCY)
        .map(|t| {
            let paths = paths.to_vec();
            std::thread::spawn(move || -> anyhow::Result<Vec<Duration>> {
                let offset = t * paths.len() / CONCURRENCY;
                let mut latencies = Vec::with_capacity(paths.len());
                for i in 0..paths.len() {
                    let path = &paths[(offset + i) % paths.len()];
                    let start = Instant::now();
                    let status = browser_get(addr, path)?;
                    anyhow::ensure!(status == 200, "GET {path} answered {status}");
                    latencies.push(start.elapsed());
                }
                Ok(latencies)
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for thread in threads {
        latencies.extend(thread.join().map_err(|_| anyhow::anyhow!("a load thread panicked"))??);
    }
    let rate = latencies.len() as f64 / started.elapsed().as_secs_f64();
    Ok((Latencies(latencies), rate))
}

/// One `GET` over a fresh connection as a browser sends it (`Accept-Encoding`): the status.
fn browser_get(addr: std::net::SocketAddr, path: &str) -> std::io::Result<u16> {
    use std::io::{Read as _, Write as _};
    let mut stream = std::net::TcpStream::connect(addr)?;
    write!(stream, "GET {path} HTTP/1.0\r\nhost: {addr}\r\naccept-encoding: gzip, deflate, br\r\n\r\n")?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let head = String::from_utf8_lossy(&answer[..answer.len().min(64)]).into_owned();
    Ok(head.split_whitespace().nth(1).and_then(|code| code.parse().ok()).unwrap_or(0))
}

/// One `GET` over a fresh connection: the status code and the whole answer.
fn http_get(addr: std::net::SocketAddr, path: &str) -> std::io::Result<(u16, String)> {
    use std::io::{Read as _, Write as _};
    let mut stream = std::net::TcpStream::connect(addr)?;
    write!(stream, "GET {path} HTTP/1.0\r\nhost: {addr}\r\n\r\n")?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer.split_whitespace().nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
    Ok((status, answer))
}
