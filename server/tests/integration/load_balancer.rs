//! Three `hub` processes on one PostgreSQL database behind nginx (round robin), driven through
//! nginx only, as readers and members would: signing in, writing, reviewing and publishing a
//! post, uploading an image, saving one group document from two processes at once, and
//! searching. Every process answers the same; a process killed with SIGKILL in the middle
//! leaves the others serving, and once restarted it catches up.
//!
//! Clients connect from different loopback addresses (127.0.0.2, 127.0.0.3, …), so nginx
//! sees distinct readers and forwards their addresses in `X-Forwarded-For`; the hubs trust
//! only nginx's own address (127.0.0.1).

use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

const HUB: &str = env!("CARGO_BIN_EXE_hub");
const PASSWORD: &str = "a long test passphrase";
const AUTHOR: &str = "ada@example.org";
const EDITOR: &str = "eda@example.org";
/// A word found nowhere else, so a search for it finds only the new post.
const MARKER: &str = "kestrelmoor";

/// A child process, killed when dropped.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// An HTTP answer, read whole.
struct Answer {
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn cookie(&self) -> Option<String> {
        self.head
            .lines()
            .filter_map(|line| line.split_once(':'))
            .filter(|(key, _)| key.eq_ignore_ascii_case("set-cookie"))
            .find_map(|(_, value)| {
                value.trim().split(';').next().filter(|c| c.starts_with("__Host-hub_session="))
            })
            .map(str::to_owned)
    }
}

