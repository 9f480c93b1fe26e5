//! Server side of the case library: checking records, writing them, the bulk import, the
//! exports and the reading queries.

mod check;
mod csv_format;
mod dpg;
mod export;
mod import;
mod queries;
mod store;

pub use check::{CheckedCase, Problem, check};
pub use import::{ImportReport, ReadRow, Rejected, import_rows, read_file, read_json_lines};
pub use queries::{browse, get_case, world_overview};
pub use store::{Origin, Written, write_case};

/// Every route of the library outside the Leptos pages: the exports.
pub fn routes() -> axum::Router<crate::state::AppState> {
    export::routes()
}
