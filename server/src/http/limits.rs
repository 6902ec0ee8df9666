//! Rate limits and who a request comes from.
//!
//! **Who.** [`ClientAddr`] is the connecting peer, unless that peer is one of
//! `SAYSO_TRUSTED_PROXIES`: then it is the right-most address in
//! `X-Forwarded-For` that is not itself a trusted proxy (a client can put
//! anything at the left of that header; only what our own proxies appended
//! can be believed). Anyone else's `X-Forwarded-For` is ignored. An IPv6
//! address counts by its /64, the block one household or phone is given, so
//! rotating through a block buys nothing.
//!
//! **How many.** [`RateLimiter`] (in `service::limits`) counts in the
//! database, shared by every instance.

use super::AppState;
pub use crate::service::limits::RateLimiter;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use std::convert::Infallible;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};

/// The client a request comes from, as far as it can be believed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

impl ClientAddr {
    /// What rate limits count: the address, or an IPv6 address's /64.
    pub fn rate_key(&self) -> String {
        rate_key(self.0)
    }
}

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::from([0, 0, 0, 0]));
        Ok(ClientAddr(client_ip(
            peer,
            &parts.headers,
            &state.config.trusted_proxies,
        )))
    }
}

fn trusted(ip: IpAddr, proxies: &[ipnet::IpNet]) -> bool {
    let ip = canonical(ip);
    proxies.iter().any(|net| net.contains(&ip))
}

/// `::ffff:1.2.3.4` is 1.2.3.4.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

/// The client's address: the peer, or when the peer is a trusted proxy the
/// right-most `X-Forwarded-For` hop that is not a trusted proxy.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, proxies: &[ipnet::IpNet]) -> IpAddr {
    let peer = canonical(peer);
    if !trusted(peer, proxies) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Some(ip) = parse_hop(hop) else {
            // Not an address: nothing to its left can be believed either.
            break;
        };
        client = canonical(ip);
        if !trusted(client, proxies) {
            break;
        }
    }
    client
}

/// `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1` or `[2001:db8::1]:443`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

/// An IPv4 address as it is; an IPv6 address as its /64.
pub fn rate_key(ip: IpAddr) -> String {
    match canonical(ip) {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{}/64", Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn xff(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn forwarded_for_is_ignored_unless_the_peer_is_a_trusted_proxy() {
        let proxies = crate::config::parse_trusted_proxies("10.0.0.0/8").unwrap();
        let h = xff(&["203.0.113.9"]);
        assert_eq!(client_ip(ip("198.51.100.1"), &h, &proxies), ip("198.51.100.1"));
        assert_eq!(client_ip(ip("198.51.100.1"), &h, &[]), ip("198.51.100.1"));
        assert_eq!(client_ip(ip("10.1.2.3"), &h, &proxies), ip("203.0.113.9"));
    }

    #[test]
    fn the_right_most_untrusted_hop_is_the_client() {
        let proxies = crate::config::parse_trusted_proxies("10.0.0.0/8, 192.168.1.1").unwrap();
        // A client wrote "1.1.1.1" itself; 203.0.113.9 is who connected to
        // our first proxy.
        let h = xff(&["1.1.1.1, 203.0.113.9", "192.168.1.1"]);
        assert_eq!(client_ip(ip("10.0.0.5"), &h, &proxies), ip("203.0.113.9"));
        // Only proxies: the left-most of them.
        let h = xff(&["10.0.0.7, 192.168.1.1"]);
        assert_eq!(client_ip(ip("10.0.0.5"), &h, &proxies), ip("10.0.0.7"));
        // No header: the proxy itself.
        assert_eq!(client_ip(ip("10.0.0.5"), &HeaderMap::new(), &proxies), ip("10.0.0.5"));
        // Garbage stops the walk at the last believable hop.
        let h = xff(&["203.0.113.9, junk, 10.0.0.9"]);
        assert_eq!(client_ip(ip("10.0.0.5"), &h, &proxies), ip("10.0.0.9"));
        let h = xff(&["[2001:db8::1]:443"]);
        assert_eq!(client_ip(ip("10.0.0.5"), &h, &proxies), ip("2001:db8::1"));
    }

    #[test]
    fn ipv6_addresses_count_by_their_64_block() {
        assert_eq!(
            rate_key(ip("2001:db8:1:2:aaaa::1")),
            rate_key(ip("2001:db8:1:2:ffff::9"))
        );
        assert_ne!(rate_key(ip("2001:db8:1:2::1")), rate_key(ip("2001:db8:1:3::1")));
        assert_eq!(rate_key(ip("::ffff:192.0.2.1")), "192.0.2.1");
        assert_ne!(rate_key(ip("192.0.2.1")), rate_key(ip("192.0.2.2")));
    }
}
