//! Who is training, in which kind of session, and the ids of sessions and runs.

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

use super::error::RecordsError;

/// A session's id (UUID).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SessionId(pub Uuid);

/// A run's id (UUID); also the xAPI `registration` of its statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RunId(pub Uuid);

macro_rules! uuid_id {
    ($t:ident) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }
        impl FromStr for $t {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map($t)
            }
        }
    };
}
uuid_id!(SessionId);
uuid_id!(RunId);

/// Who plays: a trainee known by an opaque id the employer gave (the mapping
/// to a person stays with the employer), or nobody in particular.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trainee {
    Known {
        id: String,
        display_name: Option<String>,
    },
    /// Public (kiosk) sessions: a random id per session, no name; nothing
    /// that identifies a person is stored or sent.
    Anonymous,
}

impl Trainee {
    /// A known trainee; the id is checked (1 to 128 printable characters).
    pub fn known(id: &str, display_name: Option<&str>) -> Result<Trainee, RecordsError> {
        let id = id.trim();
        if id.is_empty() {
            return Err(RecordsError::BadTrainee(id.to_owned(), "it is empty"));
        }
        if id.chars().count() > 128 {
            return Err(RecordsError::BadTrainee(
                id.to_owned(),
                "it is longer than 128 characters",
            ));
        }
        if id.chars().any(char::is_control) {
            return Err(RecordsError::BadTrainee(
                id.to_owned(),
                "it contains control characters",
            ));
        }
        if id.starts_with("anon-") {
            return Err(RecordsError::BadTrainee(
                id.to_owned(),
                "ids starting with \"anon-\" are reserved for anonymous sessions",
            ));
        }
        let name = display_name
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|n| n.chars().filter(|c| !c.is_control()).take(200).collect());
        Ok(Trainee::Known {
            id: id.to_owned(),
            display_name: name,
        })
    }
}

/// The kind of session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A named trainee on their own or in a class.
    Trainee,
    /// Public mode (kiosk): always anonymous.
    Public,
}

impl Mode {
    pub fn key(self) -> &'static str {
        match self {
            Mode::Trainee => "trainee",
            Mode::Public => "public",
        }
    }
    pub fn from_key(s: &str) -> Option<Mode> {
        match s {
            "trainee" => Some(Mode::Trainee),
            "public" => Some(Mode::Public),
            _ => None,
        }
    }
}
