//! The address of the person behind a request.
//!
//! Policy: the TCP peer is the client, unless the peer is one of the proxies the operator
//! named in `HUB_TRUSTED_PROXIES`. Only then is the forwarding header read (the one named by
//! `HUB_CLIENT_ADDRESS_HEADER`: `X-Forwarded-For` by default, or `Forwarded`), from its
//! right end: each hop a trusted proxy added is skipped, and the first address that is not a
//! trusted proxy is the client. Anything to the left of it was written by the client and is
//! never believed. A header that cannot be read leaves the last trusted hop as the address,
//! so a malformed header never lends anyone another address.
//!
//! `axum-client-ip` reads these headers too, but takes the rightmost entry whatever the peer
//! is; this module adds the check of the peer and of each hop against the trusted list.

use std::net::{IpAddr, SocketAddr};

use anyhow::bail;
use app::forms::ssr::ClientAddress;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;

/// Most forwarding hops read from a header; a longer chain is cut at its right end.
const MAX_HOPS: usize = 16;

/// Which header a trusted proxy writes the client's address to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForwardHeader {
    /// `X-Forwarded-For: client, proxy1, proxy2`.
    XForwardedFor,
    /// RFC 7239 `Forwarded: for=client, for=proxy1`.
    Forwarded,
}

/// The proxies whose forwarding header is believed, and which header that is.
#[derive(Clone, Debug)]
pub struct TrustedProxies {
    networks: Vec<IpNet>,
    header: ForwardHeader,
}

impl Default for TrustedProxies {
    fn default() -> Self {
        Self { networks: Vec::new(), header: ForwardHeader::XForwardedFor }
    }
}

impl TrustedProxies {
    /// Reads a list of addresses and networks (`127.0.0.1, 10.0.0.0/8, ::1`), separated by
    /// commas or spaces, and the header name (`x-forwarded-for` or `forwarded`).
    pub fn parse(list: &str, header: &str) -> anyhow::Result<Self> {
        let mut networks = Vec::new();
        for item in list.split([',', ' ', '\t', '\n']).map(str::trim).filter(|item| !item.is_empty()) {
            let network = match item.parse::<IpNet>() {
                Ok(network) => network,
                Err(_) => match item.parse::<IpAddr>() {
                    Ok(address) => IpNet::from(address),
                    Err(_) => {
                        bail!("HUB_TRUSTED_PROXIES: {item:?} is neither an address nor a network (CIDR)")
                    }
                },
            };
            networks.push(network.trunc());
        }
        let header = match header.trim().to_ascii_lowercase().as_str() {
            "" | "x-forwarded-for" => ForwardHeader::XForwardedFor,
            "forwarded" => ForwardHeader::Forwarded,
            other => bail!("HUB_CLIENT_ADDRESS_HEADER must be x-forwarded-for or forwarded, not {other:?}"),
        };
        Ok(Self { networks, header })
    }

    /// Whether any proxy is trusted.
    pub fn is_empty(&self) -> bool {
        self.networks.is_empty()
    }

    fn trusts(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.networks.iter().any(|network| network.contains(&address))
    }

    /// The client's address for a request from `peer` carrying `headers`.
    pub fn client_of(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        if !self.trusts(peer) {
            return peer;
        }
        let hops = match self.header {
            ForwardHeader::XForwardedFor => hops(headers, "x-forwarded-for", parse_x_forwarded_for),
            ForwardHeader::Forwarded => hops(headers, "forwarded", parse_forwarded),
        };
        let mut client = peer;
        for hop in hops.into_iter().rev().take(MAX_HOPS) {
            let Some(address) = hop else { break };
            client = canonical(address);
            if !self.trusts(client) {
                break;
            }
        }
        client
    }
}

/// An IPv4 address written as IPv6 (`::ffff:192.0.2.1`) is the IPv4 one.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        IpAddr::V4(_) => address,
    }
}

/// Every hop of the header `name` (all its lines, in order); `None` for one not readable.
fn hops(headers: &HeaderMap, name: &str, parse: fn(&str) -> Option<IpAddr>) -> Vec<Option<IpAddr>> {
    let mut hops = Vec::new();
    for value in headers.get_all(name) {
        match value.to_str() {
            Ok(value) => hops.extend(value.split(',').map(|hop| parse(hop.trim()))),
            Err(_) => hops.push(None),
        }
    }
    hops
}

/// One `X-Forwarded-For` hop: an address, possibly with a port (`[::1]:80`, `192.0.2.1:80`).
fn parse_x_forwarded_for(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>().ok().or_else(|| hop.parse::<SocketAddr>().ok().map(|addr| addr.ip()))
}

