//! The operating system around the apps: desktop icons, the taskbar with
//! Start, running apps, the tray (Wi-Fi, clock); the Start menu with power;
//! the Wi-Fi panel; Task Manager with its process list and End task; the
//! Ctrl+Alt+Del screen; the wallet's card and the real organisations'
//! contact pages drawn over the desk.

use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;

use super::art::Piece;
use super::{DeskCmd, Overlay, Pc, Process};
use crate::act::WorldAct;
use crate::gui::focus::Autofocus;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, INK, MUTED, PANEL, TASKBAR};
use crate::locale::bidi::strip_marks;
use crate::model::Place;
use crate::view::SceneView;

pub fn desktop_icons(area: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    area.spawn(Node {
        width: px(84),
        flex_direction: FlexDirection::Column,
        row_gap: px(14),
        align_items: AlignItems::Center,
        ..default()
    })
    .with_children(|icons| {
        let mut list = vec![
            (Piece::Bin, "pc-icon-bin"),
            (Piece::Browser, "pc-browser"),
            (Piece::Mail, "play-mail"),
        ];
        if pc
            .view
            .directory
            .iter()
            .any(|d| d.found.contains(&Place::Intranet))
        {
            list.push((Piece::Intranet, "pc-intranet"));
        }
        for (piece, id) in list {
            let cmd = (id == "pc-intranet").then_some(UiCommand::Desk(DeskCmd::Open(
                Overlay::Directory(Place::Intranet),
            )));
            icons
                .spawn(Node {
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    ..default()
                })
                .with_children(|i| {
                    match cmd {
                        Some(cmd) => {
                            pc.icon_control(
                                i,
                                piece,
                                &pc.t(id),
                                cmd,
                                Color::srgba(1.0, 1.0, 1.0, 0.15),
                                38.0,
                            );
                        }
                        None => pc.icon(i, piece, 40.0, Color::WHITE),
                    }
                    i.spawn(th.label(pc.t(id), 12.0, Color::WHITE, false));
                });
        }
    });
}

/// The name of the scene's own app on the taskbar and in Task Manager.
fn scene_app(pc: &Pc) -> Option<String> {
    scene_app_icon(pc).map(|(_, name)| name)
}

/// The scene's own app: its icon and name.
fn scene_app_icon(pc: &Pc) -> Option<(Piece, String)> {
    Some(match &pc.view.scene {
        SceneView::Email { .. } => (Piece::Mail, pc.t("play-mail")),
        SceneView::Chat { .. } => (Piece::Chat, pc.t("play-chat")),
        SceneView::RemoteTool { tool, .. } | SceneView::RemoteControl { tool, .. } => {
            (Piece::Remote, strip_marks(tool))
        }
        SceneView::CommandPrompt { .. } => (Piece::Console, pc.t("pc-app-command-prompt")),
        SceneView::Proof {
            proof: crate::model::ProofKind::EventViewer,
            ..
        } => (Piece::EventViewer, pc.t("pc-app-event-viewer")),
        SceneView::Proof {
            proof: crate::model::ProofKind::CommandPrompt,
            ..
        } => (Piece::Console, pc.t("pc-app-command-prompt")),
        _ => return None,
    })
}

/// Whether the browser runs in this scene (Task Manager lists it).
fn browser_runs(pc: &Pc) -> bool {
    !matches!(
        pc.view.scene,
        SceneView::Email { .. }
            | SceneView::Chat { .. }
            | SceneView::RemoteTool { .. }
            | SceneView::RemoteControl { .. }
            | SceneView::CommandPrompt { .. }
            | SceneView::Proof {
                proof: crate::model::ProofKind::EventViewer
                    | crate::model::ProofKind::CommandPrompt,
                ..
            }
    )
}

