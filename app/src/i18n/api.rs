//! Server functions of the interface-language switch.

use leptos::prelude::*;

use crate::error::AppError;

/// Remembers the reader's interface language in a cookie and sends them back to `back`
/// (a path on this site; anything else goes home).
#[server(endpoint = "set_locale")]
pub async fn set_locale(lang: String, back: String) -> Result<(), AppError> {
    use axum::http::{HeaderValue, header};

    let locale = super::Locale::from_code(&lang).ok_or_else(|| AppError::Invalid {
        field: "lang".into(),
        message: "error-unknown-language".into(),
    })?;
    let back = if is_local_path(&back) { back } else { "/".to_owned() };
    // A signed-in reader's email follows the language they read in.
    if let Some(user) = crate::auth::api::current_user() {
        let state = crate::state::app_state()?;
        crate::auth::remember_language(&state.db, user.id, locale).await?;
    }
    let cookie = super::language_cookie(locale);
    let response = use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
    let value = HeaderValue::from_str(&cookie).map_err(|_| AppError::Internal)?;
    response.append_header(header::SET_COOKIE, value);
    leptos_axum::redirect(&back);
    Ok(())
}

/// Whether `path` stays on this site (no scheme, no host, no protocol-relative `//`).
pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_local_paths_are_followed() {
        assert!(is_local_path("/articles/x?y=1"));
        assert!(!is_local_path("//evil.example/"));
        assert!(!is_local_path("https://evil.example/"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path("/a\r\nSet-Cookie: x=1"));
        assert!(!is_local_path(""));
    }
}
