//! The end of a run as statements that carry what trainers' reports need, so
//! the reports can be rebuilt from the LRS alone: the whole scenario score
//! and the red flags shown (id, label in the trainee's language, spotted).
//! Nothing personal: ids of flags and packs, counts, choices.
//!
//! * reached an ending: `passed`/`failed` and `completed` ([`RunFacts::ended`]);
//! * stopped before an ending: `terminated` ([`RunFacts::terminated`]);
//! * thrown away (a kiosk visitor walked off): `abandoned` ([`RunFacts::abandoned`]).

use serde_json::{Value, json};
use time::OffsetDateTime;

use super::duration::iso_duration;
use super::iri::{self, ext};
use super::statement::{RunFacts, Statement, extensions, verb};
use crate::debrief::Debrief;
use crate::locale::bidi::strip_marks;
use crate::scoring::ScenarioScore;

/// The report extensions of a finished run: the score and the red flags.
pub fn report_extensions(score: &ScenarioScore, debrief: &Debrief) -> Vec<(&'static str, Value)> {
    let flags: Vec<Value> = debrief
        .red_flags
        .iter()
        .map(|f| json!({ "id": f.id, "label": strip_marks(&f.label), "spotted": f.spotted }))
        .collect();
    vec![
        (
            ext::SCENARIO_SCORE,
            serde_json::to_value(score).unwrap_or(Value::Null),
        ),
        (ext::RED_FLAGS, Value::Array(flags)),
    ]
}

/// Add extensions to a statement's `result.extensions`.
fn with_result_extensions(mut s: Statement, pairs: Vec<(&'static str, Value)>) -> Statement {
    let Value::Object(more) = extensions(pairs) else {
        return s;
    };
    if let Some(result) = s.json.get_mut("result").and_then(Value::as_object_mut) {
        let slot = result
            .entry("extensions")
            .or_insert_with(|| Value::Object(Default::default()));
        if let Some(o) = slot.as_object_mut() {
            o.extend(more);
        }
    }
    s
}

impl RunFacts {
    /// The run reached an ending: `passed` or `failed`, then `completed`,
    /// both with the report extensions.
    pub fn ended(
        &self,
        score: &ScenarioScore,
        debrief: &Debrief,
        duration_ms: u64,
        at: OffsetDateTime,
    ) -> [Statement; 2] {
        let more = report_extensions(score, debrief);
        [
            with_result_extensions(self.verdict(score, duration_ms, at), more.clone()),
            with_result_extensions(self.completed(score, duration_ms, at), more),
        ]
    }

    /// The run was finished before an ending (the trainee stopped): its
    /// partial score, not completed.
    pub fn terminated(
        &self,
        score: &ScenarioScore,
        debrief: &Debrief,
        duration_ms: u64,
        at: OffsetDateTime,
    ) -> Statement {
        let mut pairs = report_extensions(score, debrief);
        pairs.push(("points", json!(score.points.min(100))));
        let result = json!({
            "completion": false,
            "duration": iso_duration(duration_ms),
            "extensions": extensions(pairs),
        });
        self.statement(
            "terminated",
            verb(iri::VERB_TERMINATED, "terminated"),
            self.scenario_object(),
            Some(result),
            self.context(false),
            at,
        )
    }

    /// The run was thrown away unfinished: reports leave it out.
    pub fn abandoned(&self, at: OffsetDateTime) -> Statement {
        self.statement(
            "abandoned",
            verb(iri::VERB_ABANDONED, "abandoned"),
            self.scenario_object(),
            None,
            self.context(false),
            at,
        )
    }
}
