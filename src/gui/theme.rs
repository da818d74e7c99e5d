//! Palette, text and widget constructors. Every screen builds from these so
//! that text size, direction and focus behave the same everywhere.

use bevy::input_focus::tab_navigation::TabIndex;
use bevy::prelude::*;
use bevy::ui::prelude::AccessibleLabel;
use bevy::ui_widgets::Button;

use super::state::{Gui, UiCommand};

pub const BG: Color = Color::srgb(0.93, 0.94, 0.96);
pub const PANEL: Color = Color::srgb(1.0, 1.0, 1.0);
pub const INK: Color = Color::srgb(0.08, 0.09, 0.12);
pub const MUTED: Color = Color::srgb(0.35, 0.37, 0.42);
pub const ACCENT: Color = Color::srgb(0.11, 0.35, 0.75);
pub const DANGER: Color = Color::srgb(0.80, 0.10, 0.12);
pub const SAFE: Color = Color::srgb(0.10, 0.55, 0.25);
pub const WARN_BG: Color = Color::srgb(0.05, 0.27, 0.62);
pub const TASKBAR: Color = Color::srgb(0.12, 0.14, 0.19);
pub const CONSOLE: Color = Color::srgb(0.05, 0.05, 0.06);
pub const FOCUS: Color = Color::srgb(1.0, 0.75, 0.0);

/// Font handles (default handles in headless tests).
#[derive(Resource, Default, Clone)]
pub struct Fonts {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
}

/// What a button does when activated (mouse, touch, Enter/Space, screen reader).
#[derive(Component, Debug, Clone, PartialEq)]
pub struct Act(pub UiCommand);

/// Look of a button.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Primary,
    Plain,
    Danger,
    Safe,
    /// Quiet button on dark backgrounds (task bar, alerts).
    Dark,
}

/// Per-build drawing context.
#[derive(Clone)]
pub struct Theme {
    pub scale: f32,
    pub rtl: bool,
    pub reduced_motion: bool,
    pub fonts: Fonts,
}

impl Theme {
    pub fn new(gui: &Gui, fonts: &Fonts) -> Theme {
        Theme {
            scale: gui.settings.text_scale,
            rtl: gui.is_rtl(),
            reduced_motion: gui.settings.reduced_motion,
            fonts: fonts.clone(),
        }
    }

    pub fn direction(&self) -> InlineDirection {
        if self.rtl {
            InlineDirection::Rtl
        } else {
            InlineDirection::Ltr
        }
    }

    fn font(&self, size: f32, bold: bool) -> TextFont {
        TextFont {
            font: if bold {
                self.fonts.bold.clone()
            } else {
                self.fonts.regular.clone()
            }
            .into(),
            font_size: FontSize::Px(size * self.scale),
            ..default()
        }
    }

    /// A text the GUI composed (a symbol and a name, a stripped message)
    /// ready to show: in right-to-left languages it starts with the RLM, so a
    /// line that begins with a Latin word still reads right to left.
    pub fn shown(&self, text: &str) -> String {
        crate::locale::bidi::for_display(text, self.rtl)
    }

    /// A line of a list led by an arrow that points into the text: "→ text",
    /// and in right-to-left languages "← text", read from the right.
    pub fn bulleted(&self, text: &str) -> String {
        let arrow = if self.rtl { '←' } else { '→' };
        self.shown(&format!("{arrow} {text}"))
    }

    /// A paragraph: fills its parent's width, starts on the reading side.
    pub fn para(&self, text: impl Into<String>, size: f32, color: Color) -> impl Bundle {
        self.block(text, size, color, false)
    }

    /// A bold heading paragraph.
    pub fn heading(&self, text: impl Into<String>, size: f32, color: Color) -> impl Bundle {
        self.block(text, size, color, true)
    }

    fn block(&self, text: impl Into<String>, size: f32, color: Color, bold: bool) -> impl Bundle {
        (
            Text::new(text),
            self.font(size, bold),
            TextColor(color),
            TextLayout {
                justify: Justify::Start,
                ..default()
            },
            Node {
                width: percent(100),
                direction: self.direction(),
                ..default()
            },
        )
    }

    /// A centred label (inside buttons and badges).
    pub fn label(
        &self,
        text: impl Into<String>,
        size: f32,
        color: Color,
        bold: bool,
    ) -> impl Bundle {
        (
            Text::new(text),
            self.font(size, bold),
            TextColor(color),
            TextLayout {
                justify: Justify::Center,
                ..default()
            },
        )
    }