pub fn taskbar(screen: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    let text = Color::srgb(0.88, 0.9, 0.93);
    let mut bar = screen.spawn((
        Node {
            width: percent(100),
            // Grows with the text size: the clock's two lines stay whole.
            min_height: px(44),
            flex_shrink: 0.0,
            padding: UiRect::axes(px(8), px(4)),
            column_gap: px(10),
            align_items: AlignItems::Center,
            direction: th.direction(),
            ..default()
        },
        BackgroundColor(TASKBAR),
    ));
    bar.insert(super::Element("taskbar".to_owned()));
    bar.with_children(|b| {
        pc.icon_control(
            b,
            Piece::Start,
            &pc.t("pc-start"),
            UiCommand::Desk(DeskCmd::Open(Overlay::StartMenu)),
            Color::srgba(1.0, 1.0, 1.0, 0.08),
            26.0,
        );
        if browser_runs(pc) {
            if pc.art(Piece::Browser).is_some() {
                pc.icon_label(b, Piece::Browser, &pc.t("pc-browser"), 13.0, text);
            } else {
                b.spawn(th.label(
                    format!("◎ {}", strip_marks(&pc.t("pc-browser"))),
                    13.0,
                    text,
                    false,
                ));
            }
        }
        if let Some((piece, app)) = scene_app_icon(pc) {
            match pc.art(piece) {
                Some(_) => pc.icon_label(b, piece, &app, 13.0, text),
                None => {
                    b.spawn(th.label(format!("▣ {app}"), 13.0, text, false));
                }
            }
        }
        b.spawn(Node {
            flex_grow: 1.0,
            direction: pc.th().direction(),
            ..default()
        });
        // The tray: the speaker (drawn only), Wi-Fi, the clock.
        pc.icon(b, Piece::Speaker, 20.0, Color::WHITE);
        pc.icon_control(
            b,
            Piece::Wifi,
            &pc.t("pc-wifi"),
            UiCommand::Desk(DeskCmd::Open(Overlay::Wifi)),
            Color::srgba(1.0, 1.0, 1.0, 0.08),
            20.0,
        );
        // Time over date, as Windows' taskbar shows them.
        b.spawn(Node {
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            direction: th.direction(),
            ..default()
        })
        .with_children(|c| {
            c.spawn(th.label(pc.clock.time.clone(), 13.0, Color::WHITE, false));
            c.spawn(th.label(pc.clock.date.clone(), 13.0, Color::WHITE, false));
        });
    });
}

/// A system surface: a modal panel at `pos` inside the screen.
fn surface(
    screen: &mut ChildSpawnerCommands,
    pc: &Pc,
    pos: Node,
    bg: Color,
    fill: impl FnOnce(&mut ChildSpawnerCommands),
) {
    let th = pc.th();
    screen
        .spawn((
            Node {
                position_type: PositionType::Absolute,
                width: percent(100),
                height: percent(100),
                direction: th.direction(),
                ..default()
            },
            GlobalZIndex(10),
            TabGroup::modal(),
        ))
        .with_children(|o| {
            o.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    flex_direction: FlexDirection::Column,
                    row_gap: px(8),
                    padding: UiRect::all(px(14)),
                    border: UiRect::all(px(1)),
                    border_radius: BorderRadius::all(px(8)),
                    direction: th.direction(),
                    ..pos
                },
                BackgroundColor(bg),
                BorderColor::all(Color::srgb(0.5, 0.52, 0.58)),
                BoxShadow::default(),
            ))
            .with_children(fill);
        });
}

fn close_button(p: &mut ChildSpawnerCommands, pc: &Pc, label: &str) {
    p.spawn((
        pc.th().control(
            pc.t(label),
            UiCommand::Desk(DeskCmd::Close),
            Color::srgb(0.93, 0.94, 0.96),
            INK,
            15.0,
        ),
        crate::gui::focus::SurfaceFocus,
    ));
}

