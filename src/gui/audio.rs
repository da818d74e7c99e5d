//! Sound: the browser locker's looping alarm, the phone's ring tone, and the
//! voices a pack ships. Captions are always on screen as well; sound is an
//! addition, never the only channel, and reduced motion does not mute it.
//!
//! Which voice file belongs to what is the engine's business: the view
//! carries each line's voice and the scene's voice, already confined and
//! checked (`Pack::line_voice`, `Pack::locale_voice`). Without an audio
//! device (a kiosk without speakers, Xvfb) Bevy plays nothing and nothing
//! here fails: the players simply never start.

use std::collections::{BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

use bevy::audio::{AudioPlayer, AudioSource, PlaybackSettings};
use bevy::prelude::*;

use super::state::{Gui, Screen};
use crate::view::{SceneView, StepView};

pub fn plugin(app: &mut App) {
    app.init_resource::<Voices>()
        .add_systems(Update, (follow_scene, speak_next).chain());
}

/// A line's voice, said once.
#[derive(Component)]
struct Voice;

/// The scene's voice (the locker's), repeated while the scene is up.
#[derive(Component)]
struct SceneVoice;

#[derive(Component)]
struct Cue;

/// A line's voice or the scene's.
type AnyVoice = Or<(With<Voice>, With<SceneVoice>)>;

/// What the voices are doing at the current step.
#[derive(Resource, Default)]
struct Voices {
    /// (pack, step) the voices belong to; `None` off the play screen.
    step: Option<(String, String)>,
    /// Lines of this step already voiced (or queued), by id.
    said: BTreeSet<String>,
    /// Line voices waiting for the one speaking now to finish.
    queue: VecDeque<PathBuf>,
    /// The scene voice looping now.
    scene: Option<PathBuf>,
}

/// A voice file the engine checked; loaded off the frame by the asset server
/// (packs may lie outside the asset folder, hence the override).
fn load(assets: &AssetServer, path: &Path) -> Handle<AudioSource> {
    assets
        .load_builder()
        .override_unapproved()
        .load(path.to_path_buf())
}

/// Which cue should be playing now.
fn wanted(view: Option<&StepView>) -> Option<&'static str> {
    match view?.scene {
        SceneView::BrowserLocker { alarm: true, .. } => Some("audio/alarm.wav"),
        SceneView::IncomingCall { .. } => Some("audio/ringtone.wav"),
        _ => None,
    }
}

#[allow(clippy::too_many_arguments)]
fn follow_scene(
    mut commands: Commands,
    gui: Res<Gui>,
    screen: Res<State<Screen>>,
    assets: Res<AssetServer>,
    cues: Query<Entity, With<Cue>>,
    speaking: Query<Entity, AnyVoice>,
    scene_voices: Query<Entity, With<SceneVoice>>,
    mut playing: Local<Option<&'static str>>,
    mut voices: ResMut<Voices>,
) {
    if !gui.is_changed() && !screen.is_changed() {
        return;
    }
    let play = gui.play.as_ref().filter(|_| *screen.get() == Screen::Play);
    let view = play.and_then(|p| p.view());

    // Alarm and ring tone follow the scene.
    let want = wanted(view.as_ref());
    if want != *playing {
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

    // Another step (or off the play screen): every voice stops.
    let step = play.map(|p| (p.run.pack().id().to_owned(), p.run.current_id().to_owned()));
    if voices.step != step {
        for e in &speaking {
            commands.entity(e).despawn();
        }
        *voices = Voices { step, ..default() };
    }
    let Some(view) = view else {
        return;
    };

    // The locker's voice repeats while the locker is up, as real ones do
    // (one at a time: a language change swaps it).
    if voices.scene != view.scene_voice {
        for e in &scene_voices {
            commands.entity(e).despawn();
        }
        if let Some(path) = &view.scene_voice {
            commands.spawn((
                SceneVoice,
                AudioPlayer::new(load(&assets, path)),
                PlaybackSettings::LOOP,
            ));
        }
        voices.scene = view.scene_voice.clone();
    }

    // Lines are voiced once, in order, as they become due.
    for line in &view.lines {
        if let Some(path) = &line.voice
            && voices.said.insert(line.id.clone())
        {
            voices.queue.push_back(path.clone());
        }
    }
}

/// The next line's voice starts when the one before has finished (its
/// player despawns itself at the end).
fn speak_next(
    mut commands: Commands,
    assets: Res<AssetServer>,
    speaking: Query<(), With<Voice>>,
    mut voices: ResMut<Voices>,
) {
    if !speaking.is_empty() || voices.queue.is_empty() {
        return;
    }
    if let Some(path) = voices.queue.pop_front() {
        commands.spawn((
            Voice,
            AudioPlayer::new(load(&assets, &path)),
            PlaybackSettings::DESPAWN,
        ));
    }
}
