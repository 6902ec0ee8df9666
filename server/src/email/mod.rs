//! Sending email. Everything is queued in the outbox first (db::outbox)
//! and sent by the outbox job through a [`Mailer`]: SMTP when `SMTP_URL`
//! is set, otherwise `.eml` files in a folder, so nothing is lost and a
//! developer can read what would have gone out.

use lettre::message::header::{ContentTransferEncoding, ContentType, MIME_VERSION_1_0};
use lettre::message::{Body, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::time::Duration;

/// A short tag, the same for every try of one message, that keeps
/// Message-IDs unique when outbox ids start again at 1 (a new database):
/// mail servers drop a message whose Message-ID they have seen before.
fn message_tag(created_at: i64, to: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("{created_at}\n{to}").as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether a From address is one that receiving servers would trust: not
/// `localhost` or a made-up domain without a dot.
pub fn from_is_routable(from: &str) -> bool {
    from.parse::<Mailbox>()
        .map(|m| {
            let domain = m.email.domain().to_ascii_lowercase();
            domain.contains('.') && !domain.ends_with(".localhost") && domain != "localhost"
        })
        .unwrap_or(false)
}

/// Deletes the `.eml` copies of outbox messages that were deleted (with
/// their message, or by retention). A file already gone is fine.
pub async fn forget(outbox_dir: &str, ids: &[i64]) {
    for id in ids {
        let path = std::path::Path::new(outbox_dir).join(format!("{:08}.eml", id));
        match tokio::fs::remove_file(&path).await {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => tracing::warn!(id, error = %e, "cannot delete an email's .eml copy"),
        }
    }
}

pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

impl Mailer {
    /// `smtp://host:port` (plain, or STARTTLS when offered), `smtps://…`
    /// (TLS), with `user:password@` if the server needs it.
    pub fn new(smtp_url: Option<&str>, outbox_dir: &str) -> Result<Mailer, String> {
        match smtp_url {
            Some(url) => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("SMTP_URL is not usable: {e}"))?
                    .timeout(Some(Duration::from_secs(15)))
                    .build();
                Ok(Mailer::Smtp(transport))
            }
            None => Ok(Mailer::Files(PathBuf::from(outbox_dir))),
        }
    }

    /// Where `.eml` files are written, when there is no SMTP server.
    pub fn outbox_dir(&self) -> Option<&str> {
        match self {
            Mailer::Files(dir) => dir.to_str(),
            Mailer::Smtp(_) => None,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Mailer::Smtp(_) => "SMTP".into(),
            Mailer::Files(dir) => format!("no SMTP_URL set: emails are written as .eml files to {}", dir.display()),
        }
    }

    /// Sends outbox message `id`, queued at `created_at`.
    pub async fn send(
        &self,
        from: &str,
        to: &str,
        subject: &str,
        body: &str,
        (id, created_at): (i64, i64),
    ) -> Result<(), String> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| format!("SAYSO_MAIL_FROM is not an address: {e}"))?;
        // Errors are logged and kept in the outbox: never with an address.
        let to: Mailbox = to
            .parse()
            .map_err(|e| crate::domain::redact::without_addresses(&format!("bad recipient: {e}")))?;
        // Microsoft 365 and Google turn away mail without a Message-ID (or
        // with one on a foreign domain) or MIME-Version: both are set here,
        // the Message-ID on the From address's domain (the council's own),
        // the same for every try of one outbox message. lettre adds Date.
        let message_id = format!(
            "<sayso.{id}.{}@{}>",
            message_tag(created_at, to.email.as_ref()),
            from.email.domain()
        );
        let message = Message::builder()
            .from(from)
            .to(to)
            .subject(subject)
            .message_id(Some(message_id))
            .header(MIME_VERSION_1_0)
            .header(ContentType::TEXT_PLAIN)
            // 8bit when every line is short enough, else quoted-printable
            // (which mail clients unfold); CRLF line ends either way.
            .body(
                Body::new_with_encoding(
                    body.replace("\r\n", "\n").replace('\n', "\r\n"),
                    ContentTransferEncoding::EightBit,
                )
                .unwrap_or_else(Body::new),
            )
            .map_err(|e| format!("cannot build the message: {e}"))?;
        match self {
            Mailer::Smtp(transport) => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| crate::domain::redact::without_addresses(&e.to_string())),
            Mailer::Files(dir) => {
                tokio::fs::create_dir_all(dir).await.map_err(|e| e.to_string())?;
                let path = dir.join(format!("{:08}.eml", id));
                tokio::fs::write(path, message.formatted())
                    .await
                    .map_err(|e| e.to_string())
            }
        }
    }
}