/// One HTTP/1.0 request (so that no answer is chunked) to `port`, from the loopback address
/// `from`; `None` when nothing answered.
async fn http(
    port: u16,
    from: Ipv4Addr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Option<Answer> {
    let socket = tokio::net::TcpSocket::new_v4().ok()?;
    socket.bind(SocketAddr::new(IpAddr::V4(from), 0)).ok()?;
    let mut stream = socket.connect(SocketAddr::from(([127, 0, 0, 1], port))).await.ok()?;
    let mut head = format!("{method} {path} HTTP/1.0\r\nhost: 127.0.0.1:{port}\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if method == "POST" {
        head.push_str(&format!("content-length: {}\r\norigin: http://127.0.0.1:{port}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.ok()?;
    stream.write_all(body).await.ok()?;
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut answer)).await.ok()?.ok()?;
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&answer[..split]).into_owned();
    let status = head.get(9..12)?.parse().ok()?;
    Some(Answer { status, head, body: answer[split + 4..].to_vec() })
}

fn enc(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

fn form(fields: &[(&str, &str)]) -> Vec<u8> {
    fields
        .iter()
        .map(|(name, value)| format!("{}={}", enc(name), enc(value)))
        .collect::<Vec<_>>()
        .join("&")
        .into_bytes()
}

const FORM: (&str, &str) = ("content-type", "application/x-www-form-urlencoded");

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// The nginx binary, or `None` (skipped) outside CI when it is not installed.
fn nginx_binary() -> Option<PathBuf> {
    let path = PathBuf::from("/usr/sbin/nginx");
    if path.exists() {
        return Some(path);
    }
    assert!(std::env::var_os("CI").is_none(), "CI must install nginx (nginx-light) for this test");
    eprintln!("skipped: nginx is not installed");
    None
}

/// nginx, stopped with SIGTERM when dropped so that its workers stop with it.
struct Nginx(Child);

impl Drop for Nginx {
    fn drop(&mut self) {
        let stopped = Command::new("kill").args(["-TERM", &self.0.id().to_string()]).status();
        if stopped.is_err() {
            let _ = self.0.kill();
        }
        let _ = self.0.wait();
    }
}

/// Three hubs and nginx in front of them.
struct Cluster {
    // Dropped in this order: nginx, the hubs, then their folder.
    _nginx: Nginx,
    hubs: [Option<Process>; 3],
    ports: [u16; 3],
    front: u16,
    database_url: String,
    dir: tempfile::TempDir,
}

impl Cluster {
    fn hub(&self, number: usize) -> Command {
        hub_command(self.dir.path(), &self.database_url, number, self.ports[number])
    }

    /// Starts hub `number` and waits until it says it is ready.
    async fn start(&mut self, number: usize) {
        let child = self.hub(number).spawn().expect("start hub");
        self.hubs[number] = Some(Process(child));
        wait_ready(self.ports[number]).await;
    }

    fn log(&self, number: usize) -> String {
        std::fs::read_to_string(self.dir.path().join(format!("hub{number}.log"))).unwrap_or_default()
    }
}

fn hub_command(dir: &Path, database_url: &str, number: usize, port: u16) -> Command {
    let data = dir.join(format!("hub{number}"));
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(format!("hub{number}.log")))
        .expect("log file");
    let mut command = Command::new(HUB);
    command
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HUB_DATA_DIR", &data)
        .env("HUB_DATABASE_URL", database_url)
        .env("HUB_CONTENT_DIR", Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content"))
        .env("HUB_CONTENT_SYNC", if number == 0 { "on" } else { "off" })
        .env("HUB_FILE_STORE", "database")
        .env("HUB_TRUSTED_PROXIES", "127.0.0.1")
        .env("HUB_INSTANCE", format!("hub-{number}"))
        .env("HUB_DRAIN_SECS", "0")
        .env("LEPTOS_OUTPUT_NAME", "hub")
        .env("LEPTOS_SITE_ROOT", data.join("site"))
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(log);
    command
}

async fn wait_ready(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(90);
    while Instant::now() < deadline {
        if http(port, Ipv4Addr::LOCALHOST, "GET", "/readyz", &[], b"").await.is_some_and(|a| a.status == 200)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("hub on port {port} did not become ready");
}

/// The nginx configuration: round robin over `ports`, listening on `front`, every path of
/// its own under `dir`.
fn nginx_config(dir: &Path, front: u16, ports: &[u16]) -> String {
    let servers: String = ports
        .iter()
        .map(|port| format!("    server 127.0.0.1:{port} max_fails=1 fail_timeout=2s;\n"))
        .collect();
    let d = dir.display();
    // Run as root (CI), nginx would hand its workers to `nobody`, who cannot write here.
    let root = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("Uid:"))
                .map(|ids| ids.split_whitespace().next() == Some("0"))
        })
        .unwrap_or(false);
    let user = if root { "user root;\n" } else { "" };
    format!(
        "{user}worker_processes 1;\npid {d}/nginx.pid;\nerror_log stderr warn;\ndaemon off;\n\
         events {{ worker_connections 512; }}\n\
         http {{\n  access_log off;\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n  \
         fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n  \
         upstream hubs {{\n{servers}    keepalive 16;\n  }}\n  \
         server {{\n    listen 127.0.0.1:{front};\n    client_max_body_size 20m;\n    \
         location / {{\n      proxy_pass http://hubs;\n      proxy_http_version 1.1;\n      \
         proxy_set_header Connection \"\";\n      proxy_set_header Host $http_host;\n      \
         proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n      \
         add_header X-Upstream $upstream_addr always;\n    }}\n  }}\n}}\n"
    )
}

/// Runs `hub` with `args` on the database (the command line, before any hub serves).
fn hub_cli(dir: &Path, database_url: &str, args: &[&str]) {
    let output = hub_command(dir, database_url, 9, 1)
        .env("HUB_PASSWORD", PASSWORD)
        .stderr(Stdio::piped())
        .args(args)
        .output()
        .expect("run hub");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

async fn sign_in(front: u16, from: Ipv4Addr, email: &str) -> String {
    let body = form(&[("_form", "sign-in"), ("email", email), ("password", PASSWORD)]);
    let answer = http(front, from, "POST", "/sign-in", &[FORM], &body).await.expect("an answer");
    assert_eq!(answer.status, 303, "{}", answer.text());
    answer.cookie().expect("a session cookie")
}

/// The number of search results for `query` from the hub on `port`.
async fn search_total(port: u16, query: &str) -> u64 {
    let Some(answer) =
        http(port, Ipv4Addr::LOCALHOST, "GET", &format!("/api/search?q={}&limit=1", enc(query)), &[], b"")
            .await
    else {
        return 0;
    };
    let value: serde_json::Value = serde_json::from_slice(&answer.body).unwrap_or_default();
    value["total"].as_u64().unwrap_or(0)
}

fn png() -> Vec<u8> {
    let image = image::RgbImage::from_fn(800, 450, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(image).write_to(&mut out, image::ImageFormat::Png).expect("encode");
    out.into_inner()
}

fn multipart(boundary: &str, fields: &[(&str, &str)], file: (&str, &str, &[u8])) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .bytes(),
        );
    }
    let (name, filename, bytes) = file;
    body.extend(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\nContent-Type: image/png\r\n\r\n")
            .bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend(format!("\r\n--{boundary}--\r\n").bytes());
    body
}

