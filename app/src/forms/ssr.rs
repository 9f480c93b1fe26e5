//! Server side of forms: reading a post, validating fields, and answering with a redirect
//! or the page again.

use std::collections::HashMap;
use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;

use super::FormReply;
use crate::app::shell;
use crate::error::{AppError, FieldError};
use crate::state::AppState;

/// Fields never echoed back into a page.
const SECRET_FIELDS: &[&str] = &["password", "current_password", "new_password"];

/// The address of the person behind a request, as the server worked it out from the peer and,
/// when the peer is a trusted proxy, the header it sets. Put in the request's extensions
/// before any handler runs; without it, the peer address is the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub std::net::IpAddr);

/// Where a request came from, for rate limits, sessions and the audit log.
#[derive(Clone, Debug)]
pub struct Client {
    /// The client's address: the one a trusted proxy forwarded, else the peer's.
    pub address: String,
    /// The `User-Agent` header, shortened.
    pub user_agent: String,
}

impl Client {
    /// Reads the client of a request.
    pub fn of(parts: &Parts) -> Client {
        let address = match parts.extensions.get::<ClientAddress>() {
            Some(ClientAddress(address)) => address.to_string(),
            None => parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map_or_else(|| "unknown".to_owned(), |info| info.0.ip().to_string()),
        };
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .chars()
            .take(200)
            .collect();
        Client { address, user_agent }
    }

    /// The command line, for actions taken there.
    pub fn command_line() -> Client {
        Client { address: "cli".to_owned(), user_agent: "hub".to_owned() }
    }
}

/// A posted form, field by field (the last value wins).
#[derive(Clone, Debug, Default)]
pub struct Posted {
    fields: HashMap<String, String>,
}

impl Posted {
    /// Reads an `application/x-www-form-urlencoded` body.
    pub fn parse(body: &[u8]) -> Posted {
        Posted { fields: form_urlencoded::parse(body).into_owned().collect() }
    }

    /// Builds a form from already-read fields.
    pub fn from_fields(fields: HashMap<String, String>) -> Posted {
        Posted { fields }
    }

    /// The field `name`, trimmed ("" when absent).
    pub fn text(&self, name: &str) -> String {
        self.fields.get(name).map(|v| v.trim().to_owned()).unwrap_or_default()
    }

    /// The field `name` exactly as sent (passwords are not trimmed).
    pub fn raw(&self, name: &str) -> String {
        self.fields.get(name).cloned().unwrap_or_default()
    }

    /// Names of the posted fields that start with `prefix`, without it.
    pub fn names_after<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.fields.keys().filter_map(move |name| name.strip_prefix(prefix))
    }

    /// Whether the checkbox `name` was ticked.
    pub fn checked(&self, name: &str) -> bool {
        self.fields.contains_key(name)
    }

    /// Which form was posted.
    pub fn form(&self) -> String {
        self.text("_form")
    }

    /// A reply carrying what was typed (minus secrets) and `errors`.
    pub fn reply(&self, errors: Vec<FieldError>) -> FormReply {
        let values = self
            .fields
            .iter()
            .filter(|(name, _)| !SECRET_FIELDS.contains(&name.as_str()) && !name.starts_with('_'))
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect();
        FormReply { form: super::form_key(&self.form(), &self.text("_instance")), values, errors }
    }
}

/// The signed-in person of a form post, or the outcome that sends the public to sign in
/// (and back to the page afterwards).
pub fn signed_in(parts: &Parts) -> Result<crate::auth::CurrentUser, Outcome> {
    parts
        .extensions
        .get::<Option<crate::auth::CurrentUser>>()
        .cloned()
        .flatten()
        .ok_or_else(|| AppError::Unauthorized.into())
}

