//! Components shared by every feature: the page layout, error pages, small widgets.

mod after_pause;
mod copy_link;
mod error_page;
mod layout;

pub use after_pause::Latest;
pub use copy_link::CopyLinkButton;
pub use error_page::{ErrorPage, NotFoundPage, failure};
pub use layout::Layout;

/// Formats an ISO date (`2026-11-16`, or the date of a timestamp) the long way, as the
/// interface language writes it (CLDR). Anything that is not such a date is returned
/// unchanged; so is every date in the client bundle, which carries no locale data.
pub fn format_date(iso: &str) -> String {
    #[cfg(feature = "ssr")]
    return crate::i18n::format::long_date(crate::i18n::current_locale(), iso);
    #[cfg(not(feature = "ssr"))]
    iso.to_owned()
}

/// Formats a month (`2026-11`) with its year ("November 2026"), as [`format_date`] does.
pub fn format_month(month: &str) -> String {
    #[cfg(feature = "ssr")]
    return crate::i18n::format::month_year(crate::i18n::current_locale(), month);
    #[cfg(not(feature = "ssr"))]
    month.to_owned()
}

/// Formats a time of day (`14:30`) on the interface language's clock, as [`format_date`]
/// does.
pub fn format_time(hh_mm: &str) -> String {
    #[cfg(feature = "ssr")]
    return crate::i18n::format::time_of_day(crate::i18n::current_locale(), hh_mm);
    #[cfg(not(feature = "ssr"))]
    hh_mm.to_owned()
}

/// Formats a count ("12,345"), as [`format_date`] does.
pub fn format_count<N: TryInto<i64> + ToString + Copy>(count: N) -> String {
    #[cfg(feature = "ssr")]
    if let Ok(whole) = count.try_into() {
        return crate::i18n::format::integer(crate::i18n::current_locale(), whole);
    }
    count.to_string()
}
