//! Building the statements of one run. Pure functions of the run's facts, so
//! the same input always gives the same statement (and the same id).

use serde_json::{Map, Value, json};
use time::OffsetDateTime;
use uuid::Uuid;

use super::decision::Decision;
use super::duration::iso_duration;
use super::iri;
use crate::records::clock;
use crate::scoring::ScenarioScore;

/// A statement ready to queue: its fixed id and its JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub id: Uuid,
    pub json: Value,
}

/// What every statement of a run shares.
#[derive(Debug, Clone, PartialEq)]
pub struct RunFacts {
    pub actor_home_page: String,
    /// Opaque account name: the trainee id, or a random id per public session.
    pub actor_name: String,
    /// The run id: one registration per attempt.
    pub registration: Uuid,
    pub session: Uuid,
    /// "trainee" or "public".
    pub mode: String,
    /// "ScamDrill 0.1.0".
    pub platform: String,
    /// The trainee's locale tag (language map key and context language).
    pub language: String,
    pub pack_id: String,
    pub pack_version: String,
    /// The scenario title in `language`.
    pub title: String,
    pub curriculum: Option<String>,
    pub seed: u64,
    /// "Scam" or "Genuine" (as the records database stores it), so reports
    /// rebuilt from the LRS know the kind of a run that has not ended.
    pub pack_kind: String,
    /// A session without a trainee id (kiosk visitors, or a refused id).
    pub anonymous: bool,
}

/// An extensions object keyed by ScamDrill's extension IRIs.
pub(super) fn extensions(pairs: Vec<(&str, Value)>) -> Value {
    Value::Object(
        pairs
            .into_iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (iri::extension(k), v))
            .collect(),
    )
}

pub(super) fn verb(id: &str, word: &str) -> Value {
    json!({ "id": id, "display": { "en-US": word } })
}

impl RunFacts {
    /// The platform string for this build.
    pub fn platform_name() -> String {
        format!("ScamDrill {}", env!("CARGO_PKG_VERSION"))
    }

    fn statement_id(&self, name: &str) -> Uuid {
        Uuid::new_v5(&self.registration, name.as_bytes())
    }

    fn actor(&self) -> Value {
        json!({ "objectType": "Agent", "account": { "homePage": self.actor_home_page, "name": self.actor_name } })
    }

    fn lang(&self, text: &str) -> Value {
        let mut m = Map::new();
        m.insert(self.language.clone(), Value::String(text.to_owned()));
        Value::Object(m)
    }

    fn scenario_ref(&self) -> Value {
        json!({ "objectType": "Activity", "id": iri::scenario(&self.pack_id), "definition": { "type": iri::TYPE_SIMULATION } })
    }

    pub(super) fn scenario_object(&self) -> Value {
        json!({
            "objectType": "Activity",
            "id": iri::scenario(&self.pack_id),
            "definition": { "type": iri::TYPE_SIMULATION, "name": self.lang(&self.title) },
        })
    }

    pub(super) fn context(&self, parent: bool) -> Value {
        let mut activities = Map::new();
        if parent {
            activities.insert("parent".into(), json!([self.scenario_ref()]));
        }
        if let Some(c) = &self.curriculum {
            activities.insert("grouping".into(), json!([{ "objectType": "Activity", "id": iri::curriculum(c), "definition": { "type": iri::TYPE_COURSE } }]));
        }
        let mut ctx = json!({
            "registration": self.registration.hyphenated().to_string(),
            "platform": self.platform,
            "language": self.language,
            "revision": self.pack_version,
            "extensions": extensions(vec![
                ("session", json!(self.session.hyphenated().to_string())),
                ("mode", json!(self.mode)),
                ("seed", json!(self.seed)),
                ("pack-kind", json!(self.pack_kind)),
                ("anonymous", if self.anonymous { json!(true) } else { Value::Null }),
            ]),
        });
        if !activities.is_empty()
            && let Some(o) = ctx.as_object_mut()
        {
            o.insert("contextActivities".into(), Value::Object(activities));
        }
        ctx
    }

    pub(super) fn statement(
        &self,
        name: &str,
        verb: Value,
        object: Value,
        result: Option<Value>,
        context: Value,
        at: OffsetDateTime,
    ) -> Statement {
        let id = self.statement_id(name);
        let mut s = json!({
            "id": id.hyphenated().to_string(),
            "timestamp": clock::iso(at),
            "actor": self.actor(),
            "verb": verb,
            "object": object,
            "context": context,
        });
        if let (Some(r), Some(o)) = (result, s.as_object_mut()) {
            o.insert("result".into(), r);
        }
        Statement { id, json: s }
    }

    /// The scenario starts.
    pub fn attempted(&self, at: OffsetDateTime) -> Statement {
        self.statement(
            "attempted",
            verb(iri::VERB_ATTEMPTED, "attempted"),
            self.scenario_object(),
            None,
            self.context(false),
            at,
        )
    }

