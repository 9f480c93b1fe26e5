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
//! | `LEPTOS_SITE_ADDR` | `127.0.0.1:3000` | address to listen on (Leptos' own) |
//! | `LEPTOS_SITE_ROOT` | `target/site` | compiled assets (Leptos' own) |

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context as _, bail};
use leptos::config::LeptosOptions;

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
    /// Leptos' options (address, site root, output name), from its `LEPTOS_*` variables.
    pub leptos: LeptosOptions,
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
        Ok(Self {
            index_dir: data_dir.join("index"),
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
    }
}
