//! The desk's art: icons and the wallpaper drawn for this project, shipped as
//! SVG sources in `assets/art/` (see its `SOURCES.md`) and rasterised with
//! resvg once at start-up into [`Assets<Image>`]. A piece that is missing or
//! does not parse is logged with its file and the desk draws its glyph
//! instead; headless runs (no `Assets<Image>`) have no [`Art`] at all and draw
//! glyphs throughout.

use std::collections::BTreeMap;
use std::path::Path;

use bevy::asset::RenderAssetUsages;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};
use bevy::ui::prelude::AccessibleLabel;

use super::Pc;
use crate::gui::state::{Gui, UiCommand};
use crate::gui::theme::Act;

/// A named piece of the desk's art.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Piece {
    Browser,
    Mail,
    Chat,
    Remote,
    RemoteHelp,
    Folder,
    Intranet,
    Bin,
    TaskManager,
    Console,
    EventViewer,
    Settings,
    Start,
    Wifi,
    Speaker,
    Power,
    Call,
    Decline,
    Keypad,
    Contacts,
    Shield,
    Wallpaper,
}

/// Icons are drawn at most 64 logical pixels wide: rasterised at twice that.
const ICON_PX: u32 = 128;
/// The wallpaper is stretched over the desktop (about 4:3 to 16:10 at every
/// size); its soft gradients need no more pixels than this.
const WALLPAPER_PX: (u32, u32) = (1280, 800);

impl Piece {
    pub const ALL: [Piece; 22] = [
        Piece::Browser,
        Piece::Mail,
        Piece::Chat,
        Piece::Remote,
        Piece::RemoteHelp,
        Piece::Folder,
        Piece::Intranet,
        Piece::Bin,
        Piece::TaskManager,
        Piece::Console,
        Piece::EventViewer,
        Piece::Settings,
        Piece::Start,
        Piece::Wifi,
        Piece::Speaker,
        Piece::Power,
        Piece::Call,
        Piece::Decline,
        Piece::Keypad,
        Piece::Contacts,
        Piece::Shield,
        Piece::Wallpaper,
    ];

    /// The piece's name: its file is `assets/art/<name>.svg`, and a window's
    /// [`super::window::Chrome`] may name it as its icon.
    pub fn name(self) -> &'static str {
        match self {
            Piece::Browser => "browser",
            Piece::Mail => "mail",
            Piece::Chat => "chat",
            Piece::Remote => "remote",
            Piece::RemoteHelp => "remote-help",
            Piece::Folder => "folder",
            Piece::Intranet => "intranet",
            Piece::Bin => "bin",
            Piece::TaskManager => "taskmgr",
            Piece::Console => "console",
            Piece::EventViewer => "eventviewer",
            Piece::Settings => "settings",
            Piece::Start => "start",
            Piece::Wifi => "wifi",
            Piece::Speaker => "speaker",
            Piece::Power => "power",
            Piece::Call => "call",
            Piece::Decline => "decline",
            Piece::Keypad => "keypad",
            Piece::Contacts => "contacts",
            Piece::Shield => "shield",
            Piece::Wallpaper => "wallpaper",
        }
    }

    /// What is drawn when the art is not there (in DejaVu Sans; empty where
    /// nothing was drawn before there was art).
    pub fn glyph(self) -> &'static str {
        match self {
            Piece::Browser => "◎",
            Piece::Mail => "✉",
            Piece::Chat => "◈",
            Piece::Remote | Piece::RemoteHelp => "◆",
            Piece::Folder => "▭",
            Piece::Intranet => "▦",
            Piece::Bin => "♻",
            Piece::TaskManager => "▣",
            Piece::Console => "▮",
            Piece::EventViewer => "▤",
            Piece::Settings => "",
            Piece::Start => "⊞",
            Piece::Wifi => "◠",
            Piece::Speaker => "",
            Piece::Power => "⏻",
            Piece::Call => "✆",
            Piece::Decline => "☎",
            Piece::Keypad => "✆",
            Piece::Contacts => "☺",
            Piece::Shield => "",
            Piece::Wallpaper => "",
        }
    }

    /// The piece a window icon names: a piece's name, or one of the glyphs
    /// the apps have always used.
    pub fn for_icon(icon: &str) -> Option<Piece> {
        if let Some(p) = Piece::ALL.into_iter().find(|p| p.name() == icon) {
            return Some(p);
        }
        Some(match icon {
            "◎" => Piece::Browser,
            "✉" => Piece::Mail,
            "◈" => Piece::Chat,
            "◆" => Piece::Remote,
            "▤" => Piece::EventViewer,
            "▮" => Piece::Console,
            "▣" => Piece::TaskManager,
            _ => return None,
        })
    }

    /// Rasterised size in pixels.
    pub fn pixels(self) -> (u32, u32) {
        match self {
            Piece::Wallpaper => WALLPAPER_PX,
            _ => (ICON_PX, ICON_PX),
        }
    }
}

