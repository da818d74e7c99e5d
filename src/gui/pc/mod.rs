//! The simulated PC, phone and world of a play: during play the window *is*
//! the trainee's desk. A monitor with a desktop, windows and a taskbar (or a
//! full-screen page, or a place away from the PC), the phone and the wallet
//! beside it. Nothing here lists answers or red flags: choices are taken by
//! acts of the world ([`crate::act::WorldAct`]) and flags are found with the
//! flag tool on [`element::Element`]s.
//!
//! One module per app: `browser` (pages, the full-screen locker), `apps`
//! (mail, chat, remote tools, console, Event Viewer), `places` (the door,
//! the post office, the crypto ATM), `phone` (and the wallet), `system`
//! (taskbar, Start menu, Wi-Fi, Task Manager, Ctrl+Alt+Del), `help` (F1).

mod anim;
mod apps;
pub(crate) mod art;
mod browser;
mod desk;
mod element;
mod help;
mod phone;
mod places;
mod system;
mod window;

use std::collections::BTreeSet;

use bevy::prelude::*;
use bevy::ui::prelude::AccessibleLabel;

pub use anim::{Anim, Pace};
pub use browser::{HidesPointer, PointerShows};
pub use desk::{Desk, DeskCmd, Overlay, Permission, PhoneScreen, Process};
pub use element::Element;

use crate::act::WorldAct;
use crate::gui::screens::Ctx;
use crate::gui::state::{Gui, Screen, UiCommand};
use crate::gui::theme::{self, Theme};
use crate::locale::clock::WallClock;
use crate::runner::Event;
use crate::view::{ChoiceView, SceneView, StepView, ViaView};

pub fn plugin(app: &mut App) {
    app.init_resource::<Desk>()
        .init_resource::<Pace>()
        .add_systems(
            Update,
            (anim::animate, browser::alert_returns).run_if(in_state(Screen::Play)),
        )
        // Anywhere: leaving the locker shows the pointer again.
        .add_systems(Update, browser::hide_pointer_over_page)
        .add_systems(OnExit(Screen::Play), |mut pace: ResMut<Pace>| {
            *pace = Pace::default();
        })
        .add_systems(
            PostUpdate,
            element::announce_switches
                .after(bevy::ui::UiSystems::PostLayout)
                .before(bevy::a11y::AccessibilitySystems::Update),
        );
}

/// A fresh desk whenever the run moves to another step.
pub fn follow_step(gui: Res<Gui>, mut desk: ResMut<Desk>) {
    let step = gui
        .play
        .as_ref()
        .map(|p| p.run.current_id().to_owned())
        .unwrap_or_default();
    if desk.step != step {
        desk.follow(&step);
    }
}

/// What every part of the PC draws from.
pub struct Pc<'a> {
    pub ctx: &'a Ctx<'a>,
    pub view: &'a StepView,
    pub desk: &'a Desk,
    /// Elements marked at this step (hits and false flags alike).
    pub marked: BTreeSet<String>,
    /// The simulated wall clock, as the locale shows it.
    pub clock: WallClock,
}

impl<'a> Pc<'a> {
    pub fn th(&self) -> &Theme {
        &self.ctx.theme
    }

    pub fn t(&self, id: &str) -> String {
        self.ctx.t(id)
    }

