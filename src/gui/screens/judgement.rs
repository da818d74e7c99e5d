//! After the last decision, before the debrief: one question in the
//! world's voice, "Looking back: was that a scam, or real help?", answered
//! on six points from "sure it was a scam" to "sure it was real help". Every
//! point looks the same (no colour, size or order marks an answer), and
//! nothing says yet how the scenario went.
//!
//! The screen opens with the keyboard focus on the question, not on an
//! answer: a ring on "sure it was a scam" would read as a suggestion. A
//! screen reader announces the question; Tab (or an arrow key) then moves
//! through the six answers in reading order.

use bevy::prelude::*;

use bevy::a11y::AccessibilityNode;

use super::Ctx;
use crate::gui::focus::Autofocus;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};
use crate::measure::Rating;

pub fn build(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let th = &ctx.theme;
    th.centred_card(main, percent(94), px(1100), |card| {
        let question = ctx.t("judgement-question");
        card.spawn((
            th.heading(question.clone(), 28.0, theme::INK),
            question_node(&question),
            Autofocus,
        ));
        card.spawn(th.para(ctx.t("judgement-note"), 18.0, theme::MUTED));
        // One row in reading order: in Hebrew and Arabic it runs right to
        // left, so "sure it was a scam" stays where reading starts.
        card.spawn(Node {
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Stretch,
            ..th.row(8.0)
        })
        .with_children(|row| {
            for r in Rating::all() {
                row.spawn(th.button(
                    ctx.t(&format!("judgement-{}", r.get())),
                    UiCommand::Judge(r.get()),
                    Look::Plain,
                ))
                .insert(Node {
                    flex_grow: 1.0,
                    flex_basis: px(0),
                    min_width: px(120),
                    min_height: px(64),
                    padding: UiRect::axes(px(10), px(10)),
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(8)),
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    direction: th.direction(),
                    ..default()
                });
            }
        });
    });
}

/// A heading a screen reader reads out when it takes the focus.
fn question_node(question: &str) -> AccessibilityNode {
    let mut node = accesskit::Node::new(accesskit::Role::Heading);
    node.set_label(crate::locale::bidi::strip_marks(question));
    node.add_action(accesskit::Action::Focus);
    AccessibilityNode(node)
}