/// A posted multipart form with one file field: its text fields (with `_form` always set,
/// so a failed upload shows its problem next to its own form) and the file, when one was
/// chosen.
pub struct Upload {
    /// The text fields, as posted.
    pub posted: Posted,
    /// The file's bytes; none when no file was chosen.
    pub file: Option<Vec<u8>>,
    /// What went wrong reading the body (the file too big, a text field too long).
    pub problem: Option<AppError>,
}

/// How a form with a file is read: its name, its file field, the largest file it takes and
/// the message shown when the file is larger.
#[derive(Clone, Copy, Debug)]
pub struct UploadForm {
    /// The form's `_form` name.
    pub form: &'static str,
    /// The name of its file field.
    pub file_field: &'static str,
    /// The largest file, in bytes.
    pub max_file_bytes: usize,
    /// Translation key of the message when the file is larger.
    pub too_big: &'static str,
}

impl UploadForm {
    /// The largest body accepted: the file and room for the text fields.
    pub const fn body_limit(&self) -> usize {
        self.max_file_bytes + 64 * 1024
    }

    /// Reads a posted body. Nothing of it is read when nobody is signed in (the problem is
    /// then [`AppError::Unauthorized`]) or when its announced length is over the limit; one
    /// that turns out longer is cut off where it passes the limit (the route's
    /// `DefaultBodyLimit`).
    pub async fn read(&self, parts: &Parts, mut multipart: axum::extract::Multipart) -> Upload {
        let headers = &parts.headers;
        let too_big =
            || AppError::Invalid { field: self.file_field.to_owned(), message: self.too_big.to_owned() };
        let mut fields = HashMap::new();
        let mut file = None;
        let mut problem = None;
        let announced = headers
            .get(header::CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse::<usize>().ok());
        if signed_in(parts).is_err() {
            problem = Some(AppError::Unauthorized);
        } else if announced.is_some_and(|length| length > self.body_limit()) {
            problem = Some(too_big());
        } else {
            loop {
                match multipart.next_field().await {
                    Ok(Some(field)) => {
                        let name = field.name().unwrap_or_default().to_owned();
                        if name == self.file_field {
                            match field.bytes().await {
                                Ok(bytes) if bytes.is_empty() => {}
                                Ok(bytes) => file = Some(bytes.to_vec()),
                                Err(_) => {
                                    problem = Some(too_big());
                                    break;
                                }
                            }
                        } else {
                            match field.text().await {
                                Ok(text) => {
                                    fields.insert(name, text);
                                }
                                Err(_) => {
                                    problem = Some(AppError::Invalid {
                                        field: name,
                                        message: "error-too-long".into(),
                                    });
                                    break;
                                }
                            }
                        }
                    }
                    Ok(None) => break,
                    Err(_) => {
                        problem = Some(too_big());
                        break;
                    }
                }
            }
        }
        // A body refused or cut short may not have reached even the form's name.
        fields.entry("_form".to_owned()).or_insert_with(|| self.form.to_owned());
        Upload { posted: Posted::from_fields(fields), file, problem }
    }
}

/// Field problems found while validating a form.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<FieldError>);

impl Problems {
    /// Records that `field` is wrong for the reason `key`.
    pub fn add(&mut self, field: &str, key: &str) {
        if !self.0.iter().any(|error| error.field == field) {
            self.0.push(FieldError::new(field, key));
        }
    }

    /// Checks that `value` is present and at most `max` characters long.
    pub fn text(&mut self, field: &str, value: &str, required: bool, max: usize) {
        if required && value.is_empty() {
            self.add(field, "error-required");
        } else if value.chars().count() > max {
            self.add(field, "error-too-long");
        }
    }

    /// Checks an email address; returns it lower-cased.
    pub fn email(&mut self, field: &str, value: &str) -> String {
        let email = value.trim().to_lowercase();
        if email.is_empty() {
            self.add(field, "error-required");
        } else if email.len() > 254 || email.parse::<lettre::Address>().is_err() {
            self.add(field, "error-email");
        }
        email
    }

