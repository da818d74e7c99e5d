//! The debrief every trainee gets after every scenario: what happened, each
//! decision and why it mattered, each red flag and why it was one, what to do
//! instead, and where to report in the trainee's region.

use serde::Serialize;

use crate::model::PackKind;
use crate::runner::{Event, Run};
use crate::scoring::ScenarioScore;
use crate::text::RunText;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionNote {
    pub choice: String,
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlagNote {
    pub id: String,
    pub label: String,
    pub why: String,
    pub spotted: bool,
}

/// A mark on something that was no red flag.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FalseFlagNote {
    pub step: String,
    pub element: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Debrief {
    pub title: String,
    pub kind: PackKind,
    /// The remote-access verdict in words.
    pub verdict: String,
    /// The ending's summary: what happened.
    pub summary: String,
    pub score_line: String,
    pub points: u32,
    pub passed: bool,
    pub critical: bool,
    pub decisions: Vec<DecisionNote>,
    /// Red flags of the steps visited, found (`spotted`) or missed.
    pub red_flags: Vec<FlagNote>,
    /// Elements marked that were no red flag.
    pub false_flags: Vec<FalseFlagNote>,
    /// The run reached an ending.
    pub finished: bool,
    pub lessons: Vec<String>,
    /// The official reporting channel for the region.
    pub report: String,
}

/// Build the debrief of a finished (or abandoned) run. `region` is the
/// trainee's region code, e.g. `GB`, `GB-SCT`, `US`, `IL`.
pub fn debrief(run: &Run, score: &ScenarioScore, t: &RunText, region: &str) -> Debrief {
    debrief_with(run, score, t, region, &|id| t.pack(id))
}

/// [`debrief`] with `msg` formatting pack messages (with the run state).
pub fn debrief_with(
    run: &Run,
    score: &ScenarioScore,
    t: &RunText,
    region: &str,
    msg: &dyn Fn(&str) -> String,
) -> Debrief {
    let s = &run.pack().scenario;
    let mut decisions = Vec::new();
    let mut visited = Vec::new();
    for e in run.events() {
        match e {
            Event::Enter { step, .. } => visited.push(step.as_str()),
            Event::Choose { step, choice, .. } => {
                if let Some(c) = s.step(step).and_then(|st| st.choice(choice)) {
                    decisions.push(DecisionNote {
                        choice: msg(&c.label),
                        feedback: c.feedback.as_ref().map(|f| msg(f)),
                    });
                }
            }
            _ => {}
        }
    }
    let mut red_flags: Vec<FlagNote> = Vec::new();
    for sid in visited {
        for h in s
            .step(sid)
            .map(|st| st.hotspots.as_slice())
            .unwrap_or_default()
        {
            if !red_flags.iter().any(|f| f.id == h.id) {
                red_flags.push(FlagNote {
                    id: h.id.clone(),
                    label: msg(&h.label),
                    why: msg(&h.why),
                    spotted: run.marked().contains(&h.id),
                });
            }
        }
    }
    let summary = run
        .ending()
        .map(|e| msg(&e.summary))
        .unwrap_or_else(|| t.ui("debrief-unfinished", &[]));
    let region_id = format!("report-{}", region.to_ascii_lowercase());
    let report = t
        .ui_opt(&region_id)
        .unwrap_or_else(|| t.ui("report-default", &[]));
    Debrief {
        title: msg(&s.title),
        kind: s.kind,
        verdict: t.ui(&format!("verdict-{}", score.headline_key()), &[]),
        summary,
        score_line: t.ui("debrief-score", &[("points", score.points.to_string())]),
        points: score.points,
        passed: score.passed,
        critical: score.critical,
        decisions,
        red_flags,
        false_flags: run
            .false_flags()
            .iter()
            .map(|(step, element)| FalseFlagNote {
                step: step.clone(),
                element: element.clone(),
            })
            .collect(),
        finished: run.is_finished(),
        lessons: s.lessons.iter().map(|l| msg(l)).collect(),
        report,
    }
}
