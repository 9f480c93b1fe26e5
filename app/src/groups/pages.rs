//! Route components of `/groups` (the groups and their outputs) and `/groups/{slug}` (a
//! group: charter, members, documents, outputs, activity, and the forms of members and
//! leads). Every form works without JavaScript.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use super::api::{
    ActivityItem, Choice, GroupCard, GroupList, GroupRole, GroupView, MemberItem, OutputCard, Standing,
    Visibility, get_group, list_groups,
};
use crate::components::failure;
use crate::components::format_date;
use crate::forms::{HubForm, Notice, SelectField, TextArea, TextField, form_reply, problem_text};
use crate::i18n::{t, t_args};

/// The visibilities as (code, label) choices.
fn visibility_options() -> Vec<(String, String)> {
    Visibility::ALL
        .into_iter()
        .map(|v| (v.code().to_owned(), t(&format!("group-visibility-{}", v.code()))))
        .collect()
}

fn theme_options(themes: Vec<Choice>) -> Vec<(String, String)> {
    themes.into_iter().map(|c| (c.code, c.name)).collect()
}

/// `/groups`.
#[component]
pub fn GroupsPage() -> impl IntoView {
    let list = Resource::new_blocking(|| (), |()| list_groups());
    view! {
        <Title text=t("groups-title")/>
        <Meta name="description" content=t("groups-lead")/>
        <div class="page-head">
            <h1>{t("groups-title")}</h1>
            <p class="lead">{t("groups-lead")}</p>
            <Notice/>
        </div>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! { <GroupListView list/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn GroupListView(list: GroupList) -> impl IntoView {
    let empty = list.groups.is_empty();
    let create = list.can_create.then(|| view! { <NewGroupForm themes=list.themes.clone()/> });
    let outputs = (!list.outputs.is_empty()).then(|| {
        view! {
            <section class="group-outputs" aria-labelledby="outputs-heading">
                <h2 id="outputs-heading">{t("groups-outputs")}</h2>
                <ul class="output-list">
                    {list.outputs.into_iter().map(|output| view! { <OutputLine output with_group=true/> }).collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        {empty.then(|| view! { <p>{t("groups-empty")}</p> })}
        <ul class="card-list" role="list">
            {list.groups.into_iter().map(|group| view! { <li><GroupCardView group level=2/></li> }).collect_view()}
        </ul>
        {outputs}
        {create}
    }
}

/// The working groups with the most recent activity, for the home page, with a link to
/// them all.
#[component]
pub fn ActiveGroups(count: usize) -> impl IntoView {
    let list = Resource::new_blocking(|| (), |()| list_groups());
    view! {
        <section class="home-section" aria-labelledby="home-groups-title">
            <h2 id="home-groups-title" class="section-title">{t("home-groups-title")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) if list.groups.is_empty() => view! { <p>{t("groups-empty")}</p> }.into_any(),
                        Ok(list) => {
                            let mut groups = list.groups;
                            groups.sort_by(|a, b| b.latest_activity.cmp(&a.latest_activity));
                            groups.truncate(count);
                            view! {
                                <ul class="card-list" role="list">
                                    {groups.into_iter().map(|group| view! { <li><GroupCardView group level=3/></li> }).collect_view()}
                                </ul>
                            }
                            .into_any()
                        }
                        Err(error) => view! { <p>{t(error.body_key())}</p> }.into_any(),
                    }
                })}
            </Suspense>
            <p class="section-more"><a href="/groups">{t("home-groups-all")}</a></p>
        </section>
    }
}

/// A group in a list, its name a heading of `level` (2 or 3).
#[component]
fn GroupCardView(group: GroupCard, level: u8) -> impl IntoView {
    let href = crate::paths::group(&group.slug);
    let members = t_args("group-member-count", &[("count", group.member_count.to_string())]);
    let activity = t_args("group-latest-activity", &[("date", format_date(&group.latest_activity))]);
    let leads = (!group.lead_organisations.is_empty()).then(|| {
        let orgs = group.lead_organisations.join(", ");
        view! { <p class="card-meta">{t_args("group-led-by", &[("organisations", orgs)])}</p> }
    });
    let badge = (group.visibility != Visibility::Public)
        .then(|| view! { " " <span class="badge">{t(&format!("group-visibility-{}", group.visibility.code()))}</span> });
    view! {
        <article class="card group-card">
            <p class="eyebrow">{group.theme}</p>
            {if level >= 3 {
                view! { <h3 class="card-title"><a href=href>{group.name}</a>{badge}</h3> }.into_any()
            } else {
                view! { <h2 class="card-title"><a href=href>{group.name}</a>{badge}</h2> }.into_any()
            }}
            <p class="card-summary">{group.summary}</p>
            {leads}
            <p class="card-meta">{members}" · "{activity}</p>
        </article>
    }
}

#[component]
fn OutputLine(output: OutputCard, with_group: bool) -> impl IntoView {
    let href = output.href();
    let endorsed = t_args(
        "group-endorsed-by",
        &[("group", output.group_name.clone()), ("date", format_date(&output.endorsed_on))],
    );
    let group = with_group.then(|| view! { <span class="card-meta">{endorsed}</span> });
    view! {
        <li><a href=href lang=output.lang.clone() dir=crate::translations::dir(&output.lang)>{output.title}</a>" "{group}</li>
    }
}

#[component]
fn NewGroupForm(themes: Vec<Choice>) -> impl IntoView {
    let open = form_reply().form == "group-new";
    view! {
        <details class="panel" open=open>
            <summary>{t("group-new")}</summary>
            <HubForm name="group-new" action="/groups">
                <SettingsFields themes charter=String::new() name=String::new() theme=String::new() visibility="public".to_owned() quorum="2".to_owned()/>
                <button type="submit" class="button">{t("group-create")}</button>
            </HubForm>
        </details>
    }
}

/// The fields of a group's settings (creation and the leads' form).
#[component]
fn SettingsFields(
    themes: Vec<Choice>,
    name: String,
    theme: String,
    charter: String,
    visibility: String,
    quorum: String,
) -> impl IntoView {
    view! {
        <TextField name="group_name" label=t("group-field-name") required=true value=name maxlength=120/>
        <SelectField name="theme" label=t("group-field-theme") options=theme_options(themes) required=true value=theme/>
        <TextArea name="charter" label=t("group-field-charter") hint=t("group-hint-charter") required=true value=charter rows=6/>
        <SelectField name="visibility" label=t("group-field-visibility") options=visibility_options() required=true value=visibility/>
        <TextField name="quorum" label=t("group-field-quorum") hint=t("group-hint-quorum") kind="number" required=true value=quorum/>
    }
}

/// `/groups/{slug}`.
#[component]
pub fn GroupPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let group = Resource::new_blocking(slug, get_group);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match group.await {
                    Ok(group) => view! { <GroupDetail group/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

/// A one-button form posting `_form` = `form` (and `fields`) to the current page.
#[component]
fn ActionButton(
    form: &'static str,
    #[prop(optional)] fields: Vec<(&'static str, String)>,
    label: String,
    #[prop(optional)] secondary: bool,
) -> impl IntoView {
    let class = if secondary { "button button-secondary" } else { "button" };
    view! {
        <form method="post" class="button-form">
            <input type="hidden" name="_form" value=form/>
            {fields.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value/> }).collect_view()}
            <button type="submit" class=class>{label}</button>
        </form>
    }
}

/// The problem a one-button form ran into, if the page shows its answer.
fn form_problem(form: &str) -> Option<impl IntoView + use<>> {
    form_reply()
        .error(form, "form")
        .map(|error| view! { <p class="field-error" role="alert">{problem_text(&error)}</p> })
}

#[component]
fn GroupDetail(group: GroupView) -> impl IntoView {
    let is_member = group.is_member();
    let is_lead = group.is_lead();
    let standing = match group.me {
        Some((_, Standing::Active)) => {
            let role = group.me.map_or(GroupRole::Member, |(role, _)| role);
            Some(view! {
                <div class="standing">
                    <p>{t(&format!("group-you-are-{}", role.code()))}</p>
                    <ActionButton form="leave" label=t("group-leave") secondary=true/>
                </div>
            }.into_any())
        }
        Some((_, Standing::Requested)) => Some(view! { <p class="notice-muted">{t("group-request-pending")}</p> }.into_any()),
        Some((_, Standing::Invited)) => Some(view! {
            <div class="panel">
                <p>{t("group-invited")}</p>
                <ActionButton form="invitation" fields=vec![("action", "accept".to_owned())] label=t("group-accept-invitation")/>
                " "
                <ActionButton form="invitation" fields=vec![("action", "decline".to_owned())] label=t("group-decline-invitation") secondary=true/>
            </div>
        }.into_any()),
        None if group.signed_in => Some(view! { <ActionButton form="join" label=t("group-ask-to-join")/> }.into_any()),
        None => Some(view! { <p><a href="/sign-in">{t("group-sign-in-to-join")}</a></p> }.into_any()),
    };
    let visibility = t(&format!("group-visibility-{}", group.visibility.code()));
    let documents = is_member.then(|| view! { <DocumentsSection group=group.clone()/> });
    let outputs = (!group.outputs.is_empty()).then(|| {
        view! {
            <section aria-labelledby="outputs-heading">
                <h2 id="outputs-heading">{t("groups-outputs")}</h2>
                <ul class="output-list">
                    {group.outputs.clone().into_iter().map(|output| view! { <OutputLine output with_group=false/> }).collect_view()}
                </ul>
            </section>
        }
    });
    let settings = is_lead.then(|| view! { <SettingsSection group=group.clone()/> });
    view! {
        <Title text=group.name.clone()/>
        <Meta name="description" content=group.name.clone()/>
        <div class="group-page">
            <header class="page-header">
                <p class="eyebrow"><a href="/groups">{t("groups-title")}</a>" · "{group.theme_name.clone()}</p>
                <h1>{group.name.clone()}</h1>
                <p class="card-meta">{visibility}</p>
                <Notice/>
                {form_problem("leave")}
                {form_problem("invitation")}
                {standing}
            </header>
            <div class="group-columns">
                <div class="group-main">
                    <section aria-labelledby="charter-heading">
                        <h2 id="charter-heading">{t("group-charter")}</h2>
                        <div class="prose" inner_html=group.charter_html.clone()></div>
                    </section>
                    {documents}
                    {outputs}
                    <ActivitySection activity=group.activity.clone()/>
                </div>
                <aside class="group-side">
                    <MembersSection group=group.clone()/>
                </aside>
            </div>
            {settings}
        </div>
    }
}

#[component]
fn DocumentsSection(group: GroupView) -> impl IntoView {
    let empty = group.documents.is_empty();
    let languages: Vec<(String, String)> = crate::translations::LANGUAGES
        .iter()
        .map(|(code, name)| ((*code).to_owned(), (*name).to_owned()))
        .collect();
    let rows = group
        .documents
        .into_iter()
        .map(|doc| {
            let href = crate::paths::group_document(&group.slug, &doc.slug);
            let updated = t_args("group-updated-on", &[("date", format_date(&doc.updated))]);
            let endorsed = doc.endorsed.then(
                || view! { " " <span class="badge badge-published">{t("group-badge-endorsed")}</span> },
            );
            let lang = doc.lang.clone();
            view! {
                <li>
                    <a href=href lang=lang.clone() dir=crate::translations::dir(&lang)>{doc.title}</a>
                    {endorsed}" "<span class="card-meta">{updated}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="documents-heading">
            <h2 id="documents-heading">{t("group-documents")}</h2>
            {empty.then(|| view! { <p>{t("group-documents-empty")}</p> })}
            <ul class="document-list">{rows}</ul>
            <HubForm name="document" class="inline-fields">
                <TextField name="title" label=t("group-field-document-title") required=true maxlength=200/>
                <SelectField
                    name="lang"
                    label=t("group-field-document-language")
                    options=languages
                    required=true
                    value=crate::translations::primary(crate::i18n::current_locale().code())
                />
                <button type="submit" class="button">{t("group-create-document")}</button>
            </HubForm>
        </section>
    }
}

#[component]
fn ActivitySection(activity: Vec<ActivityItem>) -> impl IntoView {
    let empty = activity.is_empty();
    let items = activity
        .into_iter()
        .map(|item| {
            let title = match item.href {
                Some(href) => view! { <a href=href>{item.title}</a> }.into_any(),
                None => view! { <span>{item.title}</span> }.into_any(),
            };
            let who = if item.who.is_empty() { String::new() } else { format!("{} · ", item.who) };
            view! {
                <li>
                    <span class="card-meta">{format_date(&item.date)}" · "{who}{t(&item.what)}</span>" "{title}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="activity-heading">
            <h2 id="activity-heading">{t("group-activity")}</h2>
            {empty.then(|| view! { <p>{t("group-activity-empty")}</p> })}
            <ul class="activity-list">{items}</ul>
        </section>
    }
}

#[component]
fn MembersSection(group: GroupView) -> impl IntoView {
    let is_lead = group.is_lead();
    let count = t_args("group-member-count", &[("count", group.members.len().to_string())]);
    let members =
        group.members.into_iter().map(|m| view! { <MemberLine member=m manage=is_lead/> }).collect_view();
    let pending = (is_lead && !group.pending.is_empty()).then(|| {
        let rows =
            group.pending.into_iter().map(|m| view! { <MemberLine member=m manage=true/> }).collect_view();
        view! {
            <h3>{t("group-pending")}</h3>
            <ul class="member-list">{rows}</ul>
        }
    });
    let invite = is_lead.then(|| {
        view! {
            <HubForm name="invite">
                <TextField name="email" label=t("group-field-invite") hint=t("group-hint-invite") kind="email" required=true/>
                <button type="submit" class="button">{t("group-invite")}</button>
            </HubForm>
        }
    });
    view! {
        <section id="members" aria-labelledby="members-heading">
            <h2 id="members-heading">{t("group-members")}</h2>
            <p class="card-meta">{count}</p>
            {form_problem("member")}
            <ul class="member-list">{members}</ul>
            {pending}
            {invite}
        </section>
    }
}

#[component]
fn MemberLine(member: MemberItem, manage: bool) -> impl IntoView {
    let account = member.account_id.to_string();
    let role = match (member.standing, member.role) {
        (Standing::Requested, _) => t("group-standing-requested"),
        (Standing::Invited, _) => t("group-standing-invited"),
        (Standing::Active, role) => t(&format!("group-role-{}", role.code())),
    };
    let organisation = member.organisation.map(|org| format!(" · {org}")).unwrap_or_default();
    let actions = (manage && !member.you).then(|| {
        let act = |action: &'static str, label: &str, secondary: bool| {
            let fields = vec![("account", account.clone()), ("action", action.to_owned())];
            view! { <ActionButton form="member" fields label=t_args(label, &[("name", member.name.clone())]) secondary/> }
        };
        match member.standing {
            Standing::Requested => view! { {act("accept", "group-action-accept", false)} {act("decline", "group-action-decline", true)} }.into_any(),
            Standing::Invited => act("decline", "group-action-withdraw", true).into_any(),
            Standing::Active if member.role == GroupRole::Lead => {
                view! { {act("member", "group-action-make-member", true)} {act("remove", "group-action-remove", true)} }.into_any()
            }
            Standing::Active => {
                view! { {act("lead", "group-action-make-lead", true)} {act("remove", "group-action-remove", true)} }.into_any()
            }
        }
    });
    view! {
        <li class="member-line">
            <span><strong>{member.name.clone()}</strong>{organisation}" · "{role}</span>
            {actions.map(|actions| view! { <span class="member-actions">{actions}</span> })}
        </li>
    }
}

#[component]
fn SettingsSection(group: GroupView) -> impl IntoView {
    let open = form_reply().form == "settings";
    view! {
        <details class="panel" id="settings" open=open>
            <summary>{t("group-settings")}</summary>
            <HubForm name="settings">
                <SettingsFields
                    themes=group.themes
                    name=group.name
                    theme=group.theme
                    charter=group.charter
                    visibility=group.visibility.code().to_owned()
                    quorum=group.quorum.to_string()
                />
                <button type="submit" class="button">{t("group-save-settings")}</button>
            </HubForm>
        </details>
    }
}
