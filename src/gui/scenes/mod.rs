//! Drawing the engine's [`SceneView`] as the real thing: a desktop with a
//! browser, a browser locker, a phone, look-alike tool windows.

pub mod desktop;
pub mod flags;
pub mod locker;
pub mod phone;
pub mod playbook;
pub mod task_manager;
pub mod windows;

use bevy::prelude::*;

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
}
