//! Page load: the public reading pages as a browser asks for them (`Accept-Encoding: gzip,
//! deflate, br`), from the release `hub` and, side by side in the same run, from nginx
//! serving the same bytes pre-compressed (`gzip_static`, and `brotli_static` when Debian's
//! brotli module is installed), the alternative a reader would compare with.
//!
//! The pages: home, series, issue, post (also read in Arabic, `Cookie: hub_lang=ar`), case
//! list, case, cases by place, events, event, pledges, pledges by place, and a search. Then,
//! on the hub alone, every case page the sitemap lists, in turn: pages rendered afresh, as a
//! crawler or the readers of a large library ask for them (p50, p99 and max; met when every
//! request is answered with 200 in time). `BENCH_ONLY` keeps the pages whose label contains
//! it (`BENCH_ONLY='case pages'`).
//!
//! The bench starts `target/release/hub` as a child process (fresh data folder, the
//! repository's `content/` and the public registry's 750 cases imported as the end-to-end
//! suite does, the built client in `target/site`, a free loopback port) or measures a hub
//! already running at `BENCH_HUB_ADDR` (say, the one `make run` serves), then writes each
//! page's bytes into a folder of its own and starts Debian's `nginx` on it. It is itself the
//! load generator: a second process on loopback that keeps `BENCH_CONNECTIONS` (default 64)
//! keep-alive connections busy, one request after another on each, for `BENCH_SECONDS`
//! (default 10) after a 2 s warm-up, for each page on the hub and then on nginx. Only 200
//! answers whose body was read to the end count; anything else is an error. Latency is the
//! time from writing a request to reading the last byte of its answer; p50, p99 and max are
//! exact. The load is a closed loop.
//!
//! The hub logs at `warn` so that per-request log lines do not share the two cores.
//!
//! Goal on the 2-core reference machine: every page at ≥ 0.5 of nginx's throughput for the
//! same bytes, p99 ≤ 20 ms, no errors.
//!
//! Needs Debian's nginx (`apt-get install nginx-light libnginx-mod-http-brotli-static`).
//! Build the hub first, then run:
//! `cargo leptos build --release --precompress && cargo bench -p server --bench page_load`.

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use anyhow::{Context as _, bail, ensure};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// A page measured: what the report calls it, the address asked for (with its query string)
/// and the cookie sent with it.
struct Page {
    label: &'static str,
    path: &'static str,
    cookie: Option<&'static str>,
}

const fn page(label: &'static str, path: &'static str) -> Page {
    Page { label, path, cookie: None }
}

/// The pages measured: the public reading pages of each kind, a post read in Arabic, and a
/// search (answered per request: the cache keeps no page with a query string).
const PAGES: &[Page] = &[
    page("home", "/"),
    page("series", "/blog"),
    page("issue", "/blog/2026-11"),
    page("post", "/articles/data-use-and-governance-in-practice"),
    Page {
        label: "post ar",
        path: "/articles/data-use-and-governance-in-practice",
        cookie: Some("hub_lang=ar"),
    },
    page("case list", "/cases"),
    page("case", "/cases/campus-du-numerique-public"),
    page("cases world", "/cases/world"),
    page("events", "/events"),
    page("event", "/events/igf-2023-open-forum-60"),
    page("pledges", "/pledges"),
    page("pledges world", "/pledges/world"),
    page("search", "/search?q=digital+skills"),
];
/// The cases the started hub holds besides the repository's own.
const REGISTRY: &str = "server/tests/fixtures/dpg-registry.jsonl";
/// What every browser sends.
const BROWSER_ENCODINGS: &str = "gzip, deflate, br";
const WARM_UP: Duration = Duration::from_secs(2);
/// Longest a single request may take before it counts as an error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
const P99_GOAL_MS: f64 = 20.0;
const RATIO_GOAL: f64 = 0.5;

/// The child hub; killed when dropped, whichever way the bench ends.
struct Hub {
    child: Child,
    stderr: PathBuf,
}

impl Drop for Hub {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Hub {
    /// What the hub wrote to stderr, for a failure report.
    fn stderr_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.stderr).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }
}

fn env_number(name: &str, default: u64) -> anyhow::Result<u64> {
    match std::env::var(name) {
        Err(_) => Ok(default),
        Ok(value) if value.trim().is_empty() => Ok(default),
        Ok(value) => match value.trim().parse::<u64>() {
            Ok(n) if n > 0 => Ok(n),
            _ => bail!("{name} must be a positive whole number, not {value:?}"),
        },
    }
}

