//! Downloads: the framework as JSON, a person's own profile (JSON or CSV), and an
//! organisation's results (JSON or CSV) — built from the same profile the pages show, so the
//! fewer-than-5 rule holds in them too.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::framework::Framework;
use super::scoring::Answers;
use crate::assessment::api::{BarView, CycleView, SelfProfile};

/// A file to download; never kept by caches (it may be private).
pub fn download(content_type: &'static str, name: &str, body: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response()
}

fn failed(err: impl std::fmt::Display) -> Response {
    tracing::error!(error = %err, "an assessment export failed");
    (StatusCode::INTERNAL_SERVER_ERROR, "The export failed; please try again later.").into_response()
}

/// Every framework version, as JSON.
pub fn framework_json(frameworks: &[Framework]) -> Response {
    #[derive(Serialize)]
    struct Export<'a> {
        note: &'static str,
        frameworks: &'a [Framework],
    }
    let export = Export {
        note: "Domains from the AI and Digital Transformation Competency Framework for Civil Servants (UNESCO); competencies, items and level statements written by the hub (source = \"hub\"); practice bands after the plan-do-check-act cycle of the Common Assessment Framework (CAF), in the hub's words.",
        frameworks,
    };
    match serde_json::to_vec_pretty(&export) {
        Ok(body) => {
            let mut response = download("application/json", "framework.json", body);
            response.headers_mut().remove(header::CONTENT_DISPOSITION);
            if let Ok(value) = "public, max-age=300".parse() {
                response.headers_mut().insert(header::CACHE_CONTROL, value);
            }
            response
        }
        Err(err) => failed(err),
    }
}

/// A person's own profile and answers.
#[derive(Serialize)]
struct SelfExport<'a> {
    framework_version: &'a str,
    overall: Option<i64>,
    domains: &'a [BarView],
    competencies: &'a [BarView],
    not_applicable: i64,
    prefer_not_to_say: i64,
    answers: std::collections::BTreeMap<&'a str, String>,
}

fn bar_rows(writer: &mut csv::Writer<Vec<u8>>, section: &str, bars: &[BarView]) -> csv::Result<()> {
    for bar in bars {
        let score = bar.score.map(|s| s.to_string()).unwrap_or_default();
        let respondents = bar.respondents.map(|s| s.to_string()).unwrap_or_default();
        let (q1, q3) = bar.spread.map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or_default();
        writer.write_record([section, &bar.code, &bar.label, &score, &respondents, &q1, &q3, ""])?;
    }
    Ok(())
}

/// A person's own profile, as `json` or `csv`.
pub fn self_export(
    framework: &Framework,
    answers: &Answers,
    profile: &SelfProfile,
    format: &str,
) -> Response {
    let export = SelfExport {
        framework_version: &framework.version,
        overall: profile.overall,
        domains: &profile.domains,
        competencies: &profile.competencies,
        not_applicable: profile.coverage.not_applicable,
        prefer_not_to_say: profile.coverage.prefer_not_to_say,
        answers: answers.iter().map(|(code, answer)| (code.as_str(), answer.code())).collect(),
    };
    if format == "csv" {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let written = (|| -> csv::Result<()> {
            writer.write_record(["section", "code", "name", "score", "respondents", "q1", "q3", "note"])?;
            writer.write_record([
                "overall",
                "",
                "",
                &profile.overall.map(|s| s.to_string()).unwrap_or_default(),
                "",
                "",
                "",
                "",
            ])?;
            bar_rows(&mut writer, "domain", &profile.domains)?;
            bar_rows(&mut writer, "competency", &profile.competencies)?;
            for (code, value) in &export.answers {
                writer.write_record(["answer", code, "", value, "", "", "", ""])?;
            }
            writer.flush()?;
            Ok(())
        })();
        return match (written, writer.into_inner()) {
            (Ok(()), Ok(body)) => download("text/csv; charset=utf-8", "self-reflection.csv", body),
            (Err(err), _) => failed(err),
            (_, Err(err)) => failed(err),
        };
    }
    match serde_json::to_vec_pretty(&export) {
        Ok(body) => download("application/json", "self-reflection.json", body),
        Err(err) => failed(err),
    }
}

/// An organisation's results in a cycle, as `json` or `csv`.
pub fn cycle_export(view: &CycleView, format: &str) -> Response {
    let name = format!("assessment-{}", view.summary.id);
    if format == "csv" {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let written = (|| -> csv::Result<()> {
            writer.write_record(["section", "code", "name", "score", "respondents", "q1", "q3", "note"])?;
            let note = format!("{} to {}", view.summary.opens_on, view.summary.closes_on);
            writer.write_record([
                "cycle",
                &view.summary.version,
                &view.summary.name,
                "",
                "",
                "",
                "",
                &note,
            ])?;
            if let Some(profile) = &view.profile {
                let overall = profile.overall.map(|s| s.to_string()).unwrap_or_default();
                writer.write_record([
                    "overall",
                    "",
                    "",
                    &overall,
                    &profile.respondents.to_string(),
                    "",
                    "",
                    "",
                ])?;
                bar_rows(&mut writer, "domain", &profile.domains)?;
                bar_rows(&mut writer, "competency", &profile.competencies)?;
                for disagreement in &profile.disagreements {
                    for (role, score) in &disagreement.roles {
                        writer.write_record([
                            "role",
                            role,
                            &disagreement.domain,
                            &score.to_string(),
                            "",
                            "",
                            "",
                            "",
                        ])?;
                    }
                }
            }
            if let Some(practice) = &view.practice {
                bar_rows(&mut writer, "practice", practice)?;
            }
            for (domain, before, now) in &view.change {
                let note = format!("previous cycle: {before}");
                writer.write_record(["change", "", domain, &now.to_string(), "", "", "", &note])?;
            }
            for item in &view.plan {
                let note = format!("due {}", item.due_on);
                writer.write_record(["plan", &item.competency, &item.actions, "", "", "", "", &note])?;
            }
            writer.flush()?;
            Ok(())
        })();
        return match (written, writer.into_inner()) {
            (Ok(()), Ok(body)) => download("text/csv; charset=utf-8", &format!("{name}.csv"), body),
            (Err(err), _) => failed(err),
            (_, Err(err)) => failed(err),
        };
    }
    match serde_json::to_vec_pretty(view) {
        Ok(body) => download("application/json", &format!("{name}.json"), body),
        Err(err) => failed(err),
    }
}
