//! The framework as data: `content/assessment/framework-*.toml`, compiled in (like the
//! taxonomy) and checked at start-up ([`check_frameworks`]), so that a wrong file stops the
//! hub with a message naming the problem instead of showing a broken questionnaire.

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;
use crate::i18n::overlay::{Overlay, Translations};

/// Every framework file shipped with the hub, oldest first. A new version is a new file
/// and a new line here; past cycles keep the version they were opened with.
const FILES: &[(&str, &str)] =
    &[("framework-2026.toml", include_str!("../../../../content/assessment/framework-2026.toml"))];

/// The framework's text in the languages other than English, beside each file
/// (`framework-2026.<code>.toml`): one line per language here for each file above.
const TRANSLATIONS: &[(&str, Locale, &str)] = &[
    ("2026", Locale::Ar, include_str!("../../../../content/assessment/framework-2026.ar.toml")),
    ("2026", Locale::Zh, include_str!("../../../../content/assessment/framework-2026.zh.toml")),
    ("2026", Locale::Fr, include_str!("../../../../content/assessment/framework-2026.fr.toml")),
    ("2026", Locale::Ru, include_str!("../../../../content/assessment/framework-2026.ru.toml")),
    ("2026", Locale::Es, include_str!("../../../../content/assessment/framework-2026.es.toml")),
];

/// How an item is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// A person chooses the one of four "I can …" statements that fits (1–4).
    Proficiency,
    /// How far a practice is established in the organisation, bands 0–5.
    Practice,
    /// A statement on a five-point scale (1–5), or not applicable, or prefer not to say.
    Agreement,
}

impl ItemKind {
    /// Code, as written in the file and the exports.
    pub fn code(self) -> &'static str {
        match self {
            ItemKind::Proficiency => "proficiency",
            ItemKind::Practice => "practice",
            ItemKind::Agreement => "agreement",
        }
    }

    /// Whether a person answers it (the practice questionnaire is the organisation's).
    pub fn is_individual(self) -> bool {
        self != ItemKind::Practice
    }
}

/// One question.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Code, unique in the framework.
    pub code: String,
    /// How it is answered.
    pub kind: ItemKind,
    /// The question or statement, in English.
    pub text: String,
    /// Where the wording comes from: `hub`, or a document and page.
    pub source: String,
    /// The four "I can …" statements of a proficiency item, in English.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<String>,
    /// The text and levels in the other languages.
    #[serde(skip)]
    pub translations: Translations,
}

impl Item {
    /// The text in `locale`.
    pub fn text_in(&self, locale: Locale) -> &str {
        self.translations.text(locale, "text", &self.text)
    }

    /// The level statements in `locale`.
    pub fn levels_in(&self, locale: Locale) -> Vec<&str> {
        self.translations.list(locale, "levels", &self.levels)
    }
}

/// A competency: a group of items inside one domain.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competency {
    /// Code, unique in the framework.
    pub code: String,
    /// Code of its domain in `content/taxonomy/domains.toml`.
    pub domain: String,
    /// Name, in English.
    pub name: String,
    /// What it covers, in English.
    pub description: String,
    /// Where the wording comes from: `hub`, or a document and page.
    pub source: String,
    /// Its items, in the order the questionnaire asks them.
    #[serde(default, rename = "item")]
    pub items: Vec<Item>,
    /// The text in the other languages.
    #[serde(skip)]
    pub translations: Translations,
}

impl Competency {
    /// The name in `locale`.
    pub fn name_in(&self, locale: Locale) -> &str {
        self.translations.text(locale, "name", &self.name)
    }

    /// The description in `locale`.
    pub fn description_in(&self, locale: Locale) -> &str {
        self.translations.text(locale, "description", &self.description)
    }
}

/// A group of respondents a cycle may ask.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RespondentRole {
    /// Code.
    pub code: String,
    /// Name, in English.
    pub name: String,
    /// The text in the other languages.
    #[serde(skip)]
    pub translations: Translations,
}

impl RespondentRole {
    /// The name in `locale`.
    pub fn name_in(&self, locale: Locale) -> &str {
        self.translations.text(locale, "name", &self.name)
    }
}

