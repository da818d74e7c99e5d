//! The desktop apps a scene opens: mail, the company chat, the remote-support
//! tools (an AnyDesk-like desk with its incoming-session dialog, a
//! TeamViewer QuickSupport-like ID and password, a Quick Assist-like code
//! field), a remote session in progress, Event Viewer and the command
//! prompt. Look-alikes drawn for this project: no real logos.

use bevy::prelude::*;
use bevy::ui::prelude::AccessibleLabel;

use super::element::Switch;
use super::window::{Chrome, window};
use super::{Anim, DeskCmd, Pc, Permission};
use crate::act::WorldAct;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, INK, MUTED};
use crate::locale::bidi::strip_marks;
use crate::model::RemoteStyle;
use crate::view::{SceneView, ViaView};

pub fn mail(w: &mut ChildSpawnerCommands, pc: &Pc) {
    let SceneView::Email {
        from,
        subject,
        body,
    } = &pc.view.scene
    else {
        return;
    };
    let th = pc.th();
    let chrome = Chrome {
        icon: "✉",
        title: &pc.t("play-mail"),
        bar: Color::srgb(0.0, 0.40, 0.72),
        close: WorldAct::CloseWindow,
    };
    window(w, pc, &chrome, |m| {
        m.spawn(th.row(16.0)).with_children(|folders| {
            for f in ["pc-mail-inbox", "pc-mail-sent", "pc-mail-junk"] {
                folders.spawn(th.label(pc.t(f), 14.0, MUTED, f == "pc-mail-inbox"));
            }
        });
        pc.text(m, "subject", subject, 20.0, INK, true);
        // A sender written in Latin letters ("Brand Billing <x@y.com>") reads
        // left to right even in a right-to-left mail client: one isolated
        // left-to-right run (LRI … PDI), on the reading side.
        let from = if th.rtl && !crate::locale::bidi::has_rtl(from) {
            format!("\u{200F}\u{2066}{}\u{2069}", strip_marks(from))
        } else {
            from.clone()
        };
        pc.text(m, "from", &from, 15.0, MUTED, false);
        pc.text(m, "body", body, 17.0, INK, false);
        pc.buttons(m, Color::srgb(0.93, 0.95, 0.98), INK);
    });
}

pub fn chat(w: &mut ChildSpawnerCommands, pc: &Pc) {
    let SceneView::Chat { from, body } = &pc.view.scene else {
        return;
    };
    let th = pc.th();
    let accent = Color::srgb(0.33, 0.27, 0.62);
    let chrome = Chrome {
        icon: "◈",
        title: &pc.t("play-chat"),
        bar: accent,
        close: WorldAct::CloseWindow,
    };
    window(w, pc, &chrome, |c| {
        pc.text(c, "from", from, 16.0, accent, true);
        let node = Node {
            width: percent(88),
            padding: UiRect::all(px(10)),
            border_radius: BorderRadius::all(px(10)),
            direction: th.direction(),
            ..default()
        };
        pc.element(c, "body", body, node, |b| {
            b.spawn(th.para(body.clone(), 17.0, INK));
        })
        .insert(BackgroundColor(Color::srgb(0.92, 0.91, 0.98)));
        c.spawn(Node {
            flex_grow: 1.0,
            direction: pc.th().direction(),
            ..default()
        });
        // Replies are sent from the message box (unless a call is on: then
        // they are said on the phone).
        if pc.view.call.is_none() {
            replies(c, pc, Color::srgb(0.95, 0.95, 0.99), INK);
        }
        pc.input(c, "", theme::PANEL, INK);
        pc.buttons(c, accent, Color::WHITE);
    });
}

/// Sentences the trainee may say or send (the `Say` choices, seeded order).
pub fn replies(p: &mut ChildSpawnerCommands, pc: &Pc, bg: Color, fg: Color) {
    let th = pc.th();
    for c in pc.choices(|v| matches!(v, ViaView::Say)) {
        let mut b = pc.choice_control(p, c, WorldAct::Say(c.id.clone()), bg, fg, 16.0);
        b.insert(Node {
            width: percent(100),
            justify_content: JustifyContent::FlexStart,
            padding: UiRect::axes(px(10), px(6)),
            border: UiRect::all(px(1)),
            border_radius: BorderRadius::all(px(12)),
            direction: th.direction(),
            ..default()
        });
    }
}

