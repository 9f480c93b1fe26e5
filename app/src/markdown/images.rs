//! Names of uploaded images. An image is stored at each width in [`WIDTHS`] up to its own,
//! as `{hex}-{width}x{height}.{jpg|png}`; the Markdown names the largest, and the renderer
//! derives the others, so every `<img>` gets `width`, `height` and a `srcset` without a
//! lookup.

/// Widths stored, in pixels: the prose column, and twice it for dense screens.
pub const WIDTHS: [u32; 2] = [640, 1280];

/// Where uploaded images are served.
pub const IMAGE_PATH: &str = "/media/images/";

/// An uploaded image's file name, read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageName {
    /// Random part, 32 hex digits.
    pub stem: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `jpg` or `png`.
    pub ext: String,
}

impl ImageName {
    /// The file name.
    pub fn file(&self) -> String {
        format!("{}-{}x{}.{}", self.stem, self.width, self.height, self.ext)
    }

    /// Reads `{hex}-{w}x{h}.{ext}`; none for anything else.
    pub fn parse(file: &str) -> Option<ImageName> {
        let (name, ext) = file.rsplit_once('.')?;
        let (stem, size) = name.split_once('-')?;
        let (width, height) = size.split_once('x')?;
        let valid = stem.len() == 32
            && stem.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
            && matches!(ext, "jpg" | "png")
            && width.len() <= 5
            && height.len() <= 5
            && width.bytes().chain(height.bytes()).all(|b| b.is_ascii_digit());
        if !valid {
            return None;
        }
        let (width, height) = (width.parse().ok()?, height.parse().ok()?);
        (width > 0 && height > 0).then(|| ImageName {
            stem: stem.to_owned(),
            width,
            height,
            ext: ext.to_owned(),
        })
    }

    /// The stored variants, smallest first, ending with this one (the largest).
    pub fn variants(&self) -> Vec<ImageName> {
        let mut variants: Vec<ImageName> = WIDTHS
            .iter()
            .filter(|width| **width < self.width)
            .map(|width| ImageName {
                stem: self.stem.clone(),
                width: *width,
                height: scaled_height(self.width, self.height, *width),
                ext: self.ext.clone(),
            })
            .collect();
        variants.push(self.clone());
        variants
    }
}

/// The height of a `width`×`height` image scaled to `target` pixels wide, rounded, at
/// least 1.
pub fn scaled_height(width: u32, height: u32, target: u32) -> u32 {
    let scaled = (u64::from(height) * u64::from(target) + u64::from(width) / 2) / u64::from(width.max(1));
    u32::try_from(scaled).unwrap_or(u32::MAX).max(1)
}

/// The `<img>` of an uploaded image at `src` (`/media/images/…`), with its size, `srcset`
/// and lazy loading; none when `src` is not one.
pub fn img_tag(src: &str, alt: &str, title: &str) -> Option<String> {
    let name = ImageName::parse(src.strip_prefix(IMAGE_PATH)?)?;
    let srcset = name
        .variants()
        .iter()
        .map(|variant| format!("{IMAGE_PATH}{} {}w", variant.file(), variant.width))
        .collect::<Vec<_>>()
        .join(", ");
    let title = if title.is_empty() { String::new() } else { format!(" title=\"{}\"", escape(title)) };
    Some(format!(
        "<img src=\"{IMAGE_PATH}{}\" alt=\"{}\"{title} width=\"{}\" height=\"{}\" srcset=\"{srcset}\" sizes=\"(min-width: 45rem) 42rem, 100vw\" loading=\"lazy\" decoding=\"async\">",
        name.file(),
        escape(alt),
        name.width,
        name.height,
    ))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const STEM: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn names_round_trip_and_reject_anything_else() {
        let name = ImageName::parse(&format!("{STEM}-1280x720.jpg")).expect("valid");
        assert_eq!((name.width, name.height), (1280, 720));
        assert_eq!(name.file(), format!("{STEM}-1280x720.jpg"));
        for bad in
            ["../etc/passwd", &format!("{STEM}-1280x720.svg"), &format!("{STEM}-0x720.jpg"), "abc-1x1.png"]
        {
            assert!(ImageName::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn an_uploaded_image_gets_its_size_and_smaller_widths() {
        let tag =
            img_tag(&format!("/media/images/{STEM}-1280x720.jpg"), "A \"chart\"", "").expect("an upload");
        assert!(tag.contains("width=\"1280\" height=\"720\""), "{tag}");
        assert!(
            tag.contains(&format!("{STEM}-640x360.jpg 640w, /media/images/{STEM}-1280x720.jpg 1280w")),
            "{tag}"
        );
        assert!(tag.contains("alt=\"A &quot;chart&quot;\""), "{tag}");
        assert!(img_tag("https://example.org/a.png", "x", "").is_none());
        assert_eq!(scaled_height(1000, 333, 640), 213);
    }
}