    /// The step's choices taken by `via` (in the view's seeded order).
    pub fn choices(&self, f: impl Fn(&ViaView) -> bool) -> Vec<&'a ChoiceView> {
        self.view.choices.iter().filter(|c| f(&c.via)).collect()
    }

    /// The command a world control sends: with the flag tool in hand a
    /// control marks its element instead of working.
    pub fn act(&self, element: &str, act: WorldAct) -> UiCommand {
        if self.desk.flag_tool {
            UiCommand::Mark(element.to_owned())
        } else {
            UiCommand::Do(act)
        }
    }

    /// A choice's control in the world (a button, a reply), all drawn alike:
    /// it takes the choice by `act`, or marks it with the flag tool in hand,
    /// and wears the flag once marked.
    pub fn choice_control<'c>(
        &self,
        parent: &'c mut ChildSpawnerCommands,
        c: &ChoiceView,
        act: WorldAct,
        bg: Color,
        fg: Color,
        size: f32,
    ) -> bevy::ecs::system::EntityCommands<'c> {
        let cmd = self.act(&c.id, act);
        let mut b = parent.spawn(self.th().control(c.label.clone(), cmd, bg, fg, size));
        b.insert(Element(c.id.clone()));
        if self.marked.contains(&c.id) {
            b.insert(Outline {
                color: element::FLAG,
                width: px(3),
                offset: px(2),
            });
        }
        b
    }

    /// The scene's buttons (its `Press` choices), all drawn alike.
    pub fn buttons(&self, parent: &mut ChildSpawnerCommands, bg: Color, fg: Color) {
        let presses = self.choices(|v| matches!(v, ViaView::Press));
        if presses.is_empty() {
            return;
        }
        parent.spawn(self.th().row(10.0)).with_children(|r| {
            for c in presses {
                self.choice_control(r, c, WorldAct::Press(c.id.clone()), bg, fg, 17.0);
            }
        });
    }

    /// The scene's text input, when a choice is taken by typing.
    pub fn input(&self, parent: &mut ChildSpawnerCommands, prompt: &str, bg: Color, fg: Color) {
        if self
            .choices(|v| matches!(v, ViaView::Type { .. }))
            .is_empty()
        {
            return;
        }
        let th = self.th();
        let caret = if self.desk.input_focused { "▌" } else { "" };
        let mut b = parent.spawn(th.control(
            format!("{prompt}{}{caret}", self.desk.typed),
            UiCommand::Desk(DeskCmd::FocusInput),
            bg,
            fg,
            17.0,
        ));
        b.insert((
            Node {
                width: percent(100),
                justify_content: JustifyContent::FlexStart,
                padding: UiRect::axes(px(8), px(6)),
                border: UiRect::all(px(1)),
                direction: InlineDirection::Ltr,
                ..default()
            },
            // A field with no prompt of its own is still named.
            AccessibleLabel(if prompt.trim().is_empty() && self.desk.typed.is_empty() {
                self.t("pc-text-box")
            } else if prompt.trim().is_empty() {
                format!("{}: {}", self.t("pc-text-box"), self.desk.typed)
            } else {
                format!("{prompt}{}", self.desk.typed)
            }),
        ));
        // Typing keeps the keyboard focus in the field (Enter sends it).
        if self.desk.input_focused {
            b.insert(crate::gui::focus::Autofocus);
        }
    }
}

/// Simulated wall clock: 10:42 plus the run's minutes, on today's date
/// (UTC: the local offset cannot be read safely in a threaded process).
fn clock(gui: &Gui) -> WallClock {
    let ms = gui
        .play
        .as_ref()
        .and_then(|p| p.run.events().last())
        .map_or(0, Event::at_ms);
    let mins = 10 * 60 + 42 + ms / 60_000;
    let (h, m) = (((mins / 60) % 24) as u8, (mins % 60) as u8);
    let today = time::OffsetDateTime::now_utc().date();
    WallClock::at(gui.engine.ui.info(&gui.locale_in_region()), h, m, today)
}

/// Elements marked at the current step (hits and false flags).
fn marked(gui: &Gui) -> BTreeSet<String> {
    let Some(play) = gui.play.as_ref() else {
        return BTreeSet::new();
    };
    let here = play.run.current_id();
    play.run
        .events()
        .iter()
        .filter_map(|e| match e {
            Event::Mark {
                step,
                hotspot,
                element,
                ..
            } if step == here => Some(element.clone().unwrap_or_else(|| hotspot.clone())),
            Event::FalseFlag { step, element, .. } if step == here => Some(element.clone()),
            _ => None,
        })
        .collect()
}

/// True for scenes that take place away from the PC.
fn away_from_pc(scene: &SceneView) -> bool {
    matches!(
        scene,
        SceneView::Doorstep { .. } | SceneView::PostOffice { .. } | SceneView::CryptoAtm { .. }
    )
}

