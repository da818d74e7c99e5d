//! What can go wrong with the training records.

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;

#[derive(Debug, thiserror::Error)]
pub enum RecordsError {
    #[error("cannot create the data folder {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("records database {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "the records database {path} has schema version {found}; this ScamDrill understands up to {supported}"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("records database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("{0}")]
    Config(Box<Diagnostic>),
    #[error("trainee id {0:?} is not usable: {1}")]
    BadTrainee(String, &'static str),
    #[error("no curriculum \"{0}\" in the configuration")]
    UnknownCurriculum(String),
    #[error("public (kiosk) sessions are anonymous: no trainee id or name is recorded")]
    NamedPublicSession,
    #[error("no session {0} in the records")]
    UnknownSession(String),
    #[error("run {0} is not being recorded by this program")]
    UnknownRun(String),
    #[error("stored data could not be read back: {0}")]
    Corrupt(String),
}

impl From<Diagnostic> for RecordsError {
    fn from(d: Diagnostic) -> Self {
        RecordsError::Config(Box::new(d))
    }
}

pub type Result<T, E = RecordsError> = std::result::Result<T, E>;
