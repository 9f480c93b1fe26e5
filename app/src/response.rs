//! What a page may say about its own HTTP response (status, headers).
//!
//! On the server these write to the response being rendered; in the browser they do nothing.

#[cfg(feature = "ssr")]
mod imp {
    use axum::http::{HeaderName, HeaderValue, StatusCode};
    use leptos::prelude::use_context;
    use leptos_axum::ResponseOptions;

    /// Sets the HTTP status of the page being rendered.
    pub fn set_status(code: u16) {
        if let (Some(response), Ok(status)) = (use_context::<ResponseOptions>(), StatusCode::from_u16(code)) {
            response.set_status(status);
        }
    }

    /// Sets the Content-Security-Policy of the page being rendered: scripts only from this
    /// site or the page's own inline scripts (by hash), no plugins, no framing. The same for every
    /// request, like the page's bytes.
    pub fn set_content_security_policy() {
        let Some(response) = use_context::<ResponseOptions>() else { return };
        let scripts = crate::client::script_sources();
        let policy = format!(
            "default-src 'self'; script-src 'self' {scripts} 'wasm-unsafe-eval'; \
             style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
             object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
        );
        if let Ok(value) = HeaderValue::from_str(&policy) {
            response.insert_header(HeaderName::from_static("content-security-policy"), value);
        }
    }
}

#[cfg(not(feature = "ssr"))]
mod imp {
    /// Does nothing in the browser.
    pub fn set_status(_code: u16) {}

    /// Does nothing in the browser.
    pub fn set_content_security_policy() {}
}

pub use imp::{set_content_security_policy, set_status};
