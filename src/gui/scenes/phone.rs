//! The phone: ringing with a caller id, or in a call with captions, replies
//! and a red hang-up button that is always there.

use bevy::prelude::*;

use super::Anim;
use crate::gui::screens::Ctx;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};
use crate::view::{ChoiceView, LineView};

pub struct Phone<'a> {
    pub ringing: bool,
    pub caller: &'a str,
    pub number: Option<&'a str>,
    pub lines: &'a [LineView],
    pub choices: &'a [ChoiceView],
}

pub fn draw(parent: &mut ChildSpawnerCommands, ctx: &Ctx, p: &Phone) {
    let th = &ctx.theme;
    let mut shell = parent.spawn((
        Node {
            width: percent(100),
            flex_direction: FlexDirection::Column,
            row_gap: px(8),
            padding: UiRect::all(px(14)),
            border: UiRect::all(px(6)),
            border_radius: BorderRadius::all(px(24)),
            direction: th.direction(),
            ..default()
        },
        BackgroundColor(Color::srgb(0.10, 0.11, 0.14)),
        BorderColor::all(Color::srgb(0.3, 0.32, 0.36)),
    ));
    if p.ringing && !th.reduced_motion {
        shell.insert(Anim::Ring);
    }
    shell.with_children(|ph| {
        ph.spawn(th.para(
            ctx.t(if p.ringing {
                "play-incoming"
            } else {
                "play-on-call"
            }),
            14.0,
            Color::srgb(0.6, 0.9, 0.6),
        ));
        ph.spawn(th.heading(p.caller.to_owned(), 22.0, Color::WHITE));
        if let Some(n) = p.number {
            ph.spawn((Node {
                direction: InlineDirection::Ltr,
                ..default()
            },))
                .with_children(|x| {
                    x.spawn(th.label(
                        crate::locale::bidi::strip_marks(n),
                        18.0,
                        Color::srgb(0.8, 0.82, 0.86),
                        false,
                    ));
                });
        }
        for l in p.lines {
            ph.spawn((
                Node {
                    width: percent(100),
                    flex_direction: FlexDirection::Column,
                    padding: UiRect::all(px(8)),
                    border_radius: BorderRadius::all(px(8)),
                    direction: th.direction(),
                    ..default()
                },
                BackgroundColor(Color::srgb(0.2, 0.22, 0.27)),
            ))
            .with_children(|cap| {
                cap.spawn(th.para(
                    ctx.ta(
                        "play-caller-says",
                        &[("speaker", crate::locale::bidi::strip_marks(&l.speaker))],
                    ),
                    13.0,
                    Color::srgb(0.7, 0.8, 1.0),
                ));
                cap.spawn(th.para(l.text.clone(), 16.0, Color::WHITE));
            });
        }
        for c in p.choices.iter().filter(|c| !c.hangs_up) {
            ph.spawn(th.button(
                c.label.clone(),
                UiCommand::Choose(c.id.clone()),
                if p.ringing { Look::Safe } else { Look::Plain },
            ));
        }
        for c in p.choices.iter().filter(|c| c.hangs_up) {
            let mut b = ph.spawn(th.button(
                format!("☎ {}", crate::locale::bidi::strip_marks(&c.label)),
                UiCommand::Choose(c.id.clone()),
                Look::Danger,
            ));
            b.insert(bevy::ui::prelude::AccessibleLabel(format!(
                "{} — {}",
                ctx.t(if p.ringing {
                    "play-decline"
                } else {
                    "play-hang-up"
                }),
                crate::locale::bidi::strip_marks(&c.label)
            )));
        }
    });
    let _ = theme::INK;
}
