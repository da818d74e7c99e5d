//! A scenario pack: one scenario's structure, read from `scenario.ron`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Caller, Step, Variable};

/// Whether the pack is a scam or a genuine support situation (a control).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PackKind {
    Scam,
    Genuine,
}

/// The authoring note: the real pattern modelled and the public sources.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AuthoringNote {
    pub pattern: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// One scenario, as written by a trainer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: String,
    pub version: String,
    pub kind: PackKind,
    /// Message id of the title.
    pub title: String,
    /// Message id of the one-line summary shown before playing.
    pub summary: String,
    /// Locales the pack ships (each needs `locales/<tag>.ftl`).
    pub locales: Vec<String>,
    /// Message ids of the lessons: what to do instead, shown in every debrief.
    #[serde(default)]
    pub lessons: Vec<String>,
    #[serde(default)]
    pub note: AuthoringNote,
    #[serde(default)]
    pub variables: BTreeMap<String, Variable>,
    /// The people who phone the trainee, by id: `Call(who: Some("bank"))`
    /// shows that caller's name, caller ID and own number.
    #[serde(default)]
    pub callers: BTreeMap<String, Caller>,
    pub start: String,
    pub steps: BTreeMap<String, Step>,
}

impl Scenario {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.get(id)
    }

    /// Every variable the structure names outside messages: shown by a
    /// scene, read by a condition, written or added by an effect, or the
    /// amount an ending says was lost.
    pub fn structure_variables(&self) -> std::collections::BTreeSet<&str> {
        let mut names = std::collections::BTreeSet::new();
        for step in self.steps.values() {
            names.extend(step.scene.variable_names());
            let conds = step
                .lines
                .iter()
                .filter_map(|l| l.when.as_ref())
                .chain(step.choices.iter().filter_map(|c| c.when.as_ref()))
                .chain(
                    step.choices
                        .iter()
                        .flat_map(|c| c.branches.iter().map(|b| &b.when)),
                )
                .chain(step.all_endings().filter_map(|e| e.when.as_ref()));
            for c in conds {
                names.extend(c.names());
            }
            let effects = step
                .choices
                .iter()
                .flat_map(|c| c.effects.iter())
                .chain(step.timeout.iter().flat_map(|t| t.effects.iter()));
            for e in effects {
                names.extend(e.names());
            }
            for e in step.all_endings() {
                if let Some(l) = &e.lost {
                    names.insert(l.name());
                }
            }
        }
        names
    }

    /// Variables the callers table shows (each caller's number).
    pub fn caller_variables(&self) -> Vec<&str> {
        self.callers
            .values()
            .filter_map(|c| c.number_var.as_deref())
            .collect()
    }

    /// Every message id the structure uses, with the step it appears in.
    pub fn message_uses(&self) -> Vec<(Option<&str>, &str)> {
        let mut uses: Vec<(Option<&str>, &str)> =
            vec![(None, self.title.as_str()), (None, self.summary.as_str())];
        uses.extend(self.lessons.iter().map(|l| (None, l.as_str())));
        for var in self.variables.values() {
            if let Variable::Message(ids) = var {
                uses.extend(ids.iter().map(|m| (None, m.as_str())));
            }
        }
        for c in self.callers.values() {
            uses.extend(c.message_ids().into_iter().map(|m| (None, m)));
        }
        for (sid, step) in &self.steps {
            uses.extend(
                step.message_ids()
                    .into_iter()
                    .map(|m| (Some(sid.as_str()), m)),
            );
        }
        uses
    }
}
