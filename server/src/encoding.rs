//! Bytes kept compressed ahead of time, and which of them a request gets.
//!
//! The page cache and the client bundle hold each answer three times (as is, gzip, brotli),
//! made once off the async workers; a request gets the one its `Accept-Encoding` prefers,
//! or `304 Not Modified` when its `If-None-Match` names the current version.

use std::io::Write;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use sha2::Digest;

/// A content coding the hub sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coding {
    Brotli,
    Gzip,
    Identity,
}

impl Coding {
    fn token(self) -> &'static str {
        match self {
            Self::Brotli => "br",
            Self::Gzip => "gzip",
            Self::Identity => "identity",
        }
    }
}

/// How hard to compress: pages are compressed while a reader waits (once per version),
/// the client bundle once per build.
#[derive(Clone, Copy, Debug)]
pub enum Effort {
    Page,
    Bundle,
}

/// One answer's bytes in every coding, with a version tag.
#[derive(Clone, Debug)]
pub struct Encoded {
    pub identity: Bytes,
    pub gzip: Bytes,
    pub brotli: Bytes,
    /// Weak entity tag of the uncompressed bytes (the same for every coding).
    pub etag: HeaderValue,
}

impl Encoded {
    /// `identity` compressed both ways. Blocking: CPU-bound work, run it off the async
    /// workers.
    pub fn compress(identity: Bytes, effort: Effort) -> Self {
        let (gzip_level, brotli_quality) = match effort {
            Effort::Page => (6, 6),
            Effort::Bundle => (9, 11),
        };
        let gzip = gzip(&identity, gzip_level);
        let brotli = brotli(&identity, brotli_quality);
        Self::from_parts(identity, gzip, brotli)
    }

    /// An answer whose compressed forms were made beforehand (at build time).
    pub fn from_parts(identity: Bytes, gzip: Bytes, brotli: Bytes) -> Self {
        let etag = etag_of(&identity);
        Self { identity, gzip, brotli, etag }
    }

    fn bytes(&self, coding: Coding) -> &Bytes {
        match coding {
            Coding::Brotli => &self.brotli,
            Coding::Gzip => &self.gzip,
            Coding::Identity => &self.identity,
        }
    }

    /// The answer to a request with `request` headers: `304` when it already has this
    /// version, else these bytes in the coding it prefers, under `headers` (which must not
    /// set `Content-Length`, `Content-Encoding` or `ETag`).
    pub fn answer(&self, request: &HeaderMap, mut headers: HeaderMap, head: bool) -> Response {
        headers.insert(header::ETAG, self.etag.clone());
        let varies = headers.get_all(header::VARY).iter().any(|value| {
            value.to_str().is_ok_and(|value| value.to_ascii_lowercase().contains("accept-encoding"))
        });
        if !varies {
            headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
        }
        if names_etag(request, &self.etag) {
            return respond(StatusCode::NOT_MODIFIED, headers, Bytes::new(), true);
        }
        let coding = preferred(request);
        if coding != Coding::Identity {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding.token()));
        }
        respond(StatusCode::OK, headers, self.bytes(coding).clone(), head)
    }
}

fn respond(status: StatusCode, headers: HeaderMap, body: Bytes, head: bool) -> Response {
    let length = body.len();
    let mut response = Response::new(if head { Body::empty() } else { Body::from(body) });
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    if status == StatusCode::OK {
        response.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    }
    response
}

/// `W/"…"`: the first 128 bits of the bytes' SHA-256.
fn etag_of(bytes: &[u8]) -> HeaderValue {
    let digest = sha2::Sha256::digest(bytes);
    let hex: String = digest[..16].iter().map(|byte| format!("{byte:02x}")).collect();
    // Hex digits and quotes always make a valid header value.
    HeaderValue::from_str(&format!("W/\"{hex}\"")).unwrap_or(HeaderValue::from_static("W/\"0\""))
}

/// Whether `If-None-Match` names `etag` (weak comparison) or is `*`.
fn names_etag(request: &HeaderMap, etag: &HeaderValue) -> bool {
    let Ok(etag) = etag.to_str() else { return false };
    let opaque = etag.trim_start_matches("W/");
    request.get_all(header::IF_NONE_MATCH).iter().filter_map(|value| value.to_str().ok()).any(|value| {
        value.split(',').map(str::trim).any(|tag| tag == "*" || tag.trim_start_matches("W/") == opaque)
    })
}

/// The coding `Accept-Encoding` prefers among brotli, gzip and none: the highest quality
/// value, brotli before gzip on a tie; an absent header means none.
pub fn preferred(request: &HeaderMap) -> Coding {
    let mut best = (Coding::Identity, 0.0_f32);
    for value in request.get_all(header::ACCEPT_ENCODING).iter().filter_map(|value| value.to_str().ok()) {
        for item in value.split(',') {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or("").trim();
            let coding = if name.eq_ignore_ascii_case("br") {
                Coding::Brotli
            } else if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
                Coding::Gzip
            } else {
                continue;
            };
            let quality = parts
                .filter_map(|parameter| parameter.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let better = quality > best.1 || (quality == best.1 && coding == Coding::Brotli);
            if quality > 0.0 && better {
                best = (coding, quality);
            }
        }
    }
    best.0
}

fn gzip(bytes: &[u8], level: u32) -> Bytes {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    // Writing to a vector cannot fail.
    let _ = encoder.write_all(bytes);
    Bytes::from(encoder.finish().unwrap_or_default())
}

fn brotli(bytes: &[u8], quality: u32) -> Bytes {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, quality, 22);
        let _ = writer.write_all(bytes);
    }
    Bytes::from(out)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn accepting(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn the_preferred_coding_follows_accept_encoding() {
        assert_eq!(preferred(&accepting("gzip, deflate, br")), Coding::Brotli);
        assert_eq!(preferred(&accepting("gzip, deflate")), Coding::Gzip);
        assert_eq!(preferred(&accepting("br;q=0.5, gzip")), Coding::Gzip);
        assert_eq!(preferred(&accepting("br;q=0, gzip;q=0")), Coding::Identity);
        assert_eq!(preferred(&accepting("identity")), Coding::Identity);
        assert_eq!(preferred(&HeaderMap::new()), Coding::Identity);
    }

    #[test]
    fn every_coding_gives_back_the_same_bytes() {
        let page = Bytes::from("<p>Digital capacity for civil servants</p>".repeat(200));
        let encoded = Encoded::compress(page.clone(), Effort::Page);
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&encoded.gzip[..]).read_to_end(&mut unzipped).unwrap();
        assert_eq!(unzipped, page);
        let mut unbrotlied = Vec::new();
        brotli::Decompressor::new(&encoded.brotli[..], 4096).read_to_end(&mut unbrotlied).unwrap();
        assert_eq!(unbrotlied, page);
        assert!(encoded.brotli.len() < page.len() / 10);
    }

    #[test]
    fn a_known_version_is_answered_304_without_a_body() {
        let encoded = Encoded::compress(Bytes::from_static(b"hello"), Effort::Page);
        let mut request = accepting("br");
        let response = encoded.answer(&request, HeaderMap::new(), false);
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
        let etag = response.headers()[header::ETAG].clone();
        request.insert(header::IF_NONE_MATCH, etag);
        let response = encoded.answer(&request, HeaderMap::new(), false);
        assert_eq!(response.status(), StatusCode::NOT_MODIFIED);
        request.insert(header::IF_NONE_MATCH, HeaderValue::from_static("W/\"other\""));
        assert_eq!(encoded.answer(&request, HeaderMap::new(), false).status(), StatusCode::OK);
    }
}
