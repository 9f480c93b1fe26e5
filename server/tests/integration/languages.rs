//! The interface in the six UN languages: every representative page in every language reads
//! in that language (no text left as in English outside user content and a short list of
//! names and codes), Arabic right to left, Chinese as simplified Chinese, numbers and dates as
//! each language writes them, and emails in the recipient's language.

use std::collections::BTreeSet;

use crate::common::{Person, TestApp};
use app::auth::Role;
use app::cases::ssr::{import_rows, read_json_lines};
use app::db::entities::{account, case};
use app::i18n::Locale;
use axum::http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Texts that read the same in every language: the product's name, codes and formats.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "Coalition Hub",
    "CSV",
    "JSON",
    "Atom",
    "Markdown",
    "UTC",
    "ICS",
    ".ics",
    "RSS",
    "URL",
    "Email",
    "E-mail",
];

/// Elements whose text is not interface text: scripts, code, and whatever the markup marks as
/// not to be translated.
/// The document's `title` repeats the page's heading (checked in the body) and cannot carry the
/// language of the user content it names.
const NOT_INTERFACE: &[&str] = &["script", "style", "code", "pre", "template", "textarea", "svg", "title"];

/// Whether `text` is allowed to read the same as in English.
fn allowed(text: &str) -> bool {
    !text.chars().any(char::is_alphabetic)
        || SAME_IN_EVERY_LANGUAGE.contains(&text)
        // A code: one word with digits ("CC-BY-4.0", "ISO-27001").
        || (!text.contains(char::is_whitespace) && text.contains(|c: char| c.is_ascii_digit()))
        // Times and dates in formats shared across languages ("14:00 UTC").
        || text.split_whitespace().all(|word| SAME_IN_EVERY_LANGUAGE.contains(&word) || !word.chars().any(char::is_alphabetic))
}

/// The interface texts of a page (text nodes, `placeholder`, `aria-label`, `title` and `alt`
/// attributes), leaving out user content: anything inside an element with its own `lang`
/// other than the page's, `translate="no"`, or [`NOT_INTERFACE`].
fn interface_texts(body: &str) -> BTreeSet<String> {
    let html = scraper::Html::parse_document(body);
    let page_lang = scraper::Selector::parse("html").ok().and_then(|html_sel| {
        html.select(&html_sel).next().and_then(|root| root.value().attr("lang").map(str::to_owned))
    });
    let page_lang = page_lang.unwrap_or_default();
    let mut found = BTreeSet::new();
    for node in html.tree.nodes() {
        let skipped = node.ancestors().chain(std::iter::once(node)).any(|each| {
            each.value().as_element().is_some_and(|element| {
                NOT_INTERFACE.contains(&element.name())
                    || element.attr("translate") == Some("no")
                    || element.attr("lang").is_some_and(|lang| lang != page_lang && element.name() != "html")
            })
        });
        if skipped {
            continue;
        }
        if let Some(text) = node.value().as_text() {
            let text = text.trim();
            if !text.is_empty() {
                found.insert(text.to_owned());
            }
        } else if let Some(element) = node.value().as_element() {
            for name in ["placeholder", "aria-label", "title", "alt"] {
                if let Some(value) = element.attr(name).map(str::trim).filter(|value| !value.is_empty()) {
                    found.insert(value.to_owned());
                }
            }
        }
    }
    found
}

