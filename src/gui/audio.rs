//! Sound: the browser locker's looping alarm, the phone's ring tone, and a
//! pack's voice files. Captions are always on screen as well.

use bevy::audio::{AudioPlayer, AudioSource, PlaybackSettings};
use bevy::prelude::*;

use super::state::{Gui, Screen};
use crate::view::SceneView;

pub fn plugin(app: &mut App) {
    app.add_systems(Update, (follow_scene, voices));
}

#[derive(Component)]
struct Voice;

/// A pack's voice files (in its `media/` folder) play once per step. The pack
/// confines and checks the file first (inside the pack, a regular WAV file of
/// bounded size); the asset server then loads it off the frame.
fn voices(
    mut commands: Commands,
    gui: Res<Gui>,
    assets: Res<AssetServer>,
    playing: Query<Entity, With<Voice>>,
    mut last: Local<Option<(String, String)>>,
) {
    if !gui.is_changed() {
        return;
    }
    let Some(play) = gui.play.as_ref() else {
        return;
    };
    let key = (
        play.run.pack().id().to_owned(),
        play.run.current_id().to_owned(),
    );
    if last.as_ref() == Some(&key) {
        return;
    }
    *last = Some(key);
    for e in &playing {
        commands.entity(e).despawn();
    }
    let Some(step) = play.run.current() else {
        return;
    };
    // The first line with a voice file speaks (captions show every line).
    if let Some(file) = step.lines.iter().find_map(|l| l.voice.as_ref()) {
        match play.run.pack().media_path(file) {
            Ok(path) => {
                let handle: Handle<AudioSource> =
                    assets.load_builder().override_unapproved().load(path);
                commands.spawn((Voice, AudioPlayer::new(handle), PlaybackSettings::DESPAWN));
            }
            Err(d) => warn!("{d} (captions are shown instead)"),
        }
    }
}

#[derive(Component)]
struct Cue;

/// Which sound should be playing now.
fn wanted(gui: &Gui, screen: Screen) -> Option<&'static str> {
    if screen != Screen::Play {
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
