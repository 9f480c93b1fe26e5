//! The `hub` binary itself: its subcommands and a graceful stop.
use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const HUB: &str = env!("CARGO_BIN_EXE_hub");

/// A `hub` command over a fresh data folder and the fixture content.
fn hub(data: &Path) -> Command {
    let mut command = Command::new(HUB);
    command
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HUB_DATA_DIR", data)
        .env("HUB_CONTENT_DIR", Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content"))
        .env("LEPTOS_OUTPUT_NAME", "hub")
        .env("LEPTOS_SITE_ROOT", data.join("site"))
        .env("RUST_LOG", "warn");
    command
}

#[test]
fn import_content_reports_bad_files_by_path_and_line_and_loads_the_rest() {
    let data = tempfile::tempdir().expect("temp dir");
    let content = data.path().join("import");
    std::fs::create_dir_all(&content).expect("content dir");
    std::fs::write(
        content.join("good.md"),
        "+++\ntitle = \"Good\"\nsummary = \"S\"\ndate = 2026-01-01\n+++\nBody\n",
    )
    .expect("write");
    std::fs::write(content.join("bad.md"), "+++\ntitle = \"Bad\"\nsummary = \"S\"\ndate = 2026-13-45\n+++\n")
        .expect("write");
    let output = hub(data.path()).args(["import", "content"]).arg(&content).output().expect("run hub");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stdout}\n{stderr}");
    assert!(stdout.contains("1 created"), "{stdout}");
    assert!(stdout.contains("1 skipped"), "{stdout}");
    assert!(stderr.contains("bad.md:4:"), "{stderr}");

    let again = hub(data.path()).args(["import", "content"]).arg(&content).output().expect("run hub");
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 created, 0 updated, 1 unchanged"));
}

#[test]
fn migrate_and_reindex_work_on_a_fresh_data_folder() {
    let data = tempfile::tempdir().expect("temp dir");
    let migrate = hub(data.path()).arg("migrate").output().expect("run hub");
    assert!(migrate.status.success(), "{}", String::from_utf8_lossy(&migrate.stderr));
    // Every migration the hub ships, however many there are.
    let count = <app::db::migrations::Migrator as sea_orm_migration::MigratorTrait>::migrations().len();
    assert!(String::from_utf8_lossy(&migrate.stdout).contains(&format!("{count} migrations applied")));
    assert!(data.path().join("hub.db").is_file());

    let import = hub(data.path()).args(["import", "content"]).output().expect("run hub");
    assert!(import.status.success(), "{}", String::from_utf8_lossy(&import.stderr));
    let reindex = hub(data.path()).arg("reindex").output().expect("run hub");
    assert!(reindex.status.success(), "{}", String::from_utf8_lossy(&reindex.stderr));
    assert!(String::from_utf8_lossy(&reindex.stdout).contains("search index rebuilt: 3 documents"));

    // The check compares the index with the database, and names what differs.
    let check = hub(data.path()).args(["reindex", "--check"]).output().expect("run hub");
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stdout));
    assert!(String::from_utf8_lossy(&check.stdout).contains("the search index matches the database"));
    let sqlite = std::process::Command::new("sqlite3")
        .arg(data.path().join("hub.db"))
        .arg("UPDATE articles SET title = 'Changed behind the index' WHERE slug = 'alpha'")
        .status();
    if sqlite.is_ok_and(|status| status.success()) {
        let check = hub(data.path()).args(["reindex", "--check"]).output().expect("run hub");
        let stdout = String::from_utf8_lossy(&check.stdout);
        assert_eq!(check.status.code(), Some(1), "{stdout}");
        assert!(stdout.contains("text out of date") && stdout.contains("1 differences"), "{stdout}");
    }

    let down = hub(data.path()).args(["migrate", "--down", &count.to_string()]).output().expect("run hub");
    assert!(String::from_utf8_lossy(&down.stdout).contains("0 migrations applied"));
}