    /// A decision: event `seq` of the run's log chose `choice` at `decision`
    /// after `decision_ms`.
    pub fn answered(
        &self,
        seq: usize,
        decision: &Decision,
        choice: &str,
        decision_ms: u64,
        at: OffsetDateTime,
    ) -> Statement {
        let choices: Vec<Value> = decision
            .choices
            .iter()
            .map(|(id, label)| json!({ "id": id, "description": self.lang(label) }))
            .collect();
        let mut definition = json!({
            "type": iri::TYPE_INTERACTION,
            "name": self.lang(&decision.name),
            "interactionType": "choice",
            "choices": choices,
        });
        let mut result = json!({ "response": choice, "duration": iso_duration(decision_ms) });
        if let Some(correct) = &decision.correct {
            definition["correctResponsesPattern"] = json!(correct);
            result["success"] = json!(correct.iter().any(|c| c == choice));
        }
        let object = json!({ "objectType": "Activity", "id": iri::decision(&self.pack_id, &decision.step), "definition": definition });
        self.statement(
            &format!("answered/{seq}"),
            verb(iri::VERB_ANSWERED, "answered"),
            object,
            Some(result),
            self.context(true),
            at,
        )
    }

    fn score_result(score: &ScenarioScore, duration_ms: u64) -> Value {
        json!({
            "score": { "scaled": f64::from(score.points.min(100)) / 100.0, "raw": score.points.min(100), "min": 0, "max": 100 },
            "success": score.passed,
            "completion": true,
            "duration": iso_duration(duration_ms),
            "extensions": extensions(vec![
                ("remote-access", json!(score.remote_access.key())),
                ("critical", json!(score.critical)),
                ("paid", json!(score.paid)),
                ("shared-credentials", json!(score.shared_credentials)),
                ("flags-spotted", json!(score.flags_spotted)),
                ("flags-present", json!(score.flags_present)),
                ("decision-ms", json!(score.decision_ms)),
            ]),
        })
    }

    /// The scenario ended: passed or failed.
    pub fn verdict(
        &self,
        score: &ScenarioScore,
        duration_ms: u64,
        at: OffsetDateTime,
    ) -> Statement {
        let (id, word) = if score.passed {
            (iri::VERB_PASSED, "passed")
        } else {
            (iri::VERB_FAILED, "failed")
        };
        self.statement(
            "verdict",
            verb(id, word),
            self.scenario_object(),
            Some(Self::score_result(score, duration_ms)),
            self.context(false),
            at,
        )
    }

    /// The scenario ended: completed.
    pub fn completed(
        &self,
        score: &ScenarioScore,
        duration_ms: u64,
        at: OffsetDateTime,
    ) -> Statement {
        self.statement(
            "completed",
            verb(iri::VERB_COMPLETED, "completed"),
            self.scenario_object(),
            Some(Self::score_result(score, duration_ms)),
            self.context(false),
            at,
        )
    }

    /// The judgement after the last decision ("Looking back: was that a
    /// scam, or real help?"): a `likert` interaction on six points;
    /// `result.response` is the point's id (`sure-scam` … `sure-genuine`)
    /// and the `judgement` extension holds the number (1 = sure scam …
    /// 6 = sure genuine).
    pub fn judged(&self, rating: crate::measure::Rating, at: OffsetDateTime) -> Statement {
        const WORDS: [&str; 6] = [
            "Sure it was a scam",
            "Probably a scam",
            "Maybe a scam",
            "Maybe genuine",
            "Probably genuine",
            "Sure it was genuine",
        ];
        let scale: Vec<Value> = crate::measure::Rating::all()
            .map(|r| json!({ "id": r.key(), "description": { "en-US": WORDS[usize::from(r.get() - 1)] } }))
            .collect();
        let object = json!({
            "objectType": "Activity",
            "id": format!("{}/judgement", iri::scenario(&self.pack_id)),
            "definition": {
                "type": iri::TYPE_INTERACTION,
                "name": { "en-US": "Looking back: was that a scam, or real help?" },
                "interactionType": "likert",
                "scale": scale,
            },
        });
        let result = json!({
            "response": rating.key(),
            "extensions": extensions(vec![
                ("judgement", json!(rating.get())),
                ("judged-scam", json!(rating.says_scam())),
            ]),
        });
        self.statement(
            "judged",
            verb(iri::VERB_ANSWERED, "answered"),
            object,
            Some(result),
            self.context(true),
            at,
        )
    }
}

impl Statement {
    /// Mark the statement with the curriculum block its run belongs to
    /// (`pre-test`, `training`, `post-test`, `booster`) as the context
    /// extension `block`, so an LRS can tell booster runs apart.
    pub fn tag_block(&mut self, block: &str) {
        if let Some(ext) = self
            .json
            .pointer_mut("/context/extensions")
            .and_then(Value::as_object_mut)
        {
            ext.insert(iri::extension("block"), json!(block));
        }
    }
}
