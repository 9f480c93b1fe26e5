//! Upload routes check who is asking before they read a byte of the body: a stranger
//! announcing a 9 MB file is answered at once, and the body is never waited for.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

use crate::common::TestApp;

/// Posts to `path` a multipart body announced as 9 MB of which only the first kilobyte is
/// ever sent; the status line of the answer, and how long it took.
async fn post_without_the_body(address: std::net::SocketAddr, path: &str) -> (String, Duration) {
    let mut stream = TcpStream::connect(address).await.expect("connect");
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:3000\r\nAccept: text/html\r\nContent-Type: multipart/form-data; boundary=X\r\nContent-Length: 9000000\r\nSec-Fetch-Site: same-origin\r\n\r\n--X\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.expect("send the head");
    stream.write_all(&[b'%'; 1024]).await.expect("send a little of the body");
    let started = Instant::now();
    let mut answer = vec![0u8; 64];
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut answer)).await;
    let took = started.elapsed();
    let read = read.map_or(0, |read| read.unwrap_or(0));
    let status = String::from_utf8_lossy(&answer[..read]).lines().next().unwrap_or_default().to_owned();
    (status, took)
}

#[tokio::test]
async fn strangers_are_answered_before_their_upload_is_read() {
    let app = TestApp::sqlite().await;
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let router = app.router.clone();
    let server = tokio::spawn(async move { axum::serve(listener, router).await });
    for path in ["/cases/submit/1/attachments", "/write/1/images", "/admin/organisations/new"] {
        let (status, took) = post_without_the_body(address, path).await;
        eprintln!("{path}: {status} after {took:?}");
        assert!(!status.is_empty(), "{path} waited for a body that never came");
        assert!(status.contains(" 303 ") || status.contains(" 401 "), "{path}: {status}");
        assert!(took < Duration::from_secs(2), "{path} took {took:?}");
    }
    server.abort();
}
