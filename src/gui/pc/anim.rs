//! What moves on the desk: the locker's pulsing banner and countdown, fake
//! scans filling, the "technician's" pointer, the ringing phone, and the
//! caller's lines appearing at speaking pace. While anything moves the app
//! asks for frames (20 a second at most); otherwise it idles.

use bevy::prelude::*;

use crate::gui::state::Gui;
use crate::gui::theme;

/// Something that moves or ticks; while any exist the app keeps redrawing.
#[derive(Component, Clone, Copy)]
pub enum Anim {
    /// Background alpha pulses (off under reduced motion).
    Pulse,
    /// Text counts down from `secs` since the step began.
    Countdown { secs: u32 },
    /// A progress bar fills over `secs` seconds (fake scan).
    Progress { secs: f32 },
    /// The "technician's" pointer wanders over the screen.
    Pointer,
    /// The phone shakes while ringing (off under reduced motion).
    Ring,
    /// Shown once `at_ms` have passed at the step (a line being said).
    Reveal { at_ms: u64 },
}

/// What the animations on screen ask of the frame pacing (`gui::pacing`):
/// steady frames while something moves, else one wake-up at the next change
/// (a countdown's next second, a caption's next line).
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    pub moving: bool,
    /// Milliseconds until the next change on screen, if one is coming.
    pub next_change_ms: Option<u64>,
}

pub fn mmss(secs: u32) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

/// What an animation may change on its node.
type AnimTargets<'w, 's> = Query<
    'w,
    's,
    (
        &'static Anim,
        Option<&'static mut BackgroundColor>,
        Option<&'static mut Text>,
        Option<&'static mut Node>,
        Option<&'static mut Visibility>,
    ),
>;

/// Animations run from the step's start; while any is on screen the app asks
/// for frames at a steady pace (see `gui::pacing`); otherwise it idles.
pub fn animate(
    gui: Res<Gui>,
    time: Res<Time<Real>>,
    mut anims: AnimTargets,
    mut last_second: Local<u64>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
    mut last_frame: Local<u64>,
    mut pace: ResMut<Pace>,
) {
    if anims.is_empty() {
        pace.set_if_neq(Pace::default());
        return;
    }
    let entered = gui.play.as_ref().map_or(0, |p| p.run.entered_ms());
    let now = time.elapsed().as_millis() as u64;
    let since = now.saturating_sub(gui.play_started_ms + entered);
    let t = since as f32 / 1000.0;
    let mut moving = false;
    let mut next: Option<u64> = None;
    let mut soon = |ms: u64| next = Some(next.map_or(ms, |n| n.min(ms)));
    let second = since / 1000;
    for (anim, bg, text, node, vis) in &mut anims {
        match anim {
            Anim::Pulse => {
                if let Some(mut bg) = bg {
                    bg.0 = theme::DANGER.with_alpha(0.65 + 0.35 * (t * 4.0).sin().abs());
                    moving = true;
                }
            }
            Anim::Countdown { secs } => {
                if second < u64::from(*secs) {
                    soon(1000 - since % 1000);
                }
                if second != *last_second
                    && let Some(mut text) = text
                {
                    let left = (*secs as u64).saturating_sub(second) as u32;
                    let words = gui.words();
                    text.0 = words.get("play-countdown", &[("time", mmss(left))]);
                }
            }
            Anim::Progress { secs } => {
                if let Some(mut node) = node {
                    node.width = percent((t / secs).min(1.0) * 100.0);
                    moving |= t < *secs;
                }
            }
            Anim::Pointer => {
                if let Some(mut node) = node {
                    node.left = percent(40.0 + 25.0 * (t * 0.7).sin());
                    node.top = percent(45.0 + 20.0 * (t * 0.9).cos());
                    moving = true;
                }
            }
            Anim::Ring => {
                if let Some(mut node) = node {
                    node.left = px(if (t * 10.0).sin() > 0.0 { 2.0 } else { -2.0 });
                    moving = true;
                }
            }
            Anim::Reveal { at_ms } => {
                if let Some(mut vis) = vis {
                    let due = since >= *at_ms;
                    let want = if due {
                        Visibility::Inherited
                    } else {
                        Visibility::Hidden
                    };
                    if *vis != want {
                        *vis = want;
                    }
                    // Not moving, but the next line is due: wake for it.
                    if !due {
                        soon(at_ms - since);
                    }
                }
            }
        }
    }
    // At most 20 frames a second while something moves (see `gui::pacing`).
    if moving && now.saturating_sub(*last_frame) >= 50 {
        *last_frame = now;
        redraw.write(bevy::window::RequestRedraw);
    }
    *last_second = second;
    pace.set_if_neq(Pace {
        moving,
        next_change_ms: next,
    });
}
