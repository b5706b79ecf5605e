//! Accounts: who is logged in, and the forms to register and log in.
//!
//! The checks here run before anything is sent, so a member hears at once what to
//! fix; the backend checks the same again and is the one that counts.

use super::ids::{MemberId, OrganisationId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The logged-in member, as the header and forms need them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: MemberId,
    pub name: String,
    pub email: String,
    /// The member confirmed this address through the link in the mail.
    #[serde(default)]
    pub verified: bool,
}

/// A logged-in session: the backend's token and whose it is. Kept in the browser's
/// storage so a reload stays logged in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub token: String,
    pub account: Account,
}

/// Field name → reason code, as [`crate::backend::BackendError::Validation`] carries them.
pub type FieldErrors = BTreeMap<String, String>;

/// Reason codes shared with PocketBase, so client and server errors are worded alike.
pub mod codes {
    pub const REQUIRED: &str = "validation_required";
    pub const INVALID_EMAIL: &str = "validation_is_email";
    pub const TOO_SHORT: &str = "validation_min_text_constraint";
    pub const TOO_LONG: &str = "validation_max_text_constraint";
    pub const TAKEN: &str = "validation_not_unique";
    pub const WRONG_CREDENTIALS: &str = "wrong_credentials";
    /// A reset link that is broken, expired or used (PocketBase's code).
    pub const INVALID_TOKEN: &str = "validation_invalid_token";
}

/// The shortest password accepted (the backend enforces the same).
pub const MIN_PASSWORD_CHARS: usize = 10;
/// PocketBase hashes with bcrypt, which only reads 71 bytes.
pub const MAX_PASSWORD_BYTES: usize = 71;
pub const MAX_NAME_CHARS: usize = 120;

/// What happens to the posts and comments of a member who deletes their account; the
/// host chooses in `config.json` (`former_member_posts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FormerMemberPosts {
    /// They stay, signed "Oud-lid": the network keeps the knowledge, not the person.
    #[default]
    Keep,
    /// They are deleted with the account.
    Delete,
}

impl FormerMemberPosts {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keep => "keep",
            Self::Delete => "delete",
        }
    }
}

/// The "Registreren" form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Registration {
    pub name: String,
    pub email: String,
    pub password: String,
    pub organisation: Option<OrganisationId>,
}

impl Registration {
    /// What to fix before sending; empty when the form may be sent.
    pub fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.insert("name".into(), codes::REQUIRED.into());
        } else if name.chars().count() > MAX_NAME_CHARS {
            errors.insert("name".into(), codes::TOO_LONG.into());
        }
        check_email(&self.email, &mut errors);
        check_new_password(&self.password, &mut errors);
        if self.organisation.is_none() {
            errors.insert("organisation".into(), codes::REQUIRED.into());
        }
        errors
    }
}

/// The "Inloggen" form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Credentials {
    pub email: String,
    pub password: String,
}

impl Credentials {
    pub fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        check_email(&self.email, &mut errors);
        if self.password.is_empty() {
            errors.insert("password".into(), codes::REQUIRED.into());
        }
        errors
    }
}

/// "Wachtwoord vergeten?": where to send the link to a new password.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PasswordResetRequest {
    pub email: String,
}

impl PasswordResetRequest {
    pub fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        check_email(&self.email, &mut errors);
        errors
    }
}

/// "E-mailadres wijzigen": the new address, confirmed from a mail sent to it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmailChangeRequest {
    pub new_email: String,
}

impl EmailChangeRequest {
    pub fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        check_email(&self.new_email, &mut errors);
        // The form names the field `email`, as everywhere.
        errors
    }
}

/// The link from the mail to the new address, and the password that confirms it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmailChangeConfirm {
    pub token: String,
    pub password: String,
}

impl EmailChangeConfirm {
    pub fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        if self.token.trim().is_empty() {
            errors.insert("token".into(), codes::INVALID_TOKEN.into());
        }
        if self.password.is_empty() {
            errors.insert("password".into(), codes::REQUIRED.into());
        }
        errors
    }
}

/// A new password, with the token from the link in the mail.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PasswordReset {
    pub token: String,
    pub password: String,
}

impl PasswordReset {
    /// What to fix before sending; a link without a token cannot be fixed in the form.
    pub fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        if self.token.trim().is_empty() {
            errors.insert("token".into(), codes::INVALID_TOKEN.into());
        }
        check_new_password(&self.password, &mut errors);
        errors
    }
}

/// The rules for a password one chooses: as the backend's (1730000004).
fn check_new_password(password: &str, errors: &mut FieldErrors) {
    if password.is_empty() {
        errors.insert("password".into(), codes::REQUIRED.into());
    } else if password.chars().count() < MIN_PASSWORD_CHARS {
        errors.insert("password".into(), codes::TOO_SHORT.into());
    } else if password.len() > MAX_PASSWORD_BYTES {
        errors.insert("password".into(), codes::TOO_LONG.into());
    }
}

