//! Test support: take the choices given on the command line, wait for the
//! screen to settle, save a screenshot and exit (used by the Xvfb screenshot
//! test and for documentation images).

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::launch::Launch;
use super::pc::{DeskCmd, Overlay, PhoneScreen};
use super::state::{Gui, UiCommand};

#[derive(Resource, Default)]
pub struct CaptureRequest {
    pub path: Option<PathBuf>,
    /// The `--choices` items still to send, resolved when sent (see
    /// [`command`]).
    pub commands: Vec<String>,
    /// Screenshots taken along the way: before the command at this index,
    /// once the screen has settled, save a screenshot to this path.
    pub shots: Vec<(usize, PathBuf)>,
    frame: u32,
    taken_at: Option<u32>,
    /// Commands sent so far, and the frame of the last one.
    sent: usize,
    last_sent: u32,
}

impl CaptureRequest {
    /// `--choices` items: a choice id, or `mark:<element>`, `dial:<digits>`,
    /// `type:<text>`, desk surfaces (`taskmgr`, `security`, `help`, `start-menu`,
    /// `wifi`, `wallet`, `keypad`, `contacts`, `flag-tool`, `windowed`), `debrief`,
    /// `start:<pack>`, `locale:<tag>`, `address:m|f|p`, `bigger` (text one
    /// step larger; five steps make 200 %), and `shot:<file>`: a screenshot
    /// of the screen so far, saved beside the final one under that file name.
    /// An id of a choice the step on screen offers wins over a command of
    /// the same name.
    pub fn from_args(args: &Launch) -> CaptureRequest {
        let mut shots = Vec::new();
        let mut commands = Vec::new();
        for c in &args.choices {
            if let Some(("shot", file)) = c.split_once(':') {
                let dir = args
                    .screenshot
                    .as_deref()
                    .and_then(std::path::Path::parent)
                    .unwrap_or(std::path::Path::new("."));
                shots.push((commands.len(), dir.join(file)));
                continue;
            }
            commands.push(c.clone());
        }
        CaptureRequest {
            path: args.screenshot.clone(),
            commands,
            shots,
            ..default()
        }
    }
}

/// The command a `--choices` item stands for now. An id of a choice the
/// current step offers is that choice, even where it is also a command's
/// name (a pack may call a choice `help` or `wallet`).
fn command(c: &str, offered: &[&str]) -> UiCommand {
    if offered.contains(&c) {
        return UiCommand::Choose(c.to_owned());
    }
    match c.split_once(':') {
        Some(("mark", f)) => UiCommand::Mark(f.to_owned()),
        Some(("start", p)) => UiCommand::StartScenario(p.to_owned()),
        Some(("locale", t)) => UiCommand::SetLocale(t.to_owned()),
        Some(("address", a)) => crate::locale::Address::parse(a)
            .map_or_else(|| UiCommand::Choose(c.to_owned()), UiCommand::SetAddress),
        Some(("dial", n)) => UiCommand::Do(crate::act::WorldAct::Dial(n.to_owned())),
        Some(("type", t)) => UiCommand::Do(crate::act::WorldAct::Type(t.to_owned())),
        Some(("judge", n)) => n
            .parse()
            .map_or_else(|_| UiCommand::Choose(c.to_owned()), UiCommand::Judge),
        _ => match (desk_item(c), c) {
            (Some(d), _) => UiCommand::Desk(d),
            (None, "debrief") => UiCommand::ShowDebrief,
            (None, "reduced-motion") => UiCommand::ToggleMotion,
            (None, "judgement") => UiCommand::ShowJudgement,
            (None, "summary") => UiCommand::ShowSummary,
            (None, "results") => UiCommand::ShowResults,
            (None, "begin") => UiCommand::Begin,
            (None, "wake") => UiCommand::WakeUp,
            (None, "staff") => UiCommand::OpenStaff,
            (None, "anonymous") => UiCommand::SignInAnonymous,
            (None, "bigger") => UiCommand::TextBigger,
            _ => UiCommand::Choose(c.to_owned()),
        },
    }
}

/// A desk surface named on the command line.
fn desk_item(c: &str) -> Option<DeskCmd> {
    Some(match c {
        "taskmgr" => DeskCmd::Open(Overlay::TaskManager),
        "security" => DeskCmd::Open(Overlay::Security),
        "help" => DeskCmd::Open(Overlay::Help),
        "start-menu" => DeskCmd::Open(Overlay::StartMenu),
        "wifi" => DeskCmd::Open(Overlay::Wifi),
        "wallet" => DeskCmd::Open(Overlay::Wallet),
        "keypad" => DeskCmd::Phone(PhoneScreen::Keypad),
        "contacts" => DeskCmd::Phone(PhoneScreen::Contacts),
        "flag-tool" => DeskCmd::FlagTool,
        "windowed" => DeskCmd::LeaveFullScreen,
        _ => return None,
    })
}

pub fn plugin(app: &mut App) {
    app.init_resource::<CaptureRequest>()
        .add_systems(Last, drive);
}

/// What the layout check reads: every text on screen and the nodes that clip.
#[derive(bevy::ecs::system::SystemParam)]
pub struct Layout<'w, 's> {
    texts: Query<
        'w,
        's,
        (
            Entity,
            &'static Text,
            &'static ComputedNode,
            &'static UiGlobalTransform,
            &'static bevy::text::TextLayoutInfo,
            &'static InheritedVisibility,
        ),
    >,
    nodes: Query<
        'w,
        's,
        (
            &'static Node,
            &'static ComputedNode,
            &'static UiGlobalTransform,
        ),
    >,
    parents: Query<'w, 's, &'static ChildOf>,
    window: Query<'w, 's, &'static Window, With<bevy::window::PrimaryWindow>>,
}

