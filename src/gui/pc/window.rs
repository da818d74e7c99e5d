//! A window of the simulated desktop: title bar with an icon, title and the
//! minimise, maximise and close buttons. Close does what closing does in the
//! world (`close`: ends the browser or closes the app).

use bevy::prelude::*;

use super::Pc;
use super::art::Piece;
use crate::act::WorldAct;

pub struct Chrome<'a> {
    /// The title bar's icon: a piece of art by name (`"mail"`, see
    /// [`super::art::Piece::name`]) or a glyph; art is drawn when it loaded,
    /// else the glyph.
    pub icon: &'a str,
    pub title: &'a str,
    pub bar: Color,
    /// What the close button (and Alt+F4) does.
    pub close: WorldAct,
}

pub fn window(
    parent: &mut ChildSpawnerCommands,
    pc: &Pc,
    chrome: &Chrome,
    body: impl FnOnce(&mut ChildSpawnerCommands),
) {
    let th = pc.th();
    parent
        .spawn((
            Node {
                width: percent(100),
                flex_grow: 1.0,
                min_height: px(0),
                flex_direction: FlexDirection::Column,
                border: UiRect::all(px(1)),
                border_radius: BorderRadius::all(px(6)),
                overflow: Overflow::clip(),
                direction: th.direction(),
                ..default()
            },
            BackgroundColor(crate::gui::theme::PANEL),
            BorderColor::all(Color::srgb(0.45, 0.48, 0.54)),
            BoxShadow::default(),
        ))
        .with_children(|w| {
            w.spawn((
                Node {
                    width: percent(100),
                    padding: UiRect::axes(px(8), px(2)),
                    column_gap: px(6),
                    align_items: AlignItems::Center,
                    direction: th.direction(),
                    ..default()
                },
                BackgroundColor(chrome.bar),
            ))
            .with_children(|bar| {
                let piece = Piece::for_icon(chrome.icon);
                match piece.and_then(|p| pc.art(p)) {
                    Some(h) => {
                        bar.spawn(super::art::picture(h, 18.0));
                    }
                    None => {
                        let glyph = piece.map_or(chrome.icon, |p| p.glyph());
                        bar.spawn(th.label(glyph.to_owned(), 15.0, Color::WHITE, true));
                    }
                }
                bar.spawn(Node {
                    flex_grow: 1.0,
                    direction: pc.th().direction(),
                    ..default()
                })
                .with_children(|t| {
                    t.spawn(th.para(th.shown(chrome.title), 14.0, Color::WHITE));
                });
                // Minimise and maximise are drawn as on every PC; close works.
                for c in ["—", "☐"] {
                    bar.spawn(th.label(c, 13.0, Color::WHITE, false));
                }
                let close = pc.act("close", chrome.close.clone());
                bar.spawn(th.control(
                    "✕",
                    close,
                    Color::srgb(0.77, 0.17, 0.11),
                    Color::WHITE,
                    14.0,
                ))
                .insert(bevy::ui::prelude::AccessibleLabel(pc.t("pc-close")));
            });
            w.spawn(Node {
                width: percent(100),
                flex_grow: 1.0,
                min_height: px(0),
                flex_direction: FlexDirection::Column,
                row_gap: px(10),
                padding: UiRect::all(px(14)),
                // What does not fit scrolls, as in any app (the wheel, or
                // Tab bringing the focused control into view).
                overflow: Overflow::scroll_y(),
                direction: th.direction(),
                ..default()
            })
            .with_children(body);
        });
}