/// A band of the practice scale (plan–do–check–act, 0–5).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// 0 to 5.
    pub value: u8,
    /// Name, in English.
    pub name: String,
    /// What it means, in English.
    pub description: String,
    /// The text in the other languages.
    #[serde(skip)]
    pub translations: Translations,
}

impl Band {
    /// The name in `locale`.
    pub fn name_in(&self, locale: Locale) -> &str {
        self.translations.text(locale, "name", &self.name)
    }

    /// The description in `locale`.
    pub fn description_in(&self, locale: Locale) -> &str {
        self.translations.text(locale, "description", &self.description)
    }
}

/// One version of the framework.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Version, unique (`2026`).
    pub version: String,
    /// Name, in English.
    pub name: String,
    /// Where the framework's parts come from.
    pub source: String,
    /// The groups of respondents a cycle may ask.
    #[serde(rename = "role")]
    pub roles: Vec<RespondentRole>,
    /// The practice bands 0–5.
    #[serde(rename = "band")]
    pub bands: Vec<Band>,
    /// Every competency, domain by domain.
    #[serde(rename = "competency")]
    pub competencies: Vec<Competency>,
    /// The text in the other languages.
    #[serde(skip)]
    pub translations: Translations,
}

impl Framework {
    /// The name in `locale`.
    pub fn name_in(&self, locale: Locale) -> &str {
        self.translations.text(locale, "name", &self.name)
    }

    /// The domains in taxonomy order, each with its competencies.
    pub fn domains(&self) -> Vec<(&'static crate::taxonomy::Term, Vec<&Competency>)> {
        domain_terms()
            .iter()
            .map(|term| (term, self.competencies.iter().filter(|c| c.domain == term.code).collect()))
            .collect()
    }

    /// The item with `code`, with its competency.
    pub fn item(&self, code: &str) -> Option<(&Competency, &Item)> {
        self.competencies.iter().find_map(|competency| {
            competency.items.iter().find(|item| item.code == code).map(|i| (competency, i))
        })
    }

    /// The competency with `code`.
    pub fn competency(&self, code: &str) -> Option<&Competency> {
        self.competencies.iter().find(|competency| competency.code == code)
    }

    /// The role with `code`.
    pub fn role(&self, code: &str) -> Option<&RespondentRole> {
        self.roles.iter().find(|role| role.code == code)
    }

    /// Every item of `kind` filter, with its competency, in questionnaire order.
    pub fn items(&self, individual: bool) -> impl Iterator<Item = (&Competency, &Item)> {
        self.competencies.iter().flat_map(move |competency| {
            competency
                .items
                .iter()
                .filter(move |item| item.kind.is_individual() == individual)
                .map(move |item| (competency, item))
        })
    }
}

/// The domain terms of the taxonomy.
pub fn domain_terms() -> &'static [crate::taxonomy::Term] {
    crate::taxonomy::facet("domain").map_or(&[], |facet| facet.term.as_slice())
}

/// Reads and checks one framework file.
pub fn parse_framework(text: &str) -> Result<Framework, String> {
    let framework: Framework = toml::from_str(text).map_err(|err| err.message().to_owned())?;
    check(&framework)?;
    Ok(framework)
}

