//! A step of a scenario: its scene, what is said, the red flags present and
//! the choices the trainee has.

use serde::{Deserialize, Serialize};

use super::{Action, Scene};

/// Something said or heard at a step, shown as a caption.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// Message id naming the speaker ("Caller", "Robotic voice").
    pub speaker: String,
    /// Message id of what is said.
    pub text: String,
    /// Optional voice file inside the pack's `media/` folder.
    #[serde(default)]
    pub voice: Option<String>,
}

/// A red flag present at a step that the trainee can mark.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hotspot {
    pub id: String,
    /// Message id: what the trainee marks ("The phone number in the alert").
    pub label: String,
    /// Message id: why it is a red flag, shown in the debrief.
    pub why: String,
}

/// One option the trainee can take.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    /// Message id of the button text.
    pub label: String,
    /// Step id this choice leads to.
    pub next: String,
    /// What the choice does, from the fixed taxonomy.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Optional message id explaining this choice in the debrief.
    #[serde(default)]
    pub feedback: Option<String>,
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
            if let Some(f) = &c.feedback {
                ids.push(f);
            }
        }
        if let Some(e) = &self.ending {
            ids.push(&e.summary);
        }
        ids
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
