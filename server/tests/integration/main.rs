//! The integration tests, in one binary (each test file linked on its own would link the
//! whole hub again): the real router, a real SQLite file or PostgreSQL server, a real search
//! index on disk and a real SMTP server.

#![expect(clippy::expect_used, reason = "in a test, a failed expectation is the failure report")]

#[macro_use]
mod common;

mod accounts;
mod assessment;
mod blog;
mod blog_workflow;
mod busy;
mod case_submission;
mod cases;
mod cli;
mod demand;
mod durability;
mod events;
mod group_documents;
mod group_translations;
mod groups;
mod headers;
mod languages;
mod load_balancer;
mod pages;
mod pledges;
mod proxies;
mod search;
mod several_hubs;
mod store;
mod tls;
mod translations;
mod uploads;
