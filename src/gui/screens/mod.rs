//! The screens. The whole screen is rebuilt from the engine's state whenever
//! something changes (a command, a language switch), so a screen is a pure
//! function of [`Gui`]: what is drawn is always what the engine says.

mod attract;
mod debrief;
mod judgement;
mod overview;
mod play;
mod results;
mod sign_in;
mod staff;
mod start;
mod summary;

use bevy::input_focus::tab_navigation::{TabGroup, TabIndex};
use bevy::prelude::*;
use bevy::ui::prelude::AccessibleLabel;

use super::state::{Gui, Screen, UiCommand};
use super::theme::{self, Fonts, Look, Theme};
use crate::text::UiText;

/// The root of everything drawn; despawned and rebuilt on change.
#[derive(Component)]
pub struct UiRoot;

/// What a screen builder gets.
pub struct Ctx<'a> {
    pub gui: &'a Gui,
    /// The simulated desk (windows open, the phone's keypad, the flag tool).
    pub desk: &'a crate::gui::pc::Desk,
    pub kiosk: &'a crate::gui::state::KioskState,
    /// Facilitator mode and its reveal.
    pub group: &'a crate::gui::state::Facilitation,
    /// The desk's art (none in headless runs or when it failed to load).
    pub art: Option<&'a crate::gui::pc::art::Art>,
    pub theme: Theme,
    pub words: UiText,
}

impl Ctx<'_> {
    pub fn t(&self, id: &str) -> String {
        self.words.get(id, &[])
    }
    pub fn ta(&self, id: &str, args: &[(&str, String)]) -> String {
        self.words.get(id, args)
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Start), mark_dirty)
        .add_systems(OnEnter(Screen::SignIn), mark_dirty)
        .add_systems(OnEnter(Screen::Overview), mark_dirty)
        .add_systems(OnEnter(Screen::Play), mark_dirty)
        .add_systems(OnEnter(Screen::Debrief), mark_dirty)
        .add_systems(OnEnter(Screen::Judgement), mark_dirty)
        .add_systems(OnEnter(Screen::Results), mark_dirty)
        .add_systems(OnEnter(Screen::Attract), mark_dirty)
        .add_systems(OnEnter(Screen::Pin), mark_dirty)
        .add_systems(OnEnter(Screen::Staff), mark_dirty)
        .add_systems(OnEnter(Screen::Summary), mark_dirty);
}

fn mark_dirty(mut gui: ResMut<Gui>) {
    gui.dirty = true;
}

