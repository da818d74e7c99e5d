//! Screen readers: buttons carry an AccessKit button role and a label (see
//! theme::button). A screen reader's "click" arrives as an ActionRequest that
//! Bevy leaves to the app; it becomes the button's Activate. A "focus"
//! request moves the keyboard focus there.

use bevy::a11y::{AccessibilityNode, ActionRequest};
use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, Button};

pub fn plugin(app: &mut App) {
    app.add_systems(PreUpdate, screen_reader_clicks)
        .add_systems(PostUpdate, announce_buttons_as_focusable);
}

/// Every button says it can be clicked and focused, so a screen reader lists
/// it among the focusable elements (not only the one that has focus now).
fn announce_buttons_as_focusable(mut nodes: Query<&mut AccessibilityNode, Added<Button>>) {
    for mut node in &mut nodes {
        node.add_action(accesskit::Action::Click);
        node.add_action(accesskit::Action::Focus);
    }
}

fn screen_reader_clicks(
    mut requests: MessageReader<ActionRequest>,
    buttons: Query<(), With<Button>>,
    mut commands: Commands,
    mut focus: ResMut<InputFocus>,
    mut visible: ResMut<InputFocusVisible>,
) {
    for r in requests.read() {
        if matches!(
            r.action,
            accesskit::Action::Click | accesskit::Action::Focus
        ) {
            let Some(entity) = Entity::try_from_bits(r.target_node.0) else {
                continue;
            };
            if !buttons.contains(entity) {
                continue;
            }
            if r.action == accesskit::Action::Click {
                commands.trigger(Activate { entity });
            } else {
                focus.set(entity, bevy::input_focus::FocusCause::Navigated);
                visible.0 = true;
            }
        }
    }
}