#[test]
fn import_cases_reports_each_rejected_row_and_changes_nothing_on_a_dry_run() {
    let data = tempfile::tempdir().expect("temp dir");
    let file = data.path().join("cases.jsonl");
    std::fs::write(
        &file,
        concat!(
            r#"{"slug":"good","title":"A good case","summary":"It worked.","sdg":[4],"country":["Kenya"]}"#,
            "\n",
            r#"{"slug":"bad-sdg","title":"A bad case","summary":"x","sdg":[18]}"#,
            "\n",
        ),
    )
    .expect("write cases");
    let dry =
        hub(data.path()).args(["import", "cases"]).arg(&file).arg("--dry-run").output().expect("run hub");
    assert_eq!(dry.status.code(), Some(2), "a rejected row is exit code 2");
    let out = String::from_utf8_lossy(&dry.stdout);
    assert!(
        out.contains("dry run, nothing written") && out.contains("1 created") && out.contains("1 rejected"),
        "{out}"
    );
    let err = String::from_utf8_lossy(&dry.stderr);
    assert!(err.contains("cases.jsonl:2 (bad-sdg): sdg: “18” is not an SDG number (1 to 17)."), "{err}");

    let real = hub(data.path()).args(["import", "cases"]).arg(&file).output().expect("run hub");
    assert_eq!(real.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&real.stdout).contains("1 created"));
    let again = hub(data.path()).args(["import", "cases"]).arg(&file).output().expect("run hub");
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 created, 0 updated, 1 unchanged, 1 rejected"));

    let missing = hub(data.path()).args(["import", "cases", "no-such-file.csv"]).output().expect("run hub");
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read no-such-file.csv"));
}

#[test]
fn user_create_makes_the_first_admin_and_refuses_bad_input() {
    let data = tempfile::tempdir().expect("temp dir");
    let create = |email: &str, password: &str| {
        hub(data.path())
            .env("HUB_PASSWORD", password)
            .args(["user", "create", "--email", email, "--name", "Ada Admin", "--role", "admin"])
            .output()
            .expect("run hub")
    };
    let made = create("Ada@Example.org", "a long enough passphrase");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    assert!(String::from_utf8_lossy(&made.stdout).contains("<ada@example.org> as admin"));
    let again = create("ada@example.org", "a long enough passphrase");
    assert_eq!(again.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("An account with this email address already exists.")
    );
    let short = create("bob@example.org", "short");
    assert_eq!(short.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&short.stderr).contains("password: Use at least 12 characters."));
    let role = hub(data.path())
        .env("HUB_PASSWORD", "a long enough passphrase")
        .args(["user", "create", "--email", "c@example.org", "--name", "C", "--role", "owner"])
        .output()
        .expect("run hub");
    assert_eq!(role.status.code(), Some(2), "clap refuses an unknown role");
}

#[test]
fn bad_configuration_is_a_clear_error_not_a_panic() {
    let data = tempfile::tempdir().expect("temp dir");
    let output =
        hub(data.path()).env("HUB_DATABASE_URL", "mysql://nope").arg("migrate").output().expect("run hub");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("HUB_DATABASE_URL must start with"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
    }
}