impl Layout<'_, '_> {
    /// Texts that do not fit where they are shown: running out of the
    /// window, or cut off by an ancestor that clips (a scrolling ancestor
    /// counts only across: what is below the fold scrolls into view).
    pub fn clipped(&self) -> Vec<String> {
        let Ok(window) = self.window.single() else {
            return Vec::new();
        };
        let screen = Rect::new(
            0.0,
            0.0,
            window.resolution.physical_width() as f32,
            window.resolution.physical_height() as f32,
        );
        let rect = |n: &ComputedNode, at: &UiGlobalTransform, size: Vec2| {
            Rect::from_center_size(at.translation, size.max(n.size))
        };
        let mut out = Vec::new();
        for (e, text, node, at, layout, seen) in &self.texts {
            if !seen.get() || text.0.trim().is_empty() || node.size == Vec2::ZERO {
                continue;
            }
            // The text's own size is in logical pixels; the node's physical.
            let r = rect(node, at, layout.size / node.inverse_scale_factor);
            let name: String = crate::locale::bidi::strip_marks(&text.0)
                .chars()
                .take(40)
                .collect();
            let slack = 2.0;
            let outside = |a: Rect, x: bool, y: bool| {
                (x && (r.min.x < a.min.x - slack || r.max.x > a.max.x + slack))
                    || (y && (r.min.y < a.min.y - slack || r.max.y > a.max.y + slack))
            };
            // Below (or beside) a scrolling ancestor, what is out of view
            // along its axis scrolls into view: only the other axis counts.
            let (mut check_x, mut check_y) = (true, true);
            let mut cut = None;
            for a in self.parents.iter_ancestors(e) {
                let Ok((style, n, at)) = self.nodes.get(a) else {
                    continue;
                };
                let clips =
                    |o: OverflowAxis| o != OverflowAxis::Visible && o != OverflowAxis::Scroll;
                let inner = Rect::from_center_size(
                    at.translation,
                    n.size - n.border.min_inset - n.border.max_inset,
                );
                let x = check_x && clips(style.overflow.x);
                let y = check_y && clips(style.overflow.y);
                if (x || y) && outside(inner, x, y) {
                    cut = Some(format!("{name:?} is cut off ({r:?} in {inner:?})"));
                    break;
                }
                check_x &= style.overflow.x != OverflowAxis::Scroll;
                check_y &= style.overflow.y != OverflowAxis::Scroll;
            }
            if cut.is_none() && outside(screen, check_x, check_y) {
                cut = Some(format!("{name:?} runs out of the window ({r:?})"));
            }
            out.extend(cut);
        }
        out
    }
}

fn drive(
    layout: Layout,
    mut req: ResMut<CaptureRequest>,
    mut commands: Commands,
    mut out: MessageWriter<UiCommand>,
    mut exit: MessageWriter<AppExit>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
    gui: Res<Gui>,
) {
    // Scripted commands run with or without a screenshot (measurements
    // open a scene this way and leave it running).
    if req.path.is_none() && req.commands.is_empty() {
        return;
    }
    req.frame += 1;
    redraw.write(bevy::window::RequestRedraw);
    // One command every few frames, then let the layout and fonts settle.
    let f = req.frame;
    if let Some(at) = req.shots.first().map(|s| s.0)
        && at == req.sent
    {
        // A screenshot along the way: once settled, take it and go on.
        if f > 30 && f > req.last_sent + 4 {
            let (_, shot) = req.shots.remove(0);
            report(&layout, &shot);
            commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(shot));
            req.last_sent = f;
        }
        return;
    }
    if f >= 3 && f.is_multiple_of(3) && !req.commands.is_empty() {
        let c = req.commands.remove(0);
        let offered = gui
            .play
            .as_ref()
            .map(|p| p.run.available_choices())
            .unwrap_or_default();
        out.write(command(&c, &offered));
        req.sent += 1;
        req.last_sent = f;
        return;
    }
    let Some(path) = req.path.clone() else { return };
    if req.commands.is_empty() && req.shots.is_empty() && req.taken_at.is_none() && f > 30 {
        report(&layout, &path);
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(path));
        req.taken_at = Some(f);
    }
    if let Some(t) = req.taken_at
        && f > t + 10
    {
        exit.write(AppExit::Success);
    }
}

/// Beside each screenshot `x.png`, `x.png.clipped.txt`: one line per text
/// that does not fit (see [`Layout::clipped`]); empty when all fit.
fn report(layout: &Layout, png: &std::path::Path) {
    let mut file = png.as_os_str().to_owned();
    file.push(".clipped.txt");
    let lines = layout.clipped();
    if let Err(e) = std::fs::write(&file, lines.join("\n")) {
        error!("cannot write {}: {e}", PathBuf::from(file).display());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_on_screen_wins_over_a_command_of_the_same_name() {
        let help = command("help", &["help", "look"]);
        assert_eq!(help, UiCommand::Choose("help".into()));
        let f1 = command("help", &["look"]);
        assert_eq!(f1, UiCommand::Desk(DeskCmd::Open(Overlay::Help)));
        assert_eq!(command("bigger", &[]), UiCommand::TextBigger);
        assert_eq!(command("look", &["look"]), UiCommand::Choose("look".into()));
        assert_eq!(command("judge:4", &[]), UiCommand::Judge(4));
        assert_eq!(command("judge:x", &[]), UiCommand::Choose("judge:x".into()));
    }
}