fn free_port() -> anyhow::Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0").context("no free loopback port")?;
    Ok(listener.local_addr()?.port())
}

/// Newest modification time of the files under `dir`.
fn newest_change(dir: &Path) -> Option<SystemTime> {
    let mut newest = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        let time = if path.is_dir() {
            newest_change(&path)
        } else {
            entry.metadata().ok().and_then(|m| m.modified().ok())
        };
        newest = newest.max(time);
    }
    newest
}

/// One answer: its status and how many body bytes were read.
struct Answer {
    status: u16,
    body_len: usize,
    /// The body itself, when asked for.
    body: Vec<u8>,
    /// The server asked to close the connection after this answer.
    close: bool,
}

/// A minimal HTTP/1.1 keep-alive client connection: enough for GET requests and answers with
/// `Content-Length` or chunked bodies.
struct Connection {
    stream: TcpStream,
    buf: Vec<u8>,
    start: usize,
    end: usize,
}

impl Connection {
    async fn open(addr: SocketAddr) -> std::io::Result<Self> {
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        Ok(Self { stream, buf: vec![0; 64 * 1024], start: 0, end: 0 })
    }

    /// Reads more bytes into the buffer, keeping the unread ones.
    async fn fill(&mut self) -> std::io::Result<()> {
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        if self.end == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        let read = self.stream.read(&mut self.buf[self.end..]).await?;
        if read == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        self.end += read;
        Ok(())
    }

    /// The next line (without its CRLF).
    async fn line(&mut self) -> std::io::Result<String> {
        loop {
            if let Some(at) = self.buf[self.start..self.end].windows(2).position(|w| w == b"\r\n") {
                let line = String::from_utf8_lossy(&self.buf[self.start..self.start + at]).into_owned();
                self.start += at + 2;
                return Ok(line);
            }
            self.fill().await?;
        }
    }

    /// Reads `n` body bytes, keeping them in `keep` if given.
    async fn take(&mut self, mut n: usize, mut keep: Option<&mut Vec<u8>>) -> std::io::Result<()> {
        while n > 0 {
            if self.start == self.end {
                self.start = 0;
                self.end = 0;
                self.fill().await?;
            }
            let step = n.min(self.end - self.start);
            if let Some(keep) = keep.as_deref_mut() {
                keep.extend_from_slice(&self.buf[self.start..self.start + step]);
            }
            self.start += step;
            n -= step;
        }
        Ok(())
    }

    async fn get(&mut self, request: &[u8], keep_body: bool) -> std::io::Result<Answer> {
        let bad = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_owned());
        self.stream.write_all(request).await?;
        let status_line = self.line().await?;
        let status = status_line
            .strip_prefix("HTTP/1.1 ")
            .and_then(|rest| rest.get(..3))
            .and_then(|code| code.parse::<u16>().ok())
            .ok_or_else(|| bad("not an HTTP/1.1 status line"))?;
        let mut length = None;
        let mut chunked = false;
        let mut close = false;
        loop {
            let line = self.line().await?;
            if line.is_empty() {
                break;
            }
            let Some((name, value)) = line.split_once(':') else { return Err(bad("bad header line")) };
            let value = value.trim();
            if name.eq_ignore_ascii_case("content-length") {
                length = Some(value.parse::<usize>().map_err(|_| bad("bad content-length"))?);
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                chunked = value.to_ascii_lowercase().contains("chunked");
            } else if name.eq_ignore_ascii_case("connection") {
                close = value.eq_ignore_ascii_case("close");
            }
        }
        let mut body = Vec::new();
        let mut body_len = 0;
        if chunked {
            loop {
                let size_line = self.line().await?;
                let size = size_line.split(';').next().unwrap_or_default().trim();
                let size = usize::from_str_radix(size, 16).map_err(|_| bad("bad chunk size"))?;
                if size == 0 {
                    // Trailers, up to the empty line.
                    while !self.line().await?.is_empty() {}
                    break;
                }
                self.take(size, keep_body.then_some(&mut body)).await?;
                body_len += size;
                if !self.line().await?.is_empty() {
                    return Err(bad("chunk not followed by CRLF"));
                }
            }
        } else if let Some(length) = length {
            self.take(length, keep_body.then_some(&mut body)).await?;
            body_len = length;
        } else {
            return Err(bad("answer has neither content-length nor chunked body"));
        }
        Ok(Answer { status, body_len, body, close })
    }
}

