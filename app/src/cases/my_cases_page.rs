//! `/account/cases`: the cases someone submitted and, for editors, those waiting for review.

use leptos::prelude::*;
use leptos_meta::Title;

use super::submit_api::{CaseRow, MyCases, list_my_cases};
use crate::components::{failure, format_date};
use crate::editorial::components::StatusBadge;
use crate::i18n::t;

/// `/account/cases`: the cases the signed-in person submitted and, for editors, the cases
/// waiting for review.
#[component]
pub fn MyCasesPage() -> impl IntoView {
    let cases = Resource::new_blocking(|| (), |()| list_my_cases());
    view! {
        <Title text=t("case-my-cases")/>
        <div class="narrow">
            <h1>{t("case-my-cases")}</h1>
            <p><a class="button" href="/cases/submit">{t("case-submit-title")}</a></p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match cases.await {
                        Ok(MyCases { own, waiting }) => {
                            let waiting = (!waiting.is_empty()).then(|| view! {
                                <h2>{t("case-waiting")}</h2>
                                <CaseTable cases=waiting/>
                            });
                            let own = if own.is_empty() {
                                view! { <p>{t("case-none-yet")}</p> }.into_any()
                            } else {
                                view! { <h2>{t("case-mine")}</h2><CaseTable cases=own/> }.into_any()
                            };
                            view! { {waiting}{own} }.into_any()
                        }
                        Err(error) => failure(error),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn CaseTable(cases: Vec<CaseRow>) -> impl IntoView {
    view! {
        <table class="data-table">
            <thead>
                <tr><th scope="col">{t("field-title")}</th><th scope="col">{t("write-status")}</th><th scope="col">{t("write-updated")}</th></tr>
            </thead>
            <tbody>
                {cases.into_iter().map(|case| {
                    let href = crate::paths::case_draft(case.id);
                    let updated = format_date(&case.updated);
                    view! {
                        <tr>
                            <td><a href=href>{case.title}</a></td>
                            <td><StatusBadge status=case.status/></td>
                            <td><time datetime=case.updated>{updated}</time></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