pub fn overlays(screen: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    let start = |n: &mut Node| {
        if th.rtl {
            n.right = px(8);
        } else {
            n.left = px(8);
        }
    };
    let end = |n: &mut Node| {
        if th.rtl {
            n.left = px(8);
        } else {
            n.right = px(8);
        }
    };
    match pc.desk.overlay {
        Some(Overlay::StartMenu) => {
            let mut pos = Node {
                bottom: px(50),
                width: px(300),
                direction: pc.th().direction(),
                ..default()
            };
            start(&mut pos);
            surface(screen, pc, pos, Color::srgb(0.16, 0.18, 0.23), |m| {
                m.spawn(th.para(pc.t("pc-start-search"), 14.0, Color::srgb(0.7, 0.72, 0.78)));
                for (piece, app) in [
                    (Piece::Browser, "pc-browser"),
                    (Piece::Mail, "play-mail"),
                    (Piece::Settings, "pc-icon-settings"),
                ] {
                    pc.icon_label(m, piece, &pc.t(app), 15.0, Color::WHITE);
                }
                pc.labelled_control(
                    m,
                    Piece::TaskManager,
                    &pc.t("play-taskmgr"),
                    UiCommand::Desk(DeskCmd::Open(Overlay::TaskManager)),
                    Color::srgba(1.0, 1.0, 1.0, 0.08),
                    15.0,
                );
                pc.labelled_control(
                    m,
                    Piece::Power,
                    &pc.t("pc-shut-down"),
                    pc.act("power", WorldAct::PowerOff),
                    Color::srgba(1.0, 1.0, 1.0, 0.08),
                    15.0,
                );
                close_button(m, pc, "pc-close");
            });
        }
        Some(Overlay::Wifi) => {
            let mut pos = Node {
                bottom: px(50),
                width: px(280),
                direction: pc.th().direction(),
                ..default()
            };
            end(&mut pos);
            surface(screen, pc, pos, Color::srgb(0.16, 0.18, 0.23), |m| {
                m.spawn(th.para(pc.t("pc-wifi-connected"), 15.0, Color::WHITE));
                m.spawn(th.control(
                    pc.t("pc-wifi-toggle"),
                    pc.act("wifi", WorldAct::WifiOff),
                    theme::ACCENT,
                    Color::WHITE,
                    15.0,
                ));
                close_button(m, pc, "pc-close");
            });
        }
        Some(Overlay::TaskManager) => task_manager(screen, pc),
        Some(Overlay::Security) => {
            screen
                .spawn((
                    Node {
                        position_type: PositionType::Absolute,
                        width: percent(100),
                        height: percent(100),
                        flex_direction: FlexDirection::Column,
                        justify_content: JustifyContent::Center,
                        align_items: AlignItems::Center,
                        row_gap: px(10),
                        direction: th.direction(),
                        ..default()
                    },
                    BackgroundColor(Color::srgb(0.0, 0.2, 0.45)),
                    GlobalZIndex(12),
                    TabGroup::modal(),
                ))
                .with_children(|s| {
                    for item in [
                        "pc-sec-lock",
                        "pc-sec-switch",
                        "pc-sec-sign-out",
                        "pc-sec-password",
                    ] {
                        s.spawn(th.label(pc.t(item), 17.0, Color::WHITE, false));
                    }
                    s.spawn(th.control(
                        pc.t("play-taskmgr"),
                        UiCommand::Desk(DeskCmd::Open(Overlay::TaskManager)),
                        Color::srgba(1.0, 1.0, 1.0, 0.1),
                        Color::WHITE,
                        17.0,
                    ));
                    close_button(s, pc, "pc-cancel");
                });
        }
        Some(Overlay::Wallet) => {
            let pos = Node {
                top: percent(20),
                left: percent(25),
                width: percent(50),
                direction: pc.th().direction(),
                ..default()
            };
            surface(screen, pc, pos, Color::srgb(0.12, 0.2, 0.38), |c| {
                c.spawn(th.label("▬▬▬▬▬▬▬▬▬▬▬▬", 14.0, Color::BLACK, true));
                for d in pc
                    .view
                    .directory
                    .iter()
                    .filter(|d| d.found.contains(&Place::Card))
                {
                    c.spawn(th.para(strip_marks(&d.name), 16.0, Color::WHITE));
                    pc.ltr_line(
                        c,
                        &format!("card-{}", d.caller),
                        &d.number,
                        20.0,
                        Color::WHITE,
                        true,
                    );
                    c.spawn(th.control(
                        format!("✆ {}", strip_marks(&d.number)),
                        UiCommand::Desk(DeskCmd::DialNumber(d.number.clone())),
                        Color::srgba(1.0, 1.0, 1.0, 0.15),
                        Color::WHITE,
                        15.0,
                    ));
                }
                c.spawn(th.para(pc.t("pc-card-back"), 12.0, Color::srgb(0.75, 0.8, 0.9)));
                close_button(c, pc, "pc-close");
            });
        }
        Some(Overlay::Directory(place)) => {
            let pos = Node {
                top: percent(12),
                left: percent(15),
                width: percent(70),
                direction: pc.th().direction(),
                ..default()
            };
            surface(screen, pc, pos, PANEL, |c| {
                c.spawn(th.heading(
                    pc.t(if place == Place::Intranet {
                        "pc-intranet"
                    } else {
                        "pc-contact-page"
                    }),
                    19.0,
                    INK,
                ));
                for d in pc
                    .view
                    .directory
                    .iter()
                    .filter(|d| d.found.contains(&place))
                {
                    c.spawn(th.row(12.0)).with_children(|r| {
                        r.spawn(th.label(strip_marks(&d.name), 16.0, INK, true));
                        r.spawn(th.control(
                            format!("✆ {}", strip_marks(&d.number)),
                            UiCommand::Desk(DeskCmd::DialNumber(d.number.clone())),
                            Color::srgb(0.93, 0.95, 0.98),
                            INK,
                            15.0,
                        ));
                    });
                }
                close_button(c, pc, "pc-close");
            });
        }
        Some(Overlay::Help) | None => {}
    }
}

