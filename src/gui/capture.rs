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
    pub commands: Vec<UiCommand>,
    frame: u32,
    taken_at: Option<u32>,
}

impl CaptureRequest {
    /// `--choices` items: a choice id, or `mark:<element>`, `dial:<digits>`,
    /// `type:<text>`, desk surfaces (`taskmgr`, `security`, `help`, `start-menu`,
    /// `wifi`, `wallet`, `keypad`, `contacts`, `flag-tool`, `windowed`), `debrief`,
    /// `start:<pack>`, `locale:<tag>`, `address:m|f|p`.
    pub fn from_args(args: &Launch) -> CaptureRequest {
        let commands = args
            .choices
            .iter()
            .map(|c| match c.split_once(':') {
                Some(("mark", f)) => UiCommand::Mark(f.to_owned()),
                Some(("start", p)) => UiCommand::StartScenario(p.to_owned()),
                Some(("locale", t)) => UiCommand::SetLocale(t.to_owned()),
                Some(("address", a)) if crate::locale::Address::parse(a).is_some() => {
                    UiCommand::SetAddress(crate::locale::Address::parse(a).unwrap_or_default())
                }
                Some(("dial", n)) => UiCommand::Do(crate::act::WorldAct::Dial(n.to_owned())),
                Some(("type", t)) => UiCommand::Do(crate::act::WorldAct::Type(t.to_owned())),
                _ if desk_item(c).is_some() => {
                    UiCommand::Desk(desk_item(c).unwrap_or(DeskCmd::Close))
                }
                _ if c == "debrief" => UiCommand::ShowDebrief,
                _ if c == "reduced-motion" => UiCommand::ToggleMotion,
                _ if c == "judgement" => UiCommand::ShowJudgement,
                _ if c == "summary" => UiCommand::ShowSummary,
                Some(("judge", n)) => n
                    .parse()
                    .map_or(UiCommand::Choose(c.clone()), UiCommand::Judge),
                _ if c == "results" => UiCommand::ShowResults,
                _ if c == "begin" => UiCommand::Begin,
                _ if c == "wake" => UiCommand::WakeUp,
                _ if c == "staff" => UiCommand::OpenStaff,
                _ if c == "anonymous" => UiCommand::SignInAnonymous,
                _ => UiCommand::Choose(c.clone()),
            })
            .collect();
        CaptureRequest {
            path: args.screenshot.clone(),
            commands,
            frame: 0,
            taken_at: None,
        }
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

fn drive(
    mut req: ResMut<CaptureRequest>,
    mut commands: Commands,
    mut out: MessageWriter<UiCommand>,
    mut exit: MessageWriter<AppExit>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
    _gui: Res<Gui>,
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
    if f >= 3 && f.is_multiple_of(3) && !req.commands.is_empty() {
        let c = req.commands.remove(0);
        out.write(c);
        return;
    }
    let Some(path) = req.path.clone() else { return };
    if req.commands.is_empty() && req.taken_at.is_none() && f > 30 {
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