/// Rebuild the screen when the state says so.
#[allow(
    clippy::too_many_arguments,
    reason = "a Bevy system takes what it reads as parameters"
)]
pub fn rebuild(
    mut commands: Commands,
    mut gui: ResMut<Gui>,
    fonts: Option<Res<Fonts>>,
    screen: Res<State<Screen>>,
    roots: Query<Entity, With<UiRoot>>,
    records: Option<Res<crate::gui::records::Records>>,
    desk: Res<crate::gui::pc::Desk>,
    kiosk: Res<crate::gui::state::KioskState>,
    group: Res<crate::gui::state::Facilitation>,
    art: Option<Res<crate::gui::pc::art::Art>>,
) {
    if !gui.dirty {
        return;
    }
    gui.dirty = false;
    for r in &roots {
        commands.entity(r).despawn();
    }
    let fonts = fonts.map(|f| f.clone()).unwrap_or_default();
    let ctx = Ctx {
        gui: &gui,
        desk: &desk,
        kiosk: &kiosk,
        group: &group,
        art: art.as_deref(),
        theme: Theme::new(&gui, &fonts),
        words: gui.words(),
    };
    let th = &ctx.theme;
    let focus_index = gui.focus_index;
    commands
        .spawn((
            UiRoot,
            TabGroup::new(0),
            Node {
                width: percent(100),
                height: percent(100),
                flex_direction: FlexDirection::Column,
                direction: th.direction(),
                ..default()
            },
            BackgroundColor(theme::BG),
        ))
        .with_children(|root| {
            // During play the window is the trainee's PC: no app bar, no hints.
            let playing = *screen.get() == Screen::Play;
            if *screen.get() != Screen::Attract && !playing {
                top_bar(root, &ctx, *screen.get());
            }
            root.spawn(Node {
                flex_grow: 1.0,
                min_height: px(0),
                width: percent(100),
                direction: th.direction(),
                ..default()
            })
            .with_children(|main| match screen.get() {
                Screen::Start => start::build(main, &ctx),
                Screen::SignIn => sign_in::build(main, &ctx),
                Screen::Overview => overview::build(main, &ctx),
                Screen::Play => play::build(main, &ctx),
                Screen::Debrief => debrief::build(main, &ctx),
                Screen::Judgement => judgement::build(main, &ctx),
                Screen::Results => results::build(main, &ctx),
                Screen::Attract => attract::build(main, &ctx),
                Screen::Pin => staff::build_pin(main, &ctx),
                Screen::Staff => staff::build_staff(main, &ctx),
                Screen::Summary => {
                    let summary =
                        records
                            .as_ref()
                            .and_then(|r| r.recorder.as_ref())
                            .and_then(|r| {
                                r.public_summary_today()
                                    .map_err(|e| warn!("summary: {e}"))
                                    .ok()
                            });
                    summary::build(main, &ctx, summary.as_ref())
                }
            });
            if playing {
                return;
            }
            root.spawn((
                Node {
                    padding: UiRect::axes(px(12), px(4)),
                    width: percent(100),
                    direction: th.direction(),
                    ..default()
                },
                BackgroundColor(Color::srgb(0.86, 0.88, 0.91)),
            ))
            .with_children(|b| {
                b.spawn(th.para(ctx.t("keys-hint"), 13.0, theme::MUTED));
            });
        });
    // During play nothing is focused until the trainee uses the keyboard (a
    // ring on one control would point at it), unless a surface asks for it.
    let playing = *screen.get() == Screen::Play;
    commands.queue(move |world: &mut World| {
        if playing {
            super::focus::focus_marked(world);
        } else {
            super::focus::focus_nth_button(world, focus_index)
        }
    });
}

fn top_bar(root: &mut ChildSpawnerCommands, ctx: &Ctx, screen: Screen) {
    let th = &ctx.theme;
    let name = ctx
        .gui
        .engine
        .ui
        .info(&ctx.gui.locale)
        .map(|i| i.name.clone())
        .unwrap_or_default();
    root.spawn((
        Node {
            width: percent(100),
            padding: UiRect::axes(px(12), px(6)),
            column_gap: px(8),
            align_items: AlignItems::Center,
            flex_wrap: FlexWrap::Wrap,
            direction: th.direction(),
            ..default()
        },
        BackgroundColor(theme::TASKBAR),
    ))
    .with_children(|bar| {
        bar.spawn((Node {
            flex_grow: 1.0,
            direction: th.direction(),
            ..default()
        },))
            .with_children(|t| {
                t.spawn(th.label(ctx.t("app-title"), 20.0, Color::WHITE, true));
            });
        // Settings come after the screen's own controls in tab order.
        let later = TabIndex(1);
        if screen != Screen::Play {
            bar.spawn(th.button(
                ctx.ta("settings-language", &[("name", name)]),
                UiCommand::NextLocale,
                Look::Dark,
            ))
            .insert(later);
        }
        if ctx.gui.is_kiosk() {
            // Settings and leaving the kiosk are behind the facilitator's PIN.
            if !matches!(screen, Screen::Pin | Screen::Staff | Screen::Summary) {
                bar.spawn(th.button(ctx.t("staff-open"), UiCommand::OpenStaff, Look::Dark))
                    .insert(later);
            }
            return;
        }
        if ctx.group.on && screen != Screen::Summary {
            bar.spawn(th.button(ctx.t("staff-summary"), UiCommand::ShowSummary, Look::Dark))
                .insert(later);
        }
        bar.spawn(th.button("A−", UiCommand::TextSmaller, Look::Dark))
            .insert((AccessibleLabel(ctx.t("settings-text-smaller")), later));
        bar.spawn(th.button("A+", UiCommand::TextBigger, Look::Dark))
            .insert((AccessibleLabel(ctx.t("settings-text-bigger")), later));
        let motion = if ctx.gui.settings.reduced_motion {
            "settings-motion-on"
        } else {
            "settings-motion-off"
        };
        bar.spawn(th.button(ctx.t(motion), UiCommand::ToggleMotion, Look::Dark))
            .insert(later);
    });
}