/// A GET for `path` accepting `encodings` (none: the identity encoding), with `cookie`.
fn request_for(addr: SocketAddr, path: &str, encodings: Option<&str>, cookie: Option<&str>) -> Vec<u8> {
    let accept = encodings.map(|e| format!("accept-encoding: {e}\r\n")).unwrap_or_default();
    let cookie = cookie.map(|c| format!("cookie: {c}\r\n")).unwrap_or_default();
    format!(
        "GET {path} HTTP/1.1\r\nhost: {addr}\r\naccept: text/html\r\n{accept}{cookie}user-agent: page-load-bench\r\n\r\n"
    )
    .into_bytes()
}

/// One GET on a fresh connection.
async fn get_once(addr: SocketAddr, path: &str) -> anyhow::Result<Answer> {
    get_encoded(addr, path, None, None).await
}

/// One GET on a fresh connection, accepting `encodings`, with `cookie`.
async fn get_encoded(
    addr: SocketAddr,
    path: &str,
    encodings: Option<&str>,
    cookie: Option<&str>,
) -> anyhow::Result<Answer> {
    let mut connection = Connection::open(addr).await.with_context(|| format!("connecting to {addr}"))?;
    tokio::time::timeout(REQUEST_TIMEOUT, connection.get(&request_for(addr, path, encodings, cookie), true))
        .await
        .with_context(|| format!("GET {path} timed out"))?
        .with_context(|| format!("GET {path}"))
}

/// What one connection measured.
#[derive(Default)]
struct Tally {
    /// Latencies of the counted requests, in microseconds.
    latencies: Vec<u32>,
    errors: u64,
}

