//! Server side of the member directory: queries, the admin services and their handlers.

mod handlers;
mod logo;
mod service;

pub use handlers::routes;
pub use logo::{LOGO_MAX_BYTES, reencode_logo};
pub use service::*;
