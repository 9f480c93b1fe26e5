use super::*;

#[test]
fn renders_headings_with_ids_and_a_table_of_contents() {
    let out =
        render("# Title\n\n## Why it matters\n\nText.\n\n### Data use & governance\n\n## Why it matters\n");
    insta::assert_snapshot!(out.html);
    let ids: Vec<_> = out.toc.iter().map(|e| (e.level, e.id.as_str())).collect();
    assert_eq!(ids, [(2, "why-it-matters"), (3, "data-use-governance"), (2, "why-it-matters-2")]);
}

#[test]
fn keeps_accents_in_heading_ids() {
    let out = render("## Compétences numériques : par où commencer ?\n");
    assert_eq!(out.toc[0].id, "compétences-numériques-par-où-commencer");
}

#[test]
fn a_heading_never_takes_a_layout_id() {
    let out = render("## Hub main\n");
    assert_eq!(out.toc[0].id, "hub-main-2");
}

#[test]
fn renders_tables_footnotes_and_lists() {
    let out = render(
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two\n\nA claim.[^1]\n\n[^1]: The source.\n\n~~old~~ \"quoted\"\n",
    );
    insta::assert_snapshot!(out.html);
}

#[test]
fn hostile_input_is_neutralised() {
    let hostile = r#"
<script>alert(1)</script>

<img src="x.png" onerror="alert(2)" alt="x">

[click](javascript:alert(3))

<a href="JaVaScRiPt:alert(4)">x</a>

<svg onload="alert(5)"><circle r="1"/></svg>

<math><mi>x</mi></math>

<style>body{display:none}</style>

<iframe src="https://evil.example/"></iframe>

<p style="position:fixed" onclick="alert(6)">styled</p>

<form action="/api/set_locale"><button>go</button></form>
"#;
    let out = render(hostile);
    insta::assert_snapshot!(out.html);
    let lower = out.html.to_lowercase();
    for needle in [
        "<script",
        "onerror",
        "onclick",
        "onload",
        "javascript:",
        "<svg",
        "<math",
        "<style",
        "<iframe",
        "style=",
        "<form",
        "<button",
    ] {
        assert!(!lower.contains(needle), "{needle} survived: {}", out.html);
    }
}

#[test]
fn links_get_safe_rel() {
    let out = render("[UN](https://www.un.org/)");
    assert!(out.html.contains(r#"rel="noopener noreferrer""#), "{}", out.html);
}

#[test]
fn reading_time_counts_words() {
    assert_eq!(render("word ").reading_minutes, 1);
    assert_eq!(render(&"word ".repeat(401)).reading_minutes, 3);
    assert_eq!(render("").reading_minutes, 1);
}

#[test]
fn plain_text_has_no_markup() {
    let out = render("## Head\n\nSome *emphasis* and `code`.\n");
    assert_eq!(out.plain_text, "Head Some emphasis and code.");
}

#[test]
fn nested_documents_start_their_headings_one_level_down() {
    let out = render_nested("# Checklist\n\nText.\n\n## Data\n\n###### Deepest\n");
    assert!(out.html.contains("<h2 id=\"checklist\">Checklist</h2>"), "{}", out.html);
    assert!(out.html.contains("<h3 id=\"data\">Data</h3>"), "{}", out.html);
    assert!(out.html.contains("<h6 id=\"deepest\">Deepest</h6>"), "{}", out.html);
    assert!(!out.html.contains("<h1"), "{}", out.html);
}

#[test]
fn deeply_nested_markdown_renders_in_bounded_time() {
    for (what, markdown) in [
        ("quotes", format!("{}deep", ">".repeat(10_000))),
        ("brackets", format!("{}deep", "[".repeat(10_000))),
        ("closed brackets", format!("{}x{}", "[".repeat(10_000), "](u)".repeat(10_000))),
        ("lists", "- ".repeat(10_000)),
        ("emphasis", format!("{}x{}", "*".repeat(10_000), "*".repeat(10_000))),
        ("indented lists", (0..2_000).map(|i| format!("{}- x\n", "  ".repeat(i))).collect()),
    ] {
        let started = std::time::Instant::now();
        let rendered = super::render(&markdown);
        let took = started.elapsed();
        eprintln!("{what}: {took:?}, {} bytes of HTML", rendered.html.len());
        assert!(took < std::time::Duration::from_secs(2), "{what} took {took:?}");
    }
}

/// Pieces Markdown (and people trying things) are made of.
fn markdown_pieces() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::strategy::Strategy as _;
    let pieces = proptest::sample::select(vec![
        ">",
        "[",
        "]",
        "(",
        ")",
        "*",
        "_",
        "`",
        "```",
        "~~",
        "\n",
        "\n\n",
        "# ",
        "## ",
        "- ",
        "1. ",
        "|",
        "| --- |",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">a</a>",
        "![a](/media/images/0123456789abcdef0123456789abcdef.jpg)",
        "![a](javascript:alert(1))",
        "[^1]",
        "[^1]: note",
        "&",
        "&amp;",
        "\\",
        "    ",
        "\t",
        "<",
        "<!--",
        "-->",
        "<iframe src=//evil.example>",
        "<style>",
        "hub-main",
        "{#id}",
        "数字",
        "é",
    ]);
    proptest::collection::vec(proptest::prop_oneof![pieces.prop_map(str::to_owned), "\\PC{0,6}"], 0..80)
        .prop_map(|parts| parts.concat())
}

/// The scheme a browser reads in `url`, as the URL standard parses it: leading spaces and
/// control characters dropped, tabs and newlines removed, then a letter and letters, digits
/// or `+-.` up to the first `:`. A relative address has none.
fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, _) = cleaned.split_once(':')?;
    let mut chars = scheme.chars();
    let starts_with_letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    (starts_with_letter && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then(|| scheme.to_ascii_lowercase())
}

