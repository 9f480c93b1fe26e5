//! The client bundle (stylesheet, JavaScript glue, WebAssembly), read once at start-up and
//! served from memory under content-hashed names (`/pkg/hub.3f9c….wasm`) that may be cached
//! for a year: a page always asks for the bundle of its own build, so a rolling deploy never
//! mixes an old page with a new bundle (an unknown version is a 404, and the page keeps
//! working without its client).
//!
//! The compressed forms come from the build (`hub.wasm.br`, `hub.wasm.gz`, written by
//! `cargo leptos build --release --precompress`) when they are at least as new as the file;
//! otherwise they are made once, in the background, and until then the file goes out as is.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use app::client::Bundle;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sha2::Digest;

use crate::encoding::{Effort, Encoded};

/// The bundle's files by their versioned name. Cheap to clone.
#[derive(Clone, Default)]
pub struct Assets {
    files: Arc<HashMap<String, Arc<Asset>>>,
}

struct Asset {
    content_type: &'static str,
    /// The file's bytes, then its compressed forms once made.
    encoded: RwLock<Encoded>,
}

impl Assets {
    /// Reads `<site_root>/<pkg_dir>/<output_name>.{css,js,wasm}`. A file that is missing (a
    /// hub run without a client build, as in tests) keeps its unversioned address.
    pub fn load(site_root: &Path, pkg_dir: &str, output_name: &str) -> (Bundle, Assets) {
        let mut bundle = Bundle::unversioned(pkg_dir, output_name);
        let mut files = HashMap::new();
        let mut to_compress = Vec::new();
        for (extension, content_type, address) in [
            ("css", "text/css; charset=utf-8", &mut bundle.css),
            ("js", "text/javascript; charset=utf-8", &mut bundle.js),
            ("wasm", "application/wasm", &mut bundle.wasm),
        ] {
            let path = site_root.join(pkg_dir).join(format!("{output_name}.{extension}"));
            let Ok(identity) = std::fs::read(&path) else {
                tracing::warn!(path = %path.display(), "client file missing: pages go without it");
                continue;
            };
            let identity = Bytes::from(identity);
            let name = format!("{output_name}.{}.{extension}", short_hash(&identity));
            let (encoded, built) = match (sibling(&path, "gz"), sibling(&path, "br")) {
                (Some(gzip), Some(brotli)) => (Encoded::from_parts(identity, gzip, brotli), true),
                _ => (Encoded::from_parts(identity.clone(), identity.clone(), identity), false),
            };
            let asset = Arc::new(Asset { content_type, encoded: RwLock::new(encoded) });
            if !built {
                to_compress.push(asset.clone());
            }
            *address = format!("/{pkg_dir}/{name}");
            files.insert(name, asset);
        }
        if !to_compress.is_empty() {
            // Until these are done, the files go out uncompressed (`from_parts` above kept the
            // same bytes under every coding, and `answer` sends no coding for them).
            std::thread::spawn(move || {
                for asset in to_compress {
                    let identity = asset.encoded.read().map(|e| e.identity.clone()).unwrap_or_default();
                    let compressed = Encoded::compress(identity, Effort::Bundle);
                    if let Ok(mut encoded) = asset.encoded.write() {
                        *encoded = compressed;
                    }
                }
            });
        }
        (bundle, Assets { files: Arc::new(files) })
    }
}

/// The first 64 bits of the SHA-256 of `bytes`, in hex.
fn short_hash(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)[..8].iter().map(|byte| format!("{byte:02x}")).collect()
}

/// `<path>.<extension>`, when the build wrote it after (or with) `path`.
fn sibling(path: &Path, extension: &str) -> Option<Bytes> {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{extension}"));
    let sibling = PathBuf::from(name);
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if modified(&sibling)? < modified(path)? {
        return None;
    }
    std::fs::read(sibling).ok().map(Bytes::from)
}

/// The route of the bundle's files: `GET /<pkg_dir>/{name}`.
pub fn routes<S: Clone + Send + Sync + 'static>(assets: Assets, pkg_dir: &str) -> Router<S> {
    Router::new().route(&format!("/{pkg_dir}/{{name}}"), get(serve)).with_state(assets)
}

/// `GET /pkg/{name}`: a versioned bundle file, cached for a year.
async fn serve(
    State(assets): State<Assets>,
    method: Method,
    UrlPath(name): UrlPath<String>,
    request: HeaderMap,
) -> Response {
    let Some(asset) = assets.files.get(&name) else {
        return (StatusCode::NOT_FOUND, "No such file in this version of the hub.").into_response();
    };
    let Ok(encoded) = asset.encoded.read().map(|encoded| encoded.clone()) else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    if encoded.gzip == encoded.identity {
        // Not compressed yet: no coding to offer.
        let request = HeaderMap::new();
        return encoded.answer(&request, headers, method == Method::HEAD);
    }
    encoded.answer(&request, headers, method == Method::HEAD)
}