/// One `Forwarded` element: its `for=` parameter (`for=192.0.2.1`, `for="[2001:db8::1]:80"`).
fn parse_forwarded(element: &str) -> Option<IpAddr> {
    let value = element.split(';').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        key.trim().eq_ignore_ascii_case("for").then(|| value.trim().trim_matches('"'))
    })?;
    let bracketed = value.strip_prefix('[').and_then(|rest| rest.split_once(']')).map(|(inside, _)| inside);
    let value = bracketed.unwrap_or(value);
    value.parse::<IpAddr>().ok().or_else(|| value.parse::<SocketAddr>().ok().map(|addr| addr.ip()))
}

/// Middleware: puts the request's [`ClientAddress`] in its extensions.
pub async fn mark(State(trusted): State<TrustedProxies>, mut request: Request, next: Next) -> Response {
    if let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>().copied() {
        let address = trusted.client_of(peer.ip(), request.headers());
        request.extensions_mut().insert(ClientAddress(address));
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED))
    }

    fn headers(name: &'static str, values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            if let Ok(value) = HeaderValue::from_str(value) {
                headers.append(name, value);
            }
        }
        headers
    }

    fn proxies(list: &str) -> TrustedProxies {
        TrustedProxies::parse(list, "").unwrap_or_default()
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_claims() {
        let trusted = proxies("10.0.0.0/8");
        let spoofed = headers("x-forwarded-for", &["198.51.100.7"]);
        assert_eq!(trusted.client_of(ip("203.0.113.9"), &spoofed), ip("203.0.113.9"));
        let none = TrustedProxies::default();
        assert_eq!(none.client_of(ip("127.0.0.1"), &spoofed), ip("127.0.0.1"), "no proxy trusted by default");
    }

    #[test]
    fn a_trusted_proxy_names_the_client_and_earlier_entries_are_not_believed() {
        let trusted = proxies("127.0.0.1, 10.1.0.0/16");
        let one = headers("x-forwarded-for", &["203.0.113.9"]);
        assert_eq!(trusted.client_of(ip("127.0.0.1"), &one), ip("203.0.113.9"));
        // The client wrote "198.51.100.7" itself; the proxy appended the real peer.
        let spoofed = headers("x-forwarded-for", &["198.51.100.7, 203.0.113.9"]);
        assert_eq!(trusted.client_of(ip("127.0.0.1"), &spoofed), ip("203.0.113.9"));
        // Two trusted proxies in a row.
        let chain = headers("x-forwarded-for", &["198.51.100.7", "203.0.113.9, 10.1.2.3"]);
        assert_eq!(trusted.client_of(ip("127.0.0.1"), &chain), ip("203.0.113.9"));
    }

    #[test]
    fn a_malformed_or_missing_header_leaves_the_last_trusted_hop() {
        let trusted = proxies("127.0.0.1");
        assert_eq!(trusted.client_of(ip("127.0.0.1"), &HeaderMap::new()), ip("127.0.0.1"));
        let junk = headers("x-forwarded-for", &["198.51.100.7, not-an-address"]);
        assert_eq!(trusted.client_of(ip("127.0.0.1"), &junk), ip("127.0.0.1"));
        let ported = headers("x-forwarded-for", &["[2001:db8::1]:4711"]);
        assert_eq!(trusted.client_of(ip("127.0.0.1"), &ported), ip("2001:db8::1"));
    }

    #[test]
    fn the_forwarded_header_is_read_when_asked_for() {
        let trusted = TrustedProxies::parse("::1", "Forwarded").unwrap_or_default();
        let forwarded =
            headers("forwarded", &[r#"for=198.51.100.7, for="[2001:db8::5]:80";proto=https;by=10.0.0.1"#]);
        assert_eq!(trusted.client_of(ip("::1"), &forwarded), ip("2001:db8::5"));
        let xff = headers("x-forwarded-for", &["203.0.113.9"]);
        assert_eq!(trusted.client_of(ip("::1"), &xff), ip("::1"), "the other header is ignored");
    }

    #[test]
    fn mapped_addresses_and_bad_lists() {
        let trusted = proxies("192.0.2.0/24");
        let xff = headers("x-forwarded-for", &["::ffff:203.0.113.9"]);
        assert_eq!(trusted.client_of(ip("::ffff:192.0.2.10"), &xff), ip("203.0.113.9"));
        assert!(TrustedProxies::parse("10.0.0.0/33", "").is_err());
        assert!(TrustedProxies::parse("proxy.example.org", "").is_err());
        assert!(TrustedProxies::parse("", "x-real-ip").is_err());
        assert!(TrustedProxies::parse(" ", "").is_ok_and(|trusted| trusted.is_empty()));
    }
}
