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
#[derive(Clone, Copy, Debug)]
struct FormName(&'static str);

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
    children: Children,
) -> impl IntoView {
    provide_context(FormName(name));
    let enctype = multipart.then_some("multipart/form-data");
    view! {
        <form method="post" action=action enctype=enctype class=format!("hub-form {class}") novalidate>
            <input type="hidden" name="_form" value=name/>
            <FormErrorSummary/>
            {children()}
        </form>
    }
}

fn current_form() -> &'static str {
    use_context::<FormName>().map_or("", |form| form.0)
}