/// A remote-support tool, in the look the pack asks for: an AnyDesk-like
/// desk ("This desk" with the address the caller wants read out, and the
/// incoming-session dialog with its permission switches), a TeamViewer
/// QuickSupport-like window ("Your ID" and "Password", then the
/// allow-control prompt), or a Quick Assist-like code field.
pub fn remote_tool(w: &mut ChildSpawnerCommands, pc: &Pc) {
    let SceneView::RemoteTool {
        tool,
        code,
        prompt,
        style,
        password,
    } = &pc.view.scene
    else {
        return;
    };
    // Left out by the pack: a sharer who types the helper's code sees a
    // Quick Assist-like field, anyone else an AnyDesk-like desk.
    let style = style.unwrap_or(
        if pc.choices(|v| matches!(v, ViaView::Type { .. })).is_empty() {
            RemoteStyle::Desk
        } else {
            RemoteStyle::QuickAssist
        },
    );
    let th = pc.th();
    let accent = match style {
        RemoteStyle::QuickSupport => Color::srgb(0.05, 0.38, 0.78),
        _ => Color::srgb(0.85, 0.2, 0.15),
    };
    let icon = match style {
        RemoteStyle::QuickSupport => "⇄",
        _ => "◆",
    };
    let tool_name = strip_marks(tool);
    let chrome = Chrome {
        icon,
        title: &tool_name,
        bar: accent,
        close: WorldAct::CloseWindow,
    };
    window(w, pc, &chrome, |t| {
        t.spawn(th.row(10.0)).with_children(|r| {
            pc.element(
                r,
                "tool",
                &tool_name,
                Node {
                    direction: pc.th().direction(),
                    ..default()
                },
                |x| {
                    let brand = th.shown(&format!("{icon} {tool_name}"));
                    x.spawn(th.label(brand, 18.0, accent, true));
                },
            );
        });
        match style {
            RemoteStyle::Desk => {
                t.spawn(th.para(pc.t("pc-remote-this-desk"), 14.0, MUTED));
                pc.ltr_line(t, "code", code, 36.0, INK, true);
            }
            RemoteStyle::QuickAssist => {
                pc.input(t, &pc.t("pc-remote-code-from-helper"), theme::PANEL, INK);
            }
            RemoteStyle::QuickSupport => {
                quick_support_ids(t, pc, code, password.as_deref().unwrap_or(""), accent);
            }
        }
        // The incoming-session dialog (or the allow-control prompt).
        let node = Node {
            width: percent(100),
            flex_direction: FlexDirection::Column,
            row_gap: px(8),
            padding: UiRect::all(px(12)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(6)),
            direction: th.direction(),
            ..default()
        };
        let mut dialog = pc.element(t, "prompt", prompt, node, |d| {
            d.spawn(th.para(prompt.clone(), 17.0, INK));
            if style == RemoteStyle::Desk {
                for perm in Permission::ALL {
                    permission_switch(d, pc, perm);
                }
            }
        });
        dialog.insert((
            BorderColor::all(Color::srgb(0.6, 0.62, 0.66)),
            BackgroundColor(Color::srgb(0.97, 0.97, 0.98)),
        ));
        pc.buttons(t, Color::srgb(0.93, 0.94, 0.96), INK);
    });
}

/// "Allow remote control": the ID and the password a QuickSupport-like
/// window shows for the supporter, both left to right in every locale.
fn quick_support_ids(
    t: &mut ChildSpawnerCommands,
    pc: &Pc,
    id: &str,
    password: &str,
    accent: Color,
) {
    let th = pc.th();
    t.spawn(th.heading(pc.t("pc-remote-allow-control"), 20.0, accent));
    t.spawn(th.para(pc.t("pc-remote-give-id"), 14.0, MUTED));
    for (key, element, value) in [
        ("pc-remote-your-id", "code", group_id(id)),
        ("pc-remote-password", "password", strip_marks(password)),
    ] {
        t.spawn(Node {
            width: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::FlexStart,
            row_gap: px(2),
            direction: th.direction(),
            ..default()
        })
        .with_children(|f| {
            f.spawn(th.para(pc.t(key), 14.0, MUTED));
            pc.ltr(f, element, &value, 30.0, INK, true);
        });
    }
}

