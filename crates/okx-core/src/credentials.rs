//! API key credentials; the secret and passphrase never appear in Debug or Display output.

use std::fmt;

/// An OKX API key with its secret and passphrase.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// The public API key (shown, shortened, in Debug output).
    pub api_key: String,
    secret_key: String,
    passphrase: String,
}

impl Credentials {
    /// Creates credentials from the three strings OKX gives when a key is created.
    pub fn new(
        api_key: impl Into<String>,
        secret_key: impl Into<String>,
        passphrase: impl Into<String>,
    ) -> Self {
        Self {
            api_key: api_key.into(),
            secret_key: secret_key.into(),
            passphrase: passphrase.into(),
        }
    }

    /// The secret used as the HMAC key; only the signer should read it.
    pub fn secret_key(&self) -> &str {
        &self.secret_key
    }

    /// The passphrase sent in `OK-ACCESS-PASSPHRASE` and in the WebSocket login.
    pub fn passphrase(&self) -> &str {
        &self.passphrase
    }

    /// Checks that each part can travel in an HTTP header (visible ASCII, not empty).
    ///
    /// # Errors
    /// `InvalidArgument` naming the part, without quoting its value.
    pub fn validate(&self) -> crate::Result<()> {
        for (name, value) in [
            ("api_key", &self.api_key),
            ("secret_key", &self.secret_key),
            ("passphrase", &self.passphrase),
        ] {
            if value.is_empty() {
                return Err(crate::OkxError::invalid(name, "must not be empty"));
            }
            if !value.bytes().all(|b| b.is_ascii_graphic() || b == b' ') {
                return Err(crate::OkxError::invalid(
                    name,
                    "must be printable ASCII (it travels in an HTTP header)",
                ));
            }
        }
        Ok(())
    }

    /// The API key with its middle hidden, safe for logs and reprs.
    pub fn masked_key(&self) -> String {
        mask(&self.api_key)
    }
}

/// Keeps the first and last four characters of long keys, hides short ones entirely.
fn mask(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() <= 8 {
        return "***".to_owned();
    }
    let head: String = chars[..4].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}...{tail}")
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Credentials(api_key='{}', secret_key='***', passphrase='***')",
            self.masked_key()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_secret_and_passphrase() {
        let c = Credentials::new("abcd1234efgh5678", "TOPSECRETVALUE", "my-pass-phrase");
        let text = format!("{c:?}");
        assert!(!text.contains("TOPSECRETVALUE"));
        assert!(!text.contains("my-pass-phrase"));
        assert!(!text.contains("1234efgh"));
        assert!(text.contains("abcd...5678"));
    }

    #[test]
    fn header_unsafe_parts_are_rejected_without_quoting_them() {
        let err = Credentials::new("k", "s", "pass\nword")
            .validate()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "passphrase must be printable ASCII (it travels in an HTTP header)"
        );
        assert!(Credentials::new("k", "", "p").validate().is_err());
        assert!(Credentials::new("k", "s", "p").validate().is_ok());
    }

    #[test]
    fn short_keys_are_hidden_whole() {
        assert_eq!(mask("abc"), "***");
    }
}
