//! Route components of writing: `/write` (a new post), `/write/{id}` (a post, its review
//! and history) and `/account/posts` (the posts someone wrote).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::preview::MarkdownEditor;
use super::write_api::{
    PostDraft, PostRow, WriteChoices, get_post_draft, my_posts, preview_markdown, write_options,
};
use crate::components::{failure, format_date};
use crate::editorial::Status;
use crate::editorial::components::{ReviewHistory, StatusBadge, review_actions};
use crate::error::AppError;
use crate::forms::{HubForm, Notice, SelectField, TextArea, TextField, form_reply};
use crate::i18n::{t, t_args};

/// `/write` and `/write/{id}`.
#[component]
pub fn WritePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id");
    let reply = form_reply();
    let previewing = reply.value("post", "action").as_deref() == Some("preview");
    let typed_body = reply.value("post", "body");
    let data = Resource::new_blocking(id, move |id| {
        let typed_body = typed_body.clone();
        async move {
            let options = write_options().await?;
            let draft = match id {
                None => None,
                Some(id) => Some(get_post_draft(id.parse::<i64>().map_err(|_| AppError::NotFound)?).await?),
            };
            let preview = match (previewing, typed_body) {
                (true, Some(body)) => Some(preview_markdown(body).await?),
                _ => None,
            };
            let source =
                crate::translations::components::source_of("article", draft.as_ref().map(|draft| draft.id))
                    .await;
            Ok::<_, AppError>((options, draft, preview, source))
        }
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((options, draft, preview, source)) => view! { <WriteView options draft preview source/> }.into_any(),
                    Err(error) => failure(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn WriteView(
    options: WriteChoices,
    draft: Option<PostDraft>,
    preview: Option<String>,
    source: Option<crate::translations::api::SourceText>,
) -> impl IntoView {
    let title = draft.as_ref().map_or_else(|| t("write-new-title"), |draft| draft.title.clone());
    let status = draft.as_ref().map(|draft| view! { <p><StatusBadge status=draft.status/></p> });
    let public_link = draft.as_ref().filter(|draft| draft.status == Status::Published).map(|draft| {
        let href = crate::paths::article(&draft.slug);
        view! { <p><a href=href>{t("write-view-public")}</a></p> }
    });
    let editable = draft.as_ref().is_none_or(|draft| draft.can_edit);
    let form = if editable {
        view! { <PostForm options draft=draft.clone() preview/> }.into_any()
    } else {
        let html = draft.as_ref().map(|draft| draft.body_html.clone()).unwrap_or_default();
        view! {
            <p class="notice-muted">{t("write-read-only")}</p>
            <div class="prose" inner_html=html></div>
        }
        .into_any()
    };
    let images = draft
        .as_ref()
        .filter(|draft| draft.can_edit)
        .map(|draft| view! { <ImagesPanel draft=draft.clone()/> });
    let source = source
        .filter(|_| draft.as_ref().is_some_and(|draft| draft.can_edit))
        .map(|source| view! { <crate::translations::components::SourceTextView source/> });
    let review = draft.map(|draft| view! { <ReviewPanel draft/> });
    view! {
        <Title text=title.clone()/>
        <div class="write">
            <header class="page-header">
                <p class="eyebrow"><a href="/account/posts">{t("write-my-posts")}</a></p>
                <h1>{title}</h1>
                {status}
                {public_link}
                <Notice/>
            </header>
            <div class="with-source">
                {source}
                <div class="with-source-form">{form}</div>
            </div>
            {images}
            {review}
        </div>
    }
}

#[component]
fn PostForm(options: WriteChoices, draft: Option<PostDraft>, preview: Option<String>) -> impl IntoView {
    let reply = form_reply();
    let posted = reply.form == "post";
    let value = |name: &str, saved: Option<String>| -> Option<String> {
        if posted { reply.value("post", name) } else { saved }
    };
    let title = value("title", draft.as_ref().map(|d| d.title.clone()));
    let summary = value("summary", draft.as_ref().map(|d| d.summary.clone()));
    let lang = value("lang", draft.as_ref().map(|d| d.lang.clone()))
        .or_else(|| Some(crate::i18n::current_locale().code().to_owned()));
    let issue = value("issue", draft.as_ref().map(|d| d.issue.clone()));
    let countries = value("countries", draft.as_ref().map(|d| d.countries.clone()));
    let body = value("body", draft.as_ref().map(|d| d.body.clone())).unwrap_or_default();
    let preview_html =
        preview.unwrap_or_else(|| draft.as_ref().map(|d| d.body_html.clone()).unwrap_or_default());
    let can_submit =
        draft.as_ref().is_none_or(|d| matches!(d.status, Status::Draft | Status::ChangesRequested));
    let body_error = reply.error("post", "body").map(|error| crate::forms::problem_text(&error));
    let tags_error = reply.error("post", "tags").map(|error| crate::forms::problem_text(&error));
    let chosen = move |facet: &str, code: &str| -> bool {
        if posted {
            reply.values.contains_key(&format!("tag:{facet}:{code}"))
        } else {
            draft.as_ref().is_some_and(|d| d.tags.iter().any(|(f, c)| f == facet && c == code))
        }
    };
    let facets = options
        .facets
        .into_iter()
        .map(|facet| {
            let legend = facet.name.clone();
            let boxes = facet
                .terms
                .into_iter()
                .map(|term| {
                    let name = format!("tag:{}:{}", facet.key, term.code);
                    let id = format!("post-tag-{}-{}", facet.key, term.code);
                    let checked = chosen(&facet.key, &term.code);
                    view! {
                        <div class="field-checkbox">
                            <input type="checkbox" id=id.clone() name=name value="on" checked=checked/>
                            <label for=id title=term.description>{term.name}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="tag-choices">
                    <legend>{legend}</legend>
                    <div class="checkbox-grid">{boxes}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <HubForm name="post" class="post-form">
            <TextField name="title" label=t("field-title") required=true value=title.unwrap_or_default() maxlength=200/>
            <TextArea name="summary" label=t("field-summary") hint=t("write-summary-hint") required=true value=summary.unwrap_or_default() rows=3/>
            <div class="field-row">
                <SelectField name="lang" label=t("field-lang") options=options.languages required=true value=lang.unwrap_or_default()/>
                <SelectField name="issue" label=t("field-issue") options=options.issues empty_label=t("write-no-issue") value=issue.unwrap_or_default()/>
            </div>
            <MarkdownEditor
                id="post-body".to_owned()
                name="body".to_owned()
                label=t("field-body")
                hint=t("write-body-hint")
                value=body
                error=body_error
                preview_label=t("write-preview")
                preview_html=preview_html
                preview_failed=t("write-preview-failed")
            />
            <section class="tags-section" id="post-tags" tabindex="-1" aria-labelledby="tags-heading">
                <h2 id="tags-heading">{t("write-tags")}</h2>
                {tags_error.map(|message| view! { <p class="field-error" id="tags-error">{message}</p> })}
                {facets}
                <TextField name="countries" label=t("field-countries") hint=t("write-countries-hint") value=countries.unwrap_or_default()/>
            </section>
            <TextField name="note" label=t("field-note") hint=t("write-note-hint") maxlength=300/>
            <div class="button-row">
                <button type="submit" class="button" name="action" value="save">{t("write-save")}</button>
                <button type="submit" class="button button-secondary" name="action" value="preview">{t("write-preview-button")}</button>
                {can_submit.then(|| view! { <button type="submit" class="button button-secondary" name="action" value="submit">{t("write-submit")}</button> })}
            </div>
        </HubForm>
    }
}

/// The post's images with the Markdown that shows each, and the upload form (alternative
/// text required).
#[component]
fn ImagesPanel(draft: PostDraft) -> impl IntoView {
    let action = format!("/write/{}/images", draft.id);
    let error = form_reply().error("image", "image").map(|error| crate::forms::problem_text(&error));
    let invalid = error.is_some();
    let described = if invalid { "image-image-hint image-error" } else { "image-image-hint" };
    let list = draft
        .images
        .into_iter()
        .map(|image| {
            view! {
                <li class="image-item">
                    <img src=image.src alt=image.alt.clone() width=image.width height=image.height loading="lazy"/>
                    <div>
                        <p>{image.alt}</p>
                        <p><code>{image.markdown}</code></p>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="images" id="images" aria-labelledby="images-title">
            <h2 id="images-title">{t("images-title")}</h2>
            <p class="field-hint">{t("images-hint")}</p>
            <ul class="image-list" role="list">{list}</ul>
            <HubForm name="image" action=action multipart=true>
                <div class="field" class:field-invalid=invalid>
                    <label for="image-image">{t("field-image")}</label>
                    <p class="field-hint" id="image-image-hint">{t("images-file-hint")}</p>
                    {error.map(|message| view! { <p class="field-error" id="image-error">{message}</p> })}
                    <input id="image-image" name="image" type="file" accept="image/png,image/jpeg,image/webp,image/gif" required=true aria-describedby=described aria-invalid=invalid.then_some("true")/>
                </div>
                <TextField name="alt" label=t("field-alt") hint=t("images-alt-hint") required=true maxlength=300/>
                <button type="submit" class="button button-secondary">{t("images-upload")}</button>
            </HubForm>
        </section>
    }
}

/// The state, the review actions the viewer may take, the history and the revisions.
#[component]
fn ReviewPanel(draft: PostDraft) -> impl IntoView {
    use Status::*;
    let status = draft.status;
    let editor = draft.is_editor;
    let actions = review_actions(status, editor, draft.is_owner, true);
    let own_note = (editor && draft.is_owner && status == Submitted)
        .then(|| view! { <p class="field-hint">{t("review-not-own")}</p> });
    let scheduled = draft.publish_at.clone().map(|at| {
        view! { <p>{t_args("review-scheduled-for", &[("time", at.replace('T', " ").trim_end_matches('Z').to_owned())])}</p> }
    });
    let can_schedule = actions.iter().any(|(code, _)| *code == "schedule");
    let buttons = actions
        .into_iter()
        .map(|(code, label)| view! { <button type="submit" class="button button-secondary" name="action" value=code>{label}</button> })
        .collect_view();
    let (history, revisions) = (draft.history, draft.revisions);
    let revision_base = format!("/write/{}/revisions/", draft.id);
    view! {
        <section class="review" aria-labelledby="review-title">
            <h2 id="review-title">{t("review-title")}</h2>
            {scheduled}
            <HubForm name="review">
                <TextArea name="comment" label=t("field-comment") hint=t("review-comment-hint") rows=4/>
                {can_schedule.then(|| view! {
                    <TextField name="publish_at" label=t("field-publish-at") kind="datetime-local" hint=t("review-publish-at-hint")/>
                })}
                {own_note}
                <div class="button-row">
                    {buttons}
                    <button type="submit" class="button button-secondary" name="action" value="comment">{t("review-comment")}</button>
                </div>
            </HubForm>
            <ReviewHistory history revisions revision_base/>
        </section>
    }
}

/// `/account/posts`: the posts the signed-in person wrote, with their state.
#[component]
pub fn MyPostsPage() -> impl IntoView {
    let posts = Resource::new_blocking(|| (), |()| my_posts());
    view! {
        <Title text=t("write-my-posts")/>
        <div class="narrow">
            <h1>{t("write-my-posts")}</h1>
            <p><a class="button" href="/write">{t("write-new-title")}</a></p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match posts.await {
                        Ok(list) if list.is_empty() => view! { <p>{t("write-none-yet")}</p> }.into_any(),
                        Ok(list) => view! { <PostTable posts=list/> }.into_any(),
                        Err(error) => failure(error),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// Posts as a table: title (to its writing page), state, last change.
#[component]
pub(super) fn PostTable(posts: Vec<PostRow>) -> impl IntoView {
    view! {
        <table class="data-table">
            <thead>
                <tr><th scope="col">{t("field-title")}</th><th scope="col">{t("write-status")}</th><th scope="col">{t("write-updated")}</th></tr>
            </thead>
            <tbody>
                {posts.into_iter().map(|post| {
                    let href = crate::paths::post_draft(post.id);
                    let updated = format_date(&post.updated);
                    view! {
                        <tr>
                            <td><a href=href>{post.title}</a></td>
                            <td><StatusBadge status=post.status/></td>
                            <td><time datetime=post.updated>{updated}</time></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
