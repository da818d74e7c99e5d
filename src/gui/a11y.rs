//! Screen readers: buttons carry an AccessKit button role and a label (see
//! theme::button). A screen reader's "click" arrives as an ActionRequest that
//! Bevy leaves to the app; it becomes the button's Activate.

use bevy::a11y::ActionRequest;
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, Button};

pub fn plugin(app: &mut App) {
    app.add_systems(PreUpdate, screen_reader_clicks);
}

fn screen_reader_clicks(
    mut requests: MessageReader<ActionRequest>,
    buttons: Query<(), With<Button>>,
    mut commands: Commands,
) {
    for r in requests.read() {
        if matches!(
            r.action,
            accesskit::Action::Click | accesskit::Action::Focus
        ) {
            let Some(entity) = Entity::try_from_bits(r.target_node.0) else {
                continue;
            };
            if buttons.contains(entity) && r.action == accesskit::Action::Click {
                commands.trigger(Activate { entity });
            }
        }
    }
}