    /// A flex column that lays out in reading direction.
    pub fn column(&self, gap: f32) -> Node {
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(gap),
            direction: self.direction(),
            ..default()
        }
    }

    /// A flex row, mirrored for right-to-left languages.
    pub fn row(&self, gap: f32) -> Node {
        Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(gap),
            align_items: AlignItems::Center,
            direction: self.direction(),
            flex_wrap: FlexWrap::Wrap,
            ..default()
        }
    }

    /// A white card with padding.
    pub fn card(&self) -> (Node, BackgroundColor, BorderColor) {
        (
            Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(10.0 * self.scale),
                padding: UiRect::all(px(16)),
                border: UiRect::all(px(1)),
                border_radius: BorderRadius::all(px(8)),
                direction: self.direction(),
                ..default()
            },
            BackgroundColor(PANEL),
            BorderColor::all(Color::srgb(0.8, 0.82, 0.86)),
        )
    }

    /// A card centred near the top of the screen (start, sign-in, results,
    /// staff screens).
    pub fn centred_card(
        &self,
        parent: &mut ChildSpawnerCommands,
        width: Val,
        max_width: Val,
        body: impl FnOnce(&mut ChildSpawnerCommands),
    ) {
        parent
            .spawn(Node {
                width: percent(100),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::FlexStart,
                padding: UiRect::all(px(24)),
                direction: self.direction(),
                ..default()
            })
            .with_children(|wrap| {
                wrap.spawn(self.card())
                    .insert(Node {
                        width,
                        max_width,
                        flex_direction: FlexDirection::Column,
                        row_gap: px(12),
                        padding: UiRect::all(px(24)),
                        direction: self.direction(),
                        ..default()
                    })
                    .with_children(body);
            });
    }

    /// The story told between scenes: a card in the middle of the window.
    pub fn story_card(
        &self,
        parent: &mut ChildSpawnerCommands,
        fill: impl FnOnce(&mut ChildSpawnerCommands),
    ) {
        parent
            .spawn(Node {
                width: percent(100),
                height: percent(100),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                padding: UiRect::all(px(24)),
                direction: self.direction(),
                ..default()
            })
            .with_children(|c| {
                c.spawn(self.card())
                    .insert(Node {
                        width: percent(70),
                        flex_direction: FlexDirection::Column,
                        row_gap: px(14),
                        padding: UiRect::all(px(24)),
                        direction: self.direction(),
                        ..default()
                    })
                    .with_children(fill);
            });
    }

    /// A focusable, screen-reader-labelled button that sends `cmd`.
    pub fn button(&self, text: impl Into<String>, cmd: UiCommand, look: Look) -> impl Bundle {
        let text = text.into();
        let (bg, fg, border) = match look {
            Look::Primary => (ACCENT, Color::WHITE, ACCENT),
            Look::Plain => (PANEL, INK, Color::srgb(0.6, 0.63, 0.7)),
            Look::Danger => (DANGER, Color::WHITE, DANGER),
            Look::Safe => (SAFE, Color::WHITE, SAFE),
            Look::Dark => (
                Color::srgba(1.0, 1.0, 1.0, 0.12),
                Color::WHITE,
                Color::srgba(1.0, 1.0, 1.0, 0.5),
            ),
        };
        let plain = crate::locale::bidi::strip_marks(&text);
        (
            Button,
            Act(cmd),
            TabIndex(0),
            AccessibleLabel(plain),
            Node {
                padding: UiRect::axes(px(16.0 * self.scale), px(10.0 * self.scale)),
                min_height: px(44.0 * self.scale.max(1.0)),
                border: UiRect::all(px(2)),
                border_radius: BorderRadius::all(px(8)),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                direction: self.direction(),
                ..default()
            },
            BackgroundColor(bg),
            BorderColor::all(border),
            children![(
                Text::new(text),
                self.font(18.0, look != Look::Plain),
                TextColor(fg),
                TextLayout {
                    justify: Justify::Center,
                    ..default()
                }
            )],
        )
    }
}

impl Theme {
    /// A control of the simulated world (a phone key, a title-bar button, a
    /// taskbar item, a page's button) in its own colours: focusable, with a
    /// screen-reader name, sending `cmd`.
    pub fn control(
        &self,
        text: impl Into<String>,
        cmd: UiCommand,
        bg: Color,
        fg: Color,
        size: f32,
    ) -> impl Bundle {
        let text = text.into();
        let plain = crate::locale::bidi::strip_marks(&text);
        (
            Button,
            Act(cmd),
            TabIndex(0),
            AccessibleLabel(plain),
            Node {
                padding: UiRect::axes(px(10.0 * self.scale), px(6.0 * self.scale)),
                min_height: px(32.0 * self.scale.max(1.0)),
                min_width: px(32.0 * self.scale.max(1.0)),
                border: UiRect::all(px(1)),
                border_radius: BorderRadius::all(px(4)),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                direction: self.direction(),
                ..default()
            },
            BackgroundColor(bg),
            BorderColor::all(fg.with_alpha(0.35)),
            children![(
                Text::new(text),
                self.font(size, false),
                TextColor(fg),
                TextLayout {
                    justify: Justify::Center,
                    ..default()
                }
            )],
        )
    }
}

/// Load the fonts. DejaVu Sans covers Latin, Hebrew and Arabic; it replaces
/// Bevy's ASCII-only default font so every text node can show every script.
pub fn load_fonts(
    mut commands: Commands,
    assets: Res<AssetServer>,
    mut fonts: ResMut<Assets<Font>>,
    gui: Res<Gui>,
) {
    let dir = gui.engine.root.join("assets").join("fonts");
    match std::fs::read(dir.join("DejaVuSans.ttf")) {
        Ok(bytes) => {
            let _ = fonts.insert(AssetId::default(), Font::from_bytes(bytes));
        }
        Err(e) => error!(
            "cannot read {}: {e} — text will not show",
            dir.join("DejaVuSans.ttf").display()
        ),
    }
    commands.insert_resource(Fonts {
        regular: Handle::default(),
        bold: assets.load("fonts/DejaVuSans-Bold.ttf"),
    });
}
