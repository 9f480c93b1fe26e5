//! Text policies every feature shares: how names sort and how a name becomes a URL segment
//! (the one slug policy).

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

/// URL segments the route table has beside a slug (`/cases/world` and `/cases/submit` beside
/// `/cases/:slug`, `/admin/organisations/new` beside `/admin/organisations/:slug`): an item
/// named so gets a numbered slug (`new-2`), so its pages stay reachable. A test reads the
/// route table and fails when a literal segment beside a parameter is missing here.
pub const RESERVED_SLUGS: &[&str] =
    &["new", "world", "submit", "export", "propose", "organise", "registration"];

/// Whether `slug` is one of the [`RESERVED_SLUGS`].
pub fn is_reserved(slug: &str) -> bool {
    RESERVED_SLUGS.contains(&slug)
}

/// The candidates for a new item's slug made from `base`, in the order they are tried:
/// `base`, `base-2`, `base-3`, … (999 in all), never a reserved word.
pub fn slug_candidates(base: &str) -> impl Iterator<Item = String> + '_ {
    (1..1000)
        .map(move |n| if n == 1 { base.to_owned() } else { format!("{base}-{n}") })
        .filter(|slug| !is_reserved(slug))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_readable_segments() {
        assert_eq!(name_slug("Tomás Ibarra"), "tomas-ibarra");
        assert_eq!(name_slug("  Ministère -- du Numérique! "), "ministere-du-numerique");
        assert_eq!(name_slug("!!!"), "");
        assert!(name_slug(&"a".repeat(200)).len() <= 80);
    }

    #[test]
    fn a_reserved_word_is_never_a_slug() {
        assert_eq!(slug_candidates("new").next().as_deref(), Some("new-2"));
        assert_eq!(slug_candidates("newsroom").next().as_deref(), Some("newsroom"));
        assert_eq!(slug_candidates("x").nth(2).as_deref(), Some("x-3"));
    }

    #[test]
    fn every_segment_beside_a_parameter_in_the_route_table_is_reserved() {
        let routes = include_str!("app.rs");
        let paths: Vec<&str> = routes
            .lines()
            .filter_map(|line| line.split("path!(\"").nth(1))
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert!(paths.len() > 30, "the route table was read");
        for path in &paths {
            let (parent, last) = path.rsplit_once('/').unwrap_or_default();
            if last.starts_with(':') {
                continue;
            }
            let beside_a_parameter = paths
                .iter()
                .any(|other| other.rsplit_once('/').is_some_and(|(p, l)| p == parent && l.starts_with(':')));
            if beside_a_parameter && !parent.is_empty() {
                assert!(is_reserved(last), "{path}: `{last}` is beside a parameter and must be reserved");
            }
        }
    }
}
