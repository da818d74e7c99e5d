//! Red-flag hotspots: each can be marked by clicking it or with the keyboard;
//! they are revealed with their reasons in the debrief.

use bevy::prelude::*;

use crate::gui::screens::Ctx;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};
use crate::locale::bidi::strip_marks;
use crate::view::HotspotView;

pub fn draw(parent: &mut ChildSpawnerCommands, ctx: &Ctx, hotspots: &[HotspotView]) {
    if hotspots.is_empty() {
        return;
    }
    let th = &ctx.theme;
    parent.spawn(th.card()).with_children(|c| {
        c.spawn(th.heading(
            format!("⚑ {}", strip_marks(&ctx.t("play-flags-heading"))),
            17.0,
            theme::DANGER,
        ));
        c.spawn(th.para(ctx.t("play-flags-hint"), 14.0, theme::MUTED));
        for h in hotspots {
            let label = strip_marks(&h.label);
            if h.marked {
                c.spawn(th.para(
                    ctx.ta("play-flag-marked", &[("label", label)]),
                    15.0,
                    theme::SAFE,
                ));
            } else {
                c.spawn(th.button(
                    ctx.ta("play-flag-unmarked", &[("label", label)]),
                    UiCommand::Mark(h.id.clone()),
                    Look::Plain,
                ));
            }
        }
    });
}
