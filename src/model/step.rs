//! A step of a scenario: its scene, what is said, the red flags present and
//! the choices the trainee has.

use serde::{Deserialize, Serialize};

use super::{Action, Branch, Cond, Effect, Lost, Scene, State, Timeout};

/// Something said or heard at a step, shown as a caption.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// Message id naming the speaker ("Caller", "Robotic voice").
    pub speaker: String,
    /// Message id of what is said.
    pub text: String,
    /// Optional voice file inside the pack's `media/` folder, one for every
    /// locale. Without it the line is voiced by `media/<tag>/<text>.wav` when
    /// the pack ships one (`Pack::locale_voice`).
    #[serde(default)]
    pub voice: Option<String>,
    /// Said only when the condition holds.
    #[serde(default)]
    pub when: Option<Cond>,
    /// A pressure line: said only after this many seconds at the step.
    #[serde(default)]
    pub after_secs: Option<u32>,
}

/// A red flag present at a step that the trainee can mark.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hotspot {
    pub id: String,
    /// Message id: what the trainee marks ("The phone number in the alert").
    pub label: String,
    /// Message id: why it is a red flag, shown in the debrief.
    pub why: String,
    /// Element ids of the scene this flag is bound to: marking any of them
    /// is a hit. Empty means the hotspot's own id.
    #[serde(default)]
    pub elements: Vec<String>,
}

impl Hotspot {
    /// The element ids a mark may name to hit this flag.
    pub fn element_ids(&self) -> Vec<&str> {
        if self.elements.is_empty() {
            vec![&self.id]
        } else {
            self.elements.iter().map(String::as_str).collect()
        }
    }
}

/// One option the trainee can take.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    /// Message id of the world's words for the act: the button's text for
    /// `Press`, the sentence for `Say`; for the other acts (keys, keypad,
    /// End task) what "What can I do here?" and transcripts call it.
    pub label: String,
    /// The act of the simulated world that takes this choice (see
    /// [`super::Via`]); `Press` (a button with the label) when left out.
    #[serde(default)]
    pub via: Option<super::Via>,
    /// Step id this choice leads to.
    pub next: String,
    /// What the choice does, from the fixed taxonomy.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Optional message id explaining this choice in the debrief.
    #[serde(default)]
    pub feedback: Option<String>,
    /// Offered only when the condition holds.
    #[serde(default)]
    pub when: Option<Cond>,
    /// Changes to the run state when taken.
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// Conditional destinations, tried in order after the effects apply;
    /// `next` when none holds.
    #[serde(default)]
    pub branches: Vec<Branch>,
}

impl Choice {
    /// Where the choice leads in state `s` (after its effects).
    pub fn destination(&self, s: &State) -> &str {
        self.branches
            .iter()
            .find(|b| b.when.holds(s))
            .map_or(self.next.as_str(), |b| b.next.as_str())
    }

    /// Every step the choice may lead to.
    pub fn targets(&self) -> Vec<&str> {
        let mut v = vec![self.next.as_str()];
        v.extend(self.branches.iter().map(|b| b.next.as_str()));
        v
    }
}

/// How a scenario ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// The trainee stayed safe (scam refused, or genuine help used safely).
    Safe,
    /// The trainee got the genuine help they asked for.
    Helped,
    /// A genuine helper was turned away: the problem is still there.
    HelpRefused,
    /// The attacker got in (remote access, credentials) but no money left yet.
    Compromised,
    /// Money was lost.
    MoneyLost,
}

/// The end of a path through the scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ending {
    /// What happened; `None` is an authoring error the checker reports.
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// Message id: what happened, in the trainee's words.
    pub summary: String,
    /// Further outcomes of the same ending ("computer taken over AND money
    /// lost": `outcome: Some(Compromised), also: [MoneyLost]`).
    #[serde(default)]
    pub also: Vec<Outcome>,
    /// How much was lost: an `Amount` variable or a `Total`.
    #[serde(default)]
    pub lost: Option<Lost>,
    /// What the trainee did afterwards (ContactBank, Report, Disconnect,
    /// UninstallTool, ChangePasswords): credited by scoring.
    #[serde(default)]
    pub recovery: Vec<Action>,
    /// In `endings`: this ending applies when the condition holds.
    #[serde(default)]
    pub when: Option<Cond>,
}

impl Ending {
    /// The main outcome and the further ones (no repeats).
    pub fn outcomes(&self) -> Vec<Outcome> {
        let mut v: Vec<Outcome> = self.outcome.into_iter().collect();
        for o in &self.also {
            if !v.contains(o) {
                v.push(*o);
            }
        }
        v
    }
}

/// A step of the scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub scene: Scene,
    #[serde(default)]
    pub lines: Vec<Line>,
    #[serde(default)]
    pub hotspots: Vec<Hotspot>,
    #[serde(default)]
    pub choices: Vec<Choice>,
    #[serde(default)]
    pub ending: Option<Ending>,
    /// Conditional endings (each with `when`), tried in order; `ending`
    /// is the fallback and must be there when these are.
    #[serde(default)]
    pub endings: Vec<Ending>,
    /// A countdown: after `after_secs` without a choice the run moves on.
    #[serde(default)]
    pub timeout: Option<Timeout>,
}

impl Step {
    /// Message ids used by this step (scene, lines, hotspots, choices, ending).
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = self.scene.message_ids();
        for line in &self.lines {
            ids.push(&line.speaker);
            ids.push(&line.text);
        }
        for h in &self.hotspots {
            ids.push(&h.label);
            ids.push(&h.why);
        }
        for c in &self.choices {
            ids.push(&c.label);
            if let Some(super::Via::Type(m)) = &c.via {
                ids.push(m);
            }
            if let Some(f) = &c.feedback {
                ids.push(f);
            }
        }
        for e in self.ending.iter().chain(&self.endings) {
            ids.push(&e.summary);
        }
        ids
    }

    /// The ending that applies in state `s`, if this step ends the run.
    pub fn ending_in(&self, s: &State) -> Option<&Ending> {
        self.endings
            .iter()
            .find(|e| e.when.as_ref().is_none_or(|c| c.holds(s)))
            .or(self.ending.as_ref())
    }

    /// Every ending the step may have.
    pub fn all_endings(&self) -> impl Iterator<Item = &Ending> {
        self.endings.iter().chain(self.ending.iter())
    }

    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.id == id)
    }

    pub fn is_ending(&self) -> bool {
        self.ending.is_some()
    }

    /// True if a choice here hands over remote access.
    pub fn offers_remote_access(&self) -> bool {
        self.choices
            .iter()
            .any(|c| c.actions.iter().any(|a| a.gives_remote_access()))
    }
}