/// An ID as QuickSupport-like tools write it: digits grouped by three from
/// the right ("1 234 567 890"); anything else as it is.
fn group_id(id: &str) -> String {
    let digits: String = strip_marks(id)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return strip_marks(id);
    }
    let chars: Vec<char> = digits.chars().collect();
    let head = chars.len() % 3;
    let mut groups: Vec<String> = Vec::new();
    if head > 0 {
        groups.push(chars[..head].iter().collect());
    }
    groups.extend(
        chars[head..]
            .chunks(3)
            .map(|c| c.iter().collect::<String>()),
    );
    groups.join(" ")
}

/// A permission of the incoming session: a switch the trainee can turn off
/// and on (click, Enter, Space); a screen reader hears its name and state.
/// Only the desk changes; the engine scores the Accept or Dismiss.
fn permission_switch(d: &mut ChildSpawnerCommands, pc: &Pc, perm: Permission) {
    let th = pc.th();
    let on = pc.desk.permission(perm);
    let name = strip_marks(&pc.t(perm.label()));
    let mark = if on { "☑" } else { "☐" };
    let cmd = if pc.desk.flag_tool {
        UiCommand::Mark("prompt".to_owned())
    } else {
        UiCommand::Desk(DeskCmd::TogglePermission(perm))
    };
    d.spawn(th.control(
        format!("{mark} {name}"),
        cmd,
        Color::srgb(0.97, 0.97, 0.98),
        INK,
        14.0,
    ))
    .insert((
        Node {
            justify_content: JustifyContent::FlexStart,
            padding: UiRect::axes(px(6), px(2)),
            direction: th.direction(),
            ..default()
        },
        AccessibleLabel(name),
        Switch(on),
    ));
}

/// A remote session in progress: the tool's banner, a console the
/// "technician" typed into, and the pointer moving by itself.
pub fn remote_control(w: &mut ChildSpawnerCommands, pc: &Pc) {
    let SceneView::RemoteControl { tool, body } = &pc.view.scene else {
        return;
    };
    let th = pc.th();
    let tool_name = strip_marks(tool);
    let title = format!("{tool_name} — {}", strip_marks(&pc.t("pc-remote-session")));
    let chrome = Chrome {
        icon: "◆",
        title: &title,
        bar: Color::srgb(0.85, 0.2, 0.15),
        close: WorldAct::CloseWindow,
    };
    window(w, pc, &chrome, |c| {
        pc.element(
            c,
            "tool",
            &title,
            Node {
                direction: pc.th().direction(),
                ..default()
            },
            |x| {
                x.spawn(th.label(title.clone(), 15.0, Color::srgb(0.85, 0.2, 0.15), true));
            },
        );
        console_panel(c, pc, |k| {
            pc.text(k, "body", body, 16.0, Color::srgb(0.75, 0.95, 0.75), false);
        });
        pc.buttons(c, Color::srgb(0.93, 0.94, 0.96), INK);
        if !th.reduced_motion {
            let node = Node {
                position_type: PositionType::Absolute,
                left: percent(40),
                top: percent(50),
                direction: pc.th().direction(),
                ..default()
            };
            pc.element(c, "pointer", "➤", node, |p| {
                p.spawn(th.label("➤", 30.0, Color::WHITE, true));
            })
            .insert(Anim::Pointer);
        }
    });
}

