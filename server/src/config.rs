//! Configuration, read from the environment once at start-up.
//!
//! Every variable has a default, so a bare `hub` works from a checkout:
//!
//! | variable | default | meaning |
//! |---|---|---|
//! | `HUB_DATA_DIR` | `./data` | where the SQLite file and the search index live |
//! | `HUB_DATABASE_URL` | `sqlite://<HUB_DATA_DIR>/hub.db` | SQLite or PostgreSQL URL |
//! | `HUB_CONTENT_DIR` | `./content` | Markdown content synced at start-up |
//! | `HUB_REQUEST_TIMEOUT_SECS` | `30` | longest time a request may take |
//! | `HUB_PUBLIC_URL` | `http://<LEPTOS_SITE_ADDR>` | address readers reach the hub at; emailed links start with it |
//! | `HUB_SMTP_URL` | none | SMTP server for email (`smtp://host:port`, `smtps://user:pass@host`, `smtp://host?tls=required`); without it, messages are written to `<HUB_DATA_DIR>/outbox/` as `.eml` files |
//! | `HUB_MAIL_FROM` | `Coalition Hub <noreply@localhost>` | sender of the hub's email |
//! | `HUB_TRUSTED_PROXIES` | none | addresses or networks (`127.0.0.1, 10.0.0.0/8`) of the proxies in front of the hub; only from these is the client's address taken from the forwarding header |
//! | `HUB_CLIENT_ADDRESS_HEADER` | `x-forwarded-for` | the header those proxies write the client's address to (`x-forwarded-for` or `forwarded`) |
//! | `HUB_CONTENT_SYNC` | `on` | `off` leaves `content/` alone at start-up: with several hubs, let one of them sync |
//! | `HUB_FILE_STORE` | `folder` | where uploaded files are kept: `folder` (`<HUB_DATA_DIR>/uploads`) or `database` (shared by every hub on the database) |
//! | `HUB_INSTANCE` | host name and index folder | this process's name in the table of index positions |
//! | `HUB_READY_MAX_LAG` | `1000` | outbox entries the index may be behind and the hub still say it is ready |
//! | `HUB_DRAIN_SECS` | `5` | after SIGTERM, how long `/readyz` says no before the listener closes |
//! | `HUB_METRICS_ADDR` | none | address of a separate listener for `/metrics` (Prometheus), e.g. `127.0.0.1:9464` |
//! | `HUB_METRICS_TOKEN` | none | serves `/metrics` on the main listener to requests bearing this token |
//! | `LEPTOS_SITE_ADDR` | `127.0.0.1:3000` | address to listen on (Leptos' own) |
//! | `LEPTOS_SITE_ROOT` | `target/site` | compiled assets (Leptos' own) |

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context as _, bail};
use leptos::config::LeptosOptions;

use crate::client_address::TrustedProxies;

/// The hub's settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Folder for data the hub owns (`HUB_DATA_DIR`).
    pub data_dir: PathBuf,
    /// Database URL (`HUB_DATABASE_URL`).
    pub database_url: String,
    /// Folder of Markdown content (`HUB_CONTENT_DIR`).
    pub content_dir: PathBuf,
    /// Folder of the search index: `<data_dir>/index`.
    pub index_dir: PathBuf,
    /// Longest time a request may take (`HUB_REQUEST_TIMEOUT_SECS`).
    pub request_timeout: Duration,
    /// Address readers reach the hub at, without a trailing slash (`HUB_PUBLIC_URL`).
    pub public_url: String,
    /// SMTP server URL (`HUB_SMTP_URL`); none writes email to `outbox_dir`.
    pub smtp_url: Option<String>,
    /// Sender of the hub's email (`HUB_MAIL_FROM`).
    pub mail_from: String,
    /// Folder of email written instead of sent: `<data_dir>/outbox`.
    pub outbox_dir: PathBuf,
    /// Folder of uploaded files: `<data_dir>/uploads`.
    pub uploads_dir: PathBuf,
    /// Proxies whose forwarding header names the client (`HUB_TRUSTED_PROXIES`,
    /// `HUB_CLIENT_ADDRESS_HEADER`).
    pub trusted_proxies: TrustedProxies,
    /// Whether `content/` is synced at start-up (`HUB_CONTENT_SYNC`).
    pub content_sync: bool,
    /// Where uploaded files are kept (`HUB_FILE_STORE`).
    pub file_store: FileStoreKind,
    /// This process's name among the hubs on one database (`HUB_INSTANCE`).
    pub instance: String,
    /// Outbox entries the index may lag and the hub still be ready (`HUB_READY_MAX_LAG`).
    pub ready_max_lag: i64,
    /// How long the hub says it is not ready before it stops listening (`HUB_DRAIN_SECS`).
    pub drain: Duration,
    /// Separate listener for `/metrics` (`HUB_METRICS_ADDR`).
    pub metrics_addr: Option<std::net::SocketAddr>,
    /// Token that opens `/metrics` on the main listener (`HUB_METRICS_TOKEN`).
    pub metrics_token: Option<String>,
    /// Leptos' options (address, site root, output name), from its `LEPTOS_*` variables.
    pub leptos: LeptosOptions,
}

