//! What a ScamDrill statement read back from the LRS says, for reports.
//! Statements of other programs (objects outside ScamDrill's IRIs) and of
//! other organisations (another account home page) are not ours and are
//! skipped; a statement that is ours but lacks what reports need is
//! malformed, and the whole read stops.

use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::error::ReadError;
use crate::records::clock;
use crate::records::xapi::iri::{self, ext};
use crate::scoring::ScenarioScore;

/// A statement of a scenario run (object: the scenario activity) by an
/// actor of `home_page`, or `None` when it is not ours.
pub(super) fn run_statement<'a>(v: &'a Value, home_page: &str) -> Option<RunStatement<'a>> {
    let prefix = format!("{}/scenario/", iri::BASE);
    let rest = v
        .pointer("/object/id")
        .and_then(Value::as_str)
        .and_then(|id| id.strip_prefix(&prefix))?;
    if rest.contains('/') || actor_home(v) != Some(home_page) {
        return None;
    }
    Some(RunStatement::new(v))
}

fn id_of(v: &Value) -> String {
    v.get("id")
        .and_then(Value::as_str)
        .unwrap_or("(no id)")
        .to_owned()
}

fn actor_home(v: &Value) -> Option<&str> {
    v.pointer("/actor/account/homePage").and_then(Value::as_str)
}

/// A statement of ours.
pub(super) struct RunStatement<'a> {
    v: &'a Value,
    id: String,
}

impl<'a> RunStatement<'a> {
    pub fn new(v: &'a Value) -> RunStatement<'a> {
        RunStatement { v, id: id_of(v) }
    }

    fn bad(&self, why: impl Into<String>) -> ReadError {
        ReadError::Malformed {
            id: self.id.clone(),
            why: why.into(),
        }
    }

    fn str_at(&self, pointer: &str, what: &str) -> Result<&'a str, ReadError> {
        self.v
            .pointer(pointer)
            .and_then(Value::as_str)
            .ok_or_else(|| self.bad(format!("no {what} ({pointer})")))
    }

    fn context_ext(&self, name: &str) -> Option<&'a Value> {
        self.v
            .get("context")?
            .get("extensions")?
            .get(iri::extension(name))
    }

    fn result_ext(&self, name: &str) -> Option<&'a Value> {
        self.v
            .get("result")?
            .get("extensions")?
            .get(iri::extension(name))
    }

    /// The curriculum block the run belongs to (`pre-test`, `training`,
    /// `post-test`, `booster`), when the sender tagged it.
    pub fn block(&self) -> Option<String> {
        self.context_ext("block")
            .and_then(Value::as_str)
            .map(str::to_owned)
    }

    /// The trainee's judgement (1 = sure scam … 6 = sure genuine) when this
    /// is the run's judgement statement; `None` for every other statement.
    pub fn judgement(&self) -> Option<u8> {
        let object = self.v.pointer("/object/id").and_then(Value::as_str)?;
        if !object.ends_with("/judgement") {
            return None;
        }
        self.result_ext("judgement")
            .and_then(Value::as_u64)
            .and_then(|n| u8::try_from(n).ok())
            .filter(|n| (1..=6).contains(n))
    }

    /// The statement's time, as the records database writes times.
    pub fn timestamp(&self) -> Result<String, ReadError> {
        let t = self.str_at("/timestamp", "timestamp")?;
        OffsetDateTime::parse(t, &Rfc3339)
            .map(clock::iso)
            .map_err(|e| self.bad(format!("timestamp {t:?}: {e}")))
    }

    pub fn registration(&self) -> Result<&'a str, ReadError> {
        self.str_at("/context/registration", "registration")
    }

    pub fn actor_name(&self) -> Result<&'a str, ReadError> {
        self.str_at("/actor/account/name", "account name")
    }

    pub fn session(&self) -> Result<&'a str, ReadError> {
        self.context_ext(ext::SESSION)
            .and_then(Value::as_str)
            .ok_or_else(|| self.bad("no session extension"))
    }

    pub fn mode(&self) -> Result<&'a str, ReadError> {
        self.context_ext(ext::MODE)
            .and_then(Value::as_str)
            .ok_or_else(|| self.bad("no mode extension"))
    }

    pub fn anonymous(&self) -> bool {
        self.context_ext(ext::ANONYMOUS).and_then(Value::as_bool) == Some(true)
    }

    pub fn pack_kind(&self) -> Result<&'a str, ReadError> {
        self.context_ext(ext::PACK_KIND)
            .and_then(Value::as_str)
            .ok_or_else(|| self.bad("no pack-kind extension (sent by an older ScamDrill?)"))
    }

    pub fn pack_id(&self) -> Result<String, ReadError> {
        let id = self.str_at("/object/id", "object id")?;
        let prefix = format!("{}/scenario/", iri::BASE);
        id.strip_prefix(&prefix)
            .and_then(iri::unsegment)
            .ok_or_else(|| self.bad(format!("{id} is not a scenario IRI")))
    }

    pub fn pack_version(&self) -> Result<&'a str, ReadError> {
        self.str_at("/context/revision", "revision (pack version)")
    }

    pub fn language(&self) -> Result<&'a str, ReadError> {
        self.str_at("/context/language", "language")
    }

    /// The curriculum (the grouping activity), if any.
    pub fn curriculum(&self) -> Result<Option<String>, ReadError> {
        let Some(grouping) = self.v.pointer("/context/contextActivities/grouping") else {
            return Ok(None);
        };
        let prefix = format!("{}/curriculum/", iri::BASE);
        let items: Vec<&Value> = match grouping {
            Value::Array(a) => a.iter().collect(),
            other => vec![other],
        };
        for g in items {
            if let Some(name) = g
                .get("id")
                .and_then(Value::as_str)
                .and_then(|id| id.strip_prefix(&prefix))
            {
                return iri::unsegment(name)
                    .map(Some)
                    .ok_or_else(|| self.bad("the curriculum IRI is not valid"));
            }
        }
        Ok(None)
    }

    /// The scenario title: the object's name in the statement's language.
    pub fn title(&self) -> Result<String, ReadError> {
        let names = self
            .v
            .pointer("/object/definition/name")
            .and_then(Value::as_object)
            .ok_or_else(|| self.bad("no object name (scenario title)"))?;
        let lang = self.language().ok();
        let t = lang
            .and_then(|l| names.get(l))
            .or_else(|| names.values().next())
            .and_then(Value::as_str)
            .ok_or_else(|| self.bad("no object name (scenario title)"))?;
        Ok(crate::locale::bidi::strip_marks(t))
    }

    pub fn score(&self) -> Result<ScenarioScore, ReadError> {
        let v = self
            .result_ext(ext::SCENARIO_SCORE)
            .ok_or_else(|| self.bad("no scenario-score extension"))?;
        ScenarioScore::deserialize(v).map_err(|e| self.bad(format!("scenario-score: {e}")))
    }

    /// The red flags shown: (id, label, spotted).
    pub fn red_flags(&self) -> Result<Vec<(String, String, bool)>, ReadError> {
        let a = self
            .result_ext(ext::RED_FLAGS)
            .and_then(Value::as_array)
            .ok_or_else(|| self.bad("no red-flags extension"))?;
        a.iter()
            .map(|f| {
                Some((
                    f.get("id")?.as_str()?.to_owned(),
                    crate::locale::bidi::strip_marks(f.get("label")?.as_str()?),
                    f.get("spotted")?.as_bool()?,
                ))
            })
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| self.bad("a red flag without id, label or spotted"))
    }
}

