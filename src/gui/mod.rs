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
pub use pc::{Desk, DeskCmd, Overlay, PhoneScreen, Process};
use state::{Gui, Screen, UiCommand};

/// Everything that works without a window or GPU: state, commands, screens,
/// focus and keys. Headless tests add this to `MinimalPlugins`.
pub struct CorePlugin;

impl Plugin for CorePlugin {
    fn build(&self, app: &mut App) {
        app.init_state::<Screen>()
            .add_message::<UiCommand>()
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
                    records::finish_ended_before_reset,
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
            // Reactive: a static screen wakes once a second (clock, countdown).
            focused_mode: UpdateMode::reactive(Duration::from_secs(1)),
            unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(5)),
        })
        .insert_resource(ClearColor(theme::BG))
        .add_systems(Startup, (setup_camera, theme::load_fonts));
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
/// motion nothing does); one wake-up a second while a countdown ticks on
/// screen; otherwise one every three seconds (the run's clock, timeouts and
/// the taskbar's minutes need no more: a timeout is recorded at its due time
/// whenever the tick comes). A static screen costs next to no CPU.
fn pacing(anims: Query<&pc::Anim>, gui: Res<Gui>, mut settings: ResMut<WinitSettings>) {
    let moving = !gui.settings.reduced_motion
        && anims
            .iter()
            .any(|a| !matches!(a, pc::Anim::Countdown { .. } | pc::Anim::Reveal { .. }));
    let ticking = anims
        .iter()
        .any(|a| matches!(a, pc::Anim::Countdown { .. }));
    let wait = if moving {
        Duration::from_millis(50)
    } else if ticking {
        Duration::from_secs(1)
    } else {
        Duration::from_secs(3)
    };
    let want = UpdateMode::reactive(wait);
    if settings.focused_mode != want {
        settings.focused_mode = want;
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
    // Only the kiosk process may discard unfinished public runs (a crash left
    // them): elsewhere another process's live public run could be one of them.
    let opened = if kiosk {
        crate::records::Recorder::open_kiosk(&config, &data_dir).map(|(r, _)| r)
    } else {
        crate::records::Recorder::open(&config, &data_dir)
    };
    let recorder = match opened {
        Ok(r) => Some(Arc::new(r)),
        Err(e) => {
            eprintln!(
                "error: training records cannot be kept in {}: {e}\n  hint: pass --data DIR with a writable folder",
                data_dir.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let locale = args
        .locale
        .clone()
        .or_else(|| config.config.default_locale.clone())
        .unwrap_or_else(|| crate::locale::DEFAULT_LOCALE.to_owned());
    let seed = args.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_secs())
    });
    let mut gui = Gui::new(Arc::new(engine), &locale, seed);
    gui.region = config.config.region.clone();
    gui.address = config.config.address;
    let curriculum = config.config.curricula.first().cloned();
    if let Some(c) = &curriculum {
        gui.curriculum = c.play_order(seed);
        gui.pass_mark = c.pass_mark;
        gui.curriculum_config = Some(c.clone());
    }
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
        gui.facilitator = true;
        gui.mode = state::Mode::Public;
    }
    if let Some(id) = &args.scenario {
        // Opened straight into a scenario (a trainer's check, a screenshot):
        // no orientation first.
        gui.oriented = true;
        match gui.engine.start(id, &gui.locale, seed) {
            Ok(p) => {
                gui.play = Some(p);
                first = Screen::Play;
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
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
                // loaded only after `Pack::media_path` confined and checked them.
                unapproved_path_mode: bevy::asset::UnapprovedPathMode::Deny,
                ..default()
            }),
    )
    .add_plugins(bevy::input_focus::tab_navigation::TabNavigationPlugin)
    .insert_resource(gui)
    .insert_resource(records::Records::new(recorder, curriculum.map(|c| c.name)))
    .insert_resource(capture::CaptureRequest::from_args(args))
    .add_plugins((CorePlugin, PresentPlugin))
    .insert_state(first);
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(_) => ExitCode::FAILURE,
    }
}