/// Where uploaded files are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileStoreKind {
    /// A folder on this machine (the embedded default).
    Folder,
    /// A table of the database, shared by every hub on it.
    Database,
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> anyhow::Result<Self> {
        let mut leptos =
            leptos::config::get_configuration(None).context("reading the LEPTOS_* settings")?.leptos_options;
        // A binary built by plain `cargo build` (not cargo-leptos) has no output name baked
        // in: the client bundle's files are still called `hub.*`.
        if leptos.output_name.is_empty() {
            leptos.output_name = "hub".into();
        }
        Self::from_vars(|name| std::env::var(name).ok(), leptos)
    }

    /// Builds the configuration from `var` (a lookup of environment variables).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>, leptos: LeptosOptions) -> anyhow::Result<Self> {
        let non_empty = |name: &str| var(name).filter(|value| !value.trim().is_empty());
        let data_dir = PathBuf::from(non_empty("HUB_DATA_DIR").unwrap_or_else(|| "data".to_owned()));
        let database_url = non_empty("HUB_DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("hub.db").display()));
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            bail!("HUB_DATABASE_URL must start with sqlite:, postgres:// or postgresql://");
        }
        let content_dir = PathBuf::from(non_empty("HUB_CONTENT_DIR").unwrap_or_else(|| "content".to_owned()));
        let request_timeout = match non_empty("HUB_REQUEST_TIMEOUT_SECS") {
            None => Duration::from_secs(30),
            Some(value) => match value.trim().parse::<u64>() {
                Ok(secs) if (1..=3600).contains(&secs) => Duration::from_secs(secs),
                _ => bail!(
                    "HUB_REQUEST_TIMEOUT_SECS must be a whole number of seconds from 1 to 3600, not {value:?}"
                ),
            },
        };
        let public_url = non_empty("HUB_PUBLIC_URL")
            .unwrap_or_else(|| format!("http://{}", leptos.site_addr))
            .trim()
            .trim_end_matches('/')
            .to_owned();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            bail!("HUB_PUBLIC_URL must start with http:// or https://, not {public_url:?}");
        }
        let smtp_url = non_empty("HUB_SMTP_URL");
        if let Some(url) = &smtp_url
            && !(url.starts_with("smtp://") || url.starts_with("smtps://"))
        {
            bail!("HUB_SMTP_URL must start with smtp:// or smtps://");
        }
        let mail_from =
            non_empty("HUB_MAIL_FROM").unwrap_or_else(|| "Coalition Hub <noreply@localhost>".to_owned());
        let trusted_proxies = TrustedProxies::parse(
            &non_empty("HUB_TRUSTED_PROXIES").unwrap_or_default(),
            &non_empty("HUB_CLIENT_ADDRESS_HEADER").unwrap_or_default(),
        )?;
        let content_sync =
            match non_empty("HUB_CONTENT_SYNC").map(|v| v.trim().to_ascii_lowercase()).as_deref() {
                None | Some("on" | "true" | "1" | "yes") => true,
                Some("off" | "false" | "0" | "no") => false,
                Some(other) => bail!("HUB_CONTENT_SYNC must be on or off, not {other:?}"),
            };
        let file_store = match non_empty("HUB_FILE_STORE").map(|v| v.trim().to_ascii_lowercase()).as_deref() {
            None | Some("folder") => FileStoreKind::Folder,
            Some("database") => FileStoreKind::Database,
            Some(other) => bail!("HUB_FILE_STORE must be folder or database, not {other:?}"),
        };
        let index_dir = data_dir.join("index");
        let instance = match non_empty("HUB_INSTANCE") {
            Some(name) => name.trim().chars().take(200).collect(),
            None => {
                let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
                    .map(|name| name.trim().to_owned())
                    .unwrap_or_else(|_| "localhost".to_owned());
                let index = std::path::absolute(&index_dir).unwrap_or_else(|_| index_dir.clone());
                format!("{host}:{}", index.display()).chars().take(200).collect()
            }
        };
        let number =
            |name: &str, default: u64, range: std::ops::RangeInclusive<u64>| -> anyhow::Result<u64> {
                match non_empty(name) {
                    None => Ok(default),
                    Some(value) => match value.trim().parse::<u64>() {
                        Ok(number) if range.contains(&number) => Ok(number),
                        _ => bail!(
                            "{name} must be a whole number from {} to {}, not {value:?}",
                            range.start(),
                            range.end()
                        ),
                    },
                }
            };
        let ready_max_lag =
            i64::try_from(number("HUB_READY_MAX_LAG", 1000, 1..=100_000_000)?).unwrap_or(1000);
        let drain = Duration::from_secs(number("HUB_DRAIN_SECS", 5, 0..=300)?);
        let metrics_addr = match non_empty("HUB_METRICS_ADDR") {
            None => None,
            Some(value) => Some(value.trim().parse().with_context(|| {
                format!("HUB_METRICS_ADDR must be an address and port (127.0.0.1:9464), not {value:?}")
            })?),
        };
        let metrics_token = non_empty("HUB_METRICS_TOKEN").map(|token| token.trim().to_owned());
        if metrics_token.as_ref().is_some_and(|token| token.len() < 16) {
            bail!("HUB_METRICS_TOKEN must be at least 16 characters long");
        }
        Ok(Self {
            index_dir,
            trusted_proxies,
            content_sync,
            file_store,
            instance,
            ready_max_lag,
            drain,
            metrics_addr,
            metrics_token,
            outbox_dir: data_dir.join("outbox"),
            uploads_dir: data_dir.join("uploads"),
            public_url,
            smtp_url,
            mail_from,
            data_dir,
            database_url,
            content_dir,
            request_timeout,
            leptos,
        })
    }

    /// The mailer these settings ask for.
    pub fn mailer(&self) -> anyhow::Result<app::mail::Mailer> {
        match &self.smtp_url {
            Some(url) => app::mail::Mailer::smtp(url, &self.mail_from)
                .context("HUB_SMTP_URL or HUB_MAIL_FROM is not usable"),
            None => app::mail::Mailer::files(self.outbox_dir.clone(), &self.mail_from)
                .with_context(|| format!("cannot use {} for outgoing email", self.outbox_dir.display())),
        }
    }

    /// Whether the database is an SQLite file (whose folder must exist).
    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn options() -> LeptosOptions {
        LeptosOptions::builder().output_name("hub").build()
    }

    fn config(vars: &[(&str, &str)]) -> anyhow::Result<Config> {
        let vars: HashMap<String, String> =
            vars.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        Config::from_vars(|name| vars.get(name).cloned(), options())
    }

    #[test]
    fn defaults_need_no_variables() {
        let config = config(&[]).expect("defaults");
        assert_eq!(config.data_dir, PathBuf::from("data"));
        assert_eq!(config.database_url, "sqlite://data/hub.db");
        assert_eq!(config.index_dir, PathBuf::from("data/index"));
        assert_eq!(config.content_dir, PathBuf::from("content"));
        assert_eq!(config.request_timeout, Duration::from_secs(30));
        assert!(config.is_sqlite());
        assert_eq!(config.public_url, format!("http://{}", options().site_addr));
        assert_eq!(config.outbox_dir, PathBuf::from("data/outbox"));
        assert!(config.smtp_url.is_none());
    }

    #[test]
    fn mail_settings_are_checked() {
        let valid = config(&[
            ("HUB_PUBLIC_URL", "https://hub.example.org/"),
            ("HUB_SMTP_URL", "smtp://127.0.0.1:2525"),
        ])
        .expect("valid");
        assert_eq!(valid.public_url, "https://hub.example.org");
        assert_eq!(valid.smtp_url.as_deref(), Some("smtp://127.0.0.1:2525"));
        assert!(config(&[("HUB_SMTP_URL", "mail.example.org")]).is_err());
        assert!(config(&[("HUB_PUBLIC_URL", "hub.example.org")]).is_err());
    }

    #[test]
    fn data_dir_moves_database_and_index() {
        let config = config(&[("HUB_DATA_DIR", "/srv/hub")]).expect("valid");
        assert_eq!(config.database_url, "sqlite:///srv/hub/hub.db");
        assert_eq!(config.index_dir, PathBuf::from("/srv/hub/index"));
    }

    #[test]
    fn explicit_values_win_and_empty_ones_do_not() {
        let config =
            config(&[("HUB_DATABASE_URL", "postgres://db/hub"), ("HUB_CONTENT_DIR", "  ")]).expect("valid");
        assert_eq!(config.database_url, "postgres://db/hub");
        assert!(!config.is_sqlite());
        assert_eq!(config.content_dir, PathBuf::from("content"));
    }

    #[test]
    fn bad_values_are_refused_with_a_reason() {
        let err = config(&[("HUB_DATABASE_URL", "mysql://x")]).expect_err("mysql");
        assert!(err.to_string().contains("HUB_DATABASE_URL"));
        let err = config(&[("HUB_REQUEST_TIMEOUT_SECS", "soon")]).expect_err("not a number");
        assert!(err.to_string().contains("HUB_REQUEST_TIMEOUT_SECS"));
        assert!(config(&[("HUB_REQUEST_TIMEOUT_SECS", "0")]).is_err());
        assert!(config(&[("HUB_TRUSTED_PROXIES", "10.0.0.0/40")]).is_err());
        assert!(config(&[("HUB_CONTENT_SYNC", "sometimes")]).is_err());
        assert!(config(&[("HUB_FILE_STORE", "s3")]).is_err());
        assert!(config(&[("HUB_METRICS_ADDR", "everywhere")]).is_err());
        assert!(config(&[("HUB_METRICS_TOKEN", "short")]).is_err());
        assert!(config(&[("HUB_READY_MAX_LAG", "0")]).is_err());
    }

    #[test]
    fn several_hubs_settings() {
        let config = config(&[
            ("HUB_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8"),
            ("HUB_CONTENT_SYNC", "off"),
            ("HUB_FILE_STORE", "database"),
            ("HUB_INSTANCE", "hub-2"),
            ("HUB_METRICS_ADDR", "127.0.0.1:9464"),
        ])
        .expect("valid");
        assert!(!config.trusted_proxies.is_empty());
        assert!(!config.content_sync);
        assert_eq!(config.file_store, FileStoreKind::Database);
        assert_eq!(config.instance, "hub-2");
        assert_eq!(config.metrics_addr.map(|addr| addr.port()), Some(9464));
        let defaults = super::tests::config(&[]).expect("defaults");
        assert!(defaults.content_sync && defaults.trusted_proxies.is_empty());
        assert_eq!(defaults.file_store, FileStoreKind::Folder);
        assert!(defaults.instance.ends_with("/data/index"), "{}", defaults.instance);
    }
}