/// The rules every framework file follows.
fn check(framework: &Framework) -> Result<(), String> {
    if framework.version.trim().is_empty() || framework.version.len() > 20 {
        return Err("the version is empty or longer than 20 characters".into());
    }
    let mut codes = HashSet::new();
    let mut add = |code: &str| -> Result<(), String> {
        if !crate::content::is_valid_slug(code) {
            return Err(format!("the code \"{code}\" is not lower-case words joined by hyphens"));
        }
        if !codes.insert(code.to_owned()) {
            return Err(format!("the code \"{code}\" is used twice"));
        }
        Ok(())
    };
    for competency in &framework.competencies {
        add(&competency.code)?;
        if !crate::taxonomy::is_known("domain", &competency.domain) {
            return Err(format!(
                "competency \"{}\": the domain \"{}\" is not in content/taxonomy/domains.toml",
                competency.code, competency.domain
            ));
        }
        if competency.items.is_empty() {
            return Err(format!("competency \"{}\" has no items", competency.code));
        }
        if competency.source.trim().is_empty() {
            return Err(format!("competency \"{}\" has no source", competency.code));
        }
        for item in &competency.items {
            add(&item.code)?;
            if item.source.trim().is_empty() {
                return Err(format!("item \"{}\" has no source", item.code));
            }
            let levels = if item.kind == ItemKind::Proficiency { 4 } else { 0 };
            if item.levels.len() != levels {
                return Err(format!(
                    "item \"{}\" ({}) needs {levels} level statements",
                    item.code,
                    item.kind.code()
                ));
            }
        }
    }
    for term in domain_terms() {
        if !framework.competencies.iter().any(|competency| competency.domain == term.code) {
            return Err(format!("the domain \"{}\" has no competency", term.code));
        }
    }
    let mut roles = HashSet::new();
    if framework.roles.is_empty() {
        return Err("there are no respondent roles".into());
    }
    for role in &framework.roles {
        if !crate::content::is_valid_slug(&role.code) || !roles.insert(role.code.as_str()) {
            return Err(format!("the role \"{}\" is malformed or used twice", role.code));
        }
    }
    let bands: Vec<u8> = framework.bands.iter().map(|band| band.value).collect();
    if bands != [0, 1, 2, 3, 4, 5] {
        return Err("the practice bands must be 0 to 5, in order".into());
    }
    Ok(())
}

/// Reads the translation files of `framework`'s version into it.
fn translate(framework: &mut Framework) {
    for (version, locale, text) in TRANSLATIONS {
        if *version != framework.version {
            continue;
        }
        let overlay = Overlay::parse(&format!("framework-{version}.{}.toml", locale.code()), text);
        if let Some(fields) = overlay.field(&["name"], "name") {
            framework.translations.insert(*locale, fields);
        }
        for role in &mut framework.roles {
            if let Some(fields) = overlay.entry("role", &role.code) {
                role.translations.insert(*locale, fields);
            }
        }
        for band in &mut framework.bands {
            if let Some(fields) = overlay.entry("band", &band.value.to_string()) {
                band.translations.insert(*locale, fields);
            }
        }
        for competency in &mut framework.competencies {
            if let Some(fields) = overlay.entry("competency", &competency.code) {
                competency.translations.insert(*locale, fields);
            }
            for item in &mut competency.items {
                if let Some(fields) = overlay.entry("item", &item.code) {
                    item.translations.insert(*locale, fields);
                }
            }
        }
    }
}

/// Every version, or the first problem found (file: problem).
fn load() -> Result<Vec<Framework>, String> {
    let mut frameworks: Vec<Framework> = Vec::new();
    for (file, text) in FILES {
        let mut framework =
            parse_framework(text).map_err(|problem| format!("content/assessment/{file}: {problem}"))?;
        translate(&mut framework);
        if frameworks.iter().any(|other| other.version == framework.version) {
            return Err(format!(
                "content/assessment/{file}: the version {} is used twice",
                framework.version
            ));
        }
        frameworks.push(framework);
    }
    if frameworks.is_empty() {
        return Err("content/assessment/ holds no framework".into());
    }
    Ok(frameworks)
}

static FRAMEWORKS: LazyLock<Result<Vec<Framework>, String>> = LazyLock::new(load);

/// Checks every framework file; the hub does not start when one is wrong.
pub fn check_frameworks() -> Result<(), String> {
    FRAMEWORKS.as_ref().map(|_| ()).map_err(Clone::clone)
}

/// Every version, oldest first (none when a file is wrong: the hub then did not start).
pub fn frameworks() -> &'static [Framework] {
    FRAMEWORKS.as_ref().map_or(&[], Vec::as_slice)
}

/// The version `version`.
pub fn framework(version: &str) -> Option<&'static Framework> {
    frameworks().iter().find(|framework| framework.version == version)
}

