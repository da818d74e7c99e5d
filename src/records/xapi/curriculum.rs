//! A curriculum's result as statements, so an LMS reading the LRS sees
//! course completion: `passed` or `failed` the curriculum (a course
//! activity) with the mean score, then `completed`, both with d′ and c.
//! Sent each time a run completes a curriculum's set of packs (the latest
//! completed run of each pack counts, as for certificates).

use serde_json::{Value, json};
use time::OffsetDateTime;
use uuid::Uuid;

use super::iri::{self, ext};
use super::statement::{Statement, extensions, verb};
use crate::records::clock;
use crate::scoring::CurriculumScore;

/// Who finished which curriculum, in which session.
#[derive(Debug, Clone, PartialEq)]
pub struct CurriculumFacts {
    pub actor_home_page: String,
    pub actor_name: String,
    pub session: Uuid,
    /// "trainee" or "public".
    pub mode: String,
    pub platform: String,
    pub curriculum: String,
}

fn finite(x: f64) -> Value {
    if x.is_finite() {
        json!((x * 1000.0).round() / 1000.0)
    } else {
        Value::Null
    }
}

impl CurriculumFacts {
    fn object(&self) -> Value {
        json!({
            "objectType": "Activity",
            "id": iri::curriculum(&self.curriculum),
            "definition": { "type": iri::TYPE_COURSE, "name": { "en-US": self.curriculum } },
        })
    }

    /// The curriculum's result, reached when run `run` ended at `at`.
    pub fn result(&self, run: Uuid, score: &CurriculumScore, at: OffsetDateTime) -> [Statement; 2] {
        let mean = score.mean_points.clamp(0.0, 100.0);
        let result = json!({
            "score": { "scaled": (mean / 100.0 * 10_000.0).round() / 10_000.0, "raw": (mean * 100.0).round() / 100.0, "min": 0, "max": 100 },
            "success": score.passed,
            "completion": true,
            "extensions": extensions(vec![
                (ext::D_PRIME, finite(score.signal.d_prime)),
                (ext::BIAS_C, finite(score.signal.bias_c)),
                (ext::CRITICAL_FAILURES, json!(score.critical_failures)),
                (ext::SCENARIOS, json!(score.scenarios)),
                ("pass-mark", json!(score.pass_mark)),
            ]),
        });
        let session = self.session.hyphenated().to_string();
        let context = json!({
            "registration": session,
            "platform": self.platform,
            "extensions": extensions(vec![
                (ext::SESSION, json!(session)),
                (ext::MODE, json!(self.mode)),
            ]),
        });
        let make = |name: &str, verb_id: &str, word: &str| {
            let id = Uuid::new_v5(&run, name.as_bytes());
            Statement {
                id,
                json: json!({
                    "id": id.hyphenated().to_string(),
                    "timestamp": clock::iso(at),
                    "actor": { "objectType": "Agent", "account": { "homePage": self.actor_home_page, "name": self.actor_name } },
                    "verb": verb(verb_id, word),
                    "object": self.object(),
                    "result": result,
                    "context": context,
                }),
            }
        };
        let (verdict, word) = if score.passed {
            (iri::VERB_PASSED, "passed")
        } else {
            (iri::VERB_FAILED, "failed")
        };
        [
            make("curriculum/verdict", verdict, word),
            make("curriculum/completed", iri::VERB_COMPLETED, "completed"),
        ]
    }
}
