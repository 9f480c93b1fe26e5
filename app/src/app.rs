//! The HTML shell and the route table.

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::assessment::{
    AssessmentPage, BenchmarksPage, CyclePage, CyclesPage, PlanPage, PracticePage, RespondPage,
    SelfReflectionPage, StaffEntryPage,
};
use crate::auth::{AccountPage, InvitationPage, ResetPasswordPage, ResetRequestPage, SignInPage};
use crate::blog::articles::ArticlePage;
use crate::blog::{
    AuthorPage, BlogPage, EditorPage, IssuePage, MyPostsPage, RevisionPage, TagPage, WritePage,
};
use crate::cases::{CasePage, CaseRevisionPage, CaseSubmitPage, CasesPage, CasesWorldPage, MyCasesPage};
use crate::client::{Bundle, BundleTags};
use crate::components::{Layout, NotFoundPage};
use crate::demand::{CallPage, DemandPage, LibraryPanel};
use crate::events::{
    EventOrganisePage, EventPage, EventProposePage, EventRevisionPage, EventsPage, RegistrationPage,
};
use crate::groups::{
    GroupComparePage, GroupDocumentPage, GroupHistoryPage, GroupOutputPage, GroupPage, GroupRevisionPage,
    GroupsPage,
};
use crate::home::HomePage;
use crate::i18n::{current_locale, t};
use crate::members::{
    AdminPage, AuditPage, DirectoryPage, InvitePage, JoinPage, JoinRequestsPage, OrganisationEditPage,
    OrganisationPage, PeoplePage,
};
use crate::pledges::{PledgePage, PledgeRevisionPage, PledgeWritePage, PledgesPage, PledgesWorldPage};
use crate::response::set_content_security_policy;
use crate::search::SearchPage;
use crate::translations::{StartTranslationPage, TranslationsDeskPage};