use serde::Deserialize as _;

/// A kiosk session statement by an actor of `home_page`: (session id, time).
pub(super) fn session_started(
    v: &Value,
    home_page: &str,
) -> Result<Option<(String, String)>, ReadError> {
    if v.pointer("/object/id").and_then(Value::as_str) != Some(iri::public_session().as_str())
        || actor_home(v) != Some(home_page)
    {
        return Ok(None);
    }
    let s = RunStatement::new(v);
    Ok(Some((s.session()?.to_owned(), s.timestamp()?)))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{run_statement, session_started};
    use crate::records::xapi::iri;

    const HOME: &str = "https://lms.example.com";

    fn statement(home: &str, object: &str, timestamp: &str) -> serde_json::Value {
        json!({
            "id": "s1",
            "timestamp": timestamp,
            "actor": { "account": { "homePage": home, "name": "T-1" } },
            "object": { "id": object, "definition": { "name": { "fr": "Titre", "en-US": "Title" } } },
            "context": { "language": "en-US", "registration": "r1",
                         "contextActivities": { "grouping": [{ "id": iri::curriculum("a b") }] } },
        })
    }

    #[test]
    fn only_scenario_statements_of_our_home_page_are_ours() {
        let ours = statement(HOME, &iri::scenario("pop up"), "2026-11-25T09:20:00Z");
        let s = run_statement(&ours, HOME).expect("ours");
        assert_eq!(s.pack_id().unwrap(), "pop up");
        assert_eq!(s.curriculum().unwrap().as_deref(), Some("a b"));
        assert_eq!(
            s.title().unwrap(),
            "Title",
            "the name in the statement's language"
        );
        for other in [
            statement(
                "https://other.example",
                &iri::scenario("x"),
                "2026-11-25T09:20:00Z",
            ),
            statement(HOME, &iri::decision("x", "step"), "2026-11-25T09:20:00Z"),
            statement(
                HOME,
                "https://other.example/activity",
                "2026-11-25T09:20:00Z",
            ),
        ] {
            assert!(run_statement(&other, HOME).is_none(), "{other}");
        }
        assert!(session_started(&ours, HOME).unwrap().is_none());
    }

    #[test]
    fn timestamps_read_back_as_the_records_write_them() {
        for (sent, stored) in [
            ("2026-11-25T09:20:00Z", "2026-11-25T09:20:00.000Z"),
            ("2026-11-25T09:20:00.123+00:00", "2026-11-25T09:20:00.123Z"),
            ("2026-11-25T10:20:00.5+01:00", "2026-11-25T09:20:00.500Z"),
        ] {
            let v = statement(HOME, &iri::scenario("x"), sent);
            assert_eq!(
                run_statement(&v, HOME).unwrap().timestamp().unwrap(),
                stored
            );
        }
        let v = statement(HOME, &iri::scenario("x"), "yesterday");
        let err = run_statement(&v, HOME).unwrap().timestamp().unwrap_err();
        assert!(err.to_string().contains("malformed statement s1"), "{err}");
        let err = run_statement(&v, HOME).unwrap().score().unwrap_err();
        assert!(
            err.to_string().contains("no scenario-score extension"),
            "{err}"
        );
    }
}