/// Keeps one connection busy until `end`, asking for `requests` in turn from `first` on;
/// counts the answers completed in `[measure_from, end)`.
async fn drive(
    addr: SocketAddr,
    requests: Arc<Vec<Vec<u8>>>,
    first: usize,
    measure_from: Instant,
    end: Instant,
) -> Tally {
    let mut tally = Tally::default();
    let mut connection: Option<Connection> = None;
    let mut next = first;
    while Instant::now() < end {
        let conn = match connection.as_mut() {
            Some(conn) => conn,
            None => match Connection::open(addr).await {
                Ok(conn) => connection.insert(conn),
                Err(_) => {
                    if Instant::now() >= measure_from {
                        tally.errors += 1;
                    }
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        let request = &requests[next % requests.len()];
        next += 1;
        let started = Instant::now();
        let answer = tokio::time::timeout(REQUEST_TIMEOUT, conn.get(request, false)).await;
        let done = Instant::now();
        let counted = done >= measure_from && done < end;
        match answer {
            Ok(Ok(answer)) => {
                if answer.close {
                    connection = None;
                }
                if counted {
                    if answer.status == 200 {
                        let micros = done.duration_since(started).as_micros();
                        tally.latencies.push(u32::try_from(micros).unwrap_or(u32::MAX));
                    } else {
                        tally.errors += 1;
                    }
                }
            }
            // An I/O error, a malformed answer or a timeout: the connection is unusable.
            Ok(Err(_)) | Err(_) => {
                connection = None;
                if done >= measure_from {
                    tally.errors += 1;
                }
            }
        }
    }
    tally
}

/// The result of one measured run.
struct Run {
    requests: usize,
    seconds: f64,
    /// Sorted latencies, in microseconds.
    latencies: Vec<u32>,
    errors: u64,
}

impl Run {
    fn per_second(&self) -> f64 {
        self.requests as f64 / self.seconds
    }

    /// The nearest-rank percentile `p` (0–1), in milliseconds.
    fn percentile_ms(&self, p: f64) -> f64 {
        if self.latencies.is_empty() {
            return f64::NAN;
        }
        let rank = (p * self.latencies.len() as f64).ceil() as usize;
        f64::from(self.latencies[rank.clamp(1, self.latencies.len()) - 1]) / 1e3
    }

    fn max_ms(&self) -> f64 {
        self.latencies.last().map_or(f64::NAN, |&us| f64::from(us) / 1e3)
    }
}

/// `connections` connections on `path` (with `cookie`): a warm-up, then `duration` measured.
async fn load(
    addr: SocketAddr,
    path: &str,
    cookie: Option<&str>,
    connections: usize,
    duration: Duration,
) -> anyhow::Result<Run> {
    let request = request_for(addr, path, Some(BROWSER_ENCODINGS), cookie);
    load_all(addr, vec![request], connections, duration).await
}

/// `connections` connections asking for `requests` in turn, each connection from another
/// place in the list: a warm-up, then `duration` measured.
async fn load_all(
    addr: SocketAddr,
    requests: Vec<Vec<u8>>,
    connections: usize,
    duration: Duration,
) -> anyhow::Result<Run> {
    let count = requests.len();
    let requests = Arc::new(requests);
    let measure_from = Instant::now() + WARM_UP;
    let end = measure_from + duration;
    let tasks: Vec<_> = (0..connections)
        .map(|n| tokio::spawn(drive(addr, requests.clone(), n * count / connections, measure_from, end)))
        .collect();
    let mut latencies = Vec::new();
    let mut errors = 0;
    for task in tasks {
        let tally = task.await.context("a load task failed")?;
        latencies.extend(tally.latencies);
        errors += tally.errors;
    }
    latencies.sort_unstable();
    Ok(Run { requests: latencies.len(), seconds: duration.as_secs_f64(), latencies, errors })
}

fn report_line(label: &str, size: usize, run: &Run) -> String {
    format!(
        "  {label:<7}{size:>7} bytes {:>8.0} req/s   p50 {:.2} ms   p99 {:.2} ms   max {:.2} ms   \
         requests {}   errors {}",
        run.per_second(),
        run.percentile_ms(0.50),
        run.percentile_ms(0.99),
        run.max_ms(),
        run.requests,
        run.errors,
    )
}

async fn wait_until_healthy(hub: &mut Hub, addr: SocketAddr) -> anyhow::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = hub.child.try_wait()? {
            bail!("the hub exited during start-up ({status}):\n{}", hub.stderr_tail());
        }
        if let Ok(answer) = get_once(addr, "/healthz").await
            && answer.status == 200
        {
            return Ok(());
        }
        if Instant::now() >= deadline {
            bail!("the hub did not answer /healthz with 200 within 120 s:\n{}", hub.stderr_tail());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Debian's nginx on `root`, listening on `addr`; stopped when dropped.
struct Nginx {
    child: Child,
    brotli: bool,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGTERM, not SIGKILL: the master stops its workers only when it is asked to.
        let stopped = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        if !stopped.is_ok_and(|status| status.success()) {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

const BROTLI_MODULE: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

fn start_nginx(dir: &Path, root: &Path, addr: SocketAddr) -> anyhow::Result<Nginx> {
    let nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].into_iter().find(|p| Path::new(p).is_file()).context(
        "nginx is not installed; install Debian's (`apt-get install nginx-light \
         libnginx-mod-http-brotli-static`) and run the bench again",
    )?;
    let brotli = Path::new(BROTLI_MODULE).is_file();
    let d = dir.display();
    let config = format!(
        "{module}worker_processes auto;\nerror_log {d}/nginx-error.log;\npid {d}/nginx.pid;\n\
         events {{ worker_connections 4096; }}\n\
         http {{\n  access_log off;\n  default_type text/html;\n  charset utf-8;\n  sendfile on;\n  tcp_nodelay on;\n\
           keepalive_requests 100000000;\n  gzip_static on;\n  {brotli_on}\n\
           client_body_temp_path {d}/nginx-body;\n  proxy_temp_path {d}/nginx-proxy;\n\
           fastcgi_temp_path {d}/nginx-fastcgi;\n  uwsgi_temp_path {d}/nginx-uwsgi;\n  scgi_temp_path {d}/nginx-scgi;\n\
           server {{\n    listen {addr};\n    root {root};\n    location / {{ try_files $uri/index.html =404; }}\n  }}\n}}\n",
        module = if brotli { format!("load_module {BROTLI_MODULE};\n") } else { String::new() },
        brotli_on = if brotli { "brotli_static on;" } else { "" },
        root = root.display(),
    );
    let conf = dir.join("nginx.conf");
    std::fs::write(&conf, config)?;
    let child = Command::new(nginx)
        .arg("-e")
        .arg(dir.join("nginx-error.log"))
        .arg("-c")
        .arg(&conf)
        .args(["-g", "daemon off;"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("starting nginx")?;
    Ok(Nginx { child, brotli })
}

/// Where nginx serves the bytes of the `n`th page: a folder of its own, since two pages may
/// share a path (in two languages) or have a query string, which nginx's files cannot.
fn static_path(n: usize) -> String {
    format!("/page-{n}")
}

/// The page's bytes as nginx serves them: `<path>/index.html` with its `.gz` (level 9) and
/// `.br` (quality 11) beside it.
fn write_static_page(root: &Path, path: &str, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write as _;
    let folder = root.join(path.trim_start_matches('/'));
    std::fs::create_dir_all(&folder)?;
    let file = folder.join("index.html");
    std::fs::write(&file, bytes)?;
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    gzip.write_all(bytes)?;
    std::fs::write(folder.join("index.html.gz"), gzip.finish()?)?;
    let mut brotli = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut brotli, 4096, 11, 22);
        writer.write_all(bytes)?;
    }
    std::fs::write(folder.join("index.html.br"), brotli)?;
    Ok(())
}

async fn run() -> anyhow::Result<()> {
    let seconds = env_number("BENCH_SECONDS", 10)?;
    let connections = usize::try_from(env_number("BENCH_CONNECTIONS", 64)?)?;
    let duration = Duration::from_secs(seconds);

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().context("workspace root")?.to_path_buf();
    let dir = tempfile::tempdir().context("temporary folder")?;
    let given = std::env::var("BENCH_HUB_ADDR").ok().filter(|a| !a.trim().is_empty());
    let mut hub = None;
    let addr = match given {
        Some(addr) => {
            addr.trim().parse::<SocketAddr>().with_context(|| format!("BENCH_HUB_ADDR {addr:?}"))?
        }
        None => {
            let binary = root.join("target/release/hub");
            if !binary.is_file() {
                bail!(
                    "target/release/hub is missing; build it first with `cargo leptos build --release \
                     --precompress`, then run `cargo bench -p server --bench page_load` again"
                );
            }
            let built = std::fs::metadata(&binary)?.modified()?;
            let sources =
                [root.join("app/src"), root.join("server/src")].iter().filter_map(|d| newest_change(d)).max();
            if sources.is_some_and(|changed| changed > built) {
                println!("note: target/release/hub is older than the sources; rebuild it to measure them");
            }
            let data = dir.path().join("data");
            std::fs::create_dir_all(&data)?;
            let stderr_path = dir.path().join("hub.stderr");
            // The library as large as the end-to-end suite has it: the public registry's
            // 750 entries besides the repository's own cases.
            let registry = root.join(REGISTRY);
            let imported = Command::new(&binary)
                .args(["import", "cases"])
                .arg(&registry)
                .env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                .env("HUB_DATA_DIR", &data)
                .env("HUB_CONTENT_DIR", root.join("content"))
                .env("RUST_LOG", "warn")
                .current_dir(dir.path())
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .status()
                .context("importing the registry's cases")?;
            ensure!(imported.success(), "`hub import cases {}` failed ({imported})", registry.display());
            let addr = SocketAddr::from(([127, 0, 0, 1], free_port()?));
            let child = Command::new(&binary)
                .env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                .env("HUB_DATA_DIR", &data)
                .env("HUB_CONTENT_DIR", root.join("content"))
                .env("LEPTOS_OUTPUT_NAME", "hub")
                .env("LEPTOS_SITE_ROOT", root.join("target/site"))
                .env("LEPTOS_SITE_ADDR", addr.to_string())
                .env("RUST_LOG", "warn")
                .current_dir(dir.path())
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(&stderr_path)?)
                .spawn()
                .context("starting the hub")?;
            let started = hub.insert(Hub { child, stderr: stderr_path });
            wait_until_healthy(started, addr).await?;
            addr
        }
    };

    // Each page's bytes, as the hub serves them, become nginx's files.
    let static_root = dir.path().join("static");
    let mut sizes = Vec::new();
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let pages: Vec<(usize, &Page)> = PAGES
        .iter()
        .enumerate()
        .filter(|(_, page)| only.is_empty() || page.label.contains(only.as_str()))
        .collect();
    let crawl = only.is_empty() || "case pages".contains(only.as_str());
    ensure!(!pages.is_empty() || crawl, "BENCH_ONLY={only:?} names no page");
    for (n, Page { path, cookie, .. }) in &pages {
        let page = get_encoded(addr, path, None, *cookie).await?;
        ensure!(page.status == 200, "GET {path} answered {}, not 200", page.status);
        write_static_page(&static_root, &static_path(*n), &page.body)?;
        let compressed = get_encoded(addr, path, Some(BROWSER_ENCODINGS), *cookie).await?;
        sizes.push((page.body_len, compressed.body_len));
    }
    // What tells that nginx serves, whichever pages are measured.
    write_static_page(&static_root, "/ready", b"ready")?;
    let nginx_addr = SocketAddr::from(([127, 0, 0, 1], free_port()?));
    let mut nginx = start_nginx(dir.path(), &static_root, nginx_addr)?;
    let deadline = Instant::now() + Duration::from_secs(10);
    while get_once(nginx_addr, "/ready").await.map(|a| a.status).ok() != Some(200) {
        if let Some(status) = nginx.child.try_wait()? {
            bail!("nginx exited at start-up ({status}); see its error log in {}", dir.path().display());
        }
        ensure!(Instant::now() < deadline, "nginx did not serve its first page within 10 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    println!(
        "{} on loopback against nginx (gzip_static{}) serving the same bytes; {connections} keep-alive \
         connections, {seconds} s per run after a {} s warm-up, `Accept-Encoding: {BROWSER_ENCODINGS}`, closed loop",
        if hub.is_some() { "release hub started by the bench" } else { "the hub at BENCH_HUB_ADDR" },
        if nginx.brotli { ", brotli_static" } else { "" },
        WARM_UP.as_secs()
    );
    let verdict = |met: bool| if met { "met" } else { "NOT met" };
    let mut all_met = true;
    for ((n, Page { label, path, cookie }), (identity, compressed)) in pages.iter().zip(&sizes) {
        let hub_run = load(addr, path, *cookie, connections, duration).await?;
        let nginx_path = static_path(*n);
        let nginx_run = load(nginx_addr, &nginx_path, None, connections, duration).await?;
        let nginx_bytes = get_encoded(nginx_addr, &nginx_path, Some(BROWSER_ENCODINGS), None).await?.body_len;
        let ratio = hub_run.per_second() / nginx_run.per_second();
        let p99 = hub_run.percentile_ms(0.99);
        let met = ratio >= RATIO_GOAL && p99 <= P99_GOAL_MS && hub_run.errors == 0;
        all_met &= met;
        let with = cookie.map(|cookie| format!(", cookie {cookie}")).unwrap_or_default();
        println!("{label} {path}{with} ({identity} bytes uncompressed)");
        println!("{}", report_line("hub", *compressed, &hub_run));
        println!("{}", report_line("nginx", nginx_bytes, &nginx_run));
        println!(
            "  ratio hub/nginx {ratio:.2} (goal ≥ {RATIO_GOAL}), hub p99 {p99:.2} ms (goal ≤ {P99_GOAL_MS} ms): {}",
            verdict(met)
        );
    }
    if crawl {
        all_met &= every_case(addr, connections, duration).await?;
    }
    if let Some(hub) = hub.as_mut()
        && let Some(status) = hub.child.try_wait()?
    {
        bail!("the hub exited during the run ({status}):\n{}", hub.stderr_tail());
    }
    println!("all pages: {}", verdict(all_met));
    Ok(())
}

/// Every case page the sitemap lists, each connection going through them from another
/// place, as crawlers and the readers of a large library ask for them: each is rendered
/// afresh (the cache keeps a page a second). Only the hub: nginx would serve files it never
/// has to make. Met when every request was answered with 200 within the client's timeout.
async fn every_case(addr: SocketAddr, connections: usize, duration: Duration) -> anyhow::Result<bool> {
    let sitemap = get_once(addr, "/sitemap.xml").await?;
    ensure!(sitemap.status == 200, "GET /sitemap.xml answered {}, not 200", sitemap.status);
    let sitemap = String::from_utf8_lossy(&sitemap.body);
    let paths: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .filter_map(|rest| rest.split_once("</loc>").map(|(loc, _)| loc))
        .filter_map(|loc| loc.split_once("://").and_then(|(_, rest)| rest.find('/').map(|at| &rest[at..])))
        .filter(|path| path.starts_with("/cases/") && *path != "/cases/world")
        .collect();
    ensure!(!paths.is_empty(), "the sitemap lists no case page");
    let requests = paths.iter().map(|path| request_for(addr, path, Some(BROWSER_ENCODINGS), None)).collect();
    let run = load_all(addr, requests, connections, duration).await?;
    println!("case pages: the {} the sitemap lists, in turn (rendered, not from the cache)", paths.len());
    println!("{}", report_line("hub", 0, &run).replace("      0 bytes", ""));
    let met = run.errors == 0;
    println!(
        "  every request answered with 200 within {} s: {}",
        REQUEST_TIMEOUT.as_secs(),
        if met { "met" } else { "NOT met" }
    );
    Ok(met)
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("page_load: {err:#}");
            ExitCode::FAILURE
        }
    }
}
