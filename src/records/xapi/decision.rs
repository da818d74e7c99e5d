//! The decisions of a scenario as xAPI choice interactions: the step's
//! choices with their labels in the trainee's language and, for scams, the
//! safe choices as the correct responses.

use std::collections::BTreeMap;

use crate::locale::bidi::strip_marks;
use crate::model::{Action, Choice, PackKind};
use crate::play::Play;

/// One decision point (a step with choices).
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub step: String,
    /// "<scenario title>: <step>".
    pub name: String,
    /// (choice id, label) in the step's order.
    pub choices: Vec<(String, String)>,
    /// The correct choices, when the scenario makes that clear: in a scam,
    /// the choices with no risky action, if some but not all are safe.
    pub correct: Option<Vec<String>>,
}

/// An action that plays into a scam's hands: handing over control, money or
/// secrets, or doing what the stranger says (every action
/// [`Action::follows_stranger`] lists, so new ones such as typing a
/// dictated text count too), or acting on the alert itself.
fn risky_action(a: Action) -> bool {
    a.gives_remote_access()
        || a.pays()
        || a.shares_secrets()
        || a.follows_stranger()
        || matches!(a, Action::CallNumberFromAlert | Action::ClickAlert)
}

/// A choice that plays into a scam's hands.
fn risky(c: &Choice) -> bool {
    c.actions.iter().any(|a| risky_action(*a))
}

/// Every decision of the play's scenario, by step id, labelled in its locale.
pub fn decisions_of(play: &Play) -> BTreeMap<String, Decision> {
    let scenario = &play.run.pack().scenario;
    let title = strip_marks(&play.text.pack(&scenario.title));
    let mut out = BTreeMap::new();
    for (id, step) in &scenario.steps {
        if step.choices.is_empty() {
            continue;
        }
        let choices: Vec<(String, String)> = step
            .choices
            .iter()
            .map(|c| (c.id.clone(), strip_marks(&play.text.pack(&c.label))))
            .collect();
        let safe: Vec<String> = step
            .choices
            .iter()
            .filter(|c| !risky(c))
            .map(|c| c.id.clone())
            .collect();
        let correct = (scenario.kind == PackKind::Scam
            && !safe.is_empty()
            && safe.len() < step.choices.len())
        .then_some(safe);
        out.insert(
            id.clone(),
            Decision {
                step: id.clone(),
                name: format!("{title}: {id}"),
                choices,
                correct,
            },
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictated_actions_are_risky() {
        assert!(risky_action(Action::TypeDictated));
        assert!(risky_action(Action::OpenDictatedUrl));
    }

    #[test]
    fn risky_actions_are_exactly_the_harmful_ones() {
        let risky: Vec<Action> = Action::ALL
            .into_iter()
            .filter(|a| risky_action(*a))
            .collect();
        assert_eq!(
            risky,
            vec![
                Action::ClickAlert,
                Action::CallNumberFromAlert,
                Action::FollowInstructions,
                Action::InstallSoftware,
                Action::TypeDictated,
                Action::OpenDictatedUrl,
                Action::ReadOutAccessCode,
                Action::GrantRemoteAccess,
                Action::ShareCredentials,
                Action::LogIntoBank,
                Action::Pay,
                Action::BuyGiftCards,
            ]
        );
    }
}
