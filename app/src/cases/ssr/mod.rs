//! Server side of the case library: checking records, writing them, the bulk import, the
//! exports and the reading queries.

mod check;
mod csv_format;
mod dpg;
mod export;
mod import;
mod kind;
mod queries;
mod store;
mod submit;
mod translatable;
mod workflow;

pub use check::{CheckedCase, Problem, check};
pub use import::{ImportReport, ReadRow, Rejected, import_rows, read_file, read_json_lines, read_toml_dir};
pub use kind::KIND;
pub use queries::{browse, get_case, newest, world_overview};
pub use store::{Origin, Written, write_case};
pub use workflow::{
    act_on_case, case_draft, case_for, case_revision, current_record, my_case_rows, my_cases, save_case,
    status_of,
};

/// Every route of the library outside the Leptos pages: the exports, the submission and
/// review forms, attachments.
pub fn routes() -> axum::Router<crate::state::AppState> {
    export::routes().merge(submit::routes())
}
