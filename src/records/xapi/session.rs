//! A kiosk (public) session as a statement: `initialized` when it starts,
//! by the session's random account, so a library's figures across all its
//! kiosks can count sessions (with or without runs) from the LRS. Nothing
//! identifies the visitor: a random account name per session, no language,
//! no times but the statement's own.

use serde_json::json;
use time::OffsetDateTime;
use uuid::Uuid;

use super::iri::{self, ext};
use super::statement::{Statement, extensions, verb};
use crate::records::clock;

/// What a public session statement says.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionFacts {
    pub actor_home_page: String,
    /// The session's random account name.
    pub actor_name: String,
    pub session: Uuid,
    pub platform: String,
}

impl SessionFacts {
    /// The kiosk session started at `at`.
    pub fn initialized(&self, at: OffsetDateTime) -> Statement {
        let id = Uuid::new_v5(&self.session, b"initialized");
        let session = self.session.hyphenated().to_string();
        let json = json!({
            "id": id.hyphenated().to_string(),
            "timestamp": clock::iso(at),
            "actor": { "objectType": "Agent", "account": { "homePage": self.actor_home_page, "name": self.actor_name } },
            "verb": verb(iri::VERB_INITIALIZED, "initialized"),
            "object": {
                "objectType": "Activity",
                "id": iri::public_session(),
                "definition": { "type": iri::type_public_session(), "name": { "en-US": "ScamDrill public session" } },
            },
            "context": {
                "registration": session,
                "platform": self.platform,
                "extensions": extensions(vec![
                    (ext::SESSION, json!(session)),
                    (ext::MODE, json!("public")),
                    (ext::ANONYMOUS, json!(true)),
                ]),
            },
        });
        Statement { id, json }
    }
}
