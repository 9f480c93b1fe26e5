//! The layers of the application, checked: shared platform → kernels → features → site.
//!
//! - **platform**: errors, forms, components, the database, content sync, Markdown, mail,
//!   the audit log, the taxonomy, languages, text policies, secrets, accounts;
//! - **kernels**: the editorial workflow (`editorial`), the content-kind registry (`kinds`),
//!   search (`search`) and translation sets (`translations`), which know no feature;
//! - **features**: the series (`blog`, with its `articles`), `cases`, `events`, `groups`,
//!   `members`, `assessment` (the self-assessment), `demand` (what readers look for) and
//!   `pledges` (commitments and their progress);
//! - **site**: `app` (the shell and routes), `home` (the front door) and `site` (the
//!   registry of kinds, the sitemap), which put the features together.
//!
//! Every module shows the others its root and its `api` module; its `ssr` module holds its
//! internals, which only the site may reach into. A feature uses another through the
//! registry or a small public function at the other's root. The exceptions are the few
//! [`SERVICES`] whose `ssr` is there to be used by everyone.

/// Features, each as the modules it is made of.
pub const FEATURES: &[&[&str]] = &[
    &["blog"],
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

/// The modules whose `ssr` is a service to the others: form handling (`forms`) and the
/// review workflow (`editorial`). Every other module's `ssr` (a feature's, the accounts',
/// search's, translation sets') is its own, used through what the module offers at its root.
pub const SERVICES: &[&str] = &["forms", "editorial"];

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

    /// The first two segments of a path (`ssr` and `Token` for `ssr::Token`).
    fn segments(path: &str) -> (String, String) {
        let mut parts = path.trim().split("::");
        let mut name = || -> String {
            parts
                .next()
                .unwrap_or_default()
                .trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        };
        let first = name();
        (first, name())
    }

    /// The paths of a `use` group (`{a::b, c::{d, e}}` at `text`'s start) as (a, b), (c, d).
    fn grouped(text: &str, paths: &mut Vec<(String, String)>) {
        let mut depth = 0usize;
        let mut start = 1;
        for (at, c) in text.char_indices() {
            match c {
                '{' => depth += 1,
                '}' | ',' if depth == 1 => {
                    let item = &text[start..at];
                    if let Some(inner) = item.find('{') {
                        match segments(&item[..inner]) {
                            (first, second) if second.is_empty() => {
                                let mut nested = Vec::new();
                                grouped(&item[inner..], &mut nested);
                                paths.extend(nested.into_iter().map(|(next, _)| (first.clone(), next)));
                            }
                            path => paths.push(path),
                        }
                    } else if !item.trim().is_empty() {
                        paths.push(segments(item));
                    }
                    start = at + 1;
                    if c == '}' {
                        return;
                    }
                }
                '}' => depth -= 1,
                _ => {}
            }
        }
    }

    /// The `crate::a::b` paths a file names, as (a, b), outside comments, `use crate::{…}`
    /// groups included (over several lines).
    fn crate_paths(text: &str) -> Vec<(String, String)> {
        let code: String = text
            .lines()
            .map(str::trim_start)
            .filter(|line| !line.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut paths = Vec::new();
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            if rest.starts_with('{') {
                grouped(rest, &mut paths);
            } else {
                paths.push(segments(rest));
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
                if SITE.contains(&module.as_str()) || module == target {
                    continue;
                }
                let same_feature =
                    feature_of(&target).is_some() && feature_of(&module) == feature_of(&target);
                if KERNELS.contains(&module.as_str()) && feature_of(&target).is_some() {
                    wrong.push(format!(
                        "{}: the kernel `{module}` imports the feature `{target}`",
                        file.display()
                    ));
                } else if inner == "ssr" && !same_feature && !SERVICES.contains(&target.as_str()) {
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

    #[test]
    fn the_check_sees_a_reach_inside_a_use_group() {
        let paths = crate_paths(
            "use crate::{\n    auth::ssr::{Token, hash_token},\n    search::{ssr::search, api},\n    error::AppError,\n};",
        );
        assert_eq!(
            paths,
            [
                ("auth".to_owned(), "ssr".to_owned()),
                ("search".to_owned(), "ssr".to_owned()),
                ("search".to_owned(), "api".to_owned()),
                ("error".to_owned(), "AppError".to_owned()),
            ]
        );
    }
}
