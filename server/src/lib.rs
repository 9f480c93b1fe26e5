//! The `hub` binary's library: configuration, router, start-up and commands, so that
//! integration tests build exactly what the binary serves.

pub mod assets;
pub mod cli;
pub mod client_address;
pub mod config;
pub mod encoding;
pub mod health;
pub mod logging;
pub mod media;
pub mod metrics;
pub mod outbox;
pub mod page_cache;
pub mod redirects;
pub mod router;
pub mod search;
pub mod startup;