/// The rasterised art, one image per piece that loaded.
#[derive(Resource, Debug, Clone, Default)]
pub struct Art {
    images: BTreeMap<Piece, Handle<Image>>,
}

impl Art {
    pub fn get(&self, piece: Piece) -> Option<Handle<Image>> {
        self.images.get(&piece).cloned()
    }

    /// Rasterise every piece from `dir` into `images`; a piece that fails
    /// is logged and left out (its glyph is drawn).
    pub fn load(dir: &Path, images: &mut Assets<Image>) -> Art {
        let started = std::time::Instant::now();
        let mut art = Art::default();
        if !dir.is_dir() {
            warn!(
                "art: no folder {} — the desk draws glyphs instead",
                dir.display()
            );
            return art;
        }
        for piece in Piece::ALL {
            let path = dir.join(format!("{}.svg", piece.name()));
            match rasterise(&path, piece.pixels()) {
                Ok(image) => {
                    art.images.insert(piece, images.add(image));
                }
                Err(e) => warn!("art: {e} — the desk draws a glyph instead"),
            }
        }
        info!(
            "art: {} of {} pieces rasterised in {} ms",
            art.images.len(),
            Piece::ALL.len(),
            started.elapsed().as_millis()
        );
        art
    }
}

/// Render the SVG at `path` to an sRGB image of `size`, its drawing scaled to
/// fit and centred.
pub fn rasterise(path: &Path, (w, h): (u32, u32)) -> Result<Image, String> {
    let data = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let tree = resvg::usvg::Tree::from_data(&data, &resvg::usvg::Options::default())
        .map_err(|e| format!("{}: not a valid SVG: {e}", path.display()))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h)
        .ok_or_else(|| format!("{}: cannot draw at {w}×{h}", path.display()))?;
    let size = tree.size();
    let scale = (w as f32 / size.width()).min(h as f32 / size.height());
    let dx = (w as f32 - size.width() * scale) / 2.0;
    let dy = (h as f32 - size.height() * scale) / 2.0;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_row(scale, 0.0, 0.0, scale, dx, dy),
        &mut pixmap.as_mut(),
    );
    // tiny-skia keeps premultiplied alpha; Bevy's textures are straight.
    let rgba = pixmap.take_demultiplied();
    Ok(Image::new(
        Extent3d {
            width: w,
            height: h,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        rgba,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::default(),
    ))
}

/// Start-up (with a window only): rasterise the art; screens find it in
/// their context.
pub fn load(mut commands: Commands, gui: Res<Gui>, images: Option<ResMut<Assets<Image>>>) {
    let Some(mut images) = images else {
        return;
    };
    let art = Art::load(&gui.engine.root.join("assets").join("art"), &mut images);
    commands.insert_resource(art);
}

/// The art's picture, `size` logical pixels square (icons keep their
/// colours; they are never mirrored).
pub fn picture(handle: Handle<Image>, size: f32) -> impl Bundle {
    (
        ImageNode::new(handle),
        Node {
            width: px(size),
            height: px(size),
            flex_shrink: 0.0,
            ..default()
        },
    )
}

