//! Logo uploads: the type is read from the bytes (never the name), the size and pixel
//! count are bounded, and the image is decoded and re-encoded as PNG under a random name,
//! so no uploaded byte is ever served as such.

use std::io::Cursor;

use image::{ImageFormat, ImageReader, Limits};

use crate::error::{AppError, AppResult};
use crate::secrets::Token;

/// Largest accepted upload.
pub const LOGO_MAX_BYTES: usize = 2 * 1024 * 1024;
/// Logos are scaled to fit in a square this wide.
const LOGO_SIDE: u32 = 256;

fn invalid(message: &str) -> AppError {
    AppError::Invalid { field: "logo".to_owned(), message: message.to_owned() }
}

/// Checks, re-encodes and stores an uploaded logo in `dir`; returns the new file name.
pub async fn reencode_logo(bytes: Vec<u8>, files: &crate::files::FileStore) -> AppResult<String> {
    if bytes.len() > LOGO_MAX_BYTES {
        return Err(invalid("error-logo-too-big"));
    }
    let png = crate::work::cpu(move || -> AppResult<Vec<u8>> {
        let mut reader = ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|_| invalid("error-logo-type"))?;
        if !matches!(
            reader.format(),
            Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP | ImageFormat::Gif)
        ) {
            return Err(invalid("error-logo-type"));
        }
        let mut limits = Limits::default();
        limits.max_image_width = Some(6000);
        limits.max_image_height = Some(6000);
        limits.max_alloc = Some(128 * 1024 * 1024);
        reader.limits(limits);
        let image = reader.decode().map_err(|_| invalid("error-logo-unreadable"))?;
        let image = if image.width() > LOGO_SIDE || image.height() > LOGO_SIDE {
            image.resize(LOGO_SIDE, LOGO_SIDE, image::imageops::FilterType::Lanczos3)
        } else {
            image
        };
        let mut out = Cursor::new(Vec::new());
        image.write_to(&mut out, ImageFormat::Png).map_err(|err| {
            tracing::error!(error = %err, "logo encoding failed");
            AppError::Internal
        })?;
        Ok(out.into_inner())
    })
    .await??;
    let name = format!("{}.png", &Token::generate()?.hash[..32]);
    files.put("logos", &name, &png).await.map_err(store_error)?;
    Ok(name)
}

fn store_error(err: crate::files::StoreError) -> AppError {
    tracing::error!(error = %err, "logo could not be stored");
    AppError::Internal
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbaImage::from_pixel(width, height, image::Rgba([10, 80, 160, 255]));
        let mut out = Cursor::new(Vec::new());
        image::DynamicImage::ImageRgba8(image).write_to(&mut out, ImageFormat::Png).expect("encode");
        out.into_inner()
    }

    #[tokio::test]
    async fn big_logos_are_scaled_and_stored_as_png_under_a_new_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let name = reencode_logo(png(1000, 500), &crate::files::FileStore::Folder(dir.path().to_owned()))
            .await
            .expect("accepted");
        assert!(name.ends_with(".png") && name.len() == 36);
        let stored = image::open(dir.path().join("logos").join(&name)).expect("stored logo opens");
        assert_eq!((stored.width(), stored.height()), (256, 128));
    }

    #[tokio::test]
    async fn text_pretending_to_be_an_image_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = reencode_logo(
            b"<svg onload=alert(1)>".to_vec(),
            &crate::files::FileStore::Folder(dir.path().to_owned()),
        )
        .await
        .expect_err("refused");
        assert_eq!(err, invalid("error-logo-type"));
        let err = reencode_logo(
            vec![0u8; LOGO_MAX_BYTES + 1],
            &crate::files::FileStore::Folder(dir.path().to_owned()),
        )
        .await
        .expect_err("refused");
        assert_eq!(err, invalid("error-logo-too-big"));
    }
}