/// The whole HTML document around [`App`], rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = current_locale();
    let bundle = bundle(&options);
    view! {
        <!DOCTYPE html>
        <html lang=locale.lang_tag() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <BundleTags bundle/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Where this hub's stylesheet and client bundle are: the versioned addresses the server
/// read at start-up, or the unversioned ones of the build folder.
fn bundle(options: &LeptosOptions) -> Bundle {
    #[cfg(feature = "ssr")]
    if let Some(state) = use_context::<crate::state::AppState>() {
        return state.site.bundle.clone();
    }
    Bundle::unversioned(&options.site_pkg_dir, &options.output_name)
}

/// The application: layout and routes. Every route renders completely on the server before
/// the response starts, so its status code and metadata are right.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    set_content_security_policy();
    let site = t("site-name");
    view! {
        <Title formatter=move |text: String| {
            let title = if text.is_empty() { site.clone() } else { format!("{text} · {site}") };
            // leptos_meta writes the title into the page unescaped: a `</title>` in an
            // article title or a search query must not end the element.
            escape_text(&title)
        }/>
        <Router>
            <Layout>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/articles/:slug") view=ArticlePage ssr=SsrMode::Async/>
                    <Route path=path!("/blog") view=BlogPage ssr=SsrMode::Async/>
                    <Route path=path!("/blog/:month") view=IssuePage ssr=SsrMode::Async/>
                    <Route path=path!("/blog/tags/:facet/:code") view=TagPage ssr=SsrMode::Async/>
                    <Route path=path!("/blog/authors/:slug") view=AuthorPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases") view=CaseLibrary ssr=SsrMode::Async/>
                    <Route path=path!("/cases/calls/:slug") view=CallPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/world") view=CasesWorldPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/submit") view=CaseSubmitPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/submit/:id") view=CaseSubmitPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/submit/:id/revisions/:revision") view=CaseRevisionPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/:slug") view=CasePage ssr=SsrMode::Async/>
                    <Route path=path!("/events") view=EventsPage ssr=SsrMode::Async/>
                    <Route path=path!("/events/propose") view=EventProposePage ssr=SsrMode::Async/>
                    <Route path=path!("/events/propose/:id") view=EventProposePage ssr=SsrMode::Async/>
                    <Route path=path!("/events/propose/:id/revisions/:revision") view=EventRevisionPage ssr=SsrMode::Async/>
                    <Route path=path!("/events/registration") view=RegistrationPage ssr=SsrMode::Async/>
                    <Route path=path!("/events/organise/:slug") view=EventOrganisePage ssr=SsrMode::Async/>
                    <Route path=path!("/events/:slug") view=EventPage ssr=SsrMode::Async/>
                    <Route path=path!("/pledges") view=PledgesPage ssr=SsrMode::Async/>
                    <Route path=path!("/pledges/world") view=PledgesWorldPage ssr=SsrMode::Async/>
                    <Route path=path!("/pledges/new") view=PledgeWritePage ssr=SsrMode::Async/>
                    <Route path=path!("/pledges/draft/:id") view=PledgeWritePage ssr=SsrMode::Async/>
                    <Route path=path!("/pledges/draft/:id/revisions/:revision") view=PledgeRevisionPage ssr=SsrMode::Async/>
                    <Route path=path!("/pledges/:slug") view=PledgePage ssr=SsrMode::Async/>
                    <Route path=path!("/groups") view=GroupsPage ssr=SsrMode::Async/>
                    <Route path=path!("/groups/:slug") view=GroupPage ssr=SsrMode::Async/>
                    <Route path=path!("/groups/:slug/docs/:doc") view=GroupDocumentPage ssr=SsrMode::Async/>
                    <Route path=path!("/groups/:slug/docs/:doc/history") view=GroupHistoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/groups/:slug/docs/:doc/compare") view=GroupComparePage ssr=SsrMode::Async/>
                    <Route path=path!("/groups/:slug/docs/:doc/revisions/:number") view=GroupRevisionPage ssr=SsrMode::Async/>
                    <Route path=path!("/groups/:slug/outputs/:doc") view=GroupOutputPage ssr=SsrMode::Async/>
                    <Route path=path!("/search") view=SearchPage ssr=SsrMode::Async/>
                    <Route path=path!("/assessment") view=AssessmentPage ssr=SsrMode::Async/>
                    <Route path=path!("/assessment/self") view=SelfReflectionPage ssr=SsrMode::Async/>
                    <Route path=path!("/assessment/benchmarks") view=BenchmarksPage ssr=SsrMode::Async/>
                    <Route path=path!("/assessment/cycles") view=CyclesPage ssr=SsrMode::Async/>
                    <Route path=path!("/assessment/cycles/:id") view=CyclePage ssr=SsrMode::Async/>
                    <Route path=path!("/assessment/cycles/:id/practice") view=PracticePage ssr=SsrMode::Async/>
                    <Route path=path!("/assessment/cycles/:id/plan") view=PlanPage ssr=SsrMode::Async/>
                    <Route path=path!("/assessment/answer") view=StaffEntryPage ssr=SsrMode::Async/>
                    <Route path=path!("/assessment/respond") view=RespondPage ssr=SsrMode::Async/>
                    <Route path=path!("/members") view=DirectoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/members/:slug") view=OrganisationPage ssr=SsrMode::Async/>
                    <Route path=path!("/join") view=JoinPage ssr=SsrMode::Async/>
                    <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("/forgot-password") view=ResetRequestPage ssr=SsrMode::Async/>
                    <Route path=path!("/reset-password") view=ResetPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/invitation") view=InvitationPage ssr=SsrMode::Async/>
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/posts") view=MyPostsPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/cases") view=MyCasesPage ssr=SsrMode::Async/>
                    <Route path=path!("/write") view=WritePage ssr=SsrMode::Async/>
                    <Route path=path!("/write/:id") view=WritePage ssr=SsrMode::Async/>
                    <Route path=path!("/write/:id/revisions/:revision") view=RevisionPage ssr=SsrMode::Async/>
                    <Route path=path!("/editor") view=EditorPage ssr=SsrMode::Async/>
                    <Route path=path!("/editor/demand") view=DemandPage ssr=SsrMode::Async/>
                    <Route path=path!("/editor/translations") view=TranslationsDeskPage ssr=SsrMode::Async/>
                    <Route path=path!("/translate/:kind/:id") view=StartTranslationPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin") view=AdminPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/join-requests") view=JoinRequestsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/invite") view=InvitePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/people") view=PeoplePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/audit") view=AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/organisations/new") view=OrganisationEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/organisations/:slug") view=OrganisationEditPage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}

/// `/cases`: the library, then its calls for cases and what many readers look for.
#[component]
fn CaseLibrary() -> impl IntoView {
    view! {
        <CasesPage/>
        <LibraryPanel/>
    }
}

/// Escapes text for an HTML text context.
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