/// Imports a few cases of the registry corpus; returns the slug of one.
async fn a_case(app: &TestApp) -> String {
    let corpus = std::fs::read_to_string(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dpg-registry.jsonl"),
    )
    .expect("corpus");
    let few: String = corpus.lines().take(3).map(|line| format!("{line}\n")).collect();
    import_rows(&app.state.db, read_json_lines(&few), "few.jsonl", false, |_, _| {}).await.expect("import");
    app.state.search.catch_up(&app.state.db).await.expect("index catch-up");
    case::Entity::find()
        .filter(case::Column::Status.eq("published"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("a case")
        .slug
}

const READER_PAGES: &[&str] = &[
    "/",
    "/blog",
    "/blog/2026-10",
    "/articles/alpha",
    "/cases",
    "/cases/world",
    "/events",
    "/search?q=ministries",
    "/search?q=nothing-matches-this",
    "/groups",
    "/members",
    "/join",
    "/sign-in",
    "/forgot-password",
    "/assessment",
    "/assessment/benchmarks",
    "/pledges",
    "/pledges/world",
    "/no-such-page",
];

const SIGNED_IN_PAGES: &[&str] = &[
    "/account",
    "/account/posts",
    "/account/cases",
    "/write",
    "/cases/submit",
    "/events/propose",
    "/editor",
    "/admin",
    "/admin/invite",
    "/admin/people",
    "/assessment/self",
    "/assessment/cycles",
    "/editor/translations",
    "/editor/demand",
    "/pledges/new",
];

#[tokio::test]
async fn every_page_reads_in_every_language() {
    let app = TestApp::sqlite().await;
    let case = a_case(&app).await;
    let admin = Person::new(&app, "admin@example.org", "Ada Admin", Role::Admin, None).await;
    let mut pages: Vec<(String, Option<&Person>)> =
        READER_PAGES.iter().map(|path| ((*path).to_owned(), None)).collect();
    pages.push((format!("/cases/{case}"), None));
    pages.extend(SIGNED_IN_PAGES.iter().map(|path| ((*path).to_owned(), Some(&admin))));
    // A text left as in English reads the same in all five other languages; a word that is the
    // same in one of them ("Organisation", "Local", "Kenya") is a translation.
    let mut problems = Vec::new();
    for (path, person) in &pages {
        let cookie = |code: &str| match person {
            Some(person) => format!("{}; hub_lang={code}", person.cookie),
            None => format!("hub_lang={code}"),
        };
        let english = app.get_with(path, &[("cookie", &cookie("en"))]).await;
        let english_body = english.body.clone();
        assert!(
            english.status == StatusCode::OK
                || (path == "/no-such-page" && english.status == StatusCode::NOT_FOUND),
            "{path}: {}",
            english.status
        );
        let english = interface_texts(&english.body);
        let mut same_everywhere: Option<BTreeSet<String>> = None;
        for locale in Locale::ALL.into_iter().filter(|locale| *locale != Locale::En) {
            let page = app.get_with(path, &[("cookie", &cookie(locale.code()))]).await;
            assert_eq!(page.attrs("html", "lang"), [locale.lang_tag()], "{path}");
            assert_eq!(page.attrs("html", "dir"), [locale.dir()], "{path}");
            let same: BTreeSet<String> = interface_texts(&page.body)
                .intersection(&english)
                .filter(|text| !allowed(text))
                .cloned()
                .collect();
            same_everywhere = Some(match same_everywhere {
                None => same,
                Some(before) => before.intersection(&same).cloned().collect(),
            });
        }
        let same = same_everywhere.unwrap_or_default();
        if !same.is_empty() {
            let places: Vec<String> = same
                .iter()
                .map(|text| {
                    let at = english_body.find(text.as_str()).unwrap_or_default();
                    let from = english_body[..at].char_indices().rev().nth(120).map_or(0, |(i, _)| i);
                    english_body[from..at].to_owned()
                })
                .collect();
            problems.push(format!("{path}: {same:?}\n  after: {places:?}"));
        }
    }
    assert!(problems.is_empty(), "texts left as in English:\n{}", problems.join("\n"));
}

#[tokio::test]
async fn arabic_reads_right_to_left_and_chinese_is_simplified() {
    let app = TestApp::sqlite().await;
    let arabic = app.get_with("/", &[("accept-language", "ar-EG,ar;q=0.9,en;q=0.5")]).await;
    assert_eq!(arabic.attrs("html", "lang"), ["ar"]);
    assert_eq!(arabic.attrs("html", "dir"), ["rtl"]);
    for header in ["zh-CN", "zh-Hans", "zh-TW,zh;q=0.9", "zh-HK"] {
        let chinese = app.get_with("/", &[("accept-language", header)]).await;
        assert_eq!(chinese.attrs("html", "lang"), ["zh-Hans"], "{header}");
        assert_eq!(chinese.attrs("html", "dir"), ["ltr"], "{header}");
    }
    // The switcher names each language in itself, marked with its language.
    let switch = arabic.attrs(".language-switch button", "lang");
    assert_eq!(switch, ["ar", "zh-Hans", "en", "fr", "ru", "es"]);
    assert_eq!(
        arabic.texts(".language-switch button"),
        ["العربية", "中文", "English", "Français", "Русский", "Español"]
    );
    // The article's own language is on its card, so screen readers switch voice.
    assert!(arabic.attrs(".latest .card-title", "lang").iter().all(|lang| lang != "ar"));
}

#[tokio::test]
async fn dates_read_as_each_language_writes_them() {
    let app = TestApp::sqlite().await;
    for (code, date) in [
        ("en", "1 October 2026"),
        ("fr", "1 octobre 2026"),
        ("es", "1 de octubre de 2026"),
        ("ru", "1 октября 2026"),
        ("zh", "2026年10月1日"),
    ] {
        let page = app.get_with("/articles/alpha", &[("cookie", &format!("hub_lang={code}"))]).await;
        assert!(page.texts("time").concat().contains(date), "{code}: {:?}", page.texts("time"));
    }
}

#[tokio::test]
async fn atom_feeds_say_which_language_they_are_written_in() {
    let app = TestApp::sqlite().await;
    for (code, expected) in [("fr", "fr"), ("zh", "zh-Hans"), ("ar", "ar")] {
        for path in ["/blog/feed.xml", "/events/feed.xml", "/search?q=ministries&format=atom"] {
            let feed = app.get_with(path, &[("cookie", &format!("hub_lang={code}"))]).await;
            assert_eq!(feed.status, StatusCode::OK, "{path}");
            assert!(
                feed.body.contains(&format!("xml:lang=\"{expected}\"")),
                "{path} in {code}: {}",
                &feed.body[..300.min(feed.body.len())]
            );
        }
    }
}

#[tokio::test]
async fn a_signed_in_reader_s_language_choice_is_the_language_of_their_email() {
    let app = TestApp::sqlite().await;
    let person = Person::new(&app, "reader@example.org", "Rania Reader", Role::Member, None).await;
    let lang_of = || async {
        account::Entity::find()
            .filter(account::Column::Email.eq("reader@example.org"))
            .one(&app.state.db)
            .await
            .expect("query")
            .expect("the account")
            .lang
    };
    assert_eq!(lang_of().await, "en", "an account made on the command line is written to in English");
    let switched = app
        .post_form(
            "/api/set_locale",
            "lang=ar&back=%2Faccount",
            &[("sec-fetch-site", "same-origin"), ("cookie", &person.cookie)],
        )
        .await;
    assert!(switched.status.is_redirection(), "{}", switched.status);
    assert_eq!(lang_of().await, "ar");
}

/// The text of an `.eml` message's body, whichever transfer encoding lettre chose.
fn body_text(message: &str) -> String {
    use base64::Engine as _;
    let body =
        message.split_once("\r\n\r\n").or_else(|| message.split_once("\n\n")).map_or("", |(_, body)| body);
    let compact: String = body.split_whitespace().collect();
    base64::engine::general_purpose::STANDARD
        .decode(compact.as_bytes())
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_else(|| body.to_owned())
}

#[tokio::test]
async fn a_password_reset_is_written_in_the_account_s_language_not_the_asker_s() {
    let app = TestApp::sqlite().await;
    let person = Person::new(&app, "rania@example.org", "Rania Reader", Role::Member, None).await;
    let chose = app
        .post_form(
            "/api/set_locale",
            "lang=ar&back=%2F",
            &[("sec-fetch-site", "same-origin"), ("cookie", &person.cookie)],
        )
        .await;
    assert!(chose.status.is_redirection());
    // Asked for from a browser reading French: the email still goes out in Arabic.
    app.post_form("/forgot-password", "_form=forgot&email=rania%40example.org", &[("cookie", "hub_lang=fr")])
        .await;
    let messages = crate::common::outbox(&app.config.outbox_dir, 1).await;
    assert_eq!(messages.len(), 1);
    let body = body_text(&messages[0]).replace("\r\n", "\n");
    let arabic =
        Locale::Ar.text_args("mail-reset-body", &[("name", "Rania Reader".into()), ("link", "\u{1}".into())]);
    let opening = arabic.split('\u{1}').next().unwrap_or_default().trim_end_matches(['\u{2068}', '\n']);
    assert!(!opening.is_empty() && body.contains(opening), "expected {opening:?} in {body}");
    let french =
        Locale::Fr.text_args("mail-reset-body", &[("name", "Rania Reader".into()), ("link", "x".into())]);
    assert!(!body.contains(french.lines().next().unwrap_or("?")), "{body}");
}

/// The lines of message `key` in `locale` that hold none of its arguments.
fn fixed_lines(locale: Locale, key: &str, args: &[&'static str]) -> Vec<String> {
    let args: Vec<(&'static str, String)> = args.iter().map(|name| (*name, "\u{1}".to_owned())).collect();
    locale
        .text_args(key, &args)
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.contains('\u{1}'))
        .map(str::to_owned)
        .collect()
}

/// The one message in the outbox sent to `to`, as plain text.
async fn message_to(app: &TestApp, to: &str, count: usize) -> String {
    let messages = crate::common::outbox(&app.config.outbox_dir, count).await;
    let message = messages
        .iter()
        .find(|message| message.contains(&format!("To: {to}")))
        .unwrap_or_else(|| panic!("no email to {to} among {}", messages.len()));
    body_text(message).replace("\r\n", "\n")
}

#[tokio::test]
async fn an_invitation_goes_out_in_the_language_the_admin_chose_and_opens_in_it() {
    let app = TestApp::sqlite().await;
    let admin = Person::new(&app, "admin@example.org", "Ada Admin", Role::Admin, None).await;
    let english = format!("{}; hub_lang=en", admin.cookie);
    // The form offers the six languages, each named in itself and marked so, the admin's own
    // chosen first.
    let form = app.get_with("/admin/invite", &[("cookie", &english)]).await;
    assert_eq!(form.attrs("#invite-lang option", "lang"), ["ar", "zh", "en", "fr", "ru", "es"]);
    assert_eq!(form.attrs("#invite-lang option[lang=ar]", "dir"), ["rtl"]);
    assert_eq!(form.attrs("#invite-lang option[selected]", "value"), ["en"]);
    // An unknown language is refused at its field.
    let body =
        |lang: &str| format!("_form=invite&email=noura%40example.org&organisation=&role=member&lang={lang}");
    let refused = app.post_form("/admin/invite", &body("xx"), &[("cookie", &english)]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.texts("#lang-error"), [Locale::En.text("error-unknown-language")]);

    let sent = app.post_form("/admin/invite", &body("ar"), &[("cookie", &english)]).await;
    assert_eq!(sent.header("location"), Some("/admin/invite?done=invitation-sent"));
    let mail = message_to(&app, "noura@example.org", 1).await;
    let arabic = fixed_lines(Locale::Ar, "mail-invite-body", &["inviter", "organisation", "link"]);
    assert!(
        arabic.len() >= 2 && arabic.iter().all(|line| mail.contains(line.as_str())),
        "{arabic:?} in {mail}"
    );
    for line in fixed_lines(Locale::En, "mail-invite-body", &["inviter", "organisation", "link"]) {
        assert!(!mail.contains(&line), "English {line:?} in {mail}");
    }
    // Its link opens the accept page in Arabic, whatever the browser prefers.
    let start = mail.find("/invitation?token=").expect("an invitation link");
    let link = mail[start..].split_whitespace().next().expect("link").to_owned();
    assert!(link.ends_with("&ui_lang=ar"), "{link}");
    // A `lang` filter on content is not the interface language.
    let filtered = app.get_with("/search?q=data&lang=ar", &[("accept-language", "en-GB,en;q=0.9")]).await;
    assert_eq!(filtered.attrs("html", "lang"), ["en"]);
    let page = app.get_with(&link, &[("accept-language", "en-GB,en;q=0.9")]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.attrs("html", "lang"), ["ar"]);
    assert_eq!(page.attrs("html", "dir"), ["rtl"]);
    assert_eq!(page.texts("h1"), [Locale::Ar.text("invitation-title")]);
    // The way back from the language menu drops the link's language, so choosing another
    // one works.
    assert!(
        page.attrs(".language-switch input[name=back]", "value")
            .iter()
            .all(|back| !back.contains("ui_lang="))
    );
    // The new account is written to in Arabic and reads on in it.
    let accepted = app
        .post_form(
            &link,
            &crate::common::form(&[
                ("_form", "invitation"),
                ("name", "Noura"),
                ("password", "a long enough password 42"),
            ]),
            &[("accept-language", "en")],
        )
        .await;
    assert_eq!(accepted.header("location"), Some("/account?done=welcome"), "{}", accepted.body);
    let cookies: Vec<&str> =
        accepted.headers.get_all("set-cookie").iter().filter_map(|value| value.to_str().ok()).collect();
    assert!(cookies.iter().any(|cookie| cookie.starts_with("hub_lang=ar;")), "{cookies:?}");
    let account = account::Entity::find()
        .filter(account::Column::Email.eq("noura@example.org"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("the account");
    assert_eq!(account.lang, "ar");
}

#[tokio::test]
async fn a_group_invitation_goes_out_in_the_member_s_language_not_the_lead_s() {
    let app = TestApp::sqlite().await;
    let lead = Person::new(&app, "lead@example.org", "Lena Lead", Role::Admin, None).await;
    let member = Person::new(&app, "sofia@example.org", "Sofía Member", Role::Member, None).await;
    let chose = app
        .post_form(
            "/api/set_locale",
            "lang=es&back=%2F",
            &[("sec-fetch-site", "same-origin"), ("cookie", &member.cookie)],
        )
        .await;
    assert!(chose.status.is_redirection());
    let english = format!("{}; hub_lang=en", lead.cookie);
    let created = app
        .post_form(
            "/groups",
            &crate::common::form(&[
                ("_form", "group-new"),
                ("group_name", "AI competencies"),
                ("theme", "artificial-intelligence"),
                ("charter", "We write a guide to AI competencies."),
                ("visibility", "public"),
                ("quorum", "1"),
            ]),
            &[("cookie", &english)],
        )
        .await;
    let location = created.header("location").expect("the group").to_owned();
    let path = location.split('?').next().expect("path").to_owned();
    let invited = app
        .post_form(
            &path,
            &crate::common::form(&[("_form", "invite"), ("email", "sofia@example.org")]),
            &[("cookie", &english)],
        )
        .await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.texts(".error-summary li").join(" "));
    let mail = message_to(&app, "sofia@example.org", 1).await;
    let spanish = fixed_lines(Locale::Es, "mail-group-invite-body", &["name", "group", "link"]);
    assert!(
        !spanish.is_empty() && spanish.iter().all(|line| mail.contains(line.as_str())),
        "{spanish:?} in {mail}"
    );
}

#[tokio::test]
async fn words_in_another_language_carry_their_language_in_a_chinese_page() {
    let app = TestApp::sqlite().await;
    let translator = Person::new(&app, "translator@example.org", "Tra Translator", Role::Member, None).await;
    let alpha = app::db::entities::article::Entity::find()
        .filter(app::db::entities::article::Column::Slug.eq("alpha"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("the fixture article");
    let chinese = format!("{}; hub_lang=zh", translator.cookie);
    let page = app.get_with(&format!("/translate/article/{}", alpha.id), &[("cookie", &chinese)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.attrs("html", "lang"), ["zh-Hans"]);
    // Each language offered is named in itself and marked with its language and direction.
    let offered = page.attrs("#translate-lang option[value]", "value");
    let offered: Vec<&String> = offered.iter().filter(|value| !value.is_empty()).collect();
    assert!(!offered.is_empty());
    assert_eq!(page.attrs("#translate-lang option[lang]", "lang").iter().collect::<Vec<_>>(), offered);
    assert_eq!(page.attrs("#translate-lang option[lang=ar]", "dir"), ["rtl"]);
    assert_eq!(page.attrs("#translate-lang option[lang=fr]", "dir"), ["ltr"]);
    // The original's title and its language's name carry the original's language.
    assert_eq!(page.attrs(".translation-original p[lang]", "lang"), ["en"]);
    assert_eq!(page.attrs(".translation-original span[lang]", "dir"), ["ltr"]);
}
