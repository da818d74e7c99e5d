//! A visible focus ring on the focused control, and focus placed on a
//! sensible button after each rebuild so the keyboard always has a target.

use bevy::input_focus::{FocusCause, InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::ui_widgets::Button;

use super::theme::FOCUS;

/// Where the focus rests during play when nothing asks for it: held but not
/// ringed, on a control whose Enter changes nothing in the story (the flag
/// tool), so a screen reader has a place and no control looks suggested.
#[derive(Component)]
pub struct QuietFocus;

/// Where the focus goes, unringed, when a system surface opens over the desk
/// (its close button): keyboard users start inside it.
#[derive(Component)]
pub struct SurfaceFocus;

/// Draw the ring on the focused button only, once the keyboard is in use.
pub fn focus_ring(
    mut commands: Commands,
    focus: Res<InputFocus>,
    visible: Res<InputFocusVisible>,
    buttons: Query<(Entity, Has<Outline>), With<Button>>,
) {
    if !focus.is_changed() && !visible.is_changed() {
        return;
    }
    for (e, has) in &buttons {
        if focus.get() == Some(e) && visible.0 {
            commands.entity(e).insert(Outline {
                color: FOCUS,
                width: px(4),
                offset: px(2),
            });
        } else if has {
            commands.entity(e).remove::<Outline>();
        }
    }
}

/// Marks the button that should get focus after a rebuild.
#[derive(Component)]
pub struct Autofocus;

/// Focus the control marked [`Autofocus`], if any (during play); otherwise
/// nothing has focus and the first Tab goes to the first control.
pub fn focus_marked(world: &mut World) {
    let marked: Option<Entity> = world
        .query_filtered::<Entity, With<Autofocus>>()
        .iter(world)
        .next();
    match marked {
        Some(e) => {
            if let Ok(mut em) = world.get_entity_mut(e) {
                em.remove::<Autofocus>();
            }
            world
                .resource_mut::<InputFocus>()
                .set(e, FocusCause::Navigated);
            world.resource_mut::<InputFocusVisible>().0 = true;
        }
        None => {
            let quiet: Option<Entity> = world
                .query_filtered::<Entity, With<SurfaceFocus>>()
                .iter(world)
                .next()
                .or_else(|| {
                    world
                        .query_filtered::<Entity, With<QuietFocus>>()
                        .iter(world)
                        .next()
                });
            match quiet {
                Some(e) => world
                    .resource_mut::<InputFocus>()
                    .set(e, FocusCause::Navigated),
                None => world.resource_mut::<InputFocus>().clear(),
            }
            world.resource_mut::<InputFocusVisible>().0 = false;
        }
    }
}

/// Focus the control marked [`Autofocus`], else the n-th control in tab
/// order (the first when out of range).
pub fn focus_nth_button(world: &mut World, n: usize) {
    use bevy::ecs::system::SystemState;
    use bevy::input_focus::tab_navigation::{NavAction, TabNavigation};
    let marked: Option<Entity> = world
        .query_filtered::<Entity, With<Autofocus>>()
        .iter(world)
        .next();
    let target = marked.or_else(|| {
        let mut state: SystemState<TabNavigation> = SystemState::new(world);
        let nav = state.get(world).ok()?;
        let mut focus = InputFocus::default();
        let first = nav.navigate(&focus, NavAction::First).ok()?;
        focus.set(first, FocusCause::Navigated);
        for _ in 0..n {
            match nav.navigate(&focus, NavAction::Next) {
                Ok(e) if Some(e) != Some(first) => focus.set(e, FocusCause::Navigated),
                _ => return Some(first),
            }
        }
        focus.get()
    });
    if let Some(e) = target {
        if let Ok(mut em) = world.get_entity_mut(e) {
            em.remove::<Autofocus>();
        }
        world
            .resource_mut::<InputFocus>()
            .set(e, FocusCause::Navigated);
        world.resource_mut::<InputFocusVisible>().0 = true;
    }
}

/// Keep the focused control in view: every scrolling ancestor (a page, a
/// window's body, help, the debrief) scrolls by the least amount that shows
/// it, as browsers do when Tab reaches a control below the fold. Runs once
/// the control has been laid out (a rebuilt screen is laid out a frame later).
pub fn scroll_focus_into_view(
    focus: Res<InputFocus>,
    mut done: Local<Option<Entity>>,
    nodes: Query<(&ComputedNode, &UiGlobalTransform)>,
    parents: Query<&ChildOf>,
    mut areas: Query<(
        &Node,
        &ComputedNode,
        &UiGlobalTransform,
        &mut ScrollPosition,
    )>,
) {
    let Some(target) = focus.get() else {
        *done = None;
        return;
    };
    if *done == Some(target) {
        return;
    }
    let Ok((node, at)) = nodes.get(target) else {
        return;
    };
    if node.size == Vec2::ZERO {
        return; // not laid out yet
    }
    *done = Some(target);
    let inv = node.inverse_scale_factor;
    let size = node.size * inv;
    let top_left = at.translation * inv - size * 0.5;
    for a in parents.iter_ancestors(target) {
        let Ok((style, area, area_at, mut scroll)) = areas.get_mut(a) else {
            continue;
        };
        if style.overflow.y != OverflowAxis::Scroll {
            continue;
        }
        let inv = area.inverse_scale_factor;
        let area_size = area.size * inv;
        let area_top = area_at.translation.y * inv - area_size.y * 0.5;
        let max = (area.content_size.y * inv - area_size.y).max(0.0);
        // The target's place in the area's content.
        let from = top_left.y - area_top + scroll.y;
        let to = from + size.y;
        let y = if from < scroll.y {
            from
        } else if to > scroll.y + area_size.y {
            to - area_size.y
        } else {
            continue;
        };
        scroll.y = y.clamp(0.0, max);
    }
}
