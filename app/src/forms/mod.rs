//! HTML forms that work without JavaScript.
//!
//! Policy: a form posts back to the URL of the page that shows it. The server handler runs
//! one service call; on success it answers `303 See Other` to the next page (with a
//! `?done=…` notice), on failure it renders the same page again with the errors next to
//! their fields, an error summary at the top, the status of the failure (422, 429, …) and
//! everything that was typed except passwords. The page finds that outcome in a
//! [`FormReply`] in its context.

mod fields;
#[cfg(feature = "ssr")]
pub mod ssr;

use std::collections::HashMap;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::error::FieldError;

pub use fields::{Checkbox, FormErrorSummary, Notice, SelectField, TextArea, TextField, problem_text};

/// The outcome of a failed form post, rendered back into the page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormReply {
    /// Which form on the page was posted (its `_form` hidden field).
    pub form: String,
    /// What was typed, by field name (never passwords).
    pub values: HashMap<String, String>,
    /// Problems; the field `form` is the form as a whole.
    pub errors: Vec<FieldError>,
}

impl FormReply {
    /// The typed value of `name`, if this reply is for `form`.
    pub fn value(&self, form: &str, name: &str) -> Option<String> {
        (self.form == form).then(|| self.values.get(name).cloned()).flatten()
    }

    /// The problem with `name`, if this reply is for `form`.
    pub fn error(&self, form: &str, name: &str) -> Option<FieldError> {
        if self.form != form {
            return None;
        }
        self.errors.iter().find(|error| error.field == name).cloned()
    }
}

/// The reply of the current request (empty when the page was simply loaded).
pub fn form_reply() -> FormReply {
    use_context::<FormReply>().unwrap_or_default()
}

/// The form a field belongs to, provided by [`HubForm`].
#[derive(Clone, Debug)]
struct FormName {
    /// The form's name (its `_form` field).
    name: &'static str,
    /// The name, then the instance when the page shows the form several times
    /// (`role-12`): what the ids of its fields start with and what a reply names.
    key: String,
}

/// A `<form method="post">` to the current page, naming itself in a hidden `_form` field so
/// its fields can find their replies. `multipart` for file uploads.
#[component]
pub fn HubForm(
    /// Name of the form, unique on its page.
    name: &'static str,
    /// Where it posts; the current page when absent.
    #[prop(optional, into)]
    action: Option<String>,
    /// Whether it uploads files.
    #[prop(optional)]
    multipart: bool,
    /// Extra class.
    #[prop(optional)]
    class: &'static str,
    /// Which of several forms of the same name on the page this is (a person's id on a list
    /// of people): its fields get ids of their own, so each label names its own control, and
    /// a failed post shows its problems on this form only.
    #[prop(optional, into)]
    instance: Option<String>,
    children: Children,
) -> impl IntoView {
    let key = form_key(name, instance.as_deref().unwrap_or_default());
    provide_context(FormName { name, key });
    let enctype = multipart.then_some("multipart/form-data");
    view! {
        <form method="post" action=action enctype=enctype class=format!("hub-form {class}") novalidate>
            <input type="hidden" name="_form" value=name/>
            {instance.map(|instance| view! { <input type="hidden" name="_instance" value=instance/> })}
            <FormErrorSummary/>
            {children()}
        </form>
    }
}

/// The key of form `name` shown as `instance` ("" for a form shown once).
pub(crate) fn form_key(name: &str, instance: &str) -> String {
    if instance.is_empty() { name.to_owned() } else { format!("{name}-{instance}") }
}

/// The key of the form being rendered: its name, and its instance when it has one.
fn current_form() -> String {
    use_context::<FormName>().map_or_else(String::new, |form| form.key)
}

/// Whether the form being rendered is one of several of the same name on its page.
fn current_form_repeats() -> bool {
    use_context::<FormName>().is_some_and(|form| form.key != form.name)
}
