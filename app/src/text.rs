//! Text policies every feature shares: how names sort and how a name becomes a URL segment.

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
