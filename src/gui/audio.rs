//! Sound: the browser locker's looping alarm, the phone's ring tone, and a
//! pack's voice files. Captions are always on screen as well.

use bevy::audio::{AudioPlayer, PlaybackSettings};
use bevy::prelude::*;

use super::state::{Gui, Screen};
use crate::view::SceneView;

pub fn plugin(app: &mut App) {
    app.add_systems(Update, follow_scene);
}

#[derive(Component)]
struct Cue;

/// Which sound should be playing now.
fn wanted(gui: &Gui, screen: Screen) -> Option<&'static str> {
    if screen != Screen::Play || gui.task_manager_open {
        return None;
    }
    match gui.play.as_ref()?.view()?.scene {
        SceneView::BrowserLocker { alarm: true, .. } => Some("audio/alarm.wav"),
        SceneView::IncomingCall { .. } => Some("audio/ringtone.wav"),
        _ => None,
    }
}

fn follow_scene(
    mut commands: Commands,
    gui: Res<Gui>,
    screen: Res<State<Screen>>,
    assets: Res<AssetServer>,
    cues: Query<Entity, With<Cue>>,
    mut playing: Local<Option<&'static str>>,
) {
    if !gui.is_changed() && !screen.is_changed() {
        return;
    }
    let want = wanted(&gui, *screen.get());
    if want == *playing {
        return;
    }
    for e in &cues {
        commands.entity(e).despawn();
    }
    if let Some(path) = want {
        commands.spawn((
            Cue,
            AudioPlayer::new(assets.load(path)),
            PlaybackSettings::LOOP,
        ));
    }
    *playing = want;
}