/// The newest version.
pub fn current() -> Option<&'static Framework> {
    frameworks().last()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../../../content/assessment/framework-2026.toml");

    #[test]
    fn the_shipped_framework_is_read_and_covers_the_three_domains() {
        assert_eq!(check_frameworks(), Ok(()));
        let framework = current().expect("a framework");
        assert_eq!(framework.version, "2026");
        let domains = framework.domains();
        assert_eq!(domains.len(), 3);
        assert!(domains.iter().all(|(_, competencies)| !competencies.is_empty()));
        assert!(framework.items(true).count() >= 6 && framework.items(false).count() >= 3);
        // The wording is the hub's own: nothing claims to quote the framework document.
        for competency in &framework.competencies {
            assert_eq!(competency.source, "hub");
            assert!(competency.items.iter().all(|item| item.source == "hub"));
        }
    }

    fn broken(from: &str, to: &str) -> String {
        let text = SHIPPED.replacen(from, to, 1);
        assert_ne!(text, SHIPPED, "the replacement applies");
        parse_framework(&text).expect_err("the file is refused")
    }

    #[test]
    fn an_unknown_domain_is_refused_with_its_name() {
        let problem = broken("domain = \"data-use-governance\"", "domain = \"data-science\"");
        assert!(problem.contains("\"data-science\" is not in content/taxonomy/domains.toml"), "{problem}");
    }

    #[test]
    fn a_code_used_twice_is_refused() {
        let problem = broken("code = \"user-needs-habit\"", "code = \"user-needs-skill\"");
        assert!(problem.contains("\"user-needs-skill\" is used twice"), "{problem}");
    }

    #[test]
    fn a_competency_without_items_is_refused() {
        let text = format!(
            "{SHIPPED}\n[[competency]]\ncode = \"empty\"\ndomain = \"data-use-governance\"\nname = \"E\"\ndescription = \"d\"\nsource = \"hub\"\n"
        );
        let problem = parse_framework(&text).expect_err("refused");
        assert!(problem.contains("competency \"empty\" has no items"), "{problem}");
    }

    #[test]
    fn other_mistakes_are_refused() {
        let problem = broken("kind = \"agreement\"", "kind = \"opinion\"");
        assert!(problem.contains("opinion"), "{problem}");
        let problem = broken("value = 5", "value = 6");
        assert!(problem.contains("bands"), "{problem}");
        let problem = broken("source = \"hub\"\nlevels", "source = \"hub\"\ncolour = \"red\"\nlevels");
        assert!(problem.contains("colour"), "{problem}");
    }

    #[test]
    fn every_role_band_competency_and_item_reads_in_every_language() {
        let framework = current().expect("a framework");
        for locale in Locale::ALL.into_iter().filter(|locale| *locale != Locale::En) {
            let mut missing = Vec::new();
            if !framework.translations.has(locale, "name", None) {
                missing.push("name".to_owned());
            }
            for role in &framework.roles {
                if !role.translations.has(locale, "name", None) {
                    missing.push(format!("role.{}", role.code));
                }
            }
            for band in &framework.bands {
                for field in ["name", "description"] {
                    if !band.translations.has(locale, field, None) {
                        missing.push(format!("band.{}.{field}", band.value));
                    }
                }
            }
            for competency in &framework.competencies {
                for field in ["name", "description"] {
                    if !competency.translations.has(locale, field, None) {
                        missing.push(format!("competency.{}.{field}", competency.code));
                    }
                }
                for item in &competency.items {
                    if !item.translations.has(locale, "text", None) {
                        missing.push(format!("item.{}.text", item.code));
                    }
                    if !item.levels.is_empty()
                        && !item.translations.has(locale, "levels", Some(item.levels.len()))
                    {
                        missing.push(format!("item.{}.levels", item.code));
                    }
                }
            }
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
        }
    }

    #[test]
    fn translation_files_name_only_known_entries() {
        let framework = current().expect("a framework");
        for (_, locale, text) in TRANSLATIONS {
            let overlay = Overlay::parse("test", text);
            let mut unknown = overlay.unknown_codes("role", |code| framework.role(code).is_some());
            unknown.extend(
                overlay.unknown_codes("band", |value| {
                    framework.bands.iter().any(|b| b.value.to_string() == value)
                }),
            );
            unknown.extend(overlay.unknown_codes("competency", |code| framework.competency(code).is_some()));
            unknown.extend(overlay.unknown_codes("item", |code| framework.item(code).is_some()));
            assert!(unknown.is_empty(), "{}: unknown codes {unknown:?}", locale.code());
        }
        let (_, item) = framework.item("user-needs-skill").expect("the item");
        assert!(item.text_in(Locale::Fr).starts_with("Étudier"));
        assert_eq!(item.levels_in(Locale::Fr).len(), 4);
    }
}