fn check_email(email: &str, errors: &mut FieldErrors) {
    let email = email.trim();
    if email.is_empty() {
        errors.insert("email".into(), codes::REQUIRED.into());
    } else if !looks_like_email(email) {
        errors.insert("email".into(), codes::INVALID_EMAIL.into());
    }
}

/// One `@` with text before it and a dotted domain after it, no spaces: enough to catch
/// typos; the backend's own check decides.
pub fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let domain_ok = domain.split('.').count() >= 2 && domain.split('.').all(|part| !part.is_empty());
    !local.is_empty() && domain_ok && !email.contains(char::is_whitespace) && !domain.contains('@')
}

/// The query parameter that names the page to return to after logging in.
pub const RETURN_PARAM: &str = "terug";

/// Where to go after logging in: a path on this site from the `terug` parameter, else home.
/// Anything that could leave the site (`//evil.example`, `https:`, `/\\evil`) goes home.
pub fn return_path(requested: Option<&str>) -> String {
    match requested {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => path.to_owned(),
        _ => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reset_is_asked_for_an_address_that_looks_like_one() {
        let ask = |email: &str| PasswordResetRequest { email: email.into() }.check();
        assert!(ask(" naam@gemeente.nl ").is_empty());
        assert_eq!(ask("").get("email").map(String::as_str), Some(codes::REQUIRED));
        assert_eq!(
            ask("naam@gemeente").get("email").map(String::as_str),
            Some(codes::INVALID_EMAIL)
        );
    }

    #[test]
    fn a_new_password_follows_the_registration_rules_and_needs_the_link_token() {
        let reset = |token: &str, password: &str| {
            PasswordReset {
                token: token.into(),
                password: password.into(),
            }
            .check()
        };
        assert!(reset("eyJ.token", "tien-tekens").is_empty());
        assert_eq!(
            reset(" ", "tien-tekens").get("token").map(String::as_str),
            Some(codes::INVALID_TOKEN)
        );
        assert_eq!(
            reset("t", "kort").get("password").map(String::as_str),
            Some(codes::TOO_SHORT)
        );
        assert_eq!(
            reset("t", "").get("password").map(String::as_str),
            Some(codes::REQUIRED)
        );
        assert_eq!(
            reset("t", &"x".repeat(72)).get("password").map(String::as_str),
            Some(codes::TOO_LONG)
        );
    }

    fn registration() -> Registration {
        Registration {
            name: "José Bakker".into(),
            email: "jose@example.nl".into(),
            password: "lang-genoeg-1".into(),
            organisation: Some(OrganisationId::from("o1")),
        }
    }

    #[test]
    fn a_complete_registration_passes() {
        assert!(registration().check().is_empty());
    }

    #[test]
    fn each_missing_field_is_named() {
        let errors = Registration::default().check();
        for field in ["name", "email", "password", "organisation"] {
            assert_eq!(errors.get(field).map(String::as_str), Some(codes::REQUIRED), "{field}");
        }
        let blank_name = Registration {
            name: "   ".into(),
            ..registration()
        };
        assert_eq!(
            blank_name.check().get("name").map(String::as_str),
            Some(codes::REQUIRED)
        );
    }

    #[test]
    fn weak_and_overlong_passwords_are_refused() {
        let short = Registration {
            password: "kort12345".into(),
            ..registration()
        };
        assert_eq!(
            short.check().get("password").map(String::as_str),
            Some(codes::TOO_SHORT)
        );
        let exactly_min = Registration {
            password: "a".repeat(MIN_PASSWORD_CHARS),
            ..registration()
        };
        assert!(exactly_min.check().is_empty());
        let long = Registration {
            password: "é".repeat(40),
            ..registration()
        };
        assert_eq!(long.check().get("password").map(String::as_str), Some(codes::TOO_LONG));
    }

    #[test]
    fn email_typos_are_caught() {
        for bad in [
            "jose",
            "jose@",
            "@example.nl",
            "jose@example",
            "jose @example.nl",
            "a@b@c.nl",
            "jose@example..nl",
        ] {
            assert!(!looks_like_email(bad), "{bad}");
        }
        for good in ["jose@example.nl", "j.bakker+netwerk@s-hertogenbosch.nl"] {
            assert!(looks_like_email(good), "{good}");
        }
    }

    #[test]
    fn login_needs_both_fields() {
        let errors = Credentials::default().check();
        assert_eq!(errors.len(), 2);
        let ok = Credentials {
            email: "jose@example.nl".into(),
            password: "x".into(),
        };
        assert!(ok.check().is_empty());
    }

    #[test]
    fn an_overlong_name_is_refused() {
        let long = Registration {
            name: "a".repeat(MAX_NAME_CHARS + 1),
            ..registration()
        };
        assert_eq!(long.check().get("name").map(String::as_str), Some(codes::TOO_LONG));
    }

    #[test]
    fn login_returns_only_to_this_site() {
        assert_eq!(return_path(Some("/wall/abc?x=1")), "/wall/abc?x=1");
        for away in [
            "//evil.example/x",
            "https://evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(return_path(Some(away)), "/", "{away}");
        }
        assert_eq!(return_path(None), "/");
    }
}
