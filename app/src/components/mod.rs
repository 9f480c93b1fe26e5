//! Components shared by every feature: the page layout, error pages, small widgets.

mod after_pause;
mod copy_link;
mod error_page;
mod layout;

pub use after_pause::Latest;
pub use copy_link::CopyLinkButton;
pub use error_page::{ErrorPage, NotFoundPage, failure};
pub use layout::Layout;

use crate::i18n::t_args;

/// Formats an ISO date (`2026-11-16`) the long way, in the interface language.
/// Anything that is not such a date is returned unchanged.
pub fn format_date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    let (Ok(month), Ok(day)) = (month.parse::<u8>(), day.parse::<u8>()) else {
        return iso.to_owned();
    };
    if !(1..=12).contains(&month) {
        return iso.to_owned();
    }
    let month_name = crate::i18n::t(&format!("month-{month}"));
    t_args("date-long", &[("day", day.to_string()), ("month", month_name), ("year", year.to_owned())])
}
