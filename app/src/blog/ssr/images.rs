//! Images of posts: checked by their bytes (never their name), bounded in size and pixels,
//! re-encoded at the widths pages use, and stored under a random name with their required
//! alternative text.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageFormat, ImageReader, Limits};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};

use super::workflow::{can_edit, post_for};
use crate::auth::CurrentUser;
use crate::db::entities::article_image;
use crate::error::{AppError, AppResult};
use crate::forms::ssr::Problems;
use crate::markdown::images::{ImageName, WIDTHS, scaled_height};
use crate::secrets::Token;

/// Largest accepted upload.
pub const IMAGE_MAX_BYTES: usize = 8 * 1024 * 1024;
/// Longest accepted alternative text.
const ALT_MAX: usize = 300;

fn invalid(message: &str) -> AppError {
    AppError::Invalid { field: "image".to_owned(), message: message.to_owned() }
}

fn encode(image: &DynamicImage, ext: &str) -> AppResult<Vec<u8>> {
    let mut out = Cursor::new(Vec::new());
    let result = if ext == "png" {
        image.write_to(&mut out, ImageFormat::Png)
    } else {
        image.to_rgb8().write_with_encoder(JpegEncoder::new_with_quality(&mut out, 82))
    };
    result.map_err(|err| {
        tracing::error!(error = %err, "image encoding failed");
        AppError::Internal
    })?;
    Ok(out.into_inner())
}

/// Checks and stores an image for post `id` with its alternative text; returns the Markdown
/// that shows it.
pub async fn add_image(
    db: &DatabaseConnection,
    files: &crate::files::FileStore,
    user: &CurrentUser,
    id: i64,
    bytes: Option<Vec<u8>>,
    alt: &str,
) -> AppResult<String> {
    let post = post_for(db, user, id).await?;
    if !can_edit(user, &post) {
        return Err(AppError::Forbidden);
    }
    let mut problems = Problems::default();
    let alt = alt.trim().to_owned();
    problems.text("alt", &alt, true, ALT_MAX);
    let bytes = bytes.filter(|bytes| !bytes.is_empty());
    match &bytes {
        None => problems.add("image", "error-image-missing"),
        Some(bytes) if bytes.len() > IMAGE_MAX_BYTES => problems.add("image", "error-image-too-big"),
        Some(_) => {}
    }
    problems.into_result()?;
    let bytes = bytes.unwrap_or_default();
    let stem = Token::generate()?.hash[..32].to_owned();
    let encoded = crate::work::cpu(move || -> AppResult<Vec<(ImageName, Vec<u8>)>> {
        let mut reader = ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|_| invalid("error-image-type"))?;
        if !matches!(
            reader.format(),
            Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP | ImageFormat::Gif)
        ) {
            return Err(invalid("error-image-type"));
        }
        let mut limits = Limits::default();
        limits.max_image_width = Some(8000);
        limits.max_image_height = Some(8000);
        limits.max_alloc = Some(256 * 1024 * 1024);
        reader.limits(limits);
        let image = reader.decode().map_err(|_| invalid("error-image-unreadable"))?;
        let ext = if image.color().has_alpha() { "png" } else { "jpg" };
        let largest = image.width().min(WIDTHS[WIDTHS.len() - 1]);
        let top = ImageName {
            stem,
            width: largest,
            height: scaled_height(image.width(), image.height(), largest),
            ext: ext.to_owned(),
        };
        top.variants()
            .into_iter()
            .map(|variant| {
                let scaled = if variant.width == image.width() {
                    image.clone()
                } else {
                    image.resize_exact(variant.width, variant.height, image::imageops::FilterType::Lanczos3)
                };
                let encoded = encode(&scaled, ext)?;
                Ok((variant, encoded))
            })
            .collect()
    })
    .await??;
    for (name, bytes) in &encoded {
        files.put("images", &name.file(), bytes).await.map_err(store_error)?;
    }
    let Some((top, _)) = encoded.last() else { return Err(AppError::Internal) };
    article_image::ActiveModel {
        article_id: Set(post.id),
        file: Set(top.file()),
        width: Set(i32::try_from(top.width).unwrap_or(i32::MAX)),
        height: Set(i32::try_from(top.height).unwrap_or(i32::MAX)),
        alt: Set(alt.clone()),
        uploaded_by: Set(Some(user.id)),
        created_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(markdown_of(&alt, &top.file()))
}

/// The Markdown that shows image `file` with `alt`.
pub fn markdown_of(alt: &str, file: &str) -> String {
    let alt = alt.replace(['[', ']'], "");
    format!("![{alt}]({}{file})", crate::markdown::images::IMAGE_PATH)
}

fn store_error(err: crate::files::StoreError) -> AppError {
    tracing::error!(error = %err, "image could not be stored");
    AppError::Internal
}