/// `hub serve` over `data` on `port`, its output discarded.
fn serve_quietly(data: &Path, port: u16) -> Server {
    Server(
        hub(data)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start hub"),
    )
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

fn wait_until_healthy(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) {
            let _ =
                stream.write_all(b"GET /healthz HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n");
            let mut answer = String::new();
            let _ = stream.read_to_string(&mut answer);
            if answer.starts_with("HTTP/1.1 200") {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("hub did not become healthy");
}

#[test]
fn sigterm_lets_an_in_flight_request_finish_then_exits_cleanly() {
    let data = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let mut server = serve_quietly(data.path(), port);
    wait_until_healthy(port);

    // A form post whose body is still arriving when the stop signal comes.
    let body = "lang=fr&back=%2F";
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "POST /api/set_locale HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\naccept: text/html\r\n\
         content-type: application/x-www-form-urlencoded\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{}",
        body.len(),
        &body[..5]
    )
    .expect("send head");
    stream.flush().expect("flush");
    std::thread::sleep(Duration::from_millis(300));
    let status = Command::new("kill").args(["-TERM", &server.0.id().to_string()]).status().expect("kill");
    assert!(status.success());
    std::thread::sleep(Duration::from_millis(300));
    stream.write_all(&body.as_bytes()[5..]).expect("send rest of body");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("read answer");
    assert!(answer.starts_with("HTTP/1.1 302"), "{answer}");
    assert!(answer.to_lowercase().contains("set-cookie: hub_lang=fr"), "{answer}");

    let deadline = Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(exit) = server.0.try_wait().expect("wait") {
            break exit;
        }
        assert!(Instant::now() < deadline, "hub did not stop");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "{exit:?}");
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err(), "the listener is closed");
}

/// `GET path` on the hub at `port`: the whole answer, status line to body.
fn http_answer(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(stream, "GET {path} HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\nconnection: close\r\n\r\n")
        .expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("read");
    answer
}

/// `GET path` on the hub at `port`; the body of a 200 answer.
fn http_get(port: u16, path: &str) -> String {
    let answer = http_answer(port, path);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    answer.split_once("\r\n\r\n").map(|(_, body)| body.to_owned()).unwrap_or_default()
}

/// The `total` of a search API answer (the body may be chunked: take the JSON object).
fn search_total(port: u16, query: &str) -> u64 {
    let body = http_get(port, &format!("/api/search?{query}&limit=1"));
    let json = &body[body.find('{').expect("json")..=body.rfind('}').expect("json")];
    let value: serde_json::Value = serde_json::from_str(json).expect("json");
    value["total"].as_u64().expect("total")
}

fn write_articles(dir: &Path, count: usize) {
    std::fs::create_dir_all(dir).expect("content dir");
    for n in 0..count {
        let text = format!(
            "+++\ntitle = \"Report number {n}\"\nsummary = \"Marker word uniq{n}.\"\ndate = 2026-01-01\n+++\n\n{}\n",
            "Civil servants learn to use data in public administration. ".repeat(40)
        );
        std::fs::write(dir.join(format!("report-{n}.md")), text).expect("write article");
    }
}

#[test]
fn killed_while_indexing_the_hub_restarts_with_an_index_that_matches_the_database() {
    use std::io::BufRead as _;
    const ARTICLES: usize = 1_500;
    let data = tempfile::tempdir().expect("temp dir");
    let content = data.path().join("many");
    write_articles(&content, ARTICLES);
    let port = free_port();
    let start = || {
        hub(data.path())
            .env("HUB_CONTENT_DIR", &content)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start hub")
    };
    // First start: the content is committed to the database, then killed (SIGKILL) as the
    // index is being written.
    let mut first = start();
    let log = first.stdout.take().expect("log");
    for line in std::io::BufReader::new(log).lines() {
        if line.expect("log line").contains("content synced") {
            break;
        }
    }
    first.kill().expect("kill -9");
    first.wait().expect("reap");

    let mut server = Server(start());
    drop(server.0.stdout.take());
    wait_until_healthy(port);
    assert_eq!(search_total(port, "q="), ARTICLES as u64, "every article is in the index");
    assert_eq!(search_total(port, "q=uniq1499"), 1);
    assert_eq!(search_total(port, "q=uniq0"), 1);

    // A rebuild asked for while the hub runs is done by the hub; searches keep answering.
    let reindex = hub(data.path()).env("HUB_CONTENT_DIR", &content).arg("reindex").output().expect("reindex");
    assert!(reindex.status.success(), "{}", String::from_utf8_lossy(&reindex.stderr));
    assert_eq!(search_total(port, "q="), ARTICLES as u64);
}

