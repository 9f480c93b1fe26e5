//! Route components of translation sets: `/translate/{kind}/{id}` (start a translation of
//! an item, the original beside the choice of language) and `/editor/translations` (what
//! still needs translating, for editors).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{DeskRow, TranslationDesk, TranslationStart, get_translation_desk, get_translation_start};
use super::{LANGUAGES, dir, native_name};
use crate::components::failure;
use crate::error::AppError;
use crate::forms::{HubForm, Notice, SelectField};
use crate::i18n::{t, t_args};

/// `/translate/{kind}/{id}`: the original, and the form that starts its translation into one
/// of the languages it lacks. Signed-in members.
#[component]
pub fn StartTranslationPage() -> impl IntoView {
    let params = use_params_map();
    let key =
        move || (params.read().get("kind").unwrap_or_default(), params.read().get("id").unwrap_or_default());
    let data = Resource::new_blocking(key, |(kind, id)| async move {
        crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
        let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
        get_translation_start(kind, id).await
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(start) => view! { <StartView start/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn StartView(start: TranslationStart) -> impl IntoView {
    let TranslationStart { kind, work_id: _, title, path, lang, missing } = start;
    let heading = t("translations-start-title");
    let kind_name = t(&format!("kind-{kind}"));
    let options: Vec<(String, String)> =
        missing.iter().map(|code| (code.clone(), native_name(code))).collect();
    let form = if options.is_empty() {
        view! { <p class="notice-muted">{t("translations-complete")}</p> }.into_any()
    } else {
        view! {
            <HubForm name="translate">
                <SelectField name="lang" label=t("translations-language-label") options required=true empty_label=t("translations-language-choose") languages=true/>
                <p class="field-hint">{t("translations-start-hint")}</p>
                <button type="submit" class="button">{t("translations-start-button")}</button>
            </HubForm>
        }
        .into_any()
    };
    view! {
        <Title text=heading.clone()/>
        <div class="narrow translate-start">
            <header class="page-header">
                <h1>{heading}</h1>
                <Notice/>
            </header>
            <section class="translation-original" aria-labelledby="original-title">
                <h2 id="original-title">{t_args("translations-original-of-kind", &[("kind", kind_name)])}</h2>
                <p lang=lang.clone() dir=dir(&lang)><a href=path>{title}</a></p>
                <p>{t("translations-original-language")}" "<span lang=lang.clone() dir=dir(&lang)>{native_name(&lang)}</span></p>
            </section>
            {form}
        </div>
    }
}

/// `/editor/translations`: works missing a language and outdated translations, filtered by
/// language and kind. Editors only.
#[component]
pub fn TranslationsDeskPage() -> impl IntoView {
    let query = use_query_map();
    let filter =
        move || (query.read().get("lang").unwrap_or_default(), query.read().get("kind").unwrap_or_default());
    let desk = Resource::new_blocking(filter, |(lang, kind)| get_translation_desk(lang, kind));
    view! {
        <Title text=t("translations-desk-title")/>
        <div class="editor-desk translations-desk">
            <h1>{t("translations-desk-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let (lang, kind) = filter();
                    match desk.await {
                        Ok(desk) => view! { <DeskView desk lang kind/> }.into_any(),
                        Err(error) => failure(error),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn DeskView(desk: TranslationDesk, lang: String, kind: String) -> impl IntoView {
    let TranslationDesk { missing, outdated, kinds } = desk;
    let languages: Vec<(String, String)> =
        LANGUAGES.iter().map(|(code, name)| ((*code).to_owned(), (*name).to_owned())).collect();
    let kind_options: Vec<(String, String)> =
        kinds.into_iter().map(|kind| (kind.clone(), t(&format!("kind-{kind}")))).collect();
    view! {
        <form method="get" action=crate::paths::TRANSLATIONS_DESK class="hub-form desk-filter">
            <FilterSelect name="lang" label=t("translations-filter-language") options=languages chosen=lang languages=true/>
            <FilterSelect name="kind" label=t("translations-filter-kind") options=kind_options chosen=kind/>
            <button type="submit" class="button button-secondary">{t("translations-filter-button")}</button>
        </form>
        <section aria-labelledby="missing-title">
            <h2 id="missing-title">{t("translations-desk-missing")}</h2>
            <DeskTable rows=missing outdated=false/>
        </section>
        <section aria-labelledby="outdated-title">
            <h2 id="outdated-title">{t("translations-desk-outdated")}</h2>
            <DeskTable rows=outdated outdated=true/>
        </section>
    }
}

/// A filter of the editors' list: a labelled choice, "all" first.
#[component]
fn FilterSelect(
    name: &'static str,
    label: String,
    options: Vec<(String, String)>,
    chosen: String,
    /// Whether the options are languages, each named in itself (and marked so).
    #[prop(optional)]
    languages: bool,
) -> impl IntoView {
    let id = format!("filter-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="">{t("translations-filter-all")}</option>
                {options
                    .into_iter()
                    .map(|(value, label)| {
                        let selected = value == chosen;
                        let lang = languages.then(|| value.clone());
                        let dir = languages.then(|| dir(&value));
                        view! { <option value=value selected=selected lang=lang dir=dir>{label}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn DeskTable(rows: Vec<DeskRow>, outdated: bool) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="notice-muted">{t("translations-desk-none")}</p> }.into_any();
    }
    let languages = |codes: Vec<(String, Option<String>)>| {
        codes
            .into_iter()
            .map(|(code, href)| {
                let name = native_name(&code);
                match href {
                    Some(href) => {
                        view! { <a href=href lang=code.clone() dir=dir(&code) hreflang=code>{name}</a>" " }
                            .into_any()
                    }
                    None => view! { <span lang=code.clone() dir=dir(&code)>{name}</span>" " }.into_any(),
                }
            })
            .collect_view()
    };
    view! {
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">{t("translations-col-work")}</th>
                    <th scope="col">{t("translations-col-kind")}</th>
                    <th scope="col">{t("translations-col-original")}</th>
                    <th scope="col">{if outdated { t("translations-col-outdated") } else { t("translations-col-missing") }}</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| {
                        let translate = crate::paths::translate(&row.kind, row.work_id);
                        let cells = if outdated {
                            row.outdated.into_iter().map(|(code, path, _)| (code, Some(path))).collect()
                        } else {
                            row.missing.into_iter().map(|code| (code, None)).collect()
                        };
                        view! {
                            <tr>
                                <td lang=row.lang.clone() dir=dir(&row.lang)><a href=row.path>{row.title}</a></td>
                                <td>{t(&format!("kind-{}", row.kind))}</td>
                                <td lang=row.lang.clone() dir=dir(&row.lang)>{native_name(&row.lang)}</td>
                                <td>
                                    {languages(cells)}
                                    {(!outdated).then(|| view! { <a href=translate>{t("translations-start-button")}</a> })}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