#[test]
fn a_scheme_is_read_as_a_browser_reads_it() {
    assert_eq!(scheme(" java\tscript:alert(1)").as_deref(), Some("javascript"));
    assert_eq!(scheme("HTTPS://example.org").as_deref(), Some("https"));
    assert_eq!(scheme("%5Bx%5D(javascript:alert(1))"), None);
    assert_eq!(scheme("/cases?q=a:b"), None);
}

/// What in `html`, parsed as a browser parses it, could run: a script-bearing element, an
/// event handler, or a link or source whose scheme runs or embeds code.
fn what_could_run(html: &str) -> Vec<String> {
    let fragment = scraper::Html::parse_fragment(html);
    let mut found = Vec::new();
    for element in fragment.root_element().descendent_elements().skip(1) {
        let element = element.value();
        if ["script", "iframe", "style", "object", "embed", "svg", "math"].contains(&element.name()) {
            found.push(format!("<{}>", element.name()));
        }
        for (name, value) in element.attrs() {
            let url_scheme =
                matches!(name, "href" | "src" | "action" | "formaction").then(|| scheme(value)).flatten();
            if name.starts_with("on")
                || matches!(url_scheme.as_deref(), Some("javascript" | "vbscript" | "data"))
            {
                found.push(format!("{name}={value:?}"));
            }
        }
    }
    found
}

#[test]
fn the_safety_check_sees_what_would_run() {
    assert_eq!(what_could_run(r#"<p title="x one <script">a</p>"#), Vec::<String>::new());
    assert_eq!(what_could_run(r#"<a href="%5Bx%5D(javascript:alert(1))">^1</a>"#), Vec::<String>::new());
    assert_eq!(what_could_run(r#"<a href=" JavaScript:alert(1)" onclick="x">a</a>"#).len(), 2);
    assert_eq!(what_could_run("<p><script>alert(1)</script></p>"), ["<script>"]);
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config { cases: 400, failure_persistence: None, ..Default::default() })]

    /// Whatever is written renders to HTML with nothing that runs: no script-bearing element,
    /// no event handler, and no link or source a browser would run or load as code.
    #[test]
    fn any_markdown_renders_to_safe_html(markdown in markdown_pieces()) {
        for out in [render(&markdown), render_nested(&markdown)] {
            let found = what_could_run(&out.html);
            proptest::prop_assert!(found.is_empty(), "{found:?} in {}", out.html);
            proptest::prop_assert!(out.reading_minutes >= 1);
        }
    }
}