/// The status code of `GET path` on the hub at `port`.
fn http_status(port: u16, path: &str) -> u16 {
    http_answer(port, path).get(9..12).and_then(|code| code.parse().ok()).expect("a status line")
}

#[test]
fn a_post_scheduled_before_a_restart_goes_out_at_its_time_with_no_request_asking() {
    use app::db::entities::article;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait as _, EntityTrait as _, QueryFilter as _};

    const SLUG: &str = "alpha";
    let data = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let start = || serve_quietly(data.path(), port);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let url = format!("sqlite://{}?mode=rw", data.path().join("hub.db").display());
    let db = || async { sea_orm::Database::connect(&url).await.expect("open the hub's database") };

    // While the hub runs, the post is scheduled a few seconds ahead (as the review page does).
    let mut server = start();
    wait_until_healthy(port);
    let at = time::OffsetDateTime::now_utc() + time::Duration::seconds(4);
    runtime.block_on(async {
        article::Entity::update_many()
            .col_expr(article::Column::Status, Expr::value("scheduled"))
            .col_expr(article::Column::PublishAt, Expr::value(at))
            .filter(article::Column::Slug.eq(SLUG))
            .exec(&db().await)
            .await
            .expect("schedule the post")
    });
    assert_eq!(http_status(port, &format!("/articles/{SLUG}")), 404, "not public before its time");

    // The hub stops and starts again before the time comes.
    let status = Command::new("kill").args(["-TERM", &server.0.id().to_string()]).status().expect("kill");
    assert!(status.success());
    server.0.wait().expect("hub stopped");
    let server = start();
    wait_until_healthy(port);

    // Nobody asks for the post; the database shows it published once its time has come.
    let deadline = Instant::now() + Duration::from_secs(20);
    let published = runtime.block_on(async {
        let db = db().await;
        loop {
            let row = article::Entity::find()
                .filter(article::Column::Slug.eq(SLUG))
                .one(&db)
                .await
                .expect("query")
                .expect("the post");
            if row.status == "published" {
                break time::OffsetDateTime::now_utc();
            }
            assert!(Instant::now() < deadline, "the scheduled post was never published");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    assert!(published >= at, "published at {published}, before its time {at}");
    assert_eq!(http_status(port, &format!("/articles/{SLUG}")), 200);
    drop(server);
}

/// The answer's status line and body length, read off a keep-alive connection.
fn get_on(stream: &mut std::io::BufReader<TcpStream>, port: u16, path: &str) -> std::io::Result<String> {
    use std::io::BufRead as _;
    write!(stream.get_mut(), "GET {path} HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\n\r\n")?;
    let mut status = String::new();
    stream.read_line(&mut status)?;
    let mut length = 0;
    loop {
        let mut line = String::new();
        stream.read_line(&mut line)?;
        if line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    stream.read_exact(&mut body)?;
    Ok(status.trim().to_owned())
}

#[test]
fn a_hub_whose_log_nobody_reads_keeps_answering() {
    let data = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    // Standard output is a pipe this test never reads: it fills after a few hundred lines.
    let _server = Server(
        hub(data.path())
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start hub"),
    );
    wait_until_healthy(port);
    let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    // A request is written in several pieces: without this, each waits for the hub's
    // delayed acknowledgement (some 40 ms) and the 5,000 take minutes.
    stream.set_nodelay(true).expect("nodelay");
    let mut stream = std::io::BufReader::new(stream);
    for n in 0..5_000 {
        let status =
            get_on(&mut stream, port, "/healthz").unwrap_or_else(|error| panic!("request {n}: {error}"));
        assert_eq!(status, "HTTP/1.1 200 OK", "request {n}");
    }
}

#[test]
fn an_unknown_log_format_is_refused_clearly() {
    let data = tempfile::tempdir().expect("temp dir");
    let output = hub(data.path()).env("HUB_LOG_FORMAT", "xml").arg("migrate").output().expect("run hub");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("HUB_LOG_FORMAT must be `text` or `json`"));
}
