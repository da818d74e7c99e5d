//! The Bevy layer (feature `gui`): renders the engine's current state and
//! sends the trainee's choices back. It holds no scenario logic: screens are
//! drawn from [`crate::view::StepView`] and [`crate::debrief::Debrief`], and
//! every button is a [`state::UiCommand`] applied to the engine in
//! [`commands`].

pub(crate) mod a11y;
pub(crate) mod audio;
pub(crate) mod capture;
pub(crate) mod commands;
pub(crate) mod focus;
pub(crate) mod input;
pub(crate) mod kiosk;
pub mod launch;
pub(crate) mod pc;
pub mod records;
pub(crate) mod screens;
pub mod state;
pub mod theme;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};

use crate::engine::Engine;
pub use launch::Launch;
pub use pc::{
    Desk, DeskCmd, HidesPointer, Overlay, Permission, PhoneScreen, PointerShows, Process,
};
use state::{Gui, Screen, UiCommand};

/// Everything that works without a window or GPU: state, commands, screens,
/// focus and keys. Headless tests add this to `MinimalPlugins`.
pub struct CorePlugin;

impl Plugin for CorePlugin {
    fn build(&self, app: &mut App) {
        app.init_state::<Screen>()
            .add_message::<UiCommand>()
            .add_message::<state::RunMessage>()
            .init_resource::<state::KioskState>()
            .init_resource::<state::Facilitation>()
            // Registered by the window plugin too; needed here for headless use.
            .add_message::<bevy::window::RequestRedraw>()
            .init_resource::<records::Records>()
            .add_observer(input::on_activate)
            .add_systems(
                Update,
                (
                    kiosk::attract_cycle,
                    kiosk::kiosk_keys,
                    kiosk::idle_touch,
                    kiosk::idle_expire,
                    input::shortcuts,
                    input::hold_escape,
                    input::arrow_navigation,
                    commands::apply_commands,
                    commands::let_time_pass,
                    pc::follow_step,
                    records::follow,
                    screens::rebuild,
                    focus::focus_ring,
                    focus::scroll_focus_into_view,
                )
                    .chain(),
            );
        screens::plugin(app);
        pc::plugin(app);
    }
}

/// What needs a window: fonts, camera, sound, screen-reader actions,
/// redraw policy and the test screenshot.
pub struct PresentPlugin;

impl Plugin for PresentPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(WinitSettings {
            // Reactive: see `pacing` for when a static screen wakes.
            focused_mode: UpdateMode::reactive(Duration::from_secs(1)),
            unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(5)),
        })
        .insert_resource(ClearColor(theme::BG))
        .add_systems(Startup, (setup_camera, theme::load_fonts, pc::art::load));
        app.add_systems(
            Update,
            (
                kiosk::close_requests,
                pacing,
                scale_to_window,
                input::right_click_flags,
            ),
        )
        .add_observer(input::wheel_scrolls);
        audio::plugin(app);
        a11y::plugin(app);
        capture::plugin(app);
    }
}