/// Draw the desk: monitor, phone, wallet, the flag tool and help.
pub fn build(main: &mut ChildSpawnerCommands, ctx: &Ctx, view: &StepView) {
    let pc = Pc {
        ctx,
        view,
        desk: ctx.desk,
        marked: marked(ctx.gui),
        clock: clock(ctx.gui),
    };
    let th = pc.th();
    if let SceneView::Narration { body } = &view.scene {
        story(main, &pc, body);
        flag_button(main, &pc);
        if pc.desk.overlay == Some(Overlay::Help) {
            help::draw(main, &pc);
        }
        return;
    }
    main.spawn((
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Row,
            padding: UiRect {
                // Room for the flag tool's corner button at every text size.
                top: px(36.0 * th.scale.max(1.0)),
                ..UiRect::all(px(10))
            },
            column_gap: px(12),
            direction: th.direction(),
            ..default()
        },
        BackgroundColor(Color::srgb(0.36, 0.27, 0.20)),
    ))
    .with_children(|desk| {
        // The monitor.
        desk.spawn((
            Node {
                flex_grow: 1.0,
                flex_basis: px(0),
                min_width: px(0),
                flex_direction: FlexDirection::Column,
                border: UiRect::all(px(8)),
                border_radius: BorderRadius::all(px(6)),
                overflow: Overflow::clip(),
                direction: th.direction(),
                ..default()
            },
            BorderColor::all(Color::srgb(0.08, 0.08, 0.09)),
            BackgroundColor(Color::BLACK),
        ))
        .with_children(|screen| screen_content(screen, &pc));
        // Beside it: the phone and the wallet.
        desk.spawn(Node {
            width: px(300),
            min_width: px(260),
            flex_direction: FlexDirection::Column,
            row_gap: px(12),
            direction: th.direction(),
            ..default()
        })
        .with_children(|side| {
            phone::draw(side, &pc);
            phone::wallet(side, &pc);
        });
    });
    flag_button(main, &pc);
    if ctx.group.on && !view.choices.is_empty() && ctx.group.reveal.is_none() {
        // A group in a room: the facilitator's prompt, above the desk.
        main.spawn((
            Node {
                position_type: PositionType::Absolute,
                top: px(4),
                left: percent(30),
                width: percent(40),
                padding: UiRect::axes(px(12), px(4)),
                justify_content: JustifyContent::Center,
                border_radius: BorderRadius::all(px(6)),
                direction: th.direction(),
                ..default()
            },
            BackgroundColor(theme::ACCENT),
            GlobalZIndex(15),
        ))
        .with_children(|b| {
            b.spawn(th.label(ctx.t("facilitator-discuss"), 15.0, Color::WHITE, true));
        });
    }
    if pc.desk.overlay == Some(Overlay::Help) {
        help::draw(main, &pc);
    }
}

fn screen_content(screen: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    let full_screen_page =
        matches!(pc.view.scene, SceneView::BrowserLocker { .. }) && !pc.desk.windowed;
    if full_screen_page {
        browser::locker_full_screen(screen, pc);
    } else if away_from_pc(&pc.view.scene) {
        places::draw(screen, pc);
    } else {
        screen
            .spawn((
                Node {
                    width: percent(100),
                    flex_grow: 1.0,
                    min_height: px(0),
                    flex_direction: FlexDirection::Row,
                    padding: UiRect::all(px(12)),
                    column_gap: px(14),
                    direction: th.direction(),
                    ..default()
                },
                BackgroundColor(Color::srgb(0.16, 0.38, 0.58)),
            ))
            .with_children(|area| {
                pc.wallpaper(area);
                system::desktop_icons(area, pc);
                area.spawn(Node {
                    flex_grow: 1.0,
                    flex_basis: px(0),
                    min_width: px(0),
                    flex_direction: FlexDirection::Column,
                    direction: th.direction(),
                    ..default()
                })
                .with_children(|w| scene_window(w, pc));
            });
        system::taskbar(screen, pc);
    }
    captions(screen, pc);
    system::overlays(screen, pc);
}

/// The window the step's scene shows on the desktop.
fn scene_window(w: &mut ChildSpawnerCommands, pc: &Pc) {
    match &pc.view.scene {
        SceneView::Desktop { page } => browser::page_window(w, pc, browser::Page::Ordinary(page)),
        SceneView::BrowserLocker { .. } => browser::page_window(w, pc, browser::Page::Locker),
        SceneView::IncomingCall { .. } | SceneView::Call { .. } => {
            browser::page_window(w, pc, browser::Page::Start)
        }
        SceneView::Email { .. } => apps::mail(w, pc),
        SceneView::Chat { .. } => apps::chat(w, pc),
        SceneView::RemoteTool { .. } => apps::remote_tool(w, pc),
        SceneView::RemoteControl { .. } => apps::remote_control(w, pc),
        SceneView::Proof { proof, .. } => match proof {
            crate::model::ProofKind::FakeScan | crate::model::ProofKind::ScannerPage => {
                browser::page_window(w, pc, browser::Page::Scanner)
            }
            crate::model::ProofKind::EventViewer => apps::event_viewer(w, pc),
            crate::model::ProofKind::CommandPrompt => apps::console(w, pc),
        },
        SceneView::Payment { .. } => browser::page_window(w, pc, browser::Page::Payment),
        SceneView::Banking { .. } => browser::page_window(w, pc, browser::Page::Bank),
        SceneView::WebShop { .. } => browser::page_window(w, pc, browser::Page::Shop),
        SceneView::CommandPrompt { .. } => apps::console(w, pc),
        SceneView::Doorstep { .. }
        | SceneView::PostOffice { .. }
        | SceneView::CryptoAtm { .. }
        | SceneView::Narration { .. } => {}
    }
}

