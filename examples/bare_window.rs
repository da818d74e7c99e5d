//! The baseline for ScamDrill's start-up figure (docs/PERFORMANCE.md): a bare
//! Bevy window with a text and a button that, like `scamdrill --screenshot`,
//! saves a screenshot on frame 31 and exits ten frames later.
//!
//! `cargo run --release --example bare_window -- /tmp/bare.png`

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

#[derive(Resource)]
struct Shot(String, u32);

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "bare.png".to_owned());
    App::new()
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window {
                resolution: (1280, 800).into(),
                ..default()
            }),
            ..default()
        }))
        .insert_resource(Shot(path, 0))
        .add_systems(Startup, setup)
        .add_systems(Last, drive)
        .run();
}

fn setup(mut commands: Commands) {
    commands.spawn(Camera2d);
    commands
        .spawn(Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(12),
            padding: UiRect::all(px(24)),
            ..default()
        })
        .with_children(|c| {
            c.spawn(Text::new("Hello"));
            c.spawn((
                bevy::ui_widgets::Button,
                Node {
                    padding: UiRect::all(px(10)),
                    ..default()
                },
                BackgroundColor(Color::srgb(0.1, 0.35, 0.75)),
                children![Text::new("OK")],
            ));
        });
}

fn drive(
    mut shot: ResMut<Shot>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    shot.1 += 1;
    redraw.write(bevy::window::RequestRedraw);
    if shot.1 == 31 {
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(shot.0.clone()));
    }
    if shot.1 > 41 {
        exit.write(AppExit::Success);
    }
}