pub fn event_viewer(w: &mut ChildSpawnerCommands, pc: &Pc) {
    let SceneView::Proof { title, body, .. } = &pc.view.scene else {
        return;
    };
    let th = pc.th();
    let chrome = Chrome {
        icon: "▤",
        title,
        bar: Color::srgb(0.2, 0.3, 0.45),
        close: WorldAct::CloseWindow,
    };
    window(w, pc, &chrome, |e| {
        pc.text(
            e,
            "title",
            &pc.t("pc-event-viewer-path"),
            14.0,
            MUTED,
            false,
        );
        for (level, color, src, id) in [
            (
                "⚠ Warning",
                Color::srgb(0.8, 0.6, 0.0),
                "DistributedCOM",
                "10016",
            ),
            ("✕ Error", theme::DANGER, "Service Control Manager", "7000"),
            ("ⓘ Information", theme::ACCENT, "Winlogon", "7001"),
            ("⚠ Warning", Color::srgb(0.8, 0.6, 0.0), "Kernel-PnP", "219"),
            ("✕ Error", theme::DANGER, "DNS Client Events", "1014"),
            ("✕ Error", theme::DANGER, "Application Error", "1000"),
        ] {
            e.spawn(Node {
                column_gap: px(16),
                direction: InlineDirection::Ltr,
                ..default()
            })
            .with_children(|r| {
                r.spawn(th.label(level, 14.0, color, true));
                r.spawn(th.label(format!("{src}   {id}"), 14.0, INK, false));
            });
        }
        pc.text(e, "body", body, 16.0, INK, false);
        pc.buttons(e, Color::srgb(0.93, 0.94, 0.96), INK);
    });
}

/// The command prompt: what the console printed, and the prompt where the
/// trainee types (when a choice is taken by typing).
pub fn console(w: &mut ChildSpawnerCommands, pc: &Pc) {
    let (title, body, command) = match &pc.view.scene {
        SceneView::CommandPrompt {
            title,
            body,
            command,
        } => (title.clone(), body.clone(), Some(command.clone())),
        SceneView::Proof { title, body, .. } => (Some(title.clone()), body.clone(), None),
        _ => return,
    };
    let title = title.unwrap_or_else(|| "C:\\Windows\\System32\\cmd.exe".to_owned());
    let chrome = Chrome {
        icon: "▮",
        title: &title,
        bar: Color::srgb(0.12, 0.12, 0.12),
        close: WorldAct::CloseWindow,
    };
    window(w, pc, &chrome, |c| {
        console_panel(c, pc, |k| {
            ltr_line(k, pc, "Microsoft Windows [Version 10.0.19045.5247]");
            ltr_line(k, pc, "(c) Microsoft Corporation. All rights reserved.");
            let typing = !pc.choices(|v| matches!(v, ViaView::Type { .. })).is_empty();
            // A command already at the prompt (typed by the "technician");
            // when the trainee is to type it, it is only heard.
            if let (Some(cmd), false) = (&command, typing) {
                let line = format!("C:\\Users\\User> {}", strip_marks(cmd));
                pc.ltr(
                    k,
                    "command",
                    &line,
                    15.0,
                    Color::srgb(0.95, 0.95, 0.95),
                    true,
                );
            }
            // The output of a command reads left to right in every locale;
            // a console a pack fills with narration reads as its language.
            let grey = Color::srgb(0.85, 0.85, 0.85);
            if crate::locale::bidi::has_rtl(&body) {
                pc.text(k, "body", &body, 16.0, grey, false);
            } else {
                pc.ltr_para(k, "body", &body, 16.0, grey);
            }
            if typing {
                pc.input(
                    k,
                    "C:\\Users\\User>",
                    theme::CONSOLE,
                    Color::srgb(0.95, 0.95, 0.95),
                );
            } else {
                ltr_line(k, pc, "C:\\Users\\User>_");
            }
        });
        pc.buttons(c, Color::srgb(0.25, 0.25, 0.25), Color::WHITE);
    });
}

fn console_panel(
    p: &mut ChildSpawnerCommands,
    pc: &Pc,
    fill: impl FnOnce(&mut ChildSpawnerCommands),
) {
    p.spawn((
        Node {
            width: percent(100),
            flex_grow: 1.0,
            flex_direction: FlexDirection::Column,
            row_gap: px(4),
            padding: UiRect::all(px(10)),
            direction: pc.th().direction(),
            ..default()
        },
        BackgroundColor(theme::CONSOLE),
    ))
    .with_children(fill);
}

fn ltr_line(p: &mut ChildSpawnerCommands, pc: &Pc, line: &str) {
    p.spawn(Node {
        direction: InlineDirection::Ltr,
        ..default()
    })
    .with_children(|l| {
        l.spawn(
            pc.th()
                .label(line.to_owned(), 14.0, Color::srgb(0.8, 0.8, 0.8), false),
        );
    });
}