    /// Checks a new password: 12 to 128 characters.
    pub fn new_password(&mut self, field: &str, value: &str) {
        let length = value.chars().count();
        if length < 12 {
            self.add(field, "error-password-short");
        } else if length > 128 {
            self.add(field, "error-password-long");
        }
    }

    /// Checks an optional web address; returns it when present and valid.
    pub fn website(&mut self, field: &str, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let ok = (value.starts_with("https://") || value.starts_with("http://"))
            && value.len() <= 300
            && !value
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
            && value
                .split_once("://")
                .is_some_and(|(_, rest)| rest.split('/').next().is_some_and(|host| host.contains('.')));
        if ok {
            Some(value.to_owned())
        } else {
            self.add(field, "error-website");
            None
        }
    }

    /// The problems so far, or `Ok` when there are none.
    pub fn into_result(self) -> Result<(), AppError> {
        let mut problems = self.0;
        match problems.len() {
            0 => Ok(()),
            1 if problems[0].value.is_none() => {
                let FieldError { field, key, .. } = problems.remove(0);
                Err(AppError::Invalid { field, message: key })
            }
            _ => Err(AppError::InvalidFields(problems)),
        }
    }
}

/// The outcome of a form's service call, as the handler sees it.
pub enum Outcome {
    /// Go on to `location`, setting these cookies.
    Redirect { location: String, cookies: Vec<String> },
    /// Show the page again with these field problems (status 422).
    Problems(Problems),
    /// Show the page again with what was typed and no problems (status 200): a preview that
    /// changes nothing.
    Again,
    /// The service refused.
    Error(AppError),
}

impl From<AppError> for Outcome {
    fn from(error: AppError) -> Self {
        match error {
            AppError::Invalid { field, message } => {
                Outcome::Problems(Problems(vec![FieldError::new(&field, &message)]))
            }
            AppError::InvalidFields(problems) => Outcome::Problems(Problems(problems)),
            other => Outcome::Error(other),
        }
    }
}

impl Outcome {
    /// Go on to `location`.
    pub fn go(location: impl Into<String>) -> Outcome {
        Outcome::Redirect { location: location.into(), cookies: Vec::new() }
    }
}

/// Answers a form post: the redirect, or the page at the posted URL rendered again with the
/// problems and the typed values.
pub async fn respond(state: &AppState, parts: Parts, posted: &Posted, outcome: Outcome) -> Response {
    let (status, errors) = match outcome {
        Outcome::Redirect { location, cookies } => return see_other(&location, &cookies),
        Outcome::Problems(problems) => (StatusCode::UNPROCESSABLE_ENTITY, problems.0),
        Outcome::Again => (StatusCode::OK, Vec::new()),
        Outcome::Error(AppError::Unauthorized) => {
            let back = parts.uri.path().to_owned();
            return see_other(
                &format!(
                    "/sign-in?next={}",
                    form_urlencoded::byte_serialize(back.as_bytes()).collect::<String>()
                ),
                &[],
            );
        }
        Outcome::Error(error) => {
            let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, vec![FieldError::new("form", error.body_key())])
        }
    };
    let reply = posted.reply(errors);
    render_page(state, parts, reply, status).await
}

/// Renders the page at `parts.uri` with `reply` in its context.
pub async fn render_page(state: &AppState, parts: Parts, reply: FormReply, status: StatusCode) -> Response {
    let context = {
        let state = state.clone();
        move || {
            state.provide_request_context();
            provide_context(reply.clone());
        }
    };
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(context, move || shell(options.clone()));
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    // A page that failed for its own reason (say, 404) keeps its status.
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    response.into_response()
}

/// `303 See Other` to `location` (a path on this site), setting `cookies`.
pub fn see_other(location: &str, cookies: &[String]) -> Response {
    let location = if crate::i18n::api::is_local_path(location) { location } else { "/" };
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    for cookie in cookies {
        if let Ok(value) = HeaderValue::from_str(cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}
