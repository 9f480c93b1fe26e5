//! Labelled form fields that show their error and keep what was typed.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{FieldError, current_form, current_form_repeats, form_reply};
use crate::i18n::t;

/// Id of the element that holds the error of `name`.
/// The id of the problem shown under field `name`: unique on the page, also when the form
/// is one of several of the same name.
fn error_id(name: &str) -> String {
    if current_form_repeats() { format!("{}-{name}-error", current_form()) } else { format!("{name}-error") }
}

/// Shared per-field lookups.
struct FieldState {
    id: String,
    value: Option<String>,
    error: Option<FieldError>,
}

fn field_state(name: &str) -> FieldState {
    let form = current_form();
    let reply = form_reply();
    FieldState {
        id: format!("{form}-{name}"),
        value: reply.value(&form, name),
        error: reply.error(&form, name),
    }
}

/// The explanation of a problem in the interface language, naming the value at fault when
/// the problem has one.
pub fn problem_text(problem: &FieldError) -> String {
    match &problem.value {
        Some(value) => crate::i18n::t_args(&problem.key, &[("value", value.clone())]),
        None => t(&problem.key),
    }
}

fn error_view(name: &str, error: Option<FieldError>) -> impl IntoView + use<> {
    let id = error_id(name);
    error.map(|error| view! { <p class="field-error" id=id>{problem_text(&error)}</p> })
}

/// The `aria-describedby` of a field: its hint and its error, when it has them.
fn described_by(hint: Option<String>, error: Option<String>) -> Option<String> {
    let ids: Vec<String> = hint.into_iter().chain(error).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled `<input>`.
#[component]
pub fn TextField(
    /// Field name.
    name: &'static str,
    /// Label text.
    label: String,
    /// `type` of the input (`text` when absent).
    #[prop(optional)]
    kind: Option<&'static str>,
    /// `autocomplete` token.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// Whether the field must be filled.
    #[prop(optional)]
    required: bool,
    /// Help text under the label.
    #[prop(optional)]
    hint: Option<String>,
    /// Value shown when nothing was typed yet.
    #[prop(optional, into)]
    value: Option<String>,
    /// Longest accepted input.
    #[prop(optional)]
    maxlength: Option<u32>,
) -> impl IntoView {
    let state = field_state(name);
    let kind = kind.unwrap_or("text");
    // Passwords are never sent back.
    let value = if kind == "password" { None } else { state.value.or(value) };
    let hint_id = format!("{}-hint", state.id);
    let described =
        described_by(hint.is_some().then(|| hint_id.clone()), state.error.is_some().then(|| error_id(name)));
    let invalid = state.error.is_some();
    view! {
        <div class="field" class:field-invalid=invalid>
            <label for=state.id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="field-hint" id=hint_id>{hint}</p> })}
            {error_view(name, state.error)}
            <input
                id=state.id
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                required=required
                maxlength=maxlength
                aria-invalid=invalid.then_some("true")
                aria-describedby=described
            />
        </div>
    }
}

/// A labelled `<textarea>`.
#[component]
pub fn TextArea(
    /// Field name.
    name: &'static str,
    /// Label text.
    label: String,
    /// Whether the field must be filled.
    #[prop(optional)]
    required: bool,
    /// Help text under the label.
    #[prop(optional)]
    hint: Option<String>,
    /// Value shown when nothing was typed yet.
    #[prop(optional, into)]
    value: Option<String>,
    /// Visible rows.
    #[prop(default = 5)]
    rows: u32,
) -> impl IntoView {
    let state = field_state(name);
    let value = state.value.or(value).unwrap_or_default();
    let hint_id = format!("{}-hint", state.id);
    let invalid = state.error.is_some();
    let described =
        described_by(hint.is_some().then(|| hint_id.clone()), state.error.is_some().then(|| error_id(name)));
    view! {
        <div class="field" class:field-invalid=invalid>
            <label for=state.id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="field-hint" id=hint_id>{hint}</p> })}
            {error_view(name, state.error)}
            <textarea
                id=state.id
                name=name
                rows=rows
                required=required
                aria-invalid=invalid.then_some("true")
                aria-describedby=described
            >
                {value}
            </textarea>
        </div>
    }
}