fn post_fields<'a>(action: &'a str, title: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("_form", "post"),
        ("title", title),
        ("summary", "How a ministry's analysts learned to publish open data."),
        ("lang", "en"),
        ("issue", ""),
        ("body", "Our analysts met every week.\n\n## What we did\n\nA **baseline** survey first."),
        ("tag:sdg:16", "on"),
        ("countries", ""),
        ("note", ""),
        ("action", action),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_hubs_behind_nginx_answer_as_one() {
    let Some(nginx) = nginx_binary() else { return };
    let Some(database_url) = crate::common::postgres_database().await else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    hub_cli(
        dir.path(),
        &database_url,
        &["user", "create", "--email", AUTHOR, "--name", "Ada Author", "--role", "admin"],
    );
    hub_cli(
        dir.path(),
        &database_url,
        &["user", "create", "--email", EDITOR, "--name", "Eda Editor", "--role", "editor"],
    );

    // Three hubs started at once: one migrates and syncs, the others wait for it.
    let ports = [free_port(), free_port(), free_port()];
    let front = free_port();
    let hubs = [0, 1, 2]
        .map(|n| Some(Process(hub_command(dir.path(), &database_url, n, ports[n]).spawn().expect("hub"))));
    for port in ports {
        wait_ready(port).await;
    }
    std::fs::write(dir.path().join("nginx.conf"), nginx_config(dir.path(), front, &ports))
        .expect("nginx config");
    let nginx = Command::new(nginx)
        .args(["-e", "stderr", "-p"])
        .arg(dir.path())
        .arg("-c")
        .arg(dir.path().join("nginx.conf"))
        .stdout(Stdio::null())
        .spawn()
        .expect("start nginx");
    let mut cluster = Cluster { dir, database_url, ports, hubs, front, _nginx: Nginx(nginx) };
    let deadline = Instant::now() + Duration::from_secs(10);
    while http(front, Ipv4Addr::LOCALHOST, "GET", "/healthz", &[], b"").await.is_none_or(|a| a.status != 200)
    {
        assert!(Instant::now() < deadline, "nginx did not come up");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // Round robin: every process answers in turn.
    let mut upstreams = BTreeSet::new();
    for _ in 0..6 {
        let answer = http(front, Ipv4Addr::LOCALHOST, "GET", "/", &[], b"").await.expect("home page");
        assert_eq!(answer.status, 200);
        upstreams.insert(answer.header("x-upstream").unwrap_or_default().to_owned());
    }
    assert_eq!(upstreams.len(), 3, "{upstreams:?}");

    // A member signs in through one process; the session holds on every other.
    let reader = Ipv4Addr::new(127, 0, 0, 2);
    let author = sign_in(front, reader, AUTHOR).await;
    for _ in 0..3 {
        let page =
            http(front, reader, "GET", "/account", &[("cookie", &author)], b"").await.expect("account");
        assert_eq!(page.status, 200, "signed in whichever process answers");
        assert!(page.text().contains("127.0.0.2"), "the session records the reader's address, not nginx's");
    }

    // A post written, with an image, submitted, approved and published through nginx.
    let title = format!("Analysts and open data at {MARKER}");
    let saved = http(
        front,
        reader,
        "POST",
        "/write",
        &[FORM, ("cookie", &author)],
        &form(&post_fields("save", &title)),
    )
    .await
    .expect("save");
    assert_eq!(saved.status, 303, "{}", saved.text());
    let id: i64 = saved
        .header("location")
        .and_then(|l| l.trim_start_matches("/write/").split('?').next()?.parse().ok())
        .expect("the post's id");
    let boundary = "hubtestboundary7";
    let upload = multipart(
        boundary,
        &[("_form", "image"), ("alt", "A chart of open datasets")],
        ("image", "chart.png", &png()),
    );
    let content_type = format!("multipart/form-data; boundary={boundary}");
    let uploaded = http(
        front,
        reader,
        "POST",
        &format!("/write/{id}/images"),
        &[("content-type", &content_type), ("cookie", &author)],
        &upload,
    )
    .await
    .expect("upload");
    assert_eq!(uploaded.status, 303, "{}", uploaded.text());
    let draft = http(front, reader, "GET", &format!("/write/{id}"), &[("cookie", &author)], b"")
        .await
        .expect("draft")
        .text();
    let image_path = draft
        .split("/media/images/")
        .nth(1)
        .and_then(|rest| rest.split(['"', ')', ' ', '&']).next())
        .map(|file| format!("/media/images/{file}"))
        .expect("the draft shows the uploaded image");
    // The image, stored once, is served by every process, the same bytes.
    let mut images = BTreeSet::new();
    for port in cluster.ports {
        let image = http(port, Ipv4Addr::LOCALHOST, "GET", &image_path, &[], b"").await.expect("image");
        assert_eq!(image.status, 200, "{image_path} from port {port}");
        assert_eq!(image.header("x-content-type-options"), Some("nosniff"));
        images.insert(image.body);
    }
    assert_eq!(images.len(), 1, "every process served the same bytes");

    let submitted = http(
        front,
        reader,
        "POST",
        &format!("/write/{id}"),
        &[FORM, ("cookie", &author)],
        &form(&post_fields("submit", &title)),
    )
    .await
    .expect("submit");
    assert_eq!(submitted.status, 303, "{}", submitted.text());
    // Each process answers one search first (its first query loads the word lists), so that
    // what is timed below is how soon the post reaches every index.
    for port in cluster.ports {
        assert_eq!(search_total(port, MARKER).await, 0, "not published yet");
    }
    let editor_address = Ipv4Addr::new(127, 0, 0, 3);
    let editor = sign_in(front, editor_address, EDITOR).await;
    for action in ["approve", "publish"] {
        let review = form(&[("_form", "review"), ("action", action), ("comment", "")]);
        let answer = http(
            front,
            editor_address,
            "POST",
            &format!("/write/{id}"),
            &[FORM, ("cookie", &editor)],
            &review,
        )
        .await
        .expect("review");
        assert_eq!(answer.status, 303, "{action}: {}", answer.text());
    }
    // The new post is found through every process soon after.
    let published = Instant::now();
    let deadline = published + Duration::from_secs(1);
    let mut found_after = [None; 3];
    while found_after.iter().any(Option::is_none) {
        assert!(Instant::now() < deadline, "the post never became searchable everywhere: {found_after:?}");
        let totals =
            futures_util::future::join_all(cluster.ports.map(|port| search_total(port, MARKER))).await;
        for (found, total) in found_after.iter_mut().zip(totals) {
            if found.is_none() && total == 1 {
                *found = Some(published.elapsed().as_millis());
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    eprintln!("new post searchable after {found_after:?} ms on the three processes");

    // One group document saved from two processes at once: both edits are kept.
    let group_form = form(&[
        ("_form", "group-new"),
        ("group_name", "Open data stewards"),
        ("theme", "artificial-intelligence"),
        ("charter", "We write a guide to open data."),
        ("visibility", "public"),
        ("quorum", "1"),
    ]);
    let group = http(front, reader, "POST", "/groups", &[FORM, ("cookie", &author)], &group_form)
        .await
        .expect("group");
    assert_eq!(group.status, 303, "{}", group.text());
    let slug = group
        .header("location")
        .and_then(|l| l.trim_start_matches("/groups/").split('?').next())
        .expect("slug")
        .to_owned();
    let document = http(
        front,
        reader,
        "POST",
        &format!("/groups/{slug}"),
        &[FORM, ("cookie", &author)],
        &form(&[("_form", "document"), ("title", "The guide")]),
    )
    .await
    .expect("document");
    assert_eq!(document.status, 303, "{}", document.text());
    let doc_path =
        document.header("location").and_then(|l| l.split('?').next()).expect("document path").to_owned();
    let first = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n";
    let saved = http(
        front,
        reader,
        "POST",
        &doc_path,
        &[FORM, ("cookie", &author)],
        &form(&[("_form", "save"), ("base", "0"), ("body", first), ("note", "")]),
    )
    .await
    .expect("first save");
    assert_eq!(saved.status, 303, "{}", saved.text());
    let edits = [
        "First paragraph, edited by one.\n\nSecond paragraph.\n\nThird paragraph.\n",
        "First paragraph.\n\nSecond paragraph.\n\nThird paragraph, edited by two.\n",
    ];
    let mut saves = Vec::new();
    for (n, body) in edits.iter().enumerate() {
        let (front, author, doc_path) = (cluster.front, author.clone(), doc_path.clone());
        let body = form(&[("_form", "save"), ("base", "1"), ("body", body), ("note", "")]);
        let from = Ipv4Addr::new(127, 0, 0, 10 + n as u8);
        saves.push(tokio::spawn(async move {
            http(front, from, "POST", &doc_path, &[FORM, ("cookie", &author)], &body).await
        }));
    }
    let mut savers = BTreeSet::new();
    for save in saves {
        let answer = save.await.expect("join").expect("save answered");
        assert_eq!(answer.status, 303, "{}", answer.text());
        savers.insert(answer.header("x-upstream").unwrap_or_default().to_owned());
    }
    eprintln!("the two saves were answered by {savers:?}");
    for port in cluster.ports {
        let page = http(port, Ipv4Addr::LOCALHOST, "GET", &doc_path, &[("cookie", &author)], b"")
            .await
            .expect("doc")
            .text();
        assert!(
            page.contains("edited by one") && page.contains("edited by two"),
            "both edits on port {port}"
        );
    }

    // Rate limits follow each reader's own address through nginx, across processes.
    let guesser = Ipv4Addr::new(127, 0, 0, 20);
    let guess = form(&[("_form", "sign-in"), ("email", AUTHOR), ("password", "guess-guess-guess")]);
    let mut statuses = Vec::new();
    for _ in 0..9 {
        // The guesser also claims other addresses; nginx appends the real one, and only that counts.
        let answer =
            http(front, guesser, "POST", "/sign-in", &[FORM, ("x-forwarded-for", "198.51.100.77")], &guess)
                .await
                .expect("guess");
        statuses.push(answer.status);
    }
    assert_eq!(&statuses[..6], &[422; 6], "{statuses:?}");
    assert!(statuses[6..].iter().all(|s| *s == 429), "limited whichever process answers: {statuses:?}");
    let owner = Ipv4Addr::new(127, 0, 0, 21);
    sign_in(front, owner, AUTHOR).await;

    // One process killed mid-way: the others go on; restarted, it catches up.
    let killed = cluster.hubs[2].take().expect("hub 2");
    drop(killed);
    let later_title = format!("A second post about {MARKER} written while one hub was down");
    let later = http(
        front,
        reader,
        "POST",
        "/write",
        &[FORM, ("cookie", &author)],
        &form(&post_fields("submit", &later_title)),
    )
    .await
    .expect("save while one is down");
    assert_eq!(later.status, 303, "{}", later.text());
    let later_id: i64 = later
        .header("location")
        .and_then(|l| l.trim_start_matches("/write/").split('?').next()?.parse().ok())
        .expect("the post's id");
    for action in ["approve", "publish"] {
        let review = form(&[("_form", "review"), ("action", action), ("comment", "")]);
        let answer = http(
            front,
            editor_address,
            "POST",
            &format!("/write/{later_id}"),
            &[FORM, ("cookie", &editor)],
            &review,
        )
        .await
        .expect("review");
        assert_eq!(answer.status, 303, "{action}: {}", answer.text());
    }
    for _ in 0..6 {
        let answer = http(front, reader, "GET", "/", &[], b"").await.expect("an answer with one hub down");
        assert_eq!(answer.status, 200);
    }
    cluster.start(2).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while search_total(cluster.ports[2], MARKER).await != 2 {
        assert!(Instant::now() < deadline, "the restarted hub never caught up:\n{}", cluster.log(2));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for port in cluster.ports {
        assert_eq!(search_total(port, MARKER).await, 2, "port {port}");
    }
}
