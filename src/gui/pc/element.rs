//! Elements of the scene the flag tool can mark. Every element is drawn the
//! same way whether or not it is a red flag: with the flag tool in hand each
//! becomes a focusable target that marks it, and a marked element wears a
//! small flag (hits and false flags alike, so marking tells nothing).

use bevy::ecs::system::EntityCommands;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::prelude::*;
use bevy::ui::prelude::AccessibleLabel;
use bevy::ui_widgets::Button;

use super::Pc;
use crate::gui::state::UiCommand;
use crate::gui::theme::{Act, FOCUS};

/// An element of the scene, by the id a pack's hotspot binds to.
#[derive(Component, Debug, Clone, PartialEq, Eq)]
pub struct Element(pub String);

/// The flag colour (the tool and the marks it leaves).
pub const FLAG: Color = Color::srgb(1.0, 0.55, 0.0);

impl Pc<'_> {
    /// Spawn element `id` as a node (`node`) filled by `fill`; `name` is what
    /// a screen reader calls it when the flag tool is in hand.
    pub fn element<'c>(
        &self,
        parent: &'c mut ChildSpawnerCommands,
        id: &str,
        name: &str,
        node: Node,
        fill: impl FnOnce(&mut ChildSpawnerCommands),
    ) -> EntityCommands<'c> {
        let marked = self.marked.contains(id);
        let mut node = node;

        if self.desk.flag_tool {
            node.border = UiRect::all(px(1));
        }
        let mut e = parent.spawn((node, Element(id.to_owned())));
        if self.desk.flag_tool {
            e.insert((
                Button,
                Act(UiCommand::Mark(id.to_owned())),
                TabIndex(0),
                AccessibleLabel(crate::locale::bidi::strip_marks(name)),
                BorderColor::all(FLAG.with_alpha(0.6)),
            ));
        }
        if marked {
            e.insert(Outline {
                color: FLAG,
                width: px(2),
                offset: px(1),
            });
        }
        let th = &self.ctx.theme;
        e.with_children(|c| {
            fill(c);
            if marked {
                c.spawn((
                    Node {
                        position_type: PositionType::Absolute,
                        top: px(-10),
                        right: px(-6),
                        padding: UiRect::axes(px(4), px(0)),
                        border_radius: BorderRadius::all(px(4)),
                        ..default()
                    },
                    BackgroundColor(FLAG),
                    GlobalZIndex(5),
                ))
                .with_children(|b| {
                    b.spawn(th.label("⚑", 14.0, Color::BLACK, true));
                });
            }
        });
        let _ = FOCUS;
        e
    }

    /// A text element: a paragraph that can be flagged.
    pub fn text(
        &self,
        parent: &mut ChildSpawnerCommands,
        id: &str,
        text: &str,
        size: f32,
        color: Color,
        bold: bool,
    ) {
        let th = &self.ctx.theme;
        let shown = th.shown(text);
        self.paragraph(parent, id, text, shown, th.direction(), size, color, bold);
    }

    /// A paragraph that reads left to right in every locale (a console's
    /// output): it wraps in its parent's width from the left.
    pub fn ltr_para(
        &self,
        parent: &mut ChildSpawnerCommands,
        id: &str,
        text: &str,
        size: f32,
        color: Color,
    ) {
        let plain = crate::locale::bidi::strip_marks(text);
        let shown = plain.clone();
        self.paragraph(
            parent,
            id,
            &plain,
            shown,
            InlineDirection::Ltr,
            size,
            color,
            false,
        );
    }

    /// A flaggable paragraph element named `name`, showing `shown`, laid out
    /// in `direction` across its parent's width.
    #[allow(clippy::too_many_arguments)] // a drawing call: where, what, how
    fn paragraph(
        &self,
        parent: &mut ChildSpawnerCommands,
        id: &str,
        name: &str,
        shown: String,
        direction: InlineDirection,
        size: f32,
        color: Color,
        bold: bool,
    ) {
        let th = &self.ctx.theme;
        let node = Node {
            width: percent(100),
            direction,
            ..default()
        };
        self.element(parent, id, name, node, move |c| {
            let mut p = if bold {
                c.spawn(th.heading(shown, size, color))
            } else {
                c.spawn(th.para(shown, size, color))
            };
            p.insert(Node {
                width: percent(100),
                direction,
                ..default()
            });
        });
    }

    /// A left-to-right element on its own line, at the reading side: a
    /// number under a label lines up with it (right in Hebrew and Arabic).
    pub fn ltr_line(
        &self,
        parent: &mut ChildSpawnerCommands,
        id: &str,
        text: &str,
        size: f32,
        color: Color,
        bold: bool,
    ) {
        parent
            .spawn(Node {
                width: percent(100),
                direction: self.ctx.theme.direction(),
                ..default()
            })
            .with_children(|row| self.ltr(row, id, text, size, color, bold));
    }

    /// A left-to-right element (numbers, codes, addresses) in every locale.
    pub fn ltr(
        &self,
        parent: &mut ChildSpawnerCommands,
        id: &str,
        text: &str,
        size: f32,
        color: Color,
        bold: bool,
    ) {
        let th = &self.ctx.theme;
        let plain = crate::locale::bidi::strip_marks(text);
        let node = Node {
            direction: InlineDirection::Ltr,
            ..default()
        };
        let shown = plain.clone();
        self.element(parent, id, &plain, node, move |c| {
            c.spawn(th.label(shown, size, color, bold));
        });
    }
}

/// A switch of the world (a permission of the remote desk): a button that a
/// screen reader announces as a switch, on or off.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Switch(pub bool);

/// Switches whose accessibility node is new or was rewritten (by Bevy's
/// button role).
type SwitchNodes<'w, 's> = Query<
    'w,
    's,
    (&'static Switch, &'static mut bevy::a11y::AccessibilityNode),
    Or<(Added<Switch>, Changed<bevy::a11y::AccessibilityNode>)>,
>;

/// Give switches their role and state once Bevy has made them buttons.
pub fn announce_switches(mut switches: SwitchNodes) {
    for (s, mut node) in &mut switches {
        let toggled = if s.0 {
            accesskit::Toggled::True
        } else {
            accesskit::Toggled::False
        };
        if node.role() != accesskit::Role::Switch || node.toggled() != Some(toggled) {
            node.set_role(accesskit::Role::Switch);
            node.set_toggled(toggled);
        }
    }
}