impl Pc<'_> {
    /// The art of `piece`, if it loaded.
    pub fn art(&self, piece: Piece) -> Option<Handle<Image>> {
        self.ctx.art.and_then(|a| a.get(piece))
    }

    /// `piece` drawn `size` pixels square, or its glyph in `color`.
    pub fn icon(&self, parent: &mut ChildSpawnerCommands, piece: Piece, size: f32, color: Color) {
        match self.art(piece) {
            Some(h) => {
                parent.spawn(picture(h, size));
            }
            None if piece.glyph().is_empty() => {}
            None => {
                parent.spawn(self.th().label(piece.glyph(), size * 0.7, color, true));
            }
        }
    }

    /// The wallpaper behind the desktop's icons and windows (the first
    /// child of the desktop area), when it loaded.
    pub fn wallpaper(&self, area: &mut ChildSpawnerCommands) {
        if let Some(h) = self.art(Piece::Wallpaper) {
            area.spawn((
                ImageNode::new(h).with_mode(NodeImageMode::Stretch),
                Node {
                    position_type: PositionType::Absolute,
                    left: px(0),
                    top: px(0),
                    width: percent(100),
                    height: percent(100),
                    ..default()
                },
            ));
        }
    }

    /// A row of `piece` and `text`: a taskbar item, a menu entry.
    pub fn icon_label(
        &self,
        parent: &mut ChildSpawnerCommands,
        piece: Piece,
        text: &str,
        size: f32,
        color: Color,
    ) {
        let th = self.th();
        parent
            .spawn(Node {
                column_gap: px(6),
                align_items: AlignItems::Center,
                direction: th.direction(),
                ..default()
            })
            .with_children(|r| {
                self.icon(r, piece, size * 1.4, color);
                r.spawn(th.label(text.to_owned(), size, color, false));
            });
    }

    /// A control with `piece` before its `text` (the text names it).
    pub fn labelled_control<'c>(
        &self,
        parent: &'c mut ChildSpawnerCommands,
        piece: Piece,
        text: &str,
        cmd: UiCommand,
        bg: Color,
        size: f32,
    ) -> bevy::ecs::system::EntityCommands<'c> {
        let th = self.th();
        match self.art(piece) {
            Some(h) => {
                let mut c = parent.spawn(th.control(text.to_owned(), cmd, bg, Color::WHITE, size));
                c.insert(Node {
                    padding: UiRect::axes(px(8.0 * th.scale), px(6.0 * th.scale)),
                    min_height: px(32.0 * th.scale.max(1.0)),
                    column_gap: px(5),
                    border: UiRect::all(px(1)),
                    border_radius: BorderRadius::all(px(4)),
                    justify_content: JustifyContent::FlexStart,
                    align_items: AlignItems::Center,
                    direction: th.direction(),
                    ..default()
                });
                // The picture goes before the text in reading order.
                let icon = c.commands().spawn(picture(h, size * 1.2)).id();
                c.insert_children(0, &[icon]);
                c
            }
            None if piece.glyph().is_empty() => {
                parent.spawn(th.control(text.to_owned(), cmd, bg, Color::WHITE, size))
            }
            None => parent.spawn(th.control(
                format!(
                    "{} {}",
                    piece.glyph(),
                    crate::locale::bidi::strip_marks(text)
                ),
                cmd,
                bg,
                Color::WHITE,
                size,
            )),
        }
    }

    /// A control that shows `piece` (or its glyph) and is named `name`.
    pub fn icon_control<'c>(
        &self,
        parent: &'c mut ChildSpawnerCommands,
        piece: Piece,
        name: &str,
        cmd: UiCommand,
        bg: Color,
        size: f32,
    ) -> bevy::ecs::system::EntityCommands<'c> {
        let th = self.th();
        let name = crate::locale::bidi::strip_marks(name);
        match self.art(piece) {
            Some(h) => {
                let mut c = parent.spawn((
                    Button,
                    Act(cmd),
                    bevy::input_focus::tab_navigation::TabIndex(0),
                    AccessibleLabel(name),
                    Node {
                        padding: UiRect::all(px(4.0 * th.scale)),
                        border: UiRect::all(px(1)),
                        border_radius: BorderRadius::all(px(4)),
                        justify_content: JustifyContent::Center,
                        align_items: AlignItems::Center,
                        ..default()
                    },
                    BackgroundColor(bg),
                    BorderColor::all(Color::WHITE.with_alpha(0.2)),
                ));
                c.with_children(|i| {
                    i.spawn(picture(h, size));
                });
                c
            }
            None => {
                let mut c =
                    parent.spawn(th.control(piece.glyph(), cmd, bg, Color::WHITE, size * 0.7));
                c.insert(AccessibleLabel(name));
                c
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/art")
    }

    #[test]
    fn every_piece_parses_and_draws_something() {
        for piece in Piece::ALL {
            let path = dir().join(format!("{}.svg", piece.name()));
            let image = rasterise(&path, piece.pixels()).unwrap_or_else(|e| panic!("{e}"));
            let data = image.data.expect("pixels");
            let (w, h) = piece.pixels();
            assert_eq!(data.len(), (w * h * 4) as usize);
            let opaque = data.chunks(4).filter(|p| p[3] > 200).count();
            assert!(
                opaque * 40 > (w * h) as usize,
                "{}: next to nothing is drawn",
                path.display()
            );
        }
    }

    #[test]
    fn every_svg_shipped_is_a_piece_and_listed_in_sources() {
        let sources = std::fs::read_to_string(dir().join("SOURCES.md")).unwrap();
        for entry in std::fs::read_dir(dir()).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if let Some(stem) = name.strip_suffix(".svg") {
                assert!(
                    Piece::ALL.iter().any(|p| p.name() == stem),
                    "{name} is not drawn anywhere"
                );
                assert!(
                    sources.contains(&format!("`{name}`")),
                    "{name} is not in SOURCES.md"
                );
            }
        }
    }

    #[test]
    fn missing_or_broken_art_falls_back_without_panic() {
        let tmp = std::env::temp_dir().join(format!("scamdrill-art-{}", std::process::id()));
        std::fs::create_dir_all(&tmp).unwrap();
        std::fs::write(tmp.join("mail.svg"), "<svg not closed").unwrap();
        std::fs::copy(dir().join("chat.svg"), tmp.join("chat.svg")).unwrap();
        let mut images = Assets::<Image>::default();
        let art = Art::load(&tmp, &mut images);
        assert!(art.get(Piece::Mail).is_none(), "a broken SVG has no image");
        assert!(
            art.get(Piece::Browser).is_none(),
            "a missing SVG has no image"
        );
        assert!(art.get(Piece::Chat).is_some(), "a good SVG still loads");
        let err = rasterise(&tmp.join("mail.svg"), (16, 16)).unwrap_err();
        assert!(err.contains("mail.svg"), "{err}");
        let none = Art::load(&tmp.join("no-such-folder"), &mut images);
        assert!(Piece::ALL.iter().all(|p| none.get(*p).is_none()));
        let _ = std::fs::remove_dir_all(&tmp);
    }

    #[test]
    fn window_icons_name_art_by_name_or_old_glyph() {
        assert_eq!(Piece::for_icon("remote-help"), Some(Piece::RemoteHelp));
        assert_eq!(Piece::for_icon("✉"), Some(Piece::Mail));
        assert_eq!(Piece::for_icon("☃"), None);
    }

    /// A tool, not a check: `SCAMDRILL_ART_SHEET=/tmp/sheet.png cargo test
    /// art::tests::sheet -- --ignored` draws every icon on a grey sheet to
    /// look at.
    #[test]
    #[ignore = "a tool to look at the art, run by hand"]
    fn sheet() {
        let out = std::env::var("SCAMDRILL_ART_SHEET").unwrap_or_else(|_| "art-sheet.png".into());
        let cell = 140u32;
        let mut sheet = resvg::tiny_skia::Pixmap::new(cell * 8, cell * 3).unwrap();
        sheet.fill(resvg::tiny_skia::Color::from_rgba8(40, 44, 52, 255));
        for (i, piece) in Piece::ALL.into_iter().enumerate() {
            let data = std::fs::read(dir().join(format!("{}.svg", piece.name()))).unwrap();
            let tree =
                resvg::usvg::Tree::from_data(&data, &resvg::usvg::Options::default()).unwrap();
            let s = 128.0 / tree.size().width().max(tree.size().height());
            let (x, y) = ((i as u32 % 8) * cell + 6, (i as u32 / 8) * cell + 6);
            resvg::render(
                &tree,
                resvg::tiny_skia::Transform::from_row(s, 0.0, 0.0, s, x as f32, y as f32),
                &mut sheet.as_mut(),
            );
        }
        sheet.save_png(out).unwrap();
    }
}
