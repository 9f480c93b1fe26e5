//! The layers of the application, checked: shared platform → kernels → features → site.
//!
//! - **platform**: errors, forms, components, the database, content sync, Markdown, mail,
//!   the audit log, the taxonomy, languages, text policies, accounts;
//! - **kernels**: the editorial workflow (`editorial`), the content-kind registry (`kinds`),
//!   search (`search`) and translation sets (`translations`), which know no feature;
//! - **features**: the series (`blog`, with its `articles`), `cases`, `events`, `groups`,
//!   `members`, `assessment` (the self-assessment), `demand` (what readers look for) and
//!   `pledges` (commitments and their progress);
//!   each shows the others only its root and its `api` modules; its `ssr` module holds its
//!   internals;
//! - **site**: `app` (the shell and routes), `home` (the front door) and `site` (the
//!   registry of kinds, the sitemap), which put the features together.

/// Features, each as the modules it is made of.
pub const FEATURES: &[&[&str]] = &[
    &["blog", "articles"],
    &["cases"],
    &["events"],
    &["pledges"],
    &["groups"],
    &["members"],
    &["assessment"],
    &["demand"],
];

/// Kernels: they import no feature.
pub const KERNELS: &[&str] = &["editorial", "kinds", "search", "translations"];

/// Site composition: it may reach into every feature.
pub const SITE: &[&str] = &["app", "home", "site", "lib"];

/// The places where the platform still names a feature or the site, each for a reason:
/// the content sync writes the series' posts (`content` → `blog`), a data migration fills
/// the cases' completeness (`db` → `cases`), and a form shown again is rendered in the site's
/// shell (`forms` → `app`). Nothing else in the platform may.
pub const PLATFORM_EXCEPTIONS: &[(&str, &str)] = &[("content", "blog"), ("db", "cases"), ("forms", "app")];

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    /// Every `.rs` file under `dir`.
    fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }

    /// The top module a file of `src/` belongs to (`blog` for `src/blog/ssr/kind.rs`).
    fn module_of(src: &Path, file: &Path) -> String {
        let relative = file.strip_prefix(src).unwrap_or(file);
        let first = relative.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned());
        first.unwrap_or_default().trim_end_matches(".rs").to_owned()
    }

    /// The `crate::a::b` paths a file names, as (a, b), outside comments.
    fn crate_paths(text: &str) -> Vec<(String, String)> {
        let mut paths = Vec::new();
        for line in text.lines().map(str::trim_start).filter(|line| !line.starts_with("//")) {
            for (at, _) in line.match_indices("crate::") {
                let rest = &line[at + "crate::".len()..];
                let mut parts = rest.split("::");
                let first: String = parts
                    .next()
                    .unwrap_or_default()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let second: String = parts
                    .next()
                    .unwrap_or_default()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                paths.push((first, second));
            }
        }
        paths
    }

    fn feature_of(module: &str) -> Option<usize> {
        FEATURES.iter().position(|modules| modules.contains(&module))
    }

    #[test]
    fn dependencies_point_one_way() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        sources(&src, &mut files);
        assert!(files.len() > 50, "the sources were found");
        let mut wrong = Vec::new();
        for file in &files {
            let module = module_of(&src, file);
            if module == "layers" {
                continue;
            }
            let file = file.strip_prefix(&src).unwrap_or(file);
            let text = std::fs::read_to_string(src.join(file)).unwrap_or_default();
            for (target, inner) in crate_paths(&text) {
                let platform = !KERNELS.contains(&module.as_str())
                    && !SITE.contains(&module.as_str())
                    && feature_of(&module).is_none();
                if platform
                    && (feature_of(&target).is_some() || SITE.contains(&target.as_str()))
                    && !PLATFORM_EXCEPTIONS.contains(&(module.as_str(), target.as_str()))
                {
                    wrong.push(format!(
                        "{}: the platform module `{module}` imports `{target}`",
                        file.display()
                    ));
                    continue;
                }
                let Some(target_feature) = feature_of(&target) else { continue };
                if SITE.contains(&module.as_str()) || feature_of(&module) == Some(target_feature) {
                    continue;
                }
                if KERNELS.contains(&module.as_str()) {
                    wrong.push(format!(
                        "{}: the kernel `{module}` imports the feature `{target}`",
                        file.display()
                    ));
                } else if inner == "ssr" {
                    wrong.push(format!("{}: `{module}` reaches into `{target}::ssr`", file.display()));
                }
            }
        }
        assert!(wrong.is_empty(), "imports against the layering:\n{}", wrong.join("\n"));
    }

    #[test]
    fn the_check_sees_a_reach_into_another_feature() {
        let paths =
            crate_paths("use crate::groups::ssr::access::groups_of;\n// crate::cases::ssr in a comment");
        assert_eq!(paths, [("groups".to_owned(), "ssr".to_owned())]);
    }
}