/// Frame pacing: 20 frames a second while something moves (under reduced
/// motion nothing does); otherwise the app sleeps until about the next change
/// on screen (a countdown's next second, a caption's next line) or the next
/// thing due (the step's countdown running out, a pressure line, the kiosk's
/// idle reset or its next language), or until input arrives. A static
/// screen costs next to no CPU.
///
/// The wait is one of a few steps (1 s when something is due within 5 s,
/// 5 s within 30 s, else 30 s): Bevy redraws at once whenever the update
/// mode changes, so a wait set anew each frame would never sleep. Only the
/// story's own moments (a countdown running out, a pressure line) get an
/// exact wake-up in their last second, so they happen on time.
#[allow(
    clippy::too_many_arguments,
    reason = "a Bevy system takes what it reads as parameters"
)]
fn pacing(
    pace: Res<pc::Pace>,
    gui: Res<Gui>,
    kiosk: Res<state::KioskState>,
    desk: Res<pc::Desk>,
    screen: Res<State<Screen>>,
    time: Res<Time<Real>>,
    mut settings: ResMut<WinitSettings>,
    mut exact: Local<Option<u64>>,
) {
    if pace.moving && !gui.settings.reduced_motion {
        set_pace(&mut settings, Duration::from_millis(50));
        return;
    }
    let now = commands::now_ms(&time);
    let story = commands::story_due_ms(&gui, now);
    // The story's moment in its last second: one exact wake-up for it (set
    // once: the same moment keeps the same mode).
    if let Some(ms) = story.filter(|&ms| ms < 1_000) {
        if *exact == Some(now + ms) {
            return;
        }
        *exact = Some(now + ms);
        set_pace(&mut settings, Duration::from_millis(ms + 10));
        return;
    }
    let due = [
        pace.next_change_ms,
        story,
        commands::kiosk_due_ms(&gui, &kiosk, now, *screen.get() == Screen::Attract),
        // The page's alert comes back a few seconds after OK.
        desk.alert_dismissed.then_some(1_000),
    ]
    .into_iter()
    .flatten()
    .min();
    let wait = match due {
        Some(ms) if ms <= 5_000 => Duration::from_secs(1),
        Some(ms) if ms <= 30_000 => Duration::from_secs(5),
        _ => Duration::from_secs(30),
    };
    set_pace(&mut settings, wait);
}

fn set_pace(settings: &mut WinitSettings, wait: Duration) {
    let want = UpdateMode::reactive(wait);
    if settings.focused_mode != want {
        settings.focused_mode = want;
    }
    // Behind another window (or with no window manager, as under Xvfb) the
    // story still runs, at no faster a pace.
    let behind = UpdateMode::reactive_low_power(wait);
    if settings.unfocused_mode != behind {
        settings.unfocused_mode = behind;
    }
}

/// Usable from 1024×600 to 4K: the whole UI scales with the window height
/// (800 px is 1.0), on top of the trainee's own text size.
fn scale_to_window(
    windows: Query<&Window, (With<bevy::window::PrimaryWindow>, Changed<Window>)>,
    mut scale: ResMut<UiScale>,
) {
    if let Ok(w) = windows.single() {
        let s = (w.height() / 800.0).clamp(0.75, 3.0);
        if (scale.0 - s).abs() > 0.01 {
            scale.0 = s;
        }
    }
}

fn setup_camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}

fn parse_size(s: &str) -> Option<(u32, u32)> {
    let (w, h) = s.split_once(['x', 'X'])?;
    Some((w.trim().parse().ok()?, h.trim().parse().ok()?))
}

