//! What pages show of a translation set: "Also in" with the other versions (each named in
//! its own language), the notice on an outdated translation, the `hreflang` alternates in
//! the page head, and the way to start a translation.

use leptos::prelude::*;
use leptos_meta::Link;

use super::api::get_versions;
use super::{Role, VersionSet, dir, native_name};
use crate::i18n::t;

/// "Also in: العربية · Español": links to versions given as (language, path, title).
#[component]
pub fn AlsoInLinks(links: Vec<(String, String, String)>) -> impl IntoView {
    let count = links.len();
    view! {
        <p class="also-in">
            <span class="also-in-label">{t("translations-also-in")}" "</span>
            {links
                .into_iter()
                .enumerate()
                .map(|(at, (lang, path, title))| {
                    let code = super::primary(&lang);
                    view! {
                        <a href=path lang=code.clone() hreflang=code.clone() dir=dir(&code) title=title>
                            {native_name(&code)}
                        </a>
                        {(at + 1 < count).then_some(" · ")}
                    }
                })
                .collect_view()}
        </p>
    }
}

/// The versions of an item of `kind`, as [`read_with_versions`] read them with the item:
/// `hreflang` alternates in the head, "Also in", the outdated notice, and a link to translate
/// it. Nothing when there are none the reader may see.
///
/// A page reads the set in the same resource as its item, never in a resource created while
/// the item's `<Suspense>` renders: on the server, a resource created inside a `<Suspense>`
/// behind another resource now and then leaves the answer waiting until the request times
/// out.
#[component]
pub fn Versions(kind: &'static str, set: Option<VersionSet>) -> impl IntoView {
    set.map(|set| view! { <VersionsView kind set/> })
}

/// The versions of item `id` of `kind` that its page shows: none when it is in no set the
/// reader may see.
async fn versions_of(kind: &'static str, id: i64) -> Option<VersionSet> {
    get_versions(kind.to_owned(), id).await.ok()
}

/// An item of `kind` as its page reads it (`read`, the kind's own call) with its versions,
/// in one resource: `id` names the item's id.
pub async fn read_with_versions<T>(
    kind: &'static str,
    read: impl Future<Output = Result<T, crate::error::AppError>>,
    id: impl Fn(&T) -> i64,
) -> Result<(T, Option<VersionSet>), crate::error::AppError> {
    let item = read.await?;
    let versions = versions_of(kind, id(&item)).await;
    Ok((item, versions))
}

#[component]
fn VersionsView(kind: &'static str, set: VersionSet) -> impl IntoView {
    let VersionSet { this, others, original, base, work_id, missing } = set;
    // Alternates only for a published version that has others: `hreflang` lists every
    // version, itself included, and the original as the default.
    let alternates = (this.is_some() && !others.is_empty()).then(|| {
        let mut links: Vec<(String, String)> =
            this.iter().chain(&others).map(|version| (version.lang.clone(), version.path.clone())).collect();
        if let Some(original) = &original {
            links.push(("x-default".to_owned(), original.path.clone()));
        }
        links
            .into_iter()
            .map(|(lang, path)| view! { <Link rel="alternate" hreflang=lang href=format!("{base}{path}")/> })
            .collect_view()
    });
    let outdated = this.as_ref().filter(|this| this.role == Role::Outdated).map(|_| {
        let original = original.clone();
        view! {
            <p class="notice notice-outdated" role="note">
                {t("translations-outdated")}
                {original.map(|original| {
                    let lang = original.lang.clone();
                    view! {
                        " "
                        <a href=original.path hreflang=lang.clone()>{t("translations-read-original")}</a>
                        " ("<span lang=lang.clone() dir=dir(&lang)>{native_name(&lang)}</span>")"
                    }
                })}
            </p>
        }
    });
    // A current translation says so, with the way to its original.
    let role = this.as_ref().filter(|this| this.role == Role::Translation).zip(original.clone()).map(
        |(this, original)| {
            view! {
                <p class="version-role">
                    {t(this.role.label_key())}" · "
                    <a href=original.path hreflang=original.lang.clone()>{t("translations-read-original")}</a>
                </p>
            }
        },
    );
    let also_in = (!others.is_empty()).then(|| {
        view! {
            <AlsoInLinks links=others.into_iter().map(|version| (version.lang, version.path, version.title)).collect()/>
        }
    });
    let translate = (!missing.is_empty()).then(|| {
        view! {
            <p class="translate-link">
                <a href=crate::paths::translate(kind, work_id)>{t("translations-offer")}</a>
            </p>
        }
    });
    view! {
        {alternates}
        <div class="versions">
            {role}
            {outdated}
            {also_in}
            {translate}
        </div>
    }
}

/// The original that draft `id` of `kind` translates, shown beside its form: none for any
/// other draft. A form page calls it in its own resource, after reading the draft, for the
/// reason [`Versions`] gives.
pub async fn source_of(kind: &'static str, id: Option<i64>) -> Option<super::api::SourceText> {
    match id {
        Some(id) => super::api::get_translation_source(kind.to_owned(), id).await.ok().flatten(),
        None => None,
    }
}

/// The original a draft translates, in its language, for a page that read it already.
#[component]
pub fn SourceTextView(source: super::api::SourceText) -> impl IntoView {
    let lang = source.lang.clone();
    let heading = crate::i18n::t_args(
        "translations-source-title",
        &[("from", native_name(&source.lang)), ("into", native_name(&source.into))],
    );
    let summary = (!source.summary.is_empty()).then(|| view! { <p class="lead">{source.summary}</p> });
    view! {
        <aside class="translation-source" aria-labelledby="translation-source-title">
            <h2 id="translation-source-title">{heading}</h2>
            <div lang=lang.clone() dir=dir(&lang)>
                <h3><a href=source.path>{source.title}</a></h3>
                {summary}
                {source.body.into_iter().map(|paragraph| view! { <p>{paragraph}</p> }).collect_view()}
            </div>
        </aside>
    }
}
