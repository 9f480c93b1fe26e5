//! Outgoing email: SMTP through lettre when `HUB_SMTP_URL` is set, otherwise `.eml` files
//! in `<data>/outbox/` so that a local run still shows what would have been sent.
//!
//! Policy: messages are plain text in the language of the request that caused them, and go
//! out in the background; a failure is logged (without the body, which holds a link) and
//! never delays or changes the answer the person sees.

use std::path::PathBuf;
use std::sync::Arc;

use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport as _, Message, Tokio1Executor};

/// Where messages go.
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `.eml` files in this folder, each written under a temporary name and then renamed, so
    /// a reader of the folder never sees half a message.
    Files(PathBuf),
}

/// The hub's mailer. Cheap to clone.
#[derive(Clone)]
pub struct Mailer {
    transport: Arc<Transport>,
    from: Mailbox,
}

impl Mailer {
    /// Sends through the SMTP server at `url` (`smtp://host:port`, `smtps://user:pass@host`,
    /// `smtp://host?tls=required`).
    pub fn smtp(url: &str, from: &str) -> anyhow::Result<Mailer> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build();
        Ok(Mailer { transport: Arc::new(Transport::Smtp(transport)), from: from.parse()? })
    }

    /// Writes each message as an `.eml` file into `dir` (created when missing).
    pub fn files(dir: PathBuf, from: &str) -> anyhow::Result<Mailer> {
        std::fs::create_dir_all(&dir)?;
        Ok(Mailer { transport: Arc::new(Transport::Files(dir)), from: from.parse()? })
    }

    /// Sends one message now.
    pub async fn send(&self, to: &str, subject: &str, body: String) -> anyhow::Result<()> {
        let body = bare_links(&body);
        let message = Message::builder()
            .from(self.from.clone())
            .to(to.parse()?)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)?;
        self.deliver(message).await
    }

    /// Sends one message now with a calendar (`.ics`) attached, named `file_name`.
    pub async fn send_with_calendar(
        &self,
        to: &str,
        subject: &str,
        body: String,
        file_name: &str,
        calendar: String,
    ) -> anyhow::Result<()> {
        use lettre::message::{Attachment, MultiPart, SinglePart};
        let body = bare_links(&body);
        let attachment = Attachment::new(file_name.to_owned())
            .body(calendar, ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")?);
        let message = Message::builder()
            .from(self.from.clone())
            .to(to.parse()?)
            .subject(subject)
            .multipart(MultiPart::mixed().singlepart(SinglePart::plain(body)).singlepart(attachment))?;
        self.deliver(message).await
    }

    async fn deliver(&self, message: Message) -> anyhow::Result<()> {
        match &*self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message).await?;
            }
            Transport::Files(dir) => {
                let mut id = [0_u8; 16];
                getrandom::fill(&mut id).map_err(|err| anyhow::anyhow!("no randomness: {err}"))?;
                let name = hex::encode(id);
                let partial = dir.join(format!(".{name}.partial"));
                tokio::fs::write(&partial, message.formatted()).await?;
                tokio::fs::rename(&partial, dir.join(format!("{name}.eml"))).await?;
            }
        }
        Ok(())
    }

    /// Sends one message with a calendar attached in the background, logging a failure.
    pub fn send_with_calendar_in_background(
        &self,
        to: String,
        subject: String,
        body: String,
        calendar: String,
    ) {
        let mailer = self.clone();
        tokio::spawn(async move {
            match mailer.send_with_calendar(&to, &subject, body, "event.ics", calendar).await {
                Ok(()) => tracing::info!(subject, "email sent"),
                Err(err) => tracing::error!(error = %err, subject, "email could not be sent"),
            }
        });
    }

    /// Sends one message in the background, logging a failure.
    pub fn send_in_background(&self, to: String, subject: String, body: String) {
        let mailer = self.clone();
        tokio::spawn(async move {
            match mailer.send(&to, &subject, body).await {
                Ok(()) => tracing::info!(subject, "email sent"),
                Err(err) => tracing::error!(error = %err, subject, "email could not be sent"),
            }
        });
    }
}

/// First-strong and pop directional isolates, which Arabic messages put around every
/// argument.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// `body` with the directional isolation marks taken off every link: a mail program that
/// turns a link into something to click stops at white space, not at an invisible mark, so a
/// mark stuck to a link would end up in its token. A link is read left to right anyway.
fn bare_links(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find(FSI) {
        let after = &rest[at + FSI.len_utf8()..];
        out.push_str(&rest[..at]);
        if after.starts_with("http://") || after.starts_with("https://") {
            let end = after.find(|c: char| c.is_whitespace() || c == PDI).unwrap_or(after.len());
            out.push_str(&after[..end]);
            rest = after[end..].strip_prefix(PDI).unwrap_or(&after[end..]);
        } else {
            out.push(FSI);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::bare_links;

    #[test]
    fn links_lose_their_isolation_marks_and_other_arguments_keep_them() {
        let body = "\u{2068}Noura\u{2069} افتح \u{2068}https://hub.example.org/invitation?token=abc&lang=ar\u{2069}\nشكرًا";
        assert_eq!(
            bare_links(body),
            "\u{2068}Noura\u{2069} افتح https://hub.example.org/invitation?token=abc&lang=ar\nشكرًا"
        );
        assert_eq!(bare_links("no marks at all"), "no marks at all");
        assert_eq!(bare_links("\u{2068}https://x"), "https://x", "a link that ends the body");
        assert_eq!(bare_links("\u{2068}httpd\u{2069}"), "\u{2068}httpd\u{2069}", "not a link");
    }
}
