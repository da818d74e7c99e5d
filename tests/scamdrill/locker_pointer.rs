//! The full-screen locker hides the pointer over its page, as real lockers
//! do, inside the app's window only: the browser's own dialog and every
//! other place show it, and leaving the locker shows it again.

use bevy::prelude::*;
use bevy::ui::RelativeCursorPosition;
use bevy::window::{CursorOptions, PrimaryWindow};
use scamdrill::gui::state::UiCommand;
use scamdrill::gui::{HidesPointer, PointerShows};

use crate::gui::app;

fn send(app: &mut App, cmd: UiCommand) {
    app.world_mut().write_message(cmd);
    app.update();
    app.update();
}

/// Put the pointer over the nodes with component `C` (what Bevy's UI focus
/// system does with a real pointer), or over none of them.
fn pointer_over<C: Component>(app: &mut App, over: bool) {
    let mut q = app
        .world_mut()
        .query_filtered::<&mut RelativeCursorPosition, With<C>>();
    for mut r in q.iter_mut(app.world_mut()) {
        r.cursor_over = over;
    }
    app.update();
}

fn pointer_visible(app: &mut App) -> bool {
    app.world_mut()
        .query_filtered::<&CursorOptions, With<PrimaryWindow>>()
        .single(app.world())
        .expect("the window's cursor")
        .visible
}

#[test]
fn the_locker_hides_the_pointer_over_its_page_but_not_over_the_browsers_dialog() {
    let mut app = app("en-US");
    send(&mut app, UiCommand::StartScenario("popup-locker".into()));
    send(&mut app, UiCommand::Choose("open-link".into()));
    assert!(
        pointer_visible(&mut app),
        "nothing hides it before the pointer is over the page"
    );
    pointer_over::<HidesPointer>(&mut app, true);
    assert!(!pointer_visible(&mut app), "hidden over the locker page");
    pointer_over::<PointerShows>(&mut app, true);
    assert!(pointer_visible(&mut app), "shown over the page's alert");
    pointer_over::<PointerShows>(&mut app, false);
    assert!(!pointer_visible(&mut app));
    pointer_over::<HidesPointer>(&mut app, false);
    assert!(
        pointer_visible(&mut app),
        "shown off the page (the phone, the flag tool)"
    );
    // Leaving the locker shows it again, wherever the pointer was.
    pointer_over::<HidesPointer>(&mut app, true);
    send(
        &mut app,
        UiCommand::Do(scamdrill::act::WorldAct::CloseBrowser),
    );
    assert!(pointer_visible(&mut app), "shown once the locker is gone");
}
