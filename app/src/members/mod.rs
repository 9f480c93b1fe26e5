//! The coalition's network: the public member directory, organisation pages, requests to
//! join, and the admin pages that manage organisations, people, roles, invitations and the
//! audit log.
//!
//! Policy: the directory shows organisations and only the people who chose to be listed.
//! Every admin service checks the admin role itself; pages only mirror those checks.

mod admin_pages;
pub mod api;
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use admin_pages::{AdminPage, AuditPage, InvitePage, JoinRequestsPage, OrganisationEditPage, PeoplePage};
pub use api::StakeholderGroup;
pub use pages::{DirectoryPage, JoinPage, OrganisationPage};

/// A sort key for names: lower case with common accents removed.
pub fn collate(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// A URL segment for a name: its [`collate`]d letters and digits, other runs joined by
/// single hyphens, at most 80 bytes ("Tomás Ibarra" → `tomas-ibarra`); empty when the name
/// has no letter or digit.
pub fn name_slug(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for c in collate(name).chars() {
        if c.is_alphanumeric() {
            if slug.len() + c.len_utf8() > 80 {
                break;
            }
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}