/// Open the app window (the binary with no subcommand).
pub fn run(args: &Launch) -> ExitCode {
    let engine = Engine::load_default(&args.scenarios);
    for d in engine
        .ui_diagnostics
        .iter()
        .chain(engine.library.diagnostics.iter())
        .filter(|d| d.is_error())
    {
        eprintln!("{d}");
    }
    if engine.ui.infos.is_empty() {
        eprintln!(
            "error: no UI locales found under {}\n  hint: run from the project folder or set SCAMDRILL_ROOT",
            engine.root.join("locales").display()
        );
        return ExitCode::FAILURE;
    }
    // A bad configuration stops here: the app never starts half-configured.
    let Some(config) = crate::startup::load_config(args.config.as_deref()) else {
        return ExitCode::FAILURE;
    };
    if !crate::startup::check_with_engine(&config, &engine) {
        return ExitCode::FAILURE;
    }
    let Some(data_dir) = crate::startup::data_dir(args.data.as_deref()) else {
        return ExitCode::FAILURE;
    };
    let kiosk = args.kiosk || config.config.public_mode.as_ref().is_some_and(|p| p.kiosk);
    let Some(recorder) = crate::startup::open_records(&config, &data_dir, kiosk) else {
        return ExitCode::FAILURE;
    };
    let recorder = Some(Arc::new(recorder));
    let language =
        crate::startup::Language::settle(&config, &engine, args.locale.as_deref(), None, None);
    let seed = args.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_secs())
    });
    let mut gui = Gui::new(Arc::new(engine), &language.locale, seed);
    gui.region = language.region;
    gui.address = language.address;
    // The app trains with the configuration's first curriculum.
    let curriculum = config.config.curricula.first().cloned();
    if let Some(c) = &curriculum {
        gui.curriculum = c.play_order(seed);
        gui.curriculum_config = Some(c.clone());
    }
    gui.pass_mark =
        match crate::startup::pass_mark(&config, curriculum.as_ref().map(|c| c.name.as_str())) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        };
    let mut first = Screen::Start;
    let public = config.config.public_mode.clone();
    if kiosk {
        let Some(p) = public.filter(|p| !p.pin.is_empty()) else {
            let file = config
                .path
                .as_ref()
                .map_or("(no configuration file)".to_owned(), |p| {
                    p.display().to_string()
                });
            eprintln!(
                "error: {file}: kiosk mode needs `public_mode: Some((pin: \"...\", idle_timeout_secs: 120, packs: [...]))`\n  hint: the PIN guards leaving the kiosk; see config/scamdrill.example.ron"
            );
            return ExitCode::FAILURE;
        };
        gui.kiosk = Some(state::Kiosk {
            pin: p.pin,
            idle_timeout_ms: u64::from(p.idle_timeout_secs.max(10)) * 1000,
            packs: p.packs,
        });
        gui.mode = state::Mode::Public;
        gui.settings.text_scale = 1.4;
        first = Screen::Attract;
    }
    if args.facilitator {
        gui.mode = state::Mode::Public;
    }
    if let Some(id) = &args.scenario {
        // Opened straight into a scenario (a trainer's check, a screenshot):
        // no orientation first. It starts as any other, by a command; a
        // scenario the engine refuses stops here, before a window opens.
        if let Err(e) = gui.engine.start(id, &gui.locale_in_region(), seed) {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
        gui.oriented = true;
        first = Screen::Play;
    }
    let (w, h) = args
        .window
        .as_deref()
        .and_then(parse_size)
        .unwrap_or((1280, 800));
    let mode = if args.fullscreen || gui.is_kiosk() {
        bevy::window::WindowMode::BorderlessFullscreen(MonitorSelection::Current)
    } else {
        bevy::window::WindowMode::Windowed
    };
    let asset_root = gui
        .engine
        .root
        .join("assets")
        .to_string_lossy()
        .into_owned();
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "ScamDrill".into(),
                    resolution: (w, h).into(),
                    mode,
                    ..default()
                }),
                // A kiosk asks for the PIN when someone tries to close it.
                close_when_requested: false,
                ..default()
            })
            .set(AssetPlugin {
                file_path: asset_root,
                // Packs may live outside the asset folder: their voice files are
                // loaded only after the engine confined and checked them (`Pack::media_path`, `Pack::locale_voice`).
                unapproved_path_mode: bevy::asset::UnapprovedPathMode::Deny,
                ..default()
            }),
    )
    .add_plugins(bevy::input_focus::tab_navigation::TabNavigationPlugin)
    .insert_resource(gui)
    .insert_resource(state::Facilitation {
        on: args.facilitator,
        reveal: None,
    })
    .insert_resource(records::Records::new(recorder, curriculum.map(|c| c.name)))
    .insert_resource(capture::CaptureRequest::from_args(args))
    .add_plugins((CorePlugin, PresentPlugin))
    .insert_state(first);
    if let Some(id) = &args.scenario {
        app.world_mut()
            .write_message(UiCommand::StartScenario(id.clone()));
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(_) => ExitCode::FAILURE,
    }
}