/// Speech that is not on the phone (the page's robotic voice, the visitor at
/// the door) runs as captions at the foot of the screen, one line at a
/// time at speaking pace.
fn captions(screen: &mut ChildSpawnerCommands, pc: &Pc) {
    if pc.view.call.is_some() || pc.view.lines.is_empty() {
        return;
    }
    let th = pc.th();
    let taskbar_gap = if away_from_pc(&pc.view.scene) {
        10.0
    } else {
        54.0
    };
    screen
        .spawn((
            Node {
                position_type: PositionType::Absolute,
                bottom: px(taskbar_gap),
                left: percent(8),
                width: percent(84),
                flex_direction: FlexDirection::Column,
                row_gap: px(4),
                direction: th.direction(),
                ..default()
            },
            GlobalZIndex(3),
        ))
        .with_children(|c| {
            let mut at = 0u64;
            for l in &pc.view.lines {
                let show = phone::line_at(&mut at, l);
                let mut cap = c.spawn((
                    Node {
                        padding: UiRect::axes(px(10), px(4)),
                        direction: th.direction(),
                        ..default()
                    },
                    BackgroundColor(Color::srgba(0.0, 0.0, 0.0, 0.78)),
                ));
                if !th.reduced_motion {
                    cap.insert((Anim::Reveal { at_ms: show }, Visibility::Hidden));
                }
                cap.with_children(|x| {
                    pc.said(
                        x,
                        l,
                        |speaker, text| format!("[{speaker}] {text}"),
                        16.0,
                        Color::WHITE,
                    );
                });
            }
            // What the trainee may say back to the voice they hear, when
            // the scene has no chat or intercom of its own.
            if !says_in_scene(&pc.view.scene) {
                apps::replies(c, pc, Color::srgba(0.0, 0.0, 0.0, 0.78), Color::WHITE);
            }
        });
}

impl Pc<'_> {
    /// A line said (the element the flag tool marks by the line's id),
    /// shown as `shown(speaker, text)`.
    fn said(
        &self,
        parent: &mut ChildSpawnerCommands,
        line: &crate::view::LineView,
        shown: impl Fn(&str, &str) -> String,
        size: f32,
        color: Color,
    ) {
        let th = self.th();
        let strip = crate::locale::bidi::strip_marks;
        let para = shown(&strip(&line.speaker), &strip(&line.text));
        let node = Node {
            direction: th.direction(),
            ..default()
        };
        self.element(parent, &line.id, &line.text, node, |y| {
            y.spawn(th.para(para, size, color));
        });
    }
}

/// A time skip in the story that still asks something of the trainee: the
/// story, what is said, and what they can say or do next.
fn story(main: &mut ChildSpawnerCommands, pc: &Pc, body: &str) {
    let th = pc.th();
    th.story_card(main, |card| {
        pc.text(card, "body", body, 19.0, theme::INK, false);
        for l in &pc.view.lines {
            pc.said(
                card,
                l,
                |speaker, text| format!("{speaker}: {text}"),
                17.0,
                theme::MUTED,
            );
        }
        apps::replies(card, pc, Color::srgb(0.95, 0.95, 0.97), theme::INK);
        pc.buttons(card, Color::srgb(0.93, 0.94, 0.96), theme::INK);
    });
}

/// Scenes that draw the trainee's replies themselves (chat, intercom, counter).
fn says_in_scene(scene: &SceneView) -> bool {
    matches!(
        scene,
        SceneView::Chat { .. } | SceneView::Doorstep { .. } | SceneView::PostOffice { .. }
    )
}

/// The flag tool: a small button in the corner (also F and right-click).
fn flag_button(main: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    let on = pc.desk.flag_tool;
    let (bg, fg) = if on {
        (element::FLAG, Color::BLACK)
    } else {
        (Color::srgba(0.0, 0.0, 0.0, 0.55), Color::WHITE)
    };
    let mut pos = Node {
        position_type: PositionType::Absolute,
        top: px(4),
        direction: pc.th().direction(),
        ..default()
    };
    if th.rtl {
        pos.left = px(4);
    } else {
        pos.right = px(4);
    }
    main.spawn((pos, GlobalZIndex(20))).with_children(|c| {
        c.spawn(th.control("⚑", UiCommand::Desk(DeskCmd::FlagTool), bg, fg, 18.0))
            .insert((
                AccessibleLabel(pc.t(if on { "flag-tool-on" } else { "flag-tool" })),
                crate::gui::focus::QuietFocus,
            ));
    });
}