/// Task Manager: the processes running, End task on the selected one.
fn task_manager(screen: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    let pos = Node {
        top: percent(10),
        left: percent(18),
        width: percent(64),
        direction: pc.th().direction(),
        ..default()
    };
    let mut rows: Vec<(Process, String)> = Vec::new();
    if browser_runs(pc) {
        rows.push((Process::Browser, pc.t("play-taskmgr-process")));
    }
    if let Some(app) = scene_app(pc) {
        rows.push((Process::SceneApp, app));
    }
    rows.push((Process::Explorer, pc.t("pc-process-explorer")));
    rows.push((
        Process::Antimalware,
        "Antimalware Service Executable".to_owned(),
    ));
    rows.push((Process::WindowManager, pc.t("pc-process-window-manager")));
    surface(screen, pc, pos, PANEL, |w| {
        if pc.art(Piece::TaskManager).is_some() {
            w.spawn(th.row(8.0)).with_children(|h| {
                pc.icon(h, Piece::TaskManager, 26.0, INK);
                h.spawn(th.label(pc.t("play-taskmgr"), 20.0, INK, true));
            });
        } else {
            w.spawn(th.heading(pc.t("play-taskmgr"), 20.0, INK));
        }
        w.spawn(th.para(pc.t("pc-taskmgr-processes"), 13.0, MUTED));
        for (p, name) in &rows {
            let selected = pc.desk.selected == Some(*p);
            let bg = if selected {
                Color::srgb(0.8, 0.88, 0.98)
            } else {
                PANEL
            };
            let mut row = w.spawn(th.control(
                name.clone(),
                UiCommand::Desk(DeskCmd::SelectProcess(*p)),
                bg,
                INK,
                15.0,
            ));
            row.insert(Node {
                width: percent(100),
                justify_content: JustifyContent::FlexStart,
                padding: UiRect::axes(px(8), px(4)),
                border: UiRect::all(px(1)),
                // Mirrored in Hebrew and Arabic, as Task Manager is there.
                direction: th.direction(),
                ..default()
            });
            // The selected row keeps the focus; nothing is selected at first.
            if selected {
                row.insert(Autofocus);
            }
        }
        w.spawn(th.row(10.0)).with_children(|r| {
            r.spawn(th.control(
                pc.t("play-taskmgr-end"),
                UiCommand::Desk(DeskCmd::EndTask),
                Color::srgb(0.93, 0.94, 0.96),
                INK,
                15.0,
            ));
            close_button(r, pc, "pc-close");
        });
    });
}