/// A labelled `<select>` over (value, label) pairs; an empty first choice unless `required`.
#[component]
pub fn SelectField(
    /// Field name.
    name: &'static str,
    /// Label text.
    label: String,
    /// The choices.
    options: Vec<(String, String)>,
    /// Whether a choice must be made.
    #[prop(optional)]
    required: bool,
    /// Label of the empty choice.
    #[prop(optional)]
    empty_label: Option<String>,
    /// Value chosen when nothing was posted yet.
    #[prop(optional, into)]
    value: Option<String>,
    /// Whether the values are language codes and the labels each language's name in itself:
    /// every choice then carries its own `lang` and `dir`.
    #[prop(optional)]
    languages: bool,
) -> impl IntoView {
    let state = field_state(name);
    let chosen = state.value.or(value).unwrap_or_default();
    let invalid = state.error.is_some();
    view! {
        <div class="field" class:field-invalid=invalid>
            <label for=state.id.clone()>{label}</label>
            {error_view(name, state.error)}
            <select
                id=state.id
                name=name
                required=required
                aria-invalid=invalid.then_some("true")
                aria-describedby=invalid.then(|| error_id(name))
            >
                {(!required || empty_label.is_some()).then(|| view! { <option value="">{empty_label.unwrap_or_default()}</option> })}
                {options
                    .into_iter()
                    .map(|(value, label)| {
                        let selected = value == chosen;
                        let lang = languages.then(|| value.clone());
                        let dir = languages.then(|| crate::i18n::text_dir(&value));
                        view! { <option value=value selected=selected lang=lang dir=dir>{label}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A labelled checkbox (`value="on"`).
#[component]
pub fn Checkbox(
    /// Field name.
    name: &'static str,
    /// Label text.
    label: String,
    /// Whether it is ticked when nothing was posted yet.
    #[prop(optional)]
    checked: bool,
) -> impl IntoView {
    let form = current_form();
    let reply = form_reply();
    let checked = if reply.form == form && !reply.form.is_empty() {
        reply.value(&form, name).is_some()
    } else {
        checked
    };
    let id = format!("{form}-{name}");
    view! {
        <div class="field field-checkbox">
            <input type="checkbox" id=id.clone() name=name value="on" checked=checked/>
            <label for=id>{label}</label>
        </div>
    }
}

/// Translation key of the label of the field `name`, for the error summary.
fn label_key(name: &str) -> String {
    match name {
        "contact_name" => "field-name".to_owned(),
        "contact_email" => "field-email".to_owned(),
        "reason" => "field-decline-reason".to_owned(),
        other => format!("field-{}", other.replace('_', "-")),
    }
}

/// The list of a form's problems, at its top, linking to each field. It takes the focus
/// when the page loads, so keyboard and screen-reader users land on it.
#[component]
pub fn FormErrorSummary() -> impl IntoView {
    let form = current_form();
    let reply = form_reply();
    if reply.form != form || reply.errors.is_empty() {
        return None;
    }
    let items = reply
        .errors
        .into_iter()
        .map(|error| {
            let FieldError { field, .. } = error.clone();
            let key = error;
            let label_key = label_key(&field);
            let text = if field == "form" || !crate::i18n::current_locale().has(&label_key) {
                problem_text(&key)
            } else {
                let label = t(&label_key);
                format!(
                    "{}: {}",
                    label.trim_end_matches(" (optional)").trim_end_matches(" (facultatif)"),
                    problem_text(&key)
                )
            };
            if field == "form" {
                view! { <li>{text}</li> }.into_any()
            } else {
                let href = format!("#{form}-{field}");
                view! { <li><a href=href>{text}</a></li> }.into_any()
            }
        })
        .collect_view();
    Some(view! {
        <div class="error-summary" role="alert" tabindex="-1" autofocus>
            <h2>{t("form-problems-title")}</h2>
            <ul>{items}</ul>
        </div>
    })
}

/// The confirmation of a finished action, named by `?done=…` in the URL (only known
/// notices are shown). A page rendered again as the reply to a form post shows none: the
/// `done` of the address it was posted from is about an earlier action.
#[component]
pub fn Notice() -> impl IntoView {
    const KNOWN: &[&str] = &[
        "signed-in",
        "signed-out",
        "password-changed",
        "profile-saved",
        "session-revoked",
        "reset-sent",
        "join-sent",
        "invitation-sent",
        "request-accepted",
        "request-declined",
        "organisation-saved",
        "role-changed",
        "welcome",
        "draft-saved",
        "submitted",
        "status-changed",
        "comment-added",
        "issue-created",
        "slot-assigned",
        "issue-published",
        "image-added",
        "case-submitted",
        "case-status-changed",
        "attachment-added",
        "group-created",
        "group-join-asked",
        "group-joined",
        "group-invitation-declined",
        "group-left",
        "group-invited",
        "group-member-changed",
        "group-settings-saved",
        "group-document-created",
        "group-saved",
        "group-merged",
        "group-conflict",
        "group-proposed",
        "group-endorsed",
        "group-published",
        "group-restored",
        "translation-started",
    ];
    let query = use_query_map();
    let replying = !form_reply().form.is_empty();
    let done = query.read_untracked().get("done").filter(|done| !replying && KNOWN.contains(&done.as_str()));
    done.map(|done| view! { <p class="notice" role="status">{t(&format!("notice-{done}"))}</p> })
}
